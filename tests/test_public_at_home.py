"""A government or party asking things of, or offering things to, its own public, schools or
firms named only as a group ("urged voters to", "is offering people free
land", "encouraging private companies to") is policy or campaigning, not an event between two
actors: the annotation guidelines code none, and every such event on the annotated train split
was false. Material aid (033) and apologies (05) to its own people stay events, as do appeals
to another state's public and to protesters. Sentences written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest
from test_coder_recall import country_triples

SPRING_2005 = dt.date(2005, 3, 1)


@pytest.mark.parametrize("text", [
    "The Kazakh government is offering free land to people who move north.",
    "Vietnam is encouraging private companies to hire more graduates.",
    "The Conservatives urged voters in Britain to punish the government.",
    "The Indian government urged farmers to plant more rice.",
])
def test_a_government_addressing_its_public_is_no_event(engine, text: str) -> None:
    assert country_triples(engine, text, digits=2, date=SPRING_2005) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("The French government will give its wine industry 70m euros in aid.", [("FRA", "03", "FRA")]),
    ("The Japanese government apologised to its citizens for the delay.", [("JPN", "05", "JPN")]),
    ("The United States urged Iraqi voters to defy the insurgents.", [("USA", "02", "IRQ")]),
])
def test_aid_apologies_and_other_states_publics_stay_events(engine, text: str, expected) -> None:
    assert country_triples(engine, text, digits=2, date=SPRING_2005) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The Thai prime minister urged protesters to leave the airport.", [("THA", "02", "THA")]),
    ("The Pakistani government agreed to release 50 detained activists.", [("PAK", "03", "PAK")]),
])
def test_protesters_and_activists_are_sides_at_home(engine, text: str, expected) -> None:
    assert country_triples(engine, text, digits=2, date=SPRING_2005) == expected
