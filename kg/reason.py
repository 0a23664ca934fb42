"""OWL reasoning with HermiT (through owlready2): consistency and the defined classes.

The ontology (``ontology/dkg.ttl`` and its alignments) and a small data graph are written as
N-Triples into a temporary directory, loaded into a fresh, isolated owlready2 ``World`` and
classified by HermiT. The result says whether the whole is consistent and which individuals
the reasoner put into the project's defined classes (``dkg:Veto``, ``dkg:PermanentMember`` …)
beyond what the data asserts.

HermiT gets small data only: :func:`reasoning_subset` keeps the registry, the event
annotation, the Security Council roll calls, the roll calls asked for and every No ballot (on
which ``dkg:OpposingState`` rests), and drops the other General Assembly ballots, whose
classification the SPARQL rules already give.

>>> from rdflib import Graph
>>> from kg.ontology import DKG, ballot_iri, organ_iri, rollcall_iri, state_iri
>>> data = Graph()
>>> ballot = ballot_iri("sc-s-2022-155", "RUS")
>>> for triple in [
...     (ballot, DKG.voter, state_iri("RUS")), (ballot, DKG.option, DKG.No),
...     (ballot, DKG.rollCall, rollcall_iri("sc-s-2022-155")),
...     (rollcall_iri("sc-s-2022-155"), DKG.organ, organ_iri("SC")),
...     (rollcall_iri("sc-s-2022-155"), DKG.result, DKG.Vetoed),
...     (state_iri("RUS"), DKG.holdsSeat, ID["seat/SC/RUS"]),
...     (ID["seat/SC/RUS"], RDF.type, DKG.PermanentSeat)]:
...     _ = data.add(triple)
>>> report = reason(data)
>>> report.consistent
True
>>> (str(ballot), str(DKG.Veto)) in report.inferred
True
"""

from __future__ import annotations

import contextlib
import io
import tempfile
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from kg.ontology import DKG, ID, bind_prefixes, graph_iri, load_ontology, organ_iri

__all__ = [
    "DEFINED_CLASSES",
    "OpposingClass",
    "ReasoningReport",
    "opposing_class",
    "reason",
    "reasoning_subset",
]

DEFINED_CLASSES: tuple[URIRef, ...] = (
    DKG.PermanentMember,
    DKG.FailedRollCall,
    DKG.Veto,
    DKG.YesBallot,
    DKG.NoBallot,
    DKG.AbstainBallot,
    DKG.OpposingState,
)
"""The ontology's defined classes whose members the report lists."""

# Named graphs that never go to the reasoner: the ontology is added separately, and inferred
# triples are the reasoner's own output (or SPARQL shortcuts it does not need). The curated
# alliances (12,000 triples, no defined class depends on them; SHACL checks them) would make
# HermiT take 14 s instead of 3.
_SKIPPED_GRAPHS = (graph_iri("ontology"), graph_iri("inferred"), graph_iri("alliances"))


@dataclass
class ReasoningReport:
    """What HermiT concluded about the ontology plus one data graph.

    Attributes
    ----------
    consistent
        False when no model satisfies the ontology and the data together.
    inferred
        ``(individual IRI, class IRI)`` pairs: memberships of the defined classes (and of
        any class minted for the run) that HermiT derived and the data did not assert.
        Empty when inconsistent.
    explanation
        When inconsistent, the facts in the data most likely to cause it (a ballot with two
        options, two ballots of one state on one roll call, a node in two disjoint classes).
    seconds
        Wall-clock time of export, load and HermiT together.
    triples
        Number of triples sent to the reasoner (ontology included).
    """

    consistent: bool
    inferred: list[tuple[str, str]] = field(default_factory=list)
    explanation: str = ""
    seconds: float = 0.0
    triples: int = 0

    def members(self, class_iri: URIRef | str) -> list[str]:
        """The individuals inferred to belong to ``class_iri``, sorted."""
        return sorted(individual for individual, cls in self.inferred if cls == str(class_iri))

    def graph(self) -> Graph:
        """The inferred memberships as ``rdf:type`` triples, for the ``graph/inferred`` graph."""
        graph = bind_prefixes(Graph())
        for individual, cls in self.inferred:
            graph.add((URIRef(individual), RDF.type, URIRef(cls)))
        return graph

    def text(self) -> str:
        """One summary line, followed by the explanation when inconsistent."""
        if not self.consistent:
            return f"inconsistent ({self.seconds:.1f} s)\n{self.explanation}"
        return (
            f"consistent, {len(self.inferred)} inferred class memberships "
            f"({self.triples} triples, {self.seconds:.1f} s)"
        )


