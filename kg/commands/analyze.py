"""``dkg analyze``: agreement, blocs, shifts, switchers and breaks in UN voting.

::

    dkg analyze agreement [--a STATE --b STATE] [--method voeten|coincidence|votes-only]
                          [--rules 2017|2021|votes-only]
    dkg analyze blocs     [--k 10 | --threshold X] [--seed 0] [--graphml F] [--gexf F]
    dkg analyze shifts    --reference STATE --before FROM:TO --after FROM:TO [--pairs N | --blocs]
    dkg analyze switchers --series NAME
    dkg analyze breaks    --a STATE --b STATE [--by year|session] [--drivers N]
    dkg analyze allies-vs-votes --state STATE | --all  --years FROM:TO [--relations PATH]
    dkg analyze alliances --years FROM:TO [--relations PATH] [--k 10] [--seed 0]
                          [--graphml F] [--gexf F]
    dkg analyze ideal     [--from DATE --to DATE] [--states A,B,…] [--drift X] [--no-bridges]
                          [--model FILE] [--write-back FILE]

``--method coincidence`` takes the State Department's rule of the selection's calendar year
(``--rules`` forces one; a selection spanning two rules is refused). ``--min-joint N``
(default 10) is the floor of joint votes: scores below it are flagged, and breaks, shifts and
movers are ranked only among results resting on at least N joint votes on both sides; the
others are listed after them, flagged ``low_count``.

Every subcommand selects roll calls with ``--from/--to``, ``--session``, ``--topic``,
``--series``, ``--organ`` and ``--drop-unanimous``, and reads its votes from ``--votes FILE``
(the tidy history file, read directly: the fast path), ``--store DIR`` (an imported pyoxigraph
store) or ``--kg FILE`` (the built graph, default ``out/kg.trig``), one of them.
``allies-vs-votes`` and ``alliances`` read the alliances and rivalries from ``--relations`` (a
store or a built graph), by default from the store or graph the votes come from (with
``--votes``: ``out/kg.trig``). ``ideal`` estimates every state's ideal point in every
regular General Assembly session of ``--from/--to`` (:mod:`kg.analysis.ideal`) and prints
``state,session,year,ideal,lower,upper,votes``; ``--model FILE`` starts from the fit stored
there, if any, and stores this one, so that a run after an import of new votes does not start
from scratch. Exit codes: 0, 2 usage (a bad option value, e.g. a malformed ``FROM:TO``),
3 unknown state, no graph or store, no roll call in the selection.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg import defaults
from kg.commands.options import (
    handled_by,
    iso_date,
    period,
    positive_float,
    source_of,
    source_options,
    year_range,
)
from kg.errors import DataError, UsageError

if TYPE_CHECKING:  # numpy and pandas load when a subcommand runs, not when dkg starts
    import pandas as pd

    from kg.analysis.matrix import VoteMatrix

__all__ = ["fit_ideal", "ideal_options", "register"]


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add ``dkg analyze`` and its subcommands."""
    from kg.formats import TABLE_FORMATS

    analyze = subparsers.add_parser(
        "analyze", help="agreement, blocs, shifts, switchers and breaks in UN voting"
    )
    jobs = analyze.add_subparsers(dest="analysis", metavar="ANALYSIS", required=True)
    common = argparse.ArgumentParser(
        add_help=False, parents=[source_options("kg", "store", "votes")]
    )
    select = common.add_argument_group("which roll calls")
    select.add_argument(
        "--from", dest="start", type=iso_date, metavar="DATE", help="first day, YYYY-MM-DD"
    )
    select.add_argument(
        "--to", dest="end", type=iso_date, metavar="DATE", help="last day, YYYY-MM-DD"
    )
    select.add_argument("--session", help="GA session, e.g. 79 or ES-11")
    select.add_argument("--topic", help="topic code or label, e.g. hr, 'human rights'")
    select.add_argument("--series", help="named series from kg/data/series.yaml, e.g. es-11")
    select.add_argument("--organ", help="GA or SC (default: GA, or the series' organ)")
    select.add_argument("--drop-unanimous", action="store_true", help="ignore unanimous votes")
    common.add_argument(
        "--method",
        choices=defaults.METHODS,
        default="voeten",
        help="voeten (default); coincidence: the State Department's, by the period's report "
        "rule; votes-only: its pre-2017 figure",
    )
    common.add_argument(
        "--rules",
        choices=defaults.COINCIDENCE_RULES,
        help="force one coincidence rule (with --method coincidence)",
    )
    common.add_argument(
        "--min-joint",
        type=int,
        default=defaults.MIN_JOINT_VOTES,
        help="flag scores over fewer joint votes, and rank breaks, shifts and movers only "
        f"above this floor (default {defaults.MIN_JOINT_VOTES})",
    )
    common.add_argument(
        "--format", choices=TABLE_FORMATS, default="table", help="output format (table)"
    )

    pair = jobs.add_parser("agreement", parents=[common], help="agreement of a pair or all pairs")
    pair.add_argument("--a", metavar="STATE", help="one state (code or name)")
    pair.add_argument("--b", metavar="STATE", help="the other state")
    pair.add_argument("--write-back", type=Path, metavar="FILE", help="also write RDF (TriG)")
    handled_by(pair, _agreement)

    blocs = jobs.add_parser("blocs", parents=[common], help="Louvain blocs and centrality")
    blocs.add_argument("--k", type=int, help="keep each state's k strongest edges (default 10)")
    blocs.add_argument("--threshold", type=float, help="keep edges with a score >= this")
    blocs.add_argument("--seed", type=int, default=0, help="Louvain seed (default 0)")
    blocs.add_argument("--seeds", type=int, default=20, help="runs for bloc stability")
    blocs.add_argument("--graphml", type=Path, help="write the graph as GraphML")
    blocs.add_argument("--gexf", type=Path, help="write the graph as GEXF (Gephi)")
    blocs.add_argument("--write-back", type=Path, metavar="FILE", help="also write RDF (TriG)")
    handled_by(blocs, _blocs)

    shifts = jobs.add_parser("shifts", parents=[common], help="change between two periods")
    shifts.add_argument("--reference", metavar="STATE", help="state to compare everyone with")
    shifts.add_argument(
        "--before", required=True, type=period, metavar="FROM:TO", help="the earlier period"
    )
    shifts.add_argument(
        "--after", required=True, type=period, metavar="FROM:TO", help="the later period"
    )
    shifts.add_argument("--pairs", type=int, metavar="N", help="the N pairs that moved most")
    shifts.add_argument("--blocs", action="store_true", help="each state's bloc before/after")
    shifts.add_argument("--k", type=int, default=10, help="kNN sparsification for --blocs")
    shifts.add_argument("--seed", type=int, default=0, help="Louvain seed for --blocs (0)")
    handled_by(shifts, _shifts)

    switchers = jobs.add_parser("switchers", parents=[common], help="who changed vote")
    switchers.add_argument("--include-absent", action="store_true", help="count X as a vote")
    handled_by(switchers, _switchers)

    breaks = jobs.add_parser("breaks", parents=[common], help="a pair's largest yearly changes")
    breaks.add_argument("--a", metavar="STATE", required=True, help="one state (code or name)")
    breaks.add_argument("--b", metavar="STATE", required=True, help="the other state")
    breaks.add_argument(
        "--by", choices=("year", "session"), default="year", help="compare years or sessions"
    )
    breaks.add_argument(
        "--drivers", type=int, metavar="N", help="the N roll calls behind the largest change"
    )
    handled_by(breaks, _breaks)

    relations = argparse.ArgumentParser(add_help=False)
    relations.add_argument(
        "--years", required=True, type=year_range, metavar="FROM:TO", help="e.g. 1990:2018"
    )
    relations.add_argument(
        "--relations",
        type=Path,
        metavar="PATH",
        help="where the alliances and rivalries are: a store directory or a built graph "
        "(default: --store, else --kg)",
    )
    allies = jobs.add_parser(
        "allies-vs-votes",
        parents=[common, relations],
        help="agreement with formal allies, rivals and everyone else, per year",
    )
    allies.add_argument("--state", metavar="STATE", help="the state (code or name)")
    allies.add_argument("--all", action="store_true", help="every state, in one table")
    handled_by(allies, _allies_vs_votes)

    alliances = jobs.add_parser(
        "alliances",
        parents=[common, relations],
        help="alliance communities against voting blocs per year (NMI, adjusted Rand)",
    )
    alliances.add_argument("--k", type=int, default=10, help="kNN sparsification of the votes")
    alliances.add_argument("--seed", type=int, default=0, help="Louvain seed (default 0)")
    alliances.add_argument(
        "--graphml", type=Path, help="write each year's alliance network as GraphML (FILE-YEAR)"
    )
    alliances.add_argument("--gexf", type=Path, help="… as GEXF (Gephi)")
    handled_by(alliances, _alliances)

    ideal = jobs.add_parser(
        "ideal",
        parents=[ideal_options()],
        help="ideal points: each state's position per GA session since 1946, with intervals",
    )
    ideal.add_argument(
        "--states", metavar="A,B,…", help="only these states (codes or names), comma-separated"
    )
    ideal.add_argument(
        "--format", choices=TABLE_FORMATS, default="table", help="output format (table)"
    )
    ideal.add_argument("--write-back", type=Path, metavar="FILE", help="also write RDF (TriG)")
    handled_by(ideal, _ideal)


