"""Detokenise a tokenised sentence back into running text, keeping each token's offsets.

The ConfliBERT role file splits words the way a BERT-style tokeniser does: ``Baghdad ’ s``,
``pro - Russian``, ``P é rez``, ``U.S. ,``. These rules join such pieces so the coder sees
ordinary English; every token keeps the (start, end) of its characters in the result.
"""
from __future__ import annotations

from collections.abc import Sequence

_NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", "%", ")", "]", "}", "”", "...", "'s", "’s",
                    "n't", "n’t", "'re", "'ve", "'ll", "'d", "'m"}
_NO_SPACE_AFTER = {"(", "[", "{", "$", "€", "£", "“", "‘", "#"}
_GLUE = {"-", "/", "–"}  # joined to both neighbours: "Syria-related", "SLM/A"
_APOSTROPHES = {"'", "’", "´", "ʼ", "`"}
_CLITICS = {"s", "t", "re", "ve", "ll", "d", "m"}


def detokenize(tokens: Sequence[str]) -> tuple[str, tuple[tuple[int, int], ...]]:
    """The sentence text and, for each token, its (start, end) character offsets in it."""
    parts: list[str] = []
    offsets: list[tuple[int, int]] = []
    length = 0
    double_quote_open = False
    for i, token in enumerate(tokens):
        space = i > 0 and _space_before(tokens, i, double_quote_open)
        if token == '"':
            double_quote_open = not double_quote_open
        if space:
            parts.append(" ")
            length += 1
        offsets.append((length, length + len(token)))
        parts.append(token)
        length += len(token)
    return "".join(parts), tuple(offsets)


def _space_before(tokens: Sequence[str], i: int, double_quote_open: bool) -> bool:
    token, prev = tokens[i], tokens[i - 1]
    if token in _NO_SPACE_BEFORE or token in _GLUE or prev in _GLUE or prev in _NO_SPACE_AFTER:
        return False
    if prev == "," and token.isdigit() and i > 1 and tokens[i - 2].isdigit():
        return False  # "88 , 550 , 000" -> "88,550,000"
    if token == '"':
        return not double_quote_open  # an opening quote takes a space, a closing one does not
    if prev == '"':
        return not double_quote_open  # after an opening quote (now open): no space
    if token in _APOSTROPHES:
        # Possessive or clitic ("EU ’ s", "Kurds ' role"): attached to the word before.
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        return not (nxt in _CLITICS or prev.endswith(("s", "S")))
    if prev in _APOSTROPHES and token in _CLITICS:
        return False
    if _is_split_letter(token) or _is_split_letter(prev):
        return not (prev[-1:].isalpha() and token[:1].isalpha())  # "P é rez" -> "Pérez"
    return True


def _is_split_letter(token: str) -> bool:
    """A lone non-ASCII letter, which the tokeniser cut out of a word ("Jos é")."""
    return len(token) == 1 and token.isalpha() and not token.isascii()
