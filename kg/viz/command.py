"""``dkg viz …`` and ``dkg plot …``: thin argparse over :mod:`kg.viz`.

``dkg viz event`` draws the founding event; ``dkg viz alliances`` and ``dkg viz ego STATE``
compare two periods of a selection of roll calls, split at ``--split`` (default 2025-01-01:
before and after the change of US administration). ``dkg plot series|blocs|movers`` writes
PNG and SVG figures. Exit codes are those of ``dkg`` (see :mod:`kg.cli`).
"""

from __future__ import annotations

import argparse
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from kg.errors import DataError

__all__ = ["add_parsers"]

DEFAULT_KG = Path("out") / "kg.trig"
DEFAULT_SPLIT = "2025-01-01"


def add_parsers(commands: Any) -> None:
    """Add ``viz`` and ``plot`` with their subcommands to the ``dkg`` subparsers."""
    viz = commands.add_parser("viz", help="interactive HTML pages: event graph, alliance map, ego")
    pages = viz.add_subparsers(dest="page", metavar="PAGE", required=True)

    event = pages.add_parser("event", help="the founding event as a graph (self-contained HTML)")
    event.add_argument("--kg", type=Path, default=DEFAULT_KG, help="built graph (out/kg.trig)")
    event.add_argument("--date", default="2025-02-24", help="the news event's day")
    event.add_argument("--out", type=Path, default=Path("out") / "event.html")
    event.set_defaults(handler=_event)

    periods = argparse.ArgumentParser(add_help=False)
    source = periods.add_argument_group("votes and periods")
    source.add_argument("--kg", type=Path, default=DEFAULT_KG, help="built graph (out/kg.trig)")
    source.add_argument("--store", type=Path, help="imported history: a pyoxigraph store")
    source.add_argument(
        "--votes", type=Path, help="tidy history file (votes.csv.gz), read directly"
    )
    source.add_argument("--series", help="named series (kg/data/series.yaml); default es-11")
    source.add_argument("--from", dest="start", metavar="DATE", help="first day, YYYY-MM-DD")
    source.add_argument("--to", dest="end", metavar="DATE", help="last day, YYYY-MM-DD")
    source.add_argument("--organ", help="GA or SC (default: the series' organ, else GA)")
    source.add_argument(
        "--split", default=DEFAULT_SPLIT, metavar="DATE", help="first day of the later period"
    )
    source.add_argument("--method", choices=("voeten", "coincidence"), default="voeten")
    source.add_argument(
        "--min-joint",
        type=int,
        default=10,
        help="joint votes a score needs to count (breaks, movers, map, frames; default 10)",
    )

    alliances = pages.add_parser(
        "alliances", parents=[periods], help="agreement graph, one frame per year or period"
    )
    frames = alliances.add_mutually_exclusive_group()
    frames.add_argument("--years", metavar="FROM:TO", help="one frame per year, e.g. 2019:2026")
    frames.add_argument(
        "--periods", nargs="+", metavar="FROM:TO", help="one frame per period (dates or years)"
    )
    alliances.add_argument("--reference", default="USA", help="state highlighted in every frame")
    alliances.add_argument("--k", type=int, default=3, help="strongest ties kept per state")
    alliances.add_argument("--seed", type=int, default=0, help="Louvain and layout seed")
    alliances.add_argument("--out", type=Path, default=Path("out") / "alliances.html")
    alliances.set_defaults(handler=_alliances)

    world = pages.add_parser(
        "map",
        help="world map of one roll call (--symbol) or of agreement with a state (--reference)",
    )
    world_source = world.add_mutually_exclusive_group()
    world_source.add_argument("--kg", type=Path, help="built graph (default out/kg.trig)")
    world_source.add_argument("--store", type=Path, help="imported history: a pyoxigraph store")
    world_source.add_argument("--votes", type=Path, help="tidy history file (votes.csv.gz)")
    what = world.add_mutually_exclusive_group(required=True)
    what.add_argument("--symbol", help="UN symbol of the voted document, e.g. A/RES/ES-11/1")
    what.add_argument("--reference", help="colour states by their agreement with this state")
    world.add_argument("--from", dest="start", metavar="DATE", help="first day (--reference)")
    world.add_argument("--to", dest="end", metavar="DATE", help="last day (--reference)")
    world.add_argument("--organ", default="GA", help="GA or SC (--reference; default GA)")
    world.add_argument("--method", choices=("voeten", "coincidence"), default="voeten")
    world.add_argument(
        "--min-joint", type=int, default=10, help="fewer joint votes than this are hatched"
    )
    world.add_argument("--out", type=Path, help="default out/map-<symbol or reference>.html")
    world.set_defaults(handler=_map)

    ego = pages.add_parser("ego", parents=[periods], help="one state's closest and farthest")
    ego.add_argument("state", help="a state's code or name")
    ego.add_argument("--top", type=int, default=8, help="states shown per list (most/least/moved)")
    ego.add_argument("--out", type=Path, help="default out/ego-<ISO3>.html")
    ego.set_defaults(handler=_ego)

    plot = commands.add_parser("plot", help="static figures (PNG and SVG) of agreement")
    figures = plot.add_subparsers(dest="figure", metavar="FIGURE", required=True)
    series = figures.add_parser("series", parents=[periods], help="a pair's yearly agreement")
    series.add_argument("a", help="a state")
    series.add_argument("b", help="another state")
    series.add_argument("--out", type=Path, help="file stem (default out/plots/series-A-B)")
    series.set_defaults(handler=_plot_series)
    blocs = figures.add_parser("blocs", parents=[periods], help="agreement between blocs")
    blocs.add_argument("--k", type=int, default=5)
    blocs.add_argument("--seed", type=int, default=0)
    blocs.add_argument("--out", type=Path, help="file stem (default out/plots/blocs)")
    blocs.set_defaults(handler=_plot_blocs)
    movers = figures.add_parser("movers", parents=[periods], help="largest movers vs a state")
    movers.add_argument("--reference", default="USA")
    movers.add_argument("--top", type=int, default=15)
    movers.add_argument("--out", type=Path, help="file stem (default out/plots/movers-REF)")
    movers.set_defaults(handler=_plot_movers)


