"""Fit the event model's five-class sentence head and write it beside the model file.

  python train/sentence_head.py                  # the packaged model, ../shared beside the repo

The head reads the mean of the trained encoder's last states over a sentence (no span marked:
``EventModel.sentence_states``) and gives ConfliBERT's five classes (0 statement, 1 verbal
cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict). It is a
standardised multinomial logistic regression (scikit-learn) fitted on the ConfliBERT dev file's
sentences with the encoder frozen, so it runs in the project's own environment (no torch) and is
the same on every run. `geopivot eval` uses it where the coder gives a five-class sentence no
event (docs/event-model.md).

Five-fold cross-validation uses the folds of train/prepare.py (a hash of the line), so a fold
holds the same sentences as in `fit.py --cv`. The encoder itself was fine-tuned on the role pairs
of about half of these sentences (their class, not their sentence label), so the cross-validated
figure checks the head, not the encoder on unseen text.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from geopivot.evaluation.gold import QuadSentence  # noqa: E402
from geopivot.evaluation.readers import read_quad  # noqa: E402
from geopivot.eventmodel.runtime import EventModel, load_event_model, model_dir  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from prepare import FOLDS, fold_of  # noqa: E402

HEAD_FILE = "sentence_head.json"
# Regularisation chosen by this script's cross-validation among 0.01, 0.03, 0.1 and 1.0
# (0.864, 0.861, 0.851, 0.852 on 2026-12-06); the mean of the states beat the [CLS] state
# (0.789 at its best) and both together (0.853).
C = 0.01


def quad_sentences(path: Path) -> list[QuadSentence]:
    return list(read_quad(path))


def _classifier():  # type: ignore[no-untyped-def]
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    return make_pipeline(StandardScaler(), LogisticRegression(C=C, max_iter=5000))


def _data(model: EventModel, items: list[QuadSentence]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    states = model.sentence_states([item.text for item in items]).astype(np.float64)
    labels = np.array([item.label for item in items])
    folds = np.array([fold_of(f"cb-{item.line}") for item in items])
    return states, labels, folds


def cross_validate(model: EventModel, items: list[QuadSentence]) -> dict:
    """Fit on four folds, score macro-F1 on the fifth, for each fold."""
    from sklearn.metrics import f1_score

    states, labels, folds = _data(model, items)
    scores, pooled = [], np.zeros_like(labels)
    for fold in range(FOLDS):
        test = folds == fold
        pooled[test] = _classifier().fit(states[~test], labels[~test]).predict(states[test])
        scores.append(round(float(f1_score(labels[test], pooled[test], average="macro")), 4))
    return {"folds": scores, "macro_f1_mean": round(float(np.mean(scores)), 4),
            "macro_f1_pooled": round(float(f1_score(labels, pooled, average="macro")), 4),
            "sentences": len(items), "C": C}


def fit(model: EventModel, items: list[QuadSentence]) -> dict:
    """The head on every sentence, its standardisation folded into the weights."""
    states, labels, _ = _data(model, items)
    pipeline = _classifier().fit(states, labels)
    scaler, regression = pipeline.steps[0][1], pipeline.steps[1][1]
    assert list(regression.classes_) == [0, 1, 2, 3, 4]
    weight = regression.coef_ / scaler.scale_
    bias = regression.intercept_ - weight @ scaler.mean_
    return {"classes": ["statement", "verbal cooperation", "material cooperation", "verbal conflict",
                        "material conflict"],
            "features": "mean of the encoder's last states over the sentence's word pieces, no span marked",
            "weight": [[round(float(v), 7) for v in row] for row in weight],
            "bias": [round(float(v), 7) for v in bias]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model-dir", type=Path, default=None, help="default: the packaged model")
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args()
    folder = args.model_dir or model_dir()
    items = quad_sentences(args.shared / "eval" / "dev" / "conflibert_quad_train.tsv")
    model = load_event_model(folder)
    started = time.perf_counter()
    cv = cross_validate(model, items)
    print(f"sentence head, ConfliBERT dev 5-fold CV macro-F1 {cv['macro_f1_mean']:.3f} "
          f"(folds {' '.join(f'{f:.3f}' for f in cv['folds'])})")
    data = (json.dumps(fit(model, items), indent=None, separators=(",", ":")) + "\n").encode()
    (folder / HEAD_FILE).write_bytes(data)
    cv["seconds"] = round(time.perf_counter() - started, 1)
    meta_path = folder / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta["sentence_head"] = {"file": HEAD_FILE, "sha256": hashlib.sha256(data).hexdigest(), "cv": cv}
    meta_path.write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {folder / HEAD_FILE} ({len(data) / 1e3:.0f} kB)")


if __name__ == "__main__":
    main()
