"""A warning (issue 11): a threat when it warns of the warner's own act or of consequences,
advice when it warns that something else is so ("warned Blair that the war could be illegal").
Sentences written for these tests, before the fix."""
from __future__ import annotations

import pytest
from test_coder_recall import country_triples


@pytest.mark.parametrize(("text", "expected"), [
    # a warning of the warner's own act, or of consequences, is a threat
    ("Russia warned Ukraine that it would cut gas supplies.", [("RUS", "130", "UKR")]),
    ("Russia warned Ukraine that Moscow would cut gas supplies.", [("RUS", "130", "UKR")]),
    ("Russia warned Ukraine of serious consequences.", [("RUS", "130", "UKR")]),
    # a warning that something else is so is advice, not a threat
    ("Russia warned Ukraine that the deal could be illegal.", []),
    ("Jack Straw warned Tony Blair that the war could be illegal.", []),
])
def test_a_warning_threatens_only_with_the_warners_own_act(engine, text: str,
                                                           expected: list[tuple[str, str, str | None]]) -> None:
    assert country_triples(engine, text, digits=3) == expected
