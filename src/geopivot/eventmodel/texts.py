"""Candidate mentions for a lone sentence (training and evaluation of the event model).

The engine finds candidates inside articles, with the article's memory; a stand-off sentence
or a ConfliBERT line is read as a one-sentence article, the way `geopivot eval` codes it.
"""
from __future__ import annotations

from dataclasses import dataclass

from geopivot.actors.matcher import ActorMatcher
from geopivot.actors.resolve import ArticleResolver
from geopivot.pipeline.engine import Engine
from geopivot.eventmodel.mentions import sentence_mentions
from geopivot.models import ActorMention
from geopivot.settings import Settings


@dataclass(slots=True)
class TextMentions:
    """Callable: the candidate mentions of one sentence's text."""

    engine: Engine

    @classmethod
    def load(cls, settings: Settings | None = None) -> TextMentions:
        return cls(Engine.load(settings or Settings()))

    def __call__(self, text: str) -> list[ActorMention]:
        doc = self.engine.nlp.make_doc(text)
        matcher: ActorMatcher = self.engine.matcher
        resolver = ArticleResolver(matcher, date=None)
        whole = doc[:]
        matches = resolver.matches(whole)
        resolver.note_countries(matches)
        return sentence_mentions(resolver, whole, matches)
