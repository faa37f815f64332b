"""What the user named (files, folders, glob patterns, "-") → a deterministic stream of articles."""
from __future__ import annotations

import glob
import logging
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TextIO

from geopivot.ingest.dating import DatePolicy
from geopivot.ingest.readers import Item, display_name, read_file, read_stdin
from geopivot.models import InputProblem
from geopivot.settings import IngestSettings

log = logging.getLogger(__name__)

_GLOB_CHARS = frozenset("*?[")


def _walk(folder: Path) -> Iterator[Path | InputProblem]:
    """Files under ``folder`` in sorted order; hidden entries and symlinked folders are skipped.

    A stack of open listings rather than recursion: a tree 1,000+ folders deep is legal."""
    stack = [_listing(folder)]
    while stack:
        item = next(stack[-1], None)
        if item is None:
            stack.pop()
        elif isinstance(item, tuple):
            stack.append(_listing(item[0]))
        else:
            yield item


def _listing(folder: Path) -> Iterator[Path | InputProblem | tuple[Path]]:
    """One folder's entries: files (and problems) as they are, sub-folders as 1-tuples."""
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError as exc:
        reason = "permission denied" if isinstance(exc, PermissionError) else (exc.strerror or str(exc)).lower()
        yield InputProblem(display_name(folder), f"cannot list folder: {reason}")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = folder / entry.name
        try:
            is_dir = entry.is_dir(follow_symlinks=False)
        except OSError:
            is_dir = False
        if is_dir:
            yield (path,)
        elif entry.is_symlink() and path.is_dir():
            # A linked folder can point back up the tree; walking it risks an endless loop.
            log.info("%s: symbolic link to a folder, not followed", display_name(path))
        else:
            yield path


def _expand(item: str) -> Iterator[Path | InputProblem]:
    path = Path(item)
    if _GLOB_CHARS & set(item) and not os.path.lexists(item):
        matches = sorted(glob.glob(item, recursive=True))
        if not matches:
            yield InputProblem(item, "no files match this pattern")
        for match in matches:
            if os.path.isdir(match):
                yield from _walk(Path(match))
            else:
                yield Path(match)
        return
    if path.is_dir():
        found = False
        for entry in _walk(path):
            found = True
            yield entry
        if not found:
            yield InputProblem(item, "folder contains no files")
        return
    yield path


def iter_articles(inputs: Sequence[str | Path], *, settings: IngestSettings = IngestSettings(),
                  stdin: TextIO | None = None) -> Iterator[Item]:
    """Articles from files, folders (recursive), glob patterns and "-" (stdin), in input order,
    each dated by ``settings.date_policy`` (geopivot.ingest.dating)."""
    policy = settings.date_policy or DatePolicy()
    for item in _iter_read(inputs, settings=settings, stdin=stdin):
        yield item if isinstance(item, InputProblem) else policy.apply(item)


def _iter_read(inputs: Sequence[str | Path], *, settings: IngestSettings,
               stdin: TextIO | None) -> Iterator[Item]:
    """Articles from files, folders (recursive), glob patterns and "-" (stdin), in input order.

    Bad inputs become InputProblems in the stream; nothing here raises for a user's file. A file
    named twice (directly, or through overlapping folders and patterns) is read once.
    """
    seen: set[str] = set()
    for raw in inputs:
        item = str(raw)
        if item == "-":
            stream = stdin if stdin is not None else sys.stdin
            if stream is None:  # pythonw, or a daemon with stdin closed
                yield InputProblem("<stdin>", "no stdin to read from")
            else:
                yield from read_stdin(stream, settings=settings)
            continue
        if not item.strip():
            yield InputProblem(repr(item), "empty path")
            continue
        for entry in _expand(item):
            if isinstance(entry, InputProblem):
                yield entry
                continue
            key = os.path.realpath(entry)
            if key in seen:
                log.debug("%s: already read", entry)
                continue
            seen.add(key)
            yield from read_file(entry, settings=settings)
