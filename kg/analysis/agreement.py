"""Agreement in roll-call votes: Voeten's index and the State Department's voting coincidence.

On each roll call the votes of two states fall in one *category*: ``identical`` (both yes or
both no), ``both_abstain``, ``partial`` (one abstained, the other voted yes or no),
``opposite`` (one yes, the other no) or ``absent`` (either did not vote); a roll call on which
either state was not a member has no category. Every method is a table of points per category
(:data:`POINTS`); the categories it gives no points are left out of its denominator::

    score = sum_c points[c] * count[c] / sum_{c counted} count[c]

=================  ======  ================  ================  ==========
 category          voeten  coincidence-2017  coincidence-2021  votes-only
=================  ======  ================  ================  ==========
 identical           1            1                 1              1
 both_abstain        1            1                 1              .
 partial             ½            ½                 ½              .
 opposite            0            0                 0              0
 absent              .            .                 ½              .
=================  ======  ================  ================  ==========

Counts for all pairs at once are a few matrix products of 0/1 indicator matrices (no loop over
pairs), so a whole period's 193 x 193 table takes a fraction of a second, and every score comes
with the number of roll calls behind it (``joint_votes``) and its category counts.

``--method coincidence`` picks the rule the State Department's reports used for the
period's calendar year (:func:`coincidence_method`); a period spanning two rules is refused
rather than mixed. The ``method`` column of every result names the rule that produced it.

>>> from kg.analysis.matrix import VoteMatrix
>>> matrix = VoteMatrix.from_votes([
...     ("USA", "r1", "Y"), ("GBR", "r1", "Y"), ("RUS", "r1", "N"),
...     ("USA", "r2", "Y"), ("GBR", "r2", "A"), ("RUS", "r2", "Y")])
>>> table = agreement_table(matrix, "voeten", min_joint_votes=2)
>>> table.loc[table["state_a"] == "GBR", ["state_b", "score", "joint_votes"]].values.tolist()
[['RUS', 0.25, 2], ['USA', 0.75, 2]]
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
import pandas as pd

from kg.analysis import COINCIDENCE_RULES, DEFAULT_MIN_JOINT_VOTES, METHODS
from kg.analysis.matrix import ABSENT, ABSTAIN, NO, NOT_MEMBER, YES, VoteMatrix
from kg.errors import DataError, UsageError

__all__ = [
    "CATEGORIES",
    "COINCIDENCE_RULES",
    "DEFAULT_MIN_JOINT_VOTES",
    "METHODS",
    "POINTS",
    "Agreement",
    "agreement",
    "agreement_table",
    "coincidence",
    "coincidence_method",
    "pair_agreement",
    "pair_tally",
    "resolve_method",
    "rollcall_categories",
    "rollcall_points",
    "rule_for_year",
    "voeten_agreement",
    "votes_only",
]

#: how two states' votes on one roll call compare (see the module docstring)
CATEGORIES = ("identical", "both_abstain", "partial", "opposite", "absent")

#: points per category of each method; a category a method leaves out is not in its table
POINTS: dict[str, dict[str, float]] = {
    "voeten": {"identical": 1.0, "both_abstain": 1.0, "partial": 0.5, "opposite": 0.0},
    "coincidence-2017": {"identical": 1.0, "both_abstain": 1.0, "partial": 0.5, "opposite": 0.0},
    "coincidence-2021": {
        "identical": 1.0,
        "both_abstain": 1.0,
        "partial": 0.5,
        "opposite": 0.0,
        "absent": 0.5,
    },
    "votes-only": {"identical": 1.0, "opposite": 0.0},
}

#: the first report year of each coincidence rule, latest first; earlier years: votes only
_RULE_SINCE = ((2021, "coincidence-2021"), (2017, "coincidence-2017"))
_RULE_NAMES = {"2017": "coincidence-2017", "2021": "coincidence-2021", "votes-only": "votes-only"}
_RULE_SPANS = {
    "votes-only": "votes-only to 2016",
    "coincidence-2017": "coincidence-2017 for 2017-2020",
    "coincidence-2021": "coincidence-2021 from 2021",
}


@dataclass(frozen=True)
class Agreement:
    """All-pairs agreement: ``scores[i, j]`` over ``joint_votes[i, j]`` roll calls.

    ``scores`` is NaN where two states have no roll call the method counts. All arrays are
    symmetric; the diagonal compares a state with itself. ``method`` names the rule
    (a key of :data:`POINTS`); ``counts`` holds the category counts computed (see
    :func:`pair_tally`).
    """

    states: tuple[str, ...]
    method: str
    scores: np.ndarray
    joint_votes: np.ndarray
    counts: dict[str, np.ndarray]

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


# --- which rule -------------------------------------------------------------------------------


def rule_for_year(year: int) -> str:
    """The coincidence rule of the State Department's report for calendar year ``year``.

    >>> rule_for_year(2016), rule_for_year(2017), rule_for_year(2020), rule_for_year(2021)
    ('votes-only', 'coincidence-2017', 'coincidence-2017', 'coincidence-2021')
    """
    for since, rule in _RULE_SINCE:
        if year >= since:
            return rule
    return "votes-only"


def coincidence_method(years: Iterable[object]) -> str:
    """The one coincidence rule for roll calls of these calendar years.

    Parameters
    ----------
    years : iterable of int
        The roll calls' years (missing values are skipped).

    Returns
    -------
    str
        ``coincidence-2017``, ``coincidence-2021`` or ``votes-only``.

    Raises
    ------
    UsageError
        When the years fall under two or more rules, or none is known. The reports print one
        figure per calendar year under one rule; a figure pooled across rules would match
        none of them, so the caller splits the period or forces a rule (``rules=``).

    Examples
    --------
    >>> coincidence_method([2019, 2019, 2020])
    'coincidence-2017'
    >>> coincidence_method([2020, 2021])
    Traceback (most recent call last):
    ...
    kg.errors.UsageError: roll calls from 2020 to 2021 fall under 2 coincidence rules \
