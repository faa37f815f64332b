"""Scoring source and target spans against ConfliBERT's role tags, token by token.

Per sentence, the predicted source tokens are the tokens that overlap the character span of
the source of *any* coded event (likewise for targets); the gold source tokens are those
tagged B-S/I-S (B-T/I-T). TP, FP and FN are the sizes of the intersection and the two
differences, summed over sentences (micro average).
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from geopivot.evaluation.gold import RoleSentence
from geopivot.evaluation.metrics import PRF, ratio, set_prf
from geopivot.evaluation.predictions import Record
from geopivot.evaluation.results import ErrorExample


@dataclass(frozen=True, slots=True)
class RoleScores:
    """Token-overlap scores for one role (source or target)."""

    all_sentences: PRF
    covered_sentences: PRF
    hit_rate: float | None  # covered sentences with a gold span where a predicted one overlaps it
    crossed_tokens: int  # predicted tokens of this role that are gold tokens of the other role


@dataclass(frozen=True, slots=True)
class RolesResult:
    sentences: int
    covered: int
    coverage: float | None
    source: RoleScores
    target: RoleScores
    unplaced_events: int  # events whose sentence could not be found in the text


@dataclass(slots=True)
class _Tally:
    all: PRF = PRF()
    covered: PRF = PRF()
    with_gold: int = 0
    hits: int = 0
    crossed: int = 0

    def scores(self) -> RoleScores:
        return RoleScores(self.all, self.covered, ratio(self.hits, self.with_gold), self.crossed)


def score_roles(items: Sequence[RoleSentence], predictions: Sequence[Sequence[Record]]
                ) -> tuple[RolesResult, list[ErrorExample]]:
    """Scores and error examples; ``predictions[i]`` are the events coded from ``items[i]``."""
    tallies = {"S": _Tally(), "T": _Tally()}
    covered = unplaced = 0
    errors: list[ErrorExample] = []
    for item, records in zip(items, predictions):
        spans, lost = predicted_tokens(item, records)
        unplaced += lost
        gold = {"S": item.role_tokens("S"), "T": item.role_tokens("T")}
        is_covered = bool(records)
        covered += is_covered
        for role, other in (("S", "T"), ("T", "S")):
            tally, counts = tallies[role], set_prf(gold[role], spans[role])
            tally.all += counts
            tally.crossed += len(spans[role] & gold[other])
            if not is_covered:
                continue
            tally.covered += counts
            if gold[role]:
                tally.with_gold += 1
                tally.hits += bool(counts.tp)
        if is_covered and (spans["S"] != gold["S"] or spans["T"] != gold["T"]):
            errors.append(ErrorExample(
                "wrong span", item.id, item.line, item.text,
                f"source={_words(item, gold['S'])} target={_words(item, gold['T'])}",
                f"source={_words(item, spans['S'])} target={_words(item, spans['T'])}"))
        elif not is_covered and (gold["S"] or gold["T"]):
            errors.append(ErrorExample("no event", item.id, item.line, item.text,
                                       f"source={_words(item, gold['S'])} "
                                       f"target={_words(item, gold['T'])}", "none"))
    result = RolesResult(len(items), covered, ratio(covered, len(items)),
                         tallies["S"].scores(), tallies["T"].scores(), unplaced)
    return result, errors


def predicted_tokens(item: RoleSentence, records: Sequence[Record]
                     ) -> tuple[dict[str, frozenset[int]], int]:
    """Token indices under the source ("S") and target ("T") spans of all records, and the
    number of records whose sentence was not found in ``item.text``."""
    found: dict[str, set[int]] = {"S": set(), "T": set()}
    lost = 0
    for record in records:
        base = item.text.find(str(record.get("sentence") or ""))
        if base < 0:
            lost += 1
            continue
        for role, side in (("S", "source"), ("T", "target")):
            start, end = record.get(f"{side}_start"), record.get(f"{side}_end")
            if isinstance(start, int) and isinstance(end, int):
                found[role] |= item.tokens_in(base + start, base + end)
    return {role: frozenset(tokens) for role, tokens in found.items()}, lost


def _words(item: RoleSentence, tokens: frozenset[int]) -> str:
    if not tokens:
        return "-"
    runs: list[list[int]] = []
    for i in sorted(tokens):
        if runs and runs[-1][-1] == i - 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    return " | ".join(item.text[item.offsets[r[0]][0]:item.offsets[r[-1]][1]] for r in runs)
