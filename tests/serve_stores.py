"""Stores for the dashboard tests: the demo corpus coded once, and a store of hostile text."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from click.testing import CliRunner

HOSTILE = '<script>alert("x")</script> & <img src=x onerror=alert(1)>'


def demo_store(folder: Path) -> Path:
    from geopivot.cli import cli
    from geopivot.datafiles import packaged

    db = folder / "demo.duckdb"
    result = CliRunner().invoke(cli, ["run", str(packaged("sample_corpus")), "--db", str(db), "-q"])
    assert result.exit_code == 0, result.output
    return db


def hostile_store(folder: Path) -> Path:
    from geopivot.store import Store

    db = folder / "hostile.duckdb"
    with Store.open(db) as store:
        store.con.execute("""INSERT INTO articles (article_id, content_hash, title, date, url)
                             VALUES ('a1', 'h', ?, ?, ?)""", [HOSTILE, dt.date(2017, 5, 1),
                                                             'javascript:alert(1)"><script>x</script>'])
        store.con.execute("""INSERT INTO events (event_id, producer, article_id, sentence_index, sentence, date,
                             source_text, source_country, source_start, source_end, event_code, event_root,
                             event_name, quad_class, goldstein, trigger_text, trigger_start, trigger_end,
                             target_text, target_country, target_start, target_end)
                             VALUES ('e1', 'geopivot', 'a1', 0, ?, ?, 'Seoul', 'KOR', 0, 5, '042', '04',
                             'Make a visit', 1, 1.9, 'visited', 6, 13, 'Beijing', 'CHN', 14, 21)""",
                          ["Seoul visited Beijing " + HOSTILE, dt.date(2017, 5, 1)])
    return db
