"""The founding event as an interactive graph: who voted how, who said and wanted what.

Everything comes from the built dataset through SPARQL (``queries/event-*.rq``,
``rollcall-votes.rq``, ``evidence.rq``, ``leaders.rq``, ``un-members.rq``,
``council-members.rq``). The states the article names are drawn one by one, with a ballot
edge to each roll call of the day, coloured by vote; every other member of the voting organ
sits in a group node per roll call and option ("Yes: 88 other states"), which expands on a
click. States whose ballot is not recorded sit in a "ballot not recorded" group, so the
official tallies and the known ballots stay apart, as in the data.

>>> from kg.build import build
>>> dataset = build(reason=False).dataset
>>> network = event_network(dataset)
>>> summary = event_summary(network)
>>> summary["rollcalls"], summary["members"]["ga-es-11-7"]
(3, 193)
"""

from __future__ import annotations

import math
import textwrap
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx
import pandas as pd
from pyvis.network import Network
from rdflib import Dataset

from kg.query import run_query
from kg.viz.naming import display_name
from kg.viz.page import (
    BASE_OPTIONS,
    LegendEntry,
    layout_positions,
    new_network,
    tooltip,
    write_page,
)
from kg.viz.style import UNKNOWN_COLOUR, VOTE_COLOURS, VOTE_LABELS
from kg.vocabulary import OPTION_WORDS

__all__ = [
    "EVENT_DATE",
    "OPTION_COLOURS",
    "STANCE_COLOURS",
    "event_legend",
    "event_network",
    "event_summary",
    "write_event_page",
]

EVENT_DATE = "2025-02-24"

#: vote option code (as rollcall-votes.rq gives it) → (label, colour)
OPTION_COLOURS = {
    **{letter: (VOTE_LABELS[letter], VOTE_COLOURS[letter]) for letter in VOTE_COLOURS},
    "?": ("not in the source", UNKNOWN_COLOUR),
}
#: stance kind (local name) → colour; the colours group kinds by CAMEO family
STANCE_COLOURS = {
    "Supports": "#1b5e20",
    "Advocates": "#43a047",
    "Urges": "#00897b",
    "Proposes": "#1565c0",
    "SeeksAmendment": "#6a1b9a",
    "Opposes": "#d84315",
    "Refuses": "#ef6c00",
    "Condemns": "#b71c1c",
    "ThreatensVeto": "#000000",
}
_NODE_STYLES = {
    "State": ("dot", "#3f6fb5"),
    "Person": ("dot", "#8e44ad"),
    "Organ": ("box", "#00796b"),
    "InternationalOrganization": ("box", "#00796b"),
    "Resolution": ("diamond", "#e08e0b"),
    "DraftResolution": ("diamond", "#f3c170"),
    "RollCall": ("box", "#37474f"),
    "Statement": ("square", "#9575cd"),
    "Group": ("square", "#90a4ae"),
    "Collection": ("square", "#ffb74d"),
    "Concept": ("square", "#ffb74d"),
}
#: kinds whose label shows only once the view is close enough to draw it at the page's
#: minimum size (or when the node or a neighbour is clicked); the tooltip always has it
MINOR_KINDS = frozenset({"Statement", "Group", "Collection", "Concept"})
#: font sizes (canvas units): every other label is drawn at the page's minimum or larger
_FONT, _MINOR_FONT = 22, 16
#: edge labels (kinds of stance) are drawn once zoomed in, or for a clicked node's edges
_EDGE_FONT = 12
MIN_LABEL_PX = 11
_KIND_PRIORITY = tuple(_NODE_STYLES)
_LINK_COLOUR = "#9e9e9e"


@dataclass
class _Node:
    iri: str
    kind: str
    label: str
    code: str = ""
    symbol: str = ""
    facts: list[str] = field(default_factory=list)


