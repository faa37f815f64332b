"""Faults around the store and the files a command writes, and options the help allows: each
ends in one line naming the file (or option) and the reason, never a traceback, never a
truncated output file, with the documented exit status."""
from __future__ import annotations

import gzip
import resource
import signal
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from analysis_data import make_store, shifting_events
from fuzz_harness import Outcome, assert_clean, geopivot

REPORT = ["report", "--focus", "KOR", "--between", "USA", "--and", "CHN"]


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("faults") / "e.duckdb"
    events = shifting_events(range(2016, 2020), shift_year=2018, per_pole=3)
    events += [("2017-05-01", "$X$", "KOR", "057", 6.0), ("2017-05-02", "KOR", "$X$", "111", -2.0)]
    make_store(path, events).close()
    return path


@dataclass(frozen=True)
class Fault:
    """``args(tmp, db)`` → the command line; the outcome must have ``code`` and a stderr line
    holding every fragment of ``says``; ``check(tmp)`` looks at what was left on disk."""

    id: str
    args: Callable[[Path, Path], list[str]]
    code: int
    says: tuple[str, ...]
    check: Callable[[Path], None] | None = None
    limit_file_bytes: int | None = None
    quick: bool = False


def _truncated(tmp: Path, db: Path) -> list[str]:
    copy = tmp / "cut.duckdb"
    copy.write_bytes(db.read_bytes()[: db.stat().st_size // 3])
    return ["events", "--db", str(copy)]


def _no_partial(*names: str) -> Callable[[Path], None]:
    def check(tmp: Path) -> None:
        left = sorted(p.name for p in tmp.rglob("*") if p.is_file() and any(n in p.name for n in names))
        assert left == [], left
    return check


def _gzip_bomb(tmp: Path, db: Path) -> list[str]:
    path = tmp / "bomb.csv.gz"
    with gzip.open(path, "wb", compresslevel=1) as out:
        block = b"a" * (1 << 20)
        for _ in range(256):  # 256 MB of one line, ~250 KB on disk
            out.write(block)
    return ["import", "gdelt", str(path), "--db", str(tmp / "i.duckdb")]


def _zip_member(name: str, *, encrypted: bool = False, size: int = 0) -> Callable[[Path, Path], list[str]]:
    def args(tmp: Path, db: Path) -> list[str]:
        path = tmp / "events.zip"
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
            info = zipfile.ZipInfo(name)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, b"0" * size if size else b"1\t20180601\n")
        if encrypted:  # zipfile cannot encrypt: set the "encrypted" flag in both headers
            data = bytearray(path.read_bytes())
            for signature, at in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
                offset = data.find(signature) + at
                data[offset] |= 0x1
            path.write_bytes(bytes(data))
        return ["import", "gdelt", str(path), "--db", str(tmp / "i.duckdb")]
    return args


def _long_field(tmp: Path, db: Path) -> list[str]:
    header = ["Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "Event Text",
              "CAMEO Code", "Intensity", "Target Name", "Target Sectors", "Target Country", "Story ID",
              "Sentence Number", "Publisher"]
    row = ["1", "x" * 2_000_000, "A", "Government", "South Korea", "Visit", "042", "1.9", "B", "Government",
           "China", "1", "1", "Wire"]
    path = tmp / "long.tab"
    path.write_text("\t".join(header) + "\n" + "\t".join(row) + "\n", encoding="utf-8")
    return ["import", "icews", str(path), "--db", str(tmp / "i.duckdb")]


def _escape_name(tmp: Path, db: Path) -> list[str]:
    folder = tmp / "in"
    folder.mkdir()
    (folder / "\x1b[2Jclear\x07.txt").write_text("", encoding="utf-8")
    return ["run", str(folder), "--db", str(tmp / "r.duckdb"), "-q"]


def _file_as_folder(tmp: Path, db: Path) -> list[str]:
    (tmp / "plain").write_text("x", encoding="utf-8")
    return [*REPORT, "--db", str(db), "-o", str(tmp / "plain" / "r.html")]


FAULTS = [
    Fault("D10-truncated-database", _truncated, 1, ("cut.duckdb", "truncated or damaged"), quick=True),
    Fault("D11-events-into-missing-folder", lambda t, d: ["events", "--db", str(d), "-o", str(t / "nodir" / "x.csv")],
          1, ("nodir", "does not exist"), quick=True),
    Fault("D11-events-into-dev-full", lambda t, d: ["events", "--db", str(d), "-o", "/dev/full"], 1,
          ("/dev/full", "no space left")),
    Fault("D11-events-full-disk", lambda t, d: ["events", "--db", str(d), "-o", str(t / "x.csv")], 1,
          ("x.csv", "cannot write"), check=_no_partial("x.csv"), limit_file_bytes=1_000),
    Fault("D11-report-full-disk", lambda t, d: [*REPORT, "--db", str(d), "-o", str(t / "r.html")], 1,
          ("r", "cannot write"), check=_no_partial("r.html", "r-"), limit_file_bytes=20_000),
    Fault("D11-report-under-a-file", _file_as_folder, 1, ("plain", "not a directory")),
    Fault("D12-gzip-bomb", _gzip_bomb, 3, ("bomb.csv.gz", "longer than")),
    Fault("D12-zip-bomb", _zip_member("events.csv", size=300 << 20), 3, ("events.zip", "decompression bomb")),
    Fault("D13-zip-member-dotdot", _zip_member(".."), 3, ("events.zip", "unsafe name"), quick=True),
    Fault("D13-zip-member-encrypted", _zip_member("events.csv", encrypted=True), 3, ("events.zip", "encrypted")),
    Fault("D14-long-field-echo-capped", _long_field, 3, ("long.tab", "characters)")),
    Fault("D15-dollar-country-in-charts", lambda t, d: ["report", "--focus", "KOR", "--between", "$X$", "--and",
                                                        "CHN", "--db", str(d), "-o", str(t / "r.html")], 0, ()),
    Fault("D16-markup-in-country", lambda t, d: ["series", "K[/]R", "CHN", "--db", str(d)], 2,
          ("unknown country code", "K[/]R")),
    Fault("D17-escape-codes-in-file-name", _escape_name, 3, ("\\x1b[2Jclear\\x07.txt", "file is empty"), quick=True),
    Fault("unknown-country-events", lambda t, d: ["events", "--country", "Korea", "--db", str(d)], 2,
          ("unknown country code 'KOREA'", "KOR (South Korea)"), quick=True),
    Fault("unknown-country-series", lambda t, d: ["series", "KOREA", "CHN", "--db", str(d)], 2,
          ("unknown country code 'KOREA'", "KOR")),
    Fault("align-bootstrap-0", lambda t, d: ["align", "KOR", "--between", "USA", "--and", "CHN", "--bootstrap", "0",
                                             "--db", str(d)], 2, ("--bootstrap", "0")),
    Fault("align-penalty-negative", lambda t, d: ["align", "KOR", "--between", "USA", "--and", "CHN", "--penalty",
                                                  "-1", "--db", str(d)], 2, ("--penalty", "-1")),
    Fault("report-network-year-2030", lambda t, d: [*REPORT, "--network-year", "2030", "--db", str(d), "-o",
                                                    str(t / "r.html")], 2, ("--network-year", "2030"),
          check=_no_partial("r.html", "r-")),
]


def _limited(limit: int | None) -> Callable[[], None] | None:
    if limit is None:
        return None

    def apply() -> None:
        # A file-size limit makes writes fail with EFBIG as a full disk fails with ENOSPC.
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return apply


def _run_fault(fault: Fault, tmp: Path, db: Path) -> Outcome:
    outcome = geopivot(*fault.args(tmp, db), cwd=tmp, timeout=180, preexec=_limited(fault.limit_file_bytes))
    assert_clean(outcome, code=fault.code)
    if fault.says:
        lines = [line for line in outcome.stderr.splitlines() if all(s.lower() in line.lower() for s in fault.says)]
        assert lines, outcome.stderr[-2000:]
    assert "\x1b" not in outcome.stderr and "\x07" not in outcome.stderr
    assert all(len(line) < 2_000 for line in outcome.stderr.splitlines())
    assert outcome.peak_mb < 1_000
    if fault.check:
        fault.check(tmp)
    return outcome


@pytest.mark.parametrize("fault", [f for f in FAULTS if f.quick], ids=lambda f: f.id)
def test_quick_fault(tmp_path, db, fault):
    _run_fault(fault, tmp_path, db)


@pytest.mark.fuzz
@pytest.mark.parametrize("fault", [f for f in FAULTS if not f.quick], ids=lambda f: f.id)
def test_fault(tmp_path, db, fault):
    _run_fault(fault, tmp_path, db)



