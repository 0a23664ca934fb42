"""What an event annotation holds: the document, its entities and facts, each with evidence.

:func:`kg.sources.events.reader.read_event` gives an :class:`EventAnnotation`; the tables
here (results, motion kinds, organs, entity types) are shared by the reader, which checks
values against them, and :mod:`kg.sources.events.rdf`, which maps them to RDF.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rdflib import URIRef
from rdflib.namespace import FOAF, PROV, SKOS

from kg.ontology import DATA_DIR, DKG, ID

__all__ = [
    "DEFAULT_EVENT",
    "ENTITY_TYPES",
    "EVENTS_DIR",
    "FORMAT",
    "MOTION_KINDS",
    "ORGANS",
    "RESULTS",
    "DocumentInfo",
    "Entity",
    "EventAnnotation",
    "EvidenceSpan",
    "Fact",
    "Ref",
]

FORMAT = "dkg-event/1"
EVENTS_DIR = DATA_DIR / "events"
DEFAULT_EVENT = EVENTS_DIR / "2025-02-24-unga-ukraine.yaml"
RESULTS = {"adopted": DKG.Adopted, "rejected": DKG.Rejected, "vetoed": DKG.Vetoed}
MOTION_KINDS = {
    "resolution": DKG.Resolution,
    "draft": DKG.DraftResolution,
    "amendment": DKG.Amendment,
}
ORGANS = {"GA": "General Assembly", "SC": "Security Council", "HRC": "Human Rights Council"}
#: entity type → (RDF class, IRI segment). ``motions`` are several motions the article names
#: together without telling them apart ("these amendments"): a set, not a dkg:Motion, since
#: no single symbol belongs to it.
ENTITY_TYPES = {
    "group": (FOAF.Group, "group"),
    "person": (DKG.Person, "person"),
    "motions": (PROV.Collection, "motions"),
    "topic": (SKOS.Concept, "topic"),
}


@dataclass(frozen=True)
class EvidenceSpan:
    """Where the article states something: ``text[start:end]`` in sentence ``sentence``.

    ``mention`` is ``None`` for withheld spans (title, quotes, quoted phrases). ``supports``
    (the YAML key ``for``) names the part of the fact the span supports, e.g. ``"yes"``.
    """

    sentence: int
    start: int
    end: int
    mention: str | None = None
    supports: str | None = None

    @property
    def withheld(self) -> bool:
        return self.mention is None


@dataclass(frozen=True)
class Ref:
    """A reference to a node: ``kind`` (state, person, motion, local …), ``key`` and its IRI.

    >>> from kg.ontology import state_iri
    >>> Ref("state", "USA", state_iri("USA")).label
    'USA'
    """

    kind: str
    key: str
    iri: URIRef
    label: str = ""

    def __post_init__(self) -> None:
        if not self.label:
            object.__setattr__(self, "label", self.key)


@dataclass(frozen=True)
class Entity:
    """A node the annotation mints: an unnamed group, a collective motion, a topic …"""

    id: str
    type: str
    label: str
    iri: URIRef
    evidence: tuple[EvidenceSpan, ...]
    note: str | None = None
    amends: Ref | None = None


@dataclass(frozen=True)
class Fact:
    """One fact the article states: ``type`` (stance, ballot …) and its checked ``fields``.

    Field values are plain data: refs as :class:`Ref`, dates as ``datetime.date``, state
    codes as strings, numbers as ``int``.
    """

    id: str
    type: str
    fields: Mapping[str, Any]
    evidence: tuple[EvidenceSpan, ...]
    note: str | None = None


@dataclass(frozen=True)
class DocumentInfo:
    """The annotated source document; its text is not stored, only its checksum and size."""

    key: str
    file: str
    sha256: str
    characters: int
    sentences: int
    language: str
    date: dt.date
    publisher: str | None
    title: EvidenceSpan

    @property
    def iri(self) -> URIRef:
        return ID[f"document/{self.key}"]


@dataclass(frozen=True)
class EventAnnotation:
    """A curated annotation of one news article, as read by :func:`read_event`."""

    path: Path
    key: str
    graph: str
    document: DocumentInfo
    date: dt.date
    label: str
    evidence: tuple[EvidenceSpan, ...]
    entities: Mapping[str, Entity]
    facts: tuple[Fact, ...]

    @property
    def iri(self) -> URIRef:
        return ID[f"event/{self.key}"]

    def facts_of(self, fact_type: str) -> list[Fact]:
        """The facts of one type, in file order."""
        return [fact for fact in self.facts if fact.type == fact_type]

    def fact_counts(self) -> Counter[str]:
        """Number of facts per type."""
        return Counter(fact.type for fact in self.facts)

    def stance_counts(self) -> Counter[str]:
        """Number of stances per stance kind."""
        return Counter(fact.fields["kind"] for fact in self.facts_of("stance"))

    def spans(self) -> Iterator[tuple[str, EvidenceSpan]]:
        """Every span in the file with its owner: ``document``, ``event``, an entity or fact id."""
        yield "document", self.document.title
        for span in self.evidence:
            yield "event", span
        for entity in self.entities.values():
            for span in entity.evidence:
                yield entity.id, span
        for fact in self.facts:
            for span in fact.evidence:
                yield fact.id, span
            if "quote" in fact.fields:
                yield fact.id, fact.fields["quote"]
