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


# Measured on the 633 test sentences (118 events), each coded alone, en_core_web_sm, built-in
# actors; the value is in the comment, floors are measured - 0.02 (rounded down).
# 2026-12-05: rules 0.681 / 0.271 / 0.388, model F1 0.064, combined 0.756 / 0.263 / 0.390
# (threshold 0.85, veto 0.99, chosen on dev).
# 2026-12-06 (re-pinned): new rule forms and office holders raised the rules to 0.688 / 0.280 /
# 0.398; the model retrained with the project's written sentences codes far more alone (F1 0.064
# -> 0.182), and its dev-chosen threshold (0.80, no veto; the same choosing rule: the best dev F1,
# since no threshold reaches precision 0.75 on dev) trades the combination's precision for
# recall: 0.756 -> 0.609, recall 0.263 -> 0.331, F1 0.390 -> 0.429. The combined-precision floor
# is lowered for that trade (0.73 -> 0.58), and named here; every other floor rose.
# 2026-12-06 (second stop): a headline reader for parses that fail, officers acting for their
# organisation, final-e lemmas and a few rows raised the rules to 0.700 / 0.297 / 0.417; the
# model, now five encoder layers (dev-chosen: the fewest that keep dev F1 and the CV aim),
# 0.591 / 0.110 / 0.186; combined 0.650 / 0.331 / 0.438. Every floor rose or held.
# 2026-12-06 (fourth stop): rules for events inside one country, judgements, meetings in
# passing, paired surnames in headlines and more rows: rules 0.692 / 0.305 / 0.424 (one more
# true and one more false event), combined 0.645 / 0.339 / 0.444; the model unchanged. Recall
# and F1 floors rose; the precision floors held (measured - 0.02 would lower them by 0.01).
# 2026-12-06 (fifth stop): the model retrained with 3,000 more written sentences (their new dev
# share held out), its threshold (0.85) chosen on the annotated dev split and the written dev
# share together, no veto: model 0.643 / 0.153 / 0.247, combined 0.662 / 0.364 / 0.470; the rules
# unchanged. Model and combined floors rose.
# 2026-12-06 (sixth stop): actors of Korean diplomacy, the model retrained, threshold 0.65 (the
# same rule): model 0.594 / 0.161 / 0.253, combined 0.642 / 0.364 / 0.465, rules unchanged. Every
# floor held; none was lowered (a first retraining with twelve companies failed the rules'
# precision floor, 0.667, and the companies were withdrawn: docs/event-model.md).
# 2026-12-06 (seventh stop): five rule forms (headline comma lists, counterparts told or
# received, journeys to meet, predicates hung on their subject, agreed deals); every figure
# unchanged.
# 2026-12-06 (eighth stop): rule forms (multilateral acts, participles, standing states and
# habits, receipts read from the giver, ...) coded two false events fewer: rules 0.720 / 0.305 /
# 0.429, combined 0.662 / 0.364 / 0.470; the model and its threshold unchanged. The rules'
# precision floor rose (0.68 -> 0.70); the others held (measured - 0.02 rounds to them).
# 2026-12-07 (sixteenth stop): the G8 known to the knowledge base gave the model one more false
# event: model 0.576 / 0.161 / 0.252, combined 0.652 / 0.364 / 0.467; the rules unchanged. Every
# floor held. A model retrained with pairs inside one country failed the model-F1 and
# combined-recall floors (0.206, 0.339) at its dev-chosen threshold 0.90 and was not adopted.
# 2026-12-07 (seventeenth stop): fifty companies known to the knowledge base gave the model one
# more false event (found by counting each commit's test figures, not by reading the sentence):
# model 0.559 / 0.161 / 0.250, combined 0.642 / 0.364 / 0.465; the rules unchanged. Every floor held.
# 2026-12-07 (eighteenth stop): the threshold re-chosen on dev by the calibration rule fixed at the
# sixth stop (best F1 among thresholds whose precision reaches 0.75 beyond noise), 0.65 -> 0.85;
# chosen before the test split was scored: model 0.682 / 0.127 / 0.214, combined 0.695 / 0.347 /
# 0.463 (at 0.65: 0.642 / 0.364 / 0.465). The model-alone floor fell with its recall (a higher
# threshold codes fewer events); the combined precision floor rose.
# 2026-12-07 (nineteenth stop): the rules found one more true event (0.720 / 0.305 / 0.429 ->
# 0.725 / 0.314 / 0.438); the threshold, re-chosen on dev by the same rule, 0.85 -> 0.80: model
# 0.667 / 0.136 / 0.225, combined 0.689 / 0.356 / 0.469 (0.700 / 0.356 / 0.472 at 0.85). The rules'
# recall and F1 and the model's F1 floors rose; the combined floors held.
# 2026-12-07 (twentieth stop): the rules unchanged on the test split; the model's candidates no
# longer include a capital named as a place, and the threshold, re-chosen on dev by the same
# rule, 0.80 -> 0.75: model 0.679 / 0.161 / 0.260, combined 0.698 / 0.373 / 0.486 (at 0.80 the
# same as the nineteenth stop's, 0.689 / 0.356 / 0.469). The model's F1 and the combined recall
# and F1 floors rose; the precision floors held.
FLOORS = [
    # twenty-first stop: four floors raised (one seed sentence's two false events removed, docs/event-model.md)
    ("rules", "precision", 0.73),     # 0.755 (0.725 at the twentieth stop; 0.720 to the eighteenth)
    ("rules", "recall", 0.29),        # 0.314 (0.305)
    ("rules", "f1", 0.42),            # 0.443 (0.438; 0.429)
    ("model", "f1", 0.24),            # 0.260 at 0.75 (0.225 at 0.80, 0.214 at 0.85, 0.250 at 0.65)
    # 0.698 at 0.75; 0.689 at 0.80; 0.695 at 0.85, 0.642 at 0.65, 0.652 to the sixteenth stop, 0.662 to the
    # fifteenth (floor 0.73 at 0.756 before the recall trade above)
    ("combined", "precision", 0.70),  # 0.721 (0.698 at the twentieth stop)
    ("combined", "recall", 0.35),     # 0.373 at 0.75 (0.356 at 0.80, 0.347 at 0.85)
    ("combined", "f1", 0.47),         # 0.492 at 0.75 (0.486; 0.469 at 0.80, 0.463 at 0.85)
]


@pytest.mark.parametrize(("coder", "metric", "floor"), FLOORS)
def test_event_model_floor(measured, coder, metric, floor):
    assert getattr(measured[coder], metric) >= floor
