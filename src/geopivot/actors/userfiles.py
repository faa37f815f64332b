"""User actor files: CSV or YAML of our own shape, and PETRARCH/TABARI dictionaries.

CSV/YAML rows: ``name`` and ``code`` (or ``country`` + ``sector``), optional ``variants``
(``|``-separated or a YAML list), ``role``, ``start``, ``end`` (ISO dates). PETRARCH actor
dictionaries (``NAME [CODE]``, ``+SYNONYM``, dated code blocks such as
``[USAGOV 20010120-20090120]``) and agent dictionaries (``TERM [~SEC]``) are read as well.
PETRARCH surfaces are upper case, so they match text case-insensitively.
"""
from __future__ import annotations

import csv
import datetime as dt
import logging
import re
from collections.abc import Iterator
from pathlib import Path

import yaml

from geopivot.actors.entries import Entry, SectorTerm
from geopivot.errors import DataFileError

_CODE_BLOCK = re.compile(r"\[([^\]]*)\]")
_DISCARD = {"---", "+++", "###", ""}
# "TERM {plurals} [~CODE]": the code closes with "]" or, as the format's own documentation and
# the Phoenix agents file write it at times, "}"; "[CODE~]" puts the code before the actor's.
_AGENT_LINE = re.compile(r"^(?P<term>.*?)\s*(?P<plurals>\{[^}]*\})?\s*\[\s*~?(?P<code>[^\]}~]*?)\s*"
                         r"(?P<before>~?)\s*[\]}]")
_log = logging.getLogger(__name__)


def load_user_actors(path: Path) -> Iterator[Entry | SectorTerm]:
    """Entries (actors) and sector terms (agents) from one user file, by its format."""
    suffix = path.suffix.lower()
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise DataFileError(str(path), f"cannot read: {e}") from e
    if suffix == ".csv":
        rows = csv.DictReader(text.splitlines())
        yield from _rows(path, ((i + 2, row) for i, row in enumerate(rows)))
    elif suffix in {".yaml", ".yml"}:
        try:
            data = yaml.safe_load(text) or []
        except yaml.YAMLError as e:
            line = getattr(getattr(e, "problem_mark", None), "line", None)
            raise DataFileError(str(path), "not valid YAML", line=None if line is None else line + 1) from e
        if isinstance(data, dict):
            data = data.get("actors", [])
        if not isinstance(data, list):
            raise DataFileError(str(path), "expected a list of actors")
        yield from _rows(path, ((i + 1, row) for i, row in enumerate(data)))
    elif _looks_like_agents(text):
        yield from _petrarch_agents(path, text)
    else:
        yield from _petrarch_actors(path, text)


def _parse_date(value: object, path: Path, line: int) -> dt.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError as e:
        raise DataFileError(str(path), f"bad date {value!r}", line=line) from e


def _rows(path: Path, rows: Iterator[tuple[int, object]]) -> Iterator[Entry]:
    for line, row in rows:
        if not isinstance(row, dict):
            raise DataFileError(str(path), "expected a mapping with name and code", line=line)
        name = str(row.get("name") or "").strip()
        code = str(row.get("code") or "").strip().upper()
        country = str(row.get("country") or "").strip().upper() or (code[:3] if code else "")
        sector = str(row.get("sector") or "").strip().upper() or (code[3:6] if len(code) > 3 else "")
        if not name:
            raise DataFileError(str(path), "missing name", line=line)
        if not (code or country):
            raise DataFileError(str(path), f"{name}: missing code or country", line=line)
        variants = row.get("variants") or []
        if isinstance(variants, str):
            variants = [v.strip() for v in variants.split("|") if v.strip()]
        start = _parse_date(row.get("start"), path, line)
        end = _parse_date(row.get("end"), path, line)
        kind = "person" if row.get("role") or start or end else "org"
        for surface in [name, *variants]:
            yield Entry(surface, kind, name, country or None, sector or None,
                        role=str(row.get("role") or "other") if kind == "person" else None,
                        start=start, end=end, source=str(path), code=code or None)


def _petrarch_date(token: str) -> dt.date:
    digits = token.strip()
    if len(digits) == 6:  # YYMMDD, as TABARI wrote them
        year = int(digits[:2])
        digits = f"{1900 + year if year > 30 else 2000 + year}{digits[2:]}"
    return dt.date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))


