"""The curated alliance treaties of ``kg/data/alliances/``: parties over time, and the
commitments they create, so that alliances after ATOP's last year (2018) are known.

Three files (described in ``kg/data/alliances/README.md``):

- ``treaties.csv``: one row per treaty (North Atlantic Treaty, Rio Treaty, Collective Security
  Treaty, TEU Art. 42(7), the US treaties with Japan, Korea, the Philippines, ANZUS): its kinds
  of pledge, the organisation it founded, when it was signed and took effect, its source;
- ``parties.csv``: one row per state and spell as a party, with the instrument or official list
  that records it (the EU treaty's parties are the EU members of
  ``kg/data/registry/eu-members.csv`` from 2009-12-01 on, not listed twice);
- ``suspensions.csv``: a pair whose mutual obligations ended while both stayed parties (ANZUS:
  the United States and New Zealand, 1986).

A date is a day (``YYYY-MM-DD``) or, where only the year is established, a year (``YYYY``);
an end given as a year is the last year the state was known to be a party, never a guess at
the day. Every two parties of a treaty whose spells overlap are bound by one mutual
:class:`~kg.sources.relations.atop.Commitment` over the overlap, written by the same writer
as ATOP's, with ``dkg:treaty``:

>>> pairs = {c.parties: c for _, c, *_ in treaty_commitments()}
>>> pairs["FIN", "USA"].kinds, pairs["FIN", "USA"].start, pairs["FIN", "USA"].end
(('defense', 'consultation'), 2023, None)
>>> pairs["NZL", "USA"].end, pairs["AUS", "NZL"].end
(1986, None)
"""

from __future__ import annotations

import datetime as dt
import functools
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from rdflib import Dataset, Graph
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS

from kg.checks import csv_rows, iso_date, known_state
from kg.errors import DataError
from kg.ontology import DATA_DIR, DKG, ID, organization_iri
from kg.sources.relations.atop import Commitment, commitment_nquads
from kg.sources.relations.common import date, integer, iri, notations, quad, state, string

__all__ = [
    "ALLIANCES_DIR",
    "Day",
    "Participation",
    "Treaty",
    "alliances_graph",
    "read_participations",
    "read_treaties",
    "treaty_commitments",
]

ALLIANCES_DIR = DATA_DIR / "alliances"
_GRAPH = "urn:dkg:alliances"  # the rows are parsed into a plain graph; the build names it


@dataclass(frozen=True, order=True)
class Day:
    """A day, or only a year where the day is not established.

    >>> Day.parse("2004-09-06", "x"), Day.parse("2013", "x").day is None
    (Day(year=2004, day=datetime.date(2004, 9, 6)), True)
    """

    year: int
    day: dt.date | None = None

    @classmethod
    def parse(cls, text: str, where: str) -> Day:
        text = text.strip()
        if re.fullmatch(r"[0-9]{4}", text):
            return cls(int(text))
        day = iso_date(text, where)
        return cls(day.year, day)

    def first(self) -> dt.date:
        """The earliest day it can be."""
        return self.day or dt.date(self.year, 1, 1)

    def last(self) -> dt.date:
        """The latest day it can be."""
        return self.day or dt.date(self.year, 12, 31)


@dataclass(frozen=True)
class Treaty:
    key: str
    name: str
    kinds: tuple[str, ...]
    organization: str | None
    signed: Day
    in_force: Day
    parties_from: str
    sources: tuple[str, ...]
    note: str = ""

    @property
    def iri(self) -> str:
        return str(ID[f"treaty/{self.key}"])


@dataclass(frozen=True)
class Participation:
    """A state's spell as a party of a treaty (``end`` None: still a party)."""

    treaty: str
    state: str
    start: Day
    end: Day | None
    sources: tuple[str, ...]
    note: str = ""


#: the columns that tell the rows of each table apart
_KEYS = {
    "treaties.csv": ("key",),
    "parties.csv": ("treaty", "state", "start"),
    "suspensions.csv": ("treaty", "state", "partner"),
}


def _rows(path: Path, required: tuple[str, ...]) -> Iterator[tuple[str, dict[str, str]]]:
    """("FILE line N", row) of a curated table (:func:`kg.checks.csv_rows`: a byte-order
    mark dropped, undecodable bytes and repeated keys refused with their lines)."""
    rows = csv_rows(
        path,
        required,
        fix="restore the header kg/data/alliances/README.md describes",
        unique=_KEYS.get(path.name, ()),
    )
    for line, row in rows:
        yield f"{path} line {line}", row


def _sources(text: str, where: str) -> tuple[str, ...]:
    sources = tuple(part.strip() for part in text.split(" ; ") if part.strip())
    if not sources:
        raise DataError("no source", where=where, fix="cite the treaty text, instrument or list")
    return sources


