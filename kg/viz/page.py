"""Self-contained HTML pages for pyvis networks: vis-network inlined, no request leaves the page.

pyvis 0.3.2 builds the node and edge lists well but its page template links Bootstrap and
vis-network from CDNs (and ``cdn_resources="local"`` copies a ``lib/`` folder into the working
directory). This module keeps pyvis for the data model and renders the page itself: the
vis-network 9.1.2 script and style that ship inside the pyvis package are inlined, tooltips
are built as DOM text (never HTML), and positions come precomputed with physics off, so the
drawing is still the moment it appears.

The page reports what vis.js drew: once the network has drawn, ``<div id="dkg-status">``
holds a JSON object ``{"ready": true, "nodes": N, "edges": M, "visibleNodes": …,
"visibleEdges": …, "errors": [...]}`` and ``document.title`` ends with ``[ready N/M]``.
A browser test reads it back with ``chromium --dump-dom``.

>>> network = new_network()
>>> network.add_node("USA", label="United States", x=0, y=0, title="voted No")
>>> network.add_node("RUS", label="Russia", x=200, y=0)
>>> network.add_edge("USA", "RUS", title="voted alike")
>>> html = render_page(network, title="Two states", legend=[("Yes", "#2e7d32", "edge")])
>>> import re
>>> re.search(r"(src|href)=.?https?:", html) is None
True
>>> '"id": "USA"' in html and "vis-network" in html and "[ready " in html
True
"""

from __future__ import annotations

import html as html_escape
import json
from collections.abc import Iterable, Mapping, Sequence
from functools import cache
from pathlib import Path
from typing import Any

import jinja2
import networkx as nx
import numpy as np
import pyvis
from pyvis.network import Network

from kg.io import write_atomic

__all__ = [
    "CONTENT_SECURITY_POLICY",
    "VIS_NETWORK_VERSION",
    "LegendEntry",
    "layout_positions",
    "new_network",
    "render_page",
    "write_page",
]

VIS_NETWORK_VERSION = "9.1.2"
#: every page's policy: inline script and style only, images and fonts as data: URIs, so
#: any request a page might try (a CDN, a tracking pixel) fails in the browser
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
    "img-src data:; font-src data:"
)
_VIS_DIR = Path(pyvis.__file__).resolve().parent / "lib" / f"vis-{VIS_NETWORK_VERSION}"

#: (label, colour, shape) where shape is "edge", "dashed", or a vis.js node shape ("dot", "box" …)
LegendEntry = tuple[str, str, str]

#: vis-network options shared by every page: physics off (positions are precomputed),
#: hover tooltips, labels large enough to read at 1200x900 once the view fits the graph.
BASE_OPTIONS: dict[str, Any] = {
    "physics": {"enabled": False},
    "interaction": {
        "hover": True,
        "tooltipDelay": 120,
        "navigationButtons": False,
        "keyboard": False,
        "multiselect": False,
    },
    "nodes": {
        "font": {"size": 21, "face": "DejaVu Sans, Arial, sans-serif", "strokeWidth": 4},
        "borderWidth": 2,
    },
    "edges": {
        "smooth": {"enabled": True, "type": "continuous", "roundness": 0.2},
        "font": {"size": 17, "align": "middle", "strokeWidth": 4},
        "arrows": {"to": {"enabled": False}},
    },
}


def new_network() -> Network:
    """An empty pyvis network set up for this module's pages (directed, 1200x900 canvas).

    >>> new_network().num_nodes()
    0
    """
    # cdn_resources="remote" keeps pyvis from ever copying lib/ into the working directory;
    # the page is rendered by render_page(), which ignores pyvis' own template anyway.
    return Network(
        height="900px", width="100%", directed=True, notebook=False, cdn_resources="remote"
    )


