"""Stand-off annotations: labels kept in the repository, text read from ``../shared`` at run time.

Annotations over other people's articles never copy their sentences: a sentence is named by the
article's path (relative to the shared folder), its character offsets in the decoded file and a
short hash that proves the offsets still point at the same text. Spans inside a sentence (source,
target) are offsets relative to the sentence start.
"""
from __future__ import annotations

import csv
import hashlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from geopivot.errors import GeopivotError

SENTENCE_COLUMNS = ("sentence_id", "path", "start", "end", "sha", "split", "kind")
EVENT_COLUMNS = (
    "sentence_id", "source_start", "source_end", "source_actor",
    "code", "target_start", "target_end", "target_actor",
)


class StandoffError(GeopivotError):
    """A stand-off row no longer matches the text it points at."""


def read_source_text(path: Path) -> str:
    """The decoded text of a shared file; offsets in every annotation are offsets into this string."""
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        # A few corpus files are Windows-1252 (pound signs); one fixed fallback keeps offsets stable.
        return raw.decode("cp1252", errors="replace")


def text_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]


@dataclass(frozen=True)
class AnnotatedEvent:
    source_start: int
    source_end: int
    source_actor: str
    code: str
    target_start: int
    target_end: int
    target_actor: str


@dataclass
class AnnotatedSentence:
    sentence_id: str
    path: str
    start: int
    end: int
    sha: str
    split: str
    kind: str
    text: str = ""
    events: list[AnnotatedEvent] = field(default_factory=list)


def _read_tsv(path: Path) -> Iterator[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        rows = (line for line in handle if not line.startswith("#"))
        yield from csv.DictReader(rows, delimiter="\t")


def load_standoff(folder: Path, shared: Path, *, splits: tuple[str, ...] | None = None) -> list[AnnotatedSentence]:
    """Sentences (with their text read from ``shared``) and their events, in file order."""
    sentences: dict[str, AnnotatedSentence] = {}
    cache: dict[str, str] = {}
    for row in _read_tsv(folder / "sentences.tsv"):
        if splits and row["split"] not in splits:
            continue
        if row["path"] not in cache:
            cache[row["path"]] = read_source_text(shared / row["path"])
        start, end = int(row["start"]), int(row["end"])
        text = cache[row["path"]][start:end]
        if text_hash(text) != row["sha"]:
            raise StandoffError(f"{row['path']}:{start}-{end}: text changed (hash {row['sha']})")
        sentences[row["sentence_id"]] = AnnotatedSentence(
            row["sentence_id"], row["path"], start, end, row["sha"], row["split"], row["kind"], text
        )
    events_file = folder / "events.tsv"
    if events_file.exists():
        for row in _read_tsv(events_file):
            sentence = sentences.get(row["sentence_id"])
            if sentence is None:
                continue
            sentence.events.append(AnnotatedEvent(
                int(row["source_start"]), int(row["source_end"]), row["source_actor"], row["code"],
                int(row["target_start"]), int(row["target_end"]), row["target_actor"],
            ))
    return list(sentences.values())
