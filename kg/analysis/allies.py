"""Do allies vote together? Formal alliances and rivalries against agreement in UN votes.

A state's **formal allies** in a year are the states bound to it, in either direction, by an
alliance commitment with a defence or offence pledge in force that year (ATOP to 2018, the
curated treaties of ``kg/data/alliances`` to today); its **rivals** are its strategic rivals
that year (Thompson and Dreyer, to 2010). :func:`allies_vs_votes` compares, year by year,
the state's mean agreement (Voeten's index, or any method of :mod:`kg.analysis.agreement`)
with its allies, with its rivals and with everyone else:

    mean_agreement(s, G, y) = (1 / |G|) * sum over t in G of agreement(s, t; roll calls of y)

where G holds the other states of the group with at least ``min_joint_votes`` joint votes
that year (each state counts once, whatever its number of votes); ``joint_votes`` is the sum
of their joint votes. A state both ally and rival (Greece and Türkiye) counts in both groups;
"others" are the states in neither.

>>> from kg.analysis.matrix import VoteMatrix
>>> matrix = VoteMatrix.from_votes(
...     [(s, r, v) for r, votes in (("r1", "YYNY"), ("r2", "YYNN")) for s, v in zip("ABCD", votes)],
...     dates={"r1": "2001-03-01", "r2": "2001-04-01"})
>>> relations = Relations.from_rows(
...     [("commitment", "A", "B", 1990, None, 1), ("rivalry", "A", "C", 1950, 2010, 0)])
>>> print(allies_vs_votes(matrix, relations, ["A"], min_joint_votes=1).to_string(index=False))
state  year  group  mean_agreement  states  joint_votes
    A  2001 allies             1.0       1            2
    A  2001 rivals             0.0       1            2
    A  2001 others             0.5       1            2

States are the vote matrix's keys: a relation of the Soviet Union (SUN) counts for the votes
the UN record files under RUS (the registry's ``votes_filed_under``).

The **alliance network** of a year (:func:`alliance_network`) has the states as nodes and an
edge for each pair bound by a formal alliance; :func:`communities_vs_blocs` compares its
Louvain communities with the voting blocs of the same year (Louvain on the agreement graph,
:mod:`kg.analysis.blocs`) by normalised mutual information and the adjusted Rand index, over
the states that are in both, so "did the voting blocs drift away from the alliances?" has a
number per year.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import networkx as nx
import numpy as np
import pandas as pd

from kg.analysis.agreement import DEFAULT_MIN_JOINT_VOTES, agreement
from kg.analysis.matrix import VoteMatrix
from kg.errors import DataError
from kg.ontology import resource_path

__all__ = [
    "COLUMNS",
    "GROUPS",
    "Relations",
    "adjusted_rand",
    "alliance_network",
    "allies_vs_votes",
    "communities_vs_blocs",
    "normalized_mutual_information",
    "read_relations",
]

COLUMNS = ("state", "year", "group", "mean_agreement", "states", "joint_votes")
GROUPS = ("allies", "rivals", "others")
QUERY_FILE = resource_path("analysis", "relation-pairs.rq")


@dataclass(frozen=True)
class Relations:
    """Pairs of states bound by a commitment or in a rivalry, with their years.

    ``pairs`` has columns ``relation`` (``commitment`` or ``rivalry``), ``first``, ``second``
    (vote-matrix keys), ``start``, ``end`` (NaN while open) and ``military`` (a defence or
    offence pledge).
    """

    pairs: pd.DataFrame

    @classmethod
    def from_rows(cls, rows: Iterable[tuple]) -> Relations:
        """From ``(relation, first, second, start, end, military)`` rows (keys as given)."""
        frame = pd.DataFrame(
            list(rows), columns=["relation", "first", "second", "start", "end", "military"]
        )
        frame["end"] = pd.to_numeric(frame["end"], errors="coerce")
        return cls(frame)

    def in_force(self, year: int, relation: str) -> pd.DataFrame:
        """The pairs of one kind in force in ``year`` (formal alliances: military only)."""
        pairs = self.pairs
        keep = (pairs["relation"] == relation) & (pairs["start"] <= year)
        keep &= pairs["end"].isna() | (pairs["end"] >= year)
        if relation == "commitment":
            keep &= pairs["military"] == 1
        return pairs.loc[keep, ["first", "second"]].drop_duplicates()

    def partners(self, year: int, relation: str) -> dict[str, set[str]]:
        """Each state's allies (``commitment``) or rivals (``rivalry``) in ``year``."""
        partners: dict[str, set[str]] = {}
        for first, second in self.in_force(year, relation).itertuples(index=False):
            partners.setdefault(first, set()).add(second)
            partners.setdefault(second, set()).add(first)
        return partners


