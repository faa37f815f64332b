"""Headlines the parser cannot read (issue 11): en_core_web_sm parses many wire headlines as one
noun phrase ("sign" as a compound of "deal") or leaves the visited capital an adverb. When the
parse-based coder finds nothing in a headline, geopivot.events.headlines reads it as headline
writers write: subjects, a trigger verb, then its object or preposition. Headlines written for
these tests; the fake lookup of test_coder_losses resolves actors."""
from __future__ import annotations

import pytest
from spacy.language import Language
from test_coder import coder, nlp  # noqa: F401  (fixtures)
from test_coder_losses import triples

from geopivot.events.coder import EventCoder
from geopivot.events.headlines import is_headline


@pytest.mark.parametrize(("text", "expected"), [
    # two subjects and a joint act, however parsed: both ways
    ("Chile, Peru sign Andes mining deal", [("CHL", "057", "PER"), ("PER", "057", "CHL")]),
    ("Japan, Vietnam sign deal on cross-border rail line", [("JPN", "057", "VNM"), ("VNM", "057", "JPN")]),
    ("Japan, Vietnam sign rail deal", [("JPN", "057", "VNM"), ("VNM", "057", "JPN")]),
    # a visited capital or a summoned envoy the parser left as an adverb
    ("Indian president visits Tokyo", [("IND", "042", "JPNGOV")]),
    ("Putin visits Tokyo", [("RUSGOV", "042", "JPNGOV")]),
    ("Japan summons Chinese ambassador", [("JPN", "114", "CHN")]),
    # a guest the parser hung as an apposition
    ("Japan's Abe hosts Vietnam's Phuc", [("JPNGOV", "043", "VNM"), ("VNM", "042", "JPNGOV")]),
    ("Vietnam urges China to halt drilling", [("VNM", "020", "CHN")]),
    # no verb at all: "X in Y for talks" is a visit
    ("Indian president in Tokyo for talks", [("IND", "042", "JPNGOV")]),
    ("Putin in Seoul for summit with Moon", [("RUSGOV", "042", "KORGOV")]),
    # announced acts: "to" + verb is the row's intent
    ("Japan, Vietnam to sign rail deal", [("JPN", "030", "VNM"), ("VNM", "030", "JPN")]),
])
def test_headline_forms_the_parse_misses(nlp: Language, coder: EventCoder, text: str,
                                         expected: list[tuple[str, str, str | None]]) -> None:
    assert triples(nlp, coder, text) == expected


@pytest.mark.parametrize("text", [
    "China trade talks stall",                 # a noun, not a verb, after one subject
    "Japan may sign Vietnam deal",             # a modal: not yet an act
    "Japan, Vietnam never sign rail deal",     # negated
    "Japan sees no deal with Vietnam",         # no trigger row
    "Japanese tourists in Seoul for shopping",  # a stay, not a visit for talks
])
def test_headlines_without_an_event(nlp: Language, coder: EventCoder, text: str) -> None:
    assert triples(nlp, coder, text) == []


@pytest.mark.parametrize(("text", "headline"), [
    ("Japan, Vietnam sign rail deal", True),
    ("Japan and Vietnam signed a rail deal.", False),
    ('"We signed it," he said. "', False),
    ("Is Japan ready?", False),
])
def test_what_counts_as_a_headline(nlp: Language, text: str, headline: bool) -> None:
    assert is_headline(nlp(text)[:]) is headline
