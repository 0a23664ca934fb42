"""Who moved: agreement between two periods, over time, and vote switchers within a series.

- :func:`reference_shift`: each state's agreement with one reference state before and after
  (the movers);
- :func:`pair_shifts`: the pairs whose agreement moved most;
- :func:`rank_changes`: how both rank changes: by size, only where the scores on both sides
  rest on at least ``min_joint_votes`` joint votes (the rest is listed after, flagged);
- :func:`bloc_shifts`: each state's bloc before and after;
- :func:`agreement_series` and :func:`breaks`: a pair's yearly (or per-session) agreement and
  its largest year-to-year changes (breaks, on enough votes a side), and
  :func:`break_drivers`: the roll calls behind a change;
- :func:`switchers`: the states whose vote changed across a series of roll calls.

>>> from kg.analysis.matrix import VoteMatrix
>>> matrix = VoteMatrix.from_votes(
...     [("USA", "r1", "Y"), ("RUS", "r1", "N"), ("USA", "r2", "N"), ("RUS", "r2", "N")],
...     dates={"r1": "2022-03-02", "r2": "2025-02-24"})
>>> print(breaks(matrix, "USA", "RUS", min_joint_votes=1).iloc[:, :5].to_string(index=False))
 year  score  change  joint_votes  previous
 2025    1.0     1.0            1      2022
 2022    0.0     NaN            1      <NA>
>>> switchers(matrix).loc[:, ["state", "r1", "r2", "switches"]].values.tolist()
[['USA', 'Y', 'N', 1]]
"""

from __future__ import annotations

import itertools

import networkx as nx
import numpy as np
import pandas as pd

from kg.analysis.agreement import (
    DEFAULT_MIN_JOINT_VOTES,
    agreement,
    resolve_method,
    rollcall_points,
)
from kg.analysis.blocs import louvain_blocs
from kg.analysis.matrix import ABSENT, ABSTAIN, CODE_LETTERS, NO, NOT_MEMBER, YES, VoteMatrix
from kg.analysis.states import state_names
from kg.errors import DataError, UsageError

__all__ = [
    "agreement_series",
    "bloc_shifts",
    "break_drivers",
    "breaks",
    "pair_shifts",
    "rank_changes",
    "reference_shift",
    "switchers",
]


def rank_changes(
    table: pd.DataFrame,
    joint_columns: tuple[str, str],
    *,
    min_joint_votes: int = DEFAULT_MIN_JOINT_VOTES,
) -> pd.DataFrame:
    """Rank the rows of ``table`` by the size of their ``change``, on enough votes only.

    Parameters
    ----------
    table : pandas.DataFrame
        Has a ``change`` column and the two columns ``joint_columns`` that count the joint
        votes behind the two scores the change compares.
    joint_columns : tuple of str
        E.g. ``("before_joint", "after_joint")``.
    min_joint_votes : int
        The floor: a row with fewer joint votes on either side is flagged ``low_count`` and
        not ranked.

    Returns
    -------
    pandas.DataFrame
        ``table`` with ``low_count`` and ``rank`` (1 = largest change; empty when not
        ranked) added, ranked rows first. Ties in the size of the change go to the row
        resting on more votes (the smaller side first, then both sides together); rows still
        tied share a rank. Unranked rows (low counts, or no change) follow, largest change
        first, flagged: never dropped.

    Examples
    --------
    >>> table = pd.DataFrame({"state": ["A", "B", "C", "D"], "change": [0.2, -0.3, 0.2, 0.9],
    ...                       "before_joint": [50, 40, 60, 3], "after_joint": [50, 40, 60, 80]})
    >>> ranked = rank_changes(table, ("before_joint", "after_joint"), min_joint_votes=10)
    >>> ranked[["state", "rank", "low_count"]].values.tolist()
    [['B', 1, False], ['C', 2, False], ['A', 3, False], ['D', <NA>, True]]
    """
    joint = table[list(joint_columns)].fillna(0)
    fewest, total = joint.min(axis=1).to_numpy(), joint.sum(axis=1).to_numpy()
    table = table.assign(low_count=fewest < min_joint_votes)
    size = table["change"].abs().round(12).to_numpy()
    ranked = (~table["low_count"] & table["change"].notna()).to_numpy()
    order = np.lexsort((-total, -fewest, -np.nan_to_num(size, nan=-1.0), ~ranked))
    keys = list(zip(size[order], fewest[order], total[order], strict=True))
    ranks: list[object] = []
    for position, (index, key) in enumerate(zip(order, keys, strict=True)):
        if not ranked[index]:
            ranks.append(pd.NA)
        elif position and ranked[order[position - 1]] and key == keys[position - 1]:
            ranks.append(ranks[-1])
        else:
            ranks.append(position + 1)
    result = table.iloc[order].reset_index(drop=True)
    result["rank"] = pd.array(ranks, dtype="Int64")
    return result


