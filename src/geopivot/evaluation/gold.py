"""Typed gold records, one kind per gold format that `geopivot eval` reads.

Every record carries ``id`` (as the gold file names it; not necessarily unique), ``text`` (what
is coded), ``date`` and ``line`` (where it starts in the file, for error messages).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, Protocol

GoldFormat = Literal["petrarch", "quad", "roles", "events"]

# ConfliBERT's five classes: 0 statement (roots 01-02), 1 verbal cooperation (03-05),
# 2 material cooperation (06-08), 3 verbal conflict (09-13), 4 material conflict (14-20).
FIVE_CLASS_NAMES = ("statement", "verbal coop", "material coop", "verbal conflict",
                    "material conflict")


class GoldItem(Protocol):
    """What the runner needs from any gold record to have it coded."""

    @property
    def id(self) -> str: ...
    @property
    def text(self) -> str: ...
    @property
    def date(self) -> dt.date | None: ...
    @property
    def line(self) -> int: ...


@dataclass(frozen=True, slots=True)
class GoldEvent:
    """One gold event: actor codes as CAMEO strings, ``target`` None for a unary event."""

    source: str
    code: str
    target: str | None = None
    historical: bool = False

    @property
    def root(self) -> str:
        return self.code[:2]


@dataclass(frozen=True, slots=True)
class EventSentence:
    """A line of our own JSONL gold: a text, its events (empty for a negative) and tags."""

    id: str
    text: str
    date: dt.date | None
    events: tuple[GoldEvent, ...]
    tags: tuple[str, ...] = ()
    line: int = 0


@dataclass(frozen=True, slots=True)
class PetrarchSentence:
    """A PETRARCH validation ``<Sentence>``: its codings, or ``no_events``, or why it is skipped.

    ``dropped`` counts codings left out because their actor is a quoted text
    (PETRARCH's ``new_actor_length`` feature), which no actor dictionary can produce.
    """

    id: str
    text: str
    date: dt.date | None
    codings: tuple[GoldEvent, ...]
    no_events: bool = False
    category: str = ""
    skip_reason: str | None = None
    dropped: int = 0
    line: int = 0


@dataclass(frozen=True, slots=True)
class QuadSentence:
    """A ConfliBERT quad-class line: a sentence and its five-class label (0..4)."""

    id: str
    text: str
    label: int
    date: dt.date | None = None
    line: int = 0


@dataclass(frozen=True, slots=True)
class RoleSentence:
    """A ConfliBERT role sentence: tokens with BIO tags, detokenised into ``text``.

    ``offsets[i]`` is the (start, end) of token ``i`` in ``text``.
    """

    id: str
    tokens: tuple[str, ...]
    tags: tuple[str, ...]
    text: str
    offsets: tuple[tuple[int, int], ...]
    date: dt.date | None = None
    line: int = 0

    def role_tokens(self, role: str) -> frozenset[int]:
        """Indices of the tokens tagged ``B-role`` or ``I-role``."""
        return frozenset(i for i, tag in enumerate(self.tags) if tag[2:] == role and tag != "O")

    def tokens_in(self, start: int, end: int) -> frozenset[int]:
        """Indices of the tokens whose characters overlap ``text[start:end]``."""
        return frozenset(i for i, (a, b) in enumerate(self.offsets) if a < end and start < b)


@dataclass(frozen=True, slots=True)
class GoldSet:
    """The gold records of one file, with its detected format."""

    path: Path
    format: GoldFormat
    items: tuple[GoldItem, ...] = field(default_factory=tuple)
