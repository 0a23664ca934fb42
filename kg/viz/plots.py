"""Static figures (matplotlib, PNG and SVG) for what reads better as a chart than a graph.

- :func:`pair_series_figure`: a pair's agreement per year: decade ticks, values written only
  at the ends and at the break, low-count years shaded, a partial last year flagged;
- :func:`movers_figure`: a dumbbell chart of the states whose agreement with a reference
  state changed most (before → after, with the joint votes behind each);
- :func:`bloc_heatmap_figure`: mean agreement within and between blocs on a scale fitted to
  the data.

Every figure carries a title (what), a subtitle (organ, period, measure) and a source line,
from :func:`kg.viz.style.new_figure`. All numbers come from :mod:`kg.analysis`;
:func:`save_figure` writes PNG and SVG atomically.

>>> from kg.analysis.matrix import VoteMatrix
>>> votes = [("USA", "r1", "Y"), ("RUS", "r1", "N"), ("USA", "r2", "N"), ("RUS", "r2", "N")]
>>> matrix = VoteMatrix.from_votes(votes, dates={"r1": "2022-03-02", "r2": "2025-02-24"})
>>> figure = pair_series_figure(matrix, "USA", "RUS", min_joint=1)
>>> figure.get_suptitle()
'Agreement of United States and Russian Federation, per year'
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.ticker import MultipleLocator

from kg.analysis import DEFAULT_MIN_JOINT_VOTES
from kg.analysis.agreement import agreement
from kg.analysis.matrix import VoteMatrix
from kg.analysis.shifts import breaks, reference_shift
from kg.errors import DataError
from kg.io import write_atomic
from kg.viz.naming import display_name
from kg.viz.style import (
    ACCENT,
    DASH,
    INK,
    MUTED,
    ORGAN_NAMES,
    VOTE_COLOURS,
    new_figure,
    period_words,
    source_line,
)

__all__ = [
    "bloc_heatmap_figure",
    "movers_figure",
    "pair_series_figure",
    "save_figure",
]

#: what a rule (the ``method`` column of kg.analysis results) is called in a subtitle
_METHODS = {
    "voeten": "Voeten's agreement index",
    "coincidence-2017": "State Department voting coincidence (2017 rule)",
    "coincidence-2021": "State Department voting coincidence (2021 rule)",
    "votes-only": "State Department voting coincidence (votes only)",
}
_LOW = "#d9d9d9"


def _organ_words(*matrices: VoteMatrix) -> str:
    organs = sorted({str(o) for m in matrices for o in m.rollcalls.get("organ", pd.Series())})
    return " and ".join(ORGAN_NAMES.get(organ, organ) for organ in organs) or "UN"


def _period(matrix: VoteMatrix) -> str:
    return period_words(*matrix.period())


def _source(source: str, *matrices: VoteMatrix) -> str:
    last = max((matrix.period()[1] for matrix in matrices), default="")
    return source_line(source or "UN voting records", last)


def pair_series_figure(
    matrix: VoteMatrix,
    state_a: str,
    state_b: str,
    method: str = "voeten",
    *,
    rules: str | None = None,
    min_joint: int = DEFAULT_MIN_JOINT_VOTES,
    source: str = "",
) -> Figure:
    """Agreement of two states per year; the largest well-supported change is marked.

    Values are written at the first and last year and on both sides of the break only; years
    resting on fewer than ``min_joint`` joint votes are shaded and drawn hollow; a last year
    that the data do not cover to 31 December is flagged with the day the data end. One
    coincidence rule serves the whole series (``rules`` forces one where the years span two).
    """
    series = breaks(
        matrix, state_a, state_b, method, rules=rules, by="year", min_joint_votes=min_joint
    )
    found = series.dropna(subset=["rank"])
    series = series.sort_values("year").reset_index(drop=True)
    years = series["year"].to_numpy()
    scores = series["score"].to_numpy(dtype=float)
    low = series["low_count"].to_numpy(dtype=bool)
    name_a, name_b = display_name(state_a), display_name(state_b)
    last_day = matrix.period()[1]
    partial = bool(last_day) and int(last_day[:4]) == years[-1] and last_day[5:] != "12-31"
    notes = [f"shaded: fewer than {min_joint} joint votes"]
    if partial:
        notes.append(f"{years[-1]} partial (data to {last_day}), drawn as a square")
    figure, axes = new_figure(
        8.6,
        4.4,
        title=f"Agreement of {name_a} and {name_b}, per year",
        subtitle=f"{_organ_words(matrix)}, {_period(matrix)} · "
        f"{_METHODS[series['method'].iloc[0]]}\n" + " · ".join(notes),
        source=_source(source, matrix),
    )
    for year in years[low]:
        axes.axvspan(year - 0.5, year + 0.5, color=_LOW, alpha=0.6, linewidth=0)
    axes.plot(years, scores, color=ACCENT, linewidth=1.8, zorder=3)
    solid = ~low
    if partial:
        solid[-1] = False
        axes.scatter(
            years[-1:], scores[-1:], s=30, marker="s", facecolor="white", edgecolor=ACCENT, zorder=5
        )
    axes.scatter(years[solid], scores[solid], s=12, color=ACCENT, zorder=4)
    axes.scatter(years[low], scores[low], s=16, facecolor="white", edgecolor=ACCENT, zorder=4)

    labelled: set[int] = set()

    def label(index: int, side: str = "above") -> Any:
        if index in labelled:
            return None
        labelled.add(index)
        offsets = {"above": (0, 7), "below": (0, -13), "left": (-6, -3), "right": (6, -3)}
        # The first year's value starts at its point, so it stays clear of the axis.
        start = index == 0 and side in ("above", "below")
        return axes.annotate(
            f"{scores[index]:.2f}",
            (years[index], scores[index]),
            textcoords="offset points",
            xytext=(-3, offsets[side][1]) if start else offsets[side],
            ha="left" if start else {"left": "right", "right": "left"}.get(side, "center"),
            fontsize=8.5,
            color=INK,
        )

    if not found.empty:  # the largest change between years each on enough votes
        top = found.iloc[0]
        after_index = int(np.flatnonzero(years == int(top["year"]))[0])
        middle = (top["previous"] + top["year"]) / 2
        axes.axvline(middle, color=VOTE_COLOURS["N"], linestyle="--", linewidth=1.2, zorder=2)
        fell = top["change"] < 0
        label(after_index - 1, "above" if fell else "below")
        label(after_index, "below" if fell else "above")
        right_half = middle > (years[0] + years[-1]) / 2
        axes.annotate(
            f"break {int(top['previous'])}{DASH}{int(top['year'])}: {top['change']:+.2f}\n"
            f"({int(top['previous_joint_votes'])} and {int(top['joint_votes'])} joint votes)",
            (middle, 0.03),
            xytext=(-5 if right_half else 5, 0),
            textcoords="offset points",
            ha="right" if right_half else "left",
            fontsize=8.5,
            color=VOTE_COLOURS["N"],
            va="bottom",
        )
    first = label(0, "below" if len(scores) > 1 and scores[1] > scores[0] else "above")
    label(len(years) - 1, "right")
    axes.set_ylim(-0.03, 1.08)
    axes.set_xlim(years[0] - 1, years[-1] + 1)
    if years[-1] - years[0] > 15:
        axes.xaxis.set_major_locator(MultipleLocator(10))
        axes.xaxis.set_minor_locator(MultipleLocator(1))
    else:
        axes.xaxis.set_major_locator(MultipleLocator(1 if years[-1] - years[0] < 8 else 2))
    axes.set_ylabel("agreement (1 = always alike)")
    axes.grid(axis="y", alpha=0.3)
    if first is not None:
        _clear_of_line(figure, axes.lines[0], first)
    return figure


def _clear_of_line(figure: Figure, line: Any, text: Any) -> None:
    """Move ``text`` (a value written at its point) to the first place the line does not
    cross: above, below, higher above, lower below. Where the line zigzags through all of
    them (USA-GBR, 1946-1948), the value stays above on a white ground drawn over the line."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    renderer = FigureCanvasAgg(figure).get_renderer()
    figure.draw_without_rendering()  # the constrained layout places the axes
    path = line.get_transform().transform_path(line.get_path())
    for offset in ((-3, 7), (-3, -13), (-3, 16), (-3, -22)):
        text.xyann = offset
        # A little inside the text's box: a line may touch its corners.
        if not path.intersects_bbox(text.get_window_extent(renderer).shrunk(0.9, 0.8), False):
            return
    text.xyann = (-3, 7)
    text.set_bbox({"boxstyle": "square,pad=0.15", "facecolor": "white", "edgecolor": "none"})
    text.set_zorder(line.get_zorder() + 3)


