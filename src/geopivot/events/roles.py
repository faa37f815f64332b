"""Who did it and to whom: the source and target actors of a matched trigger.

Resolves the phrases a trigger's slots point at to actor mentions: a phrase names an actor
itself or through its owner ("Japan's decision"); a target that names none falls back on what
it is part of ("dozens of civilians"), who holds it ("a rebel-held town") or, for material
conflict, where it is ("a base in Afghanistan"); a subject that names none on what it counts
("thousands of Israelis") or the agent inside it ("missiles fired by the army"). Nothing here
knows about patterns or codes; whether two mentions are one actor, and where a group with no
country belongs, is events/sides.py.
"""
from __future__ import annotations

import dataclasses
from collections.abc import Callable

from spacy.tokens import Span, Token

from geopivot.actors import ActorLookup
from geopivot.actors.cues import one_body
from geopivot.actors.phrases import names_former_office
from geopivot.events.clauses import (
    children, first_conjunct, hyphen_pair, is_passive, lemma_in, one_run,
    objects_of, preposition_objects, subject_heads, with_conjuncts,
)
from geopivot.events.sides import a_state, actor_key, generic, located_in
from geopivot.events.wordlists import (ABROAD_NOUNS, FEELINGS, HEARING_NOUNS, MEDIATING_VERBS, PERSON_TITLES,
                                      PROMISE_VERBS, SPEECH_VERBS, SUBJECT_PRONOUNS)
from geopivot.models import Actor, ActorMention
from geopivot.nlp.sentences import is_headline

__all__ = ["OWNER_DEPS", "RoleResolver", "an_office", "counted", "givers", "governor_partners"]

OWNER_DEPS = frozenset({"poss", "compound", "amod", "nmod"})
# "rebel-held town", "Kurdish-controlled area": the holder owns the place.
HOLDING_VERBS = frozenset({"hold", "control", "occupy", "run", "dominate"})
# "a US-drafted resolution", "a French-sponsored text": its author owns the text.
AUTHORING_VERBS = frozenset({"draft", "sponsor", "author", "propose"})
PLACE_PREPOSITIONS = frozenset({"in", "near", "outside"})
# "south of Baghdad": a direction before "of" places what it modifies.
DIRECTIONS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast",
                        "southwest"})
# Prepositions inside an object's phrase that name its counterpart: "action against X",
# "talks with X", "sanctions on X".
COUNTERPART_PREPOSITIONS = frozenset({"against", "with", "on", "toward", "towards"})
# Slots naming who is affected, whose phrase may fall back on its owner or place.
AFFECTED_SLOTS = frozenset({"dobj", "on", "upon", "against", "to", "with", "from", "for", "of",
                            "at", "purpose"})
# What a ban or sanctions can be on, with a counterpart of its own: "trade with X".
EXCHANGE_NOUNS = frozenset({"trade", "import", "export", "travel", "flight", "investment", "business",
                            "dealing", "tie", "relation", "sale", "shipment", "transfer", "transaction",
                            "contact", "cooperation", "visit", "trip", "supply", "delivery"})
GATHERING_NOUNS = frozenset({"meeting", "gathering", "building", "hearing"})
EVENT_NOUNS = frozenset({"death", "murder", "assassination", "disappearance", "arrest", "detention",
                         "release", "killing", "abduction", "kidnapping", "execution", "case"})
# Heads that count what their "of" phrase names.
QUANTITY_WORDS = frozenset({"dozens", "hundreds", "thousands", "tens", "millions", "scores",
                            "dozen", "hundred", "thousand", "million", "some", "many", "most",
                            "several", "group", "number", "members", "member", "part", "rest",
                            "leaders", "leader", "heads", "head",
                            # measures of goods: "5,000 tonnes of food aid"
                            "tonnes", "tons", "tonne", "ton", "barrels", "barrel", "litres", "liters",
                            "gallons", "consignment", "consignments", "shipment", "shipments", "cargo"})
# Heads that act for what their "of"/"for" phrase names, by lemma: "the owner of Yukos", "the
# bosses of Toyota", "a spokesman for the LSE". Titles of state office ("the president of X")
# are the resolver's sector terms.
REPRESENTATIVE_NOUNS = frozenset({"owner", "chairman", "chairwoman", "chair", "chief", "boss", "founder",
                                  "director", "shareholder", "spokesman", "spokeswoman", "spokesperson",
                                  "representative", "delegation", "envoy", "lawyer"})
