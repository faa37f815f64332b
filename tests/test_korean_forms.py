"""How news names the two Korean states, and other states named in passing (issue 11, item 3,
"Korean forms"): a name that stands for both ("the two Koreas", "inter-Korean"), and a
combining form before a hyphen ("Sino-Japanese"). Sentences written for these tests, before the
fixes. (Two more forms were built with tests and not adopted: "North and South Korea" as both
states, and "the North" / "the South" in an article about Korea; docs/event-model.md.)"""
from __future__ import annotations

import pytest
from test_coder_recall import country_triples


def both_ways(root: str, a: str = "KOR", b: str = "PRK") -> list[tuple[str, str, str]]:
    return sorted([(a, root, b), (b, root, a)])


@pytest.mark.parametrize(("text", "expected"), [
    # a name for both states is two actors, however few other words name one
    ("The two Koreas held talks on Friday.", both_ways("04")),
    ("Koreas hold talks in Panmunjom", both_ways("04")),
    ("Both Koreas exchanged fire across the border.", both_ways("19")),
    ("The Koreas agreed to hold talks.", both_ways("03")),
    ("Inter-Korean talks began on Friday.", both_ways("04")),
    ("Talks between the two Koreas began on Friday.", both_ways("04")),
])
def test_a_name_for_both_koreas_is_both_sides(engine, text, expected):
    assert country_triples(engine, text, digits=2) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Sino-Japanese talks began on Friday.", both_ways("04", "CHN", "JPN")),
    ("Indo-Pakistani talks resumed in Delhi.", both_ways("04", "IND", "PAK")),
    # (found while fixing the line above: two adjectives joined by a hyphen named one state)
    ("Japanese-Chinese talks began on Friday.", both_ways("04", "CHN", "JPN")),
    # a combining form stands for its state only before a hyphen
    ("General Franco met Hitler in 1940.", []),
])
def test_a_combining_form_before_a_hyphen_names_its_state(engine, text, expected):
    assert country_triples(engine, text, digits=2) == expected
