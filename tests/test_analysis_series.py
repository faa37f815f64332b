"""Dyadic series on hand-computed cases."""
from __future__ import annotations

import datetime as dt
import math

import pytest

from analysis_data import make_store
from geopivot.analysis.periods import period_label, period_range, period_start
from geopivot.analysis.series import dyad_series
from geopivot.errors import AnalysisError
from geopivot.store.query import EventFilter

EVENTS = [
    ("2017-01-05", "KOR", "CHN", "042", 1.9),   # q1
    ("2017-01-20", "CHN", "KOR", "190", -10.0),  # q4
    ("2017-01-25", "USA", "JPN", "040", 1.0),    # another dyad: only in the period total
    ("2017-03-02", "KOR", "CHN", "061", 8.0),    # q2
    ("2017-03-10", "KOR", "RUS", "111", -2.0),   # q3
]


@pytest.fixture()
def store(tmp_path):
    with make_store(tmp_path / "s.duckdb", EVENTS) as store:
        yield store


def test_monthly_counts_and_zero_filled_gap(store):
    frame = dyad_series(store, side_a="KOR", side_b="CHN", freq="month")
    assert [p.isoformat() for p in frame["period"]] == ["2017-01-01", "2017-02-01", "2017-03-01"]
    assert frame["events"].tolist() == [2, 0, 1]
    assert frame[["q1", "q2", "q3", "q4"]].values.tolist() == [[1, 0, 0, 1], [0, 0, 0, 0], [0, 1, 0, 0]]
    assert frame["goldstein_sum"].tolist() == pytest.approx([-8.1, 0.0, 8.0])
    assert frame["goldstein_mean"][0] == pytest.approx(-4.05)
    assert math.isnan(frame["goldstein_mean"][1])
    assert frame["net_cooperation"].tolist() == [0, 0, 1]


def test_shares_divide_by_all_events_of_the_period(store):
    frame = dyad_series(store, side_a="KOR", side_b="CHN", freq="month")
    assert frame["total_events"].tolist() == [3, 0, 2]
    assert frame["events_share"][0] == pytest.approx(2 / 3)
    assert math.isnan(frame["events_share"][1])
    assert frame["net_cooperation_share"][2] == pytest.approx(0.5)
    assert frame["goldstein_sum_share"][2] == pytest.approx(4.0)


@pytest.mark.parametrize(("directed", "events"), [(True, [1, 0, 1]), (False, [2, 0, 1])])
def test_directed_counts_only_a_to_b(store, directed, events):
    frame = dyad_series(store, side_a="KOR", side_b="CHN", freq="month", directed=directed)
    assert frame["events"].tolist() == events


def test_a_group_side_adds_its_members(store):
    frame = dyad_series(store, side_a="KOR", side_b="CHN,RUS", freq="quarter")
    assert frame["events"].tolist() == [4]
    assert frame[["q1", "q2", "q3", "q4"]].values.tolist() == [[1, 1, 1, 1]]


def test_filter_since_limits_rows_and_range(store):
    frame = dyad_series(store, side_a="KOR", side_b="CHN", freq="month",
                        flt=EventFilter(since=dt.date(2017, 2, 1)))
    assert frame["events"].tolist() == [0, 1]


def test_growing_corpus_does_not_fake_a_trend(tmp_path):
    # The same dyad share in both years, ten times the volume in the second.
    events = [("2016-06-01", "KOR", "CHN", "042", 1.9), ("2016-06-02", "USA", "JPN", "040", 1.0)]
    events += [("2017-06-01", "KOR", "CHN", "042", 1.9)] * 10 + [("2017-06-02", "USA", "JPN", "040", 1.0)] * 10
    with make_store(tmp_path / "g.duckdb", events) as store:
        frame = dyad_series(store, side_a="KOR", side_b="CHN", freq="year")
    assert frame["events"].tolist() == [1, 10]
    assert frame["events_share"].tolist() == [0.5, 0.5]


def test_empty_store_gives_empty_frame(tmp_path):
    with make_store(tmp_path / "e.duckdb", []) as store:
        assert dyad_series(store, side_a="KOR", side_b="CHN").empty


@pytest.mark.parametrize("freq", ["fortnight", "Month"])
def test_unknown_frequency_is_an_analysis_error(store, freq):
    with pytest.raises(AnalysisError):
        dyad_series(store, side_a="KOR", side_b="CHN", freq=freq)


@pytest.mark.parametrize(("day", "freq", "start", "label"), [
    ("2017-05-17", "day", "2017-05-17", "2017-05-17"),
    ("2017-05-17", "week", "2017-05-15", "2017-W20"),
    ("2017-05-17", "month", "2017-05-01", "2017-05"),
    ("2017-05-17", "quarter", "2017-04-01", "2017Q2"),
    ("2017-05-17", "year", "2017-01-01", "2017"),
])
def test_period_start_and_label(day, freq, start, label):
    first = period_start(dt.date.fromisoformat(day), freq)
    assert first.isoformat() == start
    assert period_label(first, freq) == label


def test_period_range_keeps_gaps():
    days = period_range(dt.date(2016, 11, 20), dt.date(2017, 2, 3), "month")
    assert [d.isoformat() for d in days] == ["2016-11-01", "2016-12-01", "2017-01-01", "2017-02-01"]


def test_sql_and_python_weeks_agree(store):
    frame = dyad_series(store, side_a="KOR", side_b="CHN", freq="week")
    assert frame["period"][0] == period_start(dt.date(2017, 1, 5), "week")
