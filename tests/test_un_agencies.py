"""UN agencies are the UN's (issue 11): UNICEF, the World Food Programme, UNHCR and the other
programmes and offices of the United Nations are coded under CAMEO's ``IGOUNO`` with the agency
after it (``IGOUNOKID``, as the Phoenix dictionaries code UNICEF), so that at country level they
are the UN, as the annotation guidelines and the written sets code them. The IAEA, the World Bank
and the IMF keep the codes the guidelines list. Sentences written for these tests, before the
change."""
from __future__ import annotations

import datetime as dt

import pytest
from test_coder_recall import engine_triples

SPRING_2008 = dt.date(2008, 3, 1)


@pytest.mark.parametrize(("text", "expected"), [
    ("UNICEF urged Sudan to protect children.", [("IGOUNOKID", "020", "SDN")]),
    ("The World Food Programme accused Ethiopia of blocking aid.", [("IGOUNOWFP", "112", "ETH")]),
    ("UNHCR criticised Kenya over the camps.", [("IGOUNOHCR", "111", "KEN")]),
    # the UN and its own agency are two sides, as a government and its police are
    ("The UN praised UNICEF.", [("IGOUNO", "051", "IGOUNOKID")]),
    # the IAEA keeps the code the guidelines list
    ("The IAEA criticised Iran.", [("IGOIAE", "111", "IRN")]),
])
def test_an_agency_is_the_uns(engine, text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert engine_triples(engine, text, date=SPRING_2008) == expected
