"""The event model's candidates leave out a capital named as a place: "signed an agreement in
Doha", "struck targets near Damascus" say where an event happens, not that Qatar's or Syria's
government took part (the rules read places from the parse; the model's candidates come without
one). A capital that acts ("Doha rejected the demands", "talks with Kabul") stays a candidate.
Sentences written for these tests."""
from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def candidates():
    from geopivot.eventmodel.texts import TextMentions
    mentions = TextMentions.load()
    return lambda text: {m.actor.code for m in mentions(text)}


@pytest.mark.parametrize(("text", "expected"), [
    ("Washington and the Taliban signed an agreement in Doha on Saturday.", {"USAGOV", "AFGREBTLB"}),
    ("Israeli jets struck Iranian targets near Damascus.", {"ISR", "IRN"}),
    ("The Indian leader stopped in Lahore on his way back from Kabul.", {"IND", "PAK"}),
])
def test_a_capital_named_as_a_place_is_no_candidate(candidates, text: str, expected: set[str]) -> None:
    assert candidates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Doha rejected the demands of its neighbours.", {"QATGOV"}),
    ("Pakistan held talks with Kabul on Monday.", {"PAK", "AFGGOV"}),
    ("The minister flew to Moscow.", {"RUSGOV"}),
])
def test_a_capital_that_acts_stays_a_candidate(candidates, text: str, expected: set[str]) -> None:
    assert candidates(text) == expected
