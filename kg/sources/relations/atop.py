"""ATOP alliance obligations: directed dyad-years → alliance commitments.

ATOP's dyad-year form says, for each ordered pair of states (``ccode1`` → ``ccode2``) and
year, which kinds of pledge bind the first state towards the second (``atop_defense``,
``atop_offense``, ``atop_neutral``, ``atop_nonagg``, ``atop_consul``, each 0 or 1). Two
rules turn those rows into :class:`Commitment` nodes:

- a kind that binds both states of a pair in a year is one **mutual** commitment; a kind
  that binds only one of them is a **one-sided** commitment, pledged by that state to the
  other (ATOP: the United States pledges to defend Japan, Japan not the United States);
- **consecutive years with the same kinds** are one commitment, from its first to its last
  year; a change of kinds, or a gap, starts a new one.

Both states resolve through the COW list by year (:class:`~.codes.StateCodes`): 260 and 255
are both Germany (DEU), so the US-German commitment runs across unification; a number that
does not resolve skips its row, reported by line.

>>> rows = [(2, "2", "740", 1990, "10011"), (3, "740", "2", 1990, "00011"),
...         (4, "2", "740", 1991, "10011"), (5, "740", "2", 1991, "00011")]
>>> for c in merge_commitments(dyad_years(rows, RelationSummary())):
...     print(c.parties, c.pledged_by, c.kinds, c.start, c.end)
('JPN', 'USA') None ('non-aggression', 'consultation') 1990 1991
('JPN', 'USA') USA ('defense',) 1990 1991
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from rdflib.namespace import PROV, RDF, RDFS

from kg.ontology import DKG, ID
from kg.sources.relations.codes import StateCodes
from kg.sources.relations.common import (
    RelationSummary,
    SourceDataset,
    integer,
    iri,
    notations,
    quad,
    read_rows,
    resolved_pair,
    state,
    string,
)

__all__ = [
    "ATOP_COLUMNS",
    "KINDS",
    "Commitment",
    "atop_nquads",
    "commitment_nquads",
    "dyad_years",
    "merge_commitments",
    "read_atop",
]

#: the kinds of pledge, in the order the tables print them, with ATOP's column for each
KINDS = ("defense", "offense", "neutrality", "non-aggression", "consultation")
ATOP_KIND_COLUMNS = ("atop_defense", "atop_offense", "atop_neutral", "atop_nonagg", "atop_consul")
ATOP_COLUMNS = ("ccode1", "ccode2", "year", *ATOP_KIND_COLUMNS)

#: (line, ccode1, ccode2, year, flags): flags one "0"/"1" per kind, in the order of KINDS
DyadYearRow = tuple[int, str, str, int, str]
#: (pair of registry keys, sorted) → year → [kinds first → second, kinds second → first]
DyadYears = dict[tuple[str, str], dict[int, list[int]]]


@dataclass(frozen=True)
class Commitment:
    """The obligations of one kind set between two states over consecutive years.

    ``parties`` are the two registry keys, sorted; ``pledged_by`` / ``pledged_to`` name the
    bound state and its partner when only one is bound (None when both are).
    """

    parties: tuple[str, str]
    kinds: tuple[str, ...]
    start: int
    end: int | None
    pledged_by: str | None = None
    pledged_to: str | None = None

    @property
    def key(self) -> str:
        """The commitment's IRI path below ``…/id/commitment/<dataset>/``."""
        base = f"{self.parties[0]}-{self.parties[1]}/{self.start}"
        return f"{base}/{self.pledged_by}" if self.pledged_by else base

    def label(self) -> str:
        """``USA to JPN: defense, 1952-2018`` or ``DEU and USA: defense, consultation, 1955-``."""
        who = (
            f"{self.pledged_by} to {self.pledged_to}"
            if self.pledged_by
            else f"{self.parties[0]} and {self.parties[1]}"
        )
        return f"{who}: {', '.join(self.kinds)}, {self.start}-{self.end or ''}"


def _mask(kinds: Iterable[str]) -> int:
    return sum(1 << KINDS.index(kind) for kind in kinds)


def _kinds(mask: int) -> tuple[str, ...]:
    return tuple(kind for index, kind in enumerate(KINDS) if mask & (1 << index))


def atop_rows(path: Path, summary: RelationSummary) -> Iterator[DyadYearRow]:
    """The rows of an ATOP dyad-year file, checked; a malformed row is skipped and reported."""
    for line, row in read_rows(path, ATOP_COLUMNS):
        summary.rows_read += 1
        year = row["year"].strip()
        flags = "".join(row[column].strip() for column in ATOP_KIND_COLUMNS)
        if not re.fullmatch(r"[0-9]{4}", year):
            summary.skip(line, "malformed year", repr(row["year"]))
            continue
        if not re.fullmatch(r"[01]{5}", flags):
            values = ", ".join(f"{column} {row[column]!r}" for column in ATOP_KIND_COLUMNS)
            summary.skip(line, "a kind of pledge that is not 0 or 1", values)
            continue
        yield line, row["ccode1"], row["ccode2"], int(year), flags