def event_network(dataset: Dataset, date: str = EVENT_DATE) -> Network:
    """The news event of ``date`` as a pyvis network with fixed positions (physics off).

    Node ids are IRIs for things in the graph, ``group:{rollcall}:{option}`` for a group of
    states and ``member:{rollcall}:{option}:{ISO3}`` for a state inside a group (hidden until
    the group is clicked). The network carries ``network.dkg`` (a dict): ``toggles`` (group →
    member ids), ``rollcalls`` and ``members`` (organ size per roll call), for the page and
    the tests.
    """
    entities = _entities(dataset, date)
    evidence = _evidence(dataset)
    network = new_network()
    graph = nx.DiGraph()
    nodes: dict[str, dict[str, Any]] = {}
    edges: list[dict[str, Any]] = []

    def add_node(node_id: str, **attributes: Any) -> None:
        attributes.setdefault("font", {"size": _FONT})
        nodes[node_id] = attributes
        graph.add_node(node_id)

    def add_edge(source: str, target: str, *, pull: float = 1.0, **attributes: Any) -> None:
        edges.append({"from": source, "to": target, **attributes})
        graph.add_edge(source, target, weight=pull)

    stances = run_query(dataset, "event-stances", {"date": date})
    statements = run_query(dataset, "event-statements", {"date": date})
    targets = set(stances["actor"]) | set(stances["target"]) | set(statements["about"])
    for entity in entities.values():
        if entity.kind == "Concept" and entity.iri not in targets:
            continue  # topics a stance is *about* go into that stance's tooltip, not the canvas
        if entity.kind == "RollCall":
            continue  # drawn below, from the roll-call query, with tallies
        shape, colour = _NODE_STYLES.get(entity.kind, ("box", "#eeeeee"))
        add_node(
            entity.iri,
            label=_node_label(entity),
            shape=shape,
            color=colour,
            font=_font_for(entity.kind),
            title=tooltip(
                [
                    f"{entity.label}" + (f" ({entity.code})" if entity.code else ""),
                    entity.kind,
                    *_evidence_lines(evidence.get(entity.iri, [])),
                ]
            ),
            kind=entity.kind,
            **_size_for(entity.kind),
        )

    rollcalls = run_query(dataset, "event-rollcalls", {"date": date})
    named_states = {entity.code: entity.iri for entity in entities.values() if entity.code}
    members = _organ_members(dataset, date)
    toggles: dict[str, list[str]] = {}
    member_positions: dict[str, list[str]] = {}
    hidden_nodes: dict[str, dict[str, Any]] = {}
    organ_size: dict[str, int] = {}
    day_votes: dict[str, list[str]] = defaultdict(list)
    for rollcall in rollcalls.itertuples(index=False):
        rollcall_node = rollcall.rollcall
        tallies = f"{rollcall.yes}-{rollcall.no}-{rollcall.abstain}"
        add_node(
            rollcall_node,
            label=f"{rollcall.body} vote\n{rollcall.symbol}\n{tallies}",
            shape="box",
            color="#37474f",
            font={"color": "#ffffff", "size": _FONT, "strokeWidth": 0},
            kind="RollCall",
            title=tooltip(
                [
                    f"Roll call {rollcall.id} ({rollcall.body}, {date}) on {rollcall.symbol}",
                    rollcall.title,
                    f"result: {rollcall.result}; official tally {tallies}, "
                    f"{rollcall.non_voting} not voting",
                    "ballot list complete"
                    if rollcall.complete == "true"
                    else "ballot list incomplete (see the groups)",
                    f"record: {rollcall.record}" if rollcall.record else "",
                    *_evidence_lines(evidence.get(rollcall_node, [])),
                ]
            ),
        )
        motion = entities.get(_motion_iri(entities, rollcall.symbol), None)
        motion_node = motion.iri if motion else f"motion:{rollcall.symbol}"
        if motion_node not in nodes:
            add_node(
                motion_node,
                label=rollcall.symbol,
                shape="diamond",
                color=_NODE_STYLES["Resolution"][1],
                kind="Resolution",
                size=12,
                title=tooltip([f"{rollcall.symbol}: {rollcall.title}", "Resolution"]),
            )
        add_edge(rollcall_node, motion_node, color=_LINK_COLOUR, arrows="to", title="roll call on")
        if rollcall.draft:
            draft_node = _motion_iri(entities, rollcall.draft) or f"motion:{rollcall.draft}"
            if draft_node not in nodes:
                add_node(
                    draft_node,
                    label=rollcall.draft,
                    shape="diamond",
                    color=_NODE_STYLES["DraftResolution"][1],
                    kind="DraftResolution",
                    size=12,
                    title=tooltip([rollcall.draft, "Draft resolution"]),
                )
            add_edge(
                draft_node,
                motion_node,
                label="adopted as",
                font={"size": _EDGE_FONT},
                color=_LINK_COLOUR,
                dashes=True,
                arrows="to",
            )

        ballots = run_query(dataset, "rollcall-votes", {"symbol": rollcall.symbol})
        organ = members[rollcall.body]
        organ_size[rollcall.id] = len(organ)
        known = dict(zip(ballots["state"], ballots["vote"], strict=True))
        grouped: dict[str, list[str]] = defaultdict(list)
        for code in sorted(organ):
            option = known.get(code, "?")
            if code in named_states and option != "?":
                label, colour = OPTION_COLOURS[option]
                ballot_iri = f"https://w3id.org/diplomatic-kg/id/ballot/{rollcall.id}/{code}"
                add_edge(
                    named_states[code],
                    rollcall_node,
                    color=colour,
                    width=4,
                    arrows="to",
                    kind="ballot",
                    title=tooltip(
                        [
                            f"{organ[code]} voted {label} on {rollcall.symbol} ({rollcall.body}, "
                            f"{date})",
                            f"source: UN voting record {rollcall.record}"
                            if rollcall.record
                            else "source: kg/data/votes",
                            *_evidence_lines(evidence.get(ballot_iri, [])),
                        ]
                    ),
                )
            elif code not in named_states:
                grouped[option].append(code)
        unrecorded_named = sorted(
            code for code in named_states if code in organ and code not in known
        )
        for code in named_states:
            if code not in organ:
                words = "not a member" if rollcall.body == "GA" else "not on the Council"
            elif code in known:
                words = OPTION_COLOURS[known[code]][0]
            else:
                words = "ballot not in the source"
            day_votes[code].append(f"  {rollcall.symbol} ({rollcall.body}): {words}")
        for option in ("Y", "N", "A", "X", "?"):
            codes = grouped.get(option, [])
            if not codes:
                continue
            label, colour = OPTION_COLOURS[option]
            group_node = f"group:{rollcall.id}:{option}"
            if option == "?":
                unrecorded = [
                    f"{getattr(rollcall, key)} {OPTION_COLOURS[code][0].lower()}"
                    for code, key in OPTION_WORDS.items()
                    if int(getattr(rollcall, key)) > sum(value == code for value in known.values())
                ]
                group_label = f"ballot not in\nthe source: {len(codes)}"
                facts = [
                    f"{len(codes)} members of the {rollcall.body} whose ballot on "
                    f"{rollcall.symbol} is not in the graph: the source at hand "
                    f"({rollcall.record or 'kg/data/votes'}) does not list it, and the "
                    "graph never guesses one",
                    "official tally not matched by known ballots: " + ", ".join(unrecorded)
                    if unrecorded
                    else "",
                    "named states on this page without a recorded ballot: "
                    + ", ".join(unrecorded_named)
                    if unrecorded_named
                    else "",
                ]
            else:
                official = int(getattr(rollcall, OPTION_WORDS[option]))
                group_label = f"{label}: {len(codes)}\nother states"
                facts = [
                    f"{label} on {rollcall.symbol}: {official} (official tally)",
                    f"{len(codes)} further states with a recorded {label} ballot "
                    "(the named states on the page are drawn separately)",
                ]
            add_node(
                group_node,
                label=group_label,
                shape="dot",
                color={"background": colour, "border": "#263238"},
                size=10 + 2 * math.sqrt(len(codes)),
                borderWidth=3,
                kind="BallotGroup",
                title=tooltip([*facts, "click to show or hide these states"]),
            )
            add_edge(
                group_node,
                rollcall_node,
                color=colour,
                width=2 + math.log2(1 + len(codes)),
                arrows="to",
                kind="ballot-group",
                title=tooltip(facts[:1]),
            )
            member_ids = []
            for code in codes:
                member_id = f"member:{rollcall.id}:{option}:{code}"
                member_ids.append(member_id)
                hidden_nodes[member_id] = {
                    "label": code,
                    "shape": "dot",
                    "size": 8,
                    "color": colour,
                    "hidden": True,
                    "font": {"size": 20},
                    "kind": "GroupMember",
                    "title": tooltip(
                        [
                            f"{organ[code]} ({code})",
                            f"{label} on {rollcall.symbol}"
                            if option != "?"
                            else f"ballot on {rollcall.symbol} not recorded",
                        ]
                    ),
                }
                edges.append(
                    {
                        "from": member_id,
                        "to": group_node,
                        "color": colour,
                        "width": 1,
                        "kind": "member",
                    }
                )
            toggles[group_node] = member_ids
            member_positions[group_node] = member_ids

    for code, iri in named_states.items():
        if iri in nodes and day_votes.get(code):
            first, *rest = nodes[iri]["title"].split("\n")
            nodes[iri]["title"] = tooltip([first, f"votes on {date}:", *day_votes[code], *rest])

    for row in _stance_rows(stances):
        kind = row["kind"]
        add_edge(
            row["actor"],
            row["target"],
            label=row["kind_label"],
            font={"size": _EDGE_FONT},
            color=STANCE_COLOURS.get(kind, "#455a64"),
            width=3,
            arrows="to",
            kind="stance",
            title=tooltip(
                [
                    f"{_name(entities, row['actor'])} {row['kind_label']} "
                    f"{_name(entities, row['target'])}"
                    + (f" (CAMEO {row['cameo']})" if row["cameo"] else ""),
                    f"date: {row['stance_date']}" if row["stance_date"] else "date: not stated",
                    "on: " + "; ".join(row["topics"]) if row["topics"] else "",
                    "expressed in: " + "; ".join(row["references"]) if row["references"] else "",
                    row["note"],
                    *_evidence_lines(evidence.get(row["stance"], [])),
                ]
            ),
        )

    for statement_iri, rows in statements.groupby("statement", sort=True):
        first = rows.iloc[0]
        quote = first["quote"]
        speaker = _name(entities, first["speaker"])
        nodes[statement_iri]["label"] = _wrap(
            f"“{_shorten(quote, 28)}”" if quote else f"statement ({speaker.split()[-1]})", 16
        )
        nodes[statement_iri]["title"] = tooltip(
            [
                f"Statement by {speaker}"
                + (
                    f" for {_name(entities, first['speaking_for'])}"
                    if first["speaking_for"]
                    else ""
                ),
                f"date: {first['statement_date']}" if first["statement_date"] else "",
                f"quote: “{quote}”" if quote else "quote: not in the graph (build with --article)",
                first["note"],
                *_evidence_lines(evidence.get(statement_iri, [])),
            ]
        )
        add_edge(first["speaker"], statement_iri, color="#8e44ad", arrows="to", title="said")
        if first["speaking_for"]:
            add_edge(
                statement_iri,
                first["speaking_for"],
                title="speaking for",
                color="#8e44ad",
                dashes=True,
                arrows="to",
            )
        for about in sorted(set(rows["about"]) - {""}):
            add_edge(
                statement_iri, about, title="about", color=_LINK_COLOUR, dashes=True, arrows="to"
            )

    relation_labels = {
        "PermanentSeat": "permanent seat",
        "ElectedSeat": "elected seat",
        "member of": "member",
    }
    for row in run_query(dataset, "event-memberships", {"date": date}).itertuples(index=False):
        if row.state in nodes and row.organization in nodes:
            add_edge(
                row.state,
                row.organization,
                color={"color": "#b0bec5", "opacity": 0.8},
                dashes=[4, 6],
                width=1,
                pull=0.15,
                kind="membership",
                title=f"{_name(entities, row.state)}: "
                f"{relation_labels.get(row.relation, row.relation)} "
                f"of the {_name(entities, row.organization)}",
            )
    by_label = {entity.label: entity.iri for entity in entities.values()}
    for row in run_query(dataset, "leaders", {"date": date}).itertuples(index=False):
        person, where = (
            by_label.get(row.person),
            named_states.get(row.state) or by_label.get(row.state),
        )
        if person in nodes and where in nodes:
            nodes[person]["title"] += f"\npost on {date}: {row.post}"
            add_edge(
                person,
                where,
                color={"color": "#ce93d8", "opacity": 0.9},
                dashes=[2, 4],
                width=1,
                pull=0.5,
                kind="post",
                title=f"{row.person}: {row.post} (on {date})",
            )

    positions = _event_layout(graph, nodes)
    for node_id, attributes in nodes.items():
        x, y = positions[node_id]
        network.add_node(node_id, x=x, y=y, **attributes)
    for group_node, member_ids in member_positions.items():
        for member_id, (x, y) in zip(
            member_ids, _grid_around(positions[group_node], len(member_ids)), strict=True
        ):
            network.add_node(member_id, x=x, y=y, **hidden_nodes[member_id])
    for edge in edges:
        source, target = edge.pop("from"), edge.pop("to")
        network.add_edge(source, target, **edge)
    network.dkg = {
        "toggles": toggles,
        "rollcalls": len(rollcalls),
        "members": organ_size,
        "date": date,
    }
    network.dkg["page"] = event_page(network)
    return network


