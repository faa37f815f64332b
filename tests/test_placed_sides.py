"""A business, the press, labour, schools or health of no known state is no side (issue 11;
annotations/README.md: "unknown country: no event"): such a side ("the food industry", "a
newspaper report" in a sentence naming two states) cannot enter a dyad, and every such event
was false on the annotated and written dev sets. Rebels, gunmen and civilians of no known state
still are sides, as CAMEO codes them. Sentences written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest
from test_coder_recall import engine_triples

SPRING_2005 = dt.date(2005, 3, 1)


@pytest.mark.parametrize("text", [
    "The EU called on the food industry to cut adverts for children.",
    "The Thai government denied a newspaper report that its minister had met Cambodian officials.",
    "Consumer groups criticised the airline industry.",
])
def test_a_side_placed_nowhere_makes_no_event(engine, text: str) -> None:
    assert engine_triples(engine, text, date=SPRING_2005, digits=2) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Reporters Without Borders called on Iran to free the blogger.", [("NGORWB", "02", "IRN")]),
    ("Amnesty International criticised the Chinese government.", [("NGOAMN", "11", "CHNGOV")]),
    ("British Airways sued the newspaper.", [("GBRBUS", "11", "GBRMED")]),
    ("The EU called on Chinese firms to cut prices.", [("IGOEEC", "02", "CHNBUS")]),
])
def test_placed_sides_stay(engine, text: str, expected) -> None:
    assert engine_triples(engine, text, date=SPRING_2005, digits=2) == expected
