"""Alignment of a focal state between two poles, with a bootstrap band and change points.

Per period, r_X = the mean weight of the events between the focal state and pole X (either
direction), in [-1, 1]: Goldstein / 10 by default, or the QuadClass weight (``weights="quad"``:
material cooperation +1, verbal cooperation +0.5, verbal conflict -0.5, material conflict -1)
for producers without Goldstein scores. The score is (r_B - r_A) / 2, in [-1, 1]: -1 means
fully with pole A, +1 fully with pole B. A period where either pole has fewer than
``min_events`` events is "insufficient": no r for that pole and no score (a gap in the series,
never a 0). docs/analysis.md gives the details.
"""
from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from geopivot.analysis.periods import country_group, filter_condition, period_range, period_sql
from geopivot.analysis.series import dyad_condition
from geopivot.errors import AnalysisError
from geopivot.store.query import EventFilter
from geopivot.store.store import Store

GOLDSTEIN_SCALE = 10.0
WEIGHTS = {
    "goldstein": f"goldstein / {GOLDSTEIN_SCALE}",
    # QuadClass 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict:
    # words weigh half of deeds, as in the net-cooperation scales built on the quad classes.
    "quad": "CASE quad_class WHEN 1 THEN 0.5 WHEN 2 THEN 1.0 WHEN 3 THEN -0.5 WHEN 4 THEN -1.0 END",
}
MIN_EVENTS = 3
ALIGN_FREQS = ("month", "quarter", "year")
PERIOD_COLUMNS = ("period", "n_a", "n_b", "r_a", "r_b", "score", "low", "high", "status")
EVENT_COLUMNS = ("event_id", "date", "pole", "source_country", "event_code", "event_name",
                 "target_country", "goldstein", "contribution", "sentence", "article_id", "title", "producer", "url")


@dataclass(frozen=True, slots=True)
class Pivot:
    """A change point: the score's mean moved from ``before`` to ``after`` starting at ``period``."""

    period: dt.date
    before: float
    after: float
    direction: str  # "toward <pole B>" or "toward <pole A>"
    events: pd.DataFrame  # the events that drive the move, strongest first (EVENT_COLUMNS)


@dataclass(frozen=True, slots=True)
class Alignment:
    focal: tuple[str, ...]
    pole_a: tuple[str, ...]
    pole_b: tuple[str, ...]
    freq: str
    periods: pd.DataFrame  # PERIOD_COLUMNS
    pivots: list[Pivot] = field(default_factory=list)
    penalty: float = 0.0
    weights: str = "goldstein"
    min_events: int = MIN_EVENTS


@dataclass(frozen=True, slots=True)
class FreqComparison:
    """The pivots of one alignment at several period lengths, and whether they tell one story."""

    pivots: dict[str, list[tuple[dt.date, str]]]  # freq -> [(period start, direction)]

    @property
    def agree(self) -> bool:
        """The same moves in the same order, each within a year of its counterpart."""
        found = list(self.pivots.values())
        first = found[0] if found else []
        return all(len(other) == len(first) and all(
            d1 == d2 and abs((p1 - p2).days) <= 366 for (p1, d1), (p2, d2) in zip(first, other, strict=True))
            for other in found[1:])

    def describe(self) -> str:
        from geopivot.analysis.periods import period_label

        return "; ".join(
            f"{freq}: " + (", ".join(f"{period_label(p, freq)} {d}" for p, d in found) or "none")
            for freq, found in self.pivots.items())

