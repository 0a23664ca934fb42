"""The alliance map that shows movement: one frame per year (or period), with a slider.

Each frame is the agreement graph of its roll calls (:mod:`kg.analysis`): the states with at
least ``min_joint`` joint votes with another state (non-members and dissolved states are
absent), each keeping its ``k`` strongest ties that lie above the frame's median agreement,
blocs by Louvain (fixed seed) on those ties. What makes movement readable:

- Node identity is stable (a state's code) and each frame's layout starts from the previous
  one's positions, then is rotated, scaled and shifted onto it (orthogonal Procrustes over the
  states both frames share), so a node that moves has changed partners, not the drawing.
- Blocs are matched to the previous frame's by largest overlap (greedy, most shared members
  first), so a bloc keeps its colour; a bloc is named by its regions and best-known members
  (:func:`kg.viz.naming.bloc_names`), never by the alphabet.
- Node size is eigenvector centrality on the frame's ties, scaled so the most central state of
  the frame is 1 (bounded: 0 to 1). The reference state (default the United States) is drawn
  black and large in every frame, and every hover says its agreement with the reference in
  the previous and in this frame, with the joint votes.
- A frame with fewer than :data:`FEW_ROLLCALLS` roll calls carries a warning.
- Formal alliances (:class:`FormalAlliances`: defence or offence pledges in force, as
  :mod:`kg.analysis.allies` counts them) are a second set of edges, off until the reader ticks
  its box; the legend names the sources and the years they cover, and a frame that no source
  covers says so.

>>> from kg.analysis.matrix import VoteMatrix
>>> rows = []
>>> for year, votes in ((2024, "YYNN"), (2025, "NYNN")):
...     for index in range(12):
...         rows += [(s, f"r{year}-{index}", v) for s, v in zip(("USA", "GBR", "RUS", "BLR"),
...                                                            votes)]
>>> dates = {f"r{y}-{i}": f"{y}-03-{i + 1:02d}" for y in (2024, 2025) for i in range(12)}
>>> matrix = VoteMatrix.from_votes(rows, dates=dates)
>>> network = alliance_network(matrix, year_periods(2024, 2025), reference="USA", k=1)
>>> [frame["label"] for frame in network.dkg["frames"]]
['2024', '2025']
>>> sorted(node["id"] for node in network.nodes)
['BLR', 'GBR', 'RUS', 'USA']
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import networkx as nx
import numpy as np
import pandas as pd
from pyvis.network import Network

from kg.analysis import DEFAULT_MIN_JOINT_VOTES
from kg.analysis.agreement import agreement
from kg.analysis.allies import Relations, read_relations
from kg.analysis.blocs import louvain_blocs
from kg.analysis.graph import agreement_graph, sparsify
from kg.analysis.matrix import VoteMatrix
from kg.errors import DataError
from kg.viz.naming import bloc_names, bloc_ranking, display_name
from kg.viz.page import LegendEntry, _separate, new_network, tooltip, write_page
from kg.viz.style import CATEGORICAL, DASH, ORGAN_NAMES, period_words, source_line

__all__ = [
    "ALLIANCE_COLOUR",
    "BLOC_COLOURS",
    "FEW_ROLLCALLS",
    "REFERENCE_TIES",
    "FormalAlliances",
    "Period",
    "alliance_network",
    "match_blocs",
    "parse_periods",
    "write_alliance_page",
    "year_periods",
]

#: colours of blocs in order of first appearance (the shared categorical palette)
BLOC_COLOURS = CATEGORICAL
#: a frame with fewer roll calls than this is marked: its ties rest on few votes
FEW_ROLLCALLS = 30
#: the reference state's closest partners, drawn (dashed below the floor) in every frame
REFERENCE_TIES = 8
#: the formal alliances' edges (a colour no bloc takes)
ALLIANCE_COLOUR = "#a50026"
_REFERENCE_COLOUR = "#111111"
_EDGE_COLOUR = "#607d8b"
_NO_ARROWS = {"to": {"enabled": False}}
# The first frame's extent in page pixels: the shape of the canvas beside the legend at 16:9.
_HALF_WIDTH, _HALF_HEIGHT = 900.0, 380.0
_NO_BLOC = "#b0b0b0"
_MIN_BLOC = 3  # a group of fewer states gets no colour of its own
#: labels under this size (CSS pixels) wait for a closer view; the reference's and the
#: best-known members' are large enough to show at fit
MIN_LABEL_PX = 11
_FONT, _MAJOR_FONT = 17, 26


@dataclass(frozen=True)
class Period:
    """One frame's label and its first and last day (ISO dates, inclusive)."""

    label: str
    start: str
    end: str


