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
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from rdflib import Dataset, Graph, Literal
from rdflib.namespace import XSD
from rdflib.term import Identifier

from kg.errors import QueryError
from kg.formats import TABLE_FORMATS
from kg.guard import LEXICAL_SKIP as _LEXICAL_SKIP
from kg.guard import check_query
from kg.ontology import PREFIXES, QUERIES_DIR

if TYPE_CHECKING:  # pandas and rdflib's SPARQL parser load when a query runs, not on import
    import pandas as pd
    from rdflib.plugins.sparql.sparql import Query as PreparedQuery

    from kg.remote import SparqlEndpoint

PARAMETER_TYPES = ("string", "date", "integer", "state")
OUTPUT_FORMATS = TABLE_FORMATS

_HEADER_FIELD = re.compile(
    r"^#\s*(Question|Rule|Parameter|Example|Columns|Requires|Notes?):\s*(.*)$", re.IGNORECASE
)
_PARAMETER = re.compile(
    r"^(?P<name>[A-Za-z_]\w*)\s*\((?P<type>\w+)(?:,\s*\?(?P<variable>[A-Za-z_]\w*))?"
    r"(?P<optional>,\s*optional)?\)\s*(?P<doc>.*)$"
)

__all__ = [
    "OUTPUT_FORMATS",
    "Parameter",
    "Query",
    "Solutions",
    "bind_parameters",
    "bind_text",
    "format_table",
    "list_queries",
    "load_query",
    "run_query",
    "select_rows",
    "select_table",
    "values_clause",
]


@dataclass(frozen=True)
class Parameter:
    """A named query parameter: its name, type, description and the SPARQL variable it binds.

    The variable is the parameter's name unless the header gives another one, as in
    ``# Parameter: state (state, ?reference_code) …`` where a result column is also ``state``.
    An ``optional`` parameter (``# Parameter: year (integer, optional) …``) may be left out:
    its variable is then unbound, and the query tests it with ``BOUND``.
    """

    name: str
    type: str
    doc: str
    variable: str
    optional: bool = False


@dataclass(frozen=True)
class Query:
    """A loaded ``.rq`` file: its text and header; :attr:`prepared` is its rdflib parse.

    The SPARQL is parsed by the engine that runs it, when it runs: rdflib's parse (slow:
    pyparsing) on first use of :attr:`prepared`, Oxigraph's when the query goes to a store.
    Either way a syntax error is a :class:`~kg.errors.QueryError` naming line and column.
    """

    name: str
    path: Path
    text: str
    question: str
    parameters: tuple[Parameter, ...]
    columns: tuple[str, ...]
    examples: dict[str, str]
    requires: tuple[str, ...] = ()

    @cached_property
    def prepared(self) -> PreparedQuery:
        """The query parsed by rdflib (``prepareQuery``) with the project's prefixes.

        >>> sorted(str(variable) for variable in load_query("leaders").prepared.algebra["PV"])
        ['person', 'post', 'source', 'state']
        """
        from rdflib.plugins.sparql import prepareQuery

        try:
            return prepareQuery(self.text, initNs=dict(PREFIXES))
        except Exception as error:
            line, column = getattr(error, "lineno", None), getattr(error, "col", None)
            detail = getattr(error, "msg", None) or str(error)
            raise _syntax_error(self.path, detail, line, column) from error


def list_queries(directory: Path = QUERIES_DIR) -> list[Query]:
    """Every query in ``directory``, sorted by name.

    >>> len(list_queries()) >= 12
    True
    """
    return [load_query(path) for path in sorted(directory.glob("*.rq"))]


