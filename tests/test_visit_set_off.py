"""A visit set off beside its traveller: "X, on a visit to Y, praised Z" and "X, during a two-day
visit to Y, said" say that X visited Y, as "On a visit to Y, X said" does (issue 11). Sentences
written for these tests, each before its fix."""
from __future__ import annotations

import datetime as dt

import pytest
from test_coder_recall import country_triples

DATE = dt.date(2016, 6, 1)


@pytest.mark.parametrize(("text", "expected"), [
    ("The Chilean president, on a visit to Lima, praised Peru's economic reforms.", ("CHL", "042", "PER")),
    ("Canada's prime minister, on a two-day visit to Mexico City, thanked Mexico for its help.",
     ("CAN", "042", "MEX")),
    ("The Thai foreign minister, during a visit to Hanoi, signed a fishing agreement with Vietnam.",
     ("THA", "042", "VNM")),
])
def test_a_set_off_visit_is_its_traveller_s(engine, text: str, expected) -> None:
    assert expected in country_triples(engine, text, digits=3, date=DATE)


@pytest.mark.parametrize("text", [
    # a visit someone else made, named as an object's
    "Chile praised the president's comments on a visit to Lima by Peru's foreign minister.",
    # not set off: a visit the subject talks about
    "The Chilean president commented on a visit to Lima by Bolivian officials.",
])
def test_a_visit_not_set_off_is_not_the_subject_s(engine, text: str) -> None:
    assert not [t for t in country_triples(engine, text, digits=3, date=DATE) if t[:2] == ("CHL", "042")]
