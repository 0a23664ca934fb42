"""The vote matrix of each source: a built graph, a store, a SPARQL endpoint or the tidy files.

A graph, a store or an endpoint answers one SPARQL SELECT (``kg/analysis/vote-matrix.rq``)
over the derived shortcut triples; the tidy files are read by :mod:`kg.analysis.tidy`.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from kg.analysis.matrix import VoteMatrix, assemble
from kg.analysis.tidy import read_tidy
from kg.defaults import KG_FILE
from kg.errors import DataError
from kg.graph import Source, choose_source
from kg.ontology import ID, resource_path
from kg.vocabulary import VOETEN_ISSUES

__all__ = ["QUERY_FILE", "extract_matrix", "load_matrix"]

QUERY_FILE = resource_path("analysis", "vote-matrix.rq")


def extract_matrix(source: Any) -> VoteMatrix:
    """Extract the vote matrix from a knowledge graph with one SPARQL SELECT.

    ``source`` is an rdflib ``Dataset``/``Graph`` (the built graph, e.g. from
    :func:`kg.build.load_dataset`), a ``pyoxigraph.Store`` (the imported history) or a
    :class:`kg.remote.SparqlEndpoint` (another server holding either). The query
    (``kg/analysis/vote-matrix.rq``) reads the shortcut triples, so the rules in ``kg/rules/``
    must have been applied (``dkg build`` and the importer do it).

    >>> from kg.build import assemble, derive_shortcuts
    >>> from kg.ontology import graph_iri
    >>> dataset = assemble()
    >>> _ = dataset.graph(graph_iri("inferred")).__iadd__(derive_shortcuts(dataset))
    >>> matrix = extract_matrix(dataset)
    >>> matrix.shape, matrix.letters("USA")[-4:]
    ((193, 10), ['Y', 'N', '', 'Y'])
    """
    states, rollcall_ids, codes, metadata = _split_rows(_select_rows(source))
    if not len(states):
        raise DataError(
            "the graph holds no vote shortcuts (dkg:votedYes …)",
            fix="build it with `dkg build`, or import the history and derive the shortcuts",
        )
    return assemble(pd.Series(states), pd.Series(rollcall_ids), codes, metadata)


def load_matrix(
    *,
    kg: Path | str | None = None,
    store: Path | str | None = None,
    votes: Path | str | None = None,
    endpoint: str | None = None,
) -> VoteMatrix:
    """The vote matrix of one source: ``votes`` (a tidy history file, read directly), ``store``
    (an imported Oxigraph store), ``endpoint`` (the URL of a SPARQL 1.1 server holding a
    store's or a built graph's quads) or ``kg`` (a dataset written by ``dkg build``, by default
    ``out/kg.trig``). Two sources are a :class:`~kg.errors.UsageError`. Each gives the same
    matrix for the same votes (``tests/test_sources_agree.py``).

    A store's matrix is extracted once per generation of the store and kept beside it, in
    ``STORE/.matrix-<generation>.npz`` (:func:`kg.store.store_matrix`): later loads read
    that file instead of querying the store, until an import makes a new generation. A store
    directory that cannot be written is read as before, without the cache.

    >>> import tempfile
    >>> from kg.store import import_history, live_generation
    >>> fixtures = Path("tests/fixtures/history/tidy")  # run from the checkout
    >>> directory = Path(tempfile.mkdtemp()) / "store"
    >>> _ = import_history("tidy", fixtures / "votes.csv", store_dir=directory)
    >>> first = load_matrix(store=directory)  # extracted with SPARQL, then cached
    >>> cached = [path.name for path in directory.glob(".matrix-*.npz")]
    >>> cached == [f".matrix-{live_generation(directory)}.npz"]
    True
    >>> again = load_matrix(store=directory)  # read from the cache
    >>> again.shape, again.letters("USA"), again.states == first.states
    ((17, 4), ['N', 'Y', 'Y', 'Y'], True)
    """
    source = choose_source(
        kg=kg, store=store, votes=votes, endpoint=endpoint, default=Source("kg", KG_FILE)
    )
    if source.kind == "votes":
        return read_tidy(source.location)
    if source.kind == "store":
        from kg.store import store_matrix

        return store_matrix(Path(source.location))
    if source.kind == "endpoint":
        from kg.remote import SparqlEndpoint

        return extract_matrix(SparqlEndpoint(str(source.location)))
    from kg.build import load_dataset

    return extract_matrix(load_dataset(Path(source.location)))


# --- reading the query's solutions ------------------------------------------------------------

_VARIABLES = (
    "state",
    "rollcall",
    "code",
    "date",
    "session",
    "symbol",
    "organ",
    "title",
    "important",
    "year",
    "concept",
    "notation",
    "label",
)


def _select_rows(source: Any) -> pd.DataFrame:
    """Solutions of the matrix query, one column per variable, as strings ("" when unbound)."""
    if type(source).__module__.startswith("pyoxigraph"):
        from pyoxigraph import QueryResultsFormat

        # kg.query.run_query takes rdflib datasets only; pyoxigraph answers the same text.
        # Its SPARQL CSV serialisation (IRIs and lexical forms, "" when unbound), parsed by
        # pandas, costs a fraction of turning a million solutions into Python objects.
        solutions = source.query(
            QUERY_FILE.read_text(encoding="utf-8"), use_default_graph_as_union=True
        )
        text = solutions.serialize(format=QueryResultsFormat.CSV)
        return pd.read_csv(io.BytesIO(text), dtype=str, keep_default_na=False, na_filter=False)
    from kg.query import load_query
    from kg.remote import SparqlEndpoint

    if isinstance(source, SparqlEndpoint):
        _, rows = source.select(QUERY_FILE.read_text(encoding="utf-8"))
    else:
        rows = source.query(load_query(QUERY_FILE).prepared)
    return pd.DataFrame(
        [tuple("" if term is None else str(term) for term in row) for row in rows],
        columns=list(_VARIABLES),
        dtype=object,
    )


def _local(iri: str | None, kind: str) -> str | None:
    prefix = str(ID[f"{kind}/"])
    if iri is None:
        return None
    return iri[len(prefix) :] if iri.startswith(prefix) else iri


def _local_names(iris: pd.Series, kind: str) -> np.ndarray:
    """:func:`_local` of every IRI in ``iris``, computed once per distinct IRI."""
    positions, distinct = pd.factorize(iris)
    names = np.array([_local(iri, kind) for iri in distinct], dtype=object)
    return names[positions]


def _voeten_topics() -> dict[str, tuple[str, str]]:
    """Voeten issue concept IRI → (code, label), the topics :func:`read_tidy` gives."""
    from kg.vocabulary import VOETEN_ISSUE_IRIS

    return {str(VOETEN_ISSUE_IRIS[code]): (code, label) for code, _, label in VOETEN_ISSUES}


def _split_rows(
    rows: pd.DataFrame,
) -> tuple[np.ndarray, np.ndarray, np.ndarray, pd.DataFrame]:
    """The query's three kinds of rows: ballots, roll-call metadata and topics."""
    is_ballot = (rows["state"] != "").to_numpy()
    ballots = rows.loc[is_ballot, ["state", "rollcall", "code"]]
    states = _local_names(ballots["state"], "state")
    rollcall_ids = _local_names(ballots["rollcall"], "rollcall")
    codes = ballots["code"].astype("int8").to_numpy()
    metadata: dict[str, dict[str, Any]] = {}
    topics: dict[str, set[str]] = {}
    # A few thousand rows: a plain loop. A later row for the same roll call wins.
    others = rows.loc[~is_ballot, ["rollcall", *_VARIABLES[3:]]]
    voeten = _voeten_topics()
    for row in others.itertuples(index=False):
        rollcall_id = _local(row.rollcall, "rollcall")
        if row.concept:
            # Voeten's issues by the one table (whether or not the graph holds the ontology's
            # labels); any other topic by its notation and labels, as a file names it.
            found = topics.setdefault(rollcall_id, set())
            found.update(voeten.get(row.concept) or (t for t in (row.notation, row.label) if t))
        else:
            metadata[rollcall_id] = {
                "id": rollcall_id,
                "date": row.date[:10],
                "year": row.year[:4],
                "session": row.session,
                "symbol": row.symbol,
                "title": row.title,
                "organ": _local(row.organ, "organ"),
                "important": row.important,
            }
    table = pd.DataFrame(
        list(metadata.values()),
        columns=["id", "date", "year", "session", "symbol", "title", "organ", "important"],
    )
    table["topics"] = [tuple(sorted(topics.get(i, ()))) for i in table["id"]]
    return states, rollcall_ids, codes, table
