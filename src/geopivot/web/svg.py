"""Small SVG charts for the dashboard, drawn on the server.

Why not a JavaScript chart library: the pages must work offline with nothing to build, and every
label here is text from the store that must be escaped; server-side SVG keeps one escaping path
(``markupsafe.escape``) and lets tests read the charts as text. Colours are the Okabe–Ito
colour-blind-safe palette, and each colour has one meaning on a page.
"""
from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

from markupsafe import Markup, escape

from geopivot.report.palette import BLOC_COLOURS, CONFLICT, COOPERATION, QUAD_COLOURS, QUAD_NAMES

__all__ = ["BLOC_COLOURS", "CONFLICT", "COOPERATION", "QUAD_COLOURS", "QUAD_NAMES", "line_with_band", "network",
           "stacked_bars"]
WIDTH, HEIGHT, LEFT, BOTTOM, TOP = 860, 260, 48, 36, 12


def _ticks(labels: Sequence[str], width: float) -> list[int]:
    """Indices of the labels to print so that they never collide (about 60 px apart)."""
    step = max(1, math.ceil(len(labels) * 64 / max(width, 1)))
    return list(range(0, len(labels), step))


def _frame(body: str, title: str, height: int = HEIGHT) -> Markup:
    return Markup(f'<svg class="chart" viewBox="0 0 {WIDTH} {height}" role="img" '
                  f'aria-label="{escape(title)}"><title>{escape(title)}</title>{body}</svg>')


def _x_axis(labels: Sequence[str], x_of, y: float, plot_width: float) -> str:  # type: ignore[no-untyped-def]
    parts = [f'<line x1="{LEFT}" y1="{y}" x2="{LEFT + plot_width}" y2="{y}" class="axis"/>']
    for i in _ticks(labels, plot_width):
        parts.append(f'<text x="{x_of(i):.1f}" y="{y + 16}" class="tick" text-anchor="middle">'
                     f'{escape(labels[i])}</text>')
    return "".join(parts)


def stacked_bars(rows: Sequence[dict[str, Any]], *, keys: Sequence[tuple[str, str, str]],
                 links: Sequence[str] | None = None, title: str, value_format: str = "{:.0f}") -> Markup:
    """One bar per row, stacked by ``keys`` = (field, colour, legend name); a bar may link to a page."""
    plot_w, plot_h = WIDTH - LEFT - 10, HEIGHT - BOTTOM - TOP
    totals = [sum(float(r.get(k) or 0) for k, _, _ in keys) for r in rows] or [0.0]
    top = max(max(totals), 1e-9)
    slot = plot_w / max(len(rows), 1)
    parts = [f'<text x="4" y="{TOP + 8}" class="tick">{escape(value_format.format(top))}</text>',
             f'<text x="4" y="{TOP + plot_h}" class="tick">0</text>']
    for i, row in enumerate(rows):
        y = TOP + plot_h
        bars = []
        for key, colour, name in keys:
            value = float(row.get(key) or 0)
            if value <= 0:
                continue
            h = plot_h * value / top
            y -= h
            bars.append(f'<rect x="{LEFT + i * slot + slot * 0.1:.1f}" y="{y:.1f}" width="{max(slot * 0.8, 1):.1f}" '
                        f'height="{h:.1f}" fill="{colour}"><title>{escape(row.get("label", ""))}: '
                        f'{escape(name)} {escape(value_format.format(value))}</title></rect>')
        group = "".join(bars)
        if links and links[i]:
            group = f'<a href="{escape(links[i])}" class="bar-link">{group}</a>'
        parts.append(group)
    labels = [str(r.get("label", "")) for r in rows]
    parts.append(_x_axis(labels, lambda i: LEFT + (i + 0.5) * slot, TOP + plot_h, plot_w))
    return _frame("".join(parts), title)