@dataclass(frozen=True)
class FormalAlliances:
    """Formal alliances to draw beside the votes, with the sources they come from.

    ``relations`` are the commitments and rivalries of :func:`kg.analysis.allies.read_relations`
    (states keyed as the vote matrix); ``sources`` the rows of ``queries/alliance-sources.rq``:
    ``source, kind`` (``dataset`` or ``treaty``) ``, commitments, first_year, last_year, open``.

    >>> relations = Relations.from_rows([("commitment", "CAN", "USA", 1949, None, 1),
    ...                                  ("commitment", "AUS", "NZL", 1952, 2018, 1)])
    >>> sources = pd.DataFrame({"source": ["ATOP 5.1", "North Atlantic Treaty"],
    ...     "kind": ["dataset", "treaty"], "commitments": [1, 1], "first_year": [1815, 1949],
    ...     "last_year": [2018, None], "open": [0, 1]})
    >>> alliances = FormalAlliances(relations, sources)
    >>> alliances.pairs(2019, 2019), alliances.covering(2019, 2019)
    ({('CAN', 'USA')}, ['North Atlantic Treaty'])
    >>> alliances.coverage()
    'ATOP 5.1 (1815\u20132018); 1 curated treaty (kg/data/alliances), 1949 to date'
    """

    relations: Relations
    sources: pd.DataFrame

    @classmethod
    def from_graph(cls, graph: Any) -> FormalAlliances | None:
        """The formal alliances a built dataset, a store or an endpoint holds (None: none)."""
        from kg.query import run_query

        sources = run_query(graph, "alliance-sources")
        if sources.empty:
            return None
        for column in ("commitments", "first_year", "open"):
            sources[column] = sources[column].astype(int)
        sources["last_year"] = pd.to_numeric(sources["last_year"], errors="coerce").astype(float)
        return cls(read_relations(graph), sources)

    def pairs(self, first_year: int, last_year: int) -> set[tuple[str, str]]:
        """The pairs bound by a defence or offence pledge in some year of the span."""
        found: set[tuple[str, str]] = set()
        for year in range(first_year, last_year + 1):
            for first, second in self.relations.in_force(year, "commitment").itertuples(
                index=False
            ):
                found.add((min(first, second), max(first, second)))
        return found

    def covering(self, first_year: int, last_year: int) -> list[str]:
        """The sources with a commitment in force in some year of the span."""
        ends = self.sources["last_year"].where(self.sources["open"] == 0, np.inf)
        covered = (self.sources["first_year"] <= last_year) & (ends.fillna(np.inf) >= first_year)
        return list(self.sources.loc[covered, "source"])

    def coverage(self) -> str:
        """The sources and their years, for the legend."""
        parts = []
        for row in self.sources[self.sources["kind"] == "dataset"].itertuples(index=False):
            end = " to date" if row.open else f"{DASH}{int(row.last_year)}"
            parts.append(f"{row.source} ({row.first_year}{end})")
        treaties = self.sources[self.sources["kind"] == "treaty"]
        if len(treaties):
            end = "to date" if treaties["open"].sum() else f"to {int(treaties['last_year'].max())}"
            count = f"{len(treaties)} curated treat{'y' if len(treaties) == 1 else 'ies'}"
            parts.append(f"{count} (kg/data/alliances), {treaties['first_year'].min()} {end}")
        return "; ".join(parts)


def year_periods(first: int, last: int) -> list[Period]:
    """One period per calendar year.

    >>> year_periods(2024, 2025)[1]
    Period(label='2025', start='2025-01-01', end='2025-12-31')
    """
    if last < first:
        raise DataError(f"--years {first}:{last} ends before it starts", fix="e.g. 2019:2026")
    return [Period(str(year), f"{year}-01-01", f"{year}-12-31") for year in range(first, last + 1)]


def parse_periods(texts: Sequence[str]) -> list[Period]:
    """Periods written ``FROM:TO`` (ISO dates or years), in the order given.

    >>> parse_periods(["2022-01-01:2024-12-31", "2025:2026"])[1].start
    '2025-01-01'
    >>> parse_periods(["2022-01-01:2024-12-31"])[0].label == "2022\u20132024"
    True
    """
    periods = []
    for text in texts:
        first, separator, last = text.partition(":")
        if not separator or not first or not last:
            raise DataError(f"period {text!r} is not FROM:TO", fix="e.g. 2022-01-01:2024-12-31")
        start = first if len(first) > 4 else f"{first}-01-01"
        end = last if len(last) > 4 else f"{last}-12-31"
        whole_years = start.endswith("-01-01") and end.endswith("-12-31")
        label = (
            (start[:4] if start[:4] == end[:4] else f"{start[:4]}{DASH}{end[:4]}")
            if whole_years
            else period_words(start, end)
        )
        periods.append(Period(label, start, end))
    return periods


