"""The one who did an act named by a noun may stand in a "by" phrase the parser hangs on the
noun's object rather than on the noun: "the seizure of a Chilean ship by Peru", "the arrest of two
Chilean fishermen by Peruvian police". Sentences written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest
from test_coder_recall import country_triples

DATE = dt.date(2012, 5, 1)


@pytest.mark.parametrize(("text", "expected"), [
    ("The seizure of a Chilean fishing boat by Peru angered Santiago.", ("PER", "17", "CHL")),
    ("Following the seizure of a Chilean tanker by Peruvian forces, Santiago recalled its ambassador.",
     ("PER", "17", "CHL")),
    ("The arrest of two Chilean fishermen by Peruvian police drew a protest from Santiago.",
     ("PER", "17", "CHL")),
])
def test_the_agent_of_an_act_noun_hung_on_its_object(engine, text, expected):
    assert expected in country_triples(engine, text, digits=2, date=DATE)


@pytest.mark.parametrize("text", [
    # "by" a date or a means is no agent
    "The seizure of a Chilean fishing boat by Friday angered Santiago.",
])
def test_a_by_phrase_that_names_no_actor_adds_no_source(engine, text):
    found = country_triples(engine, text, digits=2, date=DATE)
    assert not any(t[1] == "17" and t[0] not in (None, "CHL") for t in found)
