"""The command line: each command parses options, calls one library function, formats.

Errors are translated here, once: a user's mistake is one line on stderr naming the file and
the reason, never a traceback. Exit status: 0 all good; 1 error; 2 usage; 3 finished but some
inputs were skipped.
"""
from __future__ import annotations

import datetime as dt
import json
import logging
import os
import sys
from pathlib import Path

from typing import TYPE_CHECKING

import click

from geopivot import __version__
from geopivot.analysis.cli_commands import COUNT_CHOICES
from geopivot.commands.options import CONFIG_OPTION as _CONFIG
from geopivot.commands.options import EXIT_SKIPPED
from geopivot.commands.options import DATE_POLICY_OPTIONS as _DATE_POLICY
from geopivot.commands.options import DB_OPTION as _DB
from geopivot.commands.options import date_policy as _date_policy
from geopivot.commands.options import parse_codes as _codes
from geopivot.commands.options import parse_date as _parse_date
from geopivot.commands.options import require_countries
from geopivot.errors import GeopivotError
from geopivot.settings import DEFAULT_MODEL, IngestSettings, NlpSettings, Settings, config_actor_files

if TYPE_CHECKING:
    from geopivot.ingest.dating import DatePolicy

_MODEL = click.option("--model", default=DEFAULT_MODEL, show_default=True,
                      help="spaCy model package or path.")
_ACTORS = click.option("--actors", "actor_files", multiple=True,
                       type=click.Path(exists=True, dir_okay=False, path_type=Path),
                       help="Extra actor file (YAML, CSV or PETRARCH dictionary); repeatable.")
_EVENT_MODEL = click.option("--event-model/--no-event-model", "event_model", default=True, show_default=True,
                            help="Run the trained event model beside the rules (docs/event-model.md).")
_MIN_CONFIDENCE = click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.0,
                               show_default=True, help="Drop events the event model scores below this.")


def _settings(*, db_path: Path = Path("geopivot.duckdb"), model: str = DEFAULT_MODEL,
              actor_files: tuple[Path, ...] = (), quiet: bool = False, batch_size: int = 256,
              fast_path: bool = True, processes: int = 1, config: Path | None = None,
              date_policy: DatePolicy | None = None, event_model: bool = True,
              min_confidence: float = 0.0) -> Settings:
    # The config file's actor files come first, so that --actors files override them.
    return Settings(db_path=db_path,
                    nlp=NlpSettings(model=model, batch_size=batch_size, fast_path=fast_path,
                                    n_process=processes, event_model=event_model,
                                    min_confidence=min_confidence),
                    ingest=IngestSettings(date_policy=date_policy), quiet=quiet,
                    actor_files=config_actor_files(config) + tuple(actor_files))


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="geopivot")
def cli() -> None:
    """geopivot: news articles in, coded political events and the relations among states out."""


@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@_DB
@_MODEL
@_ACTORS
@click.option("--batch-size", default=256, show_default=True, help="Sentences per nlp.pipe batch.")
@click.option("--fast-path/--no-fast-path", default=True, show_default=True,
              help="Parse only sentences that could yield an event (same events, faster).")
@click.option("-j", "--processes", type=click.IntRange(min=1), default=1, show_default=True, metavar="N",
              help="Code on N local processes, one model each (2 on 2 cores: ~1.7x on large corpora).")
@click.option("--workers", type=click.IntRange(min=1), metavar="N",
              help="Code on a local Dask cluster of N worker processes.")
@click.option("--scheduler", metavar="ADDRESS",
              help="Code on the Dask cluster at ADDRESS (tcp://host:8786); see the README.")
@click.option("--out-parquet", type=click.Path(file_okay=False, path_type=Path), metavar="DIR",
              help="Write a Parquet dataset to DIR (articles/, sentences/, events/year=*/) "
                   "instead of the database.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar and no summary.")