def event_summary(network: Network) -> dict[str, Any]:
    """Counts a test or a reader checks the page against: nodes, edges, groups, members.

    ``members`` maps each roll call to its organ's size: every member appears once per roll
    call, as a named state with a ballot edge, as a state inside a group, or as a named state
    whose ballot is not recorded.
    """
    kinds = defaultdict(int)
    for node in network.nodes:
        kinds[node.get("kind", "")] += 1
    edge_kinds = defaultdict(int)
    for edge in network.edges:
        edge_kinds[edge.get("kind", "link")] += 1
    return {
        "nodes": len(network.nodes),
        "edges": len(network.edges),
        "visible_nodes": sum(not node.get("hidden") for node in network.nodes),
        "node_kinds": dict(kinds),
        "edge_kinds": dict(edge_kinds),
        "groups": len(network.dkg["toggles"]),
        "rollcalls": network.dkg["rollcalls"],
        "members": network.dkg["members"],
    }


def event_legend(network: Network | None = None) -> list[LegendEntry]:
    """Legend rows for the event page: votes, stance kinds present, node kinds.

    >>> event_legend()[0]
    ('ballot: Yes', '#009E73', 'edge')
    """
    present = None
    if network is not None:
        present = {edge.get("label") for edge in network.edges if edge.get("kind") == "stance"}
    rows: list[LegendEntry] = [
        (f"ballot: {label}", colour, "edge") for label, colour in OPTION_COLOURS.values()
    ]
    for kind, colour in STANCE_COLOURS.items():
        label = _spaced(kind).lower()
        if present is None or label in present:
            rows.append((f"stance: {label}", colour, "edge"))
    rows += [
        ("state", _NODE_STYLES["State"][1], "dot"),
        ("person", _NODE_STYLES["Person"][1], "dot"),
        ("organ / organisation", _NODE_STYLES["Organ"][1], "box"),
        ("roll call (GA / SC vote)", _NODE_STYLES["RollCall"][1], "box"),
        ("resolution / draft", _NODE_STYLES["Resolution"][1], "diamond"),
        ("statement (quote)", _NODE_STYLES["Statement"][1], "square"),
        ("group of states named in the article", _NODE_STYLES["Group"][1], "square"),
        ("text or topic named in the article", _NODE_STYLES["Collection"][1], "square"),
        ("seat, membership or post", "#b0bec5", "dashed"),
    ]
    return rows


