"""The event coder: trigger patterns + a dependency parse + actor lookup -> CAMEO events.

Precision first. An event needs a trigger that matches a pattern, a source actor (the
subject, the passive agent, or for nominal events a possessor, nationality modifier or the
subject of a light verb) and, unless the pattern is unary, a target actor in one of the
pattern's slots. Negated, intended and hypothetical clauses are told apart
(:mod:`geopivot.events.clauses`); there is no fallback code for bare statements.
"""
from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import dataclass

from spacy.tokens import Span, Token

from geopivot.actors import ActorLookup
from geopivot.errors import DataFileError
from geopivot.events.clauses import (
    Mode, children, clause_mode, first_conjunct, is_question, lemma_forms, lemma_in, objects_of,
    preposition_objects, refers_to_past, with_conjuncts,
)
from geopivot.events.ontology import Ontology
from geopivot.events.patterns import (
    PREPOSITION_SLOTS, Pattern, PatternSet, Term, load_patterns,
)
from geopivot.events.roles import OWNER_DEPS, RoleResolver, counted, same_actor
from geopivot.models import ActorMention, Event

__all__ = ["EventCoder", "load_patterns"]

# Verbs that only carry a nominal event: "X held talks", "X launched an attack", "X paid a visit".
LIGHT_VERBS = frozenset({
    "announce", "unveil", "impose", "approve", "order", "launch", "begin", "start", "conduct",
    "carry", "stage", "hold", "make", "pay", "continue", "resume", "intensify", "expand", "extend",
    "step", "deliver", "issue", "level", "lodge", "file", "mount", "undertake", "open", "give",
    "provide", "send", "reach", "conclude", "sign", "have", "commit", "perpetrate", "wage",
    "escalate", "complete", "finish", "join", "attend", "lead", "organize", "organise", "authorize",
    "authorise", "renew", "execute", "ramp", "initiate", "grant", "unleash", "deploy", "perform",
})
# Light verbs that state an intent ("offered talks", "threatened sanctions") or a refusal.
INTENT_LIGHT_VERBS = frozenset({"offer", "promise", "pledge", "propose", "plan", "threaten", "vow",
                                "prepare", "want", "schedule", "agree"})
NEGATING_LIGHT_VERBS = frozenset({"reject", "refuse", "decline", "deny"})
# Verb + preposition that carry a nominal event: "engaged in talks", "agreed to a ceasefire".
LIGHT_PREPOSITIONS = {("engage", "in"): Mode.FACT, ("participate", "in"): Mode.FACT,
                      ("enter", "into"): Mode.FACT, ("embark", "on"): Mode.FACT,
                      ("join", "in"): Mode.FACT, ("agree", "on"): Mode.FACT,
                      ("agree", "to"): Mode.INTENT,
                      ("commit", "to"): Mode.INTENT}
# Governors under which a nominal event is not asserted: "called for sanctions on X".
NOUN_BLOCKERS = frozenset({
    "call", "urge", "demand", "seek", "propose", "suggest", "consider", "warn", "fear", "avoid",
    "prevent", "oppose", "deny", "rule", "discuss", "need", "ask", "request", "push", "press",
    "debate", "weigh", "study", "mull", "contemplate", "advocate", "favor", "favour", "back",
    "support", "predict", "expect", "anticipate", "risk", "cancel", "postpone", "delay", "halt",
    "stop", "suspend", "block", "veto", "resist", "threaten", "plan", "want", "hope", "rumor",
    "rumour", "doubt", "question", "imagine", "envisage", "envision", "explore", "recommend",
})
INTENT_ADJECTIVES = frozenset({"planned", "proposed", "upcoming", "forthcoming", "scheduled",
                               "future", "prospective", "threatened", "promised", "pledged"})
HEDGE_ADJECTIVES = frozenset({"possible", "potential", "hypothetical", "alleged", "rumored",
                              "rumoured", "purported", "likely", "mooted", "suspected", "feared"})