def _code_spells(block: str) -> tuple[str, dt.date | None, dt.date | None]:
    """``USAGOV``, ``HOB < 950601``, ``HOBGOV 19950601 - 19990815``, ``HOBREB > 990816``."""
    parts = block.split()
    code = parts[0] if parts else ""
    rest = " ".join(parts[1:])
    if not rest:
        return code, None, None
    if rest.startswith("<"):
        return code, None, _petrarch_date(rest[1:]) - dt.timedelta(days=1)
    if rest.startswith(">"):
        return code, _petrarch_date(rest[1:]) + dt.timedelta(days=1), None
    start, _, end = rest.partition("-")
    return code, _petrarch_date(start), _petrarch_date(end)


def _surface(raw: str) -> str:
    return raw.strip().rstrip("_").replace("_", " ").strip()


def _left_out(path: Path, lines: list[int], what: str) -> None:
    """One warning for the lines of a dictionary that were left out, the rest of it kept."""
    if lines:
        _log.warning("%s: %d %s left out (first: line %d)", path, len(lines), what, lines[0])


def _petrarch_actors(path: Path, text: str) -> Iterator[Entry]:
    bad: list[int] = []
    names: list[str] = []
    spells: list[tuple[str, dt.date | None, dt.date | None]] = []  # the current name's codes
    for number, raw in enumerate(_strip_comments(text), start=1):
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        blocks = _CODE_BLOCK.findall(line)
        head = _CODE_BLOCK.sub("", line).strip()
        if head.startswith("+"):
            names.append(_surface(head[1:]))
            # A synonym listed after its name's codes ("GONDOR [GON]" then "+MINAS_TIRITH") shares them.
            if not blocks:
                yield from _petrarch_entries(path, names[0], [names[-1]], spells)
        elif head and not raw[0].isspace():
            names, spells = [_surface(head)], []
        for block in blocks:
            try:
                code, start, end = _code_spells(block)
            except (ValueError, IndexError):
                # A mistyped date ("[ARMUNR 9008223-911221]" in the Phoenix country file): that
                # spell is left out, the name's other spells and the rest of the file kept.
                bad.append(number)
                continue
            if code in _DISCARD or not names:
                continue
            # "[FRO/BIL/SAM]": the name stands for each of several actors.
            for part in code.upper().split("/"):
                spells.append((part, start, end))
                yield from _petrarch_entries(path, names[0], names, [(part, start, end)])
    _left_out(path, bad, "code block(s) with a date that cannot be read")


def _petrarch_entries(path: Path, name: str, surfaces: list[str],
                      spells: list[tuple[str, dt.date | None, dt.date | None]]) -> Iterator[Entry]:
    for code, start, end in spells:
        for surface in surfaces:
            yield Entry(surface, "person" if start or end else "org", name.title(),
                        code[:3], code[3:] or None, role="other" if start or end else None,
                        start=start, end=end, source=str(path), code=code, fold=True)


def _looks_like_agents(text: str) -> bool:
    return "[~" in text


def _petrarch_agents(path: Path, text: str) -> Iterator[SectorTerm]:
    macros: dict[str, list[str]] = {}
    skipped: list[int] = []
    for number, raw in enumerate(_strip_comments(text), start=1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("!") and "=" in line:
            name, _, values = line.partition("=")
            macros[name.strip()] = [v.strip() for v in values.split(",") if v.strip()]
            continue
        match = _AGENT_LINE.match(line)
        if not match or match.group("before") or not match.group("code"):
            # A term without a code, or a code placed before the actor's ("[NGO~]"), which a
            # sector word cannot hold: the line is left out, the rest of the file kept.
            skipped.append(number)
            continue
        term, plurals = match.group("term"), match.group("plurals") or ""
        code = match.group("code").strip().upper()
        forms = [term] + [p for p in plurals.strip("{}").split(",") if p.strip()]
        for form in forms:
            for expanded in _expand(form, macros):
                yield SectorTerm(_surface(expanded).lower(), code, code[:3])
    _left_out(path, skipped, "agent line(s) without a sector code")


def _expand(form: str, macros: dict[str, list[str]]) -> list[str]:
    for name, values in macros.items():
        if name in form:
            return [x for v in values for x in _expand(form.replace(name, v), macros)]
    return [form]


def _strip_comments(text: str) -> list[str]:
    """Drop ``<!-- ... -->`` blocks but keep line numbering."""
    return re.sub(r"<!--.*?-->", lambda m: "\n" * m.group(0).count("\n"), text, flags=re.S).splitlines()
