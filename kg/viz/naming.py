"""What a picture calls a state and a bloc: one rule for every page and figure.

A state is shown by its short common name ("Iran", "United States", "Russian Federation"),
its code in the hover text: ISO 3166's common name where it has one, else its ISO name when
that has no inverted comma-form, else the registry's UN short name without a parenthesis.

A bloc is named after where its members are and who is best known among them: its main UN
M49 region(s), then two members, permanent members of the Security Council first (unless on the
bloc's edge: under half the median tie strength within it), then those most central to the
bloc (largest summed agreement with the other members; ties by the joint votes behind it),
e.g. "Europe (France, United Kingdom)". Louvain's own numbering and the alphabet play no part.

>>> display_name("IRN"), display_name("USA"), display_name("COD")
('Iran', 'United States', 'Democratic Republic of the Congo')
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from functools import cache

import networkx as nx

__all__ = ["bloc_names", "bloc_ranking", "display_name"]


@cache
def display_name(code: str) -> str:
    """The short name pictures use for a state (the code itself when nothing is known)."""
    import pycountry

    from kg.registry import states_by_code

    country = pycountry.countries.get(alpha_3=code)
    if country is not None:
        common = getattr(country, "common_name", None)
        if common:
            return common
        if "," not in country.name:
            return country.name
    record = states_by_code().get(code)
    if record is None:
        return code
    return record.short_name.split(" (")[0]


def bloc_ranking(graph: nx.Graph, members: set[str]) -> list[str]:
    """Members of one bloc, best known first (see the module docstring).

    >>> graph = nx.Graph()
    >>> graph.add_node("FRA", permanent_member=True)
    >>> graph.add_edge("DEU", "ITA", weight=0.9, joint_votes=50)
    >>> graph.add_edge("DEU", "FRA", weight=0.8, joint_votes=50)
    >>> graph.add_edge("ITA", "FRA", weight=0.5, joint_votes=50)
    >>> bloc_ranking(graph, {"DEU", "ITA", "FRA"})
    ['FRA', 'DEU', 'ITA']
    >>> graph.add_node("GBR", permanent_member=True)
    >>> graph.add_edge("GBR", "ITA", weight=0.2, joint_votes=50)  # on the edge of the bloc
    >>> bloc_ranking(graph, {"DEU", "ITA", "FRA", "GBR"})
    ['FRA', 'DEU', 'ITA', 'GBR']
    """

    def ties(state: str) -> tuple[float, int]:
        edges = [data for other, data in graph[state].items() if other in members]
        strength = sum(float(data.get("weight", 0.0)) for data in edges)
        return round(strength, 9), sum(int(data.get("joint_votes", 0)) for data in edges)

    totals = {state: ties(state) for state in members}
    strengths = sorted(strength for strength, _joint in totals.values())
    median = strengths[len(strengths) // 2] if strengths else 0.0

    def key(state: str) -> tuple[bool, float, int, str]:
        strength, joint = totals[state]
        # A permanent member on the bloc's edge (less than half the usual tie strength, as the
        # United States among the states it outvoted in 2025) does not lend the bloc its name.
        permanent = bool(graph.nodes[state].get("permanent_member", False))
        known = permanent and strength >= median / 2
        # The code only makes the order total; it decides nothing two real numbers can.
        return (not known, -strength, -joint, state)

    return sorted(members, key=key)


def bloc_names(graph: nx.Graph, blocs: Mapping[str, str]) -> dict[str, str]:
    """Bloc id → a reader's name: its main regions, then its best-known members.

    The regions are the UN M49 regions of the members (node attribute ``region``): the one
    that holds at least 60 % of them, else the two largest. A bloc of one state is that
    state's name.

    >>> graph = nx.Graph()
    >>> graph.add_edge("USA", "ISR", weight=0.9, joint_votes=80)
    >>> graph.add_edge("USA", "CAN", weight=0.8, joint_votes=80)
    >>> graph.nodes["USA"].update(permanent_member=True, region="Americas")
    >>> graph.nodes["CAN"]["region"], graph.nodes["ISR"]["region"] = "Americas", "Asia"
    >>> bloc_names(graph, {"USA": "b1", "ISR": "b1", "CAN": "b1", "FRA": "b2"})
    {'b1': 'Americas (United States, Israel)', 'b2': 'France'}
    """
    members: dict[str, set[str]] = {}
    for state, bloc in blocs.items():
        members.setdefault(bloc, set()).add(state)
    names = {}
    for bloc, states in members.items():
        ranked = bloc_ranking(graph, states) if all(s in graph for s in states) else sorted(states)
        if len(ranked) == 1:
            names[bloc] = display_name(ranked[0])
            continue
        regions = Counter(graph.nodes[state].get("region") for state in states if state in graph)
        regions.pop(None, None)
        regions.pop("", None)
        # Ties between equally large regions go to the region of the better-known member.
        order = sorted(
            regions,
            key=lambda region: (
                -regions[region],
                min(i for i, s in enumerate(ranked) if graph.nodes[s].get("region") == region),
            ),
        )
        if order and regions[order[0]] >= 0.6 * len(states):
            where = order[0]
        else:
            where = ", ".join(order[:2])
        known = ", ".join(display_name(state) for state in ranked[:2])
        names[bloc] = f"{where} ({known})" if where else known
    return names