def _check_same_rule(first: str, second: str) -> str:
    if first != second:
        raise UsageError(
            f"the periods fall under different rules ({first} before, {second} after): "
            "their difference would measure the change of rule",
            fix="force one rule for both with --rules 2017|2021|votes-only",
        )
    return first


def _scores_with(matrix: VoteMatrix, reference: str, method: str) -> pd.DataFrame:
    result = agreement(matrix, method)
    row = result.states.index(reference) if reference in result.states else None
    if row is None:
        return pd.DataFrame(columns=["score", "joint"], dtype=float)
    return pd.DataFrame(
        {"score": result.scores[row], "joint": result.joint_votes[row]},
        index=list(result.states),
    )


def reference_shift(
    before: VoteMatrix,
    after: VoteMatrix,
    reference: str,
    method: str = "voeten",
    *,
    rules: str | None = None,
    min_joint_votes: int = DEFAULT_MIN_JOINT_VOTES,
) -> pd.DataFrame:
    """Each state's agreement with ``reference`` in two selections, and the change: the movers.

    Columns ``state, name, before, after, change, before_joint, after_joint, method,
    low_count, rank``. Ranked as :func:`rank_changes` does: by the size of the change among
    the states with at least ``min_joint_votes`` joint votes in both periods; the others
    follow, flagged ``low_count``. A coincidence whose two periods fall under different report
    rules is refused (force one with ``rules``).
    """
    if reference not in before.states and reference not in after.states:
        raise DataError(f"{reference} has no votes in either period", fix="check the periods")
    rule = _check_same_rule(
        resolve_method(method, rules, before.rollcalls["year"]),
        resolve_method(method, rules, after.rollcalls["year"]),
    )
    first, second = _scores_with(before, reference, rule), _scores_with(after, reference, rule)
    states = sorted((set(first.index) | set(second.index)) - {reference})
    first, second = first.reindex(states), second.reindex(states)
    table = pd.DataFrame(
        {
            "state": states,
            "name": state_names(states),
            "before": first["score"].to_numpy(dtype=float),
            "after": second["score"].to_numpy(dtype=float),
            "before_joint": first["joint"].fillna(0).to_numpy(dtype=int),
            "after_joint": second["joint"].fillna(0).to_numpy(dtype=int),
            "method": rule,
        }
    )
    table.insert(4, "change", table["after"] - table["before"])
    return rank_changes(table, ("before_joint", "after_joint"), min_joint_votes=min_joint_votes)


