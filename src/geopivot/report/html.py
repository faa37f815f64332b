"""The offline HTML report: series, alignment with its band and pivots, blocs, and the evidence.

One self-contained file: charts are embedded PNGs, the style is inline, nothing is fetched. Every
sentence is HTML-escaped, because article text is untrusted input.
"""
from __future__ import annotations

import base64
import contextlib
import datetime as dt
import html
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from geopivot import __version__
from geopivot.analysis.alignment import ALIGN_FREQS, Alignment, FreqComparison, align, compare_freqs
from geopivot.analysis.blocs import changed_blocs, partition_blocs, signed_network
from geopivot.analysis.periods import country_group, filter_condition, period_label
from geopivot.analysis.series import dyad_condition, dyad_series
from geopivot.analysis.findings import finding
from geopivot.report.charts import (NETWORK_EDGES, alignment_chart, network_caption, network_chart, png_bytes,
                                    series_chart)
from geopivot.report.links import web_url
from geopivot.report.palette import BLOC_COLOURS
from geopivot.store.output import OutputError, atomic_output
from geopivot.store.query import EventFilter
from geopivot.store.store import Store

EVIDENCE_LIMIT = 400
STYLE = """
body{font-family:system-ui,-apple-system,Segoe UI,Helvetica,Arial,sans-serif;margin:2rem auto;max-width:70rem;
color:#222;line-height:1.45;padding:0 1rem}h1{font-size:1.6rem}h2{border-bottom:1px solid #ddd;padding-bottom:.2rem;
margin-top:2.2rem}table{border-collapse:collapse;font-size:.85rem;margin:.6rem 0 1.2rem}th,td{border:1px solid #ddd;
padding:.25rem .45rem;vertical-align:top;text-align:left}th{background:#f4f4f4}td.n{text-align:right;
font-variant-numeric:tabular-nums}img{max-width:100%}.note{color:#555;font-size:.9rem}.finding{font-size:1.05rem;background:#f6f6f6;padding:.6rem .8rem;border-left:4px solid #0072B2}
.bloc{display:inline-block;
padding:.05rem .4rem;border-radius:.3rem;color:#fff;margin:.1rem}code{background:#f4f4f4;padding:0 .2rem}
"""


@dataclass(frozen=True, slots=True, kw_only=True)
class ReportOptions:
    focus: str
    pole_a: tuple[str, ...]
    pole_b: tuple[str, ...]
    freq: str = "quarter"
    network_year: int | None = None  # default: the year of the largest pivot
    k: int = 2
    n_boot: int = 1000
    seed: int = 0
    flt: EventFilter = field(default_factory=EventFilter)


@dataclass(frozen=True, slots=True)
class ReportResult:
    path: Path
    images: tuple[Path, ...]
    alignment: Alignment
    network_year: int | None


def build_report(store: Store, out: Path, *, options: ReportOptions) -> ReportResult:
    """Write ``out`` (HTML) and one PNG per chart beside it (``<stem>-alignment.png`` …)."""
    focus = country_group(options.focus)
    partners = options.pole_a + options.pole_b
    series = {p: dyad_series(store, side_a=focus, side_b=(p,), freq=options.freq, flt=options.flt)
              for p in partners}
    alignment = align(store, focal=focus, pole_a=options.pole_a, pole_b=options.pole_b, freq=options.freq,
                      n_boot=options.n_boot, seed=options.seed, flt=options.flt)
    comparison = compare_freqs(store, focal=focus, pole_a=options.pole_a, pole_b=options.pole_b,
                               freqs=tuple(dict.fromkeys((options.freq, *ALIGN_FREQS))), n_boot=options.n_boot,
                               seed=options.seed, flt=options.flt)
    year = options.network_year or _network_year(store, alignment, options.flt)
    charts = {"series": series_chart(series, focal=",".join(focus), freq=options.freq),
              "alignment": alignment_chart(alignment)}
    network_html = ""
    if year is not None:
        network_html, figure = _network_section(store, year, options, focus)
        if figure is not None:
            charts["network"] = figure
    images = {name: png_bytes(figure) for name, figure in charts.items()}
    body = "\n".join([
        _header(store, focus, options),
        f'<p class="finding"><strong>Finding.</strong> {_e(finding(alignment))}</p>',
        _section("Dyadic series", _img(images["series"], "net cooperation series") + _series_table(series, options.freq)
                 + _note("Net cooperation = events of QuadClass 1 and 2 minus 3 and 4, both directions; "
                         "divided by all events of the period so that a growing corpus cannot fake a trend.")),
        _section("Alignment", _img(images["alignment"], "alignment score") + _segments(alignment)
                 + _alignment_note(alignment)
                 + _freq_note(comparison) + _alignment_table(alignment)),
        _section("Pivots and the events that drive them", _pivots(alignment)),
        network_html and _section(f"Blocs in {year}", (_img(images["network"], f"network {year}")
                                                       if "network" in images else "") + network_html),
        _section("Evidence: every event between the focal state and the poles", _evidence(store, focus, partners, options)),
    ])
    page = (f"<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            f"<title>{_e(','.join(focus))} between {_e(','.join(options.pole_a))} and "
            f"{_e(','.join(options.pole_b))} — geopivot</title><style>{STYLE}</style></head>"
            f"<body>{body}</body></html>\n")
    paths = _write_files(out, page, images)
    return ReportResult(out, paths, alignment, year)


