"""A state's ministries and agencies by the names the news uses (organisations.tsv): "the
Foreign Office" is the British government. Sentences written for these tests, each before its
fix."""
from __future__ import annotations

import pytest
from test_coder_recall import engine_triples


@pytest.mark.parametrize(("text", "expected"), [
    ("The Foreign Office urged Israel to show restraint.", [("GBRGOV", "020", "ISR")]),
    ("The Home Office criticised France.", [("GBRGOV", "111", "FRA")]),
])
def test_an_agency_by_its_usual_name(engine, text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert engine_triples(engine, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # another state named on the agency's name: that state's own office of the kind
    ("The German Foreign Office criticised Russia.", [("DEUGOV", "111", "RUS")]),
    ("Germany's Foreign Office criticised Russia.", [("DEUGOV", "111", "RUS")]),
    ("The British Foreign Office criticised Russia.", [("GBRGOV", "111", "RUS")]),
])
def test_another_state_named_on_an_agency(engine, text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert engine_triples(engine, text) == expected
