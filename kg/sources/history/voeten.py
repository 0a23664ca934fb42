"""The ``voeten`` voting format: Erik Voeten's UNVotes file or the R package ``unvotes`` tables.

Votes are coded 1 yes, 2 abstain, 3 no, 8 absent and 9 not a member (skipped: no ballot),
or as the unvotes package's words; the roll-call table (``rcid``, ``unres`` …) gives the
resolution as ``R/<session>/<number>`` (:func:`voeten_symbol`), separate votes on an
amendment or a paragraph (``amend``, ``para``), the issue codes (``me``, ``nu``, ``di``,
``hr``, ``co``, ``ec``) and ``importantvote``. States come as Correlates of War codes
(``ccode``, ``Country``: see :class:`~kg.sources.history.cow.CowCodes`) or as the unvotes
package's ISO alpha-2 ``country_code`` and ``country`` name (:func:`_state`).

Reference: Erik Voeten, Anton Strezhnev and Michael Bailey, "United Nations General Assembly
Voting Data", Harvard Dataverse, doi:10.7910/DVN/LEJUQZ.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

from kg.ontology import slug
from kg.sources.history.cow import COW_UNDATED, CowCodes
from kg.sources.history.records import (
    HistoryBallot,
    HistoryRollCall,
    ImportSummary,
    Topic,
    rollcall_id_for,
)
from kg.sources.history.rows import (
    BallotChecker,
    StateResolver,
    check_tallies,
    checked_ballot,
    parse_date,
    parse_flag,
    read_rows,
    roman,
    row_tallies,
    session_of,
    year_only,
)
from kg.vocabulary import OPTION_BY_VOETEN, VOETEN_ISSUE_IRIS, VOETEN_NOT_A_MEMBER, VOTE_OPTIONS

__all__ = ["VOTE_COLUMNS", "read", "voeten_symbol"]

#: the columns a votes file must have (they also tell the format from a header)
VOTE_COLUMNS = ("rcid", "vote")
ROLLCALL_COLUMNS = ("rcid", "unres")
#: tally → column
TALLIES = {"yes": "yes", "no": "no", "abstain": "abstain"}
#: Voeten's codes and the unvotes package's words; 9 "not a member" is skipped, not a ballot.
_OPTIONS = {
    **{voeten: option.code for voeten, option in OPTION_BY_VOETEN.items()},
    **{option.word: option.code for option in VOTE_OPTIONS if option.code != "X"},
}


def voeten_symbol(unres: str) -> str | None:
    """Voeten's ``R/<session>/<number>`` as a UN symbol (sessions 1 to 30 used roman numerals).

    >>> voeten_symbol("R/26/2758"), voeten_symbol("R/45/56A"), voeten_symbol("R/ES-11/1")
    ('A/RES/2758(XXVI)', 'A/RES/45/56A', 'A/RES/ES-11/1')
    >>> voeten_symbol("") is None
    True

    Only ASCII digits are a session number ("²" passes ``str.isdigit`` but not ``int``):

    >>> voeten_symbol("R/²/9901")
    'A/RES/²/9901'
    """
    match = re.fullmatch(r"R/([^/]+)/(.+)", unres.strip())
    if not match:
        return None
    session, number = match.groups()
    if re.fullmatch(r"[0-9]{1,2}", session) and int(session) <= 30:
        return f"A/RES/{number}({roman(int(session))})"
    return f"A/RES/{session}/{number}"


def _rollcalls(path: Path, summary: ImportSummary) -> Iterator[HistoryRollCall]:
    taken: set[str] = set()
    for line, row in read_rows(path, ROLLCALL_COLUMNS):
        rollcall = _rollcall(row, taken)
        check_tallies(row, TALLIES, path, line, summary)
        summary.rollcalls += 1
        yield rollcall


def _rollcall(row: dict[str, str], taken: set[str]) -> HistoryRollCall:
    rcid = row["rcid"].strip()
    symbol = voeten_symbol(row.get("unres") or "")
    amendment, paragraph = parse_flag(row.get("amend")), parse_flag(row.get("para"))
    kind = "amendment" if amendment else "paragraph" if paragraph else "resolution"
    rollcall_id = rollcall_id_for(symbol, f"voeten-{slug(rcid)}")
    # Only a whole-resolution vote is the roll call on the resolution; separate votes on an
    # amendment or a paragraph, and a second vote under one symbol, keep Voeten's rcid.
    if kind != "resolution" or not symbol or rollcall_id in taken:
        rollcall_id = f"ga-voeten-{slug(rcid)}"
    taken.add(rollcall_id)
    date, date_note = parse_date(row.get("date", ""))
    title = (row.get("descr") or row.get("short") or "").strip() or None
    return HistoryRollCall(
        id=rollcall_id,
        source_id=f"voeten:{rcid}",
        symbol=symbol,
        date=date,
        session=(row.get("session") or "").strip() or (symbol and session_of(symbol)),
        title=title,
        tallies=row_tallies(row, TALLIES),
        kind=kind,
        topics=tuple(
            Topic("voeten", code) for code in VOETEN_ISSUE_IRIS if parse_flag(row.get(code))
        ),
        important=parse_flag(row.get("importantvote")),
        note=date_note,
        year=year_only(row.get("date")),
    )


def read(
    path: Path, rollcalls_path: Path | None, summary: ImportSummary
) -> Iterator[HistoryRollCall | HistoryBallot]:
    """The roll calls of ``rollcalls_path`` (else of the votes file's rows), then the ballots."""
    by_rcid: dict[str, str] = {}
    #: each roll call's date, which a COW code such as 345 (Yugoslavia … Serbia) needs
    dates: dict[str, dt.date | None] = {}
    if rollcalls_path is not None:
        for rollcall in _rollcalls(rollcalls_path, summary):
            rcid = rollcall.source_id.removeprefix("voeten:")
            by_rcid[rcid], dates[rcid] = rollcall.id, rollcall.date
            yield rollcall
    resolve, cow, checker = StateResolver(), CowCodes(), BallotChecker()
    taken = set(by_rcid.values())
    for line, row in read_rows(path, VOTE_COLUMNS):
        summary.rows_read += 1
        rcid = row["rcid"].strip()
        rollcall_id = by_rcid.get(rcid)
        if rollcall_id is None:
            if rollcalls_path is not None or "unres" not in row:
                summary.skip(line, "roll call not in the roll-call table", f"rcid {rcid}")
                continue
            rollcall = _rollcall(row, taken)
            check_tallies(row, TALLIES, path, line, summary)
            summary.rollcalls += 1
            by_rcid[rcid], dates[rcid] = rollcall.id, rollcall.date
            rollcall_id = rollcall.id
            yield rollcall
        vote = row["vote"].strip().lower()
        if vote == VOETEN_NOT_A_MEMBER:
            summary.skip(line, "not a member (Voeten code 9)")
            continue
        state = _state(row, dates.get(rcid), resolve, cow)
        ballot = checked_ballot(line, rollcall_id, state, vote, _OPTIONS, checker, summary)
        if ballot is not None:
            yield ballot


def _state(
    row: dict[str, str], on: dt.date | None, resolve: StateResolver, cow: CowCodes
) -> tuple[str | None, str, str]:
    """The state of a Voeten row: (registry key or None, the reason it is None, detail).

    Voeten's own keys are Correlates of War codes: ``ccode`` (number) and ``Country`` (COW
    abbreviation, never read as ISO: COW AUS is Austria); ``Countryname`` is his label for
    it. The unvotes package gives ISO alpha-2 ``country_code`` and ``country`` instead.
    Where a row has both kinds, they must name one state, or the ISO code or name must name
    a state the COW number stands for at another date (COW 345 is "Yugoslavia" to this
    day; the vote's date then decides between YUG, SCG and SRB). A ``country_code`` or
    ``country`` that does not resolve skips the row even if the COW code would, since the
    row then names two things, and so does a COW code that does not resolve, unless it
    only lacks the vote's date; a ``Countryname`` the registry does not know ("German
    Federal Republic") leaves the state to the COW code.

    >>> resolve, cow = StateResolver(), CowCodes()
    >>> _state({"ccode": "260", "Countryname": "German Federal Republic"}, None,
    ...               resolve, cow)
    ('DEU', '', '')
    >>> _state({"ccode": "2", "country_code": "CA", "country": "Canada"}, None,
    ...               resolve, cow)[1:]
    ('COW code and ISO code or name disagree', "ccode 2 is USA but 'CA' / 'Canada' is CAN")
    >>> _state({"ccode": "345", "Countryname": "Yugoslavia"}, dt.date(2010, 12, 6),
    ...               resolve, cow)
    ('SRB', '', '')
    """
    code, name = row.get("country_code") or "", row.get("country") or ""
    label = row.get("Countryname") or ""
    cow_code, cow_abbreviation = row.get("ccode") or "", row.get("Country") or ""
    if not (cow_code.strip() or cow_abbreviation.strip()):
        return resolve(code, name or label)
    by_cow = cow(cow_code, cow_abbreviation, on)
    # Only a COW code that needs a date it lacks may be settled by the name; any other
    # failure (an unknown code, a code and abbreviation that disagree) skips the row.
    if not (code.strip() or name.strip() or label.strip()) or (
        by_cow[0] is None and by_cow[1] != COW_UNDATED
    ):
        return by_cow
    by_iso = resolve(code, name or label)
    if by_iso[0] and by_cow[0] and by_iso[0] != by_cow[0]:
        if by_iso[0] in cow.keys(cow_code, cow_abbreviation):
            return by_cow
        given = " / ".join(repr(text) for text in (code, name or label) if text.strip())
        cow_given = f"ccode {cow_code.strip()}" if cow_code.strip() else repr(cow_abbreviation)
        detail = f"{cow_given} is {by_cow[0]} but {given} is {by_iso[0]}"
        return None, "COW code and ISO code or name disagree", detail
    if by_iso[0] or code.strip() or name.strip():
        return by_iso
    return by_cow
