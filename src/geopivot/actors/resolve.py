"""Resolve noun phrases to actors at the article's date, remembering earlier mentions.

One :class:`ActorMatcher` is built per process (it holds the phrase matchers); one
:class:`ArticleResolver` per article (it holds what the article has mentioned so far, so that
"Moon" after "Moon Jae-in", "the two leaders" and "he" can be resolved).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from geopivot.actors.kb import ROLE_PRIORITY, ActorKB, Entry
from geopivot.models import Actor, ActorMention

# Titles that name an office, so "the Chinese president" is that day's office holder.
_TITLE_ROLES = {
    "president": "head_of_state", "leader": "head_of_state", "king": "head_of_state",
    "prime minister": "head_of_government", "premier": "head_of_government",
    "chancellor": "head_of_government",
    "foreign minister": "foreign_minister", "secretary of state": "foreign_minister",
    "defence minister": "defence_minister", "defense minister": "defence_minister",
    "defense secretary": "defence_minister", "secretary-general": "un_secretary_general",
}
_PAIR_WORDS = {"two", "both"}
_PAIR_PEOPLE = {"leader", "president", "man", "head"}
_PAIR_STATES = {"country", "nation", "side", "government", "neighbour", "neighbor", "state", "capital"}
_PERSON_PRONOUNS = {"he", "him", "she", "her"}
_HONORIFICS = {"mr", "mrs", "ms", "dr", "sir", "dame", "lord", "lady", "general", "gen", "admiral",
               "marshal", "premier", "president", "chancellor", "king", "queen", "prince", "sheikh",
               "emir", "ayatollah", "comrade", "chairman", "secretary", "minister", "senator"}


class ActorMatcher:
    """Phrase matchers over the knowledge base's surfaces; build once per process."""

    def __init__(self, nlp: Language, kb: ActorKB) -> None:
        self.kb = kb
        self._exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self._folded = PhraseMatcher(nlp.vocab, attr="LOWER")
        surfaces = list(kb.surfaces())
        for surface, doc in zip(surfaces, nlp.tokenizer.pipe(surfaces)):
            self._exact.add(surface, [doc])
        folded = list(kb.folded_surfaces())
        for surface, doc in zip(folded, nlp.tokenizer.pipe(folded)):
            self._folded.add(surface, [doc])

    def spans(self, doc: Doc) -> list[Span]:
        """Longest non-overlapping knowledge-base matches, each labelled with its surface."""
        found = [Span(doc, s, e, label=m) for m, s, e in self._exact(doc)]
        if len(self._folded):
            found += [Span(doc, s, e, label=m) for m, s, e in self._folded(doc)]
        return filter_spans(found)


@dataclass(slots=True)
class _Memory:
    """What an article has named so far, most recent last."""

    people: list[tuple[Entry, Actor]] = field(default_factory=list)
    states: list[Actor] = field(default_factory=list)
    surnames: dict[str, Actor] = field(default_factory=dict)

    def remember_person(self, entry: Entry, actor: Actor) -> None:
        self.people = [p for p in self.people if p[1].name != actor.name] + [(entry, actor)]
        self.surnames[actor.name.split()[-1]] = actor
        self.surnames[actor.name.split()[0]] = actor

    def remember_state(self, actor: Actor) -> None:
        key = actor.country
        self.states = [s for s in self.states if s.country != key] + [actor]


