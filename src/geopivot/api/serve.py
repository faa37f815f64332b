"""Run the dashboard: check the store, print the URL, hand the app to uvicorn."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from geopivot.errors import StoreError


def serve(db: Path, *, host: str = "127.0.0.1", port: int = 8765, announce: Callable[[str], None] = print) -> None:
    """Serve ``db`` read-only until interrupted."""
    import uvicorn

    from geopivot.api.app import create_app
    from geopivot.store.store import Store

    if not db.exists():
        raise StoreError(f"{db}: no such database (create one with `geopivot run` or `geopivot demo`)")
    with Store.open(db, read_only=True):  # fail now, with one line, if the file is not a store
        pass
    announce(f"geopivot dashboard: http://{host}:{port}/  (store {db}, read-only; Ctrl-C stops)")
    uvicorn.run(create_app(db), host=host, port=port, log_level="warning")
