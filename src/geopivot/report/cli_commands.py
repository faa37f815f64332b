"""`geopivot report` (registered by geopivot.cli)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import click

from geopivot.analysis.cli_commands import event_filter_options, make_filter
from geopivot.analysis.periods import FREQS, country_group
from geopivot.commands.options import require_countries


@click.command("report")
@click.option("--focus", required=True, help="Focal state (ISO3), e.g. KOR.")
@click.option("--between", "pole_a", required=True, help="First pole: country or comma group, e.g. USA.")
@click.option("--and", "pole_b", required=True, help="Second pole: country or comma group, e.g. CHN,RUS.")
@click.option("--freq", type=click.Choice(FREQS), default="quarter", show_default=True)
@click.option("--network-year", type=int, help="Year of the bloc network (default: the largest pivot's).")
@click.option("-k", "--blocs", "k", type=click.IntRange(min=1), default=2, show_default=True)
@click.option("--seed", type=int, default=0, show_default=True,
              help="Seed of the bootstrap band and of the bloc k-means start.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              default=Path("geopivot-report.html"), show_default=True,
              help="HTML file; the PNG charts go beside it.")
@event_filter_options
def report_command(focus: str, pole_a: str, pole_b: str, freq: str, network_year: int | None, k: int, seed: int,
                   output: Path, db_path: Path, since: dt.date | None, until: dt.date | None,
                   producer: str | None, count: str = "day", include_historical: bool = False) -> None:
    """Write one self-contained HTML report (works offline): dyadic series, alignment with its
    band and pivots, the bloc network of one year, and the driving events with their sentences."""
    from geopivot.report.html import ReportOptions, build_report
    from geopivot.store import Store

    options = ReportOptions(focus=focus, pole_a=country_group(pole_a), pole_b=country_group(pole_b),
                            freq=freq, network_year=network_year, k=k, seed=seed,
                            flt=make_filter(since, until, producer, count, include_historical))
    with Store.open(db_path, read_only=True) as store:
        for hint, value in (("--focus", focus), ("--between", pole_a), ("--and", pole_b)):
            require_countries(store, country_group(value), param_hint=hint)
        if network_year is not None:
            _check_year(store, network_year)
        result = build_report(store, output, options=options)
    for image in result.images:
        click.echo(f"chart: {image}", err=True)
    click.echo(f"report: {result.path}")


def _check_year(store, year: int) -> None:  # type: ignore[no-untyped-def]
    first, last = store.con.execute("SELECT min(year(date)), max(year(date)) FROM events").fetchone()
    if first is None:
        raise click.BadParameter("the database holds no dated events", param_hint="--network-year")
    if not first <= year <= last:
        raise click.BadParameter(f"no events in {year}; the events span {first}-{last}",
                                 param_hint="--network-year")
