"""annotations/written: the project's own training sentences load with offsets, a bad label drops its sentence."""
from __future__ import annotations

import datetime as dt
import json

import pytest
from conftest import REPO

from geopivot.evaluation.written import load_written, written_split

GOOD = {"id": "t-1", "kind": "headline", "text": "Paris thanks Berlin, warns Rome",
        "events": [{"source": "Paris", "source_actor": "FRAGOV", "code": "051", "target": "Berlin",
                    "target_actor": "DEU"}]}


def _write(folder, *records):
    (folder / "a.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")


def _load(folder):
    return load_written(folder, splits=None)


def test_spans_become_offsets(tmp_path):
    _write(tmp_path, GOOD)
    sentences, problems = _load(tmp_path)
    event = sentences[0].events[0]
    assert problems == []
    assert (sentences[0].text[event.source_start:event.source_end], event.code,
            sentences[0].text[event.target_start:event.target_end]) == ("Paris", "051", "Berlin")


@pytest.mark.parametrize("bad", [
    {"source": "Madrid", "source_actor": "ESP", "code": "051", "target": "Rome", "target_actor": "ITA"},
    {"source": "Paris", "source_actor": "France", "code": "051", "target": "Rome", "target_actor": "ITA"},
    {"source": "Paris", "source_actor": "FRA", "code": "51", "target": "Rome", "target_actor": "ITA"},
])
def test_a_sentence_with_a_bad_event_is_left_out_whole(tmp_path, bad):
    record = dict(GOOD, events=GOOD["events"] + [bad])
    _write(tmp_path, record)
    sentences, problems = _load(tmp_path)
    assert sentences == [] and len(problems) == 1 and problems[0].startswith("a.jsonl:1:")


@pytest.mark.parametrize(("date", "expected"), [("2005-03-14", dt.date(2005, 3, 14)), (None, None)])
def test_an_article_keeps_its_date(tmp_path, date, expected):
    # written articles give their date: "the prime minister" is read on it
    _write(tmp_path, dict(GOOD, date=date) if date else GOOD)
    sentences, problems = _load(tmp_path)
    assert problems == [] and sentences[0].date == expected


def test_a_bad_date_leaves_the_article_out(tmp_path):
    _write(tmp_path, dict(GOOD, date="14 March"))
    sentences, problems = _load(tmp_path)
    assert sentences == [] and len(problems) == 1


def test_a_repeated_text_is_kept_once(tmp_path):
    _write(tmp_path, GOOD, dict(GOOD, id="t-2", text=" paris thanks  Berlin, warns Rome"))
    sentences, problems = _load(tmp_path)
    assert [s.sentence_id for s in sentences] == ["t-1"] and len(problems) == 1


def test_the_split_is_fixed_by_the_id():
    splits = [written_split(f"w-{n}") for n in range(2000)]
    assert splits == [written_split(f"w-{n}") for n in range(2000)]
    assert 0.07 < splits.count("test") / 2000 < 0.13
    # a dev share beside it chooses the event model's threshold with the annotated dev split
    assert 0.07 < splits.count("dev") / 2000 < 0.13
    assert set(splits) == {"train", "dev", "test"}


def test_the_committed_written_set_loads_cleanly():
    folder = REPO / "annotations" / "written"
    if not folder.is_dir():
        pytest.skip("no written sentences")
    sentences, problems = load_written(folder)
    assert problems == [] and len(sentences) > 0
