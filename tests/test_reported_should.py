"""What a speaker says another side *should* do is an appeal (CAMEO 02), as "must" is a demand
(10): "Jack Straw said Iran should halt enrichment", "Japan should lift its ban, Mr Bush said".
The annotation guidelines code such reported words as an appeal to the clause's subject. Only a
reported clause counts, with an actor as its active subject: a thing ("the deal should be signed")
or a passive subject ("Iran should not be punished", an appeal to someone else on Iran's behalf)
is no appeal to it, and an unplaced speaker makes no event; nor is "both countries should ..." (the
speaker's own side among them), "should have" a right, or "should have done" (a reproach).
Sentences written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest
from test_coder_recall import engine_triples

SPRING_2005 = dt.date(2005, 3, 1)


@pytest.mark.parametrize(("text", "expected"), [
    ("Jack Straw said Iran should halt enrichment.", [("GBRGOV", "02", "IRN")]),
    ("Japan should lift its ban on American beef, President George W Bush said.", [("USAGOV", "02", "JPN")]),
    ("The French foreign minister said Israel should withdraw its settlers from Gaza.", [("FRAGOV", "02", "ISR")]),
    ("Russia says the United States should stay out of Ukraine's election.", [("RUS", "02", "USA")]),
    ("Iran ought to suspend enrichment, the German chancellor said.", [("DEUGOV", "02", "IRN")]),
])
def test_what_another_side_should_do_is_an_appeal(engine, text: str, expected) -> None:
    assert engine_triples(engine, text, date=SPRING_2005, digits=2) == expected


@pytest.mark.parametrize("text", [
    "Jack Straw said the deal should be signed by March.",
    "Jack Straw said Iran should not be punished for the delay.",
    "Analysts said China should benefit from the deal with Brazil.",
    "Jack Straw wondered in 2004 whether Iran should halt enrichment.",
    "If Iran should halt enrichment, the talks would resume.",
    # both sides, the speaker's own among them, is no appeal to the other
    "Both countries should respect each other's interests, the Chinese foreign minister said.",
    "The Chinese foreign minister said the two countries should deepen their trade ties with Japan.",
    # a right or a possession, and what should have been done, are not asked of anyone
    "The Commission said Greece should have sole rights to the name.",
    "Jack Straw said Iran should have told the inspectors sooner.",
])
def test_no_appeal_without_a_reported_actor_subject(engine, text: str) -> None:
    assert engine_triples(engine, text, date=SPRING_2005, digits=2) == []


@pytest.mark.parametrize("text", [
    "China and South Korea held talks in Seoul. Both countries should respect each other's interests, "
    "the Chinese foreign minister said.",
    "China and South Korea held talks in Seoul. The two sides must deepen their ties, the Chinese foreign "
    "minister said.",
])
def test_both_sides_are_not_asked_by_one_of_them(engine, text: str) -> None:
    """Only the first sentence's talks: "both countries" names the speaker's own too."""
    assert engine_triples(engine, text, date=SPRING_2005, digits=2) == [("CHN", "04", "KOR"), ("KOR", "04", "CHN")]