def load_query(name_or_path: str | Path, directory: Path = QUERIES_DIR) -> Query:
    """Load a query by file path, by its name in ``queries/`` (with or without ``.rq``), or
    from SPARQL text (a string with a ``{``, which no name or path has).

    A file's header is checked here; text needs none, but may declare its parameters with
    the same ``# Parameter:`` lines. The SPARQL is parsed when the query runs (see
    :class:`Query`).

    >>> query = load_query("SELECT ?state WHERE { ?state a dkg:State }")
    >>> query.name, query.parameters, query.text.startswith("SELECT")
    ('query', (), True)
    """
    if isinstance(name_or_path, str) and "{" in name_or_path:
        text = name_or_path
        path = Path("<query>")
        question, parameters, columns, examples, requires = _parse_header(text, path, strict=False)
        return Query("query", path, text, question, parameters, columns, examples, requires)
    path = _find_query(name_or_path, directory)
    text = path.read_text(encoding="utf-8")
    question, parameters, columns, examples, requires = _parse_header(text, path)
    return Query(path.stem, path, text, question, parameters, columns, examples, requires)


def _syntax_error(path: Path, detail: str, line: int | None, column: int | None) -> QueryError:
    where = f"{path}, line {line}, column {column}" if line else str(path)
    return QueryError(
        f"SPARQL syntax error: {detail}", where=where, fix="correct the query at that position"
    )


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
    missing = [name for name, declared_as in declared.items()
               if name not in values and not declared_as.optional]  # fmt: skip
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
    group sees them (a trailing ``VALUES`` joins only after the group's filters ran). A
    sub-select that projects a bound variable gets the block at the start of its own ``WHERE``
    group instead: a sub-select is evaluated on its own, so without it the engine would read
    every state's votes there and join them with the parameter only afterwards (15 s instead
    of 35 ms for ``agreement`` on the full history). The outer group keeps only the variables
    it uses outside those sub-selects. The ``PREFIX`` lines that the project's queries may
    leave implicit are declared.

    >>> text = bind_text(load_query("leaders"), {"date": "2025-02-24"})
    >>> 'VALUES (?date) { ("2025-02-24"^^<http://www.w3.org/2001/XMLSchema#date>) }' in text
    True
    >>> text = bind_text(load_query("agreement"), {"first": "USA", "second": "RUS"})
    >>> [line.strip() for line in text.splitlines() if line.strip().startswith("VALUES")]
    ['VALUES (?first) { ("USA") }', 'VALUES (?second) { ("RUS") }']
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
        blocks, outside = {}, list(text)
        for keyword, start, projected in _select_groups(text):
            inner = {name: term for name, term in bindings.items() if name in projected}
            if start != position and inner:
                blocks[start] = inner
                end = _group_end(text, start)
                outside[keyword:end] = " " * (end - keyword)
        # A variable that only sub-selects use is bound in them alone: the sub-selects' rows
        # carry it, and Virtuoso 7.2 stalls on an outer VALUES joined with such sub-selects.
        outside_text = "".join(outside[position : _group_end(text, position)])
        outer = {
            name: term
            for name, term in bindings.items()
            if not any(name in block for block in blocks.values())
            or re.search(rf"[?$]{name}\b", outside_text)
        }
        if outer:
            blocks[position] = outer
        for start in sorted(blocks, reverse=True):  # from the end, so offsets stay valid
            text = f"{text[:start]}\n  {values_clause(blocks[start])}\n{text[start:]}"
    return prologue + text


class Solutions(NamedTuple):
    """A SELECT query's solutions without pandas: column names and rows of strings."""

    columns: tuple[str, ...]
    rows: list[tuple[str, ...]]


def run_query(
    dataset: Dataset | SparqlEndpoint,
    query: Query | str | Path,
    parameters: Mapping[str, str] | None = None,
) -> pd.DataFrame:
    """Run a SELECT query on ``dataset`` and return its solutions as a table of strings.

    The rows of :func:`select_rows` in a DataFrame of dtype ``string``; see there for the
    backends and how parameters are bound.
    """
    import pandas as pd

    columns, rows = select_rows(dataset, query, parameters)
    return pd.DataFrame(rows, columns=list(columns), dtype="string")


