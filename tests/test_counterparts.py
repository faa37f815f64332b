"""Who a phrase names (issue 11): "Mr Lagos" is a person, not Nigeria's city; a second party
coordinated after an apposition ("his counterpart, A, and the leader, B"); the counterpart of a
ban on trade with X; ending agreements; paying tribute. Sentences written for these tests,
each before its fix."""
from __future__ import annotations

import datetime as dt

import pytest
from test_coder_recall import engine_triples

SPRING_2008 = dt.date(2008, 3, 1)


@pytest.mark.parametrize(("text", "expected"), [
    # an honorific makes a place name a person's: unknown here, so no actor
    ("Mr Lagos criticised Peru.", []),
    ("Mrs Georgia met Chilean officials.", []),
    # the place itself still counts
    ("Lagos criticised Peru.", [("NGA", "111", "PER")]),
])
def test_an_honorific_makes_a_place_name_a_person(engine, text: str,
                                                  expected: list[tuple[str, str, str | None]]) -> None:
    assert engine_triples(engine, text, date=SPRING_2008) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Chile held talks with his Peruvian counterpart, Alan Garcia, and the Bolivian leader, Evo Morales.",
     [("BOLGOV", "046", "CHL"), ("CHL", "046", "BOLGOV"), ("CHL", "046", "PER"), ("PER", "046", "CHL")]),
    # "A, B and his counterpart": a party with a possessive of its own, hung on the apposition
    ("The Chilean envoy Juan Soto and his Peruvian counterpart held talks in Lima.",
     [("CHLGOV", "046", "PER"), ("PER", "046", "CHLGOV")]),
    # names listing the apposition are no second party
    ("Two Chilean envoys, Juan Soto and Pedro Diaz, held talks in Lima.", []),
])
def test_a_party_coordinated_after_an_apposition(engine, text: str,
                                                 expected: list[tuple[str, str, str | None]]) -> None:
    assert engine_triples(engine, text, date=SPRING_2008) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the counterpart of trade, imports or travel under a ban
    ("Chile lifted its ban on trade with Peru.", [("CHL", "081", "PER")]),
    ("Chile imposed sanctions on imports from Peru.", [("CHL", "163", "PER")]),
    # an attack on a base with troops names no counterpart by "with"
    ("Chile imposed a ban on fishing with nets.", []),
])
def test_the_counterpart_of_a_ban_on_trade(engine, text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert engine_triples(engine, text, date=SPRING_2008) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Chile terminated an agreement with Peru.", [("CHL", "160", "PER")]),
    ("Chile scrapped its treaty with Peru.", [("CHL", "160", "PER")]),
    ("Kazakhstan shut off gas supplies to Belarus.", [("KAZ", "163", "BLR")]),
    ("Chile paid tribute to Peru's efforts.", [("CHL", "051", "PER")]),
])
def test_ending_agreements_cutting_supplies_paying_tribute(engine, text: str,
                                                           expected: list[tuple[str, str, str | None]]) -> None:
    assert engine_triples(engine, text, date=SPRING_2008) == expected
