"""Ideal points: where each state stands, session by session, on one dimension since 1946.

A dynamic ordinal item-response model of the General Assembly's roll calls, the model of
Bailey, Strezhnev & Voeten (2017), estimated by variational expectation-maximisation in the
emIRT family (Imai, Lo & Olmsted 2016) instead of MCMC: the full history (81 sessions,
5,532 informative roll calls, 837,000 votes) fits in about 20 s of one core, with numpy and
scipy only (``benchmarks/IDEAL.md``).

Notes
-----
The model. State :math:`i` in regular session :math:`t` has an ideal point :math:`x_{it}`.
On roll call :math:`j` (held in session :math:`t(j)`) its vote :math:`y_{ij}` is ordinal,
No < Abstain < Yes, through a latent utility with two cut points (0 and 1)::

    z_ij = a_j + b_j x_it(j) + e_ij,    e_ij ~ N(0, s_j^2)
    y_ij = No if z_ij < 0,   Abstain if 0 <= z_ij < 1,   Yes if z_ij >= 1

so ``P(No) = Phi(-eta/s)``, ``P(Abstain) = Phi((1-eta)/s) - Phi(-eta/s)``,
``P(Yes) = 1 - Phi((1-eta)/s)`` with ``eta = a_j + b_j x``. This is the ordered probit with
item-specific cut points ``(-a_j/s_j, (1-a_j)/s_j)`` and discrimination ``b_j/s_j``, written
with fixed cut points and an item-specific scale, which keeps every update in closed form
(Imai, Lo & Olmsted's parametrisation of their ``ordIRT``). Absences and non-votes are
missing, not votes; roll calls of a state that was not a member do not exist for it.

Dynamics. A state's point follows a random walk over sessions,
``x_it ~ N(x_i,t-1, drift^2)``, starting from a vague ``N(0, 25)`` in its first session on
record. The start is vague on purpose: the walk does not revert to a mean, so a tight start
would pull the founders of 1946 and every newcomer towards the centre and the walk would carry
that pull for decades (with ``N(0, 1)`` the Soviet bloc seems to drift outwards through the
1950s, from -1.1 in 1946 to -2.6 in 1970; with ``N(0, 25)`` it stands at -2.6 from the start).
Sessions in which a state has no vote (South Africa 1974-1993, every state in 1964, when the
19th session took no recorded vote) are bridged by the walk alone.

Sessions. A roll call belongs to the regular session it was held in (session 1 = 1946).
Emergency special (``ES-n``) and special (``S-n``) sessions go to the regular session running
at the time: the latest one opened on or before the vote's date, a session opening on the
third Tuesday of September of year 1945 + t, as rule 1 of the Assembly's rules of procedure
long had it (:func:`regular_session`). A regular session that opened late (the 11th, in
November 1956) therefore also receives the emergency votes of the weeks before its opening.

Bridging. Roll calls on the same recurring item are constrained to share their parameters
``(a, b, s)``, as the published model does with resolutions voted again in the same form.
Items are matched by their title (lower case, the catalogue's ": resolution / adopted by the
General Assembly" and punctuation removed): a title that occurs exactly once in each of
several sessions, with gaps of at most two sessions between them, is one item (the annual
Cuba embargo resolution, 1992-2025; "Assistance to Palestine refugees"). A title voted on
several times within one session (parts A, B, C … under one heading) is not bridged in that
session. Roll calls adopted by one vote but recorded separately (identical votes on one day)
count once, and unanimous roll calls, which say nothing about positions, are left out.

Identification. The likelihood does not change if every point is shifted, scaled or mirrored
(with the item parameters compensating). The random-walk prior fixes the fit; the reported
scale is then fixed afterwards by an affine map of all points at once, which keeps every
comparison across sessions: the United States is positive (higher = closer to the US-led
order, the published convention) and the points have mean 0 and standard deviation 1 over
the state-sessions of the base period (default sessions 46-75, 1991-2020, the three decades
after the Cold War: adding a session does not move the scale). When the fitted period does
not include the base period, its overlap, or else the whole fitted period, is used.

Estimation. Variational EM with the latent utilities as augmented data (Albert & Chib 1993): the
utilities' factor is a truncated normal (closed-form moments), the item parameters' factor a
bivariate normal per bridged item (closed form, a normal prior ``N(0, 25)`` on ``a`` and
``b``), the scales ``s_j`` are estimated (MAP, a weak prior around 1) and each state's
trajectory is a Gaussian whose mean and variances come from a Kalman filter and
Rauch-Tung-Striebel smoother over the sessions, run for all states at once. Every step is a
gather, a ``bincount`` or an array operation over the ~840,000 votes: there is no loop over
states or roll calls, only over the 81 sessions in the smoother. The passes over the votes
run in pieces of ``PIECE`` votes on ``threads`` threads, their sums added in the pieces' order:
the numbers do not depend on the number of threads. EM alone crawls along the
directions the likelihood barely sees (all points stretched or shifted with the items
compensating; the states at the poles, the United States and Israel, the Soviet bloc,
moving outwards with the items that only they vote against): each round therefore ends with
a parameter-expansion step that moves along the global scale and location to their best
values (Liu, Rubin & Wu 1998), and rounds are extrapolated by SQUAREM (Varadhan & Roland
2008): about 360 rounds on the full history instead of thousands. The start is the first
principal component of each session's vote matrix (the United States positive), or a stored
fit (``warm_start``): a rerun without new votes then takes a few rounds, a fit with one more
session about two thirds of a cold one's. It stops when no point moves by more than
``tolerance`` (fit's scale) in a round; on the full history the default stops within 0.05
(the United States; 0.003 on average) of the exact fixed point, on the reported scale,
inside a fifth of the intervals' half-width.

Intervals. The intervals are those of the variational posterior of each trajectory in its
Laplace form (Wang & Blei 2013): a Gaussian whose precision is the curvature of the ordinal
likelihood at the estimate (the expected information ``(b/s)^2 sum_k p_k'(eta)^2 / p_k(eta)``
of every vote) plus the random-walk prior, with the item parameters at their estimates.
The mean-field factor of the augmented model is not used: with the utilities treated as
independent of the points it takes each vote as worth ``(b/s)^2`` of information, more than
any ordinal vote carries, and its intervals are too narrow (Consonni & Marin 2007). A
parametric bootstrap would need a refit per replicate, hundreds of rounds each. On votes
simulated from the model (``tests/test_ideal.py``) the 95% intervals cover the true points
about 93% of the time; the shortfall is the item parameters' own uncertainty, left out.

References
----------
Bailey, M. A., Strezhnev, A. & Voeten, E. (2017). Estimating dynamic state preferences from
United Nations voting data. Journal of Conflict Resolution 61(2): 430-456.

Imai, K., Lo, J. & Olmsted, J. (2016). Fast estimation of ideal points with massive data.
American Political Science Review 110(4): 631-656.

Albert, J. H. & Chib, S. (1993). Bayesian analysis of binary and polychotomous response
data. Journal of the American Statistical Association 88(422): 669-679.

Martin, A. D. & Quinn, K. M. (2002). Dynamic ideal point estimation via Markov chain Monte
Carlo for the U.S. Supreme Court, 1953-1999. Political Analysis 10(2): 134-153.

Liu, C., Rubin, D. B. & Wu, Y. N. (1998). Parameter expansion to accelerate EM: the PX-EM
algorithm. Biometrika 85(4): 755-770.

Varadhan, R. & Roland, C. (2008). Simple and globally convergent methods for accelerating
the convergence of any EM algorithm. Scandinavian Journal of Statistics 35(2): 335-353.

Wang, C. & Blei, D. M. (2013). Variational inference in nonconjugate models. Journal of
Machine Learning Research 14: 1005-1031.

Consonni, G. & Marin, J.-M. (2007). Mean-field variational approximate Bayesian inference
for latent variable models. Computational Statistics & Data Analysis 52(2): 790-798.

Examples
--------
Thirty states in six sessions, simulated with drift and bridged items, and estimated back:

>>> matrix, truth = simulate_votes(states=30, sessions=6, rollcalls=40, seed=1)
>>> result = ideal_points(matrix)
>>> result.table.columns.tolist()
['state', 'session', 'year', 'ideal', 'lower', 'upper', 'votes']
>>> merged = result.table.merge(truth, on=["state", "session"])
>>> bool(merged["ideal"].corr(merged["truth"]) > 0.95), result.converged
(True, True)
"""

