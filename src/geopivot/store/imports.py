"""Import other producers' coded events (GDELT, ICEWS, POLECAT) into the store.

Each file is read by DuckDB's CSV reader into a staging table and written with one
INSERT ... SELECT, so a day of GDELT takes a second or two rather than minutes of Python.
Rows DuckDB cannot parse (wrong column count, a date or number that does not convert) and
rows the layout rejects (no id, bad CAMEO code) are skipped and reported as ``file:line``;
the good rows beside them are imported. A file whose bytes were imported before is not read
again (the ``imports`` table), and the events' primary key keeps the same event from being
stored twice when it arrives in another file.
"""
from __future__ import annotations

import bisect
import csv
import datetime as dt
import gzip
import hashlib
import re
import shutil
import tempfile
import time
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

import duckdb
import pyarrow as pa

from geopivot.errors import InputError, StoreError
from geopivot.models import InputProblem
from geopivot.store.imports_formats import LAYOUTS, Layout, country_code
from geopivot.store.store import Store
from geopivot.terminal import printable

PRODUCERS = tuple(LAYOUTS)
_UNSUPPORTED_WRAPPERS = {".bz2", ".xz", ".7z", ".zst", ".rar", ".tar"}
_TEMP_TABLES = ("import_stage", "import_rejects", "import_scans", "import_countries",
                "import_ontology")


@dataclass(frozen=True, slots=True)
class FileImport:
    """What importing one file did."""

    path: str
    rows_read: int = 0
    rows_imported: int = 0
    rows_skipped_duplicate: int = 0
    problems: tuple[InputProblem, ...] = ()
    unknown_countries: dict[str, int] = field(default_factory=dict)  # name -> rows
    already_imported: bool = False
    seconds: float = 0.0

    def summary(self) -> str:
        if self.already_imported:
            return f"{self.path}: already imported, nothing added"
        # Every row read is imported, a duplicate of a stored event, or rejected (listed as
        # file:line with its reason): the three add up to the rows read.
        line = (f"{self.path}: {self.rows_read} read = {self.rows_imported} imported + "
                f"{self.rows_skipped_duplicate} duplicate + {len(self.problems)} rejected "
                f"({self.seconds:.1f}s)")
        if self.unknown_countries:
            rows = sum(self.unknown_countries.values())
            names = ", ".join(sorted(self.unknown_countries)[:5])
            line += f"; {rows} country names not recognised ({names})"
        return line


@dataclass(frozen=True, slots=True)
class ImportResult:
    """Totals of one import over all its files."""

    producer: str
    files: tuple[FileImport, ...]
    rows_read: int
    rows_imported: int
    rows_skipped_duplicate: int
    problems: tuple[InputProblem, ...]
    unknown_countries: dict[str, int]

    @classmethod
    def of(cls, producer: str, files: Sequence[FileImport]) -> ImportResult:
        unknown: dict[str, int] = {}
        for f in files:
            for name, rows in f.unknown_countries.items():
                unknown[name] = unknown.get(name, 0) + rows
        return cls(producer, tuple(files), sum(f.rows_read for f in files),
                   sum(f.rows_imported for f in files), sum(f.rows_skipped_duplicate for f in files),
                   tuple(p for f in files for p in f.problems), unknown)


def import_events(store: Store, paths: Iterable[str | Path], *, producer: str,
                  on_file: Callable[[FileImport], None] | None = None) -> ImportResult:
    """Import event files of ``producer`` (gdelt, icews or polecat) into ``store``.

    A file that cannot be read at all becomes one problem without a line number; the other
    files are still imported. ``on_file`` is called after each file (for progress output)."""
    if producer not in LAYOUTS:
        raise ValueError(f"unknown producer {producer!r}; expected one of {', '.join(PRODUCERS)}")
    done = []
    for path in map(Path, paths):
        try:
            result = _import_file(store, path, producer)
        except InputError as e:
            result = FileImport(str(path), problems=(InputProblem(e.path, e.reason, e.line),))
        finally:
            _drop_temp_tables(store.con)
        done.append(result)
        if on_file is not None:
            on_file(result)
    return ImportResult.of(producer, done)


