"""A sentence the parser read without a main verb (issue 11): en_core_web_sm often hangs the
predicate of "The Syrian foreign minister called on X to ..." on the subject noun as a reduced
relative clause, and the sentence then asserts nothing. In a full sentence whose root is a
noun, a past-tense verb right after that noun is its predicate. A true reduced relative ("the
minister called to testify by X said ...") has a main verb of its own and is left alone.
Sentences written for these tests, before the fix."""
from __future__ import annotations

import pytest
from test_coder_recall import country_triples




@pytest.mark.parametrize(("text", "expected"), [
    ("The Syrian foreign minister called on the United States to lift sanctions.", [("SYR", "02", "USA")]),
    ("The Chilean foreign minister called on Bolivia to resume talks on sea access, saying the dispute had "
     "gone on too long.", [("CHL", "02", "BOL")]),
])
def test_a_predicate_hung_on_its_subject(engine, text, expected):
    assert country_triples(engine, text, digits=2) == expected


def test_a_true_reduced_relative_is_not_the_predicate(engine):
    text = "The Peruvian minister called to testify by Chile's parliament said nothing."
    assert country_triples(engine, text, digits=2) == []
