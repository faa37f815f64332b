"""Building Articles: ids, content hashes, the date priority chain, and JSONL/CSV record checks."""
from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Mapping

from geopivot.ingest.boilerplate import clean_text
from geopivot.ingest.dates import find_stamp, parse_date, plausible
from geopivot.ingest.paragraphs import split_paragraphs, strip_markdown
from geopivot.models import Article, DateSource, InputProblem

_ID_CHARS = 16
_OPTIONAL_TEXT_FIELDS = ("title", "url", "source")


def normalised(text: str) -> str:
    """Whitespace-collapsed, lowercased text: what makes two copies "the same"."""
    return " ".join(text.lower().split())


def content_hash(text: str) -> str:
    return hashlib.sha1(normalised(text).encode("utf-8")).hexdigest()


def resolve_date(metadata: dt.date | None, text: str, mtime: dt.date | None
                 ) -> tuple[dt.date | None, DateSource, float | None]:
    """What the file itself says: metadata → a stamp at the top of the text → the file's mtime →
    none, with a confidence. The run's date policy (geopivot.ingest.dating) then decides: a
    user's date beats the text, and the mtime is dropped unless asked for."""
    if metadata is not None:
        return metadata, "metadata", 1.0
    found = find_stamp(text, reference=mtime)
    if found is not None:
        return found[0], "text", found[1]
    if mtime is not None and plausible(mtime):
        return mtime, "mtime", None
    return None, "none", None


def make_article(text: str, *, path: str, record_id: str | None = None, title: str | None = None,
                 date: dt.date | None = None, date_source: DateSource = "none", source: str | None = None,
                 url: str | None = None, date_confidence: float | None = None) -> Article:
    digest = content_hash(text)
    return Article(id=record_id or digest[:_ID_CHARS], text=text, title=title or None, date=date,
                   date_source=date_source, date_confidence=date_confidence, source=source or None,
                   url=url or None, path=path, content_hash=digest)


def text_article(raw: str, *, path: str, mtime: dt.date | None, markdown: bool = False
                 ) -> Article | InputProblem:
    """One plain-text (or Markdown) article: boilerplate removed, title from the first line."""
    if not raw.strip():
        return InputProblem(path, "no text")
    if markdown:
        raw = strip_markdown(raw)
    cleaned = clean_text(raw)
    if not cleaned.text:
        return InputProblem(path, "no article text left after removing boilerplate")
    day, source, confidence = resolve_date(None, raw, mtime)
    return make_article(cleaned.text, path=path, title=cleaned.title, date=day, date_source=source,
                        date_confidence=confidence)


def _optional_text(record: Mapping[str, object], field: str) -> str | None:
    value = record.get(field)
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValueError(f"'{field}' must be a string, not {type(value).__name__}")
    return value.strip() or None


def _record_id(record: Mapping[str, object]) -> str | None:
    value = record.get("id")
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise ValueError(f"'id' must be a string or an integer, not {type(value).__name__}")
    return str(value).strip() or None


def _record_date(record: Mapping[str, object]) -> dt.date | None:
    value = record.get("date")
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if not isinstance(value, str):
        raise ValueError(f"bad date {value!r}: dates must be strings such as '2017-12-15'")
    day = parse_date(value)
    if day is None:
        raise ValueError(f"bad date {value!r} (expected e.g. 2017-12-15 or 15 December 2017)")
    if not plausible(day):
        raise ValueError(f"implausible date {value!r} (before 1900 or in the future)")
    return day


def _surrogate_field(record: Mapping[str, object]) -> str | None:
    """The first field whose string holds a lone surrogate: JSON's "\\ud800" escape decodes to
    one, and no UTF-8 writer (the store, the terminal) can take it."""
    for key, value in record.items():
        if isinstance(value, str) and not value.isascii():
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                return key.encode("utf-8", "backslashreplace").decode("utf-8")
    return None


def record_article(record: Mapping[str, object], *, path: str, line: int) -> Article | InputProblem:
    """One JSONL/CSV record → an Article, or a problem naming the field at fault.

    Records carry no file date: the mtime of a JSONL dump says when the dump was written, not
    when each article was published, so undated records fall back to the text, then to none.
    """
    where = f"{path}:{line}"
    if "text" not in record:
        return InputProblem(path, "record has no 'text' field", line=line)
    raw = record["text"]
    if not isinstance(raw, str):
        return InputProblem(path, f"'text' must be a string, not {type(raw).__name__}", line=line)
    if not raw.strip():
        return InputProblem(path, "record text is empty", line=line)
    broken = _surrogate_field(record)
    if broken is not None:
        return InputProblem(path, f"'{broken}' holds a lone surrogate (an escape such as \\ud800 "
                                  "that is half of a character), not valid Unicode", line=line)
    try:
        record_id = _record_id(record)
        title, url, source = (_optional_text(record, field) for field in _OPTIONAL_TEXT_FIELDS)
        day = _record_date(record)
    except ValueError as exc:
        return InputProblem(path, str(exc), line=line)
    cleaned = clean_text(raw, title=title)
    # A record's text was chosen by whoever built the file: never drop all of it.
    body = cleaned.text or "\n\n".join(split_paragraphs(raw))
    day, date_source, confidence = resolve_date(day, raw, None)
    return make_article(body, path=where, record_id=record_id, title=cleaned.title, date=day,
                        date_source=date_source, date_confidence=confidence, source=source, url=url)