# --- shared steps ---------------------------------------------------------------------------


def _state(text: str | None, what: str) -> str:
    from kg.registry import resolve_state

    if not text:
        raise UsageError(f"{what} is missing", fix=f"give {what} STATE (a code or name)")
    # As the UN voting record names it: "USSR" is filed under RUS, "Congo" is COG.
    return resolve_state(text, un_record=True).iso3


def _load(arguments: argparse.Namespace) -> VoteMatrix:
    from kg.analysis.matrix import load_matrix

    source = source_of(arguments)
    return load_matrix(**{source.kind: source.location})


def _organ(arguments: argparse.Namespace) -> str | None:
    from kg.analysis.matrix import load_series

    if arguments.organ:
        return None if arguments.organ.lower() == "all" else arguments.organ
    if arguments.series:
        return load_series(arguments.series).organ
    return "GA"


def _select(matrix: VoteMatrix, arguments: argparse.Namespace, period: str | None = None):
    start, end = arguments.start, arguments.end
    if period is not None:
        start, separator, end = period.partition(":")
        if not separator:
            raise UsageError(f"period {period!r} is not FROM:TO", fix="e.g. 2022-01-01:2023-12-31")
    selected = matrix.select(
        start=start or None,
        end=end or None,
        session=arguments.session,
        organ=_organ(arguments),
        topic=arguments.topic,
        series=arguments.series,
        drop_unanimous=arguments.drop_unanimous,
    )
    if not selected.shape[1]:
        raise DataError("no roll call matches the selection", fix="widen the period or series")
    return selected


