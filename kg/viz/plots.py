"""Static figures (matplotlib, PNG and SVG) for what reads better as a chart than a graph.

- :func:`pair_series_figure`: a pair's agreement per year with the largest break marked;
- :func:`bloc_heatmap_figure`: mean agreement within and between blocs;
- :func:`movers_figure`: the states whose agreement with a reference state changed most.

All numbers come from :mod:`kg.analysis`; :func:`save_figure` writes PNG and SVG atomically.

>>> from kg.analysis.matrix import VoteMatrix
>>> votes = [("USA", "r1", "Y"), ("RUS", "r1", "N"), ("USA", "r2", "N"), ("RUS", "r2", "N")]
>>> matrix = VoteMatrix.from_votes(votes, dates={"r1": "2022-03-02", "r2": "2025-02-24"})
>>> figure = pair_series_figure(matrix, "USA", "RUS")
>>> figure.axes[0].get_ylabel()
'agreement (voeten)'
"""

from __future__ import annotations

import io
from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # files only: no display here, in CI or in a notebook kernel
matplotlib.rcParams["svg.hashsalt"] = "diplomatic-kg"

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402

from kg.analysis.agreement import agreement  # noqa: E402
from kg.analysis.matrix import VoteMatrix  # noqa: E402
from kg.analysis.shifts import agreement_series, reference_shift  # noqa: E402
from kg.io import write_atomic  # noqa: E402

__all__ = [
    "bloc_heatmap_figure",
    "movers_figure",
    "pair_series_figure",
    "save_figure",
]


def pair_series_figure(
    matrix: VoteMatrix, state_a: str, state_b: str, method: str = "voeten"
) -> Figure:
    """Agreement of two states per year; the largest year-to-year change is marked."""
    series = agreement_series(matrix, [(state_a, state_b)], method, by="year")
    series = series.sort_values("period")
    years = series["period"].astype(int).to_numpy()
    scores = series["score"].to_numpy(dtype=float)
    figure = Figure(figsize=(7.5, 4.2), layout="constrained")
    axes = figure.add_subplot()
    axes.plot(years, scores, marker="o", color="#0072B2", linewidth=2)
    for year, score, joint in zip(years, scores, series["joint_votes"], strict=True):
        axes.annotate(
            f"{score:.2f}\n({joint} votes)",
            (year, score),
            textcoords="offset points",
            xytext=(0, 8),
            ha="center",
            fontsize=8,
        )
    if len(scores) > 1:
        changes = np.abs(np.diff(scores))
        largest = int(np.argmax(changes))
        middle = (years[largest] + years[largest + 1]) / 2
        axes.axvline(middle, color="#b2182b", linestyle="--", linewidth=1.5)
        axes.text(
            middle,
            0.5,
            f" break: {scores[largest + 1] - scores[largest]:+.2f}",
            color="#b2182b",
            rotation=90,
            va="center",
            ha="right",
            fontsize=9,
        )
    axes.set_ylim(-0.05, 1.15)
    axes.set_xticks(years)
    axes.set_xlabel("year")
    axes.set_ylabel(f"agreement ({method})")
    axes.set_title(f"{state_a}-{state_b} agreement per year")
    axes.grid(alpha=0.3)
    return figure


def bloc_heatmap_figure(
    matrix: VoteMatrix, blocs: dict[str, str], method: str = "voeten"
) -> Figure:
    """Mean pairwise agreement within (diagonal) and between blocs (named after anchors)."""
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
            table.loc[first, second] = np.nanmean(values) if np.size(values) else np.nan
    side = max(4.5, 1.2 + 1.0 * len(order))
    figure = Figure(figsize=(side + 1.6, side), layout="constrained")
    axes = figure.add_subplot()
    image = axes.imshow(table.to_numpy(dtype=float), vmin=0, vmax=1, cmap="RdYlBu")
    labels = [f"{anchor}\n({(members == anchor).sum()})" for anchor in order]
    axes.set_xticks(range(len(order)), labels, fontsize=8)
    axes.set_yticks(range(len(order)), labels, fontsize=8)
    for row in range(len(order)):
        for column in range(len(order)):
            value = table.iat[row, column]
            if not np.isnan(value):
                colour = "white" if value < 0.2 or value > 0.8 else "black"
                axes.text(
                    column, row, f"{value:.2f}", ha="center", va="center", fontsize=9, color=colour
                )
    axes.set_xlabel("bloc (anchor state, members)")
    axes.set_ylabel("bloc (anchor state, members)")
    axes.set_title(f"Agreement within and between blocs\n({method}, {len(members)} states)")
    figure.colorbar(image, ax=axes, label="mean agreement")
    return figure


def movers_figure(
    before: VoteMatrix,
    after: VoteMatrix,
    reference: str,
    *,
    top: int = 15,
    method: str = "voeten",
) -> Figure:
    """Horizontal bars: the ``top`` states whose agreement with ``reference`` changed most."""
    shift = reference_shift(before, after, reference, method)
    shift = shift[shift["state"] != reference].dropna(subset=["change"]).head(top)
    shift = shift.iloc[::-1]
    figure = Figure(figsize=(7.5, 0.9 + 0.32 * len(shift)), layout="constrained")
    axes = figure.add_subplot()
    colours = ["#1b7837" if change > 0 else "#b2182b" for change in shift["change"]]
    axes.barh(shift["state"], shift["change"], color=colours)
    axes.axvline(0, color="#333333", linewidth=0.8)
    axes.set_xlim(-1.05, 1.05)
    axes.set_xlabel(f"change of agreement with {reference} ({method})")
    axes.set_ylabel("state")
    axes.set_title(f"Largest movers relative to {reference}")
    axes.grid(axis="x", alpha=0.3)
    return figure


def save_figure(figure: Figure, stem: Path | str) -> list[Path]:
    """Write ``stem.png`` (150 dpi) and ``stem.svg`` atomically; returns both paths."""
    stem = Path(stem)
    written = []
    for suffix, options in (("png", {"dpi": 150}), ("svg", {})):
        buffer = io.BytesIO()
        # No date (and the fixed hash salt above) keep the SVG byte-identical between runs.
        figure.savefig(
            buffer, format=suffix, metadata={"Date": None} if suffix == "svg" else None, **options
        )
        written.append(write_atomic(stem.with_suffix(f".{suffix}"), buffer.getvalue()))
    return written
