"""Bare surnames of well-known office holders, resolved without support in the article."""
from __future__ import annotations

import datetime as dt

import pytest

from geopivot.actors.kb import load_kb
from geopivot.actors.surnames import KINDS, BareSurnames, load_reviewed


@pytest.fixture(scope="module")
def bare() -> BareSurnames:
    return BareSurnames.build(load_kb())


def _codes(engine, context: str, mention: str, date: dt.date | None) -> list[str]:
    return [m.actor.code for m in engine.resolve_mention(context, mention, date=date)]


@pytest.mark.parametrize(("context", "mention", "date", "expected"), [
    ("Putin signed the decree.", "Putin", dt.date(2019, 1, 10), ["RUSGOV"]),
    ("Putin signed the decree.", "Putin", dt.date(2010, 1, 10), ["RUSGOV"]),  # prime minister then
    ("Putin signed the decree.", "Putin", None, ["RUSGOV"]),
    ("Officials said Erdoğan had agreed.", "Erdoğan", None, ["TURGOV"]),
    ("Obama condemned the vote.", "Obama", dt.date(2019, 6, 1), ["USAELI"]),  # left office in 2017
    ("Aides said Moon wanted talks.", "Moon", dt.date(2019, 6, 1), ["KORGOV"]),
    ("The Bush administration froze the accounts.", "Bush", dt.date(2003, 6, 1), ["USAGOV"]),
    ("But Netanyahu refused.", "Netanyahu", dt.date(2015, 6, 1), ["ISRGOV"]),
])
def test_distinctive_surname_of_office_holder_resolves(engine, context, mention, date, expected):
    assert _codes(engine, context, mention, date) == expected


@pytest.mark.parametrize(("context", "mention", "date"), [
    ("Obama condemned the vote.", "Obama", dt.date(2023, 6, 1)),  # out of office too long
    ("Putin signed the decree.", "Putin", dt.date(1997, 1, 10)),  # before any office
    ("Moon met the envoy.", "Moon", dt.date(2019, 6, 1)),  # first in the sentence: a word
    ("Rockets fell as the Moon rose.", "Moon", dt.date(2019, 6, 1)),
    ("Aides said Moon wanted talks.", "Moon", dt.date(2010, 6, 1)),  # not yet president
    ("The talks resumed in May.", "May", dt.date(2017, 6, 1)),
    ("Kim rejected the offer.", "Kim", dt.date(2019, 6, 1)),  # shared by many packaged people
    ("Hu rejected the offer.", "Hu", dt.date(2008, 6, 1)),  # a common family name
    ("Howard rejected the offer.", "Howard", dt.date(2005, 6, 1)),  # a common given name
    ("Salman rejected the offer.", "Salman", dt.date(2019, 6, 1)),  # in Mohammed bin Salman
    ("Hunter Biden rejected the offer.", "Biden", dt.date(2023, 6, 1)),  # another given name
    ("Protesters gathered on Putin Avenue.", "Putin", dt.date(2019, 6, 1)),  # a longer name
])
def test_unsafe_bare_surname_is_not_guessed(engine, context, mention, date):
    assert _codes(engine, context, mention, date) == []


@pytest.mark.parametrize("surname", ["Kim", "Lee", "Park", "Wang", "Li", "Singh"])
def test_shared_surnames_are_excluded_from_the_data(bare, surname):
    assert surname not in bare.candidates


# A surname two top office holders share is theirs when the date tells them apart: one of them
# in (or just out of) office, the other not; undated, neither.
@pytest.mark.parametrize(("mention", "date", "expected"), [
    ("Koizumi", dt.date(2006, 5, 14), ["JPNGOV"]),  # Junichiro, prime minister
    ("Koizumi", dt.date(2026, 1, 10), ["JPNGOV"]),  # Shinjiro, defence minister
    ("Koizumi", None, []),
    ("Clinton", dt.date(1998, 6, 1), ["USAGOV"]),  # Bill, president
    ("Clinton", dt.date(2010, 6, 1), ["USAGOV"]),  # Hillary, secretary of state
    ("Clinton", None, []),
])
def test_a_shared_surname_the_date_tells_apart(engine, mention, date, expected):
    assert _codes(engine, f"Officials said {mention} had agreed.", mention, date) == expected


@pytest.mark.parametrize("surname", ["Putin", "Erdogan", "Obama", "Netanyahu", "Guterres", "Moon"])
def test_distinctive_surnames_are_candidates(bare, surname):
    assert surname in bare.candidates


def test_reviewed_list_kinds_are_known():
    kinds = load_reviewed()
    assert len(kinds) >= 100 and set(kinds.values()) <= KINDS


def test_people_without_a_top_office_are_not_candidates(bare):
    kb = load_kb()
    for surname, people in bare.candidates.items():
        for person in people:
            assert any(e.person_id == person and e.role in {"head_of_state", "head_of_government",
                       "foreign_minister", "defence_minister", "un_secretary_general"}
                       for e in kb.lookup(surname)), surname
