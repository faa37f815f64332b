"""Format checks for the packaged actor tables: states, organisations and sectors."""
from __future__ import annotations

import csv
import re
from collections import defaultdict
from pathlib import Path

import pytest

ACTORS = Path(__file__).resolve().parents[1] / "src/geopivot/data/actors"

HEADERS = {
    "states.tsv": ["iso3", "name", "aliases", "adjectives", "metonyms", "kind"],
    "organisations.tsv": ["code", "country", "sector", "name", "aliases", "kind"],
    "sectors.tsv": ["term", "cameo", "plover", "notes"],
}
VERSIONS = {"states.tsv": "states v1", "organisations.tsv": "organisations v1", "sectors.tsv": "sectors v1"}
SURFACE_COLUMNS = ("aliases", "adjectives", "metonyms")

CAMEO_SECTORS = {
    "GOV", "MIL", "COP", "SPY", "REB", "INS", "SEP", "OPP", "LEG", "JUD", "MED", "BUS", "CVL",
    "REF", "EDU", "REL", "LAB", "AGR", "HLH", "NGO", "CRM", "ELI", "UAF", "MOD", "RAD",
    "PKO", "HRI", "ENV", "SET",
}
# PLOVER manual: sector primary codes plus the non-state actor codes.
PLOVER_TYPES = {
    "GOV", "JUD", "LEG", "MIL", "COP", "OPP", "PTY", "REB", "PRM", "SPY", "UAF", "CVL", "BUS",
    "EDU", "MED", "LAB", "AGR", "JRN", "REF", "REL", "SOC", "CRM", "IGO", "NGO", "ISM", "IMG", "MNC",
}
STATE_KINDS = {"member", "observer", "territory", "other"}
ORG_KINDS = {"igo", "ngo", "group", "party", "company", "agency"}
# Seychelles: its capital, Victoria, would mostly match Victoria (Australia) or people's names.
NO_METONYM = {"SYC"}


def _split(cell: str) -> list[str]:
    return [part for part in cell.split("|")] if cell else []


def _read(name: str) -> tuple[list[str], list[dict[str, str]]]:
    text = (ACTORS / name).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    reader = csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    header = next(reader)
    return header, [dict(zip(header, cells, strict=True)) for cells in reader]


STATES = _read("states.tsv")[1]
ORGS = _read("organisations.tsv")[1]
SECTORS = _read("sectors.tsv")[1]
ISO3 = {row["iso3"] for row in STATES}


def _state_surfaces(row: dict[str, str]) -> list[str]:
    return [row["name"]] + [s for column in SURFACE_COLUMNS for s in _split(row[column])]


def _org_surfaces(row: dict[str, str]) -> list[str]:
    return [row["name"], *_split(row["aliases"])]


@pytest.mark.parametrize("name", sorted(HEADERS))
def test_header_columns(name):
    assert _read(name)[0] == HEADERS[name]


@pytest.mark.parametrize("name", sorted(HEADERS))
def test_first_line_is_version_comment(name):
    first = (ACTORS / name).read_text(encoding="utf-8").splitlines()[0]
    assert first == f"# {VERSIONS[name]}"


@pytest.mark.parametrize("name", sorted(HEADERS))
def test_no_empty_lines(name):
    text = (ACTORS / name).read_text(encoding="utf-8")
    assert text.endswith("\n") and not text.endswith("\n\n")
    assert all(line.strip() for line in text.splitlines())


@pytest.mark.parametrize("name", sorted(HEADERS))
def test_rows_have_every_column(name):
    text = (ACTORS / name).read_text(encoding="utf-8")
    width = len(HEADERS[name])
    bad = [line for line in text.splitlines() if not line.startswith("#") and line.count("\t") != width - 1]
    assert bad == []


@pytest.mark.parametrize("name", sorted(HEADERS))
def test_cells_are_trimmed_without_empty_parts(name):
    rows = _read(name)[1]
    bad = [(row[HEADERS[name][0]], key, value) for row in rows for key, value in row.items()
           if value != value.strip() or any(p != p.strip() or not p for p in _split(value))]
    assert bad == []


@pytest.mark.parametrize("row", STATES, ids=lambda r: r["iso3"])
def test_iso3_is_three_uppercase_letters(row):
    assert re.fullmatch(r"[A-Z]{3}", row["iso3"])


def test_iso3_unique():
    codes = [row["iso3"] for row in STATES]
    assert len(codes) == len(set(codes))


def test_un_members_and_observers_present():
    assert sum(row["kind"] in {"member", "observer"} for row in STATES) >= 195
    assert sum(row["kind"] == "member" for row in STATES) == 193
    assert {row["iso3"] for row in STATES if row["kind"] == "observer"} == {"VAT", "PSE"}


@pytest.mark.parametrize("iso3", ["TWN", "XKX", "ESH", "HKG", "MAC", "PRI", "GRL"])
def test_named_territories_present(iso3):
    assert iso3 in ISO3


@pytest.mark.parametrize("row", STATES, ids=lambda r: r["iso3"])
def test_state_kind_known(row):
    assert row["kind"] in STATE_KINDS


@pytest.mark.parametrize("row", STATES, ids=lambda r: r["iso3"])
def test_state_has_name(row):
    assert row["name"]


@pytest.mark.parametrize("row", [r for r in STATES if r["kind"] == "member"], ids=lambda r: r["iso3"])
def test_member_state_has_metonym(row):
    assert bool(_split(row["metonyms"])) != (row["iso3"] in NO_METONYM)


