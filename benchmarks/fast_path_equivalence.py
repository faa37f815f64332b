"""Does the fast path code exactly what parsing every sentence codes? Compare on a corpus.

    python benchmarks/fast_path_equivalence.py [--corpus DIR] [--limit N]

Runs the engine twice over the same articles (fast path on, then off) and prints the number
of sentences, how many the fast path parsed, the events of each run and every difference.
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path

from geopivot.pipeline.engine import _load_engine
from geopivot.ingest import iter_articles
from geopivot.models import Article
from geopivot.settings import NlpSettings

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "bbc_2004_2005"


def _key(event) -> tuple:
    record = event.record()
    return (record["doc_id"], record["sentence_index"], record["source_code"], record["event_code"],
            record["target_code"], record["trigger_start"], record["source_start"], record["target_start"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int)
    args = parser.parse_args()
    files = sorted(str(p) for p in args.corpus.rglob("*.txt"))[: args.limit]
    articles = [a for a in iter_articles(files) if isinstance(a, Article)]
    results = {}
    for fast in (True, False):
        engine = _load_engine(NlpSettings(fast_path=fast), ())
        start = time.perf_counter()
        events = [e for coded in engine.code_articles(articles) for e in coded.events]
        seconds = time.perf_counter() - start
        results[fast] = {_key(e) for e in events}
        print(f"fast_path={fast!s:5}  {engine.stats.sentences} sentences, {engine.stats.parsed} parsed, "
              f"{len(events)} events, {seconds:.1f} s")
    only_fast, only_slow = results[True] - results[False], results[False] - results[True]
    print(f"events only with the fast path: {len(only_fast)}; only without it: {len(only_slow)}")
    for key in sorted(only_fast | only_slow):
        print(("fast-only " if key in only_fast else "slow-only ") + repr(key))


if __name__ == "__main__":
    main()
