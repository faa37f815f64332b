"""Drafts of events: a matched pattern, and the source-target pairs it yields.

The coder (:mod:`geopivot.events.coder`) matches patterns at tokens; this module holds what a
match found and turns it into source-target pairs (both ways for joint acts, every pair of
sources for a reciprocal row, none for the same actor) and prunes duplicates, so the headline
reader and the parse-based matcher build events the same way; and which rows a token may
trigger (:func:`candidates_at`), asked the same way by both.
"""
from __future__ import annotations

import itertools
from dataclasses import dataclass

from spacy.tokens import Token

from geopivot.events.clauses import acting_apart, children, lemma_forms, with_conjuncts
from geopivot.events.forms import CURRENCY_SYMBOLS, amount_unit
from geopivot.events.patterns import Pattern, PatternSet, Term
from geopivot.events.sides import actor_key, distinct_actors, held_by, same_actor
from geopivot.events.wordlists import PLURAL_ONLY
from geopivot.models import ActorMention

# Rows that only stand in for an unknown complement: "agreed to allow ..." (030).
# "agreed with X to hold talks": the talks with X are the event, not an agreement with X (019).
# "arrived in X on a state visit": the visit noun is the event, not the arrival too.
# Dependents that may carry a row's modifier ("air strike": strike with a compound "air").
MODIFIER_DEPS = frozenset({"compound", "amod", "npadvmod", "nmod", "advmod"})
GENERIC_PATTERNS = frozenset({"agree.to", "agree.with", "arrive.in", "fly.to", "tour"})
CIRCUMSTANCE_PREPOSITIONS = frozenset({"at", "after", "during", "following", "amid", "before", "in"})
# Defending one's own state is the usual "defend verbally": "Putin defended Russia's policy".
SELF_CODES = frozenset({"052"})
# Release (084) and arrest (173): the persons are in the source's custody.
CUSTODY_CODES = ("084", "173")
# A meeting (040), a phone call (041), a negotiation (046) and a signed agreement (057) take both
# sides: they are coded in both directions, as "X and Y met" already is. The annotation guideline
# codes joint acts so (annotations/README.md), and its annotators did for 040, 046 and 057 (91 of
# 100 such train/dev events annotated both ways) and for calls (coding them both ways added 7
# events on the written train share, all of them annotated). PETRARCH and GDELT code "X met Y"
# as X's act alone; a dyad's series counts both directions either way. A visit, hosting and an
# appeal stay one-sided.
JOINT_CODES = frozenset({"040", "041", "046", "057"})
# Roots of force (assault, fight, mass violence) and the verbs that count their dead: an
# attack coded in a sentence makes "killing twelve" its outcome, not another event.
FORCE_ROOTS = frozenset({"18", "19", "20"})
CASUALTY_VERBS = frozenset({"kill", "wound", "injure"})
# A joint act of this many distinct actors or more is one multilateral act, not a dyadic event
# between every two of them: n actors make n(n-1) events, and on the written train share one
# sentence naming six states made 30 false ones, none annotated. Three keep their six events,
# which the annotators code (dropping them lost 24 true events for 6 false).
MULTILATERAL = 4


def acts_on_places(pattern: Pattern) -> bool:
    """Material conflict (roots 14-20), investigation (09) and aid (07, offered as 033): the
    target may be a place ("attacked a base in X", "inspected sites in X", "aid to people in
    X"): what is done to or for people somewhere is done to or for that country."""
    return (int(pattern.code[:2]) >= 14 or pattern.code[:2] in ("07", "09")
            or pattern.code.startswith("033"))


def candidates_at(patterns: PatternSet, pos: str, token: Token) -> tuple[Pattern, ...]:
    """Patterns for the token's lemma, or for the first regular de-inflection that has any."""
    for form in lemma_forms(token):
        found = patterns.candidates(pos, form)
        if found:
            return found
    return ()