def _selection_words(arguments: argparse.Namespace, matrix: VoteMatrix) -> str:
    parts = [
        f"{name} {value}"
        for name, value in (
            ("series", arguments.series),
            ("session", arguments.session),
            ("topic", arguments.topic),
            ("organ", _organ(arguments)),
            ("from", arguments.start),
            ("to", arguments.end),
        )
        if value
    ]
    if arguments.drop_unanimous:
        parts.append("without unanimous votes")
    return ", ".join(parts) or "all roll calls"


def _print(table: pd.DataFrame, output_format: str) -> None:
    import pandas as pd

    from kg.query import format_table

    plain = table.copy()
    for column in plain.columns:
        if pd.api.types.is_float_dtype(plain[column]):
            plain[column] = plain[column].round(4)
    plain = plain.astype(object).where(plain.notna(), None)
    sys.stdout.write(format_table(plain, output_format))


def _write_back(path: Path, graph: Any) -> None:
    from rdflib import Dataset

    from kg.analysis.writeback import write_back
    from kg.io import write_atomic
    from kg.ontology import bind_prefixes

    dataset = write_back(bind_prefixes(Dataset()), graph)
    write_atomic(path, dataset.serialize(format="trig", encoding="utf-8"))
    print(f"wrote {path}", file=sys.stderr)


