"""The ``undl`` voting format: the UN Digital Library's "UN General Assembly Voting Data".

A long CSV, one row per member state and vote (about 360 MB, read streaming): the record
(``undl_id``), the state (``ms_code``, ``ms_name``), its vote (``ms_vote``: Y, N, A, X), the
date and the ``resolution`` symbol, with the tallies (``total_yes`` …), the title, the
record link and the UNBIS subjects repeated on every row of a vote. Each row carries its
roll call, so no roll-call table is read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from kg.ontology import slug
from kg.sources.history.records import (
    HistoryBallot,
    HistoryRollCall,
    ImportSummary,
    Topic,
    rollcall_id_for,
)
from kg.sources.history.rows import (
    OPTION_CODES,
    BallotChecker,
    StateResolver,
    check_tallies,
    checked_ballot,
    checked_link,
    parse_date,
    read_rows,
    row_tallies,
    session_of,
    year_only,
)

__all__ = ["VOTE_COLUMNS", "read"]

#: the columns a votes file must have (they also tell the format from a header)
VOTE_COLUMNS = ("undl_id", "ms_code", "ms_name", "ms_vote", "date", "resolution")
#: tally → column
TALLIES = {
    "yes": "total_yes",
    "no": "total_no",
    "abstain": "total_abstentions",
    "non_voting": "total_non_voting",
}


def read(
    path: Path, rollcalls_path: Path | None, summary: ImportSummary
) -> Iterator[HistoryRollCall | HistoryBallot]:
    """The roll call of each new record, then the ballots (``rollcalls_path`` is not read)."""
    if rollcalls_path is not None:
        summary.notes.append("--rollcalls is ignored for undl: each row carries its roll call")
    by_record: dict[str, str] = {}
    symbols: dict[str, str] = {}
    resolve, checker = StateResolver(), BallotChecker()
    for line, row in read_rows(path, VOTE_COLUMNS):
        summary.rows_read += 1
        record = row["undl_id"].strip()
        rollcall_id = by_record.get(record)
        if rollcall_id is None:
            if not record:
                summary.skip(line, "no undl_id")
                continue
            rollcall = checked_link(_rollcall(row, record, symbols), path, line, summary)
            check_tallies(row, TALLIES, path, line, summary)
            by_record[record] = rollcall_id = rollcall.id
            summary.rollcalls += 1
            yield rollcall
        state = resolve(row["ms_code"], row["ms_name"])
        ballot = checked_ballot(
            line, rollcall_id, state, row["ms_vote"], OPTION_CODES, checker, summary
        )
        if ballot is not None:
            yield ballot


def _rollcall(row: dict[str, str], record: str, symbols: dict[str, str]) -> HistoryRollCall:
    symbol = row["resolution"].strip()
    rollcall_id = rollcall_id_for(symbol, f"undl-{slug(record)}")
    # Two UNDL records with one symbol (a draft voted twice, say) stay two roll calls: the
    # later record gets the record id appended, so ids only depend on the file's content.
    if symbols.setdefault(rollcall_id, record) != record:
        rollcall_id = f"{rollcall_id}-undl-{slug(record)}"
    date, date_note = parse_date(row["date"])
    session = (row.get("session") or "").strip() or session_of(symbol)
    kind = "resolution" if "/RES/" in symbol else "draft"
    subjects = re.split(r"\s*\|\s*", (row.get("subjects") or "").strip())
    return HistoryRollCall(
        id=rollcall_id,
        source_id=f"undl:{record}",
        symbol=symbol or None,
        date=date,
        session=session,
        title=(row.get("title") or "").strip() or None,
        tallies=row_tallies(row, TALLIES),
        kind=kind,
        record_link=(row.get("undl_link") or "").strip() or None,
        topics=tuple(Topic("unbis", term) for term in subjects if term),
        note=date_note,
        year=year_only(row["date"]),
    )
