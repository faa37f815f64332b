"""Resolve noun phrases to actors at the article's date, remembering earlier mentions.

One :class:`ActorMatcher` is built per process (it holds the phrase matchers); one
:class:`ArticleResolver` per article (it holds what the article has mentioned so far, so that
"Moon" after "Moon Jae-in", "the two leaders" and "he" can be resolved).
"""
from __future__ import annotations

import bisect
import datetime as dt

from spacy.attrs import ORTH
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from geopivot.actors.cues import (HONORIFICS, INTRODUCED, PERSON_NOUNS, Introduction, introductions,
                                  mention_weight)
from geopivot.actors.kb import ROLE_PRIORITY, Entry
from geopivot.actors.matcher import ActorMatcher  # noqa: F401  (re-exported: engine imports it here)
from geopivot.actors.memory import Memory
from geopivot.actors.phrases import (backed_by, conjuncts, entry_kinds, foreign_name, hyphen_joined,
                                     names_former_office,
                                     names_place, non_person, noun_phrase, phrase_text, sector_at,
                                     title_beside, title_phrases)
from geopivot.models import Actor, ActorMention

_PAIR_WORDS = {"two", "both"}
_PAIR_PEOPLE = {"leader", "president", "man", "head", "minister", "premier"}
_PAIR_STATES = {"country", "nation", "side", "government", "neighbour", "neighbor", "state", "capital",
                "administration"}
_PERSON_PRONOUNS = {"he", "him", "she", "her"}
UNKNOWN = "unknown:"
_NAME_HONORIFICS = {"Mr", "Mrs", "Ms", "Dr", "Lord", "Sir", "Baroness", "Lady", "Dame"}
_HONORIFIC_IDS = frozenset(get_string_id(word) for word in _NAME_HONORIFICS)  # as Doc.to_array reads words
_SUBJECT_PRONOUNS = {"he", "she"}
_STATE_PREPS = {"of", "from", "in"}
# "The ministry said": a government institution, definite, names the government of the state
# the article is about; "a ministry official" or "officials" alone is not guessed.
_INSTITUTIONS = {"ministry", "government", "cabinet", "administration"}


class Matches(list):
    """Knowledge-base matches of one sentence, with the unidentified "Mr X" names beside them."""

    unknown: list[Span]

    def __init__(self, spans: list[Span]) -> None:
        super().__init__(spans)
        self.unknown = []