def select_rows(
    dataset: Dataset | SparqlEndpoint,
    query: Query | str | Path,
    parameters: Mapping[str, str] | None = None,
) -> Solutions:
    """Run a SELECT query on ``dataset``: its column names and rows of strings.

    What :func:`run_query` puts in a DataFrame, for a caller that only prints them with
    :func:`format_table` (``dkg query``): importing pandas takes longer than most queries.

    ``dataset`` is an rdflib ``Dataset`` or ``Graph``, parameters bound through rdflib's
    ``initBindings``; or a :class:`kg.remote.SparqlEndpoint`: the query then goes to that
    server, its parameters bound by :func:`bind_text`; or a ``pyoxigraph.Store`` (the on-disk
    store of :mod:`kg.store`): the query runs there with the default graph as the union of
    all graphs, as in the built dataset, its parameters bound by the same :func:`bind_text`
    blocks (in the sub-selects that project them, so ``agreement`` reads two states' votes,
    not every state's).
    Unbound values become empty strings; booleans print as ``true``/``false``. A syntax error
    is a :class:`~kg.errors.QueryError` naming its line and column, on every backend.

    >>> from pyoxigraph import Store
    >>> select_rows(Store(), "leaders", {"date": "2025-02-24"})
    Solutions(columns=('person', 'post', 'state', 'source'), rows=[])
    """
    names, rows, on_store = _solutions(dataset, query, parameters)
    text = _store_text if on_store else _text
    return Solutions(names, [tuple(text(value) for value in row) for row in rows])


def select_table(
    dataset: Dataset | SparqlEndpoint,
    query: Query | str | Path,
    parameters: Mapping[str, str] | None = None,
) -> pd.DataFrame:
    """Run a SELECT query on ``dataset`` (as :func:`select_rows`): a DataFrame typed by the
    datatypes of the values, column by column.

    ``xsd:integer`` and its kin become ``Int64`` (nullable), ``xsd:decimal``, ``double`` and
    ``float`` ``float64``, ``xsd:date`` ``datetime64[ns]``, ``xsd:dateTime`` ``datetime64``
    (in UTC when the values carry a time zone), ``xsd:boolean`` ``boolean``; IRIs, strings and
    a column mixing datatypes stay ``string``. An unbound value is missing (``<NA>``, ``NaN``,
    ``NaT``).

    >>> from pyoxigraph import Store
    >>> text = (
    ...     "SELECT * WHERE { VALUES (?count ?day ?flag ?state) {"
    ...     '  (93 "2025-02-24"^^xsd:date true <https://w3id.org/diplomatic-kg/id/state/USA>)'
    ...     "  (UNDEF UNDEF UNDEF UNDEF) } }"
    ... )
    >>> table = select_table(Store(), text)
    >>> [str(dtype) for dtype in table.dtypes]
    ['Int64', 'datetime64[ns]', 'boolean', 'string']
    >>> table["count"].tolist()
    [93, <NA>]
    """
    import pandas as pd

    names, rows, on_store = _solutions(dataset, query, parameters)
    term = _store_term if on_store else _rdflib_term
    cells = [[term(value) for value in row] for row in rows]
    return pd.DataFrame(
        {name: _typed_column([row[index] for row in cells]) for index, name in enumerate(names)},
        columns=list(names),
    )


def _solutions(
    dataset: Any, query: Query | str | Path, parameters: Mapping[str, str] | None
) -> tuple[tuple[str, ...], Iterable[Sequence[Any]], bool]:
    """The query's variable names and rows of terms, and whether they are Oxigraph's terms
    (else rdflib's): the one place that sends a query to a backend."""
    if not isinstance(query, Query):
        query = load_query(query)
    from kg.remote import SparqlEndpoint

    if isinstance(dataset, SparqlEndpoint):
        _ = query.prepared  # a syntax error names its line and column here, not on the server
        names, solutions = dataset.select(bind_text(query, parameters or {}))
        return tuple(names), solutions, False
    # rdflib and Oxigraph would both call a SERVICE's address from this machine
    check_query(query.text, prefixes={prefix: str(iri) for prefix, iri in PREFIXES.items()})
    bindings = bind_parameters(query, parameters or {})
    if not isinstance(dataset, Dataset | Graph):
        _projection(query)  # a syntax error names its line and column in the .rq file
        names, rows = _run_on_store(dataset, query, _with_values(query, bindings))
        return names, rows, True
    prepared = query.prepared  # outside the try: a syntax error keeps its own message
    try:
        result = dataset.query(prepared, initBindings=bindings)
    except Exception as error:
        raise QueryError(f"query {query.name} failed: {error}", where=str(query.path)) from error
    if result.type != "SELECT":
        raise QueryError(
            f"query {query.name} is a {result.type} query", fix="dkg query runs SELECT queries"
        )
    return tuple(str(variable) for variable in result.vars), result, False