(coincidence-2017 for 2017-2020, coincidence-2021 from 2021) (fix: pick a period within one \
rule, or force one with --rules 2017|2021|votes-only)
    """
    known = sorted({int(year) for year in years if not pd.isna(year)})
    if not known:
        raise UsageError(
            "the roll calls' years are unknown, so no report rule applies",
            fix=f"force a rule with --rules {'|'.join(COINCIDENCE_RULES)}",
        )
    rules = list(dict.fromkeys(rule_for_year(year) for year in known))
    if len(rules) > 1:
        raise UsageError(
            f"roll calls from {known[0]} to {known[-1]} fall under {len(rules)} coincidence "
            f"rules ({', '.join(_RULE_SPANS[rule] for rule in rules)})",
            fix="pick a period within one rule, or force one with "
            f"--rules {'|'.join(COINCIDENCE_RULES)}",
        )
    return rules[0]


def resolve_method(method: str, rules: str | None = None, years: Iterable[object] = ()) -> str:
    """The rule (a key of :data:`POINTS`) that ``method`` means for roll calls of ``years``.

    ``rules`` forces a coincidence rule (one of :data:`COINCIDENCE_RULES`); it applies to
    ``method="coincidence"`` only.

    >>> resolve_method("coincidence", years=[2023]), resolve_method("coincidence", "2017")
    ('coincidence-2021', 'coincidence-2017')
    >>> resolve_method("voeten", "2021")
    Traceback (most recent call last):
    ...
    kg.errors.UsageError: --rules 2021 applies to --method coincidence only \