from __future__ import annotations

import hashlib
import json
import re
import time
import zipfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd
from scipy.optimize import minimize_scalar
from scipy.special import erfcx, log_ndtr

from kg import defaults
from kg.analysis.matrix import ABSTAIN, NO, NOT_MEMBER, YES, VoteMatrix
from kg.errors import DataError
from kg.io import write_atomic

__all__ = [
    "DEFAULT_BASE",
    "DEFAULT_DRIFT",
    "IdealModel",
    "IdealPoints",
    "bridge_keys",
    "ideal_points",
    "regular_session",
    "session_pca",
    "simulate_votes",
]

#: the base period of the scale: sessions 46-75 (1991-2020)
DEFAULT_BASE = defaults.IDEAL_BASE
#: standard deviation of a state's move from one session to the next, on the fit's scale
DEFAULT_DRIFT = defaults.IDEAL_DRIFT
#: the first session's year: session t opened in year 1945 + t
FIRST_YEAR = 1945
#: prior variance of a state's point in its first session on record (vague: see the docstring)
FIRST_PRIOR_VARIANCE = 25.0
#: prior variance of the item parameters a and b
ITEM_PRIOR_VARIANCE = 25.0
#: weight (in votes) of the prior that pulls an item's scale s^2 towards 1
SCALE_PRIOR_WEIGHT = 2.0
#: z of a two-sided 95% interval
Z95 = 1.959963984540054
MODEL_FORMAT = 2
_SQRT_2_OVER_PI = 0.7978845608028654
_SQRT_HALF = 0.7071067811865476

_TITLE_TAIL = re.compile(r"\s*:\s*resolution\s*/.*$", re.IGNORECASE)
_NOT_WORD = re.compile(r"[^0-9a-z]+")
_SESSION_NUMBER = re.compile(r"^\s*(\d+)\s*$")
#: bridged roll calls may skip at most this many sessions between repeats
MAX_BRIDGE_GAP = 2
#: votes per piece of a round's per-vote work (a piece's arrays stay in the cache)
PIECE = 1 << 15


# --- sessions ----------------------------------------------------------------------------------


def _opening(year: int) -> date:
    """The third Tuesday of September of ``year``."""
    first = date(year, 9, 1)
    return date(year, 9, 1 + (1 - first.weekday()) % 7 + 14)


def regular_session(session: str, day: date | pd.Timestamp | None) -> int | None:
    """The regular GA session (1 = 1946) a roll call belongs to.

    A numbered session is itself; an emergency special (``ES-n``) or special (``S-n``)
    session's roll call, or one without a session, goes to the regular session running on
    its date: the last one opened (third Tuesday of September) on or before it.

    >>> regular_session("79", None)
    79
    >>> regular_session("ES-11", date(2022, 3, 2)), regular_session("ES-10", date(2024, 9, 18))
    (76, 79)
    >>> regular_session("S-1", date(1947, 5, 5)), regular_session("", date(1946, 1, 26))
    (1, 1)
    >>> regular_session("ES-8", date(1981, 9, 14)), regular_session("ES-8", date(1981, 9, 15))
    (35, 36)
    """
    number = _SESSION_NUMBER.match(str(session or ""))
    if number:
        return int(number.group(1))
    if day is None or pd.isna(day):
        return None
    day = day.date() if isinstance(day, pd.Timestamp) else day
    year = day.year if day >= _opening(day.year) else day.year - 1
    return max(1, year - FIRST_YEAR)


def _sessions_of(rollcalls: pd.DataFrame) -> np.ndarray:
    """:func:`regular_session` of every roll call (-1 when neither session nor date is known)."""
    sessions = pd.to_numeric(rollcalls["session"].str.strip(), errors="coerce")
    result = np.array(sessions, dtype=float)
    for position in np.flatnonzero(np.isnan(result)):
        found = regular_session("", rollcalls["date"].iloc[position])
        result[position] = -1 if found is None else found
    return result.astype(np.int64)


# --- bridges -----------------------------------------------------------------------------------


def _title_key(title: str) -> str:
    return _NOT_WORD.sub(" ", _TITLE_TAIL.sub("", title).lower()).strip()


def bridge_keys(rollcalls: pd.DataFrame, sessions: np.ndarray | None = None) -> np.ndarray:
    """The bridged item each roll call belongs to ("" when it stands alone).

    Roll calls share a key when they carry the same title (see the module docstring), the
    title occurs once in each of their sessions, and the repeats are at most
    ``MAX_BRIDGE_GAP`` sessions apart (a longer gap starts a new item). Roll calls without a
    symbol are never bridged: the graph keeps titles on motions, which they lack.

    >>> rollcalls = pd.DataFrame({
    ...     "title": ["Necessity of ending the embargo : resolution / adopted by the General "
    ...               "Assembly", "Necessity of ending the embargo", "Question of Palestine",
    ...               "Question of Palestine", "Question of Palestine"],
    ...     "symbol": ["A/RES/47/19", "A/RES/48/16", "A/RES/48/1", "A/RES/48/2", "A/RES/49/3"],
    ...     "session": ["47", "48", "48", "48", "49"], "date": [pd.NaT] * 5})
    >>> bridge_keys(rollcalls).tolist()
    ['necessity of ending the embargo/47', 'necessity of ending the embargo/47', '', '', '']
    """
    if sessions is None:
        sessions = _sessions_of(rollcalls)
    titles = rollcalls["title"] if "title" in rollcalls else pd.Series([""] * len(rollcalls))
    titled = (rollcalls["symbol"].fillna("").str.strip() != "").to_numpy()
    frame = pd.DataFrame(
        {
            "key": [_title_key(str(t)) if ok else "" for t, ok in zip(titles, titled, strict=True)],
            "session": sessions,
            "position": np.arange(len(rollcalls)),
        }
    )
    frame = frame[(frame["key"] != "") & (frame["session"] > 0)]
    once = frame.groupby(["key", "session"])["position"].transform("size") == 1
    frame = frame[once].sort_values(["key", "session"])
    # A new run starts at a title's first session and after every gap longer than allowed.
    new_key = frame["key"].ne(frame["key"].shift())
    gap = frame["session"].diff().gt(MAX_BRIDGE_GAP + 1)
    run = (new_key | gap).cumsum()
    size = run.map(run.value_counts())
    first_session = frame.groupby(run)["session"].transform("min")
    keys = np.full(len(rollcalls), "", dtype=object)
    bridged = (size > 1).to_numpy()
    labels = frame["key"] + "/" + first_session.astype(str)
    keys[frame["position"].to_numpy()[bridged]] = labels.to_numpy()[bridged]
    return keys


