"""Latency of the dashboard's API and pages on a store of 1,000,000 synthetic events.

    python benchmarks/serve.py [--events N] [--requests R] [--db PATH]

Builds the store with benchmarks/analysis.py's generator (150 states, 2010-2019, real CAMEO codes
and Goldstein weights), adds a sentence, sectors and an article (one per ten events) to every
event, starts `geopivot serve`'s app under uvicorn on 127.0.0.1 and sends R requests per endpoint
from one client over loopback, one at a time. Prints p50/p95 per endpoint and the server's peak RSS.
The baseline, measured in the same run, is a bare `SELECT count(*) FROM events` request through
the same app (the cost of opening the store and the HTTP round trip).
"""
from __future__ import annotations

import argparse
import resource
import socket
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

ENDPOINTS = (
    ("baseline: store count(*)", "/api/events?page_size=1&until=2009-12-31"),
    ("summary", "/api/summary"),
    ("events page 1", "/api/events"),
    ("events, filtered + sorted", "/api/events?country=KOR&quad=4&sort=-goldstein"),
    ("events, deep page", "/api/events?page=2000&page_size=50"),
    ("events, free text", "/api/events?q=embassy"),
    ("series month", "/api/series?a=KOR&b=CHN&freq=month"),
    ("align quarter", "/api/align?focal=KOR&pole_a=USA&pole_b=CHN,RUS"),
    ("blocs 2015", "/api/blocs?year=2015&top=60"),
    ("series month, --count all", "/api/series?a=KOR&b=CHN&freq=month&count=all"),
    ("align quarter, --count all", "/api/align?focal=KOR&pole_a=USA&pole_b=CHN,RUS&count=all"),
    ("blocs 2015, --count all", "/api/blocs?year=2015&top=60&count=all"),
    ("page: events", "/events?country=KOR"),
    ("page: overview", "/"),
)


def build(db: Path, n: int) -> None:
    from analysis import generate

    from geopivot.store import Store

    with Store.open(db) as store:
        generate(store, n)
        store.con.execute("""
            UPDATE events SET sentence = source_country || ' officials met ' || target_country ||
                   ' counterparts at the embassy on ' || CAST(date AS VARCHAR) || '.',
                   source_sector = 'GOV', target_sector = CASE WHEN goldstein < 0 THEN 'MIL' ELSE 'GOV' END,
                   article_id = 'bench-a' || CAST(CAST(substr(event_id, 7) AS BIGINT) // 10 AS VARCHAR)""")
        store.con.execute("""
            INSERT INTO articles (article_id, content_hash, title, date, url)
            SELECT article_id, article_id, 'Synthetic article ' || article_id, min(date),
                   'https://example.org/' || article_id FROM events GROUP BY article_id""")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--requests", type=int, default=20)
    parser.add_argument("--db", type=Path)
    args = parser.parse_args()

    import httpx
    import uvicorn

    from geopivot.api import create_app

    folder = tempfile.TemporaryDirectory()
    db = args.db or Path(folder.name) / "serve-bench.duckdb"
    if not db.exists():
        started = time.perf_counter()
        build(db, args.events)
        print(f"store: {args.events:,} events built in {time.perf_counter() - started:.1f} s ({db})")
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    print(f"{'endpoint':32} {'p50 ms':>8} {'p95 ms':>8} {'bytes':>9}")
    with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=60) as client:
        for label, path in ENDPOINTS:
            client.get(path)  # warm: the first request pays for imports and DuckDB's caches
            times, size = [], 0
            for _ in range(args.requests):
                t = time.perf_counter()
                response = client.get(path)
                times.append((time.perf_counter() - t) * 1000)
                assert response.status_code == 200, (path, response.status_code, response.text[:200])
                size = len(response.content)
            times.sort()
            p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
            print(f"{label:32} {statistics.median(times):8.1f} {p95:8.1f} {size:9,}")
    server.should_exit = True
    print(f"peak RSS (server and client, one process): {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
