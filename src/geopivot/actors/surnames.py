"""Bare surnames of well-known office holders ("Putin said", "Erdogan accused").

A bare surname normally needs support in the article (a title, the full name, the person's
country). A single news sentence often has none, yet "Putin" there is Vladimir Putin. This
module decides when a bare surname is safe to take for a packaged person without support:

- the person held a top office (head of state or government, foreign or defence minister, UN
  secretary-general): on the article's date, in the ``GRACE_AFTER`` after leaving it (news
  still names a leader who just left), or from ``GRACE_BEFORE`` before taking it (the
  president-elect); undated, at any time;
- the surname names no one else in the knowledge base: it is no state or organisation, no part
  of another packaged person's name ("Salman" is in "Mohammed bin Salman", "Abdullah" in
  "Abdullah Gul"), and a second packaged person who has it also held a top office, at other
  times: the date then tells them apart (Junichiro Koizumi in 2006, Shinjiro in 2026; Bill
  Clinton in 1998, Hillary in 2010), and undated it names neither;
- it is not on the reviewed list ``data/actors/surnames.tsv``: common family names ("Kim",
  "Hu", "Johnson"), given names ("Howard", "Martin") are never bare; English words ("Moon",
  "May", "Bush") only in mid-sentence, where a capital marks a name, and not after a determiner
  ("the Moon");
- the words beside it do not make it part of a longer name: no capitalised word before it that
  is not a title ("Hunter Biden", "Michael Howard"), none after it ("Sharon Stone").

Everything is read from tokens, never the parse, so that the article memory is the same
whichever sentences were parsed (the fast path parses only candidate sentences).
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from spacy.tokens import Span

from geopivot.actors.cues import HONORIFICS, title_word
from geopivot.actors.kb import ActorKB, Entry
from geopivot.datafiles import packaged, read_table
from geopivot.errors import DataFileError

TOP_ROLES = frozenset({"head_of_state", "head_of_government", "foreign_minister",
                       "defence_minister", "un_secretary_general"})
GRACE_AFTER = dt.timedelta(days=3 * 365)
GRACE_BEFORE = dt.timedelta(days=90)
KINDS = frozenset({"family", "given", "word"})
# Capitalised words that may stand before a name without being a given name ("But Putin said",
# "On Tuesday Erdogan accused").
_OPENERS = {"but", "and", "or", "so", "yet", "then", "now", "still", "also", "meanwhile", "however",
            "today", "yesterday", "tonight", "later", "earlier", "when", "while", "after", "before",
            "as", "if", "since", "though", "although", "because", "where", "on", "in", "at", "by",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
            "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "thus", "instead", "hence", "there", "here", "why", "how", "what"}
_DETERMINERS = {"the", "a", "an", "these", "those", "its", "his", "her", "their",
                "our", "my", "your", "full", "new", "half", "blue", "harvest"}
# Before a capitalised word, these make it a date or a thing ("since May", "last May").
_WHEN = {"in", "since", "until", "till", "by", "of", "last", "next", "early", "late", "mid", "during",
         "from", "through", "before", "after", "on", "to", "each", "every", "this"}
# Tokens after which a word stands first in its sentence (or clause of a headline).
_BOUNDARY = {".", "!", "?", ":", ";", '"', "“", "”", "‘", "’", "'", "(", "[", "-", "–", "—",
             "…"}


@dataclass(frozen=True, slots=True)
class BareSurnames:
    """Which bare surnames may name a packaged office holder without support."""

    kb: ActorKB
    kinds: dict[str, str] = field(default_factory=dict)  # reviewed list: surname -> kind
    # surname -> the person ids it may name: one, or several top office holders whom the date
    # tells apart (Junichiro and Shinjiro Koizumi)
    candidates: dict[str, frozenset[str]] = field(default_factory=dict)
    top_spells: dict[str, tuple[Entry, ...]] = field(default_factory=dict)  # person_id -> spells

    @classmethod
    def build(cls, kb: ActorKB) -> BareSurnames:
        kinds = load_reviewed()
        people: dict[str, set[str]] = defaultdict(set)  # bare surface -> person ids
        words_of: dict[str, set[str]] = defaultdict(set)  # word of a longer name -> person ids
        spells: dict[str, list[Entry]] = defaultdict(list)
        non_person: set[str] = set()
        for surface, bucket in kb.entries.items():
            for entry in bucket:
                if entry.kind != "person" or entry.person_id is None or entry.source != "packaged":
                    non_person.add(surface)  # a user's entry is not a packaged person
                    continue
                if " " in surface:
                    # Only whole words of the name: "Moon" in "Ban Ki Moon" spells "Ki-moon".
                    for word in set(surface.split()) & set(entry.name.split()):
                        words_of[word].add(entry.person_id)
                else:
                    people[surface].add(entry.person_id)
                top = entry.role in TOP_ROLES and entry.surface == entry.name
                if top and entry not in spells[entry.person_id]:
                    spells[entry.person_id].append(entry)
        for bucket in kb.folded.values():  # a user dictionary's names are people too
            for entry in bucket:
                if entry.source == "companies":
                    continue
                for word in entry.surface.split():
                    words_of[word.title()].add(entry.person_id or entry.surface)
        candidates = {}
        for surface, ids in people.items():
            shared = surface in non_person or words_of.get(surface, set()) - ids
            if shared or any(p not in spells for p in ids) or kinds.get(surface) in {"family", "given"} \
                    or not surface[:1].isupper():
                continue
            candidates[surface] = frozenset(ids)
        return cls(kb=kb, kinds=kinds, candidates=candidates,
                   top_spells={p: tuple(s) for p, s in spells.items()})

    def safe(self, entry: Entry, span: Span, date: dt.date | None) -> bool:
        """Whether the one-word ``span`` may name ``entry``'s person without support."""
        people = self.candidates.get(span.text, frozenset())
        if entry.person_id not in people or entry.surface != span.text:
            return False
        if date is None:
            if len(people) > 1:
                return False
        elif {p for p in people if any(_near(spell, date) for spell in self.top_spells[p])} != {entry.person_id}:
            return False
        return self._stands_alone(span, word=self.kinds.get(span.text) == "word")

    def _stands_alone(self, span: Span, *, word: bool) -> bool:
        """The name is not part of a longer one, and (for an English word) its capital is a
        name's."""
        doc = span.doc
        before = doc[span.start - 1] if span.start > 0 else None
        after = doc[span.end] if span.end < len(doc) else None
        initial = before is None or before.is_space or before.text in _BOUNDARY
        # "the Bush administration" is a name, "the Moon" and "the Green Party" are not.
        government = after is not None and after.is_lower and title_word(self.kb, after.text) is not None
        if word and (before is None or initial or before.lower_ in _WHEN
                     or (before.lower_ in _DETERMINERS and not government)
                     or (after is not None and after.like_num)):
            return False  # "the Moon", "in May", "May 5"
        if before is not None and not initial and before.is_alpha and before.is_title \
                and not self._title_or_opener(before.lower_) and before.lower_ not in _DETERMINERS:
            return False
        return not (after is not None and after.is_alpha and (after.is_title or after.is_upper)
                    and span[-1].whitespace_ and not self._title_or_opener(after.lower_))

    def _title_or_opener(self, word: str) -> bool:
        """ "President Putin", "But Putin", "Obama Administration": not another name."""
        return word in HONORIFICS or word in _OPENERS or title_word(self.kb, word) is not None


def _near(spell: Entry, date: dt.date) -> bool:
    start = spell.start or dt.date.min
    if date < start and start - date > GRACE_BEFORE:
        return False
    return spell.end is None or date <= spell.end + GRACE_AFTER


def load_reviewed() -> dict[str, str]:
    """The reviewed list: surname -> kind (family, given or word)."""
    path = packaged("actors/surnames.tsv")
    if not path.exists():
        return {}
    kinds = {}
    for line, row in read_table(path, required=("surname", "kind")):
        if row["kind"] not in KINDS:
            raise DataFileError(str(path), f"unknown kind {row['kind']!r}", line=line)
        kinds[row["surname"]] = row["kind"]
    return kinds
