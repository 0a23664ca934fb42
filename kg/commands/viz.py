"""``dkg viz …``: self-contained HTML pages (:mod:`kg.viz`).

``dkg viz event`` draws the founding event; ``dkg viz map`` a world map of one roll call or
of agreement with a state; ``dkg viz alliances`` and ``dkg viz ego STATE`` compare periods of
a selection of roll calls, split at ``--split`` (default 2025-01-01: before and after the
change of US administration). ``--out`` is the page's file. The votes come from ``--kg``
(default ``out/kg.trig``), ``--store`` or ``--votes``, one of them. The selection options and
helpers here serve ``dkg plot`` too. Exit codes: 0, 2 usage (a bad option value), 3 unknown
state, no graph or store, no roll call in the selection.
"""

from __future__ import annotations

import argparse
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from kg import defaults
from kg.commands.options import (
    date_options,
    handled_by,
    iso_date,
    source_of,
    source_options,
    year_range,
)
from kg.errors import DataError

__all__ = [
    "describe",
    "graph_of",
    "periods_parent",
    "print_written",
    "register",
    "selection",
    "split_periods",
    "state",
    "vote_matrix",
]

#: the agreement methods a picture draws
PICTURE_METHODS = ("voeten", "coincidence")


def periods_parent() -> argparse.ArgumentParser:
    """The options of pictures over a selection of roll calls: source, selection, method."""
    periods = argparse.ArgumentParser(
        add_help=False, parents=[source_options("kg", "store", "votes")]
    )
    select = periods.add_argument_group("which roll calls")
    select.add_argument(
        "--series", help="named series (kg/data/series.yaml); default es-11 on the built graph"
    )
    date_options(select)
    select.add_argument("--organ", help="GA or SC (default: the series' organ, else GA)")
    select.add_argument(
        "--split",
        type=iso_date,
        default=defaults.SPLIT_DATE,
        metavar="DATE",
        help=f"first day of the later period ({defaults.SPLIT_DATE})",
    )
    periods.add_argument(
        "--method", choices=PICTURE_METHODS, default="voeten", help="agreement method (voeten)"
    )
    periods.add_argument(
        "--min-joint",
        type=int,
        default=defaults.MIN_JOINT_VOTES,
        help="joint votes a score needs to count (breaks, movers, map, frames; "
        f"default {defaults.MIN_JOINT_VOTES})",
    )
    return periods


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add ``dkg viz`` and its pages."""
    viz = subparsers.add_parser(
        "viz", help="interactive HTML pages: event graph, world map, alliance map, ego"
    )
    pages = viz.add_subparsers(dest="page", metavar="PAGE", required=True)

    event = pages.add_parser(
        "event",
        parents=[source_options("kg")],
        help="the founding event as a graph (self-contained HTML)",
    )
    event.add_argument(
        "--date",
        type=iso_date,
        default=defaults.EVENT_DATE,
        help=f"the news event's day ({defaults.EVENT_DATE})",
    )
    event.add_argument(
        "--out",
        type=Path,
        default=defaults.EVENT_PAGE,
        metavar="FILE",
        help=f"the page to write ({defaults.EVENT_PAGE})",
    )
    handled_by(event, _event)

    periods = periods_parent()

    alliances = pages.add_parser(
        "alliances", parents=[periods], help="agreement graph, one frame per year or period"
    )
    frames = alliances.add_mutually_exclusive_group()
    frames.add_argument(
        "--years", type=year_range, metavar="FROM:TO", help="one frame per year, e.g. 2019:2026"
    )
    frames.add_argument(
        "--periods", nargs="+", metavar="FROM:TO", help="one frame per period (dates or years)"
    )
    alliances.add_argument("--reference", default="USA", help="state highlighted in every frame")
    alliances.add_argument("--k", type=int, default=3, help="strongest ties kept per state")
    alliances.add_argument("--seed", type=int, default=0, help="Louvain and layout seed")
    alliances.add_argument(
        "--relations",
        type=Path,
        metavar="PATH",
        help="formal alliances to draw as a second layer: a store with ATOP imported or a "
        "built graph (the curated treaties); default: --store, else --kg, else out/kg.trig",
    )
    alliances.add_argument(
        "--out",
        type=Path,
        default=defaults.ALLIANCES_PAGE,
        metavar="FILE",
        help=f"the page to write ({defaults.ALLIANCES_PAGE})",
    )
    handled_by(alliances, _alliances)

    world = pages.add_parser(
        "map",
        parents=[source_options("kg", "store", "votes")],
        help="world map of one roll call (--symbol) or of agreement with a state (--reference)",
    )
    what = world.add_mutually_exclusive_group(required=True)
    what.add_argument("--symbol", help="UN symbol of the voted document, e.g. A/RES/ES-11/1")
    what.add_argument("--reference", help="colour states by their agreement with this state")
    world.add_argument(
        "--from", dest="start", type=iso_date, metavar="DATE", help="first day (--reference)"
    )
    world.add_argument(
        "--to", dest="end", type=iso_date, metavar="DATE", help="last day (--reference)"
    )
    world.add_argument("--organ", default="GA", help="GA or SC (--reference; default GA)")
    world.add_argument(
        "--method", choices=PICTURE_METHODS, default="voeten", help="agreement method (voeten)"
    )
    world.add_argument(
        "--min-joint", type=int, default=10, help="fewer joint votes than this are hatched"
    )
    world.add_argument(
        "--out",
        type=Path,
        metavar="FILE",
        help="the page (default out/map-<symbol or reference>.html)",
    )
    handled_by(world, _map)

    ego = pages.add_parser("ego", parents=[periods], help="one state's closest and farthest")
    ego.add_argument("state", help="a state's code or name")
    ego.add_argument("--top", type=int, default=8, help="states shown per list (most/least/moved)")
    ego.add_argument(
        "--out", type=Path, metavar="FILE", help="the page (default out/ego-<ISO3>.html)"
    )
    handled_by(ego, _ego)


def _event(arguments: argparse.Namespace) -> int:
    from kg.viz.event import write_event_page

    path = write_event_page(graph_of(arguments).queryable, arguments.out, date=arguments.date)
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

    matrix = selection(arguments)
    if arguments.years:
        periods = year_periods(*arguments.years)
    elif arguments.periods:
        periods = parse_periods(arguments.periods)
    else:
        before, after = split_periods(arguments)
        periods = [
            Period(f"before {arguments.split}", *before.period()),
            Period(f"from {arguments.split}", *after.period()),
        ]
    network = alliance_network(
        matrix,
        periods,
        reference=state(arguments.reference),
        method=arguments.method,
        k=arguments.k,
        min_joint=arguments.min_joint,
        seed=arguments.seed,
        source=describe(arguments),
        alliances=_formal_alliances(arguments),
    )
    path = write_alliance_page(network, arguments.out)
    print(f"wrote {path}")
    for frame in network.dkg["frames"]:
        if frame["warning"]:
            print(f"warning: {frame['warning']}")
    return 0


def _formal_alliances(arguments: argparse.Namespace) -> Any:
    from kg.commands.analyze import relations_graph
    from kg.viz.alliances import FormalAlliances

    graph = relations_graph(arguments)
    path = Path(graph.source.location)
    if arguments.relations is None and not path.exists():
        print(f"note: no {path}: the map has no layer of formal alliances (see --relations)")
        return None
    alliances = FormalAlliances.from_graph(graph.queryable)
    if alliances is None:
        if arguments.relations is not None:
            raise DataError(
                f"{path} holds no formal alliance",
                fix="import them (dkg import atop FILE --store DIR) or give a built graph",
            )
        print(f"note: {path} holds no formal alliance: the map has no alliance layer")
    return alliances


def _map(arguments: argparse.Namespace) -> int:
    from kg.viz.worldmap import agreement_map, vote_map, write_map

    graph = graph_of(arguments)
    if arguments.symbol:
        page, name = vote_map(graph, arguments.symbol), _slug(arguments.symbol)
    else:
        page = agreement_map(
            graph,
            state(arguments.reference),
            start=arguments.start,
            end=arguments.end,
            organ=arguments.organ,
            method=arguments.method,
            min_joint=arguments.min_joint,
        )
        name = f"agreement-{arguments.reference}"
    path = write_map(page, arguments.out or defaults.OUT_DIR / f"map-{name}.html")
    print(f"wrote {path}")
    return 0


def _slug(symbol: str) -> str:
    return "".join(char if char.isalnum() else "-" for char in symbol).strip("-").lower()


def _ego(arguments: argparse.Namespace) -> int:
    from kg.viz.ego import ego_network, write_ego_page

    before, after = split_periods(arguments)
    code = state(arguments.state)
    network = ego_network(
        code,
        before,
        after,
        top=arguments.top,
        method=arguments.method,
        min_joint_votes=arguments.min_joint,
    )
    path = write_ego_page(network, arguments.out or defaults.OUT_DIR / f"ego-{code}.html")
    print(f"wrote {path}")
    return 0


def graph_of(arguments: argparse.Namespace) -> Any:
    """The graph handle (:func:`kg.open_graph`) of the source the options name."""
    from kg.graph import open_graph

    source = source_of(arguments)
    return open_graph(**{source.kind: source.location})


def vote_matrix(arguments: argparse.Namespace) -> Any:
    """The vote matrix of the source the options name."""
    return graph_of(arguments).votes


def selection(arguments: argparse.Namespace) -> Any:
    """The roll calls the options select; on the built graph, the es-11 series by default."""
    from kg.analysis.series import load_series

    matrix = vote_matrix(arguments)
    # The built graph holds the Ukraine roll calls: default to their series there.
    on_graph = source_of(arguments).kind == "kg"
    series = arguments.series or ("es-11" if on_graph else None)
    organ = arguments.organ or (load_series(series).organ if series else None) or "GA"
    selected = matrix.select(start=arguments.start, end=arguments.end, series=series, organ=organ)
    if not selected.shape[1]:
        raise DataError("no roll call matches the selection", fix="widen the period or series")
    return selected


def split_periods(arguments: argparse.Namespace) -> tuple[Any, Any]:
    """The selection before ``--split`` and from it; each must hold a roll call."""
    selected = selection(arguments)
    split = date.fromisoformat(arguments.split)
    before = selected.select(end=split - timedelta(days=1))
    after = selected.select(start=split)
    for name, matrix in (("before", before), ("after", after)):
        if not matrix.shape[1]:
            raise DataError(f"no roll call {name} {split}", fix="move --split or widen --from/--to")
    return before, after


def describe(arguments: argparse.Namespace) -> str:
    """A reader's name for where the votes were read, for a picture's caption."""
    from kg.viz.style import describe_source

    source = source_of(arguments)
    return describe_source(**{source.kind: source.location})


def state(text: str) -> str:
    """A state's code as the UN voting record files it ("USSR" is RUS)."""
    from kg.registry import resolve_state

    return resolve_state(text, un_record=True).iso3


def print_written(paths: list[Path]) -> None:
    """Say which files were written, one line each."""
    for path in paths:
        print(f"wrote {path}")