@dataclass
class OpposingClass:
    """A class minted for one roll call: the states that voted no on it."""

    class_iri: URIRef
    label: str
    axioms: Graph
    report: ReasoningReport

    @property
    def members(self) -> list[str]:
        """The states HermiT classified into the class, sorted by IRI."""
        return self.report.members(self.class_iri)


def _union(data: Graph | Dataset, *, skip: Iterable[URIRef] = ()) -> Graph:
    """All triples of a graph, or of every named graph of a dataset but ``skip``, in one graph."""
    union = Graph()
    if isinstance(data, Dataset):
        skipped = set(skip)
        for context in data.graphs():
            if context.identifier not in skipped:
                for triple in context:
                    union.add(triple)
    else:
        for triple in data:
            union.add(triple)
    return union


def reasoning_subset(data: Graph | Dataset, rollcalls: Iterable[URIRef] = ()) -> Graph:
    """The part of the data HermiT can classify quickly.

    Everything except the Yes, Abstain and non-voting ballots of roll calls outside the
    Security Council that are not in ``rollcalls``, and except literal values (names, labels,
    notes, dates, tallies): no defined class depends on a literal, SHACL already checks them,
    and leaving them out makes HermiT about three times faster. No ballots stay, whatever the
    organ: ``dkg:OpposingState`` (∃castBallot.NoBallot) needs every one of them, and they are
    few (the General Assembly's Yes ballots would triple HermiT's time). The ontology and
    inferred graphs of a dataset are left out (:func:`reason` adds the ontology itself).

    >>> from kg.ontology import DKG, ballot_iri, organ_iri, rollcall_iri
    >>> data = Graph()
    >>> data.add((rollcall_iri("ga-es-11-7"), DKG.organ, organ_iri("GA")))  # doctest: +ELLIPSIS
    <Graph ...>
    >>> data.add((ballot_iri("ga-es-11-7", "USA"), DKG.rollCall, rollcall_iri("ga-es-11-7")))
    <Graph ...>
    >>> len(reasoning_subset(data)), len(reasoning_subset(data, [rollcall_iri("ga-es-11-7")]))
    (1, 2)
    >>> _ = data.add((ballot_iri("ga-es-11-7", "USA"), DKG.option, DKG.No))
    >>> len(reasoning_subset(data))  # a No ballot stays: dkg:OpposingState rests on it
    3
    """
    union = _union(data, skip=_SKIPPED_GRAPHS)
    kept_rollcalls = set(rollcalls) | set(union.subjects(DKG.organ, organ_iri("SC")))
    dropped = {
        ballot
        for ballot, rollcall in union.subject_objects(DKG.rollCall)
        if rollcall not in kept_rollcalls and (ballot, DKG.option, DKG.No) not in union
    }
    subset = bind_prefixes(Graph())
    for subject, predicate, obj in union:
        if subject not in dropped and obj not in dropped and not isinstance(obj, Literal):
            subset.add((subject, predicate, obj))
    return subset


