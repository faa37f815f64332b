"""British cabinet ministers of 1997-2010 often named in the news of the time (people.tsv,
GOV): "Mr Prescott" in 2005 is the deputy prime minister, as "Mr Straw" was the foreign
secretary. Bare surnames only where distinctive ("Clarke", "Kelly", "Darling" and "Johnson"
need the full name). Dates of office are facts; sentences written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest
from test_coder_recall import engine_triples

SPRING_2005 = dt.date(2005, 3, 1)


@pytest.mark.parametrize(("text", "expected"), [
    ("Mr Prescott met Chinese officials.", [("CHNGOV", "040", "GBRGOV"), ("GBRGOV", "040", "CHNGOV")]),
    ("Mr Milburn criticised the French government.", [("GBRGOV", "111", "FRAGOV")]),
    ("Ms Hewitt criticised the French government.", [("GBRGOV", "111", "FRAGOV")]),
    ("Ms Jowell criticised the French government.", [("GBRGOV", "111", "FRAGOV")]),
    ("Mr Benn criticised the Sudanese government.", [("GBRGOV", "111", "SDNGOV")]),
    ("Charles Clarke criticised the French government.", [("GBRGOV", "111", "FRAGOV")]),
    ("Ruth Kelly criticised the French government.", [("GBRGOV", "111", "FRAGOV")]),
])
def test_ministers_in_office(engine, text: str, expected) -> None:
    assert engine_triples(engine, text, date=SPRING_2005) == expected


def test_a_common_surname_alone_is_not_guessed(engine) -> None:
    assert engine_triples(engine, "Mr Clarke criticised the French government.", date=SPRING_2005) == []