def layout_positions(
    graph: nx.Graph,
    *,
    seed: int = 7,
    scale: float = 520.0,
    spread: float | None = None,
    boxes: Mapping[Any, tuple[float, ...]] | None = None,
    aspect: float = 1.25,
) -> dict[Any, tuple[float, float]]:
    """Deterministic node positions in page pixels, for a layout with physics off.

    A Fruchterman-Reingold (spring) layout with a fixed ``seed``, weighted by the edges'
    ``weight`` attribute, scaled to ``±scale`` pixels wide and ``±0.75·scale`` high (the 4:3
    canvas). ``spread`` is the layout's optimal node distance ``k`` (networkx default
    1/sqrt(n)); larger values push nodes apart. ``boxes`` (node → width, height in pixels,
    node and label together) then pushes overlapping boxes apart, so labels stay legible, and
    the drawing is stretched to at least ``aspect`` (width / height), the canvas' shape
    (about 2 beside the legend on a 16:9 screen). numpy only: no scipy.

    >>> positions = layout_positions(nx.path_graph(3))
    >>> sorted(positions) == [0, 1, 2] and all(abs(x) <= 520 for x, y in positions.values())
    True
    """
    if graph.number_of_nodes() == 0:
        return {}
    if graph.number_of_nodes() == 1:
        return {next(iter(graph.nodes)): (0.0, 0.0)}
    undirected = nx.Graph(graph.to_undirected() if graph.is_directed() else graph)
    _tie_components(undirected)
    raw = nx.spring_layout(undirected, seed=seed, weight="weight", iterations=300, k=spread)
    xs = [point[0] for point in raw.values()]
    ys = [point[1] for point in raw.values()]
    span = max(max(xs) - min(xs), max(ys) - min(ys)) or 1.0
    centre_x, centre_y = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    names = list(raw)
    points = np.array(
        [
            # Pages are wider than tall: squash the vertical axis to the canvas' shape.
            (
                (raw[name][0] - centre_x) / span * 2 * scale,
                (raw[name][1] - centre_y) / span * 2 * scale / aspect,
            )
            for name in names
        ]
    )
    if boxes:
        # A box may carry a third number: how far its centre lies below the node (a dot's
        # label hangs under it), so the box covers the dot and its label, not twice that.
        raw_boxes = [(*boxes.get(name, (40.0, 40.0)), 0.0) for name in names]
        sizes = np.array([box[:2] for box in raw_boxes], dtype=float)
        drop = np.array([(0.0, box[2]) for box in raw_boxes], dtype=float)
        # Grow the drawing evenly until few boxes overlap, then push the rest apart: pushing
        # from a crowded start would scatter the nodes far beyond what their labels need.
        for _ in range(12):
            if _overlaps(points + drop, sizes) <= len(names) // 5:
                break
            points *= 1.15
        points = _separate(points + drop, sizes, aspect=aspect) - drop
        # Then shrink-wrap: draw everyone towards the centre, the long axis a little less,
        # and push overlapping boxes apart again, until the drawing stops shrinking: empty
        # space closes up, labels do not collide, and the shape comes near ``aspect``.
        points = _shrink_wrap(points + drop, sizes, aspect) - drop
        # Fill the canvas' width: stretching one axis never makes boxes overlap again.
        width, height = np.ptp(points[:, 0]) or 1.0, np.ptp(points[:, 1]) or 1.0
        if width < aspect * height:
            points[:, 0] *= aspect * height / width
    return {
        name: (round(float(x), 1), round(float(y), 1))
        for name, (x, y) in zip(names, points, strict=True)
    }


def _shrink_wrap(points: np.ndarray, boxes: np.ndarray, aspect: float) -> np.ndarray:
    """Pull the boxes together round their median, keeping them apart, until it stops paying."""
    best, best_area, stale = points, np.inf, 0
    for _ in range(80):
        centre = np.median(points, axis=0)
        width, height = _extent(points, boxes)
        pull = np.array([0.95, 0.95])
        pull[0 if width > aspect * height else 1] = 0.9
        points = _separate(centre + (points - centre) * pull, boxes, rounds=80, aspect=aspect)
        width, height = _extent(points, boxes)
        area = max(width, aspect * height) * max(height, width / aspect)
        if area < best_area * 0.995:
            best, best_area, stale = points, area, 0
        else:
            stale += 1
        if stale == 5 or area > best_area * 1.02:
            break
    return _separate(best, boxes, aspect=aspect)


def _extent(points: np.ndarray, boxes: np.ndarray) -> tuple[float, float]:
    low = (points - boxes / 2).min(axis=0)
    high = (points + boxes / 2).max(axis=0)
    return float(high[0] - low[0]), float(high[1] - low[1])


