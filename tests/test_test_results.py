"""A test's result is no judgement: "said the Russian tested positive for ..." reports a drug
test, not praise of the player (051) the reported-judgement reading gave it; a judgement is
told with a linking verb ("said the plan was / looked / remained unacceptable"). Sentences
written for this test, before the fix (the first coded 051)."""
from __future__ import annotations

import pytest
from test_coder_recall import engine_triples


@pytest.mark.parametrize("text", [
    "Belgium's sports minister said the Russian player had tested positive for a banned stimulant.",
    "The ministry said two Chinese swimmers tested negative in Sydney.",
])
def test_a_test_result_is_no_judgement(engine, text):
    assert not any(c.startswith(("05", "11")) for _, c, _ in engine_triples(engine, text))


@pytest.mark.parametrize(("text", "expected"), [
    ("China said the American plan was unacceptable.", ("CHN", "11", "USA")),
    ("China said the American plan looked unacceptable.", ("CHN", "11", "USA")),
    ("Germany said France remained a reliable partner.", ("DEU", "05", "FRA")),
])
def test_a_judgement_with_a_linking_verb(engine, text, expected):
    triples = [(s[:3], c[:2], t[:3] if t else None) for s, c, t in engine_triples(engine, text)]
    assert expected in triples, triples
