"""A sector word that only modifies a thing is no actor: "a criminal trial", "radical reform",
"student loans", "a media adapter" (BBC-corpus events outside the annotated test split read them
as criminals, radicals, students and the media). A sector word on a person or a group stays
one ("criminal gangs", "union figures", "church leaders"). Sentences written for these tests,
each before its fix."""
from __future__ import annotations

import datetime as dt

import pytest
from test_coder_recall import engine_triples

DATE = dt.date(2005, 3, 1)


@pytest.mark.parametrize(("text", "sector"), [
    ("Two Greek sprinters face a criminal trial in Athens.", "CRM"),
    ("The German chancellor called for radical reform of the EU's budget rules.", "RAD"),
    ("The Tories would offer large student loans to graduates.", "EDU"),
])
def test_a_sector_word_on_a_thing_is_no_actor(engine, text: str, sector: str) -> None:
    found = engine_triples(engine, text, date=DATE)
    assert not [t for t in found if t[0].endswith(sector) or (t[2] or "").endswith(sector)], found


@pytest.mark.parametrize(("text", "expected"), [
    ("Criminal gangs attacked Mexican police in Juarez.", ("CRM", "MEXCOP")),
    ("Britain's prime minister met union leaders in London.", ("GBRGOV", "LAB")),
])
def test_a_sector_word_on_people_is_an_actor(engine, text: str, expected) -> None:
    found = engine_triples(engine, text, date=DATE)
    assert any(t[0].endswith(expected[0]) and (t[2] or "").endswith(expected[1]) for t in found), found


@pytest.mark.parametrize(("text", "expected"), [
    # an act's adjective names its agent
    ("Militant attacks in Riyadh killed three Saudi policemen.", "CRM"),
])
def test_a_sector_adjective_on_an_act_names_its_agent(engine, text: str, expected: str) -> None:
    found = engine_triples(engine, text, date=DATE)
    assert any(t[0].endswith(expected) or t[0].endswith("REB") for t in found), found
