"""The candidate mentions the event model trains on are pinned (train/candidates.lock.jsonl), so
that `make train` rebuilds the shipped model whatever the knowledge base has learnt since. The
lock must hold every sentence train/prepare.py reads, with the text it was taken from."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from conftest import shared_path

from geopivot.evaluation.standoff import load_standoff
from geopivot.evaluation.written import load_written

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "train"))
from candidates import LOCK, PinnedCandidates, StaleLock, text_sha1  # noqa: E402


@pytest.fixture(scope="module")
def pinned() -> PinnedCandidates:
    return PinnedCandidates.load()


def test_the_lock_holds_every_written_training_sentence(pinned: PinnedCandidates) -> None:
    sentences, _ = load_written(ROOT / "annotations" / "written", splits=("train",))
    assert sentences
    for sentence in sentences:
        pinned("written", sentence.sentence_id, sentence.text)  # raises when missing or changed


def test_the_lock_holds_every_annotated_training_and_dev_sentence(pinned: PinnedCandidates) -> None:
    sentences = load_standoff(ROOT / "annotations" / "events", shared_path(), splits=("train", "dev"))
    assert sentences
    for sentence in sentences:
        pinned("ours", sentence.sentence_id, sentence.text)


def test_the_lock_holds_no_test_sentence(pinned: PinnedCandidates) -> None:
    test_ids = {s.sentence_id for s in load_standoff(ROOT / "annotations" / "events", shared_path(),
                                                     splits=("test",))}
    assert test_ids and not test_ids & {key[1] for key in pinned.entries if key[0] == "ours"}


@pytest.mark.parametrize(("origin", "sentence_id", "text"), [
    ("ours", "s1", "The text was edited since."),  # another text under the id
    ("ours", "s2", "A sentence the lock never saw."),
    ("written", "s1", "The same id from another origin."),
])
def test_a_sentence_the_lock_does_not_hold_as_written_is_stale(origin: str, sentence_id: str, text: str) -> None:
    lock = PinnedCandidates({("ours", "s1"): (text_sha1("The text as it was."), [])})
    with pytest.raises(StaleLock, match="--refresh-candidates"):
        lock(origin, sentence_id, text)


def test_the_lock_holds_offsets_and_countries_not_text() -> None:
    first = LOCK.read_text(encoding="utf-8").splitlines()[0]
    assert set(json.loads(first)) == {"origin", "id", "text_sha1", "mentions"}
