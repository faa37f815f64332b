"""Coding on a Dask cluster: ``geopivot run --scheduler ADDRESS`` or ``--workers N``.

The client reads, cleans and de-duplicates articles and is the only writer of the store; the
workers only code. Each batch's fresh articles travel to a worker with the (small, frozen)
:class:`~geopivot.settings.Settings`, and :func:`code_on_worker` — imported on the worker by
name, never pickled with state — builds the engine there. ``Engine.load`` is cached per process,
so a worker loads the model once, on its first batch. Coded articles come back as plain
dataclasses.

At most ``in_flight`` batches are out at a time, so memory stays flat however large the corpus.
Results are handed to the writer in the order the batches were made: the store then always
holds a prefix of the run, and a restarted run makes the same duplicate decisions, and so the
same rows, as an uninterrupted one.

Workers need geopivot (same version), the spaCy model, and any ``--actors`` files at the same
paths. Start them with one thread each (``dask worker ADDRESS --nthreads 1 --nworkers N``):
coding in one process is serialised anyway.
"""
from __future__ import annotations

import dataclasses
import logging
import signal
import threading
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

from distributed import Client, Future, LocalCluster

from geopivot import __version__
from geopivot.errors import GeopivotError
from geopivot.models import Article, CodedArticle
from geopivot.nlp import resolve_model_name
from geopivot.settings import Settings

if TYPE_CHECKING:
    from geopivot.pipeline.batches import Batch

log = logging.getLogger(__name__)

_ENGINE_LOCK = threading.Lock()


def code_on_worker(articles: Sequence[Article], settings: Settings) -> list[CodedArticle]:
    """Code ``articles`` with this process's engine (loaded on first use, then cached)."""
    from geopivot.pipeline.engine import Engine

    with _ENGINE_LOCK:  # one spaCy pipeline per process; threads would share it unsafely
        return Engine.load(settings).code_articles(articles)


def worker_version() -> str:
    """The geopivot version a worker imports (run on every worker before the first batch)."""
    return __version__


def dask_setup(worker: object) -> None:
    """Run in each local worker process at start (``preload=["geopivot.pipeline.distributed"]``).

    A terminal's Ctrl-C goes to the whole process group: each worker would print its own
    KeyboardInterrupt traceback. The run's own process handles Ctrl-C and closes the cluster."""
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGINT, signal.SIG_IGN)


class DaskBackend:
    """A :class:`geopivot.pipeline.batches.Backend` that codes batches on Dask workers.

    ``DaskBackend(settings, address="tcp://host:8786")`` uses a running cluster;
    ``DaskBackend(settings, workers=2)`` starts a local cluster of worker processes and shuts
    it down on :meth:`close` (or at the end of a ``with`` block).
    """

    def __init__(self, settings: Settings, *, address: str | None = None, workers: int | None = None,
                 in_flight: int | None = None, connect_timeout: float = 30) -> None:
        if (address is None) == (workers is None):
            raise ValueError("give exactly one of address= or workers=")
        # Workers are processes started one thread each, several to a machine: one model thread
        # each, as in a pooled run (a second, spinning thread would fight its neighbours).
        self.settings = dataclasses.replace(settings, nlp=dataclasses.replace(settings.nlp, event_model_threads=1))
        self.model_name = resolve_model_name(settings.nlp.model)  # fails fast when not installed
        self.cluster: LocalCluster | None = None
        if workers is not None:
            if workers < 1:
                raise ValueError("workers must be at least 1")
            self.cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                        dashboard_address=None, preload=[__name__])
            address = self.cluster.scheduler_address
        try:
            self.client = Client(address, timeout=connect_timeout, set_as_default=False)
        except (OSError, TimeoutError) as e:
            self._close_cluster()
            raise GeopivotError(f"cannot reach the Dask scheduler at {address}: {e}") from e
        try:
            n = self._check_workers()
        except BaseException:
            self.close()
            raise
        if n == 0:
            log.warning("the Dask cluster at %s has no workers yet; batches wait for one", address)
        self.in_flight = in_flight or max(2, 2 * n)

    def _check_workers(self) -> int:
        """Fail now, in one line, when a worker lacks geopivot or runs another version."""
        versions = self.client.run(worker_version, on_error="return")
        for worker, version in sorted(versions.items()):
            if isinstance(version, BaseException):
                raise GeopivotError(f"Dask worker {worker} cannot import geopivot ({version!r}); "
                                    "install geopivot on every worker")
            if version != __version__:
                raise GeopivotError(f"Dask worker {worker} runs geopivot {version}, this is "
                                    f"{__version__}; install the same version everywhere")
        return len(versions)

    def code(self, batches: Iterable[Batch]) -> Iterator[tuple[Batch, list[CodedArticle]]]:
        """Submit batches, at most ``in_flight`` at a time; yield results in batch order."""
        queue: deque[tuple[Batch, Future | None]] = deque()
        source = iter(batches)
        try:
            while True:
                while len(queue) < self.in_flight and (batch := next(source, None)) is not None:
                    queue.append((batch, self._submit(batch)))
                if not queue:
                    return
                batch, future = queue.popleft()
                coded = future.result() if future is not None else []
                del future  # the last reference: the scheduler forgets the result
                yield batch, coded
        finally:
            pending = [future for _, future in queue if future is not None]
            if pending:
                self.client.cancel(pending)

    def _submit(self, batch: Batch) -> Future | None:
        if not batch.fresh:
            return None  # nothing to code: all already stored or duplicates
        # pure=False: a task (and a unique key) per batch, never a shared cached result.
        return self.client.submit(code_on_worker, batch.fresh, self.settings, pure=False)

    def close(self) -> None:
        client = getattr(self, "client", None)
        if client is not None:
            client.close()
        self._close_cluster()

    def _close_cluster(self) -> None:
        if self.cluster is not None:
            self.cluster.close()
            self.cluster = None

    def __enter__(self) -> DaskBackend:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
