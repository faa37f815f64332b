"""A business, the press, labour, schools or health of no known state is no side (issue 11;
annotations/README.md: "unknown country: no event"): such a side ("the food industry", "a
newspaper report" in a sentence naming two states) cannot enter a dyad, and every such event
was false on the annotated and written dev sets. Rebels, gunmen and civilians of no known state
still are sides, as CAMEO codes them. Sentences written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from geopivot.models import Article

SPRING_2005 = dt.date(2005, 3, 1)


def triples(engine, text: str) -> list[tuple[str, str, str | None]]:
    coded = engine.code_articles([Article.from_text("t", text, date=SPRING_2005)])[0]
    return sorted((e.source.actor.code, e.event_type.code[:2], e.target.actor.code if e.target else None)
                  for e in coded.events)


@pytest.mark.parametrize("text", [
    "The EU called on the food industry to cut adverts for children.",
    "The Thai government denied a newspaper report that its minister had met Cambodian officials.",
    "Consumer groups criticised the airline industry.",
])
def test_a_side_placed_nowhere_makes_no_event(engine, text: str) -> None:
    assert triples(engine, text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Reporters Without Borders called on Iran to free the blogger.", [("NGORWB", "02", "IRN")]),
    ("Amnesty International criticised the Chinese government.", [("NGOAMN", "11", "CHNGOV")]),
    ("British Airways sued the newspaper.", [("GBRBUS", "11", "GBRMED")]),
    ("The EU called on Chinese firms to cut prices.", [("IGOEEC", "02", "CHNBUS")]),
])
def test_placed_sides_stay(engine, text: str, expected) -> None:
    assert triples(engine, text) == expected
