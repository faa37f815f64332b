"""What an appeal, an approval, a disapproval or a rejection (roots 02, 05, 11, 12) judges is not
an event of its own in that sentence: "N. Korea slams S. Korea-U.S. drills" is North Korea's
criticism of the two states, not a report of their drills. Other verbs' objects keep their own
reading. Sentences written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest
from test_coder_recall import country_triples

DATE = dt.date(2013, 3, 1)


@pytest.mark.parametrize(("text", "expected"), [
    ("China slams Japan-U.S. drills near disputed islands",
     [("CHN", "11", "JPN"), ("CHN", "11", "USA")]),
    ("Beijing criticised the US-Japan drills.", [("CHN", "11", "JPN"), ("CHN", "11", "USA")]),
])
def test_the_thing_judged_is_not_coded_again(engine, text: str, expected) -> None:
    assert country_triples(engine, text, digits=2, date=DATE) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "held" is no judgement: the drills are the event
    ("Japan and the US held joint drills near the islands.", [("JPN", "06", "USA"), ("USA", "06", "JPN")]),
])
def test_other_verbs_keep_their_objects_events(engine, text: str, expected) -> None:
    assert country_triples(engine, text, digits=2, date=DATE) == expected
