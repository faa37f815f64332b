"""Accuracy gate for the event model: the annotated test split (annotations/events, text read
from ../shared), scored at (source country, root, target country) for the rules alone, the model
alone and the combination that `geopivot code` uses. Floors are the measured value minus about
0.02 (measured value in the comment); raise them when the coder improves, never lower them to let
a change through. The test split is never used to train or tune (docs/event-model.md).
"""
from __future__ import annotations

from pathlib import Path

import pytest
from conftest import shared_path

from geopivot.evaluation.metrics import PRF
from geopivot.evaluation.standoff import load_standoff
from geopivot.eventmodel.evaluate import code_split, figures
from geopivot.eventmodel.runtime import load_event_model

ANNOTATIONS = Path(__file__).resolve().parents[1] / "annotations" / "events"


@pytest.fixture(scope="module")
def measured() -> dict[str, PRF]:
    if not (ANNOTATIONS / "events.tsv").exists():
        pytest.skip("annotations/events/events.tsv not built")
    sentences = load_standoff(ANNOTATIONS, shared_path(), splits=("test",))
    model = load_event_model()
    return figures(code_split(sentences, model), model)


# Measured 2026-12-05 on the 633 test sentences (118 events), en_core_web_sm, built-in actors,
# the model of that day (threshold 0.5, veto 0.99 chosen on dev), after the actors and rules
# work merged: the value is in the comment; floors are measured - 0.02.
FLOORS = [
    ("rules", "precision", 0.71),     # 0.735 (one false positive more than the rules alone: actors)
    ("rules", "recall", 0.19),        # 0.212
    ("rules", "f1", 0.30),            # 0.329
    ("model", "f1", 0.07),            # 0.099
    ("combined", "precision", 0.37),  # 0.394
    ("combined", "recall", 0.21),     # 0.237
    ("combined", "f1", 0.27),         # 0.296
]


@pytest.mark.parametrize(("coder", "metric", "floor"), FLOORS)
def test_event_model_floor(measured, coder, metric, floor):
    assert getattr(measured[coder], metric) >= floor