def pair_shifts(
    before: VoteMatrix,
    after: VoteMatrix,
    method: str = "voeten",
    *,
    rules: str | None = None,
    min_joint_votes: int = DEFAULT_MIN_JOINT_VOTES,
    top: int | None = 20,
) -> pd.DataFrame:
    """The pairs whose agreement changed most, ranked as :func:`rank_changes` does.

    Columns ``state_a, state_b, before, after, change, before_joint, after_joint, method,
    low_count, rank``: the ``top`` ranked pairs (all when None), then every pair of states
    present in both periods that rests on fewer than ``min_joint_votes`` joint votes in
    either, flagged ``low_count``.
    """
    rule = _check_same_rule(
        resolve_method(method, rules, before.rollcalls["year"]),
        resolve_method(method, rules, after.rollcalls["year"]),
    )
    first, second = agreement(before, rule), agreement(after, rule)
    common = sorted(set(first.states) & set(second.states))
    rows_first = np.array([first.states.index(s) for s in common], dtype=int)
    rows_second = np.array([second.states.index(s) for s in common], dtype=int)
    i, j = np.triu_indices(len(common), k=1)
    codes = np.asarray(common)
    table = pd.DataFrame(
        {
            "state_a": codes[i],
            "state_b": codes[j],
            "before": first.scores[rows_first[i], rows_first[j]],
            "after": second.scores[rows_second[i], rows_second[j]],
        }
    )
    table.insert(4, "change", table["after"] - table["before"])
    table["before_joint"] = first.joint_votes[rows_first[i], rows_first[j]]
    table["after_joint"] = second.joint_votes[rows_second[i], rows_second[j]]
    table["method"] = rule
    table = rank_changes(table, ("before_joint", "after_joint"), min_joint_votes=min_joint_votes)
    if not top:
        return table
    ranked = table["rank"].notna()
    return pd.concat([table[ranked].head(top), table[table["low_count"]]], ignore_index=True)


def bloc_shifts(
    before: nx.Graph, after: nx.Graph, *, seed: int = 0, resolution: float = 1.0
) -> pd.DataFrame:
    """Each state's Louvain bloc (named after its anchor) in two agreement graphs.

    Columns ``state, name, bloc_before, bloc_after, moved``; ``moved`` is true when the bloc's
    name changed (a state new in one period has an empty bloc in the other).
    """
    first = louvain_blocs(before, seed=seed, resolution=resolution)
    second = louvain_blocs(after, seed=seed, resolution=resolution)
    states = sorted(set(first) | set(second))
    table = pd.DataFrame(
        {
            "state": states,
            "name": state_names(states),
            "bloc_before": [first.get(s, "") for s in states],
            "bloc_after": [second.get(s, "") for s in states],
        }
    )
    table["moved"] = table["bloc_before"] != table["bloc_after"]
    return table


def _pair_rollcalls(matrix: VoteMatrix, state_a: str, state_b: str, rule: str) -> np.ndarray:
    return rollcall_points(
        matrix.votes[matrix.index(state_a)], matrix.votes[matrix.index(state_b)], rule
    )


def _periods(matrix: VoteMatrix, by: str) -> pd.Series:
    if by == "year":
        return matrix.rollcalls["year"]
    if by == "session":
        return matrix.rollcalls["session"]
    raise UsageError(f"unknown period {by!r}", fix="use year or session")


def agreement_series(
    matrix: VoteMatrix,
    pairs: list[tuple[str, str]],
    method: str = "voeten",
    *,
    rules: str | None = None,
    by: str = "year",
    min_joint_votes: int = DEFAULT_MIN_JOINT_VOTES,
) -> pd.DataFrame:
    """Agreement of each pair per year (or session), in order.

    Columns ``state_a, state_b, period, score, joint_votes, low_count, method``;
    ``low_count`` marks periods whose score rests on fewer than ``min_joint_votes`` joint
    votes. Periods without a joint vote of the pair are left out. One rule serves the whole
    series (a coincidence over years of two report rules is refused: force one with
    ``rules``), so that its changes are changes of votes, not of rules.

    >>> from kg.analysis.matrix import VoteMatrix
    >>> matrix = VoteMatrix.from_votes(
    ...     [("USA", "r1", "Y"), ("GBR", "r1", "Y"), ("USA", "r2", "Y"), ("GBR", "r2", "X")],
    ...     dates={"r1": "2021-03-02", "r2": "2022-02-24"})
    >>> agreement_series(matrix, [("USA", "GBR")], "coincidence", min_joint_votes=1).values.tolist()
    [['USA', 'GBR', 2021, 1.0, 1, False, 'coincidence-2021'], \
['USA', 'GBR', 2022, 0.5, 1, False, 'coincidence-2021']]
    """
    rule = resolve_method(method, rules, matrix.rollcalls["year"])
    periods = _periods(matrix, by)
    frames = []
    for state_a, state_b in pairs:
        per_rollcall = pd.Series(_pair_rollcalls(matrix, state_a, state_b, rule))
        grouped = per_rollcall.groupby(periods.to_numpy(), sort=False)
        frame = pd.DataFrame({"score": grouped.mean(), "joint_votes": grouped.count()})
        frame = frame[frame["joint_votes"] > 0]
        frame.insert(0, "period", frame.index)
        frame.insert(0, "state_b", state_b)
        frame.insert(0, "state_a", state_a)
        frame["low_count"] = frame["joint_votes"] < min_joint_votes
        frame["method"] = rule
        frames.append(frame.reset_index(drop=True))
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()


