"""Two sides that settle a dispute agree (057, both ways, as signing an accord does); two that
spar trade criticism (111, both ways). A settlement that may come is no event. Sentences
written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest
from test_coder_recall import country_triples

DATE = dt.date(2012, 5, 1)


@pytest.mark.parametrize(("text", "expected"), [
    ("Peru and Chile settled their maritime dispute on Monday.", [("CHL", "057", "PER"), ("PER", "057", "CHL")]),
    ("Peru, Chile settle fishing dispute", [("CHL", "057", "PER"), ("PER", "057", "CHL")]),
    ("Peru settled its border dispute with Chile.", [("CHL", "057", "PER"), ("PER", "057", "CHL")]),
    ("Peru and Chile sparred over fishing rights on Monday.", [("CHL", "111", "PER"), ("PER", "111", "CHL")]),
    ("Peru, Chile spar over fishing rights", [("CHL", "111", "PER"), ("PER", "111", "CHL")]),
    # may yet settle: nothing happened
    ("Peru and Chile could settle their dispute next year.", []),
])
def test_settling_or_sparring_is_mutual(engine, text, expected):
    assert country_triples(engine, text, digits=3, date=DATE) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "U.S.-drafted" names its drafter as "US-drafted" does
    ("Russia vetoed a U.S.-drafted resolution.", ("RUS", "12", "USA")),
    ("Russia vetoed a US-drafted resolution.", ("RUS", "12", "USA")),
])
def test_an_abbreviated_name_before_a_hyphen(engine, text, expected):
    assert expected in country_triples(engine, text, digits=2, date=DATE)
