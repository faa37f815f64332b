"""Regret expressed over another's act is disapproval (111), as displeasure is: "expressed
regret over X's decision" (Korean and Japanese wire style). Regret for one's own acts, or over
no one's, is no criticism. Sentences written for these tests, before the row."""
from __future__ import annotations

import pytest
from test_coder_recall import country_triples


@pytest.mark.parametrize(("text", "expected"), [
    ("S. Korea expresses regret over Japan's textbook approval", [("KOR", "111", "JPN")]),
    ("China expressed displeasure at Japan's decision to buy the islands.", [("CHN", "111", "JPN")]),
    ("Tokyo expressed strong regret over Seoul's decision to scrap the intelligence pact.", [("JPN", "111", "KOR")]),
])
def test_displeasure_over_anothers_act(engine, text, expected):
    assert country_triples(engine, text, digits=3) == expected


@pytest.mark.parametrize("text", [
    "Japan expressed regret for its wartime actions in Korea.",
    "The president expressed regret over the delay in the talks.",
])
def test_no_criticism_without_anothers_act(engine, text):
    assert not [t for t in country_triples(engine, text, digits=3) if t[1] == "111"]
