"""The model's rule lemmatizer, with every answer remembered and words read as array rows.

spaCy's Lemmatizer caches a word's lemmas only on its slow path: a word in its base form (most
words of a sentence) is worked out again every time, through a Python Token object per word.
Its answer depends only on the word, its POS and its morphology, so this component asks the
original once per (word, POS, morphology), with its word index held as sets, and reads and
writes lemmas through Doc arrays. A test checks that it sets the lemmas the original sets, but
for one correction (:func:`restore_final_e`). Registered as ``geopivot_lemmas`` (v1).
"""
from __future__ import annotations

import numpy as np
from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.language import Language
from spacy.pipeline import Lemmatizer
from spacy.lookups import Lookups
from spacy.tokens import Doc

FACTORY = "geopivot_lemmas"
VERSION = "v1"
_VOWELS = frozenset("aeiou")
# Stems that take "-es" for their third person ("fixes", "goes"): there "es" is no "e" + "s".
_ES_STEMS = ("s", "x", "z", "ch", "sh", "o")
# Words of a long run are few (Zipf), but a bound keeps a pathological input from growing it.
MEMO_LIMIT = 200_000


class FastLemmatizer:
    """Sets ``token.lemma`` as the wrapped rule lemmatizer does (``overwrite`` False)."""

    def __init__(self, name: str = FACTORY) -> None:
        self.name = name
        self.version = VERSION
        self._rules: Lemmatizer | None = None
        self._memo: dict[tuple[int, int, int], int] = {}

    def use(self, rules: Lemmatizer) -> None:
        """Answer as ``rules`` (the model's own lemmatizer, its tables loaded) answers."""
        self._rules = rules
        self._memo.clear()
        # The lemmatizer asks "is this form a known word?" of its index per suffix rule, and the
        # model's index is a list per POS (57,528 nouns): a first-seen word cost ~0.1 ms. A set
        # answers the same question at once; the tables are not written back anywhere.
        if rules.lookups.has_table("lemma_index"):
            index = rules.lookups.get_table("lemma_index")
            for pos, words in list(index.items()):
                index[pos] = frozenset(words)

    @property
    def lookups(self) -> Lookups:
        """The wrapped lemmatizer's tables (the candidate filter reads its suffix rules)."""
        assert self._rules is not None, "FastLemmatizer.use() was not called"
        return self._rules.lookups

    def __call__(self, doc: Doc) -> Doc:
        if self._rules is None or not len(doc):
            return doc
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = rows[:, 3].copy()
        memo, strings = self._memo, doc.vocab.strings
        for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if lemma:  # set before (the attribute ruler's exceptions): the original keeps it
                continue
            key = (orth, pos, morph)
            found = memo.get(key)
            if found is None:
                found = strings.add(restore_final_e(doc[i].lower_, self._rules.lemmatize(doc[i])))
                if len(memo) < MEMO_LIMIT:
                    memo[key] = found
            lemmas[i] = found
        doc.from_array([LEMMA], lemmas.reshape(-1, 1).astype(np.uint64))
        return doc


def restore_final_e(word: str, forms: list[str]) -> str:
    """The lemma among the rule lemmatizer's ``forms`` (its first answer, unless it cut an "e").

    spaCy's rule lemmatizer puts the last suffix rule's known word first, so where a stem with
    and without a final "e" are both English verbs it answers the one without: "hoped" -> "hop",
    "fined" -> "fin", "staged" -> "stag", "riding" -> "rid" (spaCy issues #1049, #2736), and
    the event patterns for hope, fine, stage and wage never matched. English spelling tells
    them apart: a stem ending consonant-vowel-consonant doubles its consonant before "-ed" and
    "-ing" ("hopped"), so an undoubled form is the "e" verb's; and "-es" after a stem that
    takes "-s" ("hopes") is the "e" verb's third person."""
    first = forms[0]
    if first + "e" not in forms:
        return first
    if word == first + "es":
        return first if first.endswith(_ES_STEMS) else first + "e"
    short_vowel = (len(first) >= 3 and first[-1] not in _VOWELS and first[-1] not in "wxy"
                   and first[-2] in _VOWELS and first[-3] not in _VOWELS)
    if short_vowel and word in (first + "ed", first + "ing"):
        return first + "e"
    return first


@Language.factory(FACTORY)
def make_fast_lemmatizer(nlp: Language, name: str) -> FastLemmatizer:
    return FastLemmatizer(name)
