"""Output files written whole or not at all: a temporary file beside the target, renamed over
it when complete. A full disk, /dev/full or a kill mid-write never leaves a truncated file
that looks finished (a report, an export, a Parquet part)."""
from __future__ import annotations

import contextlib
import os
import stat
import uuid
from collections.abc import Iterator
from pathlib import Path

from geopivot.errors import GeopivotError


class OutputError(GeopivotError):
    """An output file cannot be written (no such folder, permission, full disk)."""


@contextlib.contextmanager
def atomic_output(path: Path) -> Iterator[Path]:
    """Yield a temporary path to write; on success it replaces ``path``, on failure it is removed.

    A target that exists and is not a regular file (/dev/stdout, a FIFO) is written directly."""
    path = Path(path)
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        mode = None
    except OSError as e:
        raise OutputError(f"{path}: cannot write: {(e.strerror or str(e)).lower()}") from e
    if mode is not None and not stat.S_ISREG(mode):
        yield path
        return
    folder = path.parent
    if not folder.is_dir():
        raise OutputError(f"{path}: cannot write: folder {folder} does not exist")
    if not os.access(folder, os.W_OK):
        raise OutputError(f"{path}: cannot write: folder {folder} is not writable")
    temporary = folder / f".{path.name}.{uuid.uuid4().hex[:8]}.tmp"
    try:
        yield temporary
        os.replace(temporary, path)
    except OSError as e:
        raise OutputError(f"{path}: cannot write: {(e.strerror or str(e)).lower()}") from e
    finally:
        with contextlib.suppress(OSError):
            temporary.unlink()
