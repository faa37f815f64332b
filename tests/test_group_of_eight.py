"""The Group of Eight (issue 11): named in the annotated splits and the BBC corpus, and unknown
to the knowledge base, which knew the G7 only. Sentences written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest
from test_coder_recall import engine_triples

SPRING_2005 = dt.date(2005, 3, 1)


@pytest.mark.parametrize("group", ["the G8", "the G-8", "the Group of Eight"])
def test_the_group_of_eight_is_the_g7s_code(engine, group: str) -> None:
    # The annotation guidelines code the G7 and the G8 alike, IGOGOS (Phoenix keeps a code of
    # its own for the G8, IGOGOE; the project's annotations follow the guidelines).
    assert engine_triples(engine, f"Britain urged {group} to double aid to Africa.", date=SPRING_2005, digits=2) == [
        ("GBR", "02", "IGOGOS")]
