"""Agreement in roll-call votes: Voeten's index and the State Department's voting coincidence.

Both indices are computed for all pairs at once from a :class:`~kg.analysis.matrix.VoteMatrix`
with a few matrix products (no loop over pairs), and every score comes with the number of
joint votes behind it.

>>> from kg.analysis.matrix import VoteMatrix
>>> matrix = VoteMatrix.from_votes([
...     ("USA", "r1", "Y"), ("GBR", "r1", "Y"), ("RUS", "r1", "N"),
...     ("USA", "r2", "Y"), ("GBR", "r2", "A"), ("RUS", "r2", "Y")])
>>> table = agreement_table(matrix, "voeten", min_joint_votes=2)
>>> table.loc[table["state_a"] == "GBR", ["state_b", "score", "joint_votes"]].values.tolist()
[['RUS', 0.25, 2], ['USA', 0.75, 2]]
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from kg.analysis import DEFAULT_MIN_JOINT_VOTES, METHODS
from kg.analysis.matrix import ABSTAIN, NO, YES, VoteMatrix
from kg.errors import DataError

__all__ = [
    "DEFAULT_MIN_JOINT_VOTES",
    "METHODS",
    "Agreement",
    "agreement",
    "agreement_table",
    "coincidence",
    "pair_agreement",
    "voeten_agreement",
]


@dataclass(frozen=True)
class Agreement:
    """All-pairs agreement: ``scores[i, j]`` over ``joint_votes[i, j]`` roll calls.

    ``scores`` is NaN where two states have no joint vote. Both arrays are symmetric; the
    diagonal compares a state with itself.
    """

    states: tuple[str, ...]
    method: str
    scores: np.ndarray
    joint_votes: np.ndarray

    def score(self, state_a: str, state_b: str) -> tuple[float, int]:
        """The score of one pair and its number of joint votes."""
        i, j = _position(self.states, state_a), _position(self.states, state_b)
        return float(self.scores[i, j]), int(self.joint_votes[i, j])

    def frame(self) -> pd.DataFrame:
        """The scores as a states x states table."""
        return pd.DataFrame(self.scores, index=list(self.states), columns=list(self.states))


def _position(states: tuple[str, ...], state: str) -> int:
    try:
        return states.index(state)
    except ValueError:
        raise DataError(
            f"state {state} has no votes in this selection", fix="check the code or the period"
        ) from None


def _indicators(matrix: VoteMatrix) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    # float64 products are exact for counts far beyond any roll-call history (< 2**53).
    votes = matrix.votes
    return tuple((votes == code).astype(np.float64) for code in (YES, ABSTAIN, NO))


def voeten_agreement(matrix: VoteMatrix) -> Agreement:
    """Voeten's agreement index for every pair of states.

    Formula
    -------
    Code yes = 1, abstain = 2, no = 3. Over the roll calls on which both states voted yes,
    no or abstained (absences, non-voting and non-members are dropped), with ``J`` such
    roll calls::

        agreement(a, b) = 1 - (1 / J) * sum_r |v_a,r - v_b,r| / 2

    so a yes-yes or no-no pair counts 1, a pair with one abstention ½, yes-no 0. With 0/1
    indicator matrices ``Y``, ``A``, ``N`` (states x roll calls) all pairs are

        J = (Y + A + N)(Y + A + N)ᵀ
        D = Y Aᵀ + A Yᵀ + A Nᵀ + N Aᵀ + 2 (Y Nᵀ + N Yᵀ)
        agreement = 1 - D / (2 J)

    Counting "full coincidences + ½ half coincidences" over the same joint votes, as the
    issue describes the State Department's score, gives exactly this index, since a half
    coincidence is precisely a pair with one abstention.

    References
    ----------
    Voeten, E. (2000). Clashes in the Assembly. *International Organization* 54(2), 185-215.
    Bailey, M. A., Strezhnev, A., & Voeten, E. (2017). Estimating dynamic state preferences
    from United Nations voting data. *Journal of Conflict Resolution* 61(2), 430-456 (why
    agreement scores mix preference change with agenda change: read shifts with care).

    Examples
    --------
    >>> from kg.analysis.matrix import VoteMatrix
    >>> matrix = VoteMatrix.from_votes([("A", "r1", "Y"), ("B", "r1", "A"),
    ...                                 ("A", "r2", "N"), ("B", "r2", "N"),
    ...                                 ("A", "r3", "Y"), ("B", "r3", "X")])
    >>> voeten_agreement(matrix).score("A", "B")
    (0.75, 2)
    """
    yes, abstain, no = _indicators(matrix)
    voted = yes + abstain + no
    joint = voted @ voted.T
    distance = yes @ abstain.T + abstain @ no.T + 2 * (yes @ no.T)
    distance = distance + distance.T  # the formula's mirrored terms
    with np.errstate(invalid="ignore", divide="ignore"):
        scores = 1 - distance / (2 * joint)
    return Agreement(matrix.states, "voeten", scores, joint.round().astype(np.int64))


def coincidence(matrix: VoteMatrix) -> Agreement:
    """The US State Department's voting coincidence for every pair of states.

    Formula
    -------
    Over the roll calls on which both states voted yes or no, the share of identical votes::

        coincidence(a, b) = identical / (identical + opposite)
        identical = Y Yᵀ + N Nᵀ,   opposite = Y Nᵀ + N Yᵀ

    Abstentions and absences do not enter: the report computes its "votes only" percentage
    "using only votes on which both the United States and the other country in question voted
    Yes or No; not included are those instances when either state abstained or was absent"
    (its stated reason: abstentions and absences are hard to interpret). The report also gives
    a percentage "including consensus" resolutions, which needs the consensus adoptions that
    roll-call data do not hold, so it is not computed here. ``joint_votes`` counts the
    yes/no pairs behind each score.

    References
    ----------
    U.S. Department of State. *Voting Practices in the United Nations* (annual report to
    Congress under Public Law 101-246), section "Format and Methodology"; e.g. the 2008 report.

    Examples
    --------
    >>> from kg.analysis.matrix import VoteMatrix
    >>> matrix = VoteMatrix.from_votes([("A", "r1", "Y"), ("B", "r1", "A"),
    ...                                 ("A", "r2", "N"), ("B", "r2", "N"),
    ...                                 ("A", "r3", "Y"), ("B", "r3", "N")])
    >>> coincidence(matrix).score("A", "B")
    (0.5, 2)
    """
    yes, _, no = _indicators(matrix)
    identical = yes @ yes.T + no @ no.T
    opposite = yes @ no.T
    opposite = opposite + opposite.T
    joint = identical + opposite
    with np.errstate(invalid="ignore", divide="ignore"):
        scores = identical / joint
    return Agreement(matrix.states, "coincidence", scores, joint.round().astype(np.int64))


def agreement(matrix: VoteMatrix, method: str = "voeten") -> Agreement:
    """All-pairs agreement by ``method``: ``voeten`` or ``coincidence``."""
    if method == "voeten":
        return voeten_agreement(matrix)
    if method == "coincidence":
        return coincidence(matrix)
    raise DataError(f"unknown agreement method {method!r}", fix=f"use one of {', '.join(METHODS)}")


def agreement_table(
    matrix: VoteMatrix,
    method: str = "voeten",
    *,
    min_joint_votes: int = DEFAULT_MIN_JOINT_VOTES,
    all_ordered_pairs: bool = False,
) -> pd.DataFrame:
    """Every pair's score as rows ``state_a, state_b, method, score, joint_votes, low_count``.

    Unordered pairs (``state_a < state_b``) by default; ``all_ordered_pairs`` gives all
    n x n rows, self-pairs included. ``low_count`` flags scores over fewer than
    ``min_joint_votes`` joint votes; pairs without any joint vote have an empty score.
    """
    result = agreement(matrix, method)
    count = len(result.states)
    first, second = np.indices((count, count))
    mask = np.ones((count, count), dtype=bool) if all_ordered_pairs else first < second
    codes = np.asarray(result.states)
    joint = result.joint_votes[mask]
    return pd.DataFrame(
        {
            "state_a": codes[first[mask]],
            "state_b": codes[second[mask]],
            "method": method,
            "score": result.scores[mask],
            "joint_votes": joint,
            "low_count": joint < min_joint_votes,
        }
    )


def pair_agreement(
    matrix: VoteMatrix,
    state_a: str,
    state_b: str,
    method: str = "voeten",
    *,
    min_joint_votes: int = DEFAULT_MIN_JOINT_VOTES,
) -> pd.DataFrame:
    """One pair's row of :func:`agreement_table` (computed on the two states' rows only)."""
    rows = [_position(matrix.states, state_a), _position(matrix.states, state_b)]
    pair = VoteMatrix(matrix.votes[rows], (state_a, state_b), matrix.rollcalls)
    score, joint = agreement(pair, method).score(state_a, state_b)
    return pd.DataFrame(
        {
            "state_a": [state_a],
            "state_b": [state_b],
            "method": [method],
            "score": [score],
            "joint_votes": [joint],
            "low_count": [joint < min_joint_votes],
        }
    )
