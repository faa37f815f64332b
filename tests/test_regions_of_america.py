"""Latin, South, Central and North America are regions, not the United States (issue 11): the
knowledge base's "America" and "American" matched inside them, so "made state visits to Latin
America" coded a visit to the US and "the only South American country" named it. Names written
for these tests; the United States itself stays."""
from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def mentions():
    from geopivot.eventmodel.texts import TextMentions
    return TextMentions.load()


@pytest.mark.parametrize("text", [
    "King Juan Carlos made state visits to Latin America.",
    "Paraguay is the only South American country that recognises Taipei.",
    "Central American leaders met in Guatemala.",
    "North American markets fell on Monday.",
    "Brazil hosted a summit of South American states.",
])
def test_a_region_of_america_is_not_the_united_states(mentions, text: str) -> None:
    assert "USA" not in {m.actor.country for m in mentions(text)}


@pytest.mark.parametrize("text", [
    "American troops left Iraq.",
    "The South Korean president visited America.",
    "Latin leaders criticised the American embargo on Cuba.",
])
def test_america_itself_is_the_united_states(mentions, text: str) -> None:
    assert "USA" in {m.actor.country for m in mentions(text)}
