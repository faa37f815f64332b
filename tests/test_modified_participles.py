"""Participles that report no event of their own (issue 11). A gerund after "by", "after" or
"before" takes the mood of the clause it modifies: "By signing a deal with X, India would
anger Y" is a hypothetical signing, "After meeting X, Moon said" a meeting. A participle right
after a preposition left without its object is an adjective the parser misread as a verb
("founded by assassinated former prime minister X": the company assassinated no one).
Sentences written for these tests, before the change."""
from __future__ import annotations

import pytest
from test_coder_recall import country_triples




@pytest.mark.parametrize(("text", "pair"), [
    ("By signing the deal with Iran, India would anger Washington.", ("IND", "IRN")),
    ("By cooperating with both China and Russia, South Korea can win trust from Pyongyang.", ("KOR", "CHN")),
    ("Before meeting Chinese officials, the Japanese minister will visit Seoul.", ("JPN", "CHN")),
    ("Shares in Solidere, the Lebanese company founded by assassinated former prime minister Rafik Hariri, "
     "fell 15%.", ("LBN", "LBN")),
])
def test_no_fact_from_the_participle(engine, text, pair):
    """Nothing between the pair but, for a future clause, an intent (03)."""
    found = country_triples(engine, text)
    assert not [c for c in found if (c[0], c[2]) == pair and not c[1].startswith("03")]


@pytest.mark.parametrize(("text", "expected"), [
    ("After meeting Chinese President Xi Jinping, Moon said relations had improved.", ("KOR", "040", "CHN")),
    ("By signing the deal with Iran last year, India angered Washington.", ("IND", "057", "IRN")),
])
def test_the_modified_clause_keeps_its_facts(engine, text, expected):
    assert expected in country_triples(engine, text)
