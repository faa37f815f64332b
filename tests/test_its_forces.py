"""A state's own organs named with "its" ("Russia said its troops attacked ..."): the organ is
the state named last before the pronoun in the sentence, with the noun's sector. When that
name is a company or a party, "its" stays unread, as it owns the firm's or the party's staff.
Sentences written for these tests, before the change (which coded none of the first four)."""
from __future__ import annotations

import pytest
from test_coder_recall import engine_triples


@pytest.mark.parametrize(("text", "expected"), [
    ("Russia said its troops had attacked Georgian villages.", ("RUSMIL", "190", "GEO")),
    ("Israel says its soldiers killed two Palestinian gunmen in Gaza.", ("ISRMIL", "19", "PSE")),
    ("The Japanese government said its diplomats had met North Korean officials in Beijing.",
     ("JPNGOV", "040", "PRKGOV")),
    # the state named last before "its", not the sentence's first
    ("Georgia said Russia and its troops had attacked Georgian villages.", ("RUSMIL", "190", "GEO")),
])
def test_its_organs_are_the_state_named_before(engine, text, expected):
    triples = engine_triples(engine, text)
    assert any(s == expected[0] and c.startswith(expected[1]) and t.startswith(expected[2])
               for s, c, t in triples), triples


@pytest.mark.parametrize("text", [
    "Toyota said its officials had criticised France.",
    "Labour said its officials had criticised France.",
])
def test_its_after_a_company_or_party_is_not_the_state(engine, text):
    # the firm's or the party's officials, not a government's
    assert not any(s.endswith("GOV") for s, _, _ in engine_triples(engine, text))


def test_its_counterparts_are_someone_elses(engine):
    triples = engine_triples(engine, "The Spanish media criticised its English counterparts.")
    assert not any(t and t.startswith("ESP") for _, _, t in triples), triples