def align(store: Store, *, focal: str | tuple[str, ...], pole_a: str | tuple[str, ...] | list[str],
          pole_b: str | tuple[str, ...] | list[str], freq: str = "quarter", n_boot: int = 1000,
          seed: int = 0, penalty: float | None = None, min_size: int = 2, top_events: int = 5,
          window: int = 2, flt: EventFilter | None = None, weights: str = "goldstein",
          min_events: int = MIN_EVENTS) -> Alignment:
    """Score, 95 % bootstrap band and pivots of ``focal`` between ``pole_a`` and ``pole_b``.

    Raises AnalysisError when the events have no weight under ``weights`` (POLECAT imports
    carry no Goldstein score: use ``weights="quad"``)."""
    focal_group, group_a, group_b = country_group(focal), country_group(pole_a), country_group(pole_b)
    if set(group_a) & set(group_b):
        raise AnalysisError("the two poles share a country: " + ",".join(sorted(set(group_a) & set(group_b))))
    if weights not in WEIGHTS:
        raise AnalysisError(f"unknown weights {weights!r}; use one of {', '.join(WEIGHTS)}")
    counts = _goldstein_counts(store, focal_group, group_a, group_b, freq=freq, flt=flt, weights=weights)
    if counts.empty:
        _check_weights(store, focal_group, group_a, group_b, flt=flt, weights=weights)
    periods = _score_periods(counts, freq=freq, flt=flt, n_boot=n_boot, seed=seed, min_events=min_events)
    alignment = Alignment(focal_group, group_a, group_b, freq, periods, weights=weights,
                          min_events=min_events)
    if periods["score"].notna().sum() < 2 * min_size:
        return alignment
    breaks, used_penalty = _change_points(periods, penalty=penalty, min_size=min_size)
    pivots = [_pivot(store, alignment, segment, top_events=top_events, window=window, flt=flt)
              for segment in breaks]
    return Alignment(focal_group, group_a, group_b, freq, periods, pivots, used_penalty, weights, min_events)


def compare_freqs(store: Store, *, focal: str | tuple[str, ...], pole_a: str | tuple[str, ...] | list[str],
                  pole_b: str | tuple[str, ...] | list[str], freqs: tuple[str, ...] = ALIGN_FREQS,
                  **options: object) -> FreqComparison:
    """The pivots of the same alignment by month, quarter and year: a pivot that one period
    length finds and another does not is a finding about the binning, not about the state."""
    found = {}
    for freq in freqs:
        result = align(store, focal=focal, pole_a=pole_a, pole_b=pole_b, freq=freq, top_events=0,
                       **options)  # type: ignore[arg-type]
        found[freq] = [(p.period, p.direction) for p in result.pivots]
    return FreqComparison(found)


def _check_weights(store: Store, focal: tuple[str, ...], group_a: tuple[str, ...], group_b: tuple[str, ...],
                   *, flt: EventFilter | None, weights: str) -> None:
    """No weighted events: say why when events are there but carry no weight."""
    selection, params = _selection(focal, group_a, group_b, flt, weights="TRUE")
    unweighted = store.con.execute(f"SELECT count(*) FROM (SELECT date, {selection})", params).fetchone()[0]
    if unweighted and weights == "goldstein":
        raise AnalysisError(f"the {unweighted} events between {','.join(focal)} and the poles have no "
                            "Goldstein score (POLECAT imports carry none); use --weights quad, a "
                            "QuadClass-based score (docs/analysis.md)")
    if unweighted:
        raise AnalysisError(f"the {unweighted} events between {','.join(focal)} and the poles have no "
                            "QuadClass")


def _selection(focal: tuple[str, ...], group_a: tuple[str, ...], group_b: tuple[str, ...],
               flt: EventFilter | None, *, weights: str = "goldstein") -> tuple[str, list[object]]:
    """SELECT list and WHERE of the focal state's events with either pole, each tagged with its
    pole and its weight in [-1, 1] (``weights`` names one of WEIGHTS, or is raw SQL)."""
    cond_a, params_a = dyad_condition(focal, group_a, directed=False)
    cond_b, params_b = dyad_condition(focal, group_b, directed=False)
    value = WEIGHTS.get(weights, weights)
    selected, params = filter_condition(flt, (f"date IS NOT NULL AND ({value}) IS NOT NULL AND "
                                              f"({cond_a} OR {cond_b})", params_a + params_b))
    sql = f"({value}) AS weight, CASE WHEN {cond_a} THEN 'A' ELSE 'B' END AS pole FROM events WHERE {selected}"
    return sql, params_a + params


