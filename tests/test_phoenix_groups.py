"""Armed and militant groups from Phoenix's non-state actor file (issue 11: actors the knowledge
base lacked, such as the Tamil Tigers). Entries written for these tests in the file's format."""
from __future__ import annotations

import pytest

from geopivot.actors.kb import load_kb
from geopivot.actors.phoenix import derive_groups

FILE = """# a test file in the format of Phoenix.MilNonState.actors.txt

FRONT_FOR_THE_LIBERATION_OF_GONDOR_(FLGO)_ [GDRREB] #  test
+GONDOR_LIBERATION_FRONT_
+ARAGORN_ELESSAR_
+GLF_

BLACK_HAND_ [GDRREB] #  test

RED_BRIGADE_ [GDRREB] #  test

RED_BRIGADE_ [ARNREB] #  test

WORLD_ANARCHIST_NETWORK_ [INTREB] #  test

ARNOR_RED_ARMY_ [ARNREB] #  test
+RED_ARNOR_ARMY_
+ARMY_OF_ARNOR_
"""


@pytest.fixture
def groups(tmp_path):
    path = tmp_path / "groups.txt"
    path.write_text(FILE, encoding="utf-8")
    return {row[0]: row for row in derive_groups(path, {"GDR", "ARN"}, set())}


def test_a_group_keeps_its_state_synonyms_and_acronym(groups):
    assert groups["Front for the Liberation of Gondor"] == (
        "Front for the Liberation of Gondor", "Gondor Liberation Front", "FLGO", "GDR", "REB")


@pytest.mark.parametrize("name", [
    "Aragorn Elessar",  # two words that name no body: a person filed under the group
    "GLF",  # an acronym of three letters
    "Black Hand",  # two words, no word that names a body
    "Red Brigade",  # given to two states
    "World Anarchist Network",  # coded with no state
])
def test_what_is_left_out(groups, name):
    assert not any(name in (row[0], *row[1].split("|"), *row[2].split("|")) for row in groups.values())


@pytest.mark.parametrize(("surface", "country"), [
    ("Tamil Tigers", "LKA"),
    ("LTTE", "LKA"),
    ("tamil tigers", None),  # matched as written
])
def test_the_packaged_groups(surface, country):
    entries = [e for e in load_kb().lookup(surface) if e.source == "groups"]
    assert (entries[0].country if entries else None) == country


def test_a_name_in_another_word_order_is_left_out(groups):
    assert groups["Arnor Red Army"] == ("Arnor Red Army", "Army of Arnor", "", "ARN", "REB")
