"""One graph handle: open any source, ask SPARQL, get the analyses as typed tables.

A graph is read from the built dataset file (``kg``: TriG or N-Quads written by ``dkg
build``), an Oxigraph store directory (``store``: filled by ``dkg import``), a SPARQL 1.1
server (``endpoint``) or a tidy voting-history file read directly (``votes``). Exactly one
is given (:func:`choose_source` is the one rule; the command line falls back on
``out/kg.trig`` when none is). :func:`open_graph` returns a :class:`KnowledgeGraph`, which the
command line, the notebooks and the tests share:

>>> graph = open_graph(votes="tests/fixtures/history/tidy/votes.csv")  # run from the checkout
>>> row = graph.agreement("USA", "RUS").iloc[0]
>>> row["state_a"], row["state_b"], float(row["score"]), int(row["joint_votes"])
('USA', 'RUS', 0.0, 2)
>>> graph.select("SELECT (COUNT(*) AS ?ballots) WHERE { ?b a dkg:Ballot }").dtypes["ballots"]
Int64Dtype()

>>> choose_source(store="out/store")
Source(kind='store', location='out/store')
>>> choose_source(default=Source("kg", "out/kg.trig"))
Source(kind='kg', location='out/kg.trig')
>>> choose_source(kg="a.trig", store="out/store")
Traceback (most recent call last):
...
kg.errors.UsageError: two graph sources: --kg and --store (fix: give one of them)
"""

from __future__ import annotations

import datetime as dt
import functools
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg import defaults
from kg.errors import DataError, UsageError

if TYPE_CHECKING:  # the handle loads what a method needs when it runs
    import networkx as nx
    import pandas as pd

    from kg.analysis.allies import Relations
    from kg.analysis.ideal import IdealModel, IdealPoints
    from kg.analysis.matrix import VoteMatrix

__all__ = ["SOURCE_KINDS", "KnowledgeGraph", "Source", "choose_source", "open_graph"]

#: the kinds of graph source, in the order the help lists them
SOURCE_KINDS = ("kg", "store", "endpoint", "votes")


@dataclass(frozen=True)
class Source:
    """One graph source: its kind (one of :data:`SOURCE_KINDS`) and its path or URL."""

    kind: str
    location: Path | str

    def __post_init__(self) -> None:
        if self.kind not in SOURCE_KINDS:
            raise UsageError(
                f"unknown graph source {self.kind!r}", fix=f"use one of {', '.join(SOURCE_KINDS)}"
            )


def choose_source(
    *,
    kg: Path | str | None = None,
    store: Path | str | None = None,
    endpoint: str | None = None,
    votes: Path | str | None = None,
    default: Source | None = None,
) -> Source:
    """The one source given, else ``default``; two sources, or none and no default, is an error.

    This is the only place that decides which graph a command, a notebook or a test reads.
    """
    given = {"kg": kg, "store": store, "endpoint": endpoint, "votes": votes}
    chosen = [Source(kind, value) for kind, value in given.items() if value not in (None, "")]
    if len(chosen) > 1:
        names = " and ".join(f"--{source.kind}" for source in chosen)
        raise UsageError(f"{_count(len(chosen))} graph sources: {names}", fix="give one of them")
    if chosen:
        return chosen[0]
    if default is not None:
        return default
    raise UsageError(
        "no graph source", fix="give one of kg=PATH, store=DIR, endpoint=URL or votes=PATH"
    )


def _count(number: int) -> str:
    return {2: "two", 3: "three", 4: "four"}.get(number, str(number))


