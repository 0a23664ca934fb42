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


def client_at(address: str, timeout: float = 60) -> httpx.Client:
    """An HTTP client whose requests come from ``address`` (any 127.x.y.z is loopback): the
    server gives each client address its own share of the workers."""
    return httpx.Client(transport=httpx.HTTPTransport(local_address=address), timeout=timeout)


def test_timeout_stops_the_query_and_the_server_keeps_answering(server):
    slow: dict = {}

    def run_slow() -> None:
        started = time.monotonic()
        with client_at("127.0.0.2") as other:
            slow["response"] = other.post(f"{server}/sparql", data={"query": SLOW_QUERY})
        slow["seconds"] = time.monotonic() - started

    thread = threading.Thread(target=run_slow)
    thread.start()
    time.sleep(0.3)
    # while the slow query holds one worker, others are answered at once
    started = time.monotonic()
    assert httpx.get(f"{server}/sparql", params={"query": ISO3_QUERY}).status_code == 200
    assert time.monotonic() - started < TIMEOUT / 2  # not held until the slow one times out
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


class Chromium:
    """Headless Chromium driven over its DevTools pipe (``--remote-debugging-pipe``: JSON
    messages ending in NUL on descriptors 3 and 4), enough to open a page, run script in it
    and click."""

    def __init__(self, profile: Path):
        commands_read, self._commands = os.pipe()
        self._events, events_write = os.pipe()
        child_ends = (os.dup(commands_read), os.dup(events_write))

        def descriptors_3_and_4() -> None:
            os.dup2(child_ends[0], 3)
            os.dup2(child_ends[1], 4)

        self.process = subprocess.Popen(
            [
                str(CHROMIUM),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                f"--user-data-dir={profile}",
                "--remote-debugging-pipe",
                "about:blank",
            ],
            pass_fds=(3, 4, *child_ends),
            preexec_fn=descriptors_3_and_4,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env={**os.environ, "HOME": str(profile)},
        )
        for descriptor in (commands_read, events_write, *child_ends):
            os.close(descriptor)
        self._buffer, self._next, self.session = b"", 0, None

    def send(self, method: str, **params) -> dict:
        self._next += 1
        message = {"id": self._next, "method": method, "params": params}
        if self.session and not method.startswith("Target."):
            message["sessionId"] = self.session
        os.write(self._commands, json.dumps(message).encode() + b"\0")
        while True:
            while b"\0" not in self._buffer:
                chunk = os.read(self._events, 65536)
                if not chunk:
                    raise RuntimeError("Chromium closed its DevTools pipe")
                self._buffer += chunk
            line, self._buffer = self._buffer.split(b"\0", 1)
            answer = json.loads(line)
            if answer.get("id") == self._next:
                if "error" in answer:
                    raise RuntimeError(answer["error"])
                return answer["result"]

    def open(self, url: str) -> None:
        target = self.send("Target.createTarget", url=url)["targetId"]
        self.session = self.send("Target.attachToTarget", targetId=target, flatten=True)[
            "sessionId"
        ]
        self.wait_for(f"location.href === {json.dumps(url)} && document.readyState === 'complete'")

    def evaluate(self, expression: str):
        result = self.send("Runtime.evaluate", expression=expression, returnByValue=True)
        return result["result"].get("value")

    def wait_for(self, expression: str, seconds: float = 30) -> None:
        deadline = time.monotonic() + seconds
        while not self.evaluate(expression):
            if time.monotonic() > deadline:
                raise AssertionError(f"never true in the page: {expression}")
            time.sleep(0.1)

    def close(self) -> None:
        self.process.kill()
        self.process.wait(timeout=30)
        os.close(self._commands)
        os.close(self._events)


@pytest.mark.browser
@pytest.mark.skipif(
    not CHROMIUM.exists(), reason="no /usr/bin/chromium (CI installs it: .ci/install-chromium.sh)"
)
def test_query_page_in_headless_chromium(server, tmp_path):
    """The page types the query from its URL fragment into the box but runs it only when Run
    is clicked; then it shows the table."""
    query = (
        "PREFIX dkg: <https://w3id.org/diplomatic-kg/ontology#> "
        "SELECT ?code ?name WHERE { ?s dkg:iso3 ?code ; dkg:shortName ?name "
        'FILTER (?code = "FRA") }'
    )
    browser = Chromium(tmp_path / "profile")
    try:
        browser.open(f"{server}/#query=" + urllib.parse.quote(query))
        assert browser.evaluate("document.getElementById('query').value") == query
        time.sleep(1.0)  # time for a query the page might run on its own
        assert browser.evaluate("document.getElementById('result-table') === null")
        assert "press Run" in browser.evaluate("document.getElementById('status').textContent")
        browser.evaluate("document.getElementById('run').click()")
        browser.wait_for("document.getElementById('result-table') !== null")
        table = browser.evaluate("document.getElementById('result-table').outerHTML")
        status = browser.evaluate("document.getElementById('status').textContent")
    finally:
        browser.close()
    assert "<th>code</th><th>name</th>" in table
    assert "<td>FRA</td><td>France</td>" in table
    assert status.startswith("1 rows")


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
