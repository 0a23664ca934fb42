"""``dkg update``: fetch what changed and import it, printing the roll calls it adds or corrects.

``dkg update [SOURCE ...] [--store DIR] [--to DIR] [--offline] [--quiet]`` works on the sources
named, else on every importable source already in the cache (``undl-ga``, ``voeten``). For
each it fetches the current file (one request when nothing changed) and imports a new one into
the source's graph of the store, replacing the previous version; roll calls are reported as
new, corrected or removed. ``--offline`` imports the newest cached file without the network.
Exit codes: 0, 2 usage (nothing fetched yet, a source without importer), 3 an unreadable file
(the store is left as it was), 5 a source that cannot be fetched (the others are still done).
"""

from __future__ import annotations

import argparse
import sys

from kg.commands.options import cache_options, handled_by, store_options

__all__ = ["register"]


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add ``dkg update``.

    >>> parser = argparse.ArgumentParser()
    >>> register(parser.add_subparsers(dest="command"))
    >>> arguments = parser.parse_args(["update", "undl-ga", "--offline"])
    >>> arguments.sources, arguments.store, arguments.offline
    (['undl-ga'], PosixPath('out/store'), True)
    """
    parser = subparsers.add_parser(
        "update",
        parents=[store_options(), cache_options()],
        help="fetch the voting files that changed and import them into the store",
    )
    parser.add_argument(
        "sources",
        nargs="*",
        metavar="SOURCE",
        help="sources to update (default: the importable ones already fetched)",
    )
    parser.add_argument(
        "--offline", action="store_true", help="no network: import the newest cached files"
    )
    parser.add_argument("--quiet", action="store_true", help="no progress bars")
    handled_by(parser, run)


def run(arguments: argparse.Namespace) -> int:
    """Update each source; a source that cannot be fetched does not stop the others."""
    from kg.errors import RemoteError
    from kg.fetch.update import sources_to_update, update_source

    failed: RemoteError | None = None
    for source in sources_to_update(arguments.sources, arguments.to):
        try:
            report = update_source(
                source,
                arguments.store,
                to=arguments.to,
                offline=arguments.offline,
                progress=not arguments.quiet,
                quiet=arguments.quiet,
            )
        except RemoteError as error:
            print(f"dkg: {error}", file=sys.stderr)
            failed = error
            continue
        print(report.text())
        sys.stdout.flush()
    return failed.exit_code if failed else 0
