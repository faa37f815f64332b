"""Docs are tested: the CLI reference is generated and current; the README's commands are real."""
from __future__ import annotations

import importlib.util
import re

from conftest import REPO


def _generator():
    spec = importlib.util.spec_from_file_location("generate_cli_docs", REPO / "docs" / "generate_cli_docs.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_cli_reference_is_current():
    assert (REPO / "docs" / "cli.md").read_text(encoding="utf-8") == _generator().render(), \
        "run: python docs/generate_cli_docs.py"


def test_readme_quickstart_is_make_targets():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    block = readme.split("## Quickstart", 1)[1].split("```", 2)[1]
    commands = [line.split("#")[0].strip() for line in block.strip().splitlines()]
    assert commands[:2] == ["make demo", "make test"]
    assert commands[2:] in ([], ["make serve"])


def test_ci_runs_the_readme_test_command():
    assert re.search(r"^make test$", (REPO / ".ci" / "run").read_text(), re.M)


def test_readme_commands_exist_in_the_cli():
    from geopivot.cli import cli

    readme = (REPO / "README.md").read_text(encoding="utf-8")
    used = set(re.findall(r"^geopivot (\w+)", readme, re.M))
    assert used and used <= set(cli.commands)
