"""A seizure as a noun ("Moscow's seizure of three Ukrainian vessels", "the seizure of a British
tanker by Iranian forces": 171, as the verb "seize") and a supply cut without "off" ("cuts gas to
Belarus": 163, as "cut off gas to"). Sentences written for these tests, each before its fix."""
from __future__ import annotations

import datetime as dt

import pytest
from test_coder_recall import country_triples

DATE = dt.date(2016, 6, 1)


@pytest.mark.parametrize(("text", "expected"), [
    ("Turkey's seizure of two Greek fishing boats angered Athens.", ("TUR", "171", "GRC")),
    ("After the seizure of a Dutch cargo ship by Indonesian forces, the Netherlands protested.",
     ("IDN", "171", "NLD")),
    ("Algeria cut gas to Morocco in January.", ("DZA", "163", "MAR")),
    ("Russian gas firm cuts oil to Belarus in price row", ("RUS", "163", "BLR")),
])
def test_seizures_and_supply_cuts(engine, text: str, expected) -> None:
    assert expected in country_triples(engine, text, digits=3, date=DATE)


@pytest.mark.parametrize("text", [
    # a seizure of one's own, or of nothing a state owns
    "Police reported the seizure of two tonnes of cocaine in Lima.",
    # cutting prices or costs is no supply cut
    "Algeria cut gas prices for Moroccan firms.",
])
def test_no_seizure_or_cut_between_states(engine, text: str) -> None:
    assert not [t for t in country_triples(engine, text, digits=3, date=DATE) if t[1] in ("171", "163")]
