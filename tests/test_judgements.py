"""Calling something by a judging word (issue 11): "X called Y's decision unacceptable" criticises
Y (111), "X called the deal a milestone" with Y's name praises (051); the thing judged names the
target, as the object of "criticised Y's decision" does. Sentences written for these tests, each
before its fix."""
from __future__ import annotations

import datetime as dt

import pytest
from test_coder_recall import engine_triples

SPRING_2008 = dt.date(2008, 3, 1)


@pytest.mark.parametrize(("text", "expected"), [
    ("Peru called Chile's decision unacceptable.", [("PER", "111", "CHL")]),
    ("Peru called the Chilean plan a provocation.", [("PER", "111", "CHL")]),
    ("Peru called Chile a rogue state.", [("PER", "111", "CHL")]),
    ("Peru branded Chile's new law illegal.", [("PER", "111", "CHL")]),
    ("Peru described Chile's decision as a betrayal.", [("PER", "111", "CHL")]),
    ("Peru called Chile's offer a historic step.", [("PER", "051", "CHL")]),
    # no judging word: no event
    ("Peru called Chile's plan the first of its kind.", []),
    # the thing judged names no one: no event
    ("Peru called the weather unacceptable.", []),
    # negated
    ("Peru did not call Chile's decision illegal.", []),
])
def test_calling_something_by_a_judging_word(engine, text: str,
                                             expected: list[tuple[str, str, str | None]]) -> None:
    assert engine_triples(engine, text, date=SPRING_2008) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the judged thing may run long before the judging word
    ("Jacques Chirac has called the UK's 3bn rebate from the European Union unjustified.",
     [("FRAGOV", "111", "GBR")]),
])
def test_a_long_judged_phrase(engine, text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert engine_triples(engine, text, date=dt.date(2005, 3, 1)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a reported clause whose predicate is a judging noun
    ("Peru said Chile's decision to close the border was a serious mistake.", [("PER", "111", "CHL")]),
    ("Peru said the Chilean plan was a provocation.", [("PER", "111", "CHL")]),
    # not negated, and naming someone
    ("Peru said Chile's decision was not a mistake.", []),
    ("Peru said the decision was a mistake.", []),
    # not reported words: no event
    ("Chile's decision was a mistake.", []),
])
def test_a_reported_clause_judged_by_a_noun(engine, text: str,
                                            expected: list[tuple[str, str, str | None]]) -> None:
    assert engine_triples(engine, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # words that judge a person's or a state's conduct, reported or called
    ("Peru said Chile was wrong to close the border.", [("PER", "111", "CHL")]),
    ("Peru said the Chilean government had been naive.", [("PER", "111", "CHLGOV")]),
    ("Peru called Chile's approach misguided.", [("PER", "111", "CHL")]),
    ("Peru said Chile's leaders were arrogant and dishonest.", [("PER", "111", "CHLGOV")]),
    ("Peru branded the Chilean minister incompetent.", [("PER", "111", "CHL")]),
    # a judgement of no one's conduct, or a negated one: no event
    ("Peru said the forecasts were wrong.", []),
    ("Peru said Chile was not wrong to close the border.", []),
])
def test_more_words_that_judge_conduct(engine, text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert engine_triples(engine, text, date=SPRING_2008) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "call on" and "call for" are an appeal, not a naming: a judging word inside what is asked
    # does not judge the one asked
    ("Peru called on Chile to hold constructive talks.", [("PER", "020", "CHL")]),
    ("Peru called on Chile to drop its unacceptable demands.", [("PER", "020", "CHL")]),
])
def test_calling_on_someone_is_not_naming_them(engine, text: str,
                                               expected: list[tuple[str, str, str | None]]) -> None:
    assert engine_triples(engine, text, date=SPRING_2008) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the passive: the agent judges, the subject is the thing judged (its owner the target)
    ("Chile's decision was branded a provocation by Peru.", [("PER", "111", "CHL")]),
    ("Chile's new law was called illegal by Peru.", [("PER", "111", "CHL")]),
    ("The Chilean plan has been described as a betrayal by Peru.", [("PER", "111", "CHL")]),
    ("Chile's offer was described as constructive by Peru.", [("PER", "051", "CHL")]),
    ("Chile was called a rogue state by Peru.", [("PER", "111", "CHL")]),
    # no agent: nobody judges
    ("Chile's decision was branded a provocation.", []),
    # the thing judged names no one
    ("The weather was called unacceptable by Peru.", []),
])
def test_a_passive_naming_judges_its_subject(engine, text: str,
                                             expected: list[tuple[str, str, str | None]]) -> None:
    assert engine_triples(engine, text, date=SPRING_2008) == expected


@pytest.mark.parametrize("text", [
    # a reduced passive: the noun it describes is the thing judged
    "Chile's plan, branded illegal by Peru, was dropped a week later.",
    # "in a move branded ...": the move sums up the clause before it, whose subject made it
    "Chile closed its border with Bolivia, in a move branded a provocation by Peru.",
])
def test_a_reduced_passive_naming_judges_what_it_describes(engine, text: str) -> None:
    assert ("PER", "111", "CHL") in engine_triples(engine, text, date=SPRING_2008)


@pytest.mark.parametrize(("text", "expected"), [
    # the judge named after "by" is not the thing judged; an act's own doer ("by Peru" inside the
    # subject) is who is judged, not the people it was done to
    ("The expulsion of two Chilean diplomats by Peru was described by Santiago as a provocation.",
     ("CHLGOV", "111", "PER")),
])
def test_a_passive_naming_judges_the_doer_of_the_act(engine, text: str, expected) -> None:
    assert expected in engine_triples(engine, text, date=SPRING_2008)
