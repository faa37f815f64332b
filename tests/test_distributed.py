"""Coding on Dask workers and writing Parquet: the same rows as one process, and resumable."""
from __future__ import annotations

import contextlib
import json
import subprocess
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

import duckdb
import pytest
from geopivot.pipeline.distributed import DaskBackend
from geopivot.pipeline.runner import Backend, Batch, LocalBackend, run_corpus
from geopivot.settings import Settings
from geopivot.store.parquet import ParquetSink

_LONG = ("Japan and South Korea agreed on Monday to resume the regular meetings of their defence "
         "ministers, which had been suspended for two years over a dispute about radar signals "
         "and patrol aircraft near the disputed islands, officials in Tokyo said after talks that "
         "lasted most of the afternoon and ended with a joint statement on maritime safety")
RECORDS = [  # jsonl lines: an exact copy and a near copy land in later batches than their originals
    {"id": "n1", "date": "2019-02-28", "text": "Kim Jong-un met Donald Trump in Hanoi. The summit "
                                               "ended without an agreement."},
    {"id": "n2", "date": "2016-07-08", "text": "South Korea agreed to deploy an American missile "
                                               "defence system."},
    {"id": "n3", "date": "2017-05-02", "text": "China criticised South Korea for the deployment "
                                               "of the missile defence system."},
    {"id": "n4", "date": "2019-02-28", "text": "Kim Jong-un met Donald Trump in Hanoi. The summit "
                                               "ended without an agreement."},
    {"id": "n5", "date": "2018-11-21", "text": _LONG + "."},
    {"id": "n6", "date": "2018-09-19", "text": "Moon Jae-in visited Pyongyang, and North Korea "
                                               "promised to dismantle a missile engine test site."},
    {"id": "n7", "date": "2018-11-21", "text": _LONG + " on Tuesday."},
    {"id": "n8", "date": "2017-08-08", "text": "Donald Trump threatened North Korea with fire "
                                               "and fury."},
    {"id": "n9", "date": "2018-03-26", "text": "Xi Jinping hosted Kim Jong-un in Beijing."},
]
EXPECTED_DUPLICATES = {"n4": "n1", "n7": "n5"}


class Interrupted(Exception):
    pass


class StopAfter:
    """A backend that dies after handing over ``batches`` coded batches."""

    def __init__(self, inner: Backend, batches: int) -> None:
        self.inner, self.batches, self.model_name = inner, batches, inner.model_name

    def code(self, batches: Iterable[Batch]) -> Iterator:
        with contextlib.closing(self.inner.code(batches)) as results:
            for done, item in enumerate(results):
                if done == self.batches:
                    raise Interrupted
                yield item


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    (folder / "news.jsonl").write_text("".join(json.dumps(r) + "\n" for r in RECORDS), "utf-8")
    (folder / "seoul.txt").write_text("SEOUL, Jan. 9, 2018 -- North Korea agreed to send athletes "
                                      "to the Winter Olympics after talks with South Korea.\n", "utf-8")
    return folder


@pytest.fixture(scope="module")
def dask_backend():
    settings = Settings(articles_per_batch=2)
    with DaskBackend(settings, workers=2) as backend:
        yield backend


def _settings(db: Path) -> Settings:
    return Settings(db_path=db, articles_per_batch=2)  # small batches: several in flight


def _tables(db: Path) -> dict[str, list[tuple]]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return _query(con)
    finally:
        con.close()


def _parquet_tables(folder: Path) -> dict[str, list[tuple]]:
    con = duckdb.connect()
    for name in ("articles", "sentences"):
        con.execute(f"CREATE VIEW {name} AS SELECT * FROM read_parquet('{folder}/{name}/*.parquet')")
    con.execute(f"CREATE VIEW events AS SELECT * EXCLUDE (year) FROM "
                f"read_parquet('{folder}/events/**/*.parquet', hive_partitioning = true)")
    return _query(con)


def _query(con: duckdb.DuckDBPyConnection) -> dict[str, list[tuple]]:
    return {
        "articles": con.execute("SELECT article_id, content_hash, title, date, date_source, "
                                "duplicate_of, signature FROM articles ORDER BY 1").fetchall(),
        "sentences": con.execute("SELECT * FROM sentences ORDER BY 1, 2").fetchall(),
        "events": con.execute("SELECT * EXCLUDE (run_id) FROM events ORDER BY event_id").fetchall(),
    }


