"""The short summary `geopivot run` prints when it ends."""
from __future__ import annotations

from rich.console import Console
from rich.table import Table

from geopivot.pipeline.runner import RunSummary
from geopivot.terminal import plain

TOP = 8


def print_run_summary(summary: RunSummary, *, console: Console | None = None) -> None:
    console = console or Console()
    console.print(
        f"[bold]{summary.articles_coded}[/] articles coded ({summary.articles_read} read, "
        f"{summary.already_stored} already stored, {summary.duplicates} duplicates, "
        f"{summary.skipped} skipped) · [bold]{summary.sentences}[/] sentences · "
        f"[bold]{summary.events}[/] events → {plain(summary.db_path)}")
    if summary.articles_coded:
        sources = ", ".join(f"{n} {source}" for source, n in sorted(summary.date_sources.items()))
        console.print(f"dates: {sources} (docs/analysis.md, \"Dates\")")
    if summary.undated:
        console.print(f"[yellow]warning:[/] {summary.undated} articles have no date: their events are "
                      "stored but left out of series, alignment and blocs; give dates with --date or "
                      "--dates FILE.csv (or --date-from-mtime)", highlight=False)
    if summary.historical:
        console.print(f"{summary.historical} events refer to the past (historical): stored, left out of "
                      "exports and analyses unless --include-historical", highlight=False)
    if not summary.events:
        return
    dyads = Table("source", "target", "events", title="top dyads", title_justify="left")
    for (source, target), n in summary.dyads.most_common(TOP):
        dyads.add_row(plain(source), plain(target), str(n))
    kinds = Table("code", "event type", "events", title="top event types", title_justify="left")
    for (code, name), n in summary.event_types.most_common(TOP):
        kinds.add_row(code, name, str(n))
    console.print(dyads)
    console.print(kinds)