def open_graph(
    *,
    kg: Path | str | None = None,
    store: Path | str | None = None,
    endpoint: str | None = None,
    votes: Path | str | None = None,
) -> KnowledgeGraph:
    """Open one graph source: ``kg=PATH``, ``store=DIR``, ``endpoint=URL`` or ``votes=PATH``.

    Nothing is read yet: each source is loaded on first use and kept.

    >>> open_graph(kg="out/kg.trig")
    KnowledgeGraph(kg='out/kg.trig')
    >>> open_graph()
    Traceback (most recent call last):
    ...
    kg.errors.UsageError: no graph source (fix: give one of kg=PATH, store=DIR, ...)
    """
    return KnowledgeGraph(choose_source(kg=kg, store=store, endpoint=endpoint, votes=votes))


#: the options that select roll calls, as ``dkg analyze`` takes them
SELECTION = (
    "start", "end", "session", "topic", "exclude_topic", "important", "series", "organ",
    "drop_unanimous",
)  # fmt: skip


class KnowledgeGraph:
    """A graph source and the questions it answers: SPARQL and the vote analyses.

    Every analysis method takes the roll-call selection of ``dkg analyze`` as keywords
    (:meth:`matrix`: ``start``, ``end``, ``session``, ``topic``, ``exclude_topic``,
    ``important``, ``series``, ``organ``, ``drop_unanimous``) and returns the table the
    command prints (numbers unrounded). To add one: a method that selects with
    ``self.matrix(**selection)``, calls the library function of :mod:`kg.analysis` and
    returns its table; the ``dkg analyze`` subcommand then calls the method (see
    :mod:`kg.commands.analyze`).
    """

    def __init__(self, source: Source) -> None:
        self.source = source
        self._temporary: tempfile.TemporaryDirectory | None = None

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.source.kind}={str(self.source.location)!r})"

    def __enter__(self) -> KnowledgeGraph:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def close(self) -> None:
        """Drop what was loaded (and the temporary store of a ``votes`` source)."""
        self.__dict__.pop("queryable", None)
        self.__dict__.pop("votes", None)
        if self._temporary is not None:
            self._temporary.cleanup()
            self._temporary = None

    # --- SPARQL ---------------------------------------------------------------------------

    @functools.cached_property
    def queryable(self) -> Any:
        """What SPARQL runs on: an rdflib ``Dataset`` (``kg``), a pyoxigraph ``Store``
        (``store``; for ``votes``, the file imported into a temporary store) or a
        :class:`kg.remote.SparqlEndpoint`."""
        kind, location = self.source.kind, self.source.location
        if kind == "endpoint":
            from kg.remote import SparqlEndpoint

            return SparqlEndpoint(str(location))
        if kind == "kg":
            from kg.build import load_dataset

            return load_dataset(Path(location))
        from kg.store import import_history, open_store

        if kind == "store":
            return open_store(Path(location))
        self._temporary = tempfile.TemporaryDirectory(prefix="dkg-votes-")
        directory = Path(self._temporary.name) / "store"
        import_history("tidy", Path(location), store_dir=directory, quiet=True)
        return open_store(directory)

    def select(self, query: str | Path, **parameters: Any) -> pd.DataFrame:
        """Run a SELECT query: a name of ``queries/``, a ``.rq`` path or SPARQL text.

        Parameters are the query's (``symbol="A/RES/ES-11/7"``); SPARQL text that does not
        declare them (``# Parameter:`` lines) gets each bound as its Python value (a string,
        an integer or a date). The result is typed (:func:`kg.query.select_table`).
        """
        from kg.query import Parameter, load_query, select_table

        loaded = load_query(query)
        declared = {parameter.name for parameter in loaded.parameters}
        extra = tuple(
            Parameter(name, _parameter_type(value), "", name)
            for name, value in parameters.items()
            if name not in declared
        )
        if extra and loaded.path != Path("<query>"):
            unknown = ", ".join(parameter.name for parameter in extra)
            raise UsageError(
                f"query {loaded.name} has no parameter {unknown}",
                fix=f"its parameters: {', '.join(sorted(declared)) or 'none'}",
            )
        loaded = replace(loaded, parameters=loaded.parameters + extra)
        values = {name: _parameter_text(value) for name, value in parameters.items()}
        return select_table(self.queryable, loaded, values)

    # --- the vote matrix and its analyses -------------------------------------------------

    @functools.cached_property
    def votes(self) -> VoteMatrix:
        """The whole vote matrix of the source, as read (:meth:`matrix` selects from it)."""
        from kg.analysis.sources import extract_matrix, load_matrix

        if self.source.kind == "endpoint":
            return extract_matrix(self.queryable)
        if self.source.kind == "kg" and "queryable" in self.__dict__:
            return extract_matrix(self.queryable)  # the dataset is loaded already
        return load_matrix(**{self.source.kind: self.source.location})

    def matrix(
        self,
        *,
        start: str | dt.date | None = None,
        end: str | dt.date | None = None,
        session: str | None = None,
        topic: str | None = None,
        exclude_topic: str | list[str] | None = None,
        important: bool | None = None,
        series: str | None = None,
        organ: str | None = None,
        drop_unanimous: bool = False,
    ) -> VoteMatrix:
        """The states x roll calls vote matrix of the selected roll calls.

        ``organ`` defaults to the series' organ, else ``GA``; ``organ="all"`` keeps every
        organ. ``important=True`` keeps the votes the source marks important (Voeten's
        ``importantvote``). See :meth:`kg.analysis.matrix.VoteMatrix.select`; an unknown
        session, organ or topic is a :class:`~kg.errors.UsageError` listing the valid ones, a
        selection without roll calls a :class:`~kg.errors.DataError`.
        """
        selected = self.votes.select(
            start=start or None,
            end=end or None,
            session=session,
            organ=organ_of(organ, series),
            topic=topic,
            exclude_topic=exclude_topic or None,
            important=important,
            series=series,
            drop_unanimous=drop_unanimous,
        )
        if not selected.shape[1]:
            raise DataError("no roll call matches the selection", fix="widen the period or series")
        return selected

    def agreement(
        self,
        a: str | None = None,
        b: str | None = None,
        *,
        method: str = "voeten",
        rules: str | None = None,
        min_joint_votes: int = defaults.MIN_JOINT_VOTES,
        **selection: Any,
    ) -> pd.DataFrame:
        """Agreement of the pair ``a``, ``b`` (codes or names), or of every pair.

        Columns ``state_a, state_b, method, score, joint_votes, low_count`` and the counts
        behind each score (:data:`kg.analysis.agreement.CATEGORIES`).
        """
        from kg.analysis.agreement import agreement_table, pair_agreement

        matrix = self.matrix(**selection)
        if a or b:
            return pair_agreement(
                matrix,
                state_code(a, "a"),
                state_code(b, "b"),
                method,
                rules=rules,
                min_joint_votes=min_joint_votes,
            )
        return agreement_table(matrix, method, rules=rules, min_joint_votes=min_joint_votes)

    def coincidence(
        self,
        a: str | None = None,
        b: str | None = None,
        *,
        rules: str | None = None,
        min_joint_votes: int = defaults.MIN_JOINT_VOTES,
        **selection: Any,
    ) -> pd.DataFrame:
        """The US State Department's voting coincidence of ``a`` and ``b``, or of every pair.

        The rule is that of the selection's calendar year (the report's; a selection
        spanning two rules is a :class:`~kg.errors.UsageError`) unless ``rules`` forces one
        (``"2017"``, ``"2021"``, ``"votes-only"``); the ``method`` column names it, the
        category columns show the counts behind the score (see
        :func:`kg.analysis.agreement.coincidence`).

        >>> graph = open_graph(votes="tests/fixtures/history/tidy/votes.csv")
        >>> table = graph.coincidence("USA", "RUS", start="2023-01-01", end="2023-12-31")
        >>> table[["method", "score", "joint_votes", "opposite"]].values.tolist()
        [['coincidence-2021', 0.0, 1, 1]]
        """
        return self.agreement(
            a, b, method="coincidence", rules=rules, min_joint_votes=min_joint_votes, **selection
        )

    def series(
        self,
        a: str,
        b: str,
        *,
        by: str = "year",
        method: str = "voeten",
        rules: str | None = None,
        min_joint_votes: int = defaults.MIN_JOINT_VOTES,
        **selection: Any,
    ) -> pd.DataFrame:
        """A pair's agreement per year (or session), in order: ``state_a, state_b, period,
        score, joint_votes, low_count, method`` (the series ``dkg plot series`` draws; one
        rule for the whole series, see :func:`kg.analysis.shifts.agreement_series`)."""
        from kg.analysis.shifts import agreement_series

        return agreement_series(
            self.matrix(**selection),
            [(state_code(a, "a"), state_code(b, "b"))],
            method,
            rules=rules,
            by=by,
            min_joint_votes=min_joint_votes,
        )

    def network(
        self,
        *,
        k: int | None = None,
        threshold: float | None = None,
        method: str = "voeten",
        rules: str | None = None,
        min_joint_votes: int = defaults.MIN_JOINT_VOTES,
        **selection: Any,
    ) -> nx.Graph:
        """The agreement graph of the selection, each state's ``k`` (default 10) strongest ties
        kept, or the ties scoring at least ``threshold``."""
        return _network(
            self.matrix(**selection), method, rules, min_joint_votes, k=k, threshold=threshold
        )

    def blocs(
        self,
        *,
        k: int | None = None,
        threshold: float | None = None,
        seed: int = 0,
        seeds: int = 20,
        method: str = "voeten",
        rules: str | None = None,
        min_joint_votes: int = defaults.MIN_JOINT_VOTES,
        **selection: Any,
    ) -> pd.DataFrame:
        """Louvain blocs of :meth:`network`: ``state, name, bloc, stability,
        weighted_degree, betweenness``."""
        from kg.analysis.blocs import bloc_table

        graph = self.network(
            k=k,
            threshold=threshold,
            method=method,
            rules=rules,
            min_joint_votes=min_joint_votes,
            **selection,
        )
        return bloc_table(graph, seed=seed, seeds=range(seeds))

    def shifts(
        self,
        before: str | tuple[Any, Any],
        after: str | tuple[Any, Any],
        *,
        reference: str | None = None,
        pairs: int | None = None,
        blocs: bool = False,
        k: int = 10,
        seed: int = 0,
        method: str = "voeten",
        rules: str | None = None,
        min_joint_votes: int = defaults.MIN_JOINT_VOTES,
        **selection: Any,
    ) -> pd.DataFrame:
        """Change between two periods (``"FROM:TO"`` or ``(from, to)``): each state's
        agreement with ``reference``, the ``pairs`` pairs that moved most, or (``blocs``)
        each state's bloc before and after."""
        from kg.analysis.shifts import bloc_shifts, pair_shifts, reference_shift

        first = self.matrix(**_period(before, selection))
        second = self.matrix(**_period(after, selection))
        if blocs:
            return bloc_shifts(
                _network(first, method, rules, min_joint_votes, k=k),
                _network(second, method, rules, min_joint_votes, k=k),
                seed=seed,
            )
        changes = ("before", "after", "change", "before_joint", "after_joint", "low_count")
        if pairs:
            table = pair_shifts(
                first,
                second,
                method,
                rules=rules,
                min_joint_votes=min_joint_votes,
                top=pairs,
            )
            return table.loc[:, ["rank", "state_a", "state_b", *changes, "method"]]
        table = reference_shift(
            first,
            second,
            state_code(reference, "reference"),
            method,
            rules=rules,
            min_joint_votes=min_joint_votes,
        )
        return table.loc[:, ["rank", "state", "name", *changes, "method"]]

    def switchers(self, *, include_absent: bool = False, **selection: Any) -> pd.DataFrame:
        """Who changed vote across the selected roll calls, and how often."""
        from kg.analysis.shifts import switchers

        return switchers(self.matrix(**selection), include_absent=include_absent)

    def breaks(
        self,
        a: str,
        b: str,
        *,
        by: str = "year",
        drivers: int | None = None,
        method: str = "voeten",
        rules: str | None = None,
        min_joint_votes: int = defaults.MIN_JOINT_VOTES,
        **selection: Any,
    ) -> pd.DataFrame:
        """A pair's agreement per year (or session) and its largest changes; with
        ``drivers=N``, the N roll calls behind the largest change instead (that change is in
        the table's ``attrs["break"]``)."""
        from kg.analysis.shifts import break_drivers, breaks

        matrix = self.matrix(**selection)
        state_a, state_b = state_code(a, "a"), state_code(b, "b")
        table = breaks(
            matrix,
            state_a,
            state_b,
            method,
            rules=rules,
            by=by,
            min_joint_votes=min_joint_votes,
        )
        if not drivers:
            return table
        ranked = table.dropna(subset=["rank"])
        if ranked.empty:
            raise DataError(
                f"no break of {state_a}-{state_b} rests on {min_joint_votes} joint votes a side",
                fix="widen the period or lower --min-joint",
            )
        largest = ranked.iloc[0]
        result = break_drivers(
            matrix,
            state_a,
            state_b,
            largest["previous"],
            largest[by],
            method,
            rules=rules,
            by=by,
            top=drivers,
        )
        result.attrs["break"] = largest.to_dict()
        return result

    def ideal_points(
        self,
        *,
        start: str | dt.date | None = None,
        end: str | dt.date | None = None,
        drift: float = defaults.IDEAL_DRIFT,
        bridge: bool = True,
        warm_start: IdealModel | None = None,
    ) -> IdealPoints:
        """The ideal-point fit of the General Assembly roll calls from ``start`` to ``end``
        (:func:`kg.analysis.ideal.ideal_points`): its table, the model to store for a warm
        start, its rounds and timings."""
        from kg.analysis.ideal import ideal_points

        matrix = self.matrix(start=start, end=end, organ="GA")
        return ideal_points(matrix, drift=drift, bridge=bridge, warm_start=warm_start)

    def ideal(self, states: list[str] | None = None, **options: Any) -> pd.DataFrame:
        """Ideal points: ``state, session, year, ideal, lower, upper, votes`` for every state
        (or ``states``, codes or names) in every regular GA session of the period; the options
        are those of :meth:`ideal_points`.

        >>> graph = open_graph(votes="tests/fixtures/history/tidy/votes.csv")
        >>> graph.ideal(["USA"]).columns.tolist()
        ['state', 'session', 'year', 'ideal', 'lower', 'upper', 'votes']
        """
        codes = [state_code(state, "states") for state in states or ()]
        return self.ideal_points(**options).rows(codes)

    # --- formal alliances against votes -------------------------------------------------

    @functools.cached_property
    def relations(self) -> Relations:
        """The graph's alliance commitments and rivalries (:func:`kg.analysis.allies.
        read_relations`), keyed as the vote matrix."""
        from kg.analysis.allies import read_relations

        return read_relations(self.queryable)

    def allies_vs_votes(
        self,
        state: str | None = None,
        *,
        years: tuple[int, int],
        relations: KnowledgeGraph | Path | str | None = None,
        method: str = "voeten",
        rules: str | None = None,
        min_joint_votes: int = defaults.MIN_JOINT_VOTES,
        **selection: Any,
    ) -> pd.DataFrame:
        """A state's (every state's, when ``state`` is None) mean agreement with its formal
        allies, its rivals and everyone else, per year from ``years[0]`` to ``years[1]``:
        ``state, year, group, mean_agreement, states, joint_votes``
        (:func:`kg.analysis.allies.allies_vs_votes`).

        The alliances and rivalries come from ``relations`` (another graph, or the path of a
        store directory or built graph), by default from this graph.
        """
        from kg.analysis.allies import allies_vs_votes

        return allies_vs_votes(
            self._year_matrix(years, selection),
            self._relations_of(relations),
            None if state is None else [state_code(state, "state")],
            method=method,
            rules=rules,
            min_joint_votes=min_joint_votes,
        )

    def alliance_communities(
        self,
        *,
        years: tuple[int, int],
        relations: KnowledgeGraph | Path | str | None = None,
        k: int = 10,
        seed: int = 0,
        method: str = "voeten",
        rules: str | None = None,
        min_joint_votes: int = defaults.MIN_JOINT_VOTES,
        **selection: Any,
    ) -> pd.DataFrame:
        """Per year, the Louvain communities of the alliance network against the voting blocs:
        ``year, states, alliance_communities, voting_blocs, nmi, ari``
        (:func:`kg.analysis.allies.communities_vs_blocs`)."""
        from kg.analysis.allies import communities_vs_blocs

        return communities_vs_blocs(
            self._year_matrix(years, selection),
            self._relations_of(relations),
            method=method,
            rules=rules,
            k=k,
            seed=seed,
            min_joint_votes=min_joint_votes,
        )

    def _year_matrix(self, years: tuple[int, int], selection: dict[str, Any]) -> VoteMatrix:
        first, last = years
        return self.matrix(**{**selection, "start": f"{first}-01-01", "end": f"{last}-12-31"})

    def _relations_of(self, relations: KnowledgeGraph | Path | str | None) -> Relations:
        if relations is None:
            return self.relations
        if not isinstance(relations, KnowledgeGraph):
            kind = "store" if Path(relations).is_dir() else "kg"
            relations = KnowledgeGraph(Source(kind, relations))
        return relations.relations