# Killing a hundred or more people is CAMEO's mass killing (202).
MASS_KILLING = "202"
MASS_WORDS = frozenset({"hundreds", "thousands", "tens"})
# Words of sport reporting; a sentence with one of them codes no event.
SPORT_NOUNS = frozenset({
    "rugby", "football", "soccer", "cricket", "tennis", "hockey", "basketball", "tournament",
    "championship", "olympics", "olympic", "semi-final", "semifinal", "quarter-final",
    "quarterfinal", "final", "match", "striker", "goalkeeper", "midfielder", "innings", "wicket",
    "fixture", "league", "cup", "medal", "athlete",
})
# Rows that only stand in for an unknown complement: "agreed to allow ..." (030).
GENERIC_PATTERNS = frozenset({"agree.to"})
_MODIFIER_DEPS = frozenset({"compound", "amod", "npadvmod", "nmod", "advmod"})


@dataclass(slots=True)
class _Match:
    """A pattern matched at one token, with what it found."""

    pattern: Pattern
    trigger: Token
    parts: list[Token]  # particle, modifier and object tokens that belong to the trigger
    obj: Token | None
    targets: list[ActorMention]
    between: bool = False  # targets are the coordinated objects of "between"
    via_xcomp: Token | None = None  # target found as the object of this complement verb


@dataclass(slots=True)
class _Draft:
    match: _Match
    source: ActorMention
    target: ActorMention | None
    code: str


class EventCoder:
    """Codes the events of one parsed sentence at a time; holds no per-article state."""

    def __init__(self, *, ontology: Ontology, patterns: PatternSet) -> None:
        for pattern in patterns:
            for code in (pattern.code, pattern.negated, pattern.intent):
                if code and code not in ontology:
                    raise DataFileError(patterns.path or "triggers.tsv",
                                        f"pattern {pattern.id}: code {code} is not in the ontology",
                                        line=pattern.line)
        self.ontology = ontology
        self.patterns = patterns

    # -- public ---------------------------------------------------------------------------------
    def code_sentence(self, sent: Span, *, actors: ActorLookup, article_id: str,
                      sentence_index: int, date: dt.date | None) -> list[Event]:
        """Every event the sentence asserts, intends or refuses, in trigger order."""
        if is_question(sent.text) or _is_sport(sent):
            return []
        run = _SentenceRun(self.patterns, actors)
        drafts: list[_Draft] = []
        # Verbs first: a light verb's object ("imposed sanctions") is then not coded again as a noun.
        for token in sent:
            if token.pos_ == "VERB":
                drafts += run.verb_events(token)
        for token in sent:
            if token.pos_ == "NOUN" and token.i not in run.consumed:
                drafts += run.noun_events(token)
        return [self._event(d, sent, article_id, sentence_index, date) for d in _prune(drafts)]

    # -- building -------------------------------------------------------------------------------
    def _event(self, draft: _Draft, sent: Span, article_id: str, index: int,
               date: dt.date | None) -> Event:
        match = draft.match
        base = sent.start_char
        tokens = sorted([match.trigger, *match.parts], key=lambda t: t.i)
        if tokens[-1].i - tokens[0].i > 5:  # a far-flung object: point at the trigger word alone
            tokens = [match.trigger]
        start, end = tokens[0].idx - base, tokens[-1].idx + len(tokens[-1]) - base
        return Event(
            article_id=article_id, sentence_index=index, sentence=sent.text, date=date,
            source=draft.source, event_type=self.ontology.get(draft.code),
            trigger_text=sent.text[start:end], trigger_start=start, trigger_end=end,
            target=draft.target, historical=refers_to_past(match.trigger, date),
            pattern_id=match.pattern.id,
        )