def match_blocs(
    previous: dict[str, int], blocs: dict[str, str], next_colour: int
) -> tuple[dict[str, int], int]:
    """Give this frame's blocs the colour index of the previous frame's bloc they overlap most.

    ``previous`` maps state → colour index in the previous frame; ``blocs`` state → bloc id
    now. Pairs are taken greedily by shared members (ties: the smaller bloc union), each old
    colour used once; an unmatched bloc gets the first index used neither now nor in the
    previous frame (``next_colour`` is one past the largest index ever given). Returns
    (state → colour index, the new ``next_colour``).

    >>> match_blocs({"A": 0, "B": 0, "C": 1}, {"A": "x", "B": "x", "C": "y", "D": "y"}, 2)
    ({'A': 0, 'B': 0, 'C': 1, 'D': 1}, 2)
    """
    members: dict[str, set[str]] = {}
    for state, bloc in blocs.items():
        members.setdefault(bloc, set()).add(state)
    old: dict[int, set[str]] = {}
    for state, colour in previous.items():
        old.setdefault(colour, set()).add(state)
    pairs = sorted(
        (
            (len(states & before), -len(states | before), bloc, colour)
            for bloc, states in members.items()
            for colour, before in old.items()
            if states & before
        ),
        key=lambda pair: (-pair[0], -pair[1], -len(members[pair[2]])),
    )
    colour_of: dict[str, int] = {}
    used: set[int] = set()
    for _shared, _union, bloc, colour in pairs:
        if bloc not in colour_of and colour not in used:
            colour_of[bloc] = colour
            used.add(colour)
    for bloc in sorted(members, key=lambda bloc: -len(members[bloc])):
        if bloc not in colour_of:
            # A new bloc takes the first colour free now and in the previous frame, so
            # colours are reused only once their old bloc has gone for a frame.
            free = [c for c in range(next_colour) if c not in used and c not in old]
            colour_of[bloc] = free[0] if free else next_colour
            next_colour = max(next_colour, colour_of[bloc] + 1)
            used.add(colour_of[bloc])
    return {state: colour_of[bloc] for state, bloc in blocs.items()}, next_colour


def _eigenvector(graph: nx.Graph) -> dict[str, float]:
    """Eigenvector centrality on the weighted ties, scaled so the largest is 1 (numpy only)."""
    nodes = list(graph)
    if not nodes:
        return {}
    index = {node: position for position, node in enumerate(nodes)}
    adjacency = np.zeros((len(nodes), len(nodes)))
    for a, b, weight in graph.edges(data="weight"):
        adjacency[index[a], index[b]] = adjacency[index[b], index[a]] = float(weight)
    # Power iteration on A + I: the shift keeps it from oscillating on bipartite parts.
    vector = np.ones(len(nodes))
    shifted = adjacency + np.eye(len(nodes))
    for _ in range(500):
        following = shifted @ vector
        following /= np.linalg.norm(following) or 1.0
        if np.abs(following - vector).max() < 1e-10:
            vector = following
            break
        vector = following
    top = vector.max() or 1.0
    return {node: float(vector[index[node]] / top) for node in nodes}


def _procrustes(source: np.ndarray, target: np.ndarray) -> tuple[np.ndarray, float, np.ndarray]:
    """Rotation, scale and shift that carry ``source`` points closest onto ``target``."""
    source_mean, target_mean = source.mean(axis=0), target.mean(axis=0)
    a, b = source - source_mean, target - target_mean
    u, singular, vt = np.linalg.svd(a.T @ b)
    rotation = u @ vt
    if np.linalg.det(rotation) < 0:  # a reflection would mirror the map: rotate only
        u[:, -1] *= -1
        singular[-1] *= -1
        rotation = u @ vt
    scale = singular.sum() / ((a**2).sum() or 1.0)
    return rotation, scale, target_mean - scale * source_mean @ rotation


@dataclass
class _Frame:
    period: Period
    matrix: VoteMatrix
    ties: nx.Graph
    blocs: dict[str, str]
    names: dict[str, str]
    centrality: dict[str, float]
    reference: dict[str, tuple[float, int]]
    floor: float
    anchors: dict[str, str]
    labelled: set[str]


