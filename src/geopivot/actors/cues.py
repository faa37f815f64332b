"""Cues read from the words around a name, without the parser.

What an article remembers must not depend on which sentences were parsed (the fast path parses
only sentences that could yield an event, and must give the same events as parsing all), so
the article memory reads these cues from tokens alone: how prominently a name is mentioned,
whether a capital is only the place where something happened, and who is introduced with a
nationality and a title ("South Korean Vice Foreign Minister Lim Sung-nam").
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from geopivot.actors.kb import ActorKB, Entry, SectorTerm
from geopivot.models import Actor

HONORIFICS = {"mr", "mrs", "ms", "dr", "sir", "dame", "lord", "lady", "general", "gen", "admiral",
              "marshal", "premier", "president", "chancellor", "king", "queen", "prince", "sheikh",
              "emir", "ayatollah", "comrade", "chairman", "secretary", "minister", "senator"}
# Nouns for a person that name no sector: "a Pakistani woman" is Pakistan.
PERSON_NOUNS = {"man", "woman", "person", "national", "boy", "girl", "child", "family"}
# Nouns of a single body that a phrase may give two nationalities ("the Anglo-Dutch group", "the
# Anglo-Dutch giant Unilever"): one actor, not two states.
BODY_NOUNS = frozenset({"group", "conglomerate", "consortium", "multinational", "giant"})
# A name after one of these stands in a prepositional phrase: "a message from Kim", "talks
# with Pyongyang". Such mentions are less prominent than subjects and objects.
_PREPOSITIONS = {"of", "from", "to", "with", "by", "for", "about", "against", "toward", "towards",
                 "on", "over", "under", "between", "among", "after", "before", "during", "without",
                 "through", "via", "like", "than", "in", "at", "near", "outside", "inside", "across",
                 "around", "throughout", "into", "within", "beyond"}
# A state or capital after these is where something happened ("met in Bangkok", "agreed to
# visit Seoul"), not a party to it.
_LOCATIVE = {"in", "at", "near", "outside", "inside", "across", "around", "throughout", "into",
             "within", "visit", "visits", "visited", "visiting"}
_PHRASE_GLUE = {"the", "a", "an", "'s", "’s", "-", "–", "and"}
# Lower-case words that may open a title ("deputy foreign minister Kong Xuanyou").
_TITLE_MODIFIERS = {"vice", "deputy", "acting", "former", "senior", "top", "chief", "first",
                    "special", "assistant", "junior", "state"}
_NOT_NAMES = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
              "january", "february", "march", "april", "may", "june", "july", "august",
              "september", "october", "november", "december", "on", "in", "at", "the", "last",
              "this", "earlier", "later", "meanwhile", "but", "and", "when", "after", "before"}
_GOV_HONORIFICS = {"president", "premier", "minister", "secretary", "chancellor", "king", "queen",
                   "emir"}
# A name the article introduced that the knowledge base does not know ("Lim" after "South
# Korean Vice Foreign Minister Lim Sung-nam"): its later mentions get spans with this label prefix.
INTRODUCED = "article:"
# Entries that name a state: its name, its capital or other metonym, its nationality.
STATE_KINDS = frozenset({"state", "metonym", "adjective"})
_LOOKBACK = 10


def one_body(tokens: Iterable[Token]) -> bool:
    """A singular body noun among ``tokens`` ("the US-German group", "Anglo-Dutch giant
    Unilever"): its nationalities name one actor, not two sides."""
    return any(t.tag_ == "NN" and (t.lemma_.lower() in BODY_NOUNS or t.lower_ in BODY_NOUNS) for t in tokens)


def singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def title_word(kb: ActorKB, word: str) -> SectorTerm | None:
    """The sector a title word names ("minister", "officials"), or None."""
    return kb.sector_of(word) or kb.sector_of(singular(word))


def _is_title_word(kb: ActorKB, word: str) -> bool:
    return word in HONORIFICS or word in PERSON_NOUNS or title_word(kb, word) is not None


def governor(kb: ActorKB, doc: Doc, start: int) -> str | None:
    """The word the phrase around a name hangs on: the first word before it that is not a
    title, a determiner or another name ("met South Korean President Park" → "met"); None at
    the start of a sentence."""
    i = start - 1
    while i >= max(0, start - _LOOKBACK):
        token = doc[i]
        low = token.lower_
        if token.is_space or low in {".", "!", "?", ";", ":", "\n"}:
            return None
        if low in _PREPOSITIONS or low in _LOCATIVE:
            return low
        if not (low in _PHRASE_GLUE or token.is_title or token.is_upper or _is_title_word(kb, low)):
            return low
        i -= 1
    return None


def mention_weight(kb: ActorKB, span: Span, kind: str) -> float:
    """How prominently a name is mentioned: 1.5 at the start of its sentence (the subject,
    mostly), 1 for other subjects and objects, 0.5 inside a prepositional phrase, 0 for a state
    or capital named only as a place ("in Bangkok") or only inside a longer proper name ("the
    Korean War", "the Russian Far East"). Lappin and Leass weigh subjects over objects over
    obliques in the same way."""
    doc = span.doc
    if kind == "adjective" and _inside_name(kb, doc, span.end):
        return 0.0
    word = governor(kb, doc, span.start)
    if word in _LOCATIVE and kind in STATE_KINDS:
        return 0.0
    if word is None:
        return 1.5
    return 0.5 if word in _PREPOSITIONS else 1.0


def _inside_name(kb: ActorKB, doc: Doc, after: int) -> bool:
    """A nationality followed by a capitalised word that starts no title is part of a name."""
    if after >= len(doc) or not doc[after].is_title:
        return False
    return title_phrase(kb, doc, after) is None


def title_phrase(kb: ActorKB, doc: Doc, start: int) -> tuple[int, str] | None:
    """(end, sector) of the title that starts at ``start``: words ending in a sector term or an
    honorific ("Vice Foreign Minister", "businessman", "prime minister"), the longest one
    within five words. Capitalised words may be the title or the name after it; a lower-case
    word must be a title word, a known modifier ("deputy") or modify the title word after it."""
    best: tuple[int, str] | None = None
    i = start
    while i < len(doc) and i < start + 5 and doc[i].is_alpha:
        low = doc[i].lower_
        nxt = doc[i + 1].lower_ if i + 1 < len(doc) else ""
        pair = kb.sector_of(f"{doc[i - 1].lower_} {low}") if i > start else None
        term = pair or title_word(kb, low)
        if term is not None:
            best = (i + 1, term.cameo)
        elif low in HONORIFICS:
            # "Army General": the honorific keeps the sector of the title word before it.
            kept = best[1] if best is not None and best[0] == i else ""
            best = (i + 1, kept or ("GOV" if low in _GOV_HONORIFICS else ""))
        elif low in PERSON_NOUNS:
            best = (i + 1, "")
        elif not doc[i].is_title and low not in _TITLE_MODIFIERS and not _is_title_word(kb, nxt):
            break
        i += 1
    return best


@dataclass(frozen=True, slots=True)
class Introduction:
    """A nationality or state followed by a title, and the unknown name the title goes with."""

    cue: Span
    sector: str  # the title's CAMEO sector, "" when the title names none
    name: tuple[int, int] | None  # token range of a name the knowledge base does not know

    @property
    def name_span(self) -> Span:
        start, end = self.name or (self.cue.start, self.cue.end)
        return self.cue.doc[start:end]

    def person(self, kb: ActorKB) -> tuple[Entry, Actor]:
        """The person introduced: "Chinese businessman Li Wei" is Li Wei, CHNBUS."""
        name = self.name_span.text
        country = kb.lookup(self.cue.label_)[0].country or ""
        sector = self.sector or None
        entry = Entry(name, "person", name, country, sector, person_id=INTRODUCED + name,
                      source="article")
        return entry, Actor(code=country + (sector or ""), name=name, country=country, sector=sector,
                            actor_type="person")


def introductions(kb: ActorKB, spans: list[Span]) -> list[Introduction]:
    """Titles with a nationality, and the unknown people they introduce: "South Korean Vice
    Foreign Minister Lim Sung-nam", "Chinese businessman Li Wei", "Jacinda Ardern, New
    Zealand's prime minister". A name the knowledge base knows is left to it."""
    if not spans:
        return []
    doc = spans[0].doc
    starts = {s.start: s for s in spans}
    out = []
    for span in spans:
        entries = kb.lookup(span.label_)
        if entries and entries[0].kind == "org" and entries[0].country:
            found = _org_introduction(kb, doc, span, entries[0], starts)
            if found is not None:
                out.append(found)
            continue
        if not entries or entries[0].kind not in STATE_KINDS:
            continue
        after = span.end
        if after < len(doc) and doc[after].lower_ in {"'s", "’s"}:
            after += 1
        elif entries[0].kind == "metonym" or (entries[0].kind == "state" and not (
                after < len(doc) and doc[after].is_title)):
            continue  # "US Ambassador Harry Harris", but not "Seoul officials"
        title = title_phrase(kb, doc, after)
        if title is not None:
            end, sector = title
            name = _name_after(doc, end, starts, kb) or _name_before(doc, span.start, end, starts, kb)
        elif after + 1 < len(doc) and doc[after].is_lower and doc[after].is_alpha:
            # "German engineer Klaus Weber": a noun that names no sector, then a full name.
            end, sector = after + 1, ""
            name = _name_after(doc, end, starts, kb)
            if name is None or name[1] - name[0] < 2:
                continue
        else:
            continue
        out.append(Introduction(span, sector, name))
    return out


# Words for an organisation's officer that name no sector ("Huawei founder Ren Zhengfei").
_ORG_TITLES = {"founder", "co-founder", "boss", "head", "chief", "director", "spokesman", "spokeswoman",
               "spokesperson", "owner", "executive", "president", "chair", "chairwoman", "chairperson"}


def _org_introduction(kb: ActorKB, doc: Doc, span: Span, org: Entry,
                      starts: dict[int, Span]) -> Introduction | None:
    """ "Gazprom chairman Aleksey Miller", "Tory leader Michael Howard", "World Bank country
    director Nigel Roberts": an organisation, a title, then a full name the knowledge base does
    not know. The person takes the organisation's country and sector (a company's officers are
    its business sector, a party's leader its party's), not the title's."""
    after = span.end
    if after < len(doc) and doc[after].lower_ in {"'s", "’s"}:
        after += 1
    title = title_phrase(kb, doc, after)
    end = title[0] if title is not None else None
    i = after
    while i < len(doc) and i < after + 3 and doc[i].is_lower and doc[i].is_alpha:
        if doc[i].lower_ in _ORG_TITLES:
            end = max(end or 0, i + 1)
        i += 1
    if end is None:
        return None
    name = _name_after(doc, end, starts, kb)
    if name is None or name[1] - name[0] < 2:
        return None
    country = org.country or ""
    return Introduction(span, (org.sector or "")[:3] if len(country) == 3 else "", name)


def _name_after(doc: Doc, start: int, starts: dict[int, Span], kb: ActorKB) -> tuple[int, int] | None:
    end = start
    while end < len(doc) and end < start + 4:
        token = doc[end]
        if token.is_title and token.is_alpha:
            end += 1
        elif token.text in {"-", "–"} and not doc[end - 1].whitespace_ and end + 1 < len(doc) \
                and doc[end + 1].is_alpha and end > start:
            end += 2  # "Sung-nam" is three tokens
        else:
            break
    return _unknown(doc, start, end, starts, kb)


def _name_before(doc: Doc, cue: int, title_end: int, starts: dict[int, Span],
                 kb: ActorKB) -> tuple[int, int] | None:
    """ "Jacinda Ardern, New Zealand's prime minister": a name, a comma, then the title (which
    must end the phrase)."""
    comma = cue - 2 if cue >= 2 and doc[cue - 1].lower_ in {"the", "a", "an"} else cue - 1
    if comma < 2 or doc[comma].text != "," or (title_end < len(doc) and doc[title_end].is_alpha
                                               and doc[title_end].lower_ not in {"and", "who"}):
        return None
    start = comma
    while start > 0 and comma - start < 4 and doc[start - 1].is_title and doc[start - 1].is_alpha:
        start -= 1
    if comma - start < 2:  # a lone capitalised word before a comma is too often not a name
        return None
    return _unknown(doc, start, comma, starts, kb)


def _unknown(doc: Doc, start: int, end: int, starts: dict[int, Span], kb: ActorKB) -> tuple[int, int] | None:
    """The token range if it is a name the knowledge base does not know, else None."""
    if end <= start or any(t.lower_ in _NOT_NAMES for t in doc[start:end]):
        return None
    inside = [s for i, s in starts.items() if start <= i < end or s.start < start < s.end]
    for span in inside:
        kinds = {e.kind for e in kb.lookup(span.label_)}
        if "person" not in kinds or " " in span.label_ or span.end > end:
            return None  # a place or group, or a full name the knowledge base knows
    if len(inside) == 1 and inside[0].start == start and inside[0].end == end:
        return None  # a bare surname it knows, after a title: "Chinese President Xi"
    return start, end
