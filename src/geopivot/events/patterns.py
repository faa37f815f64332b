"""Trigger patterns: which words (with which particle or object) code which CAMEO event.

The table lives in ``geopivot/data/patterns/triggers.tsv`` ("# triggers v1"); its header
comments document the columns. A pattern is matched against one token of a parsed sentence
by :mod:`geopivot.events.coder`; this module only reads, checks and indexes the table.
"""
from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from geopivot.datafiles import packaged, read_table, split_multi, table_version
from geopivot.errors import DataFileError

COLUMNS = ("id", "pos", "lemma", "particle", "object", "target", "code", "negated", "intent", "unary")
PatternPos = Literal["verb", "noun", "adj", "modal", "judge"]

# Target slots that are not prepositions: the direct object, the object of an xcomp verb
# ("threatened to destroy X"), the subject of a complement clause ("demanded that X ..."), and
# the object of a purpose clause ("provided funds to support X"), the subject of a modal
# row's clause ("X said Y must withdraw"), and the giver of what was received ("received a loan
# from X", "received Japanese aid"), who is the event's source and the subject its target; and
# a counterpart, the direct object when it is a person or an office of another state than the
# source ("told his Indian counterpart", "received the Malian president").
STRUCTURAL_SLOTS = frozenset({"dobj", "xcomp", "comp", "purpose", "subj", "giver", "counterpart"})
# Prepositions whose object may be a target; "between" also marks a reciprocal pattern.
PREPOSITION_SLOTS = frozenset({
    "with", "to", "on", "upon", "against", "from", "for", "of", "between", "into", "in", "at",
    "over", "about", "toward", "towards", "near", "behind", "by", "regarding", "outside",
    "off", "around", "along",
})
_CODE = re.compile(r"\d{2,4}")
_ID = re.compile(r"[a-z][a-z0-9_.-]*")
_WORD = re.compile(r"[a-z][a-z'-]*")  # "d'affaire", the lemma of "chargé d'affaires"


@dataclass(frozen=True, slots=True)
class Term:
    """A lemma with an optional modifier lemma: "strike", or "air strike" (strike with a child "air")."""

    lemma: str
    modifier: str = ""

    @classmethod
    def parse(cls, text: str) -> Term:
        words = text.lower().split()
        if len(words) == 1:
            return cls(words[0])
        if len(words) == 2:
            return cls(words[1], words[0])
        raise ValueError(f"{text!r}: at most a modifier and a head word")

    def __str__(self) -> str:
        return f"{self.modifier} {self.lemma}" if self.modifier else self.lemma


@dataclass(frozen=True, slots=True)
class Pattern:
    """One row of the trigger table."""

    id: str
    pos: PatternPos
    trigger: Term
    particle: str
    objects: tuple[Term, ...]
    targets: tuple[str, ...]
    code: str
    negated: str
    intent: str
    unary: bool
    line: int = 0
    table: int = 0  # position of its table among those merged: own rows are 0 and win ties
    # The target's act back to the source when the event is a fact ("043:042" in the code column,
    # PETRARCH's notation: who receives a leader hosts them, and the leader visits).
    answer: str = ""

    @property
    def lemma(self) -> str:
        return self.trigger.lemma

    @property
    def words(self) -> frozenset[str]:
        """The trigger's lemma and its objects' ("impose" and "ban"): what the row is told in."""
        return frozenset({self.trigger.lemma, *(o.lemma for o in self.objects)})

    @property
    def reciprocal(self) -> bool:
        """Symmetric events ("met", "signed a deal", "talks between"): see the table's header."""
        return "between" in self.targets

    @property
    def specificity(self) -> tuple[int, int, int]:
        """(object, particle, modifier): what the row asks beyond its lemma. The coder ranks
        object > particle > a filled target slot > modifier."""
        return (int(bool(self.objects)), int(bool(self.particle)), int(bool(self.trigger.modifier)))


class PatternSet:
    """The patterns of one table, indexed by (pos, head lemma)."""

    def __init__(self, patterns: list[Pattern], *, version: str = "", path: str = "") -> None:
        self.version = version
        self.path = path
        self._patterns = tuple(patterns)
        index: dict[tuple[str, str], list[Pattern]] = {}
        for pattern in self._patterns:
            index.setdefault((pattern.pos, pattern.lemma), []).append(pattern)
        self._index = {key: tuple(value) for key, value in index.items()}

    def candidates(self, pos: str, lemma: str) -> tuple[Pattern, ...]:
        """Patterns whose trigger head is ``lemma`` with part of speech ``pos``, in file order."""
        return self._index.get((pos, lemma), ())

    def trigger_lemmas(self) -> frozenset[str]:
        """Every head lemma: a sentence without one of these (inflected) cannot yield an event."""
        return frozenset(p.lemma for p in self._patterns)

    def codes(self) -> frozenset[str]:
        """Every CAMEO code the table can emit (plain, negated and intent)."""
        return frozenset(c for p in self._patterns for c in (p.code, p.negated, p.intent, p.answer) if c)

    def __iter__(self) -> Iterator[Pattern]:
        return iter(self._patterns)

    def __len__(self) -> int:
        return len(self._patterns)


