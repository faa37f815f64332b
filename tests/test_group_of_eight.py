"""The Group of Eight (issue 11): named in the annotated splits and the BBC corpus, and unknown
to the knowledge base, which knew the G7 only. Sentences written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from geopivot.models import Article

SPRING_2005 = dt.date(2005, 3, 1)


def triples(engine, text: str, date: dt.date) -> list[tuple[str, str, str | None]]:
    coded = engine.code_articles([Article.from_text("t", text, date=date)])[0]
    return sorted((e.source.actor.country or "", e.event_type.code[:2],
                   e.target.actor.code if e.target else None) for e in coded.events)


@pytest.mark.parametrize("group", ["the G8", "the G-8", "the Group of Eight"])
def test_the_group_of_eight_is_the_g7s_code(engine, group: str) -> None:
    # The annotation guidelines code the G7 and the G8 alike, IGOGOS (Phoenix keeps a code of
    # its own for the G8, IGOGOE; the project's annotations follow the guidelines).
    assert triples(engine, f"Britain urged {group} to double aid to Africa.", SPRING_2005) == [
        ("GBR", "02", "IGOGOS")]
