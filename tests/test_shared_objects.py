"""Two verbs that share one object ("arrested and deported two diplomats", "condemned and
rejected Chile's claim"): the parser hangs the object on the second verb only; the first acts on
it too (issue 11). Sentences written for these tests, each before its fix."""
from __future__ import annotations

import datetime as dt

import pytest
from test_coder_recall import country_triples

DATE = dt.date(2016, 6, 1)


@pytest.mark.parametrize(("text", "expected"), [
    ("Peru arrested and deported two Chilean diplomats.", [("PER", "173", "CHL"), ("PER", "174", "CHL")]),
    ("Bolivia condemned and rejected Chile's claim.", [("BOL", "111", "CHL"), ("BOL", "016", "CHL")]),
    ("Vietnamese police detained and questioned three Chinese fishermen.", [("VNM", "173", "CHN")]),
])
def test_the_first_verb_shares_the_object(engine, text: str, expected) -> None:
    found = country_triples(engine, text, digits=3, date=DATE)
    assert all(triple in found for triple in expected), found


@pytest.mark.parametrize(("text", "unexpected"), [
    # the first verb has an object of its own
    ("Peru criticised Bolivia and deported two Chilean diplomats.", ("PER", "111", "CHL")),
    # the second verb has a subject of its own
    ("Peru protested and Chile deported two Bolivian diplomats.", ("PER", "174", "BOL")),
    # an intransitive first verb, with a phrase of its own between
    ("Peru retreated from the border and deported two Chilean diplomats.", ("PER", "190", "CHL")),
])
def test_a_first_verb_with_its_own_phrase_keeps_it(engine, text: str, unexpected) -> None:
    assert unexpected not in country_triples(engine, text, digits=3, date=DATE)
