"""The article's state (issue 11, item 3): a state's organ or office named with no state ("the
prime minister", "ministers", "police", "MPs") and a generic group ("protesters") in a sentence
that names no state of its own belong to the state the article is about so far, when one state
clearly leads it; never in a sentence read alone, nor in an article about two states equally.
Articles written for these tests, each before its fix."""
from __future__ import annotations

import datetime as dt

import pytest

from geopivot.models import Article

SPRING_2005 = dt.date(2005, 3, 1)

BRITAIN = ("Chancellor Gordon Brown has defended Britain's economic record. "
           "Mr Brown told reporters that the economy would keep growing.")
ZIMBABWE = ("Zimbabwe's President Robert Mugabe has dissolved parliament. "
            "Mr Mugabe said Zimbabwe would hold elections in March.")
TWO_STATES = ("France and Germany have agreed a common position on the budget. "
              "Germany and France will present it next week.")


def last_sentence_triples(engine, lead: str, sentence: str, *, digits: int = 4) -> list[tuple[str, str, str | None]]:
    """The events of ``sentence`` read after ``lead`` in one article: (source code, code cut to
    ``digits``, target code), sorted."""
    text = f"{lead} {sentence}".strip()
    coded = engine.code_articles([Article.from_text("t", text, date=SPRING_2005)])[0]
    last = max(s.index for s in coded.sentences)
    return sorted((e.source.actor.code, e.event_type.code[:digits], e.target.actor.code if e.target else None)
                  for e in coded.events if e.sentence_index == last)


@pytest.mark.parametrize(("lead", "sentence", "expected"), [
    (BRITAIN, "Tory leader Michael Howard attacked the prime minister over taxes.", [("GBROPP", "111", "GBRGOV")]),
    (BRITAIN, "Ministers praised the police for their work.", [("GBRGOV", "051", "GBRCOP")]),
    (BRITAIN, "MPs criticised the home secretary.", [("GBRLEG", "111", "GBRGOV")]),
    (ZIMBABWE, "The authorities condemned the opposition.", [("ZWEGOV", "111", "ZWEOPP")]),
])
def test_an_unplaced_organ_is_the_articles_state(engine, lead: str, sentence: str,
                                                 expected: list[tuple[str, str, str | None]]) -> None:
    assert last_sentence_triples(engine, lead, sentence) == expected


@pytest.mark.parametrize(("lead", "sentence", "expected"), [
    (BRITAIN, "Thousands of protesters demonstrated outside parliament.", [("GBR", "14", "GBR")]),
    (ZIMBABWE, "Police arrested dozens of protesters.", [("ZWE", "17", "ZWE")]),
])
def test_a_generic_group_is_the_articles_state(engine, lead: str, sentence: str,
                                               expected: list[tuple[str, str, str | None]]) -> None:
    found = last_sentence_triples(engine, lead, sentence, digits=2)
    assert sorted({(s[:3], c, t[:3] if t else None) for s, c, t in found}) == expected


@pytest.mark.parametrize(("lead", "sentence"), [
    # read alone: no article to take a state from
    ("", "Ministers praised the police for their work."),
    ("", "MPs criticised the home secretary."),
    # two states lead the article equally: neither is guessed
    (TWO_STATES, "Ministers praised the police for their work."),
    # the sentence names another state: its police may be that state's (a place the act is
    # done in places them, below)
    (BRITAIN, "Police detained two Jamaican singers."),
    # counterparts are by definition another's
    (ZIMBABWE, "The state media attacked its counterparts for biased coverage."),
    # an office one person holds, in the bare plural, is its holders over time, not the holder
    (BRITAIN, "Chancellors have resigned over budget leaks before."),
    (BRITAIN, "Prime ministers have often criticised the BBC."),
])
def test_no_state_is_guessed(engine, lead: str, sentence: str) -> None:
    assert last_sentence_triples(engine, lead, sentence) == []


def test_police_acting_in_a_named_place_are_that_places(engine) -> None:
    # Since the nineteenth stop police the article does not place are a generic side that the
    # place of their act places, as "police in Paris" always were: the detention is in Jamaica.
    assert last_sentence_triples(engine, BRITAIN, "Police detained two Jamaican singers in Kingston.") == \
        [("JAMCOP", "173", "JAM")]


def test_two_men_are_not_the_articles_two_people(engine) -> None:
    # "two men", without "the", are nobody named before: read as in the sentence alone (an
    # arrest in France), not as the article's two Britons
    alone = last_sentence_triples(engine, "", "French police arrested two men.")
    assert last_sentence_triples(engine, BRITAIN, "French police arrested two men.") == alone
    assert all(target is None or not target.startswith("GBR") for _, _, target in alone)


def test_the_sentences_own_state_comes_first(engine) -> None:
    assert last_sentence_triples(engine, BRITAIN, "French ministers praised the French police.") == [
        ("FRAGOV", "051", "FRACOP")]
