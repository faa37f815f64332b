"""geopivot: news articles in, coded political events and the relations among states out.

Notebook use::

    import geopivot
    events = geopivot.code(["South Korea and China agreed to restore exchanges."], date="2017-10-31")
    df = geopivot.open("geopivot.duckdb").events(country="KOR", since="2017-01-01")
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

__version__ = "0.1.0"

if TYPE_CHECKING:
    from geopivot.models import Article, Event
    from geopivot.store import Store


def code(texts: Iterable[str | Article], *, date: str | dt.date | None = None) -> list[Event]:
    """Code texts into typed events (the spaCy model loads on first use, once per process)."""
    from geopivot.pipeline.coding import code_texts

    day = dt.date.fromisoformat(date) if isinstance(date, str) else date
    return code_texts(texts, date=day)


def open(path: str | Path = "geopivot.duckdb", *, read_only: bool = True) -> Store:  # noqa: A001
    """Open a geopivot database; ``.events(country="KOR")`` returns a pandas DataFrame."""
    from geopivot.store import Store

    return Store.open(path, read_only=read_only)


__all__ = ["__version__", "code", "open"]
