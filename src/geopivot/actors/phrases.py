"""Reading noun phrases for actor resolution: titles at a head, apposition, coordination, and
how a phrase's knowledge-base entries rank."""
from __future__ import annotations

from spacy.tokens import Span, Token

from geopivot.actors.cues import PERSON_NOUNS, STATE_KINDS, singular, title_word
from geopivot.actors.kb import ActorKB, Entry, SectorTerm
from geopivot.models import Actor

# "Russian-backed separatists" are not Russian: the state only stands behind them.
_BACKING = {"backed", "sponsored", "funded", "supported", "armed", "trained", "allied", "aligned", "led"}


def entry_kinds(kb: ActorKB, span: Span) -> set[str]:
    return {e.kind for e in kb.lookup(span.label_)}


def foreign_name(entries: list[Entry], cue: Actor | None) -> bool:
    homes = {e.country for e in entries if e.kind == "person" and e.country and len(e.country) == 3}
    return bool(cue and cue.actor_type == "state" and homes and cue.country not in homes)


def non_person(entries: list[Entry]) -> Actor:
    ranked = sorted(entries, key=lambda e: ("state", "metonym", "org", "adjective").index(e.kind)
                    if e.kind in ("state", "metonym", "org", "adjective") else 9)
    return ranked[0].actor()


def title_phrases(token: Token) -> list[str]:
    """Title phrases at the head, longest first: "foreign minister" before "minister", and
    titles the tokenizer splits ("secretary of state", "secretary-general")."""
    doc, lemma = token.doc, token.lemma_.lower()
    phrases = []
    of = next((c for c in token.rights if c.lower_ == "of" and c.i == token.i + 1), None)
    pobj = next((c for c in of.children if c.dep_ == "pobj" and c.i == of.i + 1), None) if of else None
    if pobj is not None:
        phrases.append(f"{lemma} of {pobj.lower_}")
    if token.i >= 2 and doc[token.i - 1].text == "-" and not doc[token.i - 2].whitespace_:
        phrases.append(f"{doc[token.i - 2].lower_}-{token.lower_}")
    if token.i + 2 < len(doc) and doc[token.i + 1].text == "-" and not token.whitespace_:
        phrases.append(f"{token.lower_}-{doc[token.i + 2].lower_}")  # "director-general" headed by "director"
    # Modifiers right before the head, longest phrase first ("main opposition group").
    lefts = []
    for t in reversed(list(token.lefts)):
        if t.dep_ not in {"compound", "amod"} or t.i != token.i - 1 - len(lefts) or len(lefts) == 3:
            break
        lefts.insert(0, t.lower_)
    phrases += [" ".join([*lefts[k:], lemma]) for k in range(len(lefts))]
    # A capitalised plural ("Rebels attacked") is often tagged a proper noun and not lemmatised.
    phrases += [lemma, token.lower_, singular(token.lower_)]
    return phrases


def sector_at(kb: ActorKB, token: Token) -> tuple[str, SectorTerm] | tuple[str, None]:
    """The longest sector term at the head (see :func:`title_phrases`)."""
    for phrase in title_phrases(token):
        found = kb.sector_of(phrase)
        if found:
            return phrase, found
    return token.lemma_.lower(), None


# Nouns of people or of their bodies: a sector word on one of these names them ("union leaders",
# "criminal gangs", "refugee agencies").
_GROUP_NOUNS = frozenset({"group", "gang", "organisation", "organization", "agency", "figure", "leader",
                          "representative", "member", "official", "side", "body", "community", "camp",
                          "movement", "network", "association", "force", "unit", "worker", "activist",
                          "people", "politician", "lawmaker", "source", "chief", "boss", "head",
                          "spokesman", "spokeswoman", "spokesperson", "militia", "faction", "wing", "cell"})


# Acts whose agent a sector adjective names: "militant attacks", "rebel violence".
_ACT_NOUNS = frozenset({"attack", "assault", "raid", "bombing", "bomb", "violence", "killing", "strike", "offensive",
                        "ambush", "kidnapping", "abduction", "shelling", "fire", "campaign", "uprising", "insurgency",
                        "protest", "crackdown", "threat", "rocket", "incursion", "infiltration", "siege", "blast",
                        "explosion", "massacre", "clash", "fighting"})


def modifies_a_thing(kb: ActorKB, token: Token) -> bool:
    """ "a criminal trial", "radical reform": a sector adjective that only modifies a noun of no
    person or body names no actor. A sector noun in front of another noun stays one: it is often
    the owner or the agent ("rebel positions", "police killings", "media criticism")."""
    head = token.head
    if token.dep_ != "amod" or token.pos_ != "ADJ" or head.pos_ != "NOUN" or head.i == token.i:
        return False
    word = head.lemma_.lower()
    return not (word in _GROUP_NOUNS or word in _ACT_NOUNS or word in PERSON_NOUNS or kb.sector_of(word)
                or title_word(kb, word))


def inside_a_name(token: Token) -> bool:
    """ "Independent News & Media", "the European People's Party": a capitalised sector word
    joined by "&" to a capitalised word, or owning one, is part of a name the knowledge base
    lacks, not the sector (the media, civilians). A title after it ("Media Minister") or a
    nationality before it ("Chinese Media") stays the sector's."""
    if not token.is_title or token.is_sent_start:
        return False
    head = token.head
    if token.dep_ == "conj" and head.is_title and any(c.lower_ == "&" for c in head.children):
        return True
    return token.dep_ == "poss" and head.is_title and head.pos_ == "PROPN"