# --- the data the fit works on -----------------------------------------------------------------


@dataclass
class _Layout:
    """Votes as flat arrays ordered by category, and the state x session grid."""

    states: tuple[str, ...]
    sessions: np.ndarray  # the grid's sessions, consecutive
    cell: np.ndarray  # per vote: state * len(sessions) + session index
    group: np.ndarray  # per vote: its item (bridged roll calls share one)
    slices: dict[int, slice]  # category code -> the votes of that category
    group_keys: list[str]
    group_votes: np.ndarray  # per item: its votes
    first: np.ndarray  # per state: index of its first session on record
    on_record: np.ndarray  # states x sessions: a member with a record that session
    votes: np.ndarray  # states x sessions: yes, abstain and no votes in the selection
    rollcalls_used: int
    bridged_rollcalls: int
    period: tuple[str, str]  # first and last date of the roll calls
    pca: np.ndarray  # states x sessions: first principal component (NaN where undefined)


def _canonical(matrix: VoteMatrix) -> tuple[VoteMatrix, np.ndarray]:
    """GA roll calls in (session, date, id) order, whatever order the source gave them."""
    rollcalls = matrix.rollcalls
    organ = rollcalls["organ"].fillna("").str.upper()
    keep = np.flatnonzero(((organ == "GA") | (organ == "")).to_numpy())
    rollcalls = rollcalls.iloc[keep].reset_index(drop=True)
    sessions = _sessions_of(rollcalls)
    dates = rollcalls["date"].to_numpy(dtype="datetime64[ns]").astype(np.int64)
    order = np.lexsort((rollcalls["id"].to_numpy(dtype=str), dates, sessions))
    known = order[sessions[order] > 0]
    votes = matrix.votes[:, keep[known]]
    return (
        VoteMatrix(votes, matrix.states, rollcalls.iloc[known].reset_index(drop=True)),
        sessions[known],
    )


def _distinct_votes(votes: np.ndarray, rollcalls: pd.DataFrame) -> np.ndarray:
    """Columns that count: not unanimous, and not a repeat of the same day's identical vote."""
    voted = votes > 0
    options = sum((votes == code).any(axis=0).astype(int) for code in (YES, ABSTAIN, NO))
    days = rollcalls["date"].astype(str).to_numpy()
    seen: set[tuple[str, bytes]] = set()
    keep = np.zeros(votes.shape[1], dtype=bool)
    for column in np.flatnonzero((options > 1) & voted.any(axis=0)):
        fingerprint = (days[column], votes[:, column].tobytes())
        if fingerprint not in seen:
            seen.add(fingerprint)
            keep[column] = True
    return keep


def _layout(matrix: VoteMatrix, bridge: bool) -> _Layout:
    matrix, sessions = _canonical(matrix)
    if not matrix.shape[1]:
        raise DataError(
            "no General Assembly roll call with a known session or date in the selection",
            fix="widen the period, or give a graph or file with GA votes",
        )
    grid = np.arange(sessions.min(), sessions.max() + 1)
    position = sessions - grid[0]
    # Per state and session: yes/abstain/no votes, and whether the state is on record at all.
    votes_grid = np.zeros((len(matrix.states), len(grid)), dtype=np.int64)
    record_grid = np.zeros_like(votes_grid)
    for code_mask, target in (
        (matrix.votes > 0, votes_grid),
        (matrix.votes > NOT_MEMBER, record_grid),
    ):
        counts = np.add.reduceat(code_mask.astype(np.int64), _starts(position), axis=1)
        target[:, np.unique(position)] = counts
    keep = _distinct_votes(matrix.votes, matrix.rollcalls)
    votes = matrix.votes[:, keep]
    rollcalls = matrix.rollcalls.iloc[np.flatnonzero(keep)].reset_index(drop=True)
    position = position[keep]
    keys = bridge_keys(rollcalls, sessions[keep]) if bridge else np.full(len(rollcalls), "")
    item_keys = np.where(keys == "", "rollcall/" + rollcalls["id"].to_numpy(dtype=str), keys)
    group_keys, group_of_item = np.unique(item_keys, return_inverse=True)
    pca = _pca_grid(votes, position, len(grid), matrix.states)
    states_at, items_at = np.nonzero(votes > 0)
    codes = votes[states_at, items_at]
    order = np.argsort(codes, kind="stable")
    states_at, items_at, codes = states_at[order], items_at[order], codes[order]
    bounds = np.searchsorted(codes, [YES, ABSTAIN, NO, NO + 1])
    on_record = record_grid > 0
    first = np.where(on_record.any(axis=1), on_record.argmax(axis=1), len(grid))
    return _Layout(
        states=matrix.states,
        sessions=grid,
        cell=states_at * len(grid) + position[items_at],
        group=group_of_item[items_at],
        slices={code: slice(bounds[k], bounds[k + 1]) for k, code in enumerate((YES, ABSTAIN, NO))},
        group_keys=[str(key) for key in group_keys],
        group_votes=np.bincount(group_of_item[items_at], minlength=len(group_keys)).astype(float),
        first=first,
        on_record=on_record,
        votes=votes_grid,
        rollcalls_used=len(rollcalls),
        period=matrix.period(),
        bridged_rollcalls=int((keys != "").sum()),
        pca=pca,
    )


def _starts(position: np.ndarray) -> np.ndarray:
    return np.flatnonzero(np.r_[True, position[1:] != position[:-1]])


# --- the first principal component of each session ---------------------------------------------


def _pca_grid(
    votes: np.ndarray, position: np.ndarray, sessions: int, states: tuple[str, ...]
) -> np.ndarray:
    """First principal component of each session's votes (yes 1, abstain 0, no -1).

    Missing votes take the roll call's mean; scores are standardised within the session and
    oriented so that the United States (else the previous session's scores) is positive.
    """
    scores = np.full((len(states), sessions), np.nan)
    usa = states.index("USA") if "USA" in states else None
    previous = None
    for start, stop in zip(_starts(position), [*_starts(position)[1:], len(position)], strict=True):
        block = votes[:, start:stop]
        rows = np.flatnonzero((block > 0).any(axis=1))
        if len(rows) < 3:
            continue
        values = np.select([block == YES, block == ABSTAIN, block == NO], [1.0, 0.0, -1.0], np.nan)
        values = values[rows]
        means = np.nanmean(values, axis=0)
        values = np.where(np.isnan(values), means, values) - means
        component = _leading_vector(values @ values.T)
        spread = component.std()
        if spread == 0:
            continue
        component = (component - component.mean()) / spread
        session = position[start]
        if usa is not None and usa in rows:
            sign = np.sign(component[np.searchsorted(rows, usa)]) or 1.0
        elif previous is not None:
            shared = ~np.isnan(previous[rows])
            sign = np.sign(np.dot(component[shared], previous[rows][shared])) or 1.0
        else:
            sign = 1.0
        scores[rows, session] = sign * component
        previous = scores[:, session]
    return scores


