"""Meetings a sentence mentions in passing (issue 11): "agreed at a meeting", "after seven rounds
of talks", "spoke by telephone", "shook hands": the parties named as the verb's subjects met.
Sentences written for these tests, each before its fix."""
from __future__ import annotations

import datetime as dt

import pytest
from test_coder_recall import engine_triples

SPRING_2005 = dt.date(2005, 3, 1)
AGREED = [("CHL", "030", "PER"), ("PER", "030", "CHL")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Chile and Peru agreed at a meeting in Lima to reopen the border.",
     sorted([*AGREED, ("CHL", "040", "PER"), ("PER", "040", "CHL")])),
    ("Chile and Peru agreed after seven rounds of talks to reopen the border.",
     sorted([*AGREED, ("CHL", "046", "PER"), ("PER", "046", "CHL")])),
    ("The Chilean and Peruvian presidents spoke by telephone on Thursday.",
     [("CHLGOV", "041", "PERGOV"), ("PERGOV", "041", "CHLGOV")]),
    # "counterpart" is a government title (sectors.tsv, seventh stop): his Peruvian counterpart is PERGOV
    ("Chile's president spoke by phone with his Peruvian counterpart.",
     [("CHLGOV", "041", "PERGOV"), ("PERGOV", "041", "CHLGOV")]),
    ("The Chilean and Peruvian presidents shook hands in front of the cameras.",
     [("CHLGOV", "040", "PERGOV"), ("PERGOV", "040", "CHLGOV")]),
    # one party alone met no one
    ("Chile agreed at a cabinet meeting to reopen the border.", []),
])
def test_meetings_mentioned_in_passing(engine, text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert engine_triples(engine, text, date=SPRING_2005) == expected
