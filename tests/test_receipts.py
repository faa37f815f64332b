"""What one state receives from another was the other's act (issue 11): the giver is the
source, as CAMEO's 07 (provide aid) and the annotation guidelines have it. The PETRARCH2 verb
dictionary codes some receipts on the target's side only ("[:071]"), which the derived table
used to drop, and a few on the recipient's side, which reversed them. Sentences written for
these tests, before the change."""
from __future__ import annotations

import pytest
from test_coder_recall import country_triples




@pytest.mark.parametrize(("text", "expected"), [
    ("Brazil received two frigates from France.", [("FRA", "07", "BRA")]),
    ("Egypt received a loan from Saudi Arabia.", [("SAU", "07", "EGY")]),
    ("Jordan has received 50,000 tonnes of rice from Japan.", [("JPN", "07", "JOR")]),
    ("Nigeria received fighters from China last year.", [("CHN", "07", "NGA")]),
])
def test_the_giver_is_the_source(engine, text, expected):
    assert country_triples(engine, text, digits=2) == expected
