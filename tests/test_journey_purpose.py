"""A journey made to meet someone (issue 11): "X flew to Y to meet Z" reports the meeting as
done, as news writes it, where "sent troops to attack X" does not report the attack. Only a
past journey of the subject itself and a meeting-kind purpose (meet, hold talks, discuss,
sign): the purpose of sending someone else, of a journey still ahead or of a hostile act stays
unasserted. Sentences written for these tests, before the fix."""
from __future__ import annotations

import pytest
from test_coder_recall import country_triples




# The journey itself codes a visit (042) from the traveller; the meeting is both ways, so the one
# met meets the traveller too (040).
@pytest.mark.parametrize(("text", "met"), [
    ("The Chilean foreign minister flew to Lima on Monday to meet the Peruvian president.", ("PER", "04", "CHL")),
    ("The Ghanaian president travelled to Abuja to hold talks with the Nigerian leader.", ("NGA", "04", "GHA")),
])
def test_a_journey_to_meet_reports_the_meeting(engine, text, met):
    assert met in country_triples(engine, text, digits=2)


@pytest.mark.parametrize("text", [
    "The Chilean government sent an envoy to Lima to meet the Peruvian president.",
    "The Chilean foreign minister will fly to Lima to meet the Peruvian president.",
])
def test_no_meeting_reported_by_someone_else_sent_or_a_future_journey(engine, text):
    assert ("PER", "04", "CHL") not in country_triples(engine, text, digits=2)


def test_a_hostile_purpose_stays_unasserted(engine):
    text = "Chilean troops crossed the border on Monday to attack Peruvian positions."
    assert [t for t in country_triples(engine, text, digits=2) if t[1] in ("18", "19")] == []