def _overlaps(points: np.ndarray, boxes: np.ndarray) -> int:
    """How many pairs of boxes (centre ``points``, sizes ``boxes``) overlap."""
    delta = np.abs(points[:, None, :] - points[None, :, :])
    needed = (boxes[:, None, :] + boxes[None, :, :]) / 2
    overlapping = (delta < needed).all(axis=2)
    return int((overlapping.sum() - len(points)) // 2)


def _separate(
    points: np.ndarray, boxes: np.ndarray, rounds: int = 400, aspect: float = 1.0
) -> np.ndarray:
    # Treat each node with its label as a box (width, height); wherever two boxes overlap,
    # push both apart along the axis that needs the smaller move, until none overlap. An
    # ``aspect`` above 1 favours sideways moves, so wide labels do not stack into a column.
    points = points.astype(float)
    weights = np.array([1.0, aspect])
    half = boxes / 2
    needed = half[:, None, :] + half[None, :, :]
    for _ in range(rounds):
        delta = points[:, None, :] - points[None, :, :]
        penetration = needed - np.abs(delta)
        overlapping = (penetration[:, :, 0] > 0) & (penetration[:, :, 1] > 0)
        np.fill_diagonal(overlapping, False)
        first, second = np.nonzero(overlapping)
        if not len(first):
            break
        # Only the overlapping pairs (few, once the drawing is spread) move, each half-way.
        depth, offset = penetration[first, second], delta[first, second]
        axis = np.argmin(depth * weights, axis=1)
        pairs = np.arange(len(first))
        move = np.zeros((len(first), 2))
        sign = np.where(offset[pairs, axis] >= 0, 1.0, -1.0)
        move[pairs, axis] = sign * depth[pairs, axis] / 2
        np.add.at(points, first, move * 0.5)
    return points


def _tie_components(graph: nx.Graph) -> None:
    # A spring layout pushes unconnected parts to the far edges, which shrinks the main part
    # once the view fits; a weak edge from each small part to the main hub keeps them close.
    components = sorted(nx.connected_components(graph), key=len, reverse=True)
    if len(components) < 2:
        return
    hub = max(components[0], key=graph.degree)
    for component in components[1:]:
        graph.add_edge(hub, min(component, key=str), weight=0.3)


def render_page(
    network: Network,
    *,
    title: str,
    subtitle: str = "",
    legend: Sequence[LegendEntry] = (),
    notes: Sequence[str] = (),
    toggles: Mapping[str, Sequence[str]] | None = None,
    layers: Mapping[str, Mapping[str, Any]] | None = None,
    initial_layer: str | None = None,
    slider: bool = False,
    search: bool = False,
    source: str = "",
    min_label_px: float = 0,
    edge_toggles: Mapping[str, Mapping[str, str]] | None = None,
) -> str:
    """The network as one HTML page with every script and style inline.

    Parameters
    ----------
    network
        A pyvis network whose nodes carry ``x``/``y`` positions (see :func:`layout_positions`).
        A node's or edge's ``title`` is its tooltip: plain text, one fact per line.
    title, subtitle
        Shown at the top of the page and in ``<title>``.
    legend
        ``(label, colour, shape)`` rows for the legend panel; ``shape`` is ``"edge"``,
        ``"dashed"`` or a vis.js node shape.
    notes
        Extra lines under the legend (how to expand groups, where the data comes from).
    toggles
        Group node id → ids of nodes hidden until that group is clicked (expand on demand).
        Edges touching a hidden node are hidden with it.
    layers
        Named alternative views, e.g. periods: name → ``{"nodes": [{id, …updates}],
        "edges": [edge ids shown]}``, optionally with ``heading`` (a line under the title),
        ``legend`` (rows as in ``legend``, shown for that view) and ``warning``; buttons (or
        the slider) switch between them, moving nodes smoothly to their new positions. Edges
        listed in no layer are always shown.
    initial_layer
        The layer shown first (default: the first one).
    slider
        A slider and a play button step through the layers in order (for one view per year).
    search
        A search box: type a node's label or name (node attribute ``search``) to focus it.
    source
        The source line, small under the drawing (where the data come from, how recent).
    min_label_px
        The smallest label drawn (CSS pixels): a node or edge label that the view would draw
        smaller is not drawn (its text stays in the tooltip) until the reader zooms in. The
        view is never fitted so far out that the labels of nodes without ``minor: true`` fall
        under it; nodes with it (statements, topics) may show only their shape at fit. A node
    with ``labelHidden: true`` (a label that would overlap another's) shows its label only
    when clicked or next to a clicked node.

    edge_toggles
        Sets of edges a reader switches on and off (a second layer, such as formal alliances):
        name → ``{"label", "colour", "title"}``, shown as check boxes in the legend, off at
        first; an edge with ``toggle: name`` is drawn only while its box is ticked (and, in
        a page of layers, while its layer shows).

    Clicking a node (not a group) focuses it: it and its neighbours stay, with their labels
    and those of its edges, the rest fades; clicking it again or the background shows
    everything. The status (see the module) also reports ``minLabelPx`` (the smallest label
    drawn), ``majorLabelPx`` (the smallest label of a non-minor node), ``labelsHidden``,
    ``nodesOutside`` (nodes beyond the canvas) and ``labelOverlaps`` (pairs of drawn labels
    that overlap on screen).
    """
    nodes, edges = _vis_data(network)
    options = _merge(BASE_OPTIONS, _network_options(network))
    template = template_environment().from_string(_TEMPLATE)
    return template.render(
        csp=CONTENT_SECURITY_POLICY,
        title=title,
        subtitle=subtitle,
        legend=[_legend_row(label, colour, shape) for label, colour, shape in legend],
        notes=notes,
        vis_script=_vis_asset("vis-network.min.js").replace("</script", "<\\/script"),
        vis_style=_vis_asset("vis-network.css"),
        nodes_json=script_json(nodes),
        edges_json=script_json(edges),
        options_json=script_json(options),
        toggles_json=script_json(dict(toggles or {})),
        layers_json=script_json(dict(layers or {})),
        layer_names=list(layers or {}),
        layer_names_json=script_json(list(layers or {})),
        layer_legends=script_json(
            {
                name: [_legend_row(*row) for row in layer.get("legend", ())]
                for name, layer in (layers or {}).items()
            }
        ),
        initial_layer_json=script_json(initial_layer or next(iter(layers or {}), None)),
        slider=slider and len(layers or {}) > 1,
        search=search,
        source=source,
        min_label_px=min_label_px,
        edge_toggles=dict(edge_toggles or {}),
        edge_toggles_json=script_json(list(edge_toggles or {})),
    )


def write_page(network: Network, path: Path | str, **page: Any) -> Path:
    """Render ``network`` with :func:`render_page` and write it atomically to ``path``."""
    return write_atomic(Path(path), render_page(network, **page))


def _vis_data(network: Network) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    nodes = [dict(node) for node in network.nodes]
    edges = []
    for index, edge in enumerate(network.edges):
        edge = dict(edge)
        edge.setdefault("id", f"edge-{index}")
        edges.append(edge)
    return nodes, edges


def _network_options(network: Network) -> dict[str, Any]:
    options = getattr(network, "options", None)
    if isinstance(options, dict):
        return options
    return {}


def _merge(base: Mapping[str, Any], extra: Mapping[str, Any]) -> dict[str, Any]:
    merged: dict[str, Any] = json.loads(json.dumps(base))
    for key, value in extra.items():
        if isinstance(value, Mapping) and isinstance(merged.get(key), dict):
            merged[key] = _merge(merged[key], value)
        else:
            merged[key] = value
    return merged


def _legend_row(label: str, colour: str, shape: str) -> dict[str, str]:
    # Lines are drawn as a top border, a triangle as a bottom border, other shapes filled.
    property_ = {
        "edge": "border-color",
        "dashed": "border-color",
        "triangle": "border-bottom-color",
    }
    return {
        "label": label,
        "colour": colour,
        "shape": shape,
        "property": property_.get(shape, "background"),
    }


@cache
def _vis_asset(name: str) -> str:
    return (_VIS_DIR / name).read_text(encoding="utf-8")


@cache
def template_environment() -> jinja2.Environment:
    """The jinja2 environment every page template renders in (autoescaping, strict)."""
    return jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined)


