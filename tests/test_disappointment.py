"""Disappointment with another side's act is disapproval (111), as PETRARCH's dictionary and
the project's annotators code it, not the pessimistic comment (012) that concern or worry is:
"voiced disappointment over France's veto", "was deeply disappointed by Washington's decision".
Concern stays 012; disappointment at no actor is no event. Sentences written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest
from test_coder_recall import country_triples

DATE = dt.date(2012, 5, 1)


@pytest.mark.parametrize(("text", "expected"), [
    ("Germany voiced disappointment over France's veto.", [("DEU", "111", "FRA")]),
    ("Brazil expressed disappointment at Argentina's new import rules.", [("BRA", "111", "ARG")]),
    ("Canada was deeply disappointed by Washington's decision on lumber tariffs.", [("CAN", "111", "USA")]),
    ("Seoul disappointed with Tokyo's textbook decision", [("KOR", "111", "JPN")]),
])
def test_disappointment_with_a_side_is_disapproval(engine, text: str, expected) -> None:
    assert country_triples(engine, text, date=DATE) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Japan voiced concern over China's naval build-up.", [("JPN", "012", "CHN")]),
    ("Fans were disappointed by the draw.", []),
])
def test_concern_and_disappointment_at_no_side(engine, text: str, expected) -> None:
    assert country_triples(engine, text, date=DATE) == expected
