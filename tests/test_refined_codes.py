"""A row's code refined by its sides and its object, as CAMEO tells them apart: a ban one state
puts on another's goods, ships or officials is an embargo or sanctions (163), a ban at home an
administrative sanction (172); seizing people (hostages, sailors, a patrol) is abduction (181),
seizing things confiscation (171); deporting hundreds or thousands is a mass expulsion (201),
deporting a few expulsion (174). Sentences written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest
from test_coder_recall import country_triples

DATE = dt.date(2010, 5, 10)


@pytest.mark.parametrize(("text", "expected"), [
    ("Russia banned imports of Georgian wine.", [("RUS", "163", "GEO")]),
    ("India banned 59 Chinese apps on Monday.", [("IND", "163", "CHN")]),
    ("Japan extended its port ban on North Korean ships.", [("JPN", "163", "PRK")]),
    ("Iran seized 15 British sailors in the Gulf.", [("IRN", "181", "GBR")]),
    ("Sudanese rebels seized 38 members of an African Union patrol.", [("SDN", "181", "IGO")]),
    ("The Dominican Republic deported more than 10,000 Haitians in a week.", [("DOM", "201", "HTI")]),
    ("Venezuela deported hundreds of Colombians on Monday.", [("VEN", "201", "COL")]),
])
def test_codes_refined_by_sides_and_objects(engine, text: str, expected) -> None:
    assert country_triples(engine, text, digits=3, date=DATE) == expected


@pytest.mark.parametrize(("text", "code"), [
    ("The Egyptian government banned the Muslim Brotherhood.", "172"),
    ("Iran seized a British oil tanker in the Gulf.", "171"),
    ("Britain deported two Russian diplomats.", "174"),
])
def test_the_rows_own_code_where_nothing_refines_it(engine, text: str, code: str) -> None:
    assert {c for _, c, _ in country_triples(engine, text, digits=3, date=DATE)} == {code}
