"""Articles by date source and events by counting policy, for one or more stores (issue 13).

    PYTHONPATH=src python benchmarks/time_counts.py seeds.duckdb demo.duckdb bbc.duckdb

Reads stores of any schema version (read-only, nothing migrated), so a store written before the
date policy and one written after can be compared.
"""
from __future__ import annotations

import sys

import duckdb

from geopivot.store.counting import COUNT_POLICIES
from geopivot.store.query import EventFilter


def report(path: str) -> str:
    con = duckdb.connect(path, read_only=True)
    try:
        sources = con.execute("SELECT date_source, count(*), min(date), max(date) FROM articles "
                              "WHERE duplicate_of IS NULL GROUP BY 1 ORDER BY 1").fetchall()
        lines = [path, "  articles by date source: " + ", ".join(
            f"{source} {n}" + (f" ({low}..{high})" if low else "") for source, n, low, high in sources)]
        counts = []
        for policy in COUNT_POLICIES:
            where, params = EventFilter(include_historical=True, count=policy).where()
            counts.append(f"{policy} {con.execute(f'SELECT count(*) FROM events{where}', params).fetchone()[0]}")
        undated, historical = con.execute(
            "SELECT count(*) FILTER (WHERE date IS NULL), count(*) FILTER (WHERE historical) FROM events").fetchone()
        lines.append("  events by counting policy: " + ", ".join(counts))
        lines.append(f"  events undated: {undated}; flagged historical: {historical}")
        return "\n".join(lines)
    finally:
        con.close()


if __name__ == "__main__":
    print("\n".join(report(p) for p in sys.argv[1:]))