_OXIGRAPH_POSITION = re.compile(r"^error at (\d+):(\d+): ")


def _projection(query: Query) -> tuple[str, ...]:
    """The variables a SELECT query projects, as Oxigraph parses it (on an empty store).

    Parsing the file's own text (before parameters are bound into it) stops a syntax error
    with the line and column in the ``.rq`` file.

    >>> _projection(load_query("agreement"))
    ('first', 'second', 'joint_votes', 'identical_votes', 'agreement')
    """
    from pyoxigraph import QuerySolutions, Store

    try:
        result = Store().query(query.text, prefixes={p: str(iri) for p, iri in PREFIXES.items()})
    except SyntaxError as error:
        message = str(error)
        position = _OXIGRAPH_POSITION.match(message)
        if position is None:
            raise _syntax_error(query.path, message, None, None) from error
        line, column = int(position.group(1)), int(position.group(2))
        raise _syntax_error(query.path, message[position.end() :], line, column) from error
    if not isinstance(result, QuerySolutions):
        return ()
    return tuple(variable.value for variable in result.variables)


def _run_on_store(store: Any, query: Query, text: str) -> tuple[tuple[str, ...], list[tuple]]:
    """Run bound query text on a pyoxigraph ``Store``: variable names and rows of terms.

    >>> from pyoxigraph import Literal as OxLiteral, NamedNode, Quad, Store
    >>> from kg.ontology import DKG, motion_iri
    >>> store = Store()
    >>> store.add(Quad(NamedNode(str(motion_iri("A/RES/ES-11/7"))), NamedNode(str(DKG.symbol)),
    ...                OxLiteral("A/RES/ES-11/7"), NamedNode("https://example.org/g")))
    >>> run_query(store, "rollcall-votes", {"symbol": "A/RES/ES-11/7"}).empty
    True
    """
    from pyoxigraph import QuerySolutions

    try:
        result = store.query(text, use_default_graph_as_union=True)
    except Exception as error:
        raise QueryError(f"query {query.name} failed: {error}", where=str(query.path)) from error
    if not isinstance(result, QuerySolutions):
        raise QueryError(
            f"query {query.name} is not a SELECT query", fix="dkg query runs SELECT queries"
        )
    names = tuple(variable.value for variable in result.variables)
    return names, [tuple(solution[name] for name in names) for solution in result]


_XSD_NAMESPACE = str(XSD)
_INTEGER_TYPES = frozenset(
    _XSD_NAMESPACE + name
    for name in (
        "integer", "int", "long", "short", "byte", "nonNegativeInteger", "positiveInteger",
        "nonPositiveInteger", "negativeInteger", "unsignedLong", "unsignedInt", "unsignedShort",
        "unsignedByte",
    )
)  # fmt: skip
_FLOAT_TYPES = frozenset(_XSD_NAMESPACE + name for name in ("decimal", "double", "float"))
_DATE, _DATETIME, _BOOLEAN = (_XSD_NAMESPACE + name for name in ("date", "dateTime", "boolean"))
_TIME_ZONE = re.compile(r"(Z|[+-]\d\d:\d\d)$")

#: a result cell as the typed table reads it: lexical form and datatype IRI (None for an IRI,
#: a blank node or a string with a language tag), or None when unbound
_Term = tuple[str, str | None] | None


