"""Bytes → text: byte-order marks, UTF-8, legacy code pages, and telling text from binary.

Order of attempts: a BOM (UTF-8/16/32) is authoritative; otherwise strict UTF-8; otherwise an
encoding the document declares (HTML ``charset=``); otherwise ``charset_normalizer``; latin-1 last,
because it decodes any byte string and so can never fail.
"""
from __future__ import annotations

import codecs
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

log = logging.getLogger(__name__)

# UTF-32-LE's BOM starts with UTF-16-LE's, so the 4-byte marks must be tried first.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_SNIFF_BYTES = 8192
# Control bytes that never occur in text files (tab, LF, FF, CR and ESC are left out on purpose).
_CONTROL = frozenset(range(0x00, 0x09)) | frozenset((0x0B, 0x0E, 0x0F)) | frozenset(range(0x10, 0x1B)) \
    | frozenset(range(0x1C, 0x20)) | {0x7F}
_MAX_CONTROL_SHARE = 0.05
_DECLARED = re.compile(rb"""charset\s*=\s*["']?([A-Za-z0-9_.:-]{2,40})""", re.IGNORECASE)


class BinaryContentError(ValueError):
    """The bytes are not text (an image, an archive, a PDF renamed to .txt ...)."""


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str


def bom_encoding(data: bytes) -> tuple[str, int] | None:
    """The encoding a byte-order mark announces, and the mark's length."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name, len(bom)
    return None


def _bomless_utf16(sample: bytes) -> str | None:
    # UTF-16 without a BOM is full of NULs; mostly-ASCII text puts them all on one parity.
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    even_nul, odd_nul = even.count(0) / len(even), odd.count(0) / len(odd)
    if odd_nul > 0.6 and even_nul < 0.05:
        return "utf-16-le"
    if even_nul > 0.6 and odd_nul < 0.05:
        return "utf-16-be"
    return None


def looks_binary(sample: bytes) -> bool:
    """NUL bytes or a high share of control bytes: not a text file (BOM-marked UTF-16/32 excepted)."""
    if not sample:
        return False
    if b"\x00" in sample:
        return True
    controls = sum(1 for byte in sample if byte in _CONTROL)
    return controls / len(sample) > _MAX_CONTROL_SHARE


def detect_legacy(data: bytes) -> str | None:
    """A single-byte (or CJK) code page for bytes that are not UTF-8, or None if nothing fits.

    ``charset_normalizer`` ranks the Western code pages (cp1250, cp1252, mac_latin2 ...) as ties
    on English text and then picks one arbitrarily, which turns "café" into "caf\u0192" style
    garbage. The corpus is English news, so cp1252 wins whenever the detector accepts it at all;
    it still rejects cp1252 for Cyrillic, Greek and other scripts, which then get their own page.
    """
    try:
        import charset_normalizer
    except ImportError:  # pragma: no cover - it is a declared dependency
        return None
    sample = data[: 1 << 20]
    western = charset_normalizer.from_bytes(sample, cp_isolation=["cp1252"]).best()
    if western is not None:
        return "cp1252"
    best = charset_normalizer.from_bytes(sample).best()
    return best.encoding if best is not None else None


def _declared_encoding(data: bytes) -> str | None:
    match = _DECLARED.search(data[:4096])
    if not match:
        return None
    name = match.group(1).decode("ascii").lower()
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode_bytes(data: bytes, *, use_declared: bool = False) -> Decoded:
    """Decode a whole file; raises BinaryContentError when the bytes are not text."""
    bom = bom_encoding(data)
    if bom is not None:
        name, skip = bom
        return Decoded(data[skip:].decode(name, errors="replace"), name)
    sample = data[:_SNIFF_BYTES]
    if b"\x00" in sample:
        utf16 = _bomless_utf16(sample)
        if utf16 is None:
            raise BinaryContentError("binary file (contains NUL bytes), not text")
        return Decoded(data.decode(utf16, errors="replace"), utf16)
    if looks_binary(sample):
        raise BinaryContentError("binary file (too many control characters), not text")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    candidates = [_declared_encoding(data) if use_declared else None, detect_legacy(data)]
    for name in candidates:
        if name and name not in {"utf_8", "utf-8"}:
            try:
                text = data.decode(name)
            except (UnicodeDecodeError, LookupError):
                continue
            log.debug("decoded as %s", name)
            return Decoded(text, name)
    return Decoded(data.decode("latin-1"), "latin-1")


def sniff_stream_encoding(head: bytes) -> str:
    """Encoding for a file read line by line (JSONL, CSV), judged from its first bytes.

    Returns a Python codec name; "utf-8-sig"/"utf-16"/"utf-32" consume their BOM themselves.
    Raises BinaryContentError for binary content.
    """
    bom = bom_encoding(head)
    if bom is not None:
        return {"utf-8": "utf-8-sig", "utf-16-le": "utf-16", "utf-16-be": "utf-16",
                "utf-32-le": "utf-32", "utf-32-be": "utf-32"}[bom[0]]
    if b"\x00" in head:
        utf16 = _bomless_utf16(head)
        if utf16 is None:
            raise BinaryContentError("binary file (contains NUL bytes), not text")
        return utf16
    if looks_binary(head):
        raise BinaryContentError("binary file (too many control characters), not text")
    try:
        # A multi-byte character may be cut at the end of the sample; that is not an error.
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
        return "utf-8"
    except UnicodeDecodeError:
        return detect_legacy(head) or "latin-1"


def _decode_line(raw: bytes, encoding: str) -> str:
    # UTF-8 first, line by line: a mostly-UTF-8 file with one legacy line (concatenated
    # dumps) keeps both right; a legacy byte sequence is almost never valid UTF-8 by chance.
    for name in ("utf-8", encoding):
        try:
            return raw.decode(name)
        except (UnicodeDecodeError, LookupError):
            continue
    return decode_bytes(raw).text if b"\x00" not in raw else raw.decode("latin-1")


def iter_lines(stream: BinaryIO, encoding: str, *, max_line_bytes: int) -> Iterator[tuple[int, str | None]]:
    """(line number, text) for each physical line; text is None when a line exceeds the limit.

    An over-long line is skipped without holding it in memory, so one giant record cannot
    exhaust memory while the rest of the file is still read.
    """
    if encoding in {"utf-16", "utf-32", "utf-16-le", "utf-16-be"}:
        # Multi-byte encodings cannot be split on b"\n"; let the codec find line ends.
        reader = codecs.getreader(encoding)(stream, errors="replace")
        for number, line in enumerate(reader, start=1):
            yield number, (line if len(line) <= max_line_bytes else None)
        return
    number = 0
    first = True
    while True:
        raw = stream.readline(max_line_bytes + 1)
        if not raw:
            return
        number += 1
        if len(raw) > max_line_bytes and not raw.endswith(b"\n"):
            while raw and not raw.endswith(b"\n"):
                raw = stream.readline(1 << 20)
            yield number, None
            first = False
            continue
        if first and encoding == "utf-8-sig":
            raw = raw.removeprefix(codecs.BOM_UTF8)
        first = False
        yield number, _decode_line(raw, encoding)
