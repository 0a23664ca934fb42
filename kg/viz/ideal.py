"""Ideal points as pictures: trajectories with their intervals, and one session's spread.

:func:`ideal_figure` draws chosen states' ideal points session by session (the line is the
estimate, the band its 95% interval, each state named at its last point); given a session it
adds a strip below: every state of that session along the same scale, the chosen ones
coloured. The numbers come from :func:`kg.analysis.ideal.ideal_points`; title, subtitle and
source line from :func:`kg.viz.style.new_figure`.

>>> from kg.analysis.ideal import ideal_points, simulate_votes
>>> matrix, _ = simulate_votes(states=8, sessions=4, rollcalls=12, seed=0)
>>> table = ideal_points(matrix).table
>>> figure = ideal_figure(table, ["USA", "S001"], strip_session=4)
>>> figure.get_suptitle()
'Ideal points in the UN General Assembly, 1946\u20131949'
>>> len(figure.axes)
2
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.ticker import MultipleLocator

from kg.analysis.ideal import DEFAULT_BASE, FIRST_YEAR
from kg.errors import DataError
from kg.viz.naming import display_name
from kg.viz.style import (
    CATEGORICAL,
    DASH,
    INK,
    MUTED,
    NOT_MEMBER_COLOUR,
    new_figure,
    source_line,
)

__all__ = ["TRAJECTORY_COLOURS", "ideal_figure"]

#: one colour per state drawn: the shared categorical palette, eight of them
TRAJECTORY_COLOURS = CATEGORICAL[:8]


def ideal_figure(
    table: pd.DataFrame,
    states: list[str],
    *,
    strip_session: int | None = None,
    base: tuple[int, int] = DEFAULT_BASE,
    source: str = "",
    data_to: str = "",
) -> Figure:
    """Trajectories of ``states`` (registry codes) from an ideal-point table.

    Parameters
    ----------
    table : pandas.DataFrame
        ``state, session, year, ideal, lower, upper, votes`` as
        :attr:`kg.analysis.ideal.IdealPoints.table` gives it (any selection of years).
    states : list of str
        The states to draw, at most eight (one colour each).
    strip_session : int, optional
        A regular session: add a strip of every state's point in it below the trajectories.
    base : (int, int)
        The sessions the scale is standardised over, named in the subtitle.
    source, data_to : str
        Where the votes came from and their last date, for the source line.
    """
    if not states:
        raise DataError("no state to draw", fix="name one or more states, e.g. USA RUS CHN")
    if len(states) > len(TRAJECTORY_COLOURS):
        raise DataError(
            f"{len(states)} states are too many for one picture",
            fix=f"name at most {len(TRAJECTORY_COLOURS)}",
        )
    missing = [state for state in states if state not in set(table["state"])]
    if missing:
        raise DataError(
            f"no ideal point for {', '.join(missing)} in this selection",
            fix="check the codes and the period",
        )
    first_year, last_year = int(table["year"].min()), int(table["year"].max())
    strip = None
    if strip_session is not None:
        strip = table[(table["session"] == strip_session) & (table["votes"] > 0)]
        if strip.empty:
            raise DataError(
                f"no state voted in session {strip_session} of this selection",
                fix="give a session within the period, e.g. 80 for 2025",
            )
    base_years = f"{base[0] + FIRST_YEAR}{DASH}{base[1] + FIRST_YEAR}"
    chosen = table[table["state"].isin(states)]
    quiet = bool((chosen["votes"] == 0).any())
    figure, axes = new_figure(
        9.0,
        6.4 if strip is not None else 4.8,
        title=f"Ideal points in the UN General Assembly, {first_year}{DASH}{last_year}",
        subtitle="one dimension estimated from all recorded votes, per regular session; "
        "higher = closer to the United States\n"
        f"bands: 95% intervals · scale: mean 0, standard deviation 1 over {base_years}"
        + (" · dashed: no vote that session" if quiet else ""),
        source=source_line(source or "UN General Assembly recorded votes", data_to or None),
    )
    _trajectories(axes, table, states, first_year, last_year)
    if strip is not None:
        grid = figure.add_gridspec(2, 1, height_ratios=(3.2, 1.25))
        axes.set_subplotspec(grid[0])
        _strip(figure.add_subplot(grid[1]), strip, states, strip_session)
    return figure


def _trajectories(axes, table: pd.DataFrame, states: list[str], first: int, last: int) -> None:
    years = np.arange(first, last + 1)
    ends = []
    for state, colour in zip(states, TRAJECTORY_COLOURS, strict=False):
        rows = table[table["state"] == state].set_index("year").reindex(years)
        # Years the state was not on record (not a member) break its line. In a session it
        # was on record but cast no vote (South Africa 1974-1993, kept out of the Assembly)
        # the estimate only joins its neighbours: a thin dashed line, no band.
        voted = (rows["votes"] > 0).to_numpy()
        quiet = ~voted & rows["ideal"].notna().to_numpy()
        joined = quiet | np.roll(quiet, 1) & (years > first) | np.roll(quiet, -1) & (years < last)
        axes.fill_between(
            years, rows["lower"].where(voted), rows["upper"].where(voted), color=colour,
            alpha=0.16, linewidth=0,
        )  # fmt: skip
        if quiet.any():
            axes.plot(years, rows["ideal"].where(joined), color=colour, linewidth=1.0,
                      linestyle=(0, (3, 2)), label="no vote")  # fmt: skip
        axes.plot(years, rows["ideal"].where(voted), color=colour, linewidth=1.8)
        known = rows["ideal"].dropna()
        ends.append((float(known.iloc[-1]), int(known.index[-1]), state, colour))
    axes.axhline(0.0, color=MUTED, linewidth=0.6, linestyle=":", zorder=1)
    voted = set(table.loc[table["votes"] > 0, "year"])
    for year in years[~np.isin(years, list(voted))]:  # 1964: the 19th session took no vote
        axes.axvspan(year - 0.5, year + 0.5, color=NOT_MEMBER_COLOUR, linewidth=0, zorder=0)
        axes.annotate(
            f"{year}: no recorded vote",
            (year, 1.0),
            xycoords=("data", "axes fraction"),
            xytext=(2, -4),
            textcoords="offset points",
            rotation=90,
            ha="left",
            va="top",
            fontsize=7,
            color=MUTED,
        )
    span = float(np.nanmax(table.loc[table["state"].isin(states), "upper"])) - float(
        np.nanmin(table.loc[table["state"].isin(states), "lower"])
    )
    for position, (value, year, state, colour) in zip(
        _spread([end[0] for end in ends], 0.06 * span), ends, strict=True
    ):
        axes.annotate(
            f"{display_name(state)} {value:+.2f}",
            (year, value),
            xytext=(last + 0.02 * (last - first + 1) + 0.5, position),
            textcoords="data",
            fontsize=8.5,
            color=colour,
            va="center",
            arrowprops={"arrowstyle": "-", "color": colour, "linewidth": 0.5, "alpha": 0.6},
        )
    axes.set_xlim(first - 0.5, last + 0.5)
    axes.set_ylabel("ideal point", color=INK)
    if last - first > 15:
        axes.xaxis.set_major_locator(MultipleLocator(10))
        axes.xaxis.set_minor_locator(MultipleLocator(1))
    axes.tick_params(labelsize=8.5, colors=INK)


def _spread(values: list[float], gap: float) -> list[float]:
    """Label heights near ``values`` but at least ``gap`` apart, in the same order.

    >>> [round(v, 3) for v in _spread([1.0, 1.01, 3.0], 0.5)]
    [0.755, 1.255, 3.0]
    """
    order = np.argsort(values, kind="stable")
    placed = np.asarray(values, dtype=float)[order].copy()
    for _ in range(50):  # push neighbours apart until every pair is far enough
        moved = False
        for k in range(1, len(placed)):
            overlap = gap - (placed[k] - placed[k - 1])
            if overlap > 1e-9:
                placed[k - 1] -= overlap / 2
                placed[k] += overlap / 2
                moved = True
        if not moved:
            break
    result = np.empty_like(placed)
    result[order] = placed
    return result.tolist()


def _strip(axes, strip: pd.DataFrame, states: list[str], session: int) -> None:
    """Every state of one session along the ideal-point axis, stacked where they crowd."""
    values = strip["ideal"].to_numpy()
    order = np.argsort(values, kind="stable")
    width = (values.max() - values.min()) / 60 or 1.0
    heights = np.zeros(len(values))
    bins = np.floor((values - values.min()) / width).astype(int)
    for rank, position in enumerate(order):
        heights[position] = np.sum(bins[order[:rank]] == bins[position])
    chosen = strip["state"].isin(states).to_numpy()
    axes.scatter(values[~chosen], heights[~chosen], s=14, color=NOT_MEMBER_COLOUR, edgecolor=MUTED,
                 linewidth=0.4)  # fmt: skip
    for state, colour in zip(states, TRAJECTORY_COLOURS, strict=False):
        row = np.flatnonzero(strip["state"].to_numpy() == state)
        if not len(row):
            continue
        axes.scatter(values[row], heights[row], s=34, color=colour, edgecolor="white", zorder=3)
    year = session + FIRST_YEAR
    axes.set_title(
        f"all {len(values)} states voting in session {session} ({year}); "
        "the states above in their colours",
        loc="left",
        fontsize=9,
        color=MUTED,
    )
    axes.set_yticks([])
    for side in ("top", "right", "left"):
        axes.spines[side].set_visible(False)
    axes.set_xlabel("ideal point", fontsize=8.5, color=INK)
    axes.set_ylim(-0.8, max(heights.max(), 1) + 2.2)
    axes.tick_params(labelsize=8.5, colors=INK)
