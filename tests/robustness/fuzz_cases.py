"""Bad inputs for `geopivot run`, generated from code (no binary fixtures), each beside good ones.

A case writes its files into a folder and says what must happen: which names are skipped with
which reason, and which good inputs must end up coded (their text is unique, so the article can
be found by a marker word)."""
from __future__ import annotations

import atexit
import codecs
import functools
import json
import os
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

_PAIRS = [("South Korea", "China"), ("Japan", "Russia"), ("France", "Germany"), ("India", "Pakistan"),
          ("Brazil", "Argentina"), ("Egypt", "Israel"), ("Canada", "Mexico"), ("Turkey", "Greece")]
_VERBS = ["met officials from", "criticized", "signed an agreement with", "condemned", "praised"]


def good_text(marker: str, n: int = 0) -> str:
    """A short article that codes to at least one event and carries ``marker`` (a unique word)."""
    a, b = _PAIRS[n % len(_PAIRS)]
    verb = _VERBS[n % len(_VERBS)]
    return f"{a} {verb} {b} on Monday in talks code-named {marker}. Officials from {b} said little.\n"


@dataclass(frozen=True)
class Case:
    """``build(folder)`` writes the inputs; ``skips`` (name fragment, reason fragment) must each
    appear on one `skipped` line; ``coded`` markers must each be in a stored article."""

    id: str
    build: Callable[[Path], None]
    skips: tuple[tuple[str, str], ...] = ()
    coded: tuple[str, ...] = ()
    stdin: bytes | None = None
    slow: bool = False
    many: bool = False  # skips many records of one file: the CLI shows the first ones and a count


def _jsonl(*records: str) -> str:
    return "".join(line + "\n" for line in records)


def _record(marker: str, n: int = 0, **fields: object) -> str:
    return json.dumps({"id": marker, "text": good_text(marker, n), **fields})


def _write(name: str, data: str | bytes) -> Callable[[Path], None]:
    def build(folder: Path) -> None:
        path = folder / name
        path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return build


def _both(*builders: Callable[[Path], None]) -> Callable[[Path], None]:
    def build(folder: Path) -> None:
        for builder in builders:
            builder(folder)
    return build


def _mtime(name: str, text: str, seconds: float) -> Callable[[Path], None]:
    """A file dated ``seconds`` after 1970, linked into the folder. ext4 clamps mtimes to
    1901-2446, tmpfs keeps them: the file lives in /dev/shm when there is one."""
    def build(folder: Path) -> None:
        home = Path(_shm_dir()) if Path("/dev/shm").is_dir() else folder
        path = home / f"{folder.name}-{name}"
        path.write_text(text, encoding="utf-8")
        try:
            os.utime(path, (seconds, seconds))
        except (OSError, OverflowError, ValueError):
            pass  # the file system refuses such a time: the case then tests nothing worse
        if home != folder:
            (folder / name).symlink_to(path)
        else:
            path.rename(folder / name)
    return build


@functools.cache
def _shm_dir() -> str:
    path = tempfile.mkdtemp(prefix="geopivot-fuzz-", dir="/dev/shm")
    atexit.register(shutil.rmtree, path, ignore_errors=True)
    return path


def _nested(depth: int, marker: str) -> Callable[[Path], None]:
    def build(folder: Path) -> None:
        # One level at a time, relative to an open folder: each call stays below PATH_MAX.
        current = os.open(folder, os.O_RDONLY)
        try:
            for i in range(depth):
                name = "d" if i else "deep"
                os.mkdir(name, dir_fd=current)
                nxt = os.open(name, os.O_RDONLY, dir_fd=current)
                os.close(current)
                current = nxt
            fd = os.open("leaf.txt", os.O_WRONLY | os.O_CREAT, dir_fd=current)
            os.write(fd, good_text(marker, 3).encode())
            os.close(fd)
        finally:
            os.close(current)
    return build


def remove_deep(folder: Path) -> None:
    """Remove a folder as deep as the D20 case makes it: shutil.rmtree (and pytest's clean-up of
    old temporary folders) recurse once per level and fail past Python's recursion limit."""
    chain = [folder / "deep"]
    if not chain[0].is_dir():
        return
    while subfolders := [p for p in chain[-1].iterdir() if p.is_dir() and not p.is_symlink()]:
        chain.append(subfolders[0])
    for path in reversed(chain):
        for entry in path.iterdir():
            entry.unlink()
        path.rmdir()


