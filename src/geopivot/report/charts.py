"""The report's charts as matplotlib Figures, built without pyplot so no global state leaks.

Periods are drawn as categories labelled the way analysts write them (2017Q2, 2017-W31), with
at most MAX_TICKS labels, so a single period is one point rather than a point lost on a
five-year date axis, and weekly labels never collide.
"""
from __future__ import annotations

import io
import math

import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.text import Text

from geopivot.analysis.alignment import Alignment
from geopivot.analysis.blocs import Network, Partition
from geopivot.analysis.periods import period_label
from geopivot.report.palette import BAND, BLOC_COLOURS, CONFLICT, COOPERATION, EDGE_STYLE, PIVOT, SCORE

MAX_TICKS = 12
NETWORK_EDGES = 40  # the strongest ties drawn; the table beside the chart lists every one
LINE_COLOURS = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000")


def _figure(width: float = 9.0, height: float = 3.6) -> Figure:
    figure = Figure(figsize=(width, height), dpi=100, layout="constrained")
    FigureCanvasAgg(figure)
    return figure


def _period_axis(axes: Axes, periods: list, freq: str) -> None:
    labels = [period_label(p.date() if hasattr(p, "date") else p, freq) for p in periods]
    step = max(1, math.ceil(len(labels) / MAX_TICKS))
    ticks = list(range(0, len(labels), step))
    axes.set_xticks(ticks, [labels[i] for i in ticks], rotation=30 if len(ticks) > 6 else 0,
                    ha="right" if len(ticks) > 6 else "center", fontsize=8)
    axes.set_xlim(-0.6, max(len(labels) - 0.4, 0.6))


def series_chart(series: dict[str, pd.DataFrame], *, focal: str, freq: str = "quarter") -> Figure:
    """Net cooperation per period as a share of all events, one line per partner."""
    figure = _figure()
    axes = figure.add_subplot()
    periods: list = []
    for i, (partner, frame) in enumerate(series.items()):
        periods = list(frame["period"]) if len(frame) > len(periods) else periods
        share = frame["net_cooperation_share"].astype(float).where(frame["events"] > 0)  # no events: a gap
        axes.plot(range(len(frame)), share, marker="o", markersize=3,
                  color=LINE_COLOURS[i % len(LINE_COLOURS)], label=f"{focal}–{partner}")
    _period_axis(axes, periods, freq)
    axes.axhline(0, color="grey", linewidth=0.8)
    axes.set_ylabel("net cooperation / all events")
    axes.set_title(f"{focal}: net cooperation with each partner, share of the period's events "
                   "(gaps: no events)")
    axes.legend(loc="best", fontsize=8)
    return figure


def alignment_chart(alignment: Alignment) -> Figure:
    """The score with its 95 % band; gaps where a period has too few events; dashed pivots."""
    figure = _figure()
    axes = figure.add_subplot()
    periods = alignment.periods
    x = np.arange(len(periods))
    score = periods["score"].astype(float).to_numpy()
    axes.fill_between(x, periods["low"].astype(float), periods["high"].astype(float), color=BAND, alpha=0.25,
                      label="95 % bootstrap band")
    # Bars as well as the area: an isolated period (one with gaps either side) has no area to fill.
    axes.vlines(x, periods["low"].astype(float), periods["high"].astype(float), color=BAND, alpha=0.45, linewidth=5)
    axes.plot(x, score, marker="o", color=SCORE, label="alignment score (gap: too few events)")
    labels = [period_label(p, alignment.freq) for p in periods["period"]]
    for pivot in alignment.pivots:
        label = period_label(pivot.period, alignment.freq)
        if label in labels:
            at = labels.index(label) - 0.5
            axes.axvline(at, color=PIVOT, linestyle="--", linewidth=1.4)
            axes.annotate(f"pivot {pivot.direction}", (at, 0.95), xycoords=("data", "axes fraction"), fontsize=7,
                          color=PIVOT, rotation=90, ha="right", va="top")
    _period_axis(axes, list(periods["period"]), alignment.freq)
    axes.axhline(0, color="grey", linewidth=0.8)
    axes.set_ylim(-1.05, 1.05)
    focal, a, b = (",".join(group) for group in (alignment.focal, alignment.pole_a, alignment.pole_b))
    axes.set_ylabel(f"← {a}      {b} →")
    axes.set_title(f"Alignment of {focal} between {a} (−1) and {b} (+1), per {alignment.freq}")
    axes.legend(loc="lower left", fontsize=8)
    return figure


