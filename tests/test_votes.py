"""The Ukraine roll calls (kg/data/votes/): readers, validation and RDF, on the real data."""

from __future__ import annotations

import csv
import datetime as dt
import shutil
from collections import Counter
from pathlib import Path

import pytest
from rdflib import Literal
from rdflib.namespace import RDF, XSD

from kg.errors import DataError
from kg.ontology import DKG, ID, ballot_iri, motion_iri, organ_iri, rollcall_iri, state_iri
from kg.sources.votes import (
    VOTES_DIR,
    read_ballots,
    read_council_seats,
    read_rollcalls,
    votes_graph,
)

SHARED_VOTES = Path(__file__).resolve().parents[2] / "shared" / "data" / "un-votes"


@pytest.fixture(scope="module")
def rollcalls():
    return {rollcall.id: rollcall for rollcall in read_rollcalls()}


@pytest.fixture(scope="module")
def ballots():
    return read_ballots()


@pytest.fixture(scope="module")
def graph():
    return votes_graph()


def options(ballots, rollcall_id):
    return {ballot.iso3: ballot.option for ballot in ballots if ballot.rollcall_id == rollcall_id}


def test_ten_rollcalls_with_their_official_tallies(rollcalls):
    assert len(rollcalls) == 10
    es_11_7 = rollcalls["ga-es-11-7"]
    assert (es_11_7.yes, es_11_7.no, es_11_7.abstain, es_11_7.non_voting) == (93, 18, 65, 17)
    assert es_11_7.date == dt.date(2025, 2, 24)
    es_11_1 = rollcalls["ga-es-11-1"]
    assert (es_11_1.yes, es_11_1.no, es_11_1.abstain, es_11_1.non_voting) == (141, 5, 35, 12)
    es_11_8 = rollcalls["ga-es-11-8"]
    assert (es_11_8.yes, es_11_8.no, es_11_8.abstain) == (93, 8, 73)
    assert es_11_8.draft_symbols == ("A/ES-11/L.11",)


def test_incomplete_rollcalls_are_flagged_and_explained(rollcalls):
    completeness = {rollcall_id: r.completeness for rollcall_id, r in rollcalls.items()}
    assert completeness == {
        "ga-es-11-1": "complete",
        "ga-es-11-2": "partial",
        "ga-es-11-3": "complete",
        "ga-es-11-4": "complete",
        "ga-es-11-5": "complete",
        "ga-es-11-6": "complete",
        "ga-es-11-7": "partial",
        "ga-es-11-8": "totals-only",
        "sc-s-2022-155": "complete",
        "sc-res-2774-2025": "complete",
    }
    assert "Botswana" in rollcalls["ga-es-11-2"].note
    assert "82" in rollcalls["ga-es-11-7"].note
    assert rollcalls["ga-es-11-8"].note
    assert all(r.sources and r.record_link.startswith("https://") for r in rollcalls.values())


def test_es_11_7_has_exactly_the_18_known_no_ballots(ballots):
    es_11_7 = options(ballots, "ga-es-11-7")
    votes_against = {iso3 for iso3, option in es_11_7.items() if option == "N"}
    assert len(votes_against) == 18
    assert {"USA", "RUS", "BLR", "PRK", "SDN", "HUN", "ISR"} <= votes_against
    assert Counter(es_11_7.values()) == {"Y": 93, "N": 18}  # abstentions are not guessed


def test_es_11_1_is_complete_and_counts_match(ballots):
    counts = Counter(options(ballots, "ga-es-11-1").values())
    assert counts == {"Y": 141, "N": 5, "A": 35, "X": 12}


def test_every_complete_ga_rollcall_has_193_ballots(rollcalls, ballots):
    per_rollcall = Counter(ballot.rollcall_id for ballot in ballots)
    for rollcall in rollcalls.values():
        if rollcall.organ == "GA" and rollcall.ballots_complete:
            assert per_rollcall[rollcall.id] == 193, rollcall.id
    assert per_rollcall["ga-es-11-2"] == 188
    assert per_rollcall["ga-es-11-8"] == 0


def test_s_2022_155_russia_vetoed(rollcalls, ballots):
    draft = rollcalls["sc-s-2022-155"]
    assert (draft.yes, draft.no, draft.abstain, draft.result) == (11, 1, 3, "vetoed")
    assert draft.kind == "draft" and draft.proposers == ("ALB", "USA")
    vote = options(ballots, "sc-s-2022-155")
    assert vote["RUS"] == "N"
    assert {iso3 for iso3, option in vote.items() if option == "A"} == {"CHN", "IND", "ARE"}


def test_s_res_2774_abstentions(rollcalls, ballots):
    resolution = rollcalls["sc-res-2774-2025"]
    assert (resolution.yes, resolution.no, resolution.abstain) == (10, 0, 5)
    assert resolution.draft_symbols == ("S/2025/112",)
    vote = options(ballots, "sc-res-2774-2025")
    assert {iso3 for iso3, option in vote.items() if option == "A"} == {
        "DNK",
        "FRA",
        "GRC",
        "SVN",
        "GBR",
    }
    assert vote["USA"] == vote["RUS"] == vote["CHN"] == "Y"


