"""Importing other producers' event data: GDELT 1.0/2.0, ICEWS and POLECAT files."""
from __future__ import annotations

import csv
import gzip
import shutil
import zipfile

import pytest
from click.testing import CliRunner
from conftest import shared_path

from geopivot.store import EventFilter, Store
from geopivot.store.imports import import_events
from geopivot.store.imports_formats import country_code

SAMPLES = {"gdelt": ("reference", "samples", "gdelt1_georgia_2012-08.csv"),
           "icews": ("reference", "samples", "icews_events_2018_sample.tab")}

ICEWS_HEADER = ["Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country",
                "Event Text", "CAMEO Code", "Intensity", "Target Name", "Target Sectors",
                "Target Country", "Story ID", "Sentence Number", "Publisher"]
POLECAT_HEADER = ["Event ID", "Event Date", "Event Type", "Event Mode", "Actor Name", "Actor Country",
                  "Primary Actor Sector", "Recipient Name", "Recipient Country",
                  "Primary Recipient Sector", "Story ID"]


def icews_row(event_id: object, *, code: str = "042", date: str = "2018-06-01", intensity: str = "1.9",
              source: str = "South Korea", target: str = "China") -> list[str]:
    return [str(event_id), date, f"Government ({source})", "Government", source, "Make a visit", code,
            intensity, f"Government ({target})", "Government", target, "101", "1", "Wire"]


def gdelt_row(event_id: int, *, columns: int = 61, code: str = "042", goldstein: str = "1.9") -> list[str]:
    row = [""] * columns
    row[0], row[1], row[5], row[7], row[15], row[17] = str(event_id), "20180601", "KORGOV", "KOR", "CHNGOV", "CHN"
    row[26], row[28], row[29], row[30] = code, code[:2], "1", goldstein
    row[-1] = f"https://example.org/{event_id}" if columns > 57 else row[-1]
    return row


def write_tsv(path, rows, header=None):
    lines = ([header] if header else []) + rows
    path.write_text("".join("\t".join(r) + "\n" for r in lines), encoding="utf-8")
    return path


@pytest.fixture()
def store(tmp_path):
    with Store.open(tmp_path / "t.duckdb") as opened:
        yield opened


def _data_rows(path) -> list[dict[str, str]]:
    """The sample's rows read independently of the importer (csv module, header names)."""
    with path.open(encoding="utf-8", newline="") as handle:
        if path.suffix == ".tab":
            return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
        return list(csv.DictReader(handle))


def _event_id(producer: str, row: dict[str, str], id_column: str) -> str:
    # ICEWS ids are unique only with their date.
    suffix = f":{row['Event Date']}" if producer == "icews" else ""
    return f"{producer}:{row[id_column]}{suffix}"


def _non_empty_lines(path) -> int:
    return sum(1 for line in path.read_text(encoding="utf-8").splitlines() if line.strip())


# -- the shared samples --------------------------------------------------------------------
@pytest.mark.parametrize("producer", sorted(SAMPLES))
def test_sample_imports_every_data_row(store, producer):
    path = shared_path(*SAMPLES[producer])
    result = import_events(store, [path], producer=producer)
    expected = _non_empty_lines(path) - 1  # less the header line
    assert (result.rows_imported, result.problems) == (expected, ())
    assert store.count("events") == expected


@pytest.mark.parametrize(("producer", "id_column", "code_column"), [
    ("gdelt", "GLOBALEVENTID", "EventCode"), ("icews", "Event ID", "CAMEO Code")])
def test_sample_event_codes_keep_leading_zeros(store, producer, id_column, code_column):
    path = shared_path(*SAMPLES[producer])
    import_events(store, [path], producer=producer)
    rows = [r for r in _data_rows(path) if r[code_column].startswith("0")][:5]
    assert rows
    for row in rows:
        stored = store.con.execute("SELECT event_code, event_root FROM events WHERE event_id = ?",
                                   [_event_id(producer, row, id_column)]).fetchone()
        assert stored == (row[code_column], row[code_column][:2])


@pytest.mark.parametrize(("producer", "id_column", "goldstein_column"), [
    ("gdelt", "GLOBALEVENTID", "GoldsteinScale"), ("icews", "Event ID", "Intensity")])
