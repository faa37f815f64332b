"""The packaged CAMEO ontology: its shape, its agreement with the reference lists, its errors."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from geopivot.errors import DataFileError
from geopivot.events.ontology import Ontology, load_ontology
from geopivot.models import EventType

REFERENCE = Path(__file__).resolve().parents[1].parent / "shared" / "reference"
HEADER = "code\tname\tgoldstein\tquad_class\tplover_type\tplover_mode\n"
ROOTS = [f"{r:02d}" for r in range(1, 21)]


def reference(name: str) -> Path:
    path = REFERENCE / name
    if not path.exists():
        pytest.skip(f"{path} not present")
    return path


def gdelt_column(name: str) -> dict[str, str]:
    """Code -> second column of a GDELT lookup file (header line dropped)."""
    lines = reference(name).read_text(encoding="latin-1").splitlines()[1:]
    return dict(line.split("\t")[:2] for line in lines if line.strip())


def crosswalk_types() -> dict[str, set[str]]:
    """Code -> PLOVER types the crosswalk lists for it (root 08 is listed twice, so a set)."""
    types: dict[str, set[str]] = {}
    for line in reference("cameo_to_plover_2021.txt").read_text(encoding="utf-8").splitlines():
        match = re.match(r"(\d{2,4}):([^,#]*)", line)
        if match:
            types.setdefault(match[1], set()).add(match[2].strip())
    return types


@pytest.fixture(scope="module")
def ontology() -> Ontology:
    return load_ontology()


def write(tmp_path: Path, rows: str) -> Path:
    path = tmp_path / "cameo.tsv"
    path.write_text("# cameo ontology test\n" + HEADER + rows, encoding="utf-8")
    return path


def test_packaged_table_loads_with_its_version(ontology: Ontology) -> None:
    assert len(ontology) > 250
    assert ontology.version == "cameo ontology v1"


def test_load_is_cached_per_path(ontology: Ontology) -> None:
    assert load_ontology() is ontology


@pytest.mark.parametrize("root", ROOTS)
def test_every_root_is_present(ontology: Ontology, root: str) -> None:
    assert root in ontology
    assert ontology.root_name(root)


@pytest.mark.parametrize(("roots", "quad"), [(range(1, 6), 1), (range(6, 10), 2), (range(10, 15), 3),
                                             (range(15, 21), 4)])
def test_quad_class_follows_the_root(ontology: Ontology, roots: range, quad: int) -> None:
    codes = [t for t in ontology if int(t.root) in roots]
    assert codes and all(t.quad_class == quad for t in codes)


def test_plover_type_is_never_empty(ontology: Ontology) -> None:
    assert [t.code for t in ontology if not t.plover_type] == []


def test_codes_keep_leading_zeros_and_iterate_in_order(ontology: Ontology) -> None:
    codes = [t.code for t in ontology]
    assert codes == sorted(codes)
    assert codes[:3] == ["01", "010", "011"]


def test_get_returns_event_type_and_rejects_unknown(ontology: Ontology) -> None:
    event_type = ontology.get("0841")
    assert isinstance(event_type, EventType)
    assert (event_type.code, event_type.root, event_type.goldstein, event_type.quad_class,
            event_type.plover_type, event_type.plover_mode) == ("0841", "08", 7.0, 2, "RETREAT", "release")
    with pytest.raises(KeyError):
        ontology.get("999")


@pytest.mark.parametrize(("root", "as_int"), [("01", 1), ("19", 19)])
def test_root_name_accepts_int(ontology: Ontology, root: str, as_int: int) -> None:
    assert ontology.root_name(as_int) == ontology.root_name(root) == ontology.get(root).name


@pytest.mark.parametrize(("code", "expected"), [("02", ["020", "021", "022", "023", "024", "025", "026",
                                                        "027", "028"]),
                                                ("021", ["0211", "0212", "0213", "0214"]),
                                                ("0211", [])])
def test_children_are_one_level_down(ontology: Ontology, code: str, expected: list[str]) -> None:
    assert [t.code for t in ontology.children(code)] == expected


@pytest.mark.parametrize(("code", "cls"), [("01", 0), ("0211", 0), ("036", 1), ("057", 1), ("0871", 2),
                                           ("094", 3), ("1385", 3), ("145", 4), ("162", 3),
                                           ("172", 4), ("2042", 4)])
def test_five_class(ontology: Ontology, code: str, cls: int) -> None:
    assert ontology.five_class(code) == cls


def test_codes_equal_gdelt_list(ontology: Ontology) -> None:
    assert {t.code for t in ontology} == set(gdelt_column("cameo_eventcodes.gdelt.txt"))


def test_goldstein_weights_equal_reference(ontology: Ontology) -> None:
    weights = {code: float(value) for code, value in gdelt_column("cameo_goldstein.gdelt.txt").items()}
    assert {t.code: t.goldstein for t in ontology} == weights


def test_plover_types_follow_crosswalk(ontology: Ontology) -> None:
    crosswalk = crosswalk_types()
    wrong = {t.code: t.plover_type for t in ontology
             if t.code in crosswalk and t.plover_type not in crosswalk[t.code]}
    assert wrong == {}


GOOD_ROW = "01\tMake statement\t0.0\t1\tNONE\t\n"


@pytest.mark.parametrize(("row", "reason"), [
    ("02\tAppeal\tnot-a-number\t1\tNONE\t\n", "goldstein"),
    ("2\tAppeal\t3.0\t1\tNONE\t\n", "bad CAMEO code"),
    ("21\tNo such root\t0.0\t4\tNONE\t\n", "bad CAMEO code"),
    ("02\tAppeal\t3.0\t3\tNONE\t\n", "quad_class"),
    ("02\tAppeal\t3.0\t1\t\t\n", "plover_type"),
    ("02\t\t3.0\t1\tNONE\t\n", "empty name"),
    ("02\tAppeal\t3.0\t1\tNONE\t\textra\n", "columns"),
    ("021\tAppeal for cooperation\t3.4\t1\tNONE\t\n", "parent"),
    ("01\tAgain\t0.0\t1\tNONE\t\n", "duplicate"),
])
def test_malformed_row_names_its_line(tmp_path: Path, row: str, reason: str) -> None:
    path = write(tmp_path, GOOD_ROW + row)
    with pytest.raises(DataFileError, match=reason) as info:
        load_ontology(path)
    assert info.value.line == 4
    assert f"{path.resolve()}:4" in str(info.value)


def test_missing_column_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "cameo.tsv"
    path.write_text("code\tname\tgoldstein\n01\tStatement\t0.0\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="missing columns") as info:
        load_ontology(path)
    assert info.value.line == 1


def test_quad_class_agrees_with_gdelts_own_rows(ontology: Ontology) -> None:
    import csv

    from conftest import shared_path

    with shared_path("reference", "samples", "gdelt1_georgia_2012-08.csv").open(encoding="utf-8") as handle:
        seen = {(row["EventRootCode"], int(row["QuadClass"])) for row in csv.DictReader(handle)}
    assert len({root for root, _ in seen}) == 20
    assert {(root, ontology.get(root).quad_class) for root, _ in seen} == seen
