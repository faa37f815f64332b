"""Regulators, central banks and departments of 2004-2020 news in the knowledge base
(organisations.tsv, agencies): a state's organs (GOV, as sectors.tsv codes a central bank).
"The Bank of England" was read as a bank of the other state its sentence named. Names that
several states use for their own body (a bare "Treasury", "Ministry of Defence", "Competition
Commission") are left out. Sentences written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest
from test_coder_recall import engine_triples

DATE = dt.date(2005, 3, 1)


@pytest.mark.parametrize(("text", "expected"), [
    ("The Bank of England criticised China.", [("GBRGOV", "111", "CHN")]),
    ("The Federal Reserve criticised China.", [("USAGOV", "111", "CHN")]),
    ("The SEC fined Citigroup.", [("USAGOV", "172", "USABUS")]),
    ("The US Securities and Exchange Commission fined Citigroup.", [("USAGOV", "172", "USABUS")]),
    ("Ofcom criticised China.", [("GBRGOV", "111", "CHN")]),
    ("The National Audit Office criticised China.", [("GBRGOV", "111", "CHN")]),
    ("The Office of Fair Trading fined British Airways.", [("GBRGOV", "172", "GBRBUS")]),
    ("BaFin fined Deutsche Bank.", [("DEUGOV", "172", "DEUBUS")]),
    ("The Bank of Japan criticised China.", [("JPNGOV", "111", "CHN")]),
    ("The Department of Trade and Industry criticised China.", [("GBRGOV", "111", "CHN")]),
])
def test_regulators_and_central_banks_are_their_states_organs(engine, text: str, expected) -> None:
    assert engine_triples(engine, text, date=DATE) == expected
