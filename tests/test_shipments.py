"""What one state sends another, however it is measured or shipped (issue 11): "$300m in
military aid", "300 tonnes of rice", "shipped", "airlifted", "dispatched" relief. Sentences
written for these tests, before the change."""
from __future__ import annotations

import pytest
from test_coder_recall import country_triples




@pytest.mark.parametrize(("text", "expected"), [
    ("The US sent $300m in military aid to Ukraine.", ("USA", "072", "UKR")),
    ("Britain sent £20m in humanitarian aid to Pakistan.", ("GBR", "073", "PAK")),
    ("Japan shipped 300 tonnes of rice to North Korea.", ("JPN", "073", "PRK")),
    ("China sent 2,000 tons of fertiliser to North Korea.", ("CHN", "073", "PRK")),
    ("South Korea dispatched a rescue team and relief supplies to Japan.", ("KOR", "073", "JPN")),
    ("The United States airlifted tents and blankets to Pakistan.", ("USA", "073", "PAK")),
    ("Russia writes off $4.5 bln of Syrian debt", ("RUS", "071", "SYR")),
])
def test_a_shipment_is_aid(engine, text, expected):
    assert expected in country_triples(engine, text)


@pytest.mark.parametrize("text", [
    "Chile shipped 300 tonnes of copper to China.",
    "Japan sent 300 tourists to Korea.",
])
def test_trade_and_travel_are_no_aid(engine, text):
    assert not [c for c in country_triples(engine, text) if c[1].startswith("07")]
