"""How many office holders the knowledge base knows, by office and decade.

A person counts once per office and decade in which any of their spells falls. Reviewed spells
(people.tsv) count under their role; spells derived from the Phoenix dictionaries have no role,
so they count under "phoenix <sector>" (GOV, MIL, ...).

Run: ``python -m geopivot.actors.coverage``.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict

from geopivot.actors.kb import ActorKB, load_kb

FIRST_DECADE, LAST_DECADE = 1950, 2020


def office_counts(kb: ActorKB) -> dict[str, dict[int, int]]:
    """office -> decade (1990 for the 1990s) -> number of people."""
    people: dict[tuple[str, int], set[str]] = defaultdict(set)
    seen = set()
    for bucket in kb.entries.values():
        for e in bucket:
            if e.kind != "person" or e.source not in {"packaged", "phoenix"} or e.start is None:
                continue
            key = (e.person_id, e.role, e.country, e.start)
            if key in seen:
                continue
            seen.add(key)
            office = e.role if e.source == "packaged" else f"phoenix {e.sector or e.country}"
            end = e.end or dt.date.today()
            for decade in range(max(e.start.year // 10 * 10, FIRST_DECADE), min(end.year, 2029) // 10 * 10 + 1, 10):
                people[(office, decade)].add(e.person_id or e.name)
    out: dict[str, dict[int, int]] = defaultdict(dict)
    for (office, decade), ids in people.items():
        out[office][decade] = len(ids)
    return dict(out)


def format_table(counts: dict[str, dict[int, int]]) -> str:
    decades = list(range(FIRST_DECADE, LAST_DECADE + 1, 10))
    lines = [f"{'office':24}" + "".join(f"{d}s".rjust(8) for d in decades)]
    for office in sorted(counts, key=lambda o: (o.startswith("phoenix"), o)):
        row = counts[office]
        lines.append(f"{office:24}" + "".join(str(row.get(d, 0)).rjust(8) for d in decades))
    return "\n".join(lines)


def main() -> int:
    print(format_table(office_counts(load_kb())))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
