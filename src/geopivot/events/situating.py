"""Where a draft's sides stand: a generic group ("rebels", "protesters", "people") takes the
place or the state its sentence gives it, and an act with no target of its own takes the one
its kind implies (the source's own state for a protest or an arrest, the adversary named in a
conflict phrase for a show of force, the attacked state for the unnamed victims of an attack)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span

from geopivot.events.clauses import conflict_partners
from geopivot.events.drafts import Draft
from geopivot.events.sides import a_state, facing_its_state, generic, located_in, policing
from geopivot.models import ActorMention

if TYPE_CHECKING:
    from geopivot.events.roles import RoleResolver

# Protest (14) and coercion (17: curfews, repression, arrests): with no target named, they are
# done in and to the source's own state.
DOMESTIC_ROOTS = frozenset({"14", "17"})
# A show of force (15) or a truce or retreat (087) with no target of its own faces the adversary
# its sentence names in a conflict phrase ("on alert amid tension with China").
FACING_CODES = ("15", "087")
# Assault, fighting and mass violence, whose unnamed victims ("killed at least 14 people") are
# of the state the attack is on.
VIOLENT_ROOTS = frozenset({"18", "19", "20"})


def situate(resolver: RoleResolver, draft: Draft, sent: Span) -> Draft:
    """A generic group takes the place the sentence puts it in, else the state the sentence
    names (a target only when that state is the source's own); a domestic unary event
    (protest, strike, curfew, repression) is done to the source's own state."""
    source = resolver.of_the_state_named(resolver.placed(draft.source, sent), sent)
    target = resolver.placed(draft.target, sent) if draft.target is not None else None
    if target is not None and source.actor.country:
        # "Kibaki held talks with the opposition": a group facing the one state the
        # sentence names, when that state is the source's own, is that state's.
        located = resolver.of_the_state_named(target, sent)
        target = located if located.actor.country == source.actor.country else target
        if draft.code[:2] in VIOLENT_ROOTS:
            target = _attacked(resolver, source, target, sent)
    if target is not None:
        source, target = facing_its_state(source, target), facing_its_state(target, source)
        source, target = policing(source, target), policing(target, source)
    if target is None and draft.code[:2] in DOMESTIC_ROOTS:
        target = resolver.own_state(source, sent)
    if target is None and draft.code.startswith(FACING_CODES):
        target = _adversary(resolver, source, sent)
    if source is draft.source and target is draft.target:
        return draft
    return Draft(draft.match, source, target, draft.code)


def _attacked(resolver: RoleResolver, source: ActorMention, target: ActorMention, sent: Span) -> ActorMention:
    """Unnamed victims of an attack ("Israeli air strikes on Gaza killed at least 14 people",
    "troops traded fire across the border, killing 12 civilians") are of the one state the
    sentence names besides the attacker's own; none or several: left as they are."""
    if not generic(target) or not a_state(source.actor.country):
        return target
    other = _one_other_state(resolver, source, sent)
    return located_in(target, other.actor.country) if other is not None else target


def _adversary(resolver: RoleResolver, source: ActorMention, sent: Span) -> ActorMention | None:
    """The first actor of another country named in a conflict noun's "with" phrase, else the
    one other state the sentence names ("put its troops on alert near the Chilean border")."""
    partner = next((m for token in conflict_partners(sent) for m in resolver.resolve(token)
                    if m.actor.country and m.actor.country != source.actor.country), None)
    if partner is not None or not a_state(source.actor.country):
        return partner
    return _one_other_state(resolver, source, sent)


def _one_other_state(resolver: RoleResolver, source: ActorMention, sent: Span) -> ActorMention | None:
    """The one state the sentence names besides the source's own; none or several: None."""
    others = {m.actor.country: m for m in resolver.named_states(sent) if m.actor.country != source.actor.country}
    return next(iter(others.values())) if len(others) == 1 else None