def _data_files(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*.parquet"))


@pytest.fixture(scope="module")
def single(tmp_path_factory, corpus) -> dict[str, list[tuple]]:
    """The reference: a single-process run into DuckDB."""
    db = tmp_path_factory.mktemp("single") / "g.duckdb"
    summary = run_corpus([str(corpus)], settings=_settings(db))
    assert summary.events and summary.duplicates == len(EXPECTED_DUPLICATES)
    tables = _tables(db)
    assert {a[0]: a[5] for a in tables["articles"] if a[5]} == EXPECTED_DUPLICATES
    return tables


def test_two_dask_workers_store_the_same_rows_as_one_process(tmp_path, corpus, single, dask_backend):
    db = tmp_path / "dask.duckdb"
    summary = run_corpus([str(corpus)], settings=_settings(db), backend=dask_backend)
    assert summary.articles_coded == len(RECORDS) + 1 - len(EXPECTED_DUPLICATES)
    assert _tables(db) == single
    # The model is loaded once per worker process (Engine.load is cached), never shipped.
    loads = dask_backend.client.run(
        lambda: __import__("geopivot.pipeline.engine", fromlist=["_"])._load_engine.cache_info().misses)
    assert len(loads) == 2 and all(n <= 1 for n in loads.values()) and sum(loads.values()) >= 1


def test_parquet_dataset_matches_the_database_and_reruns_add_nothing(tmp_path, corpus, single):
    out = tmp_path / "ds"
    with ParquetSink.open(out) as sink:
        run_corpus([str(corpus)], settings=_settings(tmp_path / "unused.duckdb"), sink=sink)
    assert not (tmp_path / "unused.duckdb").exists()
    files = _data_files(out)
    assert any(f.startswith("events/year=2018/") for f in files)
    assert _parquet_tables(out) == single
    with ParquetSink.open(out) as sink:
        summary = run_corpus([str(corpus)], settings=_settings(tmp_path / "unused.duckdb"), sink=sink)
    assert summary.articles_coded == 0 and summary.already_stored == len(RECORDS) + 1
    assert _data_files(out) == files
    assert _parquet_tables(out) == single
    count = duckdb.connect().execute(f"SELECT count(*) FROM read_parquet('{out}/events/**/*.parquet', "
                                     "hive_partitioning = true) WHERE year = 2018").fetchone()[0]
    assert count == sum(1 for e in single["events"] if e[5].year == 2018)


@pytest.mark.parametrize("output", ["duckdb", "parquet"])
@pytest.mark.parametrize("mode", ["local", "dask"])
def test_interrupted_run_resumes_to_the_same_rows(tmp_path, corpus, single, dask_backend, mode, output):
    target = tmp_path / ("g.duckdb" if output == "duckdb" else "ds")
    settings = _settings(target)

    def run(backend: Backend) -> None:
        if output == "duckdb":
            run_corpus([str(corpus)], settings=settings, backend=backend)
            return
        with ParquetSink.open(target) as sink:
            run_corpus([str(corpus)], settings=settings, backend=backend, sink=sink)

    backend = dask_backend if mode == "dask" else LocalBackend(settings)
    with pytest.raises(Interrupted):
        run(StopAfter(backend, 1))
    partial = _tables(target) if output == "duckdb" else _parquet_tables(target)
    assert 0 < len(partial["articles"]) < len(single["articles"])
    run(backend)
    assert (_tables(target) if output == "duckdb" else _parquet_tables(target)) == single


def test_parquet_batch_killed_before_its_articles_file_is_redone(tmp_path, corpus, single, monkeypatch):
    out = tmp_path / "ds"
    original, writes = ParquetSink._place, []

    def dies_on_second_articles_file(tmp, target):
        if target.parent.name == "articles":
            writes.append(target)
            if len(writes) == 2:
                raise Interrupted  # events and sentences of this batch are already in place
        return original(tmp, target)

    monkeypatch.setattr(ParquetSink, "_place", staticmethod(dies_on_second_articles_file))
    with pytest.raises(Interrupted), ParquetSink.open(out) as sink:
        run_corpus([str(corpus)], settings=_settings(out), sink=sink)
    monkeypatch.undo()
    stems = {Path(f).name for f in _data_files(out) if not f.startswith("articles/")}
    assert writes[1].name in stems  # an orphan: its articles file was never written
    with ParquetSink.open(out) as sink:
        run_corpus([str(corpus)], settings=_settings(out), sink=sink)
    assert _parquet_tables(out) == single


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    # A child process, not CliRunner: invoking the click command here would cache its help
    # option with the CLI's context settings and change what docs/generate_cli_docs.py renders.
    return subprocess.run([sys.executable, "-m", "geopivot.cli", *args], capture_output=True, text=True)


def test_cli_runs_on_a_scheduler_into_parquet(tmp_path, corpus, single, dask_backend):
    out = tmp_path / "ds"
    result = _cli("run", str(corpus), "--scheduler", dask_backend.client.scheduler.address,
                  "--out-parquet", str(out), "-q")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert _parquet_tables(out)["events"] == single["events"]


def test_cli_rejects_workers_with_scheduler(corpus):
    result = _cli("run", str(corpus), "--workers", "2", "--scheduler", "tcp://localhost:8786")
    assert result.returncode == 2 and "give one of" in result.stderr


def test_cli_starts_a_local_cluster(tmp_path, corpus, single):
    db = tmp_path / "g.duckdb"
    result = _cli("run", str(corpus), "--workers", "2", "--db", str(db), "-q")
    assert result.returncode == 0, result.stderr
    assert _tables(db) == single  # other batch size (32), same rows


def test_a_worker_with_another_geopivot_is_refused(dask_backend, monkeypatch):
    import geopivot.pipeline.distributed as module
    from geopivot.errors import GeopivotError

    monkeypatch.setattr(module, "__version__", "0.0.0-client")  # the workers import the real one
    with pytest.raises(GeopivotError, match="runs geopivot .* install the same version"):
        DaskBackend(Settings(), address=dask_backend.client.scheduler.address)
