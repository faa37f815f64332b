"""A call as a noun (issue 11): "a call by the EU to halt enrichment", "its call on Iran to ...",
"a call for talks" is an appeal (CAMEO 02), as the verb "call on"/"call for" is; only a call
held with someone ("a telephone call with Mr Bush") is a consultation by telephone (041).
Before, every noun "call" was read as a telephone call, so "Iran faced a call by the EU to halt
enrichment" coded a phone call both ways. Sentences written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest
from test_coder_recall import engine_triples

SPRING_2005 = dt.date(2005, 3, 1)


@pytest.mark.parametrize(("text", "expected"), [
    ("Iran faced a call by the EU to halt enrichment.", [("IGOEEC", "02", "IRN")]),
    ("The EU renewed its call on Iran to halt enrichment.", [("IGOEEC", "02", "IRN")]),
    ("Iran rejected a call by the EU for a halt to enrichment.", [("IRN", "12", "IGOEEC")]),
])
def test_a_call_to_do_something_is_an_appeal(engine, text: str, expected) -> None:
    assert engine_triples(engine, text, date=SPRING_2005, digits=2) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Mr Putin held a telephone call with Mr Bush.", [("RUSGOV", "04", "USAGOV"), ("USAGOV", "04", "RUSGOV")]),
    ("Jack Straw had a call with Condoleezza Rice on Monday.", [("GBRGOV", "04", "USAGOV"),
                                                                ("USAGOV", "04", "GBRGOV")]),
])
def test_a_call_held_with_someone_is_a_telephone_call(engine, text: str, expected) -> None:
    assert engine_triples(engine, text, date=SPRING_2005, digits=2) == expected