def _event(arguments: argparse.Namespace) -> int:
    from kg.build import load_dataset
    from kg.viz.event import write_event_page

    path = write_event_page(load_dataset(arguments.kg), arguments.out, date=arguments.date)
    print(f"wrote {path}")
    return 0


def _alliances(arguments: argparse.Namespace) -> int:
    from kg.viz.alliances import (
        Period,
        alliance_network,
        parse_periods,
        write_alliance_page,
        year_periods,
    )

    matrix = _selection(arguments)
    if arguments.years:
        first, separator, last = arguments.years.partition(":")
        if not (separator and first.isdigit() and last.isdigit()):
            raise DataError(f"--years {arguments.years!r} is not FROM:TO", fix="e.g. 2019:2026")
        periods = year_periods(int(first), int(last))
    elif arguments.periods:
        periods = parse_periods(arguments.periods)
    else:
        before, after = _periods(arguments)
        periods = [
            Period(f"before {arguments.split}", *before.period()),
            Period(f"from {arguments.split}", *after.period()),
        ]
    network = alliance_network(
        matrix,
        periods,
        reference=_state(arguments.reference),
        method=arguments.method,
        k=arguments.k,
        min_joint=arguments.min_joint,
        seed=arguments.seed,
        source=_source(arguments),
    )
    path = write_alliance_page(network, arguments.out)
    print(f"wrote {path}")
    for frame in network.dkg["frames"]:
        if frame["warning"]:
            print(f"warning: {frame['warning']}")
    return 0


def _map(arguments: argparse.Namespace) -> int:
    from kg.viz.style import describe_source
    from kg.viz.worldmap import write_map

    source = describe_source(kg=arguments.kg, store=arguments.store, votes=arguments.votes)
    if arguments.symbol:
        page, name = _vote_map(arguments, source), _slug(arguments.symbol)
    else:
        page, name = _agreement_map(arguments, source), f"agreement-{arguments.reference}"
    path = write_map(page, arguments.out or Path("out") / f"map-{name}.html")
    print(f"wrote {path}")
    return 0


def _vote_map(arguments: argparse.Namespace, source: str) -> str:
    from kg.viz.worldmap import vote_from_graph, vote_from_matrix, vote_map_page

    if arguments.votes:
        from kg.analysis.matrix import read_tidy

        vote = vote_from_matrix(read_tidy(arguments.votes), arguments.symbol, source=source)
    elif arguments.store:
        from kg.store import open_store

        vote = vote_from_graph(open_store(arguments.store), arguments.symbol, source=source)
    else:
        from kg.build import load_dataset

        graph = load_dataset(arguments.kg or DEFAULT_KG)
        vote = vote_from_graph(graph, arguments.symbol, source=source)
    return vote_map_page(vote)