@dataclass(slots=True)
class Match:
    """A pattern matched at one token, with what it found."""

    pattern: Pattern
    trigger: Token
    parts: list[Token]  # particle, modifier and object tokens that belong to the trigger
    obj: Token | None
    targets: list[ActorMention]
    between: bool = False  # targets are the coordinated objects of "between"
    via_xcomp: Token | None = None  # target found as the object of this complement verb
    in_prep: bool = False  # the row's particle is a preposition over the object ("on strike")
    giver: bool = False  # targets gave what the subject received: they are the event's sources


@dataclass(slots=True)
class Draft:
    match: Match
    source: ActorMention
    target: ActorMention | None
    code: str


def pairs_of(match: Match, sources: list[ActorMention], code: str, unary_ok: bool, *,
             mutual: bool = False) -> list[Draft]:
    """Source-target pairs: every source to every target; reciprocal and unary cases.
    ``mutual``: the object is "each other", which makes any row reciprocal."""
    targets = match.targets
    pairs: list[tuple[ActorMention, ActorMention | None]] = []
    if targets and sources:
        pairs = [(t, s) if match.giver else (s, t) for s in sources for t in targets]
        if code in JOINT_CODES:  # "X signed a deal with Y": Y signed it with X
            pairs += [(t, s) for s, t in pairs]
    elif targets and match.between:  # "talks between X and Y" with no one else named
        pairs = list(itertools.permutations(targets, 2)) if _bilateral(targets) else []
    elif distinct_actors(sources) >= 2 and (match.pattern.reciprocal or mutual) \
            and not acting_apart(match.trigger):
        pairs = list(itertools.permutations(sources, 2)) if _bilateral(sources) else []  # "Moon and Xi met"
    elif sources and unary_ok:
        pairs = [(s, None) for s in sources]
    kept = [(s, t) for s, t in pairs if t is None
            or not same_actor(s, t, conflict=int(code[:2]) >= 10)
            or (code in SELF_CODES and s.actor.code != t.actor.code)]
    if pairs and not kept and unary_ok:
        # "Thailand imposed a curfew in Bangkok": a place of the source's own is no target,
        # and a unary row still holds.
        kept = [(s, None) for s in sources]
    custody = code.startswith(CUSTODY_CODES)
    drafts = [Draft(match, s, (held_by(s, t) if custody else t) if t else None, code) for s, t in kept]
    if match.pattern.answer and code == match.pattern.code:  # "received X": X visited, as a fact
        drafts += [Draft(match, t, s, match.pattern.answer) for s, t in kept if t is not None]
    return drafts


def _bilateral(sides: list[ActorMention]) -> bool:
    """Fewer distinct actors than make a multilateral act (MULTILATERAL)."""
    return distinct_actors(sides) < MULTILATERAL


# Sectors that are no side of their own when no state is named for them: a firm, a paper, a
# union, a school, a hospital, the police or government forces. Rebels, gunmen and civilians
# of no known state still are (CAMEO codes them so, and the coder has always kept them).
UNPLACED_SECTORS = frozenset({"BUS", "MED", "LAB", "EDU", "HLH", "COP", "MIL"})


def placed(draft: Draft) -> bool:
    """Neither side is a business, the press, labour, schools or health of no known state ("the
    food industry", "a newspaper report" in a sentence naming two states): such a side cannot
    enter a dyad, and the annotation guidelines code no event with it ("unknown country: no
    event"); on the annotated and written dev sets every such event was false."""
    return not any(side is not None and not side.actor.country and side.actor.code in UNPLACED_SECTORS
                   for side in (draft.source, draft.target))


