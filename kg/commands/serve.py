"""``dkg serve``: a read-only SPARQL 1.1 endpoint at /sparql and a query page at /.

The graph is ``--kg FILE`` (default ``out/kg.trig``) or ``--store DIR``. Exit codes: 0
stopped with Ctrl-C or SIGTERM, 2 usage or a port that cannot be bound, 3 no or unreadable
graph.
"""

from __future__ import annotations

import argparse
import socket

from kg import defaults
from kg.commands.options import (
    handled_by,
    positive_float,
    positive_int,
    source_of,
    source_options,
)
from kg.errors import DkgError

__all__ = ["register"]


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add ``dkg serve``.

    >>> parser = argparse.ArgumentParser(prog="dkg")
    >>> register(parser.add_subparsers(dest="command"))
    >>> arguments = parser.parse_args(["serve", "--port", "9000", "--timeout", "2"])
    >>> arguments.port, arguments.timeout, arguments.kg, arguments.workers
    (9000, 2.0, None, 2)
    """
    parser = subparsers.add_parser(
        "serve",
        parents=[source_options("kg", "store")],
        help="a read-only SPARQL 1.1 endpoint at /sparql and a query page at /",
    )
    parser.add_argument(
        "--host",
        default=defaults.SERVE_HOST,
        help=f"address to listen on ({defaults.SERVE_HOST})",
    )
    parser.add_argument(
        "--port",
        type=positive_int,
        default=defaults.SERVE_PORT,
        help=f"port ({defaults.SERVE_PORT})",
    )
    parser.add_argument(
        "--timeout",
        type=positive_float,
        default=defaults.SERVE_TIMEOUT,
        help=f"seconds a query may run before it is stopped with 503 ({defaults.SERVE_TIMEOUT:g})",
    )
    parser.add_argument(
        "--max-rows",
        type=positive_int,
        default=defaults.SERVE_MAX_ROWS,
        help="result rows (or triples) above which a query fails with 500 "
        f"({defaults.SERVE_MAX_ROWS})",
    )
    parser.add_argument(
        "--workers",
        type=positive_int,
        default=defaults.SERVE_WORKERS,
        help=f"worker processes, each with its own copy of the data ({defaults.SERVE_WORKERS})",
    )
    parser.add_argument(
        "--queue",
        type=positive_int,
        help="queries that may wait for a worker; more get 503 with Retry-After "
        "(16 per worker); one client may fill a quarter of it (at least 2)",
    )
    parser.add_argument(
        "--per-client",
        type=positive_int,
        metavar="N",
        help="workers one client (IP address) may hold at once (half the workers, at least 1)",
    )
    parser.add_argument(
        "--max-memory",
        type=byte_size,
        metavar="SIZE",
        help="resident memory of a worker (e.g. 1500M, 2G) above which its query is stopped "
        "with 503 (a quarter of this machine's memory, shared by the workers)",
    )
    parser.add_argument(
        "--max-body",
        type=byte_size,
        default=defaults.SERVE_MAX_BODY,
        metavar="SIZE",
        help="bytes of a request body (or query string) above which it is refused with 413 (1M)",
    )
    parser.add_argument(
        "--allow-service",
        nargs="+",
        action="extend",
        default=[],
        metavar="HOST",
        help="hosts (HOST or HOST:PORT) a query's SERVICE may call; none by default; a name "
        "that points to a loopback, link-local or private address needs that address too",
    )
    parser.add_argument(
        "--allowed-host",
        nargs="+",
        action="extend",
        default=[],
        metavar="NAME",
        help="names (NAME or NAME:PORT) a request's Host header may give besides the address "
        "listened on, e.g. the name of a reverse proxy",
    )
    handled_by(parser, run)


def run(arguments: argparse.Namespace) -> int:
    """Check the address, then serve until stopped."""
    from kg.serve import ServeSettings, serve

    if arguments.port > 65535:
        raise DkgError(f"--port {arguments.port} is not a TCP port", fix="give 1 to 65535")
    source = source_of(arguments)
    check_port(arguments.host, arguments.port)
    settings = ServeSettings(
        source.location,
        source.kind,
        timeout=arguments.timeout,
        max_rows=arguments.max_rows,
        workers=arguments.workers,
        queue=arguments.queue or 0,  # 0: ServeSettings sizes it from the workers
        per_client=arguments.per_client or 0,
        max_memory=arguments.max_memory or 0,
        max_body=arguments.max_body,
        allow_service=tuple(arguments.allow_service),
        allowed_hosts=tuple(arguments.allowed_host),
    )
    serve(settings, arguments.host, arguments.port)
    return 0


_UNITS = {"": 1, "K": 10**3, "M": 10**6, "G": 10**9}


def byte_size(text: str) -> int:
    """A size in bytes: digits with an optional K, M or G (powers of 1000), above 0.

    >>> byte_size("1500M"), byte_size("2g"), byte_size("1000")
    (1500000000, 2000000000, 1000)
    """
    number, unit = text.strip().upper().rstrip("B"), ""
    if number[-1:] in _UNITS:
        number, unit = number[:-1], number[-1]
    try:
        size = int(float(number) * _UNITS[unit])
    except ValueError:
        size = 0
    if size <= 0:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a size (write e.g. 1000000, 512M or 2G)"
        ) from None
    return size


def check_port(host: str, port: int) -> None:
    """Fail with a clear message (exit 2) when the address cannot be bound."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError as error:
            raise DkgError(
                f"cannot listen on {host}:{port}: {error.strerror}",
                fix="choose another --port, or stop what holds it",
            ) from error
