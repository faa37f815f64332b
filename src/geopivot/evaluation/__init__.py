"""Measuring coding accuracy on gold sets (`geopivot eval`, docs/eval.md).

``readers`` turn gold files into typed records (``gold``), ``score_*`` compare them with the
predicted event records using the pure functions of ``metrics``, ``run.evaluate`` ties it
together and ``report`` prints the result.
"""
from __future__ import annotations

from geopivot.evaluation.readers import read_gold
from geopivot.evaluation.results import EvalSummary, FileSummary
from geopivot.evaluation.run import evaluate

__all__ = ["EvalSummary", "FileSummary", "evaluate", "read_gold"]
