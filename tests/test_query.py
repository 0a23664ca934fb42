"""The query loader and parameter binding: headers, typed terms, errors, injection."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import XSD

from kg.errors import QueryError
from kg.ontology import DKG, QUERIES_DIR, motion_iri, rollcall_iri
from kg.query import (
    Solutions,
    _projection,
    bind_parameters,
    format_table,
    list_queries,
    load_query,
    run_query,
    select_rows,
)

REQUIRED_COLUMNS = {
    "rollcall-votes": ("state", "name", "vote"),
    "voted-with": ("state", "name", "vote"),
    "vote-changes": ("state", "name", "from_vote", "to_vote"),
    "leaders": ("person", "post", "state", "source"),
    "tallies": (
        "symbol", "body", "date", "yes", "no", "abstain",
        "counted_yes", "counted_no", "counted_abstain", "complete",
    ),
}  # fmt: skip


def test_every_query_has_a_header_and_parses_on_both_engines():
    """load_query reads headers only; each engine parses a query when it runs it."""
    queries = list_queries()
    assert len(queries) >= 12
    for query in queries:
        assert query.question.endswith("?"), query.name
        assert query.columns, query.name
        projected = tuple(str(variable) for variable in query.prepared.algebra["PV"])
        assert projected == query.columns, query.name
        assert _projection(query) == query.columns, query.name


@pytest.mark.parametrize(("name", "columns"), REQUIRED_COLUMNS.items())
def test_required_queries_have_the_required_columns(name, columns):
    assert load_query(name).columns == columns


def test_parameters_bind_as_typed_terms():
    assert bind_parameters(load_query("leaders"), {"date": "2022-03-02"}) == {
        "date": Literal("2022-03-02", datatype=XSD.date)
    }
    bound = bind_parameters(load_query("voted-with"), {"state": "United States", "symbol": "x"})
    assert bound == {"reference_code": Literal("USA"), "symbol": Literal("x")}


@pytest.mark.parametrize(
    ("name", "values", "message"),
    [
        ("leaders", {}, "missing parameter(s) date"),
        ("leaders", {"date": "2025-02-24", "when": "x"}, "unknown parameter(s) when"),
        ("leaders", {"date": "2025-02-30"}, "is not an ISO date"),
        ("voted-with", {"state": "Atlantis", "symbol": "A/RES/ES-11/7"}, "Atlantis"),
    ],
)
def test_bad_parameters_are_clear_errors(name, values, message):
    with pytest.raises(QueryError, match=message.replace("(", r"\(").replace(")", r"\)")):
        bind_parameters(load_query(name), values)


def test_a_sparql_fragment_as_a_parameter_stays_a_literal():
    """A value that would close the pattern and drop data is compared as a string."""
    dataset = Dataset(default_union=True)
    graph = dataset.graph(URIRef("https://example.org/g"))
    graph.add((motion_iri("A/RES/ES-11/7"), DKG.symbol, Literal("A/RES/ES-11/7")))
    graph.add((rollcall_iri("ga-es-11-7"), DKG.motion, motion_iri("A/RES/ES-11/7")))
    before = len(dataset)
    hostile = '"> } ; DROP ALL #'
    table = run_query(dataset, "rollcall-votes", {"symbol": hostile})
    assert table.empty
    assert len(dataset) == before
    assert bind_parameters(load_query("rollcall-votes"), {"symbol": hostile}) == {
        "symbol": Literal(hostile)
    }


@pytest.mark.parametrize("backend", ["rdflib", "oxigraph"])
def test_syntax_error_names_line_and_column(tmp_path: Path, backend: str):
    from pyoxigraph import Store

    broken = tmp_path / "broken.rq"
    broken.write_text(
        "# Question: Broken?\n# Columns: x\nSELECT ?x WHERE {\n  ?x ?y \n}}\n", encoding="utf-8"
    )
    query = load_query(broken)  # the header is fine; the engine that runs it finds the error
    dataset = Dataset(default_union=True) if backend == "rdflib" else Store()
    with pytest.raises(QueryError) as caught:
        run_query(dataset, query)
    message = str(caught.value)
    assert message.startswith(f"{broken}, line ") and "SPARQL syntax error" in message
    assert "line 4" in message or "line 5" in message
    assert "column" in message
    assert caught.value.exit_code == 4


def test_store_binds_parameters_in_the_sub_selects_that_project_them_and_in_filters():
    """?first/?second reach into agreement.rq's sub-selects; leaders' ?date only filters."""
    from pyoxigraph import Literal as OxLiteral
    from pyoxigraph import NamedNode, Quad, Store

    store = Store()
    graph = NamedNode("https://example.org/g")
    for code in ("USA", "RUS"):
        state = NamedNode(f"https://example.org/{code}")
        store.add(Quad(state, NamedNode(str(DKG.iso3)), OxLiteral(code), graph))
        for number in (1, 2):
            rollcall = NamedNode(f"https://example.org/rollcall/{number}")
            option = DKG.votedNo if code == "RUS" and number == 2 else DKG.votedYes
            store.add(Quad(state, NamedNode(str(option)), rollcall, graph))
    assert _projection(load_query("leaders")) == ("person", "post", "state", "source")
    table = run_query(store, "agreement", {"first": "USA", "second": "Russia"})
    assert table.to_dict(orient="records") == [
        {"first": "USA", "second": "RUS", "joint_votes": "2", "identical_votes": "1",
         "agreement": "0.5"}
    ]  # fmt: skip
    assert run_query(store, "leaders", {"date": "2025-02-24"}).empty


def test_printing_a_query_on_a_store_loads_neither_pandas_nor_rdflibs_parser():
    """Oxigraph parses what it runs (rdflib's pyparsing parser is for rdflib datasets), and
    rows print without a DataFrame: what ``dkg query --store`` does."""
    script = (
        "import sys; from pyoxigraph import Store; from kg.query import format_table, select_rows; "
        "format_table(select_rows(Store(), 'agreement', {'first': 'USA', 'second': 'RUS'})); "
        "print(sorted(m for m in sys.modules "
        "if m.startswith(('pandas', 'numpy', 'pyparsing', 'rdflib.plugins.sparql'))))"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_unknown_query_lists_the_known_ones():
    with pytest.raises(QueryError, match="rollcall-votes"):
        load_query("no-such-question")


def test_header_without_columns_is_rejected(tmp_path: Path):
    path = tmp_path / "headless.rq"
    path.write_text("SELECT ?x WHERE { ?x ?y ?z }\n", encoding="utf-8")
    with pytest.raises(QueryError, match="Question"):
        load_query(path)


def test_rows_and_dataframes_print_alike_and_as_pandas_prints_strings():
    from pandas import DataFrame

    solutions = Solutions(
        ("state", "name", "vote", "note"),
        [("USA", "United States", "N", ""), ("CIV", "Côte d'Ivoire", "", "a\tb\nc")],
    )
    frame = DataFrame(solutions.rows, columns=list(solutions.columns), dtype="string")
    for output_format in ("table", "csv", "json"):
        assert format_table(solutions, output_format) == format_table(frame, output_format)
    assert format_table(solutions) == frame.to_string(index=False) + "\n"
    assert format_table(solutions, "json").startswith('[\n  {\n    "state": "USA"')
    assert format_table(Solutions(("state",), []), "table") == "(no results)\n"


def test_select_rows_is_run_query_without_the_dataframe():
    dataset = Dataset(default_union=True)
    graph = dataset.graph(URIRef("https://example.org/g"))
    graph.add((URIRef("https://example.org/USA"), DKG.iso3, Literal("USA")))
    graph.add((URIRef("https://example.org/USA"), DKG.votedNo, rollcall_iri("ga-es-11-7")))
    graph.add((URIRef("https://example.org/RUS"), DKG.iso3, Literal("RUS")))
    graph.add((URIRef("https://example.org/RUS"), DKG.votedNo, rollcall_iri("ga-es-11-7")))
    parameters = {"first": "USA", "second": "RUS"}
    solutions = select_rows(dataset, "agreement", parameters)
    assert solutions == Solutions(
        ("first", "second", "joint_votes", "identical_votes", "agreement"),
        [("USA", "RUS", "1", "1", "1")],
    )
    table = run_query(dataset, "agreement", parameters)
    assert tuple(table.columns) == solutions.columns
    assert [tuple(row) for row in table.itertuples(index=False)] == solutions.rows
    assert str(table.dtypes.iloc[0]) == "string"


def test_format_table_json_and_empty():
    from pandas import DataFrame

    frame = DataFrame({"state": ["USA", "RUS"], "vote": ["N", "N"]})
    assert format_table(frame, "json").startswith('[\n  {\n    "state": "USA"')
    assert format_table(frame.iloc[0:0], "table") == "(no results)\n"
    with pytest.raises(QueryError, match="unknown output format"):
        format_table(frame, "xml")


def test_queries_directory_is_the_project_one():
    assert (QUERIES_DIR / "README.md").is_file()
