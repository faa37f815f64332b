""""FSA" names two bodies: Britain's Financial Services Authority (2001-2013) and the Free Syrian
Army (from 2011). The knowledge base knew only the second, so a 2005 business story about
compensation agreed "with the Financial Services Authority (FSA)" placed the firms in Syria.
Each is dated; in undated text the one whose state the article names wins, else Britain's
regulator, listed first (issue 11). Sentences written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

REGULATOR = "Investment firms agreed a compensation package with the FSA on Monday."
REBELS = "FSA fighters attacked army positions near Aleppo in Syria."


@pytest.mark.parametrize(("text", "date", "code"), [
    (REGULATOR, dt.date(2005, 3, 1), "GBRGOV"),
    (REGULATOR, None, "GBRGOV"),
    (REBELS, dt.date(2013, 5, 1), "SYRREB"),
    (REBELS, None, "SYRREB"),
])
def test_fsa_by_date_and_place(engine, text: str, date, code: str) -> None:
    [mention] = engine.resolve_mention(text, "FSA", date=date)
    assert mention.actor.code == code

