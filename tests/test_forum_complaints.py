"""A complaint, a case or a dispute named after the court or body that hears it ("a WTO
complaint against Beijing", "an ICJ case against Serbia") is not that body's own act: the forum
is where it is heard, and the side that brings it is the verb's subject. "An EU complaint" stays
the EU's, as the EU is no forum. Sentences written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest
from test_coder_recall import country_triples

SPRING_2012 = dt.date(2012, 3, 14)



@pytest.mark.parametrize(("text", "expected"), [
    ("Washington files WTO complaint against Beijing over rare earth quotas", [("USA", "11", "CHN")]),
    ("Japan brought a WTO case against China over its export quotas.", [("JPN", "11", "CHN")]),
    # no subject that brings it: no event rather than the forum's
    ("The WTO complaint against Beijing was filed on Tuesday.", []),
    # the EU is a side, not a forum
    ("The EU lodged a complaint against the US over its subsidies to Boeing.", [("IGO", "11", "USA")]),
])
def test_the_forum_is_not_the_complainant(engine, text: str, expected) -> None:
    assert country_triples(engine, text, date=SPRING_2012, digits=2) == expected