# People who hold a post in what their owner names: "a former IMF official" held it once.
POST_HOLDER_NOUNS = REPRESENTATIVE_NOUNS | frozenset({
    "official", "president", "head", "minister", "secretary", "ambassador", "governor",
    "commissioner", "executive", "manager", "officer", "adviser", "advisor", "economist", "negotiator",
    "member", "employee", "leader", "commander", "general"})
# "a Saudi-led coalition" is Saudi Arabia's; a "US-backed" force is not the US.
LEADING_VERBS = frozenset({"lead", "command", "run"})
# Nouns for one's opponents: "India's critics", "Boeing's European rival" are not India, Boeing.
RIVAL_NOUNS = frozenset({"rival", "competitor", "critic", "opponent", "enemy", "foe", "adversary",
                         "detractor", "challenger"})
# "its border with Russia" is Russia's border too.
BORDER_NOUNS = frozenset({"border", "frontier", "boundary"})


# Offices a counterpart holds (the "counterpart" slot): a person, or a state's government,
# military or elite; not its press, business or people ("told reporters"), nor an assembly or
# an organisation as a body ("told the Knesset", "told the UN General Assembly": a speech).
_OFFICES = frozenset({"GOV", "MIL", "ELI", "OPP", "JUD"})


def an_office(actor: Actor) -> bool:
    if (actor.country or "").startswith("IGO"):
        return actor.actor_type == "person"  # "the visiting UN envoy", not "the UN"
    return actor.sector in _OFFICES or (actor.actor_type == "state" and not actor.sector)


