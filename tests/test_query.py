"""The query loader and parameter binding: headers, typed terms, errors, injection."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import XSD

from kg.errors import QueryError
from kg.ontology import DKG, QUERIES_DIR, motion_iri, rollcall_iri
from kg.query import bind_parameters, format_table, list_queries, load_query, run_query

REQUIRED_COLUMNS = {
    "rollcall-votes": ("state", "name", "vote"),
    "voted-with": ("state", "name", "vote"),
    "vote-changes": ("state", "name", "from_vote", "to_vote"),
    "leaders": ("person", "post", "state"),
    "tallies": (
        "symbol", "body", "date", "yes", "no", "abstain",
        "counted_yes", "counted_no", "counted_abstain", "complete",
    ),
}  # fmt: skip


def test_every_query_has_a_header_and_parses():
    queries = list_queries()
    assert len(queries) >= 12
    for query in queries:
        assert query.question.endswith("?"), query.name
        assert query.columns, query.name
        projected = tuple(str(variable) for variable in query.prepared.algebra["PV"])
        assert projected == query.columns, query.name


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


def test_syntax_error_names_line_and_column(tmp_path: Path):
    broken = tmp_path / "broken.rq"
    broken.write_text(
        "# Question: Broken?\n# Columns: x\nSELECT ?x WHERE {\n  ?x ?y \n}}\n", encoding="utf-8"
    )
    with pytest.raises(QueryError) as caught:
        load_query(broken)
    assert "line 4" in str(caught.value) or "line 5" in str(caught.value)
    assert "column" in str(caught.value)
    assert caught.value.exit_code == 4


def test_unknown_query_lists_the_known_ones():
    with pytest.raises(QueryError, match="rollcall-votes"):
        load_query("no-such-question")


def test_header_without_columns_is_rejected(tmp_path: Path):
    path = tmp_path / "headless.rq"
    path.write_text("SELECT ?x WHERE { ?x ?y ?z }\n", encoding="utf-8")
    with pytest.raises(QueryError, match="Question"):
        load_query(path)


def test_format_table_json_and_empty():
    from pandas import DataFrame

    frame = DataFrame({"state": ["USA", "RUS"], "vote": ["N", "N"]})
    assert format_table(frame, "json").startswith('[\n  {\n    "state": "USA"')
    assert format_table(frame.iloc[0:0], "table") == "(no results)\n"
    with pytest.raises(QueryError, match="unknown output format"):
        format_table(frame, "xml")


def test_queries_directory_is_the_project_one():
    assert (QUERIES_DIR / "README.md").is_file()
