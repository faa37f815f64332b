"""Korean wire news names the leaders of the two Koreas by bare family name ("Lee", "Park"):
a family name too common to take alone, yet the article that names either Korea supports it
for that date's office holders of both, as one naming South Korea already did for its own
("Lee vows ..., S. Korea's presidential office says"). Without either Korea named the name
stays unplaced. Dates of office are facts; sentences written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest
from test_coder_recall import country_triples

LEE_YEARS = dt.date(2010, 11, 25)
PARK_YEARS = dt.date(2014, 3, 28)


@pytest.mark.parametrize(("text", "date", "expected"), [
    ("Lee vows stern retaliation against N. Korea over shelling", LEE_YEARS, [("KOR", "13", "PRK")]),
    ("Park urges N. Korea to abandon its nuclear weapons", PARK_YEARS, [("KOR", "02", "PRK")]),
    ("N. Korea rejects Park's offer of talks", PARK_YEARS, [("PRK", "12", "KOR")]),
])
def test_a_korean_leaders_family_name_beside_the_other_korea(engine, text: str, date: dt.date, expected) -> None:
    assert country_triples(engine, text, digits=2, date=date) == expected


@pytest.mark.parametrize(("text", "date"), [
    ("Lee urges Japan to stop whaling", LEE_YEARS),
    ("Park meets Chinese investors in Beijing", PARK_YEARS),
])
def test_without_either_korea_the_name_is_not_guessed(engine, text: str, date: dt.date) -> None:
    assert country_triples(engine, text, digits=2, date=date) == []
