"""How predicted event records (docs/code-record.md) are read for scoring.

A sentence-level label (root, QuadClass, five-class) is the *majority* label of the item's
events; a tie goes to the label of the earliest event (sentence order, then trigger offset).
With one or two events this is simply the first event's label.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Hashable, Sequence
from typing import TypeVar

from geopivot.events.ontology import five_class_of, quad_class_of

Record = dict[str, object]
L = TypeVar("L", bound=Hashable)

def five_class(root: str | int) -> int:
    """ConfliBERT class of a CAMEO root: 0 statement (01-02), 1 verbal cooperation (03-05),
    2 material cooperation (06-08), 3 verbal conflict (09-13, 16), 4 material conflict (14-15, 17-20)."""
    return five_class_of(int(root))


def quad_class(root: str | int) -> int:
    """GDELT QuadClass of a CAMEO root (1-4)."""
    return quad_class_of(int(root))


def country_of(code: str | None) -> str | None:
    """The country part of a CAMEO actor code: ``IGO`` + organisation (6 letters) or 3 letters."""
    if not code:
        return None
    return code[:6] if code.startswith("IGO") else code[:3]


def ordered(records: Sequence[Record]) -> list[Record]:
    """Records in text order: by sentence, then by trigger offset."""
    return sorted(records, key=lambda r: (_int(r.get("sentence_index")), _int(r.get("trigger_start"))))


def events_else(by_events: Sequence[L | None], fallback: Sequence[L | None]) -> list[L | None]:
    """Each sentence's label from its events, else (none coded) the fallback's: the five
    classes of the coded events, else of the event model's sentence head."""
    return [label if label is not None else other for label, other in zip(by_events, fallback)]


def majority(labels: Sequence[L]) -> L | None:
    """The most frequent label; a tie goes to the one that occurs first. None when empty."""
    if not labels:
        return None
    counts = Counter(labels)
    top = max(counts.values())
    return next(label for label in labels if counts[label] == top)


def primary_index(labels: Sequence[Hashable]) -> int | None:
    """Index of the first item carrying the majority label (the item that speaks for all)."""
    label = majority(labels)
    return None if label is None else labels.index(label)


def primary_label(records: Sequence[Record], label: Callable[[Record], L]) -> L | None:
    """The majority ``label`` over ordered records (see the module doc)."""
    return majority([label(r) for r in ordered(records)])


def root_of(record: Record) -> str:
    return str(record["event_root"])


def _int(value: object) -> int:
    return value if isinstance(value, int) else 0