def _frame(
    matrix: VoteMatrix,
    period: Period,
    reference: str,
    method: str,
    k: int,
    min_joint: int,
    seed: int,
) -> _Frame:
    selected = matrix.select(start=period.start, end=period.end)
    if not selected.shape[1]:
        empty = nx.Graph()
        return _Frame(period, selected, empty, {}, {}, {}, {}, float("nan"), {}, set())
    result = agreement(selected, method)
    full = agreement_graph(result, on=selected.period()[1] or None, min_joint_votes=min_joint)
    full.remove_nodes_from([node for node in list(full) if full.degree(node) == 0])
    weights = [weight for _a, _b, weight in full.edges(data="weight")]
    floor = float(np.median(weights)) if weights else float("nan")
    ties = sparsify(full, k=k) if full.number_of_edges() else full.copy()
    ties.remove_edges_from([(a, b) for a, b, weight in ties.edges(data="weight") if weight < floor])
    blocs = louvain_blocs(ties, seed=seed) if ties.number_of_nodes() else {}
    # A state with no tie above the floor is held near its strongest partner in the layout.
    # The reference keeps its closest partners even below the floor (drawn dashed): where
    # it sits then shows whom it is closest to, however far that is.
    if reference in full:
        strongest = sorted(
            full[reference].items(), key=lambda item: (-item[1]["weight"], -item[1]["joint_votes"])
        )
        for other, data in strongest[: max(k, REFERENCE_TIES)]:
            if not ties.has_edge(reference, other):
                ties.add_edge(reference, other, **data, below_floor=True)
    anchors = {
        node: max(full[node], key=lambda other: (full[node][other]["weight"], other))
        for node in ties
        if ties.degree(node) == 0
    }
    scores = {}
    if reference in result.states:
        row = result.states.index(reference)
        for column, state in enumerate(result.states):
            joint = int(result.joint_votes[row, column])
            if state in full and joint:
                scores[state] = (float(result.scores[row, column]), joint)
    names = bloc_names(full, blocs)
    members: dict[str, set[str]] = {}
    for state, bloc in blocs.items():
        members.setdefault(bloc, set()).add(state)
    # Labels large enough to show at every zoom: the reference, the members the blocs are
    # named after and the reference's closest partners (the frame's heading names them).
    labelled = {
        state
        for states in members.values()
        if len(states) >= _MIN_BLOC
        for state in bloc_ranking(full, states)[:2]
    }
    labelled |= {state for _score, _joint, state in _closest(scores, reference)} | {reference}
    return _Frame(
        period, selected, ties, blocs, names, _eigenvector(ties), scores, floor, anchors, labelled
    )


def _layout(
    frame: _Frame, previous: dict[str, np.ndarray], seed: int, reference: str
) -> dict[str, np.ndarray]:
    graph = nx.Graph()
    graph.add_nodes_from(frame.ties)
    weights = [weight for _a, _b, weight in frame.ties.edges(data="weight")]
    low, high = (min(weights), max(weights)) if weights else (0.0, 1.0)
    for a, b, weight in frame.ties.edges(data="weight"):
        # Spread the narrow band of agreements (often 0.8-1.0) into attractions 0.05-1.
        strength = (weight - low) / (high - low) if high > low else 1.0
        graph.add_edge(a, b, pull=0.05 + strength**2)
    for node, partner in frame.anchors.items():
        graph.add_edge(node, partner, pull=0.02)
    if not graph.number_of_nodes():
        return {}
    start = {}
    generator = np.random.default_rng(seed)
    known = {node: previous[node] for node in graph if node in previous}
    for node in graph:
        if node in known:
            start[node] = known[node]
        else:
            near = [known[other] for other in graph[node] if other in known]
            start[node] = (
                np.mean(near, axis=0) + generator.normal(0, 0.02, 2)
                if near
                else generator.normal(0, 0.3, 2)
            )
    raw = nx.spring_layout(
        graph,
        pos=start,
        weight="pull",
        iterations=60 if known else 300,
        seed=seed,
        k=1.4 / math.sqrt(len(graph)),
    )
    names = list(raw)
    points = np.array([raw[name] for name in names])
    shared = [i for i, name in enumerate(names) if name in known]
    if len(shared) >= 3:
        rotation, factor, shift = _procrustes(
            points[shared], np.array([known[names[i]] for i in shared])
        )
        points = factor * points @ rotation + shift
    placed = {name: points[i] for i, name in enumerate(names)}
    if reference in placed:
        _place_reference(frame, placed, reference)
    return placed


