"""The dead and wounded of an attack already coded are its outcome, not a second event: "jets
bombed X's camps, killing twelve" is one attack (the annotation guidelines code the attack, as
CAMEO codes one event per act). A killing that is the only act a sentence codes stays, as does
one by another side. Sentences written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest
from test_coder_recall import engine_triples

from geopivot.models import Article

DATE = dt.date(2012, 5, 1)


def _triggers(engine, text: str) -> list[str]:
    coded = engine.code_articles([Article.from_text("t", text, date=DATE)])[0]
    return [e.trigger_text.split()[0].lower() for e in coded.events]


@pytest.mark.parametrize("text", [
    "Peruvian jets bombed rebel camps in Bolivia on Monday, killing twelve people.",
    "Peruvian air strikes on Bolivia killed twelve people overnight.",
    "Peruvian troops shelled the Bolivian border town of Tunari, killing four Bolivian soldiers.",
])
def test_the_dead_of_a_coded_attack_are_no_second_event(engine, text):
    triggers = _triggers(engine, text)
    assert triggers and not any(t.startswith(("kill", "wound")) for t in triggers)


@pytest.mark.parametrize(("text", "expected"), [
    # the killing is the only act coded
    ("Peruvian troops killed twelve Bolivian soldiers near the border.", [("PERMIL", "190", "BOLMIL")]),
    # another side kills
    ("Peruvian troops shelled the Bolivian town of Tunari, and Bolivian gunmen killed two Peruvian "
     "soldiers.", None),
])
def test_a_killing_of_its_own_stays(engine, text, expected):
    if expected is not None:
        assert engine_triples(engine, text, date=DATE) == expected
    else:
        assert any(t.startswith("kill") for t in _triggers(engine, text))