def test_no_surface_names_two_states():
    owners: dict[str, set[str]] = defaultdict(set)
    for row in STATES:
        for surface in _state_surfaces(row):
            owners[surface].add(row["iso3"])
    assert {s: sorted(o) for s, o in owners.items() if len(o) > 1} == {}


@pytest.mark.parametrize("row", STATES, ids=lambda r: r["iso3"])
def test_state_surfaces_not_repeated_within_row(row):
    surfaces = _state_surfaces(row)
    assert len(surfaces) == len(set(surfaces))


@pytest.mark.parametrize("korean", ["Korea", "Korean", "Koreans"])
def test_ambiguous_korea_listed_nowhere(korean):
    assert all(korean not in _state_surfaces(row) for row in STATES)


def test_enough_organisations():
    assert len(ORGS) >= 45


def test_organisation_codes_unique():
    # Agencies share their state's sector code ("USAGOV" for several departments).
    codes = [row["code"] for row in ORGS if row["kind"] != "agency"]
    assert len(codes) == len(set(codes))


def test_organisation_names_unique():
    names = [row["name"] for row in ORGS]
    assert len(names) == len(set(names))


@pytest.mark.parametrize("row", [r for r in ORGS if r["kind"] == "agency"], ids=lambda r: r["name"])
def test_agency_code_is_country_and_sector(row):
    assert row["country"] in ISO3 and row["sector"] in CAMEO_SECTORS
    assert row["code"] == row["country"] + row["sector"]


@pytest.mark.parametrize("row", ORGS, ids=lambda r: r["code"])
def test_organisation_kind_known(row):
    assert row["kind"] in ORG_KINDS


@pytest.mark.parametrize("row", [r for r in ORGS if r["kind"] in {"igo", "ngo"}], ids=lambda r: r["code"])
def test_igo_and_ngo_country_is_code(row):
    prefix = row["kind"].upper()
    assert row["sector"] == ""
    if row["country"] == "IGOUNO" and row["code"] != "IGOUNO":
        # a UN programme or office is the UN's: IGOUNO + its tag (UNICEF IGOUNOKID)
        assert re.fullmatch(r"IGOUNO[A-Z0-9]{3}", row["code"])
        return
    assert re.fullmatch(prefix + r"[A-Z0-9]{3}", row["code"])
    assert row["country"] == row["code"]


@pytest.mark.parametrize("row", [r for r in ORGS if r["kind"] not in {"igo", "ngo", "agency"}],
                         ids=lambda r: r["code"])
def test_group_code_is_country_sector_tag(row):
    assert row["sector"] in CAMEO_SECTORS
    prefix = row["country"] or "IMG"
    assert re.fullmatch(re.escape(prefix + row["sector"]) + r"[A-Z0-9]{3}", row["code"])


@pytest.mark.parametrize("row", [r for r in ORGS if r["country"] and r["kind"] not in {"igo", "ngo"}],
                         ids=lambda r: r["code"])
def test_group_country_is_known_state(row):
    assert row["country"] in ISO3


def test_organisation_surfaces_name_one_organisation_and_no_state():
    owners: dict[str, set[str]] = defaultdict(set)
    for row in ORGS:
        for surface in _org_surfaces(row):
            owners[surface].add(row["code"])
    state_surfaces = {s for row in STATES for s in _state_surfaces(row)}
    assert {s: sorted(o) for s, o in owners.items() if len(o) > 1} == {}
    assert sorted(set(owners) & state_surfaces) == []


def test_enough_sector_terms():
    assert len(SECTORS) >= 120


@pytest.mark.parametrize("row", SECTORS, ids=lambda r: r["term"])
def test_sector_cameo_code_allowed(row):
    assert row["cameo"] in CAMEO_SECTORS


@pytest.mark.parametrize("row", SECTORS, ids=lambda r: r["term"])
def test_sector_plover_code_allowed(row):
    assert row["plover"] in PLOVER_TYPES


@pytest.mark.parametrize("row", SECTORS, ids=lambda r: r["term"])
def test_sector_term_lowercase(row):
    assert row["term"] == row["term"].lower() and row["term"]


def test_sector_terms_unique():
    terms = [row["term"] for row in SECTORS]
    assert len(terms) == len(set(terms))


PLACES = _read("places.tsv")
PLACE_KINDS = {"region", "city"}


def test_places_header_and_version():
    assert PLACES[0] == ["place", "iso3", "kind"]
    assert (ACTORS / "places.tsv").read_text(encoding="utf-8").splitlines()[0] == "# places v1"


@pytest.mark.parametrize("row", PLACES[1], ids=lambda r: r["place"])
def test_place_names_a_known_state(row):
    assert row["iso3"] in ISO3 and row["kind"] in PLACE_KINDS and row["place"] == row["place"].strip()


def test_place_surfaces_unique_and_no_state_or_organisation():
    places = [row["place"] for row in PLACES[1]]
    taken = {s for row in STATES for s in _state_surfaces(row)} | {s for row in ORGS for s in _org_surfaces(row)}
    assert len(places) == len(set(places))
    assert sorted(set(places) & taken) == []


@pytest.mark.parametrize("disputed", ["Kashmir", "Kurdistan", "Golan Heights", "Nagorno-Karabakh"])
def test_disputed_places_listed_nowhere(disputed):
    assert disputed not in {row["place"] for row in PLACES[1]}
