"""Unnamed victims of an attack are of the state the attack is on: "Israeli air strikes on Gaza
killed at least 14 people" kill Palestinians (the one state the sentence names besides the
attacker's); with none or several such states, or no state attacking, they stay unplaced.
Sentences written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest
from test_coder_recall import country_triples

DATE = dt.date(2016, 6, 1)


@pytest.mark.parametrize(("text", "expected"), [
    # (not "air strikes on Gaza killed ...": the dead are then the strikes' outcome, no event of
    # their own; tests/test_casualties.py)
    ("Israeli troops killed at least 14 people in Gaza overnight.", ("ISR", "190", "PSE")),
    ("Indian and Pakistani troops traded fire across the border, killing 12 civilians.", ("IND", "190", "PAK")),
])
def test_victims_of_an_attack_on_a_state(engine, text: str, expected) -> None:
    assert expected in country_triples(engine, text, digits=3, date=DATE)


@pytest.mark.parametrize("text", [
    # no state attacks
    "Gunmen killed 20 people at a market in Peshawar, Pakistani officials said.",
    # two other states named: which is unknown
    "Russian jets killed 20 people, Turkish and British monitors said.",
])
def test_victims_stay_unplaced(engine, text: str) -> None:
    assert all(t[2] in (None, "CVL") or len(t[2]) != 3 or t[2] == t[0]
               for t in country_triples(engine, text, digits=2, date=DATE) if t[1] in ("18", "19", "20"))
