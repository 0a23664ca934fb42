"""What the relation readers share: their row summary, the source datasets and N-Quads terms.

The readers write N-Quads as strings (as :func:`kg.sources.history.nquads.history_nquads` does), so
hundreds of thousands of rows stream into the store's bulk loader in seconds; the terms are
escaped by pyoxigraph's own serialiser.

>>> print(quad("urn:USA", "urn:name", string('The "United" States'), "urn:g"), end="")
<urn:USA> <urn:name> "The \\"United\\" States" <urn:g> .
>>> print(integer(1962), date(dt.date(1962, 10, 22)))
"1962"^^<http://www.w3.org/2001/XMLSchema#integer> "1962-10-22"^^<http://www.w3.org/2001/XMLSchema#date>
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from pyoxigraph import Literal as OxLiteral
from rdflib import URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS

from kg.checks import csv_rows
from kg.errors import DataError, read_turtle
from kg.ontology import DATA_DIR, DKG, ID, ONTOLOGY_DIR, slug, state_iri
from kg.sources.history.records import ImportSummary
from kg.sources.relations.codes import Spell, StateCodes

__all__ = [
    "DATASETS_FILE",
    "RelationSummary",
    "SourceDataset",
    "dataset_quads",
    "date",
    "integer",
    "iri",
    "load_datasets",
    "notations",
    "quad",
    "read_rows",
    "resolved_pair",
    "resolved_spells",
    "string",
]

DATASETS_FILE = DATA_DIR / "relations" / "datasets.csv"
_XSD = "http://www.w3.org/2001/XMLSchema#"


@dataclass
class RelationSummary(ImportSummary):
    """An :class:`~kg.sources.history.records.ImportSummary` of a relation file: rows, and what they
    became (``records`` of ``noun``), e.g. 273,296 dyad-year rows → 21,000 commitments.

    >>> summary = RelationSummary(noun="alliance commitments")
    >>> summary.rows_read, summary.rows_imported, summary.records = 3, 3, 1
    >>> print(summary.text())
    3 rows read, 3 imported, 0 skipped: 1 alliance commitments
    """

    noun: str = "records"
    records: int = 0
    #: rows that were imported after merging two rows of one state (two codes in one year)
    merged: int = field(default=0)

    def text(self) -> str:
        _, *rest = super().text().splitlines()
        head = (
            f"{self.rows_read} rows read, {self.rows_imported} imported, "
            f"{self.rows_skipped} skipped: {self.records} {self.noun}"
        )
        return "\n".join([head, *rest])


def read_rows(path: Path, required: tuple[str, ...]) -> Iterator[tuple[int, dict[str, str]]]:
    """(line number, row) of a CSV file, gzip-compressed or not, after checking its header.

    A damaged file is a :class:`~kg.errors.DataError` naming the line (:mod:`kg.checks`).
    """
    return csv_rows(path, required, strict=False, strip=False, fix="is this the right format?")


def resolved_pair(
    codes: StateCodes, code1: str, code2: str, year: int, line: int, summary: ImportSummary
) -> tuple[str, str] | None:
    """The registry keys of a dyad-year's two numbers, or None with the row reported: a
    number that does not resolve, or two numbers of one state."""
    first, reason1, detail1 = codes.in_year(code1, year)
    second, reason2, detail2 = codes.in_year(code2, year)
    if first is None or second is None:
        reason, detail = (reason1, detail1) if first is None else (reason2, detail2)
        summary.skip(line, reason, f"ccode{1 if first is None else 2}: {detail} in {year}")
        return None
    if first == second:
        summary.skip(line, "both codes are one state", f"{code1}, {code2}: {first} in {year}")
        return None
    return first, second


def resolved_spells(
    codes: StateCodes, code: str, start: dt.date, end: dt.date, line: int, summary: ImportSummary
) -> list[Spell]:
    """The parts of a spell in which its number stands for a registry state; the parts in
    which it stands for none are reported with the row."""
    parts = codes.spells(code, start, end)
    for part in parts:
        if part.key is None:
            summary.skip(line, part.reason, f"{part.detail} ({part.start} to {part.end})")
    return [part for part in parts if part.key]


@dataclass(frozen=True)
class SourceDataset:
    """A published dataset (``kg/data/relations/datasets.csv``): label, version, citation."""

    key: str
    label: str
    version: str
    citation: str
    url: str = ""
    note: str = ""

    @property
    def iri(self) -> URIRef:
        """``…/id/dataset/<slug of the label>``, e.g. ``dataset/atop-5-1``."""
        return ID[f"dataset/{slug(self.label)}"]


@functools.cache
def load_datasets() -> dict[str, SourceDataset]:
    """The source datasets by key.

    >>> load_datasets()["atop"].label, str(load_datasets()["archigos"].iri)
    ('ATOP 5.1', 'https://w3id.org/diplomatic-kg/id/dataset/archigos-4-1')
    """
    datasets = {}
    columns = ("key", "label", "version", "citation", "url", "note")
    for line, row in csv_rows(DATASETS_FILE, columns, unique=("key",)):
        if not (row["key"] and row["label"] and row["citation"]):
            raise DataError(
                "a dataset needs a key, a label and a citation",
                where=f"{DATASETS_FILE} line {line}",
                fix="fill the three columns",
            )
        datasets[row["key"]] = SourceDataset(*(row[column] for column in columns))
    return datasets


@functools.cache
def notations(scheme: URIRef) -> dict[str, URIRef]:
    """The concepts of one of the schemes of ``ontology/relations.ttl``, by their notation:
    the code the source dataset uses for the concept.

    >>> notations(DKG.PledgeKindScheme)["non-aggression"] == DKG.NonAggressionPledge
    True
    >>> notations(DKG.TransitionMannerScheme)["Foreign Imposition"] == DKG.ForeignImposition
    True
    """
    graph = read_turtle(ONTOLOGY_DIR / "relations.ttl")
    return {
        str(notation): concept
        for concept in graph.subjects(SKOS.inScheme, scheme)
        for notation in graph.objects(concept, SKOS.notation)
    }


def iri(term: object) -> str:
    """An IRI in N-Triples syntax."""
    return f"<{term}>"


def string(text: str) -> str:
    """A plain string literal, escaped by pyoxigraph."""
    return str(OxLiteral(text))


def integer(value: int) -> str:
    return f'"{value}"^^<{_XSD}integer>'


def count(value: int) -> str:
    return f'"{value}"^^<{_XSD}nonNegativeInteger>'


def date(day: dt.date) -> str:
    return f'"{day.isoformat()}"^^<{_XSD}date>'


def quad(subject: object, predicate: object, obj: str, graph: str) -> str:
    """One N-Quads line; ``subject`` and ``predicate`` are IRIs, ``obj`` a written term."""
    return f"<{subject}> <{predicate}> {obj} <{graph}> .\n"


def dataset_quads(dataset: SourceDataset, graph: str) -> str:
    """The dataset's own node (label, citation, link), and the graph derived from it."""
    node = dataset.iri
    lines = [
        quad(node, RDF.type, iri(DKG.SourceDataset), graph),
        quad(node, RDFS.label, string(dataset.label), graph),
        quad(node, DCTERMS.bibliographicCitation, string(dataset.citation), graph),
        quad(graph, PROV.wasDerivedFrom, iri(node), graph),
    ]
    if dataset.version:
        lines.append(quad(node, DCTERMS.hasVersion, string(dataset.version), graph))
    if dataset.url:
        lines.append(quad(node, DCTERMS.source, iri(dataset.url), graph))
    return "".join(lines)


@functools.cache
def state(key: str) -> str:
    """A registry state's IRI in N-Triples syntax (cached: it is written once per party)."""
    return f"<{state_iri(key)}>"