@_EVENT_MODEL
@_MIN_CONFIDENCE
@_CONFIG
@_DATE_POLICY
def run(inputs: tuple[str, ...], db_path: Path, model: str, actor_files: tuple[Path, ...],
        batch_size: int, fast_path: bool, processes: int, workers: int | None, scheduler: str | None,
        out_parquet: Path | None, quiet: bool, event_model: bool = True, min_confidence: float = 0.0,
        config: Path | None = None, date: dt.date | None = None,
        dates_file: Path | None = None, date_from_mtime: bool = False) -> None:
    """Code articles in INPUTS (files, folders, globs, or - for stdin) into the database.

    Re-running skips what is stored, so an interrupted run resumes where it stopped."""
    from contextlib import ExitStack

    from geopivot.report.summary import print_run_summary
    from geopivot.pipeline.runner import run_corpus

    if sum(bool(x) for x in (processes > 1, workers, scheduler)) > 1:
        raise click.UsageError("give one of --processes, --workers or --scheduler")
    settings = _settings(db_path=db_path, model=model, actor_files=actor_files, quiet=quiet,
                         batch_size=batch_size, fast_path=fast_path, processes=processes,
                         config=config, date_policy=_date_policy(date, dates_file, date_from_mtime),
                         event_model=event_model, min_confidence=min_confidence)
    with ExitStack() as stack:
        sink = backend = None
        if out_parquet is not None:
            from geopivot.store.parquet import ParquetSink

            sink = stack.enter_context(ParquetSink.open(out_parquet))
        if workers or scheduler:
            from geopivot.pipeline.distributed import DaskBackend

            # Not the cluster's chatter: its warnings on a shutdown after Ctrl-C ("still alive after
            # 4.0 seconds, killing") are expected; errors still show.
            logging.getLogger("distributed").setLevel(logging.ERROR)
            # The same for local worker processes, which read their logging level at start.
            os.environ.setdefault("DASK_LOGGING__DISTRIBUTED", "error")
            backend = stack.enter_context(DaskBackend(settings, address=scheduler, workers=workers))
        summary = _with_progress(lambda progress: run_corpus(
            list(inputs), settings=settings, stdin=sys.stdin, progress=progress, backend=backend,
            sink=sink), quiet)
    _echo_problems(summary.problems)
    if not quiet:
        print_run_summary(summary)
    if summary.problems:
        sys.exit(EXIT_SKIPPED)


@cli.command()
@_DB
@_MODEL
@click.option("-q", "--quiet", is_flag=True, help="No progress bar and no summary.")
@click.option("-o", "--report", "report_path", type=click.Path(dir_okay=False, path_type=Path),
              default=Path("geopivot-demo-report.html"), show_default=True, help="Where the report goes.")
@_CONFIG
def demo(db_path: Path, model: str, quiet: bool, report_path: Path, config: Path | None) -> None:
    """Code the bundled sample corpus (Northeast Asia, 2016-2019) into the database, then write
    the report on South Korea between the United States and China/Russia."""
    from geopivot.datafiles import packaged
    from geopivot.report.cli_commands import report_command

    ctx = click.get_current_context()
    ctx.invoke(run, inputs=(str(packaged("sample_corpus")),), db_path=db_path, model=model,
               actor_files=(), batch_size=256, fast_path=True, processes=1, workers=None,
               scheduler=None, out_parquet=None, quiet=quiet, config=config)
    ctx.invoke(report_command, focus="KOR", pole_a="USA", pole_b="CHN,RUS", freq="quarter",
               network_year=None, k=2, output=report_path, db_path=db_path, since=None, until=None,
               producer=None)


@cli.command()
@_DB
@click.option("--since", callback=_parse_date, help="First date (YYYY-MM-DD).")
@click.option("--until", callback=_parse_date, help="Last date (YYYY-MM-DD).")
@click.option("--country", callback=_codes, help="Country on either side (ISO3, comma list).")
@click.option("--source", callback=_codes, help="Source country (comma list).")
@click.option("--target", callback=_codes, help="Target country (comma list).")
@click.option("--dyad", callback=_codes, help="Two countries, both directions: KOR,CHN.")
@click.option("--code", callback=_codes, help="CAMEO code prefixes (comma list): 04,0311.")
@click.option("--root", callback=_codes, help="CAMEO roots (comma list): 14,19.")
@click.option("--quad-class", "quad_class", multiple=True, type=click.IntRange(1, 4),
              help="QuadClass 1-4; repeatable.")
@click.option("--producer", callback=_codes, help="geopivot, gdelt, icews, polecat (comma list).")
@click.option("--include-historical", "--historical", "historical", is_flag=True,
              help="Include references to the past (left out by default; --historical is the old name).")
@click.option("--count", type=click.Choice(COUNT_CHOICES), default="all",
              show_default=True, help="Counting policy (docs/analysis.md): every stored event, or a "
                                      "(source, target, code) triple once per sentence, article or day.")
@click.option("--min-confidence", type=click.FloatRange(0, 1),
              help="Leave out events the event model scored below this (unscored events stay).")
@click.option("--format", "fmt", type=click.Choice(["csv", "jsonl", "json", "parquet"]), default="csv",
              show_default=True, help="json is an alias of jsonl (JSON Lines), kept for one release.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write here instead of stdout (the same bytes).")
