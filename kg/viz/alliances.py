"""The alliance map and a state's ego map, drawn over :mod:`kg.analysis`.

Agreement, the agreement graph, its sparsification, Louvain blocs, centrality and the shift
between two periods all come from ``kg.analysis`` (``agreement``, ``agreement_graph``,
``sparsify``, ``louvain_blocs``, ``centrality``, ``reference_shift``); this module only lays
them out and styles them.

- :func:`alliance_network`: one node per state, coloured by bloc, sized by weighted degree;
  the edges of each period's sparsified agreement graph, with buttons to switch periods; each
  node's border shows how its agreement with a reference state changed (green up, red down).
- :func:`ego_network`: one state in the centre, the states it agrees with most and least
  around it at a distance of ``1 - agreement``; buttons move them to the other period.

>>> from kg.analysis.matrix import VoteMatrix
>>> votes = [(s, "r1", v) for s, v in [("USA", "Y"), ("GBR", "Y"), ("RUS", "N"), ("BLR", "N")]]
>>> votes += [(s, "r2", v) for s, v in [("USA", "N"), ("GBR", "Y"), ("RUS", "N"), ("BLR", "N")]]
>>> matrix = VoteMatrix.from_votes(votes, dates={"r1": "2022-03-02", "r2": "2025-02-24"})
>>> before, after = matrix.select(end="2023-12-31"), matrix.select(start="2025-01-01")
>>> network = alliance_network(before, after, reference="USA", k=2, min_joint_votes=1)
>>> sorted(node["id"] for node in network.nodes)
['BLR', 'GBR', 'RUS', 'USA']
>>> network.dkg["periods"]
['before', 'after']
>>> ego = ego_network("USA", before, after, top=2, min_joint_votes=1)
>>> ego.dkg["partners"]
['BLR', 'GBR', 'RUS']
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import networkx as nx
import pandas as pd
from pyvis.network import Network

from kg.analysis.agreement import agreement
from kg.analysis.blocs import centrality, louvain_blocs
from kg.analysis.graph import agreement_graph, sparsify
from kg.analysis.matrix import VoteMatrix
from kg.analysis.shifts import reference_shift
from kg.viz.page import LegendEntry, layout_positions, new_network, tooltip, write_page

__all__ = [
    "BLOC_COLOURS",
    "alliance_network",
    "ego_network",
    "period_label",
    "write_alliance_page",
    "write_ego_page",
]

#: colour of the largest bloc first; colour-blind-safe (Okabe-Ito, then Tableau)
BLOC_COLOURS = (
    "#0072B2",
    "#D55E00",
    "#009E73",
    "#CC79A7",
    "#E69F00",
    "#56B4E9",
    "#8c564b",
    "#7f7f7f",
    "#bcbd22",
    "#17becf",
)
_ABSENT = "#e0e0e0"
_UP, _DOWN, _STEADY = "#1b7837", "#b2182b", "#455a64"
# Agreement is symmetric. The pyvis network stays "directed" all the same: its undirected mode
# drops a second edge between two states (one per period) and scans every edge on each add.
_NO_ARROWS = {"to": {"enabled": False}}


def period_label(matrix: VoteMatrix) -> str:
    """``first - last`` day of a matrix's roll calls, e.g. ``2022-03-02 - 2023-02-23``."""
    dates = matrix.rollcalls["date"].dropna()
    if dates.empty:
        return "no dated roll calls"
    first, last = dates.min().date().isoformat(), dates.max().date().isoformat()
    return first if first == last else f"{first} - {last}"