def read_relations(source: Any) -> Relations:
    """The commitments and rivalries of a graph: an rdflib dataset, a pyoxigraph store or a
    SPARQL endpoint (one query, ``kg/analysis/relation-pairs.rq``), keyed as the vote matrix.

    Raises
    ------
    kg.errors.DataError
        When the graph holds no commitment and no rivalry.
    """
    from kg.query import select_rows

    columns, rows = select_rows(source, QUERY_FILE)
    if not rows:
        raise DataError(
            "the graph holds no alliance commitment or rivalry",
            fix="build it (the curated alliances) or import them: dkg import atop|rivalries",
        )
    frame = pd.DataFrame(rows, columns=list(columns))
    key = _vote_keys()
    frame["first"] = frame["first"].map(lambda code: key.get(code, code))
    frame["second"] = frame["second"].map(lambda code: key.get(code, code))
    for column in ("start", "military"):
        frame[column] = frame[column].astype(int)
    frame["end"] = pd.to_numeric(frame["end"].replace("", np.nan))
    return Relations(frame)


def _vote_keys() -> dict[str, str]:
    """Registry key → the key its votes are filed under (SUN → RUS)."""
    from kg.registry import load_states

    return {state.iso3: state.votes_filed_under or state.iso3 for state in load_states()}


def allies_vs_votes(
    matrix: VoteMatrix,
    relations: Relations,
    states: Iterable[str] | None = None,
    *,
    method: str = "voeten",
    rules: str | None = None,
    min_joint_votes: int = DEFAULT_MIN_JOINT_VOTES,
) -> pd.DataFrame:
    """Each state's mean agreement with its allies, its rivals and everyone else, per year.

    One row per state, year of ``matrix``'s roll calls and group (:data:`GROUPS`), columns
    :data:`COLUMNS`; ``mean_agreement`` is NaN for a group without a partner that year.
    ``states`` defaults to every state of the matrix.
    """
    wanted = list(states) if states is not None else None
    rows = []
    years = sorted(int(year) for year in matrix.rollcalls["year"].dropna().unique())
    for year in years:
        selected = matrix.select(start=f"{year}-01-01", end=f"{year}-12-31")
        if not selected.shape[1]:
            continue
        result = agreement(selected, method, rules=rules)
        allies, rivals = relations.partners(year, "commitment"), relations.partners(year, "rivalry")
        index = {state: position for position, state in enumerate(result.states)}
        for state in wanted if wanted is not None else result.states:
            if state not in index:
                continue
            row = index[state]
            scored = (result.joint_votes[row] >= min_joint_votes) & ~np.isnan(result.scores[row])
            scored[row] = False
            groups = {
                "allies": allies.get(state, set()),
                "rivals": rivals.get(state, set()),
            }
            groups["others"] = set(result.states) - groups["allies"] - groups["rivals"]
            for group in GROUPS:
                members = np.array([other in groups[group] for other in result.states])
                chosen = scored & members
                count = int(chosen.sum())
                rows.append(
                    (
                        state,
                        year,
                        group,
                        float(result.scores[row, chosen].mean()) if count else np.nan,
                        count,
                        int(result.joint_votes[row, chosen].sum()),
                    )
                )
    return pd.DataFrame(rows, columns=list(COLUMNS))


def alliance_network(relations: Relations, year: int) -> nx.Graph:
    """The formal alliances in force in ``year`` as a graph: states, and an edge per allied
    pair (attribute ``kind``: ``alliance``). For GraphML/GEXF use
    :func:`kg.analysis.graph.write_graphml`.

    >>> relations = Relations.from_rows([("commitment", "A", "B", 1990, None, 1),
    ...                                  ("commitment", "B", "C", 1990, 1995, 1)])
    >>> sorted(alliance_network(relations, 2000).edges())
    [('A', 'B')]
    """
    graph = nx.Graph(year=year)
    graph.add_edges_from(
        (first, second, {"kind": "alliance", "weight": 1.0})
        for first, second in relations.in_force(year, "commitment").itertuples(index=False)
    )
    return graph


def _contingency(first: list, second: list) -> np.ndarray:
    _, rows = np.unique(np.asarray(first, dtype=object).astype(str), return_inverse=True)
    _, columns = np.unique(np.asarray(second, dtype=object).astype(str), return_inverse=True)
    table = np.zeros((rows.max() + 1, columns.max() + 1))
    np.add.at(table, (rows, columns), 1)
    return table


