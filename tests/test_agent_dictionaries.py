"""A PETRARCH agents dictionary as users have it: the Phoenix agents file in
``../shared/reference`` closes some codes with "}" (the format's own documentation writes
``[~LEG}``), puts a few codes before the actor (``[IGO~]``) and leaves a term without a
code. The reader keeps every well-formed line; the coder runs with the sector words it adds.
Written before the fix: the file stopped at its first "}" with an error."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from conftest import shared_path

from geopivot.actors.entries import SectorTerm
from geopivot.actors.kb import load_kb
from geopivot.actors.userfiles import load_user_actors


def _terms(path: Path) -> dict[str, str]:
    return {t.term: t.cameo for t in load_user_actors(path) if isinstance(t, SectorTerm)}


@pytest.mark.parametrize(("line", "term", "code"), [
    ("CONGRESSWOMAN [~LEG]", "congresswoman", "LEG"),
    ("ECO_WARRIOR [~ENV}", "eco warrior", "ENV"),  # the brace the format's documentation writes
    ("TRIGGERMAN {} [~UAF]", "triggerman", "UAF"),
])
def test_an_agent_line_gives_its_sector(tmp_path, line, term, code):
    path = tmp_path / "agents.txt"
    path.write_text(f"{line}\n", encoding="utf-8")
    assert _terms(path)[term] == code


@pytest.mark.parametrize("bad", ["ROGUE_TERM", "TRUCE_MONITOR [IGO~]"])
def test_a_line_the_sectors_cannot_hold_leaves_the_rest(tmp_path, bad):
    # a term without a code, and a code placed before the actor's, which a sector word cannot be
    path = tmp_path / "agents.txt"
    path.write_text(f"REGULATOR [~GOV]\n{bad}\nAUDITOR [~GOV]\n", encoding="utf-8")
    assert _terms(path) == {"regulator": "GOV", "auditor": "GOV"}


def test_the_phoenix_agents_dictionary_loads():
    path = shared_path("reference", "petrarch2_dictionaries", "Phoenix.agents.txt")
    kb = load_kb((path,))
    assert kb.sector_of("regulator").cameo == "GOV"


def test_two_generic_words_before_a_headline_verb_code_without_a_state(tmp_path):
    # "opposition TV" with TV a sector word of the user's: two generic words before "detain"
    from geopivot.models import Article
    from geopivot.pipeline.engine import Engine
    from geopivot.settings import NlpSettings, Settings

    path = tmp_path / "agents.txt"
    path.write_text("TV [~MED]\n", encoding="utf-8")
    engine = Engine.load(Settings(nlp=NlpSettings(event_model=False), actor_files=(path,)))
    article = Article.from_text("a", "Georgian police raid opposition TV station, detain staff",
                                date=dt.date(2016, 6, 1))
    coded = engine.code_articles([article])[0]
    assert all(e.source.actor.code for e in coded.events)


def test_a_bad_date_in_an_actor_dictionary_leaves_the_rest(tmp_path):
    # the Phoenix country dictionary has a seven-digit date in one block ("9008223")
    path = tmp_path / "actors.txt"
    path.write_text("GOLLUM\n\t[HOBGOV 9008223-911221]\n\t[HOBREB 911222-951231]\nARNOR_ [ARN]\n",
                    encoding="utf-8")
    entries = list(load_user_actors(path))
    assert sorted({(e.surface, e.code) for e in entries}) == [("ARNOR", "ARN"), ("GOLLUM", "HOBREB")]


def test_the_phoenix_country_dictionary_loads():
    path = shared_path("reference", "petrarch2_dictionaries", "Phoenix.Countries.actors.txt")
    kb = load_kb((path,))
    assert kb.lookup("Tony Blair")
