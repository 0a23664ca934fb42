"""COW IGO: shared full memberships of each pair of states, and each state's memberships.

The dyad-year file (``cow-igo-ndy.csv.gz``, 917,695 rows) gives, for each non-directed pair
and year, ``dyadigos``: the number of intergovernmental organisations both are full members
of. It is a **measure**, a count, and says nothing about which organisations. Consecutive
years of a pair with the same count become one :class:`CoMembership` (from its first to its
last year), which halves the number of nodes (443,157 runs) and keeps every yearly value:

>>> rows = [(2, "2", "20", 1990, "18"), (3, "2", "20", 1991, "18"), (4, "2", "20", 1992, "19")]
>>> [(m.parties, m.start, m.end, m.count) for m in merge_runs(pair_years(rows, RelationSummary()))]
[(('CAN', 'USA'), 1990, 1991, 18), (('CAN', 'USA'), 1992, 1992, 19)]

Each run is four quads (its pair, first and last year, count); each pair is a
``dkg:StatePair`` node, written once, with its two states: 1.8 M quads for the full file,
about two per row. The state-year file (``cow-igo-sy.csv``, ``--states``) gives each state's
memberships by kind (full, associate, observer, any) in a year: one :class:`MembershipCount`
per row.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from rdflib.namespace import PROV, RDF

from kg.checks import optional_count
from kg.ontology import DKG, ID
from kg.sources.relations.codes import StateCodes
from kg.sources.relations.common import (
    RelationSummary,
    SourceDataset,
    count,
    integer,
    iri,
    quad,
    read_rows,
    resolved_pair,
    state,
)

__all__ = [
    "DYAD_COLUMNS",
    "STATE_COLUMNS",
    "CoMembership",
    "MembershipCount",
    "comembership_nquads",
    "membership_count_nquads",
    "merge_runs",
    "pair_years",
    "read_igo_pairs",
    "read_igo_states",
]

DYAD_COLUMNS = ("ccode1", "ccode2", "year", "dyadigos")
STATE_COLUMNS = (
    "ccode", "year", "sum_igo_full", "sum_igo_associate", "sum_igo_observer", "sum_igo_anytype",
)  # fmt: skip

#: (line, ccode1, ccode2, year, dyadigos)
PairYearRow = tuple[int, str, str, int, str]


@dataclass(frozen=True)
class CoMembership:
    """A pair's shared full IGO memberships, the same ``count`` from ``start`` to ``end``."""

    parties: tuple[str, str]
    start: int
    end: int
    count: int


@dataclass(frozen=True)
class MembershipCount:
    """One state's IGO memberships in one year, by kind."""

    state: str
    year: int
    full: int
    associate: int
    observer: int
    any: int


def igo_pair_rows(path: Path, summary: RelationSummary) -> Iterator[PairYearRow]:
    """The rows of the dyad-year file whose year is a year (others skipped, reported)."""
    for line, row in read_rows(path, DYAD_COLUMNS):
        summary.rows_read += 1
        year = row["year"].strip()
        if not (len(year) == 4 and year.isdigit() and year.isascii()):
            summary.skip(line, "malformed year", repr(row["year"]))
            continue
        yield line, row["ccode1"], row["ccode2"], int(year), row["dyadigos"]


def pair_years(
    rows: Iterable[PairYearRow], summary: RelationSummary, codes: StateCodes | None = None
) -> dict[tuple[str, str], dict[int, int]]:
    """Each pair's count by year, states resolved by year; bad rows skipped with a reason."""
    codes = codes or StateCodes("cow")
    pairs: dict[tuple[str, str], dict[int, int]] = {}
    for line, code1, code2, year, value in rows:
        count_of = optional_count(value, digits=6)
        if count_of is None:
            summary.skip(line, "dyadigos is not a count", repr(value))
            continue
        resolved = resolved_pair(codes, code1, code2, year, line, summary)
        if resolved is None:
            continue
        first, second = resolved
        years = pairs.setdefault((first, second) if first < second else (second, first), {})
        if year in years:
            summary.skip(line, "second row for the pair and year", f"{first}-{second} {year}")
            continue
        years[year] = count_of
        summary.rows_imported += 1
    return pairs


def merge_runs(pairs: dict[tuple[str, str], dict[int, int]]) -> Iterator[CoMembership]:
    """Consecutive years of a pair with the same count, as one measure each."""
    for pair in sorted(pairs):
        years = pairs[pair]
        run: list[int] | None = None  # [start, end, count]
        for year in sorted(years):
            if run and years[year] == run[2] and year == run[1] + 1:
                run[1] = year
                continue
            if run:
                yield CoMembership(pair, run[0], run[1], run[2])
            run = [year, year, years[year]]
        if run:
            yield CoMembership(pair, run[0], run[1], run[2])


