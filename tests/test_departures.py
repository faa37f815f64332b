"""Setting out for another state is travelling there (042), as "flew to" and "travelled to"
already were: "left for Washington", "departed for Tehran". Where no state is the destination
nothing is coded. ("heads to" was tried and left out: it read "prepared to head to Brussels to
meet Nato leaders" as a visit to the EU.) Sentences written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest
from test_coder_recall import country_triples

DATE = dt.date(2012, 6, 1)


@pytest.mark.parametrize(("text", "expected"), [
    ("Chinese President Hu Jintao left for Washington on Monday.", [("CHN", "042", "USA")]),
    ("The Russian foreign minister departed for Tehran on Sunday.", [("RUS", "042", "IRN")]),
])
def test_setting_out_for_another_state_is_travel(engine, text: str, expected) -> None:
    assert country_triples(engine, text, date=DATE) == expected


@pytest.mark.parametrize("text", [
    "Investors headed to safer assets on Monday.",
    "The Chinese team left for the stadium after lunch.",
])
def test_no_state_as_destination(engine, text: str) -> None:
    assert country_triples(engine, text, date=DATE) == []