class RoleResolver:
    """Resolves source and target phrases in one sentence, caching mentions per token."""

    def __init__(self, actors: ActorLookup) -> None:
        self.actors = actors
        self._cache: dict[int, list[ActorMention]] = {}
        self._states: list[ActorMention] | None = None

    def named_states(self, sent: Span) -> list[ActorMention]:
        """One mention per state (ISO3 country) the sentence names, in order."""
        if self._states is None:
            seen: dict[str, ActorMention] = {}
            for token in sent:
                if token.dep_ in ("compound", "flat") or token.pos_ not in ("PROPN", "NOUN", "ADJ"):
                    continue
                for m in self.resolve(token):
                    country = m.actor.country
                    if a_state(country):
                        seen.setdefault(country, m)
            self._states = list(seen.values())
        return self._states

    def of_the_state_named(self, mention: ActorMention, sent: Span) -> ActorMention:
        """A generic group with no country ("rebels", "protesters", "ethnic Albanians" read as
        a sector) takes the state of the article's wire dateline ("KABUL (Reuters) - Rebels
        kidnapped two American engineers": Afghan rebels), else the one state the sentence
        names: "Rebels attacked a police station in northern Mali" are Malian rebels, else,
        when the sentence names none, the state that leads the article so far. No dateline and
        two or more states named: left as it is. Police are not placed so: the one state named
        is as often the nationality of the people they detain (sides.policing places them)."""
        if not generic(mention) or mention.actor.sector == "COP":
            return mention
        dateline = self.actors.dateline
        states = {dateline} if dateline else {m.actor.country for m in self.named_states(sent)}
        if not states and self.actors.article_state:
            states = {self.actors.article_state}
        if len(states) != 1:
            return mention
        country = states.pop()
        assert country is not None
        return located_in(mention, country)

    def placed(self, mention: ActorMention, sent: Span) -> ActorMention:
        """A generic group placed where the sentence puts it: "insurgents in Falluja", "rebels
        near Goma", an offensive "against insurgents south of Baghdad" (the place on the group
        or on the verb it belongs to). The one place's country, however many states the
        sentence names; none or several: left as it is."""
        if not generic(mention):
            return mention
        head = _head_at(sent, mention)
        if head is None:
            return mention
        holders = [head]
        while holders[-1].dep_ != "ROOT" and holders[-1].pos_ not in ("VERB", "AUX"):
            holders.append(holders[-1].head)
        places = [o for h in holders for objs in preposition_objects(h, PLACE_PREPOSITIONS).values()
                  for o in objs]
        places += [o for h in holders for d in children(h, "advmod", "npadvmod") if d.lower_ in DIRECTIONS
                   for objs in preposition_objects(d, {"of"}).values() for o in objs]
        countries = {m.actor.country for o in places for t in with_conjuncts(o) for m in self.resolve(t)
                     if a_state(m.actor.country)}
        return located_in(mention, countries.pop()) if len(countries) == 1 else mention

    def own_state(self, source: ActorMention, sent: Span) -> ActorMention | None:
        """The state a domestic event (a protest, a strike, a curfew) is done in: the source's
        own country, named where the sentence names it, else at the source's own words."""
        country = source.actor.country
        if not a_state(country):
            return None
        named = [m for m in self.named_states(sent) if m.actor.country == country]
        where = named[0] if named else source
        state = Actor(code=country, name=country, country=country, actor_type="state")
        return dataclasses.replace(where, actor=state)

    def resolve(self, token: Token) -> list[ActorMention]:
        """The actors a phrase names; failing that, its owner's ("Japan's decision" -> Japan)."""
        if token.i in self._cache:
            return self._cache[token.i]
        found: list[ActorMention] = []
        if token.pos_ in ("NOUN", "PROPN", "PRON", "ADJ", "NUM", "X"):
            found = list(self.actors.mentions_at(token))
            # One owner only, the possessor first, else the nearest modifier: two compounds of a
            # name the resolver missed ("President Park Geun-hye") must not become two actors.
            owners = sorted((c for c in token.children if c.dep_ in OWNER_DEPS and c.i < token.i),
                            key=lambda c: (c.dep_ != "poss", -c.i))
            if any(t.pos_ == "NOUN" and lemma_in(t, RIVAL_NOUNS) for t in [token, *owners]) \
                    or lemma_in(token, ABROAD_NOUNS):
                owners = []  # not "Libya's two rival leaders", an adjective; not "the Iraqi community"
            # "U.S.-Peru drills" are both states'; "the US-German group" is one body of two
            # nationalities, not two sides (as "the US-German firm" is, by its sector).
            body = one_body([token, *owners])
            former = lemma_in(token, POST_HOLDER_NOUNS) and names_former_office([*token.lefts, token])
            for child in owners if not found else []:
                # "Russian and US navies": the owner may itself be coordinated; "the EU
                # withdrawal agreement": the owner's own owner names the actor.
                found = [m for owner in [*with_conjuncts(child), *([] if body else hyphen_pair(child))]
                         for m in self.actors.mentions_at(owner)]
                for inner in (c for c in child.children if c.i < child.i and (
                        c.dep_ in OWNER_DEPS or (c.dep_ == "npadvmod" and lemma_in(child, LEADING_VERBS)))):
                    found = found or list(self.actors.mentions_at(inner))  # "a Saudi-led coalition"
                if former:  # "a former IMF official" no longer acts for the IMF; "the former rebel
                    # movement" is still rebels, "the Rwandan former officer" still a Rwandan
                    found = [m for m in found if generic(m) or m.actor.code == m.actor.country
                             and len(m.actor.code) == 3]
                if body:  # "the Anglo-Dutch giant": one body, of one of its nationalities
                    found = found[:1]
                if found:
                    break
            if found and owners:
                found += self._coordinated_owners(found[0], owners)
            if not found:
                # "regional rival Japan's Prime Minister Shinzo Abe": the appositive names
                # the same one.
                for appos in children(token, "appos"):
                    found = found or self.resolve(appos)
        self._cache[token.i] = found
        return found

    def _coordinated_owners(self, head: ActorMention, owners: list[Token]) -> list[ActorMention]:
        """"Chinese and Indian troops" resolves as Chinese troops: the other nationalities
        name the same sector of their own state (Indian troops)."""
        sector = head.actor.sector if head.actor.country and head.actor.sector else ""
        out: list[ActorMention] = []
        for conj in (c for o in owners for c in o.conjuncts):
            for mention in self.actors.mentions_at(conj):
                actor = mention.actor
                if actor.country in (None, head.actor.country) or actor.code != actor.country:
                    continue  # only a bare state names a nationality
                if sector:
                    actor = dataclasses.replace(actor, code=actor.code + sector, sector=sector,
                                                name=f"{actor.name} {sector}")
                out.append(dataclasses.replace(mention, actor=actor))
        return out

    def resolve_all(self, heads: list[Token]) -> list[ActorMention]:
        """Resolve each head and its conjuncts; one mention per actor (actor_key: a name the
        parser split into two objects, "Kim" + "Jong-un", is still one target)."""
        out: list[ActorMention] = []
        seen: set[tuple[str, str]] = set()
        for head in heads:
            for token in with_conjuncts(head):
                for mention in self.resolve(token):
                    if actor_key(mention) not in seen:
                        seen.add(actor_key(mention))
                        out.append(mention)
        return out

    def resolve_counterparts(self, heads: list[Token]) -> list[ActorMention]:
        """The offices the heads name themselves: "received a request from X" names none, and
        "welcomed China's decision" welcomes no one of China's: a phrase falls back on its owner
        only when its head names a person ("Pakistan's army chief", "Lebanese PM")."""
        found = [m for h in heads for t in with_conjuncts(h) if not lemma_in(t, HEARING_NOUNS)
                 for m in (self.actors.mentions_at(t) or (self.resolve(t) if t.pos_ == "PROPN"
                                                          or lemma_in(t, PERSON_TITLES) else []))]
        return [m for m in dict.fromkeys(found) if an_office(m.actor)]

    def _listed_after(self, found: list[ActorMention], trigger: Token) -> list[ActorMention]:
        """ "urges Yerevan, Baku to ...": in a headline, the states written after the last
        target with a comma between each are targets too, however the parser hung them (an
        apposition, a second object, a clause's subject). Not a place and its own state
        ("shells Kharkiv, Ukraine"): each must be a state other than those before it."""
        doc = trigger.doc
        sent = doc[:]
        if not is_headline(sent):
            return []
        listed: list[ActorMention] = []
        countries = {m.actor.country for m in found}
        last = found[-1]
        while True:
            # past the name itself (a mention's text may run over the apposition it heads)
            name = next((t for t in sent if t.idx - sent.start_char >= last.start), None)
            if name is None:
                return listed
            end = name.i + 1
            while end < sent.end and doc[end].pos_ == "PROPN":
                end += 1
            comma = doc[end] if end < sent.end else None
            if comma is None or comma.text != "," or comma.i + 1 >= sent.end:
                return listed
            start = doc[comma.i + 1].idx - sent.start_char
            mention = next((m for t in doc[comma.i + 1:min(comma.i + 4, sent.end)] for m in self.resolve(t)
                            if m.start == start), None)
            if mention is None or not a_state(mention.actor.country) or mention.actor.country in countries:
                return listed
            listed.append(mention)
            countries.add(mention.actor.country)
            last = mention

    def resolve_targets(self, heads: list[Token], slot: str, *, places: bool,
                        trigger: Token) -> list[ActorMention]:
        """Like :meth:`resolve_all`, and the object of an affected slot that names no actor
        falls back on what it is part of: "dozens of civilians", "the headquarters of the army",
        a "rebel-held" town; with ``places`` (material conflict) also where it is: "a base in
        Afghanistan". Directions ("into the Sea of Japan") do not fall back. In a headline, the
        states listed after the targets with commas are targets too (:meth:`_listed_after`)."""
        found = self._resolve_targets(heads, slot, places=places, trigger=trigger)
        return [*found, *self._listed_after(found, trigger)] if found else found

    def _resolve_targets(self, heads: list[Token], slot: str, *, places: bool,
                         trigger: Token) -> list[ActorMention]:
        found = self.resolve_all(heads)
        if found:
            return [self._located(m, [*heads, trigger]) for m in found]
        if slot == "comp":  # "voiced concern that the situation in X had worsened"
            return self.resolve_all(_inside(heads, {"in", "inside", "within"}))
        if not heads or slot not in AFFECTED_SLOTS:
            return found
        outer = list(heads)
        for _ in range(2):  # "dozens of supporters of X"
            inner = [t for head in outer for h in with_conjuncts(head) for t in _part_of(h)]
            found = self.resolve_all(inner)
            if found:
                return [self._located(m, [*inner, *heads, trigger]) for m in found]
            outer = inner
        # "warned of military action against X": the counterpart inside the phrase of what
        # the act is of. Not for other slots: the target of "condemned the attack on X" is the
        # attacker, and "called for sanctions against X" appeals to others.
        if slot == "of":
            found = self.resolve_all(_inside(heads, COUNTERPART_PREPOSITIONS, lambda h: h.pos_ == "NOUN"))
            if found:
                return found
        if slot in ("on", "upon", "against") and trigger.pos_ == "VERB":
            # "lifted its ban on trade with X", "imposed sanctions on imports from X": the
            # counterpart of the exchange the measure is on. Not for a measure named alone ("the
            # EU embargo on arms exports to China is likely to be lifted"): it stands, it is no act.
            found = self.resolve_all(_inside(heads, {"with", "to", "from"}, lambda h: lemma_in(h, EXCHANGE_NOUNS)))
            # "imposed tariffs on steel from China": the goods' origin, on them or on the verb
            found = found or self.resolve_all(_inside(heads, {"from"}) or preposition_objects(
                trigger, {"from"}).get("from", []))
            if found:
                return found
        if not places:  # material conflict and investigations: "inspected sites in Syria"
            return found
        # "stormed a police headquarters in eastern Afghanistan": the place of the object,
        # else of the act itself.
        found = self.resolve_all(_inside(heads, PLACE_PREPOSITIONS))
        return found or self.resolve_all([t for objs in preposition_objects(trigger, PLACE_PREPOSITIONS).values()
                                          for t in objs])

    def _located(self, mention: ActorMention, heads: list[Token]) -> ActorMention:
        """A sector with no country ("civilians") takes the country of the place its phrase
        names: "civilians in Douma" are Syrian civilians."""
        actor = mention.actor
        if actor.country or not actor.sector:
            return mention
        places = [m.actor.country for head in heads for h in with_conjuncts(head)
                  for objs in preposition_objects(h, PLACE_PREPOSITIONS).values()
                  for t in objs for m in self.resolve(t)
                  if m.actor.country and len(m.actor.country) == 3]
        if len(set(places)) != 1:
            return mention
        located = dataclasses.replace(actor, code=places[0] + actor.code, country=places[0])
        return dataclasses.replace(mention, actor=located)

    def verb_sources(self, verb: Token) -> list[ActorMention]:
        """Subject actors; the agent of a passive; a reporter's subject for "it said it would"."""
        heads, passive = subject_heads(verb)
        if (passive or is_passive(verb)) and not lemma_in(verb, FEELINGS):
            agents = children(verb, "agent") or children(first_conjunct(verb), "agent")
            if not agents and lemma_in(verb, {"summon"}):  # "was summoned to the foreign ministry"
                return self.resolve_all(preposition_objects(verb, {"to"}).get("to", []))
            return self.resolve_all([o for a in agents for o in children(a, "pobj")])
        # "the authorities in New York imposed a curfew": the place names the country.
        found = [self._located(m, heads) for m in self.resolve_all(heads)]
        if not found and heads:
            # "thousands of Israelis marched": the counted people act.
            found = self.resolve_all([c for h in heads for c in counted(h)])
        if not found and heads:
            found = self.resolve_all([o for h in heads if lemma_in(h, REPRESENTATIVE_NOUNS)
                                      for p in children(h, "prep") if p.lower_ in ("of", "for")
                                      for o in children(p, "pobj")])
        if not found and heads:
            # "missiles fired by the army struck X", "a car bombing by IS killed X": the agent
            # of the subject phrase acts; not an unknown organisation's backer.
            found = self.resolve_all([a for h in heads if h.pos_ != "PROPN" for a in _agents_of(h)])
        if not found and heads and heads[0].lower_ in SUBJECT_PRONOUNS:
            reporter = _reporting_verb(verb)
            if reporter is not None:
                return self.verb_sources(reporter)
        return found


