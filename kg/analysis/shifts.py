"""Who moved: agreement between two periods, over time, and vote switchers within a series.

- :func:`reference_shift`: each state's agreement with one reference state before and after;
- :func:`pair_shifts`: the pairs whose agreement moved most;
- :func:`bloc_shifts`: each state's bloc before and after;
- :func:`agreement_series` and :func:`breaks`: a pair's yearly (or per-session) agreement and
  its largest year-to-year changes, and :func:`break_drivers`: the roll calls behind a change;
- :func:`switchers`: the states whose vote changed across a series of roll calls.

>>> from kg.analysis.matrix import VoteMatrix
>>> matrix = VoteMatrix.from_votes(
...     [("USA", "r1", "Y"), ("RUS", "r1", "N"), ("USA", "r2", "N"), ("RUS", "r2", "N")],
...     dates={"r1": "2022-03-02", "r2": "2025-02-24"})
>>> print(breaks(matrix, "USA", "RUS").to_string(index=False))
 year  score  change  joint_votes
 2025    1.0     1.0            1
 2022    0.0     NaN            1
>>> switchers(matrix).loc[:, ["state", "r1", "r2", "switches"]].values.tolist()
[['USA', 'Y', 'N', 1]]
"""

from __future__ import annotations

import itertools

import networkx as nx
import numpy as np
import pandas as pd

from kg.analysis.agreement import DEFAULT_MIN_JOINT_VOTES, agreement
from kg.analysis.blocs import louvain_blocs
from kg.analysis.matrix import ABSENT, ABSTAIN, CODE_LETTERS, NO, NOT_MEMBER, YES, VoteMatrix
from kg.analysis.states import state_names
from kg.errors import DataError

__all__ = [
    "agreement_series",
    "bloc_shifts",
    "break_drivers",
    "breaks",
    "pair_shifts",
    "reference_shift",
    "rollcall_agreement",
    "switchers",
]


def _sort_by_change(table: pd.DataFrame) -> pd.DataFrame:
    order = table["change"].abs().sort_values(ascending=False, na_position="last", kind="stable")
    return table.loc[order.index].reset_index(drop=True)


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
    min_joint_votes: int = DEFAULT_MIN_JOINT_VOTES,
) -> pd.DataFrame:
    """Each state's agreement with ``reference`` in two selections, and the change.

    Columns ``state, name, before, after, change, before_joint, after_joint, low_count``,
    sorted by the size of the change (largest first; states lacking a score in either period
    last). ``low_count`` is true when either score rests on fewer than ``min_joint_votes``.
    """
    if reference not in before.states and reference not in after.states:
        raise DataError(f"{reference} has no votes in either period", fix="check the periods")
    first, second = _scores_with(before, reference, method), _scores_with(after, reference, method)
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
        }
    )
    table.insert(4, "change", table["after"] - table["before"])
    table["low_count"] = (table[["before_joint", "after_joint"]] < min_joint_votes).any(axis=1)
    return _sort_by_change(table)


def pair_shifts(
    before: VoteMatrix,
    after: VoteMatrix,
    method: str = "voeten",
    *,
    min_joint_votes: int = DEFAULT_MIN_JOINT_VOTES,
    top: int | None = 20,
) -> pd.DataFrame:
    """The pairs whose agreement changed most: ``state_a, state_b, before, after, change``.

    Only pairs with at least ``min_joint_votes`` joint votes in both periods are ranked.
    """
    first, second = agreement(before, method), agreement(after, method)
    common = sorted(set(first.states) & set(second.states))
    rows_first = [first.states.index(s) for s in common]
    rows_second = [second.states.index(s) for s in common]
    score_first = first.scores[np.ix_(rows_first, rows_first)]
    score_second = second.scores[np.ix_(rows_second, rows_second)]
    joint = np.minimum(
        first.joint_votes[np.ix_(rows_first, rows_first)],
        second.joint_votes[np.ix_(rows_second, rows_second)],
    )
    i, j = np.triu_indices(len(common), k=1)
    keep = joint[i, j] >= min_joint_votes
    i, j = i[keep], j[keep]
    codes = np.asarray(common)
    table = pd.DataFrame(
        {
            "state_a": codes[i],
            "state_b": codes[j],
            "before": score_first[i, j],
            "after": score_second[i, j],
        }
    )
    table["change"] = table["after"] - table["before"]
    table = _sort_by_change(table)
    return table.head(top) if top else table


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


