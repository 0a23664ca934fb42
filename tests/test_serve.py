"""The SPARQL endpoint (dkg serve), queried by standard clients, and dkg query --endpoint."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import threading
import time
import urllib.parse
from pathlib import Path

import httpx
import pytest
from conftest import free_port, serving
from SPARQLWrapper import CSV, JSON, N3, TSV, TURTLE, XML, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed

from kg.cli import main
from kg.query import list_queries, run_query
from kg.remote import SparqlEndpoint

SLOW_QUERY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
COUNT_QUERY = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
ISO3_QUERY = (
    "PREFIX dkg: <https://w3id.org/diplomatic-kg/ontology#> "
    'SELECT ?state WHERE { ?state dkg:iso3 "USA" }'
)
TIMEOUT = 6.0
MAX_ROWS = 3000


@pytest.fixture(scope="session")
def kg_file(built, tmp_path_factory) -> Path:
    from kg.build import write_dataset

    return write_dataset(built.dataset, tmp_path_factory.mktemp("kg"), ["trig"])[0]


@pytest.fixture(scope="session")
def server(kg_file):
    """``dkg serve`` over the built graph, in a subprocess on a free loopback port."""
    options = ["--kg", str(kg_file), "--timeout", str(TIMEOUT), "--max-rows", str(MAX_ROWS)]
    with serving(*options, "--workers", "2") as base:
        yield base


def sparql(url: str, query: str, return_format: str = JSON) -> SPARQLWrapper:
    client = SPARQLWrapper(f"{url}/sparql")
    client.setQuery(query)
    client.setReturnFormat(return_format)
    return client


def count_triples(url: str) -> int:
    response = httpx.get(f"{url}/sparql", params={"query": COUNT_QUERY})
    return int(response.json()["results"]["bindings"][0]["n"]["value"])


def test_select_in_every_result_format(server):
    query = ISO3_QUERY
    bindings = sparql(server, query, JSON).queryAndConvert()["results"]["bindings"]
    assert bindings == [
        {"state": {"type": "uri", "value": "https://w3id.org/diplomatic-kg/id/state/USA"}}
    ]
    document = sparql(server, query, XML).queryAndConvert()
    assert document.getElementsByTagName("uri")[0].firstChild.data.endswith("/state/USA")
    assert sparql(server, query, CSV).queryAndConvert().decode().split() == [
        "state",
        "https://w3id.org/diplomatic-kg/id/state/USA",
    ]
    assert sparql(server, query, TSV).queryAndConvert().decode().split() == [
        "?state",
        "<https://w3id.org/diplomatic-kg/id/state/USA>",
    ]


def test_ask_and_construct_formats(server):
    assert sparql(server, "ASK { ?s ?p ?o }", JSON).queryAndConvert() == {
        "head": {},
        "boolean": True,
    }
    construct = (
        "PREFIX dkg: <https://w3id.org/diplomatic-kg/ontology#> "
        'CONSTRUCT { ?state dkg:iso3 ?code } WHERE { ?state dkg:iso3 ?code FILTER (?code = "USA") }'
    )
    graph = sparql(server, construct, TURTLE).queryAndConvert()
    assert b"<https://w3id.org/diplomatic-kg/id/state/USA>" in graph
    graph = sparql(server, construct, N3).queryAndConvert()
    assert graph.count(b" .\n") == 1
    for accept, start in (
        ("application/n-triples", b"<https://w3id.org/diplomatic-kg/id/state/USA> "),
        ("application/rdf+xml", b"<?xml"),
        ("application/ld+json", b"["),
    ):
        response = httpx.get(
            f"{server}/sparql", params={"query": construct}, headers={"Accept": accept}
        )
        assert response.status_code == 200, response.text
        assert response.headers["content-type"].startswith(accept)
        assert response.content.startswith(start)


def test_direct_post_and_format_parameter(server):
    response = httpx.post(
        f"{server}/sparql",
        content=ISO3_QUERY,
        headers={"Content-Type": "application/sparql-query", "Accept": "text/csv"},
    )
    assert response.status_code == 200
    assert response.text.split() == ["state", "https://w3id.org/diplomatic-kg/id/state/USA"]
    response = httpx.get(f"{server}/sparql", params={"query": ISO3_QUERY, "format": "tsv"})
    assert response.headers["content-type"].startswith("text/tab-separated-values")
    response = httpx.get(
        f"{server}/sparql", params={"query": ISO3_QUERY}, headers={"Accept": "image/png"}
    )
    assert response.status_code == 406


@pytest.mark.parametrize(
    ("how", "request_arguments"),
    [
        ("update in the query field", {"data": {"query": "DROP ALL"}}),
        ("INSERT DATA as a query", {"data": {"query": "INSERT DATA { <a:a> <a:b> <a:c> }"}}),
        ("update form field", {"data": {"update": "CLEAR DEFAULT"}}),
        (
            "application/sparql-update",
            {"content": "DROP ALL", "headers": {"Content-Type": "application/sparql-update"}},
        ),
    ],
)
def test_updates_are_refused_with_403(server, how, request_arguments):
    before = count_triples(server)
    response = httpx.post(f"{server}/sparql", **request_arguments)
    assert response.status_code == 403, how
    assert "read-only" in response.text
    assert count_triples(server) == before


def test_sparqlwrapper_update_is_refused(server):
    client = SPARQLWrapper(f"{server}/sparql")
    client.setMethod("POST")
    client.setQuery("DELETE WHERE { ?s ?p ?o }")
    with pytest.raises(Exception, match="403"):
        client.query()


@pytest.mark.parametrize("method", ["PUT", "DELETE", "PATCH"])
def test_other_methods_are_not_allowed(server, method):
    assert httpx.request(method, f"{server}/sparql", content="x").status_code == 405


def test_malformed_query_gets_400_with_the_parsers_message(server):
    response = httpx.get(f"{server}/sparql", params={"query": "SELECT ?x WHERE { ?x ?y }"})
    assert response.status_code == 400
    assert response.text.startswith("malformed query: error at 1:")
    with pytest.raises(QueryBadFormed):
        sparql(server, "SELEC * {}").query()


def test_timeout_stops_the_query_and_the_server_keeps_answering(server):
    slow: dict = {}

    def run_slow() -> None:
        started = time.monotonic()
        slow["response"] = httpx.post(f"{server}/sparql", data={"query": SLOW_QUERY}, timeout=60)
        slow["seconds"] = time.monotonic() - started

    thread = threading.Thread(target=run_slow)
    thread.start()
    time.sleep(0.3)
    # while the slow query holds one worker, others are answered at once
    started = time.monotonic()
    assert httpx.get(f"{server}/sparql", params={"query": ISO3_QUERY}).status_code == 200
    assert time.monotonic() - started < 1.0
    thread.join()
    assert slow["response"].status_code == 503
    assert "timeout" in slow["response"].text
    assert slow["seconds"] < TIMEOUT + 3
    for _ in range(4):  # every worker, the replaced one included
        assert httpx.get(f"{server}/sparql", params={"query": ISO3_QUERY}).status_code == 200


def test_row_limit(server):
    response = httpx.get(f"{server}/sparql", params={"query": "SELECT * { ?s ?p ?o }"})
    assert response.status_code == 500
    assert f"more than {MAX_ROWS} rows" in response.text
    limited = f"SELECT * {{ ?s ?p ?o }} LIMIT {MAX_ROWS}"
    response = httpx.get(f"{server}/sparql", params={"query": limited, "format": "csv"})
    assert response.status_code == 200
    # Parse the CSV: a literal may hold a line break inside its quotes.
    assert len(list(csv.reader(io.StringIO(response.text)))) == MAX_ROWS + 1


def test_every_query_answers_as_on_the_file(server, dataset):
    """The endpoint merges the graphs into its default graph as rdflib does (set semantics)."""
    endpoint = SparqlEndpoint(f"{server}/sparql")
    for query in list_queries():
        if query.requires:
            continue
        local = run_query(dataset, query, query.examples)
        remote = run_query(endpoint, query, query.examples)
        assert list(remote.columns) == list(local.columns), query.name
        assert comparable(remote) == comparable(local), query.name


def comparable(table) -> list[list[str]]:
    """Rows sorted, each cell's space-separated words sorted: the order of rows without
    ORDER BY, and of the values GROUP_CONCAT joins, is each engine's own."""
    cells = table.fillna("").values.tolist()
    return sorted([" ".join(sorted(str(cell).split(" "))) for cell in row] for row in cells)