class _SentenceRun(RoleResolver):
    """Matching state for one sentence: the patterns, the roles and consumed objects."""

    def __init__(self, patterns: PatternSet, actors: ActorLookup) -> None:
        super().__init__(actors)
        self.patterns = patterns
        self.consumed: set[int] = set()

    # -- verbs ----------------------------------------------------------------------------------
    def verb_events(self, verb: Token) -> list[_Draft]:
        match = self._best_verb_match(verb)
        if match is None:
            return []
        if match.obj is not None:
            self.consumed.update(t.i for t in with_conjuncts(match.obj))
        code = _code_for(match.pattern, clause_mode(verb))
        if not code:
            return []
        if code[:2] == "18" and code == match.pattern.code and _mass_victims(verb):
            code = MASS_KILLING  # "killed hundreds of civilians"
        intransitive = not match.pattern.objects and not objects_of(verb)
        unary_ok = match.pattern.unary and (bool(match.pattern.objects) or intransitive)
        return _drafts(match, self.verb_sources(verb), code, unary_ok)

    def _best_verb_match(self, verb: Token) -> _Match | None:
        candidates = _candidates(self.patterns, "verb", verb)
        if not candidates:
            return None
        pair = len({m.actor.code for m in self.verb_sources(verb)}) >= 2
        particles = {c.lower_: c for c in verb.children if c.dep_ == "prt"}
        objects = [t for o in objects_of(verb) for t in with_conjuncts(o)]
        objects += [c for o in objects for c in counted(o)]  # "massed thousands of troops"
        with_objects = [t for p in children(verb, "prep") if p.lower_ == "with"
                        for o in children(p, "pobj") for t in with_conjuncts(o)]
        best: tuple[tuple[int, ...], _Match] | None = None
        for pattern in candidates:
            # "call off" is not "call", and "call" is not "call off"; an object row's particle may
            # be a preposition over the object ("went on strike", "remained on alert") or the
            # "to" of a complement verb ("declined to comment").
            pobjs = [o for p in children(verb, "prep") if p.lower_ == pattern.particle
                     for o in children(p, "pobj")] if pattern.particle and pattern.objects else []
            if pattern.particle == "to" and pattern.objects:  # "declined to comment"
                pobjs += [c for c in children(verb, "xcomp") if c.pos_ == "VERB"]
            if pattern.particle:
                if pattern.particle not in particles and not pobjs:
                    continue
            elif particles:
                continue
            modifier = _modifier(verb, pattern.trigger)
            if modifier is False:
                continue
            obj, via_with = None, False
            if pattern.objects:
                in_prep = bool(pattern.particle) and pattern.particle not in particles
                obj = _find_object(pobjs if in_prep else objects, pattern.objects)
                if obj is None and objects:  # "supplied X with arms": X is the recipient
                    obj, via_with = _find_object(with_objects, pattern.objects), True
                if obj is None:
                    continue
            parts = [t for t in (particles.get(pattern.particle), modifier or None, obj) if t]
            match = _Match(pattern, verb, parts, obj, [])
            self._verb_targets(match, objects if via_with else [])
            rank = _rank(pattern, match, pair)
            if best is None or rank > best[0]:
                best = (rank, match)
        return best[1] if best else None

    def _verb_targets(self, match: _Match, recipients: list[Token]) -> None:
        """Fill ``match.targets`` from the first of the pattern's slots that names an actor."""
        verb, pattern, obj = match.trigger, match.pattern, match.obj
        # The matched object and the verb's own objects ("massed tens of thousands of troops
        # near X": "near" may hang on "tens").
        holders = list(dict.fromkeys([verb, *([obj] if obj is not None else []), *objects_of(verb)]))
        for slot in pattern.targets:
            via: Token | None = None
            if slot == "dobj":
                heads = recipients or ([obj] if obj is not None else objects_of(verb))
            elif slot == "xcomp":
                heads = []
                for comp in children(verb, "xcomp"):
                    via, heads = comp, heads + objects_of(comp)
            elif slot == "comp":
                heads = [s for c in children(verb, "ccomp", "xcomp") for s in children(c, "nsubj")]
            else:
                heads = [o for h in holders for o in preposition_objects(h, {slot}).get(slot, [])]
                if slot == "to":
                    heads += recipients
            found = self.resolve_targets(heads, slot, places=_is_force(pattern),
                                         trigger=verb)
            if found:
                match.targets, match.between, match.via_xcomp = found, slot == "between", via
                return

    # -- nouns ----------------------------------------------------------------------------------
    def noun_events(self, noun: Token) -> list[_Draft]:
        light, kind = _light_governor(noun)
        # "held drills with X": the light verb's prepositions belong to the nominal event too.
        owners = [m for c in noun.children if c.dep_ in OWNER_DEPS and c.i < noun.i
                  for o in with_conjuncts(c) for m in self.actors.mentions_at(o)]
        if light is not None:
            owners += self.verb_sources(light)
        pair = len({m.actor.code for m in owners}) >= 2
        match = self._best_noun_match(noun, [noun] if light is None else [noun, light], pair)
        if match is None:
            return []
        own = self._noun_own_sources(noun, match)
        if light is not None:
            mode = _chain_modes(_noun_mode(noun), kind, clause_mode(light))
            sources = own or self.verb_sources(light)
        else:
            mode = _chain_modes(_noun_mode(noun), Mode.FACT, _governor_mode(noun))
            sources = own
        code = _code_for(match.pattern, mode)
        return _drafts(match, sources, code, match.pattern.unary) if code else []

    def _best_noun_match(self, noun: Token, holders: list[Token], pair: bool) -> _Match | None:
        best: tuple[tuple[int, ...], _Match] | None = None
        for pattern in _candidates(self.patterns, "noun", noun):
            modifier = _modifier(noun, pattern.trigger)
            if modifier is False:
                continue
            match = _Match(pattern, noun, [modifier] if modifier else [], None, [])
            for slot in pattern.targets:
                if slot in PREPOSITION_SLOTS:
                    heads = [o for h in holders for o in preposition_objects(h, {slot}).get(slot, [])]
                    found = self.resolve_targets(heads, slot, places=_is_force(pattern),
                                                 trigger=noun)
                    if found:
                        match.targets, match.between = found, slot == "between"
                        break
            rank = _rank(pattern, match, pair)
            if best is None or rank > best[0]:
                best = (rank, match)
        return best[1] if best else None

    def _noun_own_sources(self, noun: Token, match: _Match) -> list[ActorMention]:
        """"China's visit", "US sanctions", "the visit by Xi": the actor inside the phrase."""
        skip = {t.i for t in match.parts}
        heads = [c for c in noun.children
                 if c.dep_ in OWNER_DEPS and c.i < noun.i and c.i not in skip]
        found = [m for h in heads for m in self.actors.mentions_at(h)]
        if not found:
            by = preposition_objects(noun, {"by"}).get("by", [])
            found = self.resolve_all(by)
        return found


