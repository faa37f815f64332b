"""Calling another side a crook, a fascist or a warmonger is criticism (111), as calling its
decision unacceptable already was, not a phone call: the judging words of the naming rows
gain common insults. A call with no judging word is still a call. Sentences written for these
tests."""
from __future__ import annotations

import datetime as dt

import pytest
from test_coder_recall import country_triples

DATE = dt.date(2017, 3, 1)


@pytest.mark.parametrize(("text", "expected"), [
    ("Erdogan called the Dutch government fascists.", [("TUR", "111", "NLD")]),
    ("The Iranian president called the US leaders warmongers.", [("IRN", "111", "USA")]),
    ("Duterte branded the American ambassador a fool.", [("PHL", "111", "USA")]),
    ("Kenya's president called the Somali officials crooks.", [("KEN", "111", "SOM")]),
])
def test_an_insult_is_criticism(engine, text: str, expected) -> None:
    assert country_triples(engine, text, date=DATE) == expected


def test_a_call_without_a_judging_word_is_a_call(engine) -> None:
    assert country_triples(engine, "Obama called the Chinese president on Monday.", date=dt.date(2015, 3, 1)) == \
        [("CHN", "041", "USA"), ("USA", "041", "CHN")]
