"""The Ukraine roll calls: readers for ``kg/data/votes/`` and their RDF.

Four files make up the source (their format is described in ``kg/data/votes/README.md``):

- ``rollcalls.yaml``: one entry per roll call (motion, date, official tallies, result, sources,
  how complete the ballot list is) and the votes that happened but left no tallies;
- ``ga-ballots.csv`` / ``sc-ballots.csv``: one row per state, one column per roll call, cells
  ``Y``/``N``/``A``/``X``; an empty cell is an unknown ballot and ``-`` marks a state that was
  not on the Security Council at the time;
- ``council-seats.csv``: the Security Council seats of the 2022 and 2025 members.

Every reader validates strictly and raises :class:`kg.errors.DataError` naming the file, the
line and the column. The graph holds only the ballots that are known, never a guess:

>>> rollcall = {r.id: r for r in read_rollcalls()}["ga-es-11-7"]
>>> (rollcall.yes, rollcall.no, rollcall.abstain, rollcall.completeness)
(93, 18, 65, 'partial')
>>> sorted(b.iso3 for b in read_ballots() if b.rollcall_id == "ga-es-11-7" and b.option == "N")[:5]
['BDI', 'BFA', 'BLR', 'CAF', 'ERI']
>>> graph = votes_graph()
>>> (rollcall_iri("sc-s-2022-155"), DKG.result, DKG.Vetoed) in graph
True
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS, XSD

from kg.checks import csv_lines, iso_date, known_state, require_keys
from kg.errors import DataError
from kg.ontology import (
    DATA_DIR,
    DKG,
    ID,
    ballot_iri,
    bind_prefixes,
    motion_iri,
    organ_iri,
    rollcall_iri,
    state_iri,
)
from kg.sources.yamlfile import line_of, load_yaml
from kg.vocabulary import COUNT_IRIS, OPTION_IRIS, OPTION_WORDS

__all__ = [
    "BALLOT_FILES",
    "NOT_A_MEMBER",
    "RESULT_IRIS",
    "ROLLCALLS_FILE",
    "SEATS_FILE",
    "VOTES_DIR",
    "BallotRecord",
    "CouncilSeat",
    "RollCallRecord",
    "SourceCitation",
    "UnrecordedVote",
    "read_ballots",
    "read_council_seats",
    "read_rollcalls",
    "read_unrecorded_votes",
    "seat_iri",
    "votes_graph",
]

VOTES_DIR = DATA_DIR / "votes"
ROLLCALLS_FILE = "rollcalls.yaml"
BALLOT_FILES = {"GA": "ga-ballots.csv", "SC": "sc-ballots.csv"}
SEATS_FILE = "council-seats.csv"

RESULT_IRIS = {"adopted": DKG.Adopted, "rejected": DKG.Rejected, "vetoed": DKG.Vetoed}
COMPLETENESS = ("complete", "partial", "totals-only")
NOT_A_MEMBER = "-"
UNKNOWN = ""

_ROLLCALL_ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
_STATE_CODE = re.compile(r"^[A-Z]{3}$")
_SEAT_COLUMNS = ("iso3", "kind", "start", "end", "note", "source")
_ROLLCALL_KEYS = {
    "required": {
        "id",
        "organ",
        "date",
        "motion",
        "title",
        "tallies",
        "result",
        "record",
        "ballots",
        "sources",
    },
    "optional": {"note", "agenda"},
}
_MOTION_KEYS = {"required": {"kind", "symbol"}, "optional": {"drafts", "proposed_by"}}
_UNRECORDED_KEYS = {
    "required": {"organ", "date", "amends", "note"},
    "optional": {"amendments", "sources"},
}


@dataclass(frozen=True)
class SourceCitation:
    """One source of a roll call and what it supports.

    ``reference`` is a URL, or the name of a site when the source gave no address.

    >>> SourceCitation("https://tass.com/world/1434427", "the 24 votes against").is_url
    True
    >>> SourceCitation("eadaily.com", "states that did not vote").is_url
    False
    """

    reference: str
    supports: str

    @property
    def is_url(self) -> bool:
        return self.reference.startswith(("https://", "http://"))


@dataclass(frozen=True)
class RollCallRecord:
    """One recorded vote of an organ on a motion, with its official tallies.

    ``completeness`` says how much of the ballot list is known: ``complete`` (every member),
    ``partial`` (some ballots unknown) or ``totals-only`` (no ballot known); ``note`` says
    what is missing. ``proposers`` are the ISO3 codes of the states that put forward the
    voted draft (for a resolution: the draft it was adopted from).

    >>> rollcall = {r.id: r for r in read_rollcalls()}["sc-res-2774-2025"]
    >>> rollcall.motion_symbol, rollcall.draft_symbols, rollcall.tallies["abstain"]
    ('S/RES/2774(2025)', ('S/2025/112',), 5)
    """

    id: str
    organ: str
    date: dt.date
    motion_symbol: str
    kind: str
    draft_symbols: tuple[str, ...]
    title: str
    yes: int
    no: int
    abstain: int
    non_voting: int
    result: str
    record_link: str
    sources: tuple[SourceCitation, ...]
    completeness: str
    note: str | None = None
    proposers: tuple[str, ...] = ()
    agenda: str | None = None

    @property
    def tallies(self) -> dict[str, int]:
        """The four official counts keyed ``yes``, ``no``, ``abstain``, ``non_voting``."""
        return {
            "yes": self.yes,
            "no": self.no,
            "abstain": self.abstain,
            "non_voting": self.non_voting,
        }

    @property
    def ballots_complete(self) -> bool:
        return self.completeness == "complete"


@dataclass(frozen=True)
class BallotRecord:
    """One state's known ballot on one roll call; ``option`` is ``Y``, ``N``, ``A`` or ``X``.

    >>> BallotRecord("sc-s-2022-155", "RUS", "N") in read_ballots()
    True
    """

    rollcall_id: str
    iso3: str
    option: str


@dataclass(frozen=True)
class CouncilSeat:
    """A state's seat on the Security Council: ``permanent`` or ``elected``, with its term.

    ``end`` is None for a seat still held. ``sources`` are URLs.

    >>> seat = [s for s in read_council_seats() if s.iso3 == "IND"][0]
    >>> seat.kind, seat.start.isoformat(), seat.end.isoformat()
    ('elected', '2021-01-01', '2022-12-31')
    >>> seat.held_on(dt.date(2022, 2, 25)), seat.held_on(dt.date(2025, 2, 24))
    (True, False)
    """

    iso3: str
    kind: str
    start: dt.date
    end: dt.date | None
    sources: tuple[str, ...]
    note: str | None = None

    def held_on(self, day: dt.date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class UnrecordedVote:
    """Votes that took place on amendments to a draft but left no tallies in the sources.

    >>> [vote.amends for vote in read_unrecorded_votes()]
    ['A/ES-11/L.11', 'S/2025/112']
    """

    organ: str
    date: dt.date
    amends: str
    amendment_symbols: tuple[str, ...]
    note: str
    sources: tuple[SourceCitation, ...]


def seat_iri(seat: CouncilSeat) -> URIRef:
    """The IRI of a Security Council seat: ``id/seat/SC/{iso3}/{start}``.

    >>> seat = CouncilSeat("FRA", "permanent", dt.date(1945, 10, 24), None, ())
    >>> str(seat_iri(seat))
    'https://w3id.org/diplomatic-kg/id/seat/SC/FRA/1945-10-24'
    """
    return ID[f"seat/SC/{seat.iso3}/{seat.start.isoformat()}"]


def _load_yaml(path: Path) -> dict[str, Any]:
    document = load_yaml(path)
    if not isinstance(document, dict) or not isinstance(document.get("rollcalls"), list):
        raise DataError(
            "expected a mapping with a 'rollcalls' list",
            where=str(path),
            fix="see kg/data/votes/README.md for the format",
        )
    return document


def _where(path: Path, entry: dict[str, Any], rollcall_id: str | None = None) -> str:
    where = f"{path} line {line_of(entry)}"
    return f"{where} (roll call {rollcall_id})" if rollcall_id else where


def _check_keys(entry: Any, allowed: dict[str, set[str]], where: str, what: str) -> None:
    require_keys(entry, allowed["required"], allowed["optional"], where, what)


def _as_date(value: Any, where: str, field: str) -> dt.date:
    return iso_date(value, f"{where}, field {field!r}")


def _as_symbols(value: Any, where: str, field: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(item, str) and item for item in value):
        raise DataError(
            f"{field} must be a list of document symbols, got {value!r}",
            where=where,
            fix="write e.g. [A/ES-11/L.11]",
        )
    return tuple(value)


def _as_state_codes(value: Any, where: str, field: str) -> tuple[str, ...]:
    codes = _as_symbols(value, where, field)
    for code in codes:
        _check_state_code(code, where, field)
    return codes


def _as_sources(value: Any, where: str) -> tuple[SourceCitation, ...]:
    if not isinstance(value, list) or not value:
        raise DataError(
            "sources must be a non-empty list",
            where=where,
            fix="give each source as '- url: ... supports: ...'",
        )
    sources = []
    for item in value:
        keys = set(item) if isinstance(item, dict) else set()
        if keys not in ({"url", "supports"}, {"site", "supports"}):
            raise DataError(
                f"a source needs 'url' (or 'site') and 'supports', got {item!r}",
                where=where,
                fix="write '- url: https://... supports: what it shows'",
            )
        reference = str(item.get("url") or item.get("site"))
        if "url" in item and not reference.startswith(("https://", "http://")):
            raise DataError(
                f"source url {reference!r} is not an http(s) URL",
                where=where,
                fix="use 'site:' for a source known only by its site name",
            )
        sources.append(SourceCitation(reference, " ".join(str(item["supports"]).split())))
    return tuple(sources)


def _organ_sizes(document: dict[str, Any], path: Path) -> dict[str, int]:
    organs = document.get("organs")
    if not isinstance(organs, dict):
        raise DataError(
            "expected an 'organs' mapping (GA, SC with their member counts)",
            where=str(path),
            fix="see kg/data/votes/README.md",
        )
    sizes = {}
    for key, organ in organs.items():
        members = organ.get("members") if isinstance(organ, dict) else None
        if not isinstance(members, int) or isinstance(members, bool) or members <= 0:
            raise DataError(
                f"organ {key} needs a positive 'members' count",
                where=f"{path} line {line_of(organs)}",
                fix="e.g. 'members: 193'",
            )
        sizes[key] = members
    return sizes


def _parse_rollcall(entry: dict[str, Any], sizes: dict[str, int], path: Path) -> RollCallRecord:
    _check_keys(entry, _ROLLCALL_KEYS, _where(path, entry), "roll call")
    rollcall_id = entry["id"]
    where = _where(path, entry, rollcall_id if isinstance(rollcall_id, str) else None)
    if not isinstance(rollcall_id, str) or not _ROLLCALL_ID.match(rollcall_id):
        raise DataError(
            f"roll-call id {rollcall_id!r} is not a lower-case slug",
            where=where,
            fix="use e.g. ga-es-11-7",
        )
    organ = entry["organ"]
    if organ not in sizes:
        raise DataError(
            f"unknown organ {organ!r}",
            where=where,
            fix=f"use one of {', '.join(sizes)} or add it under 'organs'",
        )
    motion = entry["motion"]
    _check_keys(motion, _MOTION_KEYS, where, "motion")
    if motion["kind"] not in ("resolution", "draft"):
        raise DataError(
            f"motion kind {motion['kind']!r} is neither resolution nor draft",
            where=where,
            fix="write kind: resolution or kind: draft",
        )
    tallies = entry["tallies"]
    _check_keys(
        tallies, {"required": set(OPTION_WORDS.values()), "optional": set()}, where, "tallies"
    )
    for name in OPTION_WORDS.values():
        count = tallies[name]
        if not isinstance(count, int) or isinstance(count, bool) or count < 0:
            raise DataError(
                f"tally {name} = {count!r} is not a non-negative integer",
                where=where,
                fix="write the official count, e.g. 93",
            )
    total = sum(tallies[name] for name in OPTION_WORDS.values())
    if total != sizes[organ]:
        raise DataError(
            f"tallies add up to {total}, but the {organ} has {sizes[organ]} members",
            where=where,
            fix="non_voting counts every member not voting yes, no or abstain",
        )
    result = entry["result"]
    if result not in RESULT_IRIS:
        raise DataError(
            f"result {result!r} is unknown", where=where, fix=f"use one of {', '.join(RESULT_IRIS)}"
        )
    # A resolution exists only if adopted; a draft that is voted on and survives becomes one.
    expected_kind = "resolution" if result == "adopted" else "draft"
    if motion["kind"] != expected_kind:
        raise DataError(
            f"a {motion['kind']} cannot have the result {result!r}",
            where=where,
            fix="an adopted motion is a resolution, a failed one a draft",
        )
    completeness = entry["ballots"]
    if completeness not in COMPLETENESS:
        raise DataError(
            f"ballots {completeness!r} is unknown",
            where=where,
            fix=f"use one of {', '.join(COMPLETENESS)}",
        )
    note = entry.get("note")
    if completeness != "complete" and not note:
        raise DataError(
            "an incomplete ballot list needs a note saying what is missing",
            where=where,
            fix="add 'note:' explaining which ballots are unknown",
        )
    record = entry["record"]
    if not isinstance(record, str) or not record.startswith(("https://", "http://")):
        raise DataError(
            f"record {record!r} is not an http(s) URL",
            where=where,
            fix="link the UN record or the source of the tallies",
        )
    return RollCallRecord(
        id=rollcall_id,
        organ=organ,
        date=_as_date(entry["date"], where, "date"),
        motion_symbol=str(motion["symbol"]),
        kind=motion["kind"],
        draft_symbols=_as_symbols(motion.get("drafts"), where, "motion drafts"),
        title=" ".join(str(entry["title"]).split()),
        yes=tallies["yes"],
        no=tallies["no"],
        abstain=tallies["abstain"],
        non_voting=tallies["non_voting"],
        result=result,
        record_link=record,
        sources=_as_sources(entry["sources"], where),
        completeness=completeness,
        note=" ".join(note.split()) if note else None,
        proposers=_as_state_codes(motion.get("proposed_by"), where, "motion proposed_by"),
        agenda=entry.get("agenda"),
    )


def _votes_dir(directory: Path | str | None) -> Path:
    return Path(directory) if directory is not None else VOTES_DIR


def read_rollcalls(directory: Path | str | None = None) -> list[RollCallRecord]:
    """Read and validate ``rollcalls.yaml`` from ``directory`` (default: the bundled data).

    >>> rollcalls = read_rollcalls()
    >>> len(rollcalls), rollcalls[0].id, rollcalls[0].tallies
    (10, 'ga-es-11-1', {'yes': 141, 'no': 5, 'abstain': 35, 'non_voting': 12})
    >>> [r.id for r in rollcalls if not r.ballots_complete]
    ['ga-es-11-2', 'ga-es-11-7', 'ga-es-11-8']
    """
    return _read_rollcalls_and_sizes(_votes_dir(directory))[0]


def _read_rollcalls_and_sizes(directory: Path) -> tuple[list[RollCallRecord], dict[str, int]]:
    path = directory / ROLLCALLS_FILE
    document = _load_yaml(path)
    sizes = _organ_sizes(document, path)
    rollcalls: list[RollCallRecord] = []
    first_line: dict[str, Any] = {}
    for entry in document["rollcalls"]:
        rollcall = _parse_rollcall(entry, sizes, path)
        if rollcall.id in first_line:
            raise DataError(
                f"roll call {rollcall.id} appears twice (first at line {first_line[rollcall.id]})",
                where=_where(path, entry),
                fix="keep one entry per roll call",
            )
        first_line[rollcall.id] = line_of(entry)
        rollcalls.append(rollcall)
    return rollcalls, sizes


def read_unrecorded_votes(directory: Path | str | None = None) -> list[UnrecordedVote]:
    """The votes on amendments that left no tallies (``unrecorded`` in ``rollcalls.yaml``)."""
    path = _votes_dir(directory) / ROLLCALLS_FILE
    document = _load_yaml(path)
    sizes = _organ_sizes(document, path)
    votes = []
    for entry in document.get("unrecorded") or []:
        where = _where(path, entry) if isinstance(entry, dict) else str(path)
        _check_keys(entry, _UNRECORDED_KEYS, where, "unrecorded vote")
        if entry["organ"] not in sizes:
            raise DataError(
                f"unknown organ {entry['organ']!r}",
                where=where,
                fix=f"use one of {', '.join(sizes)}",
            )
        votes.append(
            UnrecordedVote(
                organ=entry["organ"],
                date=_as_date(entry["date"], where, "date"),
                amends=str(entry["amends"]),
                amendment_symbols=_as_symbols(entry.get("amendments"), where, "amendments"),
                note=" ".join(str(entry["note"]).split()),
                sources=_as_sources(entry["sources"], where) if entry.get("sources") else (),
            )
        )
    return votes


# --- states -----------------------------------------------------------------------------------


def _check_state_code(code: str, where: str, column: str = "iso3") -> None:
    known_state(code, f"{where}, column {column}")


def read_council_seats(directory: Path | str | None = None) -> list[CouncilSeat]:
    """Read and validate ``council-seats.csv``: the Security Council seats.

    >>> seats = read_council_seats()
    >>> sorted(s.iso3 for s in seats if s.kind == "permanent")
    ['CHN', 'FRA', 'GBR', 'RUS', 'USA']
    >>> len([s for s in seats if s.held_on(dt.date(2025, 2, 24))])
    15
    """
    path = _votes_dir(directory) / SEATS_FILE
    rows = csv_lines(path)
    header_line, header = next(rows, (1, []))
    if tuple(header) != _SEAT_COLUMNS:
        raise DataError(
            f"header is {','.join(header)!r}",
            where=f"{path} line {header_line}",
            fix=f"the columns are {','.join(_SEAT_COLUMNS)}",
        )
    seats: list[CouncilSeat] = []
    seat_lines: dict[CouncilSeat, int] = {}
    for line, cells in rows:
        where = f"{path} line {line}"
        if len(cells) != len(_SEAT_COLUMNS):
            raise DataError(
                f"expected {len(_SEAT_COLUMNS)} cells, found {len(cells)}",
                where=where,
                fix="quote a note that contains a comma",
            )
        record = dict(zip(_SEAT_COLUMNS, cells, strict=True))
        _check_state_code(record["iso3"], where)
        if record["kind"] not in ("permanent", "elected"):
            raise DataError(
                f"seat kind {record['kind']!r} is unknown",
                where=f"{where}, column kind",
                fix="use permanent or elected",
            )
        start = _as_date(record["start"], f"{where}, column start", "start")
        end = _as_date(record["end"], f"{where}, column end", "end") if record["end"] else None
        if record["kind"] == "elected" and end is None:
            raise DataError(
                "an elected seat needs the end of its term",
                where=f"{where}, column end",
                fix="elected terms end on 31 December",
            )
        if end is not None and end < start:
            raise DataError(
                f"the term ends ({end}) before it starts ({start})",
                where=f"{where}, column end",
                fix="swap or correct the dates",
            )
        sources = tuple(part.strip() for part in record["source"].split(" ; ") if part.strip())
        if not sources or not all(s.startswith(("https://", "http://")) for s in sources):
            raise DataError(
                f"source {record['source']!r} is not a list of URLs",
                where=f"{where}, column source",
                fix="give one or more http(s) URLs separated by ' ; '",
            )
        seat = CouncilSeat(
            record["iso3"], record["kind"], start, end, sources, record["note"] or None
        )
        for other in seats:
            overlaps = other.held_on(seat.start) or seat.held_on(other.start)
            if other.iso3 == seat.iso3 and overlaps:
                raise DataError(
                    f"{seat.iso3} has two seats at once (see line {seat_lines[other]})",
                    where=where,
                    fix="keep one row per state and term",
                )
        seat_lines[seat] = line
        seats.append(seat)
    return seats


def _read_ballot_file(
    path: Path,
    organ: str,
    rollcalls: dict[str, RollCallRecord],
    seats: list[CouncilSeat],
) -> dict[str, dict[str, tuple[int, str]]]:
    """Cells of one organ's matrix: roll-call id -> state -> (line, cell); ``-`` cells omitted."""
    rows = csv_lines(path)
    header_line, header = next(rows, (1, []))
    where_header = f"{path} line {header_line}"
    if not header or header[0] != "iso3":
        raise DataError(
            "the first column must be iso3",
            where=where_header,
            fix="start the header with iso3, then one column per roll call",
        )
    columns = header[1:]
    organ_rollcalls = [r.id for r in rollcalls.values() if r.organ == organ]
    for column in columns:
        if column not in rollcalls or rollcalls[column].organ != organ:
            raise DataError(
                f"unknown {organ} roll call {column!r} in the header",
                where=f"{where_header}, column {column}",
                fix=f"use a {organ} roll-call id from {ROLLCALLS_FILE}",
            )
    for duplicate in (c for c, n in Counter(columns).items() if n > 1):
        raise DataError(
            f"roll call {duplicate} has two columns",
            where=where_header,
            fix="keep one column per roll call",
        )
    for missing in (r for r in organ_rollcalls if r not in columns):
        raise DataError(
            f"roll call {missing} has no column",
            where=where_header,
            fix="add a column for it (leave its cells empty if unknown)",
        )
    cells: dict[str, dict[str, tuple[int, str]]] = {column: {} for column in columns}
    state_lines: dict[str, int] = {}
    for line, row in rows:
        where = f"{path} line {line}"
        if len(row) != len(header):
            raise DataError(
                f"expected {len(header)} cells, found {len(row)}",
                where=where,
                fix="give every state one cell per roll call (empty if unknown)",
            )
        iso3 = row[0]
        _check_state_code(iso3, where)
        if iso3 in state_lines:
            raise DataError(
                f"state {iso3} has a second row (first at line {state_lines[iso3]})",
                where=where,
                fix="keep one row per state",
            )
        state_lines[iso3] = line
        for column, cell in zip(columns, row[1:], strict=True):
            where_cell = f"{where}, column {column}"
            if cell not in OPTION_WORDS and cell not in (UNKNOWN, NOT_A_MEMBER):
                raise DataError(
                    f"vote code {cell!r} for {iso3} is not Y, N, A, X, empty or -",
                    where=where_cell,
                    fix="Y yes, N no, A abstain, X did not vote, empty = unknown",
                )
            rollcall = rollcalls[column]
            if organ == "SC":
                member = any(s.iso3 == iso3 and s.held_on(rollcall.date) for s in seats)
                if member and cell == NOT_A_MEMBER:
                    raise DataError(
                        f"{iso3} held a Council seat on {rollcall.date} but is marked '-'",
                        where=where_cell,
                        fix=f"give its ballot, or check {SEATS_FILE}",
                    )
                if not member and cell != NOT_A_MEMBER:
                    raise DataError(
                        f"{iso3} has a ballot but held no Council seat on {rollcall.date}",
                        where=where_cell,
                        fix=f"write '-' or add its seat to {SEATS_FILE}",
                    )
            elif cell == NOT_A_MEMBER:
                raise DataError(
                    f"'-' (not a member) for {iso3} in the {organ} matrix",
                    where=where_cell,
                    fix="every row is a member: Y/N/A/X or empty",
                )
            if cell != NOT_A_MEMBER:
                cells[column][iso3] = (line, cell)
    return cells


