"""Trade measures on a state's goods: "imposed curbs on Chinese textiles", "tariffs on steel from
China" (163, as sanctions and embargoes are coded between states): the measure's target is the
state the goods come from, named by an adjective or by "from" on the goods or on the verb.
Sentences written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest
from test_coder_recall import country_triples

DATE = dt.date(2016, 6, 1)


@pytest.mark.parametrize(("text", "expected"), [
    ("Turkey imposed curbs on Chinese textiles.", [("TUR", "163", "CHN")]),
    ("Japan imposed tariffs on steel from China.", [("JPN", "163", "CHN")]),
    ("Canada imposed quotas on shoes from Vietnam.", [("CAN", "163", "VNM")]),
    ("Brazil imposed anti-dumping duties on Argentine wine.", [("BRA", "163", "ARG")]),
])
def test_a_measure_on_goods_targets_their_state(engine, text: str, expected) -> None:
    assert country_triples(engine, text, digits=3, date=DATE) == expected


@pytest.mark.parametrize("text", [
    "Japan imposed curbs on steel imports.",
    "China imposed quotas on its own steel makers.",
    "Turkey imposed tariffs on goods from abroad.",
])
def test_no_state_no_measure_between_states(engine, text: str) -> None:
    assert country_triples(engine, text, date=DATE) == []
