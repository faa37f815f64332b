"""Query parameters of the API and pages: parsed and checked in one place, errors name the parameter."""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass

from geopivot.analysis.periods import FREQS
from geopivot.errors import GeopivotError
from geopivot.store.counting import COUNT_POLICIES
from geopivot.store.query import EventFilter

_CODE = re.compile(r"^[A-Z]{3}[A-Z0-9]{0,6}$")
_CAMEO = re.compile(r"^\d{2,4}$")
SORTABLE = ("date", "source_country", "target_country", "event_code", "goldstein", "quad_class",
            "confidence")
MAX_PAGE_SIZE = 500


class ParamError(GeopivotError):
    """A query parameter with a bad value: the API answers 400 naming it."""

    def __init__(self, parameter: str, message: str) -> None:
        super().__init__(f"{parameter}: {message}")
        self.parameter = parameter
        self.message = message


def _get(query: Mapping[str, str], name: str) -> str:
    return (query.get(name) or "").strip()


def countries(query: Mapping[str, str], name: str, *, required: bool = False) -> tuple[str, ...]:
    raw = _get(query, name)
    if not raw:
        if required:
            raise ParamError(name, "required (a country code such as KOR, or a comma list)")
        return ()
    values = tuple(v.strip().upper() for v in raw.split(",") if v.strip())
    for value in values:
        if not _CODE.match(value):
            raise ParamError(name, f"not an actor code: {value[:20]!r} (three letters, e.g. KOR)")
    return values


def date(query: Mapping[str, str], name: str) -> dt.date | None:
    raw = _get(query, name)
    if not raw:
        return None
    try:
        return dt.date.fromisoformat(raw)
    except ValueError:
        raise ParamError(name, f"not a date: {raw[:20]!r} (YYYY-MM-DD)") from None


def integer(query: Mapping[str, str], name: str, default: int, *, low: int, high: int) -> int:
    raw = _get(query, name)
    if not raw:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ParamError(name, f"not a whole number: {raw[:20]!r}") from None
    if not low <= value <= high:
        raise ParamError(name, f"must be between {low} and {high}")
    return value


def number(query: Mapping[str, str], name: str, default: float | None, *, low: float, high: float) -> float | None:
    raw = _get(query, name)
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        raise ParamError(name, f"not a number: {raw[:20]!r}") from None
    if not low <= value <= high:
        raise ParamError(name, f"must be between {low} and {high}")
    return value


def choice(query: Mapping[str, str], name: str, options: tuple[str, ...], default: str) -> str:
    raw = _get(query, name) or default
    if raw not in options:
        raise ParamError(name, f"must be one of {', '.join(options)}")
    return raw


def freq(query: Mapping[str, str], default: str = "quarter") -> str:
    return choice(query, "freq", tuple(FREQS), default)


@dataclass(frozen=True, slots=True)
class EventQuery:
    """The events table's filters, sorting and page."""

    flt: EventFilter
    side_a: tuple[str, ...]  # with side_b: events between the two groups, either direction
    side_b: tuple[str, ...]
    text: str
    sectors: tuple[str, ...]
    coder: str
    min_confidence: float | None
    sort: str
    descending: bool
    page: int
    page_size: int


def event_query(query: Mapping[str, str]) -> EventQuery:
    codes = tuple(c.strip() for c in _get(query, "code").split(",") if c.strip())
    for code in codes:
        if not _CAMEO.match(code):
            raise ParamError("code", f"not a CAMEO code or prefix: {code[:20]!r}")
    quad = tuple(int(q) for q in _get(query, "quad").split(",") if q.strip().isdigit())
    if _get(query, "quad") and (not quad or any(q not in (1, 2, 3, 4) for q in quad)):
        raise ParamError("quad", "QuadClass values are 1, 2, 3, 4 (comma list)")
    sectors = tuple(s.strip().upper() for s in _get(query, "sector").split(",") if s.strip())
    if any(not s.isalpha() or len(s) != 3 for s in sectors):
        raise ParamError("sector", "three-letter CAMEO sector codes such as GOV, MIL, BUS")
    sort = _get(query, "sort") or "date"
    descending = sort.startswith("-")
    if sort.lstrip("-") not in SORTABLE:
        raise ParamError("sort", f"one of {', '.join(SORTABLE)} (prefix - for descending)")
    since, until = date(query, "since"), date(query, "until")
    if since and until and since > until:
        raise ParamError("until", "comes before since")
    flt = EventFilter(since=since, until=until, country=countries(query, "country"),
                      source=countries(query, "source"), target=countries(query, "target"),
                      code=codes, quad_class=quad,
                      include_historical=_get(query, "historical") in ("1", "true", "yes"),
                      count=choice(query, "count", COUNT_POLICIES, "all"))
    side_a, side_b = countries(query, "a"), countries(query, "b")
    if bool(side_a) != bool(side_b):
        raise ParamError("b" if side_a else "a", "a dyad needs both a and b")
    return EventQuery(
        flt=flt, side_a=side_a, side_b=side_b, text=_get(query, "q")[:200], sectors=sectors,
        coder=choice(query, "coder", ("", "rules", "model", "both"), ""),
        min_confidence=number(query, "min_confidence", None, low=0.0, high=1.0),
        sort=sort.lstrip("-"), descending=descending,
        page=integer(query, "page", 1, low=1, high=10_000_000),
        page_size=integer(query, "page_size", 50, low=1, high=MAX_PAGE_SIZE),
    )
