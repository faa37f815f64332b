"""A person and a named organisation that share a code are two sides, as two people or two
organisations with different names already were: "Mr Kilroy-Silk criticised the UK
Independence Party" (both GBROPP in 2005) is a domestic event. One name twice is still one
side. Sentences written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest
from test_coder_recall import country_triples

DATE = dt.date(2005, 3, 1)


@pytest.mark.parametrize(("text", "expected"), [
    ("Mr Kilroy-Silk criticised the UK Independence Party.", [("GBR", "11", "GBR")]),
    ("Michael Howard praised the Conservatives.", [("GBR", "05", "GBR")]),
])
def test_a_person_and_an_organisation_are_two_sides(engine, text: str, expected) -> None:
    assert country_triples(engine, text, digits=2, date=DATE) == expected


@pytest.mark.parametrize("text", [
    "Labour criticised Labour.",
])
def test_one_name_twice_is_one_side(engine, text: str) -> None:
    assert country_triples(engine, text, date=DATE) == []
