"""The dev calibration's precision aim (geopivot.eventmodel.evaluate.precision_reached): reached
only beyond one-sided 90 % sampling noise, so one false event more or less cannot flip the
chosen threshold."""
from __future__ import annotations

import pytest

from geopivot.eventmodel.evaluate import precision_reached
from geopivot.evaluation.metrics import PRF


@pytest.mark.parametrize(("tp", "fp", "reached"), [
    (294, 96, False),   # 0.754 on 390 coded events: within noise of 0.75
    (320, 70, True),    # 0.821: the lower bound is 0.797
    (7, 2, False),      # 0.778 on 9 events: too few to tell
    (0, 0, False),      # nothing coded
])
def test_precision_must_clear_the_aim_beyond_noise(tp, fp, reached):
    assert precision_reached(PRF(tp=tp, fp=fp, fn=0)) is reached
