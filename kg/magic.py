"""``%load_ext kg``: SPARQL cells in IPython and Jupyter, answered as typed DataFrames.

``%sparql_use kg=out/kg.trig`` (or ``store=DIR``, ``endpoint=URL``, ``votes=PATH``, or the
name of a :class:`kg.graph.KnowledgeGraph` in the notebook) sets the current graph; a cell

::

    %%sparql --param symbol=A/RES/ES-11/7
    SELECT ?state WHERE { ... ?symbol ... }

runs on it and shows :meth:`~kg.graph.KnowledgeGraph.select`'s table. ``--graph NAME`` runs
one cell on another handle; ``--out NAME`` also keeps the table in a variable. A cell may
hold a query's name (``tallies``) or a ``.rq`` path instead of SPARQL. A ``--param`` value
that is a whole number or a date ``YYYY-MM-DD`` is bound as one.

>>> magics = SparqlMagics(namespace={})
>>> magics.sparql_use("votes=tests/fixtures/history/tidy/votes.csv")
KnowledgeGraph(votes='tests/fixtures/history/tidy/votes.csv')
>>> table = magics.sparql("--param symbol=A/RES/ES-99/1", "SELECT ?date WHERE { "
...     "?motion dkg:symbol ?symbol . ?rollcall dkg:motion ?motion ; dkg:date ?date }")
>>> table["date"].tolist()
[Timestamp('2023-01-01 00:00:00')]
"""

from __future__ import annotations

import argparse
import datetime as dt
import shlex
from typing import Any

from kg.errors import UsageError
from kg.graph import SOURCE_KINDS, KnowledgeGraph, open_graph

__all__ = ["SparqlMagics", "load_ipython_extension"]


class SparqlMagics:
    """The ``%sparql_use`` line magic and the ``%%sparql`` cell magic over ``namespace``
    (the notebook's variables)."""

    def __init__(self, namespace: dict[str, Any]) -> None:
        self.namespace = namespace
        self.graph: KnowledgeGraph | None = None

    def sparql_use(self, line: str) -> KnowledgeGraph:
        """``%sparql_use kg=PATH | store=DIR | endpoint=URL | votes=PATH | NAME``."""
        words = shlex.split(line)
        if len(words) == 1 and "=" not in words[0]:
            self.graph = self._handle(words[0])
            return self.graph
        given = dict(word.partition("=")[::2] for word in words)
        unknown = sorted(set(given) - set(SOURCE_KINDS))
        if unknown or not given:
            raise UsageError(
                f"%sparql_use {line!r}: give one source",
                fix="kg=PATH, store=DIR, endpoint=URL, votes=PATH, or a graph's variable name",
            )
        self.graph = open_graph(**given)
        return self.graph

    def sparql(self, line: str, cell: str) -> Any:
        """``%%sparql [--graph NAME] [--param NAME=VALUE …] [--out NAME]`` over the cell."""
        options = _options().parse_args(shlex.split(line))
        graph = self._handle(options.graph) if options.graph else self.graph
        if graph is None:
            raise UsageError(
                "no graph for %%sparql", fix="run %sparql_use kg=out/kg.trig (or store=…) first"
            )
        parameters = dict(_parameter(text) for text in options.param)
        query = cell.strip()
        table = graph.select(query, **parameters)
        if options.out:
            self.namespace[options.out] = table
        return table

    def _handle(self, name: str) -> KnowledgeGraph:
        handle = self.namespace.get(name)
        if not isinstance(handle, KnowledgeGraph):
            raise UsageError(
                f"{name!r} is not a graph in this notebook",
                fix=f"{name} = kg.open_graph(kg=…), or %sparql_use kg=…",
            )
        return handle


def _options() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="%%sparql", add_help=False)
    parser.add_argument("--graph", help="the variable holding the graph (default: %sparql_use)")
    parser.add_argument("--param", action="append", default=[], metavar="NAME=VALUE")
    parser.add_argument("--out", help="also keep the table in this variable")
    return parser


def _parameter(text: str) -> tuple[str, Any]:
    """``NAME=VALUE``, the value a whole number, a date or text.

    >>> _parameter("year=2025"), _parameter("day=2025-02-24"), _parameter("state=USA")
    (('year', 2025), ('day', datetime.date(2025, 2, 24)), ('state', 'USA'))
    """
    name, separator, value = text.partition("=")
    if not separator or not name:
        raise UsageError(f"malformed parameter {text!r}", fix="write --param NAME=VALUE")
    if value.isascii() and value.isdigit():
        return name, int(value)
    try:
        return name, dt.date.fromisoformat(value)
    except ValueError:
        return name, value


def load_ipython_extension(ipython: Any) -> None:
    """Register the magics (IPython calls this for ``%load_ext kg``)."""
    magics = SparqlMagics(ipython.user_ns)
    ipython.register_magic_function(magics.sparql_use, "line", "sparql_use")
    ipython.register_magic_function(magics.sparql, "cell", "sparql")
