"""A small, offline date parser for metadata values and for the top of an article.

Heavy parsers (dateparser) guess too freely when let loose on prose: "May" or "March" in a
sentence becomes a date. So only a labelled stamp, a dateline or a line holding only a date is
read, and a date needs a day, a month and (outside datelines) a year; dateparser reads the
stamps our shapes do not know.
"""
from __future__ import annotations

import datetime as dt
import re

MIN_DATE = dt.date(1900, 1, 1)

_MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
    "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>[12]\d{3})"
_WEEKDAY = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?\.?,?\s+)?"

# Each shape names its groups so one function can turn any match into a date.
_SHAPES: tuple[re.Pattern[str], ...] = tuple(re.compile(p, re.IGNORECASE) for p in (
    r"(?<!\d)" + _YEAR + r"-(?P<month_num>[01]?\d)-(?P<day>[0-3]?\d)(?!\d)",           # 2017-12-15
    r"(?<!\d)" + _YEAR + r"/(?P<month_num>[01]?\d)/(?P<day>[0-3]?\d)(?!\d)",           # 2017/12/15
    r"\b" + _DAY + r"(?:\s+of)?\s+" + _MONTH + r",?\s+" + _YEAR + r"\b",               # 15 December 2017
    r"\b" + _MONTH + r"\s+" + _DAY + r",?\s+" + _YEAR + r"\b",                         # December 15, 2017
    r"(?<![\d/])(?P<first>[01]?\d)/(?P<second>[0-3]?\d)/" + _YEAR + r"(?![\d/])",      # 12/15/2017 (US)
    r"(?<![\d.])(?P<day>[0-3]?\d)\.(?P<month_num>[01]?\d)\.(?:" + _YEAR + r")(?![\d.])",  # 15.12.2017
))
_TIME = (r"(?:(?:T|\s+|,\s*|\s+at\s+)\d{1,2}[:.]\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:[ap]\.?m\.?)?)?"
         r"\s*(?:Z|[+-]\d{2}:?\d{2}|\(?[A-Z]{2,5}\)?)?")
_LABEL = re.compile(
    r"\b(?:published|posted|updated|last\s+updated|first\s+published|dated?|filed)\b(?:\s+(?:on|at))?\s*[:\-]?\s*",
    re.IGNORECASE)
# "SEOUL, Dec. 14 (Yonhap) --": agency datelines often omit the year.
_DATELINE = re.compile(
    r"^\s*[A-Z][A-Za-z .'\u2019-]{1,40},(?:\s+[A-Z][A-Za-z .]{1,30},)?\s+(?i:" + _MONTH + r")\s+" + _DAY
    + r"(?:,?\s+" + _YEAR + r")?\s*(?:\([^)]{1,40}\))?\s*(?:--|\u2014|\u2013|-)", re.MULTILINE)
_HEAD_CHARS = 2000
_TOP_LINES = 5
_STAMP_LINE_CHARS = 120


def today() -> dt.date:
    return dt.date.today()


def plausible(day: dt.date, *, latest: dt.date | None = None) -> bool:
    """No news before 1900; none from the future (a day of slack for time zones)."""
    return MIN_DATE <= day <= (latest or today()) + dt.timedelta(days=1)


def _month(match: re.Match[str]) -> int:
    groups = match.groupdict()
    if groups.get("month_num"):
        return int(groups["month_num"])
    return _MONTHS[groups["month"].lower().rstrip(".")]


def _to_date(match: re.Match[str]) -> dt.date | None:
    groups = match.groupdict()
    year = int(groups["year"])
    if groups.get("first"):
        first, second = int(groups["first"]), int(groups["second"])
        # US order unless that is impossible (15/12/2017 can only be day-first).
        month, day = (first, second) if first <= 12 else (second, first)
    else:
        month, day = _month(match), int(groups["day"])
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def parse_date(value: str) -> dt.date | None:
    """Parse a whole metadata value ("2017-12-15T08:00Z", "Fri, 15 Dec 2017", "12/15/2017")."""
    text = re.sub(r"\s+", " ", value.strip())
    text = re.sub("^" + _WEEKDAY, "", text, flags=re.IGNORECASE)
    if re.fullmatch(r"(?:19|20)\d{6}", text):  # 20171215
        text = f"{text[:4]}-{text[4:6]}-{text[6:]}"
    for shape in _SHAPES:
        match = shape.match(text)
        if match and re.fullmatch(_TIME, text[match.end():], flags=re.IGNORECASE):
            return _to_date(match)
    return None


