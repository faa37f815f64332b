"""Turn annotators' working files into the stand-off tables (no text is written).

Usage: python annotations/tools/build_standoff.py --labels /work/annot/labels \
           --second /work/annot/labels_second --shared ../shared --out annotations/events

Working files are JSONL, one line per sentence: {"id", "events": [{"source", "source_actor",
"code", "target", "target_actor", "source_nth"?, "target_nth"?}]}, span texts as they stand in
the sentence (the nth occurrence when given). Each span is turned into offsets relative to the
sentence; a span that cannot be found, a malformed code or actor is reported and left out.
Writes OUT/events.tsv (first pass) and OUT/second_pass.tsv (second pass), whose comment line
lists every doubly annotated sentence, events or not.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from pathlib import Path

from geopivot.evaluation.standoff import (
    EVENT_COLUMNS,
    AnnotatedSentence,
    StandoffError,
    labelled_event,
    load_standoff,
)

DOUBLY = "# doubly annotated:"


def read_labels(folder: Path, pattern: str) -> dict[str, list[dict]]:
    """Sentence id -> its annotated events, over every working file in ``folder``."""
    labels: dict[str, list[dict]] = {}
    for path in sorted(folder.glob(pattern)):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
                labels[str(obj["id"])] = list(obj.get("events") or [])
            except (ValueError, KeyError, TypeError) as e:
                print(f"{path}:{number}: skipped ({e})", file=sys.stderr)
    return labels


def event_rows(sentence: AnnotatedSentence, events: Iterable[dict]) -> tuple[list[list[str]], list[str]]:
    rows, problems = [], []
    for event in events:
        try:
            ev = labelled_event(sentence.text, event)
        except StandoffError as e:
            problems.append(f"{sentence.sentence_id}: {e}")
            continue
        rows.append([sentence.sentence_id, str(ev.source_start), str(ev.source_end), ev.source_actor, ev.code,
                     str(ev.target_start), str(ev.target_end), ev.target_actor])
    return rows, problems


def write_table(path: Path, sentences: list[AnnotatedSentence], labels: dict[str, list[dict]],
                header: str) -> tuple[int, int, list[str]]:
    lines = [header, "\t".join(EVENT_COLUMNS)]
    events = 0
    problems: list[str] = []
    for sentence in sentences:
        if sentence.sentence_id not in labels:
            continue
        rows, trouble = event_rows(sentence, labels[sentence.sentence_id])
        problems += trouble
        events += len(rows)
        lines += ["\t".join(row) for row in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return sum(1 for s in sentences if s.sentence_id in labels), events, problems


def main() -> None:
    root = Path(__file__).resolve().parents[2]
    parser = argparse.ArgumentParser()
    parser.add_argument("--labels", type=Path, default=Path("/work/annot/labels"))
    parser.add_argument("--second", type=Path, default=Path("/work/annot/labels_second"))
    parser.add_argument("--shared", type=Path, default=root.parent / "shared")
    parser.add_argument("--out", type=Path, default=root / "annotations" / "events")
    args = parser.parse_args()
    if not args.labels.is_dir():
        # Elsewhere than the annotators' machine the committed tables are the annotations.
        print(f"{args.labels}: no working files; annotations/events/*.tsv kept as they are")
        return
    # Read the sentences without events.tsv: the table is being rebuilt.
    sentences = load_standoff(_sentences_only(args.out), args.shared)
    first = read_labels(args.labels, "batch_*.jsonl")
    done, events, problems = write_table(
        args.out / "events.tsv", sentences, first,
        "# Stand-off events (first pass): offsets relative to the sentence; see annotations/README.md")
    print(f"events.tsv: {done} of {len(sentences)} sentences annotated, {events} events")
    second = read_labels(args.second, "second_*.jsonl") if args.second.is_dir() else {}
    ids = " ".join(s.sentence_id for s in sentences if s.sentence_id in second)
    done2, events2, problems2 = write_table(args.out / "second_pass.tsv", sentences, second,
                                            f"{DOUBLY} {ids}")
    print(f"second_pass.tsv: {done2} sentences, {events2} events")
    for problem in problems + problems2:
        print(f"  left out: {problem}", file=sys.stderr)
    print(f"{len(problems) + len(problems2)} events left out (see stderr)")


def _sentences_only(folder: Path) -> Path:
    """A folder holding only sentences.tsv (a link), so that load_standoff reads no events."""
    import tempfile

    tmp = Path(tempfile.mkdtemp(prefix="standoff-"))
    (tmp / "sentences.tsv").symlink_to((folder / "sentences.tsv").resolve())
    return tmp


if __name__ == "__main__":
    main()
