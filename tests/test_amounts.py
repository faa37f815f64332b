"""Which words count as an amount of money, for the coder's readings of sums ("fined X $20m",
"gave X 2bn dollars"): one test, shared by both."""
from __future__ import annotations

import pytest
from spacy.language import Language
from test_coder import nlp  # noqa: F401  (fixture)

from geopivot.events.forms import is_amount


@pytest.mark.parametrize(("word", "expected"), [
    ("5,000", True), ("20m", True), ("2bn", True), ("three", True),
    ("$", True), ("US$", True), ("€", True), ("£", True),
    ("dollars", False), ("Microsoft", False), ("loans", False),
])
def test_an_amount_is_a_number_or_a_currency_symbol(nlp: Language, word: str, expected: bool) -> None:  # noqa: F811
    doc = nlp(f"Chile paid {word} on Monday.")
    token = next(t for t in doc if t.idx == len("Chile paid "))
    assert is_amount(token) is expected
