"""A firm or the press fights a state in court and in words, not with arms: "Yukos has been
battling the Russian authorities", "the clash between Yukos and the Kremlin", "Microsoft attacked
the European Commission" are a quarrel (111), not conventional force (190), when no side is armed,
as the parties' and the press's attacks already were (forms.verbal_attack). Sentences written
for these tests."""
from __future__ import annotations

import datetime as dt

import pytest
from test_coder_recall import engine_triples

EARLY_2005 = dt.date(2005, 2, 1)


@pytest.mark.parametrize(("text", "expected"), [
    ("Yukos has been battling the Russian authorities for more than a year.", [("RUSBUS", "111", "RUSGOV")]),
    ("The clash between Yukos and the Kremlin came to a head last year.",
     [("RUSBUS", "111", "RUSGOV"), ("RUSGOV", "111", "RUSBUS")]),
    ("Microsoft attacked the European Commission.", [("USABUS", "111", "IGOEEC")]),
    ("Microsoft fought the European Commission over its software.", [("USABUS", "111", "IGOEEC")]),
])
def test_a_firm_fights_in_words(engine, text: str, expected) -> None:
    assert engine_triples(engine, text, date=EARLY_2005) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an armed side still fights
    ("Russian troops attacked a Georgian oil company's depot.", [("RUSMIL", "190", "GEOBUS")]),
    ("Israeli troops attacked the offices of a Palestinian newspaper.", [("ISRMIL", "190", "PSEMED")]),
    ("Iraqi insurgents attacked a Turkish company's convoy.", [("IRQINS", "190", "TURBUS")]),
])
def test_an_armed_side_still_fights(engine, text: str, expected) -> None:
    assert engine_triples(engine, text, date=EARLY_2005) == expected



def test_a_state_named_bare_may_use_arms(engine) -> None:
    assert engine_triples(engine, "Russia attacked Yukos.", date=EARLY_2005) == [("RUS", "190", "RUSBUS")]


@pytest.mark.parametrize(("text", "expected"), [
    # courts, parliaments, parties and unions take no arms either
    ("The UK's top judge has clashed with ministers about how inquiries are chosen.", [("GBRJUD", "111", "GBRGOV")]),
    ("The Conservatives fought the government over its tax plans.", [("GBROPP", "111", "GBRGOV")]),
])
def test_courts_and_parties_fight_in_words(engine, text: str, expected) -> None:
    assert engine_triples(engine, text, date=EARLY_2005) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # storming is no quarrel, whoever storms; by an opposition at home it is a violent protest
    # (145, tests/test_domestic_force.py; 190 until the eighteenth stop)
    ("Kyrgyz opposition supporters stormed the parliament building in Bishkek.", [("KGZOPP", "145", "KGZGOV")]),
])
def test_storming_is_no_quarrel(engine, text: str, expected) -> None:
    assert engine_triples(engine, text, date=EARLY_2005) == expected
