"""One file (or stdin) → Articles and InputProblems, by format.

Size policy: .txt/.md/.html are read whole, so their size is checked with stat() before reading
and anything over ``max_file_bytes`` is refused. .jsonl/.csv are streamed record by record, so the
file may be any size; only a single JSONL line (or CSV field) over the limit is refused.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import logging
import stat
from collections.abc import Iterable, Iterator
from itertools import chain
from pathlib import Path
from typing import TextIO

from geopivot.ingest.decode import BinaryContentError, decode_bytes, iter_lines, sniff_stream_encoding
from geopivot.ingest.records import record_article, text_article
from geopivot.ingest.webpage import html_article
from geopivot.models import Article, InputProblem
from geopivot.settings import IngestSettings

log = logging.getLogger(__name__)

Item = Article | InputProblem

TEXT, MARKDOWN, HTML, JSONL, CSV = "text", "markdown", "html", "jsonl", "csv"
FORMATS = {".txt": TEXT, ".md": MARKDOWN, ".html": HTML, ".htm": HTML, ".jsonl": JSONL, ".csv": CSV}
STDIN_LABEL = "<stdin>"
_HEAD_BYTES = 64 * 1024


def size_text(n: int) -> str:
    for unit, factor in (("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10)):
        if n >= factor:
            return f"{n / factor:g} {unit}"
    return f"{n} bytes"


def _os_reason(exc: OSError) -> str:
    if isinstance(exc, PermissionError):
        return "permission denied"
    if isinstance(exc, IsADirectoryError):
        return "is a directory, not a file"
    return (exc.strerror or str(exc)).lower()


def read_file(path: Path, *, settings: IngestSettings = IngestSettings(), label: str | None = None
              ) -> Iterator[Item]:
    """Every article in one file, or the problems that kept them out; never raises for bad input."""
    name = label or str(path)
    try:
        info = path.stat()
    except FileNotFoundError:
        broken = path.is_symlink()
        yield InputProblem(name, "broken symbolic link" if broken else "no such file or directory")
        return
    except OSError as exc:
        yield InputProblem(name, _os_reason(exc))
        return
    if stat.S_ISDIR(info.st_mode):
        yield InputProblem(name, "is a directory, not a file")
        return
    if not stat.S_ISREG(info.st_mode):
        yield InputProblem(name, "not a regular file")
        return
    kind = FORMATS.get(path.suffix.lower())
    if kind is None:
        expected = ", ".join(FORMATS)
        yield InputProblem(name, f"unsupported file type '{path.suffix or '(none)'}' (expected {expected})")
        return
    if info.st_size == 0:
        yield InputProblem(name, "file is empty")
        return
    mtime = dt.date.fromtimestamp(info.st_mtime)
    try:
        if kind in (JSONL, CSV):
            with path.open("rb", buffering=_HEAD_BYTES) as stream:
                yield from _read_stream(stream, kind=kind, name=name, settings=settings)
            return
        if info.st_size > settings.max_file_bytes:
            yield InputProblem(name, f"file is larger than {size_text(settings.max_file_bytes)} limit")
            return
        data = path.read_bytes()
    except OSError as exc:
        yield InputProblem(name, _os_reason(exc))
        return
    yield _whole_file(data, kind=kind, name=name, mtime=mtime)


def _whole_file(data: bytes, *, kind: str, name: str, mtime: dt.date) -> Item:
    try:
        decoded = decode_bytes(data, use_declared=kind == HTML)
    except BinaryContentError as exc:
        return InputProblem(name, str(exc))
    if decoded.encoding not in {"utf-8", "ascii"}:
        log.info("%s: read as %s", name, decoded.encoding)
    if not decoded.text.strip():
        return InputProblem(name, "file contains only whitespace")
    if kind == HTML:
        return html_article(decoded.text, path=name, mtime=mtime)
    return text_article(decoded.text, path=name, mtime=mtime, markdown=kind == MARKDOWN)


def _read_stream(stream: io.BufferedReader, *, kind: str, name: str, settings: IngestSettings
                 ) -> Iterator[Item]:
    head = stream.peek(_HEAD_BYTES)[:_HEAD_BYTES]
    try:
        encoding = sniff_stream_encoding(head)
    except BinaryContentError as exc:
        yield InputProblem(name, str(exc))
        return
    if kind == JSONL:
        lines = iter_lines(stream, encoding, max_line_bytes=settings.max_file_bytes)
        yield from parse_jsonl(lines, name=name, settings=settings)
    else:
        # CSV fields may span lines; the csv module enforces the size limit per field.
        lines = iter_lines(stream, encoding, max_line_bytes=1 << 62)
        yield from parse_csv((text or "" for _, text in lines), name=name, settings=settings)


def _truncated(exc: json.JSONDecodeError, text: str) -> bool:
    return exc.msg.startswith("Unterminated") or exc.pos >= len(text) - 1


def parse_jsonl(lines: Iterable[tuple[int, str | None]], *, name: str, settings: IngestSettings
                ) -> Iterator[Item]:
    """Articles from numbered JSONL lines; a bad line becomes a problem and reading goes on."""
    limit = size_text(settings.max_file_bytes)
    found = False
    for number, line in lines:
        if line is None:
            yield InputProblem(name, f"record is larger than {limit} limit", line=number)
            continue
        text = line.strip()
        if not text:
            continue
        found = True
        try:
            value = json.loads(text)
        except json.JSONDecodeError as exc:
            if not line.endswith("\n") and _truncated(exc, text):
                reason = "truncated record: the file ends in the middle of a JSON object"
            else:
                reason = f"not valid JSON ({exc.msg}, column {exc.colno})"
            yield InputProblem(name, reason, line=number)
            continue
        if not isinstance(value, dict):
            yield InputProblem(name, f"record is a JSON {type(value).__name__}, not an object", line=number)
            continue
        yield record_article(value, path=name, line=number)
    if not found:
        yield InputProblem(name, "file contains no records")


def parse_csv(lines: Iterable[str], *, name: str, settings: IngestSettings) -> Iterator[Item]:
    """Articles from CSV text lines with a header naming at least a ``text`` column."""
    csv.field_size_limit(max(settings.max_file_bytes, csv.field_size_limit()))
    reader = csv.reader(iter(lines))
    try:
        header = next(reader)
    except StopIteration:
        yield InputProblem(name, "file contains no records")
        return
    except csv.Error as exc:
        yield InputProblem(name, f"unreadable CSV header ({exc})", line=1)
        return
    columns = [column.strip().lower() for column in header]
    if "text" not in columns:
        shown = ", ".join(c for c in columns if c) or "nothing"
        yield InputProblem(name, f"CSV header has no 'text' column (found: {shown})", line=1)
        return
    start = reader.line_num + 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            reason = str(exc)
            if "field larger than field limit" in reason:
                reason = f"record is larger than {size_text(settings.max_file_bytes)} limit"
            yield InputProblem(name, f"malformed CSV row ({reason})", line=start)
            start = reader.line_num + 1
            continue
        line, start = start, reader.line_num + 1
        if not any(cell.strip() for cell in row):
            continue
        if len(row) > len(columns):
            yield InputProblem(name, f"row has {len(row)} fields but the header names {len(columns)}",
                               line=line)
            continue
        fields = {column: cell for column, cell in zip(columns, row) if column}
        yield record_article(fields, path=name, line=line)


def read_stdin(stream: TextIO, *, settings: IngestSettings = IngestSettings()) -> Iterator[Item]:
    """stdin as JSONL when its first non-blank character is '{', else as one plain-text article."""
    pending: list[str] = []
    for line in stream:
        pending.append(line)
        if line.strip():
            break
    if not "".join(pending).strip():
        yield InputProblem(STDIN_LABEL, "no input on stdin")
        return
    if pending[-1].lstrip().startswith("{"):
        limit = settings.max_file_bytes
        numbered = ((n, line if len(line) <= limit else None)
                    for n, line in enumerate(chain(pending, stream), start=1))
        yield from parse_jsonl(numbered, name=STDIN_LABEL, settings=settings)
        return
    consumed = sum(len(line) for line in pending)
    rest = stream.read(max(0, settings.max_file_bytes + 1 - consumed))
    text = "".join(pending) + rest
    if len(text.encode("utf-8", errors="replace")) > settings.max_file_bytes:
        yield InputProblem(STDIN_LABEL, f"input is larger than {size_text(settings.max_file_bytes)} limit")
        return
    yield text_article(text, path=STDIN_LABEL, mtime=None)