def read_treaties(directory: Path | None = None) -> list[Treaty]:
    """The treaties of ``treaties.csv``, checked (kinds of the pledge scheme, known
    organisations, dates, a source each)."""
    from kg.registry import load_organizations

    path = Path(directory or ALLIANCES_DIR) / "treaties.csv"
    organizations = {org.key for org in load_organizations()}
    kinds_known = notations(DKG.PledgeKindScheme)
    treaties = []
    for where, row in _rows(path, ("key", "name", "kinds", "organization", "signed", "in_force",
                                   "parties", "source")):  # fmt: skip
        kinds = tuple(kind for kind in row["kinds"].split(";") if kind)
        unknown = [kind for kind in kinds if kind not in kinds_known]
        if unknown or not kinds:
            raise DataError(
                f"unknown kind(s) of pledge {unknown or kinds}",
                where=where,
                fix=f"use {', '.join(kinds_known)} (';'-separated)",
            )
        if row["organization"] and row["organization"] not in organizations:
            raise DataError(
                f"unknown organisation {row['organization']!r}",
                where=where,
                fix="use a key of kg/data/registry/organizations.csv",
            )
        if row["parties"] not in ("parties.csv", "eu-members.csv"):
            raise DataError(
                f"parties from {row['parties']!r}", where=where, fix="parties.csv or eu-members.csv"
            )
        treaties.append(
            Treaty(
                key=row["key"],
                name=row["name"],
                kinds=kinds,
                organization=row["organization"] or None,
                signed=Day.parse(row["signed"], where),
                in_force=Day.parse(row["in_force"], where),
                parties_from=row["parties"],
                sources=_sources(row["source"], where),
                note=row.get("note", ""),
            )
        )
    return treaties


def read_participations(
    treaties: list[Treaty], directory: Path | None = None
) -> list[Participation]:
    """The parties of every treaty, from ``parties.csv`` or the registry's EU members."""
    from kg.registry import eu_memberships

    by_key = {treaty.key: treaty for treaty in treaties}
    path = Path(directory or ALLIANCES_DIR) / "parties.csv"
    spells = []
    for where, row in _rows(path, ("treaty", "state", "start", "end", "source")):
        treaty = by_key.get(row["treaty"])
        if treaty is None or treaty.parties_from != "parties.csv":
            raise DataError(
                f"treaty {row['treaty']!r} takes no rows here",
                where=where,
                fix="use a key of treaties.csv whose parties come from parties.csv",
            )
        start = Day.parse(row["start"], where)
        end = Day.parse(row["end"], where) if row["end"] else None
        if end is not None and end.last() < start.first():
            raise DataError(f"ends ({row['end']}) before it starts ({row['start']})", where=where)
        spells.append(
            Participation(
                treaty.key,
                known_state(row["state"], where),
                start,
                end,
                _sources(row["source"], where),
                row.get("note", ""),
            )
        )
    for treaty in treaties:
        if treaty.parties_from != "eu-members.csv":
            continue
        for membership in eu_memberships():
            if membership.end is not None and membership.end < treaty.in_force.first():
                continue
            start = max(membership.start, treaty.in_force.first())
            note = "an EU member, bound from the clause's entry into force or its accession"
            spells.append(
                Participation(
                    treaty.key,
                    membership.code,
                    Day(start.year, start),
                    Day(membership.end.year, membership.end) if membership.end else None,
                    (*membership.sources, *treaty.sources),
                    note,
                )
            )
    return spells


def _suspensions(treaties: list[Treaty], directory: Path | None) -> dict[tuple, tuple[Day, str]]:
    """(treaty, sorted pair) → the last day the pair was bound, and why."""
    keys = {treaty.key for treaty in treaties}
    path = Path(directory or ALLIANCES_DIR) / "suspensions.csv"
    suspended = {}
    for where, row in _rows(path, ("treaty", "state", "partner", "end", "source")):
        if row["treaty"] not in keys:
            raise DataError(f"unknown treaty {row['treaty']!r}", where=where)
        pair = tuple(sorted((known_state(row["state"], where), known_state(row["partner"], where))))
        _sources(row["source"], where)
        suspended[(row["treaty"], pair)] = (Day.parse(row["end"], where), row.get("note", ""))
    return suspended


def treaty_commitments(
    directory: Path | None = None,
) -> list[tuple[Treaty, Commitment, Day, Day | None, str]]:
    """The commitment of every two parties of a treaty over the overlap of their spells:
    (treaty, commitment, first day, last day or None, note on a suspension)."""
    return _treaty_commitments(str(directory) if directory else None)