# --- subcommands ----------------------------------------------------------------------------


def _note_low_counts(table: pd.DataFrame, what: str, arguments: argparse.Namespace) -> None:
    flagged = int(table["low_count"].sum())
    if flagged:
        print(
            f"note: {flagged} {what} rest on fewer than {arguments.min_joint} joint votes "
            "(flagged low_count; --min-joint sets the floor)",
            file=sys.stderr,
        )


def _agreement(arguments: argparse.Namespace) -> int:
    from kg.analysis.agreement import CATEGORIES, agreement_table, pair_agreement

    matrix = _select(_load(arguments), arguments)
    if arguments.a or arguments.b:
        table = pair_agreement(
            matrix,
            _state(arguments.a, "--a"),
            _state(arguments.b, "--b"),
            arguments.method,
            rules=arguments.rules,
            min_joint_votes=arguments.min_joint,
        )
    else:
        table = agreement_table(
            matrix, arguments.method, rules=arguments.rules, min_joint_votes=arguments.min_joint
        )
    _note_low_counts(table, "score(s)", arguments)
    if arguments.write_back:
        from kg.analysis.writeback import alignment_graph

        graph = alignment_graph(
            table,
            selection=_selection_words(arguments, matrix),
            period=matrix.period(),
            rollcall_count=matrix.shape[1],
        )
        _write_back(arguments.write_back, graph)
    columns = ["state_a", "state_b", "method", "score", "joint_votes", *CATEGORIES]
    _print(table.loc[:, columns], arguments.format)
    return 0


def _graph(matrix: VoteMatrix, arguments: argparse.Namespace, k: int | None, threshold=None):
    from kg.analysis.agreement import agreement
    from kg.analysis.graph import agreement_graph, sparsify

    graph = agreement_graph(
        agreement(matrix, arguments.method, rules=arguments.rules),
        on=matrix.period()[1] or None,
        min_joint_votes=arguments.min_joint,
    )
    if threshold is not None:
        return sparsify(graph, threshold=threshold)
    return sparsify(graph, k=k or 10)


def _blocs(arguments: argparse.Namespace) -> int:
    from kg.analysis.blocs import bloc_table
    from kg.analysis.graph import write_gexf, write_graphml

    if arguments.k is not None and arguments.threshold is not None:
        raise UsageError("give --k or --threshold, not both", fix="drop one")
    matrix = _select(_load(arguments), arguments)
    graph = _graph(matrix, arguments, arguments.k, arguments.threshold)
    table = bloc_table(graph, seed=arguments.seed, seeds=range(arguments.seeds))
    for node, bloc in zip(table["state"], table["bloc"], strict=True):
        graph.nodes[node]["bloc"] = bloc
    if arguments.graphml:
        print(f"wrote {write_graphml(graph, arguments.graphml)}", file=sys.stderr)
    if arguments.gexf:
        print(f"wrote {write_gexf(graph, arguments.gexf)}", file=sys.stderr)
    if arguments.write_back:
        from kg.analysis.writeback import bloc_graph

        rdf = bloc_graph(
            table,
            selection=_selection_words(arguments, matrix),
            seed=arguments.seed,
            period=matrix.period(),
        )
        _write_back(arguments.write_back, rdf)
    _print(table, arguments.format)
    return 0


def _shifts(arguments: argparse.Namespace) -> int:
    from kg.analysis.shifts import bloc_shifts, pair_shifts, reference_shift

    matrix = _load(arguments)
    before = _select(matrix, arguments, arguments.before)
    after = _select(matrix, arguments, arguments.after)
    if arguments.blocs:
        table = bloc_shifts(
            _graph(before, arguments, arguments.k),
            _graph(after, arguments, arguments.k),
            seed=arguments.seed,
        )
    elif arguments.pairs:
        table = pair_shifts(
            before,
            after,
            arguments.method,
            rules=arguments.rules,
            min_joint_votes=arguments.min_joint,
            top=arguments.pairs,
        )
        _note_low_counts(table, "pair(s) listed after the ranked ones", arguments)
        table = table.loc[:, ["rank", "state_a", "state_b", *_SHIFT_COLUMNS]]
    else:
        reference = _state(arguments.reference, "--reference")
        table = reference_shift(
            before,
            after,
            reference,
            arguments.method,
            rules=arguments.rules,
            min_joint_votes=arguments.min_joint,
        )
        _note_low_counts(table, "state(s) listed after the ranked ones", arguments)
        table = table.loc[:, ["rank", "state", "name", *_SHIFT_COLUMNS]]
    _print(table, arguments.format)
    return 0


