"""``dkg push``: load the graph into a SPARQL server with the Graph Store Protocol.

One ``PUT`` per named graph, so pushing again replaces. Exit codes: 0, 2 usage, 3 no or
unreadable graph, 5 the server cannot be reached or refuses the data.
"""

from __future__ import annotations

import argparse

from kg.commands.options import handled_by, source_of, source_options

__all__ = ["register"]


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add ``dkg push``."""
    parser = subparsers.add_parser(
        "push",
        parents=[source_options("kg")],
        help="load the graph into a SPARQL server (Graph Store Protocol, PUT per graph)",
    )
    # Not dest "endpoint": that is the graph-source option the shared parent reads.
    parser.add_argument(
        "target",
        metavar="ENDPOINT",
        help="Graph Store endpoint, e.g. http://127.0.0.1:8890/sparql-graph-crud-auth",
    )
    parser.add_argument("--user", help="user name (digest or basic auth, as the server asks)")
    parser.add_argument("--password", help="password of --user")
    parser.add_argument(
        "--graph-parameter",
        default="graph",
        help="query parameter naming the graph (graph; Virtuoso also takes graph-uri)",
    )
    parser.add_argument(
        "--union-graph",
        metavar="IRI",
        help="also send the merge of all graphs under IRI; query it with "
        "--endpoint 'URL?default-graph-uri=IRI' for the answers dkg query gives on the file",
    )
    handled_by(parser, run)


def run(arguments: argparse.Namespace) -> int:
    """Push every named graph; print what the server answered."""
    from kg.build import load_dataset
    from kg.remote import push

    report = push(
        load_dataset(source_of(arguments).location),
        arguments.target,
        user=arguments.user,
        password=arguments.password,
        graph_parameter=arguments.graph_parameter,
        union_graph=arguments.union_graph,
    )
    print(report.text())
    return 0
