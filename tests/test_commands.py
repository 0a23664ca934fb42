"""The command-line layout: one module per command, one set of source options, usage errors.

Every command that reads a graph takes its source from one mutually exclusive group; two
sources, or a malformed option value, stop with exit 2 and the subcommand's own usage line.
"""

from __future__ import annotations

import argparse
import importlib
import subprocess
import sys
from pathlib import Path

import pytest

from kg.cli import _parser, main
from kg.commands import COMMANDS

TIDY = Path(__file__).parent / "fixtures" / "history" / "tidy" / "votes.csv"


def _leaf_parsers(parser: argparse.ArgumentParser) -> list[argparse.ArgumentParser]:
    """Every parser that runs a handler: the commands and their subcommands."""
    subparsers = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not subparsers:
        return [parser]
    return [leaf for sub in subparsers for child in sub.choices.values()
            for leaf in _leaf_parsers(child)]  # fmt: skip


def test_every_command_module_registers_its_command():
    parser = argparse.ArgumentParser(prog="dkg")
    subparsers = parser.add_subparsers(dest="command")
    for name in COMMANDS:
        before = set(subparsers.choices)
        importlib.import_module(f"kg.commands.{name}").register(subparsers)
        assert set(subparsers.choices) - before == {name.rstrip("_")}


def test_every_option_has_help_text():
    missing = [
        f"{leaf.prog} {action.option_strings or action.dest}"
        for leaf in _leaf_parsers(_parser())
        for action in leaf._actions
        if not action.help and not isinstance(action, argparse._HelpAction)
    ]
    assert missing == []


def _command_paths(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()):
    """Every command and subcommand as the words that name it, with its parent's help text."""
    for sub in (a for a in parser._actions if isinstance(a, argparse._SubParsersAction)):
        helps = {choice.dest: choice.help for choice in sub._choices_actions}
        for name, child in sub.choices.items():
            yield (*path, name), helps.get(name)
            yield from _command_paths(child, (*path, name))


COMMAND_PATHS = sorted(_command_paths(_parser()))


def test_every_command_and_subcommand_has_help_text():
    assert len(COMMAND_PATHS) > 20
    assert [" ".join(path) for path, text in COMMAND_PATHS if not text] == []


@pytest.mark.parametrize("path", [path for path, _ in COMMAND_PATHS], ids=" ".join)
def test_help_works_for_every_command(path, capsys):
    assert main([*path, "--help"]) == 0
    shown = capsys.readouterr().out
    assert shown.startswith(f"usage: dkg {' '.join(path)}")
    assert "options:" in shown


@pytest.mark.parametrize(
    ("arguments", "usage", "options"),
    [
        (["query", "tallies", "--kg", "a.trig", "--store", "st"], "dkg query", ("--kg", "--store")),
        (["query", "tallies", "--store", "st", "--endpoint", "http://x"], "dkg query",
         ("--store", "--endpoint")),
        (["analyze", "agreement", "--kg", "a", "--votes", "v"], "dkg analyze agreement",
         ("--kg", "--votes")),
        (["viz", "alliances", "--store", "s", "--votes", "v"], "dkg viz alliances",
         ("--store", "--votes")),
        (["viz", "map", "--symbol", "X", "--votes", "v", "--kg", "k"], "dkg viz map",
         ("--votes", "--kg")),
        (["plot", "series", "--a", "USA", "--b", "GBR", "--kg", "k", "--votes", "v"],
         "dkg plot series", ("--kg", "--votes")),
        (["serve", "--kg", "k", "--store", "s"], "dkg serve", ("--kg", "--store")),
    ],
)  # fmt: skip
def test_two_sources_are_a_usage_error_naming_both(arguments, usage, options, capsys):
    assert main(arguments) == 2
    error = capsys.readouterr().err
    assert error.startswith(f"usage: {usage} ")
    assert all(option in error.splitlines()[-1] for option in options)


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["analyze", "agreement", "--votes", "v", "--from", "2025-13-01"], "not a date"),
        (["analyze", "shifts", "--before", "2022", "--after", ":"], "is not FROM:TO"),
        (["analyze", "agreement", "--method", "mean"], "invalid choice: 'mean'"),
        (["viz", "alliances", "--years", "2026:2019"], "is not FROM:TO years"),
        (["viz", "ego", "USA", "--split", "spring"], "not a date"),
        (["plot", "movers", "--to", "2025-02-30"], "not a date"),
        (["serve", "--port", "0"], "not a whole number of at least 1"),
        (["serve", "--timeout", "-1"], "not a number above 0"),
        (["import", "csv", "votes.csv"], "invalid choice: 'csv'"),
    ],
)
def test_bad_option_values_exit_2_with_the_subcommands_usage(arguments, message, capsys):
    assert main(arguments) == 2
    error = capsys.readouterr().err
    command = " ".join(word for word in arguments[:2] if not word.startswith("-"))
    assert error.startswith(f"usage: dkg {command.split()[0]}")
    assert message in error.splitlines()[-1]


def test_a_usage_error_found_by_a_handler_prints_the_usage_line(capsys):
    code = main(["analyze", "blocs", "--votes", str(TIDY), "--k", "3", "--threshold", "0.5"])
    # the fixture's row of an unknown state is reported as read, before the options are judged
    error = capsys.readouterr().err.split("\n", 1)[1]
    assert code == 2
    assert error.startswith("usage: dkg analyze blocs")
    assert error.splitlines()[-1] == (
        "dkg analyze blocs: error: give --k or --threshold, not both (fix: drop one)"
    )


def test_a_pair_of_states_is_given_alike_by_analyze_and_plot():
    def pair(*words: str) -> list[tuple[str, ...]]:
        parser = _parser()
        for word in words:
            (sub,) = (a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
            parser = sub.choices[word]
        return [tuple(a.option_strings) for a in parser._actions if a.dest in ("a", "b")]

    expected = [("--a",), ("--b",)]
    assert pair("analyze", "agreement") == pair("analyze", "breaks") == expected
    assert pair("plot", "series") == expected


def test_a_warning_is_one_plain_line(capsys):
    assert main(["analyze", "agreement", "--a", "USA", "--b", "RUS", "--votes", str(TIDY)]) == 0
    error = capsys.readouterr().err
    assert f"dkg: warning: {TIDY}: skipped 1 row(s) as `dkg import` does" in error
    assert "UserWarning" not in error and ".py:" not in error


def test_plot_reads_a_votes_file_like_analyze(tmp_path: Path, capsys):
    stem = tmp_path / "series"
    code = main(["plot", "series", "--a", "USA", "--b", "RUS", "--votes", str(TIDY),
                 "--min-joint", "1", "--out", str(stem)])  # fmt: skip
    assert code == 0, capsys.readouterr().err
    assert stem.with_suffix(".png").stat().st_size > 0


def test_version_is_the_distributions():
    from importlib.metadata import version

    result = subprocess.run(
        [sys.executable, "-m", "kg.cli", "--version"], capture_output=True, text=True, check=True
    )
    assert result.stdout == f"dkg {version('diplomatic-kg')}\n"


def test_push_takes_its_target_apart_from_the_graph_source(tmp_path, capsys):
    """The Graph Store URL is no second graph source (it was read as --endpoint: exit 2)."""
    missing = tmp_path / "missing.trig"
    assert main(["push", "http://127.0.0.1:9/gsp", "--kg", str(missing)]) == 3
    assert "no knowledge graph at" in capsys.readouterr().err