def _place_reference(frame: _Frame, placed: dict[str, np.ndarray], reference: str) -> None:
    """Move the reference so its distance to each state follows its disagreement with it.

    A spring layout shows only who is closest; how far is lost once every partner is far.
    Here the reference's distance to state i aims at d_i = c * (1 - agreement_i), with c
    the layout's own distance per unit of disagreement along the frame's ties and d_i
    capped at half the drawing's width; weights 1 / d_i^2 (stress majorisation for one
    point, 200 steps). States held near the reference (no tie of their own) move with it.
    """
    others = [state for state in frame.reference if state in placed and state != reference]
    if len(others) < 3:
        return
    ties = [
        (np.linalg.norm(placed[a] - placed[b]), 1 - weight)
        for a, b, weight in frame.ties.edges(data="weight")
        if reference not in (a, b) and weight < 1
    ]
    if not ties:
        return
    spread = np.array([placed[state] for state in others])
    width = float(np.ptp(spread, axis=0).max()) or 1.0
    per_unit = float(np.median([distance for distance, _ in ties])) / max(
        float(np.median([gap for _, gap in ties])), 1e-3
    )
    targets = np.array([placed[state] for state in others])
    wanted = np.minimum(
        per_unit * (1 - np.array([frame.reference[state][0] for state in others])), width / 2
    )
    wanted = np.maximum(wanted, width / 50)
    weights = 1 / wanted**2
    point = placed[reference].astype(float).copy()
    start = point.copy()
    for _ in range(200):
        offsets = point - targets
        lengths = np.linalg.norm(offsets, axis=1)
        lengths[lengths == 0] = 1e-9
        proposals = targets + offsets * (wanted / lengths)[:, None]
        point = (weights[:, None] * proposals).sum(axis=0) / weights.sum()
    placed[reference] = point
    for state, partner in frame.anchors.items():
        if partner == reference and state in placed:
            placed[state] = placed[state] + (point - start)


def _node_size(frame: _Frame, state: str, reference: str) -> float:
    return round(8 + 14 * frame.centrality.get(state, 0.0), 1) + (6 if state == reference else 0)


def _font(frame: _Frame, state: str) -> int:
    return _MAJOR_FONT if state in frame.labelled else _FONT


def _to_page(
    layouts: list[dict[str, np.ndarray]], frames: list[_Frame], reference: str
) -> list[dict[str, np.ndarray]]:
    """Layout units to page pixels, one transform for all frames, then labels kept apart.

    The two axes are stretched separately to the canvas' shape (the layouts are round, the
    screen is wide), from the 2nd to the 98th percentile so one stray state does not shrink
    everyone; a state's box (dot and label) is then pushed clear of its neighbours, frame by
    frame, for display only (the next frame starts from the layout, not from this).
    """
    every = np.array([point for layout in layouts for point in layout.values()])
    if not len(every):
        return [{} for _ in layouts]
    low, high = np.percentile(every, 2, axis=0), np.percentile(every, 98, axis=0)
    span = np.where(high - low > 0, high - low, 1.0)
    middle = (low + high) / 2
    pages = []
    for layout, frame in zip(layouts, frames, strict=True):
        names = list(layout)
        if not names:
            pages.append({})
            continue
        points = (np.array([layout[name] for name in names]) - middle) / span
        points *= (2 * _HALF_WIDTH, 2 * _HALF_HEIGHT)
        # A state's box: its dot, and its code hanging under it (centre that far below).
        sizes = np.array([_node_size(frame, name, reference) for name in names])
        fonts = np.array([_font(frame, name) for name in names], dtype=float)
        widths = np.maximum(2 * sizes, 3 * fonts * 0.72 + 8)
        heights = 2 * sizes + 4 + fonts * 1.2
        drop = np.column_stack([np.zeros(len(names)), heights / 2 - sizes])
        boxes = np.column_stack([widths, heights])
        points = _separate(points + drop, boxes, rounds=200) - drop
        pages.append({name: points[i] for i, name in enumerate(names)})
    return pages


