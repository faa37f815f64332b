"""Restrictions as a noun: "introduced tighter restrictions on Cuba", "placed curbs on Chinese
steel" are the subject's restrictions (163 between states, as "imposed restrictions on"),
whatever light verb carries them; lifting or easing them stays a relaxation. Sentences written for
these tests, each before its fix (the first run expected 172 and held a relative-clause case the
parser reads without the restrictions' "on")."""
from __future__ import annotations

import datetime as dt

import pytest
from test_coder_recall import country_triples

DATE = dt.date(2016, 6, 1)


@pytest.mark.parametrize(("text", "expected"), [
    ("Canada introduced tighter restrictions on Cuba in May.", [("CAN", "163", "CUB")]),
    ("Peru placed new restrictions on Bolivia.", [("PER", "163", "BOL")]),
    ("Chile announced fresh curbs on Argentine beef.", [("CHL", "163", "ARG")]),
    ("Canada placed sanctions on Cuba.", [("CAN", "163", "CUB")]),
    # "put" carries too much else to carry an event ("putting its agreements with X at risk")
    ("Peru's vote put its trade agreements with Chile at risk.", []),
    # relaxing them is another event
    ("Canada lifted restrictions on Cuba.", [("CAN", "081", "CUB")]),
    ("Canada eased restrictions on Cuba.", [("CAN", "081", "CUB")]),
    # on a sector of one's own state: a domestic event, coded as the verb row codes it
    ("Canada introduced restrictions on its own farmers.", [("CAN", "172", "CAN")]),
])
def test_restrictions_on_a_state(engine, text: str, expected) -> None:
    assert country_triples(engine, text, digits=3, date=DATE) == expected
