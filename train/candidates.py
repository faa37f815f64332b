"""The candidate mentions the event model was trained with, pinned in a lock file.

`train/prepare.py` marks, in each annotated or written sentence, the mentions the runtime's
candidate finder sees (geopivot.eventmodel.texts.TextMentions) and labels every pair of them.
Those mentions come from the knowledge base, which changes more often than the model is
retrained: a later entry moves a few pairs, and `make train` would no longer rebuild the
shipped model. So the mentions are kept, stand-off, in ``candidates.lock.jsonl`` beside this
file, one line per sentence: {"origin", "id", "text_sha1", "mentions": [[start, end, country]]}
(offsets relative to the sentence, no text). `make train` reads them; ``python train/prepare.py
OUT --refresh-candidates`` finds them anew with the current knowledge base and rewrites the
lock (commit it with the model it trains).
"""
from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

LOCK = Path(__file__).resolve().parent / "candidates.lock.jsonl"


@dataclass(frozen=True, slots=True)
class Mention:
    """A candidate mention: offsets in its sentence and the country of its actor."""

    start: int
    end: int
    country: str


def text_sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


class StaleLock(Exception):
    """The lock lacks a sentence, or holds another text under its id."""


@dataclass(slots=True)
class PinnedCandidates:
    """Callable: the pinned mentions of one sentence (``origin``, id, text)."""

    entries: dict[tuple[str, str], tuple[str, list[Mention]]]

    @classmethod
    def load(cls, path: Path = LOCK) -> PinnedCandidates:
        entries = {}
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                row = json.loads(line)
                entries[(row["origin"], row["id"])] = (
                    row["text_sha1"], [Mention(s, e, c) for s, e, c in row["mentions"]])
        return cls(entries)

    def __call__(self, origin: str, sentence_id: str, text: str) -> list[Mention]:
        entry = self.entries.get((origin, sentence_id))
        if entry is None or entry[0] != text_sha1(text):
            raise StaleLock(f"{origin} sentence {sentence_id} is {'not in' if entry is None else 'changed since'} "
                            f"{LOCK.name}; run `python train/prepare.py OUT --refresh-candidates`")
        return entry[1]


def found_now(text: str, *, finder: Callable[[str], Iterable[Any]]) -> list[Mention]:
    """The mentions the current knowledge base finds (``finder``: TextMentions)."""
    return [Mention(m.start, m.end, m.actor.country or "") for m in finder(text)]


def write_lock(rows: Iterable[tuple[str, str, str, list[Mention]]], path: Path = LOCK) -> int:
    """Write (origin, id, text, mentions) rows; the number written."""
    count = 0
    with path.open("w", encoding="utf-8") as handle:
        for origin, sentence_id, text, mentions in rows:
            handle.write(json.dumps({"origin": origin, "id": sentence_id, "text_sha1": text_sha1(text),
                                     "mentions": [[m.start, m.end, m.country] for m in mentions]},
                                    separators=(",", ":")) + "\n")
            count += 1
    return count
