"""Sentence boundaries without the parser: punctuation rules plus line breaks.

Registered as the spaCy factory ``geopivot_sentences`` (config version ``v1``). Line breaks
end sentences because cleaned articles keep one paragraph, heading or caption per line, and a
heading without a full stop must not run into the sentence after it.
"""
from __future__ import annotations

from collections.abc import Iterator

import numpy
from spacy.language import Language
from spacy.pipeline import Sentencizer
from spacy.tokens import Doc, Span

FACTORY = "geopivot_sentences"
VERSION = "v1"


class SentenceSplitter:
    """Rule-based sentencizer that also starts a sentence after every line break."""

    def __init__(self, name: str = FACTORY) -> None:
        self.name = name
        self.version = VERSION
        self._sentencizer = Sentencizer()

    def __call__(self, doc: Doc) -> Doc:
        doc = self._sentencizer(doc)
        # Only whitespace tokens can hold a line break: look at those, not at every token.
        for i in numpy.flatnonzero(doc.to_array("IS_SPACE")):
            if i + 1 < len(doc) and "\n" in doc[i].text and not doc[i + 1].is_space:
                doc[i + 1].is_sent_start = True
        return doc


@Language.factory(FACTORY)
def make_sentence_splitter(nlp: Language, name: str) -> SentenceSplitter:
    return SentenceSplitter(name)


def sentences(doc: Doc) -> Iterator[Span]:
    """Sentences with leading and trailing whitespace tokens trimmed; empty ones dropped."""
    for sent in doc.sents:
        start, end = sent.start, sent.end
        while start < end and doc[start].is_space:
            start += 1
        while end > start and doc[end - 1].is_space:
            end -= 1
        if end > start:
            yield doc[start:end]