INJECTIONS = [
    '"> } ; DROP ALL #',
    "<x> } INSERT DATA { <a:a> <a:b> <a:c> } #",
    'A/RES/ES-11/7" } UNION { ?motion ?p ?o } #',
    "Ukraïna — \u202e\u0000 ✓",
    "line one\nline two } #\r\n",
    "'''\"\"\"\\",
]


@pytest.mark.parametrize("value", INJECTIONS)
def test_parameters_stay_literals_through_the_cli_and_the_endpoint(server, kg_file, capsys, value):
    if "\0" in value:  # a NUL cannot pass through a process argument; use the library path
        arguments = None
    else:
        arguments = ["query", "opponents", "--param", f"symbol={value}", "--format", "json"]
    before = count_triples(server)
    if arguments:
        assert main([*arguments, "--kg", str(kg_file)]) == 0
        assert json.loads(capsys.readouterr().out) == []
        assert main([*arguments, "--endpoint", f"{server}/sparql"]) == 0
        assert json.loads(capsys.readouterr().out) == []
    table = run_query(SparqlEndpoint(f"{server}/sparql"), "opponents", {"symbol": value})
    assert table.empty
    assert count_triples(server) == before


def test_cli_endpoint_errors_have_exit_codes(capsys):
    port = free_port()  # nothing listens there
    code = main(["query", "tallies", "--endpoint", f"http://127.0.0.1:{port}/sparql"])
    assert code == 5
    assert "cannot reach the server" in capsys.readouterr().err
    assert main(["serve", "--kg", "/nonexistent/kg.trig", "--port", str(port)]) == 3
    assert "no knowledge graph" in capsys.readouterr().err