def events(db_path: Path, since: dt.date | None, until: dt.date | None, country: tuple[str, ...],
           source: tuple[str, ...], target: tuple[str, ...], dyad: tuple[str, ...],
           code: tuple[str, ...], root: tuple[str, ...], quad_class: tuple[int, ...],
           producer: tuple[str, ...], historical: bool, count: str, fmt: str, output: Path | None,
           min_confidence: float | None = None) -> None:
    """Export coded events with filters as CSV, JSON Lines or Parquet, each with its article's
    date_source and date_confidence; says on stderr how many were left out and why."""
    from geopivot.store import EventFilter, Store
    from geopivot.store.counting import tally

    if dyad and len(dyad) != 2:
        raise click.BadParameter("give exactly two countries, e.g. KOR,CHN", param_hint="--dyad")
    if fmt == "json":
        click.echo("geopivot: --format json writes JSON Lines; use --format jsonl (json goes in the "
                   "next release)", err=True)
        fmt = "jsonl"
    if fmt == "parquet" and output is None and sys.stdout.isatty():
        raise click.BadParameter("parquet is binary: give a file or redirect stdout", param_hint="--output")
    flt = EventFilter(since=since, until=until, country=country, source=source, target=target,
                      dyad=(dyad[0], dyad[1]) if dyad else None, code=code, root=root,
                      quad_class=quad_class, producer=tuple(p.lower() for p in producer),
                      include_historical=historical, count=count, min_confidence=min_confidence)
    with Store.open(db_path, read_only=True) as store:
        for hint, codes in (("--country", country), ("--source", source), ("--target", target), ("--dyad", dyad)):
            require_countries(store, codes, param_hint=hint)
        written = store.export_events(output if output is not None else sys.stdout.buffer, fmt=fmt, flt=flt)
        counted = tally(store.con, flt, default="all", dated_only=False)
    where = f" to {output}" if output is not None else ""
    click.echo(f"geopivot: {written} events written{where}; {counted.describe(dated_only=False)}", err=True)


@cli.command()
@click.argument("input_file", metavar="INPUT.jsonl")
@_MODEL
@_ACTORS
@_EVENT_MODEL
@_MIN_CONFIDENCE
@_CONFIG
@_DATE_POLICY
def code(input_file: str, model: str, actor_files: tuple[Path, ...], config: Path | None,
         event_model: bool = True, min_confidence: float = 0.0, date: dt.date | None = None,
         dates_file: Path | None = None, date_from_mtime: bool = False) -> None:
    """Code a JSONL file of {"id","text","date"} lines; write events as JSONL to stdout."""
    from geopivot.pipeline.coding import code_file
    from geopivot.terminal import printable

    settings = _settings(model=model, actor_files=actor_files, config=config, event_model=event_model,
                         min_confidence=min_confidence, date_policy=_date_policy(date, dates_file, date_from_mtime))
    problems = 0
    for item in code_file(input_file, settings=settings, stdin=sys.stdin):
        if isinstance(item, dict):
            click.echo(json.dumps(item, ensure_ascii=False))
        else:
            problems += 1
            click.echo(f"geopivot: skipped {printable(str(item))}", err=True)
    if problems:
        sys.exit(EXIT_SKIPPED)


@cli.group()
def actors() -> None:
    """Look up the actor knowledge base."""


@actors.command("resolve")
@click.argument("mention")
@click.option("--date", "day", callback=_parse_date, help="Date of the text (YYYY-MM-DD).")
@click.option("--context", help="Text the mention occurs in (its last sentence holds the mention).")
@_ACTORS
def actors_resolve(mention: str, day: dt.date | None, context: str | None,
                   actor_files: tuple[Path, ...]) -> None:
    """Resolve MENTION to CAMEO actor codes at a date."""
    from geopivot.pipeline.engine import Engine

    engine = Engine.load(_settings(actor_files=actor_files))
    found = engine.resolve_mention(context or mention, mention, date=day)
    if not found:
        click.echo(f"{mention}: no actor", err=True)
        sys.exit(1)
    for item in found:
        actor = item.actor
        click.echo(f"{actor.code}\t{actor.name}\tcountry={actor.country or '-'}\t"
                   f"sector={actor.sector or '-'}\t{actor.actor_type}")


@actors.command("search")
@click.argument("query")
@click.option("--limit", default=30, show_default=True)
@_ACTORS
def actors_search(query: str, limit: int, actor_files: tuple[Path, ...]) -> None:
    """List knowledge-base names containing QUERY, with codes and dates."""
    from geopivot.actors.kb import load_kb

    for entry in load_kb(config_actor_files() + tuple(actor_files)).search(query, limit=limit):
        dates = f"{entry.start or ''}..{entry.end or ''}" if entry.start or entry.end else ""
        click.echo(f"{entry.surface}\t{entry.actor().code}\t{entry.kind}\t{entry.name}\t"
                   f"{entry.role or ''}\t{dates}".rstrip())


