"""Counting policies: which stored events count as one event (docs/analysis.md, "Counting").

The store keeps every coded event with its evidence. A count goes through a named policy:

- ``all``: every stored event (one per trigger, per direction, per mention);
- ``sentence``: a (source, target, event code) triple once per sentence, so two triggers of one
  interaction ("held drills and exercises") count once per direction;
- ``article``: a triple once per article (the headline and the lede tell the same event);
- ``day``: a triple once per day, whatever the article: the "one-a-day" filter of ICEWS and
  Phoenix, the default of series, alignment and blocs.

Actors are compared by their actor code (country and sector), else the producer's actor text,
and by country; events of different producers never merge. Of each group, the first in (date,
article, sentence, trigger) order is kept, so the evidence shown is stable. A condition on what
a group shares (date, countries, code, weights) may be applied before or after merging with the
same result, so analyses apply theirs first and merge only the events they read.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import duckdb

    from geopivot.store.query import EventFilter

COUNT_POLICIES = ("all", "sentence", "article", "day")
EXPORT_COUNT = "all"
ANALYSIS_COUNT = "day"

# Typed columns, no casts or concatenation: grouping 10 M events is then a matter of seconds less.
_TRIPLE = ("coalesce(source_code, source_text)", "source_country",
           "coalesce(target_code, target_text)", "target_country",
           "event_code", "CASE WHEN event_code IS NULL THEN plover_type END",
           "CASE WHEN event_code IS NULL THEN plover_mode END")
_SCOPE = {
    "sentence": ("coalesce(article_id, event_id)", "sentence_index",
                 "CASE WHEN sentence_index IS NULL THEN event_id END"),
    "article": ("coalesce(article_id, event_id)",),
    # Undated events cannot share a day; each article's count once among themselves.
    "day": ("date", "CASE WHEN date IS NULL THEN coalesce(article_id, event_id) END"),
}
_ORDER = "date NULLS LAST, article_id, sentence_index, trigger_start, event_id"


def check_count(policy: str) -> str:
    if policy not in COUNT_POLICIES:
        from geopivot.errors import AnalysisError

        raise AnalysisError(f"unknown counting policy {policy!r}; use one of {', '.join(COUNT_POLICIES)}")
    return policy


def group_keys(policy: str) -> str | None:
    """The SQL expressions that make two events one under ``policy`` (None for ``all``)."""
    if check_count(policy) == "all":
        return None
    return ", ".join(("producer", *_SCOPE[policy], *_TRIPLE))


def counted_condition(policy: str, condition: str) -> str | None:
    """A SQL condition keeping one event per group of ``policy`` among the events that satisfy
    ``condition`` (its parameters are needed once more, after the caller's), or None for ``all``."""
    keys = group_keys(policy)
    if keys is None:
        return None
    return (f"event_id IN (SELECT event_id FROM events WHERE {condition} QUALIFY row_number() "
            f"OVER (PARTITION BY {keys} ORDER BY {_ORDER}) = 1)")


@dataclass(frozen=True, slots=True)
class Tally:
    """What a filtered count kept and left out, and why: for the line analyses print."""

    policy: str
    stored: int  # events that pass the filter's other conditions, duplicates included
    counted: int  # what the analysis counts
    undated: int  # left out: no date (their article is undated)
    historical: int  # left out: references to the past (--include-historical)

    @property
    def merged(self) -> int:
        return self.stored - self.counted

    def describe(self, *, dated_only: bool = True) -> str:
        parts = [f"{self.counted} events counted ({self.policy}: {self.merged} of {self.stored} "
                 "merged as repeats)" if self.policy != "all" else f"{self.counted} events counted (all)"]
        if dated_only and self.undated:
            parts.append(f"{self.undated} undated left out")
        if self.historical:
            parts.append(f"{self.historical} historical left out (--include-historical)")
        return "; ".join(parts)


def tally(con: duckdb.DuckDBPyConnection, flt: EventFilter, *, default: str = ANALYSIS_COUNT,
          dated_only: bool = True) -> Tally:
    """How many events ``flt`` selects under its counting policy, and how many it leaves out
    because they are undated (time analyses only) or historical."""
    settled = flt.counting(default)
    everything = replace(settled, include_historical=True, count="all")
    where, params = everything.where()
    dated = "date IS NOT NULL" if dated_only else "TRUE"
    keep_past = "TRUE" if flt.include_historical else "NOT coalesce(historical, FALSE)"
    row = con.execute(f"""SELECT
        count(*) FILTER (WHERE {dated} AND {keep_past}),
        count(*) FILTER (WHERE date IS NULL AND {keep_past}),
        count(*) FILTER (WHERE {dated} AND coalesce(historical, FALSE))
        FROM events{where}""", params).fetchone()
    # Each group keeps one event: counting the groups is counting what the policy keeps.
    base, base_params = settled.where(extra=(dated, []), counted=False)
    keys = group_keys(settled.count or default)
    rows = f"SELECT DISTINCT {keys} FROM events{base}" if keys else f"SELECT 1 FROM events{base}"
    counted = con.execute(f"SELECT count(*) FROM ({rows})", base_params).fetchone()[0]
    stored, undated, historical = (int(v) for v in row)
    return Tally(settled.count or default, stored, int(counted), undated if dated_only else 0,
                 0 if flt.include_historical else historical)
