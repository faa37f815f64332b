"""An object whose sense is its plural's alone (issue 11): "arms" are weapons, an "arm" is a
branch of a company ("sold its production arm to X" is no arms sale). Sentences written for
these tests."""
from __future__ import annotations

import pytest
from test_coder_recall import engine_triples


def codes(text: str, engine) -> set[str]:
    return {code for _, code, _ in engine_triples(engine, text)}


@pytest.mark.parametrize(("text", "arms"), [
    ("Russia sold arms to Venezuela.", True),
    ("The Kremlin sold the firm's main production arm to a Chinese group.", False),
])
def test_arms_are_weapons(engine, text, arms):
    assert ("062" in codes(text, engine)) is arms
