"""Shared input checks: CSV reading, required keys, whole numbers, dates, known states.

Every reader of a data file (the registry, the curated votes and events, the voting history)
checks its input with these functions, so a fault reads the same wherever it is met: a
:class:`~kg.errors.DataError` saying what is wrong, where (file, line, column or field) and
how to fix it, never a raw ``ValueError``.

>>> whole_number("193", "members.csv line 2")
193
>>> whole_number("19³", "members.csv line 2")
Traceback (most recent call last):
...
kg.errors.DataError: members.csv line 2: '19³' is not a whole number (fix: write ASCII digits 0-9)
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import gzip
import io
import itertools
import re
import zipfile
import zlib
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, BinaryIO, TextIO, TypeVar

from kg.errors import DataError

__all__ = [
    "csv_lines",
    "csv_rows",
    "is_known_state",
    "iso_date",
    "known_state",
    "open_source",
    "optional_count",
    "read_text",
    "require_keys",
    "unique_rows",
    "whole_number",
]

_Row = TypeVar("_Row")
_BOM = b"\xef\xbb\xbf"
_DIGITS = re.compile(r"[0-9]+")
_WHOLE_DECIMAL = re.compile(r"([0-9]+)\.0+")
_STATE_CODE = re.compile(r"[A-Z]{3}")


def open_source(path: Path | str, *, fix: str = "give the path of a readable file") -> BinaryIO:
    """Open a source file for reading bytes; a missing or unreadable one is a DataError.

    >>> open_source("/no/such/votes.csv")
    Traceback (most recent call last):
    ...
    kg.errors.DataError: file not found: /no/such/votes.csv (fix: check the path)
    """
    try:
        return Path(path).open("rb")
    except FileNotFoundError as error:
        raise DataError(f"file not found: {path}", fix="check the path") from error
    except OSError as error:  # a directory, no permission …
        raise DataError(f"cannot read {path}: {error.strerror or error}", fix=fix) from error


def read_text(path: Path | str) -> str:
    """A whole text file as UTF-8, a byte-order mark dropped (as :func:`csv_lines` drops
    it); a byte that is not UTF-8 is a DataError naming its line and column.

    >>> import tempfile
    >>> path = Path(tempfile.mkdtemp()) / "rollcalls.yaml"
    >>> _ = path.write_bytes(b"\\xef\\xbb\\xbfa: 1\\nb: caf\\xe9\\n")
    >>> read_text(path)
    Traceback (most recent call last):
    ...
    kg.errors.DataError: .../rollcalls.yaml line 2, column 7: byte 0xe9 is not UTF-8 ...
    >>> _ = path.write_bytes(b"\\xef\\xbb\\xbfa: 1\\n")
    >>> read_text(path)
    'a: 1\\n'
    """
    with open_source(path) as stream:
        data = stream.read()
    start = len(_BOM) if data.startswith(_BOM) else 0
    try:
        return data[start:].decode("utf-8")
    except UnicodeDecodeError as error:
        at = start + error.start
        line = data.count(b"\n", 0, at) + 1
        column = at - data.rfind(b"\n", 0, at)
        raise DataError(
            f"byte {data[at]:#04x} is not UTF-8",
            where=f"{path} line {line}, column {column}",
            fix="save the file as UTF-8",
        ) from None


def unique_rows(
    rows: Iterable[tuple[int, _Row]],
    key: Callable[[_Row], Hashable],
    path: Path | str,
    what: str,
) -> Iterator[tuple[int, _Row]]:
    """Pass (line, row) pairs through; a second row with the same ``key`` is a DataError
    naming both lines. A key of empty values is not checked (another check refuses it).

    >>> rows = [(2, {"code": "USA"}), (3, {"code": "FRA"}), (9, {"code": "USA"})]
    >>> list(unique_rows(rows, lambda row: row["code"], "states.csv", "code"))
    Traceback (most recent call last):
    ...
    kg.errors.DataError: states.csv line 9: code USA is on line 2 and again here ...
    """
    first: dict[Hashable, int] = {}
    for line, row in rows:
        value = key(row)
        parts = value if isinstance(value, tuple) else (value,)
        if any(part not in ("", None) for part in parts):
            if value in first:
                shown = " / ".join(str(part) for part in parts)
                raise DataError(
                    f"{what} {shown} is on line {first[value]} and again here",
                    where=f"{path} line {line}",
                    fix=f"keep one row per {what}: merge the two or correct one",
                )
            first[value] = line
        yield line, row


def _open_text(path: Path) -> TextIO:
    """A CSV file as text, a BOM dropped: plain, gzip-compressed, or the one table of a zip
    archive (told apart by their first bytes, not their names)."""
    with open_source(path, fix="give the path of a readable CSV file") as probe:
        magic = probe.read(4)
    if magic[:2] == b"\x1f\x8b":
        return io.TextIOWrapper(gzip.open(path, "rb"), encoding="utf-8-sig", newline="")
    if magic == b"PK\x03\x04":
        return io.TextIOWrapper(_zip_member(path), encoding="utf-8-sig", newline="")
    return path.open(encoding="utf-8-sig", newline="")


def _zip_member(path: Path) -> BinaryIO:
    """The one table (``.csv``, ``.tsv``, ``.tab``, ``.txt``) of a zip archive, opened.

    Publishers ship a CSV zipped as often as not; an archive of several tables is refused,
    naming them, rather than guessed at.
    """
    try:
        with zipfile.ZipFile(path) as archive:  # the member keeps the file open once closed
            tables = [
                info
                for info in archive.infolist()
                if not info.is_dir()
                and not Path(info.filename).name.startswith(".")
                and info.filename.lower().endswith((".csv", ".tsv", ".tab", ".txt"))
            ]
            if len(tables) != 1:
                names = ", ".join(info.filename for info in archive.infolist()[:10]) or "nothing"
                raise DataError(
                    f"a zip archive with {len(tables)} tables (it holds {names})",
                    where=str(path),
                    fix="unzip it and give the path of the table to read",
                )
            return archive.open(tables[0])
    except (zipfile.BadZipFile, OSError, EOFError) as error:
        raise DataError(
            f"cannot read the zip archive: {error}",
            where=str(path),
            fix="the file is damaged or truncated; fetch it again",
        ) from error


def csv_lines(path: Path | str, *, strip: bool = True) -> Iterator[tuple[int, list[str]]]:
    """(line number, cells) of each non-empty line of a CSV file, the header included.

    The file may be gzip-compressed or the one table of a zip archive (known by its first
    bytes) and may start with a byte-order mark; a file whose header holds tabs and no comma
    is read as tab-separated (Dataverse's copy of a table it ingested). Cells are stripped of
    surrounding blanks unless ``strip`` is false (a large file whose readers strip the cells
    they use). A decoding, decompression or CSV error is a DataError naming the line.

    >>> import tempfile
    >>> path = Path(tempfile.mkdtemp()) / "ballots.csv"
    >>> _ = path.write_bytes("\\ufeffiso3,ga-es-11-7\\n\\nUSA, N \\n".encode())
    >>> list(csv_lines(path))
    [(1, ['iso3', 'ga-es-11-7']), (3, ['USA', 'N'])]
    >>> _ = path.write_text('rcid\\tvote\\n1\\t"1"\\n')
    >>> list(csv_lines(path))
    [(1, ['rcid', 'vote']), (2, ['1', '1'])]
    """
    path = Path(path)
    line = 0
    with _open_text(path) as stream:
        try:
            header = stream.readline()
            delimiter = "\t" if "\t" in header and "," not in header else ","
            reader = csv.reader(itertools.chain([header], stream), delimiter=delimiter)
            for cells in reader:
                line = reader.line_num
                if cells:
                    yield line, [cell.strip() for cell in cells] if strip else cells
        except (OSError, EOFError, UnicodeDecodeError, zlib.error, csv.Error) as error:
            raise DataError(
                f"cannot read the file: {error}",
                where=f"{path} line {line + 1}",
                fix="the file is damaged or truncated (or not UTF-8); fetch or save it again",
            ) from error


def csv_rows(
    path: Path | str,
    required: Iterable[str] = (),
    *,
    strict: bool = True,
    fix: str = "restore the header the file's README describes",
    strip: bool = True,
    unique: Sequence[str] = (),
) -> Iterator[tuple[int, dict[str, str]]]:
    """(line number, row) of each non-blank line of a CSV file (:func:`csv_lines`), after
    checking its header.

    The header must hold every ``required`` column and no name twice. A row with more cells
    than the header is an error when ``strict`` (a curated file); otherwise (a large file
    from elsewhere, whose readers skip bad rows with a reason) a short row gets empty cells
    and a long one loses its extra cells. ``unique`` are the columns that tell the rows of
    a table apart: a second row with the same values there is an error naming both lines
    (:func:`unique_rows`).

    >>> import tempfile
    >>> path = Path(tempfile.mkdtemp()) / "states.csv"
    >>> _ = path.write_bytes("\\ufeffiso3,name\\nUSA, United States \\n\\nFRA,France\\n".encode())
    >>> list(csv_rows(path, ["iso3"]))
    [(2, {'iso3': 'USA', 'name': 'United States'}), (4, {'iso3': 'FRA', 'name': 'France'})]
    >>> _ = path.write_text("iso3,name,iso3\\n")
    >>> list(csv_rows(path, ["iso3"]))
    Traceback (most recent call last):
    ...
    kg.errors.DataError: .../states.csv line 1: column(s) iso3 named twice in the header ...
    """
    lines = csv_lines(path, strip=strip)
    header_line, header = next(lines, (1, []))
    header = [name.strip() for name in header]
    missing = [name for name in required if name not in header]
    if missing:
        raise DataError(
            f"missing column(s) {', '.join(missing)}",
            where=str(path),
            fix=f"{fix}; the header is {', '.join(header)[:200]!r}",
        )
    repeated = sorted({name for name in header if header.count(name) > 1})
    if repeated:
        raise DataError(
            f"column(s) {', '.join(repeated)} named twice in the header",
            where=f"{path} line {header_line}",
            fix="give every column one name",
        )
    rows = _rows_of(path, lines, header, strict)
    if unique:
        missing = [name for name in unique if name not in header]
        if missing:
            raise DataError(f"missing column(s) {', '.join(missing)}", where=str(path), fix=fix)
        columns = tuple(unique)
        return unique_rows(
            rows, lambda row: tuple(row[name] for name in columns), path, " / ".join(columns)
        )
    return rows


def _rows_of(
    path: Path | str, lines: Iterator[tuple[int, list[str]]], header: list[str], strict: bool
) -> Iterator[tuple[int, dict[str, str]]]:
    width = len(header)
    for line, cells in lines:
        if len(cells) > width and strict:
            raise DataError(
                f"{len(cells) - width} more field(s) than the header has columns",
                where=f"{path} line {line}",
                fix="quote fields that contain commas",
            )
        yield line, dict(zip(header, (cells + [""] * width)[:width], strict=True))


def whole_number(text: Any, where: str, *, digits: int = 12) -> int:
    """A count written with 1 to ``digits`` ASCII digits.

    ``str.isdigit`` is not enough: a superscript ("²") passes it and ``int`` then fails;
    ``int`` also refuses a number of over 4,300 digits.

    >>> whole_number(" 35 ", "here")
    35
    >>> whole_number("-1", "tallies.csv line 4, column yes")
    Traceback (most recent call last):
    ...
    kg.errors.DataError: tallies.csv line 4, column yes: '-1' is not a whole number ...
    """
    number = _digit_count(text, digits)
    if number is None:
        raise DataError(
            f"{text!r} is not a whole number", where=where, fix="write ASCII digits 0-9"
        )
    return number


def optional_count(text: Any, *, digits: int = 12) -> int | None:
    """:func:`whole_number`, or None for anything else (an unknown tally in a large file).

    A large file written by a data-frame library may give a count as ``120.0`` (the UN
    Digital Library's voting files of 2026 do): a whole number all the same.

    >>> optional_count(" 141 "), optional_count("120.0"), optional_count("²")
    (141, 120, None)
    >>> optional_count("9" * 5000), optional_count("120.5"), optional_count("n/a")
    (None, None, None)
    >>> optional_count(""), optional_count(None)
    (None, None)
    """
    text = text.strip() if isinstance(text, str) else text
    match = _WHOLE_DECIMAL.fullmatch(text) if isinstance(text, str) else None
    return _digit_count(match.group(1) if match else text, digits)


def _digit_count(text: Any, digits: int) -> int | None:
    if isinstance(text, int) and not isinstance(text, bool):
        return text if 0 <= text < 10**digits else None
    text = str(text if text is not None else "").strip()
    if len(text) <= digits and _DIGITS.fullmatch(text):
        return int(text)
    return None


def iso_date(text: Any, where: str, *, optional: bool = False) -> dt.date | None:
    """A day written ``YYYY-MM-DD`` that exists (or a ``date`` already); "" is None if
    ``optional``.

    >>> iso_date("2025-02-24", "here"), iso_date("", "here", optional=True)
    (datetime.date(2025, 2, 24), None)
    >>> iso_date("2025-02-30", "rollcalls.yaml, ga-es-11-7, field 'date'")
    Traceback (most recent call last):
    ...
    kg.errors.DataError: rollcalls.yaml, ga-es-11-7, field 'date': malformed date '2025-02-30' ...
    """
    if isinstance(text, dt.date) and not isinstance(text, dt.datetime):
        return text
    value = str(text if text is not None else "").strip()
    if not value and optional:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise DataError(
            f"malformed date {value!r}", where=where, fix="write a day that exists, YYYY-MM-DD"
        ) from None


def require_keys(
    entry: Any,
    required: Iterable[str],
    optional: Iterable[str],
    where: str,
    what: str = "the entry",
) -> Mapping[str, Any]:
    """Check that ``entry`` is a mapping with every ``required`` key and no unknown one.

    >>> require_keys({"id": 1, "date": 2}, {"id"}, {"date"}, "votes.yaml")
    {'id': 1, 'date': 2}
    >>> require_keys({"id": 1, "colour": 2}, {"id"}, {"date"}, "votes.yaml", "roll call")
    Traceback (most recent call last):
    ...
    kg.errors.DataError: votes.yaml: roll call has unknown field(s) colour (fix: use only date, id)
    """
    if not isinstance(entry, dict):
        raise DataError(
            f"{what} must be a mapping, got {entry!r}",
            where=where,
            fix="write it as 'key: value' lines",
        )
    required, optional = set(required), set(optional)
    missing = sorted(required - set(entry))
    if missing:
        raise DataError(
            f"{what} lacks {', '.join(missing)}", where=where, fix="add the missing fields"
        )
    unknown = sorted(set(entry) - required - optional, key=str)
    if unknown:
        raise DataError(
            f"{what} has unknown field(s) {', '.join(map(str, unknown))}",
            where=where,
            fix=f"use only {', '.join(sorted(required | optional))}",
        )
    return entry


@functools.cache
def is_known_state(code: str) -> bool:
    """Whether ``code`` is a state's own alpha-3 code in the registry (not an alias).

    >>> is_known_state("USA"), is_known_state("SUN"), is_known_state("usa"), is_known_state("XXX")
    (True, True, False, False)
    """
    from kg.registry import resolve_state

    if not _STATE_CODE.fullmatch(code or ""):
        return False
    try:
        return resolve_state(code).iso3 == code
    except DataError:
        return False


def known_state(code: Any, where: str) -> str:
    """``code`` if it is a known state's alpha-3 code, else a DataError.

    >>> known_state("RUS", "ga-ballots.csv line 3")
    'RUS'
    >>> known_state("ATL", "ga-ballots.csv line 3")
    Traceback (most recent call last):
    ...
    kg.errors.DataError: ga-ballots.csv line 3: unknown state code 'ATL' ...
    """
    if not isinstance(code, str) or not is_known_state(code):
        raise DataError(
            f"unknown state code {code!r}",
            where=where,
            fix="use the state's ISO 3166-1 alpha-3 code, e.g. USA",
        )
    return code
