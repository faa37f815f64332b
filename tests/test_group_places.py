"""A group with no country of its own placed by its own phrase (issue 11): "insurgents south of
Baghdad", "rebels near Goma". The place in the group's phrase says whose rebels they are, before
the one-state rule (the only state the sentence names), which reads "US troops attacked
insurgents in Falluja" as American insurgents. Sentences written for these tests, each before
its fix."""
from __future__ import annotations

import pytest
from test_coder_recall import engine_triples


@pytest.mark.parametrize(("text", "expected"), [
    ("American troops launched an offensive against insurgents south of Baghdad.",
     [("USAMIL", "190", "IRQINS")]),
    ("US troops attacked insurgents in Fallujah.", [("USAMIL", "190", "IRQINS")]),
    # the spelling of the wires of 2004
    ("US troops attacked insurgents in Falluja.", [("USAMIL", "190", "IRQINS")]),
    ("Rwandan troops attacked rebels near Goma.", [("RWAMIL", "190", "CODREB")]),
    ("French troops fought rebels outside Bouake.", [("FRAMIL", "190", "CIVREB")]),
    # the one state named still places a group whose phrase names no place
    ("Thai troops attacked insurgents.", [("THAMIL", "190", "THAINS")]),
])
def test_a_group_takes_the_place_of_its_phrase(engine, text: str,
                                               expected: list[tuple[str, str, str | None]]) -> None:
    assert engine_triples(engine, text) == expected
