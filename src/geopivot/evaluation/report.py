"""The text report of `geopivot eval`: one section of rich tables per gold file."""
from __future__ import annotations

from collections.abc import Sequence

from rich.console import Console
from rich.table import Table
from rich.text import Text

from geopivot.evaluation.metrics import PRF, Confusion
from geopivot.evaluation.results import ErrorExample, EvalSummary, FileSummary
from geopivot.evaluation.score_events import EventsResult
from geopivot.evaluation.score_petrarch import PetrarchResult
from geopivot.evaluation.score_quad import QuadResult
from geopivot.evaluation.score_roles import RolesResult

TITLES = {"petrarch": "PETRARCH validation records", "quad": "ConfliBERT five classes",
          "roles": "ConfliBERT source/target spans", "events": "geopivot event gold"}


def pct(value: float | None) -> str:
    return "—" if value is None else f"{100 * value:.1f}%"


def print_report(summary: EvalSummary, *, console: Console | None = None,
                 show_errors: int = 0) -> None:
    console = console or Console()
    actors = ", ".join(str(p) for p in summary.actor_files) or "built-in knowledge base"
    console.print(f"[bold]geopivot eval[/] · model {summary.model} · actors: {actors}"
                  + (f" · first {summary.limit} records per file" if summary.limit else ""))
    for entry in summary.files:
        console.rule(f"{TITLES[entry.format]} · {entry.path.name}")
        console.print(f"{entry.items} records · {entry.events_predicted} events predicted · "
                      f"{entry.seconds:.1f} s")
        result = entry.result
        if isinstance(result, PetrarchResult):
            _petrarch(console, result)
        elif isinstance(result, QuadResult):
            _quad(console, result)
        elif isinstance(result, RolesResult):
            _roles(console, result)
        elif isinstance(result, EventsResult):
            _events(console, result)
        if show_errors:
            _errors(console, entry, show_errors)


def _prf_table(title: str, rows: Sequence[tuple[str, PRF]], first: str = "") -> Table:
    table = Table(first, "gold", "predicted", "matched", "precision", "recall", "F1",
                  title=title, title_justify="left")
    for name, prf in rows:
        table.add_row(name, str(prf.tp + prf.fn), str(prf.tp + prf.fp), str(prf.tp),
                      pct(prf.precision), pct(prf.recall), pct(prf.f1))
    return table


def _confusion_table(title: str, matrix: Confusion, names: dict[str, str] | None = None) -> Table:
    names = names or {}
    table = Table("gold \\ predicted", *[names.get(c, c) for c in matrix.columns],
                  title=title, title_justify="left")
    for row, counts in zip(matrix.rows, matrix.counts):
        table.add_row(names.get(row, row), *[str(n) if n else "·" for n in counts])
    return table


def _petrarch(console: Console, r: PetrarchResult) -> None:
    skipped = ", ".join(f"{n} {why}" for why, n in r.skipped.items()) or "none"
    console.print(f"{r.sentences} sentences evaluated ({r.negatives} with no events); "
                  f"skipped: {skipped}; {r.dropped_codings} quoted-text codings left out")
    console.print(f"gold codings reproduced exactly: [bold]{pct(r.exact.recall)}[/] "
                  f"({r.exact.tp}/{r.gold_codings}); at root level: [bold]{pct(r.root.recall)}[/]"
                  f" · sentences coded exactly right: {pct(r.share_all_correct)} "
                  f"({r.sentences_all_correct}/{r.sentences}; with codings "
                  f"{r.positives_all_correct}/{r.sentences - r.negatives}) · no-event sentences "
                  f"given an event: {r.negatives_with_events}/{r.negatives}")
    console.print(f"gold source/target codes among the sentence's predicted actor codes: "
                  f"[bold]{pct(r.actor_code_share)}[/] "
                  f"({r.actor_codes_reproduced}/{r.actor_codes_gold})")
    console.print(_prf_table("codings", [("exact (source, target, code)", r.exact),
                                         ("root (source, target, root)", r.root),
                                         ("root + countries", r.root_countries)]))
    table = Table("category", "gold codings", "reproduced", "recall", title="exact recall by category",
                  title_justify="left")
    for name, row in r.recall_by_category.items():
        table.add_row(name, str(row["gold"]), str(row["reproduced"]), pct(row["recall"]))  # type: ignore[arg-type]
    console.print(table)


