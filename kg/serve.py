"""A read-only SPARQL 1.1 Protocol endpoint over the knowledge graph, with a query page.

``dkg serve`` answers SPARQL at ``/sparql`` (GET, form-encoded POST and direct POST of
``application/sparql-query``) from a Starlette app run by uvicorn. Oxigraph (pyoxigraph)
evaluates and serialises: SELECT and ASK results as SPARQL JSON, XML, CSV or TSV, CONSTRUCT
and DESCRIBE as Turtle, N-Triples, RDF/XML or JSON-LD, chosen by the ``Accept`` header or a
``format`` (or ``output``) parameter. ``/`` is a self-contained query page.

Design: queries run in worker processes
---------------------------------------
An Oxigraph query cannot be cancelled, and a thread that runs one cannot be stopped. So each
query runs in a pool of worker processes (pebble's ``ProcessPool``), each holding its own
read-only copy of the data; a query that passes its deadline has its worker killed and
replaced, and the server answers 503. The event loop only waits on futures, so it keeps
answering while a slow query runs and after it is killed. A worker also stops pulling rows
at the row limit (answer 500), so a huge result never reaches memory whole.

Status codes
------------
200 results; 400 malformed query (the parser's message) or bad protocol parameters;
403 SPARQL Update (by content type, ``update`` field, or a text that parses as an update);
405 any method but GET/POST; 406 no acceptable result format; 500 more rows than the row
limit, or a worker that died; 503 the query passed its timeout.

>>> settings = ServeSettings(Path("out/kg.trig"), timeout=5.0, max_rows=1000)
>>> settings.kind, settings.timeout
('kg', 5.0)
>>> negotiate_preferences("text/csv;q=0.5, application/sparql-results+json")
['application/sparql-results+json', 'text/csv']
"""

from __future__ import annotations

import asyncio
import contextlib
import html
import json
import multiprocessing
import signal
import sys
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Literal

import pyoxigraph as ox

from kg.errors import DataError, DkgError

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

DEFAULT_PORT = 8000
DEFAULT_TIMEOUT = 10.0
DEFAULT_MAX_ROWS = 100_000
DEFAULT_WORKERS = 2
LOOPBACK = ("127.0.0.1", "::1", "localhost")

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
    directory (``kind="store"``), per-query timeout in seconds, result-row limit, workers."""

    source: Path
    kind: Literal["kg", "store"] = "kg"
    timeout: float = DEFAULT_TIMEOUT
    max_rows: int = DEFAULT_MAX_ROWS
    workers: int = DEFAULT_WORKERS


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


# --- the worker side ----------------------------------------------------------------------------

_WORKER_STORE: ox.Store | None = None
_WORKER_UNION = False


def _start_worker(source: str, kind: str) -> None:
    """Pool initializer: load the data once per worker process."""
    global _WORKER_STORE, _WORKER_UNION
    # pebble stops a late worker with SIGTERM; Python's own handling would wait for the
    # Rust query loop to return (it does not), so let the signal end the process at once.
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _WORKER_STORE, _WORKER_UNION = open_source(Path(source), kind)


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


def _run_in_worker(
    text: str,
    preferences: list[str],
    max_rows: int,
    default_graphs: list[str],
    named_graphs: list[str],
) -> tuple[int, str, bytes]:
    if _WORKER_STORE is None:
        raise RuntimeError("worker has no store")
    return execute(
        _WORKER_STORE,
        text,
        preferences,
        max_rows,
        union=_WORKER_UNION,
        default_graphs=default_graphs,
        named_graphs=named_graphs,
    )


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


def create_app(settings: ServeSettings):
    """The ASGI app: ``/sparql`` and the query page ``/``; a worker pool lives with it."""
    import pebble
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import HTMLResponse, PlainTextResponse, Response
    from starlette.routing import Route

    state: dict = {}

    def start_pool() -> None:
        state["pool"] = pebble.ProcessPool(
            max_workers=settings.workers,
            initializer=_start_worker,
            initargs=(str(settings.source), settings.kind),
            context=multiprocessing.get_context("spawn"),
        )

    @contextlib.asynccontextmanager
    async def lifespan(app):
        start_pool()
        try:
            yield
        finally:
            pool = state.pop("pool")
            pool.stop()
            pool.join(timeout=10)

    async def sparql(request: Request) -> Response:
        if request.method == "POST":
            content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
            if content_type == "application/sparql-update":
                return _refuse_update()
            if content_type == "application/sparql-query":
                text = (await request.body()).decode("utf-8", errors="replace")
                fields = request.query_params
            elif content_type in ("application/x-www-form-urlencoded", "multipart/form-data"):
                form = await request.form()
                fields = form
                text = form.get("query")
            else:
                return _plain(
                    415,
                    "POST a query as application/x-www-form-urlencoded (field query) "
                    "or as application/sparql-query",
                )
            protocol = {**request.query_params, **fields}
            graphs = (
                request.query_params.getlist("default-graph-uri")
                + _getlist(fields, "default-graph-uri"),
                request.query_params.getlist("named-graph-uri")
                + _getlist(fields, "named-graph-uri"),
            )
        else:
            protocol = dict(request.query_params)
            text = request.query_params.get("query")
            graphs = (
                request.query_params.getlist("default-graph-uri"),
                request.query_params.getlist("named-graph-uri"),
            )
        if "update" in protocol:
            return _refuse_update()
        if not text:
            return _plain(400, "no query: pass the SPARQL text as the parameter query")
        preferences = _preferences(protocol, request.headers.get("accept"))
        if preferences is None:
            return _plain(
                400, f"unknown format {protocol.get('format') or protocol.get('output')!r}"
            )
        future = state["pool"].schedule(
            _run_in_worker,
            args=(str(text), preferences, settings.max_rows, *graphs),
            timeout=settings.timeout,
        )
        try:
            status, media, body = await asyncio.wrap_future(future)
        except FutureTimeout:
            return _plain(
                503,
                f"the query ran longer than the timeout of {settings.timeout:g} s and was stopped "
                "(make it more selective, or start dkg serve with a higher --timeout)",
            )
        except Exception as error:  # a worker that died (out of memory, crash)
            return _plain(500, f"the query's worker failed: {type(error).__name__}: {error}")
        return Response(body, status_code=status, media_type=media, headers={"Vary": "Accept"})

    async def refuse(request: Request) -> Response:
        return _plain(405, "this endpoint is read-only: use GET or POST with a query")

    async def page(request: Request) -> Response:
        return HTMLResponse(query_page())

    def _refuse_update() -> Response:
        return _plain(403, "SPARQL Update is refused: this endpoint is read-only")

    def _plain(status: int, message: str) -> Response:
        return PlainTextResponse(message + "\n", status_code=status)

    routes = [
        Route("/", page, methods=["GET"]),
        Route("/sparql", sparql, methods=["GET", "POST"]),
        Route("/sparql", refuse, methods=["PUT", "DELETE", "PATCH"]),
    ]
    return Starlette(routes=routes, lifespan=lifespan)


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
// #query=<url-encoded SPARQL> types that query into the box and runs it (for links and tests)
const fragment = new URLSearchParams(location.hash.slice(1));
if (fragment.get("query")) { $("query").value = fragment.get("query"); $("run").click(); }
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
    uvicorn.run(create_app(settings), host=host, port=port, log_level="warning")
