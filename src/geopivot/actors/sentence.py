"""One sentence's actors: the phrase at a token resolved to the actors it names.

:class:`SentenceActors` answers the coder's "who is this?" for each token of a parsed sentence,
from the knowledge-base matches the article's resolver found there and what the article had named
before the token (pronouns, "the two countries", "the ministry"). Which person a name stands for on
the article's date is the article's choice (:mod:`geopivot.actors.resolve`).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from geopivot.actors.cues import PERSON_NOUNS, STATE_KINDS, one_body, singular
from geopivot.actors.kb import Entry
from geopivot.actors.memory import SUBJECT_PRONOUNS, Memory
from geopivot.actors.phrases import (backed_by, conjuncts, foreign_name, hyphen_joined, inside_a_name, inside_a_title,
                                     modifies_a_thing, names_former_office, names_place, non_person, noun_phrase,
                                     phrase_text, RELATIONAL_NOUNS, sector_at, state_named_before, title_beside,
                                     title_phrases)
from geopivot.models import Actor, ActorMention
from geopivot.nlp.sentences import is_headline

if TYPE_CHECKING:  # the article's resolver builds these; only its type is needed here
    from geopivot.actors.resolve import ArticleResolver

_DEFINITE = {"the", "their", "its", "our", "these", "those"}  # "the two leaders", "their two countries"
_PAIR_PEOPLE = {"leader", "president", "man", "head", "minister", "premier"}
_PAIR_STATES = {"country", "nation", "side", "government", "neighbour", "neighbor", "state", "capital",
                "administration"}
_PERSON_PRONOUNS = {"he", "him", "she", "her"}
_PERSON_POSSESSIVES = {"his", "her"}
_POSSESSIVES = _PERSON_POSSESSIVES | {"its"}
_PARTY_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "conj"}  # "the two" as a party, not a count
_COUNTRY_NOUNS = {"country", "nation"}
_STATE_PREPS = {"of", "from", "in"}
# Sectors of a state's own offices: one named with another state's name is that state's.
_STATE_OFFICES = {"GOV", "MIL", "COP", "SPY", "LEG", "JUD"}
# "government forces", "regime troops": a state's military, though the phrase names no state.
_GOVERNMENT_WORDS = {"government", "regime", "state"}
# "The ministry said": a government institution, definite, names the government of the state
# the article is about; "a ministry official" or "officials" alone is not guessed.
_INSTITUTIONS = {"ministry", "government", "cabinet", "administration"}
# State officials the article's state does not place (_articles_organ): as often another state's.
_NOT_GUESSED = {"official", "spokesman", "spokeswoman", "spokesperson", "diplomat", "envoy", "ambassador",
                "delegation", "delegate", "representative", "source", "counterpart"}


class SentenceActors:
    """The :class:`~geopivot.actors.ActorLookup` for one sentence."""

    def __init__(self, article: ArticleResolver, sent: Span, spans: list[Span], before: Memory) -> None:
        self.article = article
        self.sent = sent
        self.spans = spans
        self.before = before
        self._memos: dict[int, Memory] = {}

    @property
    def dateline(self) -> str | None:
        return self.article.dateline

    @property
    def article_state(self) -> str | None:
        state = self.before.leading_state()
        return state.country if state is not None else None

    def _memory_at(self, token: Token) -> Memory:
        """What the article had named before ``token``: a pronoun or "the two leaders" points
        back, never forward to a name later in its own sentence."""
        edge = token.left_edge.i
        memory = self._memos.get(edge)
        if memory is None:  # read-only for callers: the coder asks about many tokens per sentence
            memory = self.before.copy()
            self.article.observe([s for s in self.spans if s.end <= edge], memory, sentence=self.sent)
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
            actor = self._former_official(actor, named=self._span_at(token) is not None)
        return [self._mention(np, actor)] if actor else []

    def _joined_states(self, token: Token, np: list[Token], actor: Actor | None) -> list[ActorMention]:
        """ "U.S.-Peru military drills": a phrase whose country is one of two hyphen-joined states
        stands for both, each with the phrase's sector. Not for the names themselves."""
        if actor is None or not actor.country:
            return []
        if (actor.sector == "BUS" and token.tag_ in ("NN", "NNP")) or one_body(np):
            return []  # "the US-German firm", "Anglo-Dutch giant Unilever": one body of two nationalities
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

    def _former_official(self, actor: Actor, *, named: bool) -> Actor | None:
        """ "former South African president Nelson Mandela": a former office holder is an elite
        of their country (CAMEO ELI, as Phoenix codes ex-officials), not its government; a
        former UN or NATO head is an elite of their own country. Other sectors ("former
        rebels", a company's former chief) keep theirs. ``named``: the phrase names the person;
        an organisation's former office named by its title alone ("the World Bank's former
        president") is not who holds it now, and its holder's nationality is unknown."""
        if actor.sector not in {None, "GOV", "ELI", "MIL", "LEG", "JUD"} or actor.actor_type == "group":
            return actor
        country = actor.country or ""
        if len(country) != 3:
            if not named:
                return None
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
        if token.lower_ in SUBJECT_PRONOUNS and memory.salient:
            return [self._mention([token], memory.salient[0])]
        return [self._mention([token], memory.people[-1][1])] if memory.people else []

    def _pair(self, token: Token, np: list[Token]) -> list[ActorMention] | None:
        """ "Both sides", "the two countries", "the two leaders", "the two": the two states
        (IGOs, armed groups) or people named most recently in this sentence before the phrase
        or in the previous one, not the article's most prominent ("Both sides" after "India and
        Pakistan ... talks" is not Britain, whose minister the article quotes). Only when that
        window names fewer than two does the article's salience decide (see memory.py); "the two
        leaders" of two states when no two people are known; no actor when it knows fewer than
        two. "The two" alone is the two people if two were named so near, else the two states."""
        lemma = token.lemma_.lower()
        bare = lemma == "two" and token.dep_ in _PARTY_DEPS and any(
            c.lower_ == "the" for c in token.children) and not any(c.dep_ == "prep" for c in token.children)
        if not bare and lemma not in _PAIR_PEOPLE | _PAIR_STATES:
            return None
        if not bare and not any(t.lower_ == "both" for t in np) and not (
                any(t.lower_ == "two" for t in np) and any(t.lower_ in _DEFINITE for t in np)):
            return None  # "two men", indefinite, are two people not named before
        memory = self._memory_at(token)
        if bare:
            people = self._recent_pair(memory, "p")
            found = people if len(people) >= 2 else self._recent_pair(memory, "s")
            return [self._mention(np, a) for a in found[:2]] if len(found) >= 2 else []
        kind = "p" if lemma in _PAIR_PEOPLE else "s"
        found = self._recent_pair(memory, kind)
        if len(found) < 2:
            # Fewer than two named so near: the article's two most salient, as a reader takes
            # "the two countries" after a one-state aside ("China protested the drill").
            found = memory.top_people() if kind == "p" else memory.top_states()
        if len(found) < 2 and kind == "p":
            # "Chile hosted Peru's president ..., and the two leaders": the two states' leaders
            states = self._recent_pair(memory, "s")
            found = [Actor(code=(s.country or "") + "GOV", name=f"{s.name} leader", country=s.country,
                           sector="GOV", actor_type="state") for s in states if s.actor_type == "state"]
        if len(found) < 2:
            return []
        return [self._mention(np, a) for a in found[:2]]

    @staticmethod
    def _recent_pair(memory: Memory, kind: str) -> list[Actor]:
        """States ("s") or people ("p") named in this sentence before the token, then in the
        previous one; within a sentence, subjects and objects before names in prepositional
        phrases ("brokered by Egypt") and places ("in Islamabad"), then reading order."""
        found: list[Actor] = []
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
        return found

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
        if any(s.start == token.i and s.end > token.i + 1 for s in self.spans):
            return []  # a name that begins with the sector word: "the Bank of England"
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

    def _span_at(self, token: Token) -> Span | None:
        """The knowledge-base name the token is part of, if any."""
        return next((s for s in self.spans if s.start <= token.i < s.end), None)

    def _states_at(self, tokens: list[Token]) -> list[Actor]:
        """The state, capital or organisation each token's knowledge-base name stands for."""
        found = []
        for token in tokens:
            span = self._span_at(token)
            cue = self._country_cue([span]) if span is not None else None
            if cue is not None:
                found.append(cue)
        return found

    def _several(self, token: Token) -> list[Actor]:
        """A dictionary name that stands for several actors at once (PETRARCH's
        "THE_SHIRE [FRO/BIL/SAM]", "the two Koreas"): one actor each."""
        span = self._span_at(token)
        if span is None:
            return []
        return [e.actor() for e in self.article.kb.several(span.label_)]

    def _resolve(self, token: Token, np: list[Token]) -> Actor | None:
        introduced = self._introduced_at(token, np)
        if introduced is not None:
            return introduced
        ids = {t.i for t in np}
        spans = [s for s in self.spans if s.start in ids and s.end - 1 in ids]
        # A name that runs past the phrase the parser gave ("the Democratic Republic | of Congo")
        head_span = self._span_at(token)
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
                actor = self._with_title(non_person(others), others, token, np, spans)
                if cue is not None and cue.country and len(cue.country) == 3 and actor.country \
                        and cue.country != actor.country and actor.sector in _STATE_OFFICES \
                        and all(e.kind == "org" for e in others):
                    # "the German Foreign Office": another state's office of the same kind
                    return Actor(code=cue.country + actor.sector, name=f"{cue.name} {head_span.text}",
                                 country=cue.country, sector=actor.sector, actor_type=cue.actor_type)
                return actor
        country = self._country_cue(spans)
        if country is not None and (country.country or "").startswith("IGO"):
            office = self._igo_office(token, country)
            if office is not None:
                return office
        term, sector = sector_at(kb, token)
        if sector is not None and (inside_a_name(token) or inside_a_title(token) or modifies_a_thing(kb, token)):
            return None
        if country is None and (sector is not None or token.lemma_.lower() in _COUNTRY_NOUNS):
            country = self._possessor_state(np)  # "his government", "her country"
            if country is not None and sector is None:
                return country
        if sector is None and country is not None and token.lemma_.lower() in PERSON_NOUNS:
            return Actor(code=country.country or "", name=phrase_text(np), country=country.country,
                         actor_type="person")
        if sector is not None:
            if country is None:
                if sector.cameo == "GOV" and term.split()[-1] in _INSTITUTIONS \
                        and any(t.lower_ == "the" for t in np):
                    return self._government(token, term)
                if sector.cameo in _STATE_OFFICES:
                    organ = self._articles_organ(token, np, term, sector.cameo)
                    # Police, or forces called the government's, that the article does not place
                    # are a group the sentence may place ("government troops in southern Sudan",
                    # events.roles) or the people it faces (events.sides.policing), else no side
                    # at all (events.drafts.UNPLACED_SECTORS); other organs are not guessed.
                    if organ is not None or not (sector.cameo == "COP" or (
                            sector.cameo == "MIL" and any(t.lower_ in _GOVERNMENT_WORDS for t in np))):
                        return organ
                return Actor(code=sector.cameo, name=term, sector=sector.cameo, actor_type="sector")
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

    def _possessor_state(self, np: list[Token]) -> Actor | None:
        """ "Ollanta Humala said his government would ...": "his" or "her" before a state's
        institution or "country" is the person named last before it, and the phrase names their
        state; with no person named, the state the article is about so far ("Peru's president
        said his government"). "its" is the state named last before it in the sentence ("Russia
        said its troops"), and nothing when that name is a company's or a party's, whose staff
        "its" as often owns; "their" is left alone."""
        pronoun = next((t for t in np if t.dep_ == "poss" and t.lower_ in _POSSESSIVES), None)
        if pronoun is None or pronoun.head.lemma_.lower() in RELATIONAL_NOUNS:
            return None  # "its counterparts", "his counterpart" are another state's
        if pronoun.lower_ == "its":
            if any(t.pos_ == "ADJ" and t.text[:1].isupper() for t in np):
                return None  # "its English counterparts" name their own
            return state_named_before(self.article.kb, self.spans, pronoun)
        memory = self._memory_at(pronoun)
        if memory.people:
            country = memory.people[-1][1].country or ""
            return self.article.kb.state(country) if len(country) == 3 else None
        top = memory.top_states(1)
        return top[0] if top else None

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
        """A person the article introduced, named again in full or in part ("Lim"), or an
        abbreviation it gave a known organisation ("GM" after "General Motors (GM)")."""
        if token.text in self.article.memory.abbreviations:
            return self.article.memory.abbreviations[token.text]
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

    def _articles_organ(self, token: Token, np: list[Token], term: str, sector: str) -> Actor | None:
        """ "The prime minister", "ministers", "police", "MPs" with no state named in the phrase:
        the office holder or organ of the state the article was about before this sentence, when
        one clearly leads it (Memory.leading_state) and the sentence names no other state, as a
        reader of a British story takes "the home secretary" as Britain's. Only a definite
        singular or a bare or definite plural; troops, officials, envoys and spokesmen are as
        often another state's, and are not guessed (a British story tells of troops in Iraq and
        of Iraqi troops alike). A title the leading state has no holder of ("the president" in
        Britain) names nobody."""
        # "MPs" is often tagged a singular proper noun
        plural = token.tag_ in ("NNS", "NNPS") or (token.pos_ == "PROPN"
                                                   and singular(token.lower_) != token.lower_)
        determiners = [t.lower_ for t in np if t.dep_ == "det"]
        # a headline drops the article ("Ghana opposition accuses government"), not in "police fire tear gas"
        definite = determiners == ["the"] or (not plural and not determiners and token.dep_ != "compound"
                                              and is_headline(token.sent))
        if sector == "MIL" or token.lemma_.lower() in _NOT_GUESSED or determiners not in ([], ["the"]) \
                or (not plural and not definite):
            return None
        # The article's sentences before this one first; failing them (a sentence read alone, an
        # article's first), the one state this sentence named before the organ ("The Tories
        # criticised ministers").
        state = self.before.leading_state()
        if state is None and not self.before.top_states(1):
            named = self._memory_at(token).top_states(2)
            state = named[0] if len(named) == 1 else None
        if state is None or not state.country or self._other_states(state.country):
            return None
        if plural and self.article.kb.names_an_office(singular(term), state.country):
            return None  # "chancellors have resigned": an office's holders over time, not its holder
        role = self.article.kb.title_role(term, state.country)
        if role:
            holder = self.article.office_holder(state.country, role)
            return holder.actor() if holder is not None else None
        return Actor(code=state.country + sector, name=f"{state.name} {term}", country=state.country,
                     sector=sector, actor_type="state")

    def _other_states(self, country: str) -> bool:
        """Whether the sentence names a state other than ``country`` (its name, capital or
        nationality): its police or courts may then be that state's ("Police detained two
        Jamaican singers")."""
        kb = self.article.kb
        return any(e.kind in STATE_KINDS and e.country and len(e.country) == 3
                   and e.country != country for span in self.spans for e in kb.lookup(span.label_))

    def _with_title(self, actor: Actor, entries: list[Entry], token: Token, np: list[Token],
                    spans: list[Span]) -> Actor:
        """A name a user file codes with a bare country ("ROMENDACIL [BRE]") takes the sector
        of a title before it ("Bree Prime Minister Romendacil" is BREGOV), as PETRARCH does."""
        if actor.sector or not actor.country or actor.code != actor.country \
                or any(e.kind in STATE_KINDS for e in entries):
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