def _check_against_tallies(
    rollcall: RollCallRecord, cells: dict[str, tuple[int, str]], members: int, path: Path
) -> None:
    where = f"{path}, column {rollcall.id}"
    if len(cells) != members:
        raise DataError(
            f"{len(cells)} member rows, but the {rollcall.organ} had {members} members",
            where=where,
            fix="give every member a row",
        )
    counts = Counter(OPTION_WORDS[cell] for _, cell in cells.values() if cell != UNKNOWN)
    unknown = sum(1 for _, cell in cells.values() if cell == UNKNOWN)
    counted = ", ".join(
        f"{name} {counts[name]}/{rollcall.tallies[name]}" for name in OPTION_WORDS.values()
    )
    if rollcall.completeness == "complete":
        if unknown:
            line = min(line for line, cell in cells.values() if cell == UNKNOWN)
            raise DataError(
                f"roll call {rollcall.id} is marked complete but {unknown} ballots "
                f"are empty (first at line {line})",
                where=where,
                fix=f"fill them in or mark it partial in {ROLLCALLS_FILE}",
            )
        if any(counts[name] != rollcall.tallies[name] for name in OPTION_WORDS.values()):
            raise DataError(
                f"ballots do not match the official tallies of {rollcall.id} "
                f"(counted/official: {counted})",
                where=where,
                fix=f"correct the ballots or the tallies in {ROLLCALLS_FILE}",
            )
    elif rollcall.completeness == "partial":
        if not unknown:
            raise DataError(
                f"roll call {rollcall.id} is marked partial but every ballot is known",
                where=where,
                fix=f"mark it complete in {ROLLCALLS_FILE}",
            )
        if any(counts[name] > rollcall.tallies[name] for name in OPTION_WORDS.values()):
            raise DataError(
                f"known ballots of {rollcall.id} exceed its tallies (counted/official: {counted})",
                where=where,
                fix=f"correct the ballots or the tallies in {ROLLCALLS_FILE}",
            )
    elif counts:
        raise DataError(
            f"roll call {rollcall.id} is marked totals-only but has known ballots",
            where=where,
            fix=f"mark it partial in {ROLLCALLS_FILE}",
        )