def _rdflib_term(value: Identifier | None) -> _Term:
    if value is None:
        return None
    datatype = getattr(value, "datatype", None)
    return str(value), str(datatype) if datatype is not None else None


def _store_term(value: Any) -> _Term:
    if value is None:
        return None
    datatype = getattr(value, "datatype", None)
    return value.value, datatype.value if datatype is not None else None


def _typed_column(cells: list[_Term]) -> Any:
    """One result column as a pandas array of the dtype its values' datatypes call for.

    >>> integer, day = str(XSD.integer), str(XSD.date)
    >>> _typed_column([("3", integer), None])
    <IntegerArray>
    [3, <NA>]
    Length: 2, dtype: Int64
    >>> str(_typed_column([("2025-02-24", day)]).dtype), str(_typed_column([("x", None)]).dtype)
    ('datetime64[ns]', 'string')
    >>> _typed_column([("2025-02-24T10:00:00+01:00", str(XSD.dateTime))])[0]
    Timestamp('2025-02-24 09:00:00+0000', tz='UTC')
    """
    import pandas as pd

    lexical = [None if cell is None else cell[0] for cell in cells]
    datatypes = {cell[1] for cell in cells if cell is not None}
    try:
        if datatypes and datatypes <= _INTEGER_TYPES:
            return pd.array([None if text is None else int(text) for text in lexical], "Int64")
        if datatypes and datatypes <= _INTEGER_TYPES | _FLOAT_TYPES:
            return pd.array([None if text is None else float(text) for text in lexical], "float64")
        if datatypes == {_BOOLEAN}:
            flags = [None if text is None else text.strip() in ("true", "1") for text in lexical]
            return pd.array(flags, dtype="boolean")
        if datatypes == {_DATE}:
            days = pd.to_datetime(pd.Series(lexical, dtype=object), format="ISO8601")
            return days.astype("datetime64[ns]").array
        if datatypes == {_DATETIME}:
            zoned = any(text and _TIME_ZONE.search(text) for text in lexical)
            times = pd.Series(lexical, dtype=object)
            times = pd.to_datetime(times, format="ISO8601", utc=zoned)
            return times.astype("datetime64[ns, UTC]" if zoned else "datetime64[ns]").array
    except (ValueError, TypeError, OverflowError):
        pass  # a malformed literal: the column stays text
    return pd.array(lexical, dtype="string")


def _store_text(value: Any) -> str:
    if value is None:
        return ""
    datatype = getattr(value, "datatype", None)
    if datatype is not None and datatype.value == str(XSD.boolean):
        return "true" if value.value in ("true", "1") else "false"
    return value.value


def format_table(table: pd.DataFrame | Solutions, output_format: str = "table") -> str:
    """Render a result table as aligned text, CSV (header row first) or JSON (a list of rows).

    ``table`` is a DataFrame or the :class:`Solutions` of :func:`select_rows`. The text
    form right-aligns each column under its name, as pandas' ``to_string(index=False)``
    prints strings, one line per row (a tab or line break in a value is shown escaped).

    >>> import pandas as pd
    >>> frame = pd.DataFrame({"state": ["USA"], "name": ["United States"], "vote": ["N"]})
    >>> print(format_table(frame, "csv"), end="")
    state,name,vote
    USA,United States,N
    >>> print(format_table(Solutions(("state", "name"), [("USA", "United States")])), end="")
    state          name
      USA United States
    """
    if not isinstance(table, Solutions):  # a DataFrame: its cells as Python values
        cells = table.astype(object).itertuples(index=False, name=None)
        table = Solutions(tuple(str(column) for column in table.columns), list(cells))
    columns, rows = table
    if output_format == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows(rows)
        return buffer.getvalue()
    if output_format == "json":
        records = [dict(zip(columns, row, strict=True)) for row in rows]
        return json.dumps(records, ensure_ascii=False, indent=2) + "\n"
    if output_format == "table":
        if not rows:
            return "(no results)\n"
        lines = [[str(cell).translate(_ESCAPED) for cell in row] for row in [columns, *rows]]
        widths = [max(len(line[index]) for line in lines) for index in range(len(columns))]
        return "".join(
            " ".join(cell.rjust(width) for cell, width in zip(line, widths, strict=True)) + "\n"
            for line in lines
        )
    raise QueryError(
        f"unknown output format {output_format!r}", fix=f"use one of {', '.join(OUTPUT_FORMATS)}"
    )


