"""Takeovers named as nouns and bids for firms: "completed its purchase of X", "its takeover of
X" (061, as buying a firm is coded; an intended one codes nothing), "launched a bid for X", "is
bidding for X" (0311, an intent to cooperate economically). Sentences written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest
from test_coder_recall import country_triples

DATE = dt.date(2016, 6, 1)


@pytest.mark.parametrize(("text", "expected"), [
    ("Spain's Santander completed its purchase of British lender Abbey on Friday.", [("ESP", "061", "GBR")]),
    ("India's Tata completed its takeover of Britain's Corus.", [("IND", "061", "GBR")]),
    ("Spain's BBVA launched a bid for Italy's BNL.", [("ESP", "031", "ITA")]),
    ("An Emirati company is bidding for Britain's P&O ports group.", [("ARE", "031", "GBR")]),
])
def test_takeovers_and_bids(engine, text: str, expected) -> None:
    assert country_triples(engine, text, digits=3, date=DATE) == expected


@pytest.mark.parametrize("text", [
    "Turkey's bid to host the Olympics failed.",
    "Japan's bid for a seat on the Security Council stalled.",
    "The purchase of new furniture for the ministry was criticised.",
])
def test_no_takeover_without_a_firm_or_state_bought(engine, text: str) -> None:
    assert country_triples(engine, text, date=DATE) == []
