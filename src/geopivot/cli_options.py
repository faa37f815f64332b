"""Options and callbacks shared by the commands: the database, the config file, dates and
comma lists as users type them."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import click

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
