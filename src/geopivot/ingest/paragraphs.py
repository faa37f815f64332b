"""Raw plain text → paragraphs: whitespace repair, hard-wrap joining and Markdown markup removal.

The boilerplate filter judges paragraphs, not physical lines: a hard-wrapped paragraph split
into 70-character lines would otherwise look like a stack of short, unpunctuated "menu" lines.
"""
from __future__ import annotations

import re

_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_BLANK_LINES = re.compile(r"\n[ \t]*\n")
_WRAP_MIN = 40     # a wrapped block's lines are at least this long ...
_WRAP_MAX = 100    # ... and no longer than a terminal column
_SENTENCE_END = tuple(".!?\u2026")
_FUNCTION_WORDS = frozenset(
    "a an the of to in on at by for with from into against about as and or but nor that which who whose "
    "is are was were be been has have had will would could should may might its their his her our".split())
_CLOSING = frozenset(",;)]\u201d")  # a line starting with these cannot start a paragraph

_MD_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"<!--.*?-->", re.DOTALL), ""),
    (re.compile(r"^\s*(?:```|~~~).*$", re.MULTILINE), ""),
    (re.compile(r"!\[[^\]]*\]\([^)]*\)"), ""),                       # images
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),                   # inline links keep their text
    (re.compile(r"^\s*\[[^\]]+\]:\s*\S+.*$", re.MULTILINE), ""),     # reference definitions
    (re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$", re.MULTILINE), r"\1"),  # ATX headings
    (re.compile(r"^\s{0,3}(?:[-*_]\s*){3,}$", re.MULTILINE), ""),    # horizontal rules
    (re.compile(r"^\s{0,3}(?:=+|-+)\s*$", re.MULTILINE), ""),        # setext underlines
    (re.compile(r"^\s{0,3}>\s?", re.MULTILINE), ""),                 # block quotes
    (re.compile(r"^\s*[-*+]\s+", re.MULTILINE), ""),                 # bullets
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),           # bold
    (re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])"), r"\1"),  # italics
    (re.compile(r"`([^`\n]+)`"), r"\1"),
)


def strip_markdown(text: str) -> str:
    """Markdown → plain text, keeping the words of headings, links and emphasis."""
    for pattern, replacement in _MD_RULES:
        text = pattern.sub(replacement, text)
    return text


def normalise_whitespace(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n").replace("\v", "\n")
    text = _INVISIBLE.sub("", text)
    return "\n".join(_SPACES.sub(" ", line).strip() for line in text.split("\n"))


def _is_hard_wrapped(lines: list[str]) -> bool:
    if len(lines) < 2:
        return False
    widest = max(len(line) for line in lines)
    if not _WRAP_MIN <= widest <= _WRAP_MAX:
        return False
    body = lines[:-1]
    full = sum(1 for line in body if len(line) >= 0.6 * widest)
    unfinished = sum(1 for line in body if not line.endswith(_SENTENCE_END))
    carried = sum(1 for line, after in zip(body, lines[1:]) if _carries_on(line, after))
    # Wrapped text breaks mid-sentence at a steady width, so many breaks fall after "the" or
    # before a lowercase word; a list of headlines has a steady width too, but not that.
    return full == len(body) and unfinished * 2 >= len(body) and carried * 3 >= len(body)


def _carries_on(line: str, after: str) -> bool:
    last = line.rsplit(" ", 1)[-1].lower()
    return after[:1].islower() or last in _FUNCTION_WORDS


def _glue(line: str) -> str:
    return "" if line[:1] in _CLOSING else " "


def _continues(previous: str, line: str) -> bool:
    if line[:1] in _CLOSING:
        return True
    # After an unfinished long line, a lowercase start or a dangling "the" means one sentence.
    return (_carries_on(previous, line) and not previous.endswith(_SENTENCE_END + (":",))
            and len(previous.split()) >= 8)


def split_paragraphs(text: str) -> list[str]:
    """Paragraphs of ``text``: blank-line blocks, split into lines unless the block is hard-wrapped."""
    paragraphs: list[str] = []
    for block in _BLANK_LINES.split(normalise_whitespace(text)):
        lines = [line for line in block.split("\n") if line]
        if not lines:
            continue
        if _is_hard_wrapped(lines):
            joined = lines[0]
            for line in lines[1:]:
                joined += _glue(line) + line
            lines = [joined]
        for position, line in enumerate(lines):
            joinable = position > 0 or line[:1] in _CLOSING
            if paragraphs and joinable and _continues(paragraphs[-1], line):
                paragraphs[-1] = paragraphs[-1] + _glue(line) + line
            else:
                paragraphs.append(line)
    return paragraphs
