"""Headlines drop their articles: "Ghana opposition accuses government of mismanagement" names
the government of the one state the headline names, as "the government" does in prose (issue 11,
headline forms). Prose keeps asking for the article. Sentences written for these tests, each
before its fix."""
from __future__ import annotations

import datetime as dt

import pytest
from test_coder_recall import country_triples

DATE = dt.date(2016, 6, 1)


@pytest.mark.parametrize(("text", "expected"), [
    ("Ghana opposition accuses government of mismanagement", [("GHA", "112", "GHA")]),
    ("Kenyan opposition leader criticises government over fuel prices", [("KEN", "111", "KEN")]),
    ("Peru's opposition accuses president of corruption", [("PER", "112", "PER")]),
])
def test_a_headline_s_bare_organ_is_its_state_s(engine, text: str, expected) -> None:
    assert country_triples(engine, text, digits=3, date=DATE) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # two states named: whose government is not guessed
    ("Chile opposition accuses government of bowing to Peru", []),
    # prose without the article is left alone
    ("Ghana's opposition said on Monday that it accuses government officials of mismanagement.", []),
])
def test_a_bare_organ_that_cannot_be_placed(engine, text: str, expected) -> None:
    assert country_triples(engine, text, digits=3, date=DATE) == expected
