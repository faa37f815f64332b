"""A noun that sums up the clause before it ("a move", "a decision", "a formula") and a relative
clause that judges it: the judge acts on the side whose act the noun sums up. "Japan released
the captain, a move China condemned as illegal": China 111 Japan; "Argentina moved its embassy,
a decision welcomed by Israel": Israel 051 Argentina. Only rows whose target is the direct object
(the relative's gap) and whose code judges (appeals, praise, disapproval, rejection) read it,
and only a noun set off after the clause or after its object. Sentences written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest
from test_coder_recall import country_triples

SUMMER_2018 = dt.date(2018, 6, 1)



@pytest.mark.parametrize(("text", "expected"), [
    ("Japan released the captain, a move China condemned as illegal.", [("CHN", "11", "JPN")]),
    ("Argentina moved its embassy to Jerusalem, a decision welcomed by Israel.", [("ISR", "05", "ARG")]),
    ("Serbia offered Kosovo broad autonomy, a formula Kosovo's leaders immediately rejected.",
     [("SRB", "03", "XKX"), ("XKX", "12", "SRB")]),
    # a noun that sums up nothing of an actor's
    ("Prices rose sharply in March, a move Japan welcomed.", []),
    # set off after a phrase deep in the clause: its verb may be another's
    ("Sweden granted asylum to a journalist who had fled after the election, a decision Minsk condemned.",
     [("SWE", "07", "BLR")]),
])
def test_a_judged_move_is_its_maker_s(engine, text: str, expected) -> None:
    assert country_triples(engine, text, date=SUMMER_2018, digits=2) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # more nouns that sum up an act
    ("Turkish troops pushed into northern Iraq on Sunday, an offensive that Iran condemned.", ("IRN", "11", "TUR")),
    ("Poland asked Germany to pay reparations, a request that Russia condemned.", ("RUS", "11", "POL")),
    # the noun in an "in" phrase of the clause
    ("A Cairo court jailed the activist for five years on Monday, in a verdict condemned by France.",
     ("FRA", "11", "EGY")),
    # a judging verb that names the act by a judging word
    ("A Moscow court jailed the pilot for ten years, a verdict Kiev called a mockery of justice.",
     ("UKR", "11", "RUS")),
    ("Chile expelled two Peruvian diplomats, a move Lima described as a provocation.", ("PER", "11", "CHL")),
    # a charge is its accuser's
    ("Colombia accused Venezuela of sheltering rebels, a charge that Caracas rejected as a fabrication.",
     ("VEN", "12", "COL")),
])
def test_more_judged_acts(engine, text: str, expected) -> None:
    assert expected in country_triples(engine, text, date=SUMMER_2018, digits=2)
