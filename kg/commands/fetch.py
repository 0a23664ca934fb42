"""``dkg fetch SOURCE``: download a public dataset into the cache; ``dkg fetch --list``: the table.

``dkg fetch SOURCE [--to DIR] [--url URL] [--force] [--offline] [--quiet]`` brings the current
file(s) of a source of ``kg/data/sources.yaml`` into the cache (``--to``, else ``$DKG_CACHE``,
else ``~/.cache/diplomatic-kg``), with a progress bar on a terminal; a second run downloads
nothing unless the publisher changed the file. ``--url`` takes a mirror or a local copy of the
file instead. ``dkg fetch --list`` prints every source with its page, files, licence and
citation. Exit codes: 0, 2 usage (an unknown source), 3 an unreadable local copy or manifest, 5
the file cannot be fetched (offline, no connection, refused, a browser check, broken off: the
message names the address and the manual steps; run again to resume).
"""

from __future__ import annotations

import argparse
import sys

from kg.commands.options import cache_options, handled_by

__all__ = ["register"]


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add ``dkg fetch``.

    >>> parser = argparse.ArgumentParser()
    >>> register(parser.add_subparsers(dest="command"))
    >>> arguments = parser.parse_args(["fetch", "undl-ga", "--url", "copy.csv", "--offline"])
    >>> arguments.source, arguments.url, arguments.offline, arguments.list
    ('undl-ga', 'copy.csv', True, False)
    """
    parser = subparsers.add_parser(
        "fetch",
        parents=[cache_options()],
        help="download a public voting or relations dataset into the cache (--list: all of them)",
    )
    parser.add_argument("source", nargs="?", help="a source of dkg fetch --list, e.g. undl-ga")
    parser.add_argument(
        "--list", action="store_true", help="list the sources with licence and citation"
    )
    parser.add_argument(
        "--url",
        metavar="URL",
        help="fetch this mirror (http, https) or local copy (a path or file://) of the file",
    )
    parser.add_argument(
        "--force", action="store_true", help="download again even if the cached copy is current"
    )
    parser.add_argument(
        "--offline", action="store_true", help="use no network: say how to get the file by hand"
    )
    parser.add_argument("--quiet", action="store_true", help="no progress bar")
    handled_by(parser, run)


def run(arguments: argparse.Namespace) -> int:
    """Fetch the source's file(s), or print the table."""
    from kg.errors import UsageError
    from kg.fetch import fetch, format_sources

    if arguments.list:
        sys.stdout.write(format_sources())
        return 0
    if not arguments.source:
        raise UsageError("no source given", fix="name one: dkg fetch --list shows them")
    for result in fetch(
        arguments.source,
        to=arguments.to,
        url=arguments.url,
        force=arguments.force,
        offline=arguments.offline,
        progress=not arguments.quiet,
    ):
        print(result.text())
    return 0
