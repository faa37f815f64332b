"""Coding on several local processes: one engine per process, batches in, coded batches out.

The parent keeps reading, de-duplicating and writing (DuckDB has one writer); workers only
parse and code. Each worker builds its engine once, in its initializer, from the settings
(nothing heavy is pickled). Results come back in submission order, with a bounded number of
batches in flight so memory stays flat on any corpus size.
"""
from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor

from geopivot.pipeline.engine import Engine
from geopivot.models import Article, CodedArticle
from geopivot.nlp import resolve_model_name
from geopivot.pipeline.batches import Batch
from geopivot.settings import Settings

_engine: Engine | None = None


def _start_worker(settings: Settings) -> None:
    global _engine  # one engine per worker process, built once
    _engine = Engine.load(settings)


def _code_in_worker(articles: list[Article]) -> list[CodedArticle]:
    assert _engine is not None, "worker initializer did not run"
    return _engine.code_articles(articles)


class PoolBackend:
    """Codes batches on ``processes`` forked worker processes."""

    def __init__(self, settings: Settings, *, processes: int) -> None:
        self.model_name = resolve_model_name(settings.nlp.model)
        self.processes = processes
        context = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods()
                                              else "spawn")
        self._pool = ProcessPoolExecutor(processes, mp_context=context, initializer=_start_worker,
                                         initargs=(settings,))

    def code(self, batches: Iterable[Batch]) -> Iterator[tuple[Batch, list[CodedArticle]]]:
        in_flight: deque[tuple[Batch, Future[list[CodedArticle]]]] = deque()
        try:
            for batch in batches:
                in_flight.append((batch, self._pool.submit(_code_in_worker, batch.fresh)))
                if len(in_flight) >= 2 * self.processes:
                    done, future = in_flight.popleft()
                    yield done, future.result()
            while in_flight:
                done, future = in_flight.popleft()
                yield done, future.result()
        finally:
            for _, future in in_flight:
                future.cancel()

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)

    def __enter__(self) -> PoolBackend:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
