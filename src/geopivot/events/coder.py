"""The event coder: trigger patterns + a dependency parse + actor lookup -> CAMEO events.

Precision first. An event needs a trigger that matches a pattern, a source actor (the
subject, the passive agent, or for nominal events a possessor, nationality modifier or the
subject of a light verb) and, unless the pattern is unary, a target actor in one of the
pattern's slots. Negated, intended and hypothetical clauses are told apart
(:mod:`geopivot.events.clauses`); there is no fallback code for bare statements. Who the
source and target are is :mod:`geopivot.events.roles`; how a nominal trigger is carried and
asserted is :mod:`geopivot.events.nominal`.
"""
from __future__ import annotations

import datetime as dt

from spacy.tokens import Span, Token

from geopivot.actors import ActorLookup
from geopivot.errors import DataFileError
from geopivot.events.clauses import (
    children, directive, guest, headline_names, hyphen_pair, lemma_in, is_passive, names_object,
    objects_of, preposition_objects, reduced_passive, set_off_before, to_infinitive, with_conjuncts,
)
from geopivot.events.modality import Mode, clause_mode, code_for, is_question
from geopivot.events.nominal import (
    ALL_LIGHT_VERBS, chain_modes, governor_mode, light_governor, noun_mode,
)
from geopivot.events.forms import (
    CONVENTIONAL_FORCE, KILLING, KILLING_CODES, MASS_KILLING, VERBAL_CLASH,
    advice, agreed_act, agreed_deal, broken_auxiliary, fights_in_words, headline_verb, is_sum,
    killing_force, lifted_participle, mass_victims, misread_participle, mutual, office_taken,
    pronoun_object_antecedents, run_ended, stranded_participle, sum_contents, sum_datives, verbal_attack,
    verbal_clash,
)
from geopivot.events.drafts import (
    Draft, Match, acts_on_places, candidates_at, find_object, pairs_of, placed, prune, rank_match,
    term_modifier,
)
from geopivot.events.headlines import is_headline, read_headline
from geopivot.events.history import refers_to_past
from geopivot.events.judgements import judgement_at, passive_judges
from geopivot.events.mediation import broker_words, with_mediators
from geopivot.events.ontology import Ontology
from geopivot.events.patterns import (
    PREPOSITION_SLOTS, PatternSet, load_patterns,
)
from geopivot.events.refine import refined_code
from geopivot.events.reported import adj_events, modal_events
from geopivot.events.roles import (
    OWNER_DEPS, RoleResolver, an_office, answered, counted, givers, governor_partners,
)
from geopivot.events.sides import addresses_its_public, distinct_actors
from geopivot.events.situating import situate
from geopivot.events.sport import is_sport
from geopivot.events.summing import summed_makers
from geopivot.events.wordlists import AGREEMENT_NOUNS, FACING_VERBS, FORUM_BODIES, FORUM_NOUNS, MEDIATING_VERBS
from geopivot.models import ActorMention, Event

__all__ = ["EventCoder", "load_patterns"]

