"""Stand-off annotations: labels kept in the repository, text read from ``../shared`` at run time.

Annotations over other people's articles never copy their sentences: a sentence is named by the
article's path (relative to the shared folder), its character offsets in the decoded file and a
short hash that proves the offsets still point at the same text. Spans inside a sentence (source,
target) are offsets relative to the sentence start.
"""
from __future__ import annotations

import csv
import datetime as dt
import hashlib
import re
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
    """A stand-off row no longer matches the text it points at, or a label cannot be placed."""


_CODE = re.compile(r"(0[1-9]|1[0-9]|20)\d{1,2}")
_ACTOR = re.compile(r"[A-Z]{3}([A-Z]{3})*")


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
    # The date a written article gives itself (office holders are read on it); None for the
    # stand-off sentences, whose dates the coder reads as `geopivot run` does.
    date: dt.date | None = None


def find_span(text: str, span: str, nth: int = 1) -> tuple[int, int] | None:
    """Offsets of the ``nth`` occurrence of ``span`` in ``text`` (raw substring occurrences)."""
    at = -1
    for _ in range(max(1, nth)):
        at = text.find(span, at + 1)
        if at < 0:
            return None
    return at, at + len(span)


def labelled_event(text: str, event: dict) -> AnnotatedEvent:
    """An annotator's event, spans given as the text they cover ({"source", "source_actor", "code",
    "target", "target_actor", "source_nth"?, "target_nth"?}), as offsets into ``text``.

    Raises StandoffError naming what is wrong: a malformed event, a code or actor that is not
    CAMEO-shaped, a span that is not in the text.
    """
    try:
        code = str(event["code"]).strip()
        src_actor, tgt_actor = str(event["source_actor"]).strip(), str(event["target_actor"]).strip()
        src = find_span(text, str(event["source"]), int(event.get("source_nth") or 1))
        tgt = find_span(text, str(event["target"]), int(event.get("target_nth") or 1))
    except (KeyError, TypeError, ValueError) as e:
        raise StandoffError(f"malformed event ({e})") from None
    if not _CODE.fullmatch(code) or not _ACTOR.fullmatch(src_actor) or not _ACTOR.fullmatch(tgt_actor):
        raise StandoffError(f"bad code or actor {src_actor} {code} {tgt_actor}")
    if src is None or tgt is None:
        raise StandoffError("span not in sentence")
    return AnnotatedEvent(src[0], src[1], src_actor, code, tgt[0], tgt[1], tgt_actor)


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
