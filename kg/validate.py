"""SHACL validation of the knowledge graph against ``ontology/shapes.ttl``.

The data are validated as one graph: the union of every named graph of a dataset, plus the
ontology (so ``sh:class dkg:State`` accepts a ``dkg:FormerState`` through ``rdfs:subClassOf``).
No RDFS or OWL inference runs first: range axioms would type every ballot's voter as a state
and the shapes that check those types would pass vacuously.

>>> from rdflib import Graph, Literal
>>> from kg.ontology import DKG, state_iri
>>> data = Graph()
>>> _ = data.add((state_iri("USA"), RDF.type, DKG.State))
>>> _ = data.add((state_iri("USA"), DKG.iso3, Literal("usa")))
>>> report = validate(data)
>>> report.conforms
False
>>> print(report.text())  # doctest: +NORMALIZE_WHITESPACE
id:state/USA  [ISO 3166 codes / ISO 3166 alpha-3 code]  dkg:iso3 = "usa":
    dkg:iso3 must be one string of three capital letters (ISO 3166 alpha-3)
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, SH
from rdflib.term import Node

from kg.errors import ValidationError, read_turtle
from kg.ontology import BASE, SHAPES_FILE, bind_prefixes, load_ontology

__all__ = ["ValidationReport", "Violation", "ensure_valid", "load_shapes", "validate"]

_ONTOLOGY_IRI = URIRef(BASE + "ontology")


@dataclass(frozen=True)
class Violation:
    """One SHACL validation result, with its terms shortened for reading.

    Attributes
    ----------
    focus_node
        The node that violates the shape (for tally checks: the roll call).
    shape
        The readable name of the shape (``sh:name`` of the node shape and property shape).
    path
        The property checked, if any (``dkg:option``).
    value
        The offending value, if any (``"usa"``, a second option, the counted number).
    message
        What is wrong, from the shape's ``sh:message`` or pySHACL's default.
    severity
        ``Violation``, ``Warning`` or ``Info``.
    source_shape
        The shape node (an IRI, or a blank node label for property shapes).
    """

    focus_node: str
    shape: str
    path: str | None
    value: str | None
    message: str
    severity: str = "Violation"
    source_shape: str = ""

    def line(self) -> str:
        """The violation as one line: node, shape, path = value, message."""
        where = f"{self.focus_node}  [{self.shape}]"
        if self.path is not None and self.value is not None:
            where += f"  {self.path} = {self.value}"
        elif self.path is not None:
            where += f"  {self.path}"
        elif self.value is not None:
            where += f"  value {self.value}"
        prefix = "" if self.severity == "Violation" else f"{self.severity}: "
        return f"{where}: {prefix}{self.message}"


@dataclass
class ValidationReport:
    """The outcome of :func:`validate`."""

    conforms: bool
    violations: list[Violation] = field(default_factory=list)
    triples: int = 0

    def text(self) -> str:
        """One readable line per violation, sorted by node; a single line when it conforms."""
        if self.conforms and not self.violations:
            return f"conforms ({self.triples} triples)"
        return "\n".join(violation.line() for violation in self.violations)


def load_shapes() -> Graph:
    """Parse ``ontology/shapes.ttl``.

    >>> shapes = load_shapes()
    >>> (None, SH.targetClass, None) in shapes
    True
    """
    return read_turtle(SHAPES_FILE, into=bind_prefixes(Graph()))


def _data_graph(data: Graph | Dataset, ontology: Graph | None) -> Graph:
    """The union of all graphs of ``data`` and the ontology, as one in-memory graph."""
    union = bind_prefixes(Graph())
    if isinstance(data, Dataset):
        for context in data.graphs():
            for triple in context:
                union.add(triple)
    else:
        for triple in data:
            union.add(triple)
    if ontology is None and (_ONTOLOGY_IRI, RDF.type, OWL.Ontology) not in union:
        ontology = load_ontology()
    if ontology is not None:
        for triple in ontology:
            union.add(triple)
    return union


def validate(
    data: Graph | Dataset,
    *,
    ontology: Graph | None = None,
    shapes: Graph | None = None,
) -> ValidationReport:
    """Validate ``data`` against the project's SHACL shapes.

    Parameters
    ----------
    data
        A graph, or a dataset whose named graphs are validated together as their union.
    ontology
        The ontology to add to the data (for the class hierarchy). By default the project's
        ontology is added unless ``data`` already contains it (a built dataset does).
    shapes
        The shapes graph; by default ``ontology/shapes.ttl``.

    Returns
    -------
    ValidationReport
        ``conforms`` and the violations, sorted by focus node.
    """
    import pyshacl  # imported here: it takes a second and only validation needs it

    graph = _data_graph(data, ontology)
    shapes_graph = shapes if shapes is not None else load_shapes()
    conforms, results, _ = pyshacl.validate(
        graph,
        shacl_graph=shapes_graph,
        inference="none",
        advanced=False,
        abort_on_first=False,
        allow_warnings=True,
        inplace=True,  # the union is already a private copy
    )
    violations = sorted(
        (
            _violation(results, result, graph, shapes_graph)
            for result in results.subjects(RDF.type, SH.ValidationResult)
        ),
        key=lambda violation: (violation.focus_node, violation.shape, violation.value or ""),
    )
    return ValidationReport(conforms=bool(conforms), violations=violations, triples=len(graph))


def ensure_valid(
    data: Graph | Dataset,
    *,
    ontology: Graph | None = None,
) -> ValidationReport:
    """Validate ``data`` and raise :class:`kg.errors.ValidationError` unless it conforms.

    >>> from rdflib import Graph
    >>> ensure_valid(Graph()).conforms
    True
    """
    report = validate(data, ontology=ontology)
    if not report.conforms:
        raise ValidationError(
            f"the knowledge graph violates {len(report.violations)} SHACL constraint(s):\n"
            + report.text(),
            report=report.text(),
            fix="correct the data named in each line (node, shape, value)",
        )
    return report


def _violation(results: Graph, result: Node, data: Graph, shapes: Graph) -> Violation:
    def short(term: Node | None) -> str | None:
        if term is None:
            return None
        if isinstance(term, Literal):
            if isinstance(term.value, int | float | bool):
                return str(term)  # counts read better bare: 2, not "2"^^xsd:integer
            return term.n3(data.namespace_manager).split("^^")[0]
        if isinstance(term, URIRef):
            return _shorten_iris(str(term), data)
        return str(term)

    source_shape = results.value(result, SH.sourceShape)
    message = results.value(result, SH.resultMessage)
    severity = results.value(result, SH.resultSeverity)
    return Violation(
        focus_node=short(results.value(result, SH.focusNode)) or "",
        shape=_shape_name(shapes, source_shape),
        path=short(results.value(result, SH.resultPath)),
        value=short(results.value(result, SH.value)),
        message=_shorten_iris(str(message) if message is not None else "constraint violated", data),
        severity=str(severity).rsplit("#", 1)[-1] if severity is not None else "Violation",
        source_shape=str(source_shape) if source_shape is not None else "",
    )


def _shape_name(shapes: Graph, shape: Node | None) -> str:
    """``node shape name / property shape name`` from ``sh:name``, else the shape's IRI."""
    if shape is None:
        return "unknown shape"
    names = []
    parent = shapes.value(None, SH.property, shape)
    if parent is not None:
        parent_name = shapes.value(parent, SH.name)
        names.append(str(parent_name) if parent_name is not None else str(parent))
    own = shapes.value(shape, SH.name)
    names.append(str(own) if own is not None else str(shape))
    return " / ".join(names)


def _shorten_iris(message: str, data: Graph) -> str:
    """Replace full IRIs the SPARQL messages carry with their prefixed names."""
    # Longest namespaces first, so ``…/id/`` does not eat part of a longer namespace.
    namespaces = sorted(
        (
            (prefix, str(namespace))
            for prefix, namespace in data.namespace_manager.namespaces()
            if prefix
        ),
        key=lambda pair: -len(pair[1]),
    )
    for prefix, namespace in namespaces:
        message = message.replace(namespace, f"{prefix}:")
    return message
