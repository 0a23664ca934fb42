"""SPARQL queries: the one loader for ``.rq`` files, the one place that binds parameters.

A query file starts with a header of ``#`` comment lines that say what it answers::

    # Question: How did each state vote on a roll call?
    # Parameter: symbol (string) The UN document symbol, e.g. A/RES/ES-11/7
    # Parameter: state (state, ?reference_code) The state compared with the others
    # Example: symbol=A/RES/ES-11/7
    # Columns: state, name, vote

Parameters are bound as typed RDF terms through rdflib's ``initBindings`` (an algebra-level
binding), never pasted into the query text, so a value cannot change a query's structure.

>>> query = load_query("rollcall-votes")
>>> query.parameters[0].name, query.columns
('symbol', ('state', 'name', 'vote'))
>>> bind_parameters(query, {"symbol": "A/RES/ES-11/7"})
{'symbol': rdflib.term.Literal('A/RES/ES-11/7')}
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd
from rdflib import Dataset, Graph, Literal
from rdflib.namespace import XSD
from rdflib.plugins.sparql import prepareQuery
from rdflib.plugins.sparql.sparql import Query as PreparedQuery
from rdflib.term import Identifier

from kg.errors import QueryError
from kg.formats import TABLE_FORMATS
from kg.ontology import PREFIXES, QUERIES_DIR

if TYPE_CHECKING:
    from kg.remote import SparqlEndpoint

PARAMETER_TYPES = ("string", "date", "integer", "state")
OUTPUT_FORMATS = TABLE_FORMATS

_HEADER_FIELD = re.compile(
    r"^#\s*(Question|Rule|Parameter|Example|Columns|Requires|Notes?):\s*(.*)$", re.IGNORECASE
)
_PARAMETER = re.compile(
    r"^(?P<name>[A-Za-z_]\w*)\s*\((?P<type>\w+)(?:,\s*\?(?P<variable>[A-Za-z_]\w*))?\)\s*(?P<doc>.*)$"
)

__all__ = [
    "OUTPUT_FORMATS",
    "Parameter",
    "Query",
    "bind_parameters",
    "bind_text",
    "format_table",
    "list_queries",
    "load_query",
    "run_query",
    "values_clause",
]


@dataclass(frozen=True)
class Parameter:
    """A named query parameter: its name, type, description and the SPARQL variable it binds.

    The variable is the parameter's name unless the header gives another one, as in
    ``# Parameter: state (state, ?reference_code) …`` where a result column is also ``state``.
    """

    name: str
    type: str
    doc: str
    variable: str


@dataclass(frozen=True)
class Query:
    """A parsed ``.rq`` file: its text, header and the prepared (parsed) SPARQL."""

    name: str
    path: Path
    text: str
    question: str
    parameters: tuple[Parameter, ...]
    columns: tuple[str, ...]
    prepared: PreparedQuery
    examples: dict[str, str]
    requires: tuple[str, ...] = ()


def list_queries(directory: Path = QUERIES_DIR) -> list[Query]:
    """Every query in ``directory``, sorted by name.

    >>> len(list_queries()) >= 12
    True
    """
    return [load_query(path) for path in sorted(directory.glob("*.rq"))]


def load_query(name_or_path: str | Path, directory: Path = QUERIES_DIR) -> Query:
    """Load a query by file path or by its name in ``queries/`` (with or without ``.rq``)."""
    path = _find_query(name_or_path, directory)
    text = path.read_text(encoding="utf-8")
    question, parameters, columns, examples, requires = _parse_header(text, path)
    try:
        prepared = prepareQuery(text, initNs=dict(PREFIXES))
    except Exception as error:
        line, column = getattr(error, "lineno", None), getattr(error, "col", None)
        where = f"{path}, line {line}, column {column}" if line else str(path)
        detail = getattr(error, "msg", None) or str(error)
        raise QueryError(
            f"SPARQL syntax error: {detail}",
            where=where,
            fix="correct the query at that position",
        ) from error
    return Query(path.stem, path, text, question, parameters, columns, prepared, examples, requires)


def bind_parameters(query: Query, values: Mapping[str, str]) -> dict[str, Identifier]:
    """Turn ``NAME=VALUE`` strings into typed RDF terms for the query's declared parameters.

    The result maps SPARQL variable names to terms. A ``state`` parameter accepts any name
    or code the registry resolves and binds its ISO 3166 alpha-3 code; a ``date`` must be
    ISO 8601 (``YYYY-MM-DD``).

    >>> query = load_query("leaders")
    >>> bind_parameters(query, {"date": "2025-02-24"})["date"].datatype == XSD.date
    True
    >>> bind_parameters(query, {"date": "24/02/2025"})
    Traceback (most recent call last):
    ...
    kg.errors.QueryError: parameter date: '24/02/2025' is not an ISO date (fix: ...)
    """
    declared = {parameter.name: parameter for parameter in query.parameters}
    unknown = sorted(set(values) - set(declared))
    if unknown:
        raise QueryError(
            f"unknown parameter(s) {', '.join(unknown)} for query {query.name}",
            fix=f"declared parameters: {', '.join(declared) or 'none'}",
        )
    missing = [name for name in declared if name not in values]
    if missing:
        raise QueryError(
            f"missing parameter(s) {', '.join(missing)} for query {query.name}",
            fix="pass each as --param " + " --param ".join(f"{name}=VALUE" for name in missing),
        )
    return {declared[name].variable: _term(declared[name], value) for name, value in values.items()}


def values_clause(bindings: Mapping[str, Identifier]) -> str:
    """A SPARQL ``VALUES`` block that binds each variable to one RDF term.

    Every term is written by rdflib (``Identifier.n3()``): a string is one quoted, escaped
    literal token, so no value can close the block or add a clause.

    >>> print(values_clause({"symbol": Literal('"> } ; DROP ALL #')}))
    VALUES (?symbol) { ("\\"> } ; DROP ALL #") }
    """
    variables = " ".join(f"?{name}" for name in bindings)
    terms = " ".join(term.n3() for term in bindings.values())
    return f"VALUES ({variables}) {{ ({terms}) }}"


def bind_text(query: Query, values: Mapping[str, str]) -> str:
    """The query's text, self-contained, with its parameters bound: for other SPARQL engines.

    The same typed terms as :func:`bind_parameters`, written by :func:`values_clause` as the
    first element of the query's ``WHERE`` group, so every pattern and ``FILTER`` of that
    group sees them (a trailing ``VALUES`` joins only after the group's filters ran). The
    ``PREFIX`` lines that the project's queries may leave implicit are declared.

    >>> text = bind_text(load_query("leaders"), {"date": "2025-02-24"})
    >>> 'VALUES (?date) { ("2025-02-24"^^<http://www.w3.org/2001/XMLSchema#date>) }' in text
    True
    """
    return _with_values(query, bind_parameters(query, values))


def _with_values(query: Query, bindings: Mapping[str, Identifier]) -> str:
    declared = {name.lower() for name in re.findall(r"(?im)^\s*PREFIX\s+(\w*):", query.text)}
    prologue = "".join(
        f"PREFIX {prefix}: <{namespace}>\n"
        for prefix, namespace in PREFIXES.items()
        if prefix.lower() not in declared
    )
    text = query.text
    if bindings:
        position = _where_group_start(text)
        if position is None:
            raise QueryError(
                f"cannot find the WHERE group of query {query.name}",
                where=str(query.path),
                fix="write the query with an explicit WHERE { … }",
            )
        text = f"{text[:position]}\n  {values_clause(bindings)}\n{text[position:]}"
    return prologue + text


def run_query(
    dataset: Dataset | SparqlEndpoint,
    query: Query | str | Path,
    parameters: Mapping[str, str] | None = None,
) -> pd.DataFrame:
    """Run a SELECT query on ``dataset`` and return its solutions as a table of strings.

    ``dataset`` may also be a :class:`kg.remote.SparqlEndpoint`: the query then goes to that
    server, its parameters bound by :func:`bind_text`. Or a ``pyoxigraph.Store`` (the on-disk
    store of :mod:`kg.store`): the query runs there with the default graph as the union of
    all graphs, as in the built dataset; parameters whose variable the query projects are
    bound by pyoxigraph's ``substitutions`` (SEP-0007: they reach into sub-selects, which a
    ``VALUES`` block does not), the others (``?date`` in filters, say) by the
    :func:`bind_text` block.
    Unbound values become empty strings; booleans print as ``true``/``false``.
    """
    if not isinstance(query, Query):
        query = load_query(query)
    from kg.remote import SparqlEndpoint

    if isinstance(dataset, SparqlEndpoint):
        names, solutions = dataset.select(bind_text(query, parameters or {}))
        rows = [[_text(value) for value in row] for row in solutions]
        return pd.DataFrame(rows, columns=names, dtype="string")
    bindings = bind_parameters(query, parameters or {})
    if not isinstance(dataset, Dataset | Graph):
        projected = {str(variable) for variable in getattr(query.prepared.algebra, "PV", ())}
        substituted = {name: term for name, term in bindings.items() if name in projected}
        others = {name: term for name, term in bindings.items() if name not in projected}
        return _run_on_store(dataset, query, _with_values(query, others), substituted)
    try:
        result = dataset.query(query.prepared, initBindings=bindings)
    except Exception as error:
        raise QueryError(f"query {query.name} failed: {error}", where=str(query.path)) from error
    if result.type != "SELECT":
        raise QueryError(
            f"query {query.name} is a {result.type} query", fix="dkg query runs SELECT queries"
        )
    names = [str(variable) for variable in result.vars]
    rows = [[_text(value) for value in row] for row in result]
    return pd.DataFrame(rows, columns=names, dtype="string")


def _run_on_store(
    store: Any, query: Query, text: str, substitutions: Mapping[str, Identifier] | None = None
) -> pd.DataFrame:
    """Run bound query text on a pyoxigraph ``Store``: solutions as a table of strings.

    >>> from pyoxigraph import Literal as OxLiteral, NamedNode, Quad, Store
    >>> from kg.ontology import DKG, motion_iri
    >>> store = Store()
    >>> store.add(Quad(NamedNode(str(motion_iri("A/RES/ES-11/7"))), NamedNode(str(DKG.symbol)),
    ...                OxLiteral("A/RES/ES-11/7"), NamedNode("https://example.org/g")))
    >>> run_query(store, "rollcall-votes", {"symbol": "A/RES/ES-11/7"}).empty
    True
    """
    from pyoxigraph import QuerySolutions, Variable

    terms = {Variable(name): _oxigraph_term(term) for name, term in (substitutions or {}).items()}
    try:
        result = store.query(text, use_default_graph_as_union=True, substitutions=terms or None)
    except Exception as error:
        raise QueryError(f"query {query.name} failed: {error}", where=str(query.path)) from error
    if not isinstance(result, QuerySolutions):
        raise QueryError(
            f"query {query.name} is not a SELECT query", fix="dkg query runs SELECT queries"
        )
    names = [variable.value for variable in result.variables]
    rows = [[_store_text(solution[name]) for name in names] for solution in result]
    return pd.DataFrame(rows, columns=names, dtype="string")


def _oxigraph_term(term: Identifier) -> Any:
    """The pyoxigraph term equal to an rdflib IRI or literal (what parameters bind to)."""
    from pyoxigraph import Literal as OxLiteral
    from pyoxigraph import NamedNode

    if isinstance(term, Literal):
        if term.language:
            return OxLiteral(str(term), language=term.language)
        datatype = NamedNode(str(term.datatype)) if term.datatype else None
        return OxLiteral(str(term), datatype=datatype)
    return NamedNode(str(term))


def _store_text(value: Any) -> str:
    if value is None:
        return ""
    datatype = getattr(value, "datatype", None)
    if datatype is not None and datatype.value == str(XSD.boolean):
        return "true" if value.value in ("true", "1") else "false"
    return value.value


def format_table(table: pd.DataFrame, output_format: str = "table") -> str:
    """Render a result table as aligned text, CSV (header row first) or JSON (a list of rows).

    >>> frame = pd.DataFrame({"state": ["USA"], "vote": ["N"]})
    >>> print(format_table(frame, "csv"), end="")
    state,vote
    USA,N
    """
    if output_format == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(table.columns)
        writer.writerows(table.itertuples(index=False))
        return buffer.getvalue()
    if output_format == "json":
        return json.dumps(table.to_dict(orient="records"), ensure_ascii=False, indent=2) + "\n"
    if output_format == "table":
        if table.empty:
            return "(no results)\n"
        return table.to_string(index=False) + "\n"
    raise QueryError(
        f"unknown output format {output_format!r}", fix=f"use one of {', '.join(OUTPUT_FORMATS)}"
    )


# Tokens inside which a `{` or the word WHERE does not count: a comment, a long or short
# string, an IRI (a `<` followed by a space or `=` is a comparison, not an IRI).
_LEXICAL_SKIP = re.compile(
    r"#[^\n]*"
    r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"""(?:[^"\\]|\\.|"(?!""))*"""'
    r"|'(?:[^'\\\n]|\\.)*'"
    r'|"(?:[^"\\\n]|\\.)*"'
    r'|<[^<>"{}|^`\\\x00-\x20=]*>'
)
_WORD = re.compile(r"[A-Za-z_]\w*")


def _where_group_start(text: str) -> int | None:
    """The offset just after the ``{`` that opens the query's WHERE group: the first ``{``
    after the keyword ``WHERE``, or the first ``{`` of a SELECT/ASK/DESCRIBE without it."""
    position, seen_where, form = 0, False, None
    while position < len(text):
        token = _LEXICAL_SKIP.match(text, position) or _WORD.match(text, position)
        if token:
            keyword = token.group().upper()
            if keyword == "WHERE":
                seen_where = True
            elif form is None and keyword in ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE"):
                form = keyword
            position = token.end()
            continue
        if text[position] == "{" and (seen_where or form in ("SELECT", "ASK", "DESCRIBE")):
            return position + 1
        position += 1
    return None


def _find_query(name_or_path: str | Path, directory: Path) -> Path:
    candidate = Path(name_or_path)
    if candidate.suffix == ".rq" and candidate.is_file():
        return candidate
    name = candidate.name.removesuffix(".rq")
    path = directory / f"{name}.rq"
    if path.is_file():
        return path
    known = ", ".join(sorted(path.stem for path in directory.glob("*.rq")))
    raise QueryError(
        f"no query named {str(name_or_path)!r}",
        fix=f"give a path to a .rq file or one of: {known} (dkg query --list)",
    )


def _parse_header(
    text: str, path: Path
) -> tuple[str, tuple[Parameter, ...], tuple[str, ...], dict[str, str], tuple[str, ...]]:
    question, columns, parameters, examples, requires = "", (), [], {}, ()
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        match = _HEADER_FIELD.match(line.strip())
        if not match:
            continue
        field, value = match.group(1).lower(), match.group(2).strip()
        if field in ("question", "rule"):
            question = value
        elif field == "example":
            name, separator, example = value.partition("=")
            if not separator:
                raise QueryError(
                    f"malformed example line {value!r}",
                    where=str(path),
                    fix="write '# Example: NAME=VALUE', one line per parameter",
                )
            examples[name.strip()] = example.strip()
        elif field == "requires":
            requires = tuple(word.strip() for word in value.split(",") if word.strip())
        elif field == "columns":
            columns = tuple(column.strip() for column in value.split(","))
        elif field == "parameter":
            parameter = _PARAMETER.match(value)
            if not parameter or parameter.group("type") not in PARAMETER_TYPES:
                raise QueryError(
                    f"malformed parameter line {value!r}",
                    where=str(path),
                    fix=f"write '# Parameter: NAME (TYPE) description', TYPE one of "
                    f"{', '.join(PARAMETER_TYPES)}",
                )
            fields = parameter.groupdict()
            fields["variable"] = fields["variable"] or fields["name"]
            parameters.append(Parameter(**fields))
    if not question or not (columns or _is_construct(text)):
        raise QueryError(
            "query header lacks a '# Question:' (or '# Rule:') or '# Columns:' line",
            where=str(path),
            fix="start the file with the header described in queries/README.md",
        )
    missing = [parameter.name for parameter in parameters if parameter.name not in examples]
    if missing:
        raise QueryError(
            f"no example value for parameter(s) {', '.join(missing)}",
            where=str(path),
            fix="add a '# Example: NAME=VALUE' line for each parameter",
        )
    return question, tuple(parameters), columns, examples, requires


def _is_construct(text: str) -> bool:
    body = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("#"))
    return re.search(r"\bCONSTRUCT\b", body, re.IGNORECASE) is not None


def _term(parameter: Parameter, value: str) -> Identifier:
    if parameter.type == "date":
        try:
            date.fromisoformat(value)
        except ValueError:
            raise QueryError(
                f"{value!r} is not an ISO date",
                where=f"parameter {parameter.name}",
                fix="write it as YYYY-MM-DD, e.g. 2025-02-24",
            ) from None
        return Literal(value, datatype=XSD.date)
    if parameter.type == "integer":
        if not re.fullmatch(r"[+-]?\d+", value):
            raise QueryError(
                f"{value!r} is not an integer",
                where=f"parameter {parameter.name}",
                fix="give digits",
            )
        return Literal(int(value))
    if parameter.type == "state":
        from kg.registry import resolve_state

        try:
            return Literal(resolve_state(value).iso3)
        except Exception as error:
            raise QueryError(str(error), where=f"parameter {parameter.name}") from error
    return Literal(value)


def _text(value: Identifier | None) -> str:
    if value is None:
        return ""
    if isinstance(value, Literal) and value.datatype == XSD.boolean:
        return "true" if value.toPython() else "false"
    return str(value)
