"""What the commands share: the graph-source options, value types and handler wiring.

Every command that reads a graph or votes takes its source from :func:`source_options`, a
parent parser with one mutually exclusive group, and turns the parsed options into a
:class:`kg.graph.Source` with :func:`source_of`; :func:`kg.graph.choose_source` is the one
rule. Two sources are a usage error that names both options:

>>> import argparse, contextlib, io
>>> parser = argparse.ArgumentParser(prog="dkg query", parents=[source_options("kg", "store")])
>>> source_of(parser.parse_args([]))
Source(kind='kg', location=PosixPath('out/kg.trig'))
>>> source_of(parser.parse_args(["--store", "history"]))
Source(kind='store', location=PosixPath('history'))
>>> with contextlib.redirect_stderr(io.StringIO()) as err, contextlib.suppress(SystemExit):
...     parser.parse_args(["--kg", "a.trig", "--store", "b"])
>>> err.getvalue().splitlines()[-1]
'dkg query: error: argument --store: not allowed with argument --kg'

Values are checked where they are parsed, so a bad one exits 2 with the subcommand's usage
line: ``--from 2025-13-01``, ``--before 2022``, ``--port 0``.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from kg import defaults
from kg.graph import SOURCE_KINDS, Source, choose_source

__all__ = [
    "cache_options",
    "date_options",
    "handled_by",
    "iso_date",
    "own_file",
    "period",
    "positive_float",
    "positive_int",
    "source_of",
    "source_options",
    "store_options",
    "year_range",
]

_SOURCE_OPTIONS: dict[str, dict[str, Any]] = {
    "kg": {
        "type": Path,
        "metavar": "FILE",
        "help": f"the built graph, TriG or N-Quads (default {defaults.KG_FILE})",
    },
    "store": {
        "type": Path,
        "metavar": "DIR",
        "help": "an Oxigraph store filled by dkg import",
    },
    "endpoint": {"metavar": "URL", "help": "a SPARQL 1.1 endpoint"},
    "votes": {
        "type": Path,
        "metavar": "FILE",
        "help": "a tidy voting-history file (votes.csv or .csv.gz), read directly",
    },
}


def source_options(*kinds: str) -> argparse.ArgumentParser:
    """A parent parser with the graph-source options ``kinds`` (of ``kg``, ``store``,
    ``endpoint``, ``votes``), mutually exclusive; none given means ``--kg out/kg.trig``.

    >>> parser = argparse.ArgumentParser(parents=[source_options("kg", "votes")])
    >>> sorted(vars(parser.parse_args(["--votes", "v.csv"])).items())
    [('kg', None), ('votes', PosixPath('v.csv'))]
    """
    unknown = set(kinds) - set(SOURCE_KINDS)
    if unknown or not kinds:
        raise ValueError(f"graph sources are some of {SOURCE_KINDS}, not {kinds}")
    parent = argparse.ArgumentParser(add_help=False)
    group = parent.add_mutually_exclusive_group()
    for kind in SOURCE_KINDS:
        if kind in kinds:
            group.add_argument(f"--{kind}", default=None, **_SOURCE_OPTIONS[kind])
    return parent


def source_of(arguments: argparse.Namespace, default: Path = defaults.KG_FILE) -> Source:
    """The graph source the parsed options name, or the built graph ``default``."""
    given = {kind: getattr(arguments, kind, None) for kind in SOURCE_KINDS}
    return choose_source(**given, default=Source("kg", default))


def store_options() -> argparse.ArgumentParser:
    """A parent parser with ``--store DIR``, the store a command imports into.

    >>> argparse.ArgumentParser(parents=[store_options()]).parse_args([]).store
    PosixPath('out/store')
    """
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument(
        "--store",
        type=Path,
        default=defaults.STORE_DIR,
        metavar="DIR",
        help=f"the store to import into (default {defaults.STORE_DIR})",
    )
    return parent


def cache_options() -> argparse.ArgumentParser:
    """A parent parser with ``--to DIR``, the download cache of ``dkg fetch`` (None: the
    default, ``$DKG_CACHE`` or ``~/.cache/diplomatic-kg``, which :func:`kg.fetch.cache_dir`
    decides)."""
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument(
        "--to",
        type=Path,
        metavar="DIR",
        help=f"the download cache (default ${defaults.CACHE_ENV}, else "
        f"~/.cache/{defaults.CACHE_NAME})",
    )
    return parent


def handled_by(parser: argparse.ArgumentParser, handler: Callable[[Any], int]) -> None:
    """Make ``handler`` run a (sub)command; errors of usage then print ``parser``'s usage."""
    parser.set_defaults(handler=handler, command_parser=parser)


