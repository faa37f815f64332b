"""What a change costs `geopivot run`: this checkout against an earlier commit, same machine.

    python benchmarks/run_cost.py --baseline bd9bff2 [--pairs 5] [CORPUS]

The baseline is checked out into a temporary git worktree; the two trees run `geopivot run`
over the same corpus (default: ../shared/corpora/bbc_2004_2005) in alternating pairs, each
into a fresh DuckDB file, so that a slow spell of a shared machine hits both. Prints each
pair's wall seconds, the ratio per pair and the median ratio (the figure to quote: on a
shared 2-core machine single runs vary by ±5 %).
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "bbc_2004_2005"


def timed_run(source: Path, corpus: Path, work: Path) -> float:
    db = work / "cost.duckdb"
    for stale in work.glob("cost.duckdb*"):
        stale.unlink()
    env = {**os.environ, "PYTHONPATH": str(source / "src")}
    started = time.perf_counter()
    # Exit 3 means some files were skipped (the corpus's README): a normal run.
    done = subprocess.run([sys.executable, "-m", "geopivot.cli", "run", str(corpus), "--db", str(db), "-q"],
                          env=env, cwd=work, capture_output=True, text=True)
    if done.returncode not in (0, 3):
        raise SystemExit(f"geopivot run failed in {source}: {done.stderr.strip()[-500:]}")
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--baseline", required=True, help="the commit to compare against")
    parser.add_argument("--pairs", type=int, default=5)
    args = parser.parse_args()
    if not args.corpus.exists():
        raise SystemExit(f"{args.corpus}: corpus not found (../shared is absent)")
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp) / "baseline"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "-q", "--detach", str(base), args.baseline],
                       check=True)
        try:
            ratios = []
            for pair in range(1, args.pairs + 1):
                before = timed_run(base, args.corpus, Path(tmp))
                after = timed_run(ROOT, args.corpus, Path(tmp))
                ratios.append(after / before)
                print(f"pair {pair}: baseline {before:.1f} s, this checkout {after:.1f} s, ratio {after / before:.3f}")
            print(f"median ratio {statistics.median(ratios):.3f} "
                  f"(mean {statistics.mean(ratios):.3f}, {min(ratios):.3f}-{max(ratios):.3f}) over {args.pairs} pairs")
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(base)], check=False)


if __name__ == "__main__":
    main()
