"""One look for every picture: vote colours, fonts, the title and source lines, figure set-up.

Pages (:mod:`kg.viz.page`, :mod:`kg.viz.worldmap`) and matplotlib figures
(:mod:`kg.viz.plots`, and ``plot ideal``) take their colours and their source line from here,
so a Yes is the same green on the map, the event page and a chart, and every picture says
where its data come from and how recent they are.

Vote colours are Okabe-Ito (safe for the common colour-vision deficiencies): Yes bluish
green, No vermilion, Abstain yellow; a member that did not vote is dark grey, a state that was
not a member is light grey, and a ballot that the data do not hold is hatched, never painted
as an absence.

>>> VOTE_COLOURS["Y"], VOTE_LABELS["X"]
('#009E73', 'Did not vote')
>>> source_line("UN GA voting records", "2026-06-04")
'Source: UN GA voting records; data to 2026-06-04. Drawn by diplomatic-kg.'
>>> figure, axes = new_figure(6, 3, title="USA-GBR agreement", subtitle="GA, 1946-2026",
...                           source="Source: test")
>>> figure.get_suptitle(), axes.get_title(loc="left"), figure.get_supxlabel()
('USA-GBR agreement', 'GA, 1946-2026', 'Source: test')
"""

from __future__ import annotations

import io
import sys
from datetime import date
from pathlib import Path

import matplotlib

# Figures are made with Figure() and saved through their own canvas: no pyplot, no GUI
# backend, so nothing here chooses matplotlib's backend for the user.
matplotlib.rcParams["svg.hashsalt"] = "diplomatic-kg"
matplotlib.rcParams["svg.fonttype"] = "none"  # real <text>: searchable, countable

from matplotlib.axes import Axes  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402

from kg.vocabulary import OPTION_LABELS  # noqa: E402

__all__ = [
    "ABSENT_COLOUR",
    "ACCENT",
    "CATEGORICAL",
    "CHANGE_DOWN",
    "CHANGE_STEADY",
    "CHANGE_UP",
    "DASH",
    "FONT_FAMILY",
    "INK",
    "MUTED",
    "NOT_MEMBER_COLOUR",
    "ORGAN_NAMES",
    "SEQUENTIAL",
    "UNKNOWN_COLOUR",
    "VOTE_COLOURS",
    "VOTE_LABELS",
    "describe_source",
    "new_figure",
    "period_words",
    "source_line",
]

#: vote letter → colour and label (letters as the vote matrix and the queries give them)
VOTE_COLOURS = {"Y": "#009E73", "N": "#D55E00", "A": "#F0E442", "X": "#5f6368"}
VOTE_LABELS = OPTION_LABELS
UNKNOWN_COLOUR = "#9aa5b1"  # drawn hatched: the ballot exists but the data do not hold it
NOT_MEMBER_COLOUR = "#e4e4e4"
ABSENT_COLOUR = NOT_MEMBER_COLOUR
INK, MUTED = "#222222", "#666666"
#: a change of agreement: up, down, about the same (the ego map, the movers chart)
CHANGE_UP, CHANGE_DOWN, CHANGE_STEADY = "#1b7837", "#b2182b", "#455a64"
ACCENT = "#0072B2"  # the one highlight colour: the reference state, the series line
#: sequential scale, light (low agreement) to dark (high): ColorBrewer YlGnBu, 7 classes
SEQUENTIAL = ("#ffffcc", "#c7e9b4", "#7fcdbb", "#41b6c4", "#1d91c0", "#225ea8", "#0c2c84")
#: colours of categories (blocs, states' trajectories) in order; colour-blind-safe (Okabe-Ito,
#: then Tableau)
CATEGORICAL = (
    "#0072B2",
    "#D55E00",
    "#009E73",
    "#CC79A7",
    "#E69F00",
    "#56B4E9",
    "#8c564b",
    "#bcbd22",
    "#17becf",
    "#7f7f7f",
)
FONT_FAMILY = "DejaVu Sans"
DASH = "\u2013"  # en dash, for ranges: 141\u20135\u201335, 1946\u20132026
ORGAN_NAMES = {"GA": "General Assembly", "SC": "Security Council"}


def source_line(source: str, data_to: str | date | None = None) -> str:
    """The small line under every picture: where the data come from and how recent they are."""
    when = f"; data to {data_to}" if data_to else ""
    return f"Source: {source}{when}. Drawn by diplomatic-kg."


def describe_source(
    *,
    kg: Path | str | None = None,
    store: Path | str | None = None,
    votes: Path | str | None = None,
) -> str:
    """A reader's name for where the votes were read (the command's source option).

    >>> describe_source(votes="../shared/data/unga-history/votes.csv.gz")
    'UN General Assembly recorded votes (UN Digital Library, UNxml), file votes.csv.gz'
    >>> describe_source(kg="out/kg.trig")
    'UN voting records of the Ukraine roll calls (kg/data/votes), graph out/kg.trig'
    """
    if votes:
        return (
            "UN General Assembly recorded votes (UN Digital Library, UNxml), "
            f"file {Path(votes).name}"
        )
    if store:
        return f"UN voting records imported into the store {store}"
    return (
        f"UN voting records of the Ukraine roll calls (kg/data/votes), graph {kg or 'out/kg.trig'}"
    )


def period_words(first: str | date | None, last: str | date | None) -> str:
    """``1946\u20132026`` (en dash) for whole years apart, the two days otherwise, one day alone.

    >>> period_words("1946-01-26", "2026-06-04"), period_words("2025-02-24", "2025-02-24")
    ('1946\u20132026', '2025-02-24')
    """
    first, last = str(first or ""), str(last or "")
    if not first or first == last:
        return first or last
    if first[:4] != last[:4] and len(first) >= 4 and len(last) >= 4:
        return f"{first[:4]}{DASH}{last[:4]}"
    return f"{first} {DASH} {last}"


def new_figure(
    width: float, height: float, *, title: str, subtitle: str = "", source: str = ""
) -> tuple[Figure, Axes]:
    """A figure and its axes with the house title (what), subtitle (period, organ) and source.

    The title is bold at the top left, the subtitle a lighter line under it (the axes' left
    title), the source line small and grey in the bottom-left corner; a constrained layout
    keeps the axes clear of all three.
    """
    figure = Figure(figsize=(width, height), layout="constrained")
    figure.suptitle(title, x=0.01, ha="left", fontsize=12.5, fontweight="bold", color=INK)
    axes = figure.add_subplot()
    if subtitle:
        axes.set_title(subtitle, loc="left", fontsize=9.5, color=MUTED, pad=8)
    if source:
        # supxlabel, unlike a free figure.text, is given room by the constrained layout.
        figure.supxlabel(source, x=0.01, ha="left", fontsize=7.5, color=MUTED)
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    return figure, axes


def _png(figure: Figure) -> bytes:
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=110)
    return buffer.getvalue()


def _show_figures_in_notebooks() -> None:
    # A Figure made without pyplot has no picture in Jupyter until IPython knows how to draw
    # it: register it, so a cell that ends with a figure shows the figure. A kernel has
    # IPython loaded already; anywhere else there is no shell to register with.
    ipython = sys.modules.get("IPython")
    shell = ipython.get_ipython() if ipython is not None else None
    if shell is not None and hasattr(shell, "display_formatter"):
        shell.display_formatter.formatters["image/png"].for_type(Figure, _png)


_show_figures_in_notebooks()