def _head_at(sent: Span, mention: ActorMention) -> Token | None:
    """The token heading a mention (offsets relative to the sentence)."""
    tokens = [t for t in sent if mention.start <= t.idx - sent.start_char < mention.end]
    return next((t for t in tokens if t.head not in tokens or t.head == t), None)


def _part_of(head: Token) -> list[Token]:
    """What a phrase is part of, held by or comes from: "dozens of X", "the base of X",
    "X-held town", "a request by X", "an offer from X";
    not the victim of an event noun ("the poisoning of X", "the death of X")."""
    if (head.lower_.endswith("ing") and not lemma_in(head, GATHERING_NOUNS)) or lemma_in(head, EVENT_NOUNS):
        return []
    found = [o for p in children(head, "prep") if p.lower_ in ("of", "by", "from")
             or (p.lower_ == "with" and lemma_in(head, BORDER_NOUNS)) for o in children(p, "pobj")]
    # "an appeal lodged by X"; not "an agreement brokered by X", no party (events/mediation.py)
    found += [o for acl in children(head, "acl") if not lemma_in(acl, MEDIATING_VERBS)
              for a in children(acl, "agent") for o in children(a, "pobj")]
    # "positions belonging to X", "bases hosting X"
    found += [o for acl in children(head, "acl") if lemma_in(acl, {"belong"})
              for p in children(acl, "prep") if p.lower_ == "to" for o in children(p, "pobj")]
    found += [o for acl in children(head, "acl") if lemma_in(acl, {"host", "house"})
              for o in children(acl, "dobj")]
    found += [m for c in children(head, "amod") if c.pos_ == "VERB" and lemma_in(c, HOLDING_VERBS | AUTHORING_VERBS)
              for m in children(c, "npadvmod", "compound")]
    return found