def _quad(console: Console, r: QuadResult) -> None:
    how = (f"{r.covered - r.by_sentence_class} by events, {r.by_sentence_class} by the sentence classifier"
           if r.by_sentence_class else "sentences with an event")
    console.print(f"coverage {pct(r.coverage)} ({r.covered}/{r.sentences}: {how})")
    table = Table("", "accuracy", "macro-F1")
    table.add_row("covered sentences", pct(r.accuracy_covered), pct(r.macro_f1_covered))
    table.add_row("all sentences (none = wrong)", pct(r.accuracy_all), pct(r.macro_f1_all))
    console.print(table)
    console.print(_prf_table("per class (all sentences)", list(r.per_class.items()), "class"))
    names = {str(i): name for i, name in enumerate(("0 stmt", "1 vcoop", "2 mcoop", "3 vconf",
                                                    "4 mconf"))}
    console.print(_confusion_table("confusion", r.confusion, names))


def _roles(console: Console, r: RolesResult) -> None:
    console.print(f"coverage {pct(r.coverage)} ({r.covered}/{r.sentences} sentences with an event)"
                  + (f"; {r.unplaced_events} events not placed" if r.unplaced_events else ""))
    rows = []
    for name, scores in (("source", r.source), ("target", r.target)):
        rows += [(f"{name}, all sentences", scores.all_sentences),
                 (f"{name}, covered sentences", scores.covered_sentences)]
    console.print(_prf_table("token overlap", rows, "role"))
    console.print(f"span hit rate (covered sentences with a gold span that a predicted span "
                  f"overlaps): source {pct(r.source.hit_rate)}, target {pct(r.target.hit_rate)}; "
                  f"tokens given the other role: source {r.source.crossed_tokens}, "
                  f"target {r.target.crossed_tokens}")


def _events(console: Console, r: EventsResult) -> None:
    console.print(f"{r.sentences} sentences: {r.positives} with events, {r.negatives} without · "
                  f"coverage {pct(r.coverage)} ({r.covered}/{r.positives})")
    table = Table("sentence label", "accuracy (covered)", "macro-F1 (covered)", "accuracy (all)",
                  "macro-F1 (all)", title="sentence level, positives", title_justify="left")
    for name, scores in (("CAMEO root", r.root), ("QuadClass", r.quad_class)):
        table.add_row(name, pct(scores.accuracy_covered), pct(scores.macro_f1_covered),
                      pct(scores.accuracy_all), pct(scores.macro_f1_all))
    console.print(table)
    console.print("actors of the main event (covered positives): " + ", ".join(
        f"{name.replace('_', ' ')} {pct(value)}" for name, value in r.actors.items()))
    console.print(_prf_table("triples", [
        ("exact code + actor codes", r.triples["exact"]), ("root + countries", r.triples["root"]),
        ("QuadClass + countries", r.triples["quad"])], "level"))
    console.print(f"historical flag agrees on {pct(r.historical_agreement)} of exact matches")
    console.print(_prf_table("root-level triples by root", list(r.per_root.items()), "root"))
    neg = Table("tag", "sentences", "with events", "false-positive rate",
                title="negatives by tag", title_justify="left")
    for tag, row in r.negatives_by_tag.items():
        neg.add_row(tag, str(row["sentences"]), str(row["with_events"]),
                    pct(row["false_positive_rate"]))  # type: ignore[arg-type]
    console.print(neg)
    if r.positives_by_tag:
        pos = Table("tag", "sentences", "gold events", "recall", "precision",
                    title="positives by tag (root-level triples)", title_justify="left")
        for tag, row in r.positives_by_tag.items():
            pos.add_row(tag, str(row["sentences"]), str(row["gold_events"]),
                        pct(row["recall"]), pct(row["precision"]))  # type: ignore[arg-type]
        console.print(pos)
    console.print(_confusion_table("root confusion (sentence level; none = no event)",
                                   r.root_confusion))


def _errors(console: Console, entry: FileSummary, limit: int) -> None:
    by_kind: dict[str, list[ErrorExample]] = {}
    for error in entry.errors:
        by_kind.setdefault(error.kind, []).append(error)
    for kind, errors in by_kind.items():
        console.print(f"[bold]{kind}[/]: {len(errors)} (showing {min(limit, len(errors))})")
        for error in errors[:limit]:
            console.print(Text.assemble(("  " + f"{entry.path.name}:{error.line} ", "dim"),
                                        f"{error.item_id}: {error.text}"), highlight=False)
            console.print(f"    expected: {error.expected}\n    predicted: {error.predicted}",
                          highlight=False, markup=False)
