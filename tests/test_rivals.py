"""One's rival is not oneself (issue 11): "Boeing's European rival" and "India's critics" do
not fall back on their possessor, as "Japan's envoy" does. Sentences written for these tests."""
from __future__ import annotations

import pytest
from test_coder_recall import country_triples


def sources(text: str, engine) -> set[str]:
    return {source for source, _, _ in country_triples(engine, text)}


@pytest.mark.parametrize(("text", "not_source"), [
    ("Boeing's European rival is to sell ten jets to Spain.", "USA"),
    ("India's critics accused Pakistan of stalling.", "IND"),
])
def test_a_rival_is_not_its_possessor(engine, text, not_source):
    assert not_source not in sources(text, engine)


def test_an_envoy_is_its_possessors(engine):
    assert "JPN" in sources("Japan's envoy met Chinese officials.", engine)
