"""Rulings against a party (116, find guilty or liable): "the WTO ruled against the EU", "a WTO
panel found against China", "found the Kenyan minister guilty", "ruled the EU ban illegal".
Sentences written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest
from test_coder_recall import country_triples

DATE = dt.date(2016, 6, 1)


@pytest.mark.parametrize(("text", "expected"), [
    ("The WTO ruled against the European Union in the banana dispute.", [("IGO", "116", "IGO")]),
    ("A WTO panel found against China in March.", [("IGO", "116", "CHN")]),
    ("The International Court of Justice found Serbia guilty of failing to prevent genocide.",
     [("IGO", "116", "SRB")]),
    ("WTO rules EU ban on hormone-treated beef illegal", [("IGO", "116", "IGO")]),
])
def test_a_ruling_against_a_party(engine, text: str, expected) -> None:
    assert country_triples(engine, text, digits=3, date=DATE) == expected


@pytest.mark.parametrize("text", [
    "The WTO ruled in favour of the European Union.",
    "Investigators found Serbian weapons in the warehouse.",
])
def test_no_ruling_against(engine, text: str) -> None:
    assert [t for t in country_triples(engine, text, digits=3, date=DATE) if t[1] == "116"] == []
