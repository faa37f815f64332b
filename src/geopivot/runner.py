"""`geopivot run` as a library function: inputs → ingest → coding → store, batch by batch."""
from __future__ import annotations

import datetime as dt
import logging
import uuid
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TextIO

from geopivot import __version__
from geopivot.engine import Engine
from geopivot.ingest import Deduplicator, iter_articles
from geopivot.models import Article, CodedArticle, InputProblem
from geopivot.settings import Settings
from geopivot.store import Store

log = logging.getLogger(__name__)


@dataclass(slots=True)
class RunSummary:
    """What a run did, for the CLI summary and for tests."""

    run_id: str
    db_path: str
    articles_read: int = 0
    articles_coded: int = 0
    already_stored: int = 0
    duplicates: int = 0
    sentences: int = 0
    events: int = 0
    problems: list[InputProblem] = field(default_factory=list)
    dyads: Counter[tuple[str, str]] = field(default_factory=Counter)
    event_types: Counter[tuple[str, str]] = field(default_factory=Counter)

    @property
    def skipped(self) -> int:
        return len(self.problems)


def run_corpus(inputs: Sequence[str], *, settings: Settings, stdin: TextIO | None = None,
               progress: Callable[[int], None] | None = None) -> RunSummary:
    """Read, code and store every article in ``inputs``; bad inputs are reported, not fatal."""
    run_id = dt.datetime.now().strftime("%Y%m%dT%H%M%S-") + uuid.uuid4().hex[:6]
    summary = RunSummary(run_id=run_id, db_path=str(settings.db_path))
    with Store.open(settings.db_path) as store:
        engine = Engine.load(settings)
        store.start_run(run_id, inputs=inputs, version=__version__, model=engine.model_name)
        dedupe = Deduplicator(settings=settings.ingest)
        for article_id, content_hash, signature in store.signatures():
            dedupe.add_signature(article_id, content_hash, signature)
        batch: list[Article] = []
        for item in iter_articles(inputs, settings=settings.ingest, stdin=stdin):
            if isinstance(item, InputProblem):
                log.debug("skipped %s", item)
                summary.problems.append(item)
                continue
            summary.articles_read += 1
            batch.append(item)
            if len(batch) >= settings.articles_per_batch:
                _process(batch, store=store, engine=engine, dedupe=dedupe, summary=summary)
                if progress:
                    progress(len(batch))
                batch = []
        if batch:
            _process(batch, store=store, engine=engine, dedupe=dedupe, summary=summary)
            if progress:
                progress(len(batch))
        store.add_problems(run_id, summary.problems)
        store.finish_run(run_id, articles=summary.articles_coded, sentences=summary.sentences,
                         events=summary.events, skipped=summary.skipped, problems=summary.skipped)
    return summary


def _process(batch: list[Article], *, store: Store, engine: Engine, dedupe: Deduplicator,
             summary: RunSummary) -> None:
    known = store.known(batch)
    fresh: list[Article] = []
    duplicates: list[tuple[Article, str]] = []
    signatures: dict[str, bytes] = {}
    for article in batch:
        if article.id in known or article.content_hash in known:
            summary.already_stored += 1
            continue
        original = dedupe.check(article)
        signatures[article.id] = dedupe.signature(article)
        dedupe.add(article)
        if original is not None:
            duplicates.append((article, original))
        else:
            fresh.append(article)
    coded = engine.code_articles(fresh)
    store.write_batch(coded, run_id=summary.run_id, duplicates=duplicates, signatures=signatures)
    summary.duplicates += len(duplicates)
    _tally(coded, summary)


def _tally(coded: list[CodedArticle], summary: RunSummary) -> None:
    for item in coded:
        summary.articles_coded += 1
        summary.sentences += len(item.sentences)
        summary.events += len(item.events)
        for event in item.events:
            target = event.target.actor.country if event.target else None
            summary.dyads[(event.source.actor.country or event.source.actor.code, target or "-")] += 1
            summary.event_types[(event.event_type.code, event.event_type.name)] += 1
