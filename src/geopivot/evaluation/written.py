"""Sentences the project wrote itself, with their events, to train the event model.

Our stand-off annotations hold only 315 event pairs in the train split, too few to teach twenty
roots and their direction. These sentences were written for the purpose (docs/event-model.md), in
news and headline style, never from the held-out sets' or anyone else's sentences; since the
project wrote them, the files keep their text. Each line of ``annotations/written/*.jsonl`` is
{"id", "kind", "text", "events": [annotator-style events, spans as the text they cover]}.

The split is fixed by a hash of the id (10 % test and 10 % dev, never trained on; the rest
train), so a figure on the written sentences themselves can be reported beside the real splits'
figures, and the threshold is chosen on more than the annotated dev split's 98 events.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path

from geopivot.evaluation.standoff import AnnotatedSentence, StandoffError, labelled_event, text_hash

TEST_SHARE = 10  # percent
# The next 10 % are a dev share, never trained on: with the annotated dev split (98 events) it
# chooses the event model's threshold, which the dev split alone chose on too few events.
DEV_SHARE = 10  # percent


def written_split(sentence_id: str) -> str:
    bucket = int(hashlib.sha1(sentence_id.encode()).hexdigest(), 16) % 100
    if bucket < TEST_SHARE:
        return "test"
    return "dev" if bucket < TEST_SHARE + DEV_SHARE else "train"


def load_written(folder: Path, *, splits: tuple[str, ...] | None = None) -> tuple[list[AnnotatedSentence], list[str]]:
    """The written sentences (first of any repeated text) and the problems met, one line each.

    A sentence with an event that cannot be placed is left out whole.
    """
    sentences: list[AnnotatedSentence] = []
    problems: list[str] = []
    seen: set[str] = set()
    for path in sorted(folder.glob("*.jsonl")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            where = f"{path.name}:{number}"
            try:
                obj = json.loads(line)
                sentence_id, text = str(obj["id"]), str(obj["text"])
                events = list(obj.get("events") or [])
            except (ValueError, KeyError, TypeError) as e:
                problems.append(f"{where}: not a sentence record ({e})")
                continue
            key = " ".join(text.split()).lower()
            if key in seen:
                problems.append(f"{where}: repeats an earlier sentence")
                continue
            seen.add(key)
            split = written_split(sentence_id)
            if splits and split not in splits:
                continue
            sentence = AnnotatedSentence(sentence_id, f"annotations/written/{path.name}", 0, len(text),
                                         text_hash(text), split, str(obj.get("kind") or "sentence"), text)
            try:
                sentence.events = [labelled_event(text, event) for event in events]
                sentence.date = dt.date.fromisoformat(obj["date"]) if obj.get("date") else None
            except (StandoffError, ValueError, TypeError) as e:
                # The whole sentence goes: kept without the bad event, its pair would teach "none".
                problems.append(f"{where}: left out, {e}")
                continue
            sentences.append(sentence)
    return sentences, problems
