"""'The two' and 'the two leaders' after a sentence names two states but no two people (issue 11).
Sentences written for these tests, each before its fix."""
from __future__ import annotations

import datetime as dt

import pytest
from test_coder_recall import engine_triples

SPRING_2005 = dt.date(2005, 3, 1)
# the host hosts and the guest visits (test_received_representatives)
HOSTED = [("CHL", "043", "PERGOV"), ("PERGOV", "042", "CHL")]


@pytest.mark.parametrize(("text", "expected"), [
    # "the two leaders" with no two leaders named: the leaders of the two states named
    ("Chile hosted Peru's president in Santiago, and the two leaders pledged to deepen cooperation.",
     sorted([*HOSTED, ("CHLGOV", "030", "PERGOV"), ("PERGOV", "030", "CHLGOV")])),
    # "the two" alone: the two named most recently
    ("Chile hosted Peru's president in Santiago, and the two pledged to deepen cooperation.",
     sorted([*HOSTED, ("CHL", "030", "PER"), ("PER", "030", "CHL")])),
    ("Kim Jong-il hosted Hu Jintao in Pyongyang, and the two pledged to deepen cooperation.",
     [("CHNGOV", "030", "PRKGOV"), ("CHNGOV", "042", "PRKGOV"), ("PRKGOV", "030", "CHNGOV"),
      ("PRKGOV", "043", "CHNGOV")]),
    # "the two" counting things, not parties
    ("Chile signed two treaties with Peru, and the two take effect in May.",
     [("CHL", "057", "PER"), ("PER", "057", "CHL")]),
])
def test_the_two(engine, text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert engine_triples(engine, text, date=SPRING_2005) == expected
