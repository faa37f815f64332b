"""The full code of an event the model found: the most specific code a trigger word of the
sentence gives the model's root, that word its trigger; else the root's base code and no
trigger (docs/event-model.md)."""
from __future__ import annotations

import numpy as np
import pytest

from geopivot.eventmodel.combine import Candidate, Policy, combine_sentence
from geopivot.eventmodel.inputs import LABELS
from geopivot.events.ontology import load_ontology
from geopivot.events.root_codes import WordCode, root_codes
from geopivot.models import Actor, ActorMention, Article, CodedArticle, Sentence


@pytest.mark.parametrize(("text", "root", "code"), [
    # a verb row
    ("The two sides signed a trade pact in the capital on Monday.", "05", "057"),
    # a particle the row names
    ("Officials called off the planned visit after the row.", "16", "160"),
    # a light verb's object
    ("The delegation held talks in the city on Tuesday.", "04", "046"),
    # a noun row
    ("The air strikes came hours after the ceasefire ended.", "19", "195"),
    # a row's negated code speaks for its own root: "refused to meet" under root 12
    ("Officials refused to meet the envoy.", "12", "125"),
])
def test_a_trigger_word_gives_its_root_a_code(engine, text, root, code):
    doc = engine.nlp(text)
    assert root_codes(doc[:], engine.coder.patterns)[root].code == code


def test_a_row_that_asks_for_an_object_needs_it(engine):
    doc = engine.nlp("The minister held a press conference on Monday.")
    found = root_codes(doc[:], engine.coder.patterns).get("04")
    assert found is None or found.code != "046"


def test_the_word_that_gives_the_code_is_kept(engine):
    text = "The two sides signed a trade pact in the capital on Monday."
    word = root_codes(engine.nlp(text)[:], engine.coder.patterns)["05"]
    assert text[word.start:word.end] == "signed"


TEXT = "France and Germany signed it."
SRC = ActorMention("France", 0, 6, Actor("FRA", "France", "FRA", None, "state"))
TGT = ActorMention("Germany", 11, 18, Actor("DEU", "Germany", "DEU", None, "state"))
ARTICLE = CodedArticle(Article(id="a", text=TEXT), (Sentence("a", 0, TEXT, 0, len(TEXT)),), ())


def _probs(root: int, p: float) -> np.ndarray:
    row = np.zeros(len(LABELS), dtype=np.float32)
    row[0], row[root] = 1 - p, p
    return row


SIGNED = WordCode("057", 19, 25)  # "signed" in TEXT


@pytest.mark.parametrize(("codes", "root", "expected"), [
    ({"05": SIGNED}, 5, ("057", "signed")),            # the sentence's word for the root
    ({"04": WordCode("046", 19, 25)}, 5, ("050", "")),  # no word for this root: its base code
    ({}, 19, ("190", "")),
    ({"05": WordCode("0999", 19, 25)}, 5, ("050", "")),  # a code the ontology lacks is never emitted
])
def test_a_model_event_takes_the_code_of_the_sentence_word_for_its_root(codes, root, expected):
    pair = Candidate(0, 0, TEXT, SRC, TGT, codes=codes)
    [event] = combine_sentence([], [(pair, _probs(root, 0.9))], ontology=load_ontology(),
                               policy=Policy(threshold=0.5), article=ARTICLE)
    assert (event.event_type.code, event.trigger_text, event.coder) == (*expected, "model")


def test_the_engine_gives_candidates_their_sentence_codes(engine):
    articles = [Article.from_text("a", "Japan and India signed a trade pact in Tokyo on Monday.")]
    _, candidates = engine.code_with_candidates(articles, candidates=True)
    assert candidates and all(c.codes["05"].code == "057" for c in candidates)