def script_json(value: Any) -> str:
    """``value`` as JSON safe to put inside a ``<script>`` element."""
    # JSON inside <script>: escape the characters that could close the element or start a
    # comment, so a label such as "</script>" stays data.
    text = json.dumps(value, ensure_ascii=False, sort_keys=False)
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return jinja2.utils.markupsafe.Markup(text)


def escape(text: str) -> str:
    """HTML-escape ``text`` (for callers that build legend notes).

    >>> escape("<b>")
    '&lt;b&gt;'
    """
    return html_escape.escape(text)


def tooltip(lines: Iterable[str]) -> str:
    """Join tooltip lines, dropping empty ones (the page shows them as plain text).

    >>> tooltip(["USA voted No", "", "evidence: sentence 1"])
    'USA voted No\\nevidence: sentence 1'
    """
    return "\n".join(line for line in lines if line)


_TEMPLATE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{{ csp | safe }}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ title }}</title>
<style>{{ vis_style | safe }}</style>
<style>
  html, body { margin: 0; height: 100%; color: #222;
    font-family: "DejaVu Sans", Arial, sans-serif; }
  body { display: flex; flex-direction: column; }
  header { padding: 8px 14px 4px; border-bottom: 1px solid #ddd; }
  header h1 { font-size: 19px; margin: 0; }
  header p { font-size: 13px; margin: 2px 0 0; color: #555; }
  main { flex: 1; min-height: 0; display: flex; }
  #dkg-network { flex: 1; min-width: 0; position: relative; }
  #dkg-legend { flex: none; width: 196px; overflow-y: auto; border-right: 1px solid #ddd;
    padding: 8px 10px; font-size: 12.5px; background: #fafafa; }
  #dkg-legend h2 { font-size: 13px; margin: 0 0 4px; }
  #dkg-legend .row { display: flex; align-items: center; gap: 7px; margin: 2px 0; }
  #dkg-legend .swatch { flex: none; width: 26px; height: 12px; }
  #dkg-legend .edge { height: 0; border-top: 4px solid; }
  #dkg-legend .dashed { height: 0; border-top: 3px dashed; }
  #dkg-legend .dot, #dkg-legend .ellipse { width: 14px; height: 14px; border-radius: 50%; }
  #dkg-legend .box { width: 18px; height: 12px; border-radius: 2px; }
  #dkg-legend .square { width: 11px; height: 11px; margin: 0 4px; }
  #dkg-legend .diamond { width: 11px; height: 11px; transform: rotate(45deg); margin: 0 4px; }
  #dkg-legend .triangle { width: 0; height: 0; border-left: 8px solid transparent;
    border-right: 8px solid transparent; border-bottom: 14px solid; background: none !important; }
  #dkg-legend .note { color: #555; margin-top: 6px; }
  #dkg-legend label.toggle { display: flex; align-items: center; gap: 5px; margin: 4px 0 6px;
    font-weight: bold; cursor: pointer; }
  #dkg-legend label.toggle input { margin: 0; }
  #dkg-layers { margin-top: 6px; }
  #dkg-layers button { font: inherit; margin: 2px 4px 0 0; padding: 2px 8px; border: 1px solid #888;
    border-radius: 4px; background: #f4f4f4; cursor: pointer; }
  #dkg-layers button.active { background: #333; color: #fff; }
  #dkg-frame { font-size: 13.5px; color: #222; }
  #dkg-warning { font-size: 13.5px; color: #b3261e; font-weight: bold; }
  #dkg-controls { display: flex; flex-wrap: wrap; align-items: center; gap: 2px 10px;
    margin-top: 3px; }
  #dkg-warning:empty { display: none; }
  #dkg-controls #dkg-warning { flex-basis: 100%; }
  #dkg-controls:empty { display: none; }
  #dkg-controls input[type=range] { width: 280px; }
  #dkg-controls button { font: inherit; white-space: nowrap; padding: 1px 10px;
    border: 1px solid #888;
    border-radius: 4px; background: #f4f4f4; cursor: pointer; }
  #dkg-controls .label { font-weight: bold; min-width: 70px; }
  #dkg-search { font: inherit; width: 190px; padding: 2px 6px; margin: 0 0 8px; }
  #dkg-frame-legend .row { display: flex; align-items: center; gap: 7px; margin: 2px 0; }
  footer { font-size: 11.5px; color: #666; padding: 3px 14px 5px; border-top: 1px solid #eee; }
  #dkg-status { display: none; }
  .dkg-tip { white-space: pre-line; max-width: 420px; font-size: 13px; line-height: 1.35; }
  div.vis-tooltip { font-family: inherit; }
</style>
</head>
<body>
<header>
  <h1>{{ title }}</h1>
  {% if subtitle %}<p>{{ subtitle }}</p>{% endif %}
  {% if slider or layer_names %}<div id="dkg-controls">
    {% if slider %}<button type="button" id="dkg-play">▶ play</button>
    <input type="range" id="dkg-slider" min="0" max="{{ layer_names | length - 1 }}" step="1"
           value="0" aria-label="period">
    <span class="label" id="dkg-slider-label"></span>{% endif %}
    <span id="dkg-frame"></span>
    <span id="dkg-warning"></span>
  </div>{% endif %}
</header>
<main>
<aside id="dkg-legend">
  {% if search %}<input type="search" id="dkg-search" list="dkg-names"
    placeholder="find a state…" aria-label="find a state">
  <datalist id="dkg-names"></datalist>{% endif %}
  {% for name, toggle in edge_toggles.items() %}<label class="toggle" title="{{ toggle.title }}">
    <input type="checkbox" data-toggle="{{ name }}"><span class="swatch edge"
    style="border-color: {{ toggle.colour }}"></span><span>{{ toggle.label }}</span></label>
  {% endfor %}
  <div id="dkg-frame-legend"></div>
  <h2>Legend</h2>
  {% for row in legend %}
  <div class="row"><span class="swatch {{ row.shape }}"
    style="{{ row.property }}: {{ row.colour }}"></span><span>{{ row.label }}</span></div>
  {% endfor %}
  {% for note in notes %}<div class="note">{{ note }}</div>{% endfor %}
  {% if layer_names and not slider %}<div id="dkg-layers">{% for name in layer_names %}
    <button type="button" data-layer="{{ name }}">{{ name }}</button>
  {% endfor %}</div>{% endif %}
</aside>
<div id="dkg-network"></div>
</main>
{% if source %}<footer>{{ source }}</footer>{% endif %}
<div id="dkg-status">{"ready": false}</div>
<script>{{ vis_script | safe }}</script>
<script>
(function () {
  "use strict";
  var errors = [];
  window.addEventListener("error", function (event) { errors.push(String(event.message)); });
  var rawNodes = {{ nodes_json }};
  var rawEdges = {{ edges_json }};
  var options = {{ options_json }};
  var toggles = {{ toggles_json }};
  var layers = {{ layers_json }};
  var initialLayer = {{ initial_layer_json }};
  var layerLegends = {{ layer_legends }};
  // In the order given: Object.keys would put year-like names ("2025") first.
  var layerNames = {{ layer_names_json }};
  var minLabelPx = {{ min_label_px }};
  var toggleOn = {};
  {{ edge_toggles_json }}.forEach(function (name) { toggleOn[name] = false; });

  // vis-network shows a string title as text; an element lets the tooltip keep its lines.
  function tip(text) {
    var element = document.createElement("div");
    element.className = "dkg-tip";
    element.textContent = text;
    return element;
  }
  rawNodes.forEach(function (node) { if (node.title) { node.title = tip(node.title); } });
  rawEdges.forEach(function (edge) { if (edge.title) { edge.title = tip(edge.title); } });

  var nodes = new vis.DataSet(rawNodes);
  var edges = new vis.DataSet(rawEdges);
  var container = document.getElementById("dkg-network");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, options);
  window.dkgNetwork = network;

  var hiddenBy = {};
  Object.keys(toggles).forEach(function (group) {
    toggles[group].forEach(function (member) { hiddenBy[member] = group; });
  });
  var layerEdges = {};
  Object.keys(layers).forEach(function (name) {
    (layers[name].edges || []).forEach(function (id) { layerEdges[id] = true; });
  });
  // A link may name the view to open and the edge sets to show: page.html#layer=2024&show=a,b.
  var wanted = decodeURIComponent((location.hash.match(/layer=([^&]+)/) || [])[1] || "");
  var currentLayer = layers[wanted] ? wanted : initialLayer;
  decodeURIComponent((location.hash.match(/show=([^&]+)/) || [])[1] || "").split(",")
    .forEach(function (name) { if (name in toggleOn) { toggleOn[name] = true; } });

  function edgeHidden(edge) {
    if (edge.toggle && !toggleOn[edge.toggle]) { return true; }
    if (hiddenBy[edge.from] && nodes.get(edge.from).hidden) { return true; }
    if (hiddenBy[edge.to] && nodes.get(edge.to).hidden) { return true; }
    if (layerEdges[edge.id] && currentLayer !== null) {
      return (layers[currentLayer].edges || []).indexOf(edge.id) < 0;
    }
    return false;
  }
  function refreshEdges() {
    edges.update(edges.get().map(function (edge) {
      return { id: edge.id, hidden: edgeHidden(edge) };
    }));
  }
  // A node's box in canvas units: its shape and, when drawn, its label (vis-network measures
  // it once drawn); a node whose label is not drawn at this zoom counts with its shape only.
  function nodeBox(id, position) {
    var node = nodes.get(id);
    var p = position || network.getPositions([id])[id];
    if (minLabelPx > 0 && labelShown[id] === false) {
      var r = (node.size || 10) + 2;
      return { left: p.x - r, right: p.x + r, top: p.y - r, bottom: p.y + r };
    }
    var box = null;
    try { box = network.getBoundingBox(id); } catch (error) { box = null; }
    if (!box || !isFinite(box.left)) {
      box = { left: p.x - 40, right: p.x + 40, top: p.y - 30, bottom: p.y + 40 };
    }
    return box;
  }
  // vis-network's fit() leaves labels at the border cut off, so the page fits the view itself:
  // the visible nodes' bounding box plus a margin for labels.
  function fitView() {
    // Twice: which labels are drawn depends on the scale, and the box on those labels.
    fitOnce();
    if (minLabelPx > 0) { fitOnce(); }
  }
  function fitOnce() {
    var ids = nodes.getIds({ filter: function (n) { return !n.hidden; } });
    if (!ids.length) { return; }
    var left = Infinity, right = -Infinity, top = Infinity, bottom = -Infinity;
    var positions = network.getPositions(ids);
    ids.forEach(function (id) {
      var box = nodeBox(id, positions[id]);
      left = Math.min(left, box.left); right = Math.max(right, box.right);
      top = Math.min(top, box.top); bottom = Math.max(bottom, box.bottom);
    });
    var margin = 14;  // screen pixels round the drawing
    var scale = Math.min((container.clientWidth - 2 * margin) / (right - left),
                         (container.clientHeight - 2 * margin) / (bottom - top), 1.5);
    if (minLabelPx > 0) {
      // The labels every view shows (not the minor ones) are never drawn below minLabelPx.
      scale = Math.max(scale, minLabelPx / majorFont());
    }
    network.moveTo({ position: { x: (left + right) / 2, y: (top + bottom) / 2 },
                     scale: scale, animation: false });
    updateLabels();
  }
  function fontSize(item, defaults) {
    return (item.font && item.font.size) || defaults.font.size;
  }
  function majorFont() {
    return Math.min.apply(null, nodes.get({
      filter: function (n) { return !n.hidden && n.label && !n.minor; }
    }).map(function (n) { return fontSize(n, options.nodes); }).concat([1000]));
  }
  // Labels: with a minimum size, a label that would be drawn smaller is not drawn at all
  // (its text stays in the tooltip); zooming in brings it back, and so does clicking its
  // node or a neighbour.
  var labelShown = {};
  var edgeLabelShown = {};
  var pinned = {};
  var rawNodeById = {};
  rawNodes.forEach(function (raw) { rawNodeById[raw.id] = raw; });
  // The font as it is now (a layer may change its size), drawn or cleared; the colours are
  // those the page was given.
  function fontUpdate(current, raw, defaults, show) {
    var base = raw.font || {};
    var colour = base.color || defaults.font.color || "#343434";
    var stroke = base.strokeColor || defaults.font.strokeColor || "#ffffff";
    var clear = "rgba(0,0,0,0)";
    // The whole font, not only its colours: an update replaces the item's font object.
    return Object.assign({}, current.font || {}, { color: show ? colour : clear,
                                                   strokeColor: show ? stroke : clear });
  }
  function updateLabels(again) {
    if (!(minLabelPx > 0)) { return; }
    if (again) { labelShown = {}; }
    var scale = network.getScale();
    var nodeUpdates = [];
    nodes.get({ filter: function (n) { return !!n.label; } }).forEach(function (node) {
      var large = fontSize(node, options.nodes) * scale >= minLabelPx - 0.01;
      var show = (large && !node.labelHidden) || !!pinned[node.id];
      if (labelShown[node.id] !== show) {
        labelShown[node.id] = show;
        nodeUpdates.push({
          id: node.id, font: fontUpdate(node, rawNodeById[node.id], options.nodes, show)
        });
      }
    });
    var edgeUpdates = [];
    rawEdges.forEach(function (raw) {
      if (!raw.label) { return; }
      var show = fontSize(raw, options.edges) * scale >= minLabelPx - 0.01 ||
        (focused !== null && (raw.from === focused || raw.to === focused));
      if (edgeLabelShown[raw.id] !== show) {
        edgeLabelShown[raw.id] = show;
        edgeUpdates.push({ id: raw.id, font: fontUpdate(raw, raw, options.edges, show) });
      }
    });
    if (nodeUpdates.length) { nodes.update(nodeUpdates); }
    if (edgeUpdates.length) { edges.update(edgeUpdates); }
  }
  function drawnLabelPx(filter) {
    var scale = network.getScale();
    var sizes = nodes.get({ filter: function (n) {
      return !n.hidden && n.label && (minLabelPx > 0 ? labelShown[n.id] : true) && filter(n);
    } }).map(function (n) { return fontSize(n, options.nodes) * scale; });
    return sizes.length ? Math.round(Math.min.apply(null, sizes) * 10) / 10 : null;
  }
  // What a reader sees at this view, for tests: nodes outside the canvas, drawn labels that
  // overlap (node boxes with their labels, in screen pixels).
  function screenBoxes() {
    var ids = nodes.getIds({ filter: function (n) { return !n.hidden; } });
    var positions = network.getPositions(ids);
    return ids.map(function (id) {
      var box = nodeBox(id, positions[id]);
      var a = network.canvasToDOM({ x: box.left, y: box.top });
      var b = network.canvasToDOM({ x: box.right, y: box.bottom });
      return { id: id, left: a.x, top: a.y, right: b.x, bottom: b.y,
               labelled: !!nodes.get(id).label && (!(minLabelPx > 0) || labelShown[id]) };
    });
  }
  function viewFacts() {
    var boxes = screenBoxes();
    var width = container.clientWidth, height = container.clientHeight;
    var outside = boxes.filter(function (b) {
      return b.left < -1 || b.top < -1 || b.right > width + 1 || b.bottom > height + 1;
    }).length;
    var labelled = boxes.filter(function (b) { return b.labelled; });
    var overlaps = [];
    for (var i = 0; i < labelled.length; i++) {
      for (var j = i + 1; j < labelled.length; j++) {
        var a = labelled[i], b = labelled[j];
        var dx = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        var dy = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (dx > 2 && dy > 2) { overlaps.push([a.id, b.id]); }
      }
    }
    return { outside: outside, overlaps: overlaps };
  }
  function report() {
    var facts = viewFacts();
    var status = {
      ready: true,
      nodes: nodes.length,
      edges: edges.length,
      visibleNodes: nodes.get({ filter: function (n) { return !n.hidden; } }).length,
      visibleEdges: edges.get({ filter: function (e) { return !e.hidden; } }).length,
      layer: currentLayer,
      toggles: toggleOn,
      focused: focused,
      scale: Math.round(network.getScale() * 1000) / 1000,
      // The smallest node label drawn on screen, in CSS pixels, at the current view; the
      // smallest of the labels every view shows; how many labels wait for a closer view.
      minLabelPx: drawnLabelPx(function () { return true; }),
      majorLabelPx: drawnLabelPx(function (n) { return !n.minor; }),
      labelsHidden: Object.keys(labelShown).filter(function (id) {
        return !labelShown[id] && !nodes.get(id).hidden;
      }).length,
      edgeLabelsShown: Object.keys(edgeLabelShown).filter(function (id) {
        return edgeLabelShown[id] && !edges.get(id).hidden;
      }).length,
      nodesOutside: facts.outside,
      labelOverlaps: facts.overlaps,
      canvas: [container.clientWidth, container.clientHeight],
      errors: errors
    };
    document.getElementById("dkg-status").textContent = JSON.stringify(status);
    document.title = document.title.replace(/ \\[ready .*\\]$/, "") +
      " [ready " + status.nodes + "/" + status.edges + "]";
  }
  var tween = null;
  function moveTo(updates, done) {
    // Nodes glide to their new positions (about 0.6 s), so a reader sees who moved.
    if (tween) { cancelAnimationFrame(tween); tween = null; }
    var moves = updates.filter(function (u) { return u.x !== undefined && u.y !== undefined; });
    var start = {};
    var current = network.getPositions(moves.map(function (u) { return u.id; }));
    moves.forEach(function (u) { start[u.id] = current[u.id] || { x: u.x, y: u.y }; });
    var rest = updates.map(function (u) {
      var copy = Object.assign({}, u);
      if (moves.indexOf(u) >= 0) { delete copy.x; delete copy.y; }
      return copy;
    });
    nodes.update(rest);
    var began = null;
    function step(time) {
      if (began === null) { began = time; }
      var t = Math.min(1, (time - began) / 600);
      var ease = t < 0.5 ? 2 * t * t : 1 - Math.pow(-2 * t + 2, 2) / 2;
      nodes.update(moves.map(function (u) {
        var a = start[u.id];
        return { id: u.id, x: a.x + (u.x - a.x) * ease, y: a.y + (u.y - a.y) * ease };
      }));
      if (t < 1) { tween = requestAnimationFrame(step); } else { tween = null; done(); }
    }
    if (moves.length && document.visibilityState !== "hidden") {
      tween = requestAnimationFrame(step);
    } else {
      nodes.update(moves);
      done();
    }
  }
  function legendRow(row) {
    var element = document.createElement("div");
    element.className = "row";
    var swatch = document.createElement("span");
    swatch.className = "swatch " + row.shape;
    swatch.style.setProperty(row.property, row.colour);
    var text = document.createElement("span");
    text.textContent = row.label;
    element.appendChild(swatch);
    element.appendChild(text);
    return element;
  }
  function showLayer(name, animate) {
    currentLayer = name;
    var layer = layers[name];
    var finish = function () { refreshEdges(); refocus(); report(); };
    if (animate) { moveTo(layer.nodes || [], finish); } else { nodes.update(layer.nodes || []); }
    updateLabels(true);  // a layer may change which labels are large
    refreshEdges();
    var heading = document.getElementById("dkg-frame");
    if (heading) { heading.textContent = layer.heading || ""; }
    var warning = document.getElementById("dkg-warning");
    if (warning) { warning.textContent = layer.warning || ""; }
    var legendBox = document.getElementById("dkg-frame-legend");
    legendBox.textContent = "";
    (layerLegends[name] || []).forEach(function (row) { legendBox.appendChild(legendRow(row)); });
    document.querySelectorAll("#dkg-layers button").forEach(function (button) {
      button.classList.toggle("active", button.getAttribute("data-layer") === name);
    });
    var slider = document.getElementById("dkg-slider");
    if (slider) {
      slider.value = String(layerNames.indexOf(name));
      document.getElementById("dkg-slider-label").textContent = name;
    }
    if (!animate) { fitView(); }
    refocus();
    report();
  }
  var focused = null;
  var baseEdgeColour = {};
  edges.get().forEach(function (edge) { baseEdgeColour[edge.id] = edge.color; });
  function refocus() {
    if (focused === null || !nodes.get(focused) || nodes.get(focused).hidden) {
      focused = null;
    }
    var keep = {};
    if (focused !== null) {
      keep[focused] = true;
      network.getConnectedNodes(focused).forEach(function (id) {
        var edgeIds = network.getConnectedEdges(focused).filter(function (e) {
          var edge = edges.get(e);
          return edge && !edge.hidden && (edge.from === id || edge.to === id);
        });
        if (edgeIds.length) { keep[id] = true; }
      });
    }
    nodes.update(nodes.get().map(function (node) {
      return { id: node.id, opacity: focused === null || keep[node.id] ? 1 : 0.15 };
    }));
    edges.update(edges.get().map(function (edge) {
      var touches = edge.from === focused || edge.to === focused;
      var colour = baseEdgeColour[edge.id];
      if (focused !== null && !touches) {
        colour = Object.assign({}, typeof colour === "object" ? colour : { color: colour },
                               { opacity: 0.05 });
      }
      return { id: edge.id, color: colour };
    }));
  }
  function focusOn(id) {
    focused = id;
    refocus();
    pinned = {};
    if (id !== null) {
      pinned[id] = true;
      network.getConnectedNodes(id).forEach(function (other) { pinned[other] = true; });
      network.selectNodes([id]);
      network.focus(id, { scale: Math.max(network.getScale(), 1.0), animation: false });
    } else {
      network.unselectAll();
    }
    updateLabels();
    report();
  }
  network.on("click", function (params) {
    if (params.nodes.length === 1 && toggles[params.nodes[0]]) {
      var members = toggles[params.nodes[0]];
      var hide = !nodes.get(members[0]).hidden;
      nodes.update(members.map(function (id) { return { id: id, hidden: hide }; }));
      refreshEdges();
      report();
    } else if (params.nodes.length === 1) {
      focusOn(params.nodes[0] === focused ? null : params.nodes[0]);
    } else if (!params.edges.length && focused !== null) {
      focusOn(null);
    }
  });
  network.on("zoom", function () { updateLabels(); report(); });
  document.querySelectorAll("#dkg-layers button").forEach(function (button) {
    button.addEventListener("click", function () {
      showLayer(button.getAttribute("data-layer"), true);
    });
  });
  document.querySelectorAll("input[data-toggle]").forEach(function (box) {
    box.checked = toggleOn[box.getAttribute("data-toggle")];
    box.addEventListener("change", function () {
      toggleOn[box.getAttribute("data-toggle")] = box.checked;
      refreshEdges();
      report();
    });
  });
  var slider = document.getElementById("dkg-slider");
  var play = document.getElementById("dkg-play");
  var playing = null;
  function stopPlaying() {
    if (playing !== null) { clearInterval(playing); playing = null; }
    if (play) { play.textContent = "\u25b6 play"; }
  }
  if (slider) {
    slider.addEventListener("input", function () {
      stopPlaying();
      showLayer(layerNames[Number(slider.value)], true);
    });
  }
  if (play) {
    play.addEventListener("click", function () {
      if (playing !== null) { stopPlaying(); return; }
      var index = layerNames.indexOf(currentLayer);
      if (index >= layerNames.length - 1) { index = -1; }  // from the start again
      play.textContent = "\u275a\u275a pause";
      function step() {
        index += 1;
        showLayer(layerNames[index], true);
        if (index >= layerNames.length - 1) { stopPlaying(); }
      }
      step();
      playing = setInterval(step, 1600);
    });
  }
  var search = document.getElementById("dkg-search");
  if (search) {
    var names = document.getElementById("dkg-names");
    rawNodes.forEach(function (node) {
      if (hiddenBy[node.id]) { return; }
      var option = document.createElement("option");
      option.value = node.search || node.label || node.id;
      names.appendChild(option);
    });
    var find = function () {
      var wanted = search.value.trim().toLowerCase();
      if (!wanted) { focusOn(null); return; }
      var match = function (node) {
        return [node.search, node.label, node.id].some(function (text) {
          return text && String(text).toLowerCase() === wanted;
        });
      };
      var starts = function (node) {
        return [node.search, node.label].some(function (text) {
          return text && String(text).toLowerCase().indexOf(wanted) === 0;
        });
      };
      var found = rawNodes.filter(match)[0] || rawNodes.filter(starts)[0];
      var warning = document.getElementById("dkg-warning");
      if (!found) { return; }
      if (nodes.get(found.id).hidden) {
        if (warning) {
          warning.textContent = (found.search || found.label) + " is not drawn in " +
            (currentLayer || "this view") + ".";
        }
        return;
      }
      if (warning && currentLayer !== null) {
        warning.textContent = layers[currentLayer].warning || "";
      }
      focusOn(found.id);
    };
    search.addEventListener("change", find);
    search.addEventListener("keydown", function (event) { if (event.key === "Enter") { find(); } });
  }
  if (currentLayer !== null) { showLayer(currentLayer, false); } else { refreshEdges(); }
  // Headless and embedded frames may size the canvas after the first drawing: fit again.
  network.on("resize", function () { fitView(); });
  window.addEventListener("resize", function () { fitView(); });
  network.once("afterDrawing", function () {
    fitView();
    report();
  });
})();
</script>
</body>
</html>
"""
