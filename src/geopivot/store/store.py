"""The DuckDB store: one file holding articles, sentences, actors and events with evidence.

Each batch of articles is written in one transaction, and an article row is the mark that
its work is done: a run killed half-way and started again skips finished articles and redoes
the rest, ending with exactly the rows of an uninterrupted run.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import os
import time
import re
import shutil
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

import duckdb
import pandas as pd
import pyarrow as pa

from geopivot.errors import StoreError, StoreLockedError
from geopivot.models import Article, CodedArticle, Event, InputProblem
from geopivot.store.migrations import migrate
from geopivot.store.output import atomic_output
from geopivot.store.query import EventFilter

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: DuckDB's own lock only
    fcntl = None  # type: ignore[assignment]

_LOCK_HOLDER = re.compile(r"Conflicting lock is held in (?P<program>\S+) \(PID (?P<pid>\d+)\)")


def event_id(event: Event) -> str:
    """Deterministic, so re-coding the same sentence yields the same key."""
    parts = (event.article_id, event.sentence_index, event.source.actor.code, event.event_type.code,
             event.target.actor.code if event.target else "", event.trigger_start, event.source.start,
             event.target.start if event.target else -1)
    return hashlib.sha1("\x1f".join(map(str, parts)).encode()).hexdigest()[:20]


READ_WAIT_S = 30.0  # how long a reader waits for a run to finish writing its current batch
OPEN_WAIT_S = 5.0  # how long a new writer waits for readers before saying the file is in use
WRITE_WAIT_S = 600.0  # how long a run waits for readers to let go between its batches


class Store:
    """An open geopivot database file. Use :meth:`open`; close it (or use ``with``).

    A writer may :meth:`release` the file between batches (``geopivot run`` does, after every
    batch): DuckDB lets one process hold a file for writing and nobody else read it, so readers
    (``events``, ``series``, ``report``) read the last committed batch while a run goes on. The
    writer keeps an advisory lock on the file all along, so a second writer is still refused."""

    def __init__(self, con: duckdb.DuckDBPyConnection | None, path: Path, *, read_only: bool = False,
                 writer_lock: int | None = None) -> None:
        self._con = con
        self.path = path
        self.read_only = read_only
        self._writer_lock = writer_lock

    @property
    def con(self) -> duckdb.DuckDBPyConnection:
        if self._con is None:
            self._con = _connect(self.path, read_only=self.read_only, wait=WRITE_WAIT_S)
        return self._con

    @classmethod
    def open(cls, path: str | Path, *, read_only: bool = False, wait: float | None = None) -> Store:
        path = Path(path)
        if read_only and not path.exists():
            raise StoreError(f"{path}: no such database (run 'geopivot run' first)")
        default = READ_WAIT_S if read_only else OPEN_WAIT_S
        # A writer takes its lock before connecting when the file exists: a second writer is then
        # refused at once, not after waiting for a run that holds the file between its releases
        # (Settings.release_every_s). A new file is locked once DuckDB has created it.
        lock = _writer_lock(path) if not read_only and path.exists() else None
        try:
            con = _connect(path, read_only=read_only, wait=default if wait is None else wait)
        except BaseException:
            _unlock(lock)
            raise
        try:
            if not read_only:
                lock = lock if lock is not None else _writer_lock(path)
                migrate(con)
        except BaseException:
            con.close()
            _unlock(lock)
            raise
        return cls(con, path, read_only=read_only, writer_lock=lock)

    def release(self) -> None:
        """Close the file until the next use (committed work stays), so readers can open it."""
        if self._con is not None:
            self._con.close()
            self._con = None

    def close(self) -> None:
        self.release()
        _unlock(self._writer_lock)
        self._writer_lock = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- runs ---------------------------------------------------------------------------
    def start_run(self, run_id: str, *, inputs: Sequence[str], version: str, model: str) -> None:
        self.con.execute("INSERT INTO runs (run_id, started_at, inputs, geopivot_version, model) "
                         "VALUES (?, ?, ?, ?, ?)", [run_id, dt.datetime.now(), "\n".join(inputs), version, model])

    def finish_run(self, run_id: str, *, articles: int, sentences: int, events: int,
                   skipped: int, problems: int) -> None:
        self.con.execute("UPDATE runs SET finished_at = ?, articles = ?, sentences = ?, events = ?, "
                         "skipped = ?, problems = ? WHERE run_id = ?",
                         [dt.datetime.now(), articles, sentences, events, skipped, problems, run_id])

    def add_problems(self, run_id: str, problems: Iterable[InputProblem]) -> None:
        problems = list(problems)
        if not problems:
            return
        # One insert of a table: executemany runs one statement per row (100k lines: minutes).
        table = pa.table({"run_id": pa.array([run_id] * len(problems), pa.string()),
                          "path": pa.array([p.path for p in problems], pa.string()),
                          "line": pa.array([p.line for p in problems], pa.int32()),
                          "reason": pa.array([p.reason for p in problems], pa.string())})
        self.con.register("batch_problems", table)
        try:
            self.con.execute("INSERT INTO problems BY NAME SELECT * FROM batch_problems")
        finally:
            self.con.unregister("batch_problems")

    # -- what is already here -------------------------------------------------------------
    def known(self, articles: Sequence[Article]) -> set[str]:
        """Ids and content hashes among ``articles`` that the store already holds."""
        if not articles:
            return set()
        ids = [a.id for a in articles]
        hashes = [a.content_hash for a in articles]
        rows = self.con.execute(
            "SELECT article_id, content_hash FROM articles WHERE article_id IN (SELECT unnest(?)) "
            "OR content_hash IN (SELECT unnest(?))", [ids, hashes]).fetchall()
        return {value for row in rows for value in row}

    def signatures(self) -> Iterator[tuple[str, str, bytes]]:
        cursor = self.con.execute("SELECT article_id, content_hash, signature FROM articles "
                                  "WHERE signature IS NOT NULL")
        while batch := cursor.fetchmany(10_000):
            yield from batch

    # -- writing ------------------------------------------------------------------------
    def write_batch(self, coded: Sequence[CodedArticle], *, run_id: str,
                    duplicates: Sequence[tuple[Article, str]] = (),
                    signatures: dict[str, bytes] | None = None) -> None:
        """Write articles, their sentences and events, and recognised duplicates, atomically."""
        signatures = signatures or {}
        tables = {
            "articles": _articles_table([c.article for c in coded], run_id, signatures)
            if coded else None,
            "dups": _articles_table([a for a, _ in duplicates], run_id, signatures,
                                    duplicate_of=[d for _, d in duplicates]) if duplicates else None,
            "sentences": _sentences_table(coded),
            "events": _events_table([e for c in coded for e in c.events], run_id),
        }
        try:
            self.con.execute("BEGIN TRANSACTION")
            for name, table in tables.items():
                if table is None or table.num_rows == 0:
                    continue
                self.con.register(f"batch_{name}", table)
                target = "articles" if name == "dups" else name
                self.con.execute(f"INSERT OR IGNORE INTO {target} BY NAME SELECT * FROM batch_{name}")
                self.con.unregister(f"batch_{name}")
            actors = _actors_rows(e for c in coded for e in c.events)
            if actors:
                self.con.executemany("INSERT OR IGNORE INTO actors VALUES (?, ?, ?, ?, ?)", actors)
            self.con.execute("COMMIT")
        except duckdb.Error as e:
            # DuckDB may already have aborted the transaction (a full disk does): a failing
            # ROLLBACK must not replace the error that says why the write failed.
            with contextlib.suppress(duckdb.Error):
                self.con.execute("ROLLBACK")
            raise StoreError(f"{self.path}: write failed: {one_line(e)}") from e

    # -- reading ------------------------------------------------------------------------
    def events(self, flt: EventFilter | None = None, /, **filters: object) -> pd.DataFrame:
        """Events as a DataFrame: ``store.events(country="KOR", since="2017-01-01")``."""
        where, params = (flt or EventFilter.of(**filters)).where()
        return self.con.execute(f"SELECT * FROM events{where} ORDER BY date, event_id",
                                params).df()

    def export_events(self, out: Path | BinaryIO, *, fmt: str, flt: EventFilter | None = None) -> int:
        """Write filtered events to ``out`` (a path, or a binary stream such as stdout) as csv,
        jsonl or parquet; return the row count. One path for both, so they get the same bytes:
        DuckDB writes a temporary file, which is renamed into place or copied to the stream.
        Nulls are nulls, dates ISO, codes strings; each event carries its article's date_source
        and date_confidence (an import's date is its producer's record: "metadata", 1)."""
        where, params = (flt or EventFilter()).where()
        options = {"csv": "FORMAT CSV, HEADER", "jsonl": "FORMAT JSON", "parquet": "FORMAT PARQUET"}[fmt]
        query = _export_query(self.con, where)

        def copy_to(path: Path) -> None:
            try:
                self.con.execute(f"COPY ({query}) TO '{_sql_path(path)}' ({options})", params)
            except duckdb.Error as e:
                if "could not read" in str(e).lower():  # the store, not the output, is the problem
                    raise StoreError(f"{self.path}: database file is truncated or damaged "
                                     f"({one_line(e)})") from e
                where = out if isinstance(out, (str, Path)) else "standard output"
                raise StoreError(f"{where}: cannot write: {one_line(e)}") from e

        if isinstance(out, (str, Path)):
            with atomic_output(Path(out)) as target:
                copy_to(target)
        else:
            handle, temp = tempfile.mkstemp(prefix=".geopivot-export-", suffix=f".{fmt}")
            os.close(handle)
            try:
                copy_to(Path(temp))
                with open(temp, "rb") as source:
                    shutil.copyfileobj(source, out)
                out.flush()
            finally:
                with contextlib.suppress(OSError):
                    os.unlink(temp)
        return int(self.con.execute(f"SELECT count(*) FROM events{where}", params).fetchone()[0])

    def count(self, table: str) -> int:
        return int(self.con.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def one_line(error: BaseException) -> str:
    """The first line of an error's message (DuckDB appends hints and stack lines)."""
    lines = str(error).strip().splitlines()
    return lines[0] if lines else type(error).__name__


