"""The event model's five-class sentence head: ConfliBERT's five classes for a whole sentence,
read from the same encoder pass, used by `geopivot eval` where the coder gave a five-class
sentence no event (docs/event-model.md, "Five classes for a sentence")."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner
from conftest import shared_path

from geopivot.evaluation import evaluate
from geopivot.evaluation.gold import QuadSentence
from geopivot.evaluation.score_quad import score_quad
from geopivot.eventmodel.runtime import load_event_model

SENTENCES = [
    "Troops shelled the rebel positions overnight, killing dozens.",
    "The two governments signed an agreement to share intelligence.",
    "The minister said the talks would continue next week.",
]


def test_the_packaged_model_has_a_sentence_head():
    model = load_event_model()
    assert model.sentence_head is not None
    probs = model.sentence_classes(SENTENCES)
    assert probs.shape == (3, 5)
    np.testing.assert_allclose(probs.sum(axis=1), 1.0, rtol=1e-5)


def test_a_sentence_is_classed_the_same_alone_and_among_others():
    model = load_event_model()
    together = model.sentence_classes(SENTENCES)
    alone = np.vstack([model.sentence_classes([s]) for s in SENTENCES])
    np.testing.assert_allclose(together, alone, atol=1e-6)


@pytest.mark.parametrize(("text", "label"), [
    ("Troops shelled the rebel positions overnight, killing dozens.", 4),
    ("The two governments signed an agreement to share intelligence.", 1),  # 057: root 05
    ("Police arrested dozens of protesters in the capital.", 4),
])
def test_plain_sentences_take_their_class(text, label):
    assert int(np.argmax(load_event_model().sentence_classes([text])[0])) == label


def _rec(doc_id: str, code: str) -> dict:
    return {"doc_id": doc_id, "sentence_index": 0, "source_code": "USA", "event_code": code,
            "event_root": code[:2], "target_code": "IRQ", "trigger_start": 0}


def test_score_quad_labels_a_sentence_without_events_by_its_class():
    items = [QuadSentence(str(i), "s", label) for i, label in enumerate([4, 0, 1])]
    preds = [[_rec("0", "190")], [], []]
    result, errors = score_quad(items, preds, sentence_labels=[None, 0, None])
    assert (result.covered, result.by_sentence_class) == (2, 1)
    assert result.accuracy_all == pytest.approx(2 / 3)
    assert [e.kind for e in errors] == ["no event"]


def test_events_outrank_the_sentence_class():
    items = [QuadSentence("0", "s", 4)]
    result, _ = score_quad(items, [[_rec("0", "190")]], sentence_labels=[1])
    assert (result.accuracy_all, result.by_sentence_class) == (1.0, 0)


def _quad_file(tmp_path: Path) -> Path:
    path = tmp_path / "quad.tsv"
    # The first sentence names no state, so the coder gives it no event.
    path.write_text("Troops shelled the rebel positions overnight, killing dozens.\t4\n"
                    "Israel and Egypt signed a trade agreement on Monday.\t2\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(("sentence_classes", "covered"), [(True, 2), (False, 1)])
def test_eval_labels_five_class_sentences_the_coder_left(tmp_path: Path, sentence_classes: bool,
                                                         covered: int):
    (entry,) = evaluate([_quad_file(tmp_path)], sentence_classes=sentence_classes).files
    assert entry.result.covered == covered
    assert entry.result.by_sentence_class == covered - 1


@pytest.mark.parametrize(("options", "expected"), [([], True), (["--no-sentence-classes"], False)])
def test_eval_command_option_for_sentence_classes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                  options: list[str], expected: bool):
    from geopivot.cli import cli
    from geopivot.evaluation import run

    seen = []
    real = run.evaluate
    monkeypatch.setattr(run, "evaluate",
                        lambda paths, **kw: seen.append(kw["sentence_classes"]) or real(paths, **kw))
    result = CliRunner().invoke(cli, ["eval", str(_quad_file(tmp_path)), *options])
    assert result.exit_code == 0, result.output
    assert seen == [expected]
    assert ("by the sentence classifier" in result.output) == expected


# Gate: the head's five-fold cross-validation on the ConfliBERT dev file, recomputed here from the
# packaged encoder's states (the same folds and regularisation as train/sentence_head.py).
# Measured 2026-12-06: 0.864. The encoder was fine-tuned on the role pairs of 710 of these
# sentences, so this is a check of the head, not a held-out figure (docs/event-model.md).
CV_FLOOR = 0.84


def test_sentence_head_cross_validation_floor():
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "train"))
    from sentence_head import cross_validate, quad_sentences

    path = shared_path("eval", "dev", "conflibert_quad_train.tsv")
    result = cross_validate(load_event_model(), quad_sentences(path))
    assert result["macro_f1_mean"] >= CV_FLOOR