(fix: drop --rules, or use --method coincidence)
    """
    if method == "coincidence":
        if rules is None:
            return coincidence_method(years)
        if rules not in _RULE_NAMES:
            raise UsageError(
                f"unknown coincidence rule {rules!r}", fix=f"use {'|'.join(COINCIDENCE_RULES)}"
            )
        return _RULE_NAMES[rules]
    if method not in POINTS:  # a rule's own name (coincidence-2021 …) is accepted as well
        raise UsageError(f"unknown agreement method {method!r}", fix=f"use {'|'.join(METHODS)}")
    if rules is not None:
        raise UsageError(
            f"--rules {rules} applies to --method coincidence only",
            fix="drop --rules, or use --method coincidence",
        )
    return method


# --- counting categories ----------------------------------------------------------------------


def _needed(method: str) -> tuple[str, ...]:
    return tuple(category for category in CATEGORIES if category in POINTS[method])


def pair_tally(matrix: VoteMatrix, categories: Iterable[str] = CATEGORIES) -> dict[str, np.ndarray]:
    """For every pair of states, how many roll calls fall in each category.

    Notes
    -----
    With 0/1 indicator matrices ``Y``, ``A``, ``N``, ``X`` (states x roll calls: yes, abstain,
    no, did not vote) and ``M = Y + A + N + X`` (a member then)::

        identical    = Y Yᵀ + N Nᵀ
        both_abstain = A Aᵀ
        partial      = A (Y + N)ᵀ + (Y + N) Aᵀ
        opposite     = Y Nᵀ + N Yᵀ
        absent       = X Mᵀ + M Xᵀ - X Xᵀ        (either state did not vote)

    The products run in float32 (twice as fast as float64 here): sums of 0/1 products are
    exact integers below 2**24, far beyond any roll-call history.

    Examples
    --------
    >>> from kg.analysis.matrix import VoteMatrix
    >>> matrix = VoteMatrix.from_votes([("A", "r1", "Y"), ("B", "r1", "A"),
    ...                                 ("A", "r2", "N"), ("B", "r2", "N"),
    ...                                 ("A", "r3", "Y"), ("B", "r3", "X")])
    >>> {name: int(count[0, 1]) for name, count in pair_tally(matrix).items()}
    {'identical': 1, 'both_abstain': 0, 'partial': 1, 'opposite': 0, 'absent': 1}
    """
    wanted = set(categories)
    unknown = wanted - set(CATEGORIES)
    if unknown:
        raise UsageError(f"unknown categories {sorted(unknown)}", fix=f"use {CATEGORIES}")
    votes = matrix.votes
    yes, abstain, no = ((votes == code).astype(np.float32) for code in (YES, ABSTAIN, NO))
    tally: dict[str, np.ndarray] = {}
    if "identical" in wanted:
        tally["identical"] = yes @ yes.T + no @ no.T
    if "both_abstain" in wanted:
        tally["both_abstain"] = abstain @ abstain.T
    if "partial" in wanted:
        one_way = abstain @ (yes + no).T
        tally["partial"] = one_way + one_way.T
    if "opposite" in wanted:
        one_way = yes @ no.T
        tally["opposite"] = one_way + one_way.T
    if "absent" in wanted:
        absent = (votes == ABSENT).astype(np.float32)
        one_way = absent @ (votes > NOT_MEMBER).astype(np.float32).T
        tally["absent"] = one_way + one_way.T - absent @ absent.T
    return {name: tally[name].round().astype(np.int64) for name in CATEGORIES if name in tally}


def _score(method: str, tally: dict[str, np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    points = POINTS[method]
    joint = sum(tally[category] for category in points)
    earned = sum(points[category] * tally[category] for category in points if points[category])
    with np.errstate(invalid="ignore", divide="ignore"):
        return earned / joint, joint


# --- the methods ------------------------------------------------------------------------------


def _agreement(matrix: VoteMatrix, method: str, extra: Iterable[str] = ()) -> Agreement:
    tally = pair_tally(matrix, {*_needed(method), *extra})
    scores, joint = _score(method, tally)
    return Agreement(matrix.states, method, scores, joint, tally)


def voeten_agreement(matrix: VoteMatrix) -> Agreement:
    """Voeten's agreement index for every pair of states.

    Notes
    -----
    Code yes = 1, abstain = 2, no = 3. Over the ``J`` roll calls on which both states voted
    yes, no or abstained (absences, non-voting and non-members are dropped)::

        agreement(a, b) = 1 - (1 / J) * sum_r |v_a,r - v_b,r| / 2

    so identical votes count 1, a pair with one abstention ½, yes-no 0: the same points as
    the State Department's 2017 rule, which therefore gives the same numbers.

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
    return _agreement(matrix, "voeten")


