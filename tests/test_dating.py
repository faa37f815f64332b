"""The date policy: record date → --date/--dates → a stamp at the top of the text → none; mtime on request."""
from __future__ import annotations

import datetime as dt
import json
import os

import pytest

from geopivot.errors import InputError
from geopivot.ingest import iter_articles
from geopivot.ingest.dating import DatePolicy, load_dates_csv
from geopivot.models import Article
from geopivot.settings import IngestSettings

DEC15 = dt.date(2017, 12, 15)
JAN2 = dt.date(2005, 1, 2)
BODY = ("The two leaders agreed to restore exchanges that had been frozen for a year, "
        "officials from both governments said after the meeting in Beijing.")


def _one(path, policy: DatePolicy = DatePolicy()) -> Article:
    items = list(iter_articles([str(path)], settings=IngestSettings(date_policy=policy)))
    assert len(items) == 1 and isinstance(items[0], Article), items
    return items[0]


def _old_file(tmp_path, text: str, name: str = "a.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    stamp = dt.datetime(2017, 12, 15, 12, 0).timestamp()
    os.utime(path, (stamp, stamp))
    return path


def test_mtime_is_not_a_date_by_default(tmp_path):
    article = _one(_old_file(tmp_path, BODY))
    assert (article.date, article.date_source, article.date_confidence) == (None, "none", None)


def test_mtime_on_request(tmp_path):
    article = _one(_old_file(tmp_path, BODY), DatePolicy(from_mtime=True))
    assert (article.date, article.date_source) == (DEC15, "mtime")
    assert article.date_confidence is not None and article.date_confidence < 0.5


@pytest.mark.parametrize("text", [
    # Dates inside sentences near the top are about events, not publication.
    "Profile: a leader\n\nHe was born on 20 May 2000 in London and grew up in the north.\n\n" + BODY,
    "Title\n\nOn 11 September 2001 the world changed, the minister said on Monday.\n\n" + BODY,
])
def test_a_date_inside_a_sentence_is_not_a_publication_date(tmp_path, text):
    assert _one(_old_file(tmp_path, text)).date_source == "none"


@pytest.mark.parametrize("text, confidence_at_least", [
    ("Moon meets Xi\n\nPublished December 15, 2017\n\n" + BODY, 0.8),
    ("Moon meets Xi\nLast updated: 15 Dec 2017, 10:32 GMT\n" + BODY, 0.8),
    ("Moon meets Xi\n\n15 December 2017\n\n" + BODY, 0.7),
    ("BEIJING, Dec. 15, 2017 (Xinhua) -- " + BODY, 0.7),
])
def test_stamps_at_the_top_date_the_article(tmp_path, text, confidence_at_least):
    article = _one(_old_file(tmp_path, text))
    assert (article.date, article.date_source) == (DEC15, "text")
    assert article.date_confidence >= confidence_at_least


def test_user_date_for_all(tmp_path):
    article = _one(_old_file(tmp_path, BODY), DatePolicy(date=JAN2))
    assert (article.date, article.date_source, article.date_confidence) == (JAN2, "user", 1.0)


def test_user_date_beats_the_text_but_not_the_record(tmp_path):
    text_dated = _one(_old_file(tmp_path, "Title\n\nPublished December 15, 2017\n\n" + BODY),
                      DatePolicy(date=JAN2))
    assert (text_dated.date, text_dated.date_source) == (JAN2, "user")
    record = tmp_path / "r.jsonl"
    record.write_text(json.dumps({"text": BODY, "date": "2017-12-15"}) + "\n")
    assert _one(record, DatePolicy(date=JAN2)).date_source == "metadata"


def test_dates_file_by_relative_path_and_by_name(tmp_path):
    (tmp_path / "news").mkdir()
    first = _old_file(tmp_path / "news", BODY, "a.txt")
    second = _old_file(tmp_path / "news", BODY + " Again.", "b.txt")
    csv_file = tmp_path / "dates.csv"
    csv_file.write_text("path,date\nnews/a.txt,2005-01-02\nb.txt,2004-03-04\n", encoding="utf-8")
    policy = DatePolicy(by_path=load_dates_csv(csv_file))
    assert _one(first, policy).date == JAN2
    assert _one(second, policy).date == dt.date(2004, 3, 4)


def test_dates_file_wins_over_the_date_for_all(tmp_path):
    path = _old_file(tmp_path, BODY)
    policy = DatePolicy(date=DEC15, by_path={"a.txt": JAN2})
    assert _one(path, policy).date == JAN2


@pytest.mark.parametrize("content, line", [("a.txt,2005-13-40\n", 1), ("path,date\na.txt\n", 2),
                                           ("path,date\na.txt,yesterday\n", 2)])
def test_bad_dates_file_names_the_line(tmp_path, content, line):
    csv_file = tmp_path / "dates.csv"
    csv_file.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as info:
        load_dates_csv(csv_file)
    assert info.value.line == line


def test_yearless_dateline_needs_the_file_date(tmp_path):
    path = _old_file(tmp_path, "SEOUL, Dec. 14 (Yonhap) -- " + BODY)
    assert _one(path).date_source == "none"
    assert _one(path, DatePolicy(from_mtime=True)).date == dt.date(2017, 12, 14)


# -- the run: options, storage and the summary -----------------------------------------------
def _run(tmp_path, *args):
    from click.testing import CliRunner

    from geopivot.cli import cli

    db = tmp_path / "t.duckdb"
    result = CliRunner().invoke(cli, ["run", str(tmp_path / "in"), "--db", str(db), *args])
    assert result.exit_code == 0, result.output
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    try:
        rows = con.execute("SELECT path, date, date_source, date_confidence FROM articles ORDER BY path").fetchall()
    finally:
        con.close()
    return result, rows


@pytest.fixture()
def folder(tmp_path):
    (tmp_path / "in").mkdir()
    _old_file(tmp_path / "in", "Moon meets Xi\n\n" + BODY.replace("The two", "South Korea and China"), "a.txt")
    _old_file(tmp_path / "in", "Published 3 March 2005\n\nChina condemned the missile deployment in "
              "South Korea on Friday.", "b.txt")
    return tmp_path


def test_run_stores_undated_articles_and_warns(folder):
    result, rows = _run(folder)
    assert [(r[1], r[2]) for r in rows] == [(None, "none"), (dt.date(2005, 3, 3), "text")]
    assert "1 articles have no date" in result.output


def test_run_with_a_dates_file(folder):
    (folder / "dates.csv").write_text("path,date\na.txt,2005-01-02\n", encoding="utf-8")
    result, rows = _run(folder, "--dates", str(folder / "dates.csv"))
    assert [(r[1], r[2], r[3]) for r in rows][0] == (JAN2, "user", 1.0)
    assert "have no date" not in result.output


def test_run_with_mtime_on_request(folder):
    _, rows = _run(folder, "--date-from-mtime")
    assert (rows[0][1], rows[0][2]) == (DEC15, "mtime")


def test_seeds_are_undated_and_every_coded_event_is_accounted_for(tmp_path):
    import re

    from click.testing import CliRunner
    from conftest import shared_path

    from geopivot.cli import cli

    db = str(tmp_path / "s.duckdb")
    run = CliRunner().invoke(cli, ["run", str(shared_path("seeds")), "--db", db])
    assert run.exit_code == 0, run.output
    coded = int(re.search(r"(\d+)\s+events →", run.output).group(1))
    assert "2 articles have no date" in run.output
    export = CliRunner().invoke(cli, ["events", "--db", db])
    written = int(re.search(r"(\d+) events written", export.stderr).group(1))
    left = re.search(r"(\d+) historical left out", export.stderr)
    assert written + (int(left.group(1)) if left else 0) == coded


def test_policy_travels_to_worker_processes():
    import pickle

    from geopivot.settings import Settings

    settings = Settings(ingest=IngestSettings(date_policy=DatePolicy(date=JAN2, by_path={"a.txt": DEC15})))
    assert pickle.loads(pickle.dumps(settings)).ingest.date_policy.by_path == {"a.txt": DEC15}


def test_user_date_decides_who_held_an_office():
    from geopivot.pipeline.engine import _resolution_date

    article = Article(id="a", text="x", date=JAN2, date_source="user")
    assert _resolution_date(article) == JAN2
    assert _resolution_date(Article(id="b", text="x", date=JAN2, date_source="mtime")) is None
