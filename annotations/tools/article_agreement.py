"""Agreement on the article check set: a second, independent pass over 20 of its 60 articles
(annotations/checks/articles/second/) against the first, as triple F1 at (source country,
CAMEO root, target country) per article, the first pass taken as reference.

Usage: python annotations/tools/article_agreement.py
"""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from geopivot.evaluation.metrics import multiset_prf
from geopivot.evaluation.predictions import country_of

ARTICLES = Path(__file__).resolve().parents[1] / "checks" / "articles"


def _triples(events: list[dict]) -> Counter:
    return Counter((country_of(e["source_actor"]), e["code"][:2], country_of(e["target_actor"]))
                   for e in events if e.get("target_actor"))


def main() -> None:
    first = {record["id"]: record for path in sorted(ARTICLES.glob("*.jsonl"))
             for record in map(json.loads, path.read_text(encoding="utf-8").splitlines())}
    second = [json.loads(line) for line in
              (ARTICLES / "second" / "second_pass.jsonl").read_text(encoding="utf-8").splitlines()]
    gold = [_triples(first[record["id"]]["events"]) for record in second]
    other = [_triples(record["events"]) for record in second]
    # an event matches only one of the same article
    prf = multiset_prf([(i, t) for i, c in enumerate(gold) for t in c.elements()],
                       [(i, t) for i, c in enumerate(other) for t in c.elements()])
    same = sum(a == b for a, b in zip(gold, other))
    print(f"{len(second)} articles doubly annotated: triple P {prf.precision:.3f} R {prf.recall:.3f} "
          f"F1 {prf.f1:.3f} (second pass against the first); {same} articles identical")


if __name__ == "__main__":
    main()
