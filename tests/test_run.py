"""`geopivot run` end to end: formats in, events stored, re-runs idempotent, kills resumable."""
from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner

from geopivot.cli import cli

REPORTS = {
    "a.txt": "SEOUL, Dec. 14, 2017 -- South Korean President Moon Jae-in met Chinese President "
             "Xi Jinping in Beijing on Thursday. The two leaders agreed to restore exchanges.\n",
    "b.md": "# Sanctions\n\nPublished March 3, 2017\n\nChina's foreign ministry condemned the deployment "
            "of the missile-defence system in South Korea.\n",
    "c.jsonl": json.dumps({"id": "c1", "date": "2018-04-27", "text": "Kim Jong-un met Moon Jae-in "
                           "at Panmunjom. North Korea and South Korea signed a declaration."}) + "\n",
    "d.csv": 'id,date,text\nd1,2017-09-03,"The United States threatened North Korea with sanctions."\n',
    "e.html": "<html><head><title>Talks</title><meta name='date' content='2018-06-14'></head><body>"
              "<nav>Home | World | Subscribe</nav><article><h1>Talks</h1><p>Russian President Vladimir "
              "Putin hosted South Korean President Moon Jae-in in Moscow on Friday, and the two "
              "leaders signed an agreement on gas cooperation.</p></article></body></html>",
}


def _corpus(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in REPORTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _tables(db: Path) -> dict[str, list[tuple]]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {
            "articles": con.execute("SELECT article_id, content_hash, date, duplicate_of FROM articles "
                                    "ORDER BY 1").fetchall(),
            "sentences": con.execute("SELECT * FROM sentences ORDER BY 1, 2").fetchall(),
            "events": con.execute("SELECT * EXCLUDE (run_id) FROM events ORDER BY event_id").fetchall(),
        }
    finally:
        con.close()


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "geopivot.cli", *args], capture_output=True, text=True)


def test_every_format_yields_articles_and_events(tmp_path):
    db = tmp_path / "g.duckdb"
    result = CliRunner().invoke(cli, ["run", str(_corpus(tmp_path / "in")), "--db", str(db), "-q"])
    assert result.exit_code == 0, result.output
    tables = _tables(db)
    assert len(tables["articles"]) == len(REPORTS)
    assert len(tables["events"]) >= len(REPORTS)


def test_rerun_adds_nothing(tmp_path):
    db = tmp_path / "g.duckdb"
    corpus = _corpus(tmp_path / "in")
    CliRunner().invoke(cli, ["run", str(corpus), "--db", str(db), "-q"])
    first = _tables(db)
    CliRunner().invoke(cli, ["run", str(corpus), "--db", str(db), "-q"])
    assert _tables(db) == first


def test_fast_path_codes_the_same_events(tmp_path):
    corpus = _corpus(tmp_path / "in")
    fast, slow = tmp_path / "fast.duckdb", tmp_path / "slow.duckdb"
    CliRunner().invoke(cli, ["run", str(corpus), "--db", str(fast), "-q"])
    CliRunner().invoke(cli, ["run", str(corpus), "--db", str(slow), "-q", "--no-fast-path"])
    assert _tables(fast)["events"] == _tables(slow)["events"]


def test_killed_run_resumes_to_the_same_rows(tmp_path):
    corpus = _corpus(tmp_path / "in")
    clean, killed = tmp_path / "clean.duckdb", tmp_path / "killed.duckdb"
    assert _run("run", str(corpus), "--db", str(clean), "-q").returncode == 0
    # Kill the process with SIGKILL in the middle of its second batch transaction.
    script = textwrap.dedent(f"""
        import os, signal, sys
        from geopivot.store import store as store_module
        original = store_module.Store.write_batch
        calls = []
        def write_batch(self, *args, **kwargs):
            calls.append(1)
            if len(calls) == 2:
                self.con.execute("BEGIN TRANSACTION")
                self.con.execute("INSERT INTO problems VALUES ('x', 'half-written', 0, 'x')")
                os.kill(os.getpid(), signal.SIGKILL)
            return original(self, *args, **kwargs)
        store_module.Store.write_batch = write_batch
        from geopivot.settings import Settings
        from geopivot.pipeline.runner import run_corpus
        from pathlib import Path
        settings = Settings(db_path=Path({str(killed)!r}), articles_per_batch=2)
        run_corpus([{str(corpus)!r}], settings=settings)
    """)
    died = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert died.returncode == -9, died.stderr
    assert 0 < len(_tables(killed)["articles"]) < len(REPORTS)
    assert _run("run", str(corpus), "--db", str(killed), "-q").returncode == 0
    assert _tables(killed) == _tables(clean)