def votes_only(matrix: VoteMatrix) -> Agreement:
    """The State Department's "votes only" coincidence (its printed figure before 2017).

    Notes
    -----
    Over the roll calls on which both states voted yes or no, the share of identical votes::

        coincidence(a, b) = identical / (identical + opposite)

    Abstentions and absences do not enter: the reports computed this percentage "using only
    votes on which both the United States and the other country in question voted Yes or No".
    Until 2016 it included paragraph and amendment votes, which the shared history does not
    hold (it holds whole resolutions only). The reports' figure "including consensus"
    resolutions needs the consensus adoptions that roll-call data do not hold and is not
    computed here.

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
    >>> votes_only(matrix).score("A", "B")
    (0.5, 2)
    """
    return _agreement(matrix, "votes-only")


def coincidence(matrix: VoteMatrix, rules: str | None = None) -> Agreement:
    """The US State Department's voting coincidence for every pair, as its reports print it.

    Parameters
    ----------
    matrix : VoteMatrix
        The roll calls: the reports count the General Assembly's recorded plenary votes on
        whole resolutions in one calendar year (not amendment, paragraph or procedural votes,
        which the shared history does not hold either).
    rules : {"2017", "2021", "votes-only"}, optional
        Force a rule; by default the rule of the roll calls' calendar year
        (:func:`coincidence_method`), and a selection spanning two rules is refused.

    Returns
    -------
    Agreement
        ``method`` is ``coincidence-2017``, ``coincidence-2021`` or ``votes-only``.

    Notes
    -----
    Per roll call, comparing two states: *same* vote (both yes, both no, both abstain) earns 1
    point, *opposite* (one yes, the other no) 0, *partial* (one of them abstained, not both) ½.

    - Reports for 2017-2020 exclude absences::

          coincidence = (same + ½ partial) / (roll calls on which both voted)

    - Reports from 2021 count an absence as ½ point and keep it in the denominator::

          coincidence = (same + ½ partial + ½ absent) / (all roll calls)

    - Reports before 2017 printed "votes only" (:func:`votes_only`).

    The reports compare each state with the United States, which votes on (nearly) every roll
    call; for a pair in general a roll call on which either state (or both) did not vote is
    one absence, and a roll call on which either was not a member is not counted.

    References
    ----------
    U.S. Department of State. *Voting Practices in the United Nations* (annual report to
    Congress under Public Law 101-246), sections on the voting coincidence methodology in
    the reports for 2017 and for 2021 onward.

    Examples
    --------
    The worked example of a 2022 state with 6 same, 6 opposite and 77 absences: (6 + ½ · 77)
    / 89 = 50 %.

    >>> from kg.analysis.matrix import VoteMatrix
    >>> usa, other = "Y" * 89, "Y" * 6 + "N" * 6 + "X" * 77
    >>> matrix = VoteMatrix.from_votes(
    ...     [(state, f"r{n}", vote) for state, votes in (("USA", usa), ("ZZZ", other))
    ...      for n, vote in enumerate(votes)], dates={f"r{n}": "2022-06-01" for n in range(89)})
    >>> result = coincidence(matrix)
    >>> result.method, result.score("USA", "ZZZ")
    ('coincidence-2021', (0.5, 89))

    Ten same, two opposite, four partial and four absent, under each rule: 2021 rule
    (10 + 2 + 2) / 20, 2017 rule (10 + 2) / 16, votes only 10 / 12.

    >>> usa, gbr = "Y" * 20, "Y" * 10 + "N" * 2 + "A" * 4 + "X" * 4
    >>> matrix = VoteMatrix.from_votes(
    ...     [(state, f"r{n}", vote) for state, votes in (("USA", usa), ("GBR", gbr))
    ...      for n, vote in enumerate(votes)], dates={f"r{n}": "2023-06-01" for n in range(20)})
    >>> [(rule, coincidence(matrix, rule).score("USA", "GBR")) for rule in COINCIDENCE_RULES]
    [('2017', (0.75, 16)), ('2021', (0.7, 20)), ('votes-only', (0.8333333333333334, 12))]
    """
    return _agreement(matrix, resolve_method("coincidence", rules, matrix.rollcalls["year"]))