def movers_figure(
    before: VoteMatrix,
    after: VoteMatrix,
    reference: str,
    *,
    top: int = 15,
    method: str = "voeten",
    min_joint: int = DEFAULT_MIN_JOINT_VOTES,
    source: str = "",
) -> Figure:
    """A dumbbell per state: agreement with ``reference`` before (grey) and after (coloured).

    The ``top`` largest changes among states with at least ``min_joint`` joint votes with the
    reference in both periods, ranked by :func:`kg.analysis.shifts.rank_changes` (ties: more
    joint votes first). Each row says ``n``.
    """
    shift = reference_shift(before, after, reference, method, min_joint_votes=min_joint)
    ranked = shift[shift["rank"].notna()]
    shown = ranked.head(top).iloc[::-1]
    if shown.empty:
        raise DataError(
            f"no state has {min_joint} joint votes with {reference} in both periods",
            fix="widen the periods or lower --min-joint",
        )
    notes = [f"states with at least {min_joint} joint votes in both periods"]
    # A cut through states tied on change and votes: nothing ranks the drawn ones first.
    last = ranked["rank"] == shown["rank"].iloc[0]
    if last.sum() > (shown["rank"] == shown["rank"].iloc[0]).sum():
        notes.append(
            f"{last.sum()} states tie at {shown['change'].iloc[0]:+.2f} on the same votes; "
            f"{(shown['rank'] == shown['rank'].iloc[0]).sum()} drawn, by code"
        )
    rows = np.arange(len(shown))
    figure, axes = new_figure(
        8.6,
        1.5 + 0.34 * len(shown),
        title=f"Largest movers: agreement with {display_name(reference)}",
        subtitle=f"{_organ_words(before, after)}, {_period(before)} → {_period(after)} · "
        f"{_METHODS[shift['method'].iloc[0]]}\n" + " · ".join(notes),
        source=_source(source, before, after),
    )
    colours = [VOTE_COLOURS["Y"] if change > 0 else VOTE_COLOURS["N"] for change in shown["change"]]
    axes.hlines(rows, shown["before"], shown["after"], color=colours, linewidth=2.2, zorder=2)
    axes.scatter(shown["before"], rows, s=34, color="#9e9e9e", zorder=3, label="before")
    axes.scatter(shown["after"], rows, s=44, color=colours, zorder=4, label="after")
    for row, item in zip(rows, shown.itertuples(index=False), strict=True):
        axes.annotate(
            f"{item.before:.2f} → {item.after:.2f}  (n {item.before_joint} / {item.after_joint})",
            (1.02, row),
            xycoords=("axes fraction", "data"),
            va="center",
            fontsize=8,
            color=MUTED,
        )
    axes.set_yticks(rows, [display_name(state) for state in shown["state"]], fontsize=9)
    axes.set_xlim(-0.02, 1.02)
    axes.set_xlabel(f"agreement with {display_name(reference)} (grey: before, colour: after)")
    axes.grid(axis="x", alpha=0.3)
    return figure


