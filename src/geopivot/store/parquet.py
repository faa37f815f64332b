"""A Parquet dataset as the output of a run (``geopivot run --out-parquet DIR``); DuckDB reads it.

    DIR/articles/part-<batch>.parquet
    DIR/sentences/part-<batch>.parquet
    DIR/events/year=<YYYY>/part-<batch>.parquet     (hive-partitioned; undated events go under
                                                     year=__HIVE_DEFAULT_PARTITION__, read as NULL)
    DIR/runs/<run_id>.json                          (inputs, model, counts and problems of a run)

The tables have the columns of the DuckDB store's tables. ``<batch>`` is a hash of the ids of the
batch's articles, so writing the same batch again replaces its files and never adds rows. Each
file is written under a hidden temporary name and renamed into place, and the articles file is
written last: it marks the batch done. Opening the dataset removes event and sentence files
whose articles file is missing (a run killed mid-batch), and a run skips every article already
in ``articles/``, so a killed run resumes to exactly the rows of an uninterrupted one. Query::

    SELECT * FROM read_parquet('DIR/events/**/*.parquet', hive_partitioning = true)
"""
from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

from geopivot.errors import StoreError, StoreLockedError
from geopivot.models import Article, CodedArticle, InputProblem
from geopivot.store.migrations import migrate
from geopivot.store.store import _articles_table, _events_table, _sentences_table

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: no advisory lock
    fcntl = None  # type: ignore[assignment]

TABLES = ("articles", "sentences", "events")


def _schemas() -> dict[str, pa.Schema]:
    """The Arrow schemas of the DuckDB store's tables, so both outputs have the same columns."""
    con = duckdb.connect(":memory:")
    try:
        migrate(con)
        schemas = {}
        for table in TABLES:
            rel = con.sql(f"SELECT * FROM {table} LIMIT 0")
            arrow = rel.to_arrow_table() if hasattr(rel, "to_arrow_table") else rel.arrow()
            schemas[table] = arrow.schema
        return schemas
    finally:
        con.close()


