"""A bare surname after a title names the holder of that office: "Defence Minister Kang" is the
defence minister called Kang, "FM Kang" the foreign minister, whichever countries the article
names. Sentences written for these tests, before the fix."""
from __future__ import annotations

import datetime as dt

import pytest
from test_coder_recall import engine_triples


@pytest.mark.parametrize(("text", "date", "expected"), [
    # the foreign minister Kang (South Korea), though the headline names North Korea
    ("FM Kang, Pompeo discuss N. Korea", None,
     [("KORGOV", "040", "USAGOV"), ("USAGOV", "040", "KORGOV")]),
    ("FM Kang, Pompeo discuss N. Korea", dt.date(2018, 6, 1),
     [("KORGOV", "040", "USAGOV"), ("USAGOV", "040", "KORGOV")]),
    ("Foreign Minister Kang met Pompeo in Washington.", None,
     [("KORGOV", "040", "USAGOV"), ("USAGOV", "040", "KORGOV")]),
    # the defence minister Kang (North Korea), not the better-known foreign minister
    ("Defence Minister Kang warned the United States.", None, [("PRKGOV", "130", "USA")]),
])
def test_a_title_chooses_the_office_holder(engine, text: str, date: dt.date | None,
                                           expected: list[tuple[str, str, str | None]]) -> None:
    assert engine_triples(engine, text, date=date) == expected
