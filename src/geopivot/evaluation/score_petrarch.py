"""Scoring against PETRARCH's validation records: gold codings reproduced exactly.

A coding is the triple (source code, target code, event code); at root level the event code
is cut to its first two digits, and at country level the actor codes are cut to their
country part as well. Gold and predicted triples of a sentence are matched as
multisets, so a coding that occurs twice must be predicted twice.

The actor-code figure asks less: of the gold codings' source and target codes, how many
appear among the source and target codes of the events predicted for that sentence (whatever
their event code), a measure of actor resolution through the coder.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from geopivot.evaluation.gold import GoldEvent, PetrarchSentence
from geopivot.evaluation.metrics import PRF, multiset_prf, ratio
from geopivot.evaluation.predictions import Record, country_of, ordered
from geopivot.evaluation.results import ErrorExample

Triple = tuple[str, str | None, str]


@dataclass(frozen=True, slots=True)
class PetrarchResult:
    """Recall is "share of gold codings reproduced"; precision counts predictions in
    evaluated sentences (negatives included)."""

    sentences: int
    skipped: dict[str, int]
    gold_codings: int
    dropped_codings: int
    exact: PRF
    root: PRF
    root_countries: PRF
    sentences_all_correct: int  # evaluated sentences whose predicted codings equal the gold ones
    share_all_correct: float | None
    positives_all_correct: int  # of those, sentences with gold codings (not "no events")
    negatives: int
    negatives_with_events: int
    recall_by_category: dict[str, dict[str, float | int | None]]
    actor_codes_gold: int = 0  # source and target codes of the evaluated gold codings
    actor_codes_reproduced: int = 0  # of those, codes found among the sentence's predicted actors
    actor_code_share: float | None = None


def gold_triple(event: GoldEvent, *, root: bool = False, countries: bool = False) -> Triple:
    return _triple(event.source, event.target, event.code, root=root, countries=countries)


def predicted_triple(record: Record, *, root: bool = False, countries: bool = False) -> Triple:
    target = record.get("target_code")
    return _triple(str(record["source_code"]), str(target) if target else None,
                   str(record["event_code"]), root=root, countries=countries)


def _triple(source: str, target: str | None, code: str, *, root: bool, countries: bool) -> Triple:
    if countries:
        source, target = country_of(source) or source, country_of(target)
    return (source, target, code[:2] if root else code)


def score_petrarch(items: Sequence[PetrarchSentence], predictions: Sequence[Sequence[Record]]
                   ) -> tuple[PetrarchResult, list[ErrorExample]]:
    """Scores and error examples; ``predictions[i]`` are the events coded from ``items[i]``."""
    exact = root = root_countries = PRF()
    skipped: Counter[str] = Counter()
    all_correct = positives_correct = evaluated = negatives = fp_negatives = 0
    codes_gold = codes_found = 0
    by_category: dict[str, PRF] = {}
    errors: list[ErrorExample] = []
    for item, records in zip(items, predictions):
        if item.skip_reason:
            skipped[item.skip_reason] += 1
            continue
        evaluated += 1
        records = ordered(records)
        gold = [gold_triple(e) for e in item.codings]
        pred = [predicted_triple(r) for r in records]
        counts = multiset_prf(gold, pred)
        exact += counts
        root += multiset_prf([gold_triple(e, root=True) for e in item.codings],
                             [predicted_triple(r, root=True) for r in records])
        root_countries += multiset_prf(
            [gold_triple(e, root=True, countries=True) for e in item.codings],
            [predicted_triple(r, root=True, countries=True) for r in records])
        category = item.category or "-"
        by_category[category] = by_category.get(category, PRF()) + counts
        correct = Counter(gold) == Counter(pred)
        all_correct += correct
        positives_correct += correct and bool(gold)
        if item.no_events:
            negatives += 1
            fp_negatives += bool(records)
        errors += _errors(item, gold, pred)
        found = {code for s, t, _ in pred for code in (s, t) if code}
        wanted = [code for s, t, _ in gold for code in (s, t) if code]
        codes_gold += len(wanted)
        codes_found += sum(code in found for code in wanted)
    categories = {name: {"gold": prf.tp + prf.fn, "reproduced": prf.tp,
                         "recall": ratio(prf.tp, prf.tp + prf.fn)}
                  for name, prf in sorted(by_category.items())}
    result = PetrarchResult(
        sentences=evaluated, skipped=dict(skipped), gold_codings=exact.tp + exact.fn,
        dropped_codings=sum(i.dropped for i in items if not i.skip_reason), exact=exact, root=root,
        root_countries=root_countries,
        sentences_all_correct=all_correct, share_all_correct=ratio(all_correct, evaluated),
        positives_all_correct=positives_correct,
        negatives=negatives, negatives_with_events=fp_negatives, recall_by_category=categories,
        actor_codes_gold=codes_gold, actor_codes_reproduced=codes_found,
        actor_code_share=ratio(codes_found, codes_gold))
    return result, errors


def _errors(item: PetrarchSentence, gold: list[Triple], pred: list[Triple]) -> list[ErrorExample]:
    missing = Counter(gold) - Counter(pred)
    extra = Counter(pred) - Counter(gold)
    shown = _show(pred) if pred else "none"
    out = [ErrorExample("miss", item.id, item.line, item.text, _show([t]), shown)
           for t in missing.elements()]
    out += [ErrorExample("false positive", item.id, item.line, item.text,
                         _show(gold) if gold else "no events", _show([t]))
            for t in extra.elements()]
    return out


def _show(triples: list[Triple]) -> str:
    return "; ".join(f"{s} {c} {t or '-'}" for s, t, c in triples)
