"""The people of Korean-peninsula diplomacy and the abbreviations of wire headlines (people.tsv,
states.tsv): the nuclear envoys of the six-party talks and after, their counterparts, and "N.K."
and "S.K." as Korean wire headlines write the two states. Sentences written for these tests,
each before its fix."""
from __future__ import annotations

import datetime as dt

import pytest
from test_coder_recall import engine_triples


def roots(triples: list[tuple[str, str, str | None]]) -> list[tuple[str, str, str | None]]:
    return sorted((source, code[:2], target) for source, code, target in triples)


@pytest.mark.parametrize(("text", "date", "expected"), [
    ("Christopher Hill met Kim Kye-gwan in Beijing.", None,
     [("PRKGOV", "04", "USAGOV"), ("USAGOV", "04", "PRKGOV")]),
    ("Wu Dawei visited Pyongyang on Monday.", None, [("CHNGOV", "04", "PRKGOV")]),
    ("Glyn Davies urged North Korea to return to talks.", None, [("USAGOV", "02", "PRK")]),
    ("Japan's envoy Akitaka Saiki met Wi Sung-lac in Seoul.", dt.date(2009, 3, 2),
     [("JPNGOV", "04", "KORGOV"), ("KORGOV", "04", "JPNGOV")]),
    ("Kim Yong-chol criticized South Korea.", dt.date(2018, 6, 1), [("PRKGOV", "11", "KOR")]),
    ("Stephen Biegun arrived in Seoul for talks with Lee Do-hoon.", dt.date(2019, 8, 20),
     [("USAGOV", "04", "KORGOV")]),
])
def test_an_envoy_is_his_government(engine, text: str, date: dt.date | None,
                                    expected: list[tuple[str, str, str | None]]) -> None:
    assert roots(engine_triples(engine, text, date=date)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("N.K. slams S.K. over propaganda leaflets", [("PRK", "11", "KOR")]),
    ("N.K. accuses U.S. of hostile policy", [("PRK", "11", "USA")]),
])
def test_headline_abbreviations_of_the_two_koreas(engine, text: str,
                                                  expected: list[tuple[str, str, str | None]]) -> None:
    assert roots(engine_triples(engine, text)) == expected


@pytest.mark.parametrize(("text", "date", "expected"), [
    ("Pope Francis met Moon Jae-in at the Vatican.", None,
     [("KORGOV", "04", "VATGOV"), ("VATGOV", "04", "KORGOV")]),
    ("Pope Benedict XVI met the Israeli president.", dt.date(2008, 5, 1),
     [("ISRGOV", "04", "VATGOV"), ("VATGOV", "04", "ISRGOV")]),
])
def test_the_pope_is_the_holy_see(engine, text: str, date: dt.date | None,
                                  expected: list[tuple[str, str, str | None]]) -> None:
    assert roots(engine_triples(engine, text, date=date)) == expected
