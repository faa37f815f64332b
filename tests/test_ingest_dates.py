"""Dates: the parser, the search at the top of the text, and the metadata → text → (mtime) → none chain."""
from __future__ import annotations

import datetime as dt
import json
import os

import pytest

from geopivot.ingest import find_date, iter_articles, parse_date
from geopivot.ingest.dating import DatePolicy
from geopivot.models import Article
from geopivot.settings import IngestSettings

DEC15 = dt.date(2017, 12, 15)
FROM_MTIME = IngestSettings(date_policy=DatePolicy(from_mtime=True))
BODY = ("The two leaders agreed to restore exchanges that had been frozen for a year, "
        "officials from both governments said after the meeting in Beijing.")


@pytest.mark.parametrize("value", [
    "2017-12-15", "2017-12-15T08:00:00Z", "2017-12-15 08:00:00+09:00", "2017/12/15", "20171215",
    "15 December 2017", "15th Dec. 2017", "December 15, 2017", "Dec 15 2017", "Friday, December 15, 2017",
    "Fri, 15 Dec 2017 10:00:00 +0000", "12/15/2017", "15/12/2017", "15.12.2017",
    "December 15, 2017 at 3:45 PM EST",
])
def test_parse_date_shapes(value):
    assert parse_date(value) == DEC15


def test_parse_date_slash_dates_are_us_style_when_ambiguous():
    assert parse_date("03/04/2017") == dt.date(2017, 3, 4)


@pytest.mark.parametrize("value", ["", "2017", "December 2017", "yesterday", "2017-02-30", "2017-12-15 and more"])
def test_parse_date_rejects(value):
    assert parse_date(value) is None


@pytest.mark.parametrize("text", [
    "Moon meets Xi\n\nPublished December 15, 2017\n\nBody text.",
    "Moon meets Xi\nPosted on 2017-12-15 by the news desk\nBody text.",
    "Moon meets Xi\n\n15 December 2017\n\nBody text.",
    "BEIJING, Dec. 15, 2017 (Xinhua) -- Chinese President Xi Jinping met Moon.",
    "2017-12-15\nBody text.",
])
def test_find_date_near_the_top(text):
    assert find_date(text) == DEC15


def test_yearless_dateline_takes_the_year_of_the_reference_date():
    text = "SEOUL, Dec. 14 (Yonhap) -- South Korea and China agreed to restore exchanges."
    assert find_date(text, reference=dt.date(2017, 12, 20)) == dt.date(2017, 12, 14)
    assert find_date(text, reference=dt.date(2018, 1, 3)) == dt.date(2017, 12, 14)


@pytest.mark.parametrize("text", [
    "Title\n" + "A line of the body.\n" * 8 + "On December 15, 2017 the council voted.",  # deep in the body
    "Title\n\nPublished December 15, 2999\n\nBody.",                                    # future
    "Title\n\nPublished 3 March 1850\n\nBody.",                                        # before 1900
    "Moon and Xi met in May and talked for hours.",                                    # no full date
])
def test_find_date_ignores_implausible_or_deep_dates(text):
    assert find_date(text) is None


def _one(paths, **kwargs) -> Article:
    items = list(iter_articles([str(p) for p in paths], **kwargs))
    assert len(items) == 1 and isinstance(items[0], Article), items
    return items[0]


def test_record_metadata_wins_over_text(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"text": f"Published March 1, 2016\n\n{BODY}", "date": "2017-12-15"}) + "\n")
    article = _one([path])
    assert (article.date, article.date_source) == (DEC15, "metadata")


def test_date_from_text_when_no_metadata(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(f"Moon meets Xi\n\nPublished December 15, 2017\n\n{BODY}\n", encoding="utf-8")
    article = _one([path])
    assert (article.date, article.date_source) == (DEC15, "text")
    assert "Published" not in article.text


def test_date_from_file_mtime_when_text_has_none_and_asked(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(BODY, encoding="utf-8")
    stamp = dt.datetime(2017, 12, 15, 12, 0).timestamp()
    os.utime(path, (stamp, stamp))
    article = _one([path], settings=FROM_MTIME)
    assert (article.date, article.date_source) == (DEC15, "mtime")


def test_no_date_for_records_without_one(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"text": BODY}) + "\n")
    article = _one([path])
    assert (article.date, article.date_source) == (None, "none")


def test_html_without_meta_date_falls_back_to_text(tmp_path):
    path = tmp_path / "a.html"
    path.write_text(f"<html><head><title>Moon meets Xi</title></head><body><article><h1>Moon meets Xi</h1>"
                    f"<p>Posted on December 15, 2017</p><p>{BODY}</p></article></body></html>", encoding="utf-8")
    article = _one([path])
    assert (article.date, article.date_source) == (DEC15, "text")
    assert article.text == BODY


def test_yearless_dateline_in_a_file_uses_its_mtime_year(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(f"SEOUL, Dec. 14 (Yonhap) -- {BODY}", encoding="utf-8")
    stamp = dt.datetime(2017, 12, 20, 12, 0).timestamp()
    os.utime(path, (stamp, stamp))
    article = _one([path], settings=FROM_MTIME)
    assert (article.date, article.date_source) == (dt.date(2017, 12, 14), "text")