def _export_query(con: duckdb.DuckDBPyConnection, where: str) -> str:
    columns = {row[0] for row in con.execute(
        "SELECT column_name FROM duckdb_columns() WHERE table_name = 'articles'").fetchall()}
    # A store opened read-only is not migrated: an older one has no date_confidence yet.
    confidence = "date_confidence" if "date_confidence" in columns else "NULL::DOUBLE"
    imported = "e.producer <> 'geopivot' AND e.date IS NOT NULL"
    return (f"SELECT e.*, coalesce(a.date_source, CASE WHEN {imported} THEN 'metadata' END) AS date_source, "
            f"coalesce(a.date_confidence, CASE WHEN {imported} THEN 1.0 END) AS date_confidence "
            f"FROM (SELECT * FROM events{where}) e LEFT JOIN (SELECT article_id, date_source, "
            f"{confidence} AS date_confidence FROM articles) a ON a.article_id = e.article_id "
            "ORDER BY e.date, e.event_id")


def _sql_path(path: Path) -> str:
    return str(path).replace("'", "''")


def _connect(path: Path, *, read_only: bool, wait: float) -> duckdb.DuckDBPyConnection:
    """Connect, retrying while another process holds the file (a run between two batches lets
    go within a second or two), for up to ``wait`` seconds."""
    deadline = time.monotonic() + wait
    delay = 0.05
    while True:
        try:
            return duckdb.connect(str(path), read_only=read_only)
        except duckdb.Error as e:
            error = _translate_open_error(path, e)
            if not isinstance(error, StoreLockedError) or time.monotonic() + delay > deadline:
                if isinstance(error, StoreLockedError) and wait > 0:
                    error = StoreLockedError(f"{error} (waited {wait:.0f}s)")
                raise error from e
        time.sleep(delay)
        delay = min(delay * 2, 1.0)