def agreement(
    matrix: VoteMatrix,
    method: str = "voeten",
    *,
    rules: str | None = None,
    counts: Iterable[str] = (),
) -> Agreement:
    """All-pairs agreement by ``method`` (one of :data:`METHODS`).

    ``coincidence`` takes the rule of the roll calls' year unless ``rules`` forces one (see
    :func:`coincidence`); ``counts`` names categories to count besides those the method
    needs (:data:`CATEGORIES`), for tables that show them.

    >>> from kg.analysis.matrix import VoteMatrix
    >>> matrix = VoteMatrix.from_votes([("A", "r1", "Y"), ("B", "r1", "N")],
    ...                                dates={"r1": "2019-10-01"})
    >>> agreement(matrix, "coincidence").method
    'coincidence-2017'
    >>> agreement(matrix, "cosine")
    Traceback (most recent call last):
    ...
    kg.errors.UsageError: unknown agreement method 'cosine' (fix: use voeten|coincidence|votes-only)
    """
    return _agreement(matrix, resolve_method(method, rules, matrix.rollcalls["year"]), counts)


# --- one pair, roll call by roll call -----------------------------------------------------------


def rollcall_categories(votes_a: np.ndarray, votes_b: np.ndarray) -> np.ndarray:
    """Each roll call's category for two vote vectors: an index into :data:`CATEGORIES`.

    -1 where either state was not a member (no category). The same categories, counted, are
    :func:`pair_tally`'s.

    >>> codes = rollcall_categories(np.array([1, 1, 2, 2, 0, 3, -1]),
    ...                             np.array([1, 3, 2, 1, 1, 0, 1]))
    >>> [CATEGORIES[code] if code >= 0 else None for code in codes]
    ['identical', 'opposite', 'both_abstain', 'partial', 'absent', 'absent', None]
    """
    votes_a, votes_b = np.asarray(votes_a), np.asarray(votes_b)
    member = (votes_a > NOT_MEMBER) & (votes_b > NOT_MEMBER)
    absent = member & ((votes_a == ABSENT) | (votes_b == ABSENT))
    voted = member & ~absent
    abstain_a, abstain_b = votes_a == ABSTAIN, votes_b == ABSTAIN
    categories = np.full(votes_a.shape, -1, dtype=np.int8)
    for name, where in (
        ("identical", voted & (votes_a == votes_b) & ~abstain_a),
        ("both_abstain", voted & abstain_a & abstain_b),
        ("partial", voted & (abstain_a ^ abstain_b)),
        ("opposite", voted & (votes_a != votes_b) & ~abstain_a & ~abstain_b),
        ("absent", absent),
    ):
        categories[where] = CATEGORIES.index(name)
    return categories


def rollcall_points(votes_a: np.ndarray, votes_b: np.ndarray, method: str) -> np.ndarray:
    """Each roll call's points under ``method`` (a key of :data:`POINTS`); NaN if not counted.

    The mean over a set of roll calls is the method's score over them.

    >>> a, b = np.array([1, 1, 2, 0, -1]), np.array([1, 3, 3, 1, 1])
    >>> rollcall_points(a, b, "voeten").tolist()
    [1.0, 0.0, 0.5, nan, nan]
    >>> rollcall_points(a, b, "coincidence-2021").tolist()
    [1.0, 0.0, 0.5, 0.5, nan]
    >>> rollcall_points(a, b, "votes-only").tolist()
    [1.0, 0.0, nan, nan, nan]
    """
    if method not in POINTS:
        raise UsageError(f"unknown agreement rule {method!r}", fix=f"use {'|'.join(POINTS)}")
    lookup = np.array([POINTS[method].get(category, np.nan) for category in CATEGORIES] + [np.nan])
    return lookup[rollcall_categories(votes_a, votes_b)]  # -1 picks the trailing NaN


