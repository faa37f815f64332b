"""The agent of a subject phrase acts for it when the phrase names a thing done ("missiles fired
by the army struck X", "a car bombing by rebels killed X"), not when it names an organisation
the knowledge base does not know ("The Open Society Institute, financed by billionaire George
Soros, accused ..."): its backer is not the accuser. Sentences written for this test, before the
fix (the first coded the backer, placed in Kazakhstan, as the source)."""
from __future__ import annotations

import pytest
from test_coder_recall import engine_triples


@pytest.mark.parametrize("text", [
    "The Open Society Institute, financed by billionaire George Soros, accused Kazakh officials of harassment.",
    "The Harbour Foundation, funded by businessman John Smith, criticised Russian officials.",
])
def test_an_unknown_organisations_backer_is_not_its_voice(engine, text):
    assert engine_triples(engine, text) == []


@pytest.mark.parametrize(("text", "source"), [
    ("Missiles fired by the Syrian army struck Turkish villages.", "SYRMIL"),
])
def test_the_agent_of_a_thing_done_acts(engine, text, source):
    assert any(s == source for s, _, _ in engine_triples(engine, text))
