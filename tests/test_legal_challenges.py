"""Challenging another's ruling or decision ("Denmark is challenging a European Commission
ruling", "Peru challenged Chile's decision in court"): a legal complaint against its maker (115,
as suing). Sentences written for these tests, each before its fix."""
from __future__ import annotations

import datetime as dt

import pytest
from test_coder_recall import country_triples

DATE = dt.date(2005, 3, 1)


@pytest.mark.parametrize(("text", "expected"), [
    ("Denmark is challenging a European Commission ruling on feta cheese.", ("DNK", "115", "IGO")),
    ("Peru challenged Chile's decision in the International Court of Justice.", ("PER", "115", "CHL")),
    ("Brazil challenged the US ban on its beef at the WTO.", ("BRA", "115", "USA")),
])
def test_a_challenged_ruling_is_a_complaint_against_its_maker(engine, text: str, expected) -> None:
    assert expected in country_triples(engine, text, digits=3, date=DATE)


@pytest.mark.parametrize("text", [
    # challenging a rival for a title is no legal complaint
    "Chile challenged Peru for the regional football title.",
])
def test_other_challenges_are_no_complaint(engine, text: str) -> None:
    assert not [t for t in country_triples(engine, text, digits=3, date=DATE) if t[1] == "115"]
