"""The rule coder's figures in one run: PETRARCH2 unit tests (with their actor file), the
ConfliBERT dev quad and roles files, geopivot's own gold set, and events per 1,000 sentences
on a seeded sample of the BBC corpus.

    PYTHONPATH=src python benchmarks/rules_eval.py [--patterns triggers,cameo_verbs] [--bbc 200]

``--patterns`` names the trigger tables to load (packaged names or paths; default: the
settings' default), so one command compares own rows only, dictionary rows only and both.
Data under ../shared is read, never copied; a missing file is skipped with a note.
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

from geopivot.evaluation import evaluate
from geopivot.models import Article
from geopivot.settings import NlpSettings, Settings

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
if not SHARED.is_dir():
    SHARED = Path("/work/shared")
DEV = SHARED / "eval" / "dev"
PETRARCH = DEV / "petrarch2_unit_tests"
BBC = SHARED / "corpora" / "bbc_2004_2005" / "news"
GOLD = REPO / "tests" / "gold" / "events_gold.jsonl"


def _settings(tables: tuple[str, ...] | None, actor_files: tuple[Path, ...] = ()) -> Settings:
    extra = {"pattern_tables": tables} if tables else {}
    # The rules alone: these tables measure the pattern sources (benchmarks/event_eval.py
    # measures the event model beside them).
    return Settings(nlp=NlpSettings(event_model=False), quiet=True, actor_files=actor_files, **extra)


def _fmt(x: float | None) -> str:
    return "n/a" if x is None else f"{x:.3f}"


def gold_figures(tables: tuple[str, ...] | None) -> None:
    if (PETRARCH / "PETR.UnitTest.records.xml").is_file():
        s = evaluate([PETRARCH / "PETR.UnitTest.records.xml"],
                     settings=_settings(tables, (PETRARCH / "PETR.Validate.actors.txt",)))
        r = s.files[0].result
        print(f"petrarch2 unit tests: sentences {r.sentences}, gold codings {r.gold_codings}; "
              f"exact reproduced {r.exact.tp} (P {_fmt(r.exact.precision)} R {_fmt(r.exact.recall)}); "
              f"root-level reproduced {r.root.tp} (P {_fmt(r.root.precision)} R {_fmt(r.root.recall)}); "
              f"sentences all correct {r.sentences_all_correct}")
    else:
        print("petrarch2 unit tests: absent, skipped")
    files = [p for p in (DEV / "conflibert_quad_train.tsv", DEV / "conflibert_roles_train.bio")
             if p.is_file()]
    summary = evaluate([*files, GOLD], settings=_settings(tables))
    for f in summary.files:
        r = f.result
        if f.format == "quad":
            print(f"conflibert quad (dev): macro-F1 all {_fmt(r.macro_f1_all)}, "
                  f"covered {_fmt(r.macro_f1_covered)}, coverage {_fmt(r.coverage)}, "
                  f"accuracy covered {_fmt(r.accuracy_covered)}")
        elif f.format == "roles":
            print(f"conflibert roles (dev): coverage {_fmt(r.coverage)}, source span F1 "
                  f"{_fmt(r.source.all_sentences.f1)}, target span F1 {_fmt(r.target.all_sentences.f1)}")
        else:
            t = r.triples["root"]
            print(f"own gold: root acc covered {_fmt(r.root.accuracy_covered)}, all "
                  f"{_fmt(r.root.accuracy_all)}, coverage {_fmt(r.coverage)}, root triple P "
                  f"{_fmt(t.precision)} R {_fmt(t.recall)} F1 {_fmt(t.f1)}, negatives clean "
                  f"{_fmt(1 - (r.negatives_by_tag['all']['false_positive_rate'] or 0.0))}")


def bbc_figures(tables: tuple[str, ...] | None, n_articles: int, seed: int) -> None:
    if not BBC.is_dir():
        print("bbc: absent, skipped")
        return
    from geopivot.pipeline.engine import Engine

    paths = sorted(p for p in BBC.glob("*/*.txt"))
    random.Random(seed).shuffle(paths)
    articles = [Article(id=str(p.relative_to(BBC)), text=p.read_text(encoding="utf-8", errors="replace"),
                        date=None, date_source="none", content_hash=str(i))
                for i, p in enumerate(paths[:n_articles])]
    engine = Engine.load(_settings(tables))
    coded = engine.code_articles(articles)
    sentences = sum(len(c.sentences) for c in coded)
    events = sum(len(c.events) for c in coded)
    with_event = sum(len({e.sentence_index for e in c.events}) for c in coded)
    print(f"bbc sample ({n_articles} articles, seed {seed}): {sentences} sentences, {events} events "
          f"= {1000 * events / max(sentences, 1):.1f} per 1,000 sentences; sentences with an event "
          f"{1000 * with_event / max(sentences, 1):.1f} per 1,000")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--patterns", help="comma-separated trigger tables (default: settings)")
    ap.add_argument("--bbc", type=int, default=200, help="BBC articles in the sample (0: none)")
    ap.add_argument("--seed", type=int, default=11)
    args = ap.parse_args(argv)
    tables = tuple(args.patterns.split(",")) if args.patterns else None
    started = time.perf_counter()
    print(f"pattern tables: {', '.join(tables) if tables else 'default'}")
    gold_figures(tables)
    if args.bbc:
        bbc_figures(tables, args.bbc, args.seed)
    print(f"({time.perf_counter() - started:.0f} s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