# --- tables -----------------------------------------------------------------------------------


def agreement_table(
    matrix: VoteMatrix,
    method: str = "voeten",
    *,
    rules: str | None = None,
    min_joint_votes: int = DEFAULT_MIN_JOINT_VOTES,
    all_ordered_pairs: bool = False,
) -> pd.DataFrame:
    """Every pair's score, the roll calls behind it and their categories.

    Columns ``state_a, state_b, method, score, joint_votes, low_count`` and one count per
    category (:data:`CATEGORIES`). Unordered pairs (``state_a < state_b``) by default;
    ``all_ordered_pairs`` gives all n x n rows, self-pairs included. ``method`` names the rule
    used; ``low_count`` flags scores over fewer than ``min_joint_votes`` joint votes; pairs
    without any joint vote have an empty score.

    >>> from kg.analysis.matrix import VoteMatrix
    >>> matrix = VoteMatrix.from_votes([("A", "r1", "Y"), ("B", "r1", "A"),
    ...                                 ("A", "r2", "N"), ("B", "r2", "X")],
    ...                                dates={"r1": "2021-10-01", "r2": "2021-11-01"})
    >>> table = agreement_table(matrix, "coincidence")
    >>> list(table.columns[6:])
    ['identical', 'both_abstain', 'partial', 'opposite', 'absent']
    >>> table.values.tolist()
    [['A', 'B', 'coincidence-2021', 0.5, 2, True, 0, 0, 1, 0, 1]]
    """
    result = agreement(matrix, method, rules=rules, counts=CATEGORIES)
    count = len(result.states)
    first, second = np.indices((count, count))
    mask = np.ones((count, count), dtype=bool) if all_ordered_pairs else first < second
    codes = np.asarray(result.states)
    return _table(
        codes[first[mask]],
        codes[second[mask]],
        result.method,
        result.scores[mask],
        result.joint_votes[mask],
        {name: counted[mask] for name, counted in result.counts.items()},
        min_joint_votes,
    )


def _table(state_a, state_b, method, scores, joint, counts, min_joint_votes) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "state_a": state_a,
            "state_b": state_b,
            "method": method,
            "score": scores,
            "joint_votes": joint,
            "low_count": np.asarray(joint) < min_joint_votes,
            **counts,
        }
    )


def pair_agreement(
    matrix: VoteMatrix,
    state_a: str,
    state_b: str,
    method: str = "voeten",
    *,
    rules: str | None = None,
    min_joint_votes: int = DEFAULT_MIN_JOINT_VOTES,
) -> pd.DataFrame:
    """One pair's row of :func:`agreement_table` (computed on the two states' rows only).

    >>> from kg.analysis.matrix import VoteMatrix
    >>> matrix = VoteMatrix.from_votes([("USA", "r1", "Y"), ("GBR", "r1", "Y"),
    ...                                 ("USA", "r2", "Y"), ("GBR", "r2", "X")],
    ...                                dates={"r1": "2019-03-01", "r2": "2019-04-01"})
    >>> pair_agreement(matrix, "USA", "GBR", "coincidence").iloc[:, :5].values.tolist()
    [['USA', 'GBR', 'coincidence-2017', 1.0, 1]]
    """
    rows = [_position(matrix.states, state_a), _position(matrix.states, state_b)]
    pair = VoteMatrix(matrix.votes[rows], (state_a, state_b), matrix.rollcalls)
    result = agreement(pair, method, rules=rules, counts=CATEGORIES)
    return _table(
        [state_a],
        [state_b],
        result.method,
        result.scores[0, 1:],
        result.joint_votes[0, 1:],
        {name: counted[0, 1:] for name, counted in result.counts.items()},
        min_joint_votes,
    )
