"""A reception is two events: the host hosts (CAMEO 043, host to guests) and the guests visit
(042, guests to host), as PETRARCH2's verb dictionary codes "receive" an envoy, an ambassador or a
leader ([043:042]) and as the written sentences mostly do (of their 72 hosting events, 41 have the
guests' visit beside them). The trigger table writes such a row's code "043:042", the second code
being the target's answer (events/patterns.py). Only the fact is answered: "will receive" is an
intent of the host's alone, "refused to host" a rejection.

Receiving another side's representatives, envoys or delegation is hosting them too (the row
receive.guest): "Mr Putin received representatives of Iran", "received Iranian delegates".
Before, "representatives" and "delegates" coded nothing, and an envoy or a delegation was coded as
the guests' visit only. Sentences written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest
from test_coder_recall import country_triples

SUMMER_2013 = dt.date(2013, 6, 1)



@pytest.mark.parametrize(("text", "expected"), [
    ("President Putin received representatives of Iran in the Kremlin.",
     [("IRN", "042", "RUS"), ("RUS", "043", "IRN")]),
    ("President Putin received Iranian delegates in the Kremlin.", [("IRN", "042", "RUS"), ("RUS", "043", "IRN")]),
    ("President Putin received an emissary of the Syrian government.", [("RUS", "043", "SYR"), ("SYR", "042", "RUS")]),
    ("President Putin received the Iranian envoy.", [("IRN", "042", "RUS"), ("RUS", "043", "IRN")]),
    ("A delegation of Chinese lawmakers was received by Fidel Castro in Havana.", [("CHN", "042", "CUB"),
                                                                                  ("CUB", "043", "CHN")]),
    ("Chinese President Xi Jinping received the Iranian president in Beijing.", [("CHN", "043", "IRN"),
                                                                                ("IRN", "042", "CHN")]),
    ("Beijing hosted the Iranian president on Monday.", [("CHN", "043", "IRN"), ("IRN", "042", "CHN")]),
    ("President Xi welcomed his Iranian counterpart at the Great Hall of the People.", [("CHN", "043", "IRN"),
                                                                                        ("IRN", "042", "CHN")]),
    # a visit received is the visitor's, as before
    ("President Putin received a visit from the Iranian president.", [("IRN", "042", "RUS")]),
])
def test_a_reception_is_hosting_and_a_visit(engine, text: str, expected) -> None:
    assert country_triples(engine, text, date=SUMMER_2013) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("President Putin will receive the Iranian envoy next week.", [("RUS", "036", "IRN")]),
    ("Beijing refused to host the Iranian president.", [("CHN", "125", "IRN")]),
    ("President Putin received a letter from representatives of Iran.", []),
])
def test_only_a_reception_that_happened_is_answered(engine, text: str, expected) -> None:
    assert country_triples(engine, text, date=SUMMER_2013) == expected
