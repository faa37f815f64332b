"""Headline predicates chained by a comma share their subject (issue 11): "Kim Jong Il travels
to Russia's Far East, meets Medvedev", which the parser reads as "meets" with no subject and
the first verb as its complement. Both acts are the first subject's, and both are reported.
Sentences written for these tests, before the change."""
from __future__ import annotations

import pytest
from test_coder_recall import country_triples




@pytest.mark.parametrize(("text", "expected"), [
    ("Kim Jong Il travels to Russia's Far East, meets Medvedev near Ulan-Ude",
     {("PRK", "04", "RUS")}),
    ("N.Korea expels S.Korean managers from Kaesong, freezes their assets",
     {("PRK", "17", "KOR")}),
    ("Venezuela recalls envoy from Bogota, freezes trade with Colombia",
     {("VEN", "16", "COL")}),
])
def test_the_second_predicate_has_the_first_subject(engine, text, expected):
    assert expected <= set(country_triples(engine, text, digits=2))


def test_a_reported_clause_is_not_a_chained_predicate(engine):
    # "says" has its own subject: the complement stays what Seoul said
    text = "Seoul says Pyongyang expelled its managers, denies talks"
    assert ("KOR", "17", "PRK") not in country_triples(engine, text, digits=2)
