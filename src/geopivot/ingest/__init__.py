"""Ingest: files, folders, globs and stdin → cleaned, dated, hashed Articles (and InputProblems).

``iter_articles`` never raises for a user's bad file or record: it yields an InputProblem saying
where and why, and goes on with the rest. ``Deduplicator`` flags exact and near-duplicates.
"""
from __future__ import annotations

from geopivot.ingest.boilerplate import Cleaned, clean_text
from geopivot.ingest.dates import find_date, parse_date
from geopivot.ingest.dedupe import Deduplicator
from geopivot.ingest.readers import read_file, read_stdin
from geopivot.ingest.sources import iter_articles

__all__ = ["Cleaned", "Deduplicator", "clean_text", "find_date", "iter_articles", "parse_date", "read_file",
           "read_stdin"]
