"""Thompson and Dreyer's strategic rivalries, 1494-2010.

One row per rivalry: its number and name, the two states (COW codes), its first and last
year (2010: still going when the handbook was published), region and up to three types
(spatial, positional, ideological, interventionary; ``skos:notation`` in
``ontology/relations.ttl``). Each becomes a ``dkg:Rivalry`` between two registry states. The
codes resolve year by year through the COW list, so a rivalry across a change of identity
is recorded in one part per identity: Britain-Russia (1778-1956) is a rivalry of GBR with
RUS to 1922 and with SUN from 1923.

>>> rows = [(2, {"rivalryno": "99", "rivalryname": "Russia-United States 1", "ccode1": "2",
...              "ccode2": "365", "styear": "1945", "endyear": "1989", "region": "Global",
...              "type1": "positional", "type2": "ideological", "type3": ""})]
>>> [(r.parties, r.start, r.end, r.types) for r in rivalry_parts(rows, RelationSummary())]
[(('SUN', 'USA'), 1945, 1989, ('positional', 'ideological'))]
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from rdflib.namespace import PROV, RDF, RDFS

from kg.ontology import DKG, ID
from kg.sources.relations.codes import Resolution, StateCodes
from kg.sources.relations.common import (
    RelationSummary,
    SourceDataset,
    integer,
    iri,
    notations,
    quad,
    read_rows,
    state,
    string,
)

__all__ = ["RIVALRY_COLUMNS", "RivalryPart", "read_rivalries", "rivalry_nquads", "rivalry_parts"]

RIVALRY_COLUMNS = (
    "rivalryno", "rivalryname", "ccode1", "ccode2", "styear", "endyear", "region", "type1",
    "type2", "type3",
)  # fmt: skip
#: the handbook's last year: a rivalry that ends then was still going
PUBLISHED = 2010


@dataclass(frozen=True)
class RivalryPart:
    """A rivalry (or the part of one in which both states keep their identity)."""

    number: int
    name: str
    parties: tuple[str, str]
    start: int
    end: int
    region: str
    types: tuple[str, ...]
    part: int = 0

    @property
    def key(self) -> str:
        return f"{self.number}/{self.part}" if self.part else str(self.number)


def rivalry_parts(
    rows: Iterable[tuple[int, dict[str, str]]],
    summary: RelationSummary,
    codes: StateCodes | None = None,
) -> Iterator[RivalryPart]:
    """The rivalries of the rows, split where a state changes identity; bad rows reported."""
    codes = codes or StateCodes("cow")
    kinds = notations(DKG.RivalryTypeScheme)
    for line, row in rows:
        summary.rows_read += 1
        number, first, last = (row[c].strip() for c in ("rivalryno", "styear", "endyear"))
        if not (re.fullmatch(r"[0-9]{1,4}", number) and re.fullmatch(r"[0-9]{4}", first)):
            summary.skip(line, "malformed rivalry number or start year", f"{number!r}, {first!r}")
            continue
        if not re.fullmatch(r"[0-9]{4}", last) or int(last) < int(first):
            summary.skip(line, "malformed end year", repr(last))
            continue
        types = tuple(row[c].strip() for c in ("type1", "type2", "type3") if row[c].strip())
        for kind in types:
            if kind not in kinds:
                summary.warn(line, "unknown rivalry type left out", repr(kind))
        types = tuple(kind for kind in types if kind in kinds)
        resolved = []
        for one, other, start, end in _runs(codes, row["ccode1"], row["ccode2"], first, last):
            if one[0] is None or other[0] is None:
                reason, detail = (one if one[0] is None else other)[1:]
                summary.skip(line, reason, f"{detail}, {start}-{end}")
            else:
                resolved.append((one[0], other[0], start, end))
        if not resolved:
            continue
        summary.rows_imported += 1
        for index, (one, other, start, end) in enumerate(resolved, start=1):
            summary.records += 1
            yield RivalryPart(
                number=int(number),
                name=row["rivalryname"].strip(),
                parties=(min(one, other), max(one, other)),
                start=start,
                end=end,
                region=row["region"].strip(),
                types=types,
                part=index if len(resolved) > 1 else 0,
            )


def _runs(
    codes: StateCodes, code1: str, code2: str, first: str, last: str
) -> list[tuple[Resolution, Resolution, int, int]]:
    """The runs of years in which each of the two codes keeps one resolution."""
    runs: list[tuple[Resolution, Resolution, int, int]] = []
    for year in range(int(first), int(last) + 1):
        one, other = codes.in_year(code1, year), codes.in_year(code2, year)
        if runs and runs[-1][:2] == (one, other):
            runs[-1] = (one, other, runs[-1][2], year)
        else:
            runs.append((one, other, year, year))
    return runs


def read_rivalries(path: Path | str, summary: RelationSummary) -> list[RivalryPart]:
    """The rivalries of a Thompson-Dreyer file (``td-rivalries.csv``)."""
    return list(rivalry_parts(read_rows(Path(path), RIVALRY_COLUMNS), summary))


def rivalry_nquads(
    rivalries: Iterable[RivalryPart], dataset: SourceDataset, graph: str
) -> Iterator[str]:
    """The rivalries as N-Quads in ``graph``."""
    kinds = notations(DKG.RivalryTypeScheme)
    chunk: list[str] = []
    for rivalry in rivalries:
        node = ID[f"rivalry/thompson-dreyer/{rivalry.key}"]
        chunk += [
            quad(node, RDF.type, iri(DKG.Rivalry), graph),
            quad(node, RDFS.label, string(rivalry.name), graph),
            quad(node, DKG.rivalryNumber, integer(rivalry.number), graph),
            quad(node, DKG.startYear, integer(rivalry.start), graph),
            quad(node, DKG.endYear, integer(rivalry.end), graph),
            quad(node, PROV.wasDerivedFrom, iri(dataset.iri), graph),
        ]
        chunk += [quad(node, DKG.party, state(party), graph) for party in rivalry.parties]
        chunk += [quad(node, DKG.rivalryType, iri(kinds[kind]), graph) for kind in rivalry.types]
        if rivalry.region:
            chunk.append(quad(node, DKG.region, string(rivalry.region), graph))
        notes = []
        if rivalry.end == PUBLISHED:
            notes.append(f"still going in {PUBLISHED}, when the handbook was published")
        if rivalry.part:
            notes.append(f"part {rivalry.part} of rivalry {rivalry.number}, split where a state "
                         "changed identity")  # fmt: skip
        if notes:
            chunk.append(quad(node, DKG.note, string("; ".join(notes)), graph))
    yield "".join(chunk)
