"""Wire datelines ("SEOUL, March 3 (Yonhap) --", "KABUL (Reuters) -"): the dateline is not part
of the lead sentence the parser reads, and the state it names places the article's groups
(issue 11: "a generic group takes the state named in the sentence or the article's dateline").
Sentences written for these tests, each before its fix."""
from __future__ import annotations

import pytest
from test_coder_recall import country_triples


@pytest.mark.parametrize(("text", "expected"), [
    ("SEOUL, March 3 (Yonhap) -- Officials met.", "SEOUL, March 3 (Yonhap) --"),
    ("KABUL (Reuters) - Rebels attacked.", "KABUL (Reuters) -"),
    ("BEIJING, Dec. 15, 2017 (Xinhua) -- China said.", "BEIJING, Dec. 15, 2017 (Xinhua) --"),
    ("WASHINGTON (AP) \u2014 The president said.", "WASHINGTON (AP) \u2014"),
    ("UNITED NATIONS, Jan 5 (Reuters) - The council voted.", "UNITED NATIONS, Jan 5 (Reuters) -"),
    ("LONDON \u2014 Ministers met on Monday.", "LONDON \u2014"),
    # not datelines: a headline's dash, a plain sentence, a sentence naming its agency later
    ("US - China talks resume in Geneva", None),
    ("Seoul and Tokyo agreed to talks (Reuters) - officials said.", None),
    ("The talks resumed on Monday.", None),
])
def test_a_dateline_at_the_start_of_a_line_is_found(text, expected):
    from geopivot.nlp.sentences import dateline_end

    end = dateline_end(text)
    assert (text[:end].strip() if end else None) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the lead sentence after a dateline is parsed without it
    ("KABUL, March 3 (Reuters) - The United States and Afghanistan signed a security pact on Monday.",
     [("AFG", "05", "USA"), ("USA", "05", "AFG")]),
    ("SEOUL, March 3 (Yonhap) -- South Korea and Japan held talks on Monday.",
     [("JPN", "04", "KOR"), ("KOR", "04", "JPN")]),
    # the dateline's state places the groups of the story, before another state the sentence names
    ("KABUL (Reuters) - Rebels kidnapped two American engineers on Monday.", [("AFG", "18", "USA")]),
    ("Afghan rebels attack convoy\nKABUL (Reuters) - Rebels kidnapped two American engineers on Monday.",
     [("AFG", "18", "USA")]),
    # without a dateline, the one state named (as before)
    ("Rebels kidnapped two Afghan engineers on Monday.", [("AFG", "18", "AFG")]),
    # a place in the group's own phrase still comes first
    ("ISLAMABAD (Reuters) - Rebels in Kabul kidnapped two American engineers on Monday.",
     [("AFG", "18", "USA")]),
])
def test_wire_leads(engine, text, expected):
    assert country_triples(engine, text, digits=2) == expected


def test_a_dateline_is_a_sentence_of_its_own(engine):
    from geopivot.models import Article

    coded = engine.code_articles([Article.from_text(
        "a", "SEOUL, March 3 (Yonhap) -- South Korea and Japan held talks on Monday.")])[0]
    assert [s.text for s in coded.sentences] == ["SEOUL, March 3 (Yonhap) --",
                                                 "South Korea and Japan held talks on Monday."]


@pytest.mark.parametrize(("text", "expected"), [
    # a wire service's tag before a headline ("(LEAD)", "(2nd LD)", "(News Focus)") is no part of it
    ("(LEAD) S. Korea, U.S. agree to resume joint drills", [("KOR", "0312", "USA"), ("USA", "0312", "KOR")]),
    ("(2nd LD) S. Korea summons Japanese envoy over textbook row", [("KOR", "114", "JPN")]),
])
def test_a_wire_tag_is_not_part_of_its_headline(engine, text, expected):
    from geopivot.models import Article

    coded = engine.code_articles([Article.from_text("a", text)])[0]
    assert sorted((e.source.actor.country, e.event_type.code, e.target.actor.country) for e in coded.events) \
        == expected
    assert not [e for e in coded.events if e.source.text.startswith("(")]


@pytest.mark.parametrize("text", ["(The figures exclude Scotland.)", "(Reporting by staff) said little"])
def test_a_parenthesis_in_prose_is_no_wire_tag(text):
    from geopivot.nlp.sentences import wire_tag_end

    assert wire_tag_end(text) is None
