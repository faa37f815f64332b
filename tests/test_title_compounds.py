"""A sector word that names a ministry in a title ("Industry Minister", "Trade and Industry
Secretary") is part of the title, not an actor of that sector: "The Industry Minister met ..."
is no event of business. Sentences written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest
from test_coder_recall import engine_triples

SPRING_2005 = dt.date(2005, 3, 1)


@pytest.mark.parametrize("text", [
    "The Industry Minister met Chinese officials.",
    "Ravi Menon, Commerce and Industry Minister, announced the decision after a cabinet meeting.",
    "The Agriculture Secretary met French officials.",
    # the parser makes a list of portfolios conjuncts of the name
    "French officials met Culture, Media and Sport Secretary Tessa Jowell.",
    "Her call was backed by Culture, Media and Sport Secretary Tessa Jowell and French officials.",
])
def test_a_sector_word_in_a_title_is_no_actor(engine, text: str) -> None:
    assert all("BUS" not in side and "AGR" not in side and "MED" not in side
               for source, _, target in engine_triples(engine, text, date=SPRING_2005)
               for side in (source, target or ""))


@pytest.mark.parametrize(("text", "expected"), [
    ("India's Commerce and Industry Minister met Chinese officials.",
     [("CHNGOV", "040", "INDGOV"), ("INDGOV", "040", "CHNGOV")]),
    ("The Chinese Industry Minister met Indian diplomats.", [("CHNGOV", "040", "INDGOV"), ("INDGOV", "040", "CHNGOV")]),
])
def test_the_title_still_acts(engine, text: str, expected) -> None:
    assert engine_triples(engine, text, date=SPRING_2005) == expected


@pytest.mark.parametrize(("context", "word"), [
    ("Culture, Media and Sport Secretary Tessa Jowell spoke on Monday.", "Media"),
    ("The Industry Minister spoke on Monday.", "Industry"),
    ("Trade and Industry Secretary Patricia Hewitt spoke on Monday.", "Industry"),
])
def test_a_portfolio_word_names_no_actor(engine, context: str, word: str) -> None:
    assert engine.resolve_mention(context, word, date=SPRING_2005) == []
