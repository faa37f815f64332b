"""Who kills decides the kind of force (issue 11): police who kill armed men fight them (190),
police who kill protesters or civilians repress them (175); aircraft are armed forces, also
when the killing is a participle after their strike. Sentences written for these tests, each
before its fix."""
from __future__ import annotations

import datetime as dt

import pytest
from test_coder_recall import engine_triples


@pytest.mark.parametrize(("text", "expected"), [
    ("Chilean police killed two protesters in Santiago.", [("CHLCOP", "175", "CHLCVL")]),
    ("Chilean police killed three armed rebels in a gunbattle.", [("CHLCOP", "190", "CHLREB")]),
    ("Indian security forces killed three suspected militants in Kashmir.", [("INDCOP", "190", "INDREB")]),
    # the militants killed in an attack on Gaza are Palestinian (events/situating.py; expectation
    # changed at the twenty-first stop from a group of no country, "REB"); since the twenty-fourth
    # stop their deaths are the strike's outcome, no event of their own (tests/test_casualties.py)
    ("Israeli aircraft struck targets in Gaza, killing four militants.", [("ISR", "190", "PSE")]),
    ("Israeli aircraft killed four militants in Gaza.", [("ISR", "190", "PSEREB")]),
    # others who kill: unconventional violence, as before
    ("Gunmen killed two police officers in Lima.", [("UAF", "180", "PERCOP")]),
    ("Rebels killed ten civilians in northern Peru.", [("PERREB", "180", "PERCVL")]),
])
def test_who_kills_decides_the_force(engine, text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert engine_triples(engine, text, date=dt.date(2005, 3, 1)) == expected
