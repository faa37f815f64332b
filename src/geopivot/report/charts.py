"""The report's charts as matplotlib Figures, built without pyplot so no global state leaks."""
from __future__ import annotations

import io
import math

import numpy as np
import pandas as pd
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.text import Text

from geopivot.analysis.alignment import Alignment
from geopivot.analysis.blocs import Network, Partition

BLOC_COLOURS = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b")
COOPERATION, CONFLICT = "#2a9d8f", "#c0392b"


def _figure(width: float = 9.0, height: float = 3.6) -> Figure:
    figure = Figure(figsize=(width, height), dpi=100, layout="constrained")
    FigureCanvasAgg(figure)
    return figure


def series_chart(series: dict[str, pd.DataFrame], *, focal: str) -> Figure:
    """Net cooperation per period as a share of all events, one line per partner."""
    figure = _figure()
    axes = figure.add_subplot()
    for partner, frame in series.items():
        axes.plot(pd.to_datetime(frame["period"]), frame["net_cooperation_share"].fillna(0.0),
                  marker="o", markersize=3, label=f"{focal}–{partner}")
    axes.axhline(0, color="grey", linewidth=0.8)
    axes.set_ylabel("net cooperation / all events")
    axes.set_title(f"{focal}: net cooperation with each partner, share of the period's events")
    axes.legend(loc="best", fontsize=8)
    return figure


def alignment_chart(alignment: Alignment) -> Figure:
    """The score with its 95 % band; dashed lines at the pivots."""
    figure = _figure()
    axes = figure.add_subplot()
    periods = alignment.periods
    x = pd.to_datetime(periods["period"])
    axes.fill_between(x, periods["low"].astype(float), periods["high"].astype(float), color="#9ecae1",
                      alpha=0.6, label="95 % bootstrap band", step=None)
    axes.plot(x, periods["score"].astype(float), marker="o", color="#08519c", label="alignment score")
    starts = [pd.Timestamp(p.period) for p in alignment.pivots]
    bounds = [x.min(), *starts, x.max() + pd.Timedelta(days=1)] if len(x) else []
    for i, (left, right) in enumerate(zip(bounds, bounds[1:])):
        inside = (x >= left) & (x < right)
        level = periods.loc[inside.to_numpy(), "score"].astype(float).mean()
        axes.hlines(level, left, max(x[inside]), color="#e6550d", linewidth=2, alpha=0.8,
                    label="segment mean" if i == 0 else None)
    for pivot in alignment.pivots:
        axes.axvline(pd.Timestamp(pivot.period), color="#e6550d", linestyle="--", linewidth=1.2)
        axes.annotate(f"pivot {pivot.direction}", (pd.Timestamp(pivot.period), 0.92),
                      xycoords=("data", "axes fraction"), fontsize=7, color="#e6550d", rotation=90,
                      ha="right", va="top")
    axes.axhline(0, color="grey", linewidth=0.8)
    axes.set_ylim(-1.05, 1.05)
    focal, a, b = (",".join(group) for group in (alignment.focal, alignment.pole_a, alignment.pole_b))
    axes.set_ylabel(f"← {a}      {b} →")
    axes.set_title(f"Alignment of {focal} between {a} (−1) and {b} (+1), per {alignment.freq}")
    axes.legend(loc="lower left", fontsize=8)
    return figure


def network_chart(network: Network, partition: Partition, *, title: str) -> Figure:
    """States on a circle, grouped by bloc; green edges cooperate, red ones conflict."""
    figure = _figure(6.5, 6.5)
    axes = figure.add_subplot()
    axes.set_axis_off()
    axes.set_title(title)
    order = sorted(range(len(network.countries)), key=lambda i: (partition.blocs[i], network.countries[i]))
    n = max(len(order), 1)
    position = {i: (math.cos(2 * math.pi * k / n), math.sin(2 * math.pi * k / n)) for k, i in enumerate(order)}
    top = float(np.abs(network.weights).max()) or 1.0
    for i, j in zip(*np.nonzero(np.triu(network.events, 1)), strict=True):
        weight = network.weights[i, j]
        (x1, y1), (x2, y2) = position[i], position[j]
        axes.plot([x1, x2], [y1, y2], color=COOPERATION if weight >= 0 else CONFLICT,
                  linewidth=0.5 + 3.5 * abs(weight) / top, alpha=0.7, zorder=1)
    for i, (x, y) in position.items():
        colour = BLOC_COLOURS[partition.blocs[i] % len(BLOC_COLOURS)]
        axes.scatter([x], [y], s=420, color=colour, zorder=2, edgecolors="white")
        axes.text(x, y, network.countries[i], ha="center", va="center", fontsize=7, color="white",
                  zorder=3, fontweight="bold")
    axes.set_xlim(-1.25, 1.25)
    axes.set_ylim(-1.25, 1.25)
    axes.set_aspect("equal")
    return figure


def png_bytes(figure: Figure) -> bytes:
    # Labels hold country codes and names from the data: "$" must print as "$", not start
    # mathtext (a "$...$" code broke rendering). Per text, not rcParams: no global state.
    for text in figure.findobj(Text):
        text.set_parse_math(False)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    return buffer.getvalue()
