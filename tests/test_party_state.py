"""A national party or other political body names its state, as a person does (issue 11, item
3): "the government" with no state in the phrase is the government of the article's most
salient state so far, and a person's mention already counted for their country ("Michael Howard
accused the government"). A party's did not, so "The Conservatives accused the government"
coded nothing. A company or a newspaper does not place its state: firms and papers report on
every government. Sentences written for these tests, before the change."""
from __future__ import annotations

import datetime as dt

import pytest

from geopivot.models import Article

SPRING_2005 = dt.date(2005, 3, 1)


def triples(engine, text: str, date: dt.date | None) -> list[tuple[str, str, str | None]]:
    coded = engine.code_articles([Article.from_text("t", text, date=date)])[0]
    last = max(s.index for s in coded.sentences)
    return sorted((e.source.actor.country or "", e.event_type.code[:2],
                   e.target.actor.code if e.target else None)
                  for e in coded.events if e.sentence_index == last)


@pytest.mark.parametrize("date", [None, SPRING_2005])
@pytest.mark.parametrize(("text", "expected"), [
    ("The Conservatives accused the government of wasting money on consultants.",
     [("GBR", "11", "GBRGOV")]),
    ("The Liberal Democrats criticised the government over tuition fees.", [("GBR", "11", "GBRGOV")]),
    # An earlier sentence's party places the government of a later one.
    ("Labour has promised to hire more nurses. The Liberal Democrats accused the government of "
     "breaking its word.", [("GBR", "11", "GBRGOV")]),
])
def test_a_party_places_the_government(engine, text: str, date, expected) -> None:
    assert triples(engine, text, date) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A state named in the phrase is that state's government, whatever party speaks.
    ("The Conservatives accused the French government of breaking the rules.", [("GBR", "11", "FRAGOV")]),
    # A company does not place the government it speaks of.
    ("Unilever accused the government of raising taxes.", []),
])
def test_what_a_party_does_not_place(engine, text: str, expected) -> None:
    assert triples(engine, text, SPRING_2005) == expected


@pytest.mark.parametrize("date", [None, SPRING_2005])
@pytest.mark.parametrize("party", ["The Scottish National Party", "The SNP", "Plaid Cymru",
                                   "The Democratic Unionist Party", "The Ulster Unionist Party",
                                   "The British National Party"])
def test_the_smaller_british_parties_are_known(engine, party: str, date) -> None:
    # Each is in opposition at Westminster throughout (the knowledge base codes no devolved
    # government); the sentence's government is then Britain's.
    assert triples(engine, f"{party} accused the government of breaking its word.", date) == [
        ("GBR", "11", "GBRGOV")]


def test_a_french_bank_is_not_a_british_party(engine) -> None:
    assert triples(engine, "BNP Paribas accused the government of raising taxes.", SPRING_2005) == []