# Titles a portfolio is named before: "Industry Minister", "Culture, Media and Sport Secretary".
PORTFOLIO_TITLES = frozenset({"minister", "secretary", "commissioner"})


def inside_a_title(token: Token) -> bool:
    """ "the Industry Minister", "Culture, Media and Sport Secretary Tessa Jowell": a capitalised
    sector word in a run of capitalised words, commas and "and" that ends in a minister's title
    names the portfolio, not that sector (the parser often makes such a list conjuncts)."""
    if not token.is_title:
        return False
    doc = token.doc
    for follower in doc[token.i + 1:token.i + 8]:
        if follower.lower_ in PORTFOLIO_TITLES:
            return follower.is_title
        if not (follower.is_title or follower.lower_ in (",", "and", "&")):
            return False
    return False


def names_former_office(np: list[Token]) -> bool:
    """ "former president", "ex-president", "ex-Home Secretary": the phrase names a past office."""
    return any(t.lower_ in {"former", "ex", "ex-"} or t.lower_.startswith("ex-") for t in np)


def title_beside(kb: ActorKB, head: Token, np: list[Token], cues: list[Span]) -> tuple[str, str] | None:
    """(name, sector) when a title stands before or beside an unknown name ("Chinese
    businessman Li Wei", "Li Wei, a Chinese businessman"); the name is what follows the title."""
    cue_ids = {i for span in cues for i in range(span.start, span.end)}
    words = [t for t in np if t.i != head.i and t.i not in cue_ids and t.is_alpha]
    best: tuple[int, int, str] | None = None  # (words in the title, its last index, sector)
    for a, b in zip(words, [*words[1:], None]):
        if b is not None and b.i == a.i + 1:
            found = kb.sector_of(f"{a.lower_} {b.lemma_.lower()}") or kb.sector_of(f"{a.lower_} {b.lower_}")
            if found and (best is None or best[0] < 2):
                best = (2, b.i, found.cameo)
        found = kb.sector_of(a.lemma_.lower()) or kb.sector_of(a.lower_) or kb.sector_of(singular(a.lower_))
        if found and best is None:
            best = (1, a.i, found.cameo)
    if best is None:
        return None
    doc = head.doc
    start = best[1] + 1 if best[1] < head.i else np[0].i
    while start < head.i and not doc[start].is_alpha:
        start += 1
    return doc[start:head.i + 1].text, best[2]


def noun_phrase(token: Token) -> list[Token]:
    """The head with its contiguous left modifiers and any apposition ("Kang, Seoul's envoy")."""
    doc = token.doc
    subtree = {t.i for t in token.subtree}
    start = token.i
    while start - 1 in subtree:
        start -= 1
    end = token.i + 1
    for child in token.rights:
        if child.dep_ == "appos":
            end = max(end, child.right_edge.i + 1)
    if end < len(doc) and doc[end].text in _CLOSING and doc[end].i in subtree \
            and _CLOSING[doc[end].text] in [t.text for t in doc[token.i + 1:end]]:
        end += 1  # "General Motors (GM)": the parser hangs the bracket on the head, not on "GM"
    return [t for t in doc[start:end] if t.i in subtree]


_CLOSING = {")": "(", "]": "["}


def hyphen_joined(spans: list[Span]) -> list[Span]:
    """Two names joined by a hyphen with no space ("U.S.-Peru", "Japan-China"), as found among
    ``spans`` in text order: both, else none."""
    ordered = sorted(spans, key=lambda s: s.start)
    for first, second in zip(ordered, ordered[1:]):
        doc = first.doc
        if second.start == first.end + 1 and doc[first.end].text in ("-", "–") \
                and not doc[first.end - 1].whitespace_ and not doc[first.end].whitespace_:
            return [first, second]
    return []


def backed_by(span: Span) -> bool:
    doc = span.doc
    return span.end + 1 < len(doc) and doc[span.end].text == "-" and doc[span.end + 1].lower_ in _BACKING


def conjuncts(token: Token) -> list[Token]:
    out, todo = [], [token]
    while todo:
        for child in todo.pop().children:
            if child.dep_ == "conj":
                out.append(child)
                todo.append(child)
    return out


def names_place(token: Token) -> bool:
    return token.ent_type_ in {"GPE", "LOC", "ORG", "FAC", "NORP"}


def phrase_text(tokens: list[Token]) -> str:
    return " ".join(t.text for t in tokens if t.dep_ not in {"det", "case"})


# Nouns that name the other side's own ("its counterparts", "its neighbours"), never the
# possessor's organ.
RELATIONAL_NOUNS = frozenset({"counterpart", "opposite", "neighbour", "neighbor", "rival", "ally", "partner",
                              "enemy"})


def state_named_before(kb: ActorKB, spans: list[Span], token: Token) -> Actor | None:
    """The state of the knowledge-base name (among ``spans``) closest before ``token``, when that
    name is a state's (a state, its capital, its adjective), else none: "its" in "Russia said
    its troops"."""
    before = [s for s in spans if s.end <= token.i]
    if not before:
        return None
    entries = kb.lookup(max(before, key=lambda s: s.end).label_)
    if not entries or entries[0].kind not in STATE_KINDS or len(entries[0].country or "") != 3:
        return None
    return kb.state(entries[0].country or "")
