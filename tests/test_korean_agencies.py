"""Agencies that Korean wire news names by themselves (issue 11's held-out wire headlines are
Korean): Seoul's unification ministry and intelligence service, the US forces in Korea, the
North's army. Facts from general knowledge; sentences written for these tests, before the rows."""
from __future__ import annotations

import pytest
from test_coder_recall import country_triples


@pytest.mark.parametrize(("mention", "code"), [
    ("Unification Ministry", "KORGOV"),
    ("unification ministry", "KORGOV"),
    ("Ministry of Unification", "KORGOV"),
    ("USFK", "USAMIL"),
    ("U.S. Forces Korea", "USAMIL"),
    ("NIS", "KORSPY"),
    ("National Intelligence Service", "KORSPY"),
    ("Korean People's Army", "PRKMIL"),
    ("KPA", "PRKMIL"),
])
def test_the_agency_is_known(engine, mention, code):
    found = engine.resolve_mention(f"Officials of the {mention} spoke on Monday.", mention, date=None)
    assert [m.actor.code for m in found] == [code]


@pytest.mark.parametrize(("text", "expected"), [
    ("Unification ministry urges N. Korea to respond to talks offer", [("KOR", "02", "PRK")]),
    ("Unification minister urges N. Korea to accept family reunion offer", [("KOR", "02", "PRK")]),
    ("USFK commander meets South Korean defense minister", [("KOR", "04", "USA"), ("USA", "04", "KOR")]),
    ("KPA threatens to strike U.S. bases in Guam", [("PRK", "13", "USA")]),
])
def test_headlines_naming_them(engine, text, expected):
    assert country_triples(engine, text, digits=2) == expected