def breaks(
    matrix: VoteMatrix,
    state_a: str,
    state_b: str,
    method: str = "voeten",
    *,
    rules: str | None = None,
    by: str = "year",
    min_joint_votes: int = DEFAULT_MIN_JOINT_VOTES,
) -> pd.DataFrame:
    """A pair's agreement per year (or session), and its breaks: the largest changes.

    Parameters
    ----------
    matrix : VoteMatrix
        The roll calls.
    state_a, state_b : str
        The pair.
    method, rules : str
        As in :func:`kg.analysis.agreement.agreement`; one rule for the whole series.
    by : {"year", "session"}
        The period.
    min_joint_votes : int
        A period whose score rests on fewer joint votes is flagged ``low_count`` and takes
        no part in a change: a break needs enough votes on both sides.

    Returns
    -------
    pandas.DataFrame
        Columns ``year`` (or ``session``), ``score, change, joint_votes, previous,
        previous_joint_votes, low_count, rank, method``. ``change`` is the score minus that
        of ``previous``, the latest earlier period resting on enough votes (periods between
        them are low-count ones). Breaks come first, ranked as :func:`rank_changes` does;
        then the first period with enough votes, then the low-count periods, in time order.

    Examples
    --------
    >>> from kg.analysis.matrix import VoteMatrix
    >>> days = {"r1": "2001-01-01", "r2": "2001-02-01", "r3": "2002-01-01",
    ...         "r4": "2003-01-01", "r5": "2003-02-01"}
    >>> usa, rus = "YYYYY", "YYNNN"
    >>> matrix = VoteMatrix.from_votes(
    ...     [(s, f"r{n}", v) for s, votes in (("USA", usa), ("RUS", rus))
    ...      for n, v in enumerate(votes, start=1)], dates=days)
    >>> table = breaks(matrix, "USA", "RUS", min_joint_votes=2)
    >>> table[["year", "change", "previous", "low_count"]].values.tolist()
    [[2003, -1.0, 2001, False], [2001, nan, <NA>, False], [2002, nan, <NA>, True]]
    """
    series = agreement_series(
        matrix, [(state_a, state_b)], method, rules=rules, by=by, min_joint_votes=min_joint_votes
    )
    if series.empty:
        raise DataError(f"{state_a} and {state_b} have no joint vote here", fix="widen the period")
    series = series.rename(columns={"period": by})
    if by == "year":
        series[by] = series[by].astype(int)
    enough = series.loc[~series["low_count"]]
    series["previous"] = enough[by].shift(1).reindex(series.index)
    series["previous_joint_votes"] = enough["joint_votes"].shift(1).reindex(series.index)
    series["change"] = series["score"] - enough["score"].shift(1).reindex(series.index)
    if by == "year":
        series["previous"] = series["previous"].astype("Int64")
    series["previous_joint_votes"] = series["previous_joint_votes"].astype("Int64")
    ranked = rank_changes(
        series, ("joint_votes", "previous_joint_votes"), min_joint_votes=min_joint_votes
    )
    # Rows without a rank stay in time order, after the breaks.
    ranked = pd.concat(
        [
            ranked[ranked["rank"].notna()],
            ranked[ranked["rank"].isna()].sort_values(["low_count", by], kind="stable"),
        ]
    )
    ranked["low_count"] = ranked["joint_votes"] < min_joint_votes
    columns = [by, "score", "change", "joint_votes", "previous", "previous_joint_votes"]
    return ranked.loc[:, [*columns, "low_count", "rank", "method"]].reset_index(drop=True)


