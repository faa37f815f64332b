"""Forms of detention, investigation, listing and intelligence sharing that name their act in a
prepositional phrase or an object: "took X into custody", "placed X under house arrest" (173),
"placed X under investigation" (090), "removed X from its list of state sponsors of terrorism"
(085, as lifting sanctions), "put X on its blacklist" (163, as the "blacklist" verb), "passed
intelligence to X" (064). Sentences written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest
from test_coder_recall import country_triples

DATE = dt.date(2016, 6, 1)


@pytest.mark.parametrize(("text", "expected"), [
    ("Egyptian police took two Libyan officials into custody.", [("EGY", "173", "LBY")]),
    ("The Myanmar junta placed Aung San Suu Kyi under house arrest.", [("MMR", "173", "MMR")]),
    ("Turkish authorities put the Dutch journalist under arrest.", [("TUR", "173", "NLD")]),
    ("Israeli prosecutors placed the Palestinian mayor under investigation.", [("ISR", "090", "PSE")]),
])
def test_custody_and_investigation_in_a_phrase(engine, text: str, expected) -> None:
    assert country_triples(engine, text, digits=3, date=DATE) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The United States removed Cuba from its list of state sponsors of terrorism.", [("USA", "085", "CUB")]),
    ("Washington took North Korea off its terrorism blacklist.", [("USA", "085", "PRK")]),
    ("The United States put North Korea back on its list of state sponsors of terrorism.",
     [("USA", "163", "PRK")]),
    ("The European Union added Hamas to its list of terrorist organisations.", [("IGO", "163", "PSE")]),
])
def test_listing_and_delisting(engine, text: str, expected) -> None:
    assert country_triples(engine, text, digits=3, date=DATE) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Israel passed intelligence to Australia about the plot.", [("ISR", "064", "AUS")]),
    ("Britain passed on information to France about the suspects.", [("GBR", "064", "FRA")]),
])
def test_passing_intelligence(engine, text: str, expected) -> None:
    assert country_triples(engine, text, digits=3, date=DATE) == expected


@pytest.mark.parametrize("text", [
    "The minister put the reform on the list of priorities.",
    "Police took the documents into account.",
    "The senator passed the bill to the committee.",
])
def test_no_event_without_an_actor_or_the_form(engine, text: str) -> None:
    assert country_triples(engine, text, date=DATE) == []
