"""An act against another side whose target the row's own slots do not name takes it from the
phrase the act answers: "in protest at", "in protest against", "in retaliation for", "in defiance
of" ("Russia recalled its ambassador in protest at the Polish decision": Russia 161 Poland). Only
acts against a side (roots 13-20) read it, and only when no slot named a target: what a rejection
(12) rejects is its target ("vetoed the start of talks with the EU in protest at a Russian ban"
rejects the EU's talks; a first version that read roots 10-20 coded Russia there). Sentences written
for these tests."""
from __future__ import annotations

import datetime as dt

import pytest
from test_coder_recall import country_triples

SPRING_2013 = dt.date(2013, 3, 1)



@pytest.mark.parametrize(("text", "expected"), [
    ("Russia recalled its ambassador in protest at the Polish decision.", [("RUS", "16", "POL")]),
    ("Russia recalled its ambassador in protest against Poland's decision.", [("RUS", "16", "POL")]),
    ("China suspended imports of Norwegian salmon in retaliation for the Nobel prize award.", [("CHN", "16", "NOR")]),
    ("Moscow expelled two diplomats in retaliation for Britain's expulsions.", [("RUS", "16", "GBR")]),
])
def test_the_act_answered_names_the_target(engine, text: str, expected) -> None:
    assert country_triples(engine, text, date=SPRING_2013, digits=2) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a target the row names wins
    ("Russia recalled its ambassador from Warsaw in protest at the French decision.", [("RUS", "16", "POL")]),
    # a rejection rejects what it names, whatever it protests
    ("Poland vetoed the talks in protest at the Russian ban.", []),
    # a cooperative act answering something is no act against it
    ("Japan sent aid to Indonesia in response to the Chinese offer.", [("JPN", "07", "IDN")]),
])
def test_only_a_conflictual_act_without_a_target(engine, text: str, expected) -> None:
    assert country_triples(engine, text, date=SPRING_2013, digits=2) == expected
