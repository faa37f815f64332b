"""A joint act of four or more states is one multilateral act, not a dyadic event between every
two of them (issue 11): "A, B, C and D met" made twelve meetings, and one sentence naming six
states made thirty, more than the rest of its article. Two or three states keep their pairs,
as the annotators code them; an outside target keeps its events. Sentences written for these
tests, before the change."""
from __future__ import annotations

import pytest
from test_coder_recall import engine_triples


def codes(text: str, engine) -> list[tuple[str, str, str | None]]:
    return sorted({(source[:3], code, target[:3] if target else None)
                   for source, code, target in engine_triples(engine, text)})


@pytest.mark.parametrize("text", [
    "Argentina, Brazil, Chile and Uruguay met in Montevideo on Friday.",
    "The foreign ministers of Norway, Sweden, Finland and Denmark held talks in Oslo.",
    "Talks between Armenia, Azerbaijan, Georgia and Turkey opened in Tbilisi.",
])
def test_four_states_acting_together_make_no_dyads(engine, text):
    assert codes(text, engine) == []


def test_three_states_keep_their_pairs(engine):
    found = codes("Argentina, Brazil and Chile met in Montevideo on Friday.", engine)
    assert len(found) == 6 and {c for _, c, _ in found} == {"040"}


def test_an_outside_target_keeps_its_events(engine):
    found = codes("Britain, France, Germany and Italy agreed to send envoys to Iran.", engine)
    assert found == [(s, "036", "IRN") for s in ("DEU", "FRA", "GBR", "ITA")]
