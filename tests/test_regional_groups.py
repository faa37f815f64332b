"""A group named by a region rather than a state ("European firms", "Gulf investors", "Western
diplomats") is no one state's: it does not take the state its sentence names, as "foreign
investors" does not. Sentences written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest
from test_coder_recall import engine_triples

DATE = dt.date(2005, 3, 1)


@pytest.mark.parametrize(("text", "side"), [
    ("A delegation of European firms visited the SEC in December.", "USABUS"),
    ("Gulf investors met Kenyan officials in Nairobi.", "KENBUS"),
    ("Western diplomats met Sudanese officials in Khartoum.", "SDNGOV"),
])
def test_a_regional_group_takes_no_state(engine, text: str, side: str) -> None:
    assert all(side not in (source, target) for source, _, target in engine_triples(engine, text, date=DATE))


def test_a_group_of_no_region_still_takes_the_state_named(engine) -> None:
    triples = engine_triples(engine, "Rebels attacked a police station in northern Mali.", date=DATE)
    assert any(source == "MLIREB" for source, _, _ in triples)