def _writer_lock(path: Path) -> int | None:
    """An advisory lock for the whole life of a writer (flock, apart from DuckDB's own fcntl
    locks); None where the platform or file system has none."""
    if fcntl is None:
        return None
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return None  # DuckDB's own open will say what is wrong with the path
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        _close_in_forked_children(fd)
    except BlockingIOError:
        os.close(fd)
        raise StoreLockedError(f"{path}: database is being written by another geopivot process; "
                               "wait for it to finish or use --db") from None
    except OSError:
        pass  # no flock on this file system: DuckDB's lock still refuses a second writer
    return fd


_HELD_LOCKS: set[int] = set()
_FORK_HOOK = False


def _close_in_forked_children(fd: int) -> None:
    """A flock belongs to the open file, which fork shares: `-j N` worker processes would keep
    the lock after this process is killed (-9) and refuse the resuming run. They close it."""
    global _FORK_HOOK
    if not _FORK_HOOK and hasattr(os, "register_at_fork"):
        os.register_at_fork(after_in_child=_drop_held_locks)
        _FORK_HOOK = True
    _HELD_LOCKS.add(fd)


def _drop_held_locks() -> None:
    for fd in list(_HELD_LOCKS):
        with contextlib.suppress(OSError):
            os.close(fd)
    _HELD_LOCKS.clear()


