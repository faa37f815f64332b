"""Option callbacks shared by the commands: dates and comma lists as users type them."""
from __future__ import annotations

import datetime as dt

import click


def parse_date(_: object, __: object, value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as e:
        raise click.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)") from e


def parse_codes(_: object, __: object, value: str | None) -> tuple[str, ...]:
    return tuple(v.strip().upper() for v in (value or "").split(",") if v.strip())
