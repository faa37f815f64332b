"""The dashboard's pages: each reads its filters from the URL (so a URL shares a view), asks
geopivot.api.data for the numbers, and renders a Jinja2 template with server-drawn SVG."""
from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup, escape
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.routing import Route

from geopivot.api import data, params
from geopivot.api.params import ParamError
from geopivot.api.pool import StorePool
from geopivot.store.query import EventFilter
from geopivot.report.links import web_url
from geopivot.web import svg

_env: Environment | None = None


def environment() -> Environment:
    global _env
    if _env is None:  # built on first use: nothing is loaded at import time
        _env = Environment(loader=PackageLoader("geopivot.web", "templates"),
                           autoescape=select_autoescape(["html"]))
        _env.globals.update(quad_names=svg.QUAD_NAMES, quad_colours=svg.QUAD_COLOURS,
                            bloc_colours=svg.BLOC_COLOURS, coop=svg.COOPERATION, conflict=svg.CONFLICT)
        _env.filters["highlight"] = highlight
        _env.filters["web_url"] = web_url
        _env.filters["num"] = lambda v, d=2: "–" if v is None else f"{v:+.{d}f}"
    return _env


def render(name: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    return HTMLResponse(environment().get_template(name).render(**context), status_code=status_code)


def error_page(request: Request, status: int, message: str) -> HTMLResponse:
    return render("error.html", status, page="error", message=message, status=status)


def url(path: str, **query: Any) -> str:
    return path + "?" + urlencode({k: v for k, v in query.items() if v not in (None, "", ())})


def highlight(event: dict[str, Any]) -> Markup:
    """The sentence with source, trigger and target marked from the stored offsets (escaped)."""
    sentence = event.get("sentence") or ""
    spans = []
    for part in ("source", "trigger", "target"):
        start, end = event.get(f"{part}_start"), event.get(f"{part}_end")
        if start is None and part == "trigger" and event.get("trigger_text"):
            end = None
        if start is not None:
            end = end if end is not None else start + len(event.get(f"{part}_text") or "")
            if 0 <= start < end <= len(sentence):
                spans.append((int(start), int(end), part))
    spans.sort()
    out, at = [], 0
    for start, end, part in spans:
        if start < at:  # overlapping spans (a trigger inside a nominal actor): keep the first
            continue
        out.append(escape(sentence[at:start]))
        out.append(Markup(f'<mark class="{part}" title="{part}">') + escape(sentence[start:end]) + Markup("</mark>"))
        at = end
    out.append(escape(sentence[at:]))
    return Markup("").join(out)


def routes(pool: StorePool) -> list[Route]:
    page = pool.endpoint

    @page
    def overview(request: Request, store) -> Response:  # type: ignore[no-untyped-def]
        summary = data.summary(store)
        months = [{"label": str(m["month"])[:7], "events": m["events"]} for m in summary["events_per_month"]]
        chart = svg.stacked_bars(months, keys=[("events", svg.COOPERATION, "events")],
                                 links=[url("/events", since=f"{m['label']}-01", until=_month_end(m["label"]))
                                        for m in months], title="Events per month")
        return render("overview.html", page="overview", s=summary, chart=chart, url=url)

    @page
    def dyad(request: Request, store) -> Response:  # type: ignore[no-untyped-def]
        q = request.query_params
        countries = data.known_countries(store)
        a = params.countries(q, "a") or (("KOR",) if "KOR" in countries else tuple(countries[:1]))
        b = params.countries(q, "b") or (("CHN",) if "CHN" in countries else tuple(countries[1:2]))
        freq = params.freq(q, "quarter")
        normalised = q.get("norm") == "1"
        flt = EventFilter(since=params.date(q, "since"), until=params.date(q, "until"))
        rows = data.series(store, side_a=a, side_b=b, freq=freq, flt=flt) if a and b else []
        value = "{:.3f}" if normalised else "{:.0f}"
        for row in rows:
            total = row["total_events"] or 0
            for k in ("q1", "q2", "q3", "q4"):
                row[f"{k}_shown"] = (row[k] / total if total else 0.0) if normalised else row[k]
        links = [url("/events", a=",".join(a), b=",".join(b), since=r["period"],
                     until=_period_end(r["period"], freq)) for r in rows]
        chart = svg.stacked_bars(rows, keys=[(f"q{i}_shown", svg.QUAD_COLOURS[i], svg.QUAD_NAMES[i])
                                             for i in (1, 2, 3, 4)], links=links, value_format=value,
                                 title=f"{','.join(a)}–{','.join(b)} events per {freq}"
                                       + (" (share of all events)" if normalised else ""))
        return render("dyad.html", page="dyad", a=",".join(a), b=",".join(b), freq=freq, norm=normalised,
                      rows=rows, chart=chart, countries=countries, links=links, freqs=_freqs(), url=url)

    @page
    def alignment(request: Request, store) -> Response:  # type: ignore[no-untyped-def]
        q = request.query_params
        focal = params.countries(q, "focal") or ("KOR",)
        pole_a = params.countries(q, "pole_a") or ("USA",)
        pole_b = params.countries(q, "pole_b") or ("CHN", "RUS")
        freq = params.freq(q, "quarter")
        min_events = params.integer(q, "min_events", 3, low=1, high=1000)
        flt = EventFilter(since=params.date(q, "since"), until=params.date(q, "until"))
        result = data.alignment(store, focal=focal, pole_a=pole_a, pole_b=pole_b, freq=freq, n_boot=500, flt=flt,
                                min_events=min_events)
        gaps = [p.get("status") not in (None, "ok") for p in result["periods"]]
        chart = svg.line_with_band(result["periods"], pivots=[p["label"] for p in result["pivots"]], gaps=gaps,
                                   title=f"Alignment of {','.join(focal)} per {freq}",
                                   low_label=",".join(pole_a), high_label=",".join(pole_b))
        comparison = data.pivots_by_freq(store, focal=focal, pole_a=pole_a, pole_b=pole_b, flt=flt, n_boot=200,
                                         min_events=min_events)
        by_freq, disagree = comparison["pivots"], not comparison["agree"]
        for pivot in result["pivots"]:
            pivot["events_url"] = url("/events", a=",".join(focal), b=",".join(pole_a + pole_b),
                                      since=pivot["period"],
                                      until=_period_end(pivot["period"], freq, periods=2))
        return render("align.html", page="align", r=result, chart=chart, gaps=gaps, by_freq=by_freq,
                      disagree=disagree, min_events=min_events, freqs=_freqs(), url=url,
                      focal=",".join(focal), pole_a=",".join(pole_a), pole_b=",".join(pole_b))

    @page
    def blocs(request: Request, store) -> Response:  # type: ignore[no-untyped-def]
        q = request.query_params
        ego = params.countries(q, "ego")
        year = params.integer(q, "year", 0, low=0, high=9999) or None
        k = params.integer(q, "k", 2, low=2, high=6)
        top = params.integer(q, "top", 60, low=1, high=2000)
        result = data.blocs(store, year=year, k=k, seed=0, ego=ego[0] if ego else None, top=top, flt=EventFilter())
        chart = svg.network(result["nodes"], result["edges"],
                            title=f"Signed network {result['year']}") if result["nodes"] else None
        return render("blocs.html", page="blocs", r=result, chart=chart, ego=ego[0] if ego else "", top=top, k=k,
                      url=url)

    @page
    def events(request: Request, store) -> Response:  # type: ignore[no-untyped-def]
        query = params.event_query(request.query_params)
        result = data.event_page(store, query)
        current = {k: v for k, v in request.query_params.items() if k != "page"}
        return render("events.html", page="events", r=result, q=current, query=query, url=url,
                      csv_url=url("/api/events.csv", **current), parquet_url=url("/api/events.parquet", **current),
                      prev_url=url("/events", **current, page=query.page - 1) if query.page > 1 else None,
                      next_url=url("/events", **current, page=query.page + 1) if query.page < result["pages"] else None)

    return [Route("/", overview), Route("/dyad", dyad), Route("/align", alignment), Route("/blocs", blocs),
            Route("/events", events)]


def _freqs() -> tuple[str, ...]:
    return ("week", "month", "quarter", "year")


def _month_end(label: str) -> str:
    import calendar

    year, month = int(label[:4]), int(label[5:7])
    return f"{label}-{calendar.monthrange(year, month)[1]:02d}"


def _period_end(start: str, freq: str, periods: int = 1) -> str:
    """The last day of ``periods`` periods starting at ``start`` (ISO date)."""
    import datetime as dt

    from geopivot.analysis.periods import period_range

    first = dt.date.fromisoformat(start)
    starts = period_range(first, first + dt.timedelta(days=400 * periods), freq)
    return (starts[min(periods, len(starts) - 1)] - dt.timedelta(days=1)).isoformat()


__all__ = ["ParamError", "error_page", "routes"]
