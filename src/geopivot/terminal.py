"""Text from users' files and arguments made safe to print: escape codes shown, not obeyed;
rich markup shown, not interpreted; very long values cut.

File names, sentences and rejected field values reach the terminal. A file named
``\\x1b]0;...\\x07`` or a sentence holding ``\\x1b[2J`` would otherwise retitle or clear it; a
country argument ``[/]`` would make rich raise a MarkupError; a rejected 12 MB field would fill
the screen.
"""
from __future__ import annotations

import re

MAX_SHOWN_CHARS = 300
# C0 controls but tab and newline, DEL, C1 controls, and the bidirectional overrides that
# reorder what a reader sees.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def printable(text: str, *, limit: int | None = MAX_SHOWN_CHARS, newlines: bool = False) -> str:
    """``text`` with control characters written as escapes (``\\x1b``), cut after ``limit``
    characters with a note of the full length; newlines escaped too unless ``newlines``."""
    if limit is not None and len(text) > limit:
        text = f"{text[:limit]}… ({len(text):,} characters)"
    text = text.encode("utf-8", "backslashreplace").decode("utf-8")  # lone surrogates
    text = _CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)
    return text if newlines else text.replace("\n", "\\n")


def plain(text: str, *, limit: int | None = MAX_SHOWN_CHARS) -> str:
    """:func:`printable`, and rich markup escaped, for text inside a rich string."""
    from rich.markup import escape

    return escape(printable(text, limit=limit))
