"""The `geopivot import` command (registered by geopivot.cli)."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from geopivot.commands.options import DB_OPTION, EXIT_SKIPPED

# Kept in step with geopivot.store.imports.PRODUCERS; importing that here would load DuckDB
# for every CLI start.
_PRODUCERS = ("gdelt", "icews", "polecat")


@click.command("import")
@click.argument("producer", type=click.Choice(_PRODUCERS))
@click.argument("files", nargs=-1, required=True,
                type=click.Path(exists=True, dir_okay=False, path_type=Path))
@DB_OPTION
@click.option("-q", "--quiet", is_flag=True, help="No per-file summary lines.")
def import_command(producer: str, files: tuple[Path, ...], db_path: Path, quiet: bool) -> None:
    """Import PRODUCER's event FILES (GDELT 1.0/2.0, ICEWS .tab, POLECAT .txt; plain, .gz or .zip).

    Each producer's own codes, Goldstein values and quad classes are kept (docs/imports.md).
    Importing a file again adds nothing; bad rows are skipped and listed as file:line."""
    from geopivot.store import Store
    from geopivot.store.imports import FileImport, import_events
    from geopivot.terminal import printable

    def report(done: FileImport) -> None:
        for problem in done.problems:
            click.echo(printable(str(problem)), err=True)  # file:line: reason, as editors link it
        if not quiet:
            click.echo(done.summary())

    with Store.open(db_path) as store:
        result = import_events(store, files, producer=producer, on_file=report)
    if not quiet and len(result.files) > 1:
        click.echo(f"{producer}: {len(result.files)} files, {result.rows_read} read = "
                   f"{result.rows_imported} imported + {result.rows_skipped_duplicate} duplicate + "
                   f"{len(result.problems)} rejected")
    if result.problems:
        sys.exit(EXIT_SKIPPED)
