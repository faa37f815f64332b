"""The DuckDB store: migrations, batches, idempotency, exports and the lock message."""
from __future__ import annotations

import datetime as dt
import subprocess
import sys
import textwrap

import pytest

from geopivot.errors import StoreError, StoreLockedError
from geopivot.events.ontology import load_ontology
from geopivot.models import Actor, ActorMention, Article, CodedArticle, Event, Sentence
from geopivot.store import EventFilter, Store
from geopivot.store.migrations import MIGRATIONS, schema_version

KOR = Actor(code="KORGOV", name="South Korea government", country="KOR", sector="GOV", actor_type="state")
CHN = Actor(code="CHNGOV", name="China government", country="CHN", sector="GOV", actor_type="state")


def _coded(article_id: str, day: dt.date, code: str = "040") -> CodedArticle:
    text = "Seoul met Beijing."
    article = Article(id=article_id, text=text, date=day, date_source="metadata",
                      content_hash=f"hash-{article_id}")
    event = Event(article_id=article_id, sentence_index=0, sentence=text, date=day,
                  source=ActorMention("Seoul", 0, 5, KOR), event_type=load_ontology().get(code),
                  trigger_text="met", trigger_start=6, trigger_end=9,
                  target=ActorMention("Beijing", 10, 17, CHN))
    return CodedArticle(article, (Sentence(article_id, 0, text, 0, len(text)),), (event,))


@pytest.fixture()
def store(tmp_path):
    with Store.open(tmp_path / "t.duckdb") as opened:
        yield opened


def test_new_file_gets_every_migration(store):
    assert schema_version(store.con) == MIGRATIONS[-1].version


def test_reopening_applies_nothing_twice(tmp_path):
    Store.open(tmp_path / "t.duckdb").close()
    with Store.open(tmp_path / "t.duckdb") as again:
        rows = again.con.execute("SELECT count(*) FROM schema_migrations").fetchone()[0]
    assert rows == len(MIGRATIONS)


def test_batch_writes_article_sentence_event_and_actors(store):
    store.write_batch([_coded("a1", dt.date(2017, 12, 14))], run_id="r")
    assert [store.count(t) for t in ("articles", "sentences", "events", "actors")] == [1, 1, 1, 2]


def test_writing_the_same_batch_twice_adds_nothing(store):
    batch = [_coded("a1", dt.date(2017, 12, 14))]
    store.write_batch(batch, run_id="r1")
    store.write_batch(batch, run_id="r2")
    assert (store.count("articles"), store.count("events")) == (1, 1)


def test_known_finds_ids_and_hashes(store):
    coded = _coded("a1", dt.date(2017, 12, 14))
    store.write_batch([coded], run_id="r")
    other = Article(id="zz", text="x", content_hash="hash-a1")
    assert {"a1", "hash-a1"} <= store.known([coded.article, other])


def test_event_keeps_its_evidence(store):
    store.write_batch([_coded("a1", dt.date(2017, 12, 14))], run_id="r")
    row = store.events().iloc[0]
    assert (row.sentence[row.source_start:row.source_end], row.trigger_text,
            row.sentence[row.target_start:row.target_end]) == ("Seoul", "met", "Beijing")


@pytest.mark.parametrize(("flt", "expected"), [
    (EventFilter.of(country="KOR"), 2),
    (EventFilter.of(since="2018-01-01"), 1),
    (EventFilter.of(dyad="CHN,KOR"), 2),
    (EventFilter.of(root="11"), 1),
    (EventFilter.of(code="04"), 1),
    (EventFilter.of(quad_class=3), 1),
    (EventFilter.of(country="USA"), 0),
])
def test_filters(store, flt, expected):
    store.write_batch([_coded("a1", dt.date(2017, 12, 14)), _coded("a2", dt.date(2018, 3, 1), "112")],
                      run_id="r")
    assert len(store.events(flt)) == expected


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
def test_export_formats_round_trip_through_duckdb(store, tmp_path, fmt):
    import duckdb

    store.write_batch([_coded("a1", dt.date(2017, 12, 14))], run_id="r")
    out = tmp_path / f"e.{fmt}"
    assert store.export_events(out, fmt=fmt) == 1
    reader = {"csv": "read_csv_auto", "jsonl": "read_json_auto", "parquet": "read_parquet"}[fmt]
    assert duckdb.sql(f"SELECT event_code FROM {reader}('{out}')").fetchall() == [("040",)]


def test_read_only_open_of_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(StoreError, match="no such database"):
        Store.open(tmp_path / "missing.duckdb", read_only=True)


def test_second_process_gets_in_use_message(tmp_path):
    path = tmp_path / "locked.duckdb"
    Store.open(path).close()
    holder = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import duckdb, sys, time
        con = duckdb.connect({str(path)!r})
        print("ready", flush=True)
        time.sleep(30)
    """)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        with pytest.raises(StoreLockedError, match=r"database is in use by .*PID \d+"):
            Store.open(path)
    finally:
        holder.kill()
        holder.wait()
