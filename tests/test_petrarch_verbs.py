"""PETRARCH2 verb dictionary: the reader, the converter into trigger rows, the merge after
geopivot's own rows, and the packaged derived table (up to date with the dictionary when
../shared has it). The small dictionary below is written for these tests in PETRARCH's format."""
from __future__ import annotations

from pathlib import Path

import pytest
from conftest import shared_path

from geopivot.events.coder import EventCoder
from geopivot.events.ontology import load_ontology
from geopivot.events.patterns import COLUMNS, Term, load_patterns, merge_patterns, read_patterns
from geopivot.events.petrarch_verbs import convert, read_verb_dictionary

DICTIONARY = """\
# a comment
####### SYNONYM SETS #######

&MONEY
+LOAN
+HARD_CASH

####### VERB PATTERNS #######

---  BOMB   [195]  ---
BOMB
SHELL {SHELLS SHELLED SHELLING}  [194]
- * (AGAINST)                  [190]  # BOMB
- TROOPS * VILLAGE              [193]  # a subject constraint
- * HOUSES (IN CAPITAL)         [190]  # two constraints

---  SEEK   [---]  ---
SEEK
+ASK_FOR [020]
+PUT_OFF {+PUTS_OFF +PUTTING_OFF} [1734]
- * &MONEY                      [0231]
- * (FOR {MILITARY AID})        [0232]
- * MEETING                     [040:040]

---  MUMBLE   [010]  ---
MUMBLE
"""


@pytest.fixture(scope="module")
def rows(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, str]]:
    path = tmp_path_factory.mktemp("dict") / "CAMEO.test.txt"
    path.write_text(DICTIONARY, encoding="utf-8")
    return convert(read_verb_dictionary(path), known_codes=[t.code for t in load_ontology()])


def _find(rows: list[dict[str, str]], **want: str) -> list[dict[str, str]]:
    return [r for r in rows if all(r[k] == v for k, v in want.items())]


def test_reader_blocks_verbs_and_patterns(tmp_path: Path) -> None:
    path = tmp_path / "d.txt"
    path.write_text(DICTIONARY, encoding="utf-8")
    d = read_verb_dictionary(path)
    assert d.synsets["&MONEY"] == ("LOAN", "HARD_CASH")
    assert [b.name for b in d.blocks] == ["BOMB", "SEEK", "MUMBLE"]
    assert d.blocks[0].verbs == {"BOMB": "", "SHELL": "194"}
    assert [p.code for p in d.blocks[1].patterns] == ["0231", "0232", "040="]
    assert d.blocks[0].patterns[1].pre == "TROOPS"


@pytest.mark.parametrize(("want", "code", "target"), [
    ({"lemma": "bomb", "object": "", "particle": ""}, "195", "dobj|with|against|to|on|at|toward|towards|into|from"),
    ({"lemma": "shell", "object": "", "particle": ""}, "194", "dobj|with|against|to|on|at|toward|towards|into|from"),
    ({"lemma": "bomb", "object": "", "target": "against"}, "190", "against"),
    # 1734 is not in the ontology: its parent
    ({"lemma": "put", "particle": "off", "object": ""}, "173", "dobj|with|against|to|on|at|toward|towards|into|from"),
    ({"lemma": "seek", "object": "loan|hard cash"}, "0231", "to|with|against|on|at|toward|towards|into|from|of"),
    ({"lemma": "seek", "particle": "for", "object": "military aid"}, "0232", "to|with|against|on|at|toward|towards|into|from|of"),
    # a paired code ([040:040]) is reciprocal
    ({"lemma": "seek", "object": "meeting"}, "040", "to|with|against|on|at|toward|towards|into|from|of|between"),
])
def test_converted_rows(rows: list[dict[str, str]], want: dict[str, str], code: str, target: str) -> None:
    found = _find(rows, **{"target": target, **want})
    assert [r["code"] for r in found] == [code]


@pytest.mark.parametrize("want", [
    {"object": "village"},  # a pattern with a subject constraint
    {"object": "house"}, {"object": "houses"},  # a pattern with two constraints
    {"lemma": "mumble"},  # a bare verb of a statement root (01-08)
    {"lemma": "ask", "object": ""},  # "+ASK_FOR [020]": a bare row of root 02
])
def test_left_out(rows: list[dict[str, str]], want: dict[str, str]) -> None:
    assert _find(rows, **want) == []


def test_rows_form_a_valid_table(rows: list[dict[str, str]], tmp_path: Path) -> None:
    path = tmp_path / "t.tsv"
    path.write_text("# test v1\n" + "\t".join(COLUMNS) + "\n"
                    + "".join("\t".join(r[c] for c in COLUMNS) + "\n" for r in rows), encoding="utf-8")
    assert len(read_patterns(path)) == len(rows)


def _table(tmp_path: Path, name: str, *lines: str) -> Path:
    path = tmp_path / name
    path.write_text(f"# {name} v1\n" + "\t".join(COLUMNS) + "\n" + "\n".join(lines) + "\n",
                    encoding="utf-8")
    return path


def test_merge_keeps_own_words_first(tmp_path: Path) -> None:
    own = read_patterns(_table(tmp_path, "own.tsv",
                               "attack\tverb\tattack\t\t\tdobj\t190\t\t138\t",
                               "send.troops\tverb\tsend\t\ttroops\tto\t150\t\t\t"))
    other = read_patterns(_table(tmp_path, "other.tsv",
                                 "x.attack\tverb\tattack\t\t\tagainst\t193\t\t\t",
                                 "x.send\tverb\tsend\t\ttroops|tanks\tto\t152\t\t\t",
                                 "x.shell\tverb\tshell\t\t\tdobj\t194\t\t\t"))
    merged = merge_patterns([own, other])
    assert [p.id for p in merged] == ["attack", "send.troops", "x.send", "x.shell"]
    assert [p.table for p in merged] == [0, 0, 1, 1]
    # the later row keeps only the objects the own row does not list
    assert merged.candidates("verb", "send")[1].objects == (Term("tanks"),)


def test_packaged_tables_load_and_code() -> None:
    patterns = load_patterns(tables=("triggers", "cameo_verbs"))
    own = load_patterns()
    # The dictionary adds thousands of rows beside our own (about 2,500), whatever our own number.
    assert len(patterns) - len(own) > 2000
    assert [p.id for p in patterns][: len(own)] == [p.id for p in own]
    EventCoder(ontology=load_ontology(), patterns=patterns)  # every code is in the ontology


def test_packaged_table_is_up_to_date_with_the_dictionary() -> None:
    source = shared_path("reference", "petrarch2_dictionaries", "CAMEO.2.0.txt")
    rows = convert(read_verb_dictionary(source), known_codes=[t.code for t in load_ontology()])
    packaged = [*load_patterns(tables=("cameo_verbs",)), *load_patterns(tables=("cameo_verbs_bare",))]
    assert sorted(r["id"] for r in rows) == sorted(p.id for p in packaged)
