"""Blocs: the signed network of states per period and its partition by structural balance.

Edge weight between two states = their net cooperation (QuadClass 1 and 2 events minus 3 and 4,
both directions). A partition's frustration is the weight of the edges that break balance:
positive edges between blocs plus negative edges within one. We start from the spectral split of
the signed adjacency matrix and improve it by moving single states while frustration falls.
"""
from __future__ import annotations

import datetime as dt
import warnings
from dataclasses import dataclass

import numpy as np
import pandas as pd

from geopivot.analysis.periods import filter_condition, period_range, period_sql
from geopivot.errors import AnalysisError
from geopivot.store.query import EventFilter
from geopivot.store.store import Store

DEFAULT_SEED = 0
KMEANS_RESTARTS = 10


@dataclass(frozen=True, slots=True)
class Network:
    """States and their symmetric signed weights (``weights[i, j]`` = net cooperation of i and j)."""

    countries: tuple[str, ...]
    weights: np.ndarray
    events: np.ndarray  # events behind each edge, same shape

    def edges(self) -> pd.DataFrame:
        """One row per linked pair: country_a < country_b, weight, events."""
        i, j = np.nonzero(np.triu(self.events, 1))
        return pd.DataFrame({"country_a": [self.countries[k] for k in i],
                             "country_b": [self.countries[k] for k in j],
                             "weight": self.weights[i, j], "events": self.events[i, j]})


@dataclass(frozen=True, slots=True)
class Partition:
    countries: tuple[str, ...]
    blocs: tuple[int, ...]  # bloc number per country, largest bloc first
    frustration: float
    total_weight: float  # sum of |weight| over edges: frustration / total_weight is a share

    def bloc_of(self) -> dict[str, int]:
        return dict(zip(self.countries, self.blocs, strict=True))

    def members(self) -> list[tuple[str, ...]]:
        k = max(self.blocs, default=-1) + 1
        return [tuple(c for c, b in zip(self.countries, self.blocs, strict=True) if b == i) for i in range(k)]


def signed_network(store: Store, *, since: dt.date | None = None, until: dt.date | None = None,
                   min_events: int = 1, flt: EventFilter | None = None) -> Network:
    """The network of events between two different, known states in [since, until]."""
    window = ["source_country IS NOT NULL AND target_country IS NOT NULL AND source_country <> target_country "
              "AND length(source_country) = 3 AND length(target_country) = 3"]
    window_params: list[object] = []
    if since:
        window.append("date >= ?")
        window_params.append(since)
    if until:
        window.append("date <= ?")
        window_params.append(until)
    # The window goes in before repeats are merged: only these events are grouped.
    base, params = filter_condition(flt, (" AND ".join(window), window_params))
    rows = store.con.execute(f"""
        SELECT least(source_country, target_country) AS a, greatest(source_country, target_country) AS b,
               count(*) FILTER (WHERE quad_class IN (1, 2)) - count(*) FILTER (WHERE quad_class IN (3, 4)) AS w,
               count(*) AS n
        FROM events WHERE {base}
        GROUP BY ALL HAVING count(*) >= ?""", params + [min_events]).fetchall()
    return network_from_edges([(a, b, float(w), int(n)) for a, b, w, n in rows])


def network_from_edges(edges: list[tuple[str, str, float, int]]) -> Network:
    """A Network from (country, country, weight, events) rows; repeated pairs add up."""
    countries = tuple(sorted({c for a, b, _, _ in edges for c in (a, b)}))
    index = {c: i for i, c in enumerate(countries)}
    weights = np.zeros((len(countries), len(countries)))
    events = np.zeros((len(countries), len(countries)), dtype=np.int64)
    for a, b, w, n in edges:
        if a == b:
            continue
        i, j = index[a], index[b]
        weights[i, j] += w
        weights[j, i] += w
        events[i, j] += n
        events[j, i] += n
    return Network(countries, weights, events)


def frustration(weights: np.ndarray, blocs: np.ndarray) -> float:
    same = blocs[:, None] == blocs[None, :]
    broken = np.where(same, np.maximum(-weights, 0), np.maximum(weights, 0))
    return float(np.triu(broken, 1).sum())


