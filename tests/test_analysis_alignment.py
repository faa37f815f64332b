"""Alignment score, bootstrap band and pivots on hand-computed cases."""
from __future__ import annotations

import datetime as dt
import math

import pytest

from analysis_data import make_store, shifting_events
from geopivot.analysis.alignment import align
from geopivot.errors import AnalysisError


@pytest.fixture()
def store(tmp_path):
    events = [
        # 2017Q1: USA pole Goldstein 5 and 3 → r_a = 0.4; CHN pole -2 → r_b = -0.2.
        ("2017-01-10", "KOR", "USA", "040", 5.0),
        ("2017-02-10", "USA", "KOR", "040", 3.0),
        ("2017-03-10", "KOR", "CHN", "111", -2.0),
        # 2017Q2: nothing. 2017Q3: only the second pole (RUS) → r_a = 0, r_b = 0.7.
        ("2017-08-01", "RUS", "KOR", "057", 7.0),
        # Not the focal state's: ignored.
        ("2017-08-02", "USA", "CHN", "190", -10.0),
    ]
    with make_store(tmp_path / "a.duckdb", events) as store:
        yield store


def test_score_is_half_the_difference_of_mean_goldstein(store):
    periods = align(store, focal="KOR", pole_a="USA", pole_b="CHN,RUS", freq="quarter", min_events=1).periods
    first = periods.iloc[0]
    assert (first.n_a, first.n_b) == (2, 1)
    assert first.r_a == pytest.approx(0.4)
    assert first.r_b == pytest.approx(-0.2)
    assert first.score == pytest.approx(-0.3)


def test_period_without_events_has_no_score(store):
    periods = align(store, focal="KOR", pole_a="USA", pole_b="CHN,RUS", freq="quarter").periods
    assert [p.isoformat() for p in periods["period"]] == ["2017-01-01", "2017-04-01", "2017-07-01"]
    assert math.isnan(periods["score"][1])


def test_a_silent_pole_is_no_data_not_neutral(store):
    third = align(store, focal="KOR", pole_a="USA", pole_b="CHN,RUS", freq="quarter", min_events=1).periods.iloc[2]
    assert third.n_a == 0 and math.isnan(third.r_a) and math.isnan(third.score)
    assert third.status == "insufficient"


def test_band_contains_the_score(store):
    periods = align(store, focal="KOR", pole_a="USA", pole_b="CHN,RUS", freq="quarter", n_boot=500,
                    min_events=1).periods
    first = periods.iloc[0]
    assert first.low <= first.score <= first.high
    assert first.low < first.high
    # CHN's single event: its mean does not vary; only USA's two events move the band.
    usa_only = align(store, focal="KOR", pole_a="CHN", pole_b="USA", freq="quarter", n_boot=500,
                     min_events=1).periods.iloc[0]
    assert usa_only.low < usa_only.high


def test_band_comes_from_resampling_events(store):
    # Resampling USA's {5, 3} gives r_a in {0.5, 0.4, 0.3}; with r_b = -0.2 the score is in
    # {-0.35, -0.3, -0.25}, the ends with probability 1/4 each.
    first = align(store, focal="KOR", pole_a="USA", pole_b="CHN", freq="quarter", n_boot=2000,
                  min_events=1).periods.iloc[0]
    assert first.low == pytest.approx(-0.35)
    assert first.high == pytest.approx(-0.25)


def test_same_seed_same_band(store):
    one = align(store, focal="KOR", pole_a="USA", pole_b="CHN,RUS", seed=7).periods
    two = align(store, focal="KOR", pole_a="USA", pole_b="CHN,RUS", seed=7).periods
    assert one.equals(two)


def test_poles_sharing_a_country_are_refused(store):
    with pytest.raises(AnalysisError):
        align(store, focal="KOR", pole_a="USA,CHN", pole_b="CHN")


def _pivot_store(tmp_path):
    # Eight quarters close to the USA, then eight close to CHN; the break is 2019Q1.
    return make_store(tmp_path / "p.duckdb", shifting_events(range(2017, 2021), shift_year=2019, per_pole=3))


def test_a_clear_shift_gives_one_pivot_at_the_break(tmp_path):
    with _pivot_store(tmp_path) as store:
        result = align(store, focal="KOR", pole_a="USA", pole_b="CHN", freq="quarter")
    assert [p.period.isoformat() for p in result.pivots] == ["2019-01-01"]
    pivot = result.pivots[0]
    assert pivot.direction == "toward CHN"
    assert pivot.before == pytest.approx(-0.4)
    assert pivot.after == pytest.approx(0.4)


def test_pivot_lists_the_events_that_push_its_way(tmp_path):
    with _pivot_store(tmp_path) as store:
        pivot = align(store, focal="KOR", pole_a="USA", pole_b="CHN", freq="quarter", top_events=4).pivots[0]
    events = pivot.events
    assert len(events) == 4
    assert all(d >= dt.date(2019, 1, 1) for d in events["date"])
    # China's 6.0 among 3 events of its pole moves the score by 6/(20*3) = 0.1, more than KOR→USA's -2.
    assert events["event_code"].tolist() == ["057"] * 4
    assert events["contribution"].tolist() == pytest.approx([0.1] * 4)
    assert events["sentence"].str.contains("CHN did 057 to KOR").all()


def test_flat_series_has_no_pivot(tmp_path):
    events = [(dt.date(2017 + q // 4, 3 * (q % 4) + 1, 1).isoformat(), "KOR", "USA", "040", 1.0) for q in range(12)]
    with make_store(tmp_path / "f.duckdb", events) as store:
        assert align(store, focal="KOR", pole_a="USA", pole_b="CHN").pivots == []