def event_page(network: Network) -> dict[str, Any]:
    """The page around an event network: title, legend, notes (``render_page`` arguments)."""
    summary = event_summary(network)
    return {
        "title": f"The UN votes on Ukraine of {network.dkg['date']}: who voted how, who said what",
        "subtitle": (
            f"{summary['rollcalls']} roll calls; named states one by one, the others grouped "
            "by ballot (click a big circle to expand it). Squares: statements and topics. "
            "Hover for facts; click for ties; wheel to zoom."
        ),
        "legend": event_legend(network),
        "notes": [
            "Evidence: sentence index (0-based) and the words of the article that state "
            "the fact; ballots also cite the UN voting record.",
        ],
        "toggles": network.dkg["toggles"],
        "min_label_px": MIN_LABEL_PX,
    }


def write_event_page(
    dataset: Dataset, path: Path | str, date: str = EVENT_DATE, network: Network | None = None
) -> Path:
    """Write the event page (self-contained HTML) to ``path``; returns the path."""
    network = network or event_network(dataset, date)
    return write_page(network, path, **network.dkg["page"])


def _entities(dataset: Dataset, date: str) -> dict[str, _Node]:
    table = run_query(dataset, "event-entities", {"date": date})
    entities = {}
    for row in table.itertuples(index=False):
        kinds = row.kinds.split()
        kind = next((name for name in _KIND_PRIORITY if name in kinds), kinds[0] if kinds else "")
        entities[row.node] = _Node(row.node, kind, row.label, row.code, row.symbol)
    return entities


