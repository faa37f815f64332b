"""A name followed by its abbreviation in brackets ("General Motors (GM)"): the mention's text,
the event's evidence, closes the bracket it opens, and the article then knows the abbreviation
as that actor ("GM signed ..."), as a reader does. Sentences written for these tests, before the
change: the evidence read "General Motors (GM" and the later sentence coded nothing."""
from __future__ import annotations

import datetime as dt

import pytest

from geopivot.models import Article


def _events(engine, text: str) -> list[tuple[str, str, str, str]]:
    article = Article.from_text("a", text, date=dt.date(2005, 2, 1))
    return [(e.source.text, e.source.actor.code, e.event_type.code[:2], e.target.actor.code if e.target else "")
            for e in engine.code_articles([article])[0].events]


@pytest.mark.parametrize(("text", "source"), [
    ("General Motors (GM) is in talks with Fiat.", "General Motors (GM)"),
    ("The World Trade Organisation (WTO) ruled against the US.", "The World Trade Organisation (WTO)"),
])
def test_a_bracketed_abbreviation_closes_its_bracket(engine, text, source):
    assert _events(engine, text)[0][0] == source


@pytest.mark.parametrize(("text", "expected"), [
    ("General Motors (GM) is in talks with Fiat. On Monday GM signed a deal with Toyota.",
     ("GM", "USABUS", "05", "JPNBUS")),
    ("The Commonwealth Bank of Australia (CBA) raised rates. Later Toyota criticised the CBA.",
     ("Toyota", "JPNBUS", "11", "AUSBUS")),
])
def test_the_article_knows_the_abbreviation_it_gave(engine, text, expected):
    assert expected in _events(engine, text)


def test_an_abbreviation_the_article_never_gave_is_no_one(engine):
    assert not any(e[0] == "GM" for e in _events(engine, "On Monday GM signed a deal with Toyota."))
