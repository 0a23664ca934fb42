"""The state-system lists: COW state-system membership, Gleditsch-Ward states, COW major powers.

Three files, told apart by their header: the COW list (``stateabb, ccode, statenme, styear,
stmonth, stday, endyear …``), the Gleditsch-Ward list (``gwcode, stateabb, statename,
startdate, enddate``) and COW's major powers (``ccode, styear, … endday`` without a name).
Each row is a spell: a ``dkg:StateSystemMembership`` (or ``dkg:MajorPowerStatus``) of the
registry state the number stands for, through that list's own table, split where it changes
identity (COW 365 from 1922 is the Soviet Union, SUN, to 1991-12-25). A spell that runs to the
list's last day (2016-12-31 for COW v2016) has no end: it is open as of that day.

>>> spells = list(list_spells([(2, {"ccode": "365", "styear": "1922", "stmonth": "1",
...     "stday": "1", "endyear": "2016", "endmonth": "12", "endday": "31"})], "cow-majors",
...     RelationSummary()))
>>> for spell in spells:
...     print(spell.state, spell.start, spell.end, spell.open_as_of)
RUS 1922-01-01 1922-12-30 None
SUN 1922-12-30 1991-12-26 None
RUS 1991-12-26 None 2016-12-31
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from rdflib.namespace import PROV, RDF, RDFS

from kg.checks import csv_lines
from kg.errors import DataError
from kg.ontology import DKG, ID
from kg.sources.relations.codes import StateCodes
from kg.sources.relations.common import (
    RelationSummary,
    SourceDataset,
    date,
    integer,
    iri,
    quad,
    read_rows,
    resolved_spells,
    state,
    string,
)

__all__ = ["LIST_FORMATS", "ListSpell", "detect_list", "list_nquads", "list_spells", "read_list"]

#: each list's required columns, its state system and the class of its spells
LIST_FORMATS = {
    "cow-states": (
        ("stateabb", "ccode", "statenme", "styear", "stmonth", "stday", "endyear", "endmonth",
         "endday"),
        "cow",
    ),
    "gw-states": (("gwcode", "stateabb", "statename", "startdate", "enddate"), "gw"),
    "cow-majors": (
        ("ccode", "styear", "stmonth", "stday", "endyear", "endmonth", "endday"),
        "cow",
    ),
}  # fmt: skip
_SYSTEMS = {"cow": DKG.CorrelatesOfWarStateSystem, "gw": DKG.GleditschWardStateSystem}


@dataclass(frozen=True)
class ListSpell:
    """A spell of one registry state in a state system (or as a major power).

    ``end`` is exclusive (the day after the list's last day of the spell); None when the
    spell runs to the list's last day, ``open_as_of``.
    """

    list_name: str
    code: str
    abbreviation: str
    name: str
    state: str
    start: dt.date
    end: dt.date | None
    open_as_of: dt.date | None = None
    part: int = 0


def detect_list(path: Path) -> str:
    """Which list a file is, by its header.

    Raises
    ------
    kg.errors.DataError
        When the header fits none of the three lists.
    """
    with contextlib.closing(csv_lines(path)) as lines:
        header = set(next(lines, (1, []))[1])
    for name in ("cow-states", "gw-states", "cow-majors"):  # majors' columns are COW's subset
        if set(LIST_FORMATS[name][0]) <= header:
            return name
    raise DataError(
        "not a state-system list",
        where=str(path),
        fix="give the COW list (cow-states.csv), the Gleditsch-Ward list (gw-states.csv) or "
        "COW's major powers (cow-majors.csv)",
    )


def _day(row: dict[str, str], prefix: str) -> dt.date | None:
    try:
        if f"{prefix}date" in row:
            return dt.date.fromisoformat(row[f"{prefix}date"].strip())
        year, month, day = (row[f"{prefix}{part}"].strip() for part in ("year", "month", "day"))
        return dt.date(int(year), int(month), int(day))
    except ValueError:
        return None


def list_spells(
    rows: Iterable[tuple[int, dict[str, str]]], list_name: str, summary: RelationSummary
) -> Iterator[ListSpell]:
    """The spells of a list's rows; a row whose dates or number do not resolve is reported."""
    rows = list(rows)
    system = LIST_FORMATS[list_name][1]
    codes = StateCodes(system)
    starts = {"gw-states": "start"}.get(list_name, "st")
    ends = {"gw-states": "end"}.get(list_name, "end")
    days = [_day(row, ends) for _, row in rows]
    last_day = max((day for day in days if day), default=None)  # the list's coverage
    for (line, row), end in zip(rows, days, strict=True):
        summary.rows_read += 1
        code = (row.get("ccode") or row.get("gwcode") or "").strip()
        start = _day(row, starts)
        if start is None or end is None or end < start:
            summary.skip(line, "malformed or reversed dates", f"{code}: {start} to {end}")
            continue
        resolved = resolved_spells(codes, code, start, end, line, summary)
        if not resolved:
            continue
        summary.rows_imported += 1
        for index, part in enumerate(resolved):
            last = index == len(resolved) - 1
            open_ended = last and end == last_day
            summary.records += 1
            yield ListSpell(
                list_name=list_name,
                code=code,
                abbreviation=(row.get("stateabb") or "").strip(),
                name=(row.get("statenme") or row.get("statename") or "").strip(),
                state=part.key or "",
                start=part.start,
                end=None if open_ended else part.end + dt.timedelta(days=1),
                open_as_of=end if open_ended else None,
                part=index + 1 if len(resolved) > 1 else 0,
            )


def read_list(path: Path | str, summary: RelationSummary) -> tuple[str, list[ListSpell]]:
    """Which list a file is, and its spells."""
    path = Path(path)
    list_name = detect_list(path)
    rows = read_rows(path, LIST_FORMATS[list_name][0])
    return list_name, list(list_spells(rows, list_name, summary))


def list_nquads(spells: Iterable[ListSpell], dataset: SourceDataset, graph: str) -> Iterator[str]:
    """The spells as N-Quads in ``graph``: memberships of the list's state system, or
    major-power statuses. End dates are exclusive, as the registry's tenures."""
    chunk: list[str] = []
    for spell in spells:
        system = LIST_FORMATS[spell.list_name][1]
        major = spell.list_name == "cow-majors"
        kind = DKG.MajorPowerStatus if major else DKG.StateSystemMembership
        what = "major power" if major else "state system"
        node = ID[f"{'major-power' if major else 'state-system'}/{system}/{spell.code}/"
                  f"{spell.start.isoformat()}"]  # fmt: skip
        label = (
            f"{system.upper()} {what}: {spell.name or spell.state} ({spell.code}), {spell.start}"
        )
        chunk += [
            quad(node, RDF.type, iri(kind), graph),
            quad(node, RDFS.label, string(label), graph),
            quad(node, DKG.member, state(spell.state), graph),
            quad(node, DKG.stateSystem, iri(_SYSTEMS[system]), graph),
            quad(node, DKG.systemCode, string(spell.code), graph),
            quad(node, DKG.startDate, date(spell.start), graph),
            quad(node, DKG.startYear, integer(spell.start.year), graph),
            quad(node, PROV.wasDerivedFrom, iri(dataset.iri), graph),
        ]
        if spell.abbreviation:
            chunk.append(quad(node, DKG.systemAbbreviation, string(spell.abbreviation), graph))
        if spell.end:
            chunk.append(quad(node, DKG.endDate, date(spell.end), graph))
            last_year = (spell.end - dt.timedelta(days=1)).year
            chunk.append(quad(node, DKG.endYear, integer(last_year), graph))
        if spell.open_as_of:
            chunk.append(quad(node, DKG.openAsOf, date(spell.open_as_of), graph))
        if spell.part:
            note = (
                f"part {spell.part} of one spell of the list, split where the number changes state"
            )
            chunk.append(quad(node, DKG.note, string(note), graph))
    yield "".join(chunk)
