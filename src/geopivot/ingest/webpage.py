"""HTML → Article with trafilatura (main text, title, date, url, site name), offline only."""
from __future__ import annotations

import datetime as dt
import logging
from urllib.parse import urlparse

from geopivot.ingest.boilerplate import clean_text
from geopivot.ingest.dates import parse_date, plausible
from geopivot.ingest.records import make_article, resolve_date
from geopivot.models import Article, InputProblem

log = logging.getLogger(__name__)


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
    return value.strip() or None if isinstance(value, str) else None


def html_article(html: str, *, path: str, mtime: dt.date | None) -> Article | InputProblem:
    """The main text of a web page, with its metadata; page furniture is left to trafilatura."""
    doc = _extract(html)
    title = _field(doc, "title")
    text = _field(doc, "text") or ""
    if text:
        # trafilatura keeps datelines and "Posted on" stamps; the plain filter drops those
        # but must not leave nothing when the page is a single short paragraph.
        cleaned = clean_text(text, title=title)
        body = cleaned.text or text
    else:
        cleaned = clean_text(_fallback_text(html), title=title)
        body = cleaned.text
    if not body.strip():
        return InputProblem(path, "no article text found in the HTML page")
    meta_day = parse_date(_field(doc, "date") or "")
    if meta_day is not None and not plausible(meta_day):
        meta_day = None
    day, date_source = resolve_date(meta_day, text or body, mtime)
    url = _field(doc, "url")
    source = _field(doc, "sitename") or _field(doc, "hostname") or (urlparse(url).hostname if url else None)
    return make_article(body, path=path, title=cleaned.title or title, date=day, date_source=date_source,
                        source=source, url=url)