class ArticleResolver:
    """Resolves actors in one article, sentence by sentence, in reading order."""

    def __init__(self, matcher: ActorMatcher, *, date: dt.date | None,
                 countries: frozenset[str] = frozenset()) -> None:
        self.countries = countries  # every country the article names, anywhere in it
        self.kb = matcher.kb
        self.matcher = matcher
        self.date = date
        self.memory = Memory()
        self._doc: Doc | None = None
        self._spans: list[Span] = []
        self._starts: list[int] = []
        self._orths: list[int] = []

    def matches(self, sent: Span) -> list[Span]:
        """Knowledge-base matches inside ``sent`` (the matcher runs once per doc)."""
        if sent.doc is not self._doc:
            self._doc = sent.doc
            self._spans = sorted(self._dated(self.matcher.spans(sent.doc)), key=lambda s: s.start)
            self._starts = [s.start for s in self._spans]
            self._orths = sent.doc.to_array(ORTH).tolist()  # cheaper than a Token per word
        lo = bisect.bisect_left(self._starts, sent.start)
        hi = bisect.bisect_left(self._starts, sent.end)
        found = [s for s in self._spans[lo:hi] if s.end <= sent.end]
        found = self._peoples(found)
        if self.memory.introduced:
            # Later mentions of a person the article introduced ("Lim urged China"), which
            # the knowledge base cannot match.
            strings = sent.doc.vocab.strings
            introduced = {get_string_id(name) for name in self.memory.introduced}
            taken = {i for s in found for i in range(s.start, s.end)}
            found += [Span(sent.doc, i, i + 1, label=INTRODUCED + strings[self._orths[i]])
                      for i in range(sent.start, sent.end)
                      if self._orths[i] in introduced and i not in taken]
            found.sort(key=lambda s: s.start)
        # "Mr Abbas", "Lord Goldsmith" whom nothing identifies: remembered as someone, so that
        # "he" in the next sentence is not taken for a person named earlier.
        # They ride along on the list, not in it: they name no actor, so the fast path must not
        # count them as one.
        out = Matches(found)
        doc = sent.doc
        orths = self._orths
        heads = [i for i in range(sent.start, sent.end - 1) if orths[i] in _HONORIFIC_IDS]
        if not heads:
            return out
        taken = {i for s in found for i in range(s.start, s.end)}
        out.unknown = [Span(doc, i, i + 2, label=UNKNOWN + doc[i].text + " " + doc[i + 1].text)
                       for i in heads if doc[i + 1].is_title and doc[i + 1].is_alpha
                       and i not in taken and i + 1 not in taken]
        return out

    def _dated(self, spans: list[Span]) -> list[Span]:
        """ "Juba" in 2006 is Sudan, "Tripoli" beside "Lebanese" is Lebanon, "Tory" in 2005 is
        the opposition: names in the KB's dated table take the alternative the date and the
        article's other places point to."""
        dated = self.kb.dated
        if not dated or not any(s.label_ in dated for s in spans):
            return spans
        places = frozenset(e.country for s in spans if s.label_ not in dated
                           for e in self.kb.lookup(s.label_) if e.kind != "person" and e.country)
        return [Span(s.doc, s.start, s.end, label=self.kb.dated_label(s.label_, self.date, places))
                if s.label_ in dated else s for s in spans]

    def _peoples(self, spans: list[Span]) -> list[Span]:
        """ "Iraqi Kurds", "ethnic Albanians ... in Serbia", "a Serb ... in Kosovo": a people
        is the state the sentence places them in (the nationality or state right before the
        name, else another state the sentence names), else its default state, else no actor."""
        kb = self.kb
        kinds = [entry_kinds(kb, s) for s in spans]
        placed = {s.end for s, k in zip(spans, kinds) if "state" in k}
        groups = [s for s, k in zip(spans, kinds) if s.label_ in kb.groups or ("adjective" in k and (
            (s.start > 0 and s.doc[s.start - 1].lower_ == "ethnic")
            or (s.start in placed and s.text.endswith("s"))))]  # "Kosovo Albanians"
        if not groups:
            return spans
        states = [s for s, k in zip(spans, kinds) if s not in groups and k & {"state", "adjective", "metonym"}]
        out = []
        for span in spans:
            if span not in groups:
                out.append(span)
                continue
            # Right before the name ("Iraqi Kurds"), else where the sentence places them after
            # it ("Albanians ... in Serbia"), else a state named before ("China detained Uighurs").
            before = next((s for s in states if s.end == span.start), None)
            after = next((s for s in states if s.start >= span.end), None)
            where = before or after or (states[0] if states else None)
            entries = kb.lookup(where.label_) if where is not None else []
            country = next((e.country for e in entries if e.kind != "person" and e.country), None) \
                or kb.groups.get(span.label_) or next(
                    (e.country for e in kb.lookup(span.label_) if e.kind == "adjective" and e.country), None)
            if country and country in kb.state_names:
                out.append(Span(span.doc, span.start, span.end, label=kb.state_names[country]))
        return out

    def sentence(self, sent: Span, matches: list[Span] | None = None) -> SentenceActors:
        """The actor lookup for a parsed sentence; its names join the article's memory."""
        spans = self.matches(sent) if matches is None else matches
        before = self.memory.copy()
        self.observe(spans)
        return SentenceActors(self, sent, spans, before)

    def observe(self, spans: list[Span], memory: Memory | None = None) -> None:
        """Remember the people, states and governments ``spans`` name, and the unknown people a
        nationality and a title introduce. Only tokens are read, never the parse, so that the
        memory is the same whichever sentences were parsed."""
        memory = memory or self.memory
        kb = self.kb
        intros = introductions(kb, spans)
        claimed = {i for x in intros if x.name for i in range(*x.name)}
        items: list[tuple[int, Span | Introduction]] = [(s.start, s) for s in spans
                                                        if s.start not in claimed]
        items += [(s.start, s) for s in getattr(spans, "unknown", ())]
        items += [(x.name[0], x) for x in intros if x.name]
        named: list[Actor] = []
        # ("s", state, IGO or armed group) and ("p", person), with the mention's weight, in order
        recent: list[tuple[str, Actor, float]] = []
        unknown = False
        for _, item in sorted(items, key=lambda pair: pair[0]):
            if not isinstance(item, Introduction) and item.label_.startswith(UNKNOWN):
                unknown = True
                continue
            if isinstance(item, Introduction):
                entry, actor = item.person(kb)
                memory.introduce(entry, actor, weight=mention_weight(kb, item.name_span, "person"),
                                 state=kb.state(actor.country or ""))
                named.append(actor)
                weight = mention_weight(kb, item.name_span, "person")
                recent += [("p", actor, weight), ("s", kb.state(actor.country or ""), weight)]
                continue
            span = item
            entries = kb.lookup(span.label_)
            known = memory.introduced.get(span.text) if span.end - span.start == 1 else None
            if known is None and span.end - span.start == 1 and span.text in memory.surnames:
                # "Mr Brown" after "Chancellor Gordon Brown": the article's person, as resolved there.
                actor = memory.surnames[span.text]
                known = next(((e, a) for e, a in memory.people if a == actor), None)
            person = known or self.person_actor(entries, span=span, memory=memory)
            if person:
                weight = mention_weight(kb, span, "person")
                country = person[1].country
                memory.remember_person(*person, weight=weight, state=kb.state(country)
                                       if country and len(country) == 3 else None)
                named.append(person[1])
                recent.append(("p", person[1], weight))
                if country and len(country) == 3:
                    recent.append(("s", kb.state(country), weight))
            elif entries and entries[0].kind in {"state", "metonym", "adjective"}:
                country = entries[0].country or ""
                state = kb.state(country) if len(country) == 3 else Actor(
                    code=country, name=entries[0].name, country=country or None, actor_type="state")
                weight = mention_weight(kb, span, entries[0].kind)
                memory.remember_state(state, weight=weight)
                recent.append(("s", state, weight))  # a place ("in Islamabad") still names its state
            elif entries and entries[0].kind == "org" and entries[0].sector not in {"BUS", "MED"} \
                    and entries[0].country:
                # An IGO or an armed group can be a "side"; "in Brussels" is a place.
                recent.append(("s", entries[0].actor(), mention_weight(kb, span, "metonym")))
        memory.recent = [*memory.recent, recent][-2:]
        if named:
            memory.salient = named
            memory.unknown_subject = False
        elif unknown:
            memory.salient = []
            memory.unknown_subject = True

    # -- choosing among entries -------------------------------------------------------------
    def person_actor(self, entries: list[Entry], *, span: Span | None = None,
                     memory: Memory | None = None) -> tuple[Entry, Actor] | None:
        memory = memory or self.memory
        people = [e for e in entries if e.kind == "person" and self._plausible(e, span, memory)]
        if not people:
            return None
        current = [e for e in people if e.valid_on(self.date)]
        if current:
            recent = {p[0].person_id for p in memory.people}
            best = max(current, key=lambda e: (e.person_id in recent, ROLE_PRIORITY.get(e.role or "", 0)))
            return best, best.actor()
        # Known person, not in office on this date: an elite of their country, as CAMEO codes it.
        # A bare surname ("Smith") names a former official only if the article introduced them.
        if self.date is None:
            return None
        # A former UN secretary-general is an elite of their own country, not of the UN.
        national = [e for e in people if e.country and len(e.country) == 3] or people
        latest = max(national, key=lambda e: e.end or e.start or dt.date.min)
        # A dictionary's undated code for the same name ("HAMFAST GAMGEE [HOB]" above its dated
        # blocks) is its default outside them, before any elite guess.
        if any(e.kind != "person" and e.source == latest.source != "packaged" for e in entries):
            return None
        if " " not in latest.surface and latest.person_id not in {p[0].person_id for p in memory.people} \
                and not (span is not None and self.matcher.bare.safe(latest, span, self.date)):
            return None
        country = latest.country or ""
        if len(country) != 3:
            country = self.kb.nationality.get(latest.name, country)
        code = country + ("ELI" if len(country) == 3 else "")
        return latest, Actor(code=code, name=latest.name, country=country or None,
                             sector="ELI" if code.endswith("ELI") else None, actor_type="person")

    def _plausible(self, entry: Entry, span: Span | None, memory: Memory) -> bool:
        """A bare surname names a known person only with support: a title before it
        ("President Moon"), or the article has named the person or their country, or it is a
        well-known office holder's distinctive surname (see surnames.py). A different given
        name before it ("Michael Howard" is not John Howard) rules the person out."""
        if " " in entry.surface or entry.fold or span is None:
            return True
        if self.matcher.bare.safe(entry, span, self.date):
            return True
        before = span.doc[span.start - 1] if span.start > 0 else None
        if before is not None and before.is_title and before.pos_ in ("PROPN", "X", ""):
            word = before.lower_.rstrip(".")
            if word in HONORIFICS or self.kb.sector_of(word):
                return True
            if not before.is_sent_start or before.pos_ == "PROPN":
                return False
        return (entry.country in self.countries or any(s.country == entry.country for s in memory.states)
                or any(p[0].person_id == entry.person_id for p in memory.people))

    def countries_named(self, spans: list[Span]) -> frozenset[str]:
        """Countries named by states, capitals, demonyms and organisations among ``spans``."""
        return frozenset(e.country for span in spans for e in self.kb.lookup(span.label_)
                         if e.kind != "person" and e.country)

    def office_holder(self, country: str, role: str) -> Entry | None:
        return self.kb.office_holder(country, role, self.date)


