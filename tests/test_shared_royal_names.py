"""Two kings called Abdullah reigned at once (Saudi Arabia 2005-2015, Jordan since 1999): "King
Abdullah" is the one whose country the text names, and Saudi Arabia's when it names neither.
The event model's candidates, read without a parse, tell them apart the same way. Sentences
written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest
from test_coder_recall import country_triples

DATE = dt.date(2010, 6, 1)


@pytest.mark.parametrize(("text", "expected"), [
    ("Jordan's King Abdullah met Mahmoud Abbas in Amman.", [("JOR", "04", "PSE"), ("PSE", "04", "JOR")]),
    ("Saudi King Abdullah met Mahmoud Abbas in Riyadh.", [("PSE", "04", "SAU"), ("SAU", "04", "PSE")]),
    ("King Abdullah met Mahmoud Abbas on Monday.", [("PSE", "04", "SAU"), ("SAU", "04", "PSE")]),
])
def test_the_king_of_the_country_named(engine, text: str, expected) -> None:
    assert country_triples(engine, text, digits=2, date=DATE) == expected


def test_model_candidates_take_the_named_country() -> None:
    from geopivot.eventmodel.texts import TextMentions
    mentions = TextMentions.load()("Jordan's King Abdullah hosted Mahmoud Abbas for talks.")
    assert {m.actor.code for m in mentions} == {"JORGOV", "PSEGOV"}