def prune(drafts: list[Draft]) -> list[Draft]:
    """Drop duplicates (one event per code and actor pair), and "threatened to attack X" (130)
    when the attack itself was coded."""
    coded = {(d.match.trigger.i, actor_key(d.source), actor_key(d.target) if d.target else "")
             for d in drafts}
    out: list[Draft] = []
    seen: set[tuple[object, ...]] = set()
    for draft in sorted(drafts, key=lambda d: d.match.trigger.i):
        via = draft.match.via_xcomp
        pair = (actor_key(draft.source), actor_key(draft.target) if draft.target else "")
        if via is not None and any((v.i, *pair) in coded for v in with_conjuncts(via)):
            continue
        if draft.match.pattern.id in GENERIC_PATTERNS and any(
                (t.i, *pair) in coded for t in _governed(draft.match.trigger)):
            continue  # "agreed to resume talks": the talks are the event
        # One event per code and actor pair in a sentence: "will discuss trade at a meeting"
        # reports one intended meeting, not two (as PETRARCH codes a sentence's events once each).
        key = (draft.code, *pair)
        if key not in seen:
            seen.add(key)
            out.append(draft)
    attackers = {d.source.actor.country for d in out if d.code[:2] in FORCE_ROOTS and not _casualties(d)}
    # "jets bombed X's camps, killing twelve": the dead are the attack's outcome, one act
    return [d for d in out if not (_casualties(d) and d.source.actor.country in attackers)]


def _casualties(draft: Draft) -> bool:
    return draft.match.trigger.lemma_.lower() in CASUALTY_VERBS


def _governed(verb: Token) -> list[Token]:
    """Complement verbs and prepositional objects of ``verb`` ("agreed to meet", "agreed on a
    ceasefire") and the objects of those complements ("agreed to hold talks")."""
    near = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp")]
    # not its circumstances: "agreed at a meeting to ..." is a meeting and an agreement
    near += [o for p in children(verb, "prep") if p.lower_ not in CIRCUMSTANCE_PREPOSITIONS
             for o in children(p, "pobj")]
    return near + [o for c in near for o in c.children if o.dep_ in ("dobj", "prep", "pobj")]


# --- matching a row at a token ----------------------------------------------------------------
def rank_match(pattern: Pattern, match: Match, pair: bool) -> tuple[int, ...]:
    """A row that can code (a filled target, or unary) > an earlier table's row > object >
    particle > filled target > modifier; ties go to the earlier row. A more specific row that
    finds no counterpart must not silence one that does ("attacked Armenian positions": a
    dictionary row for the object "position" with no target beside the plain "attack X"), and
    the PETRARCH dictionary's rows only speak where geopivot's own rows cannot code.
    ``pair``: two or more sources, which fill a reciprocal row ("X and Y held joint drills")."""
    has_object, has_particle, has_modifier = pattern.specificity
    if match.in_prep:
        has_particle = 0  # "withdrew troops from X" is the troops row, not "withdraw from X"
    usable = 2 if match.targets or (pair and pattern.reciprocal) else int(pattern.unary)
    if match.obj is not None and any(t.modifier and t.lemma in lemma_forms(match.obj)
                                     and term_modifier(match.obj, t) for t in pattern.objects):
        has_modifier = 1  # "launched air strikes" takes the "air strike" row over "strike"
    # "received $300m in assistance": the sum itself (071) over what it is in (070)
    direct = int(match.obj is None or match.obj.dep_ != "pobj")
    return (int(usable > 0), -pattern.table, has_object, has_particle, usable, has_modifier, direct)


def term_modifier(token: Token, term: Term) -> Token | None | bool:
    """The child that satisfies the term's modifier; None when none is asked; False if missing."""
    if not term.modifier:
        return None
    for child in token.children:
        if child.dep_ in MODIFIER_DEPS and term.modifier in (child.lemma_.lower(), child.lower_):
            return child
    # A verb's resultative adjective right after it, however the parser attached it: "let free
    # three activists", "set free the hostages".
    after = token.nbor(1) if token.pos_ == "VERB" and token.i + 1 < len(token.doc) else None
    if after is not None and after.pos_ == "ADJ" and after.lower_ == term.modifier:
        return after
    return False


def find_object(candidates: list[Token], terms: tuple[Term, ...]) -> Token | None:
    for token in candidates:
        forms = lemma_forms(token) + [CURRENCY_SYMBOLS.get(token.text, ""), amount_unit(token)]
        for term in terms:
            if (term.lemma in forms and term_modifier(token, term) is not False
                    and not (term.lemma in PLURAL_ONLY and token.lower_ == term.lemma)):
                return token
    return None