def normalized_mutual_information(first: list, second: list) -> float:
    """NMI of two labellings of the same items, normalised by the arithmetic mean of the
    entropies (Vinh, Epps & Bailey 2010, JMLR 11: 2837-54): 1 for the same partition, 0 for
    independent ones. Two single-cluster labellings score 1.

    >>> normalized_mutual_information([0, 0, 1, 1], [5, 5, 7, 7])
    1.0
    >>> round(normalized_mutual_information([0, 0, 1, 1], [0, 1, 0, 1]), 6)
    0.0
    """
    table = _contingency(first, second)
    total = table.sum()
    joint = table / total
    rows, columns = joint.sum(axis=1), joint.sum(axis=0)
    nonzero = joint > 0
    mutual = float(
        (joint[nonzero] * np.log(joint[nonzero] / np.outer(rows, columns)[nonzero])).sum()
    )
    entropy_rows = float(-(rows * np.log(rows)).sum())
    entropy_columns = float(-(columns * np.log(columns)).sum())
    if entropy_rows == entropy_columns == 0:
        return 1.0
    return max(0.0, mutual / ((entropy_rows + entropy_columns) / 2))


def adjusted_rand(first: list, second: list) -> float:
    """The adjusted Rand index of two labellings (Hubert & Arabie 1985, Journal of
    Classification 2: 193-218): 1 for the same partition, about 0 for random ones.

    >>> adjusted_rand([0, 0, 1, 1], [1, 1, 0, 0])
    1.0
    >>> adjusted_rand([0, 0, 0, 0], [0, 0, 0, 0])
    1.0
    """
    table = _contingency(first, second)

    def pairs(values: np.ndarray) -> float:
        return float((values * (values - 1) / 2).sum())

    index = pairs(table)
    rows, columns = pairs(table.sum(axis=1)), pairs(table.sum(axis=0))
    total = pairs(np.array([table.sum()]))
    expected = rows * columns / total if total else 0.0
    maximum = (rows + columns) / 2
    if maximum == expected:
        return 1.0
    return (index - expected) / (maximum - expected)


def communities_vs_blocs(
    matrix: VoteMatrix,
    relations: Relations,
    *,
    method: str = "voeten",
    rules: str | None = None,
    k: int = 10,
    seed: int = 0,
    min_joint_votes: int = DEFAULT_MIN_JOINT_VOTES,
) -> pd.DataFrame:
    """Per year: Louvain communities of the alliance network against the voting blocs.

    The voting blocs are Louvain communities (``seed``) of the year's agreement graph kept to
    each state's ``k`` strongest edges (as ``dkg analyze blocs``); the alliance communities
    those of :func:`alliance_network`. Both are compared over the states that vote that year
    with an edge in the voting graph and have at least one formal ally (a state without
    either would be a community of its own).
    Columns: ``year, states, alliance_communities, voting_blocs, nmi, ari``.
    """
    from kg.analysis.blocs import louvain_blocs
    from kg.analysis.graph import agreement_graph, sparsify

    rows = []
    years = sorted(int(year) for year in matrix.rollcalls["year"].dropna().unique())
    for year in years:
        selected = matrix.select(start=f"{year}-01-01", end=f"{year}-12-31")
        network = alliance_network(relations, year)
        if selected.shape[1] < 2 or not network.number_of_edges():
            continue
        voting = sparsify(
            agreement_graph(
                agreement(selected, method, rules=rules),
                attributes=pd.DataFrame(index=list(selected.states)),
                min_joint_votes=min_joint_votes,
            ),
            k=k,
        )
        # a state without an edge (too few joint votes) would be a bloc of its own
        common = sorted(state for state in set(voting) & set(network) if voting.degree(state) > 0)
        if len(common) < 2:
            continue
        blocs = louvain_blocs(voting.subgraph(common), seed=seed)
        communities = louvain_blocs(network.subgraph(common), seed=seed)
        first = [communities[state] for state in common]
        second = [blocs[state] for state in common]
        rows.append(
            (
                year,
                len(common),
                len(set(first)),
                len(set(second)),
                normalized_mutual_information(first, second),
                adjusted_rand(first, second),
            )
        )
    columns = ["year", "states", "alliance_communities", "voting_blocs", "nmi", "ari"]
    return pd.DataFrame(rows, columns=columns)
