"""Resolve an article's actors at its date, sentence by sentence, remembering earlier mentions.

One :class:`ActorMatcher` is built per process (it holds the phrase matchers); one
:class:`ArticleResolver` per article (it holds what the article has mentioned so far, so that
"Moon" after "Moon Jae-in", "the two leaders" and "he" can be resolved). It finds a sentence's
knowledge-base names and chooses which person a name stands for on the date; the phrase at a token
is resolved by the sentence's :class:`~geopivot.actors.sentence.SentenceActors`.
"""
from __future__ import annotations

import bisect
import datetime as dt

from spacy.attrs import ORTH
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span

from geopivot.actors.cues import (HONORIFICS, INTRODUCED, STATE_KINDS, Introduction, introductions,
                                  mention_weight)
from geopivot.actors.kb import ROLE_PRIORITY, Entry
from geopivot.actors.matcher import ActorMatcher
from geopivot.actors.memory import SUBJECT_PRONOUNS, Memory
from geopivot.actors.phrases import entry_kinds
from geopivot.actors.sentence import SentenceActors
from geopivot.actors.surnames import TOP_ROLES
from geopivot.models import Actor
from geopivot.nlp.sentences import is_headline

_QUOTES = frozenset({'"', "\u201c", "\u201d"})

UNKNOWN = "unknown:"
_NAME_HONORIFICS = {"Mr", "Mrs", "Ms", "Dr", "Lord", "Sir", "Baroness", "Lady", "Dame"}
_HONORIFIC_IDS = frozenset(get_string_id(word) for word in _NAME_HONORIFICS)  # as Doc.to_array reads words
# "Latin America", "South American": a region of several states, not the United States.
_AMERICA_IDS = frozenset(get_string_id(word) for word in ("America", "American", "Americans"))
_REGION_IDS = frozenset(get_string_id(word) for word in ("Latin", "South", "Central", "North"))
# "the Iraq war", "the Iran-Iraq war": a state before "war" names the war, not a side or a place;
# "US war planes" are the state's.
_HYPHEN_ID = get_string_id("-")
_WAR_IDS = frozenset(get_string_id(word) for word in ("war", "War", "wars", "Wars"))
_WAR_KIT_IDS = frozenset(get_string_id(word) for word in (
    "plane", "planes", "ship", "ships", "jet", "jets", "vessel", "vessels", "crime", "crimes", "criminal",
    "criminals", "veteran", "veterans", "cabinet", "minister", "ministry", "office", "council"))


# Words of kinship before a bare name make it a private person's ("his wife Sharon").
_KIN = frozenset({"wife", "husband", "son", "daughter", "mother", "father", "brother", "sister", "widow",
                  "widower", "partner", "girlfriend", "boyfriend", "fiancee", "fiance", "uncle", "aunt",
                  "cousin", "nephew", "niece", "grandson", "granddaughter"})
# The two Koreas' news names each one's leaders by bare family name ("Lee vows retaliation
# against N. Korea"): an article naming either Korea supports the surnames of both.
PENINSULA = frozenset({"KOR", "PRK"})


class Matches(list):
    """Knowledge-base matches of one sentence, with the unidentified "Mr X" names beside them."""

    unknown: list[Span]

    def __init__(self, spans: list[Span]) -> None:
        super().__init__(spans)
        self.unknown = []


