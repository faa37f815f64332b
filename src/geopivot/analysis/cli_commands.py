"""`geopivot series`, `align` and `blocs` (registered by geopivot.cli): parse, call, format."""
from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click
import pandas as pd

from geopivot.analysis.periods import FREQS, country_group, period_label
from geopivot.commands.options import DB_OPTION, parse_date, require_countries

_FREQ = click.option("--freq", type=click.Choice(FREQS), default="quarter", show_default=True,
                     help="Period length.")
_FORMAT = click.option("--format", "fmt", type=click.Choice(["table", "csv", "jsonl", "json"]),
                       default="table", show_default=True,
                       help="json is an alias of jsonl (JSON Lines), kept for one release.")
# Kept in step with geopivot.store.counting (importing it here would load the store per CLI start).
COUNT_CHOICES = ("all", "sentence", "article", "day")


def event_filter_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """--db, --since, --until, --producer, --count, --include-historical: the events an analysis reads."""
    for option in reversed([
        DB_OPTION,
        click.option("--since", callback=parse_date, help="First date (YYYY-MM-DD)."),
        click.option("--until", callback=parse_date, help="Last date (YYYY-MM-DD)."),
        click.option("--producer", help="Only events of these producers: geopivot, gdelt, icews, polecat "
                                        "(comma list; default all)."),
        click.option("--count", "count", type=click.Choice(COUNT_CHOICES), default="day", show_default=True,
                     help="Counting policy: a (source, target, code) triple once per day (ICEWS/Phoenix "
                          "one-a-day), per article, per sentence, or every stored event (docs/analysis.md)."),
        click.option("--include-historical", is_flag=True,
                     help="Count references to the past too (left out by default)."),
    ]):
        command = option(command)
    return command


def make_filter(since: dt.date | None, until: dt.date | None, producer: str | None,  # type: ignore[no-untyped-def]
                count: str | None = None, include_historical: bool = False):
    from geopivot.store.query import EventFilter

    producers = tuple(p.strip().lower() for p in (producer or "").split(",") if p.strip())
    return EventFilter(since=since, until=until, producer=producers, count=count,
                       include_historical=include_historical)


def say_counted(db_path: Path, flt: Any) -> None:  # noqa: ANN401 - an EventFilter
    """One stderr line: what the analysis counted and what it left out, and why."""
    from geopivot.store import Store
    from geopivot.store.counting import tally

    with Store.open(db_path, read_only=True) as store:
        click.echo(f"geopivot: {tally(store.con, flt).describe()}", err=True)


def _emit(frame: pd.DataFrame, fmt: str, *, title: str, freq: str | None = None) -> None:
    if freq is not None and "period" in frame.columns:
        # One period column in every format: its ISO first day, and the label analysts write.
        frame = frame.assign(period=[p.isoformat() if hasattr(p, "isoformat") else p for p in frame["period"]])
        frame.insert(1, "label", [period_label(dt.date.fromisoformat(p), freq) for p in frame["period"]])
    if fmt == "json":
        click.echo("geopivot: --format json writes JSON Lines; use --format jsonl (json goes in the "
                   "next release)", err=True)
        fmt = "jsonl"
    if fmt == "csv":
        frame.to_csv(sys.stdout, index=False, lineterminator="\n")
    elif fmt == "jsonl":
        frame.to_json(sys.stdout, orient="records", lines=True, date_format="iso")
    else:
        from rich.console import Console
        from rich.table import Table

        from geopivot.terminal import plain

        table = Table(*[plain(str(c)) for c in frame.columns], title=plain(title), title_justify="left")
        for row in frame.itertuples(index=False):
            table.add_row(*[plain(_cell(v)) for v in row])
        Console(width=max(Console().width, 180)).print(table)


def _cell(value: object) -> str:
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return "–"
    return f"{value:.3f}" if isinstance(value, float) else str(value)


@click.command("series")
@click.argument("side_a", metavar="A")
@click.argument("side_b", metavar="B")
@_FREQ
@click.option("--directed", is_flag=True, help="Only events from A to B.")
@event_filter_options
@_FORMAT
def series_command(side_a: str, side_b: str, freq: str, directed: bool, db_path: Path,
                   since: dt.date | None, until: dt.date | None, producer: str | None, count: str,
                   include_historical: bool, fmt: str) -> None:
    """Dyadic series between A and B (country codes or comma groups: KOR CHN,RUS): counts by
    QuadClass, Goldstein sum and mean, net cooperation, each also as a share of all events."""
    from geopivot.analysis.series import dyad_series
    from geopivot.store import Store

    flt = make_filter(since, until, producer, count, include_historical)
    with Store.open(db_path, read_only=True) as store:
        require_countries(store, country_group(side_a), param_hint="A")
        require_countries(store, country_group(side_b), param_hint="B")
        frame = dyad_series(store, side_a=side_a, side_b=side_b, freq=freq, directed=directed, flt=flt)
    say_counted(db_path, flt)
    arrow = "→" if directed else "–"
    _emit(frame, fmt, title=f"{','.join(country_group(side_a))} {arrow} {','.join(country_group(side_b))}",
          freq=freq)


