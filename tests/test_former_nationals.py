"""A former office holder named by nationality keeps it: "jailed the Rwandan former officer" jails
a Rwandan, not someone of the court's own state ("a former IMF official" no longer acts for the
IMF; a state's former officer is still its national). Sentences written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest
from test_coder_recall import country_triples

DATE = dt.date(2016, 6, 1)


@pytest.mark.parametrize(("text", "expected"), [
    ("A Paris court jailed the Rwandan former officer for 25 years.", [("FRA", "173", "RWA")]),
    ("Ukrainian police detained a former Russian diplomat in Kiev.", [("UKR", "173", "RUS")]),
])
def test_a_former_officer_keeps_the_nationality(engine, text: str, expected) -> None:
    assert country_triples(engine, text, digits=3, date=DATE) == expected


def test_a_former_officer_of_an_organisation_is_not_its_own(engine) -> None:
    assert country_triples(engine, "Chile asked a former International Monetary Fund director to run its bank.",
                           date=DATE) == []
