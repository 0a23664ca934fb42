"""``dkg``: a thin command line over the ``kg`` library.

Exit codes
----------
0   success
1   the knowledge graph does not conform (SHACL violation or logical inconsistency)
2   usage error (bad arguments) or an unexpected runtime error
3   bad input data (a malformed or inconsistent data file, an unknown state …)
4   a query that cannot be found, parsed or bound
5   another SPARQL server cannot be reached or refuses (dkg push, dkg query --endpoint)

Errors go to standard error as one readable line (what, where, how to fix); a SHACL report
follows its line.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from kg.errors import DkgError, QueryError, ValidationError

DEFAULT_OUT = Path("out")
DEFAULT_KG = DEFAULT_OUT / "kg.trig"

__all__ = ["main"]


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``dkg`` with ``argv`` (default: the process arguments) and return the exit code."""
    parser = _parser()
    arguments = parser.parse_args(argv)
    if not getattr(arguments, "command", None):
        parser.print_help(sys.stderr)
        return 2
    try:
        return arguments.handler(arguments)
    except ValidationError as error:
        print(f"dkg: {error}", file=sys.stderr)
        if error.report:
            print(error.report, file=sys.stderr)
        return error.exit_code
    except DkgError as error:
        print(f"dkg: {error}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        print("dkg: interrupted", file=sys.stderr)
        return 130
    except Exception as error:
        if os.environ.get("DKG_DEBUG"):
            raise
        print(
            f"dkg: unexpected error: {type(error).__name__}: {error} "
            "(fix: rerun with DKG_DEBUG=1 for the traceback and report it)",
            file=sys.stderr,
        )
        return 2


def _parser() -> argparse.ArgumentParser:
    from kg.formats import RDF_FORMATS, TABLE_FORMATS

    parser = argparse.ArgumentParser(
        prog="dkg",
        description="diplomatic-kg: a knowledge graph of diplomatic relations and UN votes.",
        epilog="exit codes: 0 ok, 1 graph does not conform, 2 usage or runtime error, "
        "3 bad input data, 4 query error, 5 remote server error",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    build = commands.add_parser("build", help="assemble, validate and reason; write out/kg.trig")
    build.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output directory (out/)")
    build.add_argument(
        "--format",
        action="append",
        choices=sorted(RDF_FORMATS),
        help="serialisation(s) to write; repeat for several (default: trig)",
    )
    build.add_argument(
        "--article",
        type=Path,
        help="your copy of the founding article; fills quotes and the title from its text",
    )
    build.add_argument("--no-reason", action="store_true", help="skip the HermiT reasoner")
    build.add_argument(
        "--data",
        type=Path,
        help="directory with registry/, votes/ and events/ (default: the bundled kg/data)",
    )
    build.add_argument(
        "--ontology",
        type=Path,
        help="directory with dkg.ttl and alignments.ttl (default: ontology/)",
    )
    build.set_defaults(handler=_build)

    query = commands.add_parser("query", help="run a SPARQL query from queries/ or a .rq file")
    query.add_argument("query", nargs="?", help="query name (see --list) or path to a .rq file")
    query.add_argument("--list", action="store_true", help="list the queries and their questions")
    query.add_argument(
        "--param",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="a query parameter; repeat for several",
    )
    query.add_argument("--format", choices=TABLE_FORMATS, default="table")
    query.add_argument("--kg", type=Path, default=DEFAULT_KG, help="dataset to query (out/kg.trig)")
    query.add_argument("--endpoint", metavar="URL", help="query this SPARQL 1.1 server instead")
    query.add_argument("--store", type=Path, help="query this Oxigraph store (dkg import) instead")
    query.set_defaults(handler=_query)

    demo = commands.add_parser("demo", help="answer the founding event's headline questions")
    demo.add_argument("--kg", type=Path, default=DEFAULT_KG, help="dataset to query (out/kg.trig)")
    demo.add_argument("--out", type=Path, default=DEFAULT_OUT, help="where to write headlines.txt")
    demo.set_defaults(handler=_demo)
    _add_analyze(commands)
    _add_import(commands)
    _add_extract(commands)
    _add_serve(commands)
    _add_viz(commands)
    return parser


def _add_analyze(commands: argparse._SubParsersAction) -> None:
    """``dkg analyze …``: its options and handlers live in :mod:`kg.analysis.command`."""
    from kg.analysis.command import add_parser

    add_parser(commands)


def _add_import(commands: argparse._SubParsersAction) -> None:
    """``dkg import FORMAT PATH``: its options and handler live in :mod:`kg.store_command`."""
    from kg.store_command import add_parser

    add_parser(commands)


def _add_extract(commands: argparse._SubParsersAction) -> None:
    """``dkg extract FILE …``: its options and handler live in :mod:`kg.extract.command`."""
    from kg.extract.command import add_parser

    add_parser(commands)


def _add_serve(commands: argparse._SubParsersAction) -> None:
    """``dkg serve`` and ``dkg push``: options and handlers live in :mod:`kg.serve_command`."""
    from kg.serve_command import add_parsers

    add_parsers(commands)


def _add_viz(commands: argparse._SubParsersAction) -> None:
    """``dkg viz …`` and ``dkg plot …``: options and handlers live in :mod:`kg.viz.command`."""
    from kg.viz.command import add_parsers

    add_parsers(commands)


def _build(arguments: argparse.Namespace) -> int:
    from kg.build import build, write_dataset
    from kg.ontology import DATA_DIR, ONTOLOGY_DIR

    result = build(
        article=arguments.article,
        reason=not arguments.no_reason,
        data_dir=arguments.data or DATA_DIR,
        ontology_dir=arguments.ontology or ONTOLOGY_DIR,
    )
    written = write_dataset(result.dataset, arguments.out, arguments.format or ["trig"])
    print("knowledge graph built:")
    print(result.summary())
    for path in written:
        print(f"  wrote {path}")
    return 0


def _query(arguments: argparse.Namespace) -> int:
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
    parameters = dict(_split_parameter(text) for text in arguments.param)
    bind_parameters(query, parameters)  # reject bad parameters before loading the graph
    solutions = select_rows(_query_source(arguments), query, parameters)  # no pandas needed
    sys.stdout.write(format_table(solutions, arguments.format))
    return 0


def _query_source(arguments: argparse.Namespace) -> object:
    """The graph a query runs on: a remote endpoint, the Oxigraph store, or the built file."""
    if getattr(arguments, "endpoint", None):
        from kg.remote import SparqlEndpoint

        return SparqlEndpoint(arguments.endpoint)
    if getattr(arguments, "store", None):
        from kg.store import open_store

        return open_store(arguments.store)
    from kg.build import load_dataset

    return load_dataset(arguments.kg)


def _demo(arguments: argparse.Namespace) -> int:
    from kg.build import load_dataset
    from kg.headlines import headline_answers, render
    from kg.io import write_atomic

    text = render(headline_answers(load_dataset(arguments.kg)))
    sys.stdout.write(text)
    path = write_atomic(arguments.out / "headlines.txt", text)
    print(f"wrote {path}")
    return 0


def _split_parameter(text: str) -> tuple[str, str]:
    name, separator, value = text.partition("=")
    if not separator or not name:
        raise QueryError(f"malformed parameter {text!r}", fix="write --param NAME=VALUE")
    return name.strip(), value


if __name__ == "__main__":
    raise SystemExit(main())