# --- helpers -----------------------------------------------------------------------------------
def _is_force(pattern: Pattern) -> bool:
    """Material conflict (roots 14-20): its target may be a place ("a base in X")."""
    return int(pattern.code[:2]) >= 14


def _rank(pattern: Pattern, match: _Match, pair: bool) -> tuple[int, int, int, int]:
    """Object > particle > filled target (or else unary) > modifier; ties go to the earlier row.
    ``pair``: two or more sources, which fill a reciprocal row ("X and Y held joint drills")."""
    has_object, has_particle, has_modifier = pattern.specificity
    usable = 2 if match.targets or (pair and pattern.reciprocal) else int(pattern.unary)
    if match.obj is not None and any(t.modifier and t.lemma in lemma_forms(match.obj)
                                     and _modifier(match.obj, t) for t in pattern.objects):
        has_modifier = 1  # "launched air strikes" takes the "air strike" row over "strike"
    return (has_object, has_particle, usable, has_modifier)


def _candidates(patterns: PatternSet, pos: str, token: Token) -> tuple[Pattern, ...]:
    """Patterns for the token's lemma, or for the first regular de-inflection that has any."""
    for form in lemma_forms(token):
        found = patterns.candidates(pos, form)
        if found:
            return found
    return ()


def _code_for(pattern: Pattern, mode: Mode) -> str:
    # A row that already codes an intent or a threat ("offer aid", 033) keeps its code when
    # the offer itself lies ahead: "is willing to offer aid" is still an offer.
    intent = pattern.intent or (pattern.code if pattern.code[:2] in ("03", "13") else "")
    return {Mode.FACT: pattern.code, Mode.NEGATED: pattern.negated,
            Mode.INTENT: intent, Mode.SKIP: ""}[mode]


