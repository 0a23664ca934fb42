"""Interactive pages (pyvis / vis-network) and static plots (matplotlib) of the knowledge graph.

One job per module: ``page`` renders a self-contained HTML page, ``event`` draws the founding
event, ``alliances`` the agreement graph and a state's ego network (over ``kg.analysis``),
``plots`` the matplotlib figures, ``notebook`` shows a page inside Jupyter, ``browser`` opens a
page in headless Chromium and reports what vis.js drew.

Toolchain facts (measured here: pyvis 0.3.2, vis-network 9.1.2, Debian Chromium 156, 2 cores)
-----------------------------------------------------------------------------------------------
- pyvis 0.3.2 ships vis-network 9.0.4 and 9.1.2 (``pyvis/lib/vis-*/vis-network.min.js``,
  469 KB for 9.1.2, plus its CSS with data: images only) and tom-select; no Bootstrap.
  Its template links Bootstrap from a CDN whatever ``cdn_resources`` says, ``"in_line"``
  still references ``../node_modules/vis/dist/vis.js``, and ``write_html`` with the default
  ``"local"`` copies a ``lib/`` folder into the working directory. So pyvis is used only as
  the node/edge model here: :func:`kg.viz.page.render_page` inlines vis-network 9.1.2 from
  the pyvis package and templates the page with jinja2 (which pyvis brings). A
  Content-Security-Policy ``default-src 'none'`` in every page makes any stray request fail.
- vis-network shows a string ``title`` as plain text (no HTML) and collapses its newlines; the
  pages turn each title into a ``<div style="white-space: pre-line">`` with ``textContent``.
- Physics is off and positions come from networkx (spring layout, fixed seed, then label
  boxes pushed apart), so the drawing does not move; the page reports ``ready`` on the first
  ``afterDrawing`` event. networkx' Kamada-Kawai layout needs scipy, which is not a
  dependency. vis-network's own ``fit()`` left border labels cut off; the page fits the view
  to the visible nodes itself. pyvis' undirected mode drops a second edge between the same
  two nodes and scans all edges on every ``add_edge`` (quadratic): the pages stay "directed"
  and switch arrows off where a relation is symmetric.
- Headless Chromium (``apt-get install chromium``, about 20 s): ``--dump-dom`` with
  ``--virtual-time-budget`` runs the page's scripts and prints the DOM after them, so a test
  reads what vis.js drew from ``<div id="dkg-status">``; ``--screenshot`` writes a PNG.
  Each run takes 2-4 s. With ``--window-size=1200,900`` the page's viewport is 1200x757
  while it runs; the screenshot is then taken at 1200x900, so the drawing (fitted to the
  smaller viewport) leaves an empty band at the bottom. Console messages appear in stderr
  with ``--enable-logging=stderr --v=0``. Flags that keep it offline and working as root are
  in :mod:`kg.viz.browser`.
"""

from __future__ import annotations

from kg.lazy import lazy_attributes

#: public name → defining module; imported on first use, so ``dkg`` starts without pyvis.
_API = {
    # the founding event
    "event_network": "kg.viz.event",
    "event_summary": "kg.viz.event",
    "write_event_page": "kg.viz.event",
    # the alliance map in frames, and one state's closest and farthest
    "FormalAlliances": "kg.viz.alliances",
    "alliance_network": "kg.viz.alliances",
    "parse_periods": "kg.viz.alliances",
    "write_alliance_page": "kg.viz.alliances",
    "year_periods": "kg.viz.alliances",
    "ego_network": "kg.viz.ego",
    "write_ego_page": "kg.viz.ego",
    # world maps
    "agreement_map": "kg.viz.worldmap",
    "vote_map": "kg.viz.worldmap",
    "write_map": "kg.viz.worldmap",
    # figures
    "bloc_heatmap_figure": "kg.viz.plots",
    "movers_figure": "kg.viz.plots",
    "pair_series_figure": "kg.viz.plots",
    "save_figure": "kg.viz.plots",
    # names, notebooks, pages
    "bloc_names": "kg.viz.naming",
    "display_name": "kg.viz.naming",
    "show": "kg.viz.notebook",
    "layout_positions": "kg.viz.page",
    "new_network": "kg.viz.page",
    "render_page": "kg.viz.page",
    "write_page": "kg.viz.page",
}

__all__ = sorted(_API)


__getattr__ = lazy_attributes(_API, __name__, globals())
