"""Headlines that list states after "of" with a bare comma ("Top envoys of S. Korea, U.S. hold
talks"): the parser takes the second state for a second subject of the verb, or an apposition.
Both states act. Sentences written for these tests, before the fix."""
from __future__ import annotations

import datetime as dt

import pytest
from test_coder_recall import country_triples

DATE = dt.date(2012, 1, 1)


@pytest.mark.parametrize(("text", "expected"), [
    ("Top nuclear envoys of S. Korea, U.S. hold talks in Seoul", [("KOR", "04", "USA"), ("USA", "04", "KOR")]),
    ("Foreign ministers of S. Korea, Japan hold talks in Tokyo", [("JPN", "04", "KOR"), ("KOR", "04", "JPN")]),
    ("Finance ministers of China, Japan to meet", [("CHN", "03", "JPN"), ("JPN", "03", "CHN")]),
])
def test_the_states_listed_after_of_act_together(engine, text, expected):
    assert country_triples(engine, text, digits=2, date=DATE) == expected


def test_a_state_named_after_the_subject_with_and_is_unchanged(engine):
    assert country_triples(engine, "Nuclear envoys of S. Korea and U.S. hold talks in Seoul",
                           digits=2, date=DATE) == [("KOR", "04", "USA"), ("USA", "04", "KOR")]
