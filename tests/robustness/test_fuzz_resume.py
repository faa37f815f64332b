"""Interrupted runs: Ctrl-C exits 130 quietly, kill -9 at any moment resumes to exactly the rows
of an uninterrupted run (DuckDB, -j 2, Parquet), and readers read while a run writes."""
from __future__ import annotations

import os
import resource
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from fuzz_harness import REPO, assert_clean, geopivot

CORPUS = REPO / "src" / "geopivot" / "data" / "sample_corpus"
MODES = {"duckdb": [], "processes": ["-j", "2"], "parquet": ["--out-parquet"]}


def _tables(target: Path) -> dict[str, list[tuple]]:
    con = duckdb.connect(str(target), read_only=True) if target.suffix == ".duckdb" else duckdb.connect()
    source = ({t: t for t in ("articles", "sentences", "events")} if target.suffix == ".duckdb" else
              {t: f"read_parquet('{target}/{t}/**/*.parquet', hive_partitioning = true, union_by_name = true)"
               for t in ("articles", "sentences", "events")})
    try:
        return {
            "articles": con.execute(f"SELECT article_id, content_hash, date, duplicate_of FROM {source['articles']} "
                                    "ORDER BY 1").fetchall(),
            "sentences": con.execute(f"SELECT article_id, sentence_index, text FROM {source['sentences']} "
                                     "ORDER BY 1, 2").fetchall(),
            "events": con.execute(f"SELECT event_id, article_id, event_code, source_country, target_country "
                                  f"FROM {source['events']} ORDER BY event_id").fetchall(),
        }
    finally:
        con.close()


def _args(mode: str, target: Path) -> list[str]:
    if mode == "parquet":
        return [str(CORPUS), "--db", str(target.with_suffix(".duckdb")), "--out-parquet", str(target), "-q"]
    return [str(CORPUS), "--db", str(target), "-q", *MODES[mode]]


@pytest.fixture(scope="module")
def clean(tmp_path_factory) -> dict[str, list[tuple]]:
    db = tmp_path_factory.mktemp("clean") / "clean.duckdb"
    assert_clean(geopivot("run", *_args("duckdb", db), cwd=db.parent, timeout=300), code=0)
    return _tables(db)


@pytest.mark.fuzz
@pytest.mark.parametrize("after", [7.0, 9.5, 12.0])
@pytest.mark.parametrize("mode", list(MODES))
def test_kill_9_then_resume_gives_the_rows_of_a_clean_run(tmp_path, clean, mode, after):
    target = tmp_path / ("out" if mode == "parquet" else "k.duckdb")
    killed = geopivot("run", *_args(mode, target), cwd=tmp_path, timeout=after)
    assert killed.timed_out or killed.code == 0
    assert_clean(geopivot("run", *_args(mode, target), cwd=tmp_path, timeout=300), code=0)
    assert _tables(target) == clean


@pytest.mark.fuzz
@pytest.mark.parametrize("workers", [[], ["--workers", "2"]], ids=["local", "dask"])
def test_ctrl_c_exits_130_without_tracebacks(tmp_path, workers):
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    # A new session, and SIGINT to its whole group: what a terminal's Ctrl-C does.
    process = subprocess.Popen([sys.executable, "-m", "geopivot.cli", "run", str(CORPUS), "--db",
                                str(tmp_path / "c.duckdb"), "-q", *workers], env=env, cwd=tmp_path,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    deadline = time.monotonic() + 120
    while not (tmp_path / "c.duckdb").exists() and time.monotonic() < deadline:
        time.sleep(0.2)
    time.sleep(3 if workers else 1.5)  # coding has begun (model and cluster are up)
    os.killpg(process.pid, signal.SIGINT)
    _, err = process.communicate(timeout=120)
    stderr = err.decode("utf-8", "replace")
    assert process.returncode == 130, stderr
    assert [line for line in stderr.splitlines() if line.strip()] == ["geopivot: interrupted"]


@pytest.mark.fuzz
def test_readers_read_while_a_run_writes_and_a_second_writer_is_refused(tmp_path, clean):
    db = tmp_path / "w.duckdb"
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    command = [sys.executable, "-m", "geopivot.cli", "run", str(CORPUS), "--db", str(db), "-q"]
    run = subprocess.Popen(command, env=env, cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    reads: list = []
    second = None
    try:
        while run.poll() is None:
            if db.exists():
                if second is None:
                    # Started beside the reads, not after one: a run of the small sample corpus
                    # may end before a second writer started only after a read gets to its lock.
                    second = subprocess.Popen(command, env=env, cwd=tmp_path, stdout=subprocess.DEVNULL,
                                              stderr=subprocess.PIPE)
                reads.append(geopivot("events", "--db", db, "--format", "jsonl", cwd=tmp_path, timeout=60))
            time.sleep(0.5)
    finally:
        run.wait(timeout=300)
    assert run.returncode == 0, run.stderr.read().decode() if run.stderr else ""
    during = [r for r in reads if r.code == 0]
    assert during, [r.stderr for r in reads]
    for outcome in reads:
        assert_clean(outcome, code=0)
    assert second is not None
    _, err = second.communicate(timeout=120)
    refused = err.decode("utf-8", "replace")
    assert second.returncode == 1 and "being written by another geopivot" in refused, refused
    assert "Traceback" not in refused
    assert _tables(db) == clean


@pytest.mark.fuzz
@pytest.mark.parametrize("limit", [300_000, 700_000])
def test_a_full_disk_stops_the_run_in_one_line_and_a_rerun_completes_it(tmp_path, clean, limit):
    def full_disk() -> None:
        # A file-size limit fails writes with EFBIG as a full disk fails them with ENOSPC.
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    db = tmp_path / "f.duckdb"
    outcome = geopivot("run", *_args("duckdb", db), cwd=tmp_path, timeout=300, preexec=full_disk)
    assert "Traceback" not in outcome.stderr and not outcome.timed_out
    assert outcome.code == 0 or (outcome.code == 1 and len(outcome.stderr.splitlines()) == 1
                                 and "write failed" in outcome.stderr and "too large" in outcome.stderr)
    assert_clean(geopivot("run", *_args("duckdb", db), cwd=tmp_path, timeout=300), code=0)
    assert _tables(db) == clean
