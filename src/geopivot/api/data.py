"""What the API and the pages show, as plain JSON-ready values, from an open (read-only) store."""
from __future__ import annotations

import datetime as dt
import math
from pathlib import Path
from typing import Any

import pandas as pd

from geopivot.analysis.periods import filter_condition, period_label
from geopivot.api.params import EventQuery
from geopivot.store.query import EventFilter
from geopivot.store.store import Store

EVENT_FIELDS = ("event_id", "date", "source_country", "source_sector", "source_code", "source_text",
                "source_start", "source_end", "event_code", "event_root", "event_name", "quad_class",
                "goldstein", "trigger_text", "trigger_start", "trigger_end", "target_country",
                "target_sector", "target_code", "target_text", "target_start", "target_end", "sentence",
                "article_id", "producer")
OPTIONAL_FIELDS = ("confidence", "coder")
ARTICLE_FIELDS = ("title", "url", "article_date", "date_source")


def _plain(value: Any) -> Any:
    """JSON-safe scalars: ISO dates, None for NaN/NaT, Python numbers."""
    if value is None:
        return None
    if isinstance(value, pd.Timestamp):
        return None if pd.isna(value) else value.date().isoformat()
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()[:10]
    if isinstance(value, float):
        return None if math.isnan(value) else value
    if hasattr(value, "item"):  # numpy scalars
        return _plain(value.item())
    return value


def records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    return [{k: _plain(v) for k, v in row.items()} for row in frame.to_dict(orient="records")]


