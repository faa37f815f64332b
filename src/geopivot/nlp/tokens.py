"""Tokenising text of any length in linear time.

spaCy's tokenizer peels prefixes and suffixes off one whitespace-free chunk a character at a
time, copying the rest of the chunk and running its affix and URL regexes over it at every step.
A chunk made of affix characters (a run of ``&``, ``=``, ``!``, ``…``) therefore costs time
quadratic in its length: 20 KB of ``&`` took about a minute. No word is that long, so chunks over
``MAX_CHUNK`` characters are tokenised in ``MAX_CHUNK`` pieces and the pieces joined: the Doc's
text is exactly the input, and every ordinary word is tokenised as before.

spaCy also refuses texts over ``nlp.max_length`` (1,000,000 characters, error E088), a guard for
the parser's memory. Articles are tokenised whole and parsed sentence by sentence, so the engine
cuts long articles into parts at line breaks (:func:`text_parts`), which end sentences anyway.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.language import Language
from spacy.tokens import Doc

MAX_CHUNK = 256
PART_CHARS = 200_000
_LONG_CHUNK = re.compile(r"\S{%d,}" % (MAX_CHUNK + 1))


def tokenize(nlp: Language, text: str) -> Doc:
    """``nlp.make_doc(text)`` without its length limit, in time linear in ``len(text)``."""
    if _LONG_CHUNK.search(text) is None:
        return nlp.tokenizer(text)
    cuts = [0]
    for match in _LONG_CHUNK.finditer(text):
        cuts.extend(range(match.start() + MAX_CHUNK, match.end(), MAX_CHUNK))
    cuts.append(len(text))
    pieces = [nlp.tokenizer(text[a:b]) for a, b in zip(cuts, cuts[1:]) if b > a]
    return Doc.from_docs(pieces, ensure_whitespace=False)


def text_parts(text: str, *, limit: int = PART_CHARS) -> Iterator[tuple[int, str]]:
    """(offset, part) covering ``text`` in order, each part at most ``limit`` characters, cut
    after a line break where there is one, else after a space, else anywhere."""
    start = 0
    while len(text) - start > limit:
        end = start + limit
        cut = text.rfind("\n", start + 1, end)
        if cut < 0:
            cut = text.rfind(" ", start + 1, end)
        end = cut + 1 if cut >= 0 else end
        yield start, text[start:end]
        start = end
    if start < len(text) or not text:
        yield start, text[start:]