def pair_options(parser: argparse.ArgumentParser, *, required: bool) -> None:
    """Add ``--a STATE`` and ``--b STATE``: a pair of states, given alike by every command."""
    parser.add_argument("--a", metavar="STATE", required=required, help="one state (code or name)")
    parser.add_argument("--b", metavar="STATE", required=required, help="the other state")


def date_options(group: Any) -> None:
    """Add ``--from DATE`` and ``--to DATE`` (``start``, ``end``: the first and last day of
    the roll calls) to a parser or argument group."""
    group.add_argument(
        "--from", dest="start", type=iso_date, metavar="DATE", help="first day, YYYY-MM-DD"
    )
    group.add_argument(
        "--to", dest="end", type=iso_date, metavar="DATE", help="last day, YYYY-MM-DD"
    )


def iso_date(text: str) -> str:
    """A day written ``YYYY-MM-DD`` (returned as given).

    >>> iso_date("2025-02-24")
    '2025-02-24'
    >>> iso_date("24/02/2025")
    Traceback (most recent call last):
    ...
    argparse.ArgumentTypeError: '24/02/2025' is not a date YYYY-MM-DD
    """
    try:
        date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date YYYY-MM-DD") from None
    return text


def period(text: str) -> str:
    """``FROM:TO``, two days ``YYYY-MM-DD`` (either may be empty: open-ended).

    >>> period("2022-01-01:2024-12-31")
    '2022-01-01:2024-12-31'
    >>> period("2022")
    Traceback (most recent call last):
    ...
    argparse.ArgumentTypeError: '2022' is not FROM:TO, e.g. 2022-01-01:2023-12-31
    """
    start, separator, end = text.partition(":")
    if not separator:
        raise argparse.ArgumentTypeError(f"{text!r} is not FROM:TO, e.g. 2022-01-01:2023-12-31")
    for day in (start, end):
        if day:
            iso_date(day)
    return text


def year_range(text: str) -> tuple[int, int]:
    """``FROM:TO``, two years, the first not after the second.

    >>> year_range("2019:2026")
    (2019, 2026)
    >>> year_range("2026:2019")
    Traceback (most recent call last):
    ...
    argparse.ArgumentTypeError: '2026:2019' is not FROM:TO years, e.g. 2019:2026
    """
    first, separator, last = text.partition(":")
    if separator and first.isdigit() and last.isdigit() and int(first) <= int(last):
        return int(first), int(last)
    raise argparse.ArgumentTypeError(f"{text!r} is not FROM:TO years, e.g. 2019:2026")


def positive_int(text: str) -> int:
    """A whole number of at least 1.

    >>> positive_int("3")
    3
    >>> positive_int("0")
    Traceback (most recent call last):
    ...
    argparse.ArgumentTypeError: '0' is not a whole number of at least 1
    """
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of at least 1")
    return value


def positive_float(text: str) -> float:
    """A number above 0.

    >>> positive_float("2.5")
    2.5
    >>> positive_float("nan")
    Traceback (most recent call last):
    ...
    argparse.ArgumentTypeError: 'nan' is not a number above 0
    """
    try:
        value = float(text)
    except ValueError:
        value = 0.0
    if not value > 0 or value == float("inf"):
        raise argparse.ArgumentTypeError(f"{text!r} is not a number above 0")
    return value


def own_file(text: str) -> Path:
    """A file to write that is not one of ``dkg build``'s output set (``out/kg.trig`` …):
    written alone, it would no longer say what the set's other formats say.

    >>> own_file("out/results.trig")
    PosixPath('out/results.trig')
    """
    from kg.io import set_files

    path = Path(text)
    if set_files(path) is not None:
        raise argparse.ArgumentTypeError(
            f"{text} is a file of dkg build's output set; write to a file of its own "
            "(e.g. out/results.trig)"
        )
    return path
