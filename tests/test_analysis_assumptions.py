"""Analyses that say what they assumed: too few events is a gap, not 0; the weights; the frequency."""
from __future__ import annotations

import math

import pytest

from analysis_data import make_store, shifting_events
from geopivot.analysis.alignment import align, compare_freqs
from geopivot.errors import AnalysisError

# 2017Q1: 3 events with each pole; 2017Q2: 3 with USA, 1 with CHN; 2017Q3: 2 with USA only.
EVENTS = ([("2017-01-10", "KOR", "USA", "040", 5.0)] * 3 + [("2017-02-10", "KOR", "CHN", "111", -2.0)] * 3
          + [("2017-04-10", "KOR", "USA", "040", 1.0)] * 3 + [("2017-05-10", "CHN", "KOR", "057", 6.0)]
          + [("2017-07-10", "USA", "KOR", "042", 1.9)] * 2)


@pytest.fixture()
def store(tmp_path):
    with make_store(tmp_path / "a.duckdb", EVENTS) as opened:
        yield opened


def test_a_pole_with_too_few_events_is_insufficient_not_zero(store):
    periods = align(store, focal="KOR", pole_a="USA", pole_b="CHN", freq="quarter", n_boot=50).periods
    assert periods["status"].tolist() == ["ok", "insufficient", "insufficient"]
    assert not math.isnan(periods["score"][0])
    assert math.isnan(periods["score"][1]) and math.isnan(periods["score"][2])
    assert math.isnan(periods["r_b"][1])  # one event with CHN: no mean, not 0


def test_min_events_is_a_choice(store):
    periods = align(store, focal="KOR", pole_a="USA", pole_b="CHN", freq="quarter", n_boot=50,
                    min_events=1).periods
    assert periods["status"].tolist() == ["ok", "ok", "insufficient"]


def test_quad_weights_score_events_without_goldstein(tmp_path):
    events = [("2017-01-10", "KOR", "USA", "040", None)] * 3 + [("2017-02-10", "KOR", "CHN", "190", None)] * 3
    with make_store(tmp_path / "q.duckdb", events) as store:
        with pytest.raises(AnalysisError, match="--weights quad"):
            align(store, focal="KOR", pole_a="USA", pole_b="CHN", n_boot=10)
        periods = align(store, focal="KOR", pole_a="USA", pole_b="CHN", n_boot=10, weights="quad").periods
    # Verbal cooperation with the USA (+0.5), material conflict with China (-1): score (-1 - 0.5)/2.
    assert periods["score"][0] == pytest.approx(-0.75)


def test_frequencies_that_agree(tmp_path):
    with make_store(tmp_path / "p.duckdb", shifting_events(range(2015, 2023), shift_year=2019,
                                                           per_pole=3)) as store:
        comparison = compare_freqs(store, focal="KOR", pole_a="USA", pole_b="CHN", n_boot=100)
    assert [len(comparison.pivots[f]) for f in ("quarter", "year")] == [1, 1]
    assert comparison.agree


def test_frequencies_that_disagree_are_reported(tmp_path):
    # Two years: eight quarters show the move, two yearly points cannot.
    with make_store(tmp_path / "d.duckdb", shifting_events(range(2017, 2019), shift_year=2018,
                                                           per_pole=3)) as store:
        comparison = compare_freqs(store, focal="KOR", pole_a="USA", pole_b="CHN", n_boot=100,
                                   freqs=("quarter", "year"))
    assert [len(comparison.pivots[f]) for f in ("quarter", "year")] == [1, 0]
    assert not comparison.agree
    assert "quarter: 2018Q1 toward CHN" in comparison.describe()
    assert "year: none" in comparison.describe()


# -- the commands -------------------------------------------------------------------------------
@pytest.fixture()
def db(tmp_path):
    path = tmp_path / "c.duckdb"
    make_store(path, shifting_events(range(2017, 2019), shift_year=2018, per_pole=3)).close()
    return path


def _cli(*args):
    from click.testing import CliRunner

    from geopivot.cli import cli

    return CliRunner().invoke(cli, list(map(str, args)))


def test_period_columns_are_the_same_in_every_format(db):
    import json

    csv_out = _cli("series", "KOR", "CHN", "--freq", "quarter", "--format", "csv", "--db", db).stdout
    jsonl_out = _cli("series", "KOR", "CHN", "--freq", "quarter", "--format", "jsonl", "--db", db).stdout
    first_csv = csv_out.splitlines()[1].split(",")[:2]
    first_json = json.loads(jsonl_out.splitlines()[0])
    assert first_csv == [first_json["period"], first_json["label"]] == ["2017-01-01", "2017Q1"]


def test_json_format_is_an_alias_that_says_so(db):
    result = _cli("series", "KOR", "CHN", "--format", "json", "--db", db)
    assert result.stdout == _cli("series", "KOR", "CHN", "--format", "jsonl", "--db", db).stdout
    assert "--format jsonl" in result.stderr


def test_align_reports_frequencies_and_warns_when_they_disagree(db):
    result = _cli("align", "KOR", "--between", "USA", "--and", "CHN", "--bootstrap", "100", "--db", db)
    assert result.exit_code == 0, result.output
    assert "pivots by period length: quarter: 2018Q1 toward CHN" in result.stdout
    assert "year: none" in result.stdout
    assert "warning: the pivots depend on --freq" in result.stderr


def test_analyses_say_what_they_counted(db):
    result = _cli("blocs", "--db", db)
    assert "events counted (day:" in result.stderr


def test_no_goldstein_is_one_clear_line(tmp_path, capsys):
    from geopivot.cli import main

    path = tmp_path / "p.duckdb"
    make_store(path, [("2017-01-10", "KOR", "USA", "040", None)] * 3).close()
    with pytest.raises(SystemExit) as stop:
        main(["align", "KOR", "--between", "USA", "--and", "CHN", "--db", str(path)])
    err = capsys.readouterr().err.strip().splitlines()
    assert stop.value.code == 1 and len(err) == 1 and "--weights quad" in err[0]
