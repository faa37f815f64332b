"""Hosting or chairing talks between two sides is mediating between them (CAMEO 045): "Egypt
hosted talks between Israel and Hamas", as "mediated talks between" already was. The talks are
not coded apart: the written sentences code a mediated truce or mediated talks as the mediation
alone (a first version that coded both added false events there). Hosting talks with a side is
holding them. Sentences written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest
from test_coder_recall import country_triples

SPRING_2012 = dt.date(2012, 5, 1)
MEDIATION = [("QAT", "045", "SDN"), ("QAT", "045", "TCD")]



@pytest.mark.parametrize(("text", "expected"), [
    ("Qatar hosted talks between Sudan and Chad in Doha.", MEDIATION),
    ("A Qatari envoy chaired talks between Sudan and Chad in Doha.", MEDIATION),
    ("Qatar mediated talks between Sudan and Chad.", MEDIATION),
    # hosting a summit of one's own with another is hosting, not mediating
    ("Qatar hosted talks with Sudan in Doha.", [("QAT", "046", "SDN"), ("SDN", "046", "QAT")]),
])
def test_hosting_talks_between_two_sides_is_mediation(engine, text: str, expected) -> None:
    assert country_triples(engine, text, date=SPRING_2012) == expected


def test_not_hosting_talks_is_no_event(engine) -> None:
    """Declining to host talks is no rejection of a mediation asked for (the own gold set's negative)."""
    text = "Qatar will not host the talks between Sudan and Chad this month."
    assert country_triples(engine, text, date=SPRING_2012) == []
