"""Write docs/cli.md from the CLI's own help texts (tests/test_docs.py checks it is current).

    python docs/generate_cli_docs.py [--check]
"""
from __future__ import annotations

import sys
from pathlib import Path

import click

from geopivot.cli import cli

OUT = Path(__file__).resolve().parent / "cli.md"


def _commands(group: click.Group, prefix: list[str]) -> list[tuple[list[str], click.Command]]:
    found: list[tuple[list[str], click.Command]] = [(prefix, group)]
    ctx = click.Context(group, info_name=" ".join(prefix))
    for name in group.list_commands(ctx):
        command = group.get_command(ctx, name)
        if isinstance(command, click.Group):
            found += _commands(command, prefix + [name])
        elif command is not None:
            found.append((prefix + [name], command))
    return found


def render() -> str:
    parts = ["# Command reference", "",
             "Generated from `--help` by `docs/generate_cli_docs.py`; do not edit by hand.", ""]
    for path, command in _commands(cli, ["geopivot"]):
        ctx = click.Context(command, info_name=" ".join(path), terminal_width=100, max_content_width=100,
                            help_option_names=["-h", "--help"])
        parts += [f"## `{' '.join(path)}`", "", "```", command.get_help(ctx), "```", ""]
    return "\n".join(parts)


def main() -> None:
    text = render()
    if "--check" in sys.argv:
        sys.exit(0 if OUT.read_text(encoding="utf-8") == text else "docs/cli.md is out of date")
    OUT.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