class ArticleResolver:
    """Resolves actors in one article, sentence by sentence, in reading order."""

    def __init__(self, matcher: ActorMatcher, *, date: dt.date | None,
                 countries: frozenset[str] = frozenset()) -> None:
        self.countries = countries  # every country the article names, anywhere in it
        self.kb = matcher.kb
        self.matcher = matcher
        self.date = date
        self.memory = _Memory()
        self._doc: Doc | None = None
        self._spans: list[Span] = []

    def matches(self, sent: Span) -> list[Span]:
        """Knowledge-base matches inside ``sent`` (the matcher runs once per doc)."""
        if sent.doc is not self._doc:
            self._doc = sent.doc
            self._spans = self.matcher.spans(sent.doc)
        return [s for s in self._spans if s.start >= sent.start and s.end <= sent.end]

    def sentence(self, sent: Span, matches: list[Span] | None = None) -> SentenceActors:
        """The actor lookup for a parsed sentence; its names join the article's memory."""
        spans = self.matches(sent) if matches is None else matches
        before = _Memory(list(self.memory.people), list(self.memory.states), dict(self.memory.surnames))
        self.observe(spans)
        return SentenceActors(self, sent, spans, before)

    def observe(self, spans: list[Span], memory: _Memory | None = None) -> None:
        """Remember the people and states named by ``spans`` (also for unparsed sentences)."""
        memory = memory or self.memory
        for span in spans:
            entries = self.kb.lookup(span.label_)
            person = self.person_actor(entries, span=span, memory=memory)
            if person:
                memory.remember_person(*person)
            elif entries and entries[0].kind in {"state", "metonym", "adjective"}:
                memory.remember_state(Actor(code=entries[0].country or "", name=entries[0].name,
                                            country=entries[0].country, actor_type="state"))

    # -- choosing among entries -------------------------------------------------------------
    def person_actor(self, entries: list[Entry], *, span: Span | None = None,
                     memory: _Memory | None = None) -> tuple[Entry, Actor] | None:
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
        latest = max(people, key=lambda e: e.end or e.start or dt.date.min)
        if " " not in latest.surface and latest.person_id not in {p[0].person_id for p in memory.people}:
            return None
        code = (latest.country or "") + ("ELI" if latest.country and len(latest.country) == 3 else "")
        return latest, Actor(code=code, name=latest.name, country=latest.country,
                             sector="ELI" if code.endswith("ELI") else None, actor_type="person")

    def _plausible(self, entry: Entry, span: Span | None, memory: _Memory) -> bool:
        """A bare surname names a known person only with support: a title before it
        ("President Moon"), or the article has named the person or their country. A different
        given name before it ("Michael Howard" is not John Howard) rules the person out."""
        if " " in entry.surface or entry.fold or span is None:
            return True
        before = span.doc[span.start - 1] if span.start > 0 else None
        if before is not None and before.is_title and before.pos_ in ("PROPN", "X", ""):
            word = before.lower_.rstrip(".")
            if word in _HONORIFICS or self.kb.sector_of(word):
                return True
            if not before.is_sent_start or before.pos_ == "PROPN":
                return False
        return (entry.country in self.countries or entry.country in {s.country for s in memory.states}
                or entry.person_id in {p[0].person_id for p in memory.people})

    def countries_named(self, spans: list[Span]) -> frozenset[str]:
        """Countries named by states, capitals, demonyms and organisations among ``spans``."""
        return frozenset(e.country for span in spans for e in self.kb.lookup(span.label_)
                         if e.kind != "person" and e.country)

    def office_holder_name(self, country: str, role: str) -> str | None:
        holder = self.kb.office_holder(country, role, self.date)
        return holder.name if holder else None


