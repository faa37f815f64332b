"""Accuracy gate: the coder on geopivot's own event gold set (tests/gold/events_gold.jsonl).

The gold set is coded once per module for each coder, the rules alone and the default (the
event model beside the rules), with the real spaCy model (a few seconds); each pinned metric is
its own test, so a regression names what dropped. Floors are the value measured
when they were last pinned minus about 0.02 (the measured value is in the comment beside
each); raise them when the coder improves, never lower them to let a change through.
"""
from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest

from geopivot.evaluation import evaluate, read_gold
from geopivot.evaluation.score_events import EventsResult
from geopivot.events.ontology import load_ontology
from geopivot.settings import NlpSettings, Settings

GOLD = Path(__file__).parent / "gold" / "events_gold.jsonl"
DATA = Path(__file__).resolve().parents[1] / "src" / "geopivot" / "data" / "actors"
# The kinds of hard negative the set is built to test: every record without events carries
# at least one, so its false-positive rate is reported under a named kind (docs/eval.md).
HARD_NEGATIVE_TAGS = {"negation", "intent", "hypothetical", "no_counterpart", "non_political",
                      "no_source"}


# The coders the gate pins: the rules alone, and the default (the event model beside them).
CODERS = {"rules": NlpSettings(event_model=False), "default": NlpSettings()}


@pytest.fixture(scope="module")
def results() -> dict[str, EventsResult]:
    """The gold set coded by each coder, once per module."""
    found = {}
    for coder, nlp in CODERS.items():
        outcome = evaluate([GOLD], settings=Settings(nlp=nlp)).files[0].result
        assert isinstance(outcome, EventsResult)
        found[coder] = outcome
    return found


def _negatives_clean(r: EventsResult) -> float:
    """Share of negative records given no event at all."""
    return 1.0 - (r.negatives_by_tag["all"]["false_positive_rate"] or 0.0)


# (name, metric, floor). Measured 2026-11-29 on 442 records (336 positives, 106 negatives),
# en_core_web_sm, built-in actors: the value is in the comment, the floor about 0.02 below.
# Coverage, accuracy and recall on all positives re-pinned 2026-11-29 after bare surnames of
# office holders resolved without support (actors/surnames.py), and again the same day after
# the coder's second recall round (aid to places, purpose clauses, "let free", phone calls,
# appositive objects, loose particles, "X says Y must", nominal "of" counterparts).
# Covered-positive figures fell with newly covered harder sentences (0.946 -> 0.939,
# 0.941 -> 0.933) and keep their floors.
# "target country of main event" is back above its 2026-11-22 value (0.915) and re-pinned.
# All re-pinned upward 2026-11-29 after the knowledge-base additions (places.tsv: regions and
# cities as their state; state agencies, armed forces and legislatures; more heads of state and
# government), e.g. root accuracy on all positives 0.735 -> 0.753, coverage 0.783 -> 0.801,
# target country 0.920 -> 0.933; the values shown are the new measurements.
# 2026-12-05: triple recall re-pinned upward (root 0.660 -> 0.671, exact 0.441 -> 0.452) after
# joint acts (meet, negotiate, sign) were coded both ways — the gold set's 10 one-way joint
# events were given their reverse at the same time (tests/gold/README.md) — and the recall rows
# of issue 11's last round; root precision 0.884 -> 0.880 keeps its floor.
# 2026-12-06 (eighth stop): the rounds of the day raised three figures by 0.02 or more since
# they were pinned, which are re-pinned: coverage 0.801 -> 0.821, root-level triple recall
# 0.671 -> 0.696, exact triple recall 0.452 -> 0.480 (the others rose less or held).
FLOORS: list[tuple[str, Callable[[EventsResult], float | None], float]] = [
    ("root accuracy, covered positives", lambda r: r.root.accuracy_covered, 0.92),   # 0.941
    ("root macro-F1, covered positives", lambda r: r.root.macro_f1_covered, 0.92),   # 0.935
    ("root accuracy, all positives", lambda r: r.root.accuracy_all, 0.73),           # 0.753
    ("root macro-F1, all positives", lambda r: r.root.macro_f1_all, 0.80),           # 0.818
    ("QuadClass accuracy, all positives", lambda r: r.quad_class.accuracy_all, 0.76),  # 0.783
    ("coverage of positives", lambda r: r.coverage, 0.80),                           # 0.821
    ("root-level triple precision", lambda r: r.triples["root"].precision, 0.86),    # 0.884
    ("root-level triple recall", lambda r: r.triples["root"].recall, 0.67),          # 0.696
    ("exact triple precision", lambda r: r.triples["exact"].precision, 0.57),        # 0.590
    ("exact triple recall", lambda r: r.triples["exact"].recall, 0.46),              # 0.480
    ("source country of main event", lambda r: r.actors["source_country"], 0.96),    # 0.985
    ("target country of main event", lambda r: r.actors["target_country"], 0.91),    # 0.933
    ("hard negatives given no event", _negatives_clean, 0.98),                       # 1.000
]


