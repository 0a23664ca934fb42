"""``dkg import``: the command-line layer over :mod:`kg.store` (options, progress, summary).

``dkg import FORMAT PATH [--rollcalls PATH] [--states PATH] [--store DIR] [--force] [--quiet]``
reads a voting file (``undl``, ``voeten``, ``tidy``), a relation dataset (``atop``,
``archigos``, ``igo``, ``rivalries``, ``states``: see :mod:`kg.sources.relations`) or a
dataset written by ``dkg build`` (``dataset``) into the Oxigraph store (default
``out/store``). Rows that cannot be imported are listed by reason with their row numbers; a
file that cannot be read exits 3 and leaves the store as it was.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

__all__ = ["IMPORT_FORMATS", "add_parser"]

VOTE_FORMATS = ("undl", "voeten", "tidy")
RELATION_FORMATS = ("atop", "archigos", "igo", "rivalries", "states")
IMPORT_FORMATS = (*VOTE_FORMATS, *RELATION_FORMATS, "dataset")


def add_parser(commands: argparse._SubParsersAction) -> None:
    """Add ``dkg import`` to the ``dkg`` sub-commands.

    >>> parser = argparse.ArgumentParser()
    >>> add_parser(parser.add_subparsers(dest="command"))
    >>> arguments = parser.parse_args(["import", "tidy", "votes.csv.gz", "--quiet"])
    >>> arguments.format, arguments.path, arguments.store, arguments.quiet
    ('tidy', PosixPath('votes.csv.gz'), None, True)
    """
    command = commands.add_parser(
        "import",
        help="import UN voting history (undl, voeten, tidy), relation datasets (atop, archigos, "
        "igo, rivalries, states) or a built dataset into the store",
    )
    command.add_argument("format", choices=IMPORT_FORMATS, help="the file's format")
    command.add_argument("path", type=Path, help="the votes file (.csv or .csv.gz) or kg.trig")
    command.add_argument(
        "--rollcalls",
        type=Path,
        help="the roll-call table (tidy: default rollcalls.csv beside PATH; voeten: its "
        "roll-call file when PATH holds only votes)",
    )
    command.add_argument(
        "--states", type=Path, help="igo: the COW IGO state-year file (cow-igo-sy.csv) too"
    )
    # No default here: kg.store (which names it) is heavy, and dkg builds this parser always.
    command.add_argument("--store", type=Path, help="store directory (out/store)")
    command.add_argument(
        "--force", action="store_true", help="re-import even when the file is unchanged"
    )
    command.add_argument("--quiet", action="store_true", help="no progress bar, summary only")
    command.set_defaults(handler=_import)


def _import(arguments: argparse.Namespace) -> int:
    from kg.store import (
        DEFAULT_STORE,
        import_dataset,
        import_history,
        import_relations,
        store_size,
    )

    started = time.perf_counter()
    store_dir = arguments.store or DEFAULT_STORE
    if arguments.format == "dataset":
        result = import_dataset(arguments.path, store_dir=store_dir)
    elif arguments.format in RELATION_FORMATS:
        result = import_relations(
            arguments.format,
            arguments.path,
            states=getattr(arguments, "states", None),
            store_dir=store_dir,
            force=arguments.force,
            quiet=arguments.quiet,
        )
    else:
        result = import_history(
            arguments.format,
            arguments.path,
            rollcalls=arguments.rollcalls,
            store_dir=store_dir,
            force=arguments.force,
            quiet=arguments.quiet,
        )
    print(result.text())
    seconds = time.perf_counter() - started
    size = store_size(store_dir) / 1e6
    print(f"store {store_dir}: {size:.0f} MB on disk; import took {seconds:.1f} s")
    sys.stdout.flush()
    return 0
