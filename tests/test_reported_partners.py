"""A speaker calling another side a partner, an ally or a friend in a reported clause praises it
(051), as "called Egypt a reliable partner" already does: "Putin said Egypt was a reliable
partner", "Russia is Ukraine's strategic partner, Yushchenko said". Not a trading partner (a
fact of trade), not a partner no longer, not with no speaker. Sentences written for these
tests."""
from __future__ import annotations

import datetime as dt

import pytest
from test_coder_recall import country_triples

DATE = dt.date(2017, 6, 1)


@pytest.mark.parametrize(("text", "expected"), [
    ("Vladimir Putin said Egypt was a reliable partner.", [("RUS", "051", "EGY")]),
    ("Petro Poroshenko said Poland was Ukraine's strategic partner.", [("UKR", "051", "POL")]),
    ("Poland is Ukraine's most important partner, Petro Poroshenko said.", [("UKR", "051", "POL")]),
    ("Shinzo Abe said Australia was a true friend of Japan.", [("JPN", "051", "AUS")]),
    ("Angela Merkel said the United States remained Germany's closest ally.", [("DEU", "051", "USA")]),
])
def test_a_side_called_a_partner_in_a_reported_clause_is_praised(engine, text: str, expected) -> None:
    assert country_triples(engine, text, digits=3, date=DATE) == expected


@pytest.mark.parametrize("text", [
    "Chinese officials said Germany was China's largest trading partner.",
    "Vladimir Putin said Egypt was no longer a reliable partner.",
    "Poland is Ukraine's most important partner.",
])
def test_no_praise(engine, text: str) -> None:
    assert all(code != "051" for _, code, _ in country_triples(engine, text, digits=3, date=DATE))
