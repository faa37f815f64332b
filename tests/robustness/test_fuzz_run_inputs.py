"""`geopivot run` on bad inputs beside good ones: each bad one is one `skipped` line naming the file
and the reason, the run ends with exit 3, every good input is coded, nothing hangs or blows up."""
from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from fuzz_cases import Case, good_text, remove_deep, run_cases, stdin_cases
from fuzz_harness import Outcome, assert_clean, geopivot

PEAK_MB = 1500
MAX_SHOWN = 20  # skip lines the CLI prints per file before a count of the rest
QUICK = [case for case in run_cases() if not case.slow]


def _coded(db: Path, markers: tuple[str, ...]) -> dict[str, int]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {m: con.execute("SELECT count(*) FROM articles WHERE text LIKE ?", [f"%{m}%"]).fetchone()[0]
                for m in markers}
    finally:
        con.close()


def _check(outcome: Outcome, cases: list[Case], db: Path) -> None:
    expected = [skip for case in cases for skip in case.skips]
    assert_clean(outcome, code=3 if expected else 0)
    many = any(case.many for case in cases)
    for name, reason in expected:
        lines = [line for line in outcome.skip_lines if name in line]
        assert len(lines) == 1 or (many and 1 < len(lines) <= MAX_SHOWN + 1), (name, outcome.skip_lines[:30])
        assert reason.lower() in lines[0].lower(), lines[0]
    if not many:
        assert len(outcome.skip_lines) == len(expected), outcome.skip_lines
    markers = tuple(m for case in cases for m in case.coded)
    assert _coded(db, markers) == dict.fromkeys(markers, 1)
    assert outcome.peak_mb < PEAK_MB


def _all_in_one_folder(tmp_path: Path, cases: list[Case]) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for case in cases:
        case.build(folder)
    (folder / "good.txt").write_text(good_text("Goodwin", 1), encoding="utf-8")
    return folder


def test_every_quick_case_in_one_run(tmp_path):
    folder = _all_in_one_folder(tmp_path, QUICK)
    db = tmp_path / "g.duckdb"
    _check(geopivot("run", folder, "--db", db, "-q", cwd=tmp_path, timeout=240), QUICK, db)


@pytest.mark.fuzz
def test_every_case_in_one_run_and_again(tmp_path):
    # A rerun does not stop at the bad inputs either: the same skips, nothing added twice.
    cases = [case for case in run_cases() if not case.many]
    folder = _all_in_one_folder(tmp_path, cases)
    db = tmp_path / "g.duckdb"
    try:
        for _ in range(2):
            _check(geopivot("run", folder, "--db", db, "-q", cwd=tmp_path, timeout=600), cases, db)
    finally:
        remove_deep(folder)


def test_latin_1_on_stdin_is_read(tmp_path):
    case = stdin_cases()[0]
    db = tmp_path / "s.duckdb"
    _check(geopivot("run", "-", "--db", db, "-q", cwd=tmp_path, stdin=case.stdin), [case], db)


@pytest.mark.fuzz
@pytest.mark.parametrize("case", run_cases() + stdin_cases(), ids=lambda case: case.id)
def test_each_case_alone(tmp_path, case):
    folder = tmp_path / "in"
    folder.mkdir()
    case.build(folder)
    db = tmp_path / "c.duckdb"
    target = "-" if case.stdin is not None else folder
    try:
        outcome = geopivot("run", target, "--db", db, "-q", cwd=tmp_path, stdin=case.stdin, timeout=300)
    finally:
        remove_deep(folder)
    _check(outcome, [case], db)
