"""Wire headlines abbreviate titles ("Pres. Lee", "PM Abe meets Pres. Park") and lodge protests
"over" another state's act ("China lodges protest over Japan's island purchase"): the title
names the office, the act's owner is the target. Sentences written for these tests, before
the fix."""
from __future__ import annotations

import datetime as dt

import pytest
from test_coder_recall import country_triples


@pytest.mark.parametrize(("text", "date", "expected"), [
    ("Pres. Lee urges N. Korea to give up nukes", dt.date(2010, 5, 1), [("KOR", "02", "PRK")]),
    ("PM Abe meets Pres. Park", dt.date(2015, 11, 2), [("JPN", "04", "KOR"), ("KOR", "04", "JPN")]),
    ("Pres. Obama urges China to curb N. Korea", None, [("USA", "02", "CHN")]),
])
def test_an_abbreviated_title(engine, text: str, date: dt.date | None,
                              expected: list[tuple[str, str, str | None]]) -> None:
    assert country_triples(engine, text, digits=2, date=date) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("China lodges protest over Japan's island purchase", [("CHN", "11", "JPN")]),
    ("Seoul lodges protest over Tokyo's textbook approval", [("KOR", "11", "JPN")]),
    ("Seoul lodged a protest with Tokyo over the textbooks.", [("KOR", "11", "JPN")]),
])
def test_a_protest_over_another_states_act(engine, text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert country_triples(engine, text, digits=2) == expected
