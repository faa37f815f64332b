"""A question reports no event, also when a closing quote follows it after a space, as the
BBC's quoted questions end ('... declared? "'). Written before the fix (the first coded 1712)."""
from __future__ import annotations

import pytest
from test_coder_recall import engine_triples

from geopivot.events.modality import is_question


@pytest.mark.parametrize(("text", "question"), [
    ('Is it UKIP\'s job to destroy the Tories, as its leader once declared? "', True),
    ("Will China attack Taiwan?", True),
    ('"Will China attack Taiwan?"', True),
    ("China attacked Taiwan.", False),
    ('He asked: "Why?" and left.', False),
])
def test_is_question(text, question):
    assert is_question(text) is question


def test_a_quoted_question_codes_nothing(engine):
    assert engine_triples(engine, 'Is it UKIP\'s job to destroy the Tories, as its leader once declared? "') == []
