"""What the voting-history readers yield: roll calls, ballots, and the summary of an import.

Every format's reader yields these same records, roll calls before the ballots that cite
them, and counts what it read, imported and skipped in an :class:`ImportSummary`.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from kg.ontology import slug

__all__ = [
    "HistoryBallot",
    "HistoryRollCall",
    "ImportSummary",
    "SkippedRow",
    "Topic",
    "rollcall_id_for",
]

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