def test_query_page_is_self_contained(server):
    page = httpx.get(server + "/").text
    assert '<textarea id="query"' in page
    assert "council-members" in page and "VALUES (?date)" in page
    for external in ('src="http', "src='http", 'href="http', "@import", "url(http"):
        assert external not in page


CHROMIUM = Path("/usr/bin/chromium")


@pytest.mark.skipif(
    not CHROMIUM.exists(), reason="no /usr/bin/chromium (CI installs it: .ci/install-chromium.sh)"
)
def test_query_page_in_headless_chromium(server, tmp_path):
    """The page types the query from its URL fragment into the box, runs it, shows a table."""
    query = (
        "PREFIX dkg: <https://w3id.org/diplomatic-kg/ontology#> "
        "SELECT ?code ?name WHERE { ?s dkg:iso3 ?code ; dkg:shortName ?name "
        'FILTER (?code = "FRA") }'
    )
    url = f"{server}/#query=" + urllib.parse.quote(query)
    command = [
        str(CHROMIUM),
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={tmp_path / 'profile'}",
        "--virtual-time-budget=10000",
        "--dump-dom",
        url,
    ]
    dom = subprocess.run(
        command,
        capture_output=True,
        text=True,
        timeout=90,
        env={**os.environ, "HOME": str(tmp_path)},
    ).stdout
    assert 'id="result-table"' in dom, dom[-2000:]
    assert "<th>code</th><th>name</th>" in dom
    assert "<td>FRA</td><td>France</td>" in dom
    assert "1 rows" in dom


def test_push_retries_a_dropped_connection(monkeypatch):
    """An idempotent PUT whose connection the server drops is sent again (Virtuoso did this)."""
    import kg.remote

    calls = []

    def flaky(self, method, url, **request):
        calls.append(method)
        if len(calls) == 1:
            raise httpx.RemoteProtocolError("peer closed connection without sending a body")
        return httpx.Response(201, request=httpx.Request(method, url))

    monkeypatch.setattr(httpx.Client, "request", flaky)
    monkeypatch.setattr(kg.remote, "_BACKOFF_SECONDS", 0.0)
    response = kg.remote._send("PUT", "http://127.0.0.1:9/g", user=None, password=None, timeout=1)
    assert response.status_code == 201 and calls == ["PUT", "PUT"]


def test_push_gives_up_after_three_attempts(monkeypatch):
    import kg.remote

    calls = []

    def refuse(self, method, url, **request):
        calls.append(method)
        raise httpx.ConnectError("connection refused")

    monkeypatch.setattr(httpx.Client, "request", refuse)
    monkeypatch.setattr(kg.remote, "_BACKOFF_SECONDS", 0.0)
    with pytest.raises(kg.remote.RemoteError, match="cannot reach the server"):
        kg.remote._send("PUT", "http://127.0.0.1:9/g", user=None, password=None, timeout=1)
    assert calls == ["PUT"] * 3
