"""Readers for the gold formats `geopivot eval` accepts, each into typed gold records.

* PETRARCH validation XML (``<Sentence date id>`` with ``<EventCoding>`` and ``<Text>``),
* ConfliBERT quad-class TSV (``sentence<TAB>label``),
* ConfliBERT role BIO (``token TAG`` lines, a blank line between sentences),
* our own JSONL gold (``{"id","date","text","events":[...],"tags":[...]}``).

A line that cannot be read raises :class:`~geopivot.errors.InputError` with the file and line.
"""
from __future__ import annotations

import datetime as dt
import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path

from geopivot.errors import InputError
from geopivot.evaluation.detok import detokenize
from geopivot.evaluation.gold import (EventSentence, GoldEvent, GoldFormat, GoldSet,
                                      PetrarchSentence, QuadSentence, RoleSentence)

_EXTENSIONS: dict[str, GoldFormat] = {".xml": "petrarch", ".tsv": "quad", ".bio": "roles",
                                      ".conll": "roles", ".jsonl": "events", ".json": "events"}
_EVENT_CODE = re.compile(r"\d{2,4}")
_BIO_TAG = re.compile(r"O|[BI]-[A-Z]+")
_COMMENT = re.compile(r"<!--.*?-->", re.S)


def read_gold(path: Path, *, limit: int | None = None) -> GoldSet:
    """The gold records of ``path`` (at most ``limit``), its format detected."""
    fmt = detect_format(path)
    readers = {"petrarch": read_petrarch, "quad": read_quad, "roles": read_roles,
               "events": read_events}
    items = []
    for item in readers[fmt](path):
        if limit is not None and len(items) >= limit:
            break
        items.append(item)
    return GoldSet(path, fmt, tuple(items))


def detect_format(path: Path) -> GoldFormat:
    """The gold format of ``path``: by extension, else by its first non-blank line."""
    if path.suffix.lower() in _EXTENSIONS:
        return _EXTENSIONS[path.suffix.lower()]
    first = next((line.strip() for line in _read(path).splitlines() if line.strip()), "")
    if first.startswith("<"):
        return "petrarch"
    if first.startswith("{"):
        return "events"
    if "\t" in first and first.rsplit("\t", 1)[1].strip().isdigit():
        return "quad"
    if len(first.split()) == 2 and _BIO_TAG.fullmatch(first.split()[1]):
        return "roles"
    raise InputError(str(path), "unknown gold format (expected PETRARCH XML, quad TSV, role BIO "
                                "or JSONL)", line=1)


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as e:
        raise InputError(str(path), f"cannot read: {e}") from e


def _iso_date(value: object, path: Path, line: int) -> dt.date | None:
    if value in (None, ""):
        return None
    text = str(value).strip()
    try:
        if re.fullmatch(r"\d{8}", text):
            return dt.date(int(text[:4]), int(text[4:6]), int(text[6:]))
        return dt.date.fromisoformat(text)
    except ValueError as e:
        raise InputError(str(path), f"bad date {value!r}", line=line) from e


def _event_code(value: object, path: Path, line: int) -> str:
    code = str(value or "").strip()
    if not _EVENT_CODE.fullmatch(code) or not 1 <= int(code[:2]) <= 20:
        raise InputError(str(path), f"bad CAMEO event code {value!r}", line=line)
    return code


# --- PETRARCH validation XML -------------------------------------------------------------

def read_petrarch(path: Path) -> Iterator[PetrarchSentence]:
    """``<Sentence>`` records in file order, up to a ``<Stop>`` record.

    Records are skipped (``skip_reason`` set) when they test PETRARCH's input checks
    (``<EventCoding error=...>``) or are marked ``sentence="false"`` (features PETRARCH
    itself does not implement). Codings whose actor is a quoted text are dropped.
    """
    raw = _read(path)
    try:
        root = ET.fromstring(raw)
    except ET.ParseError as e:
        raise InputError(str(path), f"not valid XML: {e.msg}", line=e.position[0]) from e
    blank = _COMMENT.sub(lambda m: "\n" * m.group().count("\n"), raw)
    lines = [blank.count("\n", 0, m.start()) + 1 for m in re.finditer(r"<Sentence\b", blank)]
    index = 0
    for element in root.iter():
        if element.tag == "Stop":
            return
        if element.tag != "Sentence":
            continue
        line = lines[index] if index < len(lines) else 0
        index += 1
        yield _petrarch_sentence(element, path, line)