def _leading_vector(gram: np.ndarray, tolerance: float = 1e-10) -> np.ndarray:
    """The leading eigenvector of a small symmetric matrix, by power iteration.

    LAPACK's eigensolvers start BLAS threads that, on a busy two-core machine, cost 10-100
    times the work itself; a few hundred matrix-vector products do not.
    """
    vector = np.sqrt(np.diag(gram)) + 1.0
    vector /= np.linalg.norm(vector)
    for _ in range(500):
        previous = vector
        for _ in range(10):
            vector = gram @ vector
            vector /= np.linalg.norm(vector)
        if np.abs(vector - previous).max() < tolerance:
            break
    return vector


def session_pca(matrix: VoteMatrix) -> pd.DataFrame:
    """Each state's score on the first principal component of each session's votes.

    The per-session check of :func:`ideal_points` (and its starting point): yes 1, abstain 0,
    no -1, a missing vote replaced by the roll call's mean, unanimous roll calls left out,
    scores standardised within the session with the United States positive. Unlike ideal
    points, scores of different sessions are not comparable.

    >>> matrix, _ = simulate_votes(states=12, sessions=2, rollcalls=15, seed=3)
    >>> scores = session_pca(matrix)
    >>> scores.columns.tolist(), len(scores) == matrix.shape[0] * 2
    (['state', 'session', 'pc1'], True)
    """
    layout = _layout(matrix, bridge=False)
    frame = _grid_frame(layout, layout.pca, "pc1")
    return frame.dropna(subset=["pc1"]).reset_index(drop=True)


def _grid_frame(layout: _Layout, values: np.ndarray, name: str) -> pd.DataFrame:
    rows, columns = np.nonzero(layout.on_record)
    return pd.DataFrame(
        {
            "state": np.asarray(layout.states, dtype=object)[rows],
            "session": layout.sessions[columns],
            name: values[rows, columns],
        }
    )


# --- the variational EM --------------------------------------------------------------------------


_ITEM_FIELDS = ("a", "b", "var_a", "var_b", "cov_ab", "scale2")


@dataclass
class _Items:
    """Per item: the normal factor of (a, b) and the scale s^2."""

    a: np.ndarray
    b: np.ndarray
    var_a: np.ndarray
    var_b: np.ndarray
    cov_ab: np.ndarray
    scale2: np.ndarray


def _moments(
    code: int,
    part: slice,
    eta: np.ndarray,
    scale: np.ndarray,
    mean: np.ndarray,
    second: np.ndarray,
) -> None:
    """Mean and second moment of the utilities of the votes ``part``, all of category
    ``code``: a normal truncated to the category.

    Yes (``z >= 1``) and No (``z < 0``) are one-sided: with ``u`` the bound's distance from
    ``eta`` in units of ``s`` towards the excluded side and the inverse Mills ratio
    ``l = phi(u) / Phi(-u) = sqrt(2/pi) / erfcx(u / sqrt(2))`` (one special function, no
    overflow in either tail), the mean is ``eta -/+ s l`` and the variance
    ``s^2 (1 + l (u - l))``. The arithmetic runs in place: these are ~700,000 votes a round.
    """
    eta, scale, mean, second = eta[part], scale[part], mean[part], second[part]
    if code == ABSTAIN:
        alpha, beta = -eta / scale, (1.0 - eta) / scale
        log_mass = _log_interval(alpha, beta)
        low, high = np.exp(_log_pdf(alpha) - log_mass), np.exp(_log_pdf(beta) - log_mass)
        mean[:] = eta + scale * (low - high)
        variance = scale**2 * (1.0 + alpha * low - beta * high - (low - high) ** 2)
        np.multiply(mean, mean, out=second)
        second += np.maximum(variance, 0.0)
        return
    distance = np.subtract(1.0, eta) if code == YES else np.array(eta, copy=True)
    distance /= scale
    ratio = erfcx(distance * _SQRT_HALF)
    np.divide(_SQRT_2_OVER_PI, ratio, out=ratio)
    np.multiply(scale, ratio, out=mean)
    if code == YES:
        mean += eta
    else:
        np.subtract(eta, mean, out=mean)
    distance -= ratio
    distance *= ratio
    distance += 1.0
    np.maximum(distance, 0.0, out=distance)
    distance *= scale
    distance *= scale
    np.multiply(mean, mean, out=second)
    second += distance


def _log_pdf(value: np.ndarray) -> np.ndarray:
    return -0.5 * value**2 - 0.9189385332046727


def _log_interval(low: np.ndarray, high: np.ndarray) -> np.ndarray:
    """log(Phi(high) - Phi(low)) for low < high, accurate in both tails."""
    upper_tail = low > 0
    # In the upper tail, Phi(high) - Phi(low) = Phi(-low) - Phi(-high).
    near, far = np.where(upper_tail, -low, high), np.where(upper_tail, -high, low)
    log_near, log_far = log_ndtr(near), log_ndtr(far)
    return log_near + np.log1p(-np.exp(np.minimum(log_far - log_near, -1e-300)))


def _update_items(layout: _Layout, sums: np.ndarray, scale2: np.ndarray) -> _Items:
    """The items' factors given the sums of :func:`_group_sums` over their votes and the
    items' current scales ``s^2``."""
    count = layout.group_votes
    sum_x, sum_xx, sum_z, sum_zx, sum_zz = sums
    precision = 1.0 / scale2
    # 2x2 normal update of (a, b): precision matrix and its inverse, in closed form.
    p_aa = count * precision + 1.0 / ITEM_PRIOR_VARIANCE
    p_ab = sum_x * precision
    p_bb = sum_xx * precision + 1.0 / ITEM_PRIOR_VARIANCE
    determinant = p_aa * p_bb - p_ab**2
    var_a, var_b, cov_ab = p_bb / determinant, p_aa / determinant, -p_ab / determinant
    h_a, h_b = sum_z * precision, sum_zx * precision
    a = var_a * h_a + cov_ab * h_b
    b = cov_ab * h_a + var_b * h_b
    # Expected squared residual sum(E(z - a - b x)^2), then the scale's MAP update.
    residual = (
        sum_zz
        - 2.0 * (a * sum_z + b * sum_zx)
        + count * (a**2 + var_a)
        + 2.0 * (a * b + cov_ab) * sum_x
        + (b**2 + var_b) * sum_xx
    )
    scale2 = (np.maximum(residual, 0.0) + SCALE_PRIOR_WEIGHT) / (count + SCALE_PRIOR_WEIGHT)
    return _Items(a, b, var_a, var_b, cov_ab, scale2)


