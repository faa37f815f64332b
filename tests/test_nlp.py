"""The NLP stage: the fast attribute ruler, sentence splitting and the candidate filter."""
from __future__ import annotations

import json

import pytest
import spacy

from geopivot.datafiles import packaged
from geopivot.nlp import resolve_model_name
from geopivot.nlp.attributes import FACTORY


def _sample_texts() -> list[str]:
    path = packaged("sample_corpus/northeast_asia_2016_2019.jsonl")
    return [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines()]


def test_fast_attribute_ruler_sets_what_the_original_sets():
    name = resolve_model_name("en_core_web_sm")
    original = spacy.load(name, exclude=["ner"])
    fast = spacy.load(name, exclude=["ner"])
    fast.replace_pipe("attribute_ruler", FACTORY, config={"patterns": fast.get_pipe("attribute_ruler").patterns})

    def attrs(doc):
        return [(t.pos_, t.tag_, t.dep_, t.lemma_, str(t.morph)) for t in doc]

    texts = _sample_texts()
    assert [attrs(d) for d in fast.pipe(texts)] == [attrs(d) for d in original.pipe(texts)]


def test_fast_lemmatizer_sets_what_the_original_sets():
    from geopivot.nlp.lemmas import FastLemmatizer
    from geopivot.nlp.pipeline import _load

    name = resolve_model_name("en_core_web_sm")
    original = spacy.load(name, exclude=["ner"])
    fast = _load.__wrapped__(name, ("ner",))  # a fresh copy: other tests teach the cached one names
    assert isinstance(fast.get_pipe("lemmatizer"), FastLemmatizer)

    def lemmas(doc):
        return [(t.text, t.pos_, t.lemma_) for t in doc]

    texts = _sample_texts()
    expected = [lemmas(d) for d in original.pipe(texts)]
    for _ in range(2):  # the second pass answers from memory
        got = [lemmas(d) for d in fast.pipe(texts)]
        # The one change: a verb whose final "e" the original dropped ("hoped" -> "hop") gets it
        # back (test_verb_lemmas_keep_their_final_e); everything else is the original's answer.
        changed = [(g, e) for doc_g, doc_e in zip(got, expected) for g, e in zip(doc_g, doc_e) if g != e]
        assert all(g[2] == e[2] + "e" and g[1] == "VERB" for g, e in changed), changed
        assert len(changed) < 0.002 * sum(map(len, expected))


@pytest.mark.parametrize(("text", "word", "lemma"), [
    # spaCy's rule lemmatizer returns the last suffix rule's word when both are English verbs
    # ("hoped" -> "hop"); an undoubled consonant after a short vowel says the "e" was dropped
    ("They hoped for a deal.", "hoped", "hope"),
    ("Seoul fined the company.", "fined", "fine"),
    ("Workers staged a strike.", "staged", "stage"),
    ("The army is waging war.", "waging", "wage"),
    ("She hopes to meet him.", "hopes", "hope"),
    ("Rebels were riding north.", "riding", "ride"),
    ("The strikes spared the city.", "spared", "spare"),
    # a doubled consonant, or a stem that cannot take an "e", stays as it was
    ("The rabbit hopped away.", "hopped", "hop"),
    ("The minister visited Japan.", "visited", "visit"),
    ("The army routed the rebels.", "routed", "rout"),
    ("He fixes the roof.", "fixes", "fix"),
])
def test_verb_lemmas_keep_their_final_e(engine, text: str, word: str, lemma: str) -> None:
    doc = engine.nlp(text)
    assert next(t.lemma_ for t in doc if t.text == word) == lemma


@pytest.mark.parametrize(("text", "expected"), [
    ("Seoul protested. Beijing replied.", ["Seoul protested.", "Beijing replied."]),
    ("Talks resume in Seoul\n\nThe two sides met on Monday.", ["Talks resume in Seoul", "The two sides met on Monday."]),
    ("  Leading space.\n", ["Leading space."]),
])
def test_sentences_end_at_full_stops_and_line_breaks(engine, text, expected):
    from geopivot.nlp.sentences import sentences

    doc = engine.splitter(engine.nlp.make_doc(text))
    assert [s.text for s in sentences(doc)] == expected


@pytest.mark.parametrize(("text", "parse"), [
    ("China and Russia condemned the test.", True),           # trigger + two actors
    ("He met Putin in Moscow.", True),                        # pronoun counts as a cue
    ("The two leaders met in Beijing.", True),                # pair word counts twice
    ("North Korea tested a missile.", True),                  # unary pattern, one actor
    ("The weather in Seoul was mild.", False),                # no trigger
    ("Analysts met in a hotel.", False),                      # trigger, no actor cue
    ("Seoul will hold elections.", False),                    # light verb without its object
])
def test_candidate_filter(engine, text, parse):
    from geopivot.nlp.sentences import sentences

    doc = engine.splitter(engine.nlp.make_doc(text))
    sent = next(sentences(doc))
    assert engine.candidates(sent, kb_matches=engine.matcher.spans(doc)) is parse


@pytest.mark.parametrize("text", [
    "", "Seoul", "!!!", "...", "Seoul protested. Beijing replied!", "Is it? Yes.", "He said: \"No.\" Then left.",
    "U.S. talks end. N.Korea walks out.", "Wait... what?! Really.", "Ends with a stop.", "a.b.c d. e",
    "(Talks end.) Next one.", "Line one\nLine two. Three",
])
def test_sentence_starts_are_spacys_sentencizer(engine, text):
    """The splitter reads words as hashes for speed; its sentence starts are the Sentencizer's."""
    from spacy.pipeline import Sentencizer

    from geopivot.nlp.sentences import SentenceSplitter
    from geopivot.nlp.tokens import tokenize

    ours = SentenceSplitter()(tokenize(engine.nlp, text.replace("\n", " ")))
    theirs = Sentencizer()(tokenize(engine.nlp, text.replace("\n", " ")))
    assert [t.is_sent_start for t in ours] == [t.is_sent_start for t in theirs]


@pytest.mark.parametrize(("text", "found"), [
    ("GENERAL ELECTRIC said", "general electric"),  # a derived company name: any of three casings
    ("General electric said", "general electric"),
    ("general electric said", "general electric"),
    ("gEneral Electric said", None),                 # but not written so
    ("Officials at TOYOTA spoke.", "toyota"),
    ("Officials at tOyOta spoke.", None),
])
def test_derived_names_are_found_as_a_text_writes_them(engine, text, found):
    doc = engine.splitter(engine.nlp.make_doc(text))
    labels = [span.label_ for span in engine.matcher.spans(doc)]
    assert labels == ([found] if found else [])


@pytest.mark.parametrize(("text", "words"), [
    # a hyphen after an abbreviation's full stop joins two names, as it does after a letter
    ("U.S.-Peru drills", ["U.S.", "-", "Peru", "drills"]),
    ("U.S.-S.Korea talks", ["U.S.", "-", "S.Korea", "talks"]),
    ("US-Peru drills", ["US", "-", "Peru", "drills"]),
    # and before a lower-case word, as after a letter ("US-based"): "U.S.-led", "U.S.-drafted"
    # name the United States (expectation changed at the twenty-fourth stop)
    ("a U.S.-based firm", ["a", "U.S.", "-", "based", "firm"]),
    ("a U.S.-drafted resolution", ["a", "U.S.", "-", "drafted", "resolution"]),
    # not before a number
    ("the U.S.-2 plane", ["the", "U.S.-2", "plane"]),
])
def test_a_hyphen_after_an_abbreviation_splits_before_a_name(engine, text, words):
    assert [t.text for t in engine.nlp.make_doc(text)] == words
