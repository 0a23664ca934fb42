"""``dkg demo``: answer the founding event's headline questions from the built graph.

Prints the answers and writes them to ``--out``/headlines.txt (``--out`` is a folder).
Exit codes: 0, 2 usage, 3 no or unreadable graph.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kg import defaults
from kg.commands.options import handled_by, source_of, source_options

__all__ = ["register"]


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add ``dkg demo``."""
    parser = subparsers.add_parser(
        "demo",
        parents=[source_options("kg")],
        help="answer the founding event's headline questions",
    )
    parser.add_argument(
        "--out",
        type=Path,
        default=defaults.OUT_DIR,
        metavar="DIR",
        help=f"folder to write headlines.txt in (default {defaults.OUT_DIR})",
    )
    handled_by(parser, run)


def run(arguments: argparse.Namespace) -> int:
    """Print the headline answers and write them to headlines.txt."""
    from kg.build import load_dataset
    from kg.headlines import headline_answers, render
    from kg.io import write_atomic

    text = render(headline_answers(load_dataset(source_of(arguments).location)))
    sys.stdout.write(text)
    path = write_atomic(arguments.out / "headlines.txt", text)
    print(f"wrote {path}")
    return 0
