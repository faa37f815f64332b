"""Counting policies: every stored event, or a (source, target, code) once per sentence, article, day."""
from __future__ import annotations

import datetime as dt

import pytest

from geopivot.errors import AnalysisError
from geopivot.store import EventFilter, Store

# (article, sentence, trigger start, date, source, target, code): one article's drills sentence with
# two triggers in both directions, the same event in its headline, and another paper's report.
ROWS = [
    ("a1", 1, 10, "2016-03-07", "USA", "KOR", "062"), ("a1", 1, 10, "2016-03-07", "KOR", "USA", "062"),
    ("a1", 1, 30, "2016-03-07", "USA", "KOR", "062"), ("a1", 1, 30, "2016-03-07", "KOR", "USA", "062"),
    ("a1", 0, 5, "2016-03-07", "USA", "KOR", "062"),
    ("a2", 3, 5, "2016-03-07", "USA", "KOR", "062"),
    ("a3", 0, 5, "2016-03-08", "USA", "KOR", "062"),
    ("a3", 0, 9, "2016-03-08", "USA", "KOR", "042"),
]


@pytest.fixture()
def store(tmp_path):
    with Store.open(tmp_path / "c.duckdb") as opened:
        opened.con.executemany(
            "INSERT INTO events (event_id, producer, article_id, sentence_index, trigger_start, date, "
            "source_code, source_country, target_code, target_country, event_code, event_root, sentence) "
            "VALUES (?, 'geopivot', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'they drilled')",
            [(f"e{i}", a, s, t, dt.date.fromisoformat(d), src, src, tgt, tgt, code, code[:2])
             for i, (a, s, t, d, src, tgt, code) in enumerate(ROWS)])
        yield opened


def _count(store: Store, policy: str, **filters: object) -> int:
    where, params = EventFilter.of(count=policy, **filters).where()
    return store.con.execute(f"SELECT count(*) FROM events{where}", params).fetchone()[0]


@pytest.mark.parametrize(("policy", "expected"), [
    ("all", 8),
    # sentence: a1/1 has 2 directions; a1/0, a2/3 one each; a3/0 two codes.
    ("sentence", 6),
    # article: a1 has 2 directions; a2 one; a3 two codes.
    ("article", 5),
    # day: 03-07 has 2 directions across a1 and a2; 03-08 two codes.
    ("day", 4),
])
def test_policies(store, policy, expected):
    assert _count(store, policy) == expected


def test_symmetric_trigger_counts_once_per_direction(store):
    where, params = EventFilter(count="sentence").where()
    pairs = store.con.execute(f"SELECT source_code, target_code FROM events{where} AND article_id = 'a1' "
                              "AND sentence_index = 1 ORDER BY 1", params).fetchall()
    assert pairs == [("KOR", "USA"), ("USA", "KOR")]


def test_the_first_event_of_a_group_is_kept(store):
    where, params = EventFilter(count="day").where()
    kept = store.con.execute(f"SELECT event_id FROM events{where} ORDER BY event_id", params).fetchall()
    assert [k[0] for k in kept] == ["e1", "e4", "e6", "e7"]


def test_filters_and_merging_commute(store):
    # A condition on what a group shares gives the same count before or after merging.
    assert _count(store, "day", source="KOR") == 1 and _count(store, "day", code="042") == 1


def test_unknown_policy_is_refused():
    with pytest.raises(AnalysisError):
        EventFilter(count="week").where()


def test_pivot_evidence_lists_a_sentence_once(tmp_path):
    from analysis_data import make_store, shifting_events
    from geopivot.analysis.alignment import align

    with make_store(tmp_path / "p.duckdb", shifting_events(range(2017, 2021), shift_year=2019, per_pole=3)) as s:
        # Both directions of every sentence: the same sentence and article twice.
        s.con.execute("INSERT INTO events SELECT * REPLACE (event_id || 'r' AS event_id, "
                      "target_country AS source_country, source_country AS target_country) FROM events")
        pivot = align(s, focal="KOR", pole_a="USA", pole_b="CHN", freq="quarter", top_events=5,
                      flt=EventFilter(count="all")).pivots[0]
    keys = list(zip(pivot.events["article_id"], pivot.events["sentence"], strict=True))
    assert len(keys) == len(set(keys)) == 5
