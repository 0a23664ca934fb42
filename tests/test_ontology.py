"""The ontology files: every term documented, the contract's vocabulary present, OWL 2 DL habits."""

from __future__ import annotations

import re

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from kg.ontology import CAMEO, DKG, ONTOLOGY_DIR, load_ontology


def dkg_terms(graph: Graph) -> set[URIRef]:
    """Every IRI of the dkg: namespace the graph mentions, in any position."""
    return {
        term
        for triple in graph
        for term in triple
        if isinstance(term, URIRef) and str(term).startswith(str(DKG))
    }


def undocumented(graph: Graph) -> list[str]:
    """dkg: terms lacking an English rdfs:label or skos:definition."""
    missing = []
    for term in sorted(dkg_terms(graph)):
        for prop in (RDFS.label, SKOS.definition):
            values = [value for value in graph.objects(term, prop) if isinstance(value, Literal)]
            if not any(value.language in (None, "en") and str(value).strip() for value in values):
                missing.append(f"{term} has no {graph.namespace_manager.normalizeUri(prop)}")
    return missing


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return load_ontology()


def test_every_term_has_label_and_definition(ontology):
    assert len(dkg_terms(ontology)) > 120
    assert undocumented(ontology) == []


def test_documentation_check_can_fail(ontology):
    broken = Graph()
    for triple in ontology:
        broken.add(triple)
    broken.remove((DKG.Veto, SKOS.definition, None))
    broken.add((DKG.Undefined, RDF.type, OWL.Class))
    missing = undocumented(broken)
    assert f"{DKG.Veto} has no skos:definition" in missing
    assert f"{DKG.Undefined} has no rdfs:label" in missing


CONTRACT_CLASSES = (
    "State FormerState ObserverState Person InternationalOrganization Organ Post Role "
    "Membership Tenure Seat PermanentSeat ElectedSeat UNMembership Motion Resolution "
    "DraftResolution Amendment "
    "RollCall Ballot VoteOption RollCallResult Stance StanceKind Statement Event NewsEvent "
    "SourceDocument Evidence Rule PermanentMember FailedRollCall Veto NoBallot YesBallot "
    "AbstainBallot OpposingState"
)
CONTRACT_OBJECT_PROPERTIES = (
    "voter rollCall option castBallot hasBallot organ motion result amends adoptedAs proposedBy "
    "sponsor votedOnIn votedYes votedNo abstainedOn didNotVote member organization post holder "
    "role postIn holdsSeat seatOn memberOf actor actorOf target stanceKind stanceOn speaker "
    "speakingFor about evidence sourceDocument reportedIn involves appliesTo organOf"
)
CONTRACT_DATA_PROPERTIES = (
    "iso3 isoNumeric iso2 shortName formalName adjective demonym formerName startDate endDate "
    "date symbol title yesCount noCount abstainCount nonVotingCount ballotsComplete recordLink "
    "note quote sentenceIndex charStart charEnd mention cameoCode requiredVotes memberCount "
    "permanentMemberVeto"
)
CONTRACT_INDIVIDUALS = {
    DKG.VoteOption: "Yes No Abstain NonVoting",
    DKG.RollCallResult: "Adopted Rejected Vetoed",
    DKG.StanceKind: (
        "Supports Opposes Proposes SeeksAmendment ThreatensVeto Urges Refuses Advocates Condemns"
    ),
    DKG.Role: (
        "HeadOfState HeadOfGovernment PermanentRepresentative SecretaryGeneral "
        "ForeignMinister Envoy"
    ),
}


def test_contract_vocabulary_is_declared(ontology):
    for name in CONTRACT_CLASSES.split():
        assert (DKG[name], RDF.type, OWL.Class) in ontology, name
    for name in CONTRACT_OBJECT_PROPERTIES.split():
        assert (DKG[name], RDF.type, OWL.ObjectProperty) in ontology, name
    for name in CONTRACT_DATA_PROPERTIES.split():
        assert (DKG[name], RDF.type, OWL.DatatypeProperty) in ontology, name
    for cls, names in CONTRACT_INDIVIDUALS.items():
        for name in names.split():
            assert (DKG[name], RDF.type, cls) in ontology, name


