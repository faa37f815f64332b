"""The HTML report and the analysis commands, on a hand-written store and on the demo corpus."""
from __future__ import annotations

import re

import pytest
from click.testing import CliRunner

from analysis_data import make_store, shifting_events
from geopivot.cli import cli, main


@pytest.fixture()
def db(tmp_path):
    events = shifting_events(range(2016, 2020), shift_year=2018, per_pole=3)  # --min-events 3
    events += [(f"{year}-06-01", "RUS", "USA", "172", -5.0) for year in range(2016, 2020) for _ in range(4)]
    path = tmp_path / "r.duckdb"
    make_store(path, events).close()
    return path


def _report(db, out):
    return CliRunner().invoke(cli, ["report", "--focus", "KOR", "--between", "USA", "--and", "CHN,RUS",
                                    "--db", str(db), "-o", str(out)])


def test_report_writes_html_and_one_png_per_chart(db, tmp_path):
    result = _report(db, tmp_path / "out" / "kor.html")
    assert result.exit_code == 0, result.output
    assert f"report: {tmp_path / 'out' / 'kor.html'}" in result.output
    pngs = sorted(p.name for p in (tmp_path / "out").glob("*.png"))
    assert pngs == ["kor-alignment.png", "kor-network.png", "kor-series.png"]
    assert all(p.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" for p in (tmp_path / "out").glob("*.png"))


def test_report_is_self_contained(db, tmp_path):
    _report(db, tmp_path / "kor.html")
    page = (tmp_path / "kor.html").read_text(encoding="utf-8")
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)
    assert "<script" not in page
    assert page.count("data:image/png;base64,") == 3


def test_report_names_the_pivot_and_its_events(db, tmp_path):
    _report(db, tmp_path / "kor.html")
    page = (tmp_path / "kor.html").read_text(encoding="utf-8")
    assert "2018Q1: toward CHN,RUS" in page
    assert "CHN did 057 to KOR on 2018-01-15." in page


def test_report_escapes_article_text(tmp_path):
    path = tmp_path / "e.duckdb"
    with make_store(path, [("2017-01-01", "KOR", "USA", "040", 1.0)]) as store:
        store.con.execute("UPDATE events SET sentence = '<script>alert(1)</script> & co'")
    _report(path, tmp_path / "e.html")
    page = (tmp_path / "e.html").read_text(encoding="utf-8")
    assert "<script>alert" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; co" in page


@pytest.mark.parametrize("args", [
    ["series", "KOR", "CHN", "--freq", "year", "--format", "csv"],
    ["series", "KOR", "CHN,RUS", "--directed"],
    ["align", "KOR", "--between", "USA", "--and", "CHN,RUS"],
    ["align", "KOR", "--between", "USA", "--and", "CHN", "--format", "json", "--freq", "year"],
    ["blocs", "--freq", "year"],
])
def test_analysis_commands_run(db, args):
    result = CliRunner().invoke(cli, [*args, "--db", str(db)])
    assert result.exit_code == 0, result.output


def test_series_csv_has_the_documented_columns(db):
    result = CliRunner().invoke(cli, ["series", "KOR", "CHN", "--freq", "year", "--format", "csv", "--db", str(db)])
    header, first = result.stdout.splitlines()[:2]
    assert header.startswith("period,label,events,q1,q2,q3,q4,goldstein_sum,goldstein_mean,net_cooperation")
    assert first.startswith("2016-01-01,2016,12,0,0,12,0,-24.0")


def test_blocs_command_reports_the_switch(db):
    result = CliRunner().invoke(cli, ["blocs", "--freq", "year", "--db", str(db)])
    lines = result.stdout.splitlines()
    assert "changed: none" in lines[0]
    assert "changed: KOR" in lines[2]


@pytest.mark.parametrize(("args", "message"), [
    (["series", "KOR", "CHN", "--db", "missing.duckdb"], "no such database"),
    (["align", "KOR", "--between", "USA", "--and", "USA", "--db", "{db}"], "share a country"),
])
def test_errors_are_one_line(db, capsys, args, message):
    with pytest.raises(SystemExit) as stop:
        main([a.replace("{db}", str(db)) for a in args])
    err = capsys.readouterr().err.strip().splitlines()
    assert stop.value.code == 1
    assert len(err) == 1 and message in err[0]


def test_demo_codes_the_sample_corpus_and_ends_with_the_report(tmp_path):
    result = CliRunner().invoke(cli, ["demo", "--db", str(tmp_path / "demo.duckdb"), "-q",
                                      "-o", str(tmp_path / "demo.html")])
    assert result.exit_code == 0, result.output
    assert result.output.strip().splitlines()[-1] == f"report: {tmp_path / 'demo.html'}"
    page = (tmp_path / "demo.html").read_text(encoding="utf-8")
    assert "Pivots and the events that drive them" in page
