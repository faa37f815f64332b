"""The report says what it found and stays readable: words for the finding, ISO dates, URLs,
period axes that fit, a network of the strongest ties, one palette with a caption that matches it."""
from __future__ import annotations

import re

import pytest

from analysis_data import make_store, shifting_events


@pytest.fixture()
def shifted(tmp_path):
    store = make_store(tmp_path / "s.duckdb", shifting_events(range(2015, 2019), shift_year=2017, per_pole=4))
    store.con.execute("INSERT INTO articles (article_id, content_hash, title, url) "
                      "SELECT DISTINCT article_id, article_id, 'Title ' || article_id, "
                      "'https://example.org/' || article_id FROM events")
    return store


def _report(store, tmp_path, **options):
    from geopivot.report.html import ReportOptions, build_report

    defaults = dict(focus="KOR", pole_a=("USA",), pole_b=("CHN",), n_boot=200)
    build_report(store, tmp_path / "r.html", options=ReportOptions(**(defaults | options)))
    return (tmp_path / "r.html").read_text(encoding="utf-8")


def test_the_finding_is_stated_in_words(shifted, tmp_path):
    page = _report(shifted, tmp_path)
    finding = re.search(r'<p class="finding"><strong>Finding.</strong> (.*?)</p>', page).group(1)
    assert "pivot" in finding and "toward CHN" in finding and "2017Q1" in finding


def test_pivots_are_given_at_each_period_length(shifted, tmp_path):
    page = _report(shifted, tmp_path)
    assert "Pivots by period length" in page and "month:" in page and "year:" in page


def test_dates_are_iso_days_and_urls_are_links(shifted, tmp_path):
    page = _report(shifted, tmp_path)
    assert "T00:00:00" not in page and "00:00:00" not in page
    assert '<a href="https://example.org/' in page


def test_a_non_web_url_is_text_not_a_link(shifted, tmp_path):
    shifted.con.execute("UPDATE articles SET url = 'javascript:alert(1)'")
    page = _report(shifted, tmp_path)
    assert 'href="javascript:' not in page


def test_network_caption_matches_the_palette(shifted, tmp_path):
    page = _report(shifted, tmp_path)
    assert "blue solid lines: cooperation; orange dashed lines: conflict" in page
    assert "green" not in page and "red:" not in page


def test_a_large_network_draws_only_the_strongest_ties():
    import numpy as np

    from geopivot.analysis.blocs import network_from_edges, partition_blocs
    from geopivot.report.charts import NETWORK_EDGES, network_chart

    states = [f"S{i:02d}" for i in range(120)]
    edges = [(a, b, float((i * 7 + j) % 5 - 2) or 1.0, 1) for i, a in enumerate(states) for j, b in
             enumerate(states) if i < j and (i + j) % 9 == 0]
    network = network_from_edges(edges)
    figure = network_chart(network, partition_blocs(network, k=2), title="t", focus=("S00",))
    lines = [line for line in figure.axes[0].get_lines() if len(line.get_xdata()) == 2]
    labels = [t.get_text() for t in figure.axes[0].texts]
    assert len(lines) == NETWORK_EDGES < len(network.edges())
    assert "S00" in labels and len(labels) < len(states)
    assert np.isfinite([line.get_linewidth() for line in lines]).all()


@pytest.mark.parametrize("freq, periods", [("week", 60), ("month", 1)])
def test_period_axis_labels_fit(freq, periods):
    import datetime as dt

    import pandas as pd

    from geopivot.analysis.periods import period_range
    from geopivot.report.charts import MAX_TICKS, series_chart

    starts = period_range(dt.date(2018, 1, 1), dt.date(2030, 1, 1), freq)[:periods]
    frame = pd.DataFrame({"period": starts, "events": [1] * periods, "net_cooperation_share": [0.5] * periods})
    axes = series_chart({"CHN": frame}, focal="KOR", freq=freq).axes[0]
    labels = [t.get_text() for t in axes.get_xticklabels()]
    assert 1 <= len(labels) <= MAX_TICKS
    low, high = axes.get_xlim()
    assert high - low <= periods + 1.5  # one period is one slot, not a point on a multi-year axis
