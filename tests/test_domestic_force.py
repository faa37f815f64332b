"""Force inside one state takes its CAMEO code from the sides' sectors: protesters, students,
workers or an opposition storming, occupying or fighting their own state's offices or police
protest violently (145); police or troops opening fire on protesters repress them (175). Fights
with armed groups, and force across borders, stay force (19). Sentences written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest
from test_coder_recall import country_triples

DATE = dt.date(2010, 5, 10)


@pytest.mark.parametrize(("text", "expected"), [
    ("Protesters stormed the presidential palace in Bishkek on Thursday.", [("KGZ", "145", "KGZ")]),
    ("Students fought running battles with police in Jakarta.", [("IDN", "145", "IDN")]),
    ("Kyrgyz opposition supporters stormed the government headquarters in Bishkek.", [("KGZ", "145", "KGZ")]),
    ("Thai protesters occupied the prime minister's office in Bangkok.", [("THA", "145", "THA")]),
    ("Uzbek troops opened fire on protesters in Andijan.", [("UZB", "175", "UZB")]),
    ("Burundian police opened fire on demonstrators in Bujumbura.", [("BDI", "175", "BDI")]),
])
def test_force_between_people_and_their_state(engine, text: str, expected) -> None:
    assert country_triples(engine, text, digits=3, date=DATE) == expected


@pytest.mark.parametrize(("text", "root"), [
    ("Pakistani troops fought Taliban militants in the Swat valley.", "19"),
    ("Myanmar troops opened fire on monks in Yangon.", "19"),
    ("Iraqi protesters stormed the US embassy in Baghdad.", "19"),
])
def test_other_force_stays_force(engine, text: str, root: str) -> None:
    assert {code for _, code, _ in country_triples(engine, text, digits=2, date=DATE)} == {root}
