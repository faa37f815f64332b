"""An alignment's conclusion in one plain sentence, for the report and the dashboard.

The sentence says no more than the numbers: the mean score over the periods that have one, where
that puts the focal state, and each pivot with its direction and the move of the mean.
"""
from __future__ import annotations

import math

from geopivot.analysis.alignment import Alignment
from geopivot.analysis.periods import period_label

# A mean within this distance of 0 is read as "between the poles": the band of a typical
# period is wider than this, so a smaller lean is not a finding.
NEUTRAL = 0.05


def finding(alignment: Alignment) -> str:
    focal, a, b = (",".join(g) for g in (alignment.focal, alignment.pole_a, alignment.pole_b))
    scores = [float(s) for s in alignment.periods["score"] if s is not None and not math.isnan(float(s))]
    if not scores:
        return (f"No period has enough events between {focal} and the poles (at least "
                f"{alignment.min_events} with a pole): no finding.")
    mean = sum(scores) / len(scores)
    lean = f"closer to {b}" if mean > NEUTRAL else f"closer to {a}" if mean < -NEUTRAL else "between the two poles"
    periods = f"{len(scores)} {alignment.freq}{'s' if len(scores) != 1 else ''}"
    text = (f"Over {periods} with a score, {focal} stands on average {lean} "
            f"(mean score {mean:+.2f}, from −1 with {a} to +1 with {b}).")
    if not alignment.pivots:
        return text + " No pivot: the score does not move beyond its sampling noise."
    moves = "; ".join(f"{period_label(p.period, alignment.freq)} {p.direction} ({p.before:+.2f} → {p.after:+.2f})"
                      for p in alignment.pivots)
    plural = "s" if len(alignment.pivots) > 1 else ""
    return text + f" {len(alignment.pivots)} pivot{plural}: {moves}."
