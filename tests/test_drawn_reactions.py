"""A reaction an act draws from another side is that side's act towards the actor: "X did Y,
drawing an angry protest from Z" is Z's protest to X (114), "prompting sharp criticism from Z"
its criticism (111). Sentences written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest
from test_coder_recall import country_triples

DATE = dt.date(2012, 5, 1)


@pytest.mark.parametrize(("text", "expected"), [
    ("Peru detained a Chilean fishing crew, drawing an angry protest from Santiago.", ("CHL", "114", "PER")),
    ("Peru's new maritime law prompted a formal complaint from Chile.", ("CHL", "114", "PER")),
    ("Peru raised tariffs on wine, prompting sharp criticism from Chile.", ("CHL", "111", "PER")),
    ("Peru's decision sparked condemnation from Chile.", ("CHL", "111", "PER")),
    ("Peru's remarks provoked a rebuke from Chile.", ("CHL", "111", "PER")),
])
def test_a_reaction_drawn_from_another_side(engine, text, expected):
    assert expected in country_triples(engine, text, digits=3, date=DATE)


@pytest.mark.parametrize("text", [
    # street protests sparked among people: no one's official protest
    "Peru's decision sparked protests across the country.",
])
def test_protests_sparked_among_people_are_no_official_protest(engine, text):
    assert not any(t[1] == "114" for t in country_triples(engine, text, digits=3, date=DATE))
