"""Scoring against our own JSONL gold: sentence labels, actors, triples, negatives by tag.

Sentence level (positives only, i.e. gold with ≥1 event): the root and QuadClass of a
sentence are the majority over its events, ties to the earliest (see ``predictions``); the
actors compared are those of the event that carries that root. Event level: triples
matched as multisets per sentence at three strictness levels, negatives included.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from geopivot.evaluation.gold import EventSentence, GoldEvent
from geopivot.evaluation.metrics import (PRF, Confusion, accuracy, confusion, macro_f1,
                                         multiset_prf, ratio)
from geopivot.evaluation.predictions import (Record, country_of, majority, ordered,
                                             primary_index, quad_class)
from geopivot.evaluation.results import ErrorExample

Key = tuple[object, ...]
LEVELS = ("exact", "root", "quad")
NEGATIVE_TAGS = ("negation", "intent", "hypothetical", "no_counterpart", "non_political")


@dataclass(frozen=True, slots=True)
class LabelScores:
    """Accuracy and macro-F1 of one sentence label, on covered positives and on all positives."""

    accuracy_covered: float | None
    macro_f1_covered: float | None
    accuracy_all: float | None
    macro_f1_all: float | None


@dataclass(frozen=True, slots=True)
class EventsResult:
    sentences: int
    positives: int
    negatives: int
    covered: int
    coverage: float | None
    root: LabelScores
    quad_class: LabelScores
    actors: dict[str, float | None]  # source/target × country/code, on covered positives
    triples: dict[str, PRF]  # exact, root, quad
    historical_agreement: float | None  # exact matches whose historical flag agrees
    per_root: dict[str, PRF]  # root-level triples by CAMEO root
    negatives_by_tag: dict[str, dict[str, float | int | None]]
    positives_by_tag: dict[str, dict[str, float | int | None]]
    root_confusion: Confusion


def gold_key(event: GoldEvent, level: str) -> Key:
    """The triple of a gold event at ``level``: exact codes, root + countries, quad + countries."""
    if level == "exact":
        return (event.source, event.code, event.target)
    label: object = event.root if level == "root" else quad_class(event.root)
    return (country_of(event.source), label, country_of(event.target))


def pred_key(record: Record, level: str) -> Key:
    """The triple of a predicted record at ``level``, comparable with :func:`gold_key`."""
    source, target = str(record["source_code"]), record.get("target_code")
    target = str(target) if target else None
    if level == "exact":
        return (source, str(record["event_code"]), target)
    root = str(record["event_root"])
    label: object = root if level == "root" else quad_class(root)
    return (country_of(source), label, country_of(target))


def score_events(items: Sequence[EventSentence], predictions: Sequence[Sequence[Record]]
                 ) -> tuple[EventsResult, list[ErrorExample]]:
    """Scores and error examples; ``predictions[i]`` are the events coded from ``items[i]``."""
    preds = [ordered(records) for records in predictions]
    positives = [i for i, item in enumerate(items) if item.events]
    gold_roots = [majority([e.root for e in items[i].events]) for i in positives]
    pred_roots = [majority([str(r["event_root"]) for r in preds[i]]) for i in positives]
    covered = [n for n, root in enumerate(pred_roots) if root is not None]
    result = EventsResult(
        sentences=len(items), positives=len(positives), negatives=len(items) - len(positives),
        covered=len(covered), coverage=ratio(len(covered), len(positives)),
        root=_labels(gold_roots, pred_roots, covered, str),
        quad_class=_labels(gold_roots, pred_roots, covered, quad_class),
        actors=_actors([items[positives[n]] for n in covered], [preds[positives[n]] for n in covered]),
        triples={level: sum((multiset_prf([gold_key(e, level) for e in item.events],
                                          [pred_key(r, level) for r in records])
                             for item, records in zip(items, preds)), PRF()) for level in LEVELS},
        historical_agreement=_historical(items, preds),
        per_root=_per_root(items, preds),
        negatives_by_tag=_negatives_by_tag(items, preds),
        positives_by_tag=_positives_by_tag(items, preds),
        root_confusion=_root_confusion(items, preds))
    return result, _errors(items, preds)


def _labels(gold_roots: list[str | None], pred_roots: list[str | None], covered: list[int],
            label: Callable[[str], object]) -> LabelScores:
    gold = [label(r) for r in gold_roots if r is not None]
    pred = [None if r is None else label(r) for r in pred_roots]
    gold_c, pred_c = [gold[n] for n in covered], [pred[n] for n in covered]
    return LabelScores(accuracy(gold_c, pred_c), macro_f1(gold_c, pred_c),
                       accuracy(gold, pred), macro_f1(gold, pred))


def _actors(items: list[EventSentence], preds: list[list[Record]]) -> dict[str, float | None]:
    hits: Counter[str] = Counter()
    for item, records in zip(items, preds):
        g = item.events[primary_index([e.root for e in item.events]) or 0]
        p = records[primary_index([str(r["event_root"]) for r in records]) or 0]
        p_source = str(p["source_code"])
        p_target = str(p["target_code"]) if p.get("target_code") else None
        hits["source_code"] += g.source == p_source
        hits["source_country"] += country_of(g.source) == country_of(p_source)
        hits["target_code"] += g.target == p_target
        hits["target_country"] += country_of(g.target) == country_of(p_target)
    return {name: ratio(hits[name], len(items))
            for name in ("source_code", "source_country", "target_code", "target_country")}


def _historical(items: Sequence[EventSentence], preds: list[list[Record]]) -> float | None:
    matched = agreed = 0
    for item, records in zip(items, preds):
        gold = [(gold_key(e, "exact"), e.historical) for e in item.events]
        pred = [(pred_key(r, "exact"), bool(r.get("historical"))) for r in records]
        matched += multiset_prf([k for k, _ in gold], [k for k, _ in pred]).tp
        agreed += multiset_prf(gold, pred).tp
    return ratio(agreed, matched)


def _per_root(items: Sequence[EventSentence], preds: list[list[Record]]) -> dict[str, PRF]:
    out: dict[str, PRF] = {}
    for item, records in zip(items, preds):
        gold = [gold_key(e, "root") for e in item.events]
        pred = [pred_key(r, "root") for r in records]
        for root in {k[1] for k in gold + pred}:
            counts = multiset_prf([k for k in gold if k[1] == root], [k for k in pred if k[1] == root])
            out[str(root)] = out.get(str(root), PRF()) + counts
    return dict(sorted(out.items()))


def _negatives_by_tag(items: Sequence[EventSentence], preds: list[list[Record]]
                      ) -> dict[str, dict[str, float | int | None]]:
    seen: Counter[str] = Counter()
    fired: Counter[str] = Counter()
    for item, records in zip(items, preds):
        if item.events:
            continue
        for tag in ("all", *dict.fromkeys(item.tags)):
            seen[tag] += 1
            fired[tag] += bool(records)
    order = ["all", *NEGATIVE_TAGS, *sorted(set(seen) - {"all", *NEGATIVE_TAGS})]
    return {tag: {"sentences": seen[tag], "with_events": fired[tag],
                  "false_positive_rate": ratio(fired[tag], seen[tag])}
            for tag in order if seen[tag]}


def _positives_by_tag(items: Sequence[EventSentence], preds: list[list[Record]]
                      ) -> dict[str, dict[str, float | int | None]]:
    totals: dict[str, PRF] = {}
    counts: Counter[str] = Counter()
    for item, records in zip(items, preds):
        if not item.events:
            continue
        prf = multiset_prf([gold_key(e, "root") for e in item.events],
                           [pred_key(r, "root") for r in records])
        for tag in dict.fromkeys(item.tags):
            counts[tag] += 1
            totals[tag] = totals.get(tag, PRF()) + prf
    return {tag: {"sentences": counts[tag], "gold_events": prf.tp + prf.fn,
                  "recall": ratio(prf.tp, prf.tp + prf.fn), "precision": ratio(prf.tp, prf.tp + prf.fp)}
            for tag, prf in sorted(totals.items())}


def _root_confusion(items: Sequence[EventSentence], preds: list[list[Record]]) -> Confusion:
    gold = [majority([e.root for e in item.events]) for item in items]
    pred = [majority([str(r["event_root"]) for r in records]) for records in preds]
    labels = sorted({label for label in gold + pred if label is not None})
    return confusion(gold, pred, labels, none_row=True)


def _errors(items: Sequence[EventSentence], preds: list[list[Record]]) -> list[ErrorExample]:
    out: list[ErrorExample] = []
    for item, records in zip(items, preds):
        shown = "; ".join(_show(pred_key(r, "exact")) for r in records) or "none"
        expected = "; ".join(_show(gold_key(e, "exact")) for e in item.events) or \
            f"no events [{', '.join(item.tags) or 'untagged'}]"
        gold = Counter(gold_key(e, "root") for e in item.events)
        pred = Counter(pred_key(r, "root") for r in records)
        missing, extra = gold - pred, pred - gold
        found = len(out)
        for event in item.events:
            if missing[gold_key(event, "root")] > 0:
                missing[gold_key(event, "root")] -= 1
                out.append(ErrorExample("miss", item.id, item.line, item.text,
                                        _show(gold_key(event, "exact")), shown))
        for record in records:
            if extra[pred_key(record, "root")] > 0:
                extra[pred_key(record, "root")] -= 1
                out.append(ErrorExample("false positive", item.id, item.line, item.text,
                                        expected, _show(pred_key(record, "exact"))))
        exact = multiset_prf([gold_key(e, "exact") for e in item.events],
                             [pred_key(r, "exact") for r in records])
        if len(out) == found and (exact.fp or exact.fn):
            out.append(ErrorExample("inexact", item.id, item.line, item.text, expected, shown))
    return out


def _show(key: Key) -> str:
    source, code, target = key
    return f"{source} {code} {target or '-'}"
