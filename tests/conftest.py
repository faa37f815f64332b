"""Shared fixtures: the ../shared folder (skipped cleanly when absent) and one engine per session."""
from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or skip the test when that material is not beside the repo."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} not present")
    return path


@pytest.fixture(scope="session")
def engine():
    """The rules alone: the tests that use it pin what the rules code (the event model, on by
    default, has its own tests and gates)."""
    from geopivot.pipeline.engine import Engine
    from geopivot.settings import NlpSettings, Settings

    return Engine.load(Settings(nlp=NlpSettings(event_model=False)))