def test_ballot_is_keyed_and_functional(ontology):
    key = ontology.value(DKG.Ballot, OWL.hasKey)
    assert list(ontology.items(key)) == [DKG.voter, DKG.rollCall]
    for prop in (DKG.voter, DKG.rollCall, DKG.option):
        assert (prop, RDF.type, OWL.FunctionalProperty) in ontology
    assert ontology.value(DKG.castBallot, OWL.inverseOf) == DKG.voter
    assert ontology.value(DKG.hasBallot, OWL.inverseOf) == DKG.rollCall


def test_no_property_is_both_annotation_and_object_property(ontology):
    annotation = set(ontology.subjects(RDF.type, OWL.AnnotationProperty))
    logical = set(ontology.subjects(RDF.type, OWL.ObjectProperty)) | set(
        ontology.subjects(RDF.type, OWL.DatatypeProperty)
    )
    assert annotation & logical == set()
    # Every predicate used on a dkg: term is declared (or is RDF/RDFS/OWL built-in vocabulary).
    builtin = (str(RDF), str(RDFS), str(OWL))
    for predicate in set(ontology.predicates()):
        if not str(predicate).startswith(builtin):
            assert predicate in annotation | logical, predicate


def test_stance_kinds_carry_cameo_codes(ontology):
    codes = {kind: str(code) for kind, code in ontology.subject_objects(DKG.cameoCode)}
    assert codes[DKG.Supports] == "051"
    assert codes[DKG.ThreatensVeto] == "131"
    assert all(re.fullmatch(r"[0-9]{3}", code) for code in codes.values())
    # Each coded kind points to the CAMEO concept of the same code.
    for kind, code in codes.items():
        assert (kind, SKOS.closeMatch, CAMEO[code]) in ontology
        assert ontology.value(CAMEO[code], SKOS.notation) == Literal(code)
    assert DKG.Proposes not in codes  # no CAMEO event fits tabling a text
    assert (DKG.Veto, SKOS.closeMatch, CAMEO["129"]) in ontology


def test_every_alignment_is_documented():
    alignments = Graph().parse(ONTOLOGY_DIR / "alignments.ttl")
    external = (RDFS.subClassOf, RDFS.subPropertyOf, SKOS.closeMatch, RDFS.seeAlso)
    aligned = {
        subject
        for prop in external
        for subject, target in alignments.subject_objects(prop)
        if str(subject).startswith(str(DKG)) and not str(target).startswith(str(CAMEO))
    }
    assert DKG.RollCall in aligned and DKG.Evidence in aligned
    for subject in aligned:
        assert alignments.value(subject, RDFS.comment) is not None, subject


def test_data_sources_use_only_declared_terms(ontology):
    """A misspelt dkg: term in any source module shows up here, not as an empty query."""
    from kg.sources.votes import votes_graph

    graphs = [votes_graph()]
    for module, function in (
        ("kg.registry", "registry_graph"),
        ("kg.sources.events.rdf", "event_graph"),
        ("kg.sources.alliances", "alliances_graph"),
    ):
        graphs.append(getattr(__import__(module, fromlist=[function]), function)())
    declared = {term for term in dkg_terms(ontology) if (term, RDF.type, None) in ontology}
    for graph in graphs:
        assert dkg_terms(graph) - declared == set()


@pytest.mark.slow
def test_hermit_finds_the_ontology_consistent():
    from rdflib import Graph

    from kg.reason import reason

    report = reason(Graph())
    assert report.consistent, report.explanation
    assert report.inferred == []


def test_each_term_is_declared_in_one_file_only():
    """Two files declaring one term give it two definitions and, worse, two ranges."""
    declared: dict[URIRef, list[str]] = {}
    kinds = {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty}
    for path in sorted(ONTOLOGY_DIR.glob("*.ttl")):
        graph = Graph().parse(path, format="turtle")
        for term in {s for s, kind in graph.subject_objects(RDF.type) if kind in kinds}:
            if str(term).startswith(str(DKG)):
                declared.setdefault(term, []).append(path.name)
    assert {str(term): files for term, files in declared.items() if len(files) > 1} == {}
