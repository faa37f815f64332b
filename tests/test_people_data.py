"""Checks on the people file of the actor knowledge base (who held which office when)."""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path

import pytest

PEOPLE_TSV = Path(__file__).resolve().parents[1] / "src/geopivot/data/actors/people.tsv"

HEADER = ["person_id", "name", "variants", "country", "sector", "role", "start", "end"]
ROLES = {
    "head_of_state",
    "head_of_government",
    "foreign_minister",
    "defence_minister",
    "un_secretary_general",
    "igo_head",
    "central_bank_head",
    "un_ambassador",
    "other",
}
# CAMEO sectors of the people the table holds: ministers and heads (GOV), commanders (MIL), the opposition
# (OPP); since the nineteenth stop British MPs (LEG), union leaders (LAB), police chiefs (COP), prosecutors (JUD)
# and intelligence chiefs (SPY).
SECTORS = {"GOV", "MIL", "OPP", "LEG", "LAB", "COP", "JUD", "SPY", ""}
AS_OF = date(2026, 11, 22)
MAX_OVERLAP = timedelta(days=31)


def _lines() -> list[str]:
    return PEOPLE_TSV.read_text(encoding="utf-8").splitlines()


def _rows() -> list[dict[str, str]]:
    data = [ln for ln in _lines() if ln.strip() and not ln.startswith("#")]
    reader = csv.reader(data, delimiter="\t", quoting=csv.QUOTE_NONE)
    header = next(reader)
    assert header == HEADER
    return [dict(zip(header, rec, strict=True)) for rec in reader]


ROWS = _rows()


def _span(row: dict[str, str]) -> tuple[date, date]:
    start = date.fromisoformat(row["start"])
    end = date.fromisoformat(row["end"]) if row["end"] else AS_OF
    return start, end


def test_header_is_first_line():
    assert _lines()[0].split("\t") == HEADER


def test_first_comment_line_is_version():
    comments = [ln for ln in _lines() if ln.startswith("#")]
    assert comments[0] == "# people v1 (facts as of 2026-11-22)"


def test_every_row_has_eight_columns():
    data = [ln for ln in _lines() if ln.strip() and not ln.startswith("#")]
    bad = [ln for ln in data if len(ln.split("\t")) != len(HEADER)]
    assert bad == []


def test_row_count_in_expected_range():
    assert 500 <= len(ROWS) <= 3000


def test_no_duplicate_rows():
    keys = [(r["person_id"], r["country"], r["role"], r["start"]) for r in ROWS]
    assert len(keys) == len(set(keys))


def test_dates_parse_and_start_not_after_end():
    bad = []
    for r in ROWS:
        try:
            start, end = _span(r)
        except ValueError:
            bad.append(r)
            continue
        if start > end or (r["end"] and end > AS_OF) or start > AS_OF:
            bad.append(r)
    assert bad == []


def test_dates_are_iso_formatted():
    pat = re.compile(r"^\d{4}-\d{2}-\d{2}$")
    bad = [r for r in ROWS if not pat.match(r["start"]) or (r["end"] and not pat.match(r["end"]))]
    assert bad == []


def test_roles_in_allowed_set():
    assert {r["role"] for r in ROWS} <= ROLES


def test_sectors_in_allowed_set():
    assert {r["sector"] for r in ROWS} <= SECTORS


def test_country_codes_well_formed():
    bad = [r for r in ROWS if not (re.fullmatch(r"[A-Z]{3}", r["country"]) or re.fullmatch(r"IGO[A-Z]{3}", r["country"]))]
    assert bad == []


def test_un_secretary_general_rows_are_igouno_without_sector():
    sg = [r for r in ROWS if r["role"] == "un_secretary_general"]
    assert {r["country"] for r in sg} == {"IGOUNO"}
    assert {r["sector"] for r in sg} == {""}


