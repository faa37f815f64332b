"""Gates on the invented check sets (annotations/checks, never trained or tuned on;
annotations/README.md), scored at (source country, root, target country) for the rules alone,
the model alone and the default coder. Floors are the measured value minus about 0.02 (value
in the comment).

- ``wire_leads``: 240 wire leads opening with a dateline, measured 2026-12-06 (tenth stop) when
  datelines were first read apart from the lead; the code before that scored rules 0.534 and
  combined 0.594 here.
- ``news_styles``: 1,458 sentences in six styles (Korean wire headlines and leads, CAMEO-style
  sentences, confusable roots, multi-state prose, British news), written after the shipped
  model was trained; measured 2026-12-06 (eleventh stop).
- ``articles``: 60 invented articles of 7-11 sentences, each read whole on its date, measured
  2026-12-07 (thirteenth stop) with the article's state placing unplaced organs and groups; the
  code before that scored rules 0.433 and combined 0.450 here.
"""
from __future__ import annotations

import functools
from pathlib import Path

import pytest

from geopivot.evaluation.metrics import PRF
from geopivot.evaluation.written import load_written
from geopivot.eventmodel.evaluate import code_split, figures
from geopivot.eventmodel.runtime import load_event_model

CHECKS = Path(__file__).resolve().parents[1] / "annotations" / "checks"
# Each set's folder (its *.jsonl files only, not its subfolders) and how many clean sentences it holds.
SETS = {"wire_leads": (CHECKS, 240), "news_styles": (CHECKS / "news_styles", 1458),
        "articles": (CHECKS / "articles", 60)}


@functools.cache
def measured(check: str) -> dict[str, PRF]:
    folder, expected = SETS[check]
    sentences, problems = load_written(folder)
    assert len(sentences) == expected and not problems
    model = load_event_model()
    return figures(code_split(sentences, model), model)


@pytest.mark.parametrize(("check", "coder", "metric", "floor"), [
    # measured at the twentieth stop (threshold 0.75); in brackets the nineteenth stop's (0.80),
    # then when first pinned
    ("wire_leads", "rules", "f1", 0.61),            # 0.629 at the twenty-fourth stop (0.612; 0.608; 0.574)
    ("wire_leads", "rules", "precision", 0.74),     # 0.766 at the twenty-fourth stop (0.746; 0.747; 0.713)
    ("wire_leads", "combined", "f1", 0.64),         # 0.659 at the twenty-fourth stop (0.649; 0.651; 0.618)
    ("news_styles", "rules", "f1", 0.62),           # 0.638 at the twenty-fourth stop (0.630; 0.628; 0.607)
    ("news_styles", "rules", "precision", 0.80),    # 0.821 at the twenty-fourth stop (0.813; 0.813; 0.801)
    # the model alone codes fewer events at the thresholds the calibration rule chose since the
    # eighteenth stop (0.523 at 0.65); the default coder below does not lose
    ("news_styles", "model", "f1", 0.49),           # 0.511 (0.499)
    ("news_styles", "combined", "f1", 0.65),        # 0.667 at the twenty-fourth stop (0.660; 0.655; 0.633)
    ("news_styles", "combined", "precision", 0.75),  # 0.762 (0.767; 0.725)
    ("articles", "rules", "f1", 0.50),              # 0.527 (0.520; 0.478)
    ("articles", "rules", "precision", 0.81),       # 0.832 (0.829; 0.797)
    ("articles", "combined", "f1", 0.52),           # 0.542 (0.530; 0.493)
    ("articles", "combined", "precision", 0.80),    # 0.822 (0.818; 0.771)
])
def test_check_set_floor(check: str, coder: str, metric: str, floor: float) -> None:
    assert getattr(measured(check)[coder], metric) >= floor