def bloc_heatmap_figure(
    matrix: VoteMatrix,
    blocs: dict[str, str],
    method: str = "voeten",
    *,
    names: dict[str, str] | None = None,
    source: str = "",
) -> Figure:
    """Mean pairwise agreement within (diagonal) and between blocs, on a fitted scale.

    ``blocs`` maps state → bloc id, ``names`` bloc id → the name shown (default: the id's
    display name). Blocs with no member in ``matrix`` are left out, so no row is empty.
    """
    result = agreement(matrix, method)
    scores = pd.DataFrame(result.scores, index=result.states, columns=result.states)
    members = pd.Series(blocs).loc[lambda series: series.index.isin(scores.index)]
    order = members.value_counts().index.tolist()
    table = pd.DataFrame(index=order, columns=order, dtype=float)
    for first in order:
        for second in order:
            block = scores.loc[members[members == first].index, members[members == second].index]
            values = block.to_numpy(dtype=float)
            if first == second:
                values = values[~np.eye(len(values), dtype=bool)] if len(values) > 1 else values
            table.loc[first, second] = np.nanmean(values) if np.isfinite(values).any() else np.nan
    keep = [bloc for bloc in order if table.loc[bloc].notna().any()]
    table = table.loc[keep, keep]
    values = table.to_numpy(dtype=float)
    low = np.floor(np.nanmin(values) * 20) / 20 if np.isfinite(values).any() else 0.0
    high = np.ceil(np.nanmax(values) * 20) / 20 if np.isfinite(values).any() else 1.0
    side = max(4.8, 1.6 + 0.95 * len(keep))
    figure, axes = new_figure(
        side + 2.4,
        side,
        title="Agreement within and between voting blocs",
        subtitle=f"{_organ_words(matrix)}, {_period(matrix)} · {_METHODS[result.method]}\n"
        f"{int(members.isin(keep).sum())} states in {len(keep)} blocs (Louvain)"
        + (
            f"; {int((~members.isin(keep)).sum())} without enough joint votes left out"
            if len(keep) < len(order)
            else ""
        ),
        source=_source(source, matrix),
    )
    image = axes.imshow(values, vmin=low, vmax=max(high, low + 0.05), cmap="YlGnBu")
    labels = [
        f"{(names or {}).get(bloc) or display_name(bloc)}\n({(members == bloc).sum()} states)"
        for bloc in keep
    ]
    axes.set_xticks(range(len(keep)), labels, fontsize=8, rotation=30, ha="right")
    axes.set_yticks(range(len(keep)), labels, fontsize=8)
    middle = (low + high) / 2
    for row in range(len(keep)):
        for column in range(len(keep)):
            value = values[row, column]
            if not np.isnan(value):
                axes.text(
                    column,
                    row,
                    f"{value:.2f}",
                    ha="center",
                    va="center",
                    fontsize=9,
                    color="white" if value > middle else INK,
                )
    for side_name in ("left", "bottom"):
        axes.spines[side_name].set_visible(False)
    figure.colorbar(image, ax=axes, label="mean agreement", shrink=0.8)
    return figure


def save_figure(figure: Figure, stem: Path | str) -> list[Path]:
    """Write ``stem.png`` (150 dpi) and ``stem.svg`` atomically; returns both paths."""
    stem = Path(stem)
    written = []
    for suffix, options in (("png", {"dpi": 150}), ("svg", {})):
        buffer = io.BytesIO()
        # No date (and the fixed hash salt in kg.viz.style) keep the SVG byte-identical.
        figure.savefig(
            buffer, format=suffix, metadata={"Date": None} if suffix == "svg" else None, **options
        )
        written.append(write_atomic(stem.with_suffix(f".{suffix}"), buffer.getvalue()))
    return written
