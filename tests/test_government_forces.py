"""Forces the sentence calls the government's ("government forces", "government troops",
"pro-government militias" excepted) facing rebels or an opposition the sentence places are that
state's military, as police facing protesters are its police: "Syrian rebels clashed with
government forces near Aleppo". Bare "troops" or "soldiers" are still not guessed: a story tells
of another state's troops as often. Sentences written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest
from test_coder_recall import country_triples

DATE = dt.date(2015, 6, 1)


@pytest.mark.parametrize(("text", "expected"), [
    ("Rebels in eastern Congo attacked government troops.", [("COD", "19", "COD")]),
    ("Government troops killed 20 rebels in southern Sudan.", [("SDN", "19", "SDN")]),
    ("The Syrian opposition accused government forces of war crimes.", [("SYR", "11", "SYR")]),
])
def test_government_forces_are_the_states_facing_its_rebels(engine, text: str, expected) -> None:
    assert country_triples(engine, text, digits=2, date=DATE) == expected


@pytest.mark.parametrize("text", [
    "Troops killed 20 rebels on Monday.",
    "Government forces retook the town on Monday.",
])
def test_unplaced_forces_are_not_guessed(engine, text: str) -> None:
    assert country_triples(engine, text, digits=2, date=DATE) == []
