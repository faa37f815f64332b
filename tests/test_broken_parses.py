"""A parse that makes a content verb an auxiliary is broken (issue 11): "UK helps raped Rwandan
women" has no rape by the UK. Sentences written for these tests, each before its fix."""
from __future__ import annotations

import datetime as dt

import pytest
from test_coder_recall import engine_triples


@pytest.mark.parametrize(("text", "expected"), [
    ("UK helps raped Rwandan women", []),
    # real auxiliaries and modals keep their verb's event
    ("Chile has criticised Peru.", [("CHL", "111", "PER")]),
    ("Chile will criticise Peru.", []),
])
def test_a_content_verb_parsed_as_an_auxiliary(engine, text: str,
                                                expected: list[tuple[str, str, str | None]]) -> None:
    assert engine_triples(engine, text, date=dt.date(2005, 3, 1)) == expected
