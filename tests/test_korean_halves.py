"""Korean news names the two states by their halves: "the North" is North Korea and "the South"
South Korea in an article that names either Korea ("S. Korea urges North to return to talks").
Elsewhere the words stay places. Sentences written for these tests, before the fix."""
from __future__ import annotations

import pytest
from test_coder_recall import country_triples


@pytest.mark.parametrize(("text", "expected"), [
    ("S. Korea urges North to return to six-party talks", [("KOR", "02", "PRK")]),
    ("South Korea urged the North to return to the talks.", [("KOR", "02", "PRK")]),
    ("North Korea accused the South of staging provocations.", [("PRK", "11", "KOR")]),
    # as with "North Korea's missile launch": the launch is the North's own act too
    ("Seoul criticised the North's missile launch.", [("KOR", "11", "PRK"), ("PRK", "15", None)]),
])
def test_a_half_of_korea_is_that_state(engine, text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert country_triples(engine, text, digits=2) == expected


@pytest.mark.parametrize("text", [
    "Sudan's army attacked rebels in the South.",
    "Britain criticised the North for its poor record on rail investment.",
])
def test_outside_korea_the_halves_stay_places(engine, text: str) -> None:
    assert not any("PRK" in (s, t) or "KOR" in (s, t) for s, _, t in country_triples(engine, text, digits=2))
