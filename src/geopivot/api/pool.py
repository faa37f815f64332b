"""One read-only connection to the store, shared by the requests and let go when the dashboard is idle.

Opening a DuckDB file costs tens of milliseconds on a large store, too much per request; holding it
open for good would keep `geopivot run` from ever writing it (a read-only connection still locks the
file against writers). So requests share one connection (a cursor each: DuckDB cursors are safe per
thread) and the connection is closed after ``idle_seconds`` without a request.
"""
from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from geopivot.store.store import Store


class StorePool:
    def __init__(self, path: Path, *, idle_seconds: float = 5.0) -> None:
        self.path = path
        self.idle_seconds = idle_seconds
        self._lock = threading.Lock()
        self._store: Store | None = None
        self._active = 0
        self._timer: threading.Timer | None = None

    @contextmanager
    def store(self) -> Iterator[Store]:
        with self._lock:
            if self._timer is not None:
                self._timer.cancel()
                self._timer = None
            if self._store is None:
                self._store = Store.open(self.path, read_only=True)
            cursor = self._store.con.cursor()
            self._active += 1
        try:
            yield Store(cursor, self.path)
        finally:
            cursor.close()
            with self._lock:
                self._active -= 1
                if self._active == 0:
                    self._timer = threading.Timer(self.idle_seconds, self._close_if_idle)
                    self._timer.daemon = True
                    self._timer.start()

    def endpoint(self, handler: Callable[[Any, Store], Any]) -> Callable[[Any], Any]:
        """A Starlette endpoint that calls ``handler(request, store)`` with a store from the pool."""
        def endpoint(request: Any) -> Any:
            with self.store() as store:
                return handler(request, store)
        endpoint.__name__ = handler.__name__
        return endpoint

    def _close_if_idle(self) -> None:
        with self._lock:
            if self._active == 0 and self._store is not None:
                self._store.close()
                self._store = None

    def close(self) -> None:
        with self._lock:
            if self._timer is not None:
                self._timer.cancel()
            if self._store is not None:
                self._store.close()
                self._store = None