def partition_blocs(network: Network, *, k: int = 2, seed: int = DEFAULT_SEED, max_rounds: int = 100) -> Partition:
    """Up to ``k`` blocs minimising frustration: spectral start, then single-state moves."""
    if k < 1:
        raise AnalysisError("k must be at least 1")
    n = len(network.countries)
    weights = network.weights
    if n == 0:
        return Partition((), (), 0.0, 0.0)
    blocs = _spectral_start(weights, k=min(k, n), seed=seed)
    for _ in range(max_rounds):
        # Moving state i to bloc c costs (sum of its positive weights) - (its weights into c),
        # so the best bloc for i is the one its weights favour most.
        onehot = np.eye(k)[blocs]
        pull = weights @ onehot  # the diagonal is zero: network_from_edges drops self-loops
        gain = pull.max(axis=1) - pull[np.arange(n), blocs]
        mover = int(np.argmax(gain))
        if gain[mover] <= 1e-12:
            break
        blocs[mover] = int(np.argmax(pull[mover]))
    blocs = _relabel(blocs)
    return Partition(network.countries, tuple(int(b) for b in blocs), frustration(weights, blocs),
                     float(np.triu(np.abs(weights), 1).sum()))


def _spectral_start(weights: np.ndarray, *, k: int, seed: int) -> np.ndarray:
    n = len(weights)
    if k == 1 or n == 1:
        return np.zeros(n, dtype=np.int64)
    values, vectors = np.linalg.eigh(weights)
    if k == 2:
        # The leading eigenvector of a balanced network is + on one bloc and - on the other.
        return (vectors[:, -1] < 0).astype(np.int64)
    # k > 2: cluster the states in the space of the top-k eigenvectors. scikit-learn's k-means++
    # with several restarts; a single random start merged clean blocs for some seeds and BLAS builds.
    from sklearn.cluster import KMeans

    embedding = vectors[:, -k:]
    model = KMeans(n_clusters=k, n_init=KMEANS_RESTARTS, random_state=seed)
    with warnings.catch_warnings():
        # Fewer distinct states than k is a legitimate answer (fewer blocs), not a problem to report.
        warnings.simplefilter("ignore")
        return model.fit_predict(embedding).astype(np.int64)


def _relabel(blocs: np.ndarray) -> np.ndarray:
    """Number blocs by size, largest first, ties by first member, so labels are stable."""
    order = sorted(set(blocs.tolist()), key=lambda b: (-int(np.sum(blocs == b)), int(np.argmax(blocs == b))))
    mapping = {old: new for new, old in enumerate(order)}
    return np.array([mapping[b] for b in blocs.tolist()], dtype=np.int64)


def changed_blocs(before: Partition, after: Partition) -> list[tuple[str, int, int]]:
    """States present in both partitions whose bloc changed, after matching bloc labels.

    Labels are arbitrary, so blocs are first paired to maximise shared members.
    """
    from scipy.optimize import linear_sum_assignment

    old, new = before.bloc_of(), after.bloc_of()
    common = [c for c in before.countries if c in new]
    if not common:
        return []
    size = max(max(before.blocs) + 1, max(after.blocs) + 1)
    overlap = np.zeros((size, size))
    for c in common:
        overlap[new[c], old[c]] += 1
    rows, cols = linear_sum_assignment(-overlap)
    as_old = dict(zip(rows.tolist(), cols.tolist(), strict=True))
    return [(c, old[c], as_old[new[c]]) for c in common if as_old[new[c]] != old[c]]


@dataclass(frozen=True, slots=True)
class BlocPeriod:
    period: dt.date
    network: Network
    partition: Partition
    changed: list[tuple[str, int, int]]  # (country, bloc before, bloc now) in the previous period's labels


def bloc_periods(store: Store, *, freq: str = "year", k: int = 2, min_events: int = 1, seed: int = DEFAULT_SEED,
                 flt: EventFilter | None = None) -> list[BlocPeriod]:
    """Partition every period's network; note who changed bloc since the previous period."""
    base, params = filter_condition(flt, counted=False)  # merging repeats moves no bound
    bounds = store.con.execute(
        f"SELECT min({period_sql(freq)}), max(date) FROM events WHERE date IS NOT NULL AND {base}",
        params).fetchone()
    if not bounds or bounds[0] is None:
        return []
    starts = period_range(bounds[0], bounds[1], freq)
    result: list[BlocPeriod] = []
    for i, start in enumerate(starts):
        end = (starts[i + 1] if i + 1 < len(starts) else _next_start(start, freq)) - dt.timedelta(days=1)
        network = signed_network(store, since=start, until=end, min_events=min_events, flt=flt)
        partition = partition_blocs(network, k=k, seed=seed)
        changed = changed_blocs(result[-1].partition, partition) if result else []
        result.append(BlocPeriod(start, network, partition, changed))
    return result


def _next_start(start: dt.date, freq: str) -> dt.date:
    return period_range(start, start + dt.timedelta(days=400), freq)[1]