@pytest.mark.parametrize(
    ("day", "rollcall_id", "elected"),
    [
        (
            dt.date(2022, 2, 25),
            "sc-s-2022-155",
            {"ALB", "BRA", "GAB", "GHA", "IND", "IRL", "KEN", "MEX", "NOR", "ARE"},
        ),
        (
            dt.date(2025, 2, 24),
            "sc-res-2774-2025",
            {"DZA", "DNK", "GRC", "GUY", "PAK", "PAN", "KOR", "SLE", "SVN", "SOM"},
        ),
    ],
)
def test_council_seats_match_the_council_ballots(day, rollcall_id, elected, ballots):
    seated = [seat for seat in read_council_seats() if seat.held_on(day)]
    permanent = {seat.iso3 for seat in seated if seat.kind == "permanent"}
    assert permanent == {"CHN", "FRA", "GBR", "RUS", "USA"}
    assert {seat.iso3 for seat in seated if seat.kind == "elected"} == elected
    assert set(options(ballots, rollcall_id)) == permanent | elected
    assert all(seat.sources for seat in seated)


def test_elected_terms(rollcalls):
    terms = {
        seat.iso3: (seat.start.year, seat.end.year)
        for seat in read_council_seats()
        if seat.kind == "elected"
    }
    assert terms["IND"] == terms["KEN"] == (2021, 2022)
    assert terms["ALB"] == terms["ARE"] == (2022, 2023)
    assert terms["SVN"] == terms["KOR"] == (2024, 2025)
    assert terms["DNK"] == terms["SOM"] == (2025, 2026)


def test_graph_holds_only_known_ballots(graph, ballots):
    assert len(set(graph.subjects(RDF.type, DKG.Ballot))) == len(ballots) == 1294
    assert not list(graph.subjects(DKG.rollCall, rollcall_iri("ga-es-11-8")))
    assert (ballot_iri("ga-es-11-7", "AFG"), RDF.type, DKG.Ballot) not in graph  # unknown A/X
    russia = ballot_iri("sc-s-2022-155", "RUS")
    assert (russia, DKG.option, DKG.No) in graph
    assert (russia, DKG.voter, state_iri("RUS")) in graph
    assert not list(graph.triples((None, DKG.votedNo, None)))  # shortcuts come from rules


def test_graph_rollcall_motion_and_seat(graph):
    rollcall = rollcall_iri("ga-es-11-7")
    assert (rollcall, DKG.organ, organ_iri("GA")) in graph
    assert (rollcall, DKG.motion, motion_iri("A/RES/ES-11/7")) in graph
    assert (rollcall, DKG.noCount, Literal(18, datatype=XSD.nonNegativeInteger)) in graph
    assert (rollcall, DKG.ballotsComplete, Literal(False)) in graph
    assert (rollcall, DKG.date, Literal("2025-02-24", datatype=XSD.date)) in graph
    assert graph.value(rollcall, DKG.note) is not None
    assert (motion_iri("S/2025/112"), DKG.adoptedAs, motion_iri("S/RES/2774(2025)")) in graph
    assert (motion_iri("S/2022/155"), RDF.type, DKG.DraftResolution) in graph
    seat = ID["seat/SC/USA/1945-10-24"]
    assert (seat, RDF.type, DKG.PermanentSeat) in graph
    assert (seat, DKG.seatOn, organ_iri("SC")) in graph
    assert (state_iri("USA"), DKG.holdsSeat, seat) in graph
    assert (
        ID["seat/SC/KEN/2021-01-01"],
        DKG.endDate,
        Literal("2022-12-31", datatype=XSD.date),
    ) in graph


@pytest.mark.skipif(not SHARED_VOTES.is_dir(), reason="shared un-votes data not present")
def test_wide_matrices_reproduce_the_shared_long_files(ballots, rollcalls):
    known = {(ballot.rollcall_id, ballot.iso3): ballot.option for ballot in ballots}
    shared = {}
    for name in ("votes.csv", "votes_partial.csv"):
        with (SHARED_VOTES / name).open(newline="", encoding="utf-8") as stream:
            for row in csv.DictReader(stream):
                key = (row["rollcall_id"], row["state_iso3"])
                assert known.get(key) == row["vote"], (name, key)
                shared[key] = row["vote"]
    assert known == shared  # nothing more than the shared rows, nothing less
    with (SHARED_VOTES / "rollcalls.csv").open(newline="", encoding="utf-8") as stream:
        for row in csv.DictReader(stream):
            rollcall = rollcalls[row["rollcall_id"]]
            assert (rollcall.motion_symbol, rollcall.date.isoformat(), rollcall.result) == (
                row["symbol"],
                row["date"],
                row["outcome"],
            )
            assert [rollcall.yes, rollcall.no, rollcall.abstain, rollcall.non_voting] == [
                int(row[name]) for name in ("yes", "no", "abstain", "non_voting")
            ]