class ParquetSink:
    """A Parquet dataset directory, written batch by batch. Use :meth:`open`; close it."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.con = duckdb.connect(":memory:")
        self._schemas = _schemas()
        self._ids: set[str] = set()
        self._hashes: set[str] = set()
        self._runs: dict[str, dict[str, object]] = {}
        self._lock: int | None = None

    @classmethod
    def open(cls, path: str | Path) -> ParquetSink:
        path = Path(path)
        try:
            for name in (*TABLES, "runs"):
                (path / name).mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise StoreError(f"{path}: cannot create dataset: {e.strerror or e}") from e
        sink = cls(path)
        try:
            sink._acquire()
            sink._recover()
            sink._load()
        except BaseException:
            sink.close()
            raise
        return sink

    def close(self) -> None:
        if self._lock is not None:
            os.close(self._lock)  # closing the descriptor releases the lock
            self._lock = None
        self.con.close()

    def __enter__(self) -> ParquetSink:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- runs ---------------------------------------------------------------------------
    def start_run(self, run_id: str, *, inputs: Sequence[str], version: str, model: str) -> None:
        self._runs[run_id] = {"run_id": run_id, "started_at": dt.datetime.now().isoformat(),
                              "inputs": list(inputs), "geopivot_version": version, "model": model}
        self._save_run(run_id)

    def finish_run(self, run_id: str, *, articles: int, sentences: int, events: int,
                   skipped: int, problems: int) -> None:
        self._runs[run_id].update(finished_at=dt.datetime.now().isoformat(), articles=articles,
                                  sentences=sentences, events=events, skipped=skipped)
        self._save_run(run_id)

    def add_problems(self, run_id: str, problems: Iterable[InputProblem]) -> None:
        self._runs[run_id]["problems"] = [{"path": p.path, "line": p.line, "reason": p.reason}
                                          for p in problems]
        self._save_run(run_id)

    def _save_run(self, run_id: str) -> None:
        text = json.dumps(self._runs[run_id], indent=1, ensure_ascii=False)
        self._replace(self.path / "runs" / f"{run_id}.json", lambda tmp: tmp.write_text(text, "utf-8"))

    # -- what is already here -------------------------------------------------------------
    def known(self, articles: Sequence[Article]) -> set[str]:
        """Ids and content hashes among ``articles`` that the dataset already holds."""
        return ({a.id for a in articles if a.id in self._ids}
                | {a.content_hash for a in articles if a.content_hash in self._hashes})

    def signatures(self) -> Iterator[tuple[str, str, bytes]]:
        files = self._files("articles")
        if not files:
            return
        cursor = self.con.execute("SELECT article_id, content_hash, signature FROM read_parquet(?) "
                                  "WHERE signature IS NOT NULL", [files])
        while batch := cursor.fetchmany(10_000):
            yield from batch

    # -- writing ------------------------------------------------------------------------
    def write_batch(self, coded: Sequence[CodedArticle], *, run_id: str,
                    duplicates: Sequence[tuple[Article, str]] = (),
                    signatures: dict[str, bytes] | None = None) -> None:
        """Write the batch's files, articles last; articles already here are left out."""
        coded = [c for c in coded if c.article.id not in self._ids]
        duplicates = [(a, d) for a, d in duplicates if a.id not in self._ids]
        if not coded and not duplicates:
            return
        signatures = signatures or {}
        ids = sorted([c.article.id for c in coded] + [a.id for a, _ in duplicates])
        name = f"part-{hashlib.sha1(chr(31).join(ids).encode()).hexdigest()[:20]}.parquet"
        now = dt.datetime.now()
        articles = pa.concat_tables([
            self._conform("articles", _articles_table([c.article for c in coded], run_id, signatures),
                          ingested_at=now),
            self._conform("articles", _articles_table([a for a, _ in duplicates], run_id, signatures,
                                                      duplicate_of=[d for _, d in duplicates]),
                          ingested_at=now)])
        events = self._conform("events", _events_table([e for c in coded for e in c.events], run_id))
        sentences = self._conform("sentences", _sentences_table(coded))
        # Every file of the batch is written under a hidden temporary name first and renamed
        # only when all are complete, articles last; a failure removes what the batch wrote, so
        # a failed batch leaves no events for read_parquet to see.
        files: list[tuple[pa.Table, Path]] = []
        years = events.column("date").to_pylist()
        for year in sorted({d.year if d else None for d in years}, key=lambda y: y or 0):
            mask = pa.array([(d.year if d else None) == year for d in years])
            folder = self.path / "events" / f"year={year or '__HIVE_DEFAULT_PARTITION__'}"
            files.append((events.filter(mask), folder / name))
        if sentences.num_rows:
            files.append((sentences, self.path / "sentences" / name))
        files.append((articles, self.path / "articles" / name))
        temporaries = [target.with_name(f".{target.name}.tmp") for _, target in files]
        placed: list[Path] = []
        try:
            for (table, target), tmp in zip(files, temporaries, strict=True):
                target.parent.mkdir(exist_ok=True)
                pq.write_table(table, tmp)
            for (_, target), tmp in zip(files, temporaries, strict=True):
                self._place(tmp, target)
                placed.append(target)
        except OSError as e:
            for path in temporaries + placed:
                with contextlib.suppress(OSError):
                    path.unlink()
            raise StoreError(f"{self.path}: write failed: {(e.strerror or str(e)).lower()}") from e
        self._ids.update(ids)
        self._hashes.update(articles.column("content_hash").to_pylist())

    # -- internals ----------------------------------------------------------------------
    def _conform(self, table: str, data: pa.Table, *, ingested_at: dt.datetime | None = None) -> pa.Table:
        """``data`` with exactly the store's columns and types (absent columns are NULL)."""
        n = data.num_rows
        columns = []
        for field in self._schemas[table]:
            if field.name in data.column_names:
                columns.append(data[field.name].cast(field.type))
            elif field.name == "ingested_at" and ingested_at is not None:
                columns.append(pa.array([ingested_at] * n, field.type))
            else:
                columns.append(pa.nulls(n, field.type))
        return pa.Table.from_arrays(columns, schema=self._schemas[table])

    @staticmethod
    def _place(tmp: Path, target: Path) -> None:
        os.replace(tmp, target)

    @staticmethod
    def _replace(target: Path, write) -> None:  # type: ignore[no-untyped-def]
        tmp = target.with_name(f".{target.name}.tmp")
        write(tmp)
        os.replace(tmp, target)

    def _files(self, table: str) -> list[str]:
        pattern = "year=*/part-*.parquet" if table == "events" else "part-*.parquet"
        return sorted(str(p) for p in (self.path / table).glob(pattern))

    def _acquire(self) -> None:
        if fcntl is None:
            return
        self._lock = os.open(self.path / ".lock", os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(self._lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as e:
            raise StoreLockedError(f"{self.path}: dataset is in use by another geopivot run") from e

    def _recover(self) -> None:
        """Drop the files of a batch whose articles file was never written, and temporaries."""
        done = {Path(f).name for f in self._files("articles")}
        for stray in self._files("sentences") + self._files("events"):
            if Path(stray).name not in done:
                Path(stray).unlink()
        for tmp in self.path.rglob(".*.tmp"):
            tmp.unlink()

    def _load(self) -> None:
        files = self._files("articles")
        if files:
            rows = self.con.execute("SELECT article_id, content_hash FROM read_parquet(?)",
                                    [files]).fetchall()
            self._ids.update(r[0] for r in rows)
            self._hashes.update(r[1] for r in rows)
