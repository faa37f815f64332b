"""European Commissioners of 1999-2024 in the knowledge base (people.tsv): a commissioner speaks
for the EU while in office, and "the two sides" after one names the EU and the other party,
not the commissioner's own country. Dates of office are facts; sentences written for these
tests."""
from __future__ import annotations

import datetime as dt

import pytest
from test_coder_recall import engine_triples

SPRING_2005 = dt.date(2005, 3, 1)


@pytest.mark.parametrize(("text", "date", "expected"), [
    ("Peter Mandelson criticised China over textile exports.", SPRING_2005, [("IGOEEC", "111", "CHN")]),
    ("Neelie Kroes criticised Microsoft.", SPRING_2005, [("IGOEEC", "111", "USABUS")]),
    ("Joaquin Almunia criticised Greece over its deficit figures.", SPRING_2005, [("IGOEEC", "111", "GRC")]),
    ("Olli Rehn urged Turkey to recognise Cyprus.", SPRING_2005, [("IGOEEC", "020", "TUR")]),
    ("Pascal Lamy criticised Japan over its rice tariffs.", dt.date(2003, 5, 1), [("IGOEEC", "111", "JPN")]),
    ("Margrethe Vestager criticised Google.", dt.date(2017, 6, 1), [("IGOEEC", "111", "USABUS")]),
    ("Cecilia Malmstrom criticised the United States over steel tariffs.", dt.date(2018, 6, 1),
     [("IGOEEC", "111", "USA")]),
])
def test_commissioners_in_office_act_for_the_eu(engine, text: str, date: dt.date, expected) -> None:
    assert engine_triples(engine, text, date=date) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Out of office: Mandelson was Britain's Business Secretary in 2009, not a commissioner.
    ("Peter Mandelson criticised China over textile exports.", [("GBRGOV", "111", "CHN")]),
])
def test_commissioners_out_of_office_do_not(engine, text: str, expected) -> None:
    assert engine_triples(engine, text, date=dt.date(2009, 6, 1)) == expected


def test_the_two_sides_after_a_commissioner_are_the_eu_and_the_other_party(engine) -> None:
    text = "EU trade commissioner Peter Mandelson said the two sides had agreed to hold talks with the US."
    sides = {(source[:3], target[:3]) for source, _, target in engine_triples(engine, text, date=SPRING_2005)}
    assert ("IGO", "GBR") not in sides and ("GBR", "IGO") not in sides
