"""Phrases that name no act between two states (issue 11), each with the act it must not block.
Sentences written for these tests, before the change.

- "talks of a merger" (plural, of a deal) is what people say may come, as "talk of" is; the
  talks of two sides are their talks.
- telling a court is testimony, not consultation with the court's state.
- a nationality's community, diaspora or expatriates is people living abroad, not their state:
  visiting "the Pakistani community in Manchester" is no visit to Pakistan.
- a state before "war" names the war ("the Iraq war"), as "the Korean War" does: opposing the
  war is not opposing Iraq, and the war does not place a sentence's people in Iraq.
"""
from __future__ import annotations

import datetime as dt

import pytest

from geopivot.models import Article

SPRING_2005 = dt.date(2005, 3, 1)


def triples(engine, text: str) -> list[tuple[str, str, str | None]]:
    coded = engine.code_articles([Article.from_text("t", text, date=SPRING_2005)])[0]
    return sorted((e.source.actor.country or "", e.event_type.code[:2],
                   e.target.actor.country if e.target else None) for e in coded.events)


@pytest.mark.parametrize("text", [
    "There are further talks of a free trade agreement between Moscow and Seoul.",
    "Shares rose amid talks of a merger between Renault and Nissan.",
    "Jack Straw told a French court that the trial was unfair.",
    "The Russian envoy testified to a British court on Monday.",
    "Tony Blair is due to visit the Pakistani community in Manchester on Tuesday.",
    "Jack Straw met the Iraqi community in London.",
    "The French president addressed the Algerian diaspora in Marseille.",
])
def test_no_act_between_states(engine, text: str) -> None:
    assert [t for t in triples(engine, text) if t[2] is not None and t[0] != t[2]] == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Russia and South Korea held talks on a free trade agreement.", [("KOR", "04", "RUS"), ("RUS", "04", "KOR")]),
    ("Jack Straw told his French counterpart that the trial was unfair.", [("FRA", "04", "GBR"), ("GBR", "04", "FRA")]),
    ("Tony Blair is due to visit Pakistan on Tuesday.", [("GBR", "03", "PAK")]),
])
def test_the_act_itself_stays(engine, text: str, expected) -> None:
    assert triples(engine, text) == expected


@pytest.mark.parametrize("text", [
    "Cardinal criticises Iraq war cost",
    "Hundreds of thousands of people demonstrated against plans for the Iraq war.",
    "The Liberal Democrats opposed the Iraq war from the start.",
    "Mr Kennedy said the Vietnam War had taught America nothing.",
    "Veterans of the Iran-Iraq war protested in Tehran.",
])
def test_a_war_named_by_a_state_is_not_the_state(engine, text: str) -> None:
    assert all("IRQ" not in t and "VNM" not in t and "IRN" not in t[1:] for t in triples(engine, text))


@pytest.mark.parametrize(("text", "expected"), [
    ("US war planes bombed Iraqi positions near Falluja.", [("USA", "19", "IRQ")]),
])
def test_war_planes_still_name_their_state(engine, text: str, expected) -> None:
    assert triples(engine, text) == expected
