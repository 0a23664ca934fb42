"""Integration: push the graph into a private Virtuoso instance and run every query there.

Slow (Virtuoso creates its database, about 15 s; the push, about 6 s). CI installs Virtuoso
with ``.ci/virtuoso.sh install``; this test starts and stops its own instance on loopback and
skips with the reason where Virtuoso is not installed or cannot start.

Normalisation of the answers: none beyond what ``tests/test_serve.py`` needs (row order, and
the order of GROUP_CONCAT's values). Numbers and dates come back in the same lexical forms
(xsd:integer, xsd:decimal, xsd:date) from Virtuoso's JSON as from rdflib. The queries run on
the merge of the pushed graphs (``--union-graph``): Virtuoso's default graph, the union of
all graphs, counts a triple once per graph that holds it (see kg.remote.push).
"""

from __future__ import annotations

import shutil
import socket
import subprocess
from pathlib import Path

import pytest
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from kg.cli import main
from kg.ontology import graph_iri
from kg.query import list_queries, run_query
from kg.remote import SparqlEndpoint

pytestmark = [pytest.mark.slow, pytest.mark.virtuoso]

SCRIPT = Path(__file__).resolve().parents[1] / ".ci" / "virtuoso.sh"
PASSWORD = "dkg-test-password"
HTTP_PORT, SQL_PORT = 8890, 1111


def comparable(table) -> list[list[str]]:
    """As in tests/test_serve.py: rows sorted, and GROUP_CONCAT's values within a cell."""
    cells = table.fillna("").values.tolist()
    return sorted([" ".join(sorted(str(cell).split(" "))) for cell in row] for row in cells)


def port_taken(port: int) -> bool:
    with socket.socket() as probe:
        return probe.connect_ex(("127.0.0.1", port)) == 0


@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory):
    if not shutil.which("virtuoso-t") or not shutil.which("isql-vt"):
        pytest.skip("Virtuoso is not installed (.ci/virtuoso.sh install, as root, installs it)")
    if port_taken(HTTP_PORT) or port_taken(SQL_PORT):
        pytest.skip(f"ports {SQL_PORT}/{HTTP_PORT} are taken: another Virtuoso runs here")
    directory = tmp_path_factory.mktemp("virtuoso")
    started = subprocess.run(
        ["bash", str(SCRIPT), "start", str(directory), PASSWORD],
        capture_output=True,
        text=True,
        timeout=180,
    )
    if started.returncode != 0:
        log = (
            (directory / "virtuoso.log").read_text(errors="replace")[-1500:]
            if (directory / "virtuoso.log").exists()
            else ""
        )
        pytest.skip(f"Virtuoso cannot start here: {started.stderr.strip()} {log}")
    try:
        yield f"http://127.0.0.1:{HTTP_PORT}"
    finally:
        subprocess.run(
            ["bash", str(SCRIPT), "stop", str(directory), PASSWORD], timeout=60, check=False
        )


def test_push_and_every_query_answers_as_locally(virtuoso, built, tmp_path, capsys):
    from kg.build import write_dataset

    kg_file = write_dataset(built.dataset, tmp_path, ["trig"])[0]
    union = str(graph_iri("union"))
    push = ["push", f"{virtuoso}/sparql-graph-crud-auth", "--kg", str(kg_file)]
    push += ["--user", "dkg", "--password", PASSWORD, "--union-graph", union]
    assert main(push) == 0
    assert main(push) == 0  # PUT replaces: pushing twice changes nothing
    capsys.readouterr()
    endpoint = SparqlEndpoint(f"{virtuoso}/sparql?default-graph-uri={union}", timeout=120)
    counted = endpoint.select(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{union}> {{ ?s ?p ?o }} }}")
    named = {
        triple
        for graph in built.dataset.graphs()
        if graph.identifier != DATASET_DEFAULT_GRAPH_ID
        for triple in graph
    }
    assert int(counted[1][0][0]) == len(named)  # the default graph (graph metadata) stays home
    compared = []
    for query in list_queries():
        if query.requires:
            continue
        local = run_query(built.dataset, query, query.examples)
        remote = run_query(endpoint, query, query.examples)
        assert list(remote.columns) == list(local.columns), query.name
        assert comparable(remote) == comparable(local), query.name
        compared.append(query.name)
    assert len(compared) >= 15
    # the same through the command line
    assert main(["query", "tallies", "--endpoint", endpoint.url, "--format", "csv"]) == 0
    assert "A/RES/ES-11/7" in capsys.readouterr().out


def test_push_with_a_wrong_password_exits_5(virtuoso, built, tmp_path, capsys):
    from kg.build import write_dataset

    kg_file = write_dataset(built.dataset, tmp_path, ["trig"])[0]
    code = main(
        [
            "push",
            f"{virtuoso}/sparql-graph-crud-auth",
            "--kg",
            str(kg_file),
            "--user",
            "dkg",
            "--password",
            "wrong",
        ]
    )
    assert code == 5
    assert "401" in capsys.readouterr().err