class SentenceActors:
    """The :class:`~geopivot.actors.ActorLookup` for one sentence."""

    def __init__(self, article: ArticleResolver, sent: Span, spans: list[Span], before: Memory) -> None:
        self.article = article
        self.sent = sent
        self.spans = spans
        self.before = before
        self._memos: dict[int, Memory] = {}

    def _memory_at(self, token: Token) -> Memory:
        """What the article had named before ``token``: a pronoun or "the two leaders" points
        back, never forward to a name later in its own sentence."""
        edge = token.left_edge.i
        memory = self._memos.get(edge)
        if memory is None:  # read-only for callers: the coder asks about many tokens per sentence
            memory = self.before.copy()
            self.article.observe([s for s in self.spans if s.end <= edge], memory)
            self._memos[edge] = memory
        return memory

    def mentions_at(self, token: Token) -> list[ActorMention]:
        if token.lower_ in _PERSON_PRONOUNS and token.pos_ == "PRON":
            return self._pronoun(token)
        np = noun_phrase(token)
        pair = self._pair(token, np)
        if pair is not None:
            return pair
        pair = self._sector_of(token)
        if pair:
            return pair
        several = self._several(token)
        if several:
            return [self._mention(np, a) for a in several]
        actor = self._resolve(token, np)
        joined = self._joined_states(token, np, actor)
        if joined:
            return joined
        if actor is None and token.dep_ == "appos":
            # "police officer Imran Ali": the name is in apposition to the phrase that says who.
            return self.mentions_at(token.head)
        if actor is not None and names_former_office(np):
            actor = self._former_official(actor)
        return [self._mention(np, actor)] if actor else []

    def _joined_states(self, token: Token, np: list[Token], actor: Actor | None) -> list[ActorMention]:
        """ "U.S.-Peru military drills": a phrase whose country is one of two hyphen-joined states
        stands for both, each with the phrase's sector. Not for the names themselves."""
        if actor is None or not actor.country:
            return []
        ids = {t.i for t in np}
        names = hyphen_joined([s for s in self.spans if s.start in ids and s.end - 1 in ids])
        if not names or any(s.start <= token.i < s.end for s in names):
            return []
        states = [s for s in (self._country_cue([name]) for name in names) if s is not None and s.country]
        countries = {s.country for s in states}
        if len(countries) != 2 or actor.country not in countries:
            return []
        sector = actor.sector or ""  # a state's sector is named so elsewhere too: "Peru MIL"
        return [self._mention(np, Actor(code=f"{state.country}{sector}", name=f"{state.name} {sector}".strip(),
                                        country=state.country, sector=actor.sector,
                                        actor_type=actor.actor_type))
                for state in states]

    def _former_official(self, actor: Actor) -> Actor | None:
        """ "former South African president Nelson Mandela": a former office holder is an elite
        of their country (CAMEO ELI, as Phoenix codes ex-officials), not its government; a
        former UN or NATO head is an elite of their own country. Other sectors ("former
        rebels", a company's former chief) keep theirs."""
        if actor.sector not in {None, "GOV", "ELI", "MIL", "LEG", "JUD"} or actor.actor_type == "group":
            return actor
        country = actor.country or ""
        if len(country) != 3:
            country = self.article.kb.nationality.get(actor.name, "")
        if len(country) != 3:
            return None
        return Actor(code=country + "ELI", name=actor.name, country=country, sector="ELI",
                     actor_type="person")

    # -- the pieces -------------------------------------------------------------------------
    def _mention(self, tokens: list[Token], actor: Actor) -> ActorMention:
        base = self.sent.start_char
        start, end = tokens[0].idx - base, tokens[-1].idx + len(tokens[-1]) - base
        return ActorMention(text=self.sent.text[start:end], start=start, end=end, actor=actor)

    def _pronoun(self, token: Token) -> list[ActorMention]:
        memory = self._memory_at(token)
        if memory.unknown_subject:
            return []  # the latest person named is one the resolver cannot identify
        if token.lower_ in _SUBJECT_PRONOUNS and memory.salient:
            return [self._mention([token], memory.salient[0])]
        return [self._mention([token], memory.people[-1][1])] if memory.people else []

    def _pair(self, token: Token, np: list[Token]) -> list[ActorMention] | None:
        """ "Both sides", "the two countries", "the two leaders": the two states (IGOs, armed
        groups) or people named most recently in this sentence before the phrase or in the
        previous one, not the article's most prominent ("Both sides" after "India and Pakistan
        ... talks" is not Britain, whose minister the article quotes). Only when that window
        names fewer than two does the article's salience decide (see memory.py); no actor when
        it knows fewer than two."""
        lemma = token.lemma_.lower()
        if lemma not in _PAIR_PEOPLE | _PAIR_STATES:
            return None
        if not any(t.lower_ in _PAIR_WORDS for t in np):
            return None
        kind = "p" if lemma in _PAIR_PEOPLE else "s"
        memory = self._memory_at(token)
        found: list[Actor] = []
        # This sentence first, then the previous one; within a sentence, subjects and objects
        # before names in prepositional phrases ("brokered by Egypt") and places ("in
        # Islamabad"), then reading order.
        for sentence in reversed(memory.recent):
            ranked = sorted(enumerate(sentence), key=lambda item: (-item[1][2], item[0]))
            for _, (k, actor, weight) in ranked:
                # A person named only in a prepositional phrase ("a letter from Trump") is an
                # aside, not one of "the two leaders"; a state there still counts.
                if kind == "p" and weight < 1:
                    continue
                if k == kind and all(a.name != actor.name for a in found) \
                        and (kind == "p" or all(a.country != actor.country for a in found)):
                    found.append(actor)
        if len(found) < 2:
            # Fewer than two named so near: the article's two most salient, as a reader takes
            # "the two countries" after a one-state aside ("China protested the drill").
            found = memory.top_people() if kind == "p" else memory.top_states()
        if len(found) < 2:
            return []
        return [self._mention(np, a) for a in found[:2]]

    def _sector_of(self, token: Token) -> list[ActorMention]:
        """ "the defence ministers of the two countries", "the government of Gondor", "the
        ambassadors of Arnor and Gondor", "soldiers from Gondor", "lawmakers in Fornost": the
        states after the preposition, each with the sector (or the office holder, for a
        title), when the phrase itself names no country."""
        kb = self.article.kb
        term, sector = sector_at(kb, token)
        np = noun_phrase(token)
        if sector is None or self._country_cue([s for s in self.spans if s.start >= np[0].i
                                                and s.end <= np[-1].i + 1]):
            return []
        for prep in token.rights:
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) \
                if prep.lower_ in _STATE_PREPS else None
            if pobj is None:
                continue
            span = sorted(np + [t for t in prep.subtree if t.i > token.i], key=lambda t: t.i)
            pair = self._pair(pobj, noun_phrase(pobj))
            states = [m.actor for m in pair] if pair else self._states_at([pobj, *conjuncts(pobj)])
            out = []
            for state in states:
                role = kb.title_role(term, state.country)
                holder = self.article.office_holder(state.country or "", role) if role else None
                actor = holder.actor() if holder else Actor(
                    code=(state.country or "") + sector.cameo, name=f"{state.name} {term}",
                    country=state.country, sector=sector.cameo, actor_type=state.actor_type)
                out.append(self._mention(span, actor))
            return out
        return []

    def _states_at(self, tokens: list[Token]) -> list[Actor]:
        """The state, capital or organisation each token's knowledge-base name stands for."""
        found = []
        for token in tokens:
            span = next((s for s in self.spans if s.start <= token.i < s.end), None)
            cue = self._country_cue([span]) if span is not None else None
            if cue is not None:
                found.append(cue)
        return found

    def _several(self, token: Token) -> list[Actor]:
        """A dictionary name that stands for several actors at once (PETRARCH's
        "THE_SHIRE [FRO/BIL/SAM]"): one actor each."""
        span = next((s for s in self.spans if s.start <= token.i < s.end), None)
        if span is None:
            return []
        entries = [e for e in self.article.kb.lookup(span.label_) if e.kind == "org" and e.fold]
        codes = {e.code for e in entries}
        if len(codes) < 2 or len({e.source for e in entries}) != 1:
            return []
        return [e.actor() for e in entries]

    def _resolve(self, token: Token, np: list[Token]) -> Actor | None:
        introduced = self._introduced_at(token, np)
        if introduced is not None:
            return introduced
        ids = {t.i for t in np}
        spans = [s for s in self.spans if s.start in ids and s.end - 1 in ids]
        # A name that runs past the phrase the parser gave ("the Democratic Republic | of Congo")
        head_span = next((s for s in self.spans if s.start <= token.i < s.end), None)
        kb = self.article.kb
        foreign = False
        if head_span is not None:
            entries = kb.lookup(head_span.label_)
            memory = self._memory_at(token)
            if head_span.end - head_span.start == 1 and head_span.text in memory.surnames \
                    and any(e.kind == "person" for e in entries):
                return memory.surnames[head_span.text]  # the article's "Brown" beats the KB's
            person = self.article.person_actor(entries, span=head_span, memory=memory)
            # "Jordan's King Abdullah" is not the packaged Saudi king: another state named
            # beside the name rules a packaged person out (the name is then an unknown person).
            cue = self._country_cue([s for s in spans if s != head_span])
            foreign = foreign_name(entries, cue)
            org = self._org_cue([s for s in spans if s != head_span])
            if person and org is not None and person[1].sector in {"ELI", None} \
                    and org.sector not in {None, "GOV"}:
                # "ExxonMobil chief executive Rex Tillerson" in 2011: the company, not a
                # later office.
                return Actor(code=(org.country or "") + (org.sector or ""), name=person[1].name,
                             country=org.country, sector=org.sector, actor_type="person")
            if person and not foreign and person[1].sector == "ELI" and cue is not None \
                    and cue.country == person[1].country and not names_former_office(np):
                # "Hungarian Prime Minister Viktor Orban" in 2019: the article's title beats a
                # knowledge base whose record of him ends earlier.
                title = title_beside(kb, token, np, [s for s in spans if s != head_span])
                if title is not None and title[1]:
                    return Actor(code=(cue.country or "") + title[1], name=person[1].name,
                                 country=cue.country, sector=title[1], actor_type="person")
            if person and person[1].sector == "ELI" and cue is not None and cue.actor_type == "igo" \
                    and not names_former_office(np):
                # "EU Trade Commissioner Peter Mandelson": an official of the organisation now,
                # whatever the knowledge base knows of his national career.
                return Actor(code=cue.code, name=person[1].name, country=cue.country, actor_type="igo")
            if person and not foreign:
                return person[1]
            others = [e for e in entries if e.kind != "person"]
            if others:
                return self._with_title(non_person(others), others, token, np, spans)
        country = self._country_cue(spans)
        if country is not None and (country.country or "").startswith("IGO"):
            office = self._igo_office(token, country)
            if office is not None:
                return office
        term, sector = sector_at(kb, token)
        if sector is None and country is not None and token.lemma_.lower() in PERSON_NOUNS:
            return Actor(code=country.country or "", name=phrase_text(np), country=country.country,
                         actor_type="person")
        if sector is not None:
            if country is None:
                if sector.cameo == "GOV" and term.split()[-1] in _INSTITUTIONS \
                        and any(t.lower_ == "the" for t in np):
                    return self._government(token, term)
                return Actor(code=sector.cameo, name=term, sector=sector.cameo, actor_type="sector") \
                    if sector.cameo not in {"GOV", "LEG", "JUD", "MIL", "COP", "SPY"} else None
            role = kb.title_role(term, country.country)
            holder = self.article.office_holder(country.country or "", role) if role else None
            if holder is not None:
                return holder.actor()
            return Actor(code=(country.country or "") + sector.cameo, name=f"{country.name} {term}",
                         country=country.country, sector=sector.cameo, actor_type=country.actor_type)
        if token.pos_ == "PROPN":
            known = None if foreign else self.article.memory.surnames.get(token.text)
            if known is not None:
                return known
            # An unknown person with a nationality cue gets that country, and the sector of a
            # title beside the name ("Chinese businessman Li Wei"); without a cue, no guess.
            if country is not None and not names_place(token):
                title = title_beside(kb, token, np, [s for s in spans if not foreign or s != head_span])
                code = (country.country or "") + (title[1] if title else "")
                return Actor(code=code, name=title[0] if title else phrase_text(np), country=country.country,
                             sector=title[1] if title else None, actor_type="person")
        return None

    def _igo_office(self, token: Token, igo: Actor) -> Actor | None:
        """ "NATO Secretary-General", "the IAEA chief", "IMF managing director": the IGO's
        office holder on the date; the IGO itself (no sector) for another of its officials."""
        kb = self.article.kb
        for phrase in title_phrases(token):
            role = kb.title_role(phrase, igo.country)
            holder = self.article.office_holder(igo.country or "", role) if role else None
            if holder is not None:
                return holder.actor()
        term, sector = sector_at(kb, token)
        if sector is not None:
            return Actor(code=igo.code, name=f"{igo.name} {term}", country=igo.country,
                         actor_type="igo")
        return None

    def _org_cue(self, spans: list[Span]) -> Actor | None:
        """A company, party or other national organisation named beside a person."""
        for span in spans:
            entries = self.article.kb.lookup(span.label_)
            if entries and entries[0].kind == "org" and len(entries[0].country or "") == 3:
                return entries[0].actor()
        return None

    def _introduced_at(self, token: Token, np: list[Token]) -> Actor | None:
        """A person the article introduced, named again in full or in part ("Lim")."""
        known = self.article.memory.introduced
        # The head, the names before it, and a name in apposition ("UKIP's chairman Petrina
        # Holdsworth").
        for t in [token, *(t for t in np if t.pos_ == "PROPN" and t.i != token.i)]:
            if t.text in known:
                return known[t.text][1]
        return None

    def _government(self, token: Token, term: str) -> Actor | None:
        """ "The foreign ministry said": the government of the state the article is about so
        far (its most salient), as a definite description refers to the most salient referent
        that fits; none when the article has named no state."""
        top = self._memory_at(token).top_states(1)
        if not top:
            return None
        state = top[0]
        return Actor(code=(state.country or "") + "GOV", name=f"{state.name} {term}",
                     country=state.country, sector="GOV", actor_type="state")

    def _with_title(self, actor: Actor, entries: list[Entry], token: Token, np: list[Token],
                    spans: list[Span]) -> Actor:
        """A name a user file codes with a bare country ("ROMENDACIL [BRE]") takes the sector
        of a title before it ("Bree Prime Minister Romendacil" is BREGOV), as PETRARCH does."""
        if actor.sector or not actor.country or actor.code != actor.country \
                or any(e.kind in {"state", "metonym", "adjective"} for e in entries):
            return actor
        title = title_beside(self.article.kb, token, np, spans)
        if title is None:
            return actor
        return Actor(code=actor.code + title[1], name=actor.name, country=actor.country,
                     sector=title[1], actor_type=actor.actor_type)

    def _country_cue(self, spans: list[Span]) -> Actor | None:
        for span in spans:
            entries = self.article.kb.lookup(span.label_)
            if backed_by(span):
                continue
            if entries and entries[0].kind in {"state", "adjective", "metonym", "org"}:
                actor = non_person(entries)
                return Actor(code=actor.country or actor.code, name=actor.name, country=actor.country,
                             actor_type=actor.actor_type)
        return None