class ArticleResolver:
    """Resolves actors in one article, sentence by sentence, in reading order."""

    def __init__(self, matcher: ActorMatcher, *, date: dt.date | None,
                 countries: frozenset[str] = frozenset(), people_countries: frozenset[str] = frozenset()) -> None:
        self.countries = countries  # every country the article names, anywhere in it
        self.people_countries = people_countries  # those of the people it names in full (countries_of_people)
        self.dateline: str | None = None  # the state of its wire dateline (the engine sets it)
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
        found = [s for s in self._spans[lo:hi] if s.end <= sent.end and not self._titled_place(s)
                 and not self._names_a_war(s) and not self._a_region_of_america(s)]
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

    def _a_region_of_america(self, span: Span) -> bool:
        """ "Latin America", "South American": "America" after a region's word is no state."""
        orths = self._orths
        return span.end - span.start == 1 and orths[span.start] in _AMERICA_IDS and span.start > 0 \
            and orths[span.start - 1] in _REGION_IDS

    def _names_a_war(self, span: Span) -> bool:
        """ "the Iraq war", "the Korean War": a state's name before "war" names the war (unless
        "war" names the state's own kit or office: "US war planes", "the Iraqi war cabinet")."""
        orths, end = self._orths, span.end
        if end + 2 < len(orths) and orths[end] == _HYPHEN_ID:
            end += 2  # "the Iran-Iraq war": both names
        if end >= len(orths) or orths[end] not in _WAR_IDS:
            return False
        if end + 1 < len(orths) and orths[end + 1] in _WAR_KIT_IDS:
            return False
        return any(e.kind in STATE_KINDS for e in self.kb.lookup(span.label_))

    def _titled_place(self, span: Span) -> bool:
        """ "Mr Lagos", "Mrs Georgia": after an honorific a place's name is a person's."""
        return span.start > 0 and self._orths[span.start - 1] in _HONORIFIC_IDS \
            and not any(e.kind == "person" for e in self.kb.lookup(span.label_))

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
        self.observe(spans, sentence=sent)
        return SentenceActors(self, sent, spans, before)

    def observe(self, spans: list[Span], memory: Memory | None = None, *, sentence: Span | None = None) -> None:
        """Remember the people, states and governments ``spans`` name, and the unknown people a
        nationality and a title introduce; ``sentence``, where given, is the sentence they stand
        in (see :func:`_continues`). Only tokens are read, never the parse, so that the memory
        is the same whichever sentences were parsed."""
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
            abbreviation = _abbreviation_after(span)
            if abbreviation and entries and all(e.kind == "org" for e in entries) \
                    and len({e.actor().code for e in entries}) == 1 and not kb.lookup(abbreviation):
                memory.abbreviations[abbreviation] = entries[0].actor()
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
            elif entries and entries[0].kind in STATE_KINDS:
                country = entries[0].country or ""
                state = kb.state(country) if len(country) == 3 else Actor(
                    code=country, name=entries[0].name, country=country or None, actor_type="state")
                weight = mention_weight(kb, span, entries[0].kind)
                memory.remember_state(state, weight=weight)
                recent.append(("s", state, weight))  # a place ("in Islamabad") still names its state
            elif entries and entries[0].kind == "org" and entries[0].sector not in {"BUS", "MED"} \
                    and entries[0].country:
                # An IGO or an armed group can be a "side"; "in Brussels" is a place.
                weight = mention_weight(kb, span, "metonym")
                recent.append(("s", entries[0].actor(), weight))
                # A national party or body counts for its state, as a person does ("The
                # Conservatives accused the government"; an IGO counts for none). Firms and
                # papers do not: they report on every government.
                memory.count_state(kb.state(entries[0].country), weight)
        memory.recent = [*memory.recent, recent][-2:]
        if memory.salient and sentence is not None and _continues(sentence):
            # "He accused Gordon Brown of ...": the sentence goes on about the person "He" stands
            # for, who stays first for the next "he", before the people it names.
            named = [memory.salient[0], *(a for a in named if a != memory.salient[0])]
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
            # Only a choice among several needs the title (a lookup for every name otherwise).
            titled = self._title_role(span) if span is not None and len(current) > 1 else None
            # "Defence Minister Kang" is the defence minister called Kang, whoever else the
            # article names. Otherwise "Mr Howard" in 2005 beside "London" or "Tory" is the
            # British opposition leader, not Australia's prime minister: the article's person
            # first, then one of a country the article names, then the higher office.
            # With no country named, the people it names in full place it ("Mr Howard" beside
            # "Tony Blair").
            best = max(current, key=lambda e: (titled is not None and e.role == titled, e.person_id in recent,
                                               e.country in self.countries, e.country in self.people_countries,
                                               ROLE_PRIORITY.get(e.role or "", 0)))
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

    def _title_role(self, span: Span) -> str | None:
        """The office a title just before ``span`` names ("Defence Minister Kang", "FM Kang",
        "Pres. Lee"), two words first, or None."""
        doc = span.doc
        for width in (2, 1):
            words = [t.text.rstrip(".") for t in doc[max(0, span.start - width):span.start]]
            if len(words) < width or not all(w.isalpha() for w in words):
                continue
            role = self.kb.title_role(" ".join(words).lower(), None)
            if role is not None:
                return role
        return None

    def _plausible(self, entry: Entry, span: Span | None, memory: Memory) -> bool:
        """A bare surname names a known person only with support: a title before it
        ("President Moon"), or the article has named the person or their country (either Korea for
        the leaders of both: PENINSULA), or it is a
        well-known office holder's distinctive surname (see surnames.py). A different given
        name before it ("Michael Howard" is not John Howard) rules the person out."""
        if " " in entry.surface or entry.fold or span is None:
            return True
        if span.start > 0 and span.doc[span.start - 1].lower_ in _KIN:
            return False  # "his wife Sharon": a relative, whoever shares the name
        if self.matcher.bare.safe(entry, span, self.date):
            return True
        if self._paired(entry, span):
            return True
        before = span.doc[span.start - 1] if span.start > 0 else None
        if before is not None and before.is_title and before.pos_ in ("PROPN", "X", ""):
            word = before.lower_.rstrip(".")
            if word in HONORIFICS or self.kb.sector_of(word):
                return True
            if not before.is_sent_start or before.pos_ == "PROPN":
                return False
        named = self.countries | {s.country for s in memory.states}
        return (entry.country in named or any(p[0].person_id == entry.person_id for p in memory.people)
                or (entry.country in PENINSULA and bool(named & PENINSULA)))

    def _paired(self, entry: Entry, span: Span) -> bool:
        """ "Singh, Gilani hold talks", "Bush welcomes Hu": in a headline, a bare surname names a
        top office holder when another name in it names one of a different country in office at
        the same time, on the date if there is one. Either name alone may be too common to take;
        together they date and place each other. Not in prose, where "Kim and Lee" are as often
        two ordinary people."""
        if entry.role not in TOP_ROLES or not entry.country:
            return False
        # A lone sentence read from tokens alone (the event model's training and evaluation
        # candidates) has no sentence boundaries: the whole text is its sentence.
        sent = span.sent if span.doc.has_annotation("SENT_START") else span.doc[:]
        if not is_headline(sent):
            return False
        for token in sent:  # the other names, looked up as they are written
            if span.start <= token.i < span.end or not token.is_title:
                continue
            for other in self.kb.lookup(token.text):
                if other.kind == "person" and other.role in TOP_ROLES and other.country \
                        and other.country != entry.country and _overlap(entry, other) \
                        and (self.date is None or (entry.valid_on(self.date) and other.valid_on(self.date))):
                    return True
        return False

    def countries_named(self, spans: list[Span]) -> frozenset[str]:
        """Countries named by states, capitals, demonyms and organisations among ``spans``."""
        return frozenset(e.country for span in spans for e in self.kb.lookup(span.label_)
                         if e.kind != "person" and e.country)

    def note_countries(self, spans: list[Span]) -> None:
        """Read, from the article's knowledge-base matches, the countries it names and those of
        the people it names in full, which choose among namesakes (person_actor)."""
        self.countries = self.countries_named(spans)
        self.people_countries = self.countries_of_people(spans)

    def countries_of_people(self, spans: list[Span]) -> frozenset[str]:
        """Countries of the people named among ``spans`` by a full name that is one person's
        only ("Tony Blair"; not a bare surname, which is what they help to choose)."""
        found = set()
        for span in spans:
            entries = self.kb.lookup(span.label_)
            if entries and all(e.kind == "person" and " " in e.surface for e in entries) \
                    and len({e.country for e in entries}) == 1:
                found.add(entries[0].country)
        return frozenset(c for c in found if c)

    def office_holder(self, country: str, role: str) -> Entry | None:
        return self.kb.office_holder(country, role, self.date)


