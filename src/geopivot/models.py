"""Typed records that cross stage boundaries: ingest → nlp → actors → events → store."""
from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from typing import Literal

# Where an article's date came from, in the order they are tried (docs/analysis.md, "Dates").
DateSource = Literal["metadata", "user", "text", "mtime", "none"]
ActorType = Literal["state", "igo", "group", "person", "sector", "unknown"]


@dataclass(frozen=True, slots=True)
class Article:
    """One news article after reading, decoding and boilerplate removal."""

    id: str
    text: str
    title: str | None = None
    date: dt.date | None = None
    date_source: DateSource = "none"
    # How far the date can be trusted, 0-1 (1: the record's own or the user's); None when undated.
    date_confidence: float | None = None
    source: str | None = None
    url: str | None = None
    path: str | None = None
    content_hash: str = ""

    @classmethod
    def from_text(cls, article_id: str, text: str, *, date: dt.date | None = None) -> Article:
        """An article of bare text (a gold record, a test sentence, a library caller's string),
        its content hash taken from the text; a given date counts as the record's own."""
        return cls(id=article_id, text=text, date=date, date_source="metadata" if date else "none",
                   content_hash=hashlib.sha1(text.encode("utf-8")).hexdigest())

    @property
    def body(self) -> str:
        """Headline and text as one string: what is coded, and what sentence offsets index.

        Headlines are coded too: they often state the event most plainly."""
        title = (self.title or "").strip()
        if title and not self.text.lstrip().startswith(title):
            return f"{title}\n\n{self.text}"
        return self.text


@dataclass(frozen=True, slots=True)
class InputProblem:
    """A file or record that was skipped, with where and why (never fatal for the run)."""

    path: str
    reason: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else self.path
        return f"{where}: {self.reason}"


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of an article, with character offsets into the article text."""

    article_id: str
    index: int
    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Actor:
    """A resolved actor in CAMEO style: country (ISO3 or IGO code) plus sector."""

    code: str
    name: str
    country: str | None = None
    sector: str | None = None
    actor_type: ActorType = "unknown"


@dataclass(frozen=True, slots=True)
class ActorMention:
    """An actor as it appears in a sentence; offsets are relative to the sentence text."""

    text: str
    start: int
    end: int
    actor: Actor


@dataclass(frozen=True, slots=True)
class EventType:
    """One CAMEO event code with its weights and PLOVER counterpart."""

    code: str
    name: str
    goldstein: float
    quad_class: int
    plover_type: str
    plover_mode: str = ""

    @property
    def root(self) -> str:
        return self.code[:2]


@dataclass(frozen=True, slots=True)
class Event:
    """A coded event with its evidence: the sentence and the offsets of its parts."""

    article_id: str
    sentence_index: int
    sentence: str
    date: dt.date | None
    source: ActorMention
    event_type: EventType
    trigger_text: str
    trigger_start: int
    trigger_end: int
    target: ActorMention | None = None
    historical: bool = False
    pattern_id: str = ""
    # How sure the trained event model is of this event's root between these two countries
    # (0..1); None where the model did not score it (model off, unary or domestic event).
    confidence: float | None = None
    coder: Literal["rules", "model", "both"] = "rules"

    def record(self) -> dict[str, object]:
        """The stable, documented record of `geopivot code` (docs/code-record.md)."""
        src, tgt, et = self.source, self.target, self.event_type
        return {
            "article_id": self.article_id,
            "doc_id": self.article_id,  # the old name of article_id, kept for one release
            "sentence_index": self.sentence_index,
            "sentence": self.sentence,
            "date": self.date.isoformat() if self.date else None,
            "source_text": src.text,
            "source_code": src.actor.code,
            "source_country": src.actor.country,
            "source_sector": src.actor.sector,
            "event_code": et.code,
            "event_root": et.root,
            "event_name": et.name,
            # PLOVER has no type for CAMEO roots 01-02; the ontology writes "NONE", a record null.
            "plover_type": et.plover_type if et.plover_type not in ("", "NONE") else None,
            "plover_mode": et.plover_mode or None,
            "quad_class": et.quad_class,
            "goldstein": et.goldstein,
            "target_text": tgt.text if tgt else None,
            "target_code": tgt.actor.code if tgt else None,
            "target_country": tgt.actor.country if tgt else None,
            "target_sector": tgt.actor.sector if tgt else None,
            "trigger_text": self.trigger_text,
            "source_start": src.start,
            "source_end": src.end,
            "trigger_start": self.trigger_start,
            "trigger_end": self.trigger_end,
            "target_start": tgt.start if tgt else None,
            "target_end": tgt.end if tgt else None,
            "historical": self.historical,
            "confidence": self.confidence,
            "coder": self.coder,
        }


@dataclass(frozen=True, slots=True)
class CodedArticle:
    """An article with its sentences and events: the unit written to the store in one batch."""

    article: Article
    sentences: tuple[Sentence, ...] = field(default_factory=tuple)
    events: tuple[Event, ...] = field(default_factory=tuple)
