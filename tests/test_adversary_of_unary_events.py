"""A show of force or a truce reported with no target of its own takes the adversary the same
sentence names in a "tension(s) / standoff / war / conflict / dispute ... with X" phrase:
"put its forces on alert amid rising tension with China" is Taiwan's posture toward China.
Other unary events, and "with" phrases that name no conflict, leave it as it was. Sentences
written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest
from test_coder_recall import country_triples

DATE = dt.date(2015, 6, 1)


@pytest.mark.parametrize(("text", "expected"), [
    ("Taiwan put its forces on high alert amid rising tension with China.", [("TWN", "15", "CHN")]),
    ("India deployed more troops along the border during its standoff with China.", [("IND", "15", "CHN")]),
    ("Thailand declared a ceasefire in its border conflict with Cambodia.", [("THA", "08", "KHM")]),
])
def test_a_unary_show_of_force_or_truce_faces_the_named_adversary(engine, text: str, expected) -> None:
    assert country_triples(engine, text, digits=2, date=DATE) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Japan raised its terror alert ahead of the summit.", [("JPN", "15", None)]),
    ("Vietnam put its troops on high alert on Monday.", [("VNM", "15", None)]),
])
def test_other_unary_events_keep_no_target(engine, text: str, expected) -> None:
    assert country_triples(engine, text, digits=2, date=DATE) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # no conflict phrase: the one other state the sentence names is the one faced
    ("Peru put its troops on high alert near the Chilean border.", [("PER", "15", "CHL")]),
    ("Peru put its forces on alert after Chilean warships entered disputed waters.", [("PER", "15", "CHL")]),
    ("Peru puts troops on alert over Chile fishing row", [("PER", "15", "CHL")]),
    # two other states: which is faced is unknown
    ("Peru put its troops on alert after Chile and Bolivia held joint drills.", [("PER", "15", None)]),
])
def test_a_unary_show_of_force_faces_the_one_other_state_named(engine, text: str, expected) -> None:
    assert [t for t in country_triples(engine, text, digits=2, date=DATE) if t[1] == "15"] == expected
