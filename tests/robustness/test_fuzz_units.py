"""The pieces behind the robustness suite, one behaviour each and in-process (fast)."""
from __future__ import annotations

import datetime as dt
import io
import os
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from geopivot.errors import StoreError, StoreLockedError
from geopivot.ingest.readers import display_name, file_date, parse_csv, read_stdin
from geopivot.models import Article, CodedArticle, InputProblem, Sentence
from geopivot.settings import IngestSettings
from geopivot.store import Store
from geopivot.store.parquet import ParquetSink
from geopivot.terminal import plain, printable


# -- tokenising ----------------------------------------------------------------------------------
@pytest.mark.parametrize("run", ["&", "=", "!", "…", "a"])
def test_long_runs_tokenise_in_linear_time_and_keep_the_text(engine, run):
    from geopivot.nlp.tokens import tokenize

    timings = []
    for n in (20_000, 80_000):
        text = f"Seoul met Beijing. {run * n} Tokyo met Moscow."
        started = time.perf_counter()
        doc = tokenize(engine.nlp, text)
        timings.append(time.perf_counter() - started)
        assert doc.text == text
    assert timings[1] < 8 * timings[0] + 0.5  # 4x the text: ~4x the time, never ~16x


def test_ordinary_text_tokenises_as_spacy_does(engine):
    from geopivot.nlp.tokens import tokenize

    text = "Moon Jae-in met Xi Jinping in Beijing on Thursday (Dec. 14) and said: \"We agree.\""
    assert [t.text for t in tokenize(engine.nlp, text)] == [t.text for t in engine.nlp.make_doc(text)]


@pytest.mark.parametrize("text", ["", "short", "a\nb\n" * 50, "x" * 1000, "word " * 300])
def test_text_parts_cover_the_text_in_order(text):
    from geopivot.nlp.tokens import text_parts

    parts = list(text_parts(text, limit=64))
    assert "".join(part for _, part in parts) == text
    assert all(len(part) <= 64 for _, part in parts)
    assert [offset for offset, _ in parts] == [sum(len(p) for _, p in parts[:i]) for i in range(len(parts))]


# -- reading -------------------------------------------------------------------------------------
@pytest.mark.parametrize("seconds", [-62_200_000_000.0, 253_500_000_000.0, float("inf"), float("nan")])
def test_mtime_outside_the_calendar_is_no_date(seconds):
    assert file_date(seconds) is None


def test_undecodable_file_name_is_shown_with_escapes():
    assert display_name(Path(os.fsdecode(b"caf\xe9.txt"))) == "caf\\xe9.txt"


@pytest.mark.parametrize("csv_text, lines, problems", [
    ('id,text\n1,"Seoul met Beijing\n2,Tokyo met Seoul\n3,Paris\n', [3, 4], [2]),
    ('id,text\n1,"Seoul met Beijing\n2,Tokyo met Seoul\n3,"Rome met Paris"\n', [3, 4], [2]),
    ('id,text\n1,"Two lines,\nof one field"\n2,Tokyo\n', [2, 4], []),
    ('id,text\n1,"He said ""no"" twice"\n', [2], []),
])
def test_an_unterminated_quote_is_reported_and_the_rows_after_it_are_read(csv_text, lines, problems):
    items = list(parse_csv(csv_text.splitlines(keepends=True), name="f.csv", settings=IngestSettings()))
    assert [int(i.path.rsplit(":", 1)[1]) for i in items if not isinstance(i, InputProblem)] == lines
    assert [p.line for p in items if isinstance(p, InputProblem)] == problems


def _stdin(data: bytes) -> io.TextIOWrapper:
    return io.TextIOWrapper(io.BytesIO(data), encoding="utf-8")


@pytest.mark.parametrize("data", [
    "Séoul met Beijing on Monday.".encode("latin-1"),
    "\ufeffSéoul met Beijing on Monday.".encode("utf-16-le"),
    '{"text": "Séoul met Beijing on Monday."}\n'.encode("utf-8"),
])
def test_stdin_bytes_are_decoded_like_a_file(data):
    [article] = list(read_stdin(_stdin(data)))
    assert article.text == "Séoul met Beijing on Monday."


def test_binary_stdin_is_one_problem():
    [problem] = list(read_stdin(_stdin(bytes(range(256)) * 8)))
    assert isinstance(problem, InputProblem) and "binary input" in problem.reason


