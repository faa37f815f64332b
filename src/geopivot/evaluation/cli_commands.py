"""The `geopivot eval` command (registered by geopivot.cli)."""
from __future__ import annotations

import json
from pathlib import Path

import click

from geopivot.commands.options import CONFIG_OPTION
from geopivot.settings import DEFAULT_MODEL, NlpSettings, Settings, config_actor_files


@click.command("eval")
@click.argument("gold", nargs=-1, required=True,
                type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--json", "json_out", type=click.Path(dir_okay=False, path_type=Path),
              help="Also write the whole summary as JSON to this file.")
@click.option("--actors", "actor_files", multiple=True,
              type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Extra actor file (e.g. PETRARCH's PETR.Validate.actors.txt); repeatable.")
@click.option("--model", default=DEFAULT_MODEL, show_default=True,
              help="spaCy model package or path.")
@click.option("--limit", type=click.IntRange(min=1), help="Only the first N records of each file.")
@click.option("--show-errors", "show_errors", type=click.IntRange(min=0), default=0,
              show_default=True, help="Print N example misses and false positives of each kind.")
@click.option("--event-model/--no-event-model", "event_model", default=True, show_default=True,
              help="Code with the trained event model beside the rules, as geopivot code does "
                   "(docs/event-model.md); --no-event-model measures the rules alone.")
@click.option("--sentence-classes/--no-sentence-classes", "sentence_classes", default=True,
              show_default=True,
              help="In a five-class (ConfliBERT quad) file, give a sentence the coder left without "
                   "an event the class of the event model's sentence head; --no-sentence-classes "
                   "scores the coded events alone.")
@CONFIG_OPTION
def eval_command(gold: tuple[Path, ...], json_out: Path | None, actor_files: tuple[Path, ...],
                 model: str, limit: int | None, show_errors: int, config: Path | None,
                 event_model: bool = True, sentence_classes: bool = True) -> None:
    """Measure coding accuracy on GOLD files: PETRARCH validation XML, ConfliBERT quad TSV,
    ConfliBERT role BIO, or geopivot JSONL gold (format by extension or content; docs/eval.md)."""
    from geopivot.evaluation.report import print_report
    from geopivot.evaluation import run

    settings = Settings(nlp=NlpSettings(model=model, event_model=event_model), quiet=True,
                        actor_files=config_actor_files(config) + tuple(actor_files))
    summary = run.evaluate(list(gold), settings=settings, limit=limit, sentence_classes=sentence_classes)
    print_report(summary, show_errors=show_errors)
    if json_out is not None:
        data = summary.to_dict()
        json_out.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        click.echo(f"summary written to {json_out}", err=True)