def _first_in(text: str, *, latest: dt.date) -> dt.date | None:
    found: list[tuple[int, dt.date]] = []
    for shape in _SHAPES:
        for match in shape.finditer(text):
            day = _to_date(match)
            if day is not None and plausible(day, latest=latest):
                found.append((match.start(), day))
                break
    return min(found)[1] if found else None


def _yearless(month: int, day: int, reference: dt.date) -> dt.date | None:
    # The most recent such day not after the reference (the file's mtime, or today).
    for year in (reference.year, reference.year - 1):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            continue
        if candidate <= reference:
            return candidate
    return None


# How far each kind of find is trusted (geopivot.ingest.dating): a labelled stamp names itself a
# publication date; a dateline or a line holding only a date almost always is one; a dateline
# without a year borrows the year of the file's date, which is only a guess.
STAMP_CONFIDENCE = 0.9
DATELINE_CONFIDENCE = 0.8
DATE_LINE_CONFIDENCE = 0.7
YEARLESS_CONFIDENCE = 0.4


def _parse_stamp(value: str, *, latest: dt.date) -> dt.date | None:
    """The date at the start of a stamp's value ("15 Dec 2017, 10:32 GMT | By ..."), by
    dateparser when it reads the whole value, else by our shapes."""
    value = re.split(r"\s[|\u2022\u00b7]\s|\s+by\s", value, maxsplit=1, flags=re.IGNORECASE)[0].strip(" ,;-")
    day = parse_date(value)
    if day is None and value:
        import dateparser  # slow to import: only when a labelled stamp is found

        parsed = dateparser.parse(value, languages=["en"], settings={
            "STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"],
            "RETURN_AS_TIMEZONE_AWARE": False})
        day = parsed.date() if parsed is not None else _first_in(value[:60], latest=latest)
    return day if day is not None and plausible(day, latest=latest) else None


def find_stamp(text: str, *, reference: dt.date | None = None) -> tuple[dt.date, float] | None:
    """The publication date written at the top of an article and how far to trust it, or None.

    Tries, in order: a labelled stamp ("Published December 15, 2017", "Last updated: 15 Dec
    2017, 10:32 GMT") in the first lines, an agency dateline ("BEIJING, Dec. 15, 2017 (Xinhua)
    --"; one without a year takes it from ``reference``), and a line of the first few that holds
    only a date. A date inside a sentence ("born on 20 May 2000") is about an event, not the
    publication, and is never taken.
    """
    latest = today()
    lines = [line.strip() for line in text[:_HEAD_CHARS].splitlines() if line.strip()][:_TOP_LINES + 3]
    for line in lines:
        # A label inside a long line is a sentence ("the letter, dated 15 May 2004, ..."), not a stamp.
        label = _LABEL.search(line) if len(line) <= _STAMP_LINE_CHARS else None
        if label is not None:
            day = _parse_stamp(line[label.end():], latest=latest)
            if day is not None:
                return day, STAMP_CONFIDENCE
    head = "\n".join(lines)
    dateline = _DATELINE.search(head)
    if dateline is not None:
        month = _month(dateline)
        day_num = int(dateline.group("day"))
        confidence = DATELINE_CONFIDENCE
        if dateline.group("year"):
            try:
                candidate: dt.date | None = dt.date(int(dateline.group("year")), month, day_num)
            except ValueError:
                candidate = None
        elif reference is not None:
            candidate, confidence = _yearless(month, day_num, min(reference, latest)), YEARLESS_CONFIDENCE
        else:
            candidate = None
        if candidate is not None and plausible(candidate, latest=latest):
            return candidate, confidence
    for line in lines[:_TOP_LINES]:
        day = parse_date(line)
        if day is not None and plausible(day, latest=latest):
            return day, DATE_LINE_CONFIDENCE
    return None


def find_date(text: str, *, reference: dt.date | None = None) -> dt.date | None:
    """The date of :func:`find_stamp`, without its confidence."""
    found = find_stamp(text, reference=reference)
    return found[0] if found else None


def mentions_date(text: str) -> bool:
    """Whether ``text`` contains a full calendar date in any supported shape."""
    return any(shape.search(text) for shape in _SHAPES)
