"""What every voting-history reader does with a row: read the table, parse dates, tallies,
flags and sessions, resolve the state, check the ballot and the record link.

A row that cannot be imported is skipped with its reason in the :class:`ImportSummary`;
a part of a row that cannot be written (a tally that is not a count, a link that is no
IRI) is left out with a warning.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from pyoxigraph import NamedNode

from kg.checks import csv_rows, optional_count
from kg.errors import DataError
from kg.sources.history.records import HistoryBallot, HistoryRollCall, ImportSummary
from kg.vocabulary import OPTION_BY_CODE

#: the vote codes of the undl and tidy files, which are the project's own (Y, N, A, X)
OPTION_CODES = {code: code for code in OPTION_BY_CODE}

_ROMAN = (
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
    (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
)  # fmt: skip
# Only a link made of IRI characters becomes an IRI; any other stays a typed literal.
_WEB_ADDRESS = re.compile(r"https?://[^\s<>\"{}|\\^`]+")


def roman(number: int) -> str:
    numeral = ""
    for value, letters in _ROMAN:
        while number >= value:
            numeral += letters
            number -= value
    return numeral


#: the roman numerals of the sessions that resolution symbols numbered that way (1 to 39)
SESSION_NUMERALS = {roman(number): str(number) for number in range(1, 40)}


def read_rows(path: Path, required: Iterable[str]) -> Iterator[tuple[int, dict[str, str]]]:
    """(line number, row) of a voting file (:func:`kg.checks.csv_rows`, lenient: a row of
    the wrong width is padded or cut, and its checks then skip it with a reason)."""
    return csv_rows(path, required, strict=False, strip=False, fix="is this the right format?")


def year_only(text: str | None) -> int | None:
    """The year of a date given as a year alone (``1977``), else None."""
    text = (text or "").strip()
    return int(text) if re.fullmatch(r"\d{4}", text) else None


def parse_date(text: str) -> tuple[dt.date | None, str | None]:
    text = (text or "").strip()
    try:
        return dt.date.fromisoformat(text[:10]), None
    except ValueError:
        return None, f"the source gives the date as {text!r}" if text else "no date in the source"


def row_tallies(row: dict[str, str], columns: dict[str, str]) -> dict[str, int]:
    """The tallies a row gives; an empty or unreadable cell is an unknown tally."""
    counts = {name: optional_count(row.get(column)) for name, column in columns.items()}
    return {name: value for name, value in counts.items() if value is not None}


def check_tallies(
    row: dict[str, str], columns: dict[str, str], path: Path, line: int, summary: ImportSummary
) -> None:
    """Warn about each tally cell that holds something other than a count.

    The roll call and its ballots are imported without that tally (an empty cell is no
    tally, not a warning):

    >>> summary, columns = ImportSummary(), {"yes": "yes", "no": "no", "abstain": "abstain"}
    >>> check_tallies({"yes": "n/a", "no": "3", "abstain": ""}, columns,
    ...               Path("rollcalls.csv"), 4, summary)
    >>> print(summary.text().splitlines()[1])
      warning 1 x tally left out (not a count): row 4 (rollcalls.csv: yes 'n/a')
    """
    for column in columns.values():
        text = (row.get(column) or "").strip()
        if text and optional_count(text) is None:
            shown = text if len(text) <= 40 else text[:40] + "…"
            summary.warn(line, "tally left out (not a count)", f"{path.name}: {column} {shown!r}")


def parse_flag(text: str | None) -> bool | None:
    text = (text or "").strip()
    return {"1": True, "0": False, "TRUE": True, "FALSE": False}.get(text.upper())


def session_of(symbol: str) -> str | None:
    """The GA session a resolution symbol names: ``A/RES/78/183 A`` → ``78``.

    A roman numeral that no session used (or an ill-formed one) gives None:

    >>> session_of("A/RES/2758(XXVI)"), session_of("A/RES/1(C)"), session_of("A/RES/1(IIII)")
    ('26', None, None)
    """
    match = re.match(r"A/RES/((?:ES|S)-\d+|\d+)/", symbol)
    if match:
        return match.group(1)
    match = re.match(r"A/RES/\d+\s*\(([IVXLC]+)\)", symbol)
    if match:
        return SESSION_NUMERALS.get(match.group(1))
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


class BallotChecker:
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


def checked_ballot(
    line: int,
    rollcall_id: str,
    state: tuple[str | None, str, str],
    vote: str,
    options: dict[str, str],
    checker: BallotChecker,
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


def checked_link(
    rollcall: HistoryRollCall, path: Path, line: int, summary: ImportSummary
) -> HistoryRollCall:
    """The roll call, without its record link if that looks like a web address but is no IRI.

    Such a link (``http://%zz``, ``http://a:b:c``) cannot be written as an IRI, and would
    make the bulk load fail. One bad link must not cost the roll call or its ballots: they
    are kept, the link is left out and reported as a warning with its row.

    >>> rollcall = HistoryRollCall("ga-1", "undl:1", None, None, None, None, {},
    ...                            record_link="http://%zz")
    >>> summary = ImportSummary()
    >>> checked_link(rollcall, Path("undl.csv"), 2, summary).record_link is None
    True
    >>> print(summary.text().splitlines()[1])
      warning 1 x record link left out (not an IRI): row 2 (undl.csv: 'http://%zz')
    """
    link = rollcall.record_link
    if link is None or not _WEB_ADDRESS.fullmatch(link) or is_web_iri(link):
        return rollcall
    summary.warn(line, "record link left out (not an IRI)", f"{path.name}: {link!r}")
    return dataclasses.replace(rollcall, record_link=None)


def is_web_iri(link: str) -> bool:
    """True if ``link`` is a web address that is also a valid IRI, so it can be written as one.

    >>> is_web_iri("https://digitallibrary.un.org/record/3836031")
    True
    >>> [is_web_iri(link) for link in ("http://%zz", "http://a:b:c", "http://a\\x01b", "n/a")]
    [False, False, False, False]
    """
    if not _WEB_ADDRESS.fullmatch(link):
        return False
    try:
        NamedNode(link)
    except ValueError:
        return False
    return True
