"""One settings object for a run; every option is keyword-only and has an immutable default.

A config file (``geopivot.toml`` in the working directory, or one named with ``--config``)
supplies defaults the command line adds to; it is read at the edge, by the CLI, through
:func:`config_actor_files`.
"""
from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from geopivot.errors import InputError

if TYPE_CHECKING:
    from geopivot.ingest.dating import DatePolicy

DEFAULT_MODEL = "en_core_web_sm"
MAX_FILE_BYTES = 100 * 1024 * 1024
CONFIG_FILE = "geopivot.toml"
# Keys the config file may hold; any other is a typo we would otherwise ignore silently.
_CONFIG_KEYS = {"actors"}


@dataclass(frozen=True, slots=True, kw_only=True)
class IngestSettings:
    """How articles are read, cleaned, dated and de-duplicated."""

    max_file_bytes: int = MAX_FILE_BYTES
    near_duplicate_threshold: float = 0.9
    min_sentence_chars: int = 20
    # --date, --dates, --date-from-mtime; None: record, text stamp or nothing (never the mtime).
    date_policy: DatePolicy | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class NlpSettings:
    """Which spaCy pipeline to build and how to feed it."""

    model: str = DEFAULT_MODEL
    batch_size: int = 256
    n_process: int = 1
    # Parse only sentences that could yield an event; False parses all (same events, slower).
    fast_path: bool = True
    # NER is off by default: the knowledge base names actors; NER only marks places.
    ner: bool = False
    # The trained event model beside the rules (docs/event-model.md); events whose model
    # confidence is below ``min_confidence`` are dropped (events the model did not score stay).
    # On by default: on every set nobody tuned it on (our test split, the written sentences'
    # test share, written sentences new to the rules) it raises F1 over the rules alone.
    event_model: bool = True
    min_confidence: float = 0.0
    # ONNX Runtime threads for the event model in a one-process run (the same probabilities as
    # one thread, checked by tests/test_event_model.py; on two cores a fifth faster than one,
    # the second thread spinning between sentences). A pooled run (n_process > 1) and Dask
    # workers give each process one.
    event_model_threads: int = 2


@dataclass(frozen=True, slots=True, kw_only=True)
class Settings:
    """Everything a run needs to know, gathered once at the edge."""

    db_path: Path = Path("geopivot.duckdb")
    ingest: IngestSettings = field(default_factory=IngestSettings)
    nlp: NlpSettings = field(default_factory=NlpSettings)
    actor_files: tuple[Path, ...] = ()
    # Trigger tables, earlier ones winning for the same words: packaged names or TSV paths.
    # geopivot's own rows first, then the rows derived from PETRARCH2's CAMEO verb dictionary.
    pattern_tables: tuple[str, ...] = ("triggers", "cameo_verbs")
    quiet: bool = False
    articles_per_batch: int = 32
    # A run lets readers open its database between batches, at most this often (a reader waits
    # up to store.READ_WAIT_S for it): each release costs a checkpoint and a reopen.
    release_every_s: float = 5.0


def config_actor_files(config: Path | None = None, *, cwd: Path | None = None) -> tuple[Path, ...]:
    """The actor files a config file lists (``actors = ["my_actors.yaml", ...]``, paths
    relative to the config file). The file is ``config``, else ``geopivot.toml`` in ``cwd``
    (the working directory) when there is one; no config file lists none."""
    if config is None:
        config = (cwd or Path.cwd()) / CONFIG_FILE
        if not config.is_file():
            return ()
    try:
        data = tomllib.loads(config.read_text(encoding="utf-8"))
    except OSError as e:
        raise InputError(str(config), f"cannot read: {e.strerror or e}") from e
    except UnicodeDecodeError as e:
        raise InputError(str(config), "not UTF-8 text") from e
    except tomllib.TOMLDecodeError as e:
        raise InputError(str(config), f"not valid TOML: {e}") from e
    unknown = sorted(set(data) - _CONFIG_KEYS)
    if unknown:
        known = ", ".join(sorted(_CONFIG_KEYS))
        raise InputError(str(config), f"unknown key {unknown[0]!r} (known: {known})")
    names = data.get("actors", [])
    if isinstance(names, str):
        names = [names]
    if not isinstance(names, list) or not all(isinstance(n, str) and n for n in names):
        raise InputError(str(config), "actors must be a list of file names")
    files = []
    for name in names:
        path = Path(name).expanduser()
        path = path if path.is_absolute() else config.parent / path
        if not path.is_file():
            raise InputError(str(config), f"actors: no such file {name!r}")
        files.append(path)
    return tuple(files)
