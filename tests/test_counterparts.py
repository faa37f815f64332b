"""Talking to, and receiving, a counterpart of another state (issue 11): "X told Y's president
that ..." is a consultation between the two (CAMEO 040, both ways, as the annotation guidelines
code a conversation), and "X received Y's president" hosts a visit (043). Only when the one
told or received is a person or an office of another state: "told reporters", "told MPs" and
"received a letter" are no meeting. Sentences written for these tests, before the fix."""
from __future__ import annotations

import datetime as dt

import pytest
from test_coder_recall import country_triples




@pytest.mark.parametrize(("text", "date", "expected"), [
    ("Chinese Premier Li Keqiang told his Indian counterpart on Monday that trade would keep growing.",
     dt.date(2015, 5, 4), [("CHN", "040", "IND"), ("IND", "040", "CHN")]),
    # (the visiting president's visit, 042, added at the fifteenth stop: a visiting office holder
    # is a guest, tests/test_agreements_and_spokesmen.py)
    ("The Dutch prime minister told the visiting Polish president that the Netherlands backed the plan.",
     None, [("NLD", "040", "POL"), ("POL", "040", "NLD"), ("POL", "042", "NLD")]),
    ("The King of Morocco received the Malian president in Rabat on Tuesday.", None, [("MAR", "043", "MLI"),
                                                                                      ("MLI", "042", "MAR")]),
])
def test_a_counterpart_of_another_state(engine, text, date, expected):
    assert country_triples(engine, text, digits=3, date=date) == expected


@pytest.mark.parametrize("text", [
    "The Chinese foreign minister told reporters in Beijing that talks would resume.",
    "The British prime minister told MPs that the decision was final.",
    "The Japanese prime minister received a letter from the Korean president on Friday.",
    "The Spanish king received the Spanish prime minister at the palace.",
])
def test_no_meeting_with_the_press_a_parliament_a_letter_or_ones_own_state(engine, text):
    assert [t for t in country_triples(engine, text, digits=3) if t[1][:2] == "04"] == []


@pytest.mark.parametrize(("text", "date", "expected"), [
    # welcoming a leader in person hosts a visit (043), as receiving one does, and the leader
    # visits (042; test_received_representatives)
    ("Putin welcomed the Chinese president at the airport.", dt.date(2006, 4, 20), [("CHN", "042", "RUS"), ("RUS", "043", "CHN")]),
    ("Bush welcomes Hu at White House", dt.date(2006, 4, 20), [("CHN", "042", "USA"), ("USA", "043", "CHN")]),
    ("The Japanese prime minister welcomed his Indian counterpart in Tokyo.", None, [("IND", "042", "JPN"), ("JPN", "043", "IND")]),
    # welcoming what another state did or said stays praise (051)
    ("Japan welcomed China's decision.", None, [("JPN", "051", "CHN")]),
    ("Germany welcomed the French government's proposal.", None, [("DEU", "051", "FRA")]),
])
def test_welcoming_a_counterpart_hosts_a_visit(engine, text, date, expected):
    assert country_triples(engine, text, digits=3, date=date) == expected
