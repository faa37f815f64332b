"""An organ of a state named before it in the same sentence: "The Liberal Democrats criticised
ministers over the plan" in a sentence read alone is Britain's ministers, as "the government"
after them already was. Until now only the sentences before one placed "ministers", "MPs" or
"police" (a reader of a British story takes "the home secretary" as Britain's), so a lone
sentence, or an article's first, left them unplaced. The same guards hold: no other state named
in the sentence, no troops, officials or envoys guessed, a definite or bare plural only.
Sentences written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest
from test_coder_recall import engine_triples

EARLY_2005 = dt.date(2005, 2, 1)


@pytest.mark.parametrize(("text", "expected"), [
    ("The Liberal Democrats criticised ministers over the plan.", [("GBROPP", "111", "GBRGOV")]),
    ("Michael Howard accused ministers of losing control of immigration.", [("GBROPP", "112", "GBRGOV")]),
    ("Tony Blair praised the police for their handling of the protest.", [("GBRGOV", "051", "GBRCOP")]),
])
def test_an_organ_after_its_state_in_the_sentence(engine, text: str, expected) -> None:
    assert engine_triples(engine, text, date=EARLY_2005) == expected


@pytest.mark.parametrize("text", [
    # another state named: the organ may be either's
    "Tony Blair criticised ministers over the deal with Iraq.",
    # troops and officials are as often another state's
    "Tony Blair praised troops for their courage.",
    "Tony Blair met officials on Monday.",
])
def test_no_guess_where_the_organ_may_be_another_states(engine, text: str) -> None:
    assert engine_triples(engine, text, date=EARLY_2005) == []


def test_a_relative_is_no_office_holder(engine) -> None:
    """"His wife Sharon" is a private person, not Israel's prime minister of 2005: a kinship word
    before a bare name rules a known person out, so the police she called are no state's."""
    assert engine_triples(engine, "His wife Sharon, who called the police, said the rings were taken.",
                          date=EARLY_2005) == []
