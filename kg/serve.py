"""A read-only SPARQL 1.1 Protocol endpoint over the knowledge graph, with a query page.

``dkg serve`` answers SPARQL at ``/sparql`` (GET, form-encoded POST and direct POST of
``application/sparql-query``) from a Starlette app run by uvicorn. Oxigraph (pyoxigraph)
evaluates and serialises: SELECT and ASK results as SPARQL JSON, XML, CSV or TSV, CONSTRUCT
and DESCRIBE as Turtle, N-Triples, RDF/XML or JSON-LD, chosen by the ``Accept`` header or a
``format`` (or ``output``) parameter. ``/`` is a self-contained query page.

Design: queries run in worker processes
---------------------------------------
An Oxigraph query cannot be cancelled, and a thread that runs one cannot be stopped. So each
query runs in a worker process (:mod:`kg.workers`) holding its own read-only copy of one
generation of the data; a query that passes its deadline, whose client has gone, or whose
worker grows past the memory cap has its worker killed and replaced. Before a query reaches
a worker, the request is checked here and by :mod:`kg.guard` (no SERVICE unless allowed,
bounded nesting), and :mod:`kg.admission` decides whether it runs, waits or is refused. The
event loop only waits, so it keeps answering while slow queries run.

Limits (option: default)
------------------------
- ``--timeout``: 10 s per query, counted from its arrival (the wait for a worker included);
- ``--max-rows``: 100,000 result rows or triples; a worker stops pulling rows past it;
- ``--workers``: 2 worker processes, each with its own copy of the data;
- ``--queue``: 16 waiting queries per worker; one client may fill a quarter of it
  (at least 2);
- ``--per-client``: workers one client (IP address) may hold at once, half of them (at least 1);
- ``--max-memory``: resident memory per worker, a quarter of the machine's memory shared
  among the workers (at least 512 MB); read 20 times a second;
- ``--max-body``: 1,000,000 bytes of request body (or of query string for a GET);
- nesting depth 100 and 2,000 operators (:mod:`kg.guard`, fixed);
- ``--allow-service``: none; ``--allowed-host``: the address listened on only.
- stopping (Ctrl-C, SIGTERM): queries still running get ``STOP_GRACE`` (5 s), then 503.

Status codes
------------
200 results, with the header ``DKG-Generation`` naming the data's generation; 400 malformed
query (the parser's message), a refused SERVICE, too deep a nesting, or bad protocol
parameters; 403 SPARQL Update (by content type, ``update`` field, or a text that parses as an
update), or a request for another host or from another site's page; 405 any method but
GET/POST; 406 no acceptable result format; 408 a body that did not arrive in time; 413 a body
over ``--max-body`` (414 for a query string); 415 an unknown POST content type; 429 the
client's share of the queue is full; 500 more rows than the row limit, or a worker that died;
503 the queue is full (with ``Retry-After``), the query passed its timeout, its worker
passed the memory cap, or the server is stopping (with ``Retry-After``).

>>> settings = ServeSettings(Path("out/kg.trig"), timeout=5.0, max_rows=1000)
>>> settings.kind, settings.timeout
('kg', 5.0)
>>> negotiate_preferences("text/csv;q=0.5, application/sparql-results+json")
['application/sparql-results+json', 'text/csv']
"""

from __future__ import annotations

import asyncio
import contextlib
import copy
import html
import json
import signal
import sys
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit

import pyoxigraph as ox

from kg import defaults
from kg.errors import DataError, DkgError
from kg.guard import host_and_port, is_address

__all__ = [
    "DEFAULT_MAX_ROWS",
    "DEFAULT_PORT",
    "DEFAULT_TIMEOUT",
    "ServeSettings",
    "create_app",
    "execute",
    "negotiate_preferences",
    "open_source",
    "serve",
]

DEFAULT_PORT = defaults.SERVE_PORT
DEFAULT_TIMEOUT = defaults.SERVE_TIMEOUT
DEFAULT_MAX_ROWS = defaults.SERVE_MAX_ROWS
DEFAULT_WORKERS = defaults.SERVE_WORKERS
#: queries that may wait for a worker, per worker
QUEUE_PER_WORKER = 16
DEFAULT_MAX_BODY = defaults.SERVE_MAX_BODY
LOOPBACK = ("127.0.0.1", "::1", "localhost")
#: seconds that queries still running when the server is told to stop (Ctrl-C, SIGTERM) get
#: to finish; then they are cancelled and their workers killed
STOP_GRACE = 5

