"""Handing someone aid or money is giving it (CAMEO 07): "The French government is to hand its
wine industry 70m euros in aid", "Japan handed Indonesia $50m in aid". Only "hand over" was a
row before. Sentences written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest
from test_coder_recall import engine_triples

EARLY_2005 = dt.date(2005, 2, 1)


@pytest.mark.parametrize(("text", "expected"), [
    ("Japan handed Indonesia $50m in aid after the tsunami.", [("JPN", "07", "IDN")]),
    ("The EU handed Ukraine a loan of 500m euros.", [("IGOEEC", "07", "UKR")]),
    ("The French government handed the wine industry 70m euros.", [("FRAGOV", "07", "FRABUS")]),
    # intent, as "give"
    ("Japan will hand Indonesia $50m in aid.", [("JPN", "03", "IDN")]),
    # handing a note or a letter is no aid
    ("The Japanese ambassador handed the Chinese foreign minister a letter.", []),
])
def test_handing_aid_is_giving_it(engine, text: str, expected) -> None:
    assert engine_triples(engine, text, date=EARLY_2005, digits=2) == expected
