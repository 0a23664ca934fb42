"""Show a page inside Jupyter (JupyterLab, VS Code, Colab) in an isolated iframe.

Plain pyvis output is blank in several front ends (scripts in output cells are blocked or
the page's CDN links fail offline). :func:`show` puts the whole self-contained page into an
``<iframe srcdoc=…>``, which every front end renders, sandboxed from the notebook. A network
built by :mod:`kg.viz` carries its page (title, legend, period buttons, slider) in
``network.dkg["page"]``, so ``show(network)`` gives the same page as the file; a world map
(an HTML string) or a page written before (a path) is shown as it is.

>>> from kg.viz.page import new_network
>>> network = new_network()
>>> network.add_node("USA", label="USA", x=0, y=0)
>>> html = iframe_html(network, title="one state")
>>> html.startswith("<iframe") and "srcdoc=" in html and "sandbox=" in html
True
>>> "one state" in iframe_html("<!DOCTYPE html><title>one state</title>")
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


def iframe_html(page: Network | Path | str, *, height: int = 720, **options: Any) -> str:
    """An ``<iframe>`` holding the page: a network, an HTML document, or a file written before.

    ``options`` override the network's own page options (``render_page`` arguments).
    """
    if isinstance(page, Network):
        dkg = getattr(page, "dkg", {}) or {}
        arguments = {**dkg.get("page", {"title": "graph"}), **options}
        document = render_page(page, **arguments)
    elif isinstance(page, str) and page.lstrip().lower().startswith("<!doctype html"):
        document = page
    else:
        document = Path(page).read_text(encoding="utf-8")
    # The cell's width, a height that holds the page: the page fits its drawing to the frame.
    return (
        f'<iframe srcdoc="{html.escape(document, quote=True)}" sandbox="allow-scripts" '
        f'style="width: 100%; height: {int(height)}px; border: 1px solid #ddd;"></iframe>'
    )


def show(page: Network | Path | str, *, height: int = 720, **options: Any) -> Any:
    """Display the page inline in a notebook; returns an ``IPython.display.HTML`` object.

    Its ``data`` is :func:`iframe_html`'s markup.
    """
    from IPython.display import HTML  # IPython's import is slow; a notebook has it loaded

    markup = iframe_html(page, height=height, **options)
    with warnings.catch_warnings():
        # IPython suggests IFrame(src=…) for an <iframe>; srcdoc needs no file or server.
        warnings.simplefilter("ignore", UserWarning)
        return HTML(markup)
