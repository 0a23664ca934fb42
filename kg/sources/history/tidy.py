"""The ``tidy`` voting format: ``votes.csv(.gz)`` with ``rollcalls.csv`` beside it.

The project's own long format (``rcid,date,session,symbol,state_iso3,state_name,vote``, one
row per state and roll call, votes ``Y``/``N``/``A``/``X``), as the shared copy of the voting
history ships it; the roll-call table adds tallies, titles, record links, Voeten's issue flags
(``issue_me`` …), UNBIS subjects (``subjects``, ``|``-separated) and ``importantvote``.
Without a roll-call table, each roll call carries only what the votes file says.
"""

from __future__ import annotations

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
    parse_flag,
    read_rows,
    row_tallies,
    year_only,
)
from kg.vocabulary import VOETEN_ISSUE_IRIS

__all__ = ["ROLLCALLS_FILE", "VOTE_COLUMNS", "read"]

#: the columns a votes file must have (they also tell the format from a header)
VOTE_COLUMNS = ("rcid", "date", "session", "symbol", "state_iso3", "state_name", "vote")
ROLLCALL_COLUMNS = ("rcid", "date", "session", "symbol", "yes", "no", "abstain")
#: the roll-call table read from beside the votes file when none is given
ROLLCALLS_FILE = "rollcalls.csv"
#: tally → column
TALLIES = {"yes": "yes", "no": "no", "abstain": "abstain", "non_voting": "non_voting"}


def _rollcall(row: dict[str, str]) -> HistoryRollCall:
    symbol = (row.get("symbol") or "").strip()
    undl_id = (row.get("undl_id") or "").strip()
    date, date_note = parse_date(row.get("date", ""))
    topics = [
        Topic("voeten", code) for code in VOETEN_ISSUE_IRIS if parse_flag(row.get(f"issue_{code}"))
    ]
    topics += [
        Topic("unbis", term.strip())
        for term in (row.get("subjects") or "").split("|")
        if term.strip()
    ]
    notes = [note for note in (row.get("note", "").strip(), date_note) if note]
    fallback = f"undl-{slug(undl_id)}" if undl_id else f"tidy-{slug(row['rcid'])}"
    return HistoryRollCall(
        id=rollcall_id_for(symbol, fallback),
        source_id=f"tidy:{row['rcid'].strip()}",
        symbol=symbol or None,
        date=date,
        session=(row.get("session") or "").strip() or None,
        title=(row.get("title") or "").strip() or None,
        tallies=row_tallies(row, TALLIES),
        record_link=(row.get("undl_link") or "").strip() or None,
        topics=tuple(topics),
        important=parse_flag(row.get("importantvote")),
        note="; ".join(notes) or None,
        year=year_only(row.get("date")),
    )


def read(
    path: Path, rollcalls_path: Path | None, summary: ImportSummary
) -> Iterator[HistoryRollCall | HistoryBallot]:
    """The roll calls of ``rollcalls_path`` (else of the votes file's rows), then the ballots."""
    by_rcid: dict[str, str] = {}
    if rollcalls_path is not None:
        for line, row in read_rows(rollcalls_path, ROLLCALL_COLUMNS):
            rollcall = checked_link(_rollcall(row), rollcalls_path, line, summary)
            check_tallies(row, TALLIES, rollcalls_path, line, summary)
            by_rcid[row["rcid"].strip()] = rollcall.id
            summary.rollcalls += 1
            yield rollcall
    else:
        summary.notes.append("no rollcalls.csv: roll calls carry only what the votes file says")
    resolve, checker = StateResolver(), BallotChecker()
    for line, row in read_rows(path, VOTE_COLUMNS):
        summary.rows_read += 1
        rcid = row["rcid"].strip()
        rollcall_id = by_rcid.get(rcid)
        if rollcall_id is None:
            if rollcalls_path is not None:
                summary.skip(line, "roll call not in the roll-call table", f"rcid {rcid}")
                continue
            rollcall = checked_link(_rollcall(row), path, line, summary)
            check_tallies(row, TALLIES, path, line, summary)
            by_rcid[rcid] = rollcall_id = rollcall.id
            summary.rollcalls += 1
            yield rollcall
        state = resolve(row["state_iso3"], row["state_name"])
        ballot = checked_ballot(
            line, rollcall_id, state, row["vote"], OPTION_CODES, checker, summary
        )
        if ballot is not None:
            yield ballot
