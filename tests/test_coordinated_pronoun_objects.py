"""A pronoun object of a verb coordinated with one that acted on someone is that someone, as it is
after a trailing participle: "Ecuador expelled a US diplomat and accused him of spying" accuses
the diplomat. Sentences written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest
from test_coder_recall import country_triples

DATE = dt.date(2012, 5, 10)


@pytest.mark.parametrize(("text", "event"), [
    ("Ecuador expelled a US diplomat and accused him of spying.", ("ECU", "112", "USA")),
    ("Germany expelled two Russian diplomats and accused them of spying.", ("DEU", "112", "RUS")),
    ("Japan summoned the Chinese ambassador and urged him to halt the drilling.", ("JPN", "020", "CHN")),
])
def test_the_pronoun_is_the_first_verbs_object(engine, text: str, event) -> None:
    assert event in country_triples(engine, text, digits=3, date=DATE)


def test_a_pronoun_with_no_object_before_is_not_guessed(engine) -> None:
    # the first verb acted on no one: "him" is not the Chinese side
    text = "Japan protested on Monday and urged him to halt the drilling near Chinese waters."
    assert all(t != "CHN" for _, _, t in country_triples(engine, text, digits=3, date=DATE))
