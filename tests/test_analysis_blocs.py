"""Signed networks and bloc partitions with known answers."""
from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from analysis_data import make_store
from geopivot.analysis.blocs import (
    Partition, bloc_periods, changed_blocs, frustration, network_from_edges, partition_blocs, signed_network,
)

WEST, EAST = ("FRA", "GBR", "USA"), ("CHN", "IRN", "RUS")


def _balanced_edges(*, spoiler: float = 0.0):
    edges = [(a, b, 3.0, 3) for group in (WEST, EAST) for i, a in enumerate(group) for b in group[i + 1:]]
    edges += [(a, b, -2.0, 2) for a in WEST for b in EAST]
    if spoiler:
        edges.append(("GBR", "RUS", spoiler, 1))
    return edges


def test_balanced_network_splits_into_its_two_blocs_without_frustration():
    partition = partition_blocs(network_from_edges(_balanced_edges()))
    assert sorted(partition.members()) == [EAST, WEST]
    assert partition.frustration == 0.0


def test_one_hostile_edge_too_few_to_move_a_state_is_the_frustration():
    # GBR–RUS becomes +1 (net -2 + 1 = -1 … still hostile); make it friendly: -2 + 3 = +1.
    partition = partition_blocs(network_from_edges(_balanced_edges(spoiler=3.0)))
    assert sorted(partition.members()) == [EAST, WEST]
    assert partition.frustration == pytest.approx(1.0)


@pytest.mark.parametrize("seed", range(8))
def test_three_blocs_when_asked(seed):
    groups = [("AAA", "AAB"), ("BBA", "BBB"), ("CCA", "CCB")]
    edges = [(g[0], g[1], 4.0, 4) for g in groups]
    edges += [(a, b, -1.0, 1) for i, g in enumerate(groups) for h in groups[i + 1:] for a in g for b in h]
    partition = partition_blocs(network_from_edges(edges), k=3, seed=seed)
    assert sorted(partition.members()) == groups
    assert partition.frustration == 0.0


def test_local_search_never_ends_worse_than_the_spectral_start():
    rng = np.random.default_rng(3)
    names = [f"S{i:02d}" for i in range(40)]
    edges = [(a, b, float(rng.normal()), 1) for i, a in enumerate(names) for b in names[i + 1:] if rng.random() < 0.3]
    network = network_from_edges(edges)
    partition = partition_blocs(network)
    spectral = (np.linalg.eigh(network.weights)[1][:, -1] < 0).astype(int)
    assert partition.frustration <= frustration(network.weights, spectral) + 1e-9
    assert partition.frustration == pytest.approx(frustration(network.weights, np.array(partition.blocs)))


def test_network_from_store_nets_cooperation_over_both_directions(tmp_path):
    events = [("2018-02-01", "KOR", "CHN", "042", 1.9), ("2018-03-01", "CHN", "KOR", "057", 8.0),
              ("2018-04-01", "KOR", "CHN", "111", -2.0), ("2018-05-01", "KOR", "USA", "190", -10.0),
              ("2019-01-01", "KOR", "USA", "042", 1.9), ("2018-06-01", "KOR", "KOR", "042", 1.9)]
    with make_store(tmp_path / "n.duckdb", events) as store:
        network = signed_network(store, since=dt.date(2018, 1, 1), until=dt.date(2018, 12, 31))
    edges = network.edges().set_index(["country_a", "country_b"])
    assert network.countries == ("CHN", "KOR", "USA")
    assert edges.loc[("CHN", "KOR"), "weight"] == 1.0  # 2 cooperative - 1 conflictual
    assert edges.loc[("CHN", "KOR"), "events"] == 3
    assert edges.loc[("KOR", "USA"), "weight"] == -1.0


def _partition(blocs: dict[str, int]) -> Partition:
    return Partition(tuple(blocs), tuple(blocs.values()), 0.0, 0.0)


def test_changed_blocs_ignores_label_swaps():
    before = _partition({"USA": 0, "GBR": 0, "RUS": 1, "CHN": 1})
    after = _partition({"USA": 1, "GBR": 1, "RUS": 0, "CHN": 0})
    assert changed_blocs(before, after) == []


def test_changed_blocs_names_the_state_that_moved():
    before = _partition({"USA": 0, "GBR": 0, "KOR": 0, "RUS": 1, "CHN": 1})
    after = _partition({"USA": 1, "GBR": 1, "KOR": 0, "RUS": 0, "CHN": 0})
    assert changed_blocs(before, after) == [("KOR", 0, 1)]


def test_bloc_periods_follow_a_state_that_switches(tmp_path):
    events = []
    for year, kor_with in ((2017, "USA"), (2018, "CHN")):
        day = f"{year}-06-01"
        other = "CHN" if kor_with == "USA" else "USA"
        events += [(day, "USA", "CHN", "190", -10.0)] * 3
        events += [(day, "KOR", kor_with, "057", 8.0)] * 2 + [(day, "KOR", other, "111", -2.0)] * 2
    with make_store(tmp_path / "b.duckdb", events) as store:
        periods = bloc_periods(store, freq="year")
    assert [p.period.year for p in periods] == [2017, 2018]
    assert periods[0].changed == []
    assert [c for c, _, _ in periods[1].changed] == ["KOR"]


@pytest.mark.parametrize("seed", ["0", "7"])
def test_blocs_command_takes_a_seed_and_finds_three_blocs(tmp_path, seed):
    from click.testing import CliRunner

    from geopivot.cli import cli

    groups = [("AAA", "AAB"), ("BBA", "BBB"), ("CCA", "CCB")]
    events = [("2018-06-01", g[0], g[1], "057", 8.0) for g in groups]
    events += [("2018-06-01", a, b, "111", -2.0) for i, g in enumerate(groups) for h in groups[i + 1:]
               for a in g for b in h]
    with make_store(tmp_path / "k.duckdb", events):
        pass
    result = CliRunner().invoke(cli, ["blocs", "-k", "3", "--seed", seed, "--db", str(tmp_path / "k.duckdb")])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("2018: AAA,AAB | BBA,BBB | CCA,CCB  (frustration 0,")
