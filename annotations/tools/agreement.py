"""Inter-annotator agreement on the doubly annotated sentences: triple F1 at (source country,
CAMEO root, target country), the first pass taken as reference (F1 is symmetric).

Usage: python annotations/tools/agreement.py [--folder annotations/events] [--shared ../shared]
"""
from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from geopivot.evaluation.metrics import PRF, multiset_prf
from geopivot.evaluation.predictions import country_of
from geopivot.evaluation.standoff import AnnotatedEvent, _read_tsv

DOUBLY = "# doubly annotated:"


def triples(events: list[AnnotatedEvent]) -> list[tuple[str | None, str, str | None]]:
    return [(country_of(e.source_actor), e.code[:2], country_of(e.target_actor)) for e in events]


def read_events(path: Path) -> dict[str, list[AnnotatedEvent]]:
    out: dict[str, list[AnnotatedEvent]] = {}
    for row in _read_tsv(path):
        out.setdefault(row["sentence_id"], []).append(AnnotatedEvent(
            int(row["source_start"]), int(row["source_end"]), row["source_actor"], row["code"],
            int(row["target_start"]), int(row["target_end"]), row["target_actor"]))
    return out


def doubly_annotated(path: Path) -> list[str]:
    first = path.read_text(encoding="utf-8").splitlines()[0]
    return first[len(DOUBLY):].split() if first.startswith(DOUBLY) else []


def agreement(folder: Path) -> dict[str, object]:
    second_path = folder / "second_pass.tsv"
    ids = doubly_annotated(second_path)
    first, second = read_events(folder / "events.tsv"), read_events(second_path)
    total, sentence_agree = PRF(), 0
    roots = Counter()
    for sid in ids:
        a, b = triples(first.get(sid, [])), triples(second.get(sid, []))
        total = total + multiset_prf(a, b)
        sentence_agree += Counter(a) == Counter(b)
        roots.update(t[1] for t in a)
    return {"sentences": len(ids), "events_first": total.tp + total.fn, "events_second": total.tp + total.fp,
            "triple_f1": round(total.f1, 4), "precision_second_vs_first": round(total.precision, 4),
            "recall_second_vs_first": round(total.recall, 4),
            "sentences_identical": round(sentence_agree / len(ids), 4) if ids else None}


def main() -> None:
    root = Path(__file__).resolve().parents[2]
    parser = argparse.ArgumentParser()
    parser.add_argument("--folder", type=Path, default=root / "annotations" / "events")
    args = parser.parse_args()
    for key, value in agreement(args.folder).items():
        print(f"{key}\t{value}")


if __name__ == "__main__":
    main()