def _write_files(out: Path, page: str, images: dict[str, bytes]) -> tuple[Path, ...]:
    """The PNGs, then the HTML, each whole or not at all; on a failure none is left behind."""
    with contextlib.suppress(OSError):
        out.parent.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    try:
        for name, data in images.items():
            path = out.with_name(f"{out.stem}-{name}.png")
            with atomic_output(path) as target:
                target.write_bytes(data)
            written.append(path)
        with atomic_output(out) as target:
            target.write_text(page, encoding="utf-8")
    except OutputError:
        for path in written:
            with contextlib.suppress(OSError):
                path.unlink()
        raise
    return tuple(written)


def _e(value: object) -> str:
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return ""
    return html.escape(str(value))


def _section(title: str, content: str) -> str:
    return f"<h2>{_e(title)}</h2>\n{content}"


def _note(text: str) -> str:
    return f'<p class="note">{_e(text)}</p>'


def _img(data: bytes, alt: str) -> str:
    return f'<img alt="{_e(alt)}" src="data:image/png;base64,{base64.b64encode(data).decode("ascii")}">'


def _num(value: object, digits: int = 3) -> str:
    if value is None or pd.isna(value):
        return "<td class=n>–</td>"
    if isinstance(value, float):
        return f"<td class=n>{value:.{digits}f}</td>"
    return f"<td class=n>{_e(value)}</td>"


def _table(headers: list[str], rows: list[str]) -> str:
    head = "".join(f"<th>{_e(h)}</th>" for h in headers)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def _header(store: Store, focus: tuple[str, ...], options: ReportOptions) -> str:
    from geopivot.store.counting import ANALYSIS_COUNT, tally

    where, params = options.flt.where(default_count=ANALYSIS_COUNT)
    first, last, producers = store.con.execute(
        f"SELECT min(date), max(date), string_agg(DISTINCT producer, ', ') FROM events{where}",
        params).fetchone()
    counted = tally(store.con, options.flt)
    return (f"<h1>Is {_e(','.join(focus))} moving between {_e(','.join(options.pole_a))} and "
            f"{_e(','.join(options.pole_b))}?</h1>"
            f'<p class="note">{_e(counted.describe())} ({_e(producers)}) from {_e(first)} to {_e(last)} in '
            f"<code>{_e(store.path.name)}</code>; per {_e(options.freq)}; generated "
            f"{dt.date.today().isoformat()} by geopivot {__version__}. Every number below traces to the "
            f"events listed at the end, each with its sentence.</p>")


def _series_table(series: dict[str, pd.DataFrame], freq: str) -> str:
    rows = []
    for partner, frame in series.items():
        for row in frame.itertuples():
            if not row.events:
                continue
            rows.append(f"<tr><td>{_e(partner)}</td><td>{_e(period_label(row.period, freq))}</td>"
                        + "".join(_num(v) for v in (row.events, row.q1, row.q2, row.q3, row.q4))
                        + _num(float(row.goldstein_mean), 2) + _num(row.net_cooperation)
                        + _num(row.total_events) + _num(float(row.net_cooperation_share)) + "</tr>")
    return _table(["partner", "period", "events", "q1", "q2", "q3", "q4", "Goldstein mean", "net coop.",
                   "all events", "net coop. share"], rows)