def _petrarch_sentence(element: ET.Element, path: Path, line: int) -> PetrarchSentence:
    ident = (element.get("id") or "").strip() or f"line-{line}"
    text_el = element.find("Text")
    if text_el is None or not (text_el.text or "").strip():
        raise InputError(str(path), f"sentence {ident}: no <Text>", line=line)
    text = " ".join((text_el.text or "").split())
    date = _iso_date(element.get("date"), path, line)
    codings: list[GoldEvent] = []
    no_events, skip, dropped = False, None, 0
    for coding in element.findall("EventCoding"):
        attrs = {k.strip().lower(): v.strip() for k, v in coding.attrib.items()}
        if "error" in attrs:
            skip = f"tests PETRARCH's input check ({attrs['error']})"
        elif attrs.get("noevents", "").lower() == "true":
            no_events = True
        elif "eventcode" in attrs:
            source, target = attrs.get("sourcecode", ""), attrs.get("targetcode") or None
            if source.startswith('"') or (target or "").startswith('"'):
                dropped += 1
                continue
            if not source or not attrs["eventcode"]:
                raise InputError(str(path), f"sentence {ident}: coding without source or event "
                                            "code", line=line)
            codings.append(GoldEvent(source.upper(), attrs["eventcode"].upper(),
                                     target.upper() if target else None))
        else:
            raise InputError(str(path), f"sentence {ident}: <EventCoding> without eventcode, "
                                        "noevents or error", line=line)
    if (element.get("sentence") or "").strip().lower() == "false" and skip is None:
        skip = 'marked sentence="false" (not implemented in PETRARCH)'
    if skip is None and not codings and not no_events:
        skip = "only quoted-text actors" if dropped else "no <EventCoding>"
    return PetrarchSentence(ident, text, date, tuple(codings), no_events=no_events,
                            category=(element.get("category") or "").strip(),
                            skip_reason=skip, dropped=dropped, line=line)


# --- ConfliBERT quad-class TSV -------------------------------------------------------------

def read_quad(path: Path) -> Iterator[QuadSentence]:
    """``sentence<TAB>label`` lines, label 0..4; blank lines and a header line are skipped."""
    for number, raw in enumerate(_read(path).splitlines(), start=1):
        if not raw.strip():
            continue
        text, tab, label = raw.rpartition("\t")
        label = label.strip()
        if number == 1 and tab and not label.isdigit() and label.lower() in {"label", "class"}:
            continue  # header
        if not tab or not text.strip():
            raise InputError(str(path), "expected 'sentence<TAB>label'", line=number)
        if label not in {"0", "1", "2", "3", "4"}:
            raise InputError(str(path), f"label must be 0..4, got {label!r}", line=number)
        yield QuadSentence(f"line-{number}", text.strip(), int(label), line=number)


# --- ConfliBERT role BIO --------------------------------------------------------------------

def read_roles(path: Path) -> Iterator[RoleSentence]:
    """Sentences of ``token TAG`` lines separated by blank lines, detokenised with offsets."""
    tokens: list[str] = []
    tags: list[str] = []
    start = 0
    for number, raw in enumerate(_read(path).splitlines(), start=1):
        if not raw.strip():
            if tokens:
                yield _role_sentence(tokens, tags, start)
                tokens, tags = [], []
            continue
        token, _, tag = raw.strip().rpartition(" ")
        if not token:
            token, _, tag = raw.strip().rpartition("\t")
        if not token or not _BIO_TAG.fullmatch(tag):
            raise InputError(str(path), f"expected 'token TAG' with TAG O, B-X or I-X, got "
                                        f"{raw.strip()!r}", line=number)
        if not tokens:
            start = number
        tokens.append(token.strip())
        tags.append(tag)
    if tokens:
        yield _role_sentence(tokens, tags, start)


def _role_sentence(tokens: list[str], tags: list[str], line: int) -> RoleSentence:
    text, offsets = detokenize(tokens)
    return RoleSentence(f"line-{line}", tuple(tokens), tuple(tags), text, offsets, line=line)


# --- our JSONL gold -------------------------------------------------------------------------

def read_events(path: Path) -> Iterator[EventSentence]:
    """Lines of ``{"id","date","text","events":[{"source","code","target","historical"}],
    "tags":[...]}``; ``events`` is ``[]`` for a sentence that holds no event."""
    for number, raw in enumerate(_read(path).splitlines(), start=1):
        if not raw.strip():
            continue
        try:
            obj = json.loads(raw)
        except json.JSONDecodeError as e:
            raise InputError(str(path), f"not valid JSON: {e.msg}", line=number) from e
        yield _event_sentence(obj, path, number)


def _event_sentence(obj: object, path: Path, line: int) -> EventSentence:
    def fail(reason: str) -> InputError:
        return InputError(str(path), reason, line=line)

    if not isinstance(obj, dict):
        raise fail("expected a JSON object")
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        raise fail("missing or empty 'text'")
    events = obj.get("events")
    if not isinstance(events, list):
        raise fail("'events' must be a list ([] for a sentence without events)")
    tags = obj.get("tags") or []
    if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
        raise fail("'tags' must be a list of strings")
    gold = tuple(_gold_event(e, fail, path, line) for e in events)
    return EventSentence(str(obj.get("id") or f"line-{line}"), text.strip(),
                         _iso_date(obj.get("date"), path, line), gold,
                         tuple(t.strip() for t in tags), line)


def _gold_event(event: object, fail: Callable[[str], InputError], path: Path, line: int
                ) -> GoldEvent:
    if not isinstance(event, dict):
        raise fail("each event must be an object with source, code, target")
    source, target = event.get("source"), event.get("target")
    if not isinstance(source, str) or not source.strip():
        raise fail("event without 'source'")
    if target is not None and not isinstance(target, str):
        raise fail("event 'target' must be a string or null")
    historical = event.get("historical", False)
    if not isinstance(historical, bool):
        raise fail("event 'historical' must be true or false")
    return GoldEvent(source.strip().upper(), _event_code(event.get("code"), path, line),
                     (target.strip().upper() or None) if target else None, historical)