def rollcall_agreement(
    votes_a: np.ndarray, votes_b: np.ndarray, method: str = "voeten"
) -> np.ndarray:
    """Per roll call agreement of two vote vectors; NaN where the pair has no joint vote.

    >>> rollcall_agreement(np.array([1, 1, 2, 0]), np.array([1, 3, 3, 1])).tolist()
    [1.0, 0.0, 0.5, nan]
    >>> rollcall_agreement(np.array([1, 1, 2]), np.array([1, 3, 3]), "coincidence").tolist()
    [1.0, 0.0, nan]
    """
    votes_a, votes_b = votes_a.astype(float), votes_b.astype(float)
    if method == "coincidence":
        joint = np.isin(votes_a, (YES, NO)) & np.isin(votes_b, (YES, NO))
        scores = (votes_a == votes_b).astype(float)
    elif method == "voeten":
        joint = np.isin(votes_a, (YES, ABSTAIN, NO)) & np.isin(votes_b, (YES, ABSTAIN, NO))
        scores = 1 - np.abs(votes_a - votes_b) / 2
    else:
        raise DataError(f"unknown agreement method {method!r}", fix="voeten or coincidence")
    return np.where(joint, scores, np.nan)


def _pair_rollcalls(matrix: VoteMatrix, state_a: str, state_b: str, method: str) -> np.ndarray:
    return rollcall_agreement(
        matrix.votes[matrix.index(state_a)], matrix.votes[matrix.index(state_b)], method
    )


def _periods(matrix: VoteMatrix, by: str) -> pd.Series:
    if by == "year":
        return matrix.rollcalls["year"]
    if by == "session":
        return matrix.rollcalls["session"]
    raise DataError(f"unknown period {by!r}", fix="use year or session")


def agreement_series(
    matrix: VoteMatrix,
    pairs: list[tuple[str, str]],
    method: str = "voeten",
    *,
    by: str = "year",
) -> pd.DataFrame:
    """Agreement of each pair per year (or session).

    Columns ``state_a, state_b, period, score, joint_votes``.

    Periods without a joint vote of the pair are left out.
    """
    periods = _periods(matrix, by)
    frames = []
    for state_a, state_b in pairs:
        per_rollcall = pd.Series(_pair_rollcalls(matrix, state_a, state_b, method))
        grouped = per_rollcall.groupby(periods.to_numpy(), sort=False)
        frame = pd.DataFrame({"score": grouped.mean(), "joint_votes": grouped.count()})
        frame = frame[frame["joint_votes"] > 0]
        frame.insert(0, "period", frame.index)
        frame.insert(0, "state_b", state_b)
        frame.insert(0, "state_a", state_a)
        frames.append(frame.reset_index(drop=True))
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()


def breaks(
    matrix: VoteMatrix, state_a: str, state_b: str, method: str = "voeten", *, by: str = "year"
) -> pd.DataFrame:
    """A pair's agreement per year (or session) and its change from the previous one.

    Columns ``year`` (or ``session``), ``score, change, joint_votes``, sorted by the absolute
    change, largest first (the first period, which has no change, last).
    """
    series = agreement_series(matrix, [(state_a, state_b)], method, by=by)
    if series.empty:
        raise DataError(f"{state_a} and {state_b} have no joint vote here", fix="widen the period")
    series = series.rename(columns={"period": by})
    series["change"] = series["score"].diff()
    table = series.loc[:, [by, "score", "change", "joint_votes"]]
    if by == "year":
        table[by] = table[by].astype(int)
    return _sort_by_change(table)


def break_drivers(
    matrix: VoteMatrix,
    state_a: str,
    state_b: str,
    before: object,
    after: object,
    method: str = "voeten",
    *,
    by: str = "year",
    top: int | None = 10,
) -> pd.DataFrame:
    """The roll calls of period ``after`` that drove the pair's change from period ``before``.

    Definition
    ----------
    With ``s0`` the pair's score in ``before`` and ``a_r`` its agreement on roll call ``r``
    of ``after`` (``n`` joint roll calls), the change decomposes exactly as

        s1 - s0 = sum_r (a_r - s0) / n

    so ``contribution = (a_r - s0) / n``. The roll calls are sorted by contribution in the
    direction of the change (most negative first for a fall), with both states' votes.
    """
    periods = _periods(matrix, by).astype(object).to_numpy()
    per_rollcall = _pair_rollcalls(matrix, state_a, state_b, method)
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
