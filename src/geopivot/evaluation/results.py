"""The summary of an evaluation run and its JSON form."""
from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from geopivot.evaluation.gold import GoldFormat


@dataclass(frozen=True, slots=True)
class ErrorExample:
    """One miss or false positive, with its sentence, for reading (``--show-errors``)."""

    kind: str  # "miss", "false positive", "wrong class", "wrong span", ...
    item_id: str
    line: int
    text: str
    expected: str
    predicted: str


@dataclass(frozen=True, slots=True)
class FileSummary:
    """The scores for one gold file: ``result`` is the format's result dataclass."""

    path: Path
    format: GoldFormat
    items: int
    events_predicted: int
    seconds: float
    result: Any
    errors: tuple[ErrorExample, ...] = ()


@dataclass(frozen=True, slots=True)
class EvalSummary:
    """Everything `geopivot eval` measured, one entry per gold file."""

    files: tuple[FileSummary, ...]
    model: str = ""
    actor_files: tuple[Path, ...] = ()
    limit: int | None = None
    created: str = field(default_factory=lambda: dt.datetime.now(dt.timezone.utc).isoformat(
        timespec="seconds"))

    def to_dict(self, *, errors: int | None = None) -> dict[str, Any]:
        """A JSON-ready dict; ``errors`` caps the error examples kept per file (None: all)."""
        out = jsonable(self)
        for entry, summary in zip(out["files"], self.files):
            entry["errors"] = [jsonable(e) for e in summary.errors[:errors]]
        return out


def jsonable(value: Any) -> Any:
    """Dataclasses (with their ``to_dict`` where they have one), mappings and sequences as JSON."""
    if hasattr(value, "to_dict") and not isinstance(value, EvalSummary):
        return jsonable(value.to_dict())
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        items = sorted(value) if isinstance(value, (set, frozenset)) else value
        return [jsonable(v) for v in items]
    if isinstance(value, Path):
        return str(value)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value
