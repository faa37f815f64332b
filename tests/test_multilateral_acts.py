"""A joint act of four or more states is one multilateral act, not a dyadic event between every
two of them (issue 11): "A, B, C and D met" made twelve meetings, and one sentence naming six
states made thirty, more than the rest of its article. Two or three states keep their pairs,
as the annotators code them; an outside target keeps its events. Sentences written for these
tests, before the change."""
from __future__ import annotations

import pytest
from test_coder_recall import country_triples




@pytest.mark.parametrize("text", [
    "Argentina, Brazil, Chile and Uruguay met in Montevideo on Friday.",
    "The foreign ministers of Norway, Sweden, Finland and Denmark held talks in Oslo.",
    "Talks between Armenia, Azerbaijan, Georgia and Turkey opened in Tbilisi.",
])
def test_four_states_acting_together_make_no_dyads(engine, text):
    assert country_triples(engine, text) == []


def test_three_states_keep_their_pairs(engine):
    found = country_triples(engine, "Argentina, Brazil and Chile met in Montevideo on Friday.")
    assert len(found) == 6 and {c for _, c, _ in found} == {"040"}


def test_an_outside_target_keeps_its_events(engine):
    found = country_triples(engine, "Britain, France, Germany and Italy agreed to send envoys to Iran.")
    assert found == [(s, "036", "IRN") for s in ("DEU", "FRA", "GBR", "ITA")]