@click.command("align")
@click.argument("focal")
@click.option("--between", "pole_a", required=True, help="First pole (−1): country or comma group.")
@click.option("--and", "pole_b", required=True, help="Second pole (+1): country or comma group.")
@_FREQ
@click.option("--bootstrap", "n_boot", type=click.IntRange(min=1), default=1000, show_default=True,
              help="Bootstrap resamples for the band.")
@click.option("--penalty", type=click.FloatRange(min=0), help="PELT penalty (default: 2 sigma^2 ln n from the band).")
@click.option("--seed", type=int, default=0, show_default=True)
@click.option("--min-events", type=click.IntRange(min=1), default=3, show_default=True,
              help="Fewer events with a pole in a period: 'insufficient', a gap, not a score.")
@click.option("--weights", type=click.Choice(["goldstein", "quad"]), default="goldstein", show_default=True,
              help="Event weight: Goldstein / 10, or by QuadClass (±0.5 verbal, ±1 material) for "
                   "producers without Goldstein scores such as POLECAT.")
@event_filter_options
@_FORMAT
def align_command(focal: str, pole_a: str, pole_b: str, freq: str, n_boot: int, penalty: float | None,
                  seed: int, min_events: int, weights: str, db_path: Path, since: dt.date | None,
                  until: dt.date | None, producer: str | None, count: str, include_historical: bool,
                  fmt: str) -> None:
    """Alignment of FOCAL between two poles per period, with its bootstrap band and the pivots
    (change points), each with the events that drive it; then the pivots found by month,
    quarter and year, with a warning when they disagree."""
    from geopivot.analysis.alignment import ALIGN_FREQS, align, compare_freqs
    from geopivot.store import Store
    from geopivot.terminal import printable

    flt = make_filter(since, until, producer, count, include_historical)
    options: dict[str, Any] = {"n_boot": n_boot, "seed": seed, "penalty": penalty, "flt": flt,
                               "weights": weights, "min_events": min_events}
    with Store.open(db_path, read_only=True) as store:
        for hint, value in (("FOCAL", focal), ("--between", pole_a), ("--and", pole_b)):
            require_countries(store, country_group(value), param_hint=hint)
        result = align(store, focal=focal, pole_a=pole_a, pole_b=pole_b, freq=freq, **options)
        freqs = tuple(dict.fromkeys((freq, *ALIGN_FREQS)))
        comparison = compare_freqs(store, focal=focal, pole_a=pole_a, pole_b=pole_b, freqs=freqs, **options)
    say_counted(db_path, flt)
    _emit(result.periods, fmt, title=f"{','.join(result.focal)} between {','.join(result.pole_a)} (−1) and "
                                     f"{','.join(result.pole_b)} (+1)", freq=freq)
    out = sys.stdout if fmt == "table" else sys.stderr
    gaps = int((result.periods["status"] != "ok").sum())
    if gaps:
        click.echo(f"{gaps} of {len(result.periods)} periods have fewer than {min_events} events with a "
                   "pole: no score (--min-events)", file=out)
    click.echo(f"pivots by period length: {comparison.describe()}", file=out)
    if not comparison.agree:
        click.echo("geopivot: warning: the pivots depend on --freq; read them as a finding about the "
                   "binning as much as about the state", err=True)
    for pivot in result.pivots:
        click.echo(f"pivot {period_label(pivot.period, freq)}: {pivot.direction} "
                   f"({pivot.before:+.3f} → {pivot.after:+.3f})", file=out)
        for event in pivot.events.itertuples():
            click.echo(f"  {event.date} {event.source_country}→{event.target_country} {event.event_code} "
                       f"({event.contribution:+.3f}) {printable(event.sentence or event.article_id)}", file=out)


@click.command("blocs")
@click.option("--freq", type=click.Choice(["month", "quarter", "year"]), default="year", show_default=True)
@click.option("-k", "--blocs", "k", type=click.IntRange(min=1), default=2, show_default=True,
              help="Number of blocs.")
@click.option("--min-events", type=click.IntRange(min=1), default=1, show_default=True,
              help="Ignore dyads with fewer events in the period.")
@click.option("--seed", type=int, default=0, show_default=True, help="Seed of the k-means start (k > 2).")
@event_filter_options
def blocs_command(freq: str, k: int, min_events: int, seed: int, db_path: Path, since: dt.date | None,
                  until: dt.date | None, producer: str | None, count: str, include_historical: bool) -> None:
    """Blocs per period from the signed network of states (net cooperation), by structural
    balance, and which states changed bloc since the previous period."""
    from geopivot.analysis.blocs import bloc_periods
    from geopivot.store import Store

    with Store.open(db_path, read_only=True) as store:
        flt = make_filter(since, until, producer, count, include_historical)
        periods = bloc_periods(store, freq=freq, k=k, min_events=min_events, seed=seed, flt=flt)
    say_counted(db_path, flt)
    for entry in periods:
        part = entry.partition
        blocs = " | ".join(",".join(members) for members in part.members()) or "no events"
        share = f"{part.frustration / part.total_weight:.1%}" if part.total_weight else "–"
        moved = ", ".join(f"{c} ({old + 1}→{new + 1})" for c, old, new in entry.changed) or "none"
        click.echo(f"{period_label(entry.period, freq)}: {blocs}  (frustration {part.frustration:.0f}, "
                   f"{share}; changed: {moved})")