def organ_of(organ: str | None, series: str | None) -> str | None:
    """The organ a selection means: the one given (``all``: any), else the series', else GA.

    >>> organ_of(None, "ukraine-council"), organ_of("all", None), organ_of(None, None)
    ('SC', None, 'GA')
    """
    from kg.analysis.series import load_series

    if organ:
        return None if organ.lower() == "all" else organ
    if series:
        return load_series(series).organ
    return "GA"


def state_code(text: str | None, what: str) -> str:
    """A state's code as the UN voting record files it ("USSR" is RUS, "Congo" COG).

    >>> state_code("the United States", "a")
    'USA'
    """
    from kg.registry import resolve_state

    if not text:
        raise UsageError(f"--{what} is missing", fix=f"give --{what} STATE (a code or name)")
    return resolve_state(text, un_record=True).iso3


def _network(
    matrix: VoteMatrix,
    method: str,
    rules: str | None,
    min_joint_votes: int,
    *,
    k: int | None = None,
    threshold: float | None = None,
) -> nx.Graph:
    from kg.analysis.agreement import agreement
    from kg.analysis.graph import agreement_graph, sparsify

    if k is not None and threshold is not None:
        raise UsageError("give --k or --threshold, not both", fix="drop one")
    graph = agreement_graph(
        agreement(matrix, method, rules=rules),
        on=matrix.period()[1] or None,
        min_joint_votes=min_joint_votes,
    )
    if threshold is not None:
        return sparsify(graph, threshold=threshold)
    return sparsify(graph, k=k or 10)


def _period(period: str | tuple[Any, Any], selection: dict[str, Any]) -> dict[str, Any]:
    """``selection`` with ``start`` and ``end`` set to the period's."""
    if isinstance(period, str):
        start, separator, end = period.partition(":")
        if not separator:
            raise UsageError(f"period {period!r} is not FROM:TO", fix="e.g. 2022-01-01:2023-12-31")
    else:
        start, end = period
    return {**selection, "start": start or None, "end": end or None}


def _parameter_type(value: Any) -> str:
    if isinstance(value, bool):
        return "string"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, dt.date):
        return "date"
    return "string"


def _parameter_text(value: Any) -> str:
    return value.isoformat() if isinstance(value, dt.date) else str(value)
