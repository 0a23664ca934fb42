"""Voting blocs by Louvain community detection, their stability across seeds, and centrality.

Louvain (Blondel et al. 2008, as in :func:`networkx.community.louvain_communities`) is
randomised: a fixed ``seed`` makes one run reproducible, and :func:`bloc_stability` shows how
much a state's bloc depends on the seed.

A bloc is named after its *anchor*: the member with the largest summed agreement with the
other members (ties: the smaller code). Names make blocs comparable between periods ("the
bloc of DEU" before and after) where Louvain's own numbering is arbitrary.

>>> import networkx as nx
>>> graph = nx.Graph()
>>> graph.add_weighted_edges_from([("A", "B", 1.0), ("B", "C", 0.9), ("A", "C", 0.9),
...                                ("D", "E", 1.0), ("E", "F", 0.9), ("D", "F", 0.8),
...                                ("C", "D", 0.1)])
>>> louvain_blocs(graph, seed=1)
{'A': 'A', 'B': 'A', 'C': 'A', 'D': 'E', 'E': 'E', 'F': 'E'}
>>> bloc_stability(graph, seeds=range(5))["A"]
1.0
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

import networkx as nx
import pandas as pd

__all__ = ["HOP_LENGTH", "bloc_stability", "bloc_table", "centrality", "louvain_blocs"]

#: what one step of a path costs on top of its disagreement (``1 - weight``) in betweenness
HOP_LENGTH = 0.01


def louvain_blocs(
    graph: nx.Graph, *, seed: int = 0, resolution: float = 1.0, weight: str = "weight"
) -> dict[str, str]:
    """Each state's bloc (named after the bloc's anchor) from one seeded Louvain run.

    References
    ----------
    Blondel, V. D., Guillaume, J.-L., Lambiotte, R., & Lefebvre, E. (2008). Fast unfolding of
    communities in large networks. *J. Stat. Mech.* P10008.
    """
    communities = nx.community.louvain_communities(
        graph, weight=weight, resolution=resolution, seed=seed
    )
    blocs = {}
    for members in communities:
        anchor = min(
            members, key=lambda node: (-_inner_strength(graph, node, members, weight), node)
        )
        blocs.update((member, anchor) for member in members)
    return dict(sorted(blocs.items()))


def _inner_strength(graph: nx.Graph, node: str, members: set[str], weight: str) -> float:
    return sum(data.get(weight, 1.0) for other, data in graph[node].items() if other in members)


def bloc_stability(
    graph: nx.Graph,
    *,
    seeds: Iterable[int] = range(20),
    resolution: float = 1.0,
    weight: str = "weight",
) -> dict[str, float]:
    """How stable each state's bloc is across Louvain runs with different seeds.

    Definition
    ----------
    In each run ``r`` a state ``s`` lands in a bloc with partners ``P_r(s)`` (the bloc's other
    members). Its *modal partners* are the partner set that occurs most often over the runs.
    Its stability is the share of runs in which its partners are exactly the modal ones:
    1.0 means the same bloc in every run; a state that sits between two blocs scores lower.
    """
    seeds = list(seeds)
    partners: dict[str, Counter] = {node: Counter() for node in graph}
    for seed in seeds:
        communities = nx.community.louvain_communities(
            graph, weight=weight, resolution=resolution, seed=seed
        )
        for members in communities:
            frozen = frozenset(members)
            for member in members:
                partners[member][frozen - {member}] += 1
    return {
        node: (counts.most_common(1)[0][1] / len(seeds) if counts else 0.0)
        for node, counts in sorted(partners.items())
    }


def centrality(graph: nx.Graph, *, weight: str = "weight") -> pd.DataFrame:
    """Weighted degree and betweenness of each state, indexed by state code.

    ``weighted_degree`` is the sum of a state's edge weights (its summed agreement).
    ``betweenness`` is the normalised betweenness centrality (Brandes 2001), between 0 and 1,
    with edge length ``1 - weight + HOP_LENGTH``, so that paths run through strong agreement.
    A length must be positive: pairs that always vote alike (agreement 1, frequent in one
    year) would otherwise be joined by paths of length 0 through any number of states, and
    the shortest-path counts behind betweenness grow without bound (values up to 1e21 on the
    2025 votes). The small cost per hop lets the shorter of two equally agreeing paths win.

    >>> graph = nx.complete_graph(["A", "B", "C"])
    >>> nx.set_edge_attributes(graph, 1.0, "weight")
    >>> graph.add_edge("A", "D", weight=0.5)
    >>> centrality(graph)["betweenness"].round(3).to_dict()
    {'A': 0.667, 'B': 0.0, 'C': 0.0, 'D': 0.0}
    """
    lengths = nx.Graph()
    lengths.add_nodes_from(graph)
    lengths.add_edges_from(
        (u, v, {"length": max(0.0, 1.0 - data.get(weight, 1.0)) + HOP_LENGTH})
        for u, v, data in graph.edges(data=True)
    )
    betweenness = nx.betweenness_centrality(lengths, weight="length", normalized=True)
    degree = dict(graph.degree(weight=weight))
    nodes = sorted(graph)
    return pd.DataFrame(
        {
            "weighted_degree": [float(degree[n]) for n in nodes],
            "betweenness": [betweenness[n] for n in nodes],
        },
        index=pd.Index(nodes, name="state"),
    )


def bloc_table(
    graph: nx.Graph,
    *,
    seed: int = 0,
    seeds: Iterable[int] = range(20),
    resolution: float = 1.0,
) -> pd.DataFrame:
    """One row per state: ``state, name, bloc, stability, weighted_degree, betweenness``.

    Sorted by bloc (largest first), then by weighted degree.
    """
    blocs = louvain_blocs(graph, seed=seed, resolution=resolution)
    stability = bloc_stability(graph, seeds=seeds, resolution=resolution)
    measures = centrality(graph)
    table = pd.DataFrame(
        {
            "state": list(blocs),
            "name": [graph.nodes[state].get("name", state) for state in blocs],
            "bloc": list(blocs.values()),
            "stability": [stability[state] for state in blocs],
        }
    ).join(measures, on="state")
    sizes = table["bloc"].map(table["bloc"].value_counts())
    order = table.assign(size=sizes).sort_values(
        ["size", "bloc", "weighted_degree"], ascending=[False, True, False], kind="stable"
    )
    return order.drop(columns="size").reset_index(drop=True)
