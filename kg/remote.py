"""Other SPARQL 1.1 servers: load the knowledge graph into one, and query it.

:func:`push` sends each named graph of a dataset to a server's Graph Store HTTP Protocol
endpoint with ``PUT`` (replace), so pushing twice leaves the server as after one push.
:class:`SparqlEndpoint` sends a query through the SPARQL 1.1 Protocol (form-encoded ``POST``)
and reads the JSON results with rdflib; :func:`kg.query.run_query` uses it for
``dkg query --endpoint URL``, with the parameters bound by :func:`kg.query.bind_text`.

Both speak plain HTTP through httpx. Authentication: HTTP digest when the server challenges
for it (Virtuoso's ``/sparql-graph-crud-auth``), else basic.

>>> endpoint = SparqlEndpoint("http://127.0.0.1:8890/sparql")
>>> endpoint.url
'http://127.0.0.1:8890/sparql'
>>> graph_store_url("http://127.0.0.1:8890/sparql-graph-crud-auth", "https://w3id.org/g/a b")
'http://127.0.0.1:8890/sparql-graph-crud-auth?graph=https%3A%2F%2Fw3id.org%2Fg%2Fa+b'
"""

from __future__ import annotations

import io
import time
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from rdflib import Dataset, Graph
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.query import Result
from rdflib.term import Identifier, URIRef

from kg.errors import RemoteError

__all__ = ["PushReport", "RemoteError", "SparqlEndpoint", "graph_store_url", "push"]

#: seconds to wait for a server's answer (loading a large graph takes a while)
DEFAULT_TIMEOUT = 300.0


@dataclass(frozen=True)
class SparqlEndpoint:
    """A SPARQL 1.1 Protocol query endpoint of another server."""

    url: str
    user: str | None = None
    password: str | None = field(default=None, repr=False)
    timeout: float = DEFAULT_TIMEOUT

    def select(self, text: str) -> tuple[list[str], list[list[Identifier | None]]]:
        """Run a SELECT query; return the variable names and the rows as rdflib terms.

        Protocol parameters in the URL (``?default-graph-uri=…``) go with the query.
        """
        address = urlsplit(self.url)
        fields = [*parse_qsl(address.query), ("query", text)]
        response = _send(
            "POST",
            urlunsplit(address._replace(query="")),
            user=self.user,
            password=self.password,
            timeout=self.timeout,
            data=dict(fields) if len({name for name, _ in fields}) == len(fields) else fields,
            headers={"Accept": "application/sparql-results+json"},
        )
        try:
            result = Result.parse(io.BytesIO(response.content), format="json")
        except Exception as error:
            raise RemoteError(
                f"the server's answer is not SPARQL JSON results: {error}",
                where=self.url,
                fix="give the URL of the server's SPARQL query endpoint",
            ) from error
        names = [str(variable) for variable in result.vars or []]
        rows = [[row[name] if name in row.labels else None for name in names] for row in result]
        return names, rows


@dataclass
class PushReport:
    """What :func:`push` sent: triples per graph IRI."""

    endpoint: str
    triples: dict[str, int] = field(default_factory=dict)

    def text(self) -> str:
        lines = [f"pushed {len(self.triples)} graphs to {self.endpoint}:"]
        lines += [f"  {graph}: {count} triples" for graph, count in self.triples.items()]
        return "\n".join(lines)


def graph_store_url(endpoint: str, graph: str, parameter: str = "graph") -> str:
    """The Graph Store Protocol URL of one named graph (indirect identification)."""
    separator = "&" if urlsplit(endpoint).query else "?"
    return f"{endpoint}{separator}{urlencode({parameter: graph})}"


def push(
    dataset: Dataset,
    endpoint: str,
    *,
    user: str | None = None,
    password: str | None = None,
    graph_parameter: str = "graph",
    union_graph: str | None = None,
    timeout: float = DEFAULT_TIMEOUT,
) -> PushReport:
    """``PUT`` every named graph of ``dataset`` to a Graph Store Protocol endpoint.

    Each graph is sent as N-Triples (``text/turtle``: every server reads Turtle, and
    N-Triples is Turtle) under its own IRI, replacing what the server held there. Triples of
    the default graph (none in a dataset built by ``dkg build``) are not sent.

    ``union_graph``: also send the RDF merge of all graphs under this IRI. Servers such as
    Virtuoso (and Oxigraph) answer a query over the union of named graphs with one match per
    graph that holds a triple, so a fact stated by two sources (the event graph restates
    votes) counts twice; querying the merge (``?default-graph-uri=`` that IRI) gives the
    answers of ``dkg query`` on the file.

    Raises
    ------
    RemoteError
        When the server cannot be reached or refuses a graph; graphs sent before stay.
    """
    report = PushReport(endpoint)
    merged = Graph()
    for context in dataset.graphs():
        name = context.identifier
        if not isinstance(name, URIRef) or name == DATASET_DEFAULT_GRAPH_ID:
            continue
        if len(context) == 0:
            continue
        flat = Graph()
        for triple in context:
            flat.add(triple)
            merged.add(triple)
        _put(flat, graph_store_url(endpoint, str(name), graph_parameter), user, password, timeout)
        report.triples[str(name)] = len(flat)
    if union_graph:
        url = graph_store_url(endpoint, union_graph, graph_parameter)
        _put(merged, url, user, password, timeout)
        report.triples[union_graph] = len(merged)
    return report


_ATTEMPTS = 3
_BACKOFF_SECONDS = 1.0


def _put(graph: Graph, url: str, user: str | None, password: str | None, timeout: float) -> None:
    _send(
        "PUT",
        url,
        user=user,
        password=password,
        timeout=timeout,
        content=graph.serialize(format="nt", encoding="utf-8"),
        headers={"Content-Type": "text/turtle; charset=utf-8"},
    )


def _send(method: str, url: str, *, user, password, timeout: float, **request):
    import httpx

    auth = httpx.DigestAuth(user, password or "") if user else None
    # PUT and GET are idempotent, so a connection the server drops mid-answer (seen with
    # Virtuoso on a second push in CI) is retried a few times before it counts as a failure.
    attempts = _ATTEMPTS if method in ("PUT", "GET") else 1
    for attempt in range(1, attempts + 1):
        try:
            with httpx.Client(timeout=timeout) as client:
                response = client.request(method, url, auth=auth, **request)
                challenge = response.headers.get("WWW-Authenticate", "")
                if response.status_code == 401 and user and challenge.lower().startswith("basic"):
                    response = client.request(
                        method, url, auth=httpx.BasicAuth(user, password or ""), **request
                    )
            break
        except httpx.HTTPError as error:
            if isinstance(error, httpx.TransportError) and attempt < attempts:
                time.sleep(_BACKOFF_SECONDS * attempt)
                continue
            raise RemoteError(
                f"cannot reach the server: {error}",
                where=url,
                fix="check the URL and that the server is running",
            ) from error
    if response.status_code >= 400:
        detail = " ".join(response.text.split())[:500]
        fix = {
            401: "give --user and --password of an account that may write",
            403: "the account lacks the right to write (on Virtuoso: grant SPARQL_UPDATE)",
            404: "check the endpoint path",
        }.get(response.status_code, "see the server's message")
        raise RemoteError(f"{method} answered {response.status_code}: {detail}", where=url, fix=fix)
    return response
