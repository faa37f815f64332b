"""Pure metric functions: accuracy, precision/recall/F1, macro-F1, confusion matrices.

Conventions (docs/eval.md): a ratio with an empty denominator is ``None`` ("not defined"),
except inside :class:`PRF`, where an undefined precision or recall is 0 (as scikit-learn's
``zero_division=0``), so that a class nobody predicted scores F1 = 0 in a macro average.
A prediction of ``None`` means "no prediction": never correct, and never a class of its own.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass
from typing import TypeVar

L = TypeVar("L", bound=Hashable)
NONE_LABEL = "none"


def ratio(numerator: float, denominator: float) -> float | None:
    """``numerator / denominator``, or None when the denominator is 0."""
    return numerator / denominator if denominator else None


@dataclass(frozen=True, slots=True)
class PRF:
    """True positives, false positives and false negatives, with the scores they give."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: PRF) -> PRF:
        return PRF(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    def to_dict(self) -> dict[str, float | int]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": self.precision,
                "recall": self.recall, "f1": self.f1}


def multiset_prf(gold: Iterable[Hashable], pred: Iterable[Hashable]) -> PRF:
    """Match two multisets: each gold item pairs with at most one equal predicted item."""
    g, p = Counter(gold), Counter(pred)
    tp = sum((g & p).values())
    return PRF(tp, sum(p.values()) - tp, sum(g.values()) - tp)


def set_prf(gold: Iterable[Hashable], pred: Iterable[Hashable]) -> PRF:
    """Overlap of two sets (e.g. token indices): |G∩P|, |P−G|, |G−P|."""
    g, p = set(gold), set(pred)
    return PRF(len(g & p), len(p - g), len(g - p))


def accuracy(gold: Sequence[L], pred: Sequence[L | None]) -> float | None:
    """Share of positions where the prediction equals the gold label (None never does)."""
    _same_length(gold, pred)
    return ratio(sum(1 for g, p in zip(gold, pred) if p is not None and g == p), len(gold))


def per_class(gold: Sequence[L], pred: Sequence[L | None],
              labels: Iterable[L] | None = None) -> dict[L, PRF]:
    """One-vs-rest counts for each label; ``labels`` defaults to those seen in gold or pred."""
    _same_length(gold, pred)
    if labels is None:
        labels = _labels(gold, pred)
    out: dict[L, PRF] = {}
    for label in labels:
        tp = sum(1 for g, p in zip(gold, pred) if g == label and p == label)
        fp = sum(1 for g, p in zip(gold, pred) if g != label and p == label)
        fn = sum(1 for g, p in zip(gold, pred) if g == label and p != label)
        out[label] = PRF(tp, fp, fn)
    return out


def macro_f1(gold: Sequence[L], pred: Sequence[L | None],
             labels: Iterable[L] | None = None) -> float | None:
    """Unweighted mean of per-class F1 over ``labels`` (default: labels seen in gold or pred)."""
    scores = per_class(gold, pred, labels)
    return ratio(sum(s.f1 for s in scores.values()), len(scores))


@dataclass(frozen=True, slots=True)
class Confusion:
    """Counts of (gold row, predicted column); the last column is "none" (no prediction)."""

    rows: tuple[str, ...]
    columns: tuple[str, ...]
    counts: tuple[tuple[int, ...], ...]

    def count(self, gold: str, pred: str) -> int:
        return self.counts[self.rows.index(gold)][self.columns.index(pred)]

    def to_dict(self) -> dict[str, object]:
        return {"rows": list(self.rows), "columns": list(self.columns),
                "counts": [list(row) for row in self.counts]}


def confusion(gold: Sequence[L | None], pred: Sequence[L | None],
              labels: Sequence[L] | None = None, *, none_row: bool = False) -> Confusion:
    """Confusion matrix with labels as strings, a "none" column for missing predictions and,
    with ``none_row``, a "none" row for items whose gold has no label (negatives)."""
    _same_length(gold, pred)
    if labels is None:
        labels = _labels(gold, pred)
    names = tuple(str(label) for label in labels)
    rows = names + ((NONE_LABEL,) if none_row else ())
    columns = names + (NONE_LABEL,)
    counts = Counter((NONE_LABEL if g is None else str(g), NONE_LABEL if p is None else str(p))
                     for g, p in zip(gold, pred))
    unknown = {key for key in counts if key[0] not in rows or key[1] not in columns}
    if unknown:
        raise ValueError(f"labels outside the matrix: {sorted(unknown)}")
    return Confusion(rows, columns, tuple(tuple(counts[(r, c)] for c in columns) for r in rows))


def _labels(gold: Sequence[L | None], pred: Sequence[L | None]) -> list[L]:
    seen = {label for label in (*gold, *pred) if label is not None}
    return sorted(seen, key=lambda label: (str(type(label)), label))  # type: ignore[arg-type]


def _same_length(gold: Sequence[object], pred: Sequence[object]) -> None:
    if len(gold) != len(pred):
        raise ValueError(f"{len(gold)} gold labels but {len(pred)} predictions")
