"""Integration: build the whole graph and ask every competency question of it.

Expected values come from the bundled data files (read here with the data readers), so a
query that drifts from the data fails; a few headline facts are asserted as the sources state
them (the 18 No votes of A/RES/ES-11/7, Russia's veto of S/2022/155).
"""

from __future__ import annotations

from collections import Counter

import pytest

from kg.query import list_queries, run_query
from kg.sources.votes import read_ballots, read_rollcalls

pytestmark = pytest.mark.slow


def ballots_of(rollcall_id: str) -> dict[str, str]:
    return {
        ballot.iso3: ballot.option for ballot in read_ballots() if ballot.rollcall_id == rollcall_id
    }


def test_build_conforms_and_is_consistent(built):
    assert built.validation.conforms
    assert built.reasoning is not None and built.reasoning.consistent
    counts = built.triples_per_graph()
    assert set(counts) >= {"ontology", "registry", "votes", "event-2025-02-24", "inferred"}
    assert all(count > 0 for count in counts.values())


def test_every_query_runs_with_its_example_parameters(dataset):
    for query in list_queries():
        if query.requires:  # needs data the default build lacks; tested beside that data
            continue
        table = run_query(dataset, query, query.examples)
        assert tuple(table.columns) == query.columns, query.name
        assert len(table) > 0, f"{query.name} answered nothing"


def test_es_11_7_ballots_are_the_known_ones(dataset):
    table = run_query(dataset, "rollcall-votes", {"symbol": "A/RES/ES-11/7"})
    votes = Counter(table["vote"])
    assert votes == {"Y": 93, "N": 18}
    no_voters = set(table.loc[table["vote"] == "N", "state"])
    assert {"USA", "RUS", "BLR", "PRK", "SDN"} <= no_voters
    assert dict(zip(table["state"], table["vote"], strict=True)) == ballots_of("ga-es-11-7")


def test_states_voting_with_the_united_states(dataset):
    table = run_query(dataset, "voted-with", {"state": "United States", "symbol": "A/RES/ES-11/7"})
    assert set(table["vote"]) == {"N"}
    assert len(table) == 17
    assert "RUS" in set(table["state"]) and "USA" not in set(table["state"])


def test_vote_changes_between_es_11_6_and_es_11_7(dataset):
    table = run_query(dataset, "vote-changes", {"from": "A/RES/ES-11/6", "to": "A/RES/ES-11/7"})
    before, after = ballots_of("ga-es-11-6"), ballots_of("ga-es-11-7")
    expected = {code for code in after if code in before and before[code] != after[code]}
    assert set(table["state"]) == expected
    united_states = table[table["state"] == "USA"].iloc[0]
    assert (united_states["from_vote"], united_states["to_vote"]) == ("Y", "N")


def test_leaders_on_two_dates(dataset):
    in_2025 = run_query(dataset, "leaders", {"date": "2025-02-24"})
    in_2022 = run_query(dataset, "leaders", {"date": "2022-03-02"})
    us_2025 = set(in_2025.loc[in_2025["state"] == "USA", "person"])
    us_2022 = set(in_2022.loc[in_2022["state"] == "USA", "person"])
    assert "Donald Trump" in us_2025 and "Donald Trump" not in us_2022
    assert "Joe Biden" in us_2022 and "Joe Biden" not in us_2025
    assert "United Nations" in set(in_2025["state"])


def test_tallies_match_the_data(dataset):
    table = run_query(dataset, "tallies").set_index("symbol")
    assert len(table) == len(read_rollcalls())
    es_11_7 = table.loc["A/RES/ES-11/7"]
    assert (es_11_7["yes"], es_11_7["no"], es_11_7["abstain"]) == ("93", "18", "65")
    assert (es_11_7["counted_yes"], es_11_7["counted_no"]) == ("93", "18")
    assert es_11_7["complete"] == "false"
    for symbol, row in table.iterrows():
        if row["complete"] == "true":
            counted = (row["counted_yes"], row["counted_no"], row["counted_abstain"])
            assert counted == (row["yes"], row["no"], row["abstain"]), symbol
    assert table.loc["A/RES/ES-11/8", "counted_yes"] == "0"


def test_security_council_vote_on_2774(dataset):
    table = run_query(dataset, "rollcall-votes", {"symbol": "S/RES/2774(2025)"})
    assert len(table) == 15
    abstained = set(table.loc[table["vote"] == "A", "state"])
    assert abstained == {"DNK", "FRA", "GRC", "SVN", "GBR"}


def test_reasoner_finds_russias_veto(dataset):
    table = run_query(dataset, "vetoes")
    assert list(zip(table["state"], table["symbol"], strict=True)) == [("RUS", "S/2022/155")]


def test_council_and_its_eu_members_in_2025(dataset):
    council = run_query(dataset, "council-members", {"date": "2025-02-24"})
    assert len(council) == 15
    assert set(council.loc[council["seat"] == "permanent", "state"]) == {
        "CHN", "FRA", "GBR", "RUS", "USA",
    }  # fmt: skip
    eu = run_query(dataset, "eu-council-members", {"date": "2025-02-24"})
    assert set(eu["state"]) == {"DNK", "FRA", "GRC", "SVN"}


def test_unknown_ballots_are_listed_not_guessed(dataset):
    table = run_query(dataset, "unknown-ballots", {"symbol": "A/RES/ES-11/7"})
    assert len(table) == 193 - 93 - 18
    assert not set(table["state"]) & set(ballots_of("ga-es-11-7"))


def test_agreement_uses_the_derived_shortcuts(dataset):
    table = run_query(dataset, "agreement", {"first": "USA", "second": "RUS"})
    row = table.iloc[0]
    joint = identical = 0
    score = {"Y": 1, "A": 2, "N": 3}
    for rollcall in read_rollcalls():
        ballots = ballots_of(rollcall.id)
        first, second = ballots.get("USA"), ballots.get("RUS")
        if first in score and second in score:
            joint += 1
            identical += first == second
    assert (int(row["joint_votes"]), int(row["identical_votes"])) == (joint, identical)
