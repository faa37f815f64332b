"""The event model's input: a sentence with its candidate actors marked, as token ids.

Training (``train/prepare.py``) and the runtime build inputs with this one module, so a marker
or a truncation rule can never differ between the two. Every candidate actor is wrapped in
``@ … @`` (punctuation markers need no new vocabulary); the sentence is encoded once, and each
ordered pair (source, target) is classified from the encoder's states at the two opening
markers, concatenated in that order. One encoder pass per sentence, however many pairs — the
model's cost grows with the sentences that name two countries, not with their pairs.
Without candidates ("sentence mode", used for ConfliBERT's sentence labels) the pair is the
``[CLS]`` state twice: position 0 always stands for ``[CLS]``.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tokenizers import Tokenizer

MARK = "@"
MAX_LEN = 96
# Label 0 is "no event between this pair"; labels 1..20 are CAMEO roots 01..20.
LABELS = ("none", *(f"{root:02d}" for root in range(1, 21)))

Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class Encoded:
    """One sentence's input: token ids (no padding) and, per position index, a token index.

    ``positions[0]`` is ``[CLS]`` (0); ``positions[k]`` the opening marker of the k-th span."""

    ids: tuple[int, ...]
    positions: tuple[int, ...]


def mark(text: str, spans: Sequence[Span]) -> tuple[str, list[int]]:
    """``text`` with each span wrapped in ``@ … @`` (spans may not overlap), and where each
    span's opening marker stands in the marked text, in the order of ``spans``."""
    points = []
    for index, (start, end) in enumerate(spans):
        # At one offset a closing marker goes before an opening one.
        points.append((start, 1, f"{MARK} ", index))
        points.append((end, 0, f" {MARK}", -1))
    points.sort()
    pieces, done, length = [], 0, 0
    opened = [-1] * len(spans)
    for at, _, marker, index in points:
        pieces.append(text[done:at])
        length += at - done
        if index >= 0:
            opened[index] = length
        pieces.append(marker)
        length += len(marker)
        done = at
    pieces.append(text[done:])
    return "".join(pieces), opened


def overlap(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def encode(tokenizer: Tokenizer, text: str, spans: Sequence[Span] = (), *, max_len: int = MAX_LEN) -> Encoded:
    """Token ids of the marked sentence, cut to ``max_len`` around the marked spans when longer."""
    marked, opened = mark(text, spans)
    enc = tokenizer.encode(marked)
    ids = list(enc.ids)
    where = {a: index for index, (a, b) in enumerate(enc.offsets) if b - a == 1}
    found = [where.get(at, 0) for at in opened]
    ids, shift = _cut(ids, [p for p in found if p], max_len)
    room = len(ids) - 1
    positions = [0] + [p - shift if p and 0 < p - shift < room else 0 for p in found]
    return Encoded(tuple(ids), tuple(positions))


def _cut(ids: list[int], keep: list[int], max_len: int) -> tuple[list[int], int]:
    """Keep ``[CLS]``, a window holding the positions ``keep`` (as many as fit), and ``[SEP]``."""
    if len(ids) <= max_len:
        return ids, 0
    body = ids[1:-1]
    room = max_len - 2
    if keep:
        lo, hi = min(keep) - 1, max(keep) - 1
        start = max(0, min((lo + hi) // 2 - room // 2, len(body) - room))
        if lo < start:
            start = max(0, lo)
    else:
        start = 0
    return [ids[0], *body[start:start + room], ids[-1]], start
