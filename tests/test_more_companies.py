"""Companies of 2004-2020 news the knowledge base lacked, with their home (companies.tsv): a deal
between two of them is an event between their states' business sectors. Left out as before:
companies of split homes (Euronext, AstraZeneca) and bare names that are common words or
surnames ("Total", "Orange", "Jarvis"). Sentences written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest
from test_coder_recall import engine_triples

SPRING_2005 = dt.date(2005, 3, 1)


@pytest.mark.parametrize(("text", "expected"), [
    ("SAIC signed a deal with MG Rover.", [("CHNBUS", "057", "GBRBUS"), ("GBRBUS", "057", "CHNBUS")]),
    ("Air China signed a deal with Boeing.", [("CHNBUS", "057", "USABUS"), ("USABUS", "057", "CHNBUS")]),
    ("InBev signed a deal with AmBev.", [("BELBUS", "057", "BRABUS"), ("BRABUS", "057", "BELBUS")]),
    ("Standard Life signed a deal with Vivendi.", [("FRABUS", "057", "GBRBUS"), ("GBRBUS", "057", "FRABUS")]),
])
def test_deals_between_companies_of_two_states(engine, text: str, expected) -> None:
    assert engine_triples(engine, text, date=SPRING_2005) == expected


@pytest.mark.parametrize("text", [
    "Total exports to China rose in March.",
    "Jarvis signed a deal with Boeing.",
])
def test_common_words_and_surnames_name_no_company(engine, text: str) -> None:
    assert engine_triples(engine, text, date=SPRING_2005) == []
