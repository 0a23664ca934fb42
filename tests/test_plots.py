"""The matplotlib figures: titles, sources, breaks, n, and how much text they carry."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import HISTORY_VOTES, needs_history

from kg.analysis.matrix import VoteMatrix
from kg.analysis.tidy import read_tidy
from kg.viz.plots import (
    bloc_heatmap_figure,
    movers_figure,
    pair_series_figure,
    save_figure,
)


@pytest.fixture(scope="module")
def history():
    return read_tidy(HISTORY_VOTES).select(organ="GA")


def _texts(svg: Path) -> int:
    return len(re.findall(r"<text\b", svg.read_text(encoding="utf-8")))


def _small() -> VoteMatrix:
    # USA and GBR agree in 2000-2001, split in 2002; 2003 has only one roll call.
    votes, dates = [], {}
    for year, pattern, count in (
        (2000, "YY", 12),
        (2001, "YY", 12),
        (2002, "YN", 12),
        (2003, "YN", 1),
    ):
        for index in range(count):
            rollcall = f"r{year}-{index}"
            dates[rollcall] = f"{year}-03-{index + 1:02d}"
            votes += [("USA", rollcall, pattern[0]), ("GBR", rollcall, pattern[1])]
    return VoteMatrix.from_votes(votes, dates=dates)


def test_a_break_needs_enough_votes_on_both_sides():
    figure = pair_series_figure(_small(), "USA", "GBR", min_joint=10)
    texts = [text.get_text() for text in figure.axes[0].texts]
    assert any(text.startswith("break 2001\u20132002: -1.00") for text in texts)
    # 2003 rests on one vote: shaded, never a break; and partial (data end in March).
    assert "2003 partial (data to 2003-03-01)" in figure.axes[0].get_title(loc="left")
    figure = pair_series_figure(_small(), "USA", "GBR", min_joint=13)
    assert not any(text.get_text().startswith("break") for text in figure.axes[0].texts)


@needs_history
def test_usa_gbr_series_reads_at_a_glance(history, tmp_path):
    figure = pair_series_figure(history, "USA", "GBR", source="test source")
    _png, svg = save_figure(figure, tmp_path / "series")
    assert _texts(svg) <= 40
    assert figure.get_suptitle() == "Agreement of United States and United Kingdom, per year"
    assert "General Assembly, 1946\u20132026" in figure.axes[0].get_title(loc="left")
    assert "data to 2026-06-04" in figure.get_supxlabel()
    assert [tick for tick in figure.axes[0].get_xticks() if 1946 <= tick <= 2026] == [
        1950.0,
        1960.0,
        1970.0,
        1980.0,
        1990.0,
        2000.0,
        2010.0,
        2020.0,
    ]
    breaks = [t.get_text() for t in figure.axes[0].texts if t.get_text().startswith("break")]
    assert breaks == ["break 2024\u20132025: -0.51\n(91 and 184 joint votes)"]


@needs_history
def test_usa_rus_break_rests_on_enough_votes(history):
    figure = pair_series_figure(history, "USA", "RUS")
    (label,) = [t.get_text() for t in figure.axes[0].texts if t.get_text().startswith("break")]
    before, after = map(int, re.search(r"\((\d+) and (\d+) joint", label).groups())
    assert min(before, after) >= 10 and "1953" not in label
    # It is the break dkg analyze breaks ranks first.
    assert label.startswith("break 1970\u20131971: +0.21")
    # The first year's value is written inside the axes, clear of the y axis.
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    renderer = FigureCanvasAgg(figure).get_renderer()
    axes = figure.axes[0]
    first = next(t for t in axes.texts if t.get_text() == "0.35")
    assert first.get_window_extent(renderer).x0 > axes.get_window_extent(renderer).x0


@needs_history
def test_movers_dumbbell_says_before_after_and_n(history):
    before = history.select(start="2022-01-01", end="2024-12-31")
    after = history.select(start="2025-01-01")
    figure = movers_figure(before, after, "USA", top=12)
    axes = figure.axes[0]
    assert len(axes.get_yticklabels()) == 12
    rows = [text.get_text() for text in axes.texts]
    assert all(re.fullmatch(r"\d\.\d\d → \d\.\d\d  \(n \d+ / \d+\)", row) for row in rows)
    assert "2022\u20132024 → 2025\u20132026" in axes.get_title(loc="left")


@needs_history
def test_blocs_have_a_fitted_scale_and_no_empty_row(history):
    after = history.select(start="2025-01-01")
    blocs = {state: ("EU" if state in ("FRA", "DEU", "ITA") else "other") for state in after.states}
    blocs["ZZZ"] = "ghost"  # a bloc with no member in the matrix: no row for it
    figure = bloc_heatmap_figure(after, blocs, names={"EU": "three EU states"})
    axes = figure.axes[0]
    labels = [label.get_text() for label in axes.get_yticklabels()]
    assert len(labels) == 2 and labels[1].startswith("three EU states")
    low, high = axes.images[0].get_clim()
    assert low > 0 and high <= 1
    assert "2025\u20132026" in axes.get_title(loc="left")


def test_movers_cut_through_a_tie_says_so():
    # Five states with the same ballots: all vote with the USA, then all against it.
    votes, dates = [], {}
    for year, others in ((2000, "Y"), (2001, "N")):
        for index in range(12):
            rollcall = f"r{year}-{index}"
            dates[rollcall] = f"{year}-03-{index + 1:02d}"
            votes.append(("USA", rollcall, "Y"))
            votes += [(state, rollcall, others) for state in ("FRA", "DEU", "ITA", "ESP", "NLD")]
    matrix = VoteMatrix.from_votes(votes, dates=dates)
    before, after = matrix.select(end="2000-12-31"), matrix.select(start="2001-01-01")
    figure = movers_figure(before, after, "USA", top=3)
    texts = figure.axes[0].get_title(loc="left")
    assert "5 states tie at -1.00 on the same votes; 3 drawn, by code" in texts
    assert len(figure.axes[0].get_yticks()) == 3
    untied = movers_figure(before, after, "USA").axes[0].get_title(loc="left")
    assert "joint votes in both periods" in untied and "tie at" not in untied


@needs_history
@pytest.mark.parametrize("pair", [("USA", "GBR"), ("USA", "RUS")])
def test_the_series_values_sit_clear_of_the_line(history, pair):
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    figure = pair_series_figure(history, *pair)
    renderer = FigureCanvasAgg(figure).get_renderer()
    axes = figure.axes[0]
    line = axes.lines[0]
    path = line.get_transform().transform_path(line.get_path())
    values = [text for text in axes.texts if re.fullmatch(r"\d\.\d\d", text.get_text())]
    assert len(values) == 4  # the two ends and both sides of the break
    crossed = [
        text
        for text in values
        if path.intersects_bbox(text.get_window_extent(renderer).shrunk(0.9, 0.8), filled=False)
    ]
    # Where the line zigzags through every place near the point, the value hides it.
    for text in crossed:
        ground = text.get_bbox_patch()
        assert ground is not None and ground.get_facecolor()[:3] == (1.0, 1.0, 1.0)
        assert text.get_zorder() > line.get_zorder()
    assert [text.get_text() for text in crossed] == (["0.90"] if pair[1] == "GBR" else [])
