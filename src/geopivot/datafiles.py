"""Reading the versioned TAB-separated data files shipped in ``geopivot/data``.

Every table has a header line; lines starting with ``#`` are comments, and the first
comment names the table and its version ("# people v1").
"""
from __future__ import annotations

import importlib.resources
from collections.abc import Iterator
from pathlib import Path

from geopivot.errors import DataFileError


def packaged(relative: str) -> Path:
    """Path of a data file inside the installed package."""
    return Path(str(importlib.resources.files("geopivot") / "data" / relative))


def table_version(path: Path) -> str:
    """The version comment of a table ("people v1"), or "" when it has none."""
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#"):
                return line.lstrip("# ").strip()
    return ""


def read_table(path: Path, *, required: tuple[str, ...]) -> Iterator[tuple[int, dict[str, str]]]:
    """Yield ``(line_number, row)`` for each data row; malformed rows raise DataFileError."""
    try:
        handle = path.open(encoding="utf-8", newline="")
    except OSError as e:
        raise DataFileError(str(path), f"cannot open: {e.strerror or e}") from e
    with handle:
        header: list[str] | None = None
        for number, line in enumerate(handle, start=1):
            text = line.rstrip("\r\n")
            if not text.strip() or text.startswith("#"):
                continue
            # Tables are TAB-separated without quoting (csv's QUOTE_NONE): a plain split reads
            # them the same, and a csv reader per line costs a third of the start-up's table time.
            cells = text.split("\t")
            if header is None:
                header = [c.strip() for c in cells]
                missing = [c for c in required if c not in header]
                if missing:
                    raise DataFileError(str(path), f"missing columns: {', '.join(missing)}", line=number)
                continue
            if len(cells) > len(header):
                raise DataFileError(
                    str(path), f"expected {len(header)} columns, found {len(cells)}", line=number
                )
            cells += [""] * (len(header) - len(cells))
            yield number, {key: value.strip() for key, value in zip(header, cells)}
    if header is None:
        raise DataFileError(str(path), "no header line")


def split_multi(cell: str) -> list[str]:
    """Split a ``|``-separated cell, dropping empties."""
    return [part.strip() for part in cell.split("|") if part.strip()]