def reason(
    data: Graph | Dataset,
    *,
    ontology: Graph | None = None,
    extra_classes: Iterable[URIRef] = (),
) -> ReasoningReport:
    """Check ``data`` against the ontology with HermiT and collect the inferred classes.

    Parameters
    ----------
    data
        The facts to reason over; keep it small (see :func:`reasoning_subset`). A dataset is
        read as the union of its named graphs, without its ontology and inferred graphs.
    ontology
        The ontology (and any extra axioms); defaults to :func:`kg.ontology.load_ontology`.
    extra_classes
        Further class IRIs (defined in ``data`` or ``ontology``) whose members to report.

    Returns
    -------
    ReasoningReport
        Consistency, inferred memberships of :data:`DEFINED_CLASSES` and ``extra_classes``,
        and the time taken.
    """
    import owlready2  # a heavy import, needed only here

    started = time.perf_counter()
    combined = bind_prefixes(_union(data, skip=_SKIPPED_GRAPHS))
    for triple in ontology if ontology is not None else load_ontology():
        combined.add(triple)
    classes = [*DEFINED_CLASSES, *extra_classes]

    with tempfile.TemporaryDirectory(prefix="dkg-reason-") as directory:
        path = Path(directory) / "kg.nt"
        combined.serialize(path, format="nt", encoding="utf-8")
        world = owlready2.World()  # isolated: nothing leaks into owlready2's default world
        try:
            world.get_ontology(path.as_uri()).load()
            # owlready2 reports HermiT's progress on stderr; the report carries what matters.
            with contextlib.redirect_stderr(io.StringIO()):
                owlready2.sync_reasoner_hermit(
                    world,
                    infer_property_values=False,
                    debug=0,
                    # xsd:date is outside the OWL 2 datatype map; dates play no part in any
                    # class definition, so HermiT may ignore them.
                    ignore_unsupported_datatypes=True,
                )
            inferred = _new_memberships(world, combined, classes)
        except owlready2.OwlReadyInconsistentOntologyError:
            return ReasoningReport(
                consistent=False,
                explanation=explain_inconsistency(combined),
                seconds=time.perf_counter() - started,
                triples=len(combined),
            )
        finally:
            world.close()
    return ReasoningReport(
        consistent=True,
        inferred=inferred,
        seconds=time.perf_counter() - started,
        triples=len(combined),
    )


def _new_memberships(world, asserted: Graph, classes: list[URIRef]) -> list[tuple[str, str]]:
    """Members of ``classes`` after reasoning that ``asserted`` does not type as such."""
    inferred = []
    for class_iri in classes:
        owl_class = world[str(class_iri)]
        if owl_class is None:
            continue
        for individual in owl_class.instances(world=world):
            iri = individual.iri
            if (URIRef(iri), RDF.type, class_iri) not in asserted:
                inferred.append((iri, str(class_iri)))
    return sorted(set(inferred))


def explain_inconsistency(graph: Graph) -> str:
    """Name the facts in ``graph`` that most likely make it inconsistent with the ontology.

    HermiT only says *that* the ontology is inconsistent. The usual causes in this project's
    data are checked directly: a node with two values of a functional property whose values are
    known to differ (two options on one ballot), two ballots sharing the key (voter, roll
    call) with different options, and a node asserted in two disjoint classes.

    >>> from kg.ontology import DKG, ballot_iri
    >>> graph = load_ontology()
    >>> ballot = ballot_iri("ga-es-11-7", "USA")
    >>> _ = graph.add((ballot, DKG.option, DKG.Yes)).add((ballot, DKG.option, DKG.No))
    >>> print(explain_inconsistency(graph))  # doctest: +ELLIPSIS
    - .../ballot/ga-es-11-7/USA has 2 values of dkg:option: dkg:No, dkg:Yes ...
    """
    reasons = []
    functional = sorted(set(graph.subjects(RDF.type, OWL.FunctionalProperty)), key=str)
    for prop in functional:
        values: dict = {}
        for subject, value in graph.subject_objects(prop):
            values.setdefault(subject, set()).add(value)
        for subject, found in sorted(values.items(), key=lambda item: str(item[0])):
            if len(found) > 1:
                listed = ", ".join(sorted(_short(graph, value) for value in found))
                reasons.append(
                    f"- {subject} has {len(found)} values of {_short(graph, prop)}: "
                    f"{listed} (the property is functional)"
                )

    ballots_by_key: dict = {}
    for ballot in graph.subjects(RDF.type, DKG.Ballot):
        key = (graph.value(ballot, DKG.voter), graph.value(ballot, DKG.rollCall))
        if None not in key:
            ballots_by_key.setdefault(key, []).append(ballot)
    for (voter, rollcall), ballots in sorted(ballots_by_key.items(), key=lambda item: str(item[0])):
        options = {graph.value(ballot, DKG.option) for ballot in ballots}
        if len(ballots) > 1 and len(options) > 1:
            reasons.append(
                f"- {voter} has {len(ballots)} ballots on {rollcall} "
                f"({', '.join(sorted(str(b) for b in ballots))}) with different options; "
                "dkg:Ballot has the key (dkg:voter dkg:rollCall), so they are one ballot"
            )

    for disjoint in graph.subjects(RDF.type, OWL.AllDisjointClasses):
        members = list(Collection(graph, graph.value(disjoint, OWL.members)))
        typed: dict = {}
        for cls in members:
            for individual in graph.subjects(RDF.type, cls):
                typed.setdefault(individual, []).append(cls)
        for individual, found in sorted(typed.items(), key=lambda item: str(item[0])):
            if len(found) > 1:
                listed = ", ".join(sorted(_short(graph, cls) for cls in found))
                reasons.append(f"- {individual} is typed {listed}, which are disjoint classes")

    if not reasons:
        return (
            "HermiT found the ontology and data inconsistent; no ballot with two options, "
            "duplicate ballot or disjoint typing was found, so look for a value outside a "
            "property's range (for example a person as a ballot's voter)"
        )
    return "\n".join(reasons)


