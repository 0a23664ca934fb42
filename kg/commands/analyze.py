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
store), ``--endpoint URL`` (a SPARQL 1.1 server holding either) or ``--kg FILE`` (the built
graph, default ``out/kg.trig``), one of them: each gives the same vote matrix.
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
    date_options,
    handled_by,
    own_file,
    pair_options,
    period,
    positive_float,
    source_of,
    source_options,
    year_range,
)
from kg.errors import UsageError
from kg.graph import SELECTION, KnowledgeGraph, Source, organ_of, state_code

if TYPE_CHECKING:  # numpy and pandas load when a subcommand runs, not when dkg starts
    import pandas as pd


__all__ = ["fit_ideal", "ideal_options", "register"]


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add ``dkg analyze`` and its subcommands."""
    from kg.formats import TABLE_FORMATS

    analyze = subparsers.add_parser(
        "analyze", help="agreement, blocs, shifts, switchers and breaks in UN voting"
    )
    jobs = analyze.add_subparsers(dest="analysis", metavar="ANALYSIS", required=True)
    common = argparse.ArgumentParser(
        add_help=False, parents=[source_options("kg", "store", "endpoint", "votes")]
    )
    select = common.add_argument_group("which roll calls")
    date_options(select)
    select.add_argument("--session", help="GA session, e.g. 79 or ES-11")
    select.add_argument("--topic", help="topic code or label, e.g. hr, 'human rights'")
    select.add_argument(
        "--exclude-topic",
        action="append",
        metavar="TOPIC",
        help="leave out roll calls on this topic (repeatable)",
    )
    select.add_argument(
        "--important",
        action="store_true",
        help="only the roll calls the source marks as important votes (Voeten's importantvote)",
    )
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
    pair_options(pair, required=False)
    pair.add_argument("--write-back", type=own_file, metavar="FILE", help="also write RDF (TriG)")
    handled_by(pair, _agreement)

    blocs = jobs.add_parser("blocs", parents=[common], help="Louvain blocs and centrality")
    blocs.add_argument("--k", type=int, help="keep each state's k strongest edges (default 10)")
    blocs.add_argument("--threshold", type=float, help="keep edges with a score >= this")
    blocs.add_argument("--seed", type=int, default=0, help="Louvain seed (default 0)")
    blocs.add_argument("--seeds", type=int, default=20, help="runs for bloc stability")
    blocs.add_argument("--graphml", type=Path, help="write the graph as GraphML")
    blocs.add_argument("--gexf", type=Path, help="write the graph as GEXF (Gephi)")
    blocs.add_argument("--write-back", type=own_file, metavar="FILE", help="also write RDF (TriG)")
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
    pair_options(breaks, required=True)
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
    ideal.add_argument("--write-back", type=own_file, metavar="FILE", help="also write RDF (TriG)")
    handled_by(ideal, _ideal)


# --- shared steps ---------------------------------------------------------------------------


def _graph(arguments: argparse.Namespace) -> KnowledgeGraph:
    return KnowledgeGraph(source_of(arguments))


def _selection(arguments: argparse.Namespace) -> dict[str, Any]:
    """The roll-call selection options, as :meth:`kg.graph.KnowledgeGraph.matrix` takes them."""
    selection = {name: getattr(arguments, name) for name in SELECTION}
    selection["important"] = True if arguments.important else None  # not given: any
    return selection


def _measure(arguments: argparse.Namespace) -> dict[str, Any]:
    """The method options every analysis takes."""
    return {
        "method": arguments.method,
        "rules": arguments.rules,
        "min_joint_votes": arguments.min_joint,
    }


def _selection_words(arguments: argparse.Namespace) -> str:
    parts = [
        f"{name} {value}"
        for name, value in (
            ("series", arguments.series),
            ("session", arguments.session),
            ("topic", arguments.topic),
            ("without topic", ", ".join(arguments.exclude_topic or ())),
            ("organ", organ_of(arguments.organ, arguments.series)),
            ("from", arguments.start),
            ("to", arguments.end),
        )
        if value
    ]
    if arguments.important:
        parts.append("important votes")
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


def _note_low_counts(table: pd.DataFrame, what: str, arguments: argparse.Namespace) -> None:
    flagged = int(table["low_count"].sum())
    if flagged:
        print(
            f"note: {flagged} {what} rest on fewer than {arguments.min_joint} joint votes "
            "(flagged low_count; --min-joint sets the floor)",
            file=sys.stderr,
        )


# --- subcommands: each prints what a method of kg.graph.KnowledgeGraph returns --------------


def _agreement(arguments: argparse.Namespace) -> int:
    from kg.analysis.agreement import CATEGORIES

    graph, selection = _graph(arguments), _selection(arguments)
    table = graph.agreement(arguments.a, arguments.b, **_measure(arguments), **selection)
    _note_low_counts(table, "score(s)", arguments)
    if arguments.write_back:
        from kg.analysis.writeback import alignment_graph

        matrix = graph.matrix(**selection)
        rdf = alignment_graph(
            table,
            selection=_selection_words(arguments),
            period=matrix.period(),
            rollcall_count=matrix.shape[1],
        )
        _write_back(arguments.write_back, rdf)
    columns = ["state_a", "state_b", "method", "score", "joint_votes", *CATEGORIES]
    _print(table.loc[:, columns], arguments.format)
    return 0


def _blocs(arguments: argparse.Namespace) -> int:
    from kg.analysis.graph import write_gexf, write_graphml

    graph, selection = _graph(arguments), _selection(arguments)
    ties = {"k": arguments.k, "threshold": arguments.threshold, **_measure(arguments)}
    table = graph.blocs(seed=arguments.seed, seeds=arguments.seeds, **ties, **selection)
    if arguments.graphml or arguments.gexf:
        network = graph.network(**ties, **selection)
        for node, bloc in zip(table["state"], table["bloc"], strict=True):
            network.nodes[node]["bloc"] = bloc
        if arguments.graphml:
            print(f"wrote {write_graphml(network, arguments.graphml)}", file=sys.stderr)
        if arguments.gexf:
            print(f"wrote {write_gexf(network, arguments.gexf)}", file=sys.stderr)
    if arguments.write_back:
        from kg.analysis.writeback import bloc_graph

        rdf = bloc_graph(
            table,
            selection=_selection_words(arguments),
            seed=arguments.seed,
            period=graph.matrix(**selection).period(),
        )
        _write_back(arguments.write_back, rdf)
    _print(table, arguments.format)
    return 0


def _shifts(arguments: argparse.Namespace) -> int:
    table = _graph(arguments).shifts(
        arguments.before,
        arguments.after,
        reference=arguments.reference,
        pairs=arguments.pairs,
        blocs=arguments.blocs,
        k=arguments.k,
        seed=arguments.seed,
        **_measure(arguments),
        **_selection(arguments),
    )
    if arguments.pairs and not arguments.blocs:
        _note_low_counts(table, "pair(s) listed after the ranked ones", arguments)
    elif not arguments.blocs:
        _note_low_counts(table, "state(s) listed after the ranked ones", arguments)
    _print(table, arguments.format)
    return 0


def _switchers(arguments: argparse.Namespace) -> int:
    table = _graph(arguments).switchers(
        include_absent=arguments.include_absent, **_selection(arguments)
    )
    _print(table, arguments.format)
    return 0


def _breaks(arguments: argparse.Namespace) -> int:
    graph, selection = _graph(arguments), _selection(arguments)
    options = {"by": arguments.by, **_measure(arguments), **selection}
    table = graph.breaks(arguments.a, arguments.b, **options)
    _note_low_counts(table, f"{arguments.by}(s) listed last, without a change,", arguments)
    if arguments.drivers:
        table = graph.breaks(arguments.a, arguments.b, drivers=arguments.drivers, **options)
        largest = table.attrs["break"]
        state_a, state_b = state_code(arguments.a, "a"), state_code(arguments.b, "b")
        print(
            f"{state_a}-{state_b}: {largest['previous']} -> {largest[arguments.by]}, "
            f"change {largest['change']:+.4f} ({largest['previous_joint_votes']} and "
            f"{largest['joint_votes']} joint votes)",
            file=sys.stderr,
        )
    _print(table, arguments.format)
    return 0


# --- formal alliances against votes ----------------------------------------------------------


def relations_graph(arguments: argparse.Namespace) -> KnowledgeGraph:
    """Where the alliances and rivalries are: --relations (a store directory or a built
    graph), else the graph source (a votes file or an endpoint: then the built graph)."""
    source = source_of(arguments)
    remote = source.kind in ("votes", "endpoint")  # relations are read from a file or store
    location = arguments.relations or (defaults.KG_FILE if remote else source.location)
    return KnowledgeGraph(Source("store" if Path(location).is_dir() else "kg", location))


def _allies_vs_votes(arguments: argparse.Namespace) -> int:
    if bool(arguments.state) == arguments.all:
        raise UsageError("give --state STATE or --all", fix="e.g. --state USA")
    table = _graph(arguments).allies_vs_votes(
        None if arguments.all else arguments.state,
        years=arguments.years,
        relations=relations_graph(arguments),
        method=arguments.method,
        rules=arguments.rules,
        min_joint_votes=arguments.min_joint,
        **_selection(arguments),
    )
    _print(table, arguments.format)
    return 0


def _alliances(arguments: argparse.Namespace) -> int:
    from kg.analysis.allies import alliance_network
    from kg.analysis.graph import write_gexf, write_graphml

    relations = relations_graph(arguments)
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
            network = alliance_network(relations.relations, year)
            print(f"wrote {write(network, path)}", file=sys.stderr)
    table = _graph(arguments).alliance_communities(
        years=arguments.years,
        relations=relations,
        k=arguments.k,
        seed=arguments.seed,
        method=arguments.method,
        rules=arguments.rules,
        min_joint_votes=arguments.min_joint,
        **_selection(arguments),
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
    date_options(select)
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


def fit_ideal(arguments: argparse.Namespace) -> Any:
    """The ideal points the options ask for (:meth:`kg.graph.KnowledgeGraph.ideal_points`);
    says on stderr how the fit went."""
    import time

    from kg.analysis.ideal import IdealModel

    started = time.perf_counter()
    stored = IdealModel.load(arguments.model) if arguments.model else None
    result = _graph(arguments).ideal_points(
        start=arguments.start,
        end=arguments.end,
        drift=arguments.drift,
        bridge=arguments.bridge,
        warm_start=stored,
    )
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
    return result


def _ideal(arguments: argparse.Namespace) -> int:
    result = fit_ideal(arguments)
    names = arguments.states.split(",") if arguments.states else []
    table = result.rows([state_code(name.strip(), "states") for name in names])
    if arguments.write_back:
        from kg.analysis.writeback import ideal_point_graph

        words = ", ".join(
            f"{name} {value}"
            for name, value in (("from", arguments.start), ("to", arguments.end))
            if value
        )
        selection = f"General Assembly, {words or 'all roll calls'}"
        graph = ideal_point_graph(result, selection=selection, period=result.period)
        _write_back(arguments.write_back, graph)
    _print(table, arguments.format)
    return 0