@pytest.mark.parametrize(("name", "content", "reason"), [
    ("empty.txt", b"", "empty"),
    ("binary.txt", bytes(range(256)) * 8, "binary"),
    ("bad.jsonl", b'{"id": "x1", "text": "Seoul protested to Tokyo."}\n{"id": "x2", "te', "jsonl:2: truncated"),
    ("nope.xyz", b"hello", "unsupported"),
])
def test_bad_input_is_one_line_and_good_input_is_still_coded(tmp_path, name, content, reason):
    corpus = _corpus(tmp_path / "in")
    (corpus / name).write_bytes(content)
    db = tmp_path / "g.duckdb"
    result = _run("run", str(corpus), "--db", str(db), "-q")
    assert result.returncode == 3
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and name in lines[0] and reason in lines[0].lower(), result.stderr
    assert "Traceback" not in result.stderr
    assert len(_tables(db)["articles"]) >= len(REPORTS)


def test_missing_path_is_reported_not_raised(tmp_path):
    result = _run("run", str(tmp_path / "missing"), "--db", str(tmp_path / "g.duckdb"), "-q")
    assert result.returncode == 3 and "missing" in result.stderr and "Traceback" not in result.stderr


def test_cli_reports_database_in_use(tmp_path):
    db = tmp_path / "locked.duckdb"
    duckdb.connect(str(db)).close()
    holder = subprocess.Popen([sys.executable, "-c", f"import duckdb, time; c = duckdb.connect({str(db)!r}); "
                               "print('ready', flush=True); time.sleep(30)"], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        result = _run("run", str(_corpus(tmp_path / "in")), "--db", str(db), "-q")
    finally:
        holder.kill()
        holder.wait()
    assert result.returncode == 1
    assert result.stderr.startswith("geopivot: error: ") and "database is in use by" in result.stderr
    assert "Traceback" not in result.stderr


def test_events_export_filters_by_country(tmp_path):
    db = tmp_path / "g.duckdb"
    CliRunner().invoke(cli, ["run", str(_corpus(tmp_path / "in")), "--db", str(db), "-q"])
    result = CliRunner().invoke(cli, ["events", "--db", str(db), "--country", "PRK", "--format", "jsonl"])
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows and all("PRK" in (r["source_country"], r["target_country"]) for r in rows)


CODE_FIELDS = {"doc_id", "sentence", "date", "source_text", "source_code", "source_country",
               "source_sector", "event_code", "event_root", "plover_type", "quad_class", "goldstein",
               "target_text", "target_code", "target_country", "target_sector"}


def test_code_command_writes_the_documented_record(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text(REPORTS["c.jsonl"], encoding="utf-8")
    result = _run("code", str(path))
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert records and all(CODE_FIELDS <= set(r) and r["doc_id"] == "c1" for r in records)
    first = records[0]
    assert first["sentence"][first["source_start"]:first["source_end"]] == first["source_text"]


def test_code_record_fields_are_documented():
    documented = (Path(__file__).resolve().parents[1] / "docs" / "code-record.md").read_text()
    assert all(f"`{name}`" in documented for name in CODE_FIELDS)


def test_two_local_processes_code_the_same_rows(tmp_path):
    corpus = _corpus(tmp_path / "in")
    one, two = tmp_path / "one.duckdb", tmp_path / "two.duckdb"
    assert _run("run", str(corpus), "--db", str(one), "-q").returncode == 0
    assert _run("run", str(corpus), "--db", str(two), "-q", "-j", "2").returncode == 0
    assert _tables(two) == _tables(one)


@pytest.mark.parametrize(("every_s", "releases"), [
    # before coding, after preparing each one-article batch, and on closing
    (0.0, 1 + len(REPORTS) + 1),
    (3600.0, 1 + 1),  # before coding and on closing: no second batch comes within the hour
])
def test_a_run_lets_readers_in_between_batches_at_most_every_release_every_s(tmp_path, monkeypatch,
                                                                             every_s, releases):
    from geopivot.pipeline.runner import run_corpus
    from geopivot.settings import NlpSettings, Settings
    from geopivot.store import Store

    calls = []
    real = Store.release
    monkeypatch.setattr(Store, "release", lambda self: (calls.append(1), real(self))[1])
    settings = Settings(db_path=tmp_path / "g.duckdb", quiet=True, articles_per_batch=1,
                        release_every_s=every_s, nlp=NlpSettings(event_model=False))
    summary = run_corpus([str(_corpus(tmp_path / "in"))], settings=settings)
    assert summary.articles_coded == len(REPORTS)
    assert len(calls) == releases
