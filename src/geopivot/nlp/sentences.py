"""Sentence boundaries without the parser: punctuation rules plus line breaks; a wire dateline
or tag opening a line ("KABUL (Reuters) -", "(LEAD)") is a sentence of its own.

Registered as the spaCy factory ``geopivot_sentences`` (config version ``v2``). Line breaks
end sentences because cleaned articles keep one paragraph, heading or caption per line, and a
heading without a full stop must not run into the sentence after it.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

import numpy
from spacy.attrs import IS_PUNCT, IS_TITLE, IS_UPPER, ORTH
from spacy.language import Language
from spacy.pipeline import Sentencizer
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

FACTORY = "geopivot_sentences"
VERSION = "v2"  # v2: datelines and wire tags opening a line are sentences of their own
# A sentence that ends in one of these is prose, not a headline.
SENTENCE_ENDS = frozenset({".", "!", "?", '"', "'", "”", "’", ":", ";"})
CLOSING_QUOTES = frozenset({'"', "'", "”", "’"})
MAX_HEADLINE_TOKENS = 20
# A dateline or wire tag is read within a line's first words.
OPENER_TOKENS = 40

# A wire dateline at the start of a line: a place in capitals ("SEOUL", "UNITED NATIONS"), an
# optional date or state (", March 3", ", Dec. 15, 2017", ", Calif."), an optional agency in
# brackets, then a dash: "SEOUL, March 3 (Yonhap) --", "KABUL (Reuters) -", "LONDON —". A place
# not in capitals counts only with an agency ("Seoul, March 3 (Yonhap) --"). A plain hyphen
# needs a date or an agency, so that a headline's "US - China talks" is not a dateline.
_PLACE = r"(?P<caps>[A-Z][A-Z.'\u2019-]+(?:[ ][A-Z][A-Z.'\u2019-]+){0,3})|(?P<mixed>[A-Z][a-z]+(?:[ ][A-Z][a-z]+){0,2})"
_DATE = r",[ ]+(?:[A-Z][a-z]{2,8}\.?[ ]+\d{1,2}(?:,[ ]+\d{4})?|[A-Z][a-z]{1,12}\.?(?:[ ][A-Z][a-z]+)?)"
_DATELINE = re.compile(rf"[ \t]*(?:{_PLACE})(?P<date>{_DATE})?(?P<agency>[ ]*\([A-Z][A-Za-z&.' -]{{0,30}}\))?"
                       r"[ ]*(?P<dash>--|\u2014|\u2013|-)(?=[ \t]|$)")


# A wire service's tag opening a headline or lead: "(LEAD)", "(2nd LD)", "(URGENT)", "(News
# Focus)". Only before a capitalised word, so that a parenthesis in prose stays in its sentence.
_WIRE_TAG = re.compile(r"[ \t]*\([A-Z0-9][A-Za-z0-9 .&'/-]{1,40}\)[ \t]+(?=[A-Z\"'(\u201c])")


def _opener_end(line: str) -> int | None:
    return dateline_end(line) or wire_tag_end(line)


def wire_tag_end(line: str) -> int | None:
    """Where a wire service's tag that opens ``line`` ends, or None."""
    match = _WIRE_TAG.match(line)
    return match.end() if match else None


def _dateline(line: str) -> re.Match[str] | None:
    match = _DATELINE.match(line)
    if match is None or (match["mixed"] and not match["agency"]):
        return None
    if match["dash"] == "-" and not (match["date"] or match["agency"]):
        return None
    return match


def dateline_end(line: str) -> int | None:
    """Where a wire dateline that opens ``line`` ends (after its dash), or None."""
    match = _dateline(line)
    return match.end() if match else None


def dateline_place(line: str) -> str | None:
    """The place of a wire dateline that opens ``line``, as a name is written ("KABUL" ->
    "Kabul", "UNITED NATIONS" -> "United Nations"), or None."""
    match = _dateline(line)
    if match is None:
        return None
    return match["mixed"] or " ".join(word.capitalize() for word in match["caps"].split())


def is_headline(sent: Span) -> bool:
    """Short, and without the full stop (or question mark) that ends prose; a closing quote
    ends prose only after one ('... was "wrong."'), not a headline's quoted words ("G7 voices
    concern over China's 'economic coercion'"). Read from tokens alone, so that the actor
    resolver may ask it of sentences the parser never saw."""
    words: list[Token] = []
    for token in sent:  # asked of every sentence: stop as soon as it is too long
        if not token.is_space:
            words.append(token)
            if len(words) > MAX_HEADLINE_TOKENS + 2:  # room for closing quotes
                return False
    while len(words) > 1 and words[-1].text in CLOSING_QUOTES and words[-2].text not in SENTENCE_ENDS:
        words = words[:-1]
    return 0 < len(words) <= MAX_HEADLINE_TOKENS and words[-1].text not in SENTENCE_ENDS


class SentenceSplitter:
    """Rule-based sentencizer that also starts a sentence after every line break."""

    def __init__(self, name: str = FACTORY) -> None:
        self.name = name
        self.version = VERSION
        self._sentencizer = Sentencizer()
        self._punct = frozenset(get_string_id(c) for c in self._sentencizer.punct_chars)
        self._paren = get_string_id("(")

    def __call__(self, doc: Doc) -> Doc:
        self._sentencizer.set_annotations([doc], [self._starts(doc)])
        # Only whitespace tokens can hold a line break: look at those, not at every token.
        lines = [0] if len(doc) else []
        for i in numpy.flatnonzero(doc.to_array("IS_SPACE")):
            if i + 1 < len(doc) and "\n" in doc[i].text and not doc[i + 1].is_space:
                doc[i + 1].is_sent_start = True
                lines.append(int(i) + 1)
        if lines:
            words = doc.to_array([ORTH, IS_UPPER, IS_TITLE])
            for i in lines:
                # Only a "(" or a word in capitals can open either, or a capitalised place with
                # an agency's bracket a few words on: most lines are spared building their words.
                orth, upper, title = words[i]
                if orth == self._paren or upper or (title and self._paren in words[i + 1:i + 8, 0]):
                    self._opener(doc, i)
        return doc

    @staticmethod
    def _opener(doc: Doc, i: int) -> None:
        """A dateline or a wire tag opening the line at token ``i`` is a sentence of its own, so
        that what follows it parses alone. Read from the line's first words only: the whole
        Doc's text would build a Token object per word."""
        head = doc[i:i + OPENER_TOKENS]
        end = _opener_end(head.text)
        if end is None:
            return
        at = next((t.i for t in head if t.idx - head.start_char >= end and not t.is_space), None)
        if at is None:
            return
        for token in doc[i + 1:at]:  # "Dec. 15": no sentence ends inside the dateline
            token.is_sent_start = False
        doc[at].is_sent_start = True

    def _starts(self, doc: Doc) -> list[bool]:
        """spaCy's Sentencizer.predict, reading words as string hashes from Doc.to_array: its own
        loop creates a Token object per word, which cost more than the rest of the splitting.
        A sentence starts at the first word that is neither punctuation nor a sentence-final
        character after one."""
        if not len(doc):
            return []
        punct_chars = self._punct
        starts = [False] * len(doc)
        starts[0] = True
        start, seen_period = 0, False
        for i, (orth, is_punct) in enumerate(doc.to_array([ORTH, IS_PUNCT]).tolist()):
            final = orth in punct_chars
            if seen_period and not is_punct and not final:
                starts[start] = True
                start, seen_period = i, False
            elif final:
                seen_period = True
        starts[start] = True
        return starts


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