def _event_columns(store: Store) -> tuple[str, ...]:
    present = {r[0] for r in store.con.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_name = 'events'").fetchall()}
    return tuple(c for c in EVENT_FIELDS + OPTIONAL_FIELDS if c in present)


def _event_where(store: Store, q: EventQuery) -> tuple[str, list[object], tuple[str, ...]]:
    """The WHERE condition over the events table alone, its parameters, and the event columns."""
    columns = _event_columns(store)
    # The events table is evidence: every stored event unless the query names a counting policy
    # (EventFilter's own default, as for exports), not the analyses' one-a-day.
    where, params = q.flt.where()
    clauses = [where.removeprefix(" WHERE ") or "TRUE"]
    if q.side_a:
        from geopivot.analysis.series import dyad_condition

        dyad, dyad_params = dyad_condition(q.side_a, q.side_b, directed=False)
        clauses.append(dyad)
        params = params + dyad_params
    if q.sectors:
        marks = ", ".join("?" for _ in q.sectors)
        clauses.append(f"(source_sector IN ({marks}) OR target_sector IN ({marks}))")
        params = params + list(q.sectors) * 2
    if q.text:
        escaped = q.text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        clauses.append("sentence ILIKE ? ESCAPE '\\'")
        params = params + [f"%{escaped}%"]
    if q.coder and "coder" in columns:
        clauses.append("coder = ?")
        params = params + [q.coder]
    if q.min_confidence is not None and "confidence" in columns:
        clauses.append("coalesce(confidence, 1.0) >= ?")
        params = params + [q.min_confidence]
    return " AND ".join(clauses), params, columns


def _ordered_sql(q: EventQuery, selection: tuple[str, list[object], tuple[str, ...]], *,
                 paged: bool) -> tuple[str, list[object]]:
    """Filtered events (``selection`` from _event_where) in the query's order, with their articles.

    A page is cut from a narrow sort (event id and sort key only), then only its rows are read in
    full and joined to their articles: a deep page of a million events stays cheap.
    """
    where, params, columns = selection
    sort = q.sort if q.sort in columns else "date"  # e.g. confidence, on a store coded before it existed
    direction = "DESC" if q.descending else "ASC"
    selected = ", ".join(f"e.{c}" for c in columns)
    articles = ("a.title, a.url, a.date AS article_date, a.date_source FROM {events} "
                "LEFT JOIN articles a ON a.article_id = e.article_id")
    if paged:
        page = (f"(SELECT event_id, {sort} AS sort_key FROM events WHERE {where} "
                f"ORDER BY {sort} {direction} NULLS LAST, event_id LIMIT ? OFFSET ?) p "
                f"JOIN events e ON e.event_id = p.event_id")
        params = params + [q.page_size, (q.page - 1) * q.page_size]
        order = f"p.sort_key {direction} NULLS LAST, p.event_id"
    else:
        page = f"(SELECT * FROM events WHERE {where}) e"
        order = f"e.{sort} {direction} NULLS LAST, e.event_id"
    return f"SELECT {selected}, {articles.format(events=page)} ORDER BY {order}", params


def event_page(store: Store, q: EventQuery) -> dict[str, Any]:
    """One sorted page of events and the total; DuckDB sorts and cuts, so memory is one page."""
    selection = _event_where(store, q)
    where, where_params, _ = selection
    total = int(store.con.execute(f"SELECT count(*) FROM events WHERE {where}", where_params).fetchone()[0])
    sql, params = _ordered_sql(q, selection, paged=True)
    rows = store.con.execute(sql, params).df()
    return {"total": total, "page": q.page, "page_size": q.page_size,
            "pages": max(1, math.ceil(total / q.page_size)), "events": records(rows)}


def export_events(store: Store, q: EventQuery, out: Path, *, fmt: str) -> None:
    """Exactly the filtered rows (every page) to a CSV or Parquet file, in the page's order."""
    sql, params = _ordered_sql(q, _event_where(store, q), paged=False)
    options = "FORMAT CSV, HEADER" if fmt == "csv" else "FORMAT PARQUET"
    escaped = str(out).replace("'", "''")
    store.con.execute(f"COPY ({sql}) TO '{escaped}' ({options})", params)


def _file_key(store: Store) -> tuple[str, int, int]:
    stat = store.path.stat()
    return str(store.path), stat.st_mtime_ns, stat.st_size


_CACHE: dict[tuple[str, tuple[str, int, int]], Any] = {}


def cached(name: str, store: Store, compute):  # type: ignore[no-untyped-def]
    """Whole-store answers (summary, country list) are kept until the file changes: they scan every
    event, and the dashboard asks for them on every page."""
    key = (name, _file_key(store))
    if key not in _CACHE:
        if len(_CACHE) > 32:
            _CACHE.clear()
        _CACHE[key] = compute(store)
    return _CACHE[key]


def summary(store: Store) -> dict[str, Any]:
    return cached("summary", store, _summary)


def _summary(store: Store) -> dict[str, Any]:
    con = store.con
    articles, undated, first, last = con.execute(
        "SELECT count(*), count(*) FILTER (WHERE date IS NULL), min(date), max(date) FROM articles "
        "WHERE duplicate_of IS NULL").fetchone()
    events, event_first, event_last = con.execute("SELECT count(*), min(date), max(date) FROM events").fetchone()
    sources = con.execute("SELECT coalesce(date_source, 'none') AS s, count(*) FROM articles "
                          "WHERE duplicate_of IS NULL GROUP BY ALL ORDER BY 2 DESC").fetchall()
    dyads = con.execute("""
        SELECT least(source_country, target_country) AS a, greatest(source_country, target_country) AS b,
               count(*) AS events
        FROM events WHERE source_country IS NOT NULL AND target_country IS NOT NULL
          AND source_country <> target_country
        GROUP BY ALL ORDER BY events DESC, a, b LIMIT 10""").df()
    roots = con.execute("""
        SELECT event_root AS root, any_value(event_name) FILTER (WHERE length(event_code) = 3
               AND event_code LIKE '%0') AS name, count(*) AS events
        FROM events WHERE event_root IS NOT NULL GROUP BY ALL ORDER BY events DESC LIMIT 10""").df()
    months = con.execute("""
        SELECT date_trunc('month', date)::DATE AS month, count(*) AS events FROM events
        WHERE date IS NOT NULL GROUP BY ALL ORDER BY month""").df()
    producers = con.execute("SELECT producer, count(*) FROM events GROUP BY ALL ORDER BY 2 DESC").fetchall()
    return {
        "articles": int(articles), "undated_articles": int(undated),
        "article_dates": [_plain(first), _plain(last)],
        "events": int(events), "event_dates": [_plain(event_first), _plain(event_last)],
        "date_sources": {s: int(n) for s, n in sources},
        "producers": {p: int(n) for p, n in producers},
        "top_dyads": records(dyads), "top_roots": records(roots), "events_per_month": records(months),
    }


def series(store: Store, *, side_a: tuple[str, ...], side_b: tuple[str, ...], freq: str,
           flt: EventFilter) -> list[dict[str, Any]]:
    from geopivot.analysis import dyad_series

    frame = dyad_series(store, side_a=side_a, side_b=side_b, freq=freq, flt=flt)
    rows = records(frame)
    for row, period in zip(rows, frame["period"], strict=True):
        row["label"] = period_label(period, freq)
    return rows


def alignment(store: Store, *, focal: tuple[str, ...], pole_a: tuple[str, ...], pole_b: tuple[str, ...],
              freq: str, n_boot: int, flt: EventFilter, min_events: int = 3) -> dict[str, Any]:
    """Score, band, pivots and the finding in words; periods with fewer than ``min_events``
    events with a pole carry status "insufficient" and no score (a gap, not a zero)."""
    from geopivot.analysis.alignment import align
    from geopivot.analysis.findings import finding

    result = align(store, focal=focal, pole_a=pole_a, pole_b=pole_b, freq=freq, n_boot=n_boot, flt=flt,
                   min_events=min_events)
    periods = records(result.periods)
    for row, period in zip(periods, result.periods["period"], strict=True):
        row["label"] = period_label(period, freq)
    pivots = [{"period": _plain(p.period), "label": period_label(p.period, freq), "before": p.before,
               "after": p.after, "direction": p.direction, "events": records(p.events)}
              for p in result.pivots]
    return {"focal": list(focal), "pole_a": list(pole_a), "pole_b": list(pole_b), "freq": freq,
            "min_events": min_events, "penalty": result.penalty, "periods": periods, "pivots": pivots,
            "finding": finding(result)}


def pivots_by_freq(store: Store, *, focal: tuple[str, ...], pole_a: tuple[str, ...], pole_b: tuple[str, ...],
                   flt: EventFilter, n_boot: int, min_events: int = 3) -> dict[str, Any]:
    """Where the pivots fall at each period length: they move with the frequency, and users must see it."""
    from geopivot.analysis.alignment import ALIGN_FREQS, compare_freqs

    comparison = compare_freqs(store, focal=focal, pole_a=pole_a, pole_b=pole_b, freqs=ALIGN_FREQS,
                               n_boot=n_boot, flt=flt, min_events=min_events)
    return {"agree": comparison.agree,
            "pivots": {freq: [f"{period_label(p, freq)} {d}" for p, d in found]
                       for freq, found in comparison.pivots.items()}}


def blocs(store: Store, *, year: int | None, k: int, seed: int, ego: str | None, top: int,
          flt: EventFilter) -> dict[str, Any]:
    """The signed network of one year (default: the last), its blocs, and who changed bloc since
    the year before. Only those two years are partitioned, not every year of the store."""
    from geopivot.analysis.blocs import changed_blocs, partition_blocs, signed_network
    from geopivot.api.params import ParamError

    base, params = filter_condition(flt, counted=False)  # which years have events: merging changes nothing
    years = [int(r[0]) for r in store.con.execute(
        f"SELECT DISTINCT year(date) FROM events WHERE date IS NOT NULL AND {base} ORDER BY 1", params).fetchall()]
    if not years:
        return {"years": [], "year": None, "k": k, "nodes": [], "edges": [], "blocs": [], "changed": [],
                "frustration": None, "states": 0}
    year = years[-1] if year is None else year
    if year not in years:
        raise ParamError("year", f"no events in {year}; years with events: {years[0]}–{years[-1]}")

    def partition(y: int):  # type: ignore[no-untyped-def]
        network = signed_network(store, since=dt.date(y, 1, 1), until=dt.date(y, 12, 31), flt=flt)
        return network, partition_blocs(network, k=k, seed=seed)

    network, chosen = partition(year)
    changed = changed_blocs(partition(year - 1)[1], chosen) if year - 1 in years else []
    edges = network.edges()
    edges = edges.assign(strength=edges["weight"].abs()).sort_values(["strength", "events"], ascending=False)
    if ego:
        edges = edges[(edges["country_a"] == ego) | (edges["country_b"] == ego)]
    edges = edges.head(top)
    shown = sorted(set(edges["country_a"]) | set(edges["country_b"]) | ({ego} if ego else set()))
    bloc_of = chosen.bloc_of()
    return {
        "years": years, "year": year, "k": k,
        "nodes": [{"country": c, "bloc": bloc_of.get(c)} for c in shown],
        "edges": records(edges.drop(columns="strength")),
        "blocs": [list(m) for m in chosen.members()],
        "changed": [{"country": c, "before": b, "after": a} for c, b, a in changed],
        "frustration": chosen.frustration / chosen.total_weight if chosen.total_weight else 0.0,
        "states": len(chosen.countries),
    }


def known_countries(store: Store) -> list[str]:
    return cached("countries", store, _known_countries)


def _known_countries(store: Store) -> list[str]:
    rows = store.con.execute("""
        SELECT c FROM (SELECT source_country AS c FROM events UNION SELECT target_country FROM events)
        WHERE c IS NOT NULL ORDER BY c""").fetchall()
    return [r[0] for r in rows]


__all__ = ["alignment", "blocs", "event_page", "export_events", "known_countries",
           "pivots_by_freq", "series", "summary"]
