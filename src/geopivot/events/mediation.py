"""A third party in the parties' own act: who mediates, brokers, hosts or guarantees it.

"Armenia and Azerbaijan began Russian-mediated talks", "signed an agreement brokered by
Ethiopia", "declared a ceasefire after talks hosted by Malaysia", "resumed talks under the
mediation of the EU", "held talks under UN auspices", "indirect talks via Turkey", "with Norway
acting as guarantor". The act itself is coded between the parties as any other; the third party
named on it mediates (045) between them, an event towards each party, as CAMEO codes a mediator
(PETRARCH's dictionary has "mediate between" and "broker a ceasefire" with the mediator as
subject; here the mediator hangs on the parties' act). Only an act of cooperation (roots 03-06:
intent, consultation, diplomatic and material cooperation; 08: yielding, which holds ceasefires
and exchanges of prisoners) that is asserted or intended, not refused, has a mediator; and
one of a party's own states is a side, not a mediator ("Armenian-hosted talks").
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from spacy.tokens import Token

from geopivot.events.clauses import children, lemma_in, with_conjuncts
from geopivot.events.drafts import Draft, Match
from geopivot.events.patterns import Pattern, PatternSet
from geopivot.events.wordlists import MEDIATING_VERBS
from geopivot.models import ActorMention

if TYPE_CHECKING:
    from geopivot.events.roles import RoleResolver

MEDIATE = "045"
MEDIATE_ROW = "mediate"  # the trigger table's row whose code the events carry
# Intent, consultation, diplomatic and material cooperation, yielding (ceasefires, exchanges).
MEDIATED_ROOTS = frozenset({"03", "04", "05", "06", "08"})
# "under the mediation of X", "under UN auspices", "under the aegis of X".
MEDIATING_NOUNS = frozenset({"mediation", "auspices", "aegis", "sponsorship", "facilitation"})
# "with X acting as mediator", "through Turkish intermediaries".
MEDIATOR_NOUNS = frozenset({"mediator", "intermediary", "go-between", "broker", "guarantor", "facilitator",
                            "host", "interlocutor"})
_MODIFIER_DEPS = ("npadvmod", "compound", "nmod", "amod", "poss", "nsubj")


def with_mediators(drafts: list[Draft], resolver: RoleResolver, patterns: PatternSet) -> list[Draft]:
    """The drafts, less those that make a mediator of the act one of its parties ("Chinese -
    Russian brokered talks between X and Y": China is no party), and 045 drafts from each third
    party named on an act of cooperation, asserted or intended, to its parties."""
    row = _mediate_row(patterns)
    if row is None:
        return drafts
    kept: list[Draft] = []
    out: list[Draft] = []
    # A joint act is drafted both ways from one trigger: its mediators are read once.
    read: dict[tuple[int, bool], list[tuple[Token, ActorMention]]] = {}
    for draft in drafts:
        if draft.target is None or not _cooperation_not_refused(draft):
            kept.append(draft)
            continue
        parties = (draft.source, draft.target)
        key = (draft.match.trigger.i, draft.code[:2] == "04")
        if key not in read:
            read[key] = [(marker, mediator)
                         for marker, heads in _mediators(_holders(draft.match.trigger), talks=key[1])
                         for mediator in resolver.resolve_all(heads)]
        found = read[key]
        if any((m.start, m.end) == (p.start, p.end) for _, m in found for p in parties):
            continue
        kept.append(draft)
        countries = {p.actor.country for p in parties}
        for marker, mediator in found:
            if not mediator.actor.country or mediator.actor.country in countries:
                continue  # a party's own state is a side ("Armenian-hosted talks"); a church or
                # a charity of no state is no event between states
            for party in parties:
                match = Match(pattern=row, trigger=marker, parts=[], obj=None, targets=[party])
                out.append(Draft(match, mediator, party, MEDIATE))
    return kept + out


def broker_words(noun: Token) -> set[int]:
    """The indices of the words naming who brokers the act of ``noun`` on the noun itself ("EU-
    brokered talks", "Chinese - Russian brokered talks"): the act's owners are not among them."""
    return {t.i for marker, heads in _mediators([noun], talks=False) if marker.head == noun
            for h in heads for t in h.subtree}


def _mediate_row(patterns: PatternSet) -> Pattern | None:
    return next((p for p in patterns.candidates("verb", "mediate") if p.id == MEDIATE_ROW), None)


def _cooperation_not_refused(draft: Draft) -> bool:
    pattern = draft.match.pattern
    # An intended act still has its broker ("agree to restore ties in a China-brokered deal");
    # a refused one has none.
    return draft.code[:2] in MEDIATED_ROOTS and draft.code != pattern.negated


def _holders(trigger: Token) -> list[Token]:
    """The act's words that may carry its mediator: the trigger, a verb's objects and the nouns
    of its phrases ("declared a ceasefire after talks hosted by X", "agree in EU-brokered deal");
    an event noun's verb ("resumed negotiations, with X acting as mediator")."""
    verb = trigger
    if trigger.pos_ == "NOUN" and trigger.dep_ in ("dobj", "nsubj", "nsubjpass") and trigger.head.pos_ == "VERB":
        verb = trigger.head
    base = [trigger, *([verb, *children(verb, "dobj")] if verb.pos_ == "VERB" else [])]
    found = base + [o for h in base for p in children(h, "prep") for o in children(p, "pobj") if o.pos_ == "NOUN"]
    return list(dict.fromkeys(found))


def _mediators(holders: Iterable[Token], *, talks: bool) -> list[tuple[Token, list[Token]]]:
    """(the marker word, the heads naming the third party) for each form on the holders;
    ``talks``: the act is a consultation, which a state named after "via" carries ("indirect
    talks via Turkey"), as it does not carry aid ("sent flour via the Red Cross")."""
    found: list[tuple[Token, list[Token]]] = []
    for holder in holders:
        for marker in children(holder, "acl", "amod", "relcl", "compound"):
            if not lemma_in(marker, MEDIATING_VERBS):
                continue
            agents = [o for a in children(marker, "agent") for o in children(a, "pobj")]
            found.append((marker, agents or [*children(marker, *_MODIFIER_DEPS), *_dashed(holder, marker)]))
        for prep in children(holder, "prep"):
            for noun in children(prep, "pobj", "pcomp"):
                found += _in_phrase(prep.lower_, noun)
                if talks and prep.lower_ == "via":
                    found.append((noun, [noun]))
    return [(marker, [t for h in heads for t in with_conjuncts(h)]) for marker, heads in found if heads]


def _dashed(holder: Token, marker: Token) -> list[Token]:
    """"Chinese - Russian brokered talks": a word joined by a dash to the marker's modifier is
    a broker too, though the parser hangs it on the act's noun."""
    doc = marker.doc
    firsts = [m.i for m in children(marker, *_MODIFIER_DEPS)]
    return [c for c in children(holder, "amod", "compound", "npadvmod") for first in firsts
            if c.i + 2 == first and doc[c.i + 1].text in ("-", "–", "—")]


def _in_phrase(preposition: str, noun: Token) -> list[tuple[Token, list[Token]]]:
    if preposition == "under" and lemma_in(noun, MEDIATING_NOUNS):
        # "under American mediation", "under the auspices of X"
        return [(noun, [*children(noun, "amod", "compound", "poss"),
                        *(o for p in children(noun, "prep") if p.lower_ == "of" for o in children(p, "pobj"))])]
    if preposition in ("via", "through") and lemma_in(noun, MEDIATOR_NOUNS):
        # "through Turkish intermediaries"; not "sent aid via the Red Cross", a channel
        return [(noun, children(noun, "amod", "compound", "poss"))]
    if preposition == "with" and lemma_in(noun, {"act", "serve"}):
        # "with Norway acting as guarantor"
        roles = [o for p in children(noun, "prep") if p.lower_ == "as" for o in children(p, "pobj")]
        if any(lemma_in(r, MEDIATOR_NOUNS) for r in roles):
            return [(noun, children(noun, "nsubj"))]
    return []
