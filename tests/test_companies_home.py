"""Companies that 2004-05 business news names, by their home country (companies.tsv). Sentences
written for these tests, each before its fix."""
from __future__ import annotations

import pytest
from test_coder_recall import engine_triples


@pytest.mark.parametrize(("company", "code"), [
    ("Euronext", "FRABUS"),
    ("SAIC", "CHNBUS"),
    ("Nanjing Automobile", "CHNBUS"),
    ("Dongfeng", "CHNBUS"),
    ("Porsche", "DEUBUS"),
    ("Vivendi Universal", "FRABUS"),
    ("Electronic Data Systems", "USABUS"),
    ("Cadbury Schweppes", "GBRBUS"),
    ("MG Rover", "GBRBUS"),
    ("Ambev", "BRABUS"),
    ("Shin Corp", "THABUS"),
    ("InBev", "BELBUS"),
])
def test_a_company_is_its_home_country_business(engine, company: str, code: str) -> None:
    assert engine_triples(engine, f"{company} criticised Japan.") == [(code, "111", "JPN")]