def _crowded_labels(frame: _Frame, placed: dict[str, np.ndarray], reference: str) -> set[str]:
    """States whose code would overlap a more important state's on the page: left unlabelled.

    Greedy, most important first: the reference and the states the frame names, then the
    larger (more central) dots. Labels scale with the view, so an overlap seen here is one
    at every zoom; the hover and a click still name the state.
    """
    names = sorted(
        placed,
        key=lambda state: (
            state not in frame.labelled,
            -_node_size(frame, state, reference),
            state,
        ),
    )
    kept: list[tuple[float, float, float, float]] = []
    crowded = set()
    for state in names:
        size, font = _node_size(frame, state, reference), _font(frame, state)
        x, y = placed[state]
        top = y + size + 2
        box = (x - 1.1 * font, x + 1.1 * font, top, top + 1.2 * font)
        if any(
            box[0] < other[1] and other[0] < box[1] and box[2] < other[3] and other[2] < box[3]
            for other in kept
        ):
            crowded.add(state)
        else:
            kept.append(box)
    return crowded


def alliance_network(
    matrix: VoteMatrix,
    periods: Sequence[Period],
    *,
    reference: str = "USA",
    method: str = "voeten",
    k: int = 3,
    min_joint: int = DEFAULT_MIN_JOINT_VOTES,
    seed: int = 0,
    source: str = "",
    alliances: FormalAlliances | None = None,
) -> Network:
    """The frames as one pyvis network: every state once, one layer per period.

    ``network.dkg`` holds ``frames`` (per period: label, roll calls, states, blocs with their
    names, colours and members, formal alliances drawn, warnings), ``layers`` and ``page``
    (the keyword arguments of :func:`kg.viz.page.render_page`, so a file and a notebook show
    the same page). With ``alliances``, each frame also holds the formal alliances in force
    between its states, drawn only once the reader ticks their box.
    """
    if not periods:
        raise DataError("no period to draw", fix="give --years FROM:TO or --periods")
    frames = [_frame(matrix, period, reference, method, k, min_joint, seed) for period in periods]
    if not any(frame.ties.number_of_nodes() for frame in frames):
        raise DataError(
            f"no state has {min_joint} joint votes with another in any period",
            fix="widen the periods or lower --min-joint",
        )
    positions: dict[str, np.ndarray] = {}
    colours: dict[str, int] = {}
    next_colour = 0
    states = sorted({state for frame in frames for state in frame.ties})
    first_seen: dict[str, tuple[float, float]] = {}
    layers: dict[str, dict[str, Any]] = {}
    summaries = []
    pending_edges = []
    previous_frame: _Frame | None = None
    layouts = []
    for frame in frames:
        layout = _layout(frame, positions, seed, reference)
        positions.update(layout)
        layouts.append(layout)
    for frame, placed in zip(frames, _to_page(layouts, frames, reference), strict=True):
        for state, point in placed.items():
            first_seen.setdefault(state, (float(point[0]), float(point[1])))
        sizes = pd.Series(frame.blocs, dtype=object).value_counts()
        coloured = {state: bloc for state, bloc in frame.blocs.items() if sizes[bloc] >= _MIN_BLOC}
        colours, next_colour = match_blocs(colours, coloured, next_colour)
        layer, summary = _frame_layer(frame, previous_frame, placed, colours, states, reference)
        layers[frame.period.label] = layer
        summaries.append(summary)
        for a, b, data in sorted(frame.ties.edges(data=True)):
            edge_id = f"{frame.period.label}:{a}:{b}"
            layer["edges"].append(edge_id)
            strength = (data["weight"] - frame.floor) / (1 - frame.floor) if frame.floor < 1 else 1
            strength = max(0.0, min(1.0, strength))
            pending_edges.append(
                (
                    a,
                    b,
                    {
                        "id": edge_id,
                        "width": round(0.6 + 2.6 * strength, 2),
                        "color": {
                            "color": _EDGE_COLOUR,
                            "opacity": round(0.25 + 0.45 * strength, 2),
                        },
                        "smooth": False,
                        "dashes": bool(data.get("below_floor")),
                        "arrows": _NO_ARROWS,
                        "hidden": True,
                        "title": f"{display_name(a)} ({a}) and {display_name(b)} ({b}), "
                        f"{frame.period.label}: agreement {data['weight']:.2f} over "
                        f"{data['joint_votes']} joint votes"
                        + (
                            " (below the median: one of the reference's closest)"
                            if data.get("below_floor")
                            else ""
                        ),
                    },
                )
            )
        if alliances is not None:
            pending_edges += _alliance_edges(frame, placed, alliances, layer, summary)
        if frame.ties.number_of_nodes():
            previous_frame = frame
    network = new_network()
    for state in states:
        x, y = first_seen[state]
        is_reference = state == reference
        network.add_node(
            state,
            label=state,
            x=round(x, 1),
            y=round(y, 1),
            shape="dot",
            size=10,
            hidden=True,
            search=f"{display_name(state)} ({state})",
            font={"size": _MAJOR_FONT if is_reference else _FONT},
            minor=not is_reference,
            borderWidth=4 if is_reference else 1,
            title=display_name(state),
        )
    for a, b, attributes in pending_edges:
        network.add_edge(a, b, **attributes)
    organ = _organ_words(matrix)
    first, last = periods[0], periods[-1]
    network.dkg = {
        "frames": summaries,
        "layers": layers,
        "reference": reference,
        "page": {
            "title": f"Who votes with whom: {organ}, {period_words(first.start[:4], last.end[:4])}",
            "subtitle": f"Each state's {k} strongest ties above the median agreement "
            f"({'Voeten' if method == 'voeten' else 'coincidence'}); colour: bloc; size: "
            f"centrality; {display_name(reference)} in black. Click a state to focus it.",
            "legend": _fixed_legend(reference),
            "notes": [
                f"States with {min_joint}+ joint votes with another state in a frame; "
                "non-members absent.",
                f"Hover: bloc, agreement with {display_name(reference)} (previous → this "
                "frame, n). Small labels show when you zoom in.",
            ],
            "source": source_line(source or "UN voting records", matrix.period()[1]),
            "layers": layers,
            "initial_layer": _opening_frame(summaries),
            "slider": True,
            "search": True,
            "min_label_px": MIN_LABEL_PX,
        },
    }
    if alliances is not None:
        network.dkg["page"]["edge_toggles"] = {
            "alliances": {
                "label": "formal alliances",
                "colour": ALLIANCE_COLOUR,
                "title": "defence or offence pledges in force: "
                + "; ".join(alliances.sources["source"]),
            }
        }
        network.dkg["page"]["notes"].append(
            f"Formal alliances: defence or offence pledges in force; {alliances.coverage()}."
        )
    return network