def _modifier(token: Token, term: Term) -> Token | None | bool:
    """The child that satisfies the term's modifier; None when none is asked; False if missing."""
    if not term.modifier:
        return None
    for child in token.children:
        if child.dep_ in _MODIFIER_DEPS and term.modifier in (child.lemma_.lower(), child.lower_):
            return child
    return False


def _find_object(candidates: list[Token], terms: tuple[Term, ...]) -> Token | None:
    for token in candidates:
        forms = lemma_forms(token)
        for term in terms:
            if term.lemma in forms and _modifier(token, term) is not False:
                return token
    return None


def _drafts(match: _Match, sources: list[ActorMention], code: str, unary_ok: bool) -> list[_Draft]:
    """Source-target pairs: every source to every target; reciprocal and unary cases."""
    targets = match.targets
    pairs: list[tuple[ActorMention, ActorMention | None]] = []
    if targets and sources:
        pairs = [(s, t) for s in sources for t in targets]
    elif targets and match.between:  # "talks between X and Y" with no one else named
        pairs = list(itertools.permutations(targets, 2))
    elif len({s.actor.code for s in sources}) >= 2 and match.pattern.reciprocal:
        pairs = list(itertools.permutations(sources, 2))  # "Moon and Xi met"
    elif sources and unary_ok:
        pairs = [(s, None) for s in sources]
    return [_Draft(match, s, t, code) for s, t in pairs
            if t is None or not same_actor(s, t, conflict=int(code[:2]) >= 10)]


def _prune(drafts: list[_Draft]) -> list[_Draft]:
    """Drop duplicates, and "threatened to attack X" (130) when the attack itself was coded."""
    coded = {(d.match.trigger.i, d.source.actor.code, d.target.actor.code if d.target else "")
             for d in drafts}
    out: list[_Draft] = []
    seen: set[tuple[object, ...]] = set()
    for draft in sorted(drafts, key=lambda d: d.match.trigger.i):
        via = draft.match.via_xcomp
        pair = (draft.source.actor.code, draft.target.actor.code if draft.target else "")
        if via is not None and any((v.i, *pair) in coded for v in with_conjuncts(via)):
            continue
        if draft.match.pattern.id in GENERIC_PATTERNS and any(
                (t.i, *pair) in coded for t in _governed(draft.match.trigger)):
            continue  # "agreed to resume talks": the talks are the event
        key = (draft.match.trigger.i, draft.code, *pair)  # one event per trigger and actor pair
        if key not in seen:
            seen.add(key)
            out.append(draft)
    return out


def _mass_victims(verb: Token) -> bool:
    """The verb's object counts a hundred or more people: "hundreds of civilians", "300 people"."""
    for obj in objects_of(verb):
        counts = [obj, *children(obj, "nummod")]
        if obj.lower_ in MASS_WORDS or any(_count(t) >= 100 for t in counts):
            return True
    return False


def _count(token: Token) -> int:
    text = token.lower_.replace(",", "")
    return int(text) if text.isdigit() else 0


def _is_sport(sent: Span) -> bool:
    """A match report: teams named by their country "attack", "clash" and "meet" on a pitch."""
    # The parser often tags "final" as an adjective; as a modifier ("final agreement") it is one.
    return any(t.lemma_.lower() in SPORT_NOUNS and (t.pos_ in ("NOUN", "PROPN") or t.dep_ != "amod")
               for t in sent)


def _governed(verb: Token) -> list[Token]:
    """Complement verbs and prepositional objects of ``verb`` ("agreed to meet", "agreed on a
    ceasefire") and the objects of those complements ("agreed to hold talks")."""
    near = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp")]
    near += [o for p in children(verb, "prep") for o in children(p, "pobj")]
    return near + [o for c in near for o in c.children if o.dep_ in ("dobj", "prep", "pobj")]


