"""Calendar periods (day … year) in SQL and in Python, and country groups as users write them."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import pandas as pd

from geopivot.errors import AnalysisError
from geopivot.store.counting import ANALYSIS_COUNT
from geopivot.store.query import EventFilter

FREQS = ("day", "week", "month", "quarter", "year")
_PANDAS_FREQ = {"day": "D", "week": "W-MON", "month": "MS", "quarter": "QS", "year": "YS"}


def check_freq(freq: str) -> str:
    if freq not in FREQS:
        raise AnalysisError(f"unknown frequency {freq!r}; use one of {', '.join(FREQS)}")
    return freq


def period_sql(freq: str, column: str = "date") -> str:
    """A DuckDB expression giving the first day of the period that contains ``column``."""
    check_freq(freq)
    return f"CAST(date_trunc('{freq}', {column}) AS DATE)"


def period_start(day: dt.date, freq: str) -> dt.date:
    """The first day of the period containing ``day`` (weeks start on Monday, as in DuckDB)."""
    check_freq(freq)
    if freq == "day":
        return day
    if freq == "week":
        return day - dt.timedelta(days=day.weekday())
    if freq == "month":
        return day.replace(day=1)
    if freq == "quarter":
        return dt.date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)
    return dt.date(day.year, 1, 1)


def period_range(first: dt.date, last: dt.date, freq: str) -> list[dt.date]:
    """Every period start from the period of ``first`` to that of ``last``, gaps included."""
    start, end = period_start(first, freq), period_start(last, freq)
    return [ts.date() for ts in pd.date_range(start, end, freq=_PANDAS_FREQ[freq])]


def period_label(start: dt.date, freq: str) -> str:
    """How analysts write a period: 2017-03-05, 2017-W09, 2017-03, 2017Q1, 2017."""
    check_freq(freq)
    if freq == "day":
        return start.isoformat()
    if freq == "week":
        year, week, _ = start.isocalendar()
        return f"{year}-W{week:02d}"
    if freq == "month":
        return f"{start.year}-{start.month:02d}"
    if freq == "quarter":
        return f"{start.year}Q{(start.month - 1) // 3 + 1}"
    return str(start.year)


def country_group(value: str | Iterable[str]) -> tuple[str, ...]:
    """``"CHN,RUS"``, ``["chn", "rus"]`` or ``"KOR"`` → ``("CHN", "RUS")`` / ``("KOR",)``."""
    items = value.split(",") if isinstance(value, str) else list(value)
    group = tuple(dict.fromkeys(item.strip().upper() for item in items if item and item.strip()))
    if not group:
        raise AnalysisError("a country group needs at least one country code")
    return group


def filter_condition(flt: EventFilter | None, extra: tuple[str, list[object]] | None = None, *,
                     counted: bool = True) -> tuple[str, list[object]]:
    """The filter and the analysis's ``extra`` condition as one bare SQL condition ("TRUE" when
    empty), its repeats merged by the counting policy unless not ``counted``.

    Analyses count one-a-day unless the filter names another policy (geopivot.store.counting);
    ``extra`` is applied before the merging, so only the events the analysis reads are grouped."""
    where, params = (flt or EventFilter()).where(default_count=ANALYSIS_COUNT, extra=extra, counted=counted)
    return (where.removeprefix(" WHERE ") or "TRUE"), params


def count_policy(flt: EventFilter | None) -> str:
    """The counting policy an analysis applies under ``flt``."""
    return (flt.count if flt is not None and flt.count else None) or ANALYSIS_COUNT


def in_list(column: str, group: tuple[str, ...]) -> tuple[str, list[object]]:
    return f"{column} IN ({', '.join('?' for _ in group)})", list(group)
