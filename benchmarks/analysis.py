"""Speed of the analyses on 10 million synthetic events in DuckDB.

    python benchmarks/analysis.py [--events N] [--db PATH] [--keep]

Generates N events (default 10,000,000) over 2010-2019 between 150 states, busier states more
often, with real CAMEO codes and Goldstein weights from geopivot's ontology; then times a monthly
dyadic series (KOR-CHN, 10 years), an alignment over 10 years (KOR between USA and CHN,RUS,
quarterly, 1,000 bootstrap resamples, pivots and their events) and a bloc partition for one year
(network of all states in 2015), each counting one-a-day (the analyses' default; the series
also with every stored event counted). The baseline, measured in the same run, is the same monthly
series computed by pandas over the events already loaded into memory (load time not counted).
"""
from __future__ import annotations

import argparse
import resource
import tempfile
import time
from pathlib import Path

# 150 states; the first ones are the busiest, as in real event data.
STATES = ("USA CHN RUS KOR PRK JPN GBR FRA DEU IND PAK IRN ISR SYR TUR SAU UKR EGY IRQ AFG "
          "CAN MEX BRA ARG AUS IDN PHL VNM THA MYS SGP NGA ZAF KEN ETH SDN SSD SOM LBY DZA "
          "MAR TUN JOR LBN YEM OMN ARE QAT KWT BHR ITA ESP PRT NLD BEL CHE AUT POL CZE HUN "
          "ROU BGR GRC SRB HRV BIH ALB MKD MNE SVN SVK LTU LVA EST FIN SWE NOR DNK ISL IRL "
          "BLR MDA GEO ARM AZE KAZ UZB TKM KGZ TJK MNG NPL BGD LKA MMR KHM LAO BRN TWN NZL "
          "PNG FJI CHL PER COL VEN ECU BOL PRY URY CUB HTI DOM JAM GTM HND SLV NIC CRI PAN "
          "GHA CIV SEN MLI NER TCD CMR CAF COD COG AGO ZMB ZWE MOZ MWI TZA UGA RWA BDI MDG "
          "NAM BWA LSO SWZ MRT GIN SLE LBR TGO BEN").split()


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def generate(store, n: int) -> float:  # type: ignore[no-untyped-def]
    from geopivot.events.ontology import load_ontology

    types = [t for t in load_ontology() if len(t.code) >= 3]
    codes = "[" + ", ".join(f"'{t.code}'" for t in types) + "]"
    weights = "[" + ", ".join(str(t.goldstein) for t in types) + "]"
    states = "[" + ", ".join(f"'{s}'" for s in STATES) + "]"
    started = time.perf_counter()
    store.con.execute("SELECT setseed(0.42)")
    # random()^2 skews the pick toward the front of the list; source and target must differ.
    store.con.execute(f"""
        INSERT INTO events (event_id, producer, date, source_country, target_country,
                            event_code, event_root, quad_class, goldstein)
        WITH picks AS (
            SELECT i, DATE '2010-01-01' + CAST(floor(random() * 3652) AS INTEGER) AS date,
                   1 + CAST(floor(pow(random(), 2) * {len(STATES)}) AS INTEGER) AS s,
                   1 + CAST(floor(pow(random(), 2) * {len(STATES) - 1}) AS INTEGER) AS t,
                   1 + CAST(floor(random() * {len(types)}) AS INTEGER) AS c
            FROM range({n}) r(i))
        SELECT 'bench:' || i, 'bench', date, {states}[s], {states}[CASE WHEN t >= s THEN t + 1 ELSE t END],
               {codes}[c], substr({codes}[c], 1, 2),
               CASE WHEN substr({codes}[c], 1, 2) <= '05' THEN 1 WHEN substr({codes}[c], 1, 2) <= '08' THEN 2
                    WHEN substr({codes}[c], 1, 2) <= '13' THEN 3 ELSE 4 END,
               {weights}[c]
        FROM picks ORDER BY date""")
    return time.perf_counter() - started


def timed(label: str, work, repeat: int = 3) -> float:  # type: ignore[no-untyped-def]
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        result = work()
        best = min(best, time.perf_counter() - started)
    print(f"  {label:<58} {best:7.3f} s  (best of {repeat})")
    return result, best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=10_000_000)
    parser.add_argument("--db", type=Path, help="Reuse or keep this database file.")
    args = parser.parse_args()

    import datetime as dt

    from geopivot.analysis.alignment import align
    from geopivot.analysis.blocs import partition_blocs, signed_network
    from geopivot.analysis.series import dyad_series
    from geopivot.store import Store

    with tempfile.TemporaryDirectory() as tmp:
        path = args.db or Path(tmp) / "bench.duckdb"
        with Store.open(path) as store:
            if store.count("events") < args.events:
                store.con.execute("DELETE FROM events WHERE producer = 'bench'")
                print(f"generated {args.events:,} events in {generate(store, args.events):.1f} s")
            n = store.count("events")
            print(f"{n:,} events, {len(STATES)} states, 2010-2019, in {path}")
            frame, series_s = timed("monthly dyadic series KOR-CHN, 10 years",
                                    lambda: dyad_series(store, side_a="KOR", side_b="CHN", freq="month"))
            print(f"    {len(frame)} months, {int(frame['events'].sum()):,} dyad events")
            from geopivot.store import EventFilter

            _, series_all_s = timed("  the same, every stored event counted (--count all)",
                                    lambda: dyad_series(store, side_a="KOR", side_b="CHN", freq="month",
                                                        flt=EventFilter(count="all")))
            result, align_s = timed("alignment KOR: USA vs CHN,RUS, quarterly, 10 years, 1000 boot",
                                    lambda: align(store, focal="KOR", pole_a="USA", pole_b="CHN,RUS"))
            print(f"    {len(result.periods)} quarters, {int(result.periods[['n_a', 'n_b']].sum().sum()):,} "
                  f"events, {len(result.pivots)} pivots")
            year = (dt.date(2015, 1, 1), dt.date(2015, 12, 31))
            partition, blocs_s = timed("bloc partition, all states, 2015",
                                       lambda: partition_blocs(signed_network(store, since=year[0], until=year[1])))
            print(f"    {len(partition.countries)} states, frustration share "
                  f"{partition.frustration / max(partition.total_weight, 1):.1%}")

            started = time.perf_counter()
            events = store.con.execute("SELECT date, source_country, target_country, quad_class, goldstein "
                                       "FROM events").df()
            load_s = time.perf_counter() - started

            def pandas_series():  # type: ignore[no-untyped-def]
                dyad = events[((events.source_country == "KOR") & (events.target_country == "CHN"))
                              | ((events.source_country == "CHN") & (events.target_country == "KOR"))]
                month = dyad["date"].dt.to_period("M")
                return dyad.groupby(month).agg(events=("quad_class", "size"), goldstein=("goldstein", "sum"))

            _, pandas_s = timed("baseline: same series in pandas, data already in memory", pandas_series)
            print(f"    (loading the events into pandas took {load_s:.1f} s, not counted)")
    print(f"series: {series_s:.3f} s, {pandas_s / series_s:.1f}x the pandas baseline; "
          f"alignment: {align_s:.3f} s; blocs: {blocs_s:.3f} s; peak RSS {_peak_rss_mb():.0f} MB")
    slow = [name for name, s in (("series", series_s), ("alignment", align_s), ("blocs", blocs_s)) if s >= 1]
    print("goal (each < 1 s): " + ("met" if not slow else "missed by " + ", ".join(slow)))


if __name__ == "__main__":
    main()