def _group_sums(
    groups: np.ndarray,
    size: int,
    x: np.ndarray,
    second_x: np.ndarray,
    mean_z: np.ndarray,
    second_z: np.ndarray,
) -> np.ndarray:
    """Per item: the sums over its votes of x, E(x^2), E(z), E(z) x and E(z^2)."""
    columns = (x, second_x, mean_z, mean_z * x, second_z)
    return np.stack([np.bincount(groups, weights=w, minlength=size) for w in columns])


class _Passes:
    """The per-vote work of a round, in fixed pieces of at most ``PIECE`` votes.

    A piece's arrays stay in the processor's cache between the dozen operations of a pass,
    and the pieces run on a few threads (numpy and scipy release the interpreter lock in
    their loops). The pieces do not depend on the number of threads and their sums are added
    in their order, so the numbers are the same with one thread or several.
    """

    def __init__(self, layout: _Layout, threads: int) -> None:
        self.layout = layout
        self.pieces = [
            (code, slice(start, min(start + PIECE, part.stop)))
            for code in (YES, ABSTAIN, NO)
            for part in (layout.slices[code],)
            for start in range(part.start, part.stop, PIECE)
        ]
        self.pool = ThreadPoolExecutor(threads) if threads > 1 and len(self.pieces) > 1 else None
        self.mean_z = np.empty(len(layout.cell))

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown()

    def _total(self, work) -> np.ndarray:
        parts = self.pool.map(work, self.pieces) if self.pool else map(work, self.pieces)
        total = None
        for part in parts:
            total = part if total is None else total + part
        return total

    def expectation(self, points: np.ndarray, variance: np.ndarray, items: _Items) -> np.ndarray:
        """The utilities' moments (kept in ``mean_z``) and the items' sums over them."""
        layout, size = self.layout, len(self.layout.group_keys)
        flat, second_x = points.ravel(), (points**2 + variance).ravel()
        scale = np.sqrt(items.scale2)

        def work(piece: tuple[int, slice]) -> np.ndarray:
            code, part = piece
            groups, cells = layout.group[part], layout.cell[part]
            x = flat[cells]
            eta = items.a[groups]
            eta += items.b[groups] * x
            mean, second = self.mean_z[part], np.empty(len(x))
            _moments(code, slice(None), eta, scale[groups], mean, second)
            return _group_sums(groups, size, x, second_x[cells], mean, second)

        return self._total(work)

    def data_terms(self, items: _Items) -> tuple[np.ndarray, np.ndarray]:
        """Each point's precision and linear term from the votes, given the items."""
        layout = self.layout
        shape, size = layout.votes.shape, layout.votes.size
        precision_item = (items.b**2 + items.var_b) / items.scale2
        cross = (items.a * items.b + items.cov_ab) / items.scale2
        slope = items.b / items.scale2

        def work(piece: tuple[int, slice]) -> np.ndarray:
            _, part = piece
            groups, cells = layout.group[part], layout.cell[part]
            linear = slope[groups]
            linear *= self.mean_z[part]
            linear -= cross[groups]
            precision = np.bincount(cells, weights=precision_item[groups], minlength=size)
            return np.stack([precision, np.bincount(cells, weights=linear, minlength=size)])

        precision, linear = self._total(work)
        return precision.reshape(shape), linear.reshape(shape)


