"""An event is historical when its clause is dated well before the article; a year that only
says how long it has been since something ("the first visit since 2003", "for the first time
since the 2012 dispute") dates nothing in the past: the event is today's news, and the analyses,
which leave historical events out, must count it. Sentences written for these tests, before the
fix."""
from __future__ import annotations

import datetime as dt

import pytest

from geopivot.models import Article

DATE = dt.date(2005, 5, 10)


def flags(engine, text: str) -> set[bool]:
    """The historical flags of the sentence's events (read as an article of DATE)."""
    coded = engine.code_articles([Article.from_text("t", text, date=DATE)])[0]
    assert coded.events, text
    return {e.historical for e in coded.events}


@pytest.mark.parametrize("text", [
    "Mr Straw met the Chinese president in Beijing on Friday, the first meeting between the two men since 2003.",
    "Japan and China held talks on Monday for the first time since the 2002 dispute.",
    "The Indian prime minister visited Pakistan on Sunday, the first such visit since 1999.",
    "Russia and Georgia signed a border accord on Tuesday, their first agreement since the 1990s.",
])
def test_a_year_after_since_dates_nothing_in_the_past(engine, text):
    assert flags(engine, text) == {False}


@pytest.mark.parametrize("text", [
    "India and Pakistan fought a war in 1971.",
    "Israel and Syria last held talks in 2000.",
    "The EU imposed its arms ban on China in 1989, after the crackdown.",
])
def test_a_year_the_event_happened_in_is_still_the_past(engine, text):
    assert flags(engine, text) == {True}


@pytest.mark.parametrize("text", [
    "India and Pakistan have fought three wars since 1947.",
    "India and Pakistan have fought two wars over Kashmir.",
    "Israel and Egypt fought four wars before the peace treaty.",
])
def test_a_tally_of_wars_is_history(engine, text):
    # a count of wars fought is the background of a story, not this week's fighting
    assert flags(engine, text) == {True}


@pytest.mark.parametrize("text", [
    "India and Pakistan fought a brief border war last month.",
    "Ethiopia and Eritrea fought a war over the border this year.",
])
def test_one_war_with_no_past_date_is_not_history(engine, text):
    assert flags(engine, text) == {False}
