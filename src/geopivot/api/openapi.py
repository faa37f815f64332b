"""The OpenAPI description of /api, written out by hand: a dozen endpoints do not need a generator."""
from __future__ import annotations

from typing import Any

_EVENT_FILTERS = [
    ("country", "Either side is one of these actor countries (comma list of codes, e.g. KOR,PRK)."),
    ("source", "Source country codes (comma list)."),
    ("target", "Target country codes (comma list)."),
    ("a", "With b: events between groups a and b, either direction (comma lists)."),
    ("b", "With a: the other side of the dyad."),
    ("since", "First date, YYYY-MM-DD."),
    ("until", "Last date, YYYY-MM-DD."),
    ("code", "CAMEO code prefixes (comma list): 04, 0311."),
    ("quad", "QuadClass values 1-4 (comma list)."),
    ("sector", "Source or target sector (comma list): GOV, MIL, BUS."),
    ("coder", "rules, model or both."),
    ("min_confidence", "Only events with confidence at least this (0-1)."),
    ("q", "Free text that the sentence contains (case-insensitive)."),
    ("historical", "1 to include events flagged historical."),
    ("count", "Counting policy: all (default: every stored event), sentence, article or day."),
]
_PAGING = [("sort", "date, source_country, target_country, event_code, goldstein, quad_class or confidence; "
                    "prefix - for descending."),
           ("page", "Page number from 1."), ("page_size", "Rows per page, 1-500 (default 50).")]
_ANALYSIS = [("freq", "day, week, month, quarter or year."), ("since", "First date."), ("until", "Last date."),
             ("count", "Counting policy: day (default, one-a-day), article, sentence or all.")]


def _params(items: list[tuple[str, str]], required: tuple[str, ...] = ()) -> list[dict[str, Any]]:
    return [{"name": n, "in": "query", "required": n in required, "description": d,
             "schema": {"type": "string"}} for n, d in items]


def _op(summary: str, params: list[dict[str, Any]], content: str = "application/json") -> dict[str, Any]:
    return {"get": {"summary": summary, "parameters": params, "responses": {
        "200": {"description": "OK", "content": {content: {}}},
        "400": {"description": "A bad parameter: {\"error\": {\"status\", \"parameter\", \"message\"}}",
                "content": {"application/json": {}}}}}}


def openapi() -> dict[str, Any]:
    return {
        "openapi": "3.0.3",
        "info": {"title": "geopivot", "version": "1",
                 "description": "Coded events, dyadic series, alignment and blocs from a geopivot store."},
        "paths": {
            "/api/summary": _op("Corpus size, date range, undated articles, top dyads and event types", []),
            "/api/countries": _op("Actor country codes present in the store", []),
            "/api/events": _op("Filtered, sorted, paginated events with sentence, offsets and article",
                               _params(_EVENT_FILTERS + _PAGING)),
            "/api/events.csv": _op("Every filtered event as CSV", _params(_EVENT_FILTERS + _PAGING[:1]), "text/csv"),
            "/api/events.parquet": _op("Every filtered event as Parquet", _params(_EVENT_FILTERS + _PAGING[:1]),
                                       "application/vnd.apache.parquet"),
            "/api/series": _op("Dyadic series of A and B per period", _params(
                [("a", "Side A codes."), ("b", "Side B codes.")] + _ANALYSIS, ("a", "b"))),
            "/api/align": _op("Alignment of a focal state between two poles, band and pivots", _params(
                [("focal", "Focal state."), ("pole_a", "Pole A codes."), ("pole_b", "Pole B codes."),
                 ("bootstrap", "Bootstrap resamples, 10-5000."),
                 ("min_events", "Fewer events with a pole in a period: no score (default 3).")] + _ANALYSIS, ("focal", "pole_a", "pole_b"))),
            "/api/blocs": _op("Signed network of a year, blocs, who changed bloc", _params(
                [("year", "Year (default the last)."), ("k", "Number of blocs, 2-6."),
                 ("seed", "Seed of the partition."), ("ego", "Only edges of this state."),
                 ("top", "Strongest edges shown, 1-2000."),
                 ("count", "Counting policy: day (default), article, sentence or all.")])),
            "/api/openapi.json": _op("This description", []),
        },
    }