# -- printing ------------------------------------------------------------------------------------
@pytest.mark.parametrize("raw, shown", [
    ("\x1b[2Jname", "\\x1b[2Jname"), ("bell\x07", "bell\\x07"), ("\u202eevil", "\\u202eevil"),
    ("line\nbreak", "line\\nbreak"), ("lone \ud800", "lone \\ud800"),
])
def test_control_characters_are_shown_not_obeyed(raw, shown):
    assert printable(raw) == shown


def test_long_values_are_cut_with_their_length():
    assert printable("x" * 5000).endswith("… (5,000 characters)")
    assert len(printable("x" * 5000)) < 400


def test_rich_markup_is_escaped():
    assert plain("K[/]R") == "K\\[/]R"


# -- the store -----------------------------------------------------------------------------------
def test_a_reader_opens_the_database_while_a_writer_has_released_it(tmp_path):
    db = tmp_path / "r.duckdb"
    writer = Store.open(db)
    try:
        writer.con.execute("INSERT INTO problems VALUES ('r', 'f', 1, 'why')")
        writer.release()
        with Store.open(db, read_only=True) as reader:
            assert reader.count("problems") == 1
        writer.con.execute("INSERT INTO problems VALUES ('r', 'f', 2, 'why')")  # reconnects
        assert writer.count("problems") == 2
    finally:
        writer.close()


def test_a_second_writer_is_refused_even_between_batches(tmp_path):
    db = tmp_path / "w.duckdb"
    with Store.open(db) as writer:
        writer.release()
        with pytest.raises(StoreLockedError, match="being written by another geopivot process"):
            Store.open(db)


def test_a_reader_waits_then_says_how_long_it_waited(tmp_path, monkeypatch):
    import geopivot.store.store as module

    db = tmp_path / "l.duckdb"
    Store.open(db).close()
    import subprocess
    import sys
    holder = subprocess.Popen([sys.executable, "-c", f"import duckdb, time; c = duckdb.connect({str(db)!r}); "
                               "print('ready', flush=True); time.sleep(30)"], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        monkeypatch.setattr(module, "READ_WAIT_S", 0.5)
        with pytest.raises(StoreLockedError, match=r"in use by .*\(waited 0s\)|in use by .*waited"):
            Store.open(db, read_only=True)
    finally:
        holder.kill()
        holder.wait()


class _FailingConnection:
    """A DuckDB connection on a full disk: the insert fails and DuckDB has ended the transaction."""

    def __init__(self, real):  # type: ignore[no-untyped-def]
        self.real = real

    def execute(self, sql, *args):  # type: ignore[no-untyped-def]
        import duckdb

        if sql.startswith("INSERT"):
            raise duckdb.IOException("IO Error: Could not write file: No space left on device")
        if sql == "ROLLBACK":
            raise duckdb.TransactionException("cannot rollback - no transaction is active")
        return self.real.execute(sql, *args)

    def __getattr__(self, name):  # type: ignore[no-untyped-def]
        return getattr(self.real, name)


def _coded(article_id: str) -> CodedArticle:
    text = f"Seoul met Beijing ({article_id})."
    article = Article(id=article_id, text=text, title=None, date=dt.date(2018, 1, 1), date_source="metadata",
                      source=None, url=None, path="x", content_hash=article_id * 2)
    return CodedArticle(article, (Sentence(article_id, 0, text, 0, len(text)),), ())


def test_a_full_disk_keeps_its_own_error_not_the_failed_rollback(tmp_path):
    with Store.open(tmp_path / "f.duckdb") as store:
        store._con = _FailingConnection(store.con)
        with pytest.raises(StoreError, match="No space left on device"):
            store.write_batch([_coded("a1")], run_id="r")


def test_a_failed_parquet_batch_leaves_nothing_visible(tmp_path, monkeypatch):
    out = tmp_path / "ds"
    original = pq.write_table

    def full_disk(table, where, *args, **kwargs):  # type: ignore[no-untyped-def]
        if "articles" in str(where):
            raise OSError(28, "No space left on device")
        return original(table, where, *args, **kwargs)

    with ParquetSink.open(out) as sink:
        monkeypatch.setattr(pq, "write_table", full_disk)
        with pytest.raises(StoreError, match="no space left"):
            sink.write_batch([_coded("p1")], run_id="r")
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*.parquet")) == []
    assert not [p for p in out.rglob("*.tmp")]


def test_a_second_writer_is_refused_at_once_while_the_first_holds_the_file(tmp_path):
    db = tmp_path / "h.duckdb"
    with Store.open(db) as writer:
        writer.con.execute("SELECT 1")  # connected, not released
        started = time.monotonic()
        with pytest.raises(StoreLockedError, match="being written by another geopivot process"):
            Store.open(db)
        assert time.monotonic() - started < 1.0
