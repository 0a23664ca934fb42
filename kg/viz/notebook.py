"""Show a page inside Jupyter (JupyterLab, VS Code, Colab) in an isolated iframe.

Plain pyvis output is blank in several front ends (scripts in output cells are blocked or
the page's CDN links fail offline). :func:`show` puts the whole self-contained page into an
``<iframe srcdoc=…>``, which every front end renders, sandboxed from the notebook.

>>> from kg.viz.page import new_network
>>> network = new_network()
>>> network.add_node("USA", label="USA", x=0, y=0)
>>> html = iframe_html(network, title="one state")
>>> html.startswith("<iframe") and "srcdoc=" in html and "sandbox=" in html
True
"""

from __future__ import annotations

import html
import warnings
from pathlib import Path
from typing import Any

from pyvis.network import Network

from kg.viz.page import render_page

__all__ = ["iframe_html", "show"]


def iframe_html(
    network_or_path: Network | Path | str, *, height: int = 720, title: str = "graph", **page: Any
) -> str:
    """An ``<iframe>`` element holding the page (a network, or an HTML file written before)."""
    if isinstance(network_or_path, Network):
        document = render_page(network_or_path, title=title, **page)
    else:
        document = Path(network_or_path).read_text(encoding="utf-8")
    return (
        f'<iframe srcdoc="{html.escape(document, quote=True)}" sandbox="allow-scripts" '
        f'style="width: 100%; height: {int(height)}px; border: 1px solid #ddd;"></iframe>'
    )


def show(network_or_path: Network | Path | str, *, height: int = 720, **page: Any) -> Any:
    """Display the page inline in a notebook; returns an ``IPython.display.HTML`` object.

    Outside IPython (where the package is missing) it returns the iframe's HTML as a string.
    """
    markup = iframe_html(network_or_path, height=height, **page)
    try:
        from IPython.display import HTML
    except ImportError:
        return markup
    with warnings.catch_warnings():
        # IPython suggests IFrame(src=…) for an <iframe>; srcdoc needs no file or server.
        warnings.simplefilter("ignore", UserWarning)
        return HTML(markup)