def dyad_years(
    rows: Iterable[DyadYearRow], summary: RelationSummary, codes: StateCodes | None = None
) -> DyadYears:
    """The pledges of each pair and year, both directions, with states resolved by year."""
    codes = codes or StateCodes("cow")
    pairs: DyadYears = {}
    seen: dict[tuple[str, str, int], set[tuple[str, str]]] = {}
    for line, code1, code2, year, flags in rows:
        if "1" not in flags:
            summary.skip(line, "no pledge in the row")
            continue
        resolved = resolved_pair(codes, code1, code2, year, line, summary)
        if resolved is None:
            continue
        first, second = resolved
        given = seen.setdefault((first, second, year), set())
        codes_given = (code1.strip(), code2.strip())
        if codes_given in given:
            summary.skip(line, "duplicate dyad-year", f"{code1} -> {code2} in {year}")
            continue
        if given:
            summary.merged += 1  # two numbers of one state in one year (255 and 260 in 1990)
        given.add(codes_given)
        mask = int(flags[::-1], 2)
        pair, forward = (first, second), 0
        if second < first:
            pair, forward = (second, first), 1
        pairs.setdefault(pair, {}).setdefault(year, [0, 0])[forward] |= mask
        summary.rows_imported += 1
    return pairs


def merge_commitments(pairs: DyadYears) -> Iterator[Commitment]:
    """The commitments of the pairs' dyad-years (see the module's rules), pair by pair."""
    for pair in sorted(pairs):
        years = pairs[pair]
        streams = (
            (None, None, lambda masks: masks[0] & masks[1]),
            (pair[0], pair[1], lambda masks: masks[0] & ~masks[1]),
            (pair[1], pair[0], lambda masks: masks[1] & ~masks[0]),
        )
        for pledged_by, pledged_to, select in streams:
            run: tuple[int, int, int] | None = None  # (mask, start, end)
            for year in sorted(years):
                mask = select(years[year])
                if run and mask == run[0] and year == run[2] + 1:
                    run = (mask, run[1], year)
                    continue
                if run:
                    yield Commitment(pair, _kinds(run[0]), run[1], run[2], pledged_by, pledged_to)
                run = (mask, year, year) if mask else None
            if run:
                yield Commitment(pair, _kinds(run[0]), run[1], run[2], pledged_by, pledged_to)


def read_atop(path: Path | str, summary: RelationSummary | None = None) -> list[Commitment]:
    """The alliance commitments of an ATOP dyad-year file (``atop-alliance-ddy.csv.gz``)."""
    summary = summary if summary is not None else RelationSummary(noun="alliance commitments")
    commitments = list(merge_commitments(dyad_years(atop_rows(Path(path), summary), summary)))
    summary.records = len(commitments)
    if summary.merged:
        summary.notes.append(
            f"{summary.merged} rows named a state by a second COW number in a year "
            "(e.g. 255 and 260 for Germany in 1990); their pledges were merged"
        )
    return commitments


def commitment_nquads(
    commitment: Commitment, node: object, source: object, graph: str
) -> Iterator[str]:
    """The N-Quads of one commitment node, derived from ``source`` (a dataset or treaty)."""
    yield quad(node, RDF.type, iri(DKG.AllianceCommitment), graph)
    yield quad(node, RDFS.label, string(commitment.label()), graph)
    for party in commitment.parties:
        yield quad(node, DKG.party, state(party), graph)
    if commitment.pledged_by:
        yield quad(node, DKG.pledgedBy, state(commitment.pledged_by), graph)
        yield quad(node, DKG.pledgedTo, state(commitment.pledged_to or ""), graph)
    for kind in commitment.kinds:
        yield quad(node, DKG.pledgeKind, iri(notations(DKG.PledgeKindScheme)[kind]), graph)
    yield quad(node, DKG.startYear, integer(commitment.start), graph)
    if commitment.end is not None:
        yield quad(node, DKG.endYear, integer(commitment.end), graph)
    yield quad(node, PROV.wasDerivedFrom, iri(source), graph)


def atop_nquads(
    commitments: Iterable[Commitment], dataset: SourceDataset, graph: str
) -> Iterator[str]:
    """The commitments as N-Quads in ``graph``, in chunks."""
    prefix = f"commitment/{dataset.iri.rsplit('/', 1)[-1]}/"
    chunk: list[str] = []
    for commitment in commitments:
        chunk.extend(commitment_nquads(commitment, ID[prefix + commitment.key], dataset.iri, graph))
        if len(chunk) >= 8192:
            yield "".join(chunk)
            chunk = []
    yield "".join(chunk)