def _register_commands() -> None:
    # Commands that live beside their library (one concern per module) join the group here.
    from geopivot.analysis.cli_commands import align_command, blocs_command, series_command
    from geopivot.commands.imports import import_command
    from geopivot.evaluation.cli_commands import eval_command
    from geopivot.api.cli_commands import serve_command
    from geopivot.report.cli_commands import report_command

    for command in (eval_command, import_command, series_command, align_command, blocs_command,
                    report_command, serve_command):
        cli.add_command(command)


_register_commands()


SHOWN_PER_FILE = 20


def _echo_problems(problems) -> None:  # type: ignore[no-untyped-def]
    """One line per skipped input; past SHOWN_PER_FILE in one file, one line counting the rest
    (the store's problems table keeps them all)."""
    from collections import Counter

    from geopivot.terminal import printable

    shown: Counter[str] = Counter()
    for problem in problems:
        shown[problem.path] += 1
        if shown[problem.path] <= SHOWN_PER_FILE:
            click.echo(f"geopivot: skipped {printable(str(problem))}", err=True)
    for path, n in shown.items():
        if n > SHOWN_PER_FILE:
            click.echo(f"geopivot: skipped {n - SHOWN_PER_FILE:,} more records of {printable(path)} "
                       "(all are listed in the run's problems)", err=True)


def _with_progress(work, quiet: bool):  # type: ignore[no-untyped-def]
    if quiet or not sys.stderr.isatty():
        return work(None)
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    columns = (SpinnerColumn(), TextColumn("{task.completed} articles"), TimeElapsedColumn())
    with Progress(*columns, transient=True) as bar:
        task = bar.add_task("coding", total=None)
        return work(lambda n: bar.advance(task, n))


def main(argv: list[str] | None = None) -> None:
    """Console entry point: run the CLI and translate errors into one line each."""
    logging.basicConfig(level=logging.WARNING, format="geopivot: %(levelname)s: %(message)s")
    try:
        cli.main(args=argv, prog_name="geopivot", standalone_mode=False)
        sys.stdout.flush()  # a full or closed stdout fails here, not at exit
    except click.ClickException as e:
        e.show()
        sys.exit(e.exit_code)
    except click.exceptions.Abort as e:
        # click turns Ctrl-C into Abort: the shell convention for it is 128 + SIGINT.
        interrupted = isinstance(e.__context__, KeyboardInterrupt)
        click.echo("geopivot: interrupted" if interrupted else "geopivot: aborted", err=True)
        sys.exit(130 if interrupted else 1)
    except click.exceptions.Exit as e:
        sys.exit(e.exit_code)
    except GeopivotError as e:
        _fail(f"error: {e}")
    except KeyboardInterrupt:
        click.echo("geopivot: interrupted", err=True)
        sys.exit(130)
    except BrokenPipeError:
        _quiet_stdout()
        sys.exit(0)
    except OSError as e:  # writing the output: a full disk, /dev/full, a closed terminal
        _quiet_stdout()
        where = f"{e.filename}: " if e.filename else ""
        _fail(f"error: {where}{(e.strerror or str(e)).lower()}")
    except Exception as e:  # noqa: BLE001 - the last line of defence: one line, not a traceback
        if os.environ.get("GEOPIVOT_TRACEBACK"):
            raise
        if isinstance(e, RuntimeError) and str(e) == "Query interrupted":
            # DuckDB catches Ctrl-C during a query itself and raises this instead.
            click.echo("geopivot: interrupted", err=True)
            sys.exit(130)
        if type(e).__module__.split(".")[0].lstrip("_") == "duckdb":
            # Raised by a query, not at open: a damaged file shows itself when a block is read.
            message = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
            damaged = "Could not read enough bytes" in message or "Corrupt" in message
            _fail("error: database file is truncated or damaged (" + message + ")" if damaged
                  else f"error: database: {message}")
        _fail(f"internal error ({type(e).__name__}): {e} (set GEOPIVOT_TRACEBACK=1 to see where)")


def _fail(message: str) -> None:
    from geopivot.terminal import printable

    click.echo(f"geopivot: {printable(message, limit=1000)}", err=True)
    sys.exit(1)


def _quiet_stdout() -> None:
    # Python flushes stdout again at exit and would print a second error: point it at devnull.
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


if __name__ == "__main__":
    main()
