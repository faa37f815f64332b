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


# Measured 2026-12-05 on the 633 test sentences (118 events), each coded alone, en_core_web_sm,
# built-in actors, the model of that day (threshold 0.85, veto 0.99 chosen on dev): the value is
# in the comment; floors are measured - 0.02. Re-pinned after issue 11's last round: rules
# recall 0.212 -> 0.271 and F1 0.329 -> 0.388 (joint acts coded both ways, new trigger rows),
# bought with rules precision 0.735 -> 0.681; the retrained model (whole encoder, threshold 0.85
# chosen on dev) codes fewer events alone (F1 0.099 -> 0.064) and now raises the combination's
# precision (0.394 -> 0.756; combined F1 0.296 -> 0.390). Both lowered floors are named here.
FLOORS = [
    ("rules", "precision", 0.66),     # 0.681 (was floor 0.71 at 0.735: traded for recall)
    ("rules", "recall", 0.25),        # 0.271
    ("rules", "f1", 0.36),            # 0.388
    ("model", "f1", 0.04),            # 0.064 (was floor 0.07 at 0.099: a stricter threshold)
    ("combined", "precision", 0.73),  # 0.756
    ("combined", "recall", 0.24),     # 0.263
    ("combined", "f1", 0.37),         # 0.390
]


@pytest.mark.parametrize(("coder", "metric", "floor"), FLOORS)
def test_event_model_floor(measured, coder, metric, floor):
    assert getattr(measured[coder], metric) >= floor