def _opening_frame(summaries: list[dict[str, Any]]) -> str:
    # The page opens on the latest frame that rests on enough roll calls, not on a partial
    # year a reader would take for the state of things.
    steady = [summary["label"] for summary in summaries if not summary["warning"]]
    return steady[-1] if steady else summaries[-1]["label"]


def _alliance_edges(
    frame: _Frame,
    placed: dict[str, np.ndarray],
    alliances: FormalAlliances,
    layer: dict[str, Any],
    summary: dict[str, Any],
) -> list[tuple[str, str, dict[str, Any]]]:
    """The frame's formal alliances between states it draws, and its legend row."""
    label = frame.period.label
    first, last = int(frame.period.start[:4]), int(frame.period.end[:4])
    pairs = sorted(pair for pair in alliances.pairs(first, last) if set(pair) <= set(placed))
    covering = alliances.covering(first, last)
    summary["alliances"] = len(pairs)
    if not covering:
        words = f"formal alliances: no source covers {label}"
    else:
        words = f"formal alliances in {label}: {len(pairs)} pair{'' if len(pairs) == 1 else 's'}"
    layer["legend"].append((words, ALLIANCE_COLOUR, "edge"))
    edges = []
    for a, b in pairs:
        edge_id = f"{label}:ally:{a}:{b}"
        layer["edges"].append(edge_id)
        edges.append(
            (
                a,
                b,
                {
                    "id": edge_id,
                    "toggle": "alliances",
                    "width": 1.4,
                    "color": {"color": ALLIANCE_COLOUR, "opacity": 0.55},
                    "smooth": False,
                    "arrows": _NO_ARROWS,
                    "hidden": True,
                    "title": f"{display_name(a)} ({a}) and {display_name(b)} ({b}): formal "
                    f"allies in {label} (a defence or offence pledge in force)",
                },
            )
        )
    return edges


def _organ_words(matrix: VoteMatrix) -> str:
    organs = sorted(set(matrix.rollcalls.get("organ", pd.Series(dtype=str)).dropna()))
    return " and ".join(ORGAN_NAMES.get(organ, organ) for organ in organs) or "UN"


def _fixed_legend(reference: str) -> list[LegendEntry]:
    return [
        (f"{display_name(reference)} (reference)", _REFERENCE_COLOUR, "dot"),
        ("tie: agreement (width = strength)", _EDGE_COLOUR, "edge"),
        (
            f"{display_name(reference)}'s {REFERENCE_TIES} closest, below the median",
            _EDGE_COLOUR,
            "dashed",
        ),
    ]


