"""Correlates of War (and Gleditsch-Ward) state numbers → the registry's state keys.

Erik Voeten's voting files name states by COW number and abbreviation; the relation datasets
by COW or Gleditsch-Ward number. The project's tables (``kg/data/registry/cow-states.csv``,
``gw-states.csv``) map each number to a registry key, dated where one number stood for
several states over time.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from kg.errors import DataError
from kg.ontology import DATA_DIR
from kg.sources.history.rows import read_rows

__all__ = ["COW_STATES", "COW_UNDATED", "GW_STATES", "CowCodes", "CowState", "read_cow_states"]

#: the project's table of Correlates of War state numbers and abbreviations → registry keys
COW_STATES = DATA_DIR / "registry" / "cow-states.csv"
#: the same table for Gleditsch-Ward state numbers (Archigos), columns ``gw_code`` …
GW_STATES = DATA_DIR / "registry" / "gw-states.csv"
#: the two code lists a table may hold, by the prefix of its first two columns
_CODE_SYSTEMS = {"cow": "COW", "gw": "GW"}


def _code_columns(system: str) -> tuple[str, ...]:
    return (
        f"{system}_code", f"{system}_abbreviation", "iso3", "valid_from", "valid_to", "name",
        "source", "note",
    )  # fmt: skip


@dataclass(frozen=True)
class CowState:
    """One row of ``cow-states.csv``: a COW state number → a registry key, maybe dated.

    ``iso3`` None means the number is left unresolved on purpose (``note`` says why);
    ``valid_from`` and ``valid_to`` (inclusive) bound the votes a dated row covers.
    """

    code: int
    abbreviation: str
    iso3: str | None
    name: str
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None
    source: str = ""
    note: str = ""

    def covers(self, on: dt.date) -> bool:
        return (self.valid_from is None or self.valid_from <= on) and (
            self.valid_to is None or on <= self.valid_to
        )

    def overlaps(self, other: CowState) -> bool:
        """Whether the two rows' periods share a day (an open end overlaps everything after).

        >>> before = CowState(345, "YUG", "YUG", "Yugoslavia", valid_to=dt.date(2003, 2, 3))
        >>> after = CowState(345, "YUG", "SCG", "Yugoslavia", valid_from=dt.date(2003, 2, 4))
        >>> before.overlaps(after), before.overlaps(CowState(345, "YUG", "SCG", "Yugoslavia"))
        (False, True)
        """
        start, end = self.valid_from or dt.date.min, self.valid_to or dt.date.max
        return start <= (other.valid_to or dt.date.max) and (other.valid_from or dt.date.min) <= end


def read_cow_states(path: Path | str | None = None, *, system: str = "cow") -> list[CowState]:
    """The COW states of ``kg/data/registry/cow-states.csv`` (or of ``path``), checked.

    ``system="gw"`` reads a table of Gleditsch-Ward numbers the same way (columns ``gw_code``,
    ``gw_abbreviation`` …; default :data:`GW_STATES`), with the same checks.

    Every number a UN voting record needs: the members' and former members' numbers, and
    the few it may contain that are left unresolved on purpose (713 Taiwan, 817 the
    Republic of Vietnam, 347 Kosovo, 327 the Papal States). A COW abbreviation is not an
    ISO code, and one number may stand for several registry states over time:

    >>> rows = read_cow_states()
    >>> [(row.code, row.abbreviation, row.iso3) for row in rows if row.code in (305, 900)]
    [(305, 'AUS', 'AUT'), (900, 'AUL', 'AUS')]
    >>> for row in rows:
    ...     if row.code == 345:
    ...         print(row.iso3, row.valid_from, row.valid_to)
    SRB None 1918-11-30
    YUG 1918-12-01 2003-02-03
    SCG 2003-02-04 2006-06-02
    SRB 2006-06-03 None

    Raises
    ------
    kg.errors.DataError
        For a missing file or column, a code that is not a number, an abbreviation that is
        not three capital letters, an ``iso3`` the registry does not hold, an unresolved row
        without a ``note``, a row without a name or source, a malformed date or a period that
        ends before it starts, two rows of one number on overlapping dates, or one
        abbreviation given to two numbers (or two to one).
    """
    from kg.registry import states_by_code

    if system not in _CODE_SYSTEMS:
        raise ValueError(f"unknown code system {system!r}")
    label = _CODE_SYSTEMS[system]
    path = Path(path) if path is not None else {"cow": COW_STATES, "gw": GW_STATES}[system]
    registry = states_by_code()
    rows: list[CowState] = []
    lines: dict[CowState, int] = {}
    number_of: dict[str, CowState] = {}  # abbreviation → its first row
    abbreviation_of: dict[int, CowState] = {}  # number → its first row
    rows_of: dict[int, list[CowState]] = defaultdict(list)
    for line, cells in read_rows(path, _code_columns(system)):
        where = f"{path} line {line}"
        row = _cow_state(cells, where, set(registry), system)
        first = number_of.setdefault(row.abbreviation, row)
        if first.code != row.code:
            raise DataError(
                f"{label} abbreviation {row.abbreviation} is {first.code} on line {lines[first]} "
                f"but {row.code} here",
                where=where,
                fix=f"one abbreviation names one {label} number: check both against its list",
            )
        first = abbreviation_of.setdefault(row.code, row)
        if first.abbreviation != row.abbreviation:
            raise DataError(
                f"{label} {row.code} is {first.abbreviation} on line {lines[first]} "
                f"but {row.abbreviation} here",
                where=where,
                fix=f"one {label} number has one abbreviation: check both against its list",
            )
        for earlier in rows_of[row.code]:
            if earlier.overlaps(row):
                raise DataError(
                    f"{label} {row.code} is {earlier.iso3 or 'unresolved'} "
                    f"on line {lines[earlier]} and {row.iso3 or 'unresolved'} here, "
                    "on overlapping dates",
                    where=where,
                    fix="give the rows of one number valid_from / valid_to that do not overlap",
                )
        rows.append(row)
        rows_of[row.code].append(row)
        lines[row] = line
    if not rows:
        raise DataError(f"the {label} table has no rows", where=str(path), fix="restore the file")
    return rows


def _cow_state(
    cells: dict[str, str], where: str, registry: set[str], system: str = "cow"
) -> CowState:
    """One checked row of a code table (see :func:`read_cow_states` for the checks)."""
    label = _CODE_SYSTEMS[system]
    text = {column: cells[column].strip() for column in _code_columns(system)}
    code, abbreviation = text[f"{system}_code"], text[f"{system}_abbreviation"]
    iso3 = text["iso3"]
    if not re.fullmatch(r"[0-9]{1,3}", code):
        raise DataError(
            f"{label} code {code!r} is not a number",
            where=where,
            fix=f"write the {label} state number (ccode, gwcode), 1-3 digits",
        )
    if not re.fullmatch(r"[A-Z]{3}", abbreviation):
        raise DataError(
            f"{label} abbreviation {abbreviation!r} is not three capital letters",
            where=where,
            fix=f"write the {label} state abbreviation (stateabb), e.g. AUS for Austria",
        )
    if iso3 and iso3 not in registry:
        raise DataError(
            f"iso3 {iso3!r} is not a state of the registry",
            where=where,
            fix="write a code of kg/data/registry/states.csv, or leave iso3 empty and say why "
            "in note",
        )
    if not iso3 and not text["note"]:
        raise DataError(
            f"{label} {code} is left unresolved without a reason",
            where=where,
            fix="say in note why the number has no registry state",
        )
    for column, what in (
        ("name", f"{label}'s state name"),
        ("source", f"the {label} list, and any other"),
    ):
        if not text[column]:
            raise DataError(f"no {column}", where=where, fix=f"write {what}")
    dates: list[dt.date | None] = []
    for column in ("valid_from", "valid_to"):
        try:
            dates.append(dt.date.fromisoformat(text[column]) if text[column] else None)
        except ValueError:
            raise DataError(
                f"malformed {column} {text[column]!r}", where=where, fix="write YYYY-MM-DD"
            ) from None
    valid_from, valid_to = dates
    if valid_from and valid_to and valid_to < valid_from:
        raise DataError(
            f"valid_to {valid_to} is before valid_from {valid_from}",
            where=where,
            fix="correct the dates (both are inclusive)",
        )
    return CowState(
        code=int(code),
        abbreviation=abbreviation,
        iso3=iso3 or None,
        name=text["name"],
        valid_from=valid_from,
        valid_to=valid_to,
        source=text["source"],
        note=text["note"],
    )


_CowIndex = tuple[dict[int, list[CowState]], dict[str, int]]


def _cow_index(rows: Iterable[CowState]) -> _CowIndex:
    """The table by number, and each abbreviation's number."""
    by_number: dict[int, list[CowState]] = {}
    for row in rows:
        by_number.setdefault(row.code, []).append(row)
    return by_number, {row.abbreviation: row.code for rows in by_number.values() for row in rows}


