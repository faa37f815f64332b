"""One export path: stdout and files get the same bytes in every format; nulls, dates, codes."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from analysis_data import make_store
from geopivot.cli import cli

EVENTS = [("2016-01-07", "KOR", "USA", "040", 1.0), ("2016-03-07", "KOR", "CHN", "010", 0.0),
          ("2016-03-07", "USA", "KOR", "062", 7.0)]


@pytest.fixture()
def db(tmp_path):
    path = tmp_path / "x.duckdb"
    with make_store(path, EVENTS) as store:
        store.con.execute("UPDATE events SET historical = (event_code = '062')")
    return path


def _events(db, *args):
    return CliRunner().invoke(cli, ["events", "--db", str(db), *args])


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
def test_stdout_and_file_are_byte_identical(db, tmp_path, fmt):
    out = tmp_path / f"e.{fmt}"
    to_stdout, to_file = _events(db, "--format", fmt), _events(db, "--format", fmt, "-o", str(out))
    assert (to_stdout.exit_code, to_file.exit_code) == (0, 0), to_stdout.output + to_file.output
    assert to_stdout.stdout_bytes == out.read_bytes() and out.stat().st_size > 0


def test_jsonl_has_iso_dates_nulls_and_string_codes(db):
    rows = [json.loads(line) for line in _events(db, "--format", "jsonl").stdout.splitlines()]
    assert [r["date"] for r in rows] == ["2016-01-07", "2016-03-07"]
    assert [r["event_code"] for r in rows] == ["040", "010"]
    assert rows[1]["plover_type"] is None and rows[0]["target_code"] is None
    assert rows[0]["date_source"] == "metadata"


def test_csv_booleans_and_empty_nulls(db):
    lines = _events(db, "--format", "csv").stdout.splitlines()
    header = lines[0].split(",")
    first = dict(zip(header, lines[1].split(","), strict=True))
    assert (first["historical"], first["target_code"], first["event_code"]) == ("false", "", "040")


def test_json_is_an_alias_that_says_so(db):
    result = _events(db, "--format", "json")
    assert result.stdout == _events(db, "--format", "jsonl").stdout
    assert "--format jsonl" in result.stderr


def test_historical_left_out_and_counted(db):
    result = _events(db)
    assert "2 events written" in result.stderr and "1 historical left out" in result.stderr
    assert "3 events written" in _events(db, "--include-historical").stderr


def test_counting_policy_in_exports(tmp_path):
    path = tmp_path / "d.duckdb"
    with make_store(path, [("2016-03-07", "KOR", "USA", "062", 7.0)] * 3) as store:
        store.con.execute("UPDATE events SET source_text = 'Seoul'")
    assert "3 events written" in _events(path).stderr
    assert "1 events written" in _events(path, "--count", "day").stderr


def test_code_record_names_article_id_and_keeps_doc_id_and_nulls_no_plover_type():
    from geopivot.models import Actor, ActorMention, Event, EventType

    korea = ActorMention("Seoul", 0, 5, Actor("KORGOV", "South Korea", "KOR", "GOV", "state"))
    event = Event(article_id="a1", sentence_index=0, sentence="Seoul said so.", date=None, source=korea,
                  event_type=EventType("010", "Make statement", 0.0, 1, "NONE"),
                  trigger_text="said", trigger_start=6, trigger_end=10)
    record = event.record()
    assert (record["article_id"], record["doc_id"], record["plover_type"]) == ("a1", "a1", None)
