"""The vote matrix straight from the UN General Assembly history's long ("tidy") files.

The fast path for tests, benchmarks and ``--votes``: no graph or store is needed, and the
matrix is the one ``dkg import tidy`` and a query of the store give.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import numpy as np
import pandas as pd

from kg.analysis.matrix import LETTER_CODES, NOT_MEMBER, VoteMatrix, assemble
from kg.errors import DataError
from kg.vocabulary import VOETEN_ISSUES

__all__ = ["read_tidy"]


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
    return assemble(pd.Series(states), rcids, codes, metadata, key="rcid")


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