def _short(graph: Graph, term) -> str:
    if isinstance(term, URIRef):
        with contextlib.suppress(Exception):
            return graph.namespace_manager.normalizeUri(term)
    return str(term)


def opposing_class(
    rollcall: URIRef,
    data: Graph | Dataset,
    *,
    ontology: Graph | None = None,
) -> OpposingClass:
    """Mint the class "states opposing <motion symbol>" for one roll call and classify it.

    The class is ``dkg:State ⊓ ∃dkg:castBallot.(dkg:NoBallot ⊓ ∃dkg:rollCall.{rollcall})``.
    Its IRI is ``…/id/class/states-opposing/<roll-call id>``; its axioms are returned so a
    caller can add them to a graph. ``data`` is reduced with :func:`reasoning_subset`, keeping
    the roll call's ballots.

    >>> from kg.ontology import DKG, ballot_iri, rollcall_iri, state_iri
    >>> data = Graph()
    >>> ballot = ballot_iri("ga-es-11-7", "USA")
    >>> _ = data.add((ballot, DKG.voter, state_iri("USA"))).add((ballot, DKG.option, DKG.No))
    >>> _ = data.add((ballot, DKG.rollCall, rollcall_iri("ga-es-11-7")))
    >>> _ = data.add((state_iri("USA"), RDF.type, DKG.State))
    >>> opposing = opposing_class(rollcall_iri("ga-es-11-7"), data)
    >>> opposing.label, opposing.members
    ('states opposing ga-es-11-7', ['https://w3id.org/diplomatic-kg/id/state/USA'])
    """
    rollcall = URIRef(rollcall)
    union = _union(data, skip=_SKIPPED_GRAPHS)
    rollcall_id = str(rollcall).rstrip("/").rsplit("/", 1)[-1]
    motion = union.value(rollcall, DKG.motion)
    symbol = union.value(motion, DKG.symbol) if motion is not None else None
    label = f"states opposing {symbol if symbol is not None else rollcall_id}"
    class_iri = ID[f"class/states-opposing/{rollcall_id}"]

    axioms = bind_prefixes(Graph())
    axioms.add((class_iri, RDF.type, OWL.Class))
    axioms.add((class_iri, RDFS.label, Literal(label, lang="en")))
    axioms.add(
        (
            class_iri,
            SKOS.definition,
            Literal(f"A state whose ballot on roll call {rollcall_id} was no.", lang="en"),
        )
    )
    on_rollcall = _restriction(axioms, DKG.rollCall, OWL.hasValue, rollcall)
    no_ballot_here = _intersection(axioms, [DKG.NoBallot, on_rollcall])
    cast_one = _restriction(axioms, DKG.castBallot, OWL.someValuesFrom, no_ballot_here)
    axioms.add((class_iri, OWL.equivalentClass, _intersection(axioms, [DKG.State, cast_one])))
    axioms.add((rollcall, RDF.type, OWL.NamedIndividual))

    subset = reasoning_subset(union, [rollcall])
    for triple in axioms:
        subset.add(triple)
    report = reason(subset, ontology=ontology, extra_classes=[class_iri])
    return OpposingClass(class_iri=class_iri, label=label, axioms=axioms, report=report)


def _restriction(graph: Graph, prop: URIRef, kind: URIRef, value) -> BNode:
    node = BNode()
    graph.add((node, RDF.type, OWL.Restriction))
    graph.add((node, OWL.onProperty, prop))
    graph.add((node, kind, value))
    return node


def _intersection(graph: Graph, members: list) -> BNode:
    node, head = BNode(), BNode()
    graph.add((node, RDF.type, OWL.Class))
    Collection(graph, head, members)
    graph.add((node, OWL.intersectionOf, head))
    return node