def _alignment_note(alignment: Alignment) -> str:
    a, b = ",".join(alignment.pole_a), ",".join(alignment.pole_b)
    weight = "Goldstein weight / 10" if alignment.weights == "goldstein" else "QuadClass weight (±0.5 verbal, ±1 material)"
    gaps = int((alignment.periods["status"] != "ok").sum()) if "status" in alignment.periods else 0
    return _note(f"score = (r_{b} − r_{a}) / 2, where r_X is the mean {weight} of the events "
                 f"between {','.join(alignment.focal)} and X in the period; a period where a pole has fewer than {alignment.min_events} events "
                 f"has no score (–, a gap in the chart: {gaps} of {len(alignment.periods)} periods). −1 is fully "
                 f"with {a}, +1 fully with {b}. Band: 2.5–97.5 percentiles of 1,000 bootstrap resamples of the "
                 f"events. Pivots: PELT change points (least squares, penalty {alignment.penalty:.4f}).")


def _freq_note(comparison: FreqComparison) -> str:
    """Pivots move with the period length; say where each length puts them, and warn when they differ."""
    text = f"Pivots by period length — {comparison.describe()}."
    if not comparison.agree:
        text += (" They differ: a pivot is a finding about the binning as much as about the state; read it as "
                 "'around' and check its events.")
    return _note(text)


def _date(value: object) -> str:
    """Dates as ISO days: a DuckDB DATE can come back as a Timestamp at midnight."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    return value.date().isoformat() if isinstance(value, (pd.Timestamp, dt.datetime)) else str(value)[:10]


def _article(title: object, url: object, fallback: object = "") -> str:
    """The article's title, and its URL as a link when it is http(s) (others shown as text)."""
    name = _e(title if title is not None and not (isinstance(title, float) and pd.isna(title)) else fallback)
    link = web_url(url)
    if link:
        return f'{name}<br><a href="{_e(link)}" rel="noopener noreferrer">{_e(link)}</a>'
    if isinstance(url, str) and url.strip():
        return f"{name}<br>{_e(url)}"
    return name


def _segments(alignment: Alignment) -> str:
    """The score's regimes in words: each stretch between pivots with its mean."""
    periods = alignment.periods[alignment.periods["score"].notna()]
    if periods.empty:
        return _note("No period has events between the focal state and either pole.")
    cuts = [p.period for p in alignment.pivots]
    parts, edges = [], [periods["period"].iloc[0], *cuts]
    for i, start in enumerate(edges):
        inside = periods[(periods["period"] >= start) & ((periods["period"] < cuts[i]) if i < len(cuts) else True)]
        first, last = (period_label(inside["period"].iloc[k], alignment.freq) for k in (0, -1))
        parts.append(f"{first}–{last}: {inside['score'].mean():+.2f}")
    a, b = ",".join(alignment.pole_a), ",".join(alignment.pole_b)
    return (f"<p><strong>Mean score by regime</strong> (−1 with {_e(a)}, +1 with {_e(b)}): "
            f"{_e('; '.join(parts))}.</p>")


def _alignment_table(alignment: Alignment) -> str:
    rows = [f"<tr><td>{_e(period_label(r.period, alignment.freq))}</td>{_num(r.n_a)}{_num(r.n_b)}"
            f"{_num(float(r.r_a))}{_num(float(r.r_b))}{_num(float(r.score))}{_num(float(r.low))}"
            f"{_num(float(r.high))}</tr>" for r in alignment.periods.itertuples()]
    a, b = ",".join(alignment.pole_a), ",".join(alignment.pole_b)
    return _table(["period", f"events {a}", f"events {b}", f"r {a}", f"r {b}", "score", "low", "high"], rows)


def _pivots(alignment: Alignment) -> str:
    if not alignment.pivots:
        return _note("No change point: the score does not move beyond its sampling noise.")
    parts = []
    for pivot in alignment.pivots:
        parts.append(f"<h3>{_e(period_label(pivot.period, alignment.freq))}: {_e(pivot.direction)} "
                     f"(mean score {pivot.before:+.3f} → {pivot.after:+.3f})</h3>")
        rows = [f"<tr><td>{_date(r.date)}</td><td>{_e(r.source_country)}→{_e(r.target_country)}</td>"
                f"<td>{_e(r.event_code)} {_e(r.event_name)}</td>{_num(r.goldstein, 1)}{_num(r.contribution)}"
                f"<td>{_e(r.sentence)}</td><td>{_article(r.title, getattr(r, 'url', None), r.article_id)}</td></tr>"
                for r in pivot.events.itertuples()]
        parts.append(_table(["date", "dyad", "event", "Goldstein", "moves score by", "sentence", "article"], rows))
    return "\n".join(parts)


