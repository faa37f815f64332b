"""Options and callbacks shared by the commands: the database, the config file, dates and
comma lists as users type them."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import click

# Exit status of a command that finished but skipped some inputs (each named on stderr).
EXIT_SKIPPED = 3

DB_OPTION = click.option("--db", "db_path", type=click.Path(dir_okay=False, path_type=Path),
                         default=Path("geopivot.duckdb"), show_default=True, help="DuckDB file.")
CONFIG_OPTION = click.option("--config", type=click.Path(exists=True, dir_okay=False, path_type=Path),
                             help="Config file listing actor files (default: ./geopivot.toml if present).")


def parse_date(_: object, __: object, value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as e:
        raise click.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)") from e


def parse_codes(_: object, __: object, value: str | None) -> tuple[str, ...]:
    return tuple(v.strip().upper() for v in (value or "").split(",") if v.strip())


def require_countries(store, codes, *, param_hint: str) -> None:  # type: ignore[no-untyped-def]
    """Unknown country codes as a usage error that suggests close codes (they would select nothing)."""
    from geopivot.analysis.codes import UnknownCountryError, check_countries

    try:
        check_countries(store, codes)
    except UnknownCountryError as e:
        raise click.BadParameter(str(e), param_hint=param_hint) from e


def _date_policy_options(command):  # type: ignore[no-untyped-def]
    for option in reversed([
        click.option("--date", "date", callback=parse_date, metavar="YYYY-MM-DD",
                     help="Date of articles whose record carries none (beats a date found in the text)."),
        click.option("--dates", "dates_file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
                     metavar="FILE.csv", help="path,date rows: a date per file (beats --date)."),
        click.option("--date-from-mtime", is_flag=True,
                     help="Date still-undated files by their modification time (off: a copy's mtime "
                          "is the day it was copied)."),
    ]):
        command = option(command)
    return command


DATE_POLICY_OPTIONS = _date_policy_options


def date_policy(date: dt.date | None, dates_file: Path | None, from_mtime: bool):  # type: ignore[no-untyped-def]
    """The run's date policy (geopivot.ingest.dating) from the three options."""
    from geopivot.ingest.dating import DatePolicy, load_dates_csv

    by_path = load_dates_csv(dates_file) if dates_file is not None else {}
    return DatePolicy(date=date, by_path=by_path, from_mtime=from_mtime)
