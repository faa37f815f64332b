"""One file (or stdin) → Articles and InputProblems, by format.

Size policy: .txt/.md/.html are read whole, so their size is checked with stat() before reading
and anything over ``max_file_bytes`` is refused. .jsonl/.csv are streamed record by record, so the
file may be any size; only a single JSONL line (or CSV field) over the limit is refused.
"""
from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import json
import logging
import os
import stat
from collections.abc import Generator, Iterable, Iterator
from itertools import chain
from pathlib import Path
from typing import BinaryIO, TextIO

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


def file_date(mtime: float) -> dt.date | None:
    """The day of a file's mtime, or None when it lies outside years 1-9999 (a touched or
    corrupt file system entry): the mtime is only a last resort for dating."""
    try:
        return dt.date.fromtimestamp(mtime)
    except (ValueError, OverflowError, OSError):
        return None


def display_name(path: Path) -> str:
    """A path as text that can be printed and stored: bytes that are not UTF-8 are written as
    escapes (\\xe9) instead of the lone surrogates Python uses to carry them."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def read_file(path: Path, *, settings: IngestSettings = IngestSettings(), label: str | None = None
              ) -> Iterator[Item]:
    """Every article in one file, or the problems that kept them out; never raises for bad input."""
    name = label or display_name(path)
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
    mtime = file_date(info.st_mtime)
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


def _whole_file(data: bytes, *, kind: str, name: str, mtime: dt.date | None) -> Item:
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
        except RecursionError:
            yield InputProblem(name, "JSON nested too deeply to read", line=number)
            continue
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


_MAX_REREAD_LINES = 10_000  # a longer broken record is skipped whole: re-reading it could be quadratic


class _RecordLines:
    """The lines a csv.reader pulls, kept since the last ``mark()``: the raw text of one record."""

    def __init__(self, lines: Iterator[str]) -> None:
        self._lines = lines
        self.taken: list[str] = []

    def __iter__(self) -> _RecordLines:
        return self

    def __next__(self) -> str:
        line = next(self._lines)
        self.taken.append(line)
        return line

    def mark(self) -> None:
        self.taken = []

    @property
    def rest(self) -> Iterator[str]:
        return self._lines


def parse_csv(lines: Iterable[str], *, name: str, settings: IngestSettings) -> Iterator[Item]:
    """Articles from CSV text lines with a header naming at least a ``text`` column."""
    csv.field_size_limit(max(settings.max_file_bytes, csv.field_size_limit()))
    rest = iter(lines)
    reader = csv.reader(rest)
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
    first_line: int | None = reader.line_num + 1
    while first_line is not None:
        # After an unterminated quote, reading starts again on the line after the record's first.
        source = _RecordLines(rest)
        first_line, rest = yield from _csv_rows(source, columns, first_line=first_line, name=name,
                                                settings=settings)


def _csv_rows(source: _RecordLines, columns: list[str], *, first_line: int, name: str,
              settings: IngestSettings) -> Generator[Item, None, tuple[int | None, Iterator[str]]]:
    """Rows until the end of the file, or until a quote error in a record of several lines: a
    quoted field opened and never properly closed swallows the rows after it. Then the record's
    first line is reported and (its line + 1, its other lines followed by the rest) returned, so
    that the caller reads those rows again as rows of their own."""
    # strict: a quote followed by anything but a delimiter, or the end of the file inside a
    # quoted field, is an error; the lenient default silently merges rows.
    reader = csv.reader(source, strict=True)
    offset = first_line - 1  # physical lines before this reader's first
    start = first_line
    while True:
        source.mark()
        try:
            row = next(reader)
        except StopIteration:
            return None, iter(())
        except csv.Error as exc:
            reason = str(exc)
            taken = source.taken
            if 1 < len(taken) <= _MAX_REREAD_LINES:
                yield InputProblem(name, "unterminated quote: a quoted field is not closed where its "
                                         "record ends; the lines after this one are read again as rows",
                                   line=start)
                return start + 1, chain(taken[1:], source.rest)
            if "field larger than field limit" in reason:
                reason = f"record is larger than {size_text(settings.max_file_bytes)} limit"
            elif "unexpected end of data" in reason:
                reason = "unterminated quote at the end of the file"
            yield InputProblem(name, f"malformed CSV row ({reason})", line=start)
            start = offset + reader.line_num + 1
            continue
        line, start = start, offset + reader.line_num + 1
        if not any(cell.strip() for cell in row):
            continue
        if len(row) > len(columns):
            yield InputProblem(name, f"row has {len(row)} fields but the header names {len(columns)}",
                               line=line)
            continue
        fields = {column: cell for column, cell in zip(columns, row) if column}
        yield record_article(fields, path=name, line=line)


def read_stdin(stream: TextIO, *, settings: IngestSettings = IngestSettings()) -> Iterator[Item]:
    """stdin as JSONL when its first non-blank character is '{', else as one plain-text article.

    The bytes under a text stream are read (and decoded as files are: BOM, UTF-8, legacy code
    page, binary refused), so stdin in Latin-1 or UTF-16 is read like the same bytes in a file."""
    raw = getattr(stream, "buffer", None)
    if raw is not None:
        yield from _read_stdin_bytes(raw, settings=settings)
        return
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


class _Prefixed(io.RawIOBase):
    """Bytes already read (the head that was sniffed) followed by the rest of a stream."""

    def __init__(self, head: bytes, rest: BinaryIO) -> None:
        self._head, self._rest = memoryview(head), rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        if self._head:
            n = min(len(buffer), len(self._head))
            buffer[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        data = self._rest.read(len(buffer))
        buffer[:len(data)] = data
        return len(data)


def _read_stdin_bytes(raw: BinaryIO, *, settings: IngestSettings) -> Iterator[Item]:
    head = raw.read(_HEAD_BYTES)
    if not head.strip():
        head += raw.read(settings.max_file_bytes + 1)
        if not head.strip():
            yield InputProblem(STDIN_LABEL, "no input on stdin")
            return
    try:
        encoding = sniff_stream_encoding(head)
    except BinaryContentError as exc:
        yield InputProblem(STDIN_LABEL, str(exc).replace("binary file", "binary input"))
        return
    stream = io.BufferedReader(_Prefixed(head, raw), buffer_size=_HEAD_BYTES)
    if _first_text(head, encoding).startswith("{"):
        lines = iter_lines(stream, encoding, max_line_bytes=settings.max_file_bytes)
        yield from parse_jsonl(lines, name=STDIN_LABEL, settings=settings)
        return
    data = stream.read(settings.max_file_bytes + 1)
    if len(data) > settings.max_file_bytes:
        yield InputProblem(STDIN_LABEL, f"input is larger than {size_text(settings.max_file_bytes)} limit")
        return
    yield _whole_file(data, kind=TEXT, name=STDIN_LABEL, mtime=None)


def _first_text(head: bytes, encoding: str) -> str:
    decoder = codecs.getincrementaldecoder(encoding)(errors="replace")
    return decoder.decode(head[:4096]).lstrip("\ufeff \t\r\n")