_RESULTS = ox.QueryResultsFormat
_RDF = ox.RdfFormat
# media type -> format, in the order a client that accepts anything gets them
SOLUTION_TYPES = {
    "application/sparql-results+json": _RESULTS.JSON,
    "application/json": _RESULTS.JSON,
    "application/sparql-results+xml": _RESULTS.XML,
    "application/xml": _RESULTS.XML,
    "text/xml": _RESULTS.XML,
    "text/csv": _RESULTS.CSV,
    "text/tab-separated-values": _RESULTS.TSV,
}
GRAPH_TYPES = {
    "text/turtle": _RDF.TURTLE,
    "application/turtle": _RDF.TURTLE,
    "application/x-turtle": _RDF.TURTLE,
    "application/n-triples": _RDF.N_TRIPLES,
    "text/plain": _RDF.N_TRIPLES,
    "application/rdf+xml": _RDF.RDF_XML,
    "application/ld+json": _RDF.JSON_LD,
}
# the `format` / `output` parameter: a short name (as SPARQLWrapper sends) or a media type
FORMAT_NAMES = {
    "json": ("application/sparql-results+json", "application/ld+json"),
    "xml": ("application/sparql-results+xml", "application/rdf+xml"),
    "csv": ("text/csv", None),
    "tsv": ("text/tab-separated-values", None),
    "turtle": (None, "text/turtle"),
    "ttl": (None, "text/turtle"),
    "n3": (None, "text/turtle"),
    "nt": (None, "application/n-triples"),
    "ntriples": (None, "application/n-triples"),
    "n-triples": (None, "application/n-triples"),
    "rdf": (None, "application/rdf+xml"),
    "rdfxml": (None, "application/rdf+xml"),
    "rdf+xml": (None, "application/rdf+xml"),
    "json-ld": (None, "application/ld+json"),
    "jsonld": (None, "application/ld+json"),
}


