"""What crosses between the run and its backends: a batch of articles, the backend that codes
it (this process, a local pool, Dask) and the sink that stores it. Kept apart from the runner so
the backends need not import the runner that chooses them."""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from geopivot.models import Article, CodedArticle, InputProblem


@dataclass(slots=True)
class Batch:
    """Articles ready for coding, and what the client already decided about the rest."""

    fresh: list[Article]
    duplicates: list[tuple[Article, str]]
    signatures: dict[str, bytes]


class Backend(Protocol):
    """Where coding happens: in this process, or on Dask workers (geopivot.pipeline.distributed)."""

    model_name: str

    def code(self, batches: Iterable[Batch]) -> Iterator[tuple[Batch, list[CodedArticle]]]: ...


class Sink(Protocol):
    """Where coded batches go: the DuckDB :class:`Store`, or geopivot.store.parquet.ParquetSink.

    ``write_batch`` must be atomic per batch and idempotent per article: the next run skips
    what ``known`` reports, so a killed run resumes without duplicates."""

    path: Path

    def start_run(self, run_id: str, *, inputs: Sequence[str], version: str, model: str) -> None: ...
    def finish_run(self, run_id: str, *, articles: int, sentences: int, events: int,
                   skipped: int, problems: int) -> None: ...
    def add_problems(self, run_id: str, problems: Iterable[InputProblem]) -> None: ...
    def known(self, articles: Sequence[Article]) -> set[str]: ...
    def signatures(self) -> Iterator[tuple[str, str, bytes]]: ...
    def write_batch(self, coded: Sequence[CodedArticle], *, run_id: str,
                    duplicates: Sequence[tuple[Article, str]] = (),
                    signatures: dict[str, bytes] | None = None) -> None: ...