_SHIFT_COLUMNS = ("before", "after", "change", "before_joint", "after_joint", "low_count", "method")


def _switchers(arguments: argparse.Namespace) -> int:
    from kg.analysis.shifts import switchers

    matrix = _select(_load(arguments), arguments)
    _print(switchers(matrix, include_absent=arguments.include_absent), arguments.format)
    return 0


def _breaks(arguments: argparse.Namespace) -> int:
    from kg.analysis.shifts import break_drivers, breaks

    matrix = _select(_load(arguments), arguments)
    state_a, state_b = _state(arguments.a, "--a"), _state(arguments.b, "--b")
    table = breaks(
        matrix,
        state_a,
        state_b,
        arguments.method,
        rules=arguments.rules,
        by=arguments.by,
        min_joint_votes=arguments.min_joint,
    )
    _note_low_counts(table, f"{arguments.by}(s) listed last, without a change,", arguments)
    if arguments.drivers:
        ranked = table.dropna(subset=["rank"])
        if ranked.empty:
            raise DataError(
                f"no break of {state_a}-{state_b} rests on {arguments.min_joint} joint votes "
                "a side",
                fix="widen the period or lower --min-joint",
            )
        largest = ranked.iloc[0]
        previous, period = largest["previous"], largest[arguments.by]
        print(
            f"{state_a}-{state_b}: {previous} -> {period}, change {largest['change']:+.4f} "
            f"({largest['previous_joint_votes']} and {largest['joint_votes']} joint votes)",
            file=sys.stderr,
        )
        table = break_drivers(
            matrix,
            state_a,
            state_b,
            previous,
            period,
            arguments.method,
            rules=arguments.rules,
            by=arguments.by,
            top=arguments.drivers,
        )
    _print(table, arguments.format)
    return 0


# --- formal alliances against votes ----------------------------------------------------------


def _relations(arguments: argparse.Namespace):
    from kg.analysis.allies import read_relations

    source = source_of(arguments)
    path = arguments.relations or (defaults.KG_FILE if source.kind == "votes" else source.location)
    if Path(path).is_dir():
        from kg.store import open_store

        return read_relations(open_store(path))
    from kg.build import load_dataset

    return read_relations(load_dataset(Path(path)))


def _year_matrix(arguments: argparse.Namespace) -> VoteMatrix:
    first, last = arguments.years
    return _select(_load(arguments), arguments, f"{first}-01-01:{last}-12-31")


def _allies_vs_votes(arguments: argparse.Namespace) -> int:
    from kg.analysis.allies import allies_vs_votes

    if bool(arguments.state) == arguments.all:
        raise UsageError("give --state STATE or --all", fix="e.g. --state USA")
    matrix = _year_matrix(arguments)
    relations = _relations(arguments)
    states = None if arguments.all else [_state(arguments.state, "--state")]
    table = allies_vs_votes(
        matrix,
        relations,
        states,
        method=arguments.method,
        rules=arguments.rules,
        min_joint_votes=arguments.min_joint,
    )
    _print(table, arguments.format)
    return 0


