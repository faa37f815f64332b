"""Police of no stated country facing protesters whom the sentence places ("protesters in
Athens clashed with riot police", "police fired tear gas at protesters in Caracas") are that
state's police: a protest is policed at home. People other than protesters keep the old
reading ("police detained two Jamaican singers" in a British story is no Jamaican police), and
police with a nationality keep it. Sentences written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest
from test_coder_recall import country_triples

DATE = dt.date(2015, 6, 1)


@pytest.mark.parametrize(("text", "expected"), [
    ("Protesters in Athens clashed with riot police outside parliament.", [("GRC", "14", "GRC")]),
    ("Police fired tear gas at protesters in Caracas.", [("VEN", "17", "VEN")]),
    ("Students in Jakarta fought running battles with police.", [("IDN", "14", "IDN")]),
])
def test_police_facing_placed_protesters_are_that_states(engine, text: str, expected) -> None:
    assert country_triples(engine, text, digits=2, date=DATE) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Police detained two Jamaican singers at the airport.", []),
    ("Turkish police fired tear gas at protesters in Athens.", [("TUR", "17", "GRC")]),
])
def test_other_people_and_named_police_keep_their_reading(engine, text: str, expected) -> None:
    assert country_triples(engine, text, digits=2, date=DATE) == expected
