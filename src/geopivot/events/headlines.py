"""Headlines the parser cannot read: their word order stands in for the parse.

en_core_web_sm, trained on full sentences, parses many wire headlines as one noun phrase
("Canada, Mexico sign deal on rail line": "sign" a compound of "deal") or leaves a visited
capital, a summoned envoy or a guest as an adverb or an apposition. When the parse-based coder
finds nothing in a headline, :func:`read_headline` reads it as headline writers write it: the
actors before a trigger verb are its subjects (after a "says", the reported clause's), and the
first actor after it — right after the verb for a direct object, after one of the row's
prepositions otherwise — is its target. Rows, codes and modes are the trigger table's; the
coder (:mod:`geopivot.events.coder`) turns a reading into events as it does a parsed match.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from geopivot.actors import ActorLookup
from geopivot.events.clauses import children, lemma_forms
from geopivot.events.wordlists import HYPOTHETICAL_MODALS, NEGATING_GOVERNORS, SPEECH_VERBS
from geopivot.events.drafts import candidates_at
from geopivot.events.forms import broken_auxiliary, misread_participle
from geopivot.events.patterns import Pattern, PatternSet
from geopivot.events.sides import a_state, generic, located_in
from geopivot.models import ActorMention
from geopivot.nlp.sentences import is_headline  # noqa: F401  (the coder's and tests' import)

QUOTES = frozenset({'"', "'", "“", "‘"})
NEGATIONS = frozenset({"not", "never", "no", "n't"})
# "Iran denies sending arms", "refuses to sign": what follows did not happen.
DENIALS = NEGATING_GOVERNORS | {"deny", "dismiss", "rule"}
# Between a subject and its verb: "Japan, Vietnam to sign", "Seoul again urges", a title the
# resolver left out ("Japan, S.Korea foreign ministers to meet").
_SUBJECT_GAP_POS = frozenset({"PUNCT", "CCONJ", "ADV", "PART", "AUX"})
_SUBJECT_GAP_WORDS = 2
# Words a headline puts between a verb and its object: "signs $3bn deal", "visits the capital".
_LEAD_IN_POS = frozenset({"DET", "ADJ", "NUM", "SYM", "PUNCT"})
_NOT_VERBS = frozenset({"PUNCT", "ADP", "DET", "CCONJ", "SCONJ", "NUM", "PRON", "PART", "SYM"})
_OBJECT_WINDOW = 6  # an object row's noun must come within this many words of the verb
VISIT = "visit"
VISIT_PURPOSES = frozenset({"talk", "talks", "visit", "summit", "meeting", "consultation", "negotiation"})


@dataclass(frozen=True, slots=True)
class HeadlineReading:
    """A trigger verb read from word order, with its row, object and actors."""

    pattern: Pattern
    verb: Token
    obj: Token | None
    sources: list[ActorMention]
    targets: list[ActorMention]
    intent: bool  # "X to sign deal": announced, not done


def read_headline(sent: Span, *, patterns: PatternSet, actors: ActorLookup) -> HeadlineReading | None:
    """The first trigger verb, left to right, whose row finds its actors by word order."""
    tokens = [t for t in sent if not t.is_space]
    for verb in tokens[1:]:
        if broken_auxiliary(verb):
            continue  # "UK helps raped Rwandan women": "helps" made an auxiliary of "raped"
        candidates = () if verb.pos_ in _NOT_VERBS else candidates_at(patterns, "verb", verb)
        if not candidates:
            continue
        before = _mentions(tokens, actors, sent, verb, before=True)
        if not _plausible_verb(verb, tokens, before, sent, patterns):
            continue
        reading = _read_at(verb, candidates, tokens, before, actors, sent,
                           naming=bool(candidates_at(patterns, "judge", verb)))
        if reading is not None:
            return reading
    return _visit_without_verb(tokens, patterns, actors, sent)


def _visit_without_verb(tokens: list[Token], patterns: PatternSet, actors: ActorLookup,
                        sent: Span) -> HeadlineReading | None:
    """ "X in Y for talks": a headline without a verb reports a visit by X to Y."""
    visit = next((p for p in patterns.candidates("verb", VISIT) if not p.objects and not p.particle), None)
    at = next((t for t in tokens if t.lower_ == "in"), None)
    purpose = next((t for t in tokens if at is not None and t.i > at.i and t.lower_ == "for"), None)
    if visit is None or at is None or purpose is None or purpose.i + 1 >= sent.end or not any(
            f in VISIT_PURPOSES for f in lemma_forms(sent.doc[purpose.i + 1])):
        return None
    sources = _subjects(_mentions(tokens, actors, sent, at, before=True), at, sent)
    places = [m for m in _mentions(tokens, actors, sent, at, before=False)
              if m.end <= purpose.idx - sent.start_char]
    if not sources or not places:
        return None
    located = _situated(sources + places[:1])
    return HeadlineReading(visit, at, None, located[:len(sources)], located[len(sources):], intent=False)


def _plausible_verb(verb: Token, tokens: list[Token], subjects: list[ActorMention], sent: Span,
                    patterns: PatternSet) -> bool:
    """A verb's form: tagged a verb; a third-person "-s" tagged a plural noun ("hosts"), right
    after its subject; a base form after two subjects or a plural one ("X, Y sign", "Maoists
    free"). Not a word the table knows as an event noun ("talks", "visit") where tagged a noun,
    nor one after an adjective ("Kazakh exports"): "China trade talks" has no verb."""
    if verb.tag_.startswith("VB"):
        return verb.dep_ != "amod"  # "pardons jailed candidate": a participle describes
    # "Venezuela releases imprisoned Americans": the "-s" form the parser made the subject of
    # the participle after it is the verb, though the table knows "release" as a noun too.
    misread = verb.dep_ == "nsubj" and verb.head.i == verb.i + 1 and misread_participle(verb.head)
    # "Qatar emir visits Iran": a plural "noun" with a direct object of its own is the verb.
    misread = misread or (verb.tag_ == "NNS" and bool(children(verb, "dobj")))
    # "Kenya, Ethiopia strike deal": a word right before one of its verb rows' objects is the verb.
    misread = misread or _row_object_follows(verb, tokens, patterns)
    if candidates_at(patterns, "noun", verb) and not misread:
        return False
    before = [t for t in tokens if t.i < verb.i]
    last = before[-1] if before else None
    if last is None or not any(m.start <= last.idx - sent.start_char < m.end for m in subjects):
        return False  # "wine exports": the word before is no actor's
    return verb.tag_ in ("NNS", "NNPS") or last.tag_ in ("NNS", "NNPS") or len(subjects) >= 2


def _row_object_follows(verb: Token, tokens: list[Token], patterns: PatternSet) -> bool:
    """One of its verb rows' objects follows ``verb`` within the object window, past only
    lead-in words and modifying nouns: "strike deal", "strike $3bn border security deal"."""
    objects = {o.lemma for p in candidates_at(patterns, "verb", verb) for o in p.objects}
    for token in [t for t in tokens if t.i > verb.i][:_OBJECT_WINDOW]:
        if any(f in objects for f in lemma_forms(token)):
            return True
        if token.pos_ not in _LEAD_IN_POS and token.pos_ not in ("NOUN", "PROPN"):
            return False
    return False


def _read_at(verb: Token, candidates: tuple[Pattern, ...], tokens: list[Token],
             before: list[ActorMention], actors: ActorLookup, sent: Span, *,
             naming: bool = False) -> HeadlineReading | None:
    """``naming``: the verb also names or judges its object (it has judge rows: "call")."""
    prior = [t for t in tokens if t.i < verb.i]
    if any(t.lower_ in NEGATIONS or t.lower_ in HYPOTHETICAL_MODALS for t in prior[-3:]):
        return None  # "may sign", "never signs": not an act
    if any(t.lemma_.lower() in DENIALS for t in prior):
        return None  # "Iran denies sending arms"
    sources = _subjects(before, verb, sent)
    if not sources:
        return None
    pair = len({s.actor.country or s.actor.code for s in sources}) >= 2
    after = [t for t in tokens if t.i > verb.i]
    later = _mentions(tokens, actors, sent, verb, before=False)
    particle = after[0].lower_ if after else ""
    best: tuple[tuple[int, int, int], HeadlineReading] | None = None
    for pattern in candidates:
        if pattern.particle and pattern.particle != particle:
            continue
        obj = _object(pattern, after) if pattern.objects else None
        if pattern.objects and obj is None:
            continue
        if naming and "dobj" in pattern.targets and not pattern.objects and any(
                t.text in QUOTES for t in after):
            continue  # "calls Russia's policy 'imperial'": naming the object, not calling it
        # Two subjects of a joint act ("X, Y hold talks on Z") are its two sides.
        joint = pattern.reciprocal and pair
        targets = [] if joint else _targets(pattern, verb, after, obj, later, sent)
        if not targets and not joint:
            continue
        located = _situated(sources + targets)
        reading = HeadlineReading(pattern, verb, obj, located[:len(sources)], located[len(sources):],
                                  intent=bool(prior) and prior[-1].lower_ == "to")
        rank = (int(bool(pattern.objects)), int(bool(pattern.particle)), -pattern.table)
        if best is None or rank > best[0]:
            best = (rank, reading)
    return best[1] if best else None


def _mentions(tokens: list[Token], actors: ActorLookup, sent: Span, verb: Token, *,
              before: bool) -> list[ActorMention]:
    """Actors named before (the subjects: after any "says", and before any preposition) or after
    the verb, one per place in the text, the longest where names overlap; none that takes in the
    verb itself (a misparsed phrase's head stretches over it)."""
    if before:
        start = max((t.i + 1 for t in tokens if t.i < verb.i and t.lemma_.lower() in SPEECH_VERBS),
                    default=sent.start)
        preps = [t.i for t in tokens if start <= t.i < verb.i and t.pos_ == "ADP"]
        span = [t for t in tokens if start <= t.i < (preps[0] if preps else verb.i)]
    else:
        span = [t for t in tokens if t.i > verb.i]
    at = verb.idx - sent.start_char
    found: dict[tuple[int, int], ActorMention] = {}
    for token in span:
        for mention in actors.mentions_at(token):
            if before and mention.start <= at < mention.end:
                # "Ghana, Togo sign deal": the parser hung the rest of the headline on "Ghana";
                # the name ends at its own word
                end = token.idx + len(token) - sent.start_char
                mention = ActorMention(text=sent.text[mention.start:end], start=mention.start, end=end,
                                       actor=mention.actor)
            if mention.start <= at < mention.end or (mention.end <= at) != before:
                continue
            found.setdefault((mention.start, mention.end), mention)
    kept = _split_listed(list(found.values()), sent)
    # One per country, the most specific ("Japan's Abe": the government, not Japan as well).
    best: dict[str | None, ActorMention] = {}
    for mention in kept:
        key = mention.actor.country or mention.actor.code
        held = best.get(key)
        if held is None or len(mention.actor.code) > len(held.actor.code):
            best[key] = mention
    return sorted(best.values(), key=lambda m: m.start)


def _listed(inner: ActorMention, outer: ActorMention, sent: Span) -> bool:
    """ "Lee, Hu sign pact", "Greece, Macedonia to resume talks": the parser made one phrase of
    two names; a name listed beside another country's (a comma, "&" or "and" between) is a
    subject of its own. Not a modifier ("Russian-backed rebels")."""
    if not outer.actor.country or inner.actor.country == outer.actor.country:
        return False
    before = sent.text[outer.start:inner.start].rstrip()
    after = sent.text[inner.end:outer.end].lstrip()
    return (inner.end < outer.end and after.startswith((",", "&", "and "))) or \
        (outer.start < inner.start and before.endswith((",", "&", " and")))


def _split_listed(found: list[ActorMention], sent: Span) -> list[ActorMention]:
    """One mention per place, the longest where names overlap, except that a phrase the parser
    stretched over listed names of other countries keeps them and names its own actor only."""
    kept = [m for m in found if not any(o is not m and o.start <= m.start and m.end <= o.end
                                        and not _listed(m, o, sent) for o in found)]
    out = []
    for m in kept:
        start, end = m.start, m.end
        for o in kept:
            if o is m or not (m.start <= o.start and o.end <= m.end and _listed(o, m, sent)):
                continue
            if o.start == m.start:  # listed before it: the phrase's own name starts after
                rest = sent.text[o.end:end]
                start = max(start, end - len(rest.lstrip(" ,&").removeprefix("and ").lstrip()))
            else:  # listed after it: the phrase's own name ends before
                head = sent.text[start:o.start].rstrip().removesuffix(" and").rstrip(" ,&")
                end = min(end, start + len(head))
        out.append(m if (start, end) == (m.start, m.end)
                   else ActorMention(text=sent.text[start:end], start=start, end=end, actor=m.actor))
    return out


def _situated(mentions: list[ActorMention]) -> list[ActorMention]:
    """A group with no country ("rebels") beside actors of one country only is that country's:
    "Manila, rebels resume talks". (The coder's own rule reads the parse, which failed here.)"""
    countries = {m.actor.country for m in mentions if m.actor.country and len(m.actor.country) == 3}
    if len(countries) != 1:
        return mentions
    country = countries.pop()
    return [located_in(m, country) if generic(m) else m for m in mentions]


def _subjects(mentions: list[ActorMention], verb: Token, sent: Span) -> list[ActorMention]:
    """The list of actors that ends right before the verb ("X, Y sign"), joined by commas and
    "and" only; none when other words intervene ("Belarus forces jet to land, arrests ...")."""
    doc, base = sent.doc, sent.start_char
    out: list[ActorMention] = []
    edge = verb.idx - base
    for mention in reversed(mentions):
        gap = [t for t in doc[sent.start:verb.i] if mention.end <= t.idx - base < edge]
        words = [t for t in gap if t.pos_ not in _SUBJECT_GAP_POS]
        joined = all(t.pos_ in ("PUNCT", "CCONJ") or t.lower_ in ("'s", "’s") for t in gap)
        if out and not gap and (generic(out[0]) or mention.actor.country == out[0].actor.country):
            # "Kenyan police": the nationality is the next actor's own; two generic words
            # ("opposition TV") place nothing
            if generic(out[0]) and a_state(mention.actor.country):
                out[0] = located_in(out[0], mention.actor.country)
            edge = mention.start
            continue
        if out and not joined or not out and (len(words) > _SUBJECT_GAP_WORDS or any(
                t.pos_ in ("VERB", "ADP") for t in words)):
            break
        out.insert(0, mention)
        edge = mention.start
    return out


def _object(pattern: Pattern, after: list[Token]) -> Token | None:
    for token in after[:_OBJECT_WINDOW]:
        forms = lemma_forms(token)
        for term in pattern.objects:
            if term.lemma in forms and (not term.modifier or any(
                    t.lower_ == term.modifier or t.lemma_.lower() == term.modifier
                    for t in after if t.i < token.i)):
                return token
    return None


def _comma_listed(first: ActorMention, later: list[ActorMention], after: list[Token],
                  base: int) -> list[ActorMention]:
    """ "praises Azerbaijan, Georgia for ...": the states after the first target, a comma before
    each, other states than those before them (not "Kharkiv, Ukraine")."""
    listed, last = [], first
    countries = {first.actor.country}
    for mention in later:
        if mention.start <= last.start:
            continue
        between = [t for t in after if last.end <= t.idx - base < mention.start]
        country = mention.actor.country
        if [t.text for t in between] != [","] or not a_state(country) or country in countries:
            break
        listed.append(mention)
        countries.add(country)
        last = mention
    return listed


def _targets(pattern: Pattern, verb: Token, after: list[Token], obj: Token | None,
             later: list[ActorMention], sent: Span) -> list[ActorMention]:
    """The first slot of the row whose actor stands where that slot puts it (``later``: the
    actors after the verb, in order)."""
    base = sent.start_char
    # A joint act's other prepositions name its topic: "hold talks on Mercosur tariffs".
    slots = [s for s in pattern.targets if not pattern.reciprocal or s in ("dobj", "with", "between")]
    for slot in slots:
        if slot in ("dobj", "comp"):
            # the first actor right after the verb (or its object noun), past determiners,
            # adjectives and sums only
            lead = obj.i + 1 if obj is not None else verb.i + 1
            if later:
                mention = later[0]
                gap = [t for t in after if lead <= t.i and t.idx - base < mention.start]
                named = [t for t in after if t.idx - base >= mention.end][:1]
                # "calls X 'the devil'": names X, does nothing to X
                # "frees detained S. Korean worker": a participle right after the verb describes
                # the object
                if not (named and named[0].text in QUOTES) and all(
                        t.pos_ in _LEAD_IN_POS or (t.i == lead and t.tag_ in ("VBN", "VBD")) for t in gap):
                    return [mention, *_comma_listed(mention, later, after, base)]
        elif slot not in ("xcomp", "purpose", "subj", "giver"):
            for prep in (t for t in after if t.lower_ == slot and (obj is None or t.i > obj.i)):
                mention = next((m for m in later if m.start > prep.idx - base), None)
                if mention is not None:
                    gap = [t for t in after if prep.i < t.i and t.idx - base < mention.start]
                    if all(t.pos_ in _LEAD_IN_POS | {"PROPN", "NOUN"} for t in gap):
                        return [mention]
    return []