def _alliances(arguments: argparse.Namespace) -> int:
    from kg.analysis.allies import alliance_network, communities_vs_blocs
    from kg.analysis.graph import write_gexf, write_graphml

    matrix = _year_matrix(arguments)
    relations = _relations(arguments)
    first, last = arguments.years
    for option, write in (("graphml", write_graphml), ("gexf", write_gexf)):
        target = getattr(arguments, option)
        if target is None:
            continue
        for year in range(first, last + 1):
            path = (
                target
                if first == last
                else target.with_name(f"{target.stem}-{year}{target.suffix}")
            )
            print(f"wrote {write(alliance_network(relations, year), path)}", file=sys.stderr)
    table = communities_vs_blocs(
        matrix,
        relations,
        method=arguments.method,
        rules=arguments.rules,
        k=arguments.k,
        seed=arguments.seed,
        min_joint_votes=arguments.min_joint,
    )
    _print(table, arguments.format)
    return 0


# --- ideal points ---------------------------------------------------------------------------


def ideal_options() -> argparse.ArgumentParser:
    """The options of an ideal-point fit, shared by ``analyze ideal`` and ``plot ideal``."""
    options = argparse.ArgumentParser(
        add_help=False, parents=[source_options("kg", "store", "votes")]
    )
    select = options.add_argument_group("which roll calls (General Assembly)")
    select.add_argument(
        "--from", dest="start", type=iso_date, metavar="DATE", help="first day, YYYY-MM-DD"
    )
    select.add_argument(
        "--to", dest="end", type=iso_date, metavar="DATE", help="last day, YYYY-MM-DD"
    )
    model = options.add_argument_group("the model")
    model.add_argument(
        "--drift",
        type=positive_float,
        default=defaults.IDEAL_DRIFT,
        help=f"random-walk step per session, fit's scale (default {defaults.IDEAL_DRIFT})",
    )
    model.add_argument(
        "--no-bridges",
        dest="bridge",
        action="store_false",
        help="do not tie roll calls on the same recurring item together",
    )
    model.add_argument(
        "--model",
        type=Path,
        metavar="FILE",
        help="start from the fit stored in FILE (if there) and store this one there",
    )
    return options


def fit_ideal(arguments: argparse.Namespace) -> tuple[Any, VoteMatrix]:
    """The ideal points the options ask for (:class:`kg.analysis.ideal.IdealPoints`) and the
    votes they rest on; says on stderr how the fit went."""
    import time

    from kg.analysis.ideal import IdealModel, ideal_points

    started = time.perf_counter()
    matrix = _load(arguments).select(start=arguments.start, end=arguments.end, organ="GA")
    if not matrix.shape[1]:
        raise DataError("no General Assembly roll call in the selection", fix="widen --from/--to")
    stored = IdealModel.load(arguments.model) if arguments.model else None
    result = ideal_points(matrix, drift=arguments.drift, bridge=arguments.bridge, warm_start=stored)
    if arguments.model:
        result.model.save(arguments.model)
    first, last = result.base
    print(
        f"ideal points: {result.rollcalls:,} roll calls ({result.bridged:,} bridged), "
        f"{result.votes:,} votes; {result.iterations} rounds"
        f"{' from the stored fit' if result.warm else ''}, "
        f"{'converged' if result.converged else 'NOT converged'}, "
        f"{time.perf_counter() - started:.1f} s; scale: United States positive, mean 0 and "
        f"standard deviation 1 over sessions {first}-{last} ({first + 1945}-{last + 1945})",
        file=sys.stderr,
    )
    return result, matrix


def _ideal(arguments: argparse.Namespace) -> int:
    result, matrix = fit_ideal(arguments)
    table = result.table
    if arguments.states:
        wanted = [_state(name.strip(), "--states") for name in arguments.states.split(",")]
        missing = sorted(set(wanted) - set(table["state"]))
        if missing:
            raise DataError(
                f"no ideal point for {', '.join(missing)} in this selection",
                fix="check the states and the period",
            )
        table = table[table["state"].isin(wanted)].reset_index(drop=True)
    if arguments.write_back:
        from kg.analysis.writeback import ideal_point_graph

        words = ", ".join(
            f"{name} {value}"
            for name, value in (("from", arguments.start), ("to", arguments.end))
            if value
        )
        selection = f"General Assembly, {words or 'all roll calls'}"
        graph = ideal_point_graph(result, selection=selection, period=matrix.period())
        _write_back(arguments.write_back, graph)
    _print(table, arguments.format)
    return 0
