"""SHACL validation: real data conforms, and each kind of broken data is caught and named."""

from __future__ import annotations

import pytest
from rdflib import Graph, Literal
from rdflib.namespace import RDF, XSD

from kg.errors import ValidationError
from kg.ontology import (
    DKG,
    ID,
    ballot_iri,
    organ_iri,
    person_iri,
    post_iri,
    rollcall_iri,
    state_iri,
)
from kg.validate import ensure_valid, validate

ROLLCALL = "ga-test-1"


def count(value: int) -> Literal:
    return Literal(value, datatype=XSD.nonNegativeInteger)


def small_graph(votes: dict[str, object] | None = None, *, complete: bool = True) -> Graph:
    """One GA roll call (1 yes, 1 no) with its ballots, two states and a tenure: all valid."""
    votes = votes if votes is not None else {"USA": DKG.No, "FRA": DKG.Yes}
    graph = Graph()
    for code, numeric in (("USA", "840"), ("FRA", "250")):
        graph.add((state_iri(code), RDF.type, DKG.State))
        graph.add((state_iri(code), DKG.iso3, Literal(code)))
        graph.add((state_iri(code), DKG.isoNumeric, Literal(numeric)))
    graph.add((organ_iri("GA"), RDF.type, DKG.Organ))
    rollcall = rollcall_iri(ROLLCALL)
    graph.add((rollcall, RDF.type, DKG.RollCall))
    graph.add((rollcall, DKG.organ, organ_iri("GA")))
    graph.add((rollcall, DKG.date, Literal("2025-02-24", datatype=XSD.date)))
    for prop, value in (
        (DKG.yesCount, 1),
        (DKG.noCount, 1),
        (DKG.abstainCount, 0),
        (DKG.nonVotingCount, 0),
    ):
        graph.add((rollcall, prop, count(value)))
    graph.add((rollcall, DKG.ballotsComplete, Literal(complete)))
    for code, option in votes.items():
        ballot = ballot_iri(ROLLCALL, code)
        graph.add((ballot, RDF.type, DKG.Ballot))
        graph.add((ballot, DKG.voter, state_iri(code)))
        graph.add((ballot, DKG.rollCall, rollcall))
        graph.add((ballot, DKG.option, option))
    tenure = ID["tenure/test"]
    graph.add((tenure, RDF.type, DKG.Tenure))
    graph.add((tenure, DKG.holder, person_iri("Dorothy Shea")))
    graph.add((person_iri("Dorothy Shea"), RDF.type, DKG.Person))
    graph.add((tenure, DKG.post, post_iri("Test post")))
    graph.add((post_iri("Test post"), RDF.type, DKG.Post))
    graph.add((tenure, DKG.startDate, Literal("2024-01-01", datatype=XSD.date)))
    graph.add((tenure, DKG.endDate, Literal("2025-01-20", datatype=XSD.date)))
    return graph


def test_small_graph_conforms():
    report = validate(small_graph())
    assert report.conforms, report.text()
    assert report.text().startswith("conforms")


def test_ballot_with_two_options_is_caught():
    graph = small_graph()
    graph.add((ballot_iri(ROLLCALL, "USA"), DKG.option, DKG.Abstain))
    report = validate(graph)
    assert not report.conforms
    lines = [line for line in report.text().splitlines() if "ballot option" in line]
    assert len(lines) == 1
    assert "id:ballot/ga-test-1/USA" in lines[0]
    assert "dkg:option" in lines[0] and "exactly one option" in lines[0]


def test_complete_rollcall_with_wrong_tallies_is_caught():
    graph = small_graph({"USA": DKG.No, "FRA": DKG.No})  # 0 yes, 2 no against 1-1
    report = validate(graph)
    assert not report.conforms
    text = report.text()
    assert "id:rollcall/ga-test-1" in text
    assert "its dkg:yesCount is 1 officially and 0 ballots are counted" in text
    assert "its dkg:noCount is 1 officially and 2 ballots are counted" in text
    assert {violation.value for violation in report.violations} >= {"0", "2"}


def test_partial_rollcall_may_miss_ballots_but_not_exceed_tallies():
    assert validate(small_graph({"USA": DKG.No}, complete=False)).conforms
    report = validate(small_graph({"USA": DKG.No, "FRA": DKG.No}, complete=False))
    assert not report.conforms
    assert "more ballots are counted for its dkg:noCount (2) than the official 1" in report.text()