def alliance_network(
    before: VoteMatrix,
    after: VoteMatrix,
    *,
    reference: str = "USA",
    method: str = "voeten",
    k: int = 5,
    seed: int = 0,
    min_joint_votes: int = 1,
) -> Network:
    """The agreement graph of two periods on one set of fixed positions.

    ``k``: each state keeps its ``k`` strongest edges (``kg.analysis.graph.sparsify``).
    ``network.dkg`` holds ``periods`` (layer names), ``layers`` (node and edge updates per
    period, for :func:`kg.viz.page.render_page`), ``blocs`` (period → state → bloc anchor)
    and ``shift`` (the ``reference_shift`` table).
    """
    periods = {"before": before, "after": after}
    analysed = {
        name: _analyse(matrix, method, k, seed, min_joint_votes) for name, matrix in periods.items()
    }
    shift = reference_shift(before, after, reference, method, min_joint_votes=min_joint_votes)
    change = dict(zip(shift["state"], shift["change"], strict=True))
    states = sorted(set(before.states) | set(after.states))

    union = nx.Graph()
    union.add_nodes_from(states)
    for graph, _blocs, _measures in analysed.values():
        for state_a, state_b, weight in graph.edges(data="weight"):
            previous = union.get_edge_data(state_a, state_b, {"weight": 0.0})["weight"]
            union.add_edge(state_a, state_b, weight=max(previous, float(weight), 0.05))
    positions = layout_positions(
        union,
        seed=seed,
        scale=560.0,
        spread=1.6 / math.sqrt(max(len(states), 1)),
        boxes={state: (46.0, 44.0) for state in states},
    )

    network = new_network()
    layers: dict[str, dict[str, Any]] = {}
    names = _names(before, after, analysed)
    for state in states:
        x, y = positions[state]
        moved = change.get(state)
        network.add_node(
            state,
            label=state,
            x=x,
            y=y,
            shape="dot",
            size=12,
            font={"size": 15},
            borderWidth=1 + (6 * abs(moved) if _number(moved) else 0),
            color=_node_colour(_ABSENT, moved),
            title=state,
        )
    for period, (graph, blocs, measures) in analysed.items():
        colours = _bloc_colours(blocs)
        degree = measures["weighted_degree"] if not measures.empty else pd.Series(dtype=float)
        largest = float(degree.max()) if len(degree) else 1.0
        node_updates = []
        for state in states:
            moved = change.get(state)
            present = state in blocs
            size = 8 + 10 * (float(degree.get(state, 0.0)) / largest if largest else 0.0)
            node_updates.append(
                {
                    "id": state,
                    "size": round(size, 1) if present else 7,
                    "color": _node_colour(colours.get(blocs.get(state), _ABSENT), moved),
                    "title": _state_tooltip(
                        state, names, period, periods, analysed, shift, reference
                    ),
                }
            )
        edge_ids = []
        weights = [weight for _a, _b, weight in graph.edges(data="weight")]
        low, high = (min(weights), max(weights)) if weights else (0.0, 1.0)
        for state_a, state_b, data in sorted(graph.edges(data=True)):
            edge_id = f"{period}:{state_a}:{state_b}"
            edge_ids.append(edge_id)
            strength = (data["weight"] - low) / (high - low) if high > low else 1.0
            network.add_edge(
                state_a,
                state_b,
                id=edge_id,
                width=round(0.5 + 3.5 * strength, 2),
                color={"color": "#607d8b", "opacity": round(0.25 + 0.5 * strength, 2)},
                smooth=False,
                arrows=_NO_ARROWS,
                hidden=period != "after",
                title=f"{state_a}-{state_b}: agreement {data['weight']:.2f} "
                f"over {data.get('joint_votes', '?')} joint votes ({period}: "
                f"{period_label(periods[period])})",
            )
        layers[_layer_name(period, periods[period])] = {"nodes": node_updates, "edges": edge_ids}
    network.dkg = {
        "periods": list(periods),
        "layers": layers,
        "blocs": {period: blocs for period, (_g, blocs, _m) in analysed.items()},
        "shift": shift,
        "reference": reference,
        "method": method,
        "k": k,
    }
    return network


