"""One settings object for a run; every option is keyword-only and has an immutable default."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_MODEL = "en_core_web_sm"
MAX_FILE_BYTES = 100 * 1024 * 1024


@dataclass(frozen=True, slots=True, kw_only=True)
class IngestSettings:
    """How articles are read, cleaned, dated and de-duplicated."""

    max_file_bytes: int = MAX_FILE_BYTES
    near_duplicate_threshold: float = 0.9
    min_sentence_chars: int = 20


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


@dataclass(frozen=True, slots=True, kw_only=True)
class Settings:
    """Everything a run needs to know, gathered once at the edge."""

    db_path: Path = Path("geopivot.duckdb")
    ingest: IngestSettings = field(default_factory=IngestSettings)
    nlp: NlpSettings = field(default_factory=NlpSettings)
    actor_files: tuple[Path, ...] = ()
    quiet: bool = False
    articles_per_batch: int = 32