def _goldstein_counts(store: Store, focal: tuple[str, ...], group_a: tuple[str, ...],
                      group_b: tuple[str, ...], *, freq: str, flt: EventFilter | None,
                      weights: str = "goldstein") -> pd.DataFrame:
    """How many events of each weight each pole has per period: all a bootstrap needs."""
    selection, params = _selection(focal, group_a, group_b, flt, weights=weights)
    return store.con.execute(f"""
        SELECT period, pole, weight, count(*) AS n FROM (
            SELECT {period_sql(freq)} AS period, {selection})
        GROUP BY ALL ORDER BY ALL""", params).df()


def _score_periods(counts: pd.DataFrame, *, freq: str, flt: EventFilter | None, n_boot: int,
                   seed: int, min_events: int = MIN_EVENTS) -> pd.DataFrame:
    """The score per period, and its percentile band from resampling each pole's events.

    Resampling n events with replacement is a multinomial draw over their distinct Goldstein
    values, so the bootstrap costs the same for 5 events or 5 million.
    """
    if counts.empty:
        return pd.DataFrame({column: [] for column in PERIOD_COLUMNS})
    counts["period"] = pd.to_datetime(counts["period"]).dt.date
    first = (flt.since if flt and flt.since else None) or min(counts["period"])
    last = (flt.until if flt and flt.until else None) or max(counts["period"])
    rng = np.random.default_rng(seed)
    by_period = {key: rows for key, rows in counts.groupby(["period", "pole"])}
    rows = []
    for period in period_range(first, last, freq):
        n_a, r_a, boot_a = _pole_mean(by_period.get((period, "A")), rng, n_boot)
        n_b, r_b, boot_b = _pole_mean(by_period.get((period, "B")), rng, n_boot)
        # A pole with too few events has no mean worth the name; an absent one is not neutral.
        r_a, r_b = (r if n >= min_events else math.nan for n, r in ((n_a, r_a), (n_b, r_b)))
        if n_a + n_b == 0:
            rows.append((period, 0, 0, math.nan, math.nan, math.nan, math.nan, math.nan, "no events"))
            continue
        if n_a < min_events or n_b < min_events:
            rows.append((period, n_a, n_b, r_a, r_b, math.nan, math.nan, math.nan, "insufficient"))
            continue
        boot = (boot_b - boot_a) / 2
        low, high = np.percentile(boot, [2.5, 97.5]) if n_boot else (math.nan, math.nan)
        rows.append((period, n_a, n_b, r_a, r_b, (r_b - r_a) / 2, float(low), float(high), "ok"))
    return pd.DataFrame(rows, columns=list(PERIOD_COLUMNS))


def _pole_mean(rows: pd.DataFrame | None, rng: np.random.Generator,
               n_boot: int) -> tuple[int, float, np.ndarray]:
    if rows is None or rows.empty:
        return 0, 0.0, np.zeros(n_boot)
    values = rows["weight"].to_numpy(float)
    weights = rows["n"].to_numpy(np.int64)
    n = int(weights.sum())
    draws = rng.multinomial(n, weights / n, size=n_boot) if n_boot else np.zeros((0, len(values)))
    return n, float(values @ weights / n), draws @ values / n


