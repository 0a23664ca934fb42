"""A state's ego map: the states it agrees with most and least, and how that changed.

``state`` sits in the centre; the states it agrees with most and least in the later period,
and those that moved most, sit around it at a distance of ``1 - agreement``; buttons move them
to their distance in either period. Numbers come from
:func:`kg.analysis.shifts.reference_shift`.

>>> from kg.analysis.matrix import VoteMatrix
>>> votes = [(s, "r1", v) for s, v in [("USA", "Y"), ("GBR", "Y"), ("RUS", "N"), ("BLR", "N")]]
>>> votes += [(s, "r2", v) for s, v in [("USA", "N"), ("GBR", "Y"), ("RUS", "N"), ("BLR", "N")]]
>>> matrix = VoteMatrix.from_votes(votes, dates={"r1": "2022-03-02", "r2": "2025-02-24"})
>>> before, after = matrix.select(end="2023-12-31"), matrix.select(start="2025-01-01")
>>> ego = ego_network("USA", before, after, top=2, min_joint_votes=1)
>>> ego.dkg["partners"]
['BLR', 'GBR', 'RUS']
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import pandas as pd
from pyvis.network import Network

from kg.analysis.matrix import VoteMatrix
from kg.analysis.shifts import reference_shift
from kg.viz.naming import display_name
from kg.viz.page import new_network, tooltip, write_page
from kg.viz.style import CHANGE_DOWN, CHANGE_STEADY, CHANGE_UP

__all__ = ["ego_network", "period_label", "write_ego_page"]

_UP, _DOWN, _STEADY = CHANGE_UP, CHANGE_DOWN, CHANGE_STEADY
# Agreement is symmetric; the pyvis network stays "directed" (its undirected mode drops a
# second edge between two nodes and scans every edge on each add) with arrows off.
_NO_ARROWS = {"to": {"enabled": False}}


def period_label(matrix: VoteMatrix) -> str:
    """``first - last`` day of a matrix's roll calls, e.g. ``2022-03-02 - 2023-02-23``."""
    dates = matrix.rollcalls["date"].dropna()
    if dates.empty:
        return "no dated roll calls"
    first, last = dates.min().date().isoformat(), dates.max().date().isoformat()
    return first if first == last else f"{first} - {last}"


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
    # Ties go to the state whose score rests on more joint votes, never to the alphabet.
    most = scored.sort_values(["after", "after_joint"], ascending=False, kind="stable").head(top)
    least = scored.sort_values(
        ["after", "after_joint"], ascending=[True, False], kind="stable"
    ).head(top)
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
        # The numbers sit under the code, level: along the spokes they were small and slanted,
        # and crowded where the spokes meet.
        values = f"{_score(row['after'])} ({change:+.2f})" if _number(change) else "n/a"
        network.add_node(
            partner,
            label=f"{partner}\n{values}",
            x=x,
            y=y,
            shape="dot",
            size=14,
            color={"background": colour, "border": "#263238"},
            font={"size": 19},
            title=facts,
        )
        network.add_edge(
            state,
            partner,
            color={"color": colour, "opacity": 0.8},
            width=1 + 5 * (abs(change) if _number(change) else 0),
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
    network.dkg["page"] = ego_page(network)
    return network


def ego_page(network: Network) -> dict[str, Any]:
    """The page around an ego network (``render_page`` arguments)."""
    layers = network.dkg["layers"]
    state = network.dkg["state"]
    return {
        "title": f"{display_name(state)} ({state}): whom it votes with, and how that changed",
        "subtitle": "Distance from the centre = 1 - agreement; buttons move the states to "
        "their distance in each period.",
        "legend": [
            ("agrees more than before", _UP, "edge"),
            ("agrees less than before", _DOWN, "edge"),
            ("about the same / unknown", _STEADY, "edge"),
        ],
        "notes": ["Under each state: its agreement in the later period (change since before)."],
        "layers": layers,
        "initial_layer": list(layers)[-1],
    }


def write_ego_page(network: Network, path: Path | str) -> Path:
    """Write a state's ego map (self-contained HTML) with a button per period."""
    return write_page(network, path, **network.dkg["page"])


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