def line_with_band(rows: Sequence[dict[str, Any]], *, pivots: Sequence[str] = (), gaps: Sequence[bool] = (),
                   title: str, low_label: str, high_label: str) -> Markup:
    """Score in [-1, 1] per period with its band; periods in ``gaps`` are drawn as gaps, not zeros."""
    plot_w, plot_h = WIDTH - LEFT - 10, HEIGHT - BOTTOM - TOP
    n = max(len(rows), 1)

    def x(i: int) -> float:
        return LEFT + (i + 0.5) * plot_w / n

    def y(v: float) -> float:
        return TOP + plot_h * (1 - (v + 1) / 2)

    parts = [f'<line x1="{LEFT}" y1="{y(0):.1f}" x2="{LEFT + plot_w}" y2="{y(0):.1f}" class="zero"/>',
             f'<text x="2" y="{y(1) + 10:.1f}" class="tick">+1 {escape(high_label)}</text>',
             f'<text x="2" y="{y(-1) - 2:.1f}" class="tick">−1 {escape(low_label)}</text>']
    segment: list[int] = []
    segments: list[list[int]] = []
    for i, row in enumerate(rows):
        missing = row.get("score") is None or (gaps and gaps[i])
        if missing:
            if segment:
                segments.append(segment)
            segment = []
            parts.append(f'<rect x="{x(i) - plot_w / n / 2:.1f}" y="{TOP}" width="{plot_w / n:.1f}" '
                         f'height="{plot_h}" class="gap"><title>{escape(row.get("label", ""))}: '
                         f'insufficient events</title></rect>')
        else:
            segment.append(i)
    if segment:
        segments.append(segment)
    for seg in segments:
        if all(rows[i].get("low") is not None for i in seg):
            upper = " ".join(f"{x(i):.1f},{y(rows[i]['high']):.1f}" for i in seg)
            lower = " ".join(f"{x(i):.1f},{y(rows[i]['low']):.1f}" for i in reversed(seg))
            parts.append(f'<polygon points="{upper} {lower}" class="band"/>')
        line = " ".join(f"{x(i):.1f},{y(rows[i]['score']):.1f}" for i in seg)
        parts.append(f'<polyline points="{line}" class="score"/>')
        for i in seg:
            parts.append(f'<circle cx="{x(i):.1f}" cy="{y(rows[i]["score"]):.1f}" r="3" class="point">'
                         f'<title>{escape(rows[i].get("label", ""))}: {rows[i]["score"]:+.2f}</title></circle>')
    labels = [str(r.get("label", "")) for r in rows]
    for i, label in enumerate(labels):
        if label in pivots:
            parts.append(f'<line x1="{x(i) - plot_w / n / 2:.1f}" y1="{TOP}" x2="{x(i) - plot_w / n / 2:.1f}" '
                         f'y2="{TOP + plot_h}" class="pivot"/>')
    parts.append(_x_axis(labels, x, TOP + plot_h, plot_w))
    return _frame("".join(parts), title)


def network(nodes: Sequence[dict[str, Any]], edges: Sequence[dict[str, Any]], *, title: str) -> Markup:
    """States on a circle, grouped by bloc; blue solid = cooperation, orange dashed = conflict.

    A circle ordered by bloc keeps every label readable and the layout deterministic; force layouts
    of 150 states overlap their labels.
    """
    size = 560
    centre, radius = size / 2, size / 2 - 70
    order = sorted(nodes, key=lambda n: (n["bloc"] if n["bloc"] is not None else 99, n["country"]))
    where = {}
    for i, node in enumerate(order):
        angle = 2 * math.pi * i / max(len(order), 1) - math.pi / 2
        where[node["country"]] = (centre + radius * math.cos(angle), centre + radius * math.sin(angle), angle)
    top = max((abs(float(e["weight"])) for e in edges), default=1.0) or 1.0
    parts = []
    for edge in edges:
        a, b = where.get(edge["country_a"]), where.get(edge["country_b"])
        if not a or not b:
            continue
        weight = float(edge["weight"])
        style = "coop" if weight >= 0 else "conflict"
        parts.append(f'<line x1="{a[0]:.1f}" y1="{a[1]:.1f}" x2="{b[0]:.1f}" y2="{b[1]:.1f}" class="edge {style}" '
                     f'stroke-width="{1 + 4 * abs(weight) / top:.1f}"><title>{escape(edge["country_a"])}–'
                     f'{escape(edge["country_b"])}: net {weight:+.0f} over {int(edge["events"])} events</title></line>')
    for node in order:
        px, py, angle = where[node["country"]]
        colour = BLOC_COLOURS[node["bloc"] % len(BLOC_COLOURS)] if node["bloc"] is not None else "#ffffff"
        lx, ly = centre + (radius + 22) * math.cos(angle), centre + (radius + 22) * math.sin(angle)
        parts.append(f'<circle cx="{px:.1f}" cy="{py:.1f}" r="9" fill="{colour}" class="node"/>'
                     f'<text x="{lx:.1f}" y="{ly + 4:.1f}" text-anchor="middle" class="label">'
                     f'{escape(node["country"])}</text>')
    return Markup(f'<svg class="network" viewBox="0 0 {size} {size}" role="img" aria-label="{escape(title)}">'
                  f'<title>{escape(title)}</title>{"".join(parts)}</svg>')
