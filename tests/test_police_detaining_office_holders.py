"""Police of no stated country who arrest, detain or question a state's office holder, present or
former ("federal police arrested former Brazilian president Lula"), are that state's police: an
office holder is held at home. Other people still place nobody ("police detained two Jamaican
singers" in a British story), and police with a nationality or a place keep it. Sentences
written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest
from test_coder_recall import country_triples

DATE = dt.date(2018, 6, 1)


@pytest.mark.parametrize(("text", "expected"), [
    ("Federal police arrested former Brazilian president Luiz Inacio Lula da Silva.", [("BRA", "17", "BRA")]),
    ("Police detained a senior Pakistani opposition leader on Friday.", [("PAK", "17", "PAK")]),
    ("Police interrogated the Israeli prime minister for five hours.", [("ISR", "09", "ISR")]),
])
def test_police_holding_an_office_holder_are_that_states(engine, text: str, expected) -> None:
    assert country_triples(engine, text, digits=2, date=DATE) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Police detained two Jamaican singers at the airport.", []),
    ("Police arrested a British tourist in the resort.", []),
    ("Spanish police arrested a former Moroccan minister.", [("ESP", "17", "MAR")]),
])
def test_other_people_and_named_police_keep_their_reading(engine, text: str, expected) -> None:
    assert country_triples(engine, text, digits=2, date=DATE) == expected