def _evidence(dataset: Dataset) -> dict[str, list[tuple[int, str, str]]]:
    table = run_query(dataset, "evidence")
    found: dict[str, list[tuple[int, str, str]]] = defaultdict(list)
    for row in table.itertuples(index=False):
        document = row.document.rsplit("/", 1)[-1]
        entry = (int(row.sentence), row.mention, document)
        if entry not in found[row.fact]:
            found[row.fact].append(entry)
    for entries in found.values():
        entries.sort()
    return found


def _evidence_lines(entries: list[tuple[int, str, str]], limit: int = 4) -> list[str]:
    if not entries:
        return []
    lines = [f"evidence ({entries[0][2]}):"]
    for sentence, mention, _document in entries[:limit]:
        lines.append(
            f"  sentence {sentence}: “{mention}”" if mention else f"  sentence {sentence} (quoted)"
        )
    if len(entries) > limit:
        lines.append(f"  … {len(entries) - limit} more")
    return lines


def _organ_members(dataset: Dataset, date: str) -> dict[str, dict[str, str]]:
    general = run_query(dataset, "un-members")
    council = run_query(dataset, "council-members", {"date": date})
    return {
        "GA": dict(zip(general["state"], general["name"], strict=True)),
        "SC": dict(zip(council["state"], council["name"], strict=True)),
    }


