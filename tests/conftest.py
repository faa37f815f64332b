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


def written_check_figures(folder: Path, expected: int):
    """The rules', the model's and the default coder's figures on a check set in the written
    sentences' format (annotations/checks), after checking it holds ``expected`` clean sentences."""
    from geopivot.evaluation.written import load_written
    from geopivot.eventmodel.evaluate import code_split, figures
    from geopivot.eventmodel.runtime import load_event_model

    sentences, problems = load_written(folder)
    assert len(sentences) == expected and not problems
    model = load_event_model()
    return figures(code_split(sentences, model), model)