# --- broken copies --------------------------------------------------------------------------


@pytest.fixture
def votes_copy(tmp_path):
    directory = tmp_path / "votes"
    shutil.copytree(VOTES_DIR, directory)
    return directory


def edit(path: Path, old: str, new: str, count: int = 1) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def line_of(path: Path, start: str) -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(number for number, line in enumerate(lines, 1) if line.startswith(start))


def test_bad_vote_code(votes_copy):
    ballots_file = votes_copy / "ga-ballots.csv"
    edit(ballots_file, "AFG,Y,", "AFG,Q,")
    with pytest.raises(DataError) as error:
        read_ballots(votes_copy)
    message = str(error.value)
    assert "ga-ballots.csv" in message and f"line {line_of(ballots_file, 'AFG,')}" in message
    assert "'Q'" in message and "column ga-es-11-1" in message


def test_unknown_state(votes_copy):
    ballots_file = votes_copy / "ga-ballots.csv"
    edit(ballots_file, "\nAFG,", "\nXXX,")
    with pytest.raises(DataError, match=r"ga-ballots\.csv line 2.*unknown state code 'XXX'"):
        read_ballots(votes_copy)


def test_duplicate_state_row(votes_copy):
    ballots_file = votes_copy / "ga-ballots.csv"
    edit(ballots_file, "\nAGO,", "\nAFG,")
    with pytest.raises(DataError, match=r"ga-ballots\.csv line 3.*AFG has a second row"):
        read_ballots(votes_copy)


def test_tallies_that_do_not_match_a_complete_ballot_list(votes_copy):
    edit(
        votes_copy / "rollcalls.yaml",
        "{yes: 141, no: 5, abstain: 35, non_voting: 12}",
        "{yes: 140, no: 6, abstain: 35, non_voting: 12}",
    )
    with pytest.raises(DataError, match=r"ga-ballots\.csv, column ga-es-11-1.*official tallies"):
        read_ballots(votes_copy)


def test_tallies_that_do_not_add_up(votes_copy):
    rollcalls_file = votes_copy / "rollcalls.yaml"
    edit(
        rollcalls_file,
        "{yes: 93, no: 18, abstain: 65, non_voting: 17}",
        "{yes: 93, no: 18, abstain: 65, non_voting: 18}",
    )
    entry_line = line_of(rollcalls_file, "  - id: ga-es-11-7")
    with pytest.raises(DataError, match=rf"rollcalls\.yaml line {entry_line} .*add up to 194"):
        read_rollcalls(votes_copy)


def test_negative_tally(votes_copy):
    edit(votes_copy / "rollcalls.yaml", "non_voting: 17}", "non_voting: -1}")
    with pytest.raises(DataError, match=r"rollcalls\.yaml line \d+ .*non-negative"):
        read_rollcalls(votes_copy)


def test_partial_ballots_exceeding_tallies(votes_copy):
    ballots_file = votes_copy / "ga-ballots.csv"
    # Afghanistan's unknown ES-11/7 cell becomes a 19th No
    edit(ballots_file, "AFG,Y,Y,X,Y,Y,Y,,", "AFG,Y,Y,X,Y,Y,Y,N,")
    with pytest.raises(DataError, match=r"column ga-es-11-7.*exceed its tallies"):
        read_ballots(votes_copy)


def test_non_member_ballot_on_the_council(votes_copy):
    edit(votes_copy / "sc-ballots.csv", "DNK,-,A", "DNK,Y,A")
    with pytest.raises(DataError, match=r"sc-ballots\.csv line \d+, column sc-s-2022-155.*DNK"):
        read_ballots(votes_copy)


def test_unknown_rollcall_column(votes_copy):
    edit(votes_copy / "sc-ballots.csv", "sc-s-2022-155", "sc-s-2022-999")
    with pytest.raises(DataError, match=r"sc-ballots\.csv line 1, column sc-s-2022-999"):
        read_ballots(votes_copy)


def test_malformed_yaml(votes_copy):
    rollcalls_file = votes_copy / "rollcalls.yaml"
    edit(
        rollcalls_file,
        "    title: Aggression against Ukraine",
        "    title: [Aggression against Ukraine",
    )
    with pytest.raises(DataError, match=r"rollcalls\.yaml line \d+: malformed YAML"):
        read_rollcalls(votes_copy)


def test_council_seat_ending_before_it_starts(votes_copy):
    seats_file = votes_copy / "council-seats.csv"
    edit(seats_file, "IND,elected,2021-01-01,2022-12-31", "IND,elected,2021-01-01,2020-12-31")
    with pytest.raises(DataError, match=rf"council-seats\.csv line {line_of(seats_file, 'IND')}"):
        read_council_seats(votes_copy)