def ego_network(
    state: str,
    before: VoteMatrix,
    after: VoteMatrix,
    *,
    top: int = 8,
    method: str = "voeten",
    min_joint_votes: int = 1,
) -> Network:
    """``state`` in the centre; the ``top`` states it agrees with most and least (after),
    and the ``top`` that moved most, at a distance of ``1 - agreement`` from it.

    Edges are coloured by the change (green closer, red further); the page's buttons move
    the partners to their distance in either period. ``network.dkg["partners"]`` lists them.
    """
    shift = reference_shift(before, after, state, method, min_joint_votes=min_joint_votes)
    shift = shift[shift["state"] != state]
    scored = shift.dropna(subset=["after"])
    most = scored.sort_values(["after", "state"], ascending=[False, True]).head(top)
    least = scored.sort_values(["after", "state"], ascending=[True, True]).head(top)
    moved = shift.dropna(subset=["change"]).head(top)
    partners = sorted(set(most["state"]) | set(least["state"]) | set(moved["state"]))
    rows = shift.set_index("state").loc[partners]
    radius = 330.0
    order = rows.sort_values("after", ascending=False, na_position="last").index.tolist()
    angles = {
        partner: 2 * math.pi * index / max(len(order), 1) for index, partner in enumerate(order)
    }

    def place(partner: str, score: float) -> tuple[float, float]:
        distance = 190 + radius * (1 - score if _number(score) else 1.1)
        angle = angles[partner]
        return round(distance * math.cos(angle), 1), round(distance * math.sin(angle), 1)

    network = new_network()
    network.add_node(
        state,
        label=state,
        x=0,
        y=0,
        shape="dot",
        size=26,
        color="#263238",
        font={"size": 20, "strokeWidth": 4},
        title=f"{state}: agreement with the others, {period_label(before)} vs "
        f"{period_label(after)} ({method})",
    )
    layers: dict[str, dict[str, Any]] = {"before": {"nodes": []}, "after": {"nodes": []}}
    for partner in partners:
        row = rows.loc[partner]
        x, y = place(partner, row["after"])
        change = row["change"]
        colour = (
            _STEADY if not _number(change) or abs(change) < 0.05 else (_UP if change > 0 else _DOWN)
        )
        facts = tooltip(
            [
                f"{row['name']} ({partner}) and {state}",
                f"before ({period_label(before)}): {_score(row['before'])}"
                f" over {_count(row['before_joint'])} joint votes",
                f"after ({period_label(after)}): {_score(row['after'])}"
                f" over {_count(row['after_joint'])} joint votes",
                f"change: {change:+.2f}" if _number(change) else "change: unknown",
                "few joint votes: read with care" if bool(row.get("low_count")) else "",
            ]
        )
        network.add_node(
            partner,
            label=partner,
            x=x,
            y=y,
            shape="dot",
            size=14,
            color={"background": colour, "border": "#263238"},
            font={"size": 16},
            title=facts,
        )
        network.add_edge(
            state,
            partner,
            color={"color": colour, "opacity": 0.8},
            width=1 + 5 * (abs(change) if _number(change) else 0),
            label=f"{_score(row['after'])} ({change:+.2f})"
            if _number(change)
            else _score(row["after"]),
            font={"size": 12},
            smooth=False,
            arrows=_NO_ARROWS,
            title=facts,
        )
        for period in ("before", "after"):
            px, py = place(partner, row[period])
            layers[period]["nodes"].append({"id": partner, "x": px, "y": py})
    network.dkg = {
        "partners": partners,
        "layers": {
            f"before ({period_label(before)})": layers["before"],
            f"after ({period_label(after)})": layers["after"],
        },
        "shift": shift,
        "state": state,
    }
    return network


def alliance_legend(network: Network) -> list[LegendEntry]:
    """Legend rows: one per bloc of the later period (named after its anchor), then borders."""
    blocs = network.dkg["blocs"]["after"]
    colours = _bloc_colours(blocs)
    sizes = pd.Series(blocs).value_counts()
    rows: list[LegendEntry] = [
        (f"bloc of {anchor} ({sizes[anchor]} states, later period)", colour, "dot")
        for anchor, colour in colours.items()
    ]
    rows += [
        ("no recorded vote in this period", _ABSENT, "dot"),
        (f"border: agreement with {network.dkg['reference']} rose", _UP, "dashed"),
        (f"border: agreement with {network.dkg['reference']} fell", _DOWN, "dashed"),
        ("edge: agreement (width = strength)", "#607d8b", "edge"),
    ]
    return rows


def write_alliance_page(network: Network, path: Path | str, *, title: str = "") -> Path:
    """Write the alliance map (self-contained HTML) with a button per period."""
    layers = network.dkg["layers"]
    return write_page(
        network,
        path,
        title=title or "Alliance map: who votes with whom at the UN",
        subtitle=(
            f"Agreement ({network.dkg['method']}), each state's {network.dkg['k']} strongest "
            "ties; colour = Louvain bloc, size = weighted degree, border = change of agreement "
            f"with {network.dkg['reference']}. Switch periods with the buttons."
        ),
        legend=alliance_legend(network),
        notes=["Hover a state for its bloc, centrality and agreement in both periods."],
        layers=layers,
        initial_layer=list(layers)[-1],
    )