def read_igo_pairs(
    path: Path | str,
    summary: RelationSummary | None = None,
    progress: callable | None = None,
) -> list[CoMembership]:
    """The co-membership measures of a COW IGO dyad-year file."""
    summary = summary if summary is not None else RelationSummary(noun="IGO co-membership runs")
    rows = igo_pair_rows(Path(path), summary)
    measures = list(merge_runs(pair_years(progress(rows) if progress else rows, summary)))
    summary.records = len(measures)
    return measures


def read_igo_states(
    path: Path | str, summary: RelationSummary, codes: StateCodes | None = None
) -> Iterator[MembershipCount]:
    """The state-year membership counts of a COW IGO state-year file."""
    codes = codes or StateCodes("cow")
    seen: set[tuple[str, int]] = set()
    for line, row in read_rows(Path(path), STATE_COLUMNS):
        summary.rows_read += 1
        year = row["year"].strip()
        values = [optional_count(row[column], digits=6) for column in STATE_COLUMNS[2:]]
        if not re.fullmatch(r"[0-9]{4}", year):
            summary.skip(line, "malformed year", repr(row["year"]))
            continue
        if None in values:
            shown = ", ".join(row[column] for column in STATE_COLUMNS[2:])
            summary.skip(line, "a membership count that is not a count", shown)
            continue
        key, reason, detail = codes.in_year(row["ccode"], int(year))
        if key is None:
            summary.skip(line, reason, f"{detail} in {year}")
            continue
        if (key, int(year)) in seen:
            summary.skip(line, "second row for the state and year", f"{key} {year}")
            continue
        seen.add((key, int(year)))
        summary.rows_imported += 1
        yield MembershipCount(key, int(year), *values)


def comembership_nquads(measures: Iterable[CoMembership], graph: str) -> Iterator[str]:
    """The measures as N-Quads: each pair once (a ``dkg:StatePair`` and its two states), and
    each run as four quads: its pair, first and last year and count.

    No rdf:type and no source per run (437,695 of them): ``dkg:sharedIGOCount`` says what
    it is, the graph records its dataset. The terms are written once as strings and the
    lines assembled from them (rdflib's namespace look-ups per line took half the import).
    """
    context = f" <{graph}> .\n"
    pair_type = f" <{RDF.type}> <{DKG.StatePair}>{context}"
    party, pair, start, end, shared = (
        f" <{predicate}> " for predicate in (DKG.party, DKG.pair, DKG.startYear, DKG.endYear,
                                             DKG.sharedIGOCount)
    )  # fmt: skip
    run_prefix, pair_prefix = f"<{ID['igo-comembership/']}", f"<{ID['pair/']}"
    year_type = '"^^<http://www.w3.org/2001/XMLSchema#integer>'
    count_type = '"^^<http://www.w3.org/2001/XMLSchema#nonNegativeInteger>'
    chunk: list[str] = []
    written: set[tuple[str, str]] = set()
    for measure in measures:
        first, second = measure.parties
        pair_node = f"{pair_prefix}{first}-{second}>"
        if measure.parties not in written:
            written.add(measure.parties)
            chunk.append(
                f"{pair_node}{pair_type}"
                f"{pair_node}{party}{state(first)}{context}"
                f"{pair_node}{party}{state(second)}{context}"
            )
        node = f"{run_prefix}{first}-{second}/{measure.start}>"
        chunk.append(
            f"{node}{pair}{pair_node}{context}"
            f'{node}{start}"{measure.start}{year_type}{context}'
            f'{node}{end}"{measure.end}{year_type}{context}'
            f'{node}{shared}"{measure.count}{count_type}{context}'
        )
        if len(chunk) >= 4096:
            yield "".join(chunk)
            chunk = []
    yield "".join(chunk)


def membership_count_nquads(
    counts: Iterable[MembershipCount], dataset: SourceDataset, graph: str
) -> Iterator[str]:
    """The state-year counts as N-Quads."""
    kind, source = iri(DKG.IGOMembershipCount), iri(dataset.iri)
    chunk: list[str] = []
    for measure in counts:
        node = ID[f"igo-memberships/{measure.state}/{measure.year}"]
        chunk += [
            quad(node, RDF.type, kind, graph),
            quad(node, DKG.measuredState, state(measure.state), graph),
            quad(node, DKG.year, integer(measure.year), graph),
            quad(node, DKG.fullMemberships, count(measure.full), graph),
            quad(node, DKG.associateMemberships, count(measure.associate), graph),
            quad(node, DKG.observerMemberships, count(measure.observer), graph),
            quad(node, DKG.anyMemberships, count(measure.any), graph),
            quad(node, PROV.wasDerivedFrom, source, graph),
        ]
        if len(chunk) >= 16384:
            yield "".join(chunk)
            chunk = []
    yield "".join(chunk)
