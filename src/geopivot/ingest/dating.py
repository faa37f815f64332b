"""The date policy of a run: which date an article gets, from where, and how far to trust it.

Precedence (docs/analysis.md, "Dates"):

1. the record's own date (a JSONL/CSV ``date`` field, HTML metadata) — ``metadata``, confidence 1;
2. the user's: ``--dates FILE.csv`` (path,date) for the files it names, else ``--date`` for all —
   ``user``, confidence 1;
3. a "Published/Updated" stamp, a dateline or a line holding only a date in the first lines of
   the text — ``text``, confidence 0.5-0.9 (see :mod:`geopivot.ingest.dates`);
4. nothing: the article is stored undated (``none``) and left out of time analyses.

The file's modification time says when a file was copied, not when its article was published;
it is used (``mtime``, confidence 0.2) only when the user asks for it with ``--date-from-mtime``.
"""
from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from geopivot.errors import InputError
from geopivot.ingest.dates import YEARLESS_CONFIDENCE
from geopivot.models import Article

CONFIDENCE = {"metadata": 1.0, "user": 1.0, "mtime": 0.2}


@dataclass(frozen=True, slots=True, kw_only=True)
class DatePolicy:
    """What the user said about dates: one date for all, a date per file, and whether to trust mtimes."""

    date: dt.date | None = None
    # A plain dict, not a read-only view: the policy travels to worker processes by pickle.
    by_path: Mapping[str, dt.date] = field(default_factory=dict)
    from_mtime: bool = False

    def user_date(self, article: Article) -> dt.date | None:
        """The date the user gave for this article: by id, path, absolute path or file name."""
        if self.by_path:
            for key in _keys(article):
                if key in self.by_path:
                    return self.by_path[key]
        return self.date

    def apply(self, article: Article) -> Article:
        """The article with the date this policy gives it (the reader's own guess as input)."""
        source = article.date_source
        if source == "metadata" and article.date is not None:
            return _with(article, article.date, "metadata", CONFIDENCE["metadata"])
        user = self.user_date(article)
        if user is not None:
            return _with(article, user, "user", CONFIDENCE["user"])
        if source == "text" and article.date is not None and (
                self.from_mtime or (article.date_confidence or 0) > YEARLESS_CONFIDENCE):
            return article  # a dateline without a year took its year from the mtime
        if source == "mtime" and article.date is not None and self.from_mtime:
            return _with(article, article.date, "mtime", CONFIDENCE["mtime"])
        return _with(article, None, "none", None)


def _with(article: Article, day: dt.date | None, source: str, confidence: float | None) -> Article:
    if (article.date, article.date_source, article.date_confidence) == (day, source, confidence):
        return article
    return dataclasses.replace(article, date=day, date_source=source,  # type: ignore[arg-type]
                               date_confidence=confidence)


def _keys(article: Article) -> list[str]:
    keys = [article.id]
    if article.path:
        path = article.path
        keys.append(path)
        try:
            keys.append(str(Path(path).resolve()))
        except (OSError, RuntimeError):
            pass
        keys.append(os.path.basename(path))
    return keys


def load_dates_csv(path: Path) -> dict[str, dt.date]:
    """``path,date`` rows (a header line is optional) → {key: date}.

    A relative path is taken relative to the CSV file and also kept as written, so a row can name
    a file (``news/a.txt``), a file name (``a.txt``) or an article id."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as e:
        raise InputError(str(path), f"cannot read: {e.strerror or e}") from e
    except UnicodeDecodeError as e:
        raise InputError(str(path), "not UTF-8 text") from e
    dates: dict[str, dt.date] = {}
    for number, row in enumerate(csv.reader(text.splitlines()), start=1):
        if not row or not any(cell.strip() for cell in row):
            continue
        if len(row) < 2:
            raise InputError(str(path), "expected two columns: path,date", line=number)
        key, value = row[0].strip(), row[1].strip()
        try:
            day = dt.date.fromisoformat(value)
        except ValueError:
            if number == 1 and not any(c.isdigit() for c in value):  # a header such as "path,date"
                continue
            raise InputError(str(path), f"bad date {value!r} (expected YYYY-MM-DD)", line=number) from None
        dates[key] = day
        if not os.path.isabs(key):
            dates[str((path.parent / key).resolve())] = day
    return dates