_ESCAPED = str.maketrans({"\t": "\\t", "\r": "\\r", "\n": "\\n"})


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


_VARIABLE = re.compile(r"[?$]([A-Za-z_]\w*)")


def _select_groups(text: str) -> list[tuple[int, int, frozenset[str]]]:
    """For each SELECT of the query (outer and sub-selects): the offset of the keyword, the
    offset just after the ``{`` of its WHERE group, and the variables it projects (none for
    ``SELECT *``, which is left alone).

    >>> text = "SELECT ?a (COUNT(?b) AS ?n) WHERE { { SELECT ?b WHERE { ?b ?p ?a } } }"
    >>> [(keyword, start, sorted(names)) for keyword, start, names in _select_groups(text)]
    [(0, 35, ['a', 'n']), (38, 55, ['b'])]
    """
    groups, position = [], 0
    while position < len(text):
        token = _LEXICAL_SKIP.match(text, position) or _WORD.match(text, position)
        if not (token and token.group().upper() == "SELECT"):
            position = token.end() if token else position + 1
            continue
        keyword, position = token.start(), token.end()
        depth, projected, star, after_as = 0, set(), False, False
        while position < len(text):
            token = (
                _LEXICAL_SKIP.match(text, position)
                or _VARIABLE.match(text, position)
                or _WORD.match(text, position)
            )
            if token:
                if token.re is _VARIABLE and (depth == 0 or after_as):
                    projected.add(token.group(1))
                after_as = token.re is _WORD and token.group().upper() == "AS"
                position = token.end()
                continue
            character = text[position]
            position += 1
            if character == "{":
                groups.append((keyword, position, frozenset() if star else frozenset(projected)))
                break
            depth += {"(": 1, ")": -1}.get(character, 0)
            star = star or (character == "*" and depth == 0)
    return groups


def _group_end(text: str, start: int) -> int:
    """The offset of the ``}`` that closes the group opened just before ``start``.

    >>> _group_end("{ ?s ?p '}' { ?o ?q ?r } } # }", 1)
    25
    """
    depth, position = 1, start
    while position < len(text):
        token = _LEXICAL_SKIP.match(text, position)
        if token:
            position = token.end()
            continue
        depth += {"{": 1, "}": -1}.get(text[position], 0)
        if depth == 0:
            return position
        position += 1
    return len(text)


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
    text: str, path: Path, *, strict: bool = True
) -> tuple[str, tuple[Parameter, ...], tuple[str, ...], dict[str, str], tuple[str, ...]]:
    """The header fields; ``strict`` (a file of ``queries/``): question, columns and an
    example for every parameter are required."""
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
                    fix=f"write '# Parameter: NAME (TYPE) description' (or NAME (TYPE, optional)), "
                    f"TYPE one of {', '.join(PARAMETER_TYPES)}",
                )
            fields = parameter.groupdict()
            fields["variable"] = fields["variable"] or fields["name"]
            fields["optional"] = fields["optional"] is not None
            parameters.append(Parameter(**fields))
    if not strict:
        return question, tuple(parameters), columns, examples, requires
    if not question or not (columns or _is_construct(text)):
        raise QueryError(
            "query header lacks a '# Question:' (or '# Rule:') or '# Columns:' line",
            where=str(path),
            fix="start the file with the header described in queries/README.md",
        )
    missing = [
        parameter.name
        for parameter in parameters
        if parameter.name not in examples and not parameter.optional
    ]
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