_FILLER = "The weather was mild and the harvest in the valley was good this year. "
_CSV_BROKEN = ('id,text\nq1,"' + good_text("Quarry", 1).strip() + '\nq2,' + good_text("Quiver", 2).strip()
               + '\nq3,"' + good_text("Quokka", 4).strip() + '"\n')


def run_cases() -> list[Case]:
    """Every `geopivot run` input case of issue 14 (D1–D8, D19, D20), with good inputs beside."""
    return [
        Case("D1-long-article", _write("d1_long.txt", good_text("Lantern") + _FILLER * 15_000
                                       + "\n" + good_text("Lighthouse", 5)),
             coded=("Lantern", "Lighthouse")),
        Case("D2-surrogate-text", _write("d2_text.jsonl", _jsonl(
            _record("Saffron"), '{"id": "bad", "text": "Seoul met Beijing \\ud800 today."}')),
             skips=(("d2_text.jsonl:2", "surrogate"),), coded=("Saffron",)),
        Case("D2-surrogate-title", _write("d2_title.jsonl", _jsonl(
            '{"id": "bad2", "title": "\\udfff", "text": "Tokyo met Moscow today."}', _record("Sorrel", 1))),
             skips=(("d2_title.jsonl:1", "surrogate"),), coded=("Sorrel",)),
        Case("D4-nested-json", _write("d4_nested.jsonl", _jsonl("[" * 100_000 + "]" * 100_000,
                                                                 '{"a":' * 50_000 + "1" + "}" * 50_000,
                                                                 _record("Nutmeg", 2))),
             skips=(("d4_nested.jsonl:1", "nested"), ("d4_nested.jsonl:2", "nested")), coded=("Nutmeg",)),
        Case("D5-undecodable-name", _write(os.fsdecode(b"d5_caf\xe9.txt"), good_text("Nightjar", 3)),
             coded=("Nightjar",)),
        Case("D6-mtime-year-0", _mtime("d6_old.txt", good_text("Oriole", 4), -62_200_000_000.0),
             coded=("Oriole",)),
        Case("D6-mtime-year-10000", _mtime("d6_far.txt", good_text("Osprey", 5), 253_500_000_000.0),
             coded=("Osprey",)),
        Case("D7-run-of-ampersands", _write("d7_amp.txt", good_text("Ampersand").strip() + " " + "&" * 20_000 + "\n"),
             coded=("Ampersand",)),
        Case("D7-run-of-equals", _write("d7_eq.txt", good_text("Equinox", 6).strip() + "=" * 20_000 + "\n"),
             coded=("Equinox",)),
        Case("D7-megabyte-of-ampersands",
             _write("d7_amp_mb.txt", good_text("Ampleforth", 7).strip() + " " + "&" * 1_000_000),
             coded=("Ampleforth",), slow=True),
        Case("D8-many-bad-lines", _write("d8_bad.jsonl", _record("Bramble", 1) + "\n" + "not json\n" * 100_000),
             skips=(("d8_bad.jsonl", "not valid JSON"),), coded=("Bramble",), slow=True, many=True),
        Case("D8-million-bad-lines", _write("d8_million.jsonl", _record("Bracken", 2) + "\n" + "{oops\n" * 1_000_000),
             skips=(("d8_million.jsonl", "not valid JSON"),), coded=("Bracken",), slow=True, many=True),
        Case("D19-unterminated-quote", _write("d19.csv", _CSV_BROKEN),
             skips=(("d19.csv:2", "quote"),), coded=("Quiver", "Quokka")),
        Case("D20-deep-folders", _nested(1_100, "Dormouse"), coded=("Dormouse",), slow=True),
    ]


def stdin_cases() -> list[Case]:
    """D3: bytes on stdin that are not UTF-8."""
    text = good_text("Caf\u00e9ine", 2)

    def nothing(_: Path) -> None:
        return None

    return [
        Case("D3-latin-1", nothing, coded=("Caf\u00e9ine",), stdin=text.encode("latin-1")),
        Case("D3-utf-16", nothing, coded=("Caf\u00e9ine",),
             stdin=codecs.BOM_UTF16_LE + text.encode("utf-16-le")),
        Case("D3-utf-16-jsonl", nothing, coded=("Caf\u00e9ine",),
             stdin=codecs.BOM_UTF16_LE + (json.dumps({"text": text}) + "\n").encode("utf-16-le")),
        Case("D3-binary", nothing, skips=(("<stdin>", "binary"),),
             stdin=bytes(range(256)) * 64),
    ]