def _parse_row(row: dict[str, str], path: Path, line: int) -> Pattern:
    def fail(reason: str) -> DataFileError:
        return DataFileError(str(path), f"pattern {row.get('id') or '?'}: {reason}", line=line)

    pid = row["id"]
    if not _ID.fullmatch(pid):
        raise fail("id must be lowercase letters, digits and . _ -")
    pos = row["pos"]
    if pos not in ("verb", "noun", "adj", "modal", "judge"):
        raise fail(f"pos must be verb, noun, adj, modal or judge, not {pos!r}")
    try:
        trigger = Term.parse(row["lemma"])
        objects = tuple(Term.parse(o) for o in split_multi(row["object"]))
    except ValueError as e:
        raise fail(str(e)) from None
    if not all(_WORD.fullmatch(w) for t in (trigger, *objects) for w in (t.lemma, t.modifier) if w):
        raise fail("lemmas must be lowercase words")
    particle = row["particle"].lower()
    if particle and (pos != "verb" or not _WORD.fullmatch(particle)):
        raise fail("a particle is one word, on a verb")
    if objects and pos not in ("verb", "judge"):
        raise fail("only verb and judge patterns take an object")
    if pos == "judge" and not objects:
        raise fail("a judge pattern lists its judging words as objects")
    targets = tuple(t.lower() for t in split_multi(row["target"]))
    unknown = [t for t in targets if t not in STRUCTURAL_SLOTS | PREPOSITION_SLOTS]
    if unknown:
        raise fail(f"unknown target slot(s): {', '.join(unknown)}")
    unary = row["unary"].lower()
    if unary not in ("", "yes"):
        raise fail(f"unary must be yes or empty, not {row['unary']!r}")
    if not targets and not unary:
        raise fail("a pattern needs a target slot unless it is unary")
    code, _, answer = row["code"].partition(":")
    codes = {"code": code, "negated": row["negated"], "intent": row["intent"], "answer": answer}
    for name, code in codes.items():
        if code and (not _CODE.fullmatch(code) or not 1 <= int(code[:2]) <= 20):
            raise fail(f"bad CAMEO code in {name}: {code!r}")
    if not codes["code"]:
        raise fail("empty code")
    if row["code"].endswith(":") and not answer:
        raise fail(f"empty answer code in {row['code']!r}")
    # Negation maps to the reject family; intent to "express intent" or, for conflict, "threaten".
    if codes["negated"] and codes["negated"][:2] != "12":
        raise fail(f"negated code {codes['negated']} is not in root 12 (reject)")
    if codes["intent"] and codes["intent"][:2] not in ("03", "13"):
        raise fail(f"intent code {codes['intent']} is not in root 03 or 13")
    return Pattern(pid, pos, trigger, particle, objects, targets,  # type: ignore[arg-type]
                   codes["code"], codes["negated"], codes["intent"], unary == "yes", line,
                   answer=codes["answer"])


def read_patterns(path: Path) -> PatternSet:
    """Read and check a trigger table; any malformed row raises :class:`DataFileError`."""
    patterns: list[Pattern] = []
    seen: dict[str, int] = {}
    for line, row in read_table(path, required=COLUMNS):
        pattern = _parse_row(row, path, line)
        if pattern.id in seen:
            raise DataFileError(str(path), f"duplicate pattern id {pattern.id!r} "
                                f"(first on line {seen[pattern.id]})", line=line)
        seen[pattern.id] = line
        patterns.append(pattern)
    if not patterns:
        raise DataFileError(str(path), "no patterns")
    return PatternSet(patterns, version=table_version(path), path=str(path))


@functools.lru_cache(maxsize=8)
def _load_cached(path: Path) -> PatternSet:
    return read_patterns(path)


def table_path(name: str | Path) -> Path:
    """A packaged table by name ("triggers", "cameo_verbs") or a path to a TSV file."""
    text = str(name)
    if "/" in text or text.endswith(".tsv"):
        return Path(text).expanduser().resolve()
    return packaged(f"patterns/{text}.tsv").resolve()


def load_patterns(path: Path | None = None, *, tables: tuple[str | Path, ...] = ()) -> PatternSet:
    """The trigger patterns from ``path``, or from ``tables`` merged (:func:`merge_patterns`),
    or the packaged own table; each file is read once per process."""
    if tables:
        sets = [_load_cached(table_path(t)) for t in tables]
        return sets[0] if len(sets) == 1 else merge_patterns(sets)
    resolved = packaged("patterns/triggers.tsv") if path is None else Path(path)
    return _load_cached(resolved.resolve())


def merge_patterns(sets: list[PatternSet]) -> PatternSet:
    """One set from several tables, earlier tables first. An earlier table's words win: a later
    row loses the objects an earlier row with the same trigger and particle already lists, and a
    later row without objects is dropped when an earlier one without objects exists. The
    coder ranks rows by what they ask for and breaks ties by order, so own rows stay first."""
    bare: set[tuple[str, Term, str]] = set()
    objects: set[tuple[str, Term, str, Term]] = set()
    out: list[Pattern] = []
    for index, pattern_set in enumerate(sets):
        added: list[Pattern] = []
        for p in pattern_set:
            key = (p.pos, p.trigger, p.particle)
            if index and not p.objects and key in bare:
                continue
            kept = tuple(o for o in p.objects if (*key, o) not in objects) if index else p.objects
            if p.objects and not kept:
                continue
            added.append(dataclasses.replace(p, objects=kept, table=index))
        for p in added:  # rows of one table do not shadow each other
            key = (p.pos, p.trigger, p.particle)
            if p.objects:
                objects.update((*key, o) for o in p.objects)
            else:
                bare.add(key)
        out += added
    seen: set[str] = set()
    for p in out:
        if p.id in seen:
            raise DataFileError(", ".join(s.path for s in sets), f"pattern id {p.id!r} in two tables")
        seen.add(p.id)
    return PatternSet(out, version=" + ".join(s.version for s in sets),
                      path=", ".join(s.path for s in sets))
