"""The CAMEO event ontology: every code with its name, Goldstein weight, QuadClass and PLOVER type.

The table lives in ``geopivot/data/ontology/cameo.tsv`` (versioned by its first comment line)
and is read once per path; nothing is loaded at import time.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from pathlib import Path

from geopivot.datafiles import packaged, read_table, table_version
from geopivot.errors import DataFileError
from geopivot.models import EventType

COLUMNS = ("code", "name", "goldstein", "quad_class", "plover_type", "plover_mode")
_CODE = re.compile(r"\d{2,4}")

# The Phoenix/PETRARCH five classes (ConfliBERT's labels): statements and appeals (01-02)
# apart from verbal cooperation, and "reduce relations" (16: sanctions, cut aid, cancelled
# visits) counted as verbal conflict, unlike GDELT's QuadClass.
_FIVE_CLASS = {**dict.fromkeys((1, 2), 0), **dict.fromkeys((3, 4, 5), 1), **dict.fromkeys((6, 7, 8), 2),
               **dict.fromkeys((9, 10, 11, 12, 13, 16), 3), **dict.fromkeys((14, 15, 17, 18, 19, 20), 4)}


def five_class_of(root: int) -> int:
    """0 statement, 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict."""
    return _FIVE_CLASS[root]


def quad_class_of(root: int) -> int:
    """GDELT QuadClass of a root: 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict."""
    # GDELT's own rows put 09 (investigate) with material cooperation and 14 (protest) with
    # verbal conflict; ConfliBERT's five classes cut elsewhere (see five_class).
    return 1 if root <= 5 else 2 if root <= 9 else 3 if root <= 14 else 4


class Ontology:
    """The CAMEO codes of one table, in code order."""

    def __init__(self, types: list[EventType], *, version: str = "") -> None:
        # Sorting the strings keeps parents before children ("02" < "020" < "0211" < "022").
        self._types: dict[str, EventType] = {t.code: t for t in sorted(types, key=lambda t: t.code)}
        self.version = version

    def get(self, code: str) -> EventType:
        """The event type of a code; raises KeyError for a code the table does not define."""
        try:
            return self._types[code]
        except KeyError:
            raise KeyError(f"unknown CAMEO code {code!r}") from None

    def __contains__(self, code: object) -> bool:
        return code in self._types

    def __iter__(self) -> Iterator[EventType]:
        return iter(self._types.values())

    def __len__(self) -> int:
        return len(self._types)

    def root_name(self, root: str | int) -> str:
        """Name of a root category; ints are accepted because roots are often held as numbers."""
        key = f"{root:02d}" if isinstance(root, int) else root
        if len(key) != 2:
            raise KeyError(f"not a CAMEO root: {root!r}")
        return self.get(key).name

    def children(self, code: str) -> list[EventType]:
        """The codes one level below ``code`` (a root's 3-digit codes, a 3-digit code's 4-digit ones)."""
        self.get(code)
        return [t for t in self._types.values() if len(t.code) == len(code) + 1 and t.code.startswith(code)]

    def five_class(self, code: str) -> int:
        """0 statement, 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict."""
        return five_class_of(int(self.get(code).root))


def _parse_row(row: dict[str, str], path: Path, line: int) -> EventType:
    def fail(reason: str) -> DataFileError:
        return DataFileError(str(path), reason, line=line)

    code = row["code"]
    if not _CODE.fullmatch(code) or not 1 <= int(code[:2]) <= 20:
        raise fail(f"bad CAMEO code {code!r}")
    if not row["name"]:
        raise fail(f"code {code}: empty name")
    try:
        goldstein = float(row["goldstein"])
    except ValueError:
        raise fail(f"code {code}: bad goldstein {row['goldstein']!r}") from None
    if not -10.0 <= goldstein <= 10.0:
        raise fail(f"code {code}: goldstein {goldstein} outside -10..10")
    # The QuadClass is derivable from the root; storing it catches a mistyped code or class.
    expected = quad_class_of(int(code[:2]))
    if row["quad_class"] != str(expected):
        raise fail(f"code {code}: quad_class {row['quad_class']!r}, expected {expected}")
    if not row["plover_type"]:
        raise fail(f"code {code}: empty plover_type")
    return EventType(code, row["name"], goldstein, expected, row["plover_type"], row["plover_mode"])


def _read(path: Path) -> Ontology:
    types: dict[str, EventType] = {}
    for line, row in read_table(path, required=COLUMNS):
        event_type = _parse_row(row, path, line)
        if event_type.code in types:
            raise DataFileError(str(path), f"duplicate code {event_type.code}", line=line)
        # Codes are listed parent first, so a missing parent means a typo in the code itself.
        parent = event_type.code[:-1]
        if len(event_type.code) > 2 and parent not in types:
            raise DataFileError(str(path), f"code {event_type.code} before its parent {parent}", line=line)
        types[event_type.code] = event_type
    if not types:
        raise DataFileError(str(path), "no event codes")
    return Ontology(list(types.values()), version=table_version(path))


@functools.lru_cache(maxsize=4)
def _load_cached(path: Path) -> Ontology:
    return _read(path)


def load_ontology(path: Path | None = None) -> Ontology:
    """The CAMEO ontology from ``path``, or the packaged table; read once per resolved path."""
    resolved = packaged("ontology/cameo.tsv") if path is None else Path(path)
    return _load_cached(resolved.resolve())
