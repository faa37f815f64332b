"""Extending sympathy or empathy is an empathetic comment (CAMEO 018), as extending condolences
(PETRARCH's row) and expressing sympathy already were; and welcoming a leader on a visit is a
reception: the host hosts (043) and the guest visits (042), as receiving one now is
(test_received_representatives). Sentences written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest
from test_coder_recall import engine_triples

EARLY_2005 = dt.date(2005, 1, 5)


@pytest.mark.parametrize(("text", "expected"), [
    ("Tony Blair extended his sympathy to Indonesia after the tsunami.", [("GBRGOV", "018", "IDN")]),
    ("The Japanese emperor extended his empathy to the people of Indonesia.", [("JPNGOV", "018", "IDN")]),
])
def test_extended_sympathy(engine, text: str, expected) -> None:
    found = {(s, c, t[:3] if t else None) for s, c, t in engine_triples(engine, text, date=EARLY_2005)}
    assert sorted(found) == expected


def test_welcomed_on_a_visit_is_a_reception(engine) -> None:
    found = engine_triples(engine, "Hu Jintao welcomed Tony Blair on his state visit to China.", date=EARLY_2005)
    assert found == [("CHNGOV", "043", "GBRGOV"), ("GBRGOV", "042", "CHNGOV")]
