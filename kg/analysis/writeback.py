"""Analysis results as RDF, in their own named graph (``graph_iri("analysis")``).

An agreement table becomes one ``dkg:Alignment`` node per pair (two ``dkg:alignedState``
links, the method, score, joint votes, the selection and its period); a bloc table becomes
``dkg:BlocMembership`` nodes (state, bloc, seed, stability, period); ideal points become
``dkg:IdealPoint`` nodes (state, session, value, interval, votes) of one ``dkg:IdealPointRun``.
The terms are defined in ``ontology/analysis.ttl``; ``queries/strongest-alignments.rq`` and
``queries/ideal-points.rq`` ask about them.

>>> import pandas as pd
>>> table = pd.DataFrame({"state_a": ["RUS"], "state_b": ["USA"], "method": ["voeten"],
...                       "score": [0.25], "joint_votes": [8], "low_count": [True]})
>>> graph = alignment_graph(table, selection="series es-11", period=("2022-03-02", "2025-02-24"))
>>> sorted(str(state)[-3:] for state in graph.objects(None, DKG.alignedState))
['RUS', 'USA']
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pandas as pd
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, XSD

from kg.ontology import DKG, ID, bind_prefixes, graph_iri, slug, state_iri

if TYPE_CHECKING:
    from kg.analysis.ideal import IdealPoints

__all__ = [
    "ANALYSIS_GRAPH",
    "METHOD_IRIS",
    "alignment_graph",
    "alignment_iri",
    "bloc_graph",
    "ideal_point_graph",
    "write_back",
]

ANALYSIS_GRAPH = graph_iri("analysis")
#: the rule that produced a score (kg.analysis.agreement.POINTS) → its ontology individual
METHOD_IRIS = {
    "voeten": DKG.VoetenIndex,
    "votes-only": DKG.VotingCoincidence,
    "coincidence-2017": DKG.VotingCoincidence2017,
    "coincidence-2021": DKG.VotingCoincidence2021,
}


def alignment_iri(state_a: str, state_b: str, method: str, selection: str) -> URIRef:
    """``id/alignment/<method>/<a>-<b>/<selection slug>`` (the pair in code order).

    >>> str(alignment_iri("USA", "RUS", "voeten", "series es-11"))[-37:]
    'alignment/voeten/RUS-USA/series-es-11'
    """
    first, second = sorted((state_a, state_b))
    return ID[f"alignment/{method}/{first}-{second}/{slug(selection) or 'all'}"]


def _bloc_iri(anchor: str, selection: str, seed: int) -> URIRef:
    return ID[f"bloc/{slug(selection) or 'all'}/seed-{seed}/{anchor}"]


def _describe(graph: Graph, node: URIRef, selection: str, period: tuple[str, str] | None) -> None:
    graph.add((node, DKG.selection, Literal(selection)))
    if period and period[0]:
        graph.add((node, DKG.periodStart, Literal(period[0], datatype=XSD.date)))
        graph.add((node, DKG.periodEnd, Literal(period[1], datatype=XSD.date)))


def alignment_graph(
    table: pd.DataFrame,
    *,
    selection: str,
    period: tuple[str, str] | None = None,
    rollcall_count: int | None = None,
) -> Graph:
    """Alignment nodes for the rows of an agreement table (pairs without a score are skipped).

    ``table`` has the columns of :func:`kg.analysis.agreement.agreement_table`; ``selection``
    says in words how the roll calls were chosen; ``period`` is the first and last date.
    """
    graph = bind_prefixes(Graph())
    for row in table.itertuples(index=False):
        if pd.isna(row.score):
            continue
        node = alignment_iri(row.state_a, row.state_b, row.method, selection)
        graph.add((node, RDF.type, DKG.Alignment))
        graph.add(
            (node, RDFS.label, Literal(f"{row.state_a}-{row.state_b} {row.method}, {selection}"))
        )
        graph.add((node, DKG.alignedState, state_iri(row.state_a)))
        graph.add((node, DKG.alignedState, state_iri(row.state_b)))
        graph.add((node, DKG.agreementMethod, METHOD_IRIS[row.method]))
        graph.add((node, DKG.score, _decimal(row.score)))
        graph.add(
            (node, DKG.jointVotes, Literal(int(row.joint_votes), datatype=XSD.nonNegativeInteger))
        )
        if hasattr(row, "low_count"):
            graph.add((node, DKG.lowCount, Literal(bool(row.low_count))))
        if rollcall_count is not None:
            graph.add(
                (node, DKG.rollCallCount, Literal(rollcall_count, datatype=XSD.nonNegativeInteger))
            )
        _describe(graph, node, selection, period)
    return graph


def bloc_graph(
    table: pd.DataFrame,
    *,
    selection: str,
    seed: int,
    period: tuple[str, str] | None = None,
) -> Graph:
    """Bloc and bloc-membership nodes for a table of :func:`kg.analysis.blocs.bloc_table`."""
    graph = bind_prefixes(Graph())
    for row in table.itertuples(index=False):
        bloc = _bloc_iri(row.bloc, selection, seed)
        graph.add((bloc, RDF.type, DKG.Bloc))
        graph.add((bloc, RDFS.label, Literal(f"bloc of {row.bloc}, {selection}, seed {seed}")))
        graph.add((bloc, DKG.blocAnchor, state_iri(row.bloc)))
        graph.add((bloc, DKG.seed, Literal(seed)))
        _describe(graph, bloc, selection, period)
        node = ID[f"bloc-membership/{slug(selection) or 'all'}/seed-{seed}/{row.state}"]
        graph.add((node, RDF.type, DKG.BlocMembership))
        graph.add((node, RDFS.label, Literal(f"{row.state} in the bloc of {row.bloc}")))
        graph.add((node, DKG.blocMember, state_iri(row.state)))
        graph.add((node, DKG.bloc, bloc))
        graph.add((node, DKG.seed, Literal(seed)))
        graph.add((node, DKG.stability, _decimal(row.stability, 4)))
        _describe(graph, node, selection, period)
    return graph


def _decimal(value: float, places: int = 6) -> Literal:
    """``value`` rounded to ``places`` as an ``xsd:decimal`` in its canonical form.

    Oxigraph stores a decimal canonically (``0.5``, ``2``, ``0``) while rdflib keeps the
    lexical form it was given; written canonically, a query prints the same from the written
    file and from the store.

    >>> [str(_decimal(v)) for v in (0.5, 2.0, -0.0000001, 0.89684049)]
    ['0.5', '2', '0', '0.89684']
    """
    text = f"{value:.{places}f}".rstrip("0").rstrip(".")
    return Literal("0" if text in ("-0", "") else text, datatype=XSD.decimal)


def ideal_point_graph(
    result: IdealPoints, *, selection: str, period: tuple[str, str] | None = None
) -> Graph:
    """One ``dkg:IdealPointRun`` and a ``dkg:IdealPoint`` per row of ``result.table``.

    The run's IRI ends in :attr:`IdealPoints.run_id`, a digest of the estimates: writing the
    same fit twice gives the same triples.

    >>> from kg.analysis.ideal import ideal_points, simulate_votes
    >>> matrix, _ = simulate_votes(states=4, sessions=2, rollcalls=6, seed=2)
    >>> graph = ideal_point_graph(ideal_points(matrix), selection="simulated")
    >>> [len(set(graph.subjects(RDF.type, kind))) for kind in (DKG.IdealPoint, DKG.IdealPointRun)]
    [8, 1]
    """
    graph = bind_prefixes(Graph())
    run = ID[f"ideal-run/{result.run_id}"]
    graph.add((run, RDF.type, DKG.IdealPointRun))
    graph.add((run, RDFS.label, Literal(f"ideal points, {selection}, run {result.run_id}")))
    graph.add((run, DKG.estimationMethod, DKG.DynamicOrdinalIRT))
    graph.add((run, DKG.randomWalkDrift, _decimal(float(result.model.settings["drift"]))))
    for term, session in (
        (DKG.baseSessionFirst, result.base[0]),
        (DKG.baseSessionLast, result.base[1]),
    ):
        graph.add((run, term, Literal(int(session), datatype=XSD.positiveInteger)))
    counts = (
        (DKG.rollCallCount, result.rollcalls),
        (DKG.bridgedRollCallCount, result.bridged),
        (DKG.iterationCount, result.iterations),
    )
    for term, count in counts:
        graph.add((run, term, Literal(int(count), datatype=XSD.nonNegativeInteger)))
    graph.add((run, DKG.converged, Literal(bool(result.converged))))
    _describe(graph, run, selection, period)
    for row in result.table.itertuples(index=False):
        node = ID[f"ideal-point/{result.run_id}/{row.state}/{row.session}"]
        graph.add((node, RDF.type, DKG.IdealPoint))
        graph.add((node, RDFS.label, Literal(f"ideal point of {row.state}, session {row.session}")))
        graph.add((node, DKG.idealPointOf, state_iri(row.state)))
        graph.add((node, DKG.modelRun, run))
        graph.add(
            (node, DKG.regularSession, Literal(int(row.session), datatype=XSD.positiveInteger))
        )
        graph.add((node, DKG.sessionYear, Literal(f"{row.year:04d}", datatype=XSD.gYear)))
        graph.add((node, DKG.idealValue, _decimal(row.ideal)))
        graph.add((node, DKG.lowerBound, _decimal(row.lower)))
        graph.add((node, DKG.upperBound, _decimal(row.upper)))
        graph.add((node, DKG.voteCount, Literal(int(row.votes), datatype=XSD.nonNegativeInteger)))
    return graph


def write_back(dataset: Dataset, graph: Graph) -> Dataset:
    """Add ``graph``'s triples to the dataset's ``analysis`` named graph and return it."""
    target = dataset.graph(ANALYSIS_GRAPH)
    for triple in graph:
        target.add(triple)
    return dataset
