"""Who does the act of a participle set off at the end of a sentence (issue 11). The parser
often hangs "..., accusing X of ..." on the verb of a reported clause; when that clause's own
actor is the participle's target (a state does not accuse itself), the act is the main
clause's subject's. A pronoun object of such a participle is the main clause's object: "expelled
Y's ambassador, accusing him of ...". Sentences written for these tests, before the change."""
from __future__ import annotations

import pytest
from test_coder_recall import country_triples




@pytest.mark.parametrize(("text", "expected"), [
    ("Poland demanded that Germany deliver the tanks quickly, accusing Berlin of stalling.",
     ("POL", "112", "DEU")),
    ("Ghana's president said Nigeria had closed the border, accusing Abuja of hurting trade.",
     ("GHA", "112", "NGA")),
    ("Peru expelled Bolivia's ambassador on Monday, accusing him of interfering in its elections.",
     ("PER", "112", "BOL")),
    ("Kenya summoned Uganda's envoy, accusing her of insulting the president.", ("KEN", "112", "UGA")),
])
def test_the_participle_is_the_main_subjects_act(engine, text, expected):
    assert expected in country_triples(engine, text)


@pytest.mark.parametrize(("text", "expected"), [
    # the reported clause's own actor: Russia shelled, accusing Ukraine (its dead are the shelling's
    # outcome, no event of their own: tests/test_casualties.py)
    ("Kyiv said Russia shelled Kharkiv overnight, accusing Ukrainian troops of provocations.", ("RUS", "112", "UKR")),
    # a pronoun with no actor before it stays unplaced
    ("Peru's president spoke on Monday, accusing them of lying.", None),
])
def test_the_reported_clause_keeps_its_own_participle(engine, text, expected):
    found = country_triples(engine, text)
    if expected is None:
        assert not any(code == "112" for _, code, _ in found)
    else:
        assert expected in found
