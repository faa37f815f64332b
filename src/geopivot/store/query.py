"""Event filters shared by exports, the library API and the analyses."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from geopivot.store.counting import EXPORT_COUNT, check_count, counted_condition


@dataclass(frozen=True, slots=True, kw_only=True)
class EventFilter:
    """Which events to select; every field is optional and they combine with AND."""

    since: dt.date | None = None
    until: dt.date | None = None
    country: tuple[str, ...] = ()  # either side
    source: tuple[str, ...] = ()
    target: tuple[str, ...] = ()
    dyad: tuple[str, str] | None = None  # both directions
    code: tuple[str, ...] = ()  # code prefixes: "04", "0311"
    root: tuple[str, ...] = ()
    quad_class: tuple[int, ...] = ()
    producer: tuple[str, ...] = ()
    include_historical: bool = False
    # Counting policy (geopivot.store.counting); None: the reader's default (exports "all",
    # analyses "day").
    count: str | None = None
    # Events the event model scored below this are left out; unscored events (imports,
    # rules where the model was off) stay.
    min_confidence: float | None = None

    @classmethod
    def of(cls, **filters: object) -> EventFilter:
        """Build from notebook-friendly values: "KOR" or ["KOR", "PRK"], "2017-01-01", 4."""
        values: dict[str, object] = {}
        for key, value in filters.items():
            if value is None:
                continue
            if key in {"since", "until"} and isinstance(value, str):
                value = dt.date.fromisoformat(value)
            elif key == "dyad" and isinstance(value, str):
                value = tuple(v.strip().upper() for v in value.split(","))
            elif key == "min_confidence":
                value = float(value)  # type: ignore[arg-type]
            elif key not in {"since", "until", "dyad", "include_historical", "count"}:
                items = value if isinstance(value, (list, tuple, set)) else [value]
                value = tuple(v.upper() if isinstance(v, str) and key != "producer" else v for v in items)
            values[key] = value
        return cls(**values)  # type: ignore[arg-type]

    def counting(self, default: str = EXPORT_COUNT) -> EventFilter:
        """This filter with its counting policy settled (``default`` when it names none)."""
        return replace(self, count=check_count(self.count or default))

    def where(self, *, default_count: str = EXPORT_COUNT, extra: tuple[str, list[object]] | None = None,
              counted: bool = True) -> tuple[str, list[object]]:
        """A SQL WHERE clause over the events table and its parameters; events that repeat one
        another under the counting policy (default ``default_count``) are kept once, unless not
        ``counted``. ``extra`` is a caller's own condition (SQL, parameters), applied before the
        merging so only the events it selects are grouped (geopivot.store.counting)."""
        clauses, params = self._conditions()
        if extra is not None:
            clauses, params = [*clauses, f"({extra[0]})"], params + list(extra[1])
        if not counted:
            return (" WHERE " + " AND ".join(clauses)) if clauses else "", params
        counted_sql = counted_condition(check_count(self.count or default_count),
                                        " AND ".join(clauses) or "TRUE")
        if counted_sql is not None:
            clauses, params = [*clauses, counted_sql], params * 2
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params

    def _conditions(self) -> tuple[list[str], list[object]]:
        clauses: list[str] = []
        params: list[object] = []

        def any_of(column: str, values: tuple[object, ...]) -> None:
            clauses.append(f"{column} IN ({', '.join('?' for _ in values)})")
            params.extend(values)

        if self.since:
            clauses.append("date >= ?")
            params.append(self.since)
        if self.until:
            clauses.append("date <= ?")
            params.append(self.until)
        if self.country:
            marks = ", ".join("?" for _ in self.country)
            clauses.append(f"(source_country IN ({marks}) OR target_country IN ({marks}))")
            params.extend(self.country * 2)
        if self.source:
            any_of("source_country", self.source)
        if self.target:
            any_of("target_country", self.target)
        if self.dyad:
            a, b = self.dyad
            clauses.append("((source_country = ? AND target_country = ?) OR (source_country = ? AND target_country = ?))")
            params.extend([a, b, b, a])
        if self.code:
            clauses.append("(" + " OR ".join("starts_with(event_code, ?)" for _ in self.code) + ")")
            params.extend(self.code)
        if self.root:
            any_of("event_root", tuple(r.zfill(2) for r in self.root))
        if self.quad_class:
            any_of("quad_class", self.quad_class)
        if self.producer:
            any_of("producer", self.producer)
        if self.min_confidence is not None:
            clauses.append("(confidence IS NULL OR confidence >= ?)")
            params.append(self.min_confidence)
        if not self.include_historical:
            clauses.append("NOT coalesce(historical, FALSE)")
        return clauses, params
