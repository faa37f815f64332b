"""What holds is no event (issue 11). A present-tense clause set off after a name describes a
standing state: "Turkey, which occupies northern Cyprus, said ..." reports no occupation,
"China, which supplies most of the North's fuel, ..." no delivery; a past-tense one still
reports its event. The simple present of trade, provision and hosting in prose tells a habit:
"Venezuela sells 60% of its oil to the United States", "Djibouti hosts bases of four states"; a
headline's present is news, and a past or a perfect is an event. Sentences written for these
tests (after the changes; run against the code before them: 2 of 5 and 3 of 6)."""
from __future__ import annotations

import pytest
from test_coder_recall import country_triples


def pairs(text: str, engine) -> set[tuple[str, str | None]]:
    return {(source, target) for source, _, target in country_triples(engine, text)}


@pytest.mark.parametrize(("text", "pair"), [
    # standing states
    ("Turkey, which occupies northern Cyprus, rejected the plan on Monday.", ("TUR", "CYP")),
    ("Russia, which supplies most of Armenia's gas, called for calm.", ("RUS", "ARM")),
    ("Jordan, which hosts thousands of Syrian soldiers, closed its border.", ("JOR", "SYR")),
    # habits
    ("Venezuela sells about 60% of its oil to the United States.", ("VEN", "USA")),
    ("Djibouti hosts military bases of France and Japan.", ("DJI", "FRA")),
    ("Russia supplies most of Armenia's gas.", ("RUS", "ARM")),
])
def test_what_holds_is_no_event(engine, text, pair):
    assert pair not in pairs(text, engine)


@pytest.mark.parametrize(("text", "pair"), [
    ("Turkey, which invaded northern Cyprus in 1974, rejected the plan.", ("TUR", "CYP")),
    ("Russia, which cut off Ukraine's gas on Sunday, called for talks.", ("RUS", "UKR")),
    ("Mexico hosts Guatemalan president for migration talks", ("MEX", "GTM")),
    ("Venezuela sold two oil tankers to Cuba last week.", ("VEN", "CUB")),
    ("Japan has hosted the Chinese foreign minister.", ("JPN", "CHN")),
])
def test_what_happened_is_still_coded(engine, text, pair):
    assert pair in pairs(text, engine)
