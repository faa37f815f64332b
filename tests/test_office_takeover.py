"""Taking over an office ("the presidency of the EU", "the chairmanship of the G8") is a
rotation, not a seizure of the body whose office it is; seizing what a state holds still is.
Sentences written for these tests, before the fix."""
from __future__ import annotations

import datetime as dt

import pytest
from test_coder_recall import country_triples


@pytest.mark.parametrize(("text", "expected"), [
    ("Britain takes over the presidency of the EU from Luxembourg in July.", []),
    ("The UK took over the chairmanship of the G8 in January.", []),
    ("Germany will take over the leadership of the NATO mission next month.", []),
    # taking over at a body is taking its helm (added with the fix of 2026-12-07)
    ("The Italian banker took over at the European Central Bank in November.", []),
    ("A Japanese executive took over at Renault last year.", []),
    # what a state holds, taken by force, is still a seizure
    ("Bolivian troops took over gas fields operated by Brazil's Petrobras.", [("BOL", "17", "BRA")]),
])
def test_taking_over_an_office_seizes_nothing(engine, text, expected):
    assert country_triples(engine, text, digits=2, date=dt.date(2005, 3, 1)) == expected
