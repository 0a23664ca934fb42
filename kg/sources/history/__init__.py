"""The UN General Assembly voting history: readers for three public formats, and their N-Quads.

A user's copy of the standard public files is read streaming, in constant memory (the UN
Digital Library file is about 360 MB). One module per format, all yielding the same records
(:mod:`~kg.sources.history.records`), roll calls before the ballots that cite them:

- :mod:`~kg.sources.history.undl`: the UN Digital Library "UN General Assembly Voting Data"
  long CSV (one row per member state and vote; ``ms_vote`` Y/N/A/X);
- :mod:`~kg.sources.history.voeten`: Erik Voeten's UNVotes file or the R package ``unvotes``
  tables (votes coded 1 yes, 2 abstain, 3 no, 8 absent, 9 not a member; issue codes me, nu,
  di, hr, co, ec); states given as Correlates of War codes (``ccode``, ``Country``:
  :mod:`~kg.sources.history.cow`) or as the unvotes package's ISO alpha-2 ``country_code``
  and ``country`` name;
- :mod:`~kg.sources.history.tidy`: ``votes.csv(.gz)``
  (``rcid,date,session,symbol,state_iso3,state_name,vote``) with ``rollcalls.csv`` beside it.

:data:`READERS` is the one table of them; :mod:`~kg.sources.history.rows` holds what every
reader does with a row, and :mod:`~kg.sources.history.nquads` writes the records as N-Quads.

States resolve through :func:`kg.registry.resolve_state` with ``un_record=True`` (USSR → RUS,
Zaire → COD, Czechoslovakia → CSK …). A row whose state does not resolve, or whose code and
name disagree, is skipped and reported with its row number, never guessed:

>>> fixtures = Path("tests/fixtures/history")  # run from the checkout
>>> summary = ImportSummary()
>>> records = list(read_history("tidy", fixtures / "tidy" / "votes.csv", summary=summary))
>>> sorted({r.iso3 for r in records if isinstance(r, HistoryBallot)} & {"RUS", "COD", "CSK"})
['COD', 'CSK', 'RUS']
>>> summary.rows_read, summary.rows_imported, dict(summary.skipped)
(24, 22, {'unknown state': 1, 'duplicate ballot': 1})

Roll-call ids come from the resolution symbol, as in ``kg/data/votes``: ``A/RES/ES-11/1`` is
``ga-es-11-1`` in every format, so a roll call found in several sources is one node (see
:func:`~kg.sources.history.records.rollcall_id_for`). Only the Voeten votes on amendments or
paragraphs, and rows without a symbol, get a source-specific id.

Consistency with the curated Ukraine roll calls (``kg/data/votes``): where the history holds
the same vote (A/RES/ES-11/1 to ES-11/6), the roll call, its motion (``motion_iri(symbol)``)
and each ballot (``ballot_iri(id, state)``) get the very IRIs the curated graph uses. The two
sources then describe one roll call, each in its own named graph, and an analysis over the
store counts that vote once. Where they differ, both statements stay visible with their
graph: the curated ES-11/2 is ``ballotsComplete false`` (188 of 193 ballots known) while the
history's copy is complete; titles may be worded differently. A ballot on which the two
disagree would show as one ballot with two options, which ``owl:hasKey`` and the functional
``dkg:option`` make an inconsistency, so such a conflict cannot pass unnoticed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import NamedTuple

from kg.checks import csv_lines
from kg.errors import DataError
from kg.sources.history import tidy, undl, voeten
from kg.sources.history.records import HistoryBallot, HistoryRollCall, ImportSummary

__all__ = ["READERS", "Reader", "default_rollcalls_path", "likely_formats", "read_history"]

Records = Iterator[HistoryRollCall | HistoryBallot]


class Reader(NamedTuple):
    """How ``dkg import`` reads one voting format.

    ``read(votes, rollcalls, summary)`` streams the records; ``columns`` are the columns its
    votes file must have, which also tell the format from a header; ``rollcalls_file`` is
    the roll-call table read from beside the votes file when none is given.
    """

    read: Callable[[Path, Path | None, ImportSummary], Records]
    columns: tuple[str, ...]
    rollcalls_file: str | None = None


#: the reader of each of :data:`kg.vocabulary.VOTE_FORMATS`
READERS = {
    "undl": Reader(undl.read, undl.VOTE_COLUMNS),
    "voeten": Reader(voeten.read, voeten.VOTE_COLUMNS),
    "tidy": Reader(tidy.read, tidy.VOTE_COLUMNS, tidy.ROLLCALLS_FILE),
}


def default_rollcalls_path(format_name: str, votes_path: Path) -> Path | None:
    """The roll-call table beside a votes file, if its format reads one and it is there.

    >>> default_rollcalls_path("tidy", Path("tests/fixtures/history/tidy/votes.csv")).name
    'rollcalls.csv'
    >>> default_rollcalls_path("undl", Path("tests/fixtures/history/undl.csv")) is None
    True
    """
    name = READERS[format_name].rollcalls_file
    if name is None:
        return None
    candidate = Path(votes_path).with_name(name)
    return candidate if candidate.is_file() else None


def read_history(
    format_name: str,
    path: Path | str,
    *,
    rollcalls: Path | str | None = None,
    summary: ImportSummary | None = None,
) -> Records:
    """Stream the roll calls and ballots of one voting file in one of :data:`READERS`.

    Roll calls come before the ballots that cite them. Rows that cannot be imported are
    counted in ``summary`` (by reason, with row numbers) and skipped.

    Raises
    ------
    kg.errors.DataError
        For an unknown format, a missing file or column, or a damaged file.
    """
    if format_name not in READERS:
        raise DataError(f"unknown format {format_name!r}", fix=f"use one of {', '.join(READERS)}")
    summary = summary if summary is not None else ImportSummary()
    path = Path(path)
    rollcalls_path = Path(rollcalls) if rollcalls else default_rollcalls_path(format_name, path)
    yield from READERS[format_name].read(path, rollcalls_path, summary)


def likely_formats(path: Path | str) -> list[str]:
    """The voting formats whose columns the file's header holds, best fit first (the one
    that uses most of its columns); none for a file that is not a table.

    >>> fixtures = Path("tests/fixtures/history")  # run from the checkout
    >>> likely_formats(fixtures / "tidy" / "votes.csv"), likely_formats(fixtures / "undl.csv")
    (['tidy', 'voeten'], ['undl'])
    """
    try:
        _, header = next(csv_lines(path), (1, []))
    except DataError:
        return []
    columns = {name.strip() for name in header}
    fitting = [name for name, reader in READERS.items() if set(reader.columns) <= columns]
    return sorted(fitting, key=lambda name: -len(READERS[name].columns))
