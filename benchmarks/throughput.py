"""Throughput of `geopivot run` against plain spaCy over the same sentences, in one run.

    python benchmarks/throughput.py [--corpus DIR] [--limit N] [--workers N]

Phase 1 runs geopivot end to end (read → clean → parse → resolve → code → DuckDB) in a child
process. Phase 2 feeds the sentences geopivot stored to plain ``nlp.pipe`` with the full
en_core_web_sm pipeline, in another child process. Each child reports its own wall time and
peak RSS, so the two figures never share a heap. Prints sentences/s for both and the ratio.
With ``--workers N`` phase 1 codes on a local Dask cluster of N worker processes; its time then
includes starting the cluster and loading the model in every worker, and its peak RSS is the
client's only.
"""
from __future__ import annotations

import argparse
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = REPO.parent / "shared" / "corpora" / "bbc_2004_2005"


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _files(corpus: Path, limit: int | None) -> list[Path]:
    files = sorted(corpus.rglob("*.txt"))
    return files[:limit] if limit else files


def phase_geopivot(corpus: Path, limit: int | None, db: Path, workdir: Path,
                   workers: int | None = None, processes: int = 1,
                   event_model: bool = False) -> dict[str, object]:
    from contextlib import ExitStack

    from geopivot.pipeline.runner import run_corpus
    from geopivot.settings import NlpSettings, Settings

    inputs = workdir / "inputs"
    inputs.mkdir()
    for path in _files(corpus, limit):  # copy so that --limit selects an exact set of files
        shutil.copy(path, inputs / f"{path.parent.name}-{path.name}")
    settings = Settings(db_path=db, quiet=True, nlp=NlpSettings(n_process=processes, event_model=event_model))
    start = time.perf_counter()
    startup = 0.0
    with ExitStack() as stack:
        backend = None
        if workers:
            from geopivot.pipeline.distributed import DaskBackend

            backend = stack.enter_context(DaskBackend(settings, workers=workers))
            startup = time.perf_counter() - start
        summary = run_corpus([str(inputs)], settings=settings, backend=backend)
        seconds = time.perf_counter() - start
    return {"seconds": seconds, "startup_seconds": startup, "articles": summary.articles_coded,
            "sentences": summary.sentences, "events": summary.events, "peak_rss_mb": _peak_rss_mb(),
            "peak_rss_child_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}


def phase_spacy(db: Path, processes: int = 1) -> dict[str, object]:
    import duckdb
    import spacy

    from geopivot.nlp import resolve_model_name

    con = duckdb.connect(str(db), read_only=True)
    sentences = [row[0] for row in con.execute(
        "SELECT text FROM sentences ORDER BY article_id, sentence_index").fetchall()]
    con.close()
    nlp = spacy.load(resolve_model_name("en_core_web_sm"))
    start = time.perf_counter()
    tokens = sum(len(doc) for doc in nlp.pipe(sentences, batch_size=256, n_process=processes))
    seconds = time.perf_counter() - start
    return {"seconds": seconds, "sentences": len(sentences), "tokens": tokens,
            "peak_rss_mb": _peak_rss_mb()}


def _child(*args: str) -> dict[str, object]:
    out = subprocess.run([sys.executable, __file__, *args], check=True, capture_output=True, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=None, help="first N articles only")
    parser.add_argument("--workers", type=int, default=None,
                        help="code on a local Dask cluster of N worker processes")
    parser.add_argument("--processes", type=int, default=1,
                        help="code on N local processes (geopivot run -j N)")
    parser.add_argument("--baseline-processes", type=int, default=1,
                        help="run the plain spaCy baseline with nlp.pipe(n_process=N)")
    parser.add_argument("--event-model", action=argparse.BooleanOptionalAction, default=True,
                        help="code with the trained event model beside the rules (the default, as "
                             "in geopivot run; --no-event-model for the rules alone)")
    parser.add_argument("--phase", choices=["geopivot", "spacy"], help=argparse.SUPPRESS)
    parser.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--workdir", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.phase == "geopivot":
        print(json.dumps(phase_geopivot(args.corpus, args.limit, args.db, args.workdir, args.workers,
                                        args.processes, args.event_model)))
        return
    if args.phase == "spacy":
        print(json.dumps(phase_spacy(args.db, args.baseline_processes)))
        return
    if not args.corpus.exists():
        sys.exit(f"corpus not found: {args.corpus}")
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.duckdb"
        limit = [] if args.limit is None else ["--limit", str(args.limit)]
        workers = [] if args.workers is None else ["--workers", str(args.workers)]
        ours = _child("--phase", "geopivot", "--corpus", str(args.corpus), "--db", str(db),
                      "--workdir", tmp, *limit, *workers, "--processes", str(args.processes),
                      "--event-model" if args.event_model else "--no-event-model")
        base = _child("--phase", "spacy", "--db", str(db), "--baseline-processes", str(args.baseline_processes))
    ours_rate = ours["sentences"] / ours["seconds"]
    base_rate = base["sentences"] / base["seconds"]
    print(f"corpus      {args.corpus} ({ours['articles']} articles, {ours['sentences']} sentences, "
          f"{base['tokens']} tokens)")
    print(f"geopivot    {ours['seconds']:8.1f} s  {ours['articles'] / ours['seconds']:8.1f} articles/s  "
          f"{ours_rate:8.1f} sentences/s  {ours['events']} events  peak RSS {ours['peak_rss_mb']:.0f} MB")
    if args.workers:
        print(f"            on {args.workers} Dask worker processes; starting the cluster took "
              f"{ours['startup_seconds']:.1f} s of that (peak RSS is the client's)")
    if args.processes > 1:
        print(f"            on {args.processes} local processes (geopivot run -j {args.processes}); "
              f"peak RSS of a worker process {ours['peak_rss_child_mb']:.0f} MB")
    if args.baseline_processes > 1:
        print(f"            baseline: nlp.pipe(n_process={args.baseline_processes})")
    print(f"plain spaCy {base['seconds']:8.1f} s  {'':>19}  {base_rate:8.1f} sentences/s  "
          f"{base['tokens'] / base['seconds']:.0f} tokens/s  peak RSS {base['peak_rss_mb']:.0f} MB")
    print(f"ratio       {ours_rate / base_rate:.2f}x (geopivot end-to-end sentences/s ÷ plain spaCy nlp.pipe)")


if __name__ == "__main__":
    main()
