"""A year or an era deeper inside what an event is about ("apologised for crimes committed during
the 1991-95 war", "legal action over a scheme agreed two years ago", "more than a century after
they were looted") dates the thing talked about, not the event: the apology, the legal action,
the handover are today's news, and the analyses, which leave historical events out, must count
them. A date on the event's own clause ("signed a treaty in 1994", "In 1995, ... fought a war",
"said ... in the 1975 referendum") still makes it history. Where the parser hangs the phrase on
the verb itself ("accused X of complicity in the 1994 genocide", "thanked India for its support
during the 1971 war") the two cannot be told apart and the event stays historical. Sentences
written for these tests, before the fix (the two "ago" cases after it)."""
from __future__ import annotations

import pytest
from test_historical_since import flags  # the events' flags, read as an article of 2005-05-10


@pytest.mark.parametrize("text", [
    "Serbia's president apologised to Croatia on Thursday for crimes committed during the 1991-95 war.",
    "A French judge accused nine Rwandan officials of involvement in the 1994 attack on a plane.",
    "Germany handed over the bronzes to Nigeria on Tuesday, more than a century after soldiers looted them.",
])
def test_a_date_inside_what_the_event_is_about_is_not_its_date(engine, text):
    assert flags(engine, text) == {False}


@pytest.mark.parametrize("text", [
    "Argentina and Britain fought a ten-week war over the islands in 1982.",
    "In 1995, Peru and Ecuador fought a brief border war.",
    "Poland and Lithuania signed a friendship treaty in 1994.",
    "Syria first sent troops into Lebanon in 1976.",
    "Most voters said the UK should stay in the Common Market in the 1975 referendum.",
    "India carried out five nuclear tests against Pakistan's wishes in May 1998.",
    "Donald Rumsfeld, who two years ago dismissed France as old Europe, was given a polite reception.",
])
def test_a_date_on_the_events_own_clause_is_still_history(engine, text):
    assert flags(engine, text) == {True}


@pytest.mark.parametrize(("text", "historical"), [
    # "two years ago" dates the scheme's agreement, not the legal action
    ("The European Commission launched legal action on Thursday against Hungary over a scheme agreed two years ago.",
     False),
    ("Hungary criticised Poland two years ago.", True),
])
def test_ago_dates_only_its_own_clause(engine, text, historical):
    assert flags(engine, text) == {historical}
