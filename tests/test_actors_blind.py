"""Blind actor set: 300-odd cases from real text, written before the resolver was changed for them.

Two files in ``tests/gold/actors_blind/``: ``standoff.tsv`` points at BBC and seed articles in
``../shared`` (path, offsets, hash; no text copied) and ``written.jsonl`` holds wire-style
sentences written for this set. Each case is resolved as ``geopivot actors resolve`` does it
(``Engine.resolve_mention``), the context being the article up to the mention's sentence.

A case is right when the resolved codes, cut to country and primary sector (six characters:
``RUSBUSGAZ`` counts as ``RUSBUS``), equal the expected ones as a multiset; ``place`` cases
compare the state only (``in Juba`` may be the state or its government). An empty code expects
no actor: an unresolved actor is better than a wrong one. When a name is given, the first
actor's name must end with its last word (accents folded).

Conventions: companies and their officers are ``<ISO3>BUS``; a former office holder is
``<ISO3>ELI`` (CAMEO's elite code, as the Phoenix dictionaries code former officials);
opposition parties and their leaders ``<ISO3>OPP``; IGO leaders the IGO code.

``python tests/test_actors_blind.py`` prints overall and per-tag accuracy and every miss.
"""
from __future__ import annotations

import csv
import datetime as dt
import json
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import SHARED, shared_path

FOLDER = Path(__file__).parent / "gold" / "actors_blind"
# A floor below the measured final figure, so that a regression fails the suite.
FLOOR = 0.85


@dataclass(frozen=True, slots=True)
class BlindCase:
    id: str
    mention: str
    context: str
    date: dt.date | None
    codes: tuple[str, ...]
    name: str | None
    tags: tuple[str, ...]


def _codes(cell: object) -> tuple[str, ...]:
    if cell in (None, ""):
        return ()
    if isinstance(cell, str):
        return tuple(c.strip() for c in cell.split(",") if c.strip())
    return tuple(cell)  # type: ignore[arg-type]


def load_written(path: Path = FOLDER / "written.jsonl") -> list[BlindCase]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            out.append(BlindCase(row["id"], row["mention"], row["context"],
                                 dt.date.fromisoformat(row["date"]) if row.get("date") else None,
                                 _codes(row["code"]), row.get("name"), tuple(row["tags"])))
    return out


def load_standoff(shared: Path, path: Path = FOLDER / "standoff.tsv") -> list[BlindCase]:
    from geopivot.evaluation.standoff import StandoffError, read_source_text, text_hash

    out = []
    cache: dict[str, str] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader((l for l in handle if not l.startswith("#")), delimiter="\t"):
            if row["path"] not in cache:
                cache[row["path"]] = read_source_text(shared / row["path"])
            context = cache[row["path"]][int(row["start"]):int(row["end"])]
            if text_hash(context) != row["sha"]:
                raise StandoffError(f"{row['path']}:{row['start']}-{row['end']}: text changed")
            mention = context[int(row["mention_start"]):int(row["mention_end"])]
            out.append(BlindCase(row["case_id"], mention, context, dt.date.fromisoformat(row["date"]),
                                 _codes(row["code"]), row["name"] or None, tuple(row["tags"].split(","))))
    return out


def _fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).lower()


@dataclass(frozen=True, slots=True)
class BlindOutcome:
    case: BlindCase
    codes: tuple[str, ...]
    names: tuple[str, ...]

    @property
    def right(self) -> bool:
        width = 3 if "place" in self.case.tags else 6
        if sorted(c[:width] for c in self.codes) != sorted(c[:width] for c in self.case.codes):
            return False
        if self.case.name is None:
            return True
        return bool(self.names) and _fold(self.names[0]).endswith(_fold(self.case.name).split()[-1])


def resolve_all(engine, cases: list[BlindCase]) -> list[BlindOutcome]:
    out = []
    for case in cases:
        found = engine.resolve_mention(case.context, case.mention, date=case.date)
        out.append(BlindOutcome(case, tuple(m.actor.code for m in found), tuple(m.actor.name for m in found)))
    return out


def accuracy(outcomes: list[BlindOutcome]) -> float:
    return sum(o.right for o in outcomes) / len(outcomes) if outcomes else 0.0


def report(outcomes: list[BlindOutcome], *, misses: bool = True) -> str:
    groups: dict[str, list[BlindOutcome]] = defaultdict(list)
    for o in outcomes:
        for tag in o.case.tags:
            groups[tag].append(o)
    lines = [f"actor blind set: {accuracy(outcomes):.1%} of {len(outcomes)} cases"]
    for tag, group in sorted(groups.items()):
        lines.append(f"  {tag:12} {accuracy(group):6.1%}  ({sum(o.right for o in group)}/{len(group)})")
    if misses:
        for o in outcomes:
            if not o.right:
                lines.append(f"  MISS {o.case.id}: {o.case.mention!r} @{o.case.date} expected "
                             f"{list(o.case.codes)}{' ' + o.case.name if o.case.name else ''}, got "
                             f"{list(o.codes)} {list(o.names)}")
    return "\n".join(lines)


def all_cases() -> list[BlindCase]:
    cases = load_written()
    if (SHARED / "corpora").is_dir():
        cases += load_standoff(SHARED)
    return cases


def test_blind_set_shape():
    cases = load_written()
    assert len({c.id for c in cases}) == len(cases) and all(c.mention in c.context for c in cases)
    assert len(cases) + sum(1 for l in (FOLDER / "standoff.tsv").read_text().splitlines()
                            if l and not l.startswith(("#", "case_id"))) >= 300


def test_standoff_rows_still_point_at_their_text():
    cases = load_standoff(shared_path("corpora").parent)
    assert len(cases) >= 60 and all(c.mention for c in cases)


@pytest.mark.slow
def test_blind_accuracy(engine):
    outcomes = resolve_all(engine, all_cases())
    print("\n" + report(outcomes, misses=False))
    assert accuracy(outcomes) >= FLOOR, report(outcomes)


if __name__ == "__main__":
    import sys

    from geopivot.pipeline.engine import Engine
    from geopivot.settings import Settings

    print(report(resolve_all(Engine.load(Settings()), all_cases()), misses="--quiet" not in sys.argv))