def _unlock(fd: int | None) -> None:
    if fd is not None:
        _HELD_LOCKS.discard(fd)
        with contextlib.suppress(OSError):
            os.close(fd)


def _translate_open_error(path: Path, error: duckdb.Error) -> StoreError:
    match = _LOCK_HOLDER.search(str(error))
    if match:
        return StoreLockedError(f"{path}: database is in use by {Path(match['program']).name} "
                                f"(PID {match['pid']}); readers get in between a run's batches, other "
                                "commands when it ends; try again then, or use --db")
    if "Could not read enough bytes" in str(error) or "not a valid DuckDB database" in str(error):
        return StoreError(f"{path}: database file is truncated or damaged ({one_line(error)})")
    if "lock" in str(error).lower():
        return StoreLockedError(f"{path}: database is in use by another process")
    return StoreError(f"{path}: cannot open database: {error}")


def _articles_table(articles: Sequence[Article], run_id: str, signatures: dict[str, bytes],
                    *, duplicate_of: Sequence[str] | None = None) -> pa.Table:
    return pa.table({
        "article_id": [a.id for a in articles],
        "content_hash": [a.content_hash for a in articles],
        "title": [a.title for a in articles],
        "date": pa.array([a.date for a in articles], pa.date32()),
        "date_source": [a.date_source for a in articles],
        "date_confidence": pa.array([a.date_confidence for a in articles], pa.float64()),
        "source": [a.source for a in articles],
        "url": [a.url for a in articles],
        "path": [a.path for a in articles],
        "text": [None if duplicate_of else a.body for a in articles],
        "duplicate_of": list(duplicate_of) if duplicate_of else [None] * len(articles),
        "signature": pa.array([signatures.get(a.id) for a in articles], pa.binary()),
        "run_id": [run_id] * len(articles),
    })


def _sentences_table(coded: Sequence[CodedArticle]) -> pa.Table:
    sentences = [s for c in coded for s in c.sentences]
    return pa.table({
        "article_id": pa.array([s.article_id for s in sentences], pa.string()),
        "sentence_index": pa.array([s.index for s in sentences], pa.int32()),
        "text": pa.array([s.text for s in sentences], pa.string()),
        "start_char": pa.array([s.start for s in sentences], pa.int32()),
        "end_char": pa.array([s.end for s in sentences], pa.int32()),
    })


def _events_table(events: Sequence[Event], run_id: str) -> pa.Table:
    records = [e.record() for e in events]
    columns: dict[str, list[object]] = {"event_id": [event_id(e) for e in events],
                                        "producer": ["geopivot"] * len(events)}
    for key in ("sentence_index", "sentence", "source_text", "source_code", "source_country",
                "source_sector", "source_start", "source_end", "event_code", "event_root",
                "event_name", "quad_class", "goldstein", "plover_type", "plover_mode",
                "trigger_text", "trigger_start", "trigger_end", "target_text", "target_code",
                "target_country", "target_sector", "target_start", "target_end", "historical",
                "confidence", "coder"):
        columns[key] = [r[key] for r in records]
    columns["article_id"] = [e.article_id for e in events]
    columns["date"] = [e.date for e in events]
    columns["pattern_id"] = [e.pattern_id for e in events]
    columns["run_id"] = [run_id] * len(events)
    if not events:
        return pa.table({"event_id": pa.array([], pa.string())})
    table = pa.table(columns)
    return table.set_column(table.schema.get_field_index("date"), "date",
                            pa.array(columns["date"], pa.date32()))


def _actors_rows(events: Iterable[Event]) -> list[tuple[str, str, str | None, str | None, str]]:
    seen: dict[str, tuple[str, str, str | None, str | None, str]] = {}
    for event in events:
        for mention in (event.source, event.target):
            if mention is not None and mention.actor.code not in seen:
                a = mention.actor
                seen[a.code] = (a.code, a.name, a.country, a.sector, a.actor_type)
    return list(seen.values())