def _stance_rows(stances: pd.DataFrame) -> list[dict[str, Any]]:
    rows = []
    for stance, group in stances.groupby("stance", sort=True):
        first = group.iloc[0].to_dict()
        first["stance"] = stance
        first["topics"] = sorted(set(group["topic"]) - {""})
        first["references"] = sorted(set(group["reference"]) - {""})
        rows.append(first)
    return rows


def _motion_iri(entities: dict[str, _Node], symbol: str) -> str | None:
    return next((entity.iri for entity in entities.values() if entity.symbol == symbol), None)


def _name(entities: dict[str, _Node], iri: str) -> str:
    entity = entities.get(iri)
    if entity is None:
        return iri.rsplit("/", 1)[-1]
    return entity.symbol or entity.label


def _node_label(entity: _Node) -> str:
    if entity.symbol:
        return entity.symbol
    if entity.code:
        return display_name(entity.code)
    # Labels minted from the article carry a parenthesised remark; the tooltip keeps it.
    label = entity.label.split(" (")[0]
    if entity.kind == "Organ":
        label = label.replace("United Nations ", "UN ")
    return _wrap(_shorten(label, 30), 16)


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def _wrap(text: str, width: int) -> str:
    return "\n".join(textwrap.wrap(text, width)) or text


def _spaced(name: str) -> str:
    return "".join(
        f" {char}" if char.isupper() and index else char for index, char in enumerate(name)
    )


def _font_for(kind: str) -> dict[str, Any]:
    return {"size": _MINOR_FONT if kind in MINOR_KINDS else _FONT}


def _size_for(kind: str) -> dict[str, Any]:
    if kind in ("State", "Person"):
        return {"size": 11}
    if kind in ("Resolution", "DraftResolution"):
        return {"size": 12}
    if kind in MINOR_KINDS:
        return {"size": 8, "minor": True}
    return {}


def _event_layout(
    graph: nx.DiGraph, nodes: dict[str, dict[str, Any]]
) -> dict[str, tuple[float, float]]:
    # Sized so that the fitted view shows labels near full size at 1200x900; the label boxes
    # keep neighbouring labels apart.
    boxes = {node_id: _label_box(attributes) for node_id, attributes in nodes.items()}
    return layout_positions(graph, seed=11, scale=110.0, spread=0.5, boxes=boxes, aspect=1.6)


def _label_box(attributes: dict[str, Any]) -> tuple[float, float, float]:
    lines = str(attributes.get("label", "")).split("\n")
    font = attributes.get("font", {}).get("size", BASE_OPTIONS["nodes"]["font"]["size"])
    # DejaVu Sans averages about 0.6 em a character; vis-network pads a box by ~5 px a side.
    width = max(len(line) for line in lines) * font * 0.62 + 20
    height = len(lines) * font * 1.25 + 14
    if attributes.get("shape") in ("dot", "diamond", "square"):
        size = float(attributes.get("size", 16))
        width = max(width, 2 * size + 8)
        # The label hangs under the shape: the box runs from the shape's top to the label's
        # foot, its centre that far below the node.
        total = 2 * size + 4 + height
        return width, total, total / 2 - size
    return width, height, 0.0


def _grid_around(centre: tuple[float, float], count: int) -> list[tuple[float, float]]:
    columns = max(1, math.ceil(math.sqrt(count * 1.6)))
    spacing = 48.0
    rows = math.ceil(count / columns)
    x0 = centre[0] - (columns - 1) * spacing / 2
    y0 = centre[1] + 60.0
    # Expanded members fan out below their group, in a compact grid of ISO3 labels.
    return [
        (
            round(x0 + (index % columns) * spacing, 1),
            round(y0 + (index // columns) * spacing * 0.8 - 0 * rows, 1),
        )
        for index in range(count)
    ]
