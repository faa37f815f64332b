"""Small stores of hand-written events for the analysis tests (no NLP involved)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from geopivot.events.ontology import quad_class_of
from geopivot.store import Store


def make_store(path: Path, events: list[tuple[str, str, str, str, float]], *,
               sentences: bool = True) -> Store:
    """Events as (date, source country, target country, CAMEO code, Goldstein).

    Each row is a distinct event (its own actor text), so no counting policy merges them."""
    store = Store.open(path)
    rows = []
    for i, (day, source, target, code, goldstein) in enumerate(events):
        sentence = f"{source} did {code} to {target} on {day}." if sentences else None
        rows.append((f"t:{i:05d}", "test", f"a{i:05d}", 0, sentence, dt.date.fromisoformat(day),
                     source, f"{source} actor {i}", target, code, code[:2], quad_class_of(int(code[:2])),
                     goldstein))
    if rows:
        store.con.executemany("""INSERT INTO events (event_id, producer, article_id, sentence_index, sentence,
            date, source_country, source_text, target_country, event_code, event_root, quad_class, goldstein)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows)
    return store


def shifting_events(years: range, *, shift_year: int, per_pole: int) -> list[tuple[str, str, str, str, float]]:
    """Quarterly events: KOR close to the USA and at odds with China until ``shift_year``, then the reverse."""
    events = []
    for year in years:
        for quarter in range(4):
            day = dt.date(year, 3 * quarter + 1, 15).isoformat()
            later = year >= shift_year
            events += [(day, "KOR", "USA", "111" if later else "057", -2.0 if later else 6.0)] * per_pole
            events += [(day, "CHN", "KOR", "057" if later else "111", 6.0 if later else -2.0)] * per_pole
    return events