def _import_file(store: Store, path: Path, producer: str) -> FileImport:
    started = time.perf_counter()
    shown = str(path)
    try:
        digest = _file_hash(path)
    except OSError as e:
        raise InputError(shown, f"cannot read: {e.strerror or e}") from e
    try:
        seen = store.con.execute("SELECT 1 FROM imports WHERE producer = ? AND file_hash = ?",
                                 [producer, digest]).fetchone()
    except duckdb.Error as e:  # a read-only file of an older schema has no imports table
        raise StoreError(f"{store.path}: cannot import: {_first(e)}") from e
    if seen:
        return FileImport(shown, already_imported=True, seconds=time.perf_counter() - started)
    with _readable(path) as source:
        try:
            layout = LAYOUTS[producer](_first_line(source, shown), shown)
        except csv.Error as e:
            raise InputError(shown, f"unreadable header line ({e})", line=1) from e
        _stage(store.con, source, layout, shown)
        rejects = _rejects(store.con, shown)
        unknown = _register_countries(store.con, layout)
        _register_ontology(store.con)
        store.con.execute(f"CREATE TEMP VIEW import_mapped AS {layout.query}")
        staged = int(store.con.execute("SELECT count(*) FROM import_stage").fetchone()[0])
        bad = store.con.execute("SELECT stage_row, problem FROM import_mapped "
                                "WHERE problem IS NOT NULL ORDER BY stage_row").fetchall()
        problems = rejects + _locate(source, bad, layout, {p.line for p in rejects}, shown)
    import_id = f"{producer}:{digest[:20]}"
    try:
        store.con.execute("BEGIN TRANSACTION")
        imported = int(store.con.execute(
            "INSERT OR IGNORE INTO events BY NAME SELECT * EXCLUDE (stage_row, problem), "
            "? AS run_id FROM import_mapped WHERE problem IS NULL", [import_id]).fetchone()[0])
        store.con.execute("INSERT INTO imports (import_id, producer, path, file_hash, rows, imported_at) "
                          "VALUES (?, ?, ?, ?, ?, ?)",
                          [import_id, producer, str(path.resolve()), digest, imported, dt.datetime.now()])
        store.con.execute("COMMIT")
    except duckdb.Error as e:
        with suppress(duckdb.Error):  # DuckDB may have aborted it already (a full disk does)
            store.con.execute("ROLLBACK")
        hint = "; open it writable (read_only=False)" if "read-only" in str(e) else ""
        raise StoreError(f"{store.path}: import of {shown} failed: {_first(e)}{hint}") from e
    valid = staged - len(bad)
    problems.sort(key=lambda p: p.line or 0)
    return FileImport(shown, rows_read=staged + len(rejects), rows_imported=imported,
                      rows_skipped_duplicate=valid - imported, problems=tuple(problems),
                      unknown_countries=unknown, seconds=time.perf_counter() - started)


