"""The event model's figures, in one run (docs/event-model.md).

  python benchmarks/event_eval.py                 # test split: rules, model, combined; five classes;
                                                  # CV; agreement; the written sentences' test share
  python benchmarks/event_eval.py --calibrate     # dev split: choose threshold and veto, write meta.json

Scoring is geopivot.eventmodel.evaluate. The ConfliBERT cross-validation needs torch, so it is
read from meta.json (written by `make train`). --calibrate reads only the dev split; the test
split is read only without it.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from geopivot.evaluation.standoff import load_standoff  # noqa: E402
from geopivot.evaluation.written import load_written  # noqa: E402
from geopivot.eventmodel.evaluate import Coded, calibrate, code_split, figures, five_classes, joined  # noqa: E402
from geopivot.eventmodel.runtime import EventModel, load_event_model, model_dir  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--model-dir", type=Path, default=None)
    parser.add_argument("--calibrate", action="store_true", help="dev split: choose and write thresholds")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    folder = args.model_dir or model_dir()
    model = load_event_model(folder)
    split = "dev" if args.calibrate else "test"
    sentences = load_standoff(ROOT / "annotations" / "events", args.shared, splits=(split,))
    data = code_split(sentences, model)
    if args.calibrate:
        # The annotated dev split and the written sentences' dev share, pooled: 98 news events
        # alone let one or two events move the threshold.
        written_dev, _ = load_written(ROOT / "annotations" / "written", splits=("dev",))
        print(f"calibration: annotated dev split ({len(sentences)} sentences), written dev share "
              f"({len(written_dev)} sentences)")
        chosen = calibrate(joined(data, code_split(written_dev, model)), model)
        meta_path = folder / "meta.json"
        meta = json.loads(meta_path.read_text())
        meta.update({"threshold": chosen["threshold"], "veto": chosen["veto"], "dev": chosen})
        meta_path.write_text(json.dumps(meta, indent=1) + "\n")
        return
    out: dict[str, object] = {"split": split, "sentences": len(sentences),
                                  "gold_events": sum(len(s.events) for s in sentences),
                                  "threshold": model.threshold, "veto": model.veto,
                                  "seconds": round(data.seconds, 1)}
    print(f"annotated {split} split: {len(sentences)} sentences, {out['gold_events']} events; "
          f"threshold {model.threshold}, veto {model.veto}")
    out.update(_report("each sentence coded alone (as it was annotated)", data, model))
    out["five_classes"] = _five_classes(data, model)
    # As `geopivot run` reads them: within their articles (earlier names, pronouns, the
    # article's countries count); the annotated sentences' events alone are scored.
    out["in_article"] = _report("each sentence coded within its article (as geopivot run reads it)",
                                code_split(sentences, model, shared=args.shared), model)
    # The sentences the project wrote for training keep a test share of their own: a check
    # that the model learned them, not a figure on news (it is written, not reported, text).
    written, _ = load_written(ROOT / "annotations" / "written", splits=("test",))
    if written:
        out["written_test"] = _report(
            f"the project's written training sentences, their test share ({len(written)} sentences, "
            f"{sum(len(s.events) for s in written)} events)", written_data := code_split(written, model), model)
        out["written_test"]["five_classes"] = _five_classes(written_data, model)  # type: ignore[index]
    # Invented check sets, never trained or tuned on (annotations/checks; annotations/README.md):
    # wire leads opening with a dateline ("KABUL (Reuters) - ..."), a check of dateline handling,
    # and sentences in the styles the held-out sets hold (Korean wire headlines and
    # leads, CAMEO-style sentences, confusable roots, multi-state prose, British news), written
    # after the model was trained; and whole articles, where "the government" and "he" are
    # read from what came before.
    checks = ROOT / "annotations" / "checks"
    for key, where, title, unit in (("wire_leads", checks, "invented wire leads with datelines", "items"),
                                    ("news_styles", checks / "news_styles", "invented news in six styles",
                                     "sentences"),
                                    ("articles", checks / "articles",
                                     "invented articles, each read whole on its date", "articles")):
        found, _ = load_written(where)
        if found:
            out[key] = _report(f"{title}, a check ({len(found)} {unit}, "
                               f"{sum(len(s.events) for s in found)} events)", code_split(found, model), model)
    out["rules_round"] = _rules_round(ROOT / "annotations" / "rules_round", model)
    meta = json.loads((folder / "meta.json").read_text())
    cv = meta.get("cv")
    out["conflibert_cv"] = cv
    if cv:
        print(f"ConfliBERT dev, 5-fold CV five-class macro-F1 (from make train): mean {cv['macro_f1_mean']:.3f}, "
              f"pooled {cv['macro_f1_pooled']:.3f}, folds {cv['folds']}, {cv['seconds']} s")
    head_cv = (meta.get("sentence_head") or {}).get("cv")
    out["sentence_head_cv"] = head_cv
    if head_cv:
        print(f"ConfliBERT dev, 5-fold CV of the sentence head on the trained encoder (train/sentence_head.py): "
              f"mean {head_cv['macro_f1_mean']:.3f}, folds {head_cv['folds']}")
    try:
        sys.path.insert(0, str(ROOT / "annotations" / "tools"))
        from agreement import agreement

        out["agreement"] = agreement(ROOT / "annotations" / "events")
        print(f"inter-annotator triple F1 on {out['agreement']['sentences']} doubly annotated sentences: "
              f"{out['agreement']['triple_f1']:.3f}")
    except (OSError, ImportError) as e:
        print(f"agreement: not available ({e})")
    if args.json:
        args.json.write_text(json.dumps(out, indent=1) + "\n")


def _rules_round(folder: Path, model: EventModel) -> dict[str, object]:
    """The nineteenth stop's written round (annotations/rules_round, annotations/README.md): its
    "look" half (an even SHA-1 of the id) was read for rule errors, its "held" half was not."""
    found, _ = load_written(folder)
    out: dict[str, object] = {}
    for half in ("look", "held"):
        part = [s for s in found if (int(hashlib.sha1(s.sentence_id.encode()).hexdigest(), 16) % 2 == 0)
                == (half == "look")]
        if part:
            out[half] = _report(f"the nineteenth stop's written round, its {half} half ({len(part)} sentences, "
                                f"{sum(len(s.events) for s in part)} events)", code_split(part, model), model)
    return out


def _report(title: str, data: Coded, model: EventModel) -> dict[str, object]:
    """Print rules, model and combined figures under ``title``; return them rounded."""
    print(f"  {title}:")
    out: dict[str, object] = {}
    for name, prf in figures(data, model).items():
        out[name] = {k: round(v, 4) if isinstance(v, float) else v for k, v in prf.to_dict().items()}
        print(f"    {name:9s} P {prf.precision:.3f}  R {prf.recall:.3f}  F1 {prf.f1:.3f}  "
              f"(tp {prf.tp}, fp {prf.fp}, fn {prf.fn})")
    return out


def _five_classes(data: Coded, model: EventModel) -> dict[str, object]:
    """Five-class sentence labels on the sentences with an annotated event (as `geopivot eval`
    labels a ConfliBERT file): the coder's events, then the sentence head where they are none."""
    figures_by = five_classes(data, model)
    print("    five classes, sentences with an event (no label = wrong):")
    for name, row in figures_by.items():
        print(f"      {name:24s} macro-F1 {row['macro_f1']:.3f}  accuracy {row['accuracy']:.3f}  "
              f"({row['covered']}/{row['sentences']} labelled)")
    return figures_by  # type: ignore[return-value]


if __name__ == "__main__":
    main()
