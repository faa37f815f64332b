"""Imports never drop a row silently: ICEWS identity is (Event ID, date), and read adds up."""
from __future__ import annotations

import pytest
from click.testing import CliRunner
from conftest import shared_path
from test_imports import ICEWS_HEADER, SAMPLES, icews_row, write_tsv

from geopivot.store import Store
from geopivot.store.imports import import_events


@pytest.fixture()
def store(tmp_path):
    with Store.open(tmp_path / "t.duckdb") as opened:
        yield opened


def _adds_up(done) -> bool:
    return done.rows_read == done.rows_imported + done.rows_skipped_duplicate + len(done.problems)


def test_icews_same_id_on_another_day_is_another_event(store, tmp_path):
    rows = [icews_row(7, date="2018-06-01"), icews_row(7, date="2018-06-02")]
    result = import_events(store, [write_tsv(tmp_path / "e.tab", rows, ICEWS_HEADER)], producer="icews")
    assert (result.rows_imported, result.rows_skipped_duplicate, store.count("events")) == (2, 0, 2)


def test_icews_same_id_and_day_is_a_duplicate(store, tmp_path):
    rows = [icews_row(7), icews_row(7), icews_row(8)]
    result = import_events(store, [write_tsv(tmp_path / "e.tab", rows, ICEWS_HEADER)], producer="icews")
    assert (result.rows_read, result.rows_imported, result.rows_skipped_duplicate) == (3, 2, 1)


def test_counts_add_up_with_bad_and_duplicate_rows(store, tmp_path):
    rows = [icews_row(1), icews_row(1), icews_row(2, code="x"), icews_row(3, date="not a date"), icews_row(4)]
    result = import_events(store, [write_tsv(tmp_path / "e.tab", rows, ICEWS_HEADER)], producer="icews")
    done = result.files[0]
    assert (done.rows_read, done.rows_imported, done.rows_skipped_duplicate, len(done.problems)) == (5, 2, 1, 2)
    assert _adds_up(done)


def test_summary_line_says_read_imported_duplicate_rejected(store, tmp_path):
    rows = [icews_row(1), icews_row(1), icews_row(2, code="x")]
    result = import_events(store, [write_tsv(tmp_path / "e.tab", rows, ICEWS_HEADER)], producer="icews")
    line = result.files[0].summary()
    assert "3 read = 1 imported + 1 duplicate + 1 rejected" in line


@pytest.mark.parametrize("producer", sorted(SAMPLES))
def test_samples_add_up(store, producer):
    result = import_events(store, [shared_path(*SAMPLES[producer])], producer=producer)
    assert _adds_up(result.files[0]) and result.rows_read > 1000


def test_cli_counts_duplicates_and_exits_0(tmp_path):
    from geopivot.cli import cli

    path = write_tsv(tmp_path / "e.tab", [icews_row(1), icews_row(1)], ICEWS_HEADER)
    out = CliRunner().invoke(cli, ["import", "icews", str(path), "--db", str(tmp_path / "t.duckdb")])
    assert "2 read = 1 imported + 1 duplicate + 0 rejected" in out.stdout
    assert out.exit_code == 0


def test_old_icews_ids_gain_their_date_on_migration(tmp_path):
    import duckdb

    from geopivot.store.migrations import MIGRATIONS, migrate

    path = tmp_path / "old.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, description VARCHAR, "
                "applied_at TIMESTAMP DEFAULT current_timestamp)")
    for migration in MIGRATIONS:
        if migration.version < 3:
            con.execute(migration.sql)
            con.execute("INSERT INTO schema_migrations (version) VALUES (?)", [migration.version])
    con.execute("INSERT INTO events (event_id, producer, date, event_code, event_root, plover_type) "
                "VALUES ('icews:5', 'icews', DATE '2018-06-01', '010', '01', 'NONE')")
    migrate(con)
    assert con.execute("SELECT event_id, plover_type FROM events").fetchall() == [("icews:5:2018-06-01", None)]
