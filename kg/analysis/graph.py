"""The agreement graph: states as nodes, agreement scores as weighted edges; export for Gephi.

A complete agreement graph of 193 states has 18,528 edges, most of them strong (the General
Assembly adopts most resolutions by large majorities), so its structure is hard to read.
:func:`sparsify` keeps either the edges above a threshold or each state's ``k`` strongest
edges (a symmetric k-nearest-neighbour graph: an edge stays when it is among the ``k``
strongest of either end).

>>> from kg.analysis.matrix import VoteMatrix
>>> from kg.analysis.agreement import voeten_agreement
>>> matrix = VoteMatrix.from_votes([("USA", "r1", "Y"), ("GBR", "r1", "Y"), ("RUS", "r1", "N")])
>>> graph = agreement_graph(voeten_agreement(matrix), on="2025-02-24", min_joint_votes=1)
>>> sorted(graph.edges(data="weight"))
[('GBR', 'RUS', 0.0), ('GBR', 'USA', 1.0), ('RUS', 'USA', 0.0)]
>>> graph.nodes["GBR"]["permanent_member"], graph.nodes["GBR"]["eu_member"]
(True, False)
>>> sorted(sparsify(graph, k=1).edges())  # RUS keeps its best edge, a tie won by GBR
[('GBR', 'RUS'), ('GBR', 'USA')]
>>> sorted(sparsify(graph, threshold=0.5).edges())
[('GBR', 'USA')]
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import networkx as nx
import numpy as np
import pandas as pd

from kg.analysis.agreement import DEFAULT_MIN_JOINT_VOTES, Agreement
from kg.analysis.states import state_attributes
from kg.errors import DataError
from kg.io import write_atomic

__all__ = ["agreement_graph", "sparsify", "write_gexf", "write_graphml"]


def agreement_graph(
    result: Agreement,
    *,
    attributes: pd.DataFrame | None = None,
    on: str | date | None = None,
    min_joint_votes: int = DEFAULT_MIN_JOINT_VOTES,
) -> nx.Graph:
    """An undirected graph of all pairs with at least ``min_joint_votes`` joint votes.

    Nodes carry ``name, region, subregion, permanent_member, eu_member`` (from
    :func:`kg.analysis.states.state_attributes` on day ``on``, unless ``attributes`` gives
    them); edges carry ``weight`` (the score), ``joint_votes`` and ``method``. Graph attribute
    ``method`` names the index.
    """
    states = list(result.states)
    if attributes is None:
        attributes = state_attributes(states, on=on)
    graph = nx.Graph(method=result.method)
    for state in states:
        row = attributes.loc[state] if state in attributes.index else {}
        # Plain Python values: GraphML and GEXF writers reject numpy scalars.
        graph.add_node(state, **{key: _plain(value) for key, value in dict(row).items()})
    first, second = np.triu_indices(len(states), k=1)
    scores = result.scores[first, second]
    joint = result.joint_votes[first, second]
    keep = (joint >= min_joint_votes) & ~np.isnan(scores)
    graph.add_edges_from(
        (
            states[i],
            states[j],
            {"weight": float(score), "joint_votes": int(count), "method": result.method},
        )
        for i, j, score, count in zip(
            first[keep], second[keep], scores[keep], joint[keep], strict=True
        )
    )
    return graph


def _plain(value: object) -> object:
    return value.item() if isinstance(value, np.generic) else value


def sparsify(
    graph: nx.Graph,
    *,
    threshold: float | None = None,
    k: int | None = None,
    weight: str = "weight",
) -> nx.Graph:
    """A copy of ``graph`` with only its strong edges; every node is kept.

    Parameters
    ----------
    threshold : float, optional
        Keep the edges whose weight is at least ``threshold``.
    k : int, optional
        Keep an edge when it is among the ``k`` heaviest edges of either of its ends (ties
        broken by the neighbour's code, so the result is deterministic).

    Exactly one of ``threshold`` and ``k`` must be given.
    """
    if (threshold is None) == (k is None):
        raise DataError("give exactly one of threshold and k", fix="e.g. k=10 or threshold=0.9")
    sparse = nx.Graph(**graph.graph)
    sparse.add_nodes_from(graph.nodes(data=True))
    if threshold is not None:
        sparse.add_edges_from(
            (u, v, data) for u, v, data in graph.edges(data=True) if data[weight] >= threshold
        )
        return sparse
    if k < 1:
        raise DataError(f"k must be positive, got {k}", fix="e.g. k=10")
    for node in graph:
        neighbours = sorted(graph[node].items(), key=lambda item: (-item[1][weight], item[0]))
        sparse.add_edges_from((node, other, data) for other, data in neighbours[:k])
    return sparse


def write_graphml(graph: nx.Graph, path: Path | str) -> Path:
    """Write ``graph`` as GraphML with all node and edge attributes, atomically."""
    return write_atomic(path, lambda stream: nx.write_graphml(graph, stream))


def write_gexf(graph: nx.Graph, path: Path | str) -> Path:
    """Write ``graph`` as GEXF 1.2 (Gephi's format) with all attributes, atomically."""
    return write_atomic(path, lambda stream: nx.write_gexf(graph, stream))
