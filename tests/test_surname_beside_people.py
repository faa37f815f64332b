"""A bare surname that two office holders of the time share is told apart by the people the
article names in full, when no country is named: "Mr Howard" beside "Tony Blair" in 2005 is the
British opposition leader, not Australia's prime minister, as beside "London" or "Tory" it already
was. A country named still counts first, and a title first of all. And one person attacking
another (no side armed) is an attack in words (111), as the parties' and the press's already
were. Sentences written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest
from test_coder_recall import engine_triples

EARLY_2005 = dt.date(2005, 2, 1)


@pytest.mark.parametrize(("text", "expected"), [
    ("Mr Howard criticised Tony Blair over the Iraq war.", [("GBROPP", "111", "GBRGOV")]),
    ("Mr Howard accused Gordon Brown of raising taxes.", [("GBROPP", "112", "GBRGOV")]),
    # a country named decides first
    ("Mr Howard told Australia's parliament that he had spoken to Tony Blair.",
     [("AUSGOV", "040", "GBRGOV"), ("GBRGOV", "040", "AUSGOV")]),
])
def test_a_shared_surname_beside_a_named_person(engine, text: str, expected) -> None:
    assert engine_triples(engine, text, date=EARLY_2005) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Mr Howard attacked Tony Blair over Iraq.", [("GBROPP", "111", "GBRGOV")]),
    ("Vladimir Putin attacked George W Bush.", [("RUSGOV", "111", "USAGOV")]),
    ("Jacques Chirac attacked Tony Blair.", [("FRAGOV", "111", "GBRGOV")]),
])
def test_a_person_attacking_a_person_attacks_in_words(engine, text: str, expected) -> None:
    assert engine_triples(engine, text, date=EARLY_2005) == expected


def test_troops_still_attack(engine) -> None:
    assert engine_triples(engine, "Israeli troops attacked Palestinian gunmen in Gaza.", date=EARLY_2005) \
        == [("ISRMIL", "190", "PSEUAF")]