def test_duplicate_ballot_is_caught():
    graph = small_graph()
    duplicate = ID[f"ballot/{ROLLCALL}/USA-again"]
    graph.add((duplicate, RDF.type, DKG.Ballot))
    graph.add((duplicate, DKG.voter, state_iri("USA")))
    graph.add((duplicate, DKG.rollCall, rollcall_iri(ROLLCALL)))
    graph.add((duplicate, DKG.option, DKG.No))
    graph.set((rollcall_iri(ROLLCALL), DKG.ballotsComplete, Literal(False)))
    report = validate(graph)
    assert not report.conforms
    [violation] = [v for v in report.violations if v.shape == "one ballot per voter and roll call"]
    assert violation.focus_node == "id:rollcall/ga-test-1"
    assert violation.value == "id:state/USA"
    assert (
        "state id:state/USA has 2 ballots on roll call id:rollcall/ga-test-1" in violation.message
    )


@pytest.mark.parametrize(
    ("prop", "bad"), [(DKG.iso3, "Usa"), (DKG.iso3, "USAX"), (DKG.isoNumeric, "84")]
)
def test_bad_iso_code_is_caught(prop, bad):
    graph = small_graph()
    graph.set((state_iri("USA"), prop, Literal(bad)))
    report = validate(graph)
    assert not report.conforms
    [line] = report.text().splitlines()
    assert line.startswith("id:state/USA")
    assert f'"{bad}"' in line


def test_tenure_starting_after_its_end_is_caught():
    graph = small_graph()
    graph.set((ID["tenure/test"], DKG.startDate, Literal("2025-06-01", datatype=XSD.date)))
    report = validate(graph)
    assert not report.conforms
    [line] = report.text().splitlines()
    assert "id:tenure/test" in line and "2025-06-01" in line
    assert "start date is after the end date" in line


def test_string_date_is_caught():
    graph = small_graph()
    graph.set((rollcall_iri(ROLLCALL), DKG.date, Literal("24 February 2025")))
    report = validate(graph)
    assert "roll-call date" in report.text() and "24 February 2025" in report.text()


def test_ensure_valid_raises_with_the_report():
    graph = small_graph()
    graph.set((state_iri("FRA"), DKG.iso3, Literal("fr")))
    with pytest.raises(ValidationError) as caught:
        ensure_valid(graph)
    assert '"fr"' in caught.value.report
    assert caught.value.exit_code == 1


@pytest.mark.slow  # validates every source
def test_real_sources_conform():
    from kg.registry import registry_graph
    from kg.sources.events.rdf import event_graph
    from kg.sources.votes import votes_graph

    graph = Graph()
    for source in (registry_graph(), votes_graph(), event_graph()):
        for triple in source:
            graph.add(triple)
    report = validate(graph)
    assert report.conforms, report.text()


@pytest.mark.slow
def test_one_wrong_tally_among_thousands_of_ballots_is_named():
    """13 complete roll calls of 193 states (2,509 ballots) conform; one count off by one is
    found and its roll call named. Its time is measured by benchmarks/validate_bench.py."""
    codes = [f"S{index:02d}" for index in range(193)]
    graph = Graph()
    for code in codes:
        graph.add((state_iri(code), RDF.type, DKG.State))
    graph.add((organ_iri("GA"), RDF.type, DKG.Organ))
    options = (DKG.Yes, DKG.No, DKG.Abstain)
    for number in range(13):
        rollcall_id = f"ga-synthetic-{number}"
        rollcall = rollcall_iri(rollcall_id)
        graph.add((rollcall, RDF.type, DKG.RollCall))
        graph.add((rollcall, DKG.organ, organ_iri("GA")))
        graph.add((rollcall, DKG.date, Literal("2025-01-01", datatype=XSD.date)))
        graph.add((rollcall, DKG.ballotsComplete, Literal(True)))
        tallies = dict.fromkeys(options, 0)
        for index, code in enumerate(codes):
            option = options[(index + number) % 3]
            tallies[option] += 1
            ballot = ballot_iri(rollcall_id, code)
            graph.add((ballot, RDF.type, DKG.Ballot))
            graph.add((ballot, DKG.voter, state_iri(code)))
            graph.add((ballot, DKG.rollCall, rollcall))
            graph.add((ballot, DKG.option, option))
        for option, prop in zip(
            options, (DKG.yesCount, DKG.noCount, DKG.abstainCount), strict=True
        ):
            graph.add((rollcall, prop, count(tallies[option])))
        graph.add((rollcall, DKG.nonVotingCount, count(0)))
    report = validate(graph)
    assert report.conforms, report.text()

    wrong = rollcall_iri("ga-synthetic-7")
    yes = graph.value(wrong, DKG.yesCount).toPython()
    graph.set((wrong, DKG.yesCount, count(yes + 1)))
    report = validate(graph)
    assert not report.conforms
    assert "ga-synthetic-7" in report.text()
    assert "ga-synthetic-6" not in report.text()
