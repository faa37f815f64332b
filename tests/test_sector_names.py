"""A sector word inside a name the knowledge base lacks (issue 11): "Independent News & Media"
and "the European People's Party" name those bodies, not the media or civilians in general; the words alone still name sectors. Sentences written
for these tests, before the fix."""
from __future__ import annotations

import pytest
from test_coder_recall import engine_triples


@pytest.mark.parametrize(("text", "expected"), [
    ("Independent News & Media is buying a stake in Jagran, an Indian firm.", []),
    ("The European People's Party attacked the European Commission for backing down.", []),
    # the words alone
    ("Activists criticised the European Commission.", [("CVL", "111", "IGOEEC")]),
    ("Indian media criticised the European Commission.", [("INDMED", "111", "IGOEEC")]),
])
def test_a_sector_word_inside_an_unknown_name_is_no_sector(engine, text: str,
                                                           expected: list[tuple[str, str, str | None]]) -> None:
    assert engine_triples(engine, text) == expected