def break_drivers(
    matrix: VoteMatrix,
    state_a: str,
    state_b: str,
    before: object,
    after: object,
    method: str = "voeten",
    *,
    rules: str | None = None,
    by: str = "year",
    top: int | None = 10,
) -> pd.DataFrame:
    """The roll calls of period ``after`` that drove the pair's change from period ``before``.

    Notes
    -----
    With ``s0`` the pair's score in ``before`` and ``a_r`` its points on roll call ``r``
    of ``after`` (``n`` roll calls the method counts), the change decomposes exactly as

        s1 - s0 = sum_r (a_r - s0) / n

    so ``contribution = (a_r - s0) / n``. The roll calls are sorted by contribution in the
    direction of the change (most negative first for a fall), with both states' votes.
    """
    rule = resolve_method(method, rules, matrix.rollcalls["year"])
    periods = _periods(matrix, by).astype(object).to_numpy()
    per_rollcall = _pair_rollcalls(matrix, state_a, state_b, rule)
    earlier = per_rollcall[periods == before]
    later_mask = (periods == after) & ~np.isnan(per_rollcall)
    if np.isnan(earlier).all() or not later_mask.any():
        raise DataError(
            f"{state_a} and {state_b} lack joint votes in {before} or {after}",
            fix="pick two periods from `dkg analyze breaks`",
        )
    baseline = np.nanmean(earlier)
    count = int(later_mask.sum())
    rollcalls = matrix.rollcalls.loc[later_mask]
    table = pd.DataFrame(
        {
            "rollcall": rollcalls["id"].to_numpy(),
            "date": rollcalls["date"].dt.strftime("%Y-%m-%d").fillna("").to_numpy(),
            "symbol": rollcalls["symbol"].to_numpy(),
            f"vote_{state_a}": [
                CODE_LETTERS[int(v)] for v in matrix.votes[matrix.index(state_a)][later_mask]
            ],
            f"vote_{state_b}": [
                CODE_LETTERS[int(v)] for v in matrix.votes[matrix.index(state_b)][later_mask]
            ],
            "agreement": per_rollcall[later_mask],
        }
    )
    table["contribution"] = (table["agreement"] - baseline) / count
    falling = np.nanmean(per_rollcall[later_mask]) < baseline
    table = table.sort_values("contribution", ascending=falling, kind="stable")
    table = table.reset_index(drop=True)
    return table.head(top) if top else table


def switchers(matrix: VoteMatrix, *, include_absent: bool = False) -> pd.DataFrame:
    """States whose vote changed across the roll calls of ``matrix`` (e.g. a series).

    Columns ``state, name``, one per roll call (named by its symbol, or id when it has none)
    holding the vote letter (``Y``, ``A``, ``N``, ``X``; empty when unknown), and
    ``switches``: how many times the state's vote differs from its previous known vote.
    Without ``include_absent`` a non-vote (``X``) neither counts as a vote nor as a switch.
    """
    counted = (YES, ABSTAIN, NO, ABSENT) if include_absent else (YES, ABSTAIN, NO)
    votes = matrix.votes
    labels = [
        symbol or rollcall
        for symbol, rollcall in zip(matrix.rollcalls["symbol"], matrix.rollcalls["id"], strict=True)
    ]
    rows = []
    for row, state in enumerate(matrix.states):
        known = [int(v) for v in votes[row] if v != NOT_MEMBER and v in counted]
        changes = sum(1 for first, second in itertools.pairwise(known) if first != second)
        if changes:
            rows.append([state, *(CODE_LETTERS[int(v)] for v in votes[row]), changes])
    table = pd.DataFrame(rows, columns=["state", *labels, "switches"])
    table.insert(1, "name", state_names(table["state"]))
    return table.sort_values(
        ["switches", "state"], ascending=[False, True], kind="stable"
    ).reset_index(drop=True)
