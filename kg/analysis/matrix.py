"""The vote matrix: states x roll calls, extracted once, selected many times.

Every analysis in :mod:`kg.analysis` works on a :class:`VoteMatrix`: one ``int8`` code per
state and roll call, and a table of roll-call metadata. It comes from one of three places:

- :func:`kg.analysis.sources.extract_matrix` runs one SPARQL SELECT
  (``kg/analysis/vote-matrix.rq``) over the derived shortcut triples (``?state dkg:votedYes
  ?rollcall`` …) of the built event graph (an rdflib ``Dataset``) or of the imported history
  (a pyoxigraph ``Store``); :func:`kg.analysis.sources.load_matrix` opens any source, and a
  store's matrix is kept in a cache file beside the store (:func:`kg.store.store_matrix`), so
  the query runs once per import;
- :func:`kg.analysis.tidy.read_tidy` reads the long ``votes.csv.gz`` / ``rollcalls.csv`` files
  of the UN General Assembly history directly: the fast path for tests and benchmarks when no
  store exists;
- :meth:`VoteMatrix.from_votes` builds one from a small table, as the tests do.

Named series of roll calls (``kg/data/series.yaml``) are :mod:`kg.analysis.series`'.

Vote codes
----------
======  ============================================================================
 code   meaning
======  ============================================================================
  1     yes
  2     abstain
  3     no
  0     present in the record but did not vote (absent, non-voting)
 -1     no ballot known: not a member of the organ then, or the ballot is unknown
======  ============================================================================

The yes/abstain/no order is Voeten's (yes = 1, abstain = 2, no = 3), so his agreement index is
``1 - |v1 - v2| / 2`` on the codes directly.

>>> matrix = VoteMatrix.from_votes(
...     [("USA", "r1", "Y"), ("RUS", "r1", "N"), ("USA", "r2", "Y"), ("RUS", "r2", "Y")],
...     dates={"r1": "2022-03-02", "r2": "2025-02-24"})
>>> matrix.states, matrix.votes.tolist()
(('RUS', 'USA'), [[3, 1], [1, 1]])
>>> matrix.select(start="2025-01-01").rollcalls["id"].tolist()
['r2']
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

import numpy as np
import pandas as pd

from kg.analysis.series import load_series
from kg.errors import DataError, UsageError
from kg.vocabulary import VOETEN_ISSUES, VOTE_OPTIONS

__all__ = [
    "ABSENT",
    "ABSTAIN",
    "CODE_LETTERS",
    "LETTER_CODES",
    "NO",
    "NOT_MEMBER",
    "ROLLCALL_COLUMNS",
    "YES",
    "VoteMatrix",
    "assemble",
]

YES, ABSTAIN, NO, ABSENT, NOT_MEMBER = 1, 2, 3, 0, -1
LETTER_CODES = {option.code: option.matrix for option in VOTE_OPTIONS}
CODE_LETTERS = {**{code: letter for letter, code in LETTER_CODES.items()}, NOT_MEMBER: ""}


ROLLCALL_COLUMNS = (
    "id", "date", "year", "session", "symbol", "title", "organ", "topics", "important",
)  # fmt: skip


def _as_date(value: str | date | None, what: str) -> pd.Timestamp | None:
    if value is None or value == "":
        return None
    try:
        return pd.Timestamp(date.fromisoformat(str(value)))
    except ValueError:
        raise DataError(f"{what} {value!r} is not an ISO date", fix="write YYYY-MM-DD") from None


@dataclass(frozen=True)
class VoteMatrix:
    """States x roll calls of vote codes (see the module docstring), with roll-call metadata.

    Attributes
    ----------
    votes : numpy.ndarray
        ``int8`` array of shape ``(len(states), len(rollcalls))``.
    states : tuple of str
        The states' registry codes (ISO 3166 alpha-3, or ISO 3166-3 for former states), sorted.
    rollcalls : pandas.DataFrame
        One row per column of ``votes``, in date order: ``id``, ``date`` (Timestamp, NaT when
        the source gives only a year), ``year``, ``session``, ``symbol``, ``title`` (the
        motion's title, "" when unknown), ``organ``, ``topics`` (a sorted tuple of topic codes
        and labels, casefolded: Voeten's issue code and its label, UNBIS subjects) and
        ``important`` (Voeten's ``importantvote``: True, False, or NA when the source does
        not say).
    """

    votes: np.ndarray
    states: tuple[str, ...]
    rollcalls: pd.DataFrame

    @classmethod
    def from_votes(
        cls,
        votes: Iterable[tuple[str, str, str | int]],
        *,
        dates: Mapping[str, str] | None = None,
        metadata: pd.DataFrame | None = None,
    ) -> VoteMatrix:
        """Build a matrix from ``(state, rollcall_id, vote)`` rows.

        ``vote`` is a letter (``Y``, ``A``, ``N``, ``X``) or a code. Roll-call metadata come
        from ``metadata`` (columns as in :attr:`rollcalls`, any subset besides ``id``) or,
        for small examples, from ``dates`` (roll-call id → ISO date).
        """
        frame = pd.DataFrame(list(votes), columns=["state", "rollcall", "vote"])
        if metadata is None:
            ids = list(dict.fromkeys(frame["rollcall"]))
            metadata = pd.DataFrame(
                {"id": ids, "date": [(dates or {}).get(rollcall, "") for rollcall in ids]}
            )
        codes = frame["vote"].map(lambda vote: LETTER_CODES.get(vote, vote)).astype("int8")
        return assemble(frame["state"], frame["rollcall"], codes.to_numpy(), metadata)

    # --- look-ups ---------------------------------------------------------------------------

    def index(self, state: str) -> int:
        """Row of ``state`` (a registry code); DataError if it has no row."""
        try:
            return self.states.index(state)
        except ValueError:
            raise DataError(
                f"state {state} has no votes in this selection",
                fix="check the code, the period or the series",
            ) from None

    @property
    def shape(self) -> tuple[int, int]:
        return self.votes.shape

    def letters(self, state: str) -> list[str]:
        """One state's votes as letters (Y, A, N, X; empty when unknown), in roll-call order."""
        return [CODE_LETTERS[int(code)] for code in self.votes[self.index(state)]]

    # --- selection --------------------------------------------------------------------------

    def select(
        self,
        *,
        start: str | date | None = None,
        end: str | date | None = None,
        session: str | None = None,
        organ: str | None = None,
        topic: str | None = None,
        exclude_topic: str | Iterable[str] | None = None,
        important: bool | None = None,
        series: str | None = None,
        symbols: Iterable[str] | None = None,
        drop_unanimous: bool = False,
        members_only: bool = True,
    ) -> VoteMatrix:
        """The roll calls that meet every given condition, as a new matrix.

        Parameters
        ----------
        start, end : str or date, optional
            First and last day (inclusive). Roll calls whose date is unknown are left out
            when either is given.
        session : str, optional
            A GA session (``"79"``, ``"ES-11"``).
        organ : str, optional
            ``"GA"`` or ``"SC"``.
        topic : str, optional
            A topic code or label (case-insensitive), e.g. ``hr`` or ``human rights``.
        exclude_topic : str or iterable of str, optional
            Leave out the roll calls on these topics.
        important : bool, optional
            True: only the roll calls the source marks as important votes (Voeten's
            ``importantvote``, the votes the US State Department's reports list); False: only
            those it marks as not important. Roll calls the source says nothing about are
            left out either way.
        series : str, optional
            A named series of ``kg/data/series.yaml``, e.g. ``es-11``.
        symbols : iterable of str, optional
            UN symbols of the roll calls' motions.
        drop_unanimous : bool
            Drop roll calls on which every state that voted yes, no or abstained cast the same
            vote (they carry no information on who agrees with whom).
        members_only : bool
            Drop the states that have no record (code -1) on any selected roll call: those
            that were not members then. A member that never voted keeps its row.
        """
        rollcalls = self.rollcalls
        keep = np.ones(len(rollcalls), dtype=bool)
        first, last = _as_date(start, "start"), _as_date(end, "end")
        if first is not None:
            keep &= (rollcalls["date"] >= first).to_numpy()
        if last is not None:
            keep &= (rollcalls["date"] <= last).to_numpy()
        if session is not None:
            _check_known("session", session, rollcalls["session"])
            keep &= (rollcalls["session"].str.upper() == str(session).upper()).to_numpy()
        if organ is not None:
            _check_known("organ", organ, ["GA", "SC"])
            keep &= (rollcalls["organ"].str.upper() == organ.upper()).to_numpy()
        if topic is not None:
            keep &= self._on_topics([topic])
        if exclude_topic is not None:
            keep &= ~self._on_topics(
                [exclude_topic] if isinstance(exclude_topic, str) else list(exclude_topic)
            )
        if important is not None:
            keep &= (rollcalls["important"] == bool(important)).fillna(False).to_numpy(bool)
        wanted_symbols: set[str] = set(symbols or ())
        if series is not None:
            wanted_symbols |= set(load_series(series).symbols)
        if series is not None or symbols is not None:
            keep &= rollcalls["symbol"].isin(wanted_symbols).to_numpy()
        votes = self.votes[:, keep]
        if drop_unanimous:
            votes, keep = _drop_unanimous(votes, keep)
        selected = rollcalls.loc[keep].reset_index(drop=True)
        rows = np.arange(len(self.states))
        if members_only:
            rows = np.flatnonzero((votes > NOT_MEMBER).any(axis=1))
        return VoteMatrix(
            np.ascontiguousarray(votes[rows]), tuple(self.states[i] for i in rows), selected
        )

    def _on_topics(self, wanted: list[str]) -> np.ndarray:
        """Which roll calls carry any of the ``wanted`` topics (codes or labels, any case)."""
        # Voeten's codes and labels are always known (a period may just have none of them).
        known = {topic for topics in self.rollcalls["topics"] for topic in topics}
        voeten = {name.casefold() for issue in VOETEN_ISSUES for name in (issue.code, issue.label)}
        for topic in wanted:
            if topic.casefold() not in known | voeten:
                close = difflib.get_close_matches(topic.casefold(), sorted(known | voeten), n=5)
                subjects = len(known - voeten)
                raise UsageError(
                    f"unknown topic {topic!r} in these roll calls",
                    fix=(f"did you mean {', '.join(close)}? " if close else "")
                    + "a topic is one of Voeten's issue codes "
                    f"({', '.join(issue.code for issue in VOETEN_ISSUES)}), its label (e.g. "
                    f"'human rights'), or one of the {subjects} UNBIS "
                    "subjects of these roll calls",
                )
        folded = {topic.casefold() for topic in wanted}
        return np.fromiter(
            (any(t.casefold() in folded for t in topics) for topics in self.rollcalls["topics"]),
            dtype=bool,
            count=len(self.rollcalls),
        )

    def period(self) -> tuple[str, str]:
        """First and last known date of the selection, ISO strings (empty if none)."""
        dates = self.rollcalls["date"].dropna()
        if dates.empty:
            return "", ""
        return dates.min().date().isoformat(), dates.max().date().isoformat()


def _check_known(what: str, value: str, known: Iterable[str]) -> None:
    """A usage error naming the valid values when ``value`` is none of ``known`` (any case)."""
    valid = sorted({str(item) for item in known if str(item)}, key=_natural)
    if str(value).upper() in {item.upper() for item in valid}:
        return
    close = difflib.get_close_matches(str(value), valid, n=5, cutoff=0.6)
    listed = ", ".join(valid if len(valid) <= 30 else [*valid[:12], "…", *valid[-3:]])
    hint = f"did you mean {', '.join(close)}? " if close else ""
    raise UsageError(
        f"unknown {what} {value!r} in these roll calls",
        fix=f"{hint}use one of {len(valid)}: {listed}"
        if valid
        else f"these roll calls have no {what}",
    )


def _drop_unanimous(votes: np.ndarray, keep: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    options_used = sum((votes == code).any(axis=0).astype(int) for code in (YES, ABSTAIN, NO))
    informative = options_used > 1
    keep = keep.copy()
    keep[np.flatnonzero(keep)[~informative]] = False
    return votes[:, informative], keep


def assemble(
    states: pd.Series,
    rollcall_keys: pd.Series | np.ndarray,
    codes: np.ndarray,
    metadata: pd.DataFrame,
    key: str = "id",
) -> VoteMatrix:
    """Scatter long (state, roll call, code) rows into a matrix ordered by date.

    ``rollcall_keys`` match ``metadata[key]`` (the roll-call id, or the history's integer rcid,
    which is much faster to look up than a million strings).
    """
    metadata = _normalise_metadata(metadata, rollcall_keys, key)
    state_codes = pd.Categorical(states)
    rollcall_positions = pd.Index(metadata[key]).get_indexer(rollcall_keys)
    votes = np.full((len(state_codes.categories), len(metadata)), NOT_MEMBER, dtype=np.int8)
    votes[state_codes.codes, rollcall_positions] = codes
    metadata = metadata.loc[:, list(ROLLCALL_COLUMNS)]
    return VoteMatrix(votes, tuple(str(code) for code in state_codes.categories), metadata)


def _normalise_metadata(
    metadata: pd.DataFrame, rollcall_keys: pd.Series | np.ndarray, key: str
) -> pd.DataFrame:
    metadata = metadata.drop_duplicates(key).copy()
    missing = pd.Index(pd.unique(np.asarray(rollcall_keys))).difference(pd.Index(metadata[key]))
    if len(missing):
        metadata = pd.concat([metadata, pd.DataFrame({key: list(missing)})], ignore_index=True)
        metadata["id"] = metadata["id"].fillna(metadata[key].astype(str))
    for column in ("session", "symbol", "title", "organ"):
        metadata[column] = metadata[column].fillna("").astype(str) if column in metadata else ""
    raw_dates = _text_column(metadata, "date")
    # A year alone (two history records) stays a year: its day is unknown, not 1 January.
    # A graph gives it as dkg:year, a file as a four-digit date.
    raw_dates = raw_dates.where(raw_dates != "", _text_column(metadata, "year"))
    full_dates = raw_dates.where(raw_dates.str.len() == 10, None)
    metadata["date"] = pd.to_datetime(full_dates, format="%Y-%m-%d", errors="coerce")
    metadata["year"] = pd.to_numeric(raw_dates.str[:4], errors="coerce").astype("Int64")
    if "topics" not in metadata:
        metadata["topics"] = [()] * len(metadata)
    # Casefolded: a UNBIS subject is written "CONFERENCES" in one row and "Conferences" in
    # another, and a store keeps one spelling per concept; selection ignores case anyway.
    metadata["topics"] = [
        tuple(sorted({str(topic).casefold() for topic in t})) if isinstance(t, tuple | list) else ()
        for t in metadata["topics"]
    ]
    important = metadata.get("important", pd.Series([None] * len(metadata), dtype=object))
    metadata["important"] = pd.array([_flag(value) for value in important], dtype="boolean")
    # One order whatever the source: by year, day, then the id with its numbers compared as
    # numbers (ga-es-11-7 before ga-es-11-10); a year-only date ends its year.
    years = metadata["year"].astype("Float64").fillna(np.inf).to_numpy(dtype=float)
    days = metadata["date"].to_numpy(dtype="datetime64[ns]").astype(np.int64).astype(float)
    days[metadata["date"].isna().to_numpy()] = np.inf
    ids = [_natural(str(rollcall)) for rollcall in metadata["id"]]
    order = sorted(range(len(metadata)), key=lambda row: (years[row], days[row], ids[row]))
    return metadata.iloc[order].reset_index(drop=True)


def _text_column(metadata: pd.DataFrame, column: str) -> pd.Series:
    if column not in metadata:
        return pd.Series([""] * len(metadata), index=metadata.index, dtype=object)
    return metadata[column].astype(object).where(metadata[column].notna(), "").astype(str)


def _flag(value: object) -> bool | None:
    """True/False from a boolean, ``1``/``0`` or ``true``/``false``; None when unknown."""
    if value is None or value is pd.NA or (isinstance(value, float) and np.isnan(value)):
        return None
    text = str(value).strip().lower()
    return {"1": True, "true": True, "0": False, "false": False}.get(text)


def _natural(text: str) -> tuple:
    return tuple(int(part) if part.isdigit() else part for part in re.split(r"(\d+)", text))