@functools.cache
def _treaty_commitments(directory: str | None) -> list:
    folder = Path(directory) if directory else None
    treaties = read_treaties(folder)
    spells = read_participations(treaties, folder)
    suspended = _suspensions(treaties, folder)
    found = []
    for treaty in treaties:
        parties = sorted(
            (spell for spell in spells if spell.treaty == treaty.key),
            key=lambda spell: (spell.state, spell.start),
        )
        for index, one in enumerate(parties):
            for other in parties[index + 1 :]:
                if one.state == other.state:
                    continue
                start = max(one.start, other.start, key=Day.first)
                ends = [end for end in (one.end, other.end) if end is not None]
                pair = (one.state, other.state)
                suspension, why = suspended.get((treaty.key, pair), (None, ""))
                if suspension is not None:
                    ends.append(suspension)
                end = min(ends, key=Day.last) if ends else None
                if end is not None and end.last() < start.first():
                    continue
                commitment = Commitment(pair, treaty.kinds, start.year, end.year if end else None)
                found.append((treaty, commitment, start, end, why if end == suspension else ""))
    return found


def _participation_quads(spell: Participation, graph: str) -> Iterator[str]:
    node = ID[f"treaty-participation/{spell.treaty}/{spell.state}/{spell.start.year}"]
    yield quad(node, RDF.type, iri(DKG.TreatyParticipation), graph)
    yield quad(node, DKG.member, state(spell.state), graph)
    yield quad(node, DKG.treaty, iri(ID[f"treaty/{spell.treaty}"]), graph)
    yield quad(node, DKG.startYear, integer(spell.start.year), graph)
    if spell.start.day:
        yield quad(node, DKG.startDate, date(spell.start.day), graph)
    if spell.end is not None:
        yield quad(node, DKG.endYear, integer(spell.end.year), graph)
        if spell.end.day:
            yield quad(node, DKG.endDate, date(spell.end.day), graph)
    yield from _source_quads(node, spell.sources, graph)
    if spell.note:
        yield quad(node, DKG.note, string(spell.note), graph)


def _source_quads(node: object, sources: tuple[str, ...], graph: str) -> Iterator[str]:
    for source in sources:
        if re.fullmatch(r"https?://\S+", source):
            yield quad(node, PROV.wasDerivedFrom, iri(source), graph)
        else:
            yield quad(node, DCTERMS.source, string(source), graph)


def _treaty_quads(treaty: Treaty, graph: str) -> Iterator[str]:
    node = treaty.iri
    yield quad(node, RDF.type, iri(DKG.AllianceTreaty), graph)
    yield quad(node, RDFS.label, string(treaty.name), graph)
    if treaty.signed.day:
        yield quad(node, DKG.signingDate, date(treaty.signed.day), graph)
    if treaty.in_force.day:
        yield quad(node, DKG.startDate, date(treaty.in_force.day), graph)
    if treaty.organization:
        yield quad(node, DKG.establishes, iri(organization_iri(treaty.organization)), graph)
    yield from _source_quads(node, treaty.sources, graph)
    if treaty.note:
        yield quad(node, DKG.note, string(treaty.note), graph)


def alliances_graph(directory: Path | None = None) -> Graph:
    """The treaties, their parties over time and the commitments between them, as RDF.

    >>> graph = alliances_graph()
    >>> len(set(graph.subjects(RDF.type, DKG.AllianceTreaty)))
    8
    """
    folder = Path(directory) if directory else None
    treaties = read_treaties(folder)
    lines: list[str] = []
    for treaty in treaties:
        lines.extend(_treaty_quads(treaty, _GRAPH))
    for spell in read_participations(treaties, folder):
        lines.extend(_participation_quads(spell, _GRAPH))
    for treaty, commitment, start, end, why in treaty_commitments(folder):
        node = ID[f"commitment/{treaty.key}/{commitment.key}"]
        lines.extend(commitment_nquads(commitment, node, treaty.iri, _GRAPH))
        lines.append(quad(node, DKG.treaty, iri(treaty.iri), _GRAPH))
        if start.day:
            lines.append(quad(node, DKG.startDate, date(start.day), _GRAPH))
        if end is not None and end.day:
            lines.append(quad(node, DKG.endDate, date(end.day), _GRAPH))
        if why:
            lines.append(quad(node, DKG.note, string(why), _GRAPH))
    dataset = Dataset()
    dataset.parse(io.StringIO("".join(lines)), format="nquads")
    graph = Graph()
    for subject, predicate, obj, _ in dataset.quads((None, None, None, None)):
        graph.add((subject, predicate, obj))
    return graph
