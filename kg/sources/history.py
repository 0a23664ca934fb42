"""The UN General Assembly voting history: readers for three public formats, and their N-Quads.

A user's copy of the standard public files is read streaming, in constant memory (the UN
Digital Library file is about 360 MB). Every reader yields the same records, roll calls
before the ballots that cite them:

- ``undl``: the UN Digital Library "UN General Assembly Voting Data" long CSV (one row per
  member state and vote; ``ms_vote`` Y/N/A/X);
- ``voeten``: Erik Voeten's UNVotes file or the R package ``unvotes`` tables (votes coded
  1 yes, 2 abstain, 3 no, 8 absent, 9 not a member; issue codes me, nu, di, hr, co, ec);
  states given as Correlates of War codes (``ccode``, ``Country``: see :class:`CowCodes`)
  or as the unvotes package's ISO alpha-2 ``country_code`` and ``country`` name;
- ``tidy``: ``votes.csv(.gz)`` (``rcid,date,session,symbol,state_iso3,state_name,vote``)
  with ``rollcalls.csv`` beside it.

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
:func:`rollcall_id_for`). Only the Voeten votes on amendments or paragraphs, and rows without
a symbol, get a source-specific id.

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

import dataclasses
import datetime as dt
import functools
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from pyoxigraph import Literal as OxLiteral
from pyoxigraph import NamedNode

from kg.checks import csv_lines, csv_rows, optional_count
from kg.errors import DataError
from kg.ontology import (
    DATA_DIR,
    DKG,
    ballot_iri,
    concept_iri,
    motion_iri,
    organ_iri,
    rollcall_iri,
    slug,
    state_iri,
)
from kg.vocabulary import (
    COUNT_IRIS,
    OPTION_BY_CODE,
    OPTION_BY_VOETEN,
    VOETEN_ISSUE_IRIS,
    VOETEN_NOT_A_MEMBER,
    VOTE_FORMATS,
    VOTE_OPTIONS,
)

__all__ = [
    "COW_STATES",
    "FORMATS",
    "GW_STATES",
    "CowCodes",
    "CowState",
    "HistoryBallot",
    "HistoryRollCall",
    "ImportSummary",
    "SkippedRow",
    "StateResolver",
    "Topic",
    "default_rollcalls_path",
    "history_nquads",
    "read_cow_states",
    "read_history",
    "rollcall_id_for",
    "voeten_symbol",
]

FORMATS = VOTE_FORMATS

_OPTIONS = {code: code for code in OPTION_BY_CODE}
#: Voeten's codes and the unvotes package's words; 9 "not a member" is skipped, not a ballot.
_VOETEN_OPTIONS = {
    **{voeten: option.code for voeten, option in OPTION_BY_VOETEN.items()},
    **{option.word: option.code for option in VOTE_OPTIONS if option.code != "X"},
}
_ROMAN = (
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
    (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
)  # fmt: skip
#: how many skipped row numbers each reason keeps for the report
_EXAMPLES_PER_REASON = 20


@dataclass(frozen=True)
class Topic:
    """A topic a roll call is about: a Voeten issue code or a UNBIS subject term."""

    scheme: str
    term: str


@dataclass(frozen=True)
class HistoryRollCall:
    """One General Assembly roll call as an imported file describes it.

    ``tallies`` holds the counts the file gives (``yes``, ``no``, ``abstain``,
    ``non_voting``); ``kind`` is ``resolution``, ``draft``, ``amendment`` or ``paragraph``
    (Voeten's separate votes on an amendment or a paragraph of ``symbol``).
    """

    id: str
    source_id: str
    symbol: str | None
    date: dt.date | None
    session: str | None
    title: str | None
    tallies: dict[str, int]
    kind: str = "resolution"
    record_link: str | None = None
    topics: tuple[Topic, ...] = ()
    important: bool | None = None
    note: str | None = None
    year: int | None = None  # when the source gives the year but not the day


@dataclass(frozen=True)
class HistoryBallot:
    """One state's ballot (``Y``, ``N``, ``A`` or ``X``) on one roll call, with its row."""

    rollcall_id: str
    iso3: str
    option: str
    row: int


@dataclass(frozen=True)
class SkippedRow:
    row: int
    reason: str
    detail: str


@dataclass
class ImportSummary:
    """What an import read, imported and skipped (by reason, with the first row numbers).

    >>> summary = ImportSummary()
    >>> summary.skip(7, "unknown state", "'Atlantis'")
    >>> print(summary.text())
    0 ballot rows read, 0 imported, 1 skipped, 0 roll calls
      skipped 1 x unknown state: row 7 ('Atlantis')
    """

    rows_read: int = 0
    rows_imported: int = 0
    rollcalls: int = 0
    skipped: Counter[str] = field(default_factory=Counter)
    examples: dict[str, list[SkippedRow]] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    #: rows imported with a part left out (a record link that is not an IRI), by reason
    warnings: Counter[str] = field(default_factory=Counter)

    @property
    def rows_skipped(self) -> int:
        return sum(self.skipped.values())

    def skip(self, row: int, reason: str, detail: str = "") -> None:
        self.skipped[reason] += 1
        self._example(row, reason, detail)

    def warn(self, row: int, reason: str, detail: str = "") -> None:
        """Report a row that was imported with a part of it left out.

        >>> summary = ImportSummary()
        >>> summary.warn(2, "record link left out (not an IRI)", "'http://%zz'")
        >>> print(summary.text().splitlines()[1])
          warning 1 x record link left out (not an IRI): row 2 ('http://%zz')
        """
        self.warnings[reason] += 1
        self._example(row, reason, detail)

    def _example(self, row: int, reason: str, detail: str) -> None:
        kept = self.examples.setdefault(reason, [])
        if len(kept) < _EXAMPLES_PER_REASON:
            kept.append(SkippedRow(row, reason, detail))

    def text(self) -> str:
        lines = [
            f"{self.rows_read} ballot rows read, {self.rows_imported} imported, "
            f"{self.rows_skipped} skipped, {self.rollcalls} roll calls"
        ]
        for heading, counts in (("skipped", self.skipped), ("warning", self.warnings)):
            for reason, count in counts.most_common():
                shown = ", ".join(
                    f"row {example.row}" + (f" ({example.detail})" if example.detail else "")
                    for example in self.examples.get(reason, [])
                )
                more = " …" if count > len(self.examples.get(reason, [])) else ""
                lines.append(f"  {heading} {count} x {reason}: {shown}{more}")
        lines.extend(f"  note: {note}" for note in self.notes)
        return "\n".join(lines)


# --- ids and symbols ---------------------------------------------------------------------------


def rollcall_id_for(symbol: str | None, fallback: str) -> str:
    """The project's roll-call id for a GA resolution symbol, as ``kg/data/votes`` spells it.

    The ``A/RES/`` prefix goes and the rest is slugged, so a resolution imported from any
    format, and the curated Ukraine roll call, share one IRI. Without a symbol, ``fallback``
    (a source-specific key such as ``undl-3836031``) is used.

    >>> rollcall_id_for("A/RES/ES-11/1", "x"), rollcall_id_for("A/RES/2758(XXVI)", "x")
    ('ga-es-11-1', 'ga-2758-xxvi')
    >>> rollcall_id_for("A/RES/61/128[B-IV]", "x"), rollcall_id_for("", "undl-3836031")
    ('ga-61-128-b-iv', 'ga-undl-3836031')
    """
    if not symbol:
        return f"ga-{fallback}"
    return "ga-" + slug(symbol.removeprefix("A/RES/"))


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
        return f"A/RES/{number}({_roman(int(session))})"
    return f"A/RES/{session}/{number}"


def _roman(number: int) -> str:
    numeral = ""
    for value, letters in _ROMAN:
        while number >= value:
            numeral += letters
            number -= value
    return numeral


#: the roman numerals of the sessions that resolution symbols numbered that way (1 to 39)
_SESSION_NUMERALS = {_roman(number): str(number) for number in range(1, 40)}


# --- reading helpers ---------------------------------------------------------------------------


def _rows(path: Path, required: Iterable[str]) -> Iterator[tuple[int, dict[str, str]]]:
    """(line number, row) of a voting file (:func:`kg.checks.csv_rows`, lenient: a row of
    the wrong width is padded or cut, and its checks then skip it with a reason)."""
    return csv_rows(path, required, strict=False, strip=False, fix="is this the right format?")


def _year_only(text: str | None) -> int | None:
    """The year of a date given as a year alone (``1977``), else None."""
    text = (text or "").strip()
    return int(text) if re.fullmatch(r"\d{4}", text) else None


def _date(text: str) -> tuple[dt.date | None, str | None]:
    text = (text or "").strip()
    try:
        return dt.date.fromisoformat(text[:10]), None
    except ValueError:
        return None, f"the source gives the date as {text!r}" if text else "no date in the source"


#: each format's tally columns (tally → column)
_UNDL_TALLIES = {
    "yes": "total_yes",
    "no": "total_no",
    "abstain": "total_abstentions",
    "non_voting": "total_non_voting",
}
_TIDY_TALLIES = {"yes": "yes", "no": "no", "abstain": "abstain", "non_voting": "non_voting"}
_VOETEN_TALLIES = {"yes": "yes", "no": "no", "abstain": "abstain"}


def _tallies(row: dict[str, str], columns: dict[str, str]) -> dict[str, int]:
    """The tallies a row gives; an empty or unreadable cell is an unknown tally."""
    counts = {name: optional_count(row.get(column)) for name, column in columns.items()}
    return {name: value for name, value in counts.items() if value is not None}


def _check_tallies(
    row: dict[str, str], columns: dict[str, str], path: Path, line: int, summary: ImportSummary
) -> None:
    """Warn about each tally cell that holds something other than a count.

    The roll call and its ballots are imported without that tally (an empty cell is no
    tally, not a warning):

    >>> summary = ImportSummary()
    >>> _check_tallies({"yes": "n/a", "no": "3", "abstain": ""}, _VOETEN_TALLIES,
    ...                Path("rollcalls.csv"), 4, summary)
    >>> print(summary.text().splitlines()[1])
      warning 1 x tally left out (not a count): row 4 (rollcalls.csv: yes 'n/a')
    """
    for column in columns.values():
        text = (row.get(column) or "").strip()
        if text and optional_count(text) is None:
            shown = text if len(text) <= 40 else text[:40] + "…"
            summary.warn(line, "tally left out (not a count)", f"{path.name}: {column} {shown!r}")


def _flag(text: str | None) -> bool | None:
    text = (text or "").strip()
    return {"1": True, "0": False, "TRUE": True, "FALSE": False}.get(text.upper())


def _session_of(symbol: str) -> str | None:
    """The GA session a resolution symbol names: ``A/RES/78/183 A`` → ``78``.

    A roman numeral that no session used (or an ill-formed one) gives None:

    >>> _session_of("A/RES/2758(XXVI)"), _session_of("A/RES/1(C)"), _session_of("A/RES/1(IIII)")
    ('26', None, None)
    """
    match = re.match(r"A/RES/((?:ES|S)-\d+|\d+)/", symbol)
    if match:
        return match.group(1)
    match = re.match(r"A/RES/\d+\s*\(([IVXLC]+)\)", symbol)
    if match:
        return _SESSION_NUMERALS.get(match.group(1))
    return None


class StateResolver:
    """Resolves (code, name) pairs through the registry, caching each pair once."""

    def __init__(self) -> None:
        self._cache: dict[tuple[str, str], tuple[str | None, str, str]] = {}

    def __call__(self, code: str, name: str) -> tuple[str | None, str, str]:
        """(ISO3 key or None, the reason it is None, detail)."""
        key = (code.strip(), name.strip())
        if key not in self._cache:
            self._cache[key] = self._resolve(*key)
        return self._cache[key]

    @staticmethod
    def _one(text: str) -> tuple[str | None, set[str]]:
        from kg.registry import resolve_state

        if not text:
            return None, set()
        try:
            return resolve_state(text, un_record=True).iso3, set()
        except DataError as error:
            candidates = getattr(error, "candidates", [])
            return None, {str(c) for c in candidates if re.fullmatch(r"[A-Z]{3}", str(c))}

    def _resolve(self, code: str, name: str) -> tuple[str | None, str, str]:
        by_code, code_candidates = self._one(code)
        by_name, name_candidates = self._one(name)
        if by_code and by_name and by_code != by_name:
            detail = f"code {code!r} is {by_code} but name {name!r} is {by_name}"
            return None, "code and name disagree", detail
        # An ambiguous code or name is settled by the other one, never by a guess.
        if by_code and (by_name or not name_candidates or by_code in name_candidates):
            return by_code, "", ""
        if by_name and (not code_candidates or by_name in code_candidates):
            return by_name, "", ""
        detail = f"{code!r} / {name!r}" if code and name else repr(code or name)
        return None, "unknown state", detail


# --- Correlates of War codes -------------------------------------------------------------------

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
        >>> before.overlaps(after), before.overlaps(dataclasses.replace(after, valid_from=None))
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
    for line, cells in _rows(path, _code_columns(system)):
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
_COW_UNDATED = "COW code depends on the date"


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
        return None, _COW_UNDATED, detail

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


class _BallotChecker:
    """Remembers which states have a ballot on each roll call, in a few bytes per roll call."""

    def __init__(self) -> None:
        self._state_index: dict[str, int] = {}
        self._seen: dict[str, bytearray] = {}

    def first_time(self, rollcall_id: str, iso3: str) -> bool:
        index = self._state_index.setdefault(iso3, len(self._state_index))
        bits = self._seen.setdefault(rollcall_id, bytearray(64))
        if index // 8 >= len(bits):
            bits.extend(bytearray(index // 8 + 1 - len(bits)))
        byte, bit = divmod(index, 8)
        if bits[byte] & (1 << bit):
            return False
        bits[byte] |= 1 << bit
        return True


def default_rollcalls_path(format_name: str, votes_path: Path) -> Path | None:
    """The roll-call table beside a votes file, if there is one (``rollcalls.csv``)."""
    if format_name == "tidy":
        candidate = Path(votes_path).with_name("rollcalls.csv")
        return candidate if candidate.is_file() else None
    return None


def read_history(
    format_name: str,
    path: Path | str,
    *,
    rollcalls: Path | str | None = None,
    summary: ImportSummary | None = None,
) -> Iterator[HistoryRollCall | HistoryBallot]:
    """Stream the roll calls and ballots of one voting file in one of :data:`FORMATS`.

    Roll calls come before the ballots that cite them. Rows that cannot be imported are
    counted in ``summary`` (by reason, with row numbers) and skipped.

    Raises
    ------
    kg.errors.DataError
        For an unknown format, a missing file or column, or a damaged file.
    """
    if format_name not in FORMATS:
        raise DataError(f"unknown format {format_name!r}", fix=f"use one of {', '.join(FORMATS)}")
    summary = summary if summary is not None else ImportSummary()
    path = Path(path)
    rollcalls_path = Path(rollcalls) if rollcalls else default_rollcalls_path(format_name, path)
    reader = {"undl": _read_undl, "voeten": _read_voeten, "tidy": _read_tidy}[format_name]
    yield from reader(path, rollcalls_path, summary)


# --- tidy --------------------------------------------------------------------------------------

_TIDY_VOTE_COLUMNS = ("rcid", "date", "session", "symbol", "state_iso3", "state_name", "vote")
_TIDY_ROLLCALL_COLUMNS = ("rcid", "date", "session", "symbol", "yes", "no", "abstain")


def _tidy_rollcall(row: dict[str, str]) -> HistoryRollCall:
    symbol = (row.get("symbol") or "").strip()
    undl_id = (row.get("undl_id") or "").strip()
    date, date_note = _date(row.get("date", ""))
    topics = [
        Topic("voeten", code) for code in VOETEN_ISSUE_IRIS if _flag(row.get(f"issue_{code}"))
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
        tallies=_tallies(row, _TIDY_TALLIES),
        record_link=(row.get("undl_link") or "").strip() or None,
        topics=tuple(topics),
        important=_flag(row.get("importantvote")),
        note="; ".join(notes) or None,
        year=_year_only(row.get("date")),
    )


def _read_tidy(
    path: Path, rollcalls_path: Path | None, summary: ImportSummary
) -> Iterator[HistoryRollCall | HistoryBallot]:
    by_rcid: dict[str, str] = {}
    if rollcalls_path is not None:
        for line, row in _rows(rollcalls_path, _TIDY_ROLLCALL_COLUMNS):
            rollcall = _checked_link(_tidy_rollcall(row), rollcalls_path, line, summary)
            _check_tallies(row, _TIDY_TALLIES, rollcalls_path, line, summary)
            by_rcid[row["rcid"].strip()] = rollcall.id
            summary.rollcalls += 1
            yield rollcall
    else:
        summary.notes.append("no rollcalls.csv: roll calls carry only what the votes file says")
    resolve, checker = StateResolver(), _BallotChecker()
    for line, row in _rows(path, _TIDY_VOTE_COLUMNS):
        summary.rows_read += 1
        rcid = row["rcid"].strip()
        rollcall_id = by_rcid.get(rcid)
        if rollcall_id is None:
            if rollcalls_path is not None:
                summary.skip(line, "roll call not in the roll-call table", f"rcid {rcid}")
                continue
            rollcall = _checked_link(_tidy_rollcall(row), path, line, summary)
            _check_tallies(row, _TIDY_TALLIES, path, line, summary)
            by_rcid[rcid] = rollcall_id = rollcall.id
            summary.rollcalls += 1
            yield rollcall
        state = resolve(row["state_iso3"], row["state_name"])
        ballot = _ballot(line, rollcall_id, state, row["vote"], _OPTIONS, checker, summary)
        if ballot is not None:
            yield ballot


def _ballot(
    line: int,
    rollcall_id: str,
    state: tuple[str | None, str, str],
    vote: str,
    options: dict[str, str],
    checker: _BallotChecker,
    summary: ImportSummary,
) -> HistoryBallot | None:
    """The ballot of one row, given its state as a resolver gave it (key, reason, detail)."""
    option = options.get(vote.strip())
    if option is None:
        summary.skip(line, "unknown vote code", repr(vote))
        return None
    iso3, reason, detail = state
    if iso3 is None:
        summary.skip(line, reason, detail)
        return None
    if not checker.first_time(rollcall_id, iso3):
        summary.skip(line, "duplicate ballot", f"{iso3} on {rollcall_id}")
        return None
    summary.rows_imported += 1
    return HistoryBallot(rollcall_id, iso3, option, line)


def _checked_link(
    rollcall: HistoryRollCall, path: Path, line: int, summary: ImportSummary
) -> HistoryRollCall:
    """The roll call, without its record link if that looks like a web address but is no IRI.

    Such a link (``http://%zz``, ``http://a:b:c``) cannot be written as an IRI, and would
    make the bulk load fail. One bad link must not cost the roll call or its ballots: they
    are kept, the link is left out and reported as a warning with its row.

    >>> rollcall = HistoryRollCall("ga-1", "undl:1", None, None, None, None, {},
    ...                            record_link="http://%zz")
    >>> summary = ImportSummary()
    >>> _checked_link(rollcall, Path("undl.csv"), 2, summary).record_link is None
    True
    >>> print(summary.text().splitlines()[1])
      warning 1 x record link left out (not an IRI): row 2 (undl.csv: 'http://%zz')
    """
    link = rollcall.record_link
    if link is None or not _WEB_ADDRESS.fullmatch(link) or _is_web_iri(link):
        return rollcall
    summary.warn(line, "record link left out (not an IRI)", f"{path.name}: {link!r}")
    return dataclasses.replace(rollcall, record_link=None)


# --- UN Digital Library ------------------------------------------------------------------------

_UNDL_COLUMNS = ("undl_id", "ms_code", "ms_name", "ms_vote", "date", "resolution")


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
    signatures = {
        "tidy": set(_TIDY_VOTE_COLUMNS),
        "undl": set(_UNDL_COLUMNS),
        "voeten": {"rcid", "vote"},
    }
    fitting = [name for name, needed in signatures.items() if needed <= columns]
    return sorted(fitting, key=lambda name: -len(signatures[name]))


def _read_undl(
    path: Path, rollcalls_path: Path | None, summary: ImportSummary
) -> Iterator[HistoryRollCall | HistoryBallot]:
    if rollcalls_path is not None:
        summary.notes.append("--rollcalls is ignored for undl: each row carries its roll call")
    by_record: dict[str, str] = {}
    symbols: dict[str, str] = {}
    resolve, checker = StateResolver(), _BallotChecker()
    for line, row in _rows(path, _UNDL_COLUMNS):
        summary.rows_read += 1
        record = row["undl_id"].strip()
        rollcall_id = by_record.get(record)
        if rollcall_id is None:
            if not record:
                summary.skip(line, "no undl_id")
                continue
            rollcall = _checked_link(_undl_rollcall(row, record, symbols), path, line, summary)
            _check_tallies(row, _UNDL_TALLIES, path, line, summary)
            by_record[record] = rollcall_id = rollcall.id
            summary.rollcalls += 1
            yield rollcall
        state = resolve(row["ms_code"], row["ms_name"])
        ballot = _ballot(line, rollcall_id, state, row["ms_vote"], _OPTIONS, checker, summary)
        if ballot is not None:
            yield ballot


def _undl_rollcall(row: dict[str, str], record: str, symbols: dict[str, str]) -> HistoryRollCall:
    symbol = row["resolution"].strip()
    rollcall_id = rollcall_id_for(symbol, f"undl-{slug(record)}")
    # Two UNDL records with one symbol (a draft voted twice, say) stay two roll calls: the
    # later record gets the record id appended, so ids only depend on the file's content.
    if symbols.setdefault(rollcall_id, record) != record:
        rollcall_id = f"{rollcall_id}-undl-{slug(record)}"
    date, date_note = _date(row["date"])
    session = (row.get("session") or "").strip() or _session_of(symbol)
    kind = "resolution" if "/RES/" in symbol else "draft"
    subjects = re.split(r"\s*\|\s*", (row.get("subjects") or "").strip())
    return HistoryRollCall(
        id=rollcall_id,
        source_id=f"undl:{record}",
        symbol=symbol or None,
        date=date,
        session=session,
        title=(row.get("title") or "").strip() or None,
        tallies=_tallies(row, _UNDL_TALLIES),
        kind=kind,
        record_link=(row.get("undl_link") or "").strip() or None,
        topics=tuple(Topic("unbis", term) for term in subjects if term),
        note=date_note,
        year=_year_only(row["date"]),
    )


# --- Voeten ------------------------------------------------------------------------------------

_VOETEN_ROLLCALL_COLUMNS = ("rcid", "unres")


def _voeten_rollcalls(path: Path, summary: ImportSummary) -> Iterator[HistoryRollCall]:
    taken: set[str] = set()
    for line, row in _rows(path, _VOETEN_ROLLCALL_COLUMNS):
        rollcall = _voeten_rollcall(row, taken)
        _check_tallies(row, _VOETEN_TALLIES, path, line, summary)
        summary.rollcalls += 1
        yield rollcall


def _voeten_rollcall(row: dict[str, str], taken: set[str]) -> HistoryRollCall:
    rcid = row["rcid"].strip()
    symbol = voeten_symbol(row.get("unres") or "")
    amendment, paragraph = _flag(row.get("amend")), _flag(row.get("para"))
    kind = "amendment" if amendment else "paragraph" if paragraph else "resolution"
    rollcall_id = rollcall_id_for(symbol, f"voeten-{slug(rcid)}")
    # Only a whole-resolution vote is the roll call on the resolution; separate votes on an
    # amendment or a paragraph, and a second vote under one symbol, keep Voeten's rcid.
    if kind != "resolution" or not symbol or rollcall_id in taken:
        rollcall_id = f"ga-voeten-{slug(rcid)}"
    taken.add(rollcall_id)
    date, date_note = _date(row.get("date", ""))
    title = (row.get("descr") or row.get("short") or "").strip() or None
    return HistoryRollCall(
        id=rollcall_id,
        source_id=f"voeten:{rcid}",
        symbol=symbol,
        date=date,
        session=(row.get("session") or "").strip() or (symbol and _session_of(symbol)),
        title=title,
        tallies=_tallies(row, _VOETEN_TALLIES),
        kind=kind,
        topics=tuple(Topic("voeten", code) for code in VOETEN_ISSUE_IRIS if _flag(row.get(code))),
        important=_flag(row.get("importantvote")),
        note=date_note,
        year=_year_only(row.get("date")),
    )


def _read_voeten(
    path: Path, rollcalls_path: Path | None, summary: ImportSummary
) -> Iterator[HistoryRollCall | HistoryBallot]:
    by_rcid: dict[str, str] = {}
    #: each roll call's date, which a COW code such as 345 (Yugoslavia … Serbia) needs
    dates: dict[str, dt.date | None] = {}
    if rollcalls_path is not None:
        for rollcall in _voeten_rollcalls(rollcalls_path, summary):
            rcid = rollcall.source_id.removeprefix("voeten:")
            by_rcid[rcid], dates[rcid] = rollcall.id, rollcall.date
            yield rollcall
    resolve, cow, checker = StateResolver(), CowCodes(), _BallotChecker()
    taken = set(by_rcid.values())
    for line, row in _rows(path, ("rcid", "vote")):
        summary.rows_read += 1
        rcid = row["rcid"].strip()
        rollcall_id = by_rcid.get(rcid)
        if rollcall_id is None:
            if rollcalls_path is not None or "unres" not in row:
                summary.skip(line, "roll call not in the roll-call table", f"rcid {rcid}")
                continue
            rollcall = _voeten_rollcall(row, taken)
            _check_tallies(row, _VOETEN_TALLIES, path, line, summary)
            summary.rollcalls += 1
            by_rcid[rcid], dates[rcid] = rollcall.id, rollcall.date
            rollcall_id = rollcall.id
            yield rollcall
        vote = row["vote"].strip().lower()
        if vote == VOETEN_NOT_A_MEMBER:
            summary.skip(line, "not a member (Voeten code 9)")
            continue
        state = _voeten_state(row, dates.get(rcid), resolve, cow)
        ballot = _ballot(line, rollcall_id, state, vote, _VOETEN_OPTIONS, checker, summary)
        if ballot is not None:
            yield ballot


def _voeten_state(
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
    >>> _voeten_state({"ccode": "260", "Countryname": "German Federal Republic"}, None,
    ...               resolve, cow)
    ('DEU', '', '')
    >>> _voeten_state({"ccode": "2", "country_code": "CA", "country": "Canada"}, None,
    ...               resolve, cow)[1:]
    ('COW code and ISO code or name disagree', "ccode 2 is USA but 'CA' / 'Canada' is CAN")
    >>> _voeten_state({"ccode": "345", "Countryname": "Yugoslavia"}, dt.date(2010, 12, 6),
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
        by_cow[0] is None and by_cow[1] != _COW_UNDATED
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


# --- N-Quads -----------------------------------------------------------------------------------

_RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
_RDFS_LABEL = "<http://www.w3.org/2000/01/rdf-schema#label>"
_SKOS = "http://www.w3.org/2004/02/skos/core#"
_PROV_DERIVED = "<http://www.w3.org/ns/prov#wasDerivedFrom>"
_XSD = "http://www.w3.org/2001/XMLSchema#"
_OPTION_IRIS = {option.code: f"<{DKG[option.term]}>" for option in VOTE_OPTIONS}
_KIND_CLASSES = {
    "resolution": DKG.Resolution,
    "draft": DKG.DraftResolution,
    "amendment": DKG.Amendment,
    "paragraph": DKG.Motion,
}
# Only a link made of IRI characters becomes an IRI; any other stays a typed literal.
_WEB_ADDRESS = re.compile(r"https?://[^\s<>\"{}|\\^`]+")


def _is_web_iri(link: str) -> bool:
    """True if ``link`` is a web address that is also a valid IRI, so it can be written as one.

    >>> _is_web_iri("https://digitallibrary.un.org/record/3836031")
    True
    >>> [_is_web_iri(link) for link in ("http://%zz", "http://a:b:c", "http://a\\x01b", "n/a")]
    [False, False, False, False]
    """
    if not _WEB_ADDRESS.fullmatch(link):
        return False
    try:
        NamedNode(link)
    except ValueError:
        return False
    return True


def _string(text: str) -> str:
    """A plain string literal in N-Triples syntax, escaped by pyoxigraph's own serialiser."""
    return str(OxLiteral(text))


def _typed(value: object, datatype: str) -> str:
    return f'"{value}"^^<{_XSD}{datatype}>'


def history_nquads(
    records: Iterable[HistoryRollCall | HistoryBallot],
    graph: str,
    *,
    shortcuts: dict[str, str] | None = None,
    inferred: str | None = None,
) -> Iterator[str]:
    """N-Quads lines (in chunks) for the records, all in the named graph ``graph``.

    Strings are built directly, not through rdflib objects, so millions of ballots stream
    through in seconds. After the last record come the facts known only at the end: whether
    each roll call's ballots are complete (their counts equal the file's tallies) and the
    UNBIS concepts met.

    Shortcut triples (``dkg:votedYes`` …) are written only when ``shortcuts`` maps each
    option code (``Y``, ``N``, ``A``, ``X``) to the property that the rules of ``kg/rules/``
    derive from a ballot with that option (:func:`kg.store.shortcut_properties` learns it by
    running the rules): one quad per ballot, ``state property rollcall``, in the graph
    ``inferred``. So one bulk load stores the ballots and their shortcuts, without a second
    pass over the loaded graph; the rule file stays the definition.

    >>> ballot = HistoryBallot("ga-es-11-1", "USA", "Y", 2)
    >>> line = "".join(history_nquads([ballot], "https://example.org/g")).splitlines()[1]
    >>> [term.rsplit("/", 1)[-1] for term in line.split()]
    ['USA>', 'ontology#voter>', 'USA>', 'g>', '.']
    >>> text = "".join(history_nquads([ballot], "https://example.org/g",
    ...     shortcuts={"Y": str(DKG.votedYes)}, inferred="https://example.org/i"))
    >>> [term.rsplit("/", 1)[-1] for term in text.splitlines()[4].split()]
    ['USA>', 'ontology#votedYes>', 'ga-es-11-1>', 'i>', '.']
    """
    if shortcuts is not None and inferred is None:
        raise ValueError("shortcut quads need the graph they go to (inferred=…)")
    context = f" <{graph}> .\n"
    shortcut_context = f" <{inferred}> .\n"
    shortcut_properties = {code: f" <{iri}> " for code, iri in (shortcuts or {}).items()}
    ballot_type = f" {_RDF_TYPE} <{DKG.Ballot}>{context}"
    voter, rollcall_property, option_property = (
        f" <{DKG.voter}> ", f" <{DKG.rollCall}> ", f" <{DKG.option}> "
    )  # fmt: skip
    ballot_prefix = str(ballot_iri("x", "X"))[: -len("x/X")]
    state_prefix = str(state_iri("X"))[:-1]
    rollcall_prefix = str(rollcall_iri("x"))[:-1]
    names = {option.word: option.code for option in VOTE_OPTIONS}
    tallies: dict[str, dict[str, int]] = {}
    counted: defaultdict[str, Counter[str]] = defaultdict(Counter)
    concepts: dict[str, Topic] = {}
    chunk: list[str] = []
    for record in records:
        if isinstance(record, HistoryBallot):
            ballot = f"<{ballot_prefix}{record.rollcall_id}/{record.iso3}>"
            chunk.append(
                f"{ballot}{ballot_type}"
                f"{ballot}{voter}<{state_prefix}{record.iso3}>{context}"
                f"{ballot}{rollcall_property}<{rollcall_prefix}{record.rollcall_id}>{context}"
                f"{ballot}{option_property}{_OPTION_IRIS[record.option]}{context}"
            )
            shortcut = shortcut_properties.get(record.option)
            if shortcut is not None:
                chunk.append(
                    f"<{state_prefix}{record.iso3}>{shortcut}"
                    f"<{rollcall_prefix}{record.rollcall_id}>{shortcut_context}"
                )
            counted[record.rollcall_id][record.option] += 1
            if len(chunk) >= 4096:
                yield "".join(chunk)
                chunk = []
            continue
        tallies[record.id] = record.tallies
        counted[record.id] = Counter()
        chunk.append(_rollcall_quads(record, context, concepts))
    for rollcall_id, counts in counted.items():
        official = tallies.get(rollcall_id, {})
        # Complete only when all four official counts are known and every ballot is there.
        if official.keys() == names.keys():
            complete = all(counts[names[name]] == value for name, value in official.items())
            chunk.append(
                f"<{rollcall_iri(rollcall_id)}> <{DKG.ballotsComplete}> "
                f"{_typed('true' if complete else 'false', 'boolean')}{context}"
            )
    for key, topic in concepts.items():
        if topic.scheme == "unbis":
            chunk.append(
                f"<{key}> {_RDF_TYPE} <{_SKOS}Concept>{context}"
                f"<{key}> <{_SKOS}prefLabel> {_string(topic.term)}{context}"
                f"<{key}> {_RDFS_LABEL} {_string(topic.term)}{context}"
                f"<{key}> <{_SKOS}inScheme> <{DKG.UNBISSubjects}>{context}"
            )
    yield "".join(chunk)


def _rollcall_quads(rollcall: HistoryRollCall, context: str, concepts: dict[str, Topic]) -> str:
    node = f"<{rollcall_iri(rollcall.id)}>"
    lines = [
        f"{node} {_RDF_TYPE} <{DKG.RollCall}>",
        f"{node} <{DKG.organ}> <{organ_iri('GA')}>",
        f"{node} <{DKG.sourceIdentifier}> {_string(rollcall.source_id)}",
    ]
    described = rollcall.symbol or rollcall.source_id
    part = {"amendment": "an amendment to ", "paragraph": "a paragraph of "}.get(rollcall.kind, "")
    label = f"GA vote on {part}{described}" + (f", {rollcall.date}" if rollcall.date else "")
    lines.append(f"{node} {_RDFS_LABEL} {_string(label)}")
    if rollcall.symbol:
        resolution = f"<{motion_iri(rollcall.symbol)}>"
        if rollcall.kind in ("amendment", "paragraph"):
            # The voted text is not the resolution itself: a node of its own, linked to it.
            motion = f"<{motion_iri(rollcall.symbol + ' ' + rollcall.source_id)}>"
            lines += [
                f"{motion} {_RDF_TYPE} <{_KIND_CLASSES[rollcall.kind]}>",
                f"{motion} {_RDFS_LABEL} {_string(label)}",
                f"{motion} <{DKG.amends}> {resolution}",
            ]
            kind = "resolution"
        else:
            motion, kind = resolution, rollcall.kind
        lines += [
            f"{resolution} {_RDF_TYPE} <{_KIND_CLASSES[kind]}>",
            f"{resolution} <{DKG.symbol}> {_string(rollcall.symbol)}",
            f"{resolution} {_RDFS_LABEL} {_string(rollcall.symbol)}",
            f"{node} <{DKG.motion}> {motion}",
        ]
        if rollcall.title:
            lines.append(f"{resolution} <{DKG.title}> {_string(rollcall.title)}")
        if kind == "resolution" and rollcall.kind == "resolution":
            # A resolution exists only if it was adopted; drafts' results are not in the files.
            lines.append(f"{node} <{DKG.result}> <{DKG.Adopted}>")
    if rollcall.date:
        lines.append(f"{node} <{DKG.date}> {_typed(rollcall.date.isoformat(), 'date')}")
    elif rollcall.year is not None:
        lines.append(f"{node} <{DKG.year}> {_typed(rollcall.year, 'integer')}")
    if rollcall.session:
        lines.append(f"{node} <{DKG.session}> {_string(rollcall.session)}")
    for name, value in rollcall.tallies.items():
        lines.append(f"{node} <{COUNT_IRIS[name]}> {_typed(value, 'nonNegativeInteger')}")
    if rollcall.record_link:
        link = OxLiteral(rollcall.record_link, datatype=NamedNode(f"{_XSD}anyURI"))
        lines.append(f"{node} <{DKG.recordLink}> {link}")
        if _is_web_iri(rollcall.record_link):
            lines.append(f"{node} {_PROV_DERIVED} <{rollcall.record_link}>")
    if rollcall.important is not None:
        lines.append(
            f"{node} <{DKG.importantVote}> "
            f"{_typed('true' if rollcall.important else 'false', 'boolean')}"
        )
    for topic in rollcall.topics:
        if topic.scheme == "voeten":
            concept = str(VOETEN_ISSUE_IRIS[topic.term])
        else:
            concept = str(concept_iri(topic.scheme, topic.term))
            concepts.setdefault(concept, topic)
        lines.append(f"{node} <{DKG.topic}> <{concept}>")
    if rollcall.note:
        lines.append(f"{node} <{DKG.note}> {_string(rollcall.note)}")
    return "".join(line + context for line in lines)