class SentenceActors:
    """The :class:`~geopivot.actors.ActorLookup` for one sentence."""

    def __init__(self, article: ArticleResolver, sent: Span, spans: list[Span], before: _Memory) -> None:
        self.article = article
        self.sent = sent
        self.spans = spans
        self.before = before

    def _memory_at(self, token: Token) -> _Memory:
        """What the article had named before ``token``: a pronoun or "the two leaders" points
        back, never forward to a name later in its own sentence."""
        memory = _Memory(list(self.before.people), list(self.before.states), dict(self.before.surnames))
        self.article.observe([s for s in self.spans if s.end <= token.left_edge.i], memory)
        return memory

    def mentions_at(self, token: Token) -> list[ActorMention]:
        if token.lower_ in _PERSON_PRONOUNS and token.pos_ == "PRON":
            return self._pronoun(token)
        np = _noun_phrase(token)
        pair = self._pair(token, np)
        if pair is not None:
            return pair
        pair = self._sector_of_pair(token)
        if pair:
            return pair
        actor = self._resolve(token, np)
        return [self._mention(np, actor)] if actor else []

    # -- the pieces -------------------------------------------------------------------------
    def _mention(self, tokens: list[Token], actor: Actor) -> ActorMention:
        base = self.sent.start_char
        start, end = tokens[0].idx - base, tokens[-1].idx + len(tokens[-1]) - base
        return ActorMention(text=self.sent.text[start:end], start=start, end=end, actor=actor)

    def _pronoun(self, token: Token) -> list[ActorMention]:
        people = self._memory_at(token).people
        return [self._mention([token], people[-1][1])] if people else []

    def _pair(self, token: Token, np: list[Token]) -> list[ActorMention] | None:
        if token.lemma_.lower() not in _PAIR_PEOPLE | _PAIR_STATES:
            return None
        if not any(t.lower_ in _PAIR_WORDS for t in np):
            return None
        memory = self._memory_at(token)
        if token.lemma_.lower() in _PAIR_PEOPLE:
            actors = [a for _, a in memory.people[-2:]]
        else:
            actors = memory.states[-2:]
        if len(actors) < 2:
            return []
        return [self._mention(np, a) for a in actors]

    def _sector_of_pair(self, token: Token) -> list[ActorMention]:
        """ "the defence ministers of the two countries": the pair's states, with the sector."""
        _, sector = _sector(self.article.kb, token)
        if sector is None:
            return []
        for prep in token.rights:
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep.lower_ == "of" else None
            if pobj is None:
                continue
            states = self._pair(pobj, _noun_phrase(pobj)) or []
            span = _noun_phrase(token) + [t for t in prep.subtree]
            return [self._mention(sorted(span, key=lambda t: t.i),
                                  Actor(code=(m.actor.country or "") + sector.cameo, name=m.actor.name,
                                        country=m.actor.country, sector=sector.cameo,
                                        actor_type=m.actor.actor_type)) for m in states]
        return []

    def _resolve(self, token: Token, np: list[Token]) -> Actor | None:
        ids = {t.i for t in np}
        spans = [s for s in self.spans if s.start in ids and s.end - 1 in ids]
        head_span = next((s for s in spans if s.start <= token.i < s.end), None)
        kb = self.article.kb
        if head_span is not None:
            entries = kb.lookup(head_span.label_)
            person = self.article.person_actor(entries, span=head_span, memory=self._memory_at(token))
            if person:
                return person[1]
            others = [e for e in entries if e.kind != "person"]
            if others:
                return _non_person(others)
        country = self._country_cue(spans)
        term, sector = _sector(kb, token)
        if sector is not None:
            if country is None:
                return Actor(code=sector.cameo, name=term, sector=sector.cameo, actor_type="sector") \
                    if sector.cameo not in {"GOV", "LEG", "JUD", "MIL", "COP", "SPY"} else None
            role = _TITLE_ROLES.get(term)
            name = (self.article.office_holder_name(country.country or "", role) if role else None)
            return Actor(code=(country.country or "") + sector.cameo, name=name or f"{country.name} {term}",
                         country=country.country, sector=sector.cameo,
                         actor_type="person" if name else country.actor_type)
        if token.pos_ == "PROPN":
            known = self.article.memory.surnames.get(token.text)
            if known is not None:
                return known
            # An unknown person with a nationality cue gets that country; without one, no guess.
            if country is not None and not _names_place(token):
                return Actor(code=country.country or "", name=_text(np), country=country.country,
                             actor_type="person")
        return None

    def _country_cue(self, spans: list[Span]) -> Actor | None:
        for span in spans:
            entries = self.article.kb.lookup(span.label_)
            if entries and entries[0].kind in {"state", "adjective", "metonym", "org"}:
                actor = _non_person(entries)
                return Actor(code=actor.country or actor.code, name=actor.name, country=actor.country,
                             actor_type=actor.actor_type)
        return None


def _non_person(entries: list[Entry]) -> Actor:
    ranked = sorted(entries, key=lambda e: ("state", "metonym", "org", "adjective").index(e.kind)
                    if e.kind in ("state", "metonym", "org", "adjective") else 9)
    return ranked[0].actor()


def _sector(kb: ActorKB, token: Token) -> tuple[str, object] | tuple[str, None]:
    """The longest sector term ending at the head: "foreign minister" before "minister"."""
    lemma = token.lemma_.lower()
    left = [t for t in token.lefts if t.dep_ in {"compound", "amod"} and t.i == token.i - 1]
    if left:
        phrase = f"{left[0].lower_} {lemma}"
        found = kb.sector_of(phrase)
        if found:
            return phrase, found
    found = kb.sector_of(lemma) or kb.sector_of(token.lower_)
    return lemma, found


def _noun_phrase(token: Token) -> list[Token]:
    """The head with its contiguous left modifiers and any apposition ("Kang, Seoul's envoy")."""
    doc = token.doc
    subtree = {t.i for t in token.subtree}
    start = token.i
    while start - 1 in subtree:
        start -= 1
    end = token.i + 1
    for child in token.rights:
        if child.dep_ == "appos":
            end = max(end, child.right_edge.i + 1)
    return [t for t in doc[start:end] if t.i in subtree]


def _names_place(token: Token) -> bool:
    return token.ent_type_ in {"GPE", "LOC", "ORG", "FAC", "NORP"}


def _text(tokens: list[Token]) -> str:
    return " ".join(t.text for t in tokens if t.dep_ not in {"det", "case"})