def _smooth(
    layout: _Layout, precision: np.ndarray, linear: np.ndarray, drift: float
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Posterior of every trajectory by a Kalman filter and Rauch-Tung-Striebel smoother.

    ``precision`` and ``linear`` (states x sessions) are the data's quadratic and linear
    terms in each point; the prior is ``N(0, FIRST_PRIOR_VARIANCE)`` at a state's first session
    on record and a random walk with variance ``drift**2`` after it. Returns the means, the
    variances and the covariances of each point with the next one (0 where no walk links them).
    """
    states, sessions = precision.shape
    step = drift**2
    predicted_mean = np.zeros((states, sessions))
    predicted_var = np.full((states, sessions), FIRST_PRIOR_VARIANCE)
    filtered_mean = np.zeros((states, sessions))
    filtered_var = np.full((states, sessions), FIRST_PRIOR_VARIANCE)
    for t in range(sessions):
        if t:
            started = layout.first < t
            predicted_mean[:, t] = np.where(started, filtered_mean[:, t - 1], 0.0)
            predicted_var[:, t] = np.where(
                started, filtered_var[:, t - 1] + step, FIRST_PRIOR_VARIANCE
            )
        filtered_var[:, t] = 1.0 / (1.0 / predicted_var[:, t] + precision[:, t])
        filtered_mean[:, t] = filtered_var[:, t] * (
            predicted_mean[:, t] / predicted_var[:, t] + linear[:, t]
        )
    mean, variance = filtered_mean.copy(), filtered_var.copy()
    following = np.zeros((states, sessions))
    for t in range(sessions - 2, -1, -1):
        gain = np.where(layout.first <= t, filtered_var[:, t] / predicted_var[:, t + 1], 0.0)
        mean[:, t] += gain * (mean[:, t + 1] - predicted_mean[:, t + 1])
        variance[:, t] += gain**2 * (variance[:, t + 1] - predicted_var[:, t + 1])
        following[:, t] = gain * variance[:, t + 1]
    return mean, variance, following


def _grid_sums(layout: _Layout, weights: np.ndarray) -> np.ndarray:
    shape = layout.votes.shape
    return np.bincount(layout.cell, weights=weights, minlength=shape[0] * shape[1]).reshape(shape)


def _information(layout: _Layout, items: _Items, mean_x: np.ndarray) -> np.ndarray:
    """Expected information about each point in each session, from the ordinal likelihood."""
    groups = layout.group
    scale = np.sqrt(items.scale2)[groups]
    eta = items.a[groups] + items.b[groups] * mean_x.ravel()[layout.cell]
    low, high = -eta / scale, (1.0 - eta) / scale
    log_low, log_high = _log_pdf(low), _log_pdf(high)
    # sum over the three categories of p_k'(eta)^2 / p_k, times scale^2
    no_term = np.exp(2.0 * log_low - log_ndtr(low))
    yes_term = np.exp(2.0 * log_high - log_ndtr(-high))
    # (phi(low) - phi(high))^2 / (Phi(high) - Phi(low)) in logs: both are tiny far in a tail.
    log_top, log_other = np.maximum(log_low, log_high), np.minimum(log_low, log_high)
    log_difference = log_top + np.log1p(-np.exp(np.minimum(log_other - log_top, -1e-300)))
    middle_term = np.exp(2.0 * log_difference - _log_interval(low, high))
    per_vote = (items.b[groups] / scale) ** 2 * (no_term + yes_term + middle_term)
    return _grid_sums(layout, per_vote)


# --- results -------------------------------------------------------------------------------------


@dataclass
class IdealModel:
    """A fit's internal state, stored so that the next fit can start from it.

    Points are on the fit's own scale (before the reported affine map); items are keyed by
    their bridge key or roll-call id. ``settings`` holds the options that change the fixed
    point (drift, bridging): a stored model with other settings is not used.
    """

    states: tuple[str, ...]
    sessions: np.ndarray
    points: np.ndarray  # states x sessions: the trajectories' means
    variances: np.ndarray  # states x sessions: their variances
    item_keys: list[str]
    items: np.ndarray  # items x 6: the fields of _ITEM_FIELDS
    settings: dict[str, object]

    def save(self, path: Path | str) -> Path:
        """Write the model to ``path`` (``.npz``: arrays and JSON, no pickle), atomically."""
        metadata = {
            "format": MODEL_FORMAT,
            "states": list(self.states),
            "item_keys": self.item_keys,
            "settings": self.settings,
        }
        arrays = {
            "sessions": self.sessions,
            "points": self.points,
            "variances": self.variances,
            "items": self.items,
            "metadata": np.frombuffer(json.dumps(metadata).encode("utf-8"), dtype=np.uint8),
        }
        return write_atomic(path, lambda stream: np.savez(stream, **arrays))

    @classmethod
    def load(cls, path: Path | str) -> IdealModel | None:
        """The model stored in ``path``; None when it is missing, unreadable or outdated."""
        try:
            with np.load(path, allow_pickle=False) as arrays:
                metadata = json.loads(arrays["metadata"].tobytes().decode("utf-8"))
                sessions, points, items = arrays["sessions"], arrays["points"], arrays["items"]
                variances = arrays["variances"]
            if metadata["format"] != MODEL_FORMAT:
                return None
            states, keys = tuple(metadata["states"]), list(metadata["item_keys"])
            grid = (len(states), len(sessions))
            if points.shape != grid or variances.shape != grid:
                return None
            if items.shape != (len(keys), len(_ITEM_FIELDS)):
                return None
        except (OSError, ValueError, KeyError, TypeError, zipfile.BadZipFile):
            return None
        settings = dict(metadata["settings"])
        return cls(states, sessions, points, variances, keys, items, settings)


@dataclass
class IdealPoints:
    """The estimates of :func:`ideal_points` and how they were reached.

    Attributes
    ----------
    table : pandas.DataFrame
        One row per state and regular session in which the state is on record:
        ``state, session, year, ideal, lower, upper, votes`` (``year`` the calendar year the
        session opened; ``lower``/``upper`` a 95% interval; ``votes`` the state's yes, abstain
        and no votes in that session).
    model : IdealModel
        The internal state, for a warm start.
    iterations, converged : int, bool
        Iterations run and whether the largest change of a point fell below the tolerance.
    base, period : (int, int), (str, str)
        The sessions the scale is standardised over; the first and last day of the votes.
    rollcalls, bridged, items, votes : int
        Roll calls used (unanimous ones and same-day repeats left out), those bridged to
        another session's, the items they make, and the yes, abstain and no votes.
    warm : bool
        Whether the fit started from a stored one.
    timings : dict
        Seconds spent in each phase (``layout``, ``start``, ``estimation``, ``intervals``).
    """

    table: pd.DataFrame
    model: IdealModel
    iterations: int
    converged: bool
    base: tuple[int, int]
    period: tuple[str, str]
    rollcalls: int
    bridged: int
    items: int
    votes: int
    warm: bool
    timings: dict[str, float] = field(default_factory=dict)
    changes: list[float] = field(default_factory=list)

    def rows(self, states: list[str] | None = None) -> pd.DataFrame:
        """The table, or its rows of ``states`` (registry codes); a DataError names a state
        without any estimate here."""
        if not states:
            return self.table
        missing = sorted(set(states) - set(self.table["state"]))
        if missing:
            raise DataError(
                f"no ideal point for {', '.join(missing)} in this selection",
                fix="check the states and the period",
            )
        return self.table[self.table["state"].isin(states)].reset_index(drop=True)

    @property
    def run_id(self) -> str:
        """A digest of the estimates: equal tables give equal ids."""
        text = self.table.to_csv(index=False, float_format="%.6f")
        return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _start(
    layout: _Layout, warm_start: IdealModel | None, settings: dict[str, object]
) -> tuple[np.ndarray, np.ndarray, _Items, bool]:
    """Starting points, their variances and items: a stored fit's where it has them.

    Cold, the points are each session's first principal component and the items their
    regression on it; warm, stored points and items are taken over by state, session and
    item key, a new session's points start where each state last stood, and new items are
    regressed on those.
    """
    points, variance, warm = np.nan_to_num(layout.pca), np.zeros(layout.votes.shape), False
    if warm_start is not None and warm_start.settings == settings:
        warm = True
        old_state = {state: row for row, state in enumerate(warm_start.states)}
        rows = np.array([old_state.get(state, -1) for state in layout.states])
        columns = np.searchsorted(warm_start.sessions, layout.sessions)
        found = (columns < len(warm_start.sessions)) & (
            warm_start.sessions[np.minimum(columns, len(warm_start.sessions) - 1)]
            == layout.sessions
        )
        known = np.ix_(rows >= 0, found)
        stored = np.ix_(rows[rows >= 0], columns[found])
        grids = []
        for values in (warm_start.points, warm_start.variances):
            grid = np.full(layout.votes.shape, np.nan)
            grid[known] = values[stored]
            # A new session starts where the state last stood; a new state at the prior.
            grids.append(pd.DataFrame(grid).ffill(axis=1).bfill(axis=1).to_numpy())
        points, variance = np.nan_to_num(grids[0]), np.nan_to_num(grids[1], nan=1.0)
    size = len(layout.group_keys)
    guess = np.empty(len(layout.cell))
    for code, value in ((YES, 1.5), (ABSTAIN, 0.5), (NO, -0.5)):
        guess[layout.slices[code]] = value
    x = points.ravel()[layout.cell]
    sums = _group_sums(layout.group, size, x, x**2, guess, guess**2 + 0.25)
    items = _update_items(layout, sums, np.ones(size))
    if warm:
        old_item = {key: row for row, key in enumerate(warm_start.item_keys)}
        item_rows = np.array([old_item.get(key, -1) for key in layout.group_keys])
        taken = item_rows >= 0
        for column, name in enumerate(_ITEM_FIELDS):
            getattr(items, name)[taken] = warm_start.items[item_rows[taken], column]
    return points, variance, items, warm


def _em_step(
    passes: _Passes, points: np.ndarray, variance: np.ndarray, items: _Items, drift: float
) -> tuple[np.ndarray, np.ndarray, _Items]:
    """One round of the variational EM: utilities, then items, then trajectories."""
    sums = passes.expectation(points, variance, items)
    items = _update_items(passes.layout, sums, items.scale2)
    precision, linear = passes.data_terms(items)
    points, variance, following = _smooth(passes.layout, precision, linear, drift)
    return _expand(passes.layout, points, variance, following, items, drift)


def _expand(
    layout: _Layout,
    points: np.ndarray,
    variance: np.ndarray,
    following: np.ndarray,
    items: _Items,
    drift: float,
) -> tuple[np.ndarray, np.ndarray, _Items]:
    """Move along the model's global scale and location at once (parameter expansion).

    Mapping every point ``x -> s x + c`` and every item ``(a, b) -> (a - b c / s, b / s)``
    leaves every vote's probability unchanged; only the priors and the factors' entropies
    see it. EM alone crawls along this direction; here the variational objective is
    maximised over ``(s, c)`` exactly (``c`` in closed form, ``s`` by Brent's method), the
    parameter-expanded EM of Liu, Rubin & Wu (1998). The fixed points are EM's.
    """
    modelled = np.arange(points.shape[1]) >= layout.first[:, None]
    if not modelled.any():
        return points, variance, items
    rows = np.flatnonzero(layout.first < points.shape[1])
    first_mean = points[rows, layout.first[rows]]
    first_var = variance[rows, layout.first[rows]]
    linked = modelled[:, 1:] & modelled[:, :-1]
    steps = (
        (points[:, 1:] - points[:, :-1]) ** 2
        + variance[:, 1:]
        + variance[:, :-1]
        - 2.0 * following[:, :-1]
    )
    walk = float(steps[linked].sum()) / drift**2
    count, first_sum = len(rows), float(first_mean.sum())
    first_square = float((first_mean**2 + first_var).sum())
    sum_aa = float((items.a**2 + items.var_a).sum())
    sum_ab = float((items.a * items.b + items.cov_ab).sum())
    sum_bb = float((items.b**2 + items.var_b).sum())
    entropy = float(modelled.sum() - len(items.a))
    prior = ITEM_PRIOR_VARIANCE

    start = FIRST_PRIOR_VARIANCE

    def shift(scale: float) -> float:
        return (sum_ab / (scale * prior) - scale * first_sum / start) / (
            count / start + sum_bb / (scale**2 * prior)
        )

    def objective(log_scale: float) -> float:
        scale = np.exp(log_scale)
        c = shift(scale)
        points_part = (scale**2 * first_square + 2 * scale * c * first_sum + count * c**2) / start
        items_part = sum_aa - 2 * c * sum_ab / scale + (c**2 + 1) * sum_bb / scale**2
        return 0.5 * (points_part + scale**2 * walk + items_part / prior) - entropy * log_scale

    found = minimize_scalar(objective, bracket=(-0.1, 0.1), method="brent", tol=1e-10)
    scale = float(np.exp(found.x)) if np.isfinite(found.x) else 1.0
    c = shift(scale)
    points = np.where(modelled, scale * points + c, points)
    variance = np.where(modelled, scale**2 * variance, variance)
    ratio = c / scale
    expanded = _Items(
        a=items.a - items.b * ratio,
        b=items.b / scale,
        var_a=items.var_a - 2 * ratio * items.cov_ab + ratio**2 * items.var_b,
        var_b=items.var_b / scale**2,
        cov_ab=(items.cov_ab - ratio * items.var_b) / scale,
        scale2=items.scale2,
    )
    return points, variance, expanded


def _iterate(
    passes: _Passes,
    points: np.ndarray,
    variance: np.ndarray,
    items: _Items,
    drift: float,
    tolerance: float,
    max_iterations: int,
) -> tuple[np.ndarray, np.ndarray, _Items, list[float], bool]:
    """EM rounds, accelerated by SQUAREM (Varadhan & Roland 2008), until points settle.

    Plain EM crawls along the model's near-flat directions (a session's points shifting
    while its items compensate); SQUAREM extrapolates along the last two steps and falls
    back to them when the extrapolation leaves the sensible range. Iterations count EM rounds.
    """
    active = passes.layout.on_record
    cells = points.size

    def pack(points: np.ndarray, items: _Items) -> np.ndarray:
        return np.concatenate([points.ravel(), items.a, items.b, np.log(items.scale2)])

    def unpack(theta: np.ndarray, template: _Items) -> tuple[np.ndarray, _Items]:
        size = len(template.a)
        a, b = theta[cells : cells + size], theta[cells + size : cells + 2 * size]
        scale2 = np.exp(theta[cells + 2 * size :])
        items = _Items(a.copy(), b.copy(), template.var_a, template.var_b, template.cov_ab, scale2)
        return theta[:cells].reshape(points.shape).copy(), items

    def step(theta: np.ndarray, variance: np.ndarray, template: _Items):
        current_points, current_items = unpack(theta, template)
        new_points, new_variance, new_items = _em_step(
            passes, current_points, variance, current_items, drift
        )
        change = float(np.abs(new_points - current_points)[active].max())
        return pack(new_points, new_items), new_variance, new_items, change

    theta = pack(points, items)
    changes: list[float] = []
    longest = 1.0
    while len(changes) < max_iterations:
        first, first_variance, first_items, change = step(theta, variance, items)
        changes.append(change)
        if change < tolerance:
            theta, variance, items = first, first_variance, first_items
            return *unpack(theta, items)[:1], variance, items, changes, True
        second, second_variance, second_items, change = step(first, first_variance, first_items)
        changes.append(change)
        if change < tolerance:
            theta, variance, items = second, second_variance, second_items
            return *unpack(theta, items)[:1], variance, items, changes, True
        r = first - theta
        v = second - first - r
        alpha = -np.sqrt(np.dot(r, r) / max(np.dot(v, v), 1e-300))
        alpha = float(np.clip(alpha, -longest, -1.0))
        extrapolated = theta - 2.0 * alpha * r + alpha**2 * v
        third, third_variance, third_items, change = step(extrapolated, second_variance, items)
        changes.append(change)
        sensible = np.isfinite(third).all() and np.abs(third[:cells]).max() < 1e3
        if sensible:
            theta, variance, items = third, third_variance, third_items
            if alpha == -longest:
                longest *= 4.0
        else:
            theta, variance, items = second, second_variance, second_items
            longest = max(1.0, longest / 4.0)
    return *unpack(theta, items)[:1], variance, items, changes, False


def ideal_points(
    matrix: VoteMatrix,
    *,
    drift: float = DEFAULT_DRIFT,
    base: tuple[int, int] = DEFAULT_BASE,
    bridge: bool = True,
    tolerance: float = defaults.IDEAL_TOLERANCE,
    max_iterations: int = 1000,
    warm_start: IdealModel | None = None,
    threads: int = defaults.IDEAL_THREADS,
) -> IdealPoints:
    """Estimate every state's ideal point in every regular GA session of ``matrix``.

    Parameters
    ----------
    matrix : VoteMatrix
        Votes; only General Assembly roll calls are used (select a period with
        :meth:`VoteMatrix.select` first). Roll calls without a session or date are left out.
    drift : float
        Standard deviation of the random walk between sessions, on the fit's scale (where the
        prior of a state's first point is ``N(0, 25)``).
    base : (int, int)
        First and last session of the base period over which the reported scale has mean 0
        and standard deviation 1.
    bridge : bool
        Constrain roll calls on the same recurring item to equal parameters (see the module
        docstring); ``False`` gives every roll call its own.
    tolerance : float
        Stop when no point (fit's scale) moves by more than this in one iteration.
    max_iterations : int
        Stop after this many iterations even if not converged (``converged`` is then False).
    warm_start : IdealModel, optional
        A stored fit (:attr:`IdealPoints.model`) to start from; ignored if its settings differ.
    threads : int
        Threads for the per-vote work of each round; the numbers do not depend on it.

    Returns
    -------
    IdealPoints
        The table ``state, session, year, ideal, lower, upper, votes`` and the fit's record.

    Notes
    -----
    The formula, the bridging rule, the identification and the intervals are described in
    the module docstring of :mod:`kg.analysis.ideal`. The result is deterministic: there is no
    random number in the fit, and roll calls are put in one canonical order first, so every
    source of the same votes gives the same numbers.
    """
    timings: dict[str, float] = {}
    clock = time.perf_counter()
    settings = {"drift": float(drift), "bridge": bool(bridge)}
    layout = _layout(matrix, bridge)
    timings["layout"] = time.perf_counter() - clock

    clock = time.perf_counter()
    points, variance, items, warm = _start(layout, warm_start, settings)
    timings["start"] = time.perf_counter() - clock

    clock = time.perf_counter()
    passes = _Passes(layout, threads)
    try:
        points, variance, items, changes, converged = _iterate(
            passes, points, variance, items, drift, tolerance, max_iterations
        )
    finally:
        passes.close()
    iteration = len(changes)
    timings["estimation"] = time.perf_counter() - clock

    clock = time.perf_counter()
    information = _information(layout, items, points)
    _, laplace_variance, _ = _smooth(layout, information, np.zeros_like(information), drift)
    table, base_used = _report(layout, points, laplace_variance, base)
    timings["intervals"] = time.perf_counter() - clock

    model = IdealModel(
        layout.states,
        layout.sessions,
        points,
        variance,
        layout.group_keys,
        np.column_stack([getattr(items, name) for name in _ITEM_FIELDS]),
        settings,
    )
    return IdealPoints(
        table=table,
        model=model,
        iterations=iteration,
        converged=converged,
        base=base_used,
        period=layout.period,
        rollcalls=layout.rollcalls_used,
        bridged=layout.bridged_rollcalls,
        items=len(layout.group_keys),
        votes=len(layout.cell),
        warm=warm,
        timings=timings,
        changes=changes,
    )


def _report(
    layout: _Layout, points: np.ndarray, variance: np.ndarray, base: tuple[int, int]
) -> tuple[pd.DataFrame, tuple[int, int]]:
    """The table on the reported scale: the United States positive, base period standardised."""
    with_votes = layout.on_record & (layout.votes > 0)
    in_base = (layout.sessions >= base[0]) & (layout.sessions <= base[1])
    if not with_votes[:, in_base].any():
        in_base = np.ones_like(in_base)
    used = (int(layout.sessions[in_base].min()), int(layout.sessions[in_base].max()))
    reference = points[:, in_base][with_votes[:, in_base]]
    centre, spread = reference.mean(), reference.std()
    if not spread > 0:
        spread = 1.0
    sign = 1.0
    if "USA" in layout.states:
        row = layout.states.index("USA")
        usa = points[row][with_votes[row]]
        if len(usa) and usa.mean() < centre:
            sign = -1.0
    ideal = sign * (points - centre) / spread
    half = Z95 * np.sqrt(variance) / spread
    rows, columns = np.nonzero(layout.on_record)
    table = pd.DataFrame(
        {
            "state": np.asarray(layout.states, dtype=object)[rows],
            "session": layout.sessions[columns].astype(np.int64),
            "year": (layout.sessions[columns] + FIRST_YEAR).astype(np.int64),
            "ideal": ideal[rows, columns],
            "lower": (ideal - half)[rows, columns],
            "upper": (ideal + half)[rows, columns],
            "votes": layout.votes[rows, columns].astype(np.int64),
        }
    )
    return table, used


# --- simulated votes, for examples, tests and benchmarks -----------------------------------------


def simulate_votes(
    *,
    states: int = 40,
    sessions: int = 8,
    rollcalls: int = 50,
    drift: float = 0.2,
    bridged: float = 0.3,
    absent: float = 0.05,
    seed: int = 0,
) -> tuple[VoteMatrix, pd.DataFrame]:
    """Votes drawn from the model itself, and the true points they were drawn from.

    States start at ``N(0, 1)`` and drift by ``N(0, drift^2)`` per session; state ``S000`` is
    the most positive at the start (it plays the United States' role as ``USA``). A share
    ``bridged`` of each session's roll calls repeats items of the first session (same title,
    same parameters). Votes are missing at random with probability ``absent``.

    Returns
    -------
    (VoteMatrix, pandas.DataFrame)
        The votes (sessions numbered from 1, GA roll calls with titles) and the truth:
        ``state, session, truth``, standardised like the estimates (mean 0, standard deviation
        1 over all state-sessions, ``USA`` positive).

    >>> matrix, truth = simulate_votes(states=5, sessions=2, rollcalls=4, seed=0)
    >>> matrix.shape, sorted(truth.columns)
    ((5, 8), ['session', 'state', 'truth'])
    """
    rng = np.random.default_rng(seed)
    names = ["USA", *(f"S{k:03d}" for k in range(1, states))]
    steps = rng.normal(0.0, drift, (states, sessions))
    steps[:, 0] = rng.normal(0.0, 1.0, states)
    truth = np.cumsum(steps, axis=1)
    truth[0] = truth[0] - truth[0, 0] + np.abs(truth[:, 0]).max()
    repeated = round(bridged * rollcalls)
    shared = _simulated_items(rng, repeated)
    rows = []
    metadata = []
    for session in range(sessions):
        own = _simulated_items(rng, rollcalls - repeated)
        for k in range(rollcalls):
            if k < repeated:
                a, b, scale, title = *shared[k], f"Recurring item {k}"
            else:
                a, b, scale = own[k - repeated]
                title = f"Item {k} of session {session + 1}"
            latent = a + b * truth[:, session] + rng.normal(0.0, scale, states)
            letters = np.where(latent >= 1.0, "Y", np.where(latent >= 0.0, "A", "N"))
            letters = np.where(rng.random(states) < absent, "X", letters)
            rollcall = f"s{session + 1}-{k:03d}"
            rows += [(name, rollcall, letter) for name, letter in zip(names, letters, strict=True)]
            metadata.append(
                {
                    "id": rollcall,
                    "date": f"{FIRST_YEAR + session + 2}-01-{1 + k % 28:02d}",
                    "session": str(session + 1),
                    "symbol": f"A/RES/SIM/{session + 1}/{k}",
                    "title": title,
                    "organ": "GA",
                }
            )
    matrix = VoteMatrix.from_votes(rows, metadata=pd.DataFrame(metadata))
    standard = (truth - truth.mean()) / truth.std()
    frame = pd.DataFrame(
        {
            "state": np.repeat(names, sessions),
            "session": np.tile(np.arange(1, sessions + 1), states),
            "truth": standard.ravel(),
        }
    )
    return matrix, frame


def _simulated_items(rng: np.random.Generator, count: int) -> list[tuple[float, float, float]]:
    """Item parameters like the Assembly's: mostly yes, some split, either direction."""
    cut = rng.normal(-0.8, 1.0, count)  # where P(yes) = 1/2 on the points' scale
    slope = rng.choice([-1.0, 1.0], count) * rng.uniform(0.6, 2.0, count)
    scale = rng.uniform(0.3, 0.8, count)
    return [(1.0 - b * c, b, s) for c, b, s in zip(cut, slope, scale, strict=True)]
