"""An acquisition agreed or announced is the deal (issue 11): "X agreed to buy Y", "X is to buy
Y" and the headline "X to buy Y" code the purchase (061), as the annotation guidelines code a
deal once it is agreed; wanting or planning to buy stays an intent (0311), and a meeting agreed
to stays an intent to meet. Sentences written for these tests, before the fix."""
from __future__ import annotations

import pytest
from test_coder_recall import country_triples




@pytest.mark.parametrize(("text", "expected"), [
    ("Sweden's Volvo agreed on Monday to buy Finland's largest truck maker for $2bn.", [("SWE", "061", "FIN")]),
    ("Japan's Nissan is to buy a 30% stake in Thailand's biggest car dealer.", [("JPN", "061", "THA")]),
    ("Brazil's Vale to buy Canada's Inco for $17bn", [("BRA", "061", "CAN")]),
])
def test_an_agreed_acquisition_is_the_deal(engine, text, expected):
    assert country_triples(engine, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Sweden's Volvo plans to buy Finland's largest truck maker.", [("SWE", "0311", "FIN")]),
    ("Chile and Peru agreed to meet next month.", [("CHL", "036", "PER"), ("PER", "036", "CHL")]),
])
def test_a_plan_or_an_agreed_meeting_stays_an_intent(engine, text, expected):
    assert country_triples(engine, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a proposal or a package agreed with a party is an agreement with it, not agreement with its
    # words (019)
    ("Ukraine agreed a draft proposal with the International Monetary Fund to borrow $5bn.", ("UKR", "05", "IGO")),
    ("Greece agreed a rescue package with the European Union on Monday.", ("GRC", "05", "IGO")),
])
def test_a_proposal_agreed_with_a_party(engine, text, expected):
    assert expected in country_triples(engine, text, digits=2)
