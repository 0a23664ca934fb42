"""``dkg serve`` and ``dkg push``: the command line of :mod:`kg.serve` and :mod:`kg.remote`.

Exit codes follow :mod:`kg.cli`: 0 success (``serve``: stopped with Ctrl-C), 2 usage error or
a port that cannot be bound, 3 no or unreadable knowledge graph / store, 5 the other server
cannot be reached or refuses the data (``push``).

>>> import argparse
>>> parser = argparse.ArgumentParser(prog="dkg")
>>> add_parsers(parser.add_subparsers(dest="command"))
>>> arguments = parser.parse_args(["serve", "--port", "9000", "--timeout", "2"])
>>> arguments.port, arguments.timeout, arguments.kg, arguments.workers
(9000, 2.0, None, None)
"""

from __future__ import annotations

import argparse
import socket
from pathlib import Path

from kg.errors import DkgError

__all__ = ["add_parsers"]

DEFAULT_KG = Path("out") / "kg.trig"


def add_parsers(commands: argparse._SubParsersAction) -> None:
    """Add ``serve`` and ``push`` to the ``dkg`` sub-commands.

    The limits default to ``None`` here and to :mod:`kg.serve`'s constants in the handler:
    importing kg.serve (asyncio) would slow every ``dkg`` command down. The help text names
    the defaults; tests/test_cli.py keeps it equal to those constants.
    """
    serve = commands.add_parser(
        "serve", help="a read-only SPARQL 1.1 endpoint at /sparql and a query page at /"
    )
    source = serve.add_mutually_exclusive_group()
    source.add_argument("--kg", type=Path, help="dataset file to serve (default: out/kg.trig)")
    source.add_argument("--store", type=Path, help="Oxigraph store directory (dkg import)")
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (127.0.0.1)")
    serve.add_argument("--port", type=int, help="port (8000)")
    serve.add_argument(
        "--timeout", type=float, help="seconds a query may run before it is stopped with 503 (10)"
    )
    serve.add_argument(
        "--max-rows",
        type=int,
        help="result rows (or triples) above which a query fails with 500 (100000)",
    )
    serve.add_argument(
        "--workers", type=int, help="worker processes, each with its own copy of the data (2)"
    )
    serve.add_argument(
        "--queue",
        type=int,
        help="queries that may wait for a worker; more get 503 with Retry-After "
        "(16 per worker); one client may fill half of it",
    )
    serve.add_argument(
        "--per-client",
        type=int,
        metavar="N",
        help="workers one client (IP address) may hold at once (half the workers, at least 1)",
    )
    serve.add_argument(
        "--max-memory",
        type=_size,
        metavar="SIZE",
        help="resident memory of a worker (e.g. 1500M, 2G) above which its query is stopped "
        "with 503 (a quarter of this machine's memory, shared by the workers)",
    )
    serve.add_argument(
        "--max-body",
        type=_size,
        metavar="SIZE",
        help="bytes of a request body (or query string) above which it is refused with 413 (1M)",
    )
    serve.add_argument(
        "--allow-service",
        nargs="+",
        action="extend",
        default=[],
        metavar="HOST",
        help="hosts (HOST or HOST:PORT) a query's SERVICE may call; none by default; a name "
        "that points to a loopback, link-local or private address needs that address too",
    )
    serve.add_argument(
        "--allowed-host",
        nargs="+",
        action="extend",
        default=[],
        metavar="NAME",
        help="names (NAME or NAME:PORT) a request's Host header may give besides the address "
        "listened on, e.g. the name of a reverse proxy",
    )
    serve.set_defaults(handler=_serve)

    push = commands.add_parser(
        "push", help="load the graph into a SPARQL server (Graph Store Protocol, PUT per graph)"
    )
    push.add_argument(
        "endpoint", help="Graph Store endpoint, e.g. http://127.0.0.1:8890/sparql-graph-crud-auth"
    )
    push.add_argument("--kg", type=Path, default=DEFAULT_KG, help="dataset to push (out/kg.trig)")
    push.add_argument("--user", help="user name (digest or basic auth, as the server asks)")
    push.add_argument("--password", help="password of --user")
    push.add_argument(
        "--graph-parameter",
        default="graph",
        help="query parameter naming the graph (graph; Virtuoso also takes graph-uri)",
    )
    push.add_argument(
        "--union-graph",
        metavar="IRI",
        help="also send the merge of all graphs under IRI; query it with "
        "--endpoint 'URL?default-graph-uri=IRI' for the answers dkg query gives on the file",
    )
    push.set_defaults(handler=_push)


def _serve(arguments: argparse.Namespace) -> int:
    from kg.serve import (
        DEFAULT_MAX_BODY,
        DEFAULT_MAX_ROWS,
        DEFAULT_PORT,
        DEFAULT_TIMEOUT,
        DEFAULT_WORKERS,
        ServeSettings,
        serve,
    )

    defaults = {
        "timeout": DEFAULT_TIMEOUT,
        "max_rows": DEFAULT_MAX_ROWS,
        "workers": DEFAULT_WORKERS,
        "port": DEFAULT_PORT,
        "queue": 0,  # 0: ServeSettings sizes it from the workers
        "per_client": 0,
        "max_memory": 0,
        "max_body": DEFAULT_MAX_BODY,
    }
    limits = {}
    for name, default in defaults.items():
        given = getattr(arguments, name)
        if given is not None and given <= 0:
            raise DkgError(f"--{name.replace('_', '-')} must be positive")
        limits[name] = default if given is None else given
    if limits["port"] > 65535:
        raise DkgError(f"--port {limits['port']} is not a TCP port", fix="give 1 to 65535")
    if arguments.store:
        settings_source, kind = arguments.store, "store"
    else:
        settings_source, kind = arguments.kg or DEFAULT_KG, "kg"
    _check_port(arguments.host, limits["port"])
    port = limits.pop("port")
    settings = ServeSettings(
        settings_source,
        kind,
        **limits,
        allow_service=tuple(arguments.allow_service),
        allowed_hosts=tuple(arguments.allowed_host),
    )
    serve(settings, arguments.host, port)
    return 0


_UNITS = {"": 1, "K": 10**3, "M": 10**6, "G": 10**9}


def _size(text: str) -> int:
    """A size in bytes: digits with an optional K, M or G (powers of 1000).

    >>> _size("1500M"), _size("2g"), _size("1000")
    (1500000000, 2000000000, 1000)
    """
    number, unit = text.strip().upper().rstrip("B"), ""
    if number[-1:] in _UNITS:
        number, unit = number[:-1], number[-1]
    try:
        return int(float(number) * _UNITS[unit])
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a size (write e.g. 1000000, 512M or 2G)"
        ) from None


def _check_port(host: str, port: int) -> None:
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


def _push(arguments: argparse.Namespace) -> int:
    from kg.build import load_dataset
    from kg.remote import push

    report = push(
        load_dataset(arguments.kg),
        arguments.endpoint,
        user=arguments.user,
        password=arguments.password,
        graph_parameter=arguments.graph_parameter,
        union_graph=arguments.union_graph,
    )
    print(report.text())
    return 0
