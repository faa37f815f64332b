"""The simple present of trade, provision and hosting in prose tells a habit, not an event
(issue 11): "Venezuela sells 60% of its oil to the United States", "Djibouti hosts bases of
four states". A headline's present is news, and a past or a perfect is an event. Sentences
written for these tests."""
from __future__ import annotations

import pytest
from test_coder_recall import engine_triples


def pairs(text: str, engine) -> set[tuple[str, str | None]]:
    return {(source[:3], target[:3] if target else None) for source, _, target in engine_triples(engine, text)}


@pytest.mark.parametrize(("text", "pair"), [
    ("Venezuela sells about 60% of its oil to the United States.", ("VEN", "USA")),
    ("Djibouti hosts military bases of France and Japan.", ("DJI", "FRA")),
    ("Russia supplies most of Armenia's gas.", ("RUS", "ARM")),
])
def test_a_habit_is_no_event(engine, text, pair):
    assert pair not in pairs(text, engine)


@pytest.mark.parametrize(("text", "pair"), [
    ("Mexico hosts Guatemalan president for migration talks", ("MEX", "GTM")),
    ("Venezuela sold two oil tankers to Cuba last week.", ("VEN", "CUB")),
    ("Japan has hosted the Chinese foreign minister.", ("JPN", "CHN")),
])
def test_news_is_still_coded(engine, text, pair):
    assert pair in pairs(text, engine)
