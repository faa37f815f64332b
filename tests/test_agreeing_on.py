"""Agreeing on a plan, terms or a settlement is reaching an agreement (057, issue 11); agreeing
to do something is still an intent. Sentences written for these tests, each before its fix."""
from __future__ import annotations

import datetime as dt

import pytest
from test_coder_recall import engine_triples

AGREEMENT = [("CHL", "057", "PER"), ("PER", "057", "CHL")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Chile and Peru agree on a plan to end the dispute", AGREEMENT),
    ("Chile and Peru agreed a settlement on Monday.", AGREEMENT),
    ("Chile, Peru agree terms of border deal", AGREEMENT),
    ("Chile and Peru agreed on a hotline between their navies.", AGREEMENT),
    ("Chile and Peru agreed to reopen the border.", [("CHL", "030", "PER"), ("PER", "030", "CHL")]),
])
def test_agreeing_on_a_plan_is_an_agreement(engine, text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert engine_triples(engine, text, date=dt.date(2005, 3, 1)) == expected
