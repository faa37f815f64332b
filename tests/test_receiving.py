"""What was received, and from whom (issue 11): the giver named deeper in the object's phrase
("received $300m in military assistance from X"), assurances and apologies received. Sentences
written for these tests, each before its fix."""
from __future__ import annotations

import datetime as dt

import pytest
from test_coder_recall import engine_triples

SPRING_2008 = dt.date(2008, 3, 1)


@pytest.mark.parametrize(("text", "expected"), [
    # military assistance is military aid (072), a sum in plain assistance economic aid (071)
    ("Peru received a further $300m in military assistance from Chile.", [("CHL", "072", "PER")]),
    ("Peru received $300m in assistance from Chile.", [("CHL", "071", "PER")]),
    ("Peru received 5,000 tonnes of food aid from Chile.", [("CHL", "073", "PER")]),
    ("Peru said it had received assurances from Chile that the border would stay open.",
     [("CHL", "030", "PER")]),
    ("Peru received a formal apology from Chile over the incident.", [("CHL", "055", "PER")]),
    # the plain case still holds
    ("Peru received a loan from Chile.", [("CHL", "071", "PER")]),
])
def test_what_was_received_and_from_whom(engine, text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert engine_triples(engine, text, date=SPRING_2008) == expected
