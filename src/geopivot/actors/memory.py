"""What an article has named so far: people and states, with their salience.

"The two leaders" and "the two countries" are the two most salient people or states, not the
last two named: an article about the two Koreas that mentions the United States in passing
("if the United States took corresponding measures") still means the Koreas. Salience adds up
each mention's weight (:func:`geopivot.actors.cues.mention_weight`: subjects and objects count
more than names in prepositional phrases, places not at all), as in Lappin and Leass's
salience-based reference resolution, and the latest mention breaks ties. A person's mention
also counts for their country ("Moon met Xi … the two countries").
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace

from geopivot.actors.kb import Entry
from geopivot.models import Actor

# Pronouns that stand for a person as a clause's subject ("He said ...").
SUBJECT_PRONOUNS = frozenset({"he", "she"})

# A state leads an article when named (or its people named) as subject or object about twice,
# and twice as much as any other state.
LEAD_WEIGHT = 2.0
LEAD_RATIO = 2.0


@dataclass(slots=True)
class Memory:
    """What an article has named so far, most recent last."""

    people: list[tuple[Entry, Actor]] = field(default_factory=list)
    states: list[Actor] = field(default_factory=list)
    surnames: dict[str, Actor] = field(default_factory=dict)
    # The people of the latest sentence that named any, in order: "he" at the start of the
    # next sentence is most often its first (the subject), not the last one named.
    salient: list[Actor] = field(default_factory=list)
    # People the knowledge base does not know, introduced with a nationality and a title, by
    # full name and by each part of it ("Lim", "Sung-nam").
    introduced: dict[str, tuple[Entry, Actor]] = field(default_factory=dict)
    # Abbreviations the article gave a known organisation in brackets ("General Motors (GM)").
    abbreviations: dict[str, Actor] = field(default_factory=dict)
    weight: dict[str, float] = field(default_factory=dict)  # "p:NAME" people, "s:ISO" states
    seen: dict[str, int] = field(default_factory=dict)  # when each was last named
    state_actors: dict[str, Actor] = field(default_factory=dict)
    # The states, IGOs and people named in the last two sentences observed, in reading order
    # ("s" or "p", actor, weight): "both sides" and "the two leaders" take the two most recent.
    recent: list[list[tuple[str, Actor, float]]] = field(default_factory=list)
    # The latest sentence naming a person named only someone unidentified ("Mr Abbas"):
    # "he" then has no antecedent the resolver can give.
    unknown_subject: bool = False
    clock: int = 0

    def copy(self) -> Memory:
        return replace(self, people=list(self.people), states=list(self.states),
                       surnames=dict(self.surnames), salient=list(self.salient),
                       introduced=dict(self.introduced), abbreviations=dict(self.abbreviations),
                       weight=dict(self.weight), seen=dict(self.seen),
                       state_actors=dict(self.state_actors), recent=list(self.recent))

    def _count(self, key: str, weight: float) -> None:
        self.clock += 1
        self.weight[key] = self.weight.get(key, 0.0) + weight
        self.seen[key] = self.clock

    def remember_person(self, entry: Entry, actor: Actor, *, weight: float = 1.0,
                        state: Actor | None = None) -> None:
        self.people = [p for p in self.people if p[1].name != actor.name] + [(entry, actor)]
        self.surnames[actor.name.split()[-1]] = actor
        self.surnames[actor.name.split()[0]] = actor
        self._count(f"p:{actor.name}", weight)
        if state is not None:
            self.count_state(state, weight)

    def introduce(self, entry: Entry, actor: Actor, *, weight: float, state: Actor | None) -> None:
        """An unknown person with a nationality cue: remembered under each part of the name."""
        for part in [actor.name, *actor.name.split()]:
            self.introduced[part] = (entry, actor)
        self.remember_person(entry, actor, weight=weight, state=state)

    def remember_state(self, actor: Actor, *, weight: float = 1.0) -> None:
        key = actor.country
        self.states = [s for s in self.states if s.country != key] + [actor]
        self.count_state(actor, weight)

    def count_state(self, actor: Actor, weight: float) -> None:
        if weight > 0 and actor.country and len(actor.country) == 3:
            self.state_actors.setdefault(actor.country, actor)
            self._count(f"s:{actor.country}", weight)

    def top_people(self, n: int = 2) -> list[Actor]:
        """The ``n`` most salient people, most salient first."""
        ranked = sorted(self.people, key=lambda p: self._rank(f"p:{p[1].name}"), reverse=True)
        return [actor for _, actor in ranked[:n]]

    def top_states(self, n: int = 2) -> list[Actor]:
        """The ``n`` most salient states, most salient first."""
        ranked = sorted(self.state_actors, key=lambda c: self._rank(f"s:{c}"), reverse=True)
        return [self.state_actors[c] for c in ranked[:n]]

    def leading_state(self) -> Actor | None:
        """The state the article is about so far, when one clearly leads: named with at least
        LEAD_WEIGHT in all and LEAD_RATIO times the next state's weight. An article about two
        states alike ("France and Germany agreed ...") has none."""
        ranked = self.top_states(2)
        if not ranked:
            return None
        top = self.weight.get(f"s:{ranked[0].country}", 0.0)
        second = self.weight.get(f"s:{ranked[1].country}", 0.0) if len(ranked) > 1 else 0.0
        return ranked[0] if top >= LEAD_WEIGHT and top >= LEAD_RATIO * second else None

    def _rank(self, key: str) -> tuple[float, int]:
        return self.weight.get(key, 0.0), self.seen.get(key, 0)