def _network_year(store: Store, alignment: Alignment, flt: EventFilter) -> int | None:
    if alignment.pivots:
        return max(alignment.pivots, key=lambda p: abs(p.after - p.before)).period.year
    where, params = flt.where()
    row = store.con.execute(f"SELECT year(date) y FROM events{where} GROUP BY y ORDER BY count(*) DESC, y LIMIT 1",
                            params).fetchone()
    return int(row[0]) if row and row[0] is not None else None


def _network_section(store: Store, year: int, options: ReportOptions,  # type: ignore[no-untyped-def]
                     focus: tuple[str, ...] = ()):
    def partition_of(y: int):  # type: ignore[no-untyped-def]
        network = signed_network(store, since=dt.date(y, 1, 1), until=dt.date(y, 12, 31), flt=options.flt)
        return network, partition_blocs(network, k=options.k, seed=options.seed)

    network, partition = partition_of(year)
    if not network.countries:
        return _note(f"No events between two states in {year}."), None
    _, previous = partition_of(year - 1)
    moved = changed_blocs(previous, partition)
    blocs = " ".join(
        f'<span class="bloc" style="background:{BLOC_COLOURS[i % len(BLOC_COLOURS)]}">bloc {i + 1}: '
        f"{_e(', '.join(members))}</span>" for i, members in enumerate(partition.members()))
    share = partition.frustration / partition.total_weight if partition.total_weight else 0.0
    moved_text = (", ".join(f"{c} (bloc {old + 1} in {year - 1} → bloc {new + 1})" for c, old, new in moved)
                  or f"none of the states seen in both {year - 1} and {year}")
    edges = network.edges().sort_values("weight")
    rows = [f"<tr><td>{_e(r.country_a)}–{_e(r.country_b)}</td>{_num(float(r.weight), 0)}{_num(r.events)}</tr>"
            for r in edges.itertuples()]
    html_part = (f"<p>{blocs}</p>" + _note(f"Frustration {partition.frustration:.0f} of {partition.total_weight:.0f} "
                 f"({share:.1%}): the weight of cooperative ties across blocs plus hostile ties within one. "
                 f"Changed bloc since {year - 1}: {moved_text}.")
                 + _table(["dyad", "net cooperation", "events"], rows))
    drawn = min(len(edges), NETWORK_EDGES)
    html_part = _note(network_caption(year, drawn, len(edges))) + html_part
    return html_part, network_chart(network, partition, title=f"Blocs in {year}",
                                    focus=focus + options.pole_a + options.pole_b)


def _evidence(store: Store, focus: tuple[str, ...], partners: tuple[str, ...], options: ReportOptions) -> str:
    base, params = filter_condition(options.flt)
    dyad, dyad_params = dyad_condition(focus, partners, directed=False)
    frame = store.con.execute(f"""
        SELECT e.date, e.source_country, e.target_country, e.event_code, e.event_name, e.goldstein,
               e.sentence, coalesce(a.title, e.article_id) AS article, a.url
        FROM (SELECT * FROM events WHERE {base} AND {dyad}) e
        LEFT JOIN articles a ON a.article_id = e.article_id
        ORDER BY e.date, e.event_id LIMIT {EVIDENCE_LIMIT + 1}""", params + dyad_params).df()
    rows = [f"<tr><td>{_date(r.date)}</td><td>{_e(r.source_country)}→{_e(r.target_country)}</td>"
            f"<td>{_e(r.event_code)} {_e(r.event_name)}</td>{_num(r.goldstein, 1)}<td>{_e(r.sentence)}</td>"
            f"<td>{_article(r.article, r.url)}</td></tr>" for r in frame.head(EVIDENCE_LIMIT).itertuples()]
    more = _note(f"First {EVIDENCE_LIMIT} shown; export the rest with `geopivot events`.") \
        if len(frame) > EVIDENCE_LIMIT else ""
    return _table(["date", "dyad", "event", "Goldstein", "sentence", "article"], rows) + more