def _agreement_map(arguments: argparse.Namespace, source: str) -> str:
    import pandas as pd

    from kg.analysis.agreement import agreement
    from kg.analysis.matrix import load_matrix
    from kg.viz.worldmap import agreement_map_page

    reference = _state(arguments.reference)
    matrix = load_matrix(kg=arguments.kg, store=arguments.store, votes=arguments.votes)
    selected = matrix.select(start=arguments.start, end=arguments.end, organ=arguments.organ)
    if not selected.shape[1]:
        raise DataError("no roll call matches the selection", fix="widen --from/--to")
    result = agreement(selected, arguments.method)
    if reference not in result.states:
        raise DataError(f"{reference} has no vote in the period", fix="widen --from/--to")
    row = result.states.index(reference)
    table = pd.DataFrame(
        {"state": result.states, "score": result.scores[row], "joint": result.joint_votes[row]}
    )
    return agreement_map_page(
        table,
        reference,
        period=selected.period(),
        organ=arguments.organ,
        method=arguments.method,
        rollcalls=selected.shape[1],
        min_joint=arguments.min_joint,
        source=source,
    )


def _slug(symbol: str) -> str:
    return "".join(char if char.isalnum() else "-" for char in symbol).strip("-").lower()


def _ego(arguments: argparse.Namespace) -> int:
    from kg.viz.ego import ego_network, write_ego_page

    before, after = _periods(arguments)
    state = _state(arguments.state)
    network = ego_network(
        state,
        before,
        after,
        top=arguments.top,
        method=arguments.method,
        min_joint_votes=arguments.min_joint,
    )
    path = write_ego_page(network, arguments.out or Path("out") / f"ego-{state}.html")
    print(f"wrote {path}")
    return 0


def _plot_series(arguments: argparse.Namespace) -> int:
    from kg.viz.plots import pair_series_figure, save_figure

    matrix = _selection(arguments)
    state_a, state_b = _state(arguments.a), _state(arguments.b)
    figure = pair_series_figure(
        matrix,
        state_a,
        state_b,
        arguments.method,
        min_joint=arguments.min_joint,
        source=_source(arguments),
    )
    stem = arguments.out or Path("out") / "plots" / f"series-{state_a}-{state_b}"
    _print_written(save_figure(figure, stem))
    return 0


def _plot_blocs(arguments: argparse.Namespace) -> int:
    from kg.analysis.agreement import agreement
    from kg.analysis.blocs import louvain_blocs
    from kg.analysis.graph import agreement_graph, sparsify
    from kg.viz.naming import bloc_names
    from kg.viz.plots import bloc_heatmap_figure, save_figure

    matrix = _selection(arguments)
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
        source=_source(arguments),
    )
    _print_written(save_figure(figure, arguments.out or Path("out") / "plots" / "blocs"))
    return 0


def _plot_movers(arguments: argparse.Namespace) -> int:
    from kg.viz.plots import movers_figure, save_figure

    before, after = _periods(arguments)
    reference = _state(arguments.reference)
    figure = movers_figure(
        before,
        after,
        reference,
        top=arguments.top,
        method=arguments.method,
        min_joint=arguments.min_joint,
        source=_source(arguments),
    )
    stem = arguments.out or Path("out") / "plots" / f"movers-{reference}"
    _print_written(save_figure(figure, stem))
    return 0


def _selection(arguments: argparse.Namespace) -> Any:
    from kg.analysis.matrix import load_matrix, load_series

    matrix = load_matrix(kg=arguments.kg, store=arguments.store, votes=arguments.votes)
    # The built graph holds the Ukraine roll calls: default to their series there.
    history = arguments.store or arguments.votes
    series = arguments.series if history else arguments.series or "es-11"
    organ = arguments.organ or (load_series(series).organ if series else None) or "GA"
    selected = matrix.select(start=arguments.start, end=arguments.end, series=series, organ=organ)
    if not selected.shape[1]:
        raise DataError("no roll call matches the selection", fix="widen the period or series")
    return selected


def _periods(arguments: argparse.Namespace) -> tuple[Any, Any]:
    selected = _selection(arguments)
    try:
        split = date.fromisoformat(arguments.split)
    except ValueError:
        raise DataError(f"--split {arguments.split!r} is not a date", fix="YYYY-MM-DD") from None
    before = selected.select(end=split - timedelta(days=1))
    after = selected.select(start=split)
    for name, matrix in (("before", before), ("after", after)):
        if not matrix.shape[1]:
            raise DataError(f"no roll call {name} {split}", fix="move --split or widen --from/--to")
    return before, after


def _source(arguments: argparse.Namespace) -> str:
    from kg.viz.style import describe_source

    return describe_source(kg=arguments.kg, store=arguments.store, votes=arguments.votes)


def _state(text: str) -> str:
    from kg.registry import resolve_state

    return resolve_state(text, un_record=True).iso3


def _print_written(paths: list[Path]) -> None:
    for path in paths:
        print(f"wrote {path}")
