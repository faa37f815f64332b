"""The states of the United States name it as a place ("a court in Texas", "Californian wine
company Chalone"), as the packaged places of other states do; Georgia and Washington are left
out (a state and a capital of their own), and New York (as often the UN's seat). Written before
the rows (the first was coded a British company, placed by the buyer's state; the second coded
nothing)."""
from __future__ import annotations

import datetime as dt

import pytest
from test_coder_recall import country_triples


@pytest.mark.parametrize(("text", "expected"), [
    ("Diageo has agreed to buy Californian wine company Chalone for $260m.", ("GBR", "06", "USA")),
    ("A court in Texas rejected the Russian company's appeal.", ("USA", "12", "RUS")),
])
def test_a_us_state_names_the_united_states(engine, text, expected):
    assert expected in country_triples(engine, text, digits=2, date=dt.date(2005, 3, 1))


def test_georgia_is_still_the_caucasian_state(engine):
    triples = country_triples(engine, "Russia attacked Georgia.", digits=2, date=dt.date(2008, 8, 8))
    assert ("RUS", "19", "GEO") in triples
