"""Events inside one country (issue 11): two different people or organisations that share a
CAMEO code are two actors; the UK's opposition leaders are dated office holders, as its
chancellor and home secretary already were; an "attack" by politicians on each other is criticism. Sentences written
for these tests; each was written before its fix."""
from __future__ import annotations

import datetime as dt

import pytest
from test_coder_recall import country_triples, engine_triples

SPRING_2005 = dt.date(2005, 3, 1)


@pytest.mark.parametrize(("text", "expected"), [
    # two ministers of one government
    ("Jack Straw accused Tony Blair of misleading voters.", [("GBRGOV", "112", "GBRGOV")]),
    # two companies of one country
    ("Toyota sued Honda in a Tokyo court.", [("JPNBUS", "115", "JPNBUS")]),
    # a state and its own capital are still one actor
    ("The British government criticised London.", []),
])
def test_two_named_actors_with_one_code_are_two_sides(engine, text: str,
                                                      expected: list[tuple[str, str, str | None]]) -> None:
    assert engine_triples(engine, text, date=SPRING_2005) == expected


@pytest.mark.parametrize(("text", "date", "expected"), [
    # the leader of the opposition, the third party's leader, the chancellor, the home secretary
    ("Michael Howard criticised Tony Blair on Monday.", SPRING_2005, [("GBROPP", "111", "GBRGOV")]),
    ("Charles Kennedy criticised Tony Blair on Monday.", SPRING_2005, [("GBROPP", "111", "GBRGOV")]),
    ("Gordon Brown criticised the French government.", SPRING_2005, [("GBRGOV", "111", "FRAGOV")]),
    ("Charles Clarke criticised the French government.", SPRING_2005, [("GBRGOV", "111", "FRAGOV")]),
    # after his time as leader, an elite of his country
    ("Michael Howard criticised the French government.", dt.date(2012, 1, 1), [("GBRELI", "111", "FRAGOV")]),
])
def test_opposition_leaders_and_senior_ministers_are_dated_office_holders(
        engine, text: str, date: dt.date, expected: list[tuple[str, str, str | None]]) -> None:
    assert engine_triples(engine, text, date=date) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a party or politician "attacks" in words: over an issue, or a rival's plans or record
    ("The Conservatives attacked Labour over its tax plans.", [("GBROPP", "111", "GBRGOV")]),
    ("Michael Howard attacked Tony Blair's record on crime.", [("GBROPP", "111", "GBRGOV")]),
    ("The German finance minister attacked Switzerland over its banking secrecy.", [("DEUGOV", "111", "CHE")]),
    # states, forces and rebels still attack with force
    ("Chad attacked Sudan on Monday.", [("TCD", "190", "SDN")]),
    ("Rebels attacked Chad over the weekend.", [("TCDREB", "190", "TCD")]),
])
def test_an_attack_in_words_is_criticism(engine, text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert engine_triples(engine, text, date=SPRING_2005) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # An undated article cannot say whether a party governed: it is a party (CAMEO PTY), and
    # still a side against a minister or another party.
    ("Gordon Brown criticised the Tories.", [("GBRGOV", "111", "GBRPTY")]),
    ("Tony Blair criticised the Conservatives' tax plans.", [("GBRGOV", "111", "GBRPTY")]),
    ("The Liberal Democrats accused Labour of complacency.", [("GBRPTY", "112", "GBRPTY")]),
    # one party is not two sides
    ("The Tories criticised the Conservative Party.", []),
])
def test_an_undated_party_is_a_party(engine, text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert engine_triples(engine, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # two parties or two companies with one code act on each other
    ("Labour and the Tories clashed over tax.", [("GBRPTY", "111", "GBRPTY"), ("GBRPTY", "111", "GBRPTY")]),
    ("Toyota and Honda met on Monday.", [("JPNBUS", "040", "JPNBUS"), ("JPNBUS", "040", "JPNBUS")]),
    # a delegation of people with one code is one side
    ("US President Barack Obama and Vice President Joe Biden met Xi Jinping.",
     [("CHNGOV", "040", "USAGOV"), ("USAGOV", "040", "CHNGOV")]),
])
def test_a_reciprocal_act_of_two_actors_with_one_code(engine, text: str,
                                                      expected: list[tuple[str, str, str | None]]) -> None:
    assert engine_triples(engine, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the opposition or the unions facing a state's organ are that state's
    ("Maduro accused opposition lawmakers of plotting a coup with Washington's help.",
     [("VEN", "112", "VEN")]),
    ("The opposition accused President Yoon Suk Yeol of bowing to Japan.", [("KOR", "112", "KOR")]),
    ("The unions accused the French government of betraying workers.", [("FRA", "112", "FRA")]),
    # other groups are not thereby the state's own: rebels, civilians, lawmakers, courts
    ("Chad accused rebels of attacking Sudanese villages.", []),
    ("Lawmakers criticised the Chinese government over Tibet.", []),
])
def test_the_opposition_facing_a_state_is_that_states_own(engine, text: str,
                                                          expected: list[tuple[str, str, str | None]]) -> None:
    assert country_triples(engine, text, digits=3, date=dt.date(2023, 3, 1)) == expected
