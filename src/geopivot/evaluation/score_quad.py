"""Scoring against ConfliBERT's five classes: one label per sentence, "none" when uncoded.

A sentence's label is the class of its coded events; where it has none, the event model's
five-class sentence head may label it (``sentence_labels``), as a five-class file holds only
sentences that report an event. ``by_sentence_class`` counts those.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from geopivot.evaluation.gold import FIVE_CLASS_NAMES, QuadSentence
from geopivot.evaluation.metrics import PRF, Confusion, accuracy, confusion, macro_f1, per_class, ratio
from geopivot.evaluation.predictions import Record, events_else, five_class, ordered, primary_label, root_of
from geopivot.evaluation.results import ErrorExample

LABELS = (0, 1, 2, 3, 4)


@dataclass(frozen=True, slots=True)
class QuadResult:
    """Coverage, accuracy and macro-F1 on covered sentences and on all of them."""

    sentences: int
    covered: int
    coverage: float | None
    accuracy_covered: float | None
    macro_f1_covered: float | None
    accuracy_all: float | None
    macro_f1_all: float | None
    per_class: dict[str, PRF]
    confusion: Confusion
    by_sentence_class: int = 0


def score_quad(items: Sequence[QuadSentence], predictions: Sequence[Sequence[Record]], *,
               sentence_labels: Sequence[int | None] | None = None
               ) -> tuple[QuadResult, list[ErrorExample]]:
    """Scores and error examples; ``predictions[i]`` are the events coded from ``items[i]``,
    ``sentence_labels[i]`` the sentence head's class, read where ``items[i]`` has no event."""
    gold = [item.label for item in items]
    by_events = [primary_label(records, lambda r: five_class(root_of(r))) for records in predictions]
    labels = list(sentence_labels) if sentence_labels is not None else [None] * len(items)
    pred = events_else(by_events, labels)
    covered = [i for i, p in enumerate(pred) if p is not None]
    gold_c = [gold[i] for i in covered]
    pred_c = [pred[i] for i in covered]
    classes = per_class(gold, pred, LABELS)
    result = QuadResult(
        sentences=len(items), covered=len(covered), coverage=ratio(len(covered), len(items)),
        accuracy_covered=accuracy(gold_c, pred_c), macro_f1_covered=macro_f1(gold_c, pred_c),
        accuracy_all=accuracy(gold, pred), macro_f1_all=macro_f1(gold, pred),
        per_class={f"{label} {FIVE_CLASS_NAMES[label]}": prf for label, prf in classes.items()},
        confusion=confusion(gold, pred, LABELS),
        by_sentence_class=sum(1 for p, q in zip(by_events, pred) if p is None and q is not None))
    return result, _errors(items, pred, predictions)


def _errors(items: Sequence[QuadSentence], pred: Sequence[int | None],
            predictions: Sequence[Sequence[Record]]) -> list[ErrorExample]:
    out = []
    for item, label, records in zip(items, pred, predictions):
        if label == item.label:
            continue
        events = "; ".join(f"{r['source_code']} {r['event_code']} {r.get('target_code') or '-'}"
                           for r in ordered(records))
        out.append(ErrorExample(
            "no event" if label is None else "wrong class", item.id, item.line, item.text,
            f"{item.label} {FIVE_CLASS_NAMES[item.label]}",
            "none" if label is None
            else f"{label} {FIVE_CLASS_NAMES[label]} ({events or 'sentence class'})"))
    return out