@dataclass(frozen=True)
class ServeSettings:
    """What to serve and the limits: a dataset file (``kind="kg"``) or an Oxigraph store
    directory (``kind="store"``); seconds a query may take from its arrival; result rows;
    worker processes; queries that may wait; workers one client may hold; bytes of memory per
    worker (0: a quarter of the machine's memory shared by the workers); bytes of a request
    body; hosts a SERVICE may call; host names besides the address listened on."""

    source: Path
    kind: Literal["kg", "store"] = "kg"
    timeout: float = DEFAULT_TIMEOUT
    max_rows: int = DEFAULT_MAX_ROWS
    workers: int = DEFAULT_WORKERS
    queue: int = 0
    per_client: int = 0
    max_memory: int = 0
    max_body: int = DEFAULT_MAX_BODY
    allow_service: tuple[str, ...] = ()
    allowed_hosts: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        # 0 means "sized from the number of workers" (see the module's notes)
        from kg.workers import default_max_memory

        if not self.queue:
            object.__setattr__(self, "queue", QUEUE_PER_WORKER * self.workers)
        if not self.per_client:
            object.__setattr__(self, "per_client", max(1, self.workers // 2))
        if not self.max_memory:
            object.__setattr__(self, "max_memory", default_max_memory(self.workers))


def open_source(source: Path, kind: str) -> tuple[ox.Store, bool]:
    """Open the data to serve; return the store and whether to query the union of graphs.

    A dataset file is loaded into memory with its default graph made the RDF merge of all
    its graphs (a set: a triple that two source graphs state counts once, as in rdflib's
    union view). A store on disk is opened read-only and queried with Oxigraph's union
    default graph, where such a triple is seen once per graph.

    >>> store, union = open_source(Path("out/kg.trig"), "kg")  # doctest: +SKIP
    """
    if kind == "store":
        from kg.store import open_store

        return open_store(source), True
    if kind == "generation":  # one database directory of a store (kg.workers)
        try:
            return ox.Store.read_only(str(source)), True
        except OSError as error:
            raise DataError(f"cannot open the store: {error}", where=str(source)) from error
    source = Path(source)
    formats = {".trig": _RDF.TRIG, ".nq": _RDF.N_QUADS}
    if not source.is_file():
        raise DataError(
            f"no knowledge graph at {source}", fix="run `dkg build` first, or pass --kg"
        )
    if source.suffix not in formats:
        raise DataError(
            f"cannot serve {source.suffix!r} files",
            where=str(source),
            fix="give the .trig or .nq file written by dkg build, or --store DIR",
        )
    store = ox.Store()
    try:
        store.bulk_load(path=str(source), format=formats[source.suffix])
    except (OSError, SyntaxError, ValueError) as error:
        raise DataError(f"cannot parse the knowledge graph: {error}", where=str(source)) from error
    merged = [ox.Quad(q.subject, q.predicate, q.object, ox.DefaultGraph()) for q in store]
    store.bulk_extend(merged)
    return store, False


def negotiate_preferences(accept: str | None) -> list[str]:
    """Media types of an ``Accept`` header, best first (by ``q``, then by order); ``q=0`` dropped.

    >>> negotiate_preferences("text/turtle;q=0.9, */*;q=0.1, application/rdf+xml;q=0")
    ['text/turtle', '*/*']
    """
    ranked = []
    for position, item in enumerate((accept or "").split(",")):
        media, *parameters = (part.strip() for part in item.split(";"))
        quality = 1.0
        for parameter in parameters:
            key, _, value = parameter.partition("=")
            if key.strip().lower() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        if media and quality > 0:
            ranked.append((-quality, position, media.lower()))
    return [media for _, _, media in sorted(ranked)]


# --- evaluation (in a worker process, see kg.workers) ------------------------------------------


def execute(
    store: ox.Store,
    text: str,
    preferences: list[str],
    max_rows: int,
    *,
    union: bool = False,
    default_graphs: list[str] | None = None,
    named_graphs: list[str] | None = None,
) -> tuple[int, str, bytes]:
    """Evaluate one query: return an HTTP status, a media type and the body.

    ``preferences`` are acceptable media types, best first (``*/*`` for anything).

    >>> store = ox.Store()
    >>> status, media, body = execute(store, "ASK {}", ["text/csv"], 10)
    >>> status, media, body
    (200, 'text/csv', b'true')
    >>> execute(store, "DROP ALL", [], 10)[0]
    403
    >>> execute(store, "SELEC * {}", [], 10)[0]
    400
    """
    options: dict = {"use_default_graph_as_union": union and not default_graphs}
    if default_graphs:
        options["default_graph"] = [ox.NamedNode(iri) for iri in default_graphs]
    if named_graphs:
        options["named_graphs"] = [ox.NamedNode(iri) for iri in named_graphs]
    try:
        result = store.query(text, **options)
    except SyntaxError as error:
        if _is_update(text):
            return _problem(403, "SPARQL Update is refused: this endpoint is read-only")
        return _problem(400, f"malformed query: {error}")
    except (ValueError, OSError) as error:
        return _problem(400, f"query failed: {error}")
    if isinstance(result, ox.QueryBoolean):
        media = _choose(preferences, SOLUTION_TYPES)
        if media is None:
            return _not_acceptable(SOLUTION_TYPES)
        return 200, media, result.serialize(format=SOLUTION_TYPES[media])
    if isinstance(result, ox.QuerySolutions):
        media = _choose(preferences, SOLUTION_TYPES)
        if media is None:
            return _not_acceptable(SOLUTION_TYPES)
        variables = result.variables
        # pull one row past the limit; TSV (terms in N-Triples syntax, tabs and newlines
        # escaped) carries the rows losslessly back to Oxigraph's own serialisers
        lines = ["\t".join(str(variable) for variable in variables)]
        for solution in islice(result, max_rows + 1):
            lines.append("\t".join("" if term is None else str(term) for term in solution))
        if len(lines) - 1 > max_rows:
            return _row_limit(max_rows)
        data = ("\n".join(lines) + "\n").encode("utf-8")
        solutions = ox.parse_query_results(data, format=_RESULTS.TSV)
        return 200, media, solutions.serialize(format=SOLUTION_TYPES[media])
    media = _choose(preferences, GRAPH_TYPES)
    if media is None:
        return _not_acceptable(GRAPH_TYPES)
    triples = list(islice(result, max_rows + 1))
    if len(triples) > max_rows:
        return _row_limit(max_rows)
    return 200, media, ox.serialize(triples, format=GRAPH_TYPES[media]) or b""


def _is_update(text: str) -> bool:
    """Whether ``text`` parses as SPARQL Update (parsed only, never executed)."""
    from rdflib.plugins.sparql.parser import parseUpdate

    try:
        parseUpdate(text)
    except Exception:
        return False
    return True


def _choose(preferences: list[str], table: dict) -> str | None:
    if not preferences:
        return next(iter(table))
    for media in preferences:
        if media in table:
            return media
        if media.endswith("/*"):
            prefix = media[:-1] if media != "*/*" else ""
            fitting = [candidate for candidate in table if candidate.startswith(prefix)]
            if fitting:
                return fitting[0]
    return None


def _problem(status: int, message: str) -> tuple[int, str, bytes]:
    return status, "text/plain; charset=utf-8", (message + "\n").encode("utf-8")


def _not_acceptable(table: dict) -> tuple[int, str, bytes]:
    return _problem(406, "no acceptable result format; this query can give: " + ", ".join(table))


def _row_limit(max_rows: int) -> tuple[int, str, bytes]:
    return _problem(
        500,
        f"the result has more than {max_rows} rows, the row limit of this endpoint "
        "(add a LIMIT, or start dkg serve with a higher --max-rows)",
    )


# --- the web side -------------------------------------------------------------------------------


def create_app(settings: ServeSettings, host: str = "127.0.0.1", port: int = DEFAULT_PORT):
    """The ASGI app: ``/sparql`` and the query page ``/``; the worker pools live with it.

    ``host`` and ``port`` are the address the server listens on: a request must name it (or
    a name of ``settings.allowed_hosts``) in its ``Host`` header.
    """
    from starlette.applications import Starlette
    from starlette.middleware import Middleware
    from starlette.requests import ClientDisconnect, Request
    from starlette.responses import HTMLResponse, Response
    from starlette.routing import Route

    from kg.admission import Admission, Busy
    from kg.workers import Server, WorkerLost

    admission = Admission(settings.workers, settings.queue, settings.per_client)
    server = Server(
        settings.source,
        settings.kind,
        settings.workers,
        settings.max_memory,
        isolate=not settings.allow_service,
    )

    @contextlib.asynccontextmanager
    async def lifespan(app):
        await server.start()
        if not settings.allow_service and not server.isolated:
            print(
                "dkg serve: note: the workers could not be cut off from the network (this "
                "kernel refuses unprivileged namespaces); SERVICE is still refused by the "
                "query check",
                file=sys.stderr,
            )
        try:
            yield
        finally:
            await server.stop()

    async def sparql(request: Request) -> Response:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + settings.timeout  # from arrival, the wait included
        try:
            text, protocol, graphs = await _protocol_request(request, settings, deadline)
            preferences = _preferences(protocol, request.headers.get("accept"))
            if preferences is None:
                raise _Refusal(
                    400, f"unknown format {protocol.get('format') or protocol.get('output')!r}"
                )
            if len(text) < _CHECK_INLINE:
                _check(text, settings.allow_service)
            else:  # a long text in a thread, so the loop goes on answering meanwhile
                await loop.run_in_executor(None, _check, text, settings.allow_service)
            job = (text, preferences, settings.max_rows, *graphs)
            client = request.client.host if request.client else "unknown"

            async def admitted() -> tuple[str, tuple[int, str, bytes]]:
                async with admission.slot(client, deadline):
                    return await server.run(job, deadline)

            generation, (status, media, body) = await _unless_client_leaves(request, admitted())
        except _Refusal as refusal:
            return _plain(refusal.status, refusal.message)
        except Busy as busy:
            return _plain(busy.status, busy.message, {"Retry-After": str(busy.retry_after)})
        except WorkerLost as lost:
            return _plain(*_lost(lost, settings))
        except (_ClientGone, ClientDisconnect):
            return Response(status_code=499)  # nobody reads it
        except asyncio.CancelledError:
            # only uvicorn cancels a request, when the server stops and STOP_GRACE has
            # passed; the worker is killed already, and the client still waits for an answer
            return _plain(
                503,
                "dkg serve is stopping: the query was cancelled; run it again when the "
                "server is back",
                {"Retry-After": str(STOP_GRACE)},
            )
        headers = {"Vary": "Accept", GENERATION_HEADER: generation}
        return Response(body, status_code=status, media_type=media, headers=headers)

    async def refuse(request: Request) -> Response:
        return _plain(405, "this endpoint is read-only: use GET or POST with a query")

    async def page(request: Request) -> Response:
        return HTMLResponse(query_page(), headers=_PAGE_HEADERS)

    routes = [
        Route("/", page, methods=["GET"]),
        Route("/sparql", sparql, methods=["GET", "POST"]),
        Route("/sparql", refuse, methods=["PUT", "DELETE", "PATCH"]),
    ]
    trusted = _TrustedHosts(host, port, settings.allowed_hosts)
    app = Starlette(
        routes=routes, lifespan=lifespan, middleware=[Middleware(_SameSite, trusted=trusted)]
    )
    app.state.server = server
    app.state.admission = admission
    return app


GENERATION_HEADER = "DKG-Generation"
_CHECK_INLINE = 20_000  # characters of query checked on the event loop (about 5 ms)
# The page runs inline script only, may talk to this server only, and may not be framed
# (a framed page could trick a click on Run).
_PAGE_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; script-src 'unsafe-inline'; "
    "style-src 'unsafe-inline'; connect-src 'self'; form-action 'none'; "
    "frame-ancestors 'none'; base-uri 'none'",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
}


class _Refusal(Exception):
    def __init__(self, status: int, message: str):
        self.status, self.message = status, message
        super().__init__(message)


class _ClientGone(Exception):
    """The client closed the connection before its answer was ready."""


def _plain(status: int, message: str, headers: dict | None = None):
    from starlette.responses import PlainTextResponse

    return PlainTextResponse(message + "\n", status_code=status, headers=headers)


def _check(text: str, allow_service: tuple[str, ...]) -> None:
    """:func:`kg.guard.check_query`, its refusal as a 400."""
    from kg.guard import check_query

    try:
        check_query(text, allow_service=allow_service)
    except DkgError as error:
        raise _Refusal(400, str(error)) from None


def _lost(lost, settings: ServeSettings) -> tuple[int, str]:
    if lost.reason == "timeout":
        return 503, (
            f"the query ran longer than the timeout of {settings.timeout:g} s (counted from "
            "its arrival) and was stopped (make it more selective, or start dkg serve with "
            "a higher --timeout)"
        )
    if lost.reason == "memory":
        return 503, (
            f"the query needed more than {settings.max_memory / 1e6:.0f} MB, the memory cap of "
            "a worker, and was stopped (make it more selective, or start dkg serve with a "
            "higher --max-memory)"
        )
    return 500, f"the query's worker died ({lost.detail or lost.reason}); it has been replaced"


async def _protocol_request(
    request, settings: ServeSettings, deadline: float
) -> tuple[str, dict, tuple[list[str], list[str]]]:
    """The query text, the protocol parameters and the dataset IRIs of a SPARQL request."""
    if request.method == "POST":
        content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if content_type == "application/sparql-update":
            raise _Refusal(403, "SPARQL Update is refused: this endpoint is read-only")
        if content_type not in _QUERY_TYPES:
            raise _Refusal(
                415,
                "POST a query as application/x-www-form-urlencoded (field query) "
                "or as application/sparql-query",
            )
        body = await _read_body(request, settings.max_body, deadline)
        if content_type == "application/sparql-query":
            text, fields = body.decode("utf-8", errors="replace"), request.query_params
        else:
            request._body = body  # the form parser reads the body already read
            fields = await request.form(max_part_size=settings.max_body)
            text = fields.get("query")
        protocol = {**request.query_params, **fields}
        graphs = tuple(
            request.query_params.getlist(name) + _getlist(fields, name) for name in _GRAPH_FIELDS
        )
    else:
        if len(request.url.query) > settings.max_body:
            raise _Refusal(
                414,
                f"the query string is longer than {settings.max_body} bytes (--max-body); "
                "POST a long query",
            )
        protocol = dict(request.query_params)
        text = request.query_params.get("query")
        graphs = tuple(request.query_params.getlist(name) for name in _GRAPH_FIELDS)
    if "update" in protocol:
        raise _Refusal(403, "SPARQL Update is refused: this endpoint is read-only")
    if not text:
        raise _Refusal(400, "no query: pass the SPARQL text as the parameter query")
    for name, iris in zip(_GRAPH_FIELDS, graphs, strict=True):
        for iri in iris:
            try:
                ox.NamedNode(iri)
            except ValueError:
                raise _Refusal(400, f"{name} {iri!r} is not an absolute IRI") from None
    return str(text), protocol, graphs


_QUERY_TYPES = (
    "application/sparql-query",
    "application/x-www-form-urlencoded",
    "multipart/form-data",
)
_GRAPH_FIELDS = ("default-graph-uri", "named-graph-uri")


async def _read_body(request, limit: int, deadline: float) -> bytes:
    """The request body, refused with 413 past ``limit`` bytes (before reading it when the
    client announces its length) and with 408 if it has not arrived by ``deadline``."""
    announced = request.headers.get("content-length", "")
    if announced.isdigit() and int(announced) > limit:
        raise _Refusal(413, _too_large(int(announced), limit))
    chunks, size = [], 0

    async def read() -> None:
        nonlocal size
        async for chunk in request.stream():
            size += len(chunk)
            if size > limit:
                raise _Refusal(413, _too_large(size, limit))
            chunks.append(chunk)

    try:
        await asyncio.wait_for(read(), deadline - asyncio.get_running_loop().time())
    except TimeoutError:
        raise _Refusal(408, "the request body did not arrive within the timeout") from None
    return b"".join(chunks)


def _too_large(size: int, limit: int) -> str:
    return f"the request body has {size} bytes or more, more than the limit of {limit} (--max-body)"


async def _unless_client_leaves(request, work):
    """Await ``work``; cancel it (its worker is killed and replaced) if the client closes the
    connection first."""

    async def gone() -> None:
        while (await request.receive())["type"] != "http.disconnect":
            pass

    task = asyncio.ensure_future(work)
    watch = asyncio.ensure_future(gone())
    try:
        await asyncio.wait({task, watch}, return_when=asyncio.FIRST_COMPLETED)
    finally:  # also when this request is cancelled itself (the server stops)
        watch.cancel()
        if not task.done():
            task.cancel()
            with contextlib.suppress(BaseException):
                await task
            if watch.done() and not watch.cancelled():
                raise _ClientGone
    return task.result()


class _TrustedHosts:
    """Which ``Host`` (and ``Origin``) a request may name: the address the server listens on
    (loopback also as ``localhost``), any IP address when it listens on all of them, and the
    names given with ``--allowed-host``; the port, when given, must be the server's.

    >>> trusted = _TrustedHosts("127.0.0.1", 8000, ("kg.example.org",))
    >>> [trusted.allows(host) for host in ("127.0.0.1:8000", "localhost:8000", "evil.example",
    ...  "127.0.0.1:9999", "kg.example.org", "[::1]:8000")]
    [True, True, False, False, True, True]
    """

    def __init__(self, host: str, port: int, allowed: tuple[str, ...] = ()):
        self.any_address = host in ("0.0.0.0", "::", "")
        own = [host.strip("[]").lower(), *(LOOPBACK if host in LOOPBACK else ())]
        self.ports: dict[str, int | None] = {name: port for name in own}
        for entry in allowed:  # NAME (any port) or NAME:PORT
            name, given = host_and_port(entry)
            self.ports[name] = given
        self.port = port

    def allows(self, value: str) -> bool:
        host, port = host_and_port(value)
        if host in self.ports:
            wanted = self.ports[host]
            return port is None or wanted is None or port == wanted
        return self.any_address and is_address(host) and port in (None, self.port)


class _SameSite:
    """ASGI middleware: refuse (403) a request whose ``Host`` is not this server (a page on
    another site reaching it through DNS rebinding) or that a page of another site sent
    (``Origin``, or ``Sec-Fetch-Site: cross-site`` on anything but following a link)."""

    def __init__(self, app, trusted: _TrustedHosts):
        self.app, self.trusted = app, trusted

    async def __call__(self, scope, receive, send):
        if scope["type"] == "http":
            problem = self.problem(
                {key.decode("latin-1").lower(): value.decode("latin-1")
                 for key, value in scope["headers"]}
            )  # fmt: skip
            if problem:
                await _plain(403, problem)(scope, receive, send)
                return
        await self.app(scope, receive, send)

    def problem(self, headers: dict[str, str]) -> str | None:
        host = headers.get("host")
        if host is not None and not self.trusted.allows(host):
            return (
                f"Host {host!r} is not this server's address (start dkg serve with "
                "--allowed-host NAME to accept a name)"
            )
        origin = headers.get("origin")
        if origin is not None:
            parts = urlsplit(origin)
            named = parts.netloc if parts.scheme in ("http", "https") else ""
            if not named or not self.trusted.allows(
                named if ":" in named.rsplit("]", 1)[-1] else f"{named}:{_default_port(parts)}"
            ):
                return f"a request sent by the page of another site ({origin}) is refused"
        if headers.get("sec-fetch-site") == "cross-site" and (
            headers.get("sec-fetch-mode") != "navigate"
        ):
            return "a request sent by the page of another site is refused"
        return None


def _default_port(parts) -> int:
    return 443 if parts.scheme == "https" else 80


def _getlist(fields, name: str) -> list[str]:
    return [str(value) for value in fields.getlist(name)] if hasattr(fields, "getlist") else []


def _preferences(protocol, accept: str | None) -> list[str] | None:
    """Acceptable media types: those a ``format``/``output`` parameter names, then ``Accept``."""
    named = protocol.get("format") or protocol.get("output")
    preferences = negotiate_preferences(accept)
    if not named:
        return preferences
    named = str(named).strip().lower()
    if named in SOLUTION_TYPES or named in GRAPH_TYPES:
        return [named, *preferences]
    if named not in FORMAT_NAMES:
        return None
    # a name can fit one query form only (csv for SELECT, turtle for CONSTRUCT): keep Accept
    # for the other form
    return [media for media in FORMAT_NAMES[named] if media] + preferences


def query_page() -> str:
    """The HTML of the query page: the examples from ``queries/``, with their example
    parameters bound by :func:`kg.query.bind_text`; no resource from elsewhere.

    >>> "<textarea" in query_page() and "http" not in query_page().split("<script>")[0][:200]
    True
    """
    from kg.query import bind_text, list_queries

    examples = []
    for query in list_queries():
        try:
            text = bind_text(query, query.examples)
        except DkgError:
            continue
        note = (
            "Parameters bound to their examples: "
            + ", ".join(f"{name}={value}" for name, value in query.examples.items())
            if query.examples
            else ""
        )
        if query.requires:
            note += f" (needs data the default build lacks: {', '.join(query.requires)})"
        examples.append(
            {"name": query.name, "question": query.question, "text": text, "note": note}
        )
    data = json.dumps(examples, ensure_ascii=False).replace("</", "<\\/")
    options = "".join(
        f'<option value="{index}">{html.escape(example["name"])}: '
        f"{html.escape(example['question'])}</option>"
        for index, example in enumerate(examples)
    )
    return _PAGE.replace("__OPTIONS__", options).replace("__EXAMPLES__", data)


_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>diplomatic-kg SPARQL</title>
<style>
body { font: 14px/1.4 system-ui, sans-serif; margin: 1.5em; color: #222; }
textarea { width: 100%; height: 16em; font: 13px/1.3 monospace; }
select { max-width: 100%; }
table { border-collapse: collapse; margin-top: 1em; }
th, td { border: 1px solid #ccc; padding: 2px 6px; text-align: left; vertical-align: top; }
th { background: #eee; }
#status { margin-left: 1em; color: #555; }
#note { color: #555; font-size: 12px; }
pre { background: #f6f6f6; padding: 0.5em; overflow: auto; }
</style></head>
<body>
<h1>diplomatic-kg SPARQL</h1>
<p>Read-only SPARQL 1.1 endpoint: <code>/sparql</code>. Examples are the project's competency
queries; a parameter is bound by a <code>VALUES</code> line at the top of the query's WHERE
group &mdash; change the value there.</p>
<p><select id="examples"><option value="">examples&hellip;</option>__OPTIONS__</select></p>
<p id="note"></p>
<textarea id="query" spellcheck="false">SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 10</textarea>
<p><button id="run">Run</button><span id="status"></span></p>
<div id="results"></div>
<script>
const EXAMPLES = __EXAMPLES__;
const $ = (id) => document.getElementById(id);
$("examples").addEventListener("change", (event) => {
  const example = EXAMPLES[event.target.value];
  if (!example) return;
  $("query").value = example.text;
  $("note").textContent = example.question + (example.note ? " " + example.note : "");
});
function cell(term) {
  if (!term) return "";
  if (term.type === "literal" && term["xml:lang"]) return term.value + "@" + term["xml:lang"];
  return term.value;
}
function showTable(head, rows) {
  const table = document.createElement("table");
  table.id = "result-table";
  const header = table.createTHead().insertRow();
  for (const name of head) {
    const th = document.createElement("th");
    th.textContent = name;
    header.appendChild(th);
  }
  const body = table.createTBody();
  for (const row of rows) {
    const tr = body.insertRow();
    for (const value of row) tr.insertCell().textContent = value;
  }
  $("results").replaceChildren(table);
}
async function run() {
  $("status").textContent = "running…";
  $("results").replaceChildren();
  const started = performance.now();
  try {
    const response = await fetch("sparql", {
      method: "POST",
      headers: {"Content-Type": "application/x-www-form-urlencoded",
                "Accept": "application/sparql-results+json, application/n-triples;q=0.9"},
      body: new URLSearchParams({query: $("query").value}),
    });
    const text = await response.text();
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    if (!response.ok) {
      $("status").textContent = "error " + response.status;
      const pre = document.createElement("pre"); pre.id = "error"; pre.textContent = text;
      $("results").replaceChildren(pre);
      return;
    }
    if ((response.headers.get("Content-Type") || "").includes("n-triples")) {
      const triples = text.split("\\n").filter((line) => line.trim());
      showTable(["triple"], triples.map((line) => [line]));
      $("status").textContent = triples.length + " triples, " + seconds + " s";
      return;
    }
    const data = JSON.parse(text);
    if ("boolean" in data) {
      showTable(["boolean"], [[String(data.boolean)]]);
      $("status").textContent = "1 row, " + seconds + " s";
      return;
    }
    const head = data.head.vars;
    const rows = data.results.bindings.map((binding) => head.map((name) => cell(binding[name])));
    showTable(head, rows);
    $("status").textContent = rows.length + " rows, " + seconds + " s";
  } catch (error) {
    $("status").textContent = "error: " + error;
  }
}
$("run").addEventListener("click", run);
// #query=<url-encoded SPARQL> types that query into the box; it runs only on a click on Run,
// so a link cannot make the server run a query its reader has not seen
const fragment = new URLSearchParams(location.hash.slice(1));
if (fragment.get("query")) {
  $("query").value = fragment.get("query");
  $("status").textContent = "query from the link: read it, then press Run";
}
</script>
</body></html>
"""


def serve(settings: ServeSettings, host: str = "127.0.0.1", port: int = DEFAULT_PORT) -> None:
    """Check the data opens, then serve until interrupted (uvicorn).

    Binding to an address other than loopback prints a warning: the endpoint has no
    authentication and anyone who can reach the port can read the whole graph.
    """
    import uvicorn

    open_source(settings.source, settings.kind)  # a clear DataError now, not in every worker
    if host not in LOOPBACK:
        print(
            f"dkg serve: warning: listening on {host}, not loopback: anyone who can reach "
            f"port {port} can query the whole graph (no authentication)",
            file=sys.stderr,
        )
    print(f"dkg serve: http://{host}:{port}/ (SPARQL at /sparql)", file=sys.stderr)
    # uvicorn handles Ctrl-C and SIGTERM: it stops listening, gives running queries
    # STOP_GRACE seconds, stops the app, then raises the signal again (a KeyboardInterrupt it
    # catches itself, for Ctrl-C). Stopping is a server's normal end, so the SIGTERM raised
    # again ends this call rather than the process: exit 0 either way.
    previous = signal.signal(signal.SIGTERM, _stopped)
    try:
        uvicorn.run(
            create_app(settings, host, port),
            host=host,
            port=port,
            log_level="warning",
            log_config=_log_config(uvicorn.config.LOGGING_CONFIG),
            timeout_graceful_shutdown=STOP_GRACE,
        )
    except _Stop:
        pass
    finally:
        signal.signal(signal.SIGTERM, previous)
    print("dkg serve: stopped", file=sys.stderr)


def _log_config(default: dict) -> dict:
    """uvicorn's logging, its messages told as the server's own ('dkg serve: …')."""
    config = copy.deepcopy(default)
    config["formatters"]["default"] = {"format": "dkg serve: %(message)s"}
    return config


class _Stop(Exception):
    """SIGTERM, raised again by uvicorn once it has shut down."""


def _stopped(signum, frame) -> None:
    raise _Stop