def _frame_layer(
    frame: _Frame,
    previous: _Frame | None,
    placed: dict[str, np.ndarray],
    colours: dict[str, int],
    states: list[str],
    reference: str,
) -> tuple[dict[str, Any], dict[str, Any]]:
    rollcalls = frame.matrix.shape[1]
    label = frame.period.label
    updates = []
    crowded = _crowded_labels(frame, placed, reference)
    for state in placed:
        x, y = placed[state]
        colour = _REFERENCE_COLOUR if state == reference else _bloc_colour(colours.get(state))
        updates.append(
            {
                "id": state,
                "x": round(float(x), 1),
                "y": round(float(y), 1),
                "hidden": False,
                "size": _node_size(frame, state, reference),
                "font": {"size": _font(frame, state)},
                "minor": state not in frame.labelled,
                "labelHidden": state in crowded,
                "color": {
                    "background": colour,
                    "border": "#000000" if state == reference else "#ffffff",
                    "highlight": {"background": colour, "border": "#000000"},
                },
                "title": _state_tip(frame, previous, state, reference),
            }
        )
    # Every state drawn in any frame is a node; those not in this frame are hidden in it.
    hidden = [{"id": state, "hidden": True} for state in states if state not in placed]
    members: dict[int, list[str]] = {}
    for state, colour in colours.items():
        if state in frame.blocs:
            members.setdefault(colour, []).append(state)
    bloc_rows: list[LegendEntry] = []
    bloc_summary = []
    for colour, states in sorted(members.items(), key=lambda item: -len(item[1])):
        bloc = frame.blocs[states[0]]
        name = frame.names.get(bloc, bloc)
        bloc_rows.append((f"{name}: {len(states)}", _bloc_colour(colour), "dot"))
        bloc_summary.append({"name": name, "colour": colour, "members": sorted(states)})
    loose = sorted(state for state in placed if state not in colours and state != reference)
    if loose:
        bloc_rows.append((f"no bloc of {_MIN_BLOC}+: {', '.join(loose)}", _NO_BLOC, "dot"))
    warning = ""
    if rollcalls < FEW_ROLLCALLS:
        warning = f"Only {rollcalls} roll calls in {label}: the ties rest on few votes."
    if not placed:
        warning = f"No state has enough joint votes with another in {label}."
    layer = {
        "nodes": hidden + updates,
        "edges": [],
        "heading": f"{label}: {rollcalls} roll calls, {len(placed)} states"
        + _closest_words(frame, reference),
        "legend": bloc_rows,
        "warning": warning,
    }
    summary = {
        "label": label,
        "rollcalls": rollcalls,
        "states": sorted(placed),
        "edges": frame.ties.number_of_edges(),
        "blocs": bloc_summary,
        "warning": warning,
    }
    return layer, summary


def _closest(
    scores: dict[str, tuple[float, int]], reference: str, count: int = 3
) -> list[tuple[float, int, str]]:
    """The ``count`` states agreeing most with the reference (ties: more joint votes)."""
    ranked = sorted(
        ((score, joint, state) for state, (score, joint) in scores.items() if state != reference),
        key=lambda item: (-item[0], -item[1]),
    )
    return ranked[:count]


def _closest_words(frame: _Frame, reference: str) -> str:
    closest = [
        f"{display_name(state)} {score:.2f}"
        for score, _j, state in _closest(frame.reference, reference)
    ]
    if not closest:
        return ""
    return f" · closest to {display_name(reference)}: " + ", ".join(closest)


def _bloc_colour(index: int | None) -> str:
    # Colours are not reused: past the palette a bloc is grey, never mistaken for another.
    if index is None or index >= len(BLOC_COLOURS):
        return _NO_BLOC
    return BLOC_COLOURS[index]


def _state_tip(frame: _Frame, previous: _Frame | None, state: str, reference: str) -> str:
    label = frame.period.label
    bloc = frame.blocs.get(state)
    lines = [
        f"{display_name(state)} ({state})",
        f"{label}: bloc {frame.names.get(bloc, bloc)}" if bloc else f"{label}: no bloc",
        f"centrality {frame.centrality.get(state, 0.0):.2f} (1 = the most central in {label})",
    ]
    if state != reference:
        now = frame.reference.get(state)
        before = previous.reference.get(state) if previous else None
        words = f"agreement with {display_name(reference)}: "
        if before:
            words += f"{before[0]:.2f} in {previous.period.label} (n {before[1]}) → "
        words += f"{now[0]:.2f} in {label} (n {now[1]})" if now else f"no joint vote in {label}"
        lines.append(words)
    return tooltip(lines)


def write_alliance_page(network: Network, path: Path | str) -> Path:
    """Write the alliance map (self-contained HTML, one frame per period, with a slider)."""
    return write_page(network, path, **network.dkg["page"])
