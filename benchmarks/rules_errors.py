"""Where the rule coder misses or over-codes on the annotated TRAIN and DEV splits.

  python benchmarks/rules_errors.py               # figure + errors grouped by cause
  python benchmarks/rules_errors.py --figure      # the train+dev figure only
  python benchmarks/rules_errors.py --written     # the project's written sentences (train share)

Never reads the test split (the held-out judge). Scored as geopivot.eventmodel.evaluate scores
the rules: (source country, CAMEO root, target country) multisets per sentence. A miss's cause is
guessed from what the engine did produce in that sentence: nothing at all; the same pair with
another root; the right root with another/no target or source.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from geopivot.pipeline.engine import Engine  # noqa: E402
from geopivot.evaluation.metrics import PRF, multiset_prf  # noqa: E402
from geopivot.evaluation.predictions import country_of  # noqa: E402
from geopivot.evaluation.standoff import load_standoff  # noqa: E402
from geopivot.evaluation.written import load_written  # noqa: E402
from geopivot.models import Article  # noqa: E402
from geopivot.eventmodel.evaluate import share_by_sentence, source_articles  # noqa: E402
from geopivot.settings import NlpSettings, Settings  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--figure", action="store_true")
    parser.add_argument("--splits", default="train,dev")
    parser.add_argument("--in-article", action="store_true",
                        help="code each annotated sentence within its whole article (as geopivot run does)")
    parser.add_argument("--written", action="store_true",
                        help="the project's written training sentences (their train share) instead")
    args = parser.parse_args()
    splits = tuple(s for s in args.splits.split(",") if s != "test")
    if args.written:
        sentences, _ = load_written(ROOT / "annotations" / "written", splits=("train",))
    else:
        sentences = load_standoff(ROOT / "annotations" / "events", args.shared, splits=splits)
    engine = Engine.load(Settings(nlp=NlpSettings(event_model=False)))
    if args.in_article:
        paths, articles = source_articles(sentences, args.shared)
        coded, _ = share_by_sentence(sentences, paths, engine.code_articles(articles))
    else:
        coded = engine.code_articles([Article.from_text(s.sentence_id, s.text) for s in sentences])
    total = PRF()
    by_kind: dict[str, PRF] = {}
    causes: Counter[str] = Counter()
    lines: dict[str, list[str]] = {}
    for sent, art in zip(sentences, coded):
        gold = Counter((country_of(e.source_actor), e.code[:2], country_of(e.target_actor)) for e in sent.events)
        pred = Counter()
        info = {}
        for ev in art.events:
            t = (country_of(ev.source.actor.code), ev.event_type.root,
                 country_of(ev.target.actor.code) if ev.target else None)
            pred[t] += 1
            info[t] = f"{ev.pattern_id}:{ev.trigger_text}:{ev.event_type.code}"
        found = multiset_prf(list(gold.elements()), list(pred.elements()))
        total = total + found
        by_kind[sent.kind] = by_kind.get(sent.kind, PRF()) + found
        if args.figure:
            continue
        for t in (gold - pred).elements():
            if not pred:
                cause = "miss: nothing coded"
            elif any(p[0] == t[0] and p[2] == t[2] for p in pred):
                cause = "miss: same pair, other root"
            elif any(p[1] == t[1] for p in pred):
                cause = "miss: root right, actor wrong"
            else:
                cause = "miss: other events only"
            causes[cause] += 1
            lines.setdefault(cause, []).append(f"  [{sent.split}] gold {t} pred {dict(info)}\n    {sent.text}")
        for t in (pred - gold).elements():
            cause = "fp: no gold" if not gold else ("fp: no target" if t[2] is None else "fp: against gold")
            causes[cause] += 1
            lines.setdefault(cause, []).append(f"  [{sent.split}] pred {t} {info[t]} gold {list(gold)}\n    {sent.text}")
    print(f"rules on {'written train share' if args.written else '+'.join(splits)}: {len(sentences)} sentences  P {total.precision:.3f} R {total.recall:.3f} "
          f"F1 {total.f1:.3f} (tp {total.tp}, fp {total.fp}, fn {total.fn})")
    for kind, prf in sorted(by_kind.items()):  # headlines parse worst: their own line
        print(f"  {kind}s: P {prf.precision:.3f} R {prf.recall:.3f} F1 {prf.f1:.3f} "
              f"(tp {prf.tp}, fp {prf.fp}, fn {prf.fn})")
    for cause, n in causes.most_common():
        print(f"\n== {cause}: {n}")
        print("\n".join(lines[cause]))


if __name__ == "__main__":
    main()
