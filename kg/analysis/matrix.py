"""The vote matrix: states x roll calls, extracted once, selected many times.

Every analysis in :mod:`kg.analysis` works on a :class:`VoteMatrix`: one ``int8`` code per
state and roll call, and a table of roll-call metadata. It comes from one of three places:

- :func:`extract_matrix` runs one SPARQL SELECT (``kg/analysis/vote-matrix.rq``) over the
  derived shortcut triples (``?state dkg:votedYes ?rollcall`` …) of the built event graph (an
  rdflib ``Dataset``) or of the imported history (a pyoxigraph ``Store``); :func:`load_matrix`
  keeps a store's matrix in a cache file beside the store, so the query runs once per import;
- :func:`read_tidy` reads the long ``votes.csv.gz`` / ``rollcalls.csv`` files of the UN General
  Assembly history directly: the fast path for tests and benchmarks when no store exists;
- :meth:`VoteMatrix.from_votes` builds one from a small table, as the tests do.

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
import functools
import hashlib
import io
import json
import re
import warnings
import zipfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import yaml

from kg.defaults import KG_FILE
from kg.errors import DataError, UsageError
from kg.graph import Source, choose_source
from kg.io import write_atomic
from kg.ontology import DATA_DIR, ID, resource_path
from kg.vocabulary import VOETEN_ISSUES, VOTE_OPTIONS

__all__ = [
    "ABSENT",
    "ABSTAIN",
    "CACHE_FORMAT",
    "CODE_LETTERS",
    "LETTER_CODES",
    "NO",
    "NOT_MEMBER",
    "SERIES_FILE",
    "YES",
    "Series",
    "VoteMatrix",
    "extract_matrix",
    "load_matrix",
    "load_series",
    "read_tidy",
]

YES, ABSTAIN, NO, ABSENT, NOT_MEMBER = 1, 2, 3, 0, -1
LETTER_CODES = {option.code: option.matrix for option in VOTE_OPTIONS}
CODE_LETTERS = {**{code: letter for letter, code in LETTER_CODES.items()}, NOT_MEMBER: ""}
SERIES_FILE = DATA_DIR / "series.yaml"
QUERY_FILE = resource_path("analysis", "vote-matrix.rq")


ROLLCALL_COLUMNS = (
    "id", "date", "year", "session", "symbol", "title", "organ", "topics", "important",
)  # fmt: skip


@dataclass(frozen=True)
class Series:
    """A named series of roll calls (``kg/data/series.yaml``): UN symbols, in order."""

    name: str
    title: str
    organ: str | None
    symbols: tuple[str, ...]


@functools.cache
def _series_file(path: Path) -> dict[str, Series]:
    try:
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError as error:
        raise DataError(f"file not found: {path}", fix="restore kg/data/series.yaml") from error
    except yaml.YAMLError as error:
        raise DataError(f"malformed YAML: {error}", where=str(path)) from error
    entries = document.get("series") if isinstance(document, dict) else None
    if not isinstance(entries, dict):
        raise DataError("expected a 'series' mapping", where=str(path), fix="see its header")
    series = {}
    for name, entry in entries.items():
        symbols = entry.get("symbols") if isinstance(entry, dict) else None
        if not isinstance(symbols, list) or not all(isinstance(s, str) for s in symbols):
            raise DataError(
                f"series {name!r} needs a list of symbols", where=str(path), fix="see es-11"
            )
        series[str(name)] = Series(
            str(name), str(entry.get("title", name)), entry.get("organ"), tuple(symbols)
        )
    return series


def load_series(name: str, path: Path | str = SERIES_FILE) -> Series:
    """The named series of roll calls from ``kg/data/series.yaml``.

    >>> load_series("es-11").symbols[-2:]
    ('A/RES/ES-11/7', 'A/RES/ES-11/8')
    >>> load_series("es-12")
    Traceback (most recent call last):
    ...
    kg.errors.DataError: unknown series 'es-12' (fix: use one of es-11, ukraine-council)
    """
    known = _series_file(Path(path).resolve())
    if name not in known:
        raise DataError(f"unknown series {name!r}", fix=f"use one of {', '.join(known)}")
    return known[name]


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
        return _assemble(frame["state"], frame["rollcall"], codes.to_numpy(), metadata)

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


def _assemble(
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


# --- the fast path: the tidy history files ---------------------------------------------------


def read_tidy(votes_path: Path | str, rollcalls_path: Path | str | None = None) -> VoteMatrix:
    """Read the UN General Assembly history in its long ("tidy") form straight into a matrix.

    ``votes_path`` is ``votes.csv.gz`` (``rcid,date,session,symbol,state_iso3,state_name,vote``);
    ``rollcalls_path`` (default: ``rollcalls.csv`` beside it) supplies Voeten's issue codes and
    the UNBIS subjects as topics. Roll-call ids are those the history importer mints
    (``ga-<slug of the symbol>``); every roll call is a GA one.
    States without a row for a roll call (not members then) get code -1. Rows are taken as
    ``dkg import tidy`` takes them, so both give the same matrix: each (code, name) pair is
    resolved through the registry (a row whose state is unknown, or whose code and name
    disagree, is skipped), as is a row with a vote other than Y, N, A or X; a repeated
    (roll call, state) row is a duplicate, and the first one counts. Skipped rows are
    reported with :func:`warnings.warn`.
    """
    votes_path = Path(votes_path)
    rollcalls_path = (
        Path(rollcalls_path) if rollcalls_path else votes_path.with_name("rollcalls.csv")
    )
    try:
        frame = pd.read_csv(
            votes_path,
            usecols=["rcid", "state_iso3", "state_name", "vote"],
            dtype={
                "rcid": "int32",
                "state_iso3": "category",
                "state_name": "category",
                "vote": "category",
            },
            keep_default_na=False,
        )
    except FileNotFoundError as error:
        raise DataError(
            f"file not found: {votes_path}", fix="give the tidy votes.csv.gz file"
        ) from error
    except (ValueError, pd.errors.ParserError) as error:
        raise DataError(
            f"not a tidy votes file: {error}",
            where=str(votes_path),
            fix="expected columns rcid,date,session,symbol,state_iso3,state_name,vote",
        ) from error
    states, keep = _resolved_states(frame, votes_path)
    rcids = frame["rcid"].to_numpy()[keep]
    letters = frame["vote"].cat.categories
    lookup = np.array([LETTER_CODES.get(str(letter), NOT_MEMBER) for letter in letters], np.int8)
    codes = lookup[frame["vote"].cat.codes.to_numpy()[keep]]
    # A second row for the same state and roll call is a duplicate, as the importer reports
    # it: the first ballot counts, so both paths give the same matrix.
    first = ~pd.Index(rcids.astype(np.int64) * len(states.categories) + states.codes).duplicated()
    states, rcids, codes = states[first], rcids[first], codes[first]
    metadata = _tidy_rollcalls(rollcalls_path, votes_path)
    states = states.remove_unused_categories()  # a state whose every row was skipped
    return _assemble(pd.Series(states), rcids, codes, metadata, key="rcid")


def _resolved_states(frame: pd.DataFrame, path: Path) -> tuple[pd.Categorical, np.ndarray]:
    """Each row's registry code, and which rows to keep: those ``dkg import`` keeps."""
    from kg.sources.history.rows import StateResolver

    resolve = StateResolver()
    codes, names = frame["state_iso3"].cat, frame["state_name"].cat
    width = len(names.categories) + 1
    positions, distinct = pd.factorize(codes.codes.to_numpy(np.int64) * width + names.codes)
    pairs = [
        (str(codes.categories[pair // width]), str(names.categories[pair % width]))
        for pair in distinct
    ]
    keys = [resolve(code, name)[0] for code, name in pairs]
    categories = sorted({key for key in keys if key})
    lookup = np.array([categories.index(key) if key else -1 for key in keys], dtype=np.int64)
    state_codes = lookup[positions]
    known_vote = frame["vote"].isin(list(LETTER_CODES)).to_numpy()
    keep = (state_codes >= 0) & known_vote
    if not keep.all():
        unknown = [
            f"{code}/{name}" for (code, name), key in zip(pairs, keys, strict=True) if not key
        ]
        bad_votes = sorted(set(map(str, frame.loc[~known_vote, "vote"])))
        warnings.warn(
            f"{path}: skipped {int((~keep).sum())} row(s) as `dkg import` does"
            + (f"; unknown states {', '.join(sorted(unknown)[:5])}" if unknown else "")
            + (f"; vote codes {', '.join(bad_votes[:5])} (not Y, N, A or X)" if bad_votes else ""),
            stacklevel=3,
        )
    return pd.Categorical.from_codes(state_codes[keep], categories), keep


def _tidy_rollcalls(path: Path, votes_path: Path) -> pd.DataFrame:
    if path.is_file():
        table = pd.read_csv(path, dtype=str, keep_default_na=False)
    else:  # the votes file repeats date, session and symbol; topics are then unknown
        table = pd.read_csv(votes_path, usecols=["rcid", "date", "session", "symbol"], dtype=str)
        table = table.drop_duplicates("rcid")
    topics = [[] for _ in range(len(table))]
    for code, _, label in VOETEN_ISSUES:
        column = f"issue_{code}"
        if column in table:
            for position in np.flatnonzero((table[column] == "1").to_numpy()):
                topics[position] += [code, label]
    if "subjects" in table:
        for position, subjects in enumerate(table["subjects"]):
            topics[position] += [s.strip() for s in str(subjects).split("|") if s.strip()]
    return pd.DataFrame(
        {
            "id": _tidy_ids(table),
            "rcid": table["rcid"].astype("int64"),
            "date": table["date"],
            "session": table["session"],
            "symbol": table["symbol"],
            "title": table["title"].str.strip() if "title" in table else "",
            "organ": "GA",
            "topics": [tuple(t) for t in topics],
            "important": table.get("importantvote"),
        }
    )


def _tidy_ids(table: pd.DataFrame) -> list[str]:
    """The roll-call ids the history importer mints, so both paths name roll calls alike."""
    from kg.ontology import slug
    from kg.sources.history.records import rollcall_id_for

    undl = table["undl_id"] if "undl_id" in table else pd.Series([""] * len(table))
    return [
        rollcall_id_for(symbol, f"undl-{slug(undl_id)}" if undl_id else f"tidy-{slug(rcid)}")
        for symbol, undl_id, rcid in zip(table["symbol"], undl, table["rcid"], strict=True)
    ]


# --- the graph path: one SPARQL SELECT --------------------------------------------------------


def extract_matrix(source: Any) -> VoteMatrix:
    """Extract the vote matrix from a knowledge graph with one SPARQL SELECT.

    ``source`` is an rdflib ``Dataset``/``Graph`` (the built graph, e.g. from
    :func:`kg.build.load_dataset`), a ``pyoxigraph.Store`` (the imported history) or a
    :class:`kg.remote.SparqlEndpoint` (another server holding either). The query
    (``kg/analysis/vote-matrix.rq``) reads the shortcut triples, so the rules in ``kg/rules/``
    must have been applied (``dkg build`` and the importer do it).

    >>> from kg.build import assemble, derive_shortcuts
    >>> from kg.ontology import graph_iri
    >>> dataset = assemble()
    >>> _ = dataset.graph(graph_iri("inferred")).__iadd__(derive_shortcuts(dataset))
    >>> matrix = extract_matrix(dataset)
    >>> matrix.shape, matrix.letters("USA")[-4:]
    ((193, 10), ['Y', 'N', '', 'Y'])
    """
    states, rollcall_ids, codes, metadata = _split_rows(_select_rows(source))
    if not len(states):
        raise DataError(
            "the graph holds no vote shortcuts (dkg:votedYes …)",
            fix="build it with `dkg build`, or import the history and derive the shortcuts",
        )
    return _assemble(pd.Series(states), pd.Series(rollcall_ids), codes, metadata)


def load_matrix(
    *,
    kg: Path | str | None = None,
    store: Path | str | None = None,
    votes: Path | str | None = None,
    endpoint: str | None = None,
) -> VoteMatrix:
    """The vote matrix of one source: ``votes`` (a tidy history file, read directly), ``store``
    (an imported Oxigraph store), ``endpoint`` (the URL of a SPARQL 1.1 server holding a
    store's or a built graph's quads) or ``kg`` (a dataset written by ``dkg build``, by default
    ``out/kg.trig``). Two sources are a :class:`~kg.errors.UsageError`. Each gives the same
    matrix for the same votes (``tests/test_sources_agree.py``).

    A store's matrix is extracted once per generation of the store and kept beside it, in
    ``STORE/.matrix-<generation>.npz`` (see :func:`kg.store.live_generation`): later loads read
    that file instead of querying the store, until an import makes a new generation. A store
    directory that cannot be written is read as before, without the cache.

    >>> import tempfile
    >>> from kg.store import import_history, live_generation
    >>> fixtures = Path("tests/fixtures/history/tidy")  # run from the checkout
    >>> directory = Path(tempfile.mkdtemp()) / "store"
    >>> _ = import_history("tidy", fixtures / "votes.csv", store_dir=directory)
    >>> first = load_matrix(store=directory)  # extracted with SPARQL, then cached
    >>> cached = [path.name for path in directory.glob(".matrix-*.npz")]
    >>> cached == [f".matrix-{live_generation(directory)}.npz"]
    True
    >>> again = load_matrix(store=directory)  # read from the cache
    >>> again.shape, again.letters("USA"), again.states == first.states
    ((17, 4), ['N', 'Y', 'Y', 'Y'], True)
    """
    source = choose_source(
        kg=kg, store=store, votes=votes, endpoint=endpoint, default=Source("kg", KG_FILE)
    )
    if source.kind == "votes":
        return read_tidy(source.location)
    if source.kind == "store":
        return _store_matrix(Path(source.location))
    if source.kind == "endpoint":
        from kg.remote import SparqlEndpoint

        return extract_matrix(SparqlEndpoint(str(source.location)))
    from kg.build import load_dataset

    return extract_matrix(load_dataset(Path(source.location)))


# --- the store's matrix, cached beside its live generation -----------------------------------

#: bump when VoteMatrix or the cache layout changes: older cache files are then ignored
CACHE_FORMAT = 2
_CACHE_PREFIX = ".matrix-"


def _store_matrix(directory: Path) -> VoteMatrix:
    """The matrix of the store's live generation: from its cache, else extracted and cached."""
    from kg.store import live_generation, open_store

    generation = live_generation(directory)
    if generation is None:
        return extract_matrix(open_store(directory))  # raises: no store here
    cache = directory / f"{_CACHE_PREFIX}{generation}.npz"
    cached = _read_cache(cache)
    if cached is not None:
        return cached
    matrix = extract_matrix(open_store(directory))
    # An import that replaced the generation meanwhile would make this cache mislabelled.
    if live_generation(directory) == generation:
        _write_cache(cache, matrix)
    return matrix


def _cache_key() -> str:
    """The cache format and a digest of the query: either changing invalidates old caches."""
    digest = hashlib.sha256(QUERY_FILE.read_bytes()).hexdigest()[:16]
    return f"{CACHE_FORMAT}:{digest}"


def _write_cache(path: Path, matrix: VoteMatrix) -> None:
    """Write ``matrix`` to ``path`` (numpy arrays + JSON, no pickle); give up quietly on OSError.

    Caches of other generations in the directory go at the same time.
    """
    rollcalls = matrix.rollcalls
    metadata = {
        "key": _cache_key(),
        "states": list(matrix.states),
        **{
            column: rollcalls[column].tolist()
            for column in ("id", "session", "symbol", "title", "organ")
        },
        "year": [None if pd.isna(year) else int(year) for year in rollcalls["year"]],
        "topics": [list(topics) for topics in rollcalls["topics"]],
        "important": [None if pd.isna(flag) else bool(flag) for flag in rollcalls["important"]],
    }
    arrays = {
        "votes": matrix.votes,
        "dates": rollcalls["date"].to_numpy(),
        "metadata": np.frombuffer(json.dumps(metadata).encode("utf-8"), dtype=np.uint8),
    }
    try:
        write_atomic(path, lambda stream: np.savez(stream, **arrays))
        for stale in path.parent.glob(f"{_CACHE_PREFIX}*.npz"):
            if stale.name != path.name:
                stale.unlink(missing_ok=True)
    except OSError:
        pass  # a store the user may read but not write: it works, only without the cache


def _read_cache(path: Path) -> VoteMatrix | None:
    """The matrix cached in ``path``, or None when it is missing, unreadable or outdated."""
    try:
        with np.load(path, allow_pickle=False) as arrays:
            votes, dates = arrays["votes"], arrays["dates"]
            metadata = json.loads(arrays["metadata"].tobytes().decode("utf-8"))
        if metadata["key"] != _cache_key():
            return None  # another cache format or another query
        states, ids = tuple(metadata["states"]), metadata["id"]
        if votes.dtype != np.int8 or votes.shape != (len(states), len(ids)):
            raise ValueError("the vote codes do not fit the states and roll calls")
        rollcalls = pd.DataFrame(
            {
                "id": ids,
                "date": dates,
                "year": pd.array(metadata["year"], dtype="Int64"),
                "session": metadata["session"],
                "symbol": metadata["symbol"],
                "title": metadata["title"],
                "organ": metadata["organ"],
                "topics": [tuple(topics) for topics in metadata["topics"]],
                "important": pd.array(metadata["important"], dtype="boolean"),
            }
        )
    except (OSError, ValueError, KeyError, TypeError, zipfile.BadZipFile):
        return None  # extracted again, and the cache rewritten
    return VoteMatrix(votes, states, rollcalls)


# --- reading the query's solutions ------------------------------------------------------------

_VARIABLES = (
    "state",
    "rollcall",
    "code",
    "date",
    "session",
    "symbol",
    "organ",
    "title",
    "important",
    "year",
    "concept",
    "notation",
    "label",
)


def _select_rows(source: Any) -> pd.DataFrame:
    """Solutions of the matrix query, one column per variable, as strings ("" when unbound)."""
    if type(source).__module__.startswith("pyoxigraph"):
        from pyoxigraph import QueryResultsFormat

        # kg.query.run_query takes rdflib datasets only; pyoxigraph answers the same text.
        # Its SPARQL CSV serialisation (IRIs and lexical forms, "" when unbound), parsed by
        # pandas, costs a fraction of turning a million solutions into Python objects.
        solutions = source.query(
            QUERY_FILE.read_text(encoding="utf-8"), use_default_graph_as_union=True
        )
        text = solutions.serialize(format=QueryResultsFormat.CSV)
        return pd.read_csv(io.BytesIO(text), dtype=str, keep_default_na=False, na_filter=False)
    from kg.query import load_query
    from kg.remote import SparqlEndpoint

    if isinstance(source, SparqlEndpoint):
        _, rows = source.select(QUERY_FILE.read_text(encoding="utf-8"))
    else:
        rows = source.query(load_query(QUERY_FILE).prepared)
    return pd.DataFrame(
        [tuple("" if term is None else str(term) for term in row) for row in rows],
        columns=list(_VARIABLES),
        dtype=object,
    )


def _local(iri: str | None, kind: str) -> str | None:
    prefix = str(ID[f"{kind}/"])
    if iri is None:
        return None
    return iri[len(prefix) :] if iri.startswith(prefix) else iri


def _local_names(iris: pd.Series, kind: str) -> np.ndarray:
    """:func:`_local` of every IRI in ``iris``, computed once per distinct IRI."""
    positions, distinct = pd.factorize(iris)
    names = np.array([_local(iri, kind) for iri in distinct], dtype=object)
    return names[positions]


def _voeten_topics() -> dict[str, tuple[str, str]]:
    """Voeten issue concept IRI → (code, label), the topics :func:`read_tidy` gives."""
    from kg.vocabulary import VOETEN_ISSUE_IRIS

    return {str(VOETEN_ISSUE_IRIS[code]): (code, label) for code, _, label in VOETEN_ISSUES}


def _split_rows(
    rows: pd.DataFrame,
) -> tuple[np.ndarray, np.ndarray, np.ndarray, pd.DataFrame]:
    """The query's three kinds of rows: ballots, roll-call metadata and topics."""
    is_ballot = (rows["state"] != "").to_numpy()
    ballots = rows.loc[is_ballot, ["state", "rollcall", "code"]]
    states = _local_names(ballots["state"], "state")
    rollcall_ids = _local_names(ballots["rollcall"], "rollcall")
    codes = ballots["code"].astype("int8").to_numpy()
    metadata: dict[str, dict[str, Any]] = {}
    topics: dict[str, set[str]] = {}
    # A few thousand rows: a plain loop. A later row for the same roll call wins.
    others = rows.loc[~is_ballot, ["rollcall", *_VARIABLES[3:]]]
    voeten = _voeten_topics()
    for row in others.itertuples(index=False):
        rollcall_id = _local(row.rollcall, "rollcall")
        if row.concept:
            # Voeten's issues by the one table (whether or not the graph holds the ontology's
            # labels); any other topic by its notation and labels, as a file names it.
            found = topics.setdefault(rollcall_id, set())
            found.update(voeten.get(row.concept) or (t for t in (row.notation, row.label) if t))
        else:
            metadata[rollcall_id] = {
                "id": rollcall_id,
                "date": row.date[:10],
                "year": row.year[:4],
                "session": row.session,
                "symbol": row.symbol,
                "title": row.title,
                "organ": _local(row.organ, "organ"),
                "important": row.important,
            }
    table = pd.DataFrame(
        list(metadata.values()),
        columns=["id", "date", "year", "session", "symbol", "title", "organ", "important"],
    )
    table["topics"] = [tuple(sorted(topics.get(i, ()))) for i in table["id"]]
    return states, rollcall_ids, codes, table
