"""The named errors geopivot raises. The CLI translates them once, at the edge."""
from __future__ import annotations


class GeopivotError(Exception):
    """Base of every error geopivot raises on purpose."""


class InputError(GeopivotError):
    """A user's input file or record cannot be read; carries where and why."""

    def __init__(self, path: str, reason: str, *, line: int | None = None) -> None:
        self.path = path
        self.reason = reason
        self.line = line
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {reason}")


class DataFileError(GeopivotError):
    """A packaged or user-supplied dictionary, ontology or actor file is malformed."""

    def __init__(self, path: str, reason: str, *, line: int | None = None) -> None:
        self.path = path
        self.reason = reason
        self.line = line
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {reason}")


class ModelError(GeopivotError):
    """The spaCy model cannot be found or loaded."""


class StoreError(GeopivotError):
    """The DuckDB store cannot be opened, migrated or written."""


class StoreLockedError(StoreError):
    """Another process holds the database file."""


class AnalysisError(GeopivotError):
    """An analysis was asked something it cannot answer (unknown frequency, empty group…)."""