def read_ballots(directory: Path | str | None = None) -> list[BallotRecord]:
    """Read the ballot matrices and return every known ballot (unknown cells are skipped).

    Checks the matrices against ``rollcalls.yaml`` (columns, tallies, completeness) and the
    Security Council matrix against ``council-seats.csv`` (who sat on the Council that day).

    >>> ballots = read_ballots()
    >>> Counter(b.rollcall_id for b in ballots)["ga-es-11-7"]
    111
    >>> sorted(b.iso3 for b in ballots if b.rollcall_id == "sc-res-2774-2025" and b.option == "A")
    ['DNK', 'FRA', 'GBR', 'GRC', 'SVN']
    """
    directory = _votes_dir(directory)
    rollcall_list, sizes = _read_rollcalls_and_sizes(directory)
    return _read_ballots(directory, rollcall_list, sizes, read_council_seats(directory))


def _read_ballots(
    directory: Path,
    rollcall_list: list[RollCallRecord],
    sizes: dict[str, int],
    seats: list[CouncilSeat],
) -> list[BallotRecord]:
    rollcalls = {rollcall.id: rollcall for rollcall in rollcall_list}
    ballots: list[BallotRecord] = []
    for organ, filename in BALLOT_FILES.items():
        path = directory / filename
        cells_by_rollcall = _read_ballot_file(path, organ, rollcalls, seats)
        for rollcall_id, cells in cells_by_rollcall.items():
            rollcall = rollcalls[rollcall_id]
            if organ == "SC":
                seated = [s for s in seats if s.held_on(rollcall.date)]
                if len(seated) != sizes[organ]:
                    raise DataError(
                        f"{len(seated)} seats are held on {rollcall.date}, the "
                        f"Council has {sizes[organ]}",
                        where=str(directory / SEATS_FILE),
                        fix="check the terms of the elected members",
                    )
            _check_against_tallies(rollcall, cells, sizes[organ], path)
            ballots.extend(
                BallotRecord(rollcall_id, iso3, cell)
                for iso3, (_, cell) in cells.items()
                if cell != UNKNOWN
            )
    return ballots