@functools.cache
def _bundled_cow_index() -> _CowIndex:
    """The bundled table, read once per process and only when a COW code is met."""
    return _cow_index(read_cow_states())


_CowResult = tuple[str | None, str, str]
COW_UNDATED = "COW code depends on the date"


class CowCodes:
    """Correlates of War state numbers and abbreviations → the registry's state keys.

    The numbers come from the project's table :data:`COW_STATES` (``cow-states.csv``,
    after the COW State System Membership List v2016). A key resolves as a UN voting
    record files it (the USSR's votes under RUS, see :func:`kg.registry.resolve_state`).
    A number that the table dates (COW 345 is Yugoslavia, then Serbia and Montenegro, then
    Serbia) needs the vote's date. A number outside the table is unknown; one the table
    leaves unresolved (713 Taiwan, 817 the Republic of Vietnam, 347 Kosovo, 327) has no
    state in the registry.

    A COW abbreviation is not an ISO code: COW ``AUS`` is Austria and ``CZE`` Czechoslovakia.
    Each call gives (registry key or None, the reason it is None, detail):

    >>> cow = CowCodes()
    >>> cow("2")[0], cow("365")[0], cow("", "AUS")[0], cow("315", "CZE")[0], cow("260")[0]
    ('USA', 'RUS', 'AUT', 'CSK', 'DEU')
    >>> cow("345", on=dt.date(1975, 11, 10))[0], cow("345", on=dt.date(2010, 12, 6))[0]
    ('YUG', 'SRB')
    >>> cow("345")[1], cow("999")[1], cow("305", "AUL")[1]
    ('COW code depends on the date', 'unknown COW code', 'COW code and abbreviation disagree')
    >>> cow("713")
    (None, 'COW state not in the registry', 'ccode 713 (TAW, Taiwan)')
    """

    def __init__(self, table: Iterable[CowState] | None = None) -> None:
        self._given_table = list(table) if table is not None else None
        self._index: _CowIndex | None = None
        self._periods: dict[tuple[str, str], list[tuple[CowState | None, _CowResult]]] = {}

    def __call__(self, code: str, abbreviation: str = "", on: dt.date | None = None) -> _CowResult:
        key, periods = self._lookup(code, abbreviation)
        if len(periods) == 1:
            return periods[0][1]
        results = {result for row, result in periods if on is None or row is None or row.covers(on)}
        if len(results) == 1:
            return results.pop()
        when = f"on {on}" if on else "and the roll call has no date"
        detail = f"COW {key[0] or key[1]} {when}"
        if not results:
            return None, "COW code outside its dates", detail
        return None, COW_UNDATED, detail

    def keys(self, code: str, abbreviation: str = "") -> set[str]:
        """Every registry key a COW number stands for at some date.

        >>> sorted(CowCodes().keys("345")), sorted(CowCodes().keys("", "USA"))
        (['SCG', 'SRB', 'YUG'], ['USA'])
        """
        _, periods = self._lookup(code, abbreviation)
        return {key for _, (key, _, _) in periods if key}

    def _lookup(
        self, code: str, abbreviation: str
    ) -> tuple[tuple[str, str], list[tuple[CowState | None, _CowResult]]]:
        key = (code.strip(), abbreviation.strip().upper())
        if key not in self._periods:
            self._periods[key] = self._resolve(*key)
        return key, self._periods[key]

    def _load(self) -> _CowIndex:
        if self._index is None:
            given = self._given_table
            self._index = _bundled_cow_index() if given is None else _cow_index(given)
        return self._index

    def _resolve(self, code: str, abbreviation: str) -> list[tuple[CowState | None, _CowResult]]:
        table, by_abbreviation = self._load()
        number = None
        if code:
            if not re.fullmatch(r"[0-9]{1,3}", code):
                return [(None, (None, "unknown COW code", repr(code)))]
            number = int(code)
        if abbreviation:
            named = by_abbreviation.get(abbreviation)
            if named is None:
                return [(None, (None, "unknown COW abbreviation", repr(abbreviation)))]
            if number is not None and named != number:
                detail = f"ccode {number} but Country {abbreviation!r} is {named}"
                return [(None, (None, "COW code and abbreviation disagree", detail))]
            number = named
        if number not in table:
            return [(None, (None, "unknown COW code", f"ccode {number}"))]
        return [
            (row, self._registry_key(row.iso3, f"ccode {number} ({row.abbreviation}, {row.name})"))
            for row in table[number]
        ]

    @staticmethod
    def _registry_key(iso3: str | None, described: str) -> _CowResult:
        from kg.registry import states_by_code

        state = states_by_code().get(iso3 or "")
        if state is None:
            return (
                None,
                "COW state not in the registry",
                described + (f" is {iso3}" if iso3 else ""),
            )
        return state.votes_filed_under or state.iso3, "", ""