def _light_governor(noun: Token) -> tuple[Token | None, Mode]:
    """The light verb carrying a nominal trigger and what it says of it, or (None, FACT)."""
    noun = first_conjunct(noun)
    head = noun.head
    if noun.dep_ in ("dobj", "nsubjpass") and head.pos_ == "VERB":
        if lemma_in(head, LIGHT_VERBS):
            return head, Mode.FACT
        if lemma_in(head, INTENT_LIGHT_VERBS):
            return head, Mode.INTENT
        if lemma_in(head, NEGATING_LIGHT_VERBS) or (lemma_in(head, {"rule"}) and _has_prt(head, "out")):
            return head, Mode.NEGATED
    if noun.dep_ == "pobj" and head.dep_ == "prep":
        verb = head.head
        for form in lemma_forms(verb) if verb.pos_ == "VERB" else []:
            if (form, head.lower_) in LIGHT_PREPOSITIONS:
                return verb, LIGHT_PREPOSITIONS[(form, head.lower_)]
        if head.lower_ == "in" and verb.lemma_.lower() == "part" and verb.head.lemma_.lower() == "take":
            return verb.head, Mode.FACT  # "took part in talks", "in" on "part"
        if head.lower_ == "in" and verb.lemma_.lower() == "take" and any(
                o.lemma_.lower() == "part" for o in children(verb, "dobj")):
            return verb, Mode.FACT  # "took part in talks", "in" on "took"
    return None, Mode.FACT


def _has_prt(verb: Token, word: str) -> bool:
    return any(c.dep_ == "prt" and c.lower_ == word for c in verb.children)


def _noun_mode(noun: Token) -> Mode:
    """The noun phrase's own markers: "no talks", "a planned visit", "possible strikes"."""
    mode = Mode.FACT
    for child in noun.children:
        low = child.lemma_.lower()
        if child.dep_ == "det" and low == "no":
            mode = Mode.NEGATED
        elif child.dep_ in ("amod", "compound") and low in HEDGE_ADJECTIVES:
            return Mode.SKIP
        elif child.dep_ in ("amod", "compound") and (low in INTENT_ADJECTIVES
                                                     or child.lower_ in INTENT_ADJECTIVES):
            mode = Mode.INTENT if mode is Mode.FACT else mode
    return mode


def _governor_mode(noun: Token) -> Mode:
    """Whether a nominal event with its own source is asserted where it stands.

    Subjects take the mode of their verb ("Xi's visit will begin" -> intent); objects need an
    asserted, non-blocking governor ("condemned the US strike on X", not "called for sanctions");
    a noun nested inside another noun phrase ("plans for talks with X") is not coded.
    """
    noun = first_conjunct(noun)
    dep, head = noun.dep_, noun.head
    if head is noun or dep == "ROOT":
        return Mode.FACT
    if dep == "pobj" and head.dep_ == "prep":
        dep, head = head.dep_, head.head
        if head.pos_ not in ("VERB", "AUX"):
            return Mode.SKIP
    if head.pos_ not in ("VERB", "AUX"):
        return Mode.SKIP
    if lemma_in(head, NOUN_BLOCKERS):
        return Mode.SKIP
    mode = clause_mode(head)
    if dep in ("nsubj", "nsubjpass"):
        return mode
    if dep in ("dobj", "attr", "prep", "agent", "dative", "oprd") and mode is Mode.FACT:
        return Mode.FACT
    return Mode.SKIP


def _chain_modes(own: Mode, kind: Mode, outer: Mode) -> Mode:
    """Combine the noun's markers, the light verb's meaning and the light verb's clause."""
    if Mode.SKIP in (own, kind, outer):
        return Mode.SKIP
    modes = [m for m in (own, kind, outer) if m is not Mode.FACT]
    if not modes:
        return Mode.FACT
    if Mode.NEGATED in modes:
        # One negation (possibly in the future) is a refusal; two cancel out into uncertainty.
        return Mode.NEGATED if modes.count(Mode.NEGATED) == 1 else Mode.SKIP
    return Mode.INTENT
