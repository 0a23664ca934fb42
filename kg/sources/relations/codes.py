"""State-system numbers → registry states, by date: COW for ATOP, COW IGO and the rivalries,
Gleditsch-Ward for Archigos.

Each dataset names states by the numbers of its own state list, and the two lists differ for
some states: COW 260 is the German Federal Republic to 1990 and COW 255 Germany before 1945
and after 1990, while Gleditsch-Ward keep 260 for Germany after unification; 365 is Russia
and the Soviet Union in both. A number resolves through the registry's table for its list
(``kg/data/registry/cow-states.csv``, ``gw-states.csv``), which dates the numbers that stand
for several registry states, and never through the other list:

>>> cow, gw = StateCodes("cow"), StateCodes("gw")
>>> cow.in_year("255", 1995), cow.in_year("260", 1980), gw.in_year("260", 1995)
(('DEU', '', ''), ('DEU', '', ''), ('DEU', '', ''))
>>> cow.in_year("365", 1962)[0], cow.in_year("365", 1992)[0]
('SUN', 'RUS')
>>> [cow.in_year("345", year)[0] for year in (1990, 2004, 2010)]
['YUG', 'SCG', 'SRB']
>>> gw.in_year("340", 2010)[0], gw.in_year("345", 2004)[0]
('SRB', 'SCG')

A number the registry does not hold, or holds without a state (19th-century German and
Italian states, Austria-Hungary, Taiwan), does not resolve; the caller reports the row:

>>> cow.in_year("300", 1900)
(None, 'COW state not in the registry', 'COW 300 (AUH, Austria-Hungary)')
>>> cow.in_year("999", 1900)
(None, 'unknown COW code', 'COW 999')

Year-level data (a dyad-year) resolves on 1 July of its year, the day that the state holding
the number for most of the year holds it: 1991 is still the Soviet Union, 2003 Serbia and
Montenegro.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from kg.sources.history.cow import CowState, read_cow_states

__all__ = ["Resolution", "Spell", "StateCodes"]

#: (registry key or None, why it is None, detail)
Resolution = tuple[str | None, str, str]
_LABELS = {"cow": "COW", "gw": "GW"}


@dataclass(frozen=True)
class Spell:
    """A part of a period in which one number stands for one registry state (or for none)."""

    key: str | None
    start: dt.date
    end: dt.date
    reason: str = ""
    detail: str = ""


@functools.cache
def _bundled(system: str) -> tuple[CowState, ...]:
    return tuple(read_cow_states(system=system))


class StateCodes:
    """The numbers of one state list (``"cow"`` or ``"gw"``) → registry keys, by date.

    ``rows`` replaces the registry's table (tests); by default it is read once per process.
    """

    def __init__(self, system: str, rows: Iterable[CowState] | None = None) -> None:
        if system not in _LABELS:
            raise ValueError(f"unknown state list {system!r}")
        self.system, self.label = system, _LABELS[system]
        table = tuple(rows) if rows is not None else _bundled(system)
        self._rows: dict[int, list[CowState]] = {}
        for row in table:
            self._rows.setdefault(row.code, []).append(row)
        for spells in self._rows.values():
            spells.sort(key=lambda row: row.valid_from or dt.date.min)
        self._by_year: dict[tuple[str, int], Resolution] = {}

    def on(self, code: str | int, day: dt.date) -> Resolution:
        """The registry key the number stands for on ``day``."""
        rows, failure = self._lookup(code)
        if failure:
            return failure
        for row in rows:
            if row.covers(day):
                return self._key(row)
        return None, f"{self.label} code outside its dates", f"{self.label} {code} on {day}"

    def in_year(self, code: str | int, year: int) -> Resolution:
        """The registry key the number stands for in a year (on 1 July), cached."""
        found = self._by_year.get((code, year))  # the rows' own text: no stripping per row
        if found is None:
            found = self._by_year[code, year] = self.on(str(code).strip(), dt.date(year, 7, 1))
        return found

    def spells(self, code: str | int, start: dt.date, end: dt.date) -> list[Spell]:
        """The parts of ``start`` to ``end`` (inclusive) in which the number stands for one state.

        >>> [(s.key, str(s.start), str(s.end)) for s in StateCodes("gw").spells(
        ...     "365", dt.date(1985, 3, 11), dt.date(1999, 12, 31))]
        [('SUN', '1985-03-11', '1991-12-25'), ('RUS', '1991-12-26', '1999-12-31')]
        """
        rows, failure = self._lookup(code)
        if failure:
            return [Spell(None, start, end, failure[1], failure[2])]
        parts = []
        for row in rows:
            first = max(start, row.valid_from or dt.date.min)
            last = min(end, row.valid_to or dt.date.max)
            if first <= last:
                key, reason, detail = self._key(row)
                parts.append(Spell(key, first, last, reason, detail))
        if not parts:
            detail = f"{self.label} {code} from {start} to {end}"
            return [Spell(None, start, end, f"{self.label} code outside its dates", detail)]
        return parts

    def year_spells(
        self, code: str | int, first: int, last: int
    ) -> list[tuple[Resolution, int, int]]:
        """The runs of years ``first`` to ``last`` in which the number stands for one state.

        >>> StateCodes("cow").year_spells("365", 1945, 1995)
        [(('SUN', '', ''), 1945, 1991), (('RUS', '', ''), 1992, 1995)]
        """
        runs: list[tuple[Resolution, int, int]] = []
        for year in range(first, last + 1):
            resolution = self.in_year(code, year)
            if runs and runs[-1][0] == resolution:
                runs[-1] = (resolution, runs[-1][1], year)
            else:
                runs.append((resolution, year, year))
        return runs

    def _lookup(self, code: str | int) -> tuple[list[CowState], Resolution | None]:
        text = str(code).strip()
        if not re.fullmatch(r"[0-9]{1,3}", text):
            return [], (None, f"unknown {self.label} code", repr(text))
        rows = self._rows.get(int(text))
        if rows is None:
            return [], (None, f"unknown {self.label} code", f"{self.label} {text}")
        return rows, None

    def _key(self, row: CowState) -> Resolution:
        if row.iso3 is None:
            detail = f"{self.label} {row.code} ({row.abbreviation}, {row.name})"
            return None, f"{self.label} state not in the registry", detail
        return row.iso3, "", ""