def test_person_id_is_lowercase_slug():
    bad = [r["person_id"] for r in ROWS if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", r["person_id"])]
    assert bad == []


def test_person_id_has_one_name():
    names: dict[str, set[str]] = defaultdict(set)
    for r in ROWS:
        names[r["person_id"]].add(r["name"])
    assert {k: v for k, v in names.items() if len(v) > 1} == {}


def test_variants_are_clean():
    bad = []
    for r in ROWS:
        if not r["variants"]:
            continue
        parts = r["variants"].split("|")
        if any(not p or p != p.strip() or p == r["name"] for p in parts) or len(parts) != len(set(parts)):
            bad.append(r)
    assert bad == []


def test_no_possessive_variants():
    bad = [r for r in ROWS for v in r["variants"].split("|") if v.endswith(("'s", "’s"))]
    assert bad == []


def test_spells_cover_the_period_2000_onwards():
    bad = [r for r in ROWS if _span(r)[1] < date(2000, 1, 1)]
    assert bad == []


def test_no_overlapping_spells_per_country_and_role():
    spells: dict[tuple[str, str], list[tuple[date, date, str]]] = defaultdict(list)
    for r in ROWS:
        if r["role"] == "other":
            continue
        start, end = _span(r)
        spells[(r["country"], r["role"])].append((start, end, r["name"]))
    problems = []
    for key, items in spells.items():
        items.sort()
        for (s1, e1, n1), (s2, e2, n2) in zip(items, items[1:]):
            if min(e1, e2) - s2 > MAX_OVERLAP:
                problems.append((key, n1, n2))
    assert problems == []


@pytest.mark.parametrize(
    "country,role",
    [
        (c, role)
        for c in ["USA", "CHN", "RUS", "JPN", "KOR", "PRK", "GBR", "FRA", "DEU"]
        for role in ["head_of_state", "foreign_minister", "defence_minister"]
    ],
)
def test_core_offices_have_a_current_holder(country, role):
    current = [r for r in ROWS if r["country"] == country and r["role"] == role and not r["end"]]
    assert len(current) == 1


# (name, date, country, role): facts that are certain.
SPOT_CHECKS = [
    ("Moon Jae-in", "2018-04-27", "KOR", "head_of_state"),
    ("Moon Jae-in", "2007-10-04", "KOR", "other"),
    ("Park Geun-hye", "2016-07-08", "KOR", "head_of_state"),
    ("Lee Myung-bak", "2010-03-26", "KOR", "head_of_state"),
    ("Roh Moo-hyun", "2006-10-09", "KOR", "head_of_state"),
    ("Kim Dae-jung", "2000-06-13", "KOR", "head_of_state"),
    ("Yoon Suk Yeol", "2023-01-01", "KOR", "head_of_state"),
    ("Kang Kyung-wha", "2017-10-31", "KOR", "foreign_minister"),
    ("Ban Ki-moon", "2005-09-19", "KOR", "foreign_minister"),
    ("Chung Eui-yong", "2018-03-08", "KOR", "other"),
    ("Kim Jong-il", "2006-10-09", "PRK", "head_of_state"),
    ("Kim Jong-un", "2018-06-12", "PRK", "head_of_state"),
    ("Xi Jinping", "2017-12-14", "CHN", "head_of_state"),
    ("Hu Jintao", "2008-08-08", "CHN", "head_of_state"),
    ("Wen Jiabao", "2008-05-12", "CHN", "head_of_government"),
    ("Wang Yi", "2015-01-01", "CHN", "foreign_minister"),
    ("Donald Trump", "2018-06-12", "USA", "head_of_state"),
    ("Donald Trump", "2025-06-01", "USA", "head_of_state"),
    ("Barack Obama", "2013-01-01", "USA", "head_of_state"),
    ("George W. Bush", "2003-03-20", "USA", "head_of_state"),
    ("Joe Biden", "2022-03-01", "USA", "head_of_state"),
    ("Rex Tillerson", "2017-08-08", "USA", "foreign_minister"),
    ("Hillary Clinton", "2010-01-01", "USA", "foreign_minister"),
    ("Condoleezza Rice", "2007-01-01", "USA", "foreign_minister"),
    ("Mike Pompeo", "2019-01-01", "USA", "foreign_minister"),
    ("Mike Pompeo", "2017-06-01", "USA", "other"),
    ("Nikki Haley", "2017-09-19", "USA", "un_ambassador"),
    ("John Bolton", "2018-06-12", "USA", "other"),
    ("Robert Gates", "2008-01-01", "USA", "defence_minister"),
    ("Jim Mattis", "2017-06-01", "USA", "defence_minister"),
    ("Vladimir Putin", "2010-01-01", "RUS", "head_of_government"),
    ("Vladimir Putin", "2018-06-01", "RUS", "head_of_state"),
    ("Vladimir Putin", "2004-01-01", "RUS", "head_of_state"),
    ("Dmitry Medvedev", "2009-01-01", "RUS", "head_of_state"),
    ("Sergei Lavrov", "2014-03-01", "RUS", "foreign_minister"),
    ("Shinzo Abe", "2015-08-14", "JPN", "head_of_government"),
    ("Junichiro Koizumi", "2002-09-17", "JPN", "head_of_government"),
    ("Akihito", "2010-01-01", "JPN", "head_of_state"),
    ("Tsai Ing-wen", "2017-01-01", "TWN", "head_of_state"),
    ("Ban Ki-moon", "2010-06-01", "IGOUNO", "un_secretary_general"),
    ("Kofi Annan", "2003-03-01", "IGOUNO", "un_secretary_general"),
    ("António Guterres", "2020-01-01", "IGOUNO", "un_secretary_general"),
    ("Angela Merkel", "2010-01-01", "DEU", "head_of_government"),
    ("Emmanuel Macron", "2019-01-01", "FRA", "head_of_state"),
    ("Tony Blair", "2003-03-20", "GBR", "head_of_government"),
    ("Elizabeth II", "2012-06-01", "GBR", "head_of_state"),
    ("Benjamin Netanyahu", "2015-01-01", "ISR", "head_of_government"),
    ("Recep Tayyip Erdoğan", "2010-01-01", "TUR", "head_of_government"),
    ("Recep Tayyip Erdoğan", "2016-07-15", "TUR", "head_of_state"),
    ("Narendra Modi", "2016-01-01", "IND", "head_of_government"),
    ("Volodymyr Zelensky", "2022-02-24", "UKR", "head_of_state"),
    ("Hassan Rouhani", "2015-07-14", "IRN", "head_of_government"),
    ("Ali Khamenei", "2010-01-01", "IRN", "head_of_state"),
    ("Jean-Claude Juncker", "2016-01-01", "IGOEEC", "head_of_government"),
    ("Herman Van Rompuy", "2011-01-01", "IGOEEC", "head_of_state"),
]


@pytest.mark.parametrize("name,day,country,role", SPOT_CHECKS)
def test_spot_check(name, day, country, role):
    d = date.fromisoformat(day)
    hits = [
        r
        for r in ROWS
        if r["name"] == name and r["country"] == country and r["role"] == role and _span(r)[0] <= d <= _span(r)[1]
    ]
    assert len(hits) == 1


@pytest.mark.parametrize(
    "name,day,country,role",
    [
        ("Park Geun-hye", "2018-01-01", "KOR", "head_of_state"),
        ("Kim Jong-il", "2012-06-01", "PRK", "head_of_state"),
        ("Vladimir Putin", "2010-01-01", "RUS", "head_of_state"),
        ("Donald Trump", "2022-01-01", "USA", "head_of_state"),
    ],
)
def test_spot_check_not_in_office(name, day, country, role):
    d = date.fromisoformat(day)
    hits = [
        r
        for r in ROWS
        if r["name"] == name and r["country"] == country and r["role"] == role and _span(r)[0] <= d <= _span(r)[1]
    ]
    assert hits == []


@pytest.mark.parametrize(
    "name,variant",
    [
        ("Moon Jae-in", "Moon"),
        ("Xi Jinping", "Xi"),
        ("Kim Jong-un", "Kim Jong Un"),
        ("Donald Trump", "Trump"),
        ("Vladimir Putin", "Putin"),
        ("Recep Tayyip Erdoğan", "Erdogan"),
    ],
)
def test_variants_include_common_forms(name, variant):
    rows = [r for r in ROWS if r["name"] == name]
    assert rows and all(variant in r["variants"].split("|") for r in rows)
