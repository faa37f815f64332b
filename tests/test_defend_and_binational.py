"""A pledge to defend a state is an intent to give it military protection (0334), a headline
form of Korean wire news; and a company of two nationalities ("the US-German firm") is one side,
not two sides agreeing. Sentences written for these tests, before the fix."""
from __future__ import annotations

import pytest
from test_coder_recall import engine_triples


@pytest.mark.parametrize(("text", "expected"), [
    ("U.S. vows to defend S. Korea", [("USA", "0334", "KOR")]),
    ("The United States will defend South Korea.", [("USA", "0334", "KOR")]),
    ("Washington pledged to defend Taiwan.", [("USAGOV", "0334", "TWN")]),
    # defending another state's act in words stays verbal support
    ("France defended Germany's decision.", [("FRA", "052", "DEU")]),
])
def test_a_pledge_to_defend_a_state(engine, text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert engine_triples(engine, text) == expected


@pytest.mark.parametrize("text", [
    "The US-German firm agreed last year to stop providing loans.",
    "The Anglo-Dutch group agreed last month to sell its chemicals arm.",
    "The US-German firm, once the largest shareholder, agreed last year to stop providing loans.",
    # (added when "Anglo" became a name of Britain: a group, no sector, read as two states)
    "The US-German group agreed last year to stop providing loans.",
])
def test_one_phrase_naming_two_nationalities_is_one_side(engine, text: str) -> None:
    # "the US-German firm" is one company, not two sides agreeing with each other
    assert engine_triples(engine, text) == []
