"""Summoning another state's envoy is a formal complaint (CAMEO 114): a chargé d'affaires is an
envoy like an ambassador ("London summoned Iran's charge d'affaires"), and an envoy "summoned to
the Chinese foreign ministry" was summoned by that ministry (the passive names the summoner by
where the envoy went). Sentences written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest
from test_coder_recall import country_triples

SUMMER_2019 = dt.date(2019, 7, 20)



@pytest.mark.parametrize(("text", "expected"), [
    ("London summoned Iran's charge d'affaires.", [("GBR", "114", "IRN")]),
    ("Japan's ambassador was summoned to the Chinese foreign ministry on Tuesday.", [("CHN", "114", "JPN")]),
    ("The Iranian ambassador was summoned to the Foreign Office in London.", [("GBR", "114", "IRN")]),
    # the summoner by name still wins
    ("The Iranian ambassador was summoned by Britain.", [("GBR", "114", "IRN")]),
])
def test_summoned_envoys(engine, text: str, expected) -> None:
    assert country_triples(engine, text, date=SUMMER_2019) == expected