# Particles the parser may attach as an adverb or a preposition without an object.
LOOSE_PARTICLES = frozenset({"back", "out", "off", "down", "away"})
# Prepositions of a complement verb that name its counterpart ("sending aid to X").
COMPLEMENT_PREPOSITIONS = frozenset({"to", "with", "against", "on", "at"})
# "threatened to move its factory to China": where the moved thing goes, not who is acted on.
MOVING_VERBS = frozenset({"move", "take", "shift", "relocate", "transfer", "bring", "carry"})
THREAT_ROOT = "13"
# Roots that judge something (appeal about, approve, disapprove, reject): what "..., a move X
# <verb>ed" can judge, and what a judging verb's object is (no event of its own there).
JUDGING_ROOTS = frozenset({"02", "05", "11", "12"})
ARREST = "173"


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
        if is_question(sent.text) or is_sport(sent, actors):
            return []
        run = _SentenceRun(self.patterns, actors)
        drafts: list[Draft] = []
        # Verbs first: a light verb's object ("imposed sanctions") is then not coded again as a noun.
        verbs = {token.i for token in sent if token.pos_ == "VERB" or headline_verb(token)}
        if is_headline(sent):
            # "N. Korea frees detained S. Korean worker": not a detention; word order reads it.
            verbs -= {token.i for token in sent if misread_participle(token)
                      and candidates_at(self.patterns, "verb", sent.doc[token.i - 1])}
        for token in sent:
            if token.i in verbs:
                drafts += run.verb_events(token)
        for token in sent:
            if token.pos_ == "NOUN" and token.i not in run.consumed and token.i not in verbs:
                drafts += run.noun_events(token)
                if token.dep_ == "attr":  # "said Y's plan was a mistake": judged like an adjective
                    drafts += adj_events(run, token)
            elif token.pos_ == "ADJ" and token.dep_ in ("acomp", "ccomp"):  # "says X unfair"
                drafts += adj_events(run, token)
            elif token.pos_ == "AUX" and token.tag_ == "MD":
                drafts += modal_events(run, token)
        if not drafts and is_headline(sent):
            drafts = run.headline_drafts(sent)  # word order where the parse failed the headline
        drafts = [situated for d in drafts if placed(situated := situate(run, d, sent))]
        drafts = [Draft(d.match, d.source, d.target, VERBAL_CLASH)  # "Yukos battled the Kremlin"
                  if fights_in_words(d.code, d.match.pattern, d.source, d.target) else d for d in drafts]
        drafts = [Draft(d.match, d.source, d.target, code) if (code := refined_code(d)) else d
                  for d in drafts]  # "protesters stormed", "seized 15 sailors" (events/refine.py)
        drafts = [d for d in drafts if not addresses_its_public(d.code, d.source, d.target)]
        drafts = with_mediators(drafts, run, self.patterns)  # "talks brokered by X" (045)
        return [self._event(d, sent, article_id, sentence_index, date) for d in prune(drafts)]

    # -- building -------------------------------------------------------------------------------
    def _event(self, draft: Draft, sent: Span, article_id: str, index: int,
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
    def headline_drafts(self, sent: Span) -> list[Draft]:
        reading = read_headline(sent, patterns=self.patterns, actors=self.actors)
        if reading is None:
            return []
        code = code_for(reading.pattern, Mode.INTENT if reading.intent else Mode.FACT)
        if not code:
            return []
        obj = reading.obj
        match = Match(reading.pattern, reading.verb, [obj] if obj is not None else [], obj, reading.targets)
        return pairs_of(match, reading.sources, code, unary_ok=False)

    def guest_visit(self, visiting: Token, visitor: Token) -> list[Draft]:
        """ "Xi met visiting Prime Minister Abe": the guest visits the host, the subject of the
        clause that names the guest, in that clause's mode ("will receive visiting X": ahead)."""
        host = next((t for t in visiting.ancestors if t.pos_ == "VERB"), None)
        match = self._best_verb_match(visiting)
        code = code_for(match.pattern, clause_mode(host)) if match and host is not None else ""
        if not code:
            return []
        visit = Match(match.pattern, visiting, [], None, self.verb_sources(host))
        return pairs_of(visit, self.resolve_all([visitor]), code, unary_ok=False)

    def verb_events(self, verb: Token) -> list[Draft]:
        if broken_auxiliary(verb) or stranded_participle(verb):
            # "UK helps raped Rwandan women": "helps" parsed as an auxiliary of "raped";
            # "founded by assassinated former prime minister X": "assassinated" an adjective
            return []
        visitor = guest(verb)
        if visitor is not None:
            return self.guest_visit(verb, visitor)
        judged = judgement_at(self.patterns, verb, self.actors.mentions_at)
        if judged is not None:  # "called Y's decision unacceptable": not a phone call to Y
            judges = passive_judges(verb, self.actors.mentions_at)
            # "a move branded a provocation by Y": a participle whose "by" the parser hung on the
            # judging word is still done, as "an accord signed by X" is (clauses.reduced_passive)
            mode = Mode.FACT if judges and verb.dep_ == "acl" else clause_mode(verb)
            code = code_for(judged.pattern, mode)
            return pairs_of(judged, judges or self.verb_sources(verb), code, unary_ok=False) if code else []
        match = self._best_verb_match(verb)
        if match is None or (reduced_passive(verb) and (match.pattern.table or not match.pattern.objects
                                                        or lemma_in(verb, MEDIATING_VERBS))
                             and not (match.pattern.code[:2] in JUDGING_ROOTS and summed_makers(verb))):
            return []  # "an accord signed by X" tells an event; "rebels backed by X" describes them;
            # "..., a decision welcomed by Israel" judges the act before it; "talks hosted by X"
            # are the parties' event, X their mediator (events/mediation.py)
        if match.pattern.table and match.obj is not None and any(
                p.table == 0 for p in candidates_at(self.patterns, "noun", match.obj)):
            return []  # "hosted a summit between X and Y": own noun rows code the summit
        if office_taken(verb, match.pattern.code):
            return []  # "took over the presidency of the EU": a rotation, no seizure
        if run_ended(verb, match.obj):
            return []  # "ended a second round of talks": held to its end (the talks noun codes it)
        # "demanded that Germany deliver ..., accusing Berlin": the main clause's subject accuses
        lifted = lifted_participle(verb, self.verb_sources, match.targets) or verb
        mode = clause_mode(lifted)
        if mode is Mode.FACT and agreed_act(verb, row_objects=bool(match.pattern.objects)):
            mode = Mode.INTENT  # "agreed with X to set up a panel": the act agreed lies ahead
        code = code_for(match.pattern, mode)
        if mode is Mode.INTENT and agreed_deal(verb) and (match.pattern.code.startswith("061") or (
                match.pattern.code.startswith("057") and not match.pattern.intent)):
            # "agreed to buy Y", "X to merge with Y": the deal, as the guidelines code it (a
            # signing row's own intent code stays: "agreed to sign a treaty")
            code = match.pattern.code
        if not code:
            return []
        if code in KILLING_CODES and code == match.pattern.code and mass_victims(verb):
            code = MASS_KILLING  # "killed hundreds of civilians"
        intransitive = not match.pattern.objects and not objects_of(verb)
        unary_ok = match.pattern.unary and (bool(match.pattern.objects) or intransitive)
        if code == ARREST and objects_of(verb) and not is_passive(verb):
            unary_ok = True  # "police detained three executives": held by the source's own state
        sources = self.verb_sources(lifted)
        if code == KILLING and code == match.pattern.code:
            code = killing_force(verb, sources, match.targets)  # "troops killed", "police killed"
        if code.startswith(THREAT_ROOT) and advice(verb, sources, self.actors.mentions_at):
            return []  # "warned Blair that the war could be illegal"
        if match.pattern.code == CONVENTIONAL_FORCE and (verbal_clash(verb, sources, match.targets)
                                                         or verbal_attack(verb, sources, match.targets)):
            # "Labour and the Tories clashed over tax", "attacked X's plans": words, not force.
            # One still to come ("will attack Labour's record") is no event yet, and never a
            # threat of force: CAMEO has no intent to criticise.
            if code != CONVENTIONAL_FORCE:
                return []
            code = VERBAL_CLASH
        drafts = pairs_of(match, sources, code, unary_ok, mutual=mutual(verb))
        if "counterpart" in match.pattern.targets:  # "told the Spanish king": another state's
            drafts = [d for d in drafts if d.target is None or (d.target.actor.country != d.source.actor.country
                                                               and an_office(d.source.actor))]
        if match.obj is not None and (drafts or not lemma_in(verb, ALL_LIGHT_VERBS)):
            # The object is part of this event. A light verb's object that made none
            # ("launched a hunger strike" has no target for "launch an attack") is left to the
            # noun rows; another verb's ("sanctions were lifted") never asserts its noun.
            self.consumed.update(t.i for t in with_conjuncts(match.obj))
        if drafts and code[:2] in JUDGING_ROOTS:
            # "N. Korea slams S. Korea-U.S. drills": the thing judged is no event of its own here
            self.consumed.update(t.i for o in objects_of(verb) for t in with_conjuncts(o))
        return drafts

    def _best_verb_match(self, verb: Token) -> Match | None:
        candidates = candidates_at(self.patterns, "verb", verb)
        if not candidates:
            return None
        pair: bool | None = None  # two or more sources: read only once a row matches (most verbs match none)
        particles = {c.lower_: c for c in verb.children if c.dep_ == "prt"}
        # A particle the parser left as an adverb or a bare preposition ("pulled back some of
        # its troops", "pulled its troops out of Syria") satisfies a row that asks for it and,
        # unlike a true particle, rules out no other row.
        loose = {c.lower_: c for c in verb.children if c.i > verb.i and c.lower_ in LOOSE_PARTICLES
                 and (c.dep_ == "advmod" or (c.dep_ == "prep" and not children(c, "pobj")))}
        objects = [t for o in objects_of(verb) for t in with_conjuncts(o)]
        # "massed thousands of troops", "sent $300m in aid", "shipped 300 tonnes of rice"
        objects += [c for o in objects for c in (*counted(o), *sum_contents(o))]
        with_objects = [t for p in children(verb, "prep") if p.lower_ == "with"
                        for o in children(p, "pobj") for t in with_conjuncts(o)]
        # The prepositions an object row's particle may be: the verb's, or those hanging on an
        # adverb "back" ("put X back on its list"); read once, not per row.
        preps = [p for h in (verb, *(a for a in children(verb, "advmod") if a.lower_ == "back"))
                 for p in children(h, "prep")]
        best: tuple[tuple[int, ...], Match] | None = None
        for pattern in candidates:
            # "call off" is not "call", and "call" is not "call off"; an object row's particle may
            # be a preposition over the object ("went on strike", "remained on alert") or the
            # "to" of a complement verb ("declined to comment").
            pobjs = [o for p in preps if p.lower_ == pattern.particle
                     for o in children(p, "pobj")] if pattern.particle and pattern.objects else []
            if pattern.particle == "to" and pattern.objects:  # "declined to comment"
                pobjs += [c for c in children(verb, "xcomp") if c.pos_ == "VERB"]
            if pattern.particle:
                if not (pattern.particle in particles or pattern.particle in loose or pobjs):
                    continue
            elif particles:
                continue
            modifier = term_modifier(verb, pattern.trigger)
            if modifier is False:
                continue
            obj, via_with, in_prep = None, False, False
            if pattern.objects:
                in_prep = bool(pattern.particle) and pattern.particle not in {**particles, **loose}
                obj = find_object(pobjs if in_prep else objects, pattern.objects)
                if obj is None and objects:  # "supplied X with arms": X is the recipient
                    obj, via_with = find_object(with_objects, pattern.objects), True
                if obj is None:
                    continue
            particle = particles.get(pattern.particle) or loose.get(pattern.particle)
            parts = [t for t in (particle, modifier or None, obj) if t]
            match = Match(pattern, verb, parts, obj, [], in_prep=in_prep)
            self._verb_targets(match, objects if via_with else [])
            if pair is None:
                pair = distinct_actors(self.verb_sources(verb)) >= 2
            rank = rank_match(pattern, match, pair)
            if best is None or rank > best[0]:
                best = (rank, match)
        return best[1] if best else None

    def _verb_targets(self, match: Match, recipients: list[Token]) -> None:
        """Fill ``match.targets`` from the first of the pattern's slots that names an actor."""
        verb, pattern, obj = match.trigger, match.pattern, match.obj
        # The matched object and the verb's own objects ("massed tens of thousands of troops
        # near X": "near" may hang on "tens").
        holders = list(dict.fromkeys([verb, *([obj] if obj is not None else []), *objects_of(verb),
                                      *match.parts]))
        # "..., a move China condemned", "..., a decision welcomed by Israel": appeals, praise,
        # disapproval and rejections judge the act the noun sums up, whose maker is their target
        # when no slot names one (and before the slot, which names the agent of such a passive).
        summed = summed_makers(verb) if "dobj" in pattern.targets and pattern.code[:2] in JUDGING_ROOTS else []
        if summed and reduced_passive(verb):
            match.targets = self.resolve_targets(summed, "dobj", places=False, trigger=verb)
            return
        # "an invitation to meet with X", "an offer to visit X": the object's own complement
        # verb carries the event's counterpart.
        acls = children(obj, "acl", "relcl") if obj is not None else []  # "a deal to import": often relcl
        complements = [c for c in acls if c.pos_ == "VERB" and to_infinitive(c)]
        holders += complements
        for slot in pattern.targets:
            via: Token | None = None
            if slot in ("dobj", "counterpart") and names_object(verb):
                continue  # "called X a liar", "called X's remarks unacceptable"
            if slot == "counterpart":  # "told Washington to stop ...": a directive, no conversation
                heads = [] if directive(verb) else [obj] if obj is not None else objects_of(verb)
            elif slot == "dobj":
                # An object inside a preposition ("held civilians as human shields") leaves the
                # direct object to be the target.
                own = obj is not None and obj.dep_ not in ("pobj", "xcomp")  # "ordered X to leave"
                heads = recipients or ([obj] if own else objects_of(verb))
                if not recipients and not own and all(is_sum(h) for h in heads):
                    # "fined X $20m": the sum is the object (or hangs loose), the one fined is
                    # the dative
                    heads = [c for c in children(verb, "dative") if c.pos_ != "ADP"] or heads
            elif slot == "xcomp":
                heads, comps = [], [*children(verb, "xcomp"), *complements]
                for comp in comps:
                    via, heads = comp, heads + objects_of(comp)
            elif slot == "comp":
                clauses = [c for c in children(verb, "ccomp", "xcomp") if not set_off_before(c, verb)]
                if obj is not None:  # "voiced concern that X would ...": the clause is the object's
                    clauses += [c for c in children(obj, "acl", "ccomp")
                                if any(m.lower_ == "that" for m in children(c, "mark"))]
                heads = [s for c in clauses for s in children(c, "nsubj")]
            elif slot == "giver":  # "received a loan from X", "received Japanese aid"
                heads = givers(holders)
                if not heads and obj is not None:
                    heads = [obj]  # the object names no actor: resolving it falls back on its owner
            elif slot == "purpose":  # "provided 6 million euros to support refugees in Syria"
                purposes = [c for c in children(verb, "advcl", "xcomp") if to_infinitive(c)]
                # "to help Haiti cope": the subject of the helped clause
                heads = [o for c in purposes for o in objects_of(c)]
                heads += [s for c in purposes for k in children(c, "ccomp", "xcomp")
                          for s in children(k, "nsubj")]
            else:
                # "discussed relations between X and Y": a "between" on a plain object is its
                # topic's; the parties hang on the verb or on the row's own event noun ("held
                # talks between X and Y", an object row, whose holders hold it).
                owners = holders if slot != "between" or pattern.objects else [verb, *match.parts]
                heads = [o for h in owners for o in preposition_objects(h, {slot}).get(slot, [])]
                if slot == "to":
                    heads += recipients + [d for o in [*([obj] if obj is not None else []),
                                                       *objects_of(verb)] for d in sum_datives(o)]
                if slot == "with" and not heads:
                    heads = governor_partners(verb)
            if slot == "counterpart":
                found = self.resolve_counterparts(heads)
            else:
                found = self.resolve_targets(heads, slot, places=acts_on_places(pattern), trigger=verb)
            if not found and slot == "dobj":  # "expelled Y's envoy, accusing him of ..."
                found = self.resolve_targets(pronoun_object_antecedents(verb, heads), slot, places=False,
                                             trigger=verb)
            if not found and obj is not None and obj.pos_ == "NOUN" and (
                    slot == "giver" or (slot == "dobj" and pattern.objects)):
                # "received representatives of X", "a visit of X": a common noun's own "of" (a
                # name's is part of it: "the International Court of Justice")
                found = self.resolve_targets(preposition_objects(obj, {"of"}).get("of", []), slot,
                                             places=False, trigger=verb)
            if not found and slot == "xcomp":
                # "considering sending aid to X", "threatened to retaliate against X": the
                # complement's counterpart when its object names no one.
                found = self.resolve_all([o for c in comps for prep, objs in preposition_objects(
                    c, COMPLEMENT_PREPOSITIONS).items() if prep != "to" or not lemma_in(c, MOVING_VERBS)
                                          for o in objs])
            if found:
                match.targets, match.between, match.via_xcomp = found, slot == "between", via
                match.giver = slot == "giver"
                return
        if int(pattern.code[:2]) >= 13:  # "recalled its ambassador in protest at the Polish decision"
            match.targets = self.resolve_targets(answered(verb), "dobj", places=False, trigger=verb)
        if not match.targets and summed:
            match.targets = self.resolve_targets(summed, "dobj", places=False, trigger=verb)

    # -- nouns ----------------------------------------------------------------------------------
    def noun_events(self, noun: Token) -> list[Draft]:
        if not candidates_at(self.patterns, "noun", noun):
            return []  # most nouns name no event: resolve no owners for them
        light, kind = light_governor(noun)
        # "held drills with X": the light verb's prepositions belong to the nominal event too.
        brokers = broker_words(noun)  # "Chinese-brokered talks": China is no party
        owners = [m for c in noun.children if c.dep_ in OWNER_DEPS and c.i < noun.i and c.i not in brokers
                  for o in [*with_conjuncts(c), *hyphen_pair(c)]
                  for m in self.actors.mentions_at(o)]
        if light is not None:
            owners += self.verb_sources(light)
        pair = distinct_actors(owners) >= 2
        # "a suspension of aid to X": what the noun is of carries the counterpart too.
        inner = [o for p in children(noun, "prep") if p.lower_ == "of" for o in children(p, "pobj")]
        match = self.best_noun_match(noun, [noun, *inner, *([light] if light is not None else [])], pair)
        if match is None:
            return []
        if light is None and noun.dep_ == "dobj" and lemma_in(noun.head, FACING_VERBS):
            return self._faced(noun, match)
        own = self._noun_own_sources(noun, match, brokers)
        if light is None and lemma_in(noun, AGREEMENT_NOUNS):
            return []  # "the X-Y deal expires": a standing agreement; its signing is the event
        if light is not None:
            mode = chain_modes(noun_mode(noun), kind, clause_mode(light))
            # A headline's nominal root ("X and Y in trade talks") is itself the actors.
            sources = own or (self.resolve_all(headline_names(light)) if light.pos_ == "PROPN"
                              else self.verb_sources(light))
        else:
            mode = chain_modes(noun_mode(noun), Mode.FACT, governor_mode(noun))
            sources = own
        code = code_for(match.pattern, mode)
        return pairs_of(match, sources, code, match.pattern.unary) if code else []

    def _faced(self, noun: Token, match: Match) -> list[Draft]:
        """ "Iran faces sanctions from the EU": the one the event comes from ("by", "from", on the
        noun or its verb) does it to the verb's subject, in the verb's mode; a giver of no known
        country ("faces a demand from foreign banks") makes no event, as the guidelines code it."""
        verb = noun.head
        givers = [o for t in (noun, verb) for objs in preposition_objects(t, {"by", "from"}).values() for o in objs]
        code = code_for(match.pattern, chain_modes(noun_mode(noun), Mode.FACT, clause_mode(verb)))
        faced = Match(match.pattern, noun, match.parts, None, self.verb_sources(verb))
        placed = [m for m in self.resolve_all(givers) if m.actor.country]
        return pairs_of(faced, placed, code, unary_ok=False) if code else []

    def best_noun_match(self, noun: Token, holders: list[Token], pair: bool, *,
                         pos: str = "noun") -> Match | None:
        best: tuple[tuple[int, ...], Match] | None = None
        for pattern in candidates_at(self.patterns, pos, noun):
            modifier = term_modifier(noun, pattern.trigger)
            if modifier is False:
                continue
            match = Match(pattern, noun, [modifier] if modifier else [], None, [])
            for slot in pattern.targets:
                if slot in PREPOSITION_SLOTS:
                    heads = [o for h in holders for o in preposition_objects(h, {slot}).get(slot, [])]
                    if slot == "with" and not heads:
                        heads = [o for h in holders if h.pos_ == "VERB" for o in governor_partners(h)]
                    found = self.resolve_targets(heads, slot, places=acts_on_places(pattern),
                                                 trigger=noun)
                    if found:
                        match.targets, match.between = found, slot == "between"
                        break
            rank = rank_match(pattern, match, pair)
            if best is None or rank > best[0]:
                best = (rank, match)
        return best[1] if best else None

    def _noun_own_sources(self, noun: Token, match: Match, brokers: set[int]) -> list[ActorMention]:
        """"China's visit", "US sanctions", "the visit by Xi": the actor inside the phrase."""
        skip = {t.i for t in match.parts} | brokers
        heads = [c for c in noun.children
                 if c.dep_ in OWNER_DEPS and c.i < noun.i and c.i not in skip]
        found = [m for h in heads for t in [h, *hyphen_pair(h)] for m in self.actors.mentions_at(t)
                 if not (m.actor.code in FORUM_BODIES and lemma_in(noun, FORUM_NOUNS))]  # "a WTO complaint"
        if not found:
            by = preposition_objects(noun, {"by"}).get("by", [])
            # "the seizure of a ship by Peru": the parser often hangs the agent on the object
            by = by or [o for objs in preposition_objects(noun, {"of", "on", "against"}).values() for obj in objs
                        for o in preposition_objects(obj, {"by"}).get("by", [])]
            found = self.resolve_all(by)
        return found
