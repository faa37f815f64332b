"""The event model's candidate actors: the knowledge base's names in a sentence, without a parse.

The model runs on sentences the fast path never parses, so its candidates come from the
resolver's token-level matches (states, capitals, demonyms, organisations, known people and
the people the article introduced) and the article's memory, as :meth:`ArticleResolver.observe`
reads them. One mention stands for each actor country in the sentence — the most specific
(longest code, then first) — so that a pair of countries is asked about once.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from itertools import permutations
from typing import TypeVar

from spacy.tokens import Span

from geopivot.actors.cues import INTRODUCED
from geopivot.actors.resolve import ArticleResolver
from geopivot.models import Actor, ActorMention

M = TypeVar("M")  # a mention: ActorMention, or a pinned training candidate
_NON_PERSON_ORDER = ("state", "metonym", "org", "adjective")
# A pair of countries the model is asked about; more mentions than this in one sentence
# (a list of attendees) are seldom an event between any two of them, and cost time.
MAX_ACTORS = 6
# A preposition of place just before a name: "signed an agreement in Doha", "strikes near Damascus".
_PLACE_BEFORE = re.compile(r"\b(?:in|near|at|outside|around|from)\s+(?:the\s+)?$", re.IGNORECASE)


def sentence_mentions(resolver: ArticleResolver, sent: Span, matches: list[Span]) -> list[ActorMention]:
    """One mention per actor country in ``sent``, in text order (offsets relative to it)."""
    best: dict[str, ActorMention] = {}
    for span in matches:
        if _where_it_happens(resolver, span, sent):
            continue
        actor = _actor(resolver, span)
        if actor is None or not actor.country:
            continue
        start, end = span.start_char - sent.start_char, span.end_char - sent.start_char
        mention = ActorMention(text=span.text, start=start, end=end, actor=actor)
        held = best.get(actor.country)
        if held is None or len(actor.code) > len(held.actor.code):
            best[actor.country] = mention
    return sorted(best.values(), key=lambda m: m.start)[:MAX_ACTORS]


def _where_it_happens(resolver: ArticleResolver, span: Span, sent: Span) -> bool:
    """A capital named as a place ("signed an agreement in Doha", "jets struck targets near
    Damascus") is where the event happens, not the government it stands for elsewhere; the
    rules read such places from the parse, and the model has none."""
    if span.label_.startswith(INTRODUCED):
        return False
    before = sent.text[max(0, span.start_char - sent.start_char - 16):span.start_char - sent.start_char]
    if not _PLACE_BEFORE.search(before):
        return False
    entries = resolver.kb.lookup(span.label_)
    return bool(entries) and all(e.kind == "metonym" for e in entries)


def _country(mention: ActorMention) -> str | None:
    return mention.actor.country


def ordered_pairs(mentions: Sequence[M], country: Callable[[M], str | None] = _country
                  ) -> list[tuple[M, M]]:
    """Every ordered pair of mentions of two different countries. ``country`` reads a mention's
    (train/prepare.py pairs the candidates pinned in its lock, which carry only a country, as
    the runtime pairs these)."""
    return [(a, b) for a, b in permutations(mentions, 2) if country(a) != country(b)]


def _actor(resolver: ArticleResolver, span: Span) -> Actor | None:
    if span.label_.startswith(INTRODUCED):
        known = resolver.memory.introduced.get(span.text)
        return known[1] if known else None
    entries = resolver.kb.lookup(span.label_)
    person = resolver.person_actor(entries, span=span)
    if person is not None:
        return person[1]
    others = sorted((e for e in entries if e.kind in _NON_PERSON_ORDER),
                    key=lambda e: _NON_PERSON_ORDER.index(e.kind))
    return others[0].actor() if others else None
