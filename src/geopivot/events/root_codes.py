"""The codes a sentence's trigger words give each CAMEO root.

The event model names a root (``04``), not a code: an event it finds where the rules could not
place both sides would otherwise be coded with the root's base code (``040``). Its sentence
usually holds the word that reports the event ("held talks", "signed a pact", "air strikes"),
which the trigger table codes exactly (``046``, ``057``, ``195``); the rules found it but no
pair of actors around it. This reads those words without the actors: a row matches a word by
its lemma and part of speech, with the particle, object and modifier the row asks for; its
code, negated code and intent code each speak for their own root ("refused to meet": 125 under
root 12). Per root the most specific code wins (four digits, then three that are not the
root's base), then the first in the sentence. On the written training share (575 true model
events) this took the model's exact codes from 73 to 221 (docs/event-model.md). The word is
kept as the model event's trigger: the evidence for its code, not for its pair of actors.
"""
from __future__ import annotations

from typing import NamedTuple

from spacy.tokens import Span, Token

from geopivot.events.drafts import candidates_at, term_modifier
from geopivot.events.patterns import Pattern, PatternSet

POS = {"VERB": "verb", "NOUN": "noun", "ADJ": "adj"}
OBJECT_DEPS = frozenset({"dobj", "nsubjpass"})


class WordCode(NamedTuple):
    """A code and the word that gives it: character offsets in the sentence's text."""

    code: str
    start: int
    end: int


def root_codes(sent: Span, patterns: PatternSet) -> dict[str, WordCode]:
    """Root ("04") -> the most specific code a trigger word of ``sent`` gives it, with the word."""
    found: dict[str, tuple[tuple[int, int, int], WordCode]] = {}
    for order, token in enumerate(sent):
        pos = POS.get(token.pos_)
        rows = candidates_at(patterns, pos, token) if pos is not None else ()
        if not rows:
            continue
        particles = {child.lemma_.lower() for child in token.children if child.dep_ == "prt"}
        objects = {child.lemma_.lower() for child in token.children if child.dep_ in OBJECT_DEPS}
        for row in rows:
            if not _fits(row, token, particles, objects):
                continue
            for code in (row.code, row.negated, row.intent):
                if not code:
                    continue
                rank = (len(code), int(code[2:] != "0"), -order)
                if code[:2] not in found or rank > found[code[:2]][0]:
                    start = token.idx - sent.start_char
                    found[code[:2]] = (rank, WordCode(code, start, start + len(token)))
    return {root: word for root, (_, word) in found.items()}


def _fits(row: Pattern, token: Token, particles: set[str], objects: set[str]) -> bool:
    """The row's particle, object and modifier, where it asks for them, are the token's."""
    if row.particle and row.particle not in particles:
        return False
    if row.objects and not any(term.lemma in objects for term in row.objects):
        return False
    return term_modifier(token, row.trigger) is not False
