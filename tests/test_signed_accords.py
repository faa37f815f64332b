"""Signed accords (issue 11): an accord named by a passive participle with its signers ("an
agreement on fishing, signed by X and Y") is the signing, flagged historical when dated long
ago; a participle that describes its noun ("rebels backed by X", "a delegation led by X") is no
event. A framework, a compact or a joint statement signed is an agreement signed (057).
Sentences written for these tests, before the change."""
from __future__ import annotations

import pytest
from test_coder_recall import country_triples

from geopivot.models import Article




@pytest.mark.parametrize(("text", "pair"), [
    ("An agreement on fishing, signed by Senegal and Mauritania in Dakar, will end the dispute.", ("SEN", "MRT")),
    ("An accord signed by Japan and India on Monday opens their markets.", ("IND", "JPN")),
    ("Rwanda and Burundi signed a peace framework in Washington.", ("BDI", "RWA")),
    ("Japan and China signed a joint statement in Tokyo.", ("CHN", "JPN")),
    ("Mongolia and the United States signed a compact on Tuesday.", ("MNG", "USA")),
])
def test_a_signed_accord_is_signed_both_ways(engine, text, pair):
    a, b = pair
    assert set(country_triples(engine, text)) == {(a, "057", b), (b, "057", a)}


@pytest.mark.parametrize("text", [
    "Rebels backed by Rwanda seized the town of Goma.",
    "A delegation of Chinese lawmakers led by its chairman arrived in Peru.",
])
def test_a_describing_participle_is_no_event(engine, text):
    assert not [c for c in country_triples(engine, text) if c[1].startswith(("05", "03"))]


def test_an_accord_signed_long_ago_is_historical(engine):
    text = "The peace treaty signed by Egypt and Israel in 1979 is still the cornerstone of their ties."
    events = engine.code_articles([Article.from_text("t", text)])[0].events
    assert events and all(e.historical for e in events)
