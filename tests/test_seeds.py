"""The two real web articles in ../shared/seeds: what `geopivot run` must find, and leave out."""
from __future__ import annotations

import pytest

from conftest import shared_path
from geopivot.pipeline.runner import run_corpus
from geopivot.settings import Settings
from geopivot.store import Store

BOILERPLATE = ["Skip to content", "View Featured Image", "Above Photo", "Online donations are back",
               "Sign Up To Our Daily Digest", "Fundraising Campaign", "Crowdfunding campaign"]


@pytest.fixture(scope="module")
def seeds_db(tmp_path_factory):
    seeds = shared_path("seeds")
    db = tmp_path_factory.mktemp("seeds") / "seeds.duckdb"
    run_corpus([str(seeds)], settings=Settings(db_path=db))
    with Store.open(db, read_only=True) as store:
        events = store.events()
        sentences = [row[0] for row in store.con.execute("SELECT text FROM sentences").fetchall()]
    return events, sentences


def _dyad(events, source, target, roots):
    rows = events[(events.source_country == source) & (events.target_country == target)]
    return rows[rows.event_root.isin(roots)]


@pytest.mark.parametrize(("source", "target", "roots", "what"), [
    ("KOR", "CHN", ["04"], "Moon-Xi meeting and ROK-China (defence) talks"),
    ("CHN", "KOR", ["04", "05"], "Xi meets and welcomes Moon"),
    ("KOR", "CHN", ["05"], "ROK-China agreement"),
    ("KOR", "USA", ["12"], "South Korea rejects the trilateral alliance with the US"),
    ("KOR", "JPN", ["12"], "... and with Japan"),
    ("USA", "PRK", ["13"], "US threats against North Korea"),
])
def test_seed_events_are_found(seeds_db, source, target, roots, what):
    events, _ = seeds_db
    assert len(_dyad(events, source, target, roots)) >= 1, what


@pytest.mark.parametrize("line", BOILERPLATE)
def test_no_boilerplate_reaches_the_sentences_table(seeds_db, line):
    _, sentences = seeds_db
    assert not [s for s in sentences if line.lower() in s.lower()]


def test_moon_is_south_korean_government_in_the_seeds(seeds_db):
    events, _ = seeds_db
    moon = events[events.source_text.str.contains("Moon", na=False)]
    assert len(moon) and set(moon.source_code) == {"KORGOV"}
