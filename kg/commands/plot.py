"""``dkg plot …``: static figures (PNG and SVG) of agreement (:mod:`kg.viz.plots`) and of
ideal points (:mod:`kg.viz.ideal`).

``--out`` is a file stem: the figure is written as STEM.png and STEM.svg. The votes and the
selection are given as for ``dkg viz`` (:func:`kg.commands.viz.periods_parent`); ``plot ideal``
takes the options of ``dkg analyze ideal`` (:func:`kg.commands.analyze.ideal_options`). Exit codes:
0, 2 usage (a bad option value), 3 unknown state, no graph or store, no roll call selected.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from kg import defaults
from kg.commands.analyze import fit_ideal, ideal_options
from kg.commands.options import handled_by, pair_options, positive_int
from kg.commands.viz import (
    describe,
    periods_parent,
    print_written,
    selection,
    split_periods,
    state,
)

__all__ = ["register"]


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add ``dkg plot`` and its figures."""
    periods = periods_parent()
    plot = subparsers.add_parser("plot", help="static figures (PNG and SVG) of agreement")
    figures = plot.add_subparsers(dest="figure", metavar="FIGURE", required=True)
    series = figures.add_parser("series", parents=[periods], help="a pair's yearly agreement")
    pair_options(series, required=True)
    series.add_argument(
        "--rules",
        choices=defaults.COINCIDENCE_RULES,
        help="one coincidence rule for every year (with --method coincidence), needed where "
        "the years span two report rules",
    )
    series.add_argument(
        "--out", type=Path, metavar="STEM", help="file stem (default out/plots/series-A-B)"
    )
    handled_by(series, _plot_series)
    blocs = figures.add_parser("blocs", parents=[periods], help="agreement between blocs")
    blocs.add_argument("--k", type=int, default=5, help="strongest ties kept per state (5)")
    blocs.add_argument("--seed", type=int, default=0, help="Louvain seed (0)")
    blocs.add_argument(
        "--out", type=Path, metavar="STEM", help="file stem (default out/plots/blocs)"
    )
    handled_by(blocs, _plot_blocs)
    movers = figures.add_parser("movers", parents=[periods], help="largest movers vs a state")
    movers.add_argument("--reference", default="USA", help="the state compared with (USA)")
    movers.add_argument("--top", type=int, default=15, help="states shown (15)")
    movers.add_argument(
        "--out", type=Path, metavar="STEM", help="file stem (default out/plots/movers-REF)"
    )
    handled_by(movers, _plot_movers)
    ideal = figures.add_parser(
        "ideal", parents=[ideal_options()], help="ideal points of states over the sessions"
    )
    ideal.add_argument("states", nargs="+", metavar="STATE", help="states (codes or names)")
    ideal.add_argument(
        "--strip",
        type=positive_int,
        metavar="SESSION",
        help="add every state's point in one regular session (a number, or its year: 2025)",
    )
    ideal.add_argument(
        "--out", type=Path, metavar="STEM", help="file stem (default out/plots/ideal-A-B-…)"
    )
    handled_by(ideal, _plot_ideal)


def _plot_series(arguments: argparse.Namespace) -> int:
    from kg.viz.plots import pair_series_figure, save_figure

    matrix = selection(arguments)
    state_a, state_b = state(arguments.a), state(arguments.b)
    figure = pair_series_figure(
        matrix,
        state_a,
        state_b,
        arguments.method,
        rules=arguments.rules,
        min_joint=arguments.min_joint,
        source=describe(arguments),
    )
    stem = arguments.out or defaults.PLOTS_DIR / f"series-{state_a}-{state_b}"
    print_written(save_figure(figure, stem))
    return 0


def _plot_blocs(arguments: argparse.Namespace) -> int:
    from kg.analysis.agreement import agreement
    from kg.analysis.blocs import louvain_blocs
    from kg.analysis.graph import agreement_graph, sparsify
    from kg.viz.naming import bloc_names
    from kg.viz.plots import bloc_heatmap_figure, save_figure

    matrix = selection(arguments)
    on = matrix.period()[1] or None
    graph = agreement_graph(
        agreement(matrix, arguments.method), on=on, min_joint_votes=arguments.min_joint
    )
    blocs = louvain_blocs(sparsify(graph, k=arguments.k), seed=arguments.seed)
    figure = bloc_heatmap_figure(
        matrix,
        blocs,
        arguments.method,
        names=bloc_names(graph, blocs),
        source=describe(arguments),
    )
    print_written(save_figure(figure, arguments.out or defaults.PLOTS_DIR / "blocs"))
    return 0


def _plot_movers(arguments: argparse.Namespace) -> int:
    from kg.viz.plots import movers_figure, save_figure

    before, after = split_periods(arguments)
    reference = state(arguments.reference)
    figure = movers_figure(
        before,
        after,
        reference,
        top=arguments.top,
        method=arguments.method,
        min_joint=arguments.min_joint,
        source=describe(arguments),
    )
    stem = arguments.out or defaults.PLOTS_DIR / f"movers-{reference}"
    print_written(save_figure(figure, stem))
    return 0


def _plot_ideal(arguments: argparse.Namespace) -> int:
    from kg.viz.ideal import ideal_figure
    from kg.viz.plots import save_figure

    codes = [state(name) for name in arguments.states]
    result = fit_ideal(arguments)
    strip = arguments.strip
    if strip is not None and strip > 1945:  # a year: the session that opened in it
        strip -= 1945
    figure = ideal_figure(
        result.table,
        codes,
        strip_session=strip,
        base=result.base,
        source=describe(arguments),
        data_to=result.period[1],
    )
    stem = arguments.out or defaults.PLOTS_DIR / f"ideal-{'-'.join(codes)}"
    print_written(save_figure(figure, stem))
    return 0