def _inside(heads: list[Token], prepositions: frozenset[str] | set[str],
            keep: Callable[[Token], bool] = lambda head: True) -> list[Token]:
    """The objects of ``prepositions`` on each head (and its conjuncts) that ``keep`` admits: what
    a phrase names inside it ("the situation in X", "a ban on trade with X")."""
    return [o for head in heads for h in with_conjuncts(head) if keep(h)
            for objs in preposition_objects(h, prepositions).values() for o in objs]


def givers(holders: list[Token]) -> list[Token]:
    """Who gave what was received: "from X" on the verb or its object, else deeper in the
    object's phrase ("received $300m in military aid from X", "tonnes of maize from X")."""
    found = [o for h in holders for o in preposition_objects(h, {"from"}).get("from", [])]
    return found or [o for h in holders for p in children(h, "prep") if p.lower_ in ("in", "of")
                     for n in children(p, "pobj") for o in preposition_objects(n, {"from"}).get("from", [])]


def counted(head: Token) -> list[Token]:
    """What a count, share or run counts: "tens of thousands of troops" -> troops, "a second
    round of talks" -> talks."""
    found: list[Token] = []
    while (head.lower_ in QUANTITY_WORDS or head.pos_ == "NUM" or one_run(head)) and len(found) < 4:
        inner = [o for p in children(head, "prep") if p.lower_ == "of" for o in children(p, "pobj")]
        if not inner:
            break
        head = inner[0]
        found.append(head)
    return found[-1:]