def write_ego_page(network: Network, path: Path | str) -> Path:
    """Write a state's ego map (self-contained HTML) with a button per period."""
    layers = network.dkg["layers"]
    state = network.dkg["state"]
    return write_page(
        network,
        path,
        title=f"{state}: whom it votes with, and how that changed",
        subtitle="Distance from the centre = 1 - agreement; buttons move the states to "
        "their distance in each period.",
        legend=[
            ("agrees more than before", _UP, "edge"),
            ("agrees less than before", _DOWN, "edge"),
            ("about the same / unknown", _STEADY, "edge"),
        ],
        notes=["Edge label: agreement in the later period (change since the earlier one)."],
        layers=layers,
        initial_layer=list(layers)[-1],
    )


def _analyse(
    matrix: VoteMatrix, method: str, k: int, seed: int, min_joint_votes: int
) -> tuple[nx.Graph, dict[str, str], pd.DataFrame]:
    dates = matrix.rollcalls["date"].dropna()
    on = dates.max().date() if not dates.empty else None
    graph = agreement_graph(agreement(matrix, method), on=on, min_joint_votes=min_joint_votes)
    if graph.number_of_edges() == 0:
        return graph, {}, pd.DataFrame(columns=["weighted_degree", "betweenness"])
    sparse = sparsify(graph, k=k)
    return sparse, louvain_blocs(sparse, seed=seed), centrality(sparse)


def _bloc_colours(blocs: dict[str, str]) -> dict[str, str]:
    sizes = pd.Series(list(blocs.values()), dtype="object").value_counts()
    ordered = sorted(sizes.index, key=lambda anchor: (-sizes[anchor], anchor))
    return {anchor: BLOC_COLOURS[index % len(BLOC_COLOURS)] for index, anchor in enumerate(ordered)}


def _node_colour(fill: str, change: float | None) -> dict[str, Any]:
    border = "#9e9e9e"
    if _number(change) and abs(change) >= 0.05:
        border = _UP if change > 0 else _DOWN
    return {
        "background": fill,
        "border": border,
        "highlight": {"background": fill, "border": "#000"},
    }


def _names(before: VoteMatrix, after: VoteMatrix, analysed: dict) -> dict[str, str]:
    names: dict[str, str] = {}
    for graph, _blocs, _measures in analysed.values():
        names.update({node: data.get("name") or node for node, data in graph.nodes(data=True)})
    return names


def _state_tooltip(
    state: str,
    names: dict[str, str],
    period: str,
    periods: dict[str, VoteMatrix],
    analysed: dict,
    shift: pd.DataFrame,
    reference: str,
) -> str:
    lines = [f"{names.get(state, state)} ({state})"]
    for name, matrix in periods.items():
        _graph, blocs, measures = analysed[name]
        marker = "▶ " if name == period else "  "
        if state in blocs:
            degree = float(measures.loc[state, "weighted_degree"])
            betweenness = float(measures.loc[state, "betweenness"])
            lines.append(
                f"{marker}{name} ({period_label(matrix)}): bloc of {blocs[state]}, "
                f"weighted degree {degree:.2f}, betweenness {betweenness:.3f}"
            )
        else:
            lines.append(f"{marker}{name} ({period_label(matrix)}): no recorded vote")
    row = shift[shift["state"] == state]
    if not row.empty and state != reference:
        row = row.iloc[0]
        lines.append(
            f"agreement with {reference}: {_score(row['before'])} → {_score(row['after'])}"
            + (f" ({row['change']:+.2f})" if _number(row["change"]) else "")
        )
    return tooltip(lines)


def _layer_name(period: str, matrix: VoteMatrix) -> str:
    return f"{period}: {period_label(matrix)}"


def _number(value: Any) -> bool:
    return (
        value is not None
        and not (isinstance(value, float) and math.isnan(value))
        and not pd.isna(value)
    )


def _score(value: Any) -> str:
    return f"{float(value):.2f}" if _number(value) else "n/a"


def _count(value: Any) -> str:
    return str(int(value)) if _number(value) else "0"
