"""Coding without a database: texts or a JSONL file in, events out (`geopivot code`)."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from typing import TextIO

from geopivot.pipeline.engine import Engine
from geopivot.ingest import iter_articles
from geopivot.models import Article, Event, InputProblem
from geopivot.settings import Settings

_CHUNK = 64


def code_texts(texts: Iterable[str | Article], *, date: dt.date | None = None,
               settings: Settings | None = None) -> list[Event]:
    """Code plain strings (dated ``date``) or Articles; the library's ``geopivot.code``."""
    engine = Engine.load(settings or Settings())
    articles = [t if isinstance(t, Article) else _article(t, i, date) for i, t in enumerate(texts)]
    return [e for coded in engine.code_articles(articles) for e in coded.events]


def code_file(path: str, *, settings: Settings, stdin: TextIO | None = None
              ) -> Iterator[dict[str, object] | InputProblem]:
    """Event records (docs/code-record.md) for each article of ``path``, and skipped inputs."""
    engine = Engine.load(settings)
    chunk: list[Article] = []
    for item in iter_articles([path], settings=settings.ingest, stdin=stdin):
        if isinstance(item, InputProblem):
            yield item
            continue
        chunk.append(item)
        if len(chunk) >= _CHUNK:
            yield from _records(engine, chunk)
            chunk = []
    yield from _records(engine, chunk)


def _records(engine: Engine, articles: list[Article]) -> Iterator[dict[str, object]]:
    for coded in engine.code_articles(articles):
        for event in coded.events:
            yield event.record()


def _article(text: str, index: int, date: dt.date | None) -> Article:
    return Article.from_text(f"text-{index}", text, date=date)