def _overlap(a: Entry, b: Entry) -> bool:
    """The two spells in office share a day (an open end is still in office)."""
    return (a.start or dt.date.min) <= (b.end or dt.date.max) and (b.start or dt.date.min) <= (a.end or dt.date.max)


def _abbreviation_after(span: Span) -> str | None:
    """ "General Motors (GM)": the abbreviation a name gives itself in brackets, in capitals."""
    doc, end = span.doc, span.end
    if end + 2 >= len(doc) or doc[end].text != "(" or doc[end + 2].text != ")":
        return None
    word = doc[end + 1].text
    return word if 2 <= len(word) <= 6 and word.isalpha() and word.isupper() else None


def _continues(sentence: Span) -> bool:
    """The sentence opens with a subject pronoun, outside any quotation ("He also said ..."), so
    its subject is the person the last sentence was about (centering's "continue")."""
    doc, start = sentence.doc, sentence.start
    while start < sentence.end and doc[start].is_space:
        start += 1
    # Most sentences stop here: the first word is read alone, the quotation marks only after.
    if start == sentence.end or doc[start].lower_ not in SUBJECT_PRONOUNS:
        return False
    # The splitter leaves a quotation's opening mark at the end of the sentence before it
    # ('... the Budget. "' + 'He is wrong," Brown replied.'): an odd count of marks, not counting
    # one that ends the sentence (the next quotation's), puts the pronoun inside a quotation.
    words = [t for t in doc[start:sentence.end] if not t.is_space]
    marks = [t for t in words[:-1] if t.text in _QUOTES]
    return len(marks) % 2 == 0 and not (marks and marks[0].text == "\u201d")
