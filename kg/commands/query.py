"""``dkg query``: run a SPARQL query of ``queries/`` (by name) or a ``.rq`` file.

The graph is ``--kg FILE`` (default ``out/kg.trig``), ``--store DIR``, ``--endpoint URL`` or
``--votes FILE`` (a tidy voting-history file, imported into a temporary store first), one of
them. Exit codes: 0, 2 usage, 3 no or unreadable graph, 4 a query that cannot be
found, parsed or bound, 5 the endpoint cannot be reached or answers with an error.
"""

from __future__ import annotations

import argparse
import sys

from kg.commands.options import handled_by, source_of, source_options
from kg.errors import QueryError, UsageError

__all__ = ["graph_for", "register", "split_parameter"]


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add ``dkg query``."""
    from kg.formats import TABLE_FORMATS

    parser = subparsers.add_parser(
        "query",
        parents=[source_options("kg", "store", "endpoint", "votes")],
        help="run a SPARQL query from queries/ or a .rq file",
    )
    parser.add_argument("query", nargs="?", help="query name (see --list) or path to a .rq file")
    parser.add_argument("--list", action="store_true", help="list the queries and their questions")
    parser.add_argument(
        "--param",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="a query parameter; repeat for several",
    )
    parser.add_argument(
        "--format", choices=TABLE_FORMATS, default="table", help="output format (table)"
    )
    handled_by(parser, run)


def run(arguments: argparse.Namespace) -> int:
    """List the queries, or run one and print its table."""
    from kg.query import bind_parameters, format_table, list_queries, load_query, select_rows

    if arguments.list:
        for query in list_queries():
            parameters = " ".join(f"{p.name}=<{p.type}>" for p in query.parameters)
            print(
                f"{query.name:<22} {query.question}" + (f"  [{parameters}]" if parameters else "")
            )
        return 0
    if not arguments.query:
        raise QueryError("no query given", fix="name one (dkg query --list) or pass a .rq file")
    query = load_query(arguments.query)
    parameters: dict[str, str] = {}
    for name, value in map(split_parameter, arguments.param):
        if name in parameters:
            raise UsageError(
                f"--param {name} given twice ({parameters[name]!r} and {value!r})",
                fix="give each parameter once",
            )
        parameters[name] = value
    bind_parameters(query, parameters)  # reject bad parameters before loading the graph
    solutions = select_rows(graph_for(arguments), query, parameters)  # no pandas needed
    sys.stdout.write(format_table(solutions, arguments.format))
    return 0


def graph_for(arguments: argparse.Namespace) -> object:
    """What the query runs on: the built dataset, an Oxigraph store, an endpoint, or a tidy
    votes file imported into a temporary store (:attr:`kg.graph.KnowledgeGraph.queryable`)."""
    from kg.graph import KnowledgeGraph

    return KnowledgeGraph(source_of(arguments)).queryable


def split_parameter(text: str) -> tuple[str, str]:
    """``NAME=VALUE`` → ``(NAME, VALUE)``.

    >>> split_parameter("symbol=A/RES/ES-11/7")
    ('symbol', 'A/RES/ES-11/7')
    """
    name, separator, value = text.partition("=")
    if not separator or not name:
        raise QueryError(f"malformed parameter {text!r}", fix="write --param NAME=VALUE")
    return name.strip(), value
