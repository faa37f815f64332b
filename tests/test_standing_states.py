"""A present-tense clause set off after a name describes what holds, not what happened
(issue 11): "Turkey, which occupies northern Cyprus, said ..." reports no occupation, "China,
which supplies most of the North's fuel, ..." no delivery. A past-tense one still reports its
event. Sentences written for these tests."""
from __future__ import annotations

import pytest
from test_coder_recall import engine_triples


def pairs(text: str, engine) -> set[tuple[str, str | None]]:
    return {(source[:3], target[:3] if target else None) for source, _, target in engine_triples(engine, text)}


@pytest.mark.parametrize(("text", "pair"), [
    ("Turkey, which occupies northern Cyprus, rejected the plan on Monday.", ("TUR", "CYP")),
    ("Russia, which supplies most of Armenia's gas, called for calm.", ("RUS", "ARM")),
    ("Jordan, which hosts thousands of Syrian soldiers, closed its border.", ("JOR", "SYR")),
])
def test_a_standing_state_is_no_event(engine, text, pair):
    assert pair not in pairs(text, engine)


@pytest.mark.parametrize(("text", "pair"), [
    ("Turkey, which invaded northern Cyprus in 1974, rejected the plan.", ("TUR", "CYP")),
    ("Russia, which cut off Ukraine's gas on Sunday, called for talks.", ("RUS", "UKR")),
])
def test_a_past_act_in_the_clause_is_still_coded(engine, text, pair):
    assert pair in pairs(text, engine)
