"""Criticism or praise that a side receives ("drew criticism from X", "met with disapproval
from X") is X's act toward that side, not a meeting; and an attack in words that lies ahead
("will attack Labour's record") is no threat of force. Sentences written for these tests,
before the fix."""
from __future__ import annotations

import pytest
from test_coder_recall import engine_triples


@pytest.mark.parametrize(("text", "expected"), [
    ("Britain faced criticism from France over the plan.", [("FRA", "111", "GBR")]),
    ("The British proposal drew sharp criticism from Germany.", [("DEU", "111", "GBR")]),
    ("The Indian budget attracted condemnation from Pakistan.", [("PAK", "111", "IND")]),
    ("Japan's decision has met with disapproval from South Korea.", [("KOR", "111", "JPN")]),
    ("The Chinese plan came under criticism from Washington.", [("USAGOV", "111", "CHN")]),
    ("The Kenyan reforms won praise from the World Bank.", [("IGOWBK", "051", "KEN")]),
])
def test_received_criticism_or_praise_is_the_givers_act(
        engine, text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert engine_triples(engine, text) == expected


@pytest.mark.parametrize("text", [
    # a reception with no giver named: no meeting with anyone
    "Britain's proposals have met with disapproval.",
    "The French plan met with scepticism in Berlin.",
])
def test_a_reception_is_no_meeting(engine, text: str) -> None:
    assert [t for t in engine_triples(engine, text) if t[1].startswith("04")] == []


@pytest.mark.parametrize(("text", "expected"), [
    # criticism still to come is no event yet, and never a threat of force
    ("Britain will attack French policy on immigration.", []),
    ("The Tories will attack Labour over tax.", []),
    # a state that will attack a state still threatens force
    ("Britain will attack Iraq.", [("GBR", "138", "IRQ")]),
    # done: an attack in words
    ("Britain attacked French policy on immigration.", [("GBR", "111", "FRA")]),
])
def test_an_attack_in_words_to_come(engine, text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert engine_triples(engine, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a contract awarded or won is business done (061), as the guidelines code a deal
    ("Iraq awarded a contract to a Canadian company.", [("IRQ", "061", "CANBUS")]),
    ("Libya awarded exploration licences to American firms.", [("LBY", "061", "USABUS")]),
    ("A Canadian firm won a contract from Iraq.", [("IRQ", "061", "CANBUS")]),
])
def test_business_done(engine, text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert engine_triples(engine, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the press attacks in words, and an unarmed side's attack on it is words (sixteenth stop;
    # 0 of 2 before)
    ("Japan's foreign minister attacked Xinhua.", [("JPNGOV", "111", "CHNMEDXIN")]),
    ("Chinese state media attacked Japan.", [("CHNMED", "111", "JPN")]),
    # an armed side's attack on a broadcaster is force
    ("US troops attacked Al Jazeera.", [("USAMIL", "190", "QATMEDAJZ")]),
])
def test_the_press_is_attacked_in_words(engine, text: str, expected) -> None:
    assert engine_triples(engine, text) == expected