def network_chart(network: Network, partition: Partition, *, title: str,
                  focus: tuple[str, ...] = (), top: int = NETWORK_EDGES) -> Figure:
    """The strongest ties (those of the focus first) on a circle grouped by bloc.

    A ring of all 150 states of an imported data set is unreadable; the states shown are the
    ends of the ``top`` strongest edges, and every edge is still in the report's table.
    """
    figure = _figure(6.8, 6.8)
    axes = figure.add_subplot()
    axes.set_axis_off()
    axes.set_title(title, fontsize=10)
    edges = network.edges()
    edges = edges.assign(strength=edges["weight"].abs(),
                         own=edges["country_a"].isin(focus) | edges["country_b"].isin(focus))
    edges = edges.sort_values(["own", "strength", "events"], ascending=False).head(top)
    shown = sorted(set(edges["country_a"]) | set(edges["country_b"]) | (set(focus) & set(network.countries)))
    bloc_of = partition.bloc_of()
    order = sorted(shown, key=lambda c: (bloc_of.get(c, 99), c))
    n = max(len(order), 1)
    position = {c: (math.cos(2 * math.pi * k / n + math.pi / 2), math.sin(2 * math.pi * k / n + math.pi / 2))
                for k, c in enumerate(order)}
    top_weight = float(edges["strength"].max()) if len(edges) else 1.0
    for row in edges.itertuples():
        (x1, y1), (x2, y2) = position[row.country_a], position[row.country_b]
        conflict = row.weight < 0
        axes.plot([x1, x2], [y1, y2], color=CONFLICT if conflict else COOPERATION,
                  linestyle="--" if conflict else "-", linewidth=0.6 + 3.4 * abs(row.weight) / (top_weight or 1.0),
                  alpha=0.8, zorder=1)
    size = 420 if n <= 30 else 180
    for country, (x, y) in position.items():
        bloc = bloc_of.get(country)
        colour = BLOC_COLOURS[bloc % len(BLOC_COLOURS)] if bloc is not None else "#ffffff"
        axes.scatter([x], [y], s=size, color=colour, zorder=2, edgecolors="#333333",
                     linewidths=2.0 if country in focus else 0.6)
        axes.text(1.13 * x, 1.13 * y, country, ha="center", va="center", fontsize=7 if n <= 40 else 6, zorder=3,
                  fontweight="bold" if country in focus else "normal")
    handles = [Patch(color=BLOC_COLOURS[i % len(BLOC_COLOURS)], label=f"bloc {i + 1}")
               for i in range(len(partition.members()))]
    handles += [Line2D([], [], color=COOPERATION, label="cooperation"),
                Line2D([], [], color=CONFLICT, linestyle="--", label="conflict")]
    axes.legend(handles=handles, loc="lower center", bbox_to_anchor=(0.5, -0.08), ncol=min(len(handles), 5),
                fontsize=7, frameon=False)
    axes.set_xlim(-1.3, 1.3)
    axes.set_ylim(-1.3, 1.3)
    axes.set_aspect("equal")
    return figure


def network_caption(year: int, shown: int, total: int) -> str:
    return (f"Blocs in {year}: {EDGE_STYLE}; node colour is the bloc. "
            + (f"The {shown} strongest ties of {total} are drawn." if shown < total else ""))


def png_bytes(figure: Figure) -> bytes:
    # Labels hold country codes and names from the data: "$" must print as "$", not start
    # mathtext (a "$...$" code broke rendering). Per text, not rcParams: no global state.
    for text in figure.findobj(Text):
        text.set_parse_math(False)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    return buffer.getvalue()
