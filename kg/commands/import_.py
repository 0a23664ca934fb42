"""``dkg import FORMAT PATH``: read a file into the Oxigraph store (default ``out/store``).

Formats (:data:`kg.vocabulary.IMPORT_FORMATS`): UN voting history (``undl``, ``voeten``,
``tidy``), relation datasets (``atop``, ``archigos``, ``igo``, ``rivalries``, ``states``: see
:mod:`kg.sources.relations`) and a dataset written by ``dkg build`` (``dataset``). Rows that
cannot be imported are listed by reason with their row numbers. Exit codes: 0, 2 usage, 3 an
unreadable or malformed file (the store is left as it was).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from kg.commands.options import cache_options, handled_by, store_options
from kg.vocabulary import IMPORT_FORMAT_NAMES, RELATION_FORMATS

__all__ = ["register"]


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add ``dkg import``.

    >>> parser = argparse.ArgumentParser()
    >>> register(parser.add_subparsers(dest="command"))
    >>> arguments = parser.parse_args(["import", "tidy", "votes.csv.gz", "--quiet"])
    >>> arguments.format, arguments.path, arguments.store, arguments.quiet
    ('tidy', PosixPath('votes.csv.gz'), PosixPath('out/store'), True)
    """
    parser = subparsers.add_parser(
        "import",
        parents=[store_options(), cache_options()],
        help="import UN voting history (undl, voeten, tidy), relation datasets (atop, archigos, "
        "igo, rivalries, states) or a built dataset into the store",
    )
    parser.add_argument("format", choices=IMPORT_FORMAT_NAMES, help="the file's format")
    parser.add_argument(
        "path",
        type=Path,
        nargs="?",
        help="the file to read (.csv, .csv.gz, a .zip of one table, or kg.trig)",
    )
    parser.add_argument(
        "--latest",
        action="store_true",
        help="read the newest file dkg fetch saved for this format (undl: undl-ga, voeten: "
        "voeten, states: cow-states) into the graph of its source",
    )
    parser.add_argument(
        "--rollcalls",
        type=Path,
        help="the roll-call table (tidy: default rollcalls.csv beside PATH; voeten: its "
        "roll-call file when PATH holds only votes)",
    )
    parser.add_argument(
        "--states", type=Path, help="igo: the COW IGO state-year file (cow-igo-sy.csv) too"
    )
    parser.add_argument(
        "--force", action="store_true", help="re-import even when the file is unchanged"
    )
    parser.add_argument("--quiet", action="store_true", help="no progress bar, summary only")
    handled_by(parser, run)


def run(arguments: argparse.Namespace) -> int:
    """Import the file; print the summary, the store's size and the time taken."""
    from kg.store import import_dataset, import_history, import_relations, store_size

    started = time.perf_counter()
    store_dir = arguments.store
    path, name = _chosen_file(arguments)
    if arguments.format == "dataset":
        result = import_dataset(path, store_dir=store_dir)
    elif arguments.format in RELATION_FORMATS:
        result = import_relations(
            arguments.format,
            path,
            states=arguments.states,
            store_dir=store_dir,
            force=arguments.force,
            quiet=arguments.quiet,
        )
    else:
        result = import_history(
            arguments.format,
            path,
            rollcalls=arguments.rollcalls,
            store_dir=store_dir,
            force=arguments.force,
            quiet=arguments.quiet,
            name=name,
        )
    print(result.text())
    seconds = time.perf_counter() - started
    size = store_size(store_dir) / 1e6
    print(f"store {store_dir}: {size:.0f} MB on disk; import took {seconds:.1f} s")
    sys.stdout.flush()
    return 0


def _chosen_file(arguments: argparse.Namespace) -> tuple[Path, str | None]:
    """The file to read and, for ``--latest``, the source its graph is named after."""
    from kg.errors import UsageError

    if arguments.latest == (arguments.path is not None):
        raise UsageError(
            "give the file to read or --latest, one of them",
            fix=f"dkg import {arguments.format} PATH, or dkg import {arguments.format} --latest "
            "after dkg fetch",
        )
    if not arguments.latest:
        return arguments.path, None
    from kg.fetch import cache_dir, latest_file

    source, entry = latest_file(arguments.format, arguments.to)
    path = entry.path(cache_dir(arguments.to))
    version = f", version {entry.version}" if entry.version else ""
    print(f"reading {path} ({source.id}{version}, fetched {entry.retrieved_at})")
    return path, source.id
