"""A verb coordinated inside a reported clause that is the reporter's own act (issue 11):
"X said Y had done this and urged Z to act" — an appeal or judgement verb, or a past-tense verb
that cannot share the clause's modal ("said talks would resume and welcomed"), takes the
reporter as its subject. Sentences written for these tests, each before its fix."""
from __future__ import annotations

import datetime as dt

import pytest
from test_coder_recall import engine_triples

SPRING_2013 = dt.date(2013, 3, 1)


@pytest.mark.parametrize(("text", "expected"), [
    ("Evo Morales said that Chile owed his country a debt and called on Santiago to open talks.",
     [("BOLGOV", "020", "CHLGOV")]),
    ("Peru said Chile had broken the treaty and urged Bolivia to act.", [("PER", "020", "BOL")]),
    ("Peru said the talks would resume and welcomed Chile's offer.", [("PER", "051", "CHL")]),
    # the clause's own subject keeps a verb that may share its tense
    ("Peru said Chile had closed the border and expelled Bolivian diplomats.", [("CHL", "161", "BOLGOV")]),
    ("Peru said Chile would reopen the border and release Bolivian prisoners.", [("CHL", "0353", "BOLCRM")]),
])
def test_an_appeal_coordinated_in_a_reported_clause_is_the_reporters(
        engine, text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert engine_triples(engine, text, date=SPRING_2013) == expected
