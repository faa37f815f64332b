"""The config file: ``geopivot.toml`` lists actor files that every command adds to --actors."""
from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from geopivot.cli import cli
from geopivot.errors import InputError
from geopivot.settings import config_actor_files


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_paths_are_relative_to_the_config_file(tmp_path):
    actors = _write(tmp_path / "conf" / "lists" / "mine.csv", "name,code\nOrla Quist,NORGOV\n")
    config = _write(tmp_path / "conf" / "geopivot.toml", 'actors = ["lists/mine.csv"]\n')
    assert config_actor_files(config) == (actors,)


def test_the_working_directory_config_is_read_when_none_is_named(tmp_path):
    actors = _write(tmp_path / "mine.csv", "name,code\nOrla Quist,NORGOV\n")
    _write(tmp_path / "geopivot.toml", 'actors = ["mine.csv"]\n')
    assert config_actor_files(cwd=tmp_path) == (actors,)
    assert config_actor_files(cwd=tmp_path / "elsewhere") == ()


@pytest.mark.parametrize(("text", "reason"), [
    ("actors = [\n", "not valid TOML"),
    ('actor = ["mine.csv"]\n', "unknown key 'actor'"),
    ("actors = 3\n", "actors must be a list of file names"),
    ('actors = ["missing.csv"]\n', "actors: no such file 'missing.csv'"),
])
def test_a_malformed_config_names_the_file_and_the_reason(tmp_path, text, reason):
    config = _write(tmp_path / "geopivot.toml", text)
    with pytest.raises(InputError, match=reason) as caught:
        config_actor_files(config)
    assert str(caught.value).startswith(f"{config}: ")


def test_config_actors_reach_the_resolver_and_actors_flags_add_to_them(tmp_path, monkeypatch):
    _write(tmp_path / "mine.csv", "name,code\nOrla Quist,NORGOV\n")
    _write(tmp_path / "more.csv", "name,code\nPer Quist,SWEGOV\n")
    _write(tmp_path / "geopivot.toml", 'actors = ["mine.csv"]\n')
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    assert runner.invoke(cli, ["actors", "resolve", "Orla Quist"]).output.startswith("NORGOV")
    result = runner.invoke(cli, ["actors", "resolve", "Per Quist", "--actors", "more.csv"])
    assert result.output.startswith("SWEGOV")


def test_a_bad_config_is_one_line_on_stderr(tmp_path, capsys):
    from geopivot.cli import main

    config = _write(tmp_path / "bad.toml", "actors = [\n")
    corpus = _write(tmp_path / "in.jsonl", '{"id": "a", "text": "Japan protested."}\n')
    with pytest.raises(SystemExit) as caught:
        main(["code", "--config", str(config), str(corpus)])
    assert caught.value.code == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith(f"geopivot: error: {config}: not valid TOML") and "\n" not in err
