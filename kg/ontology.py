"""Namespaces, IRIs and the location of the files the package ships (ontology, queries, rules).

Every IRI the project mints comes from one of the helpers here, so the scheme lives in
one place:

>>> str(state_iri("USA"))
'https://w3id.org/diplomatic-kg/id/state/USA'
>>> str(DKG.RollCall)
'https://w3id.org/diplomatic-kg/ontology#RollCall'
>>> str(graph_iri("votes"))
'https://w3id.org/diplomatic-kg/graph/votes'
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from importlib import resources
from pathlib import Path

from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, ORG, OWL, PROV, RDF, RDFS, SKOS, XSD

BASE = "https://w3id.org/diplomatic-kg/"
DKG = Namespace(BASE + "ontology#")
ID = Namespace(BASE + "id/")
GRAPH = Namespace(BASE + "graph/")
OPENGOV = Namespace("http://www.w3.org/ns/opengov#")
WD = Namespace("http://www.wikidata.org/entity/")
CAMEO = Namespace(BASE + "cameo/")


def resource_path(*parts: str) -> Path:
    """A file or folder shipped inside the package, read through :mod:`importlib.resources`.

    The package is installed as files (a wheel or an editable checkout), so the resource is
    a plain path that the readers can glob and open.

    >>> resource_path("resources", "ontology", "dkg.ttl").is_file()
    True
    """
    return Path(str(resources.files("kg").joinpath(*parts)))


#: the package's own folder
PACKAGE_DIR = resource_path()
#: the ontology (``ontology/`` of the checkout, shipped as ``kg/resources/ontology``)
ONTOLOGY_DIR = resource_path("resources", "ontology")
#: the competency questions (``queries/`` of the checkout, shipped as ``kg/resources/queries``)
QUERIES_DIR = resource_path("resources", "queries")
#: the rules that derive the vote shortcuts
RULES_DIR = resource_path("rules")
#: the bundled facts: registry, votes, events, series
DATA_DIR = resource_path("data")

ONTOLOGY_FILES = (
    "dkg.ttl", "alignments.ttl", "history.ttl", "analysis.ttl", "extraction.ttl", "relations.ttl",
)  # fmt: skip
SHAPES_FILE = ONTOLOGY_DIR / "shapes.ttl"

PREFIXES = {
    "dkg": DKG,
    "id": ID,
    "opengov": OPENGOV,
    "wd": WD,
    "cameo": CAMEO,
    "owl": OWL,
    "rdf": RDF,
    "rdfs": RDFS,
    "skos": SKOS,
    "xsd": XSD,
    "prov": PROV,
    "org": ORG,
    "foaf": FOAF,
    "dcterms": DCTERMS,
}

__all__ = [
    "BASE",
    "CAMEO",
    "DKG",
    "GRAPH",
    "ID",
    "ONTOLOGY_DIR",
    "OPENGOV",
    "PACKAGE_DIR",
    "PREFIXES",
    "QUERIES_DIR",
    "RULES_DIR",
    "WD",
    "ballot_iri",
    "bind_prefixes",
    "concept_iri",
    "graph_iri",
    "load_ontology",
    "motion_iri",
    "organ_iri",
    "organization_iri",
    "person_iri",
    "post_iri",
    "resource_path",
    "rollcall_iri",
    "slug",
    "state_iri",
]


def slug(text: str) -> str:
    """Lower-case ASCII slug for IRIs.

    >>> slug("António Guterres")
    'antonio-guterres'
    >>> slug("A/RES/ES-11/7")
    'a-res-es-11-7'
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def state_iri(code: str) -> URIRef:
    """A state by its ISO 3166-1 (or 3166-3 for former states) alpha-3 code."""
    return ID[f"state/{code}"]


def organization_iri(key: str) -> URIRef:
    """An international organisation, e.g. ``organization_iri("united-nations")``."""
    return ID[f"organization/{slug(key)}"]


def organ_iri(key: str) -> URIRef:
    """An organ of an organisation: ``organ_iri("GA")``, ``organ_iri("SC")``.

    >>> str(organ_iri("SC"))
    'https://w3id.org/diplomatic-kg/id/organ/SC'
    """
    return ID[f"organ/{key}"]


def person_iri(name: str) -> URIRef:
    """A person by name: ``person_iri("Dorothy Shea")`` ends in ``person/dorothy-shea``."""
    return ID[f"person/{slug(name)}"]


def post_iri(name: str) -> URIRef:
    """A post (office) by its title, e.g. "President of the United States"."""
    return ID[f"post/{slug(name)}"]


def motion_iri(symbol: str) -> URIRef:
    """A resolution, draft or amendment by its UN document symbol.

    >>> str(motion_iri("S/RES/2774(2025)"))
    'https://w3id.org/diplomatic-kg/id/motion/s-res-2774-2025'
    """
    return ID[f"motion/{slug(symbol)}"]


def rollcall_iri(rollcall_id: str) -> URIRef:
    """A roll call by the project's roll-call id, e.g. ``ga-es-11-7``."""
    return ID[f"rollcall/{rollcall_id}"]


def ballot_iri(rollcall_id: str, state_code: str) -> URIRef:
    """One state's ballot on one roll call.

    >>> str(ballot_iri("sc-s-2022-155", "RUS"))
    'https://w3id.org/diplomatic-kg/id/ballot/sc-s-2022-155/RUS'
    """
    return ID[f"ballot/{rollcall_id}/{state_code}"]


def concept_iri(scheme: str, term: str) -> URIRef:
    """A SKOS concept of a topic scheme by its term, e.g. a UNBIS subject.

    >>> str(concept_iri("unbis", "Human Rights"))
    'https://w3id.org/diplomatic-kg/id/concept/unbis/human-rights'

    A term with no ASCII letter or digit has an empty slug: a short hash of the term (in
    Unicode NFC) names it instead, so two such terms do not share one IRI.

    >>> str(concept_iri("unbis", "Права человека")).rsplit("/", 1)[-1]
    'h-49200276f7f8'
    >>> concept_iri("unbis", "Права человека") != concept_iri("unbis", "حقوق الإنسان")
    True
    """
    key = slug(term)
    if not key:
        normalized = unicodedata.normalize("NFC", term).encode("utf-8")
        key = "h-" + hashlib.sha256(normalized).hexdigest()[:12]
    return ID[f"concept/{slug(scheme)}/{key}"]


def graph_iri(name: str) -> URIRef:
    """The named graph holding one source's triples (``ontology``, ``registry``, ``votes`` …)."""
    return GRAPH[name]


def bind_prefixes(graph: Graph) -> Graph:
    """Bind the project's prefixes on ``graph`` and return it."""
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True)
    return graph


def load_ontology(directory: Path = ONTOLOGY_DIR) -> Graph:
    """Parse the ontology Turtle files (``ONTOLOGY_FILES`` in ``directory``).

    >>> graph = load_ontology()
    >>> (DKG.Ballot, RDF.type, OWL.Class) in graph
    True
    """
    from kg.errors import read_turtle

    graph = bind_prefixes(Graph())
    for name in ONTOLOGY_FILES:
        read_turtle(directory / name, into=graph)
    return graph
