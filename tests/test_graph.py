"""One graph handle (kg.open_graph): four sources, typed tables, the CLI's answers, %%sparql.

The fixture is the small tidy history file; the store is it imported, the dataset file that
store dumped as TriG, the endpoint ``dkg serve`` over the store. Every source answers the
same query with the same typed table.
"""

from __future__ import annotations

import io
from contextlib import redirect_stdout
from pathlib import Path

import pandas as pd
import pytest
from conftest import serving

from kg import DataError, KnowledgeGraph, UsageError, open_graph
from kg.cli import main

TIDY = Path(__file__).parent / "fixtures" / "history" / "tidy" / "votes.csv"

#: the tallies query's columns and the dtype each must have, whatever the source
TALLY_DTYPES = {
    "symbol": "string",
    "body": "string",
    "date": "datetime64[ns]",
    "yes": "Int64",
    "no": "Int64",
    "abstain": "Int64",
    "counted_yes": "Int64",
    "counted_no": "Int64",
    "counted_abstain": "Int64",
    "complete": "boolean",
}


@pytest.fixture(scope="module")
def sources(tmp_path_factory) -> dict[str, str]:
    """The fixture as each kind of source (the endpoint is added by its own fixture)."""
    from pyoxigraph import RdfFormat

    from kg.store import import_history, open_store

    folder = tmp_path_factory.mktemp("graph")
    store = folder / "store"
    import_history("tidy", TIDY, store_dir=store, quiet=True)
    trig = folder / "kg.trig"
    open_store(store).dump(trig, format=RdfFormat.TRIG)
    return {"votes": str(TIDY), "store": str(store), "kg": str(trig)}


@pytest.fixture(scope="module")
def endpoint(sources) -> str:
    with serving("--store", sources["store"]) as base:
        yield f"{base}/sparql"


def test_exactly_one_source():
    with pytest.raises(UsageError, match="no graph source"):
        open_graph()
    with pytest.raises(UsageError, match="two graph sources: --kg and --votes"):
        open_graph(kg="out/kg.trig", votes="votes.csv")


@pytest.mark.parametrize("kind", ["votes", "store", "kg", "endpoint"])
def test_the_tallies_are_typed_alike_on_every_source(kind, sources, endpoint):
    location = endpoint if kind == "endpoint" else sources[kind]
    with open_graph(**{kind: location}) as graph:
        table = graph.select("tallies")
    assert {name: str(dtype) for name, dtype in table.dtypes.items()} == TALLY_DTYPES
    row = table.set_index("symbol").loc["A/RES/ES-99/1"]
    assert (row["yes"], row["no"], row["abstain"]) == (3, 1, 2)  # rollcalls.csv
    assert row["date"] == pd.Timestamp("2023-01-01") and row["complete"]
    with open_graph(votes=sources["votes"]) as reference:
        expected = reference.select("tallies")
    pd.testing.assert_frame_equal(table, expected)


def test_select_takes_a_name_a_path_or_sparql_text_with_parameters(sources):
    graph = open_graph(store=sources["store"])
    query = Path(__file__).parents[1] / "queries" / "rollcalls.rq"
    by_path = graph.select(query)
    assert by_path.equals(graph.select("rollcalls"))
    text = """SELECT ?state (COUNT(?rollcall) AS ?yes_votes)
              WHERE { ?voter dkg:votedYes ?rollcall ; dkg:iso3 ?state . FILTER (?state = ?code) }
              GROUP BY ?state"""
    table = graph.select(text, code="USA")
    assert table.to_dict("records") == [{"state": "USA", "yes_votes": 3}]
    assert str(table.dtypes["yes_votes"]) == "Int64"
    with pytest.raises(UsageError, match="query rollcalls has no parameter colour"):
        graph.select("rollcalls", colour="red")


def test_an_empty_selection_is_a_data_error(sources):
    with pytest.raises(DataError, match="no roll call matches"):
        open_graph(votes=sources["votes"]).matrix(start="1800-01-01", end="1800-12-31")


@pytest.mark.parametrize(
    ("command", "method", "arguments"),
    [
        (["agreement", "--a", "USA", "--b", "Russia"], "agreement", {"a": "USA", "b": "Russia"}),
        (["agreement"], "agreement", {}),
        (["switchers"], "switchers", {}),
        (
            ["shifts", "--reference", "USA", "--before", "1970-01-01:1999-12-31",
             "--after", "2000-01-01:2030-12-31", "--min-joint", "1"],
            "shifts",
            {"before": "1970-01-01:1999-12-31", "after": "2000-01-01:2030-12-31",
             "reference": "USA", "min_joint_votes": 1},
        ),
    ],
)  # fmt: skip
def test_the_handle_returns_the_tables_the_cli_prints(sources, command, method, arguments):
    output = io.StringIO()
    with redirect_stdout(output):
        assert main(["analyze", *command, "--votes", sources["votes"], "--format", "csv"]) == 0
    printed = pd.read_csv(io.StringIO(output.getvalue()), dtype=str, keep_default_na=False)
    table = getattr(open_graph(votes=sources["votes"]), method)(**arguments)
    table = table.loc[:, list(printed.columns)]
    for column in table.columns:
        if pd.api.types.is_float_dtype(table[column]):
            table[column] = table[column].round(4)
    expected = table.astype(object).where(table.notna(), "").astype(str)
    expected = expected.replace({"True": "True", "False": "False"})
    assert printed.values.tolist() == expected.values.tolist()


def test_sparql_cells_in_ipython(sources):
    from IPython.core.interactiveshell import InteractiveShell

    shell = InteractiveShell.instance()
    try:
        shell.run_line_magic("load_ext", "kg")
        shell.run_line_magic("sparql_use", f"store={sources['store']}")
        table = shell.run_cell_magic(
            "sparql",
            "--param symbol=A/RES/ES-99/1 --out votes",
            "SELECT ?state ?code WHERE { ?ballot dkg:rollCall/dkg:motion/dkg:symbol ?symbol ; "
            "dkg:voter/dkg:iso3 ?state ; dkg:option ?code } ORDER BY ?state",
        )
        # votes.csv; the second USA row is a duplicate, skipped
        assert table["state"].tolist() == ["CHN", "COD", "COG", "RUS", "UKR", "USA"]
        assert shell.user_ns["votes"] is table
        shell.user_ns["history"] = open_graph(votes=sources["votes"])
        named = shell.run_cell_magic("sparql", "--graph history", "tallies")
        assert len(named) == 3 and isinstance(shell.user_ns["history"], KnowledgeGraph)
    finally:
        InteractiveShell.clear_instance()