def _agents_of(head: Token) -> list[Token]:
    """The agent inside a subject phrase: "X by Y", "X fired/carried out by Y"."""
    found = [o for p in children(head, "prep") if p.lower_ == "by" for o in children(p, "pobj")]
    found += [o for acl in children(head, "acl") if not lemma_in(acl, MEDIATING_VERBS)
              for a in children(acl, "agent") for o in children(a, "pobj")]
    return found


def _reporting_verb(verb: Token) -> Token | None:
    """The say/pledge verb whose complement holds ``verb`` ("Russia said it would ...")."""
    token = verb
    for _ in range(6):
        # "said it would ...", "said it was ready to ...": through the adjective to the copula
        if token.dep_ in ("conj", "xcomp", "acomp"):
            token = token.head
            continue
        if token.dep_ == "ccomp" and lemma_in(token.head, SPEECH_VERBS | PROMISE_VERBS):
            return token.head
        return None
    return None


def governor_partners(verb: Token) -> list[Token]:
    """"agreed with X to hold talks", "worked with X to build": the governing verb's "with"
    object is the partner of its complement's event."""
    if verb.dep_ != "xcomp" or verb.head.pos_ != "VERB":
        return []
    return preposition_objects(verb.head, {"with"}).get("with", [])


# "in protest at X", "in retaliation for X", "in defiance of X": what an act answers, whose owner
# is the side it is aimed at when the act names none ("recalled its ambassador in protest at the
# Polish decision").
ANSWERED = {"protest": {"at", "against", "over"}, "retaliation": {"for", "against"}, "defiance": {"of"}}


def answered(verb: Token) -> list[Token]:
    """What the act of ``verb`` answers, by an "in protest at ..." phrase on it or its object
    (the parser may hang the "at" on the verb or its object)."""
    found = []
    for holder in [verb, *objects_of(verb)]:
        for noun in preposition_objects(holder, {"in"}).get("in", []):
            words = ANSWERED.get(noun.lemma_.lower(), set())
            found += [o for t in dict.fromkeys((noun, holder, verb)) for objs in preposition_objects(t, words).values()
                      for o in objs]
    return found
