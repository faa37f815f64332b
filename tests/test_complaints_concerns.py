"""A complaint's target before its venue; a concern about the situation in a country (issue 11).
Sentences written for these tests, each before its fix."""
from __future__ import annotations

import datetime as dt

import pytest
from test_coder_recall import engine_triples

SPRING_2008 = dt.date(2008, 3, 1)


@pytest.mark.parametrize(("text", "expected"), [
    # "against" names the target, "with" the body complained to
    ("Chile filed a complaint against Peru with the WTO.", [("CHL", "114", "PER")]),
    ("Chile lodged a complaint against Peru with the United Nations.", [("CHL", "114", "PER")]),
    # with no "against", "with" is the one complained to
    ("Chile lodged a protest with Peru.", [("CHL", "114", "PER")]),
    # the concern is about a country's situation
    ("Chile voiced concern that the situation in Peru had worsened.", [("CHL", "012", "PER")]),
    ("Chile expressed concern that human rights in Peru had not improved.", [("CHL", "012", "PER")]),
    ("Chile voiced concern that Peru would close the border.", [("CHL", "012", "PER")]),
])
def test_complaints_and_concerns(engine, text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert engine_triples(engine, text, date=SPRING_2008) == expected
