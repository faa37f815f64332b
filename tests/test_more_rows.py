"""Rows for buying up, merging, forcing and the counterpart of a deal's trade (issue 11).
Sentences written for these tests, each before its fix."""
from __future__ import annotations

import datetime as dt

import pytest
from test_coder_recall import engine_triples

SPRING_2005 = dt.date(2005, 3, 1)


@pytest.mark.parametrize(("text", "expected"), [
    # "buying up" is buying
    ("Toyota is buying up a 26% stake in Tata Motors.", [("JPNBUS", "061", "INDBUS")]),
    ("Toyota bought up Tata Motors last year.", [("JPNBUS", "061", "INDBUS")]),
    # a merger is an agreement both firms sign (057, each way), done or agreed: the annotators
    # code agreed mergers so, and the written train share its three merger headlines (changed at
    # the fifteenth stop from 061 one way, and from nothing for an agreed merger; an earlier
    # first run had coded the agreed merger 0311, an intent, and added two false events on train)
    ("Toyota merged with Tata Motors last year.", [("INDBUS", "057", "JPNBUS"), ("JPNBUS", "057", "INDBUS")]),
    ("Toyota has agreed to merge with Tata Motors.", [("INDBUS", "057", "JPNBUS"), ("JPNBUS", "057", "INDBUS")]),
    # "would force" predicts, it does not threaten
    ("Chile said the treaty would force Peru to cut its tariffs.", []),
    # forcing another to act is coercion
    ("Russia forced Yukos to sell its assets.", [("RUS", "170", "RUSBUS")]),
    ("Chile forced Peru to withdraw its troops.", [("CHL", "170", "PER")]),
    ("The storm forced the closure of the port.", []),
    # the trade a deal is for names its counterpart
    ("India has signed a deal to import gas from Iran.", [("IND", "057", "IRN"), ("IRN", "057", "IND")]),
    ("Iran signed a contract to supply gas to India.", [("IND", "057", "IRN"), ("IRN", "057", "IND")]),
])
def test_more_rows(engine, text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert engine_triples(engine, text, date=SPRING_2005) == expected
