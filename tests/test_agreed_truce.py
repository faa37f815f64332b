"""Agreeing to a ceasefire or a truce is the truce (CAMEO 0871, declare a truce), as agreeing a
ceasefire already was; agreeing to talks stays an intent (036). The written sentences code "agree
to a ceasefire" as the truce each time it occurs. Sentences written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest
from test_coder_recall import country_triples

SUMMER_2014 = dt.date(2014, 8, 1)



@pytest.mark.parametrize(("text", "expected"), [
    ("Israel and Hamas agreed to a ceasefire.", [("ISR", "0871", "PSE"), ("PSE", "0871", "ISR")]),
    ("Israel agreed to a truce with Hamas.", [("ISR", "0871", "PSE")]),
    ("Israel agreed to talks with Hamas.", [("ISR", "036", "PSE")]),
    # still to come: an intent
    ("Israel will agree to a truce with Hamas.", [("ISR", "0356", "PSE")]),
])
def test_agreeing_to_a_truce_is_the_truce(engine, text: str, expected) -> None:
    assert country_triples(engine, text, date=SUMMER_2014) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # integration is a tie to deepen, as cooperation is (boost.ties, deepen.ties, strengthen.ties)
    ("Nigeria and Ghana vowed to boost regional integration.", [("GHA", "030", "NGA"), ("NGA", "030", "GHA")]),
    ("Nigeria vowed to deepen integration with Ghana.", [("NGA", "030", "GHA")]),
])
def test_integration_is_a_tie(engine, text: str, expected) -> None:
    assert country_triples(engine, text, date=SUMMER_2014) == expected
