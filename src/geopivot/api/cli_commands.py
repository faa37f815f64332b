"""`geopivot serve` (registered by geopivot.cli)."""
from __future__ import annotations

from pathlib import Path

import click

from geopivot.commands.options import DB_OPTION


@click.command("serve")
@DB_OPTION
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on (localhost by default: the dashboard has no login).")
@click.option("--port", type=click.IntRange(1, 65535), default=8765, show_default=True)
def serve_command(db_path: Path, host: str, port: int) -> None:
    """Open a local dashboard and JSON API over the store (read-only): overview, dyads,
    alignment, blocs and an events table with the evidence sentence of every event."""
    from geopivot.api.serve import serve

    serve(db_path, host=host, port=port, announce=lambda line: click.echo(line, err=True))