def test_sample_goldstein_is_the_files_own_value(store, producer, id_column, goldstein_column):
    path = shared_path(*SAMPLES[producer])
    import_events(store, [path], producer=producer)
    rows = _data_rows(path)
    for row in rows[:: max(1, len(rows) // 7)]:
        stored = store.con.execute("SELECT goldstein FROM events WHERE event_id = ?",
                                   [_event_id(producer, row, id_column)]).fetchone()[0]
        assert stored == pytest.approx(float(row[goldstein_column]))


@pytest.mark.parametrize("producer", sorted(SAMPLES))
def test_sample_gzip_wrapped_imports_the_same_rows(store, tmp_path, producer):
    path = shared_path(*SAMPLES[producer])
    packed = tmp_path / (path.name + ".gz")
    packed.write_bytes(gzip.compress(path.read_bytes()))
    result = import_events(store, [packed], producer=producer)
    assert result.rows_imported == _non_empty_lines(path) - 1


def test_sample_icews_countries_resolve_to_iso3(store):
    path = shared_path(*SAMPLES["icews"])
    result = import_events(store, [path], producer="icews")
    named = sum(1 for r in _data_rows(path) if r["Source Country"] not in ("", "NA"))
    stored = store.con.execute("SELECT count(source_country) FROM events").fetchone()[0]
    assert (stored, result.unknown_countries) == (named, {})


# -- re-imports ------------------------------------------------------------------------------
def test_importing_the_same_file_again_adds_nothing(store, tmp_path):
    path = write_tsv(tmp_path / "e.tab", [icews_row(i) for i in range(1, 6)], ICEWS_HEADER)
    import_events(store, [path], producer="icews")
    again = import_events(store, [path], producer="icews")
    assert (again.files[0].already_imported, again.rows_imported, store.count("events")) == (True, 0, 5)


def test_same_events_in_another_file_count_as_already_stored(store, tmp_path):
    rows = [icews_row(i) for i in range(1, 6)]
    import_events(store, [write_tsv(tmp_path / "a.tab", rows, ICEWS_HEADER)], producer="icews")
    other = import_events(store, [write_tsv(tmp_path / "b.tab", rows + [icews_row(9)], ICEWS_HEADER)],
                          producer="icews")
    assert (other.rows_imported, other.rows_skipped_duplicate) == (1, 5)


# -- bad rows ------------------------------------------------------------------------------------
@pytest.mark.parametrize(("bad", "reason"), [
    (icews_row(3, code="999"), "bad CAMEO Code 999"),
    (icews_row(3, code=""), "missing CAMEO Code"),
    (icews_row(3, date="2018-13-45"), "Event Date"),
    (icews_row("x3"), "Event ID"),
    (icews_row(3, intensity="strong"), "Intensity"),
    (icews_row(3)[:5], "expected columns"),
])
def test_corrupt_row_is_skipped_with_its_line_and_the_rest_imported(store, tmp_path, bad, reason):
    rows = [icews_row(1), icews_row(2), bad, icews_row(4)]
    path = write_tsv(tmp_path / "e.tab", rows, ICEWS_HEADER)
    result = import_events(store, [path], producer="icews")
    [problem] = result.problems
    assert (problem.path, problem.line, result.rows_imported) == (str(path), 4, 3)
    assert reason in problem.reason


def test_line_numbers_count_blank_lines_and_earlier_rejects(store, tmp_path):
    path = tmp_path / "e.tab"
    lines = ["\t".join(ICEWS_HEADER), "\t".join(icews_row(1)), "", "\t".join(icews_row(2)[:4]),
             "\t".join(icews_row(3)), "\t".join(icews_row(4, code="7"))]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = import_events(store, [path], producer="icews")
    assert [p.line for p in result.problems] == [4, 6]


def test_file_of_another_format_is_one_problem_and_other_files_still_import(store, tmp_path):
    wrong = write_tsv(tmp_path / "wrong.csv", [["a", "b", "c"]])
    good = write_tsv(tmp_path / "good.tab", [icews_row(1)], ICEWS_HEADER)
    result = import_events(store, [wrong, good], producer="icews")
    assert ([str(p).split(":")[0] for p in result.problems], result.rows_imported) == ([str(wrong)], 1)


def test_unknown_producer_is_refused(store, tmp_path):
    with pytest.raises(ValueError, match="unknown producer"):
        import_events(store, [tmp_path / "x"], producer="acled")


# -- GDELT versions and wrappers ---------------------------------------------------------------
@pytest.mark.parametrize(("columns", "header"), [(57, False), (58, False), (61, False), (61, True)])
def test_gdelt_version_is_detected_by_column_count(store, tmp_path, columns, header):
    head = ["GLOBALEVENTID"] + [f"C{i}" for i in range(1, columns)] if header else None
    path = write_tsv(tmp_path / "g.CSV", [gdelt_row(7, columns=columns), gdelt_row(8, columns=columns, code="1823")],
                     head)
    result = import_events(store, [path], producer="gdelt")
    rows = store.con.execute("SELECT event_id, event_code, event_root, quad_class, goldstein, source_country "
                             "FROM events ORDER BY event_id").fetchall()
    assert result.problems == ()
    assert rows == [("gdelt:7", "042", "04", 1, 1.9, "KOR"), ("gdelt:8", "1823", "18", 1, 1.9, "KOR")]


def test_gdelt_keeps_the_producers_own_goldstein_and_quad_class(store, tmp_path):
    row = gdelt_row(7, code="016", goldstein="-2.0")
    row[29] = "3"
    import_events(store, [write_tsv(tmp_path / "g.tsv", [row])], producer="gdelt")
    assert store.con.execute("SELECT goldstein, quad_class FROM events").fetchone() == (-2.0, 3)


def test_gdelt_with_wrong_column_count_is_refused(store, tmp_path):
    result = import_events(store, [write_tsv(tmp_path / "g.tsv", [["1"] * 40])], producer="gdelt")
    assert "40 columns" in result.problems[0].reason


@pytest.mark.parametrize("wrapper", ["gz", "zip"])
def test_compressed_gdelt_file_imports(store, tmp_path, wrapper):
    plain = write_tsv(tmp_path / "20180601.export.CSV", [gdelt_row(i) for i in range(1, 4)])
    if wrapper == "gz":
        packed = tmp_path / "20180601.export.CSV.gz"
        with plain.open("rb") as src, gzip.open(packed, "wb") as dst:
            shutil.copyfileobj(src, dst)
    else:
        packed = tmp_path / "20180601.export.CSV.zip"
        with zipfile.ZipFile(packed, "w") as archive:
            archive.write(plain, plain.name)
    result = import_events(store, [packed], producer="gdelt")
    assert (result.rows_imported, result.problems) == (3, ())


# -- ICEWS and POLECAT details ----------------------------------------------------------------
@pytest.mark.parametrize(("code", "quad"), [("010", 1), ("042", 1), ("0311", 1), ("061", 2), ("112", 3),
                                            ("138", 3), ("091", 2), ("145", 3), ("190", 4)])
def test_icews_quad_class_follows_the_cameo_root(store, tmp_path, code, quad):
    import_events(store, [write_tsv(tmp_path / "e.tab", [icews_row(1, code=code)], ICEWS_HEADER)],
                  producer="icews")
    assert store.con.execute("SELECT event_root, quad_class FROM events").fetchone() == (code[:2], quad)


@pytest.mark.parametrize(("name", "iso3"), [
    ("South Korea", "KOR"), ("Russian Federation", "RUS"), ("Moldova, Republic of", "MDA"),
    ("Occupied Palestinian Territory", "PSE"), ("Congo", "COG"), ("USA", "USA"), ("Atlantis", None)])
def test_country_names_map_to_iso3(name, iso3):
    from geopivot.store.imports import _state_lookup

    assert country_code(name, _state_lookup()) == iso3


def test_unknown_country_names_are_counted_and_stored_as_null(store, tmp_path):
    rows = [icews_row(1, target="Atlantis"), icews_row(2, target="Atlantis"), icews_row(3)]
    result = import_events(store, [write_tsv(tmp_path / "e.tab", rows, ICEWS_HEADER)], producer="icews")
    nulls = store.con.execute("SELECT count(*) FROM events WHERE target_country IS NULL").fetchone()[0]
    assert (result.unknown_countries, nulls) == ({"Atlantis": 2}, 2)


def test_icews_long_sector_lists_are_not_kept(store, tmp_path):
    row = icews_row(1)
    row[3] = ",".join(["Elite", "Executive", "Government", "Executive Office", "Legislative / Parliamentary"])
    import_events(store, [write_tsv(tmp_path / "e.tab", [row, icews_row(2)], ICEWS_HEADER)], producer="icews")
    assert store.con.execute("SELECT source_sector FROM events ORDER BY event_id").fetchall() == \
        [(None,), ("Government",)]


POLECAT_ROWS = [
    ["pc-1", "2022-03-01", "consult", "visit", "Yoon Suk Yeol", "KOR", "Government", "Xi Jinping", "CHN",
     "Government", "s1"],
    ["pc-2", "2022-03-02", "ASSAULT", "", "Army", "Russia", "Military", "Civilians", "Ukraine", "", "s2"],
]


def test_polecat_imports_plover_events_without_cameo_codes(store, tmp_path):
    path = write_tsv(tmp_path / "ngec_coded.txt", POLECAT_ROWS, POLECAT_HEADER)
    result = import_events(store, [path], producer="polecat")
    rows = store.con.execute("SELECT event_id, event_code, event_root, plover_type, plover_mode, quad_class, "
                             "source_country, target_country FROM events ORDER BY event_id").fetchall()
    assert result.problems == ()
    assert rows == [("polecat:pc-1", None, None, "CONSULT", "visit", 1, "KOR", "CHN"),
                    ("polecat:pc-2", None, None, "ASSAULT", None, 4, "RUS", "UKR")]


def test_producer_filter_selects_one_producer(store, tmp_path):
    import_events(store, [write_tsv(tmp_path / "e.tab", [icews_row(1), icews_row(2)], ICEWS_HEADER)],
                  producer="icews")
    import_events(store, [write_tsv(tmp_path / "g.tsv", [gdelt_row(1)])], producer="gdelt")
    import_events(store, [write_tsv(tmp_path / "p.txt", POLECAT_ROWS, POLECAT_HEADER)], producer="polecat")
    assert set(store.events(EventFilter(producer=("icews",))).producer) == {"icews"}
    assert len(store.events(EventFilter(producer=("icews", "polecat")))) == 4


# -- the command ------------------------------------------------------------------------------
def test_cli_reports_skipped_rows_as_file_line_and_exits_3(tmp_path):
    from geopivot.cli import cli

    path = write_tsv(tmp_path / "e.tab", [icews_row(1), icews_row(2, code="x")], ICEWS_HEADER)
    out = CliRunner().invoke(cli, ["import", "icews", str(path), "--db", str(tmp_path / "t.duckdb")])
    assert out.exit_code == 3
    assert f"{path}:3: bad CAMEO Code x" in out.stderr
    assert "1 imported" in out.stdout


def test_cli_clean_import_exits_0(tmp_path):
    from geopivot.cli import cli

    path = write_tsv(tmp_path / "e.tab", [icews_row(1)], ICEWS_HEADER)
    out = CliRunner().invoke(cli, ["import", "icews", str(path), "--db", str(tmp_path / "t.duckdb")])
    assert (out.exit_code, out.stderr) == (0, "")


def test_polecat_header_with_stray_empty_columns_imports(store, tmp_path):
    rows = [r + [""] for r in POLECAT_ROWS]
    path = write_tsv(tmp_path / "p.txt", rows, POLECAT_HEADER + [""])
    assert import_events(store, [path], producer="polecat").rows_imported == 2


@pytest.mark.parametrize(("producer", "focal", "pole_a", "pole_b"), [
    ("icews", "PRK", "USA", "CHN,RUS"),
    ("gdelt", "GEO", "USA", "RUS"),
])
def test_analyses_run_on_an_imported_sample(store, producer, focal, pole_a, pole_b):
    from geopivot.analysis import align, dyad_series, partition_blocs, signed_network

    import_events(store, [shared_path(*SAMPLES[producer])], producer=producer)
    flt = EventFilter(producer=(producer,))
    series = dyad_series(store, side_a=focal, side_b=pole_a, freq="day", flt=flt)
    assert series["events"].sum() > 0
    assert (series["events"] <= series["total_events"]).all()
    # Daily periods of a one-month sample are thin: score every period with an event per pole.
    periods = align(store, focal=focal, pole_a=pole_a, pole_b=pole_b, freq="day", flt=flt, min_events=1).periods
    scored = periods["score"].dropna()
    assert len(scored) and scored.between(-1, 1).all()
    partition = partition_blocs(signed_network(store, flt=flt))
    assert focal in partition.countries
    assert 0 <= partition.frustration <= partition.total_weight