# --- RDF --------------------------------------------------------------------------------------


def _add_sources(graph: Graph, node: URIRef, sources: Iterable[SourceCitation | str]) -> None:
    for source in sources:
        reference = source.reference if isinstance(source, SourceCitation) else source
        if reference.startswith(("https://", "http://")):
            graph.add((node, PROV.wasDerivedFrom, URIRef(reference)))


def _add_motion(graph: Graph, symbol: str, kind: URIRef) -> URIRef:
    motion = motion_iri(symbol)
    graph.add((motion, RDF.type, kind))
    graph.add((motion, DKG.symbol, Literal(symbol)))
    graph.add((motion, RDFS.label, Literal(symbol)))
    return motion


def _count(value: int) -> Literal:
    return Literal(value, datatype=XSD.nonNegativeInteger)


def votes_graph(directory: Path | str | None = None) -> Graph:
    """The roll calls, motions, known ballots and Security Council seats as RDF.

    Shortcut properties (``dkg:votedYes`` …) are not written here: rules derive them.

    >>> graph = votes_graph()
    >>> len(set(graph.subjects(RDF.type, DKG.Ballot)))
    1294
    >>> (state_iri("RUS"), DKG.holdsSeat, ID["seat/SC/RUS/1991-12-24"]) in graph
    True
    >>> graph.value(motion_iri("A/ES-11/L.11"), DKG.adoptedAs) == motion_iri("A/RES/ES-11/8")
    True
    """
    directory = _votes_dir(directory)
    rollcalls, sizes = _read_rollcalls_and_sizes(directory)
    seats = read_council_seats(directory)
    ballots = _read_ballots(directory, rollcalls, sizes, seats)
    graph = bind_prefixes(Graph())

    for rollcall in rollcalls:
        kind = DKG.Resolution if rollcall.kind == "resolution" else DKG.DraftResolution
        motion = _add_motion(graph, rollcall.motion_symbol, kind)
        graph.add((motion, DKG.title, Literal(rollcall.title)))
        drafts = [
            _add_motion(graph, symbol, DKG.DraftResolution) for symbol in rollcall.draft_symbols
        ]
        for draft in drafts:
            graph.add((draft, DKG.adoptedAs, motion))
        for proposer in rollcall.proposers:
            for proposed in drafts or [motion]:
                graph.add((proposed, DKG.proposedBy, state_iri(proposer)))

        node = rollcall_iri(rollcall.id)
        graph.add((node, RDF.type, DKG.RollCall))
        graph.add(
            (
                node,
                RDFS.label,
                Literal(f"{rollcall.organ} vote on {rollcall.motion_symbol}, {rollcall.date}"),
            )
        )
        graph.add((node, DKG.organ, organ_iri(rollcall.organ)))
        graph.add((node, DKG.motion, motion))
        graph.add((node, DKG.date, Literal(rollcall.date, datatype=XSD.date)))
        for word, count_property in COUNT_IRIS.items():
            graph.add((node, count_property, _count(getattr(rollcall, word))))
        graph.add((node, DKG.result, RESULT_IRIS[rollcall.result]))
        graph.add((node, DKG.ballotsComplete, Literal(rollcall.ballots_complete)))
        graph.add((node, DKG.recordLink, Literal(rollcall.record_link, datatype=XSD.anyURI)))
        _add_sources(graph, node, rollcall.sources)
        if rollcall.note:
            graph.add((node, DKG.note, Literal(rollcall.note)))

    for ballot in ballots:
        node = ballot_iri(ballot.rollcall_id, ballot.iso3)
        graph.add((node, RDF.type, DKG.Ballot))
        graph.add((node, DKG.voter, state_iri(ballot.iso3)))
        graph.add((node, DKG.rollCall, rollcall_iri(ballot.rollcall_id)))
        graph.add((node, DKG.option, OPTION_IRIS[ballot.option]))

    for vote in read_unrecorded_votes(directory):
        draft = _add_motion(graph, vote.amends, DKG.DraftResolution)
        graph.add((draft, DKG.note, Literal(vote.note)))
        _add_sources(graph, draft, vote.sources)
        for symbol in vote.amendment_symbols:
            graph.add((_add_motion(graph, symbol, DKG.Amendment), DKG.amends, draft))

    for seat in seats:
        node = seat_iri(seat)
        kind = DKG.PermanentSeat if seat.kind == "permanent" else DKG.ElectedSeat
        graph.add((node, RDF.type, kind))
        graph.add(
            (
                node,
                RDFS.label,
                Literal(f"{seat.iso3} {seat.kind} seat on the Security Council from {seat.start}"),
            )
        )
        graph.add((node, DKG.member, state_iri(seat.iso3)))
        graph.add((node, DKG.seatOn, organ_iri("SC")))
        graph.add((node, DKG.startDate, Literal(seat.start, datatype=XSD.date)))
        if seat.end is not None:
            graph.add((node, DKG.endDate, Literal(seat.end, datatype=XSD.date)))
        if seat.note:
            graph.add((node, DKG.note, Literal(seat.note)))
        _add_sources(graph, node, seat.sources)
        graph.add((state_iri(seat.iso3), DKG.holdsSeat, node))
    return graph
