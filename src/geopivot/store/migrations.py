"""Ordered schema migrations; each applied once and recorded in ``schema_migrations``."""
from __future__ import annotations

from dataclasses import dataclass

import duckdb


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    description: str
    sql: str


EVENT_COLUMNS_SQL = """
    event_id VARCHAR PRIMARY KEY,
    producer VARCHAR NOT NULL,
    article_id VARCHAR,
    sentence_index INTEGER,
    sentence VARCHAR,
    date DATE,
    historical BOOLEAN DEFAULT FALSE,
    source_text VARCHAR, source_code VARCHAR, source_country VARCHAR, source_sector VARCHAR,
    source_start INTEGER, source_end INTEGER,
    event_code VARCHAR NOT NULL, event_root VARCHAR NOT NULL, event_name VARCHAR,
    quad_class TINYINT, goldstein DOUBLE, plover_type VARCHAR, plover_mode VARCHAR,
    trigger_text VARCHAR, trigger_start INTEGER, trigger_end INTEGER,
    target_text VARCHAR, target_code VARCHAR, target_country VARCHAR, target_sector VARCHAR,
    target_start INTEGER, target_end INTEGER,
    pattern_id VARCHAR,
    run_id VARCHAR
"""

MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "articles, sentences, actors, events, runs, problems", f"""
        CREATE TABLE runs (
            run_id VARCHAR PRIMARY KEY, started_at TIMESTAMP, finished_at TIMESTAMP,
            inputs VARCHAR, geopivot_version VARCHAR, model VARCHAR,
            articles INTEGER, sentences INTEGER, events INTEGER, skipped INTEGER, problems INTEGER
        );
        CREATE TABLE articles (
            article_id VARCHAR PRIMARY KEY, content_hash VARCHAR NOT NULL, title VARCHAR,
            date DATE, date_source VARCHAR, source VARCHAR, url VARCHAR, path VARCHAR,
            text VARCHAR, duplicate_of VARCHAR, signature BLOB, run_id VARCHAR,
            ingested_at TIMESTAMP DEFAULT current_timestamp
        );
        CREATE INDEX articles_hash ON articles(content_hash);
        CREATE TABLE sentences (
            article_id VARCHAR NOT NULL, sentence_index INTEGER NOT NULL, text VARCHAR,
            start_char INTEGER, end_char INTEGER, PRIMARY KEY (article_id, sentence_index)
        );
        CREATE TABLE actors (
            code VARCHAR PRIMARY KEY, name VARCHAR, country VARCHAR, sector VARCHAR, actor_type VARCHAR
        );
        CREATE TABLE events ({EVENT_COLUMNS_SQL});
        CREATE TABLE problems (run_id VARCHAR, path VARCHAR, line INTEGER, reason VARCHAR);
    """),
    # PLOVER-coded imports (POLECAT) have no CAMEO code; `imports` records each imported
    # file's hash so importing the same file again adds nothing.
    Migration(2, "nullable event codes for PLOVER imports; imports", """
        ALTER TABLE events ALTER COLUMN event_code DROP NOT NULL;
        ALTER TABLE events ALTER COLUMN event_root DROP NOT NULL;
        CREATE TABLE imports (
            import_id VARCHAR PRIMARY KEY, producer VARCHAR NOT NULL, path VARCHAR,
            file_hash VARCHAR NOT NULL, rows INTEGER, imported_at TIMESTAMP
        );
    """),
    # The trained event model beside the rules (docs/event-model.md): its confidence in each
    # event and which coder produced it (rules, model or both).
    Migration(3, "events.confidence and events.coder", """
        ALTER TABLE events ADD COLUMN confidence DOUBLE;
        ALTER TABLE events ADD COLUMN coder VARCHAR;
    """),
    # How far an article's date is trusted (geopivot.ingest.dating); PLOVER's "no type" as NULL;
    # ICEWS event ids are unique only with their date (ICEWS documentation), so the key holds both.
    Migration(4, "articles.date_confidence; plover_type NONE as NULL; ICEWS ids with their date", """
        ALTER TABLE articles ADD COLUMN date_confidence DOUBLE;
        UPDATE articles SET date_confidence = 1.0 WHERE date_source = 'metadata' AND date IS NOT NULL;
        UPDATE events SET plover_type = NULL WHERE plover_type = 'NONE';
        UPDATE events SET event_id = event_id || ':' || strftime(date, '%Y-%m-%d')
        WHERE producer = 'icews' AND event_id LIKE 'icews:%' AND event_id NOT LIKE 'icews:%:%'
          AND date IS NOT NULL;
    """),
)


def migrate(con: duckdb.DuckDBPyConnection) -> list[int]:
    """Apply the migrations this file lacks, in version order; return the versions applied.

    Versions need not be consecutive: each is applied when missing, whatever came after it."""
    con.execute("""CREATE TABLE IF NOT EXISTS schema_migrations (
        version INTEGER PRIMARY KEY, description VARCHAR, applied_at TIMESTAMP DEFAULT current_timestamp)""")
    done = {row[0] for row in con.execute("SELECT version FROM schema_migrations").fetchall()}
    applied = []
    for migration in sorted(MIGRATIONS, key=lambda m: m.version):
        if migration.version in done:
            continue
        con.execute("BEGIN TRANSACTION")
        try:
            con.execute(migration.sql)
            con.execute("INSERT INTO schema_migrations (version, description) VALUES (?, ?)",
                        [migration.version, migration.description])
            con.execute("COMMIT")
        except duckdb.Error:
            con.execute("ROLLBACK")
            raise
        applied.append(migration.version)
    return applied


def schema_version(con: duckdb.DuckDBPyConnection) -> int:
    row = con.execute("SELECT max(version) FROM schema_migrations").fetchone()
    return int(row[0] or 0) if row else 0
