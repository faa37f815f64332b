"""HTML → Article with trafilatura (main text, title, date, url, site name), offline only."""
from __future__ import annotations

import datetime as dt
import logging
import re
from urllib.parse import urlparse

from geopivot.ingest.boilerplate import clean_text
from geopivot.ingest.dates import parse_date, plausible
from geopivot.ingest.records import make_article, resolve_date
from geopivot.models import Article, InputProblem

log = logging.getLogger(__name__)

# trafilatura writes table cells as "| cell |" and list items as "- item".
_MARKUP = re.compile(r"^[ \t]*\|[ \t]*|[ \t]*\|[ \t]*$|^[ \t]*[-*\u2022][ \t]+", re.MULTILINE)


def _extract(html: str) -> object | None:
    import trafilatura

    try:
        # extensive_search=False keeps htmldate to the markup (meta tags, JSON-LD, <time>):
        # a date it digs out of the prose would not be metadata, and our own text search
        # below only looks at the top of the article, where publication dates are printed.
        return trafilatura.bare_extraction(
            html, include_comments=False, with_metadata=True,
            date_extraction_params={"extensive_search": False, "original_date": True,
                                    "max_date": dt.date.today().isoformat()})
    except Exception:  # noqa: BLE001 - a parser crash on one page must not stop the run
        log.warning("trafilatura failed", exc_info=True)
        return None


def _fallback_text(html: str) -> str:
    import trafilatura

    try:
        return trafilatura.html2txt(html) or ""
    except Exception:  # noqa: BLE001
        log.warning("html2txt failed", exc_info=True)
        return ""


def _field(doc: object | None, name: str) -> str | None:
    value = getattr(doc, name, None) if doc is not None else None
    if not isinstance(value, str):
        return None
    return value.strip() or None


def html_article(html: str, *, path: str, mtime: dt.date | None) -> Article | InputProblem:
    """The main text of a web page and its metadata (title, date, canonical url, site name)."""
    doc = _extract(html)
    title = _field(doc, "title")
    extracted = _field(doc, "text")
    # trafilatura finds the main text but keeps "Posted on" stamps, bylines, table pipes and
    # list dashes; the plain filter removes those. Without a main text, the whole page's text
    # goes through the plain filter instead.
    text = _MARKUP.sub("", extracted) if extracted else _fallback_text(html)
    cleaned = clean_text(text, title=title)
    if not cleaned.text:
        return InputProblem(path, "no article text found in the HTML page")
    meta_day = parse_date(_field(doc, "date") or "")
    if meta_day is not None and not plausible(meta_day):
        meta_day = None
    day, date_source, confidence = resolve_date(meta_day, text, mtime)
    url = _field(doc, "url")
    source = _field(doc, "sitename") or _field(doc, "hostname") or (urlparse(url).hostname if url else None)
    return make_article(cleaned.text, path=path, title=cleaned.title or title, date=day,
                        date_source=date_source, date_confidence=confidence, source=source, url=url)