def _change_points(periods: pd.DataFrame, *, penalty: float | None,
                   min_size: int) -> tuple[list[tuple[int, int, int]], float]:
    """Segments (start, break, end) in the rows with a score, from PELT on a least-squares cost.

    The default penalty is 2 sigma^2 ln n, sigma^2 being the median bootstrap variance of a
    period's score: a move must stand out from the sampling noise of the events behind it.
    """
    import ruptures

    valid = periods.index[periods["score"].notna()].to_numpy()
    signal = periods.loc[valid, "score"].to_numpy(float)
    if penalty is None:
        half_width = (periods.loc[valid, "high"] - periods.loc[valid, "low"]).to_numpy(float) / (2 * 1.96)
        sigma2 = float(np.median(half_width ** 2))
        if sigma2 <= 0:
            sigma2 = float(np.var(np.diff(signal)) / 2) or 1e-3
        penalty = 2 * sigma2 * math.log(len(signal))
    ends = ruptures.Pelt(model="l2", min_size=min_size, jump=1).fit(signal).predict(pen=penalty)
    starts = [0, *ends[:-1]]
    segments = [(int(valid[starts[i - 1]]), int(valid[starts[i]]), int(valid[ends[i] - 1]) + 1)
                for i in range(1, len(starts))]
    return segments, float(penalty)


def _pivot(store: Store, alignment: Alignment, segment: tuple[int, int, int], *, top_events: int,
           window: int, flt: EventFilter | None) -> Pivot:
    """The move at ``segment``'s break, with the events of its first periods that push that way."""
    periods = alignment.periods
    start, brk, end = segment
    scores = periods["score"]
    before, after = float(scores.iloc[start:brk].mean()), float(scores.iloc[brk:end].mean())
    toward_b = after > before
    pole = alignment.pole_b if toward_b else alignment.pole_a
    shown = list(periods.iloc[brk:end]["period"])[:window]
    events = _driving_events(store, alignment, shown, toward_b=toward_b, top=top_events, flt=flt)
    return Pivot(periods.iloc[brk]["period"], before, after, "toward " + ",".join(pole), events)


def _driving_events(store: Store, alignment: Alignment, shown: list[dt.date], *, toward_b: bool,
                    top: int, flt: EventFilter | None) -> pd.DataFrame:
    """Events ranked by how much each moved its period's score in the pivot's direction.

    An event of pole X in a period where X has n events moves the score by
    sign(X) * weight / (2 * n), sign(A) = -1 and sign(B) = +1 (weight: Goldstein / 10, or the
    QuadClass weight).
    """
    if not shown or top <= 0:
        return pd.DataFrame({column: [] for column in EVENT_COLUMNS})
    selection, params = _selection(alignment.focal, alignment.pole_a, alignment.pole_b, flt,
                                   weights=alignment.weights)
    period = period_sql(alignment.freq)
    marks = ", ".join("?" for _ in shown)
    direction = 1 if toward_b else -1
    frame = store.con.execute(f"""
        WITH chosen AS (
            SELECT event_id, {period} AS period, {selection} AND {period} IN ({marks})),
        weighed AS (
            SELECT event_id, pole, (CASE pole WHEN 'B' THEN 1 ELSE -1 END) * weight
                   / (2 * count(*) OVER (PARTITION BY period, pole)) AS contribution
            FROM chosen)
        SELECT e.event_id, e.date, w.pole, e.source_country, e.event_code, e.event_name,
               e.target_country, e.goldstein, w.contribution, e.sentence, e.article_id, a.title, e.producer, a.url
        FROM weighed w JOIN events e USING (event_id) LEFT JOIN articles a ON a.article_id = e.article_id
        WHERE ? * w.contribution > 0
        -- one line per sentence: its two directions (A to B, B to A) are one piece of evidence
        QUALIFY row_number() OVER (PARTITION BY coalesce(e.article_id, e.event_id),
                                   coalesce(e.sentence_index, -1) ORDER BY ? * w.contribution DESC, e.event_id) = 1
        ORDER BY ? * w.contribution DESC, e.date, e.event_id LIMIT ?""",
        params + list(shown) + [direction, direction, direction, top]).df()
    frame = frame.assign(date=[d.date() if hasattr(d, "date") else d for d in frame["date"]])
    return frame[list(EVENT_COLUMNS)]
