"""'his government', 'her country' (issue 11): a possessive pronoun before a state's institution
or before 'country' names the state of the person or state the sentence named before it.
Sentences written for these tests, each before its fix."""
from __future__ import annotations

import datetime as dt

import pytest
from test_coder_recall import engine_triples

SPRING_2013 = dt.date(2013, 3, 1)


@pytest.mark.parametrize(("text", "expected"), [
    ("Ollanta Humala said his government would expel Chilean diplomats.", [("PERGOV", "1313", "CHLGOV")]),
    ("Ollanta Humala said his country would expel Chilean diplomats.", [("PER", "1313", "CHLGOV")]),
    # the coordinated verb with no subject of its own shares the reporter's
    ("Peru's president said his government would act and accused Chile of lying.", [("PERGOV", "112", "CHL")]),
    # the person named last before the pronoun
    ("The Chilean leader met Ollanta Humala and criticised his government.",
     [("CHLGOV", "040", "PERGOV"), ("CHLGOV", "111", "PERGOV"), ("PERGOV", "040", "CHLGOV")]),
    # nobody named before it: no actor
    ("His government expelled Chilean diplomats.", []),
])
def test_his_government_is_the_named_persons_state(engine, text: str,
                                                   expected: list[tuple[str, str, str | None]]) -> None:
    assert engine_triples(engine, text, date=SPRING_2013) == expected


@pytest.mark.parametrize(("context", "mention", "codes"), [
    # a counterpart, a neighbour, a rival are another state's, never the possessor's own
    ("Ollanta Humala met his counterpart in Lima.", "his counterpart", []),
    ("Ollanta Humala criticised his neighbours.", "his neighbours", []),
    # a nationality names it
    ("Ollanta Humala met his Chilean counterpart in Lima.", "his Chilean counterpart", ["CHLGOV"]),
])
def test_his_counterpart_is_not_his_own_state(engine, context: str, mention: str, codes: list[str]) -> None:
    found = engine.resolve_mention(context, mention, date=SPRING_2013)
    assert sorted(m.actor.code for m in found) == codes
