"""Where a threatened move goes is not whom it threatens: "threatened to move its factory to
China", "threatened to take the jobs to Hungary" (written for this test, before the fix, which
coded China and Hungary as the threatened). What a complement does to someone still names them
("threatened to retaliate against X", "considering sending aid to X")."""
from __future__ import annotations

import pytest
from test_coder_recall import engine_triples


@pytest.mark.parametrize("text", [
    "Toyota threatened to move its factory to China.",
    "Siemens threatened to take the factory and its jobs to Hungary.",
])
def test_a_threatened_moves_destination_is_not_threatened(engine, text):
    assert not any(t and t[:3] in ("CHN", "HUN") for _, _, t in engine_triples(engine, text))


@pytest.mark.parametrize(("text", "expected"), [
    ("Iran threatened to retaliate against Israel.", ("IRN", "13", "ISR")),
    ("Japan is considering sending aid to Indonesia.", ("JPN", "01", "IDN")),  # 014
])
def test_a_complements_counterpart_is_still_the_target(engine, text, expected):
    triples = [(s[:3], c[:2], t[:3] if t else None) for s, c, t in engine_triples(engine, text)]
    assert expected in triples, triples
