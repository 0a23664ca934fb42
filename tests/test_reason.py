"""HermiT on the real data: the veto of S/2022/155, a caught inconsistency, the minted class."""

from __future__ import annotations

import pytest
from rdflib import Dataset, Graph
from rdflib.namespace import RDF

from kg.ontology import DKG, ballot_iri, graph_iri, rollcall_iri, state_iri
from kg.reason import opposing_class, reason, reasoning_subset

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def sources() -> Dataset:
    """Registry, votes and event annotation, one named graph each, as the build assembles them."""
    from kg.registry import registry_graph
    from kg.sources.events.rdf import event_graph
    from kg.sources.votes import votes_graph

    dataset = Dataset()
    for name, graph in (
        ("registry", registry_graph()),
        ("votes", votes_graph()),
        ("event-2025-02-24", event_graph()),
    ):
        target = dataset.graph(graph_iri(name))
        for triple in graph:
            target.add(triple)
    return dataset


@pytest.fixture(scope="module")
def report(sources):
    return reason(reasoning_subset(sources))


def test_subset_keeps_council_and_no_ballots_and_drops_other_assembly_ballots(sources):
    subset = reasoning_subset(sources)
    assert (ballot_iri("sc-s-2022-155", "RUS"), DKG.option, DKG.No) in subset
    assert (ballot_iri("ga-es-11-7", "USA"), DKG.option, DKG.No) in subset
    assert (ballot_iri("ga-es-11-7", "FRA"), DKG.option, DKG.Yes) not in subset
    with_rollcall = reasoning_subset(sources, [rollcall_iri("ga-es-11-7")])
    assert (ballot_iri("ga-es-11-7", "FRA"), DKG.option, DKG.Yes) in with_rollcall


def _no_voters(graph: Graph, rollcall=None) -> set[str]:
    return {
        str(graph.value(ballot, DKG.voter))
        for ballot in graph.subjects(DKG.option, DKG.No)
        if rollcall is None or (ballot, DKG.rollCall, rollcall) in graph
    }


def test_every_no_voter_is_an_opposing_state(sources, report):
    """dkg:OpposingState is exactly the No voters of every roll call and the opposing actors."""
    union = Graph()
    for context in sources.graphs():
        union += context
    es_11_7 = _no_voters(union, rollcall_iri("ga-es-11-7"))
    assert len(es_11_7) == 18  # the 18 No votes of 24 February 2025
    opposing = set(report.members(DKG.OpposingState))
    assert es_11_7 <= opposing
    assert {str(state_iri(code)) for code in ("USA", "ISR", "HUN", "BLR", "PRK")} <= opposing
    stances = {
        str(actor)
        for stance in union.subjects(DKG.stanceKind, DKG.Opposes)
        for actor in union.objects(stance, DKG.actor)
        if (actor, RDF.type, DKG.State) in union  # a group of nations is no state
    }
    assert opposing == _no_voters(union) | stances
    assert str(state_iri("FRA")) not in opposing


def test_real_data_is_consistent(report):
    assert report.consistent, report.explanation


def test_russias_ballot_on_s_2022_155_is_a_veto(report):
    veto = str(ballot_iri("sc-s-2022-155", "RUS"))
    assert (veto, str(DKG.Veto)) in report.inferred
    # Russia was the only permanent member voting no on a failed Council draft here.
    assert report.members(DKG.Veto) == [veto]
    assert (ballot_iri("sc-s-2022-155", "RUS"), RDF.type, DKG.Veto) in report.graph()


def test_the_five_permanent_members_are_classified(report):
    permanent = {str(state_iri(code)) for code in ("CHN", "FRA", "GBR", "RUS", "USA")}
    assert set(report.members(DKG.PermanentMember)) == permanent
    assert str(rollcall_iri("sc-s-2022-155")) in report.members(DKG.FailedRollCall)
    assert str(rollcall_iri("sc-res-2774-2025")) not in report.members(DKG.FailedRollCall)


def test_two_options_on_one_rollcall_make_the_ontology_inconsistent(sources):
    """A second ballot of Russia on S/2022/155 with another option: the key makes them one."""
    subset = reasoning_subset(sources)
    second = ballot_iri("sc-s-2022-155", "RUS-second")
    subset.add((second, RDF.type, DKG.Ballot))
    subset.add((second, DKG.voter, state_iri("RUS")))
    subset.add((second, DKG.rollCall, rollcall_iri("sc-s-2022-155")))
    subset.add((second, DKG.option, DKG.Yes))
    broken = reason(subset)
    assert not broken.consistent
    assert (
        "2 ballots on https://w3id.org/diplomatic-kg/id/rollcall/sc-s-2022-155"
        in broken.explanation
    )
    assert broken.inferred == []


def test_one_ballot_with_two_options_is_inconsistent():
    ballot = ballot_iri("sc-s-2022-155", "RUS")
    graph = Graph()
    graph.add((ballot, RDF.type, DKG.Ballot))
    graph.add((ballot, DKG.option, DKG.No))
    graph.add((ballot, DKG.option, DKG.Abstain))
    broken = reason(graph)
    assert not broken.consistent
    assert "has 2 values of dkg:option" in broken.explanation


def test_states_opposing_es_11_7(sources):
    opposing = opposing_class(rollcall_iri("ga-es-11-7"), sources)
    assert opposing.label == "states opposing A/RES/ES-11/7"
    members = opposing.members
    assert len(members) == 18  # the 18 No votes of 24 February 2025
    assert {str(state_iri(code)) for code in ("USA", "RUS", "BLR", "PRK", "SDN", "HUN")} <= set(
        members
    )
    assert str(state_iri("FRA")) not in members