# The default coder, the event model beside the rules (on by default since 2026-12-06): it trades
# some of the rules' precision on this set for recall (docs/event-model.md); its own floors,
# measured the same way (value in the comment, floor about 0.02 below).
# Pinned 2026-12-06 with the model trained on the written sentences' train share (5,109 of
# 6,396; threshold 0.85 chosen on the annotated dev split and the written dev share, no veto);
# re-pinned at the sixth stop (the model retrained on the new actors' examples, threshold 0.65 by
# the same rule): four floors rose, precision and hard negatives held (0.824 -> 0.822, 0.962 -> 0.953).
DEFAULT_FLOORS: list[tuple[str, Callable[[EventsResult], float | None], float]] = [
    ("root accuracy, all positives", lambda r: r.root.accuracy_all, 0.78),            # 0.801
    ("QuadClass accuracy, all positives", lambda r: r.quad_class.accuracy_all, 0.83),  # 0.854
    ("coverage of positives", lambda r: r.coverage, 0.87),                            # 0.896
    ("root-level triple precision", lambda r: r.triples["root"].precision, 0.80),     # 0.822
    ("root-level triple recall", lambda r: r.triples["root"].recall, 0.71),           # 0.739
    ("hard negatives given no event", _negatives_clean, 0.94),                        # 0.953
    # Pinned at the tenth stop, when a model event took the code its sentence's trigger word
    # gives its root instead of the root's base code (events/root_codes.py; before: 0.535 / 0.489).
    ("exact triple precision", lambda r: r.triples["exact"].precision, 0.53),         # 0.558
    ("exact triple recall", lambda r: r.triples["exact"].recall, 0.49),               # 0.511
]


GATES = [("rules", *floor) for floor in FLOORS] + [("default", *floor) for floor in DEFAULT_FLOORS]


@pytest.mark.parametrize("coder, name, metric, floor", GATES,
                         ids=[name if coder == "rules" else f"{coder}: {name}" for coder, name, _, _ in GATES])
def test_metric_stays_above_its_floor(results: dict[str, EventsResult], coder: str, name: str,
                                      metric: Callable[[EventsResult], float | None],
                                      floor: float) -> None:
    value = metric(results[coder])
    assert value is not None and value >= floor, f"{coder} {name}: {value} < floor {floor}"


# --- the gold file itself (cheap: no model) --------------------------------------------------

@pytest.fixture(scope="module")
def raw() -> list[dict[str, object]]:
    return [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line]


def test_gold_reads_with_the_library_reader() -> None:
    gold = read_gold(GOLD)
    assert gold.format == "events" and len(gold.items) >= 300


def test_gold_ids_are_stable_and_unique(raw: list[dict[str, object]]) -> None:
    ids = [r["id"] for r in raw]
    assert ids == [f"g{n:04d}" for n in range(1, len(raw) + 1)]


def test_gold_texts_are_unique(raw: list[dict[str, object]]) -> None:
    texts = Counter(str(r["text"]) for r in raw)
    assert [t for t, n in texts.items() if n > 1] == []


@pytest.mark.parametrize("root", [f"{n:02d}" for n in range(1, 21)])
def test_every_root_has_three_positive_sentences(root: str) -> None:
    items = read_gold(GOLD).items
    sentences = sum(any(e.root == root for e in item.events) for item in items)
    assert sentences >= 3


def test_enough_tagged_hard_negatives() -> None:
    negatives = [item for item in read_gold(GOLD).items if not item.events]
    assert len(negatives) >= 60
    assert all(set(item.tags) & HARD_NEGATIVE_TAGS for item in negatives)


def test_gold_codes_exist_in_the_ontology() -> None:
    ontology = load_ontology()
    codes = {e.code for item in read_gold(GOLD).items for e in item.events}
    assert sorted(c for c in codes if c not in ontology) == []


def _known_countries() -> set[str]:
    """ISO3 codes of states.tsv and the country slot of organisations.tsv (IGO, NGO, IMG ...)."""
    # CAMEO's unidentified armed forces (attackers of no stated identity) and the prefix of
    # transnational armed groups, whose organisations.tsv rows leave the country empty.
    known = {"UAF", "IMG"}
    for name, column in (("states.tsv", 0), ("organisations.tsv", 1)):
        for line in (DATA / name).read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                known.add(line.split("\t")[column])
    return known


def test_gold_actor_codes_start_with_a_known_country() -> None:
    known = _known_countries()
    actors = {a for item in read_gold(GOLD).items for e in item.events
              for a in (e.source, e.target) if a}
    unknown = sorted(a for a in actors if a[:6] not in known and a[:3] not in known)
    assert unknown == []