# -- reading ---------------------------------------------------------------------------------
def _file_hash(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


@contextmanager
def _readable(path: Path) -> Iterator[Path]:
    """A path DuckDB can read: the file itself (plain or .gz), or a zip's one member."""
    suffix = path.suffix.lower()
    if suffix in _UNSUPPORTED_WRAPPERS:
        raise InputError(str(path), f"{suffix} files are not supported; use plain, .gz or .zip")
    if suffix != ".zip":
        yield path
        return
    try:
        with zipfile.ZipFile(path) as archive:
            members = [m for m in archive.infolist() if not m.is_dir()]
            if len(members) != 1:
                raise InputError(str(path), f"zip holds {len(members)} files; expected one")
            member = members[0]
            _check_member(member, str(path))
            with tempfile.TemporaryDirectory(prefix="geopivot-import-") as tmp:
                # Our own file name, never the member's ("..", "/etc/x"); keep its suffix so that
                # DuckDB sees whether it is gzip-compressed.
                suffix = PurePosixPath(member.filename).suffix.lower()
                target = Path(tmp) / ("member" + (suffix if _SAFE_SUFFIX.fullmatch(suffix) else ""))
                with archive.open(member) as src, target.open("wb") as out:
                    shutil.copyfileobj(src, out, 1 << 20)
                yield target
    except (zipfile.BadZipFile, zipfile.LargeZipFile, RuntimeError, NotImplementedError, EOFError) as e:
        raise InputError(str(path), f"not a readable zip file: {_first(e)}") from e


_SAFE_SUFFIX = re.compile(r"\.[a-z0-9]{1,8}")
MAX_EXPANSION = 200  # a CSV compresses ~10:1; 200:1 and over 64 MB is a decompression bomb
_BOMB_BYTES = 64 << 20


def _check_member(member: zipfile.ZipInfo, shown: str) -> None:
    name = PurePosixPath(member.filename)
    if member.flag_bits & 0x1:
        raise InputError(shown, f"zip member {printable(member.filename)!r} is encrypted; extract it first")
    if not name.name or name.name in {".", ".."} or ".." in name.parts:
        raise InputError(shown, f"zip member has an unsafe name {printable(member.filename)!r}")
    if member.file_size > _BOMB_BYTES and member.file_size > MAX_EXPANSION * max(member.compress_size, 1):
        raise InputError(shown, f"zip member expands {member.file_size // max(member.compress_size, 1):,} "
                                "times (a decompression bomb?); extract it yourself if it is real")


def _open_text(source: Path):  # type: ignore[no-untyped-def]
    if source.suffix.lower() == ".gz":
        return gzip.open(source, "rt", encoding="utf-8", errors="replace", newline="")
    return source.open(encoding="utf-8", errors="replace", newline="")


MAX_HEADER_CHARS = 1 << 20


def _first_line(source: Path, shown: str) -> str:
    try:
        with _open_text(source) as handle:
            # Bounded: a small .gz can expand to one line of gigabytes.
            line = handle.readline(MAX_HEADER_CHARS)
    except (OSError, EOFError, zlib.error) as e:
        raise InputError(shown, f"cannot read: {_first(e)}") from e
    if len(line) >= MAX_HEADER_CHARS and not line.endswith("\n"):
        raise InputError(shown, f"first line is longer than {MAX_HEADER_CHARS:,} characters; "
                                "not a header or an event row", line=1)
    line = line.lstrip("\ufeff").rstrip("\r\n")
    if not line.strip():
        raise InputError(shown, "empty file", line=1)
    return line


def _stage(con: duckdb.DuckDBPyConnection, source: Path, layout: Layout, shown: str) -> None:
    try:
        con.execute(
            f"CREATE TEMP TABLE import_stage AS SELECT {', '.join(_quoted(layout.keep))} "
            "FROM read_csv(?, delim = ?, quote = ?, "
            "escape = ?, header = ?, columns = ?, dateformat = ?, auto_detect = false, "
            "nullstr = ['NA', ''], ignore_errors = true, store_rejects = true, "
            "rejects_table = 'import_rejects', rejects_scan = 'import_scans', "
            "max_line_size = 10000000)",
            [str(source), layout.delim, layout.quote, layout.quote, layout.header,
             layout.columns, layout.dateformat])
    except duckdb.Error as e:
        raise InputError(shown, f"cannot read as CSV: {_first(e)}") from e


def _first(error: Exception) -> str:
    """The first line of a DuckDB message (the rest is hints for SQL users)."""
    return str(error).splitlines()[0] if str(error) else type(error).__name__


def _quoted(names: Iterable[str]) -> list[str]:
    return ['"' + n.replace('"', '""') + '"' for n in names]


def _rejects(con: duckdb.DuckDBPyConnection, shown: str) -> list[InputProblem]:
    # One row can fail on several columns; its first error is enough to act on.
    rows = con.execute("SELECT line, any_value(error_type ORDER BY column_idx), "
                       "any_value(error_message ORDER BY column_idx) FROM import_rejects "
                       "GROUP BY line ORDER BY line").fetchall()
    return [InputProblem(shown, _reason(kind, message), int(line)) for line, kind, message in rows]


def _reason(kind: str, message: str) -> str:
    if kind == "CAST":
        # 'Error when converting column "Event Date". Could not convert string "x" to 'DATE''
        return message.replace("Error when converting column", "column").rstrip(".")
    return message.replace("Expected Number of Columns", "expected columns").lower() \
        if "Columns" in message else message


def _locate(source: Path, bad: list[tuple[int, str]], layout: Layout, rejected: set[int | None],
            shown: str) -> list[InputProblem]:
    """Line numbers of staged rows: DuckDB drops blank lines and rejected rows, so the
    n-th staged row is the n-th line that is neither (one line per row in these formats)."""
    if not bad:
        return []
    wanted = sorted({row for row, _ in bad})
    lines: dict[int, int] = {}
    index = 0
    with _open_text(source) as handle:
        for number, text in enumerate(handle, start=1):
            if (layout.header and number == 1) or not text.strip() or number in rejected:
                continue
            position = bisect.bisect_left(wanted, index)
            if position < len(wanted) and wanted[position] == index:
                lines[index] = number
            index += 1
            if index > wanted[-1]:
                break
    return [InputProblem(shown, reason, lines.get(row)) for row, reason in bad]


# -- lookups shared with the layouts' SQL ----------------------------------------------------------
def _register_countries(con: duckdb.DuckDBPyConnection, layout: Layout) -> dict[str, int]:
    """Map the file's country names to ISO3 in a temp table; return unknown names -> rows."""
    names: dict[str, int] = {}
    for column in layout.country_columns:
        for name, rows in con.execute(f'SELECT "{column}", count(*) FROM import_stage '
                                      f'WHERE "{column}" IS NOT NULL GROUP BY 1').fetchall():
            names[name] = names.get(name, 0) + rows
    lookup = _state_lookup()
    codes = {name: country_code(name, lookup) for name in names}
    con.register("import_countries_view", pa.table({
        "name": pa.array(list(codes), pa.string()), "iso3": pa.array(list(codes.values()), pa.string())}))
    con.execute("CREATE TEMP TABLE import_countries AS SELECT * FROM import_countries_view")
    con.unregister("import_countries_view")
    return {name: names[name] for name, code in codes.items() if code is None}


def _state_lookup() -> Callable[[str], list[str]]:
    from geopivot.actors.kb import load_kb

    kb = load_kb()
    return lambda name: [e.country for e in kb.lookup(name) if e.kind == "state" and e.country]


def _register_ontology(con: duckdb.DuckDBPyConnection) -> None:
    from geopivot.events.ontology import load_ontology

    types = list(load_ontology())
    con.register("import_ontology_view", pa.table({
        "code": [t.code for t in types], "name": [t.name for t in types],
        "plover_type": [t.plover_type if t.plover_type not in ("", "NONE") else None for t in types],
        "plover_mode": [t.plover_mode or None for t in types]}))
    con.execute("CREATE TEMP TABLE import_ontology AS SELECT * FROM import_ontology_view")
    con.unregister("import_ontology_view")


def _drop_temp_tables(con: duckdb.DuckDBPyConnection) -> None:
    con.execute("DROP VIEW IF EXISTS import_mapped")
    for name in _TEMP_TABLES:
        con.execute(f"DROP TABLE IF EXISTS {name}")
