"""Importers of the UN voting history: the three formats, state resolution, skipped rows, topics."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import DataError
from kg.ontology import DKG
from kg.sources.history import read_history
from kg.sources.history.records import (
    HistoryBallot,
    HistoryRollCall,
    ImportSummary,
    Topic,
    rollcall_id_for,
)

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "history"
FILES = {
    "tidy": (FIXTURES / "tidy" / "votes.csv", None),
    "undl": (FIXTURES / "undl.csv", None),
    "voeten": (FIXTURES / "voeten" / "votes.csv", FIXTURES / "voeten" / "rollcalls.csv"),
}


def read(format_name: str) -> tuple[list[HistoryRollCall], list[HistoryBallot], ImportSummary]:
    path, rollcalls = FILES[format_name]
    summary = ImportSummary()
    records = list(read_history(format_name, path, rollcalls=rollcalls, summary=summary))
    return (
        [r for r in records if isinstance(r, HistoryRollCall)],
        [r for r in records if isinstance(r, HistoryBallot)],
        summary,
    )


@pytest.mark.parametrize(
    ("format_name", "counts"),
    [("tidy", (24, 22, 2, 4)), ("undl", (10, 8, 2, 2)), ("voeten", (13, 12, 1, 3))],
)
def test_counts_per_format(format_name, counts):
    rollcalls, ballots, summary = read(format_name)
    assert (summary.rows_read, summary.rows_imported, summary.rows_skipped) == counts[:3]
    assert len(rollcalls) == summary.rollcalls == counts[3]
    assert len(ballots) == summary.rows_imported


@pytest.mark.parametrize("format_name", ["tidy", "undl", "voeten"])
def test_historical_names_resolve_to_the_seat(format_name):
    _, ballots, _ = read(format_name)
    first = {b.iso3: b.option for b in ballots if b.rollcall_id == "ga-9901-xxx"}
    # USSR → RUS (the seat), Zaire → COD, Czechoslovakia CSK, Yugoslavia YUG, Byelorussian SSR BLR
    expected = {"USA": "N", "RUS": "Y", "CSK": "Y", "YUG": "Y", "COD": "A", "BLR": "X"}
    if format_name == "voeten":
        # its row 8 gives only COW 260, the German Federal Republic, whose seat is DEU
        expected["DEU"] = "Y"
    assert first == expected


def test_same_resolution_is_one_rollcall_id_in_every_format():
    ids = {name: {r.id for r in read(name)[0]} for name in FILES}
    assert all("ga-9901-xxx" in found for found in ids.values())
    assert rollcall_id_for("A/RES/ES-11/7", "x") == "ga-es-11-7"  # as kg/data/votes spells it


def test_skipped_rows_are_reported_with_row_numbers_never_guessed():
    _, ballots, tidy = read("tidy")
    assert [(e.row, e.reason) for e in tidy.examples["unknown state"]] == [(13, "unknown state")]
    assert tidy.examples["duplicate ballot"][0].row == 20
    assert not any(b.iso3 == "ATL" for b in ballots)
    assert [b.option for b in ballots if b.rollcall_id == "ga-es-99-1" and b.iso3 == "USA"] == ["Y"]
    _, _, undl = read("undl")
    assert undl.examples["code and name disagree"][0].row == 9
    assert undl.examples["unknown vote code"][0].detail == "'Z'"
    _, _, voeten = read("voeten")
    assert voeten.skipped == {"not a member (Voeten code 9)": 1}
    assert voeten.examples["not a member (Voeten code 9)"][0].row == 12


def test_ambiguous_code_is_settled_by_the_name():
    # ISO alpha-2 "CS" was both Czechoslovakia and Serbia and Montenegro.
    _, ballots, _ = read("voeten")
    assert {b.iso3 for b in ballots} >= {"CSK", "DDR", "COD"}


def test_topics_and_flags():
    rollcalls = {r.id: r for r in read("tidy")[0]}
    assert rollcalls["ga-9901-xxx"].topics == (Topic("voeten", "me"),)
    assert rollcalls["ga-9901-xxx"].important is True
    assert Topic("unbis", "Human Rights") in rollcalls["ga-44-9902-a"].topics
    undated = rollcalls["ga-undl-9900004"]
    assert undated.date is None and "1977" in undated.note
    voeten = {r.id: r for r in read("voeten")[0]}
    assert voeten["ga-voeten-12"].kind == "amendment"
    assert voeten["ga-voeten-13"].topics == (Topic("voeten", "nu"), Topic("voeten", "di"))


def test_voeten_issue_concepts_are_in_the_ontology():
    from rdflib.namespace import SKOS

    from kg.ontology import load_ontology

    ontology = load_ontology()
    notations = {str(o) for s in ontology.subjects(SKOS.inScheme, DKG.VoetenIssues)
                 for o in ontology.objects(s, SKOS.notation)}  # fmt: skip
    assert notations == {"me", "nu", "di", "hr", "co", "ec"}


def test_a_damaged_file_is_a_data_error(tmp_path):
    import gzip

    content = (FIXTURES / "tidy" / "votes.csv").read_bytes() * 200
    broken = tmp_path / "votes.csv.gz"
    broken.write_bytes(gzip.compress(content)[:-200])
    with pytest.raises(DataError, match="damaged or truncated"):
        list(read_history("tidy", broken))


def test_wrong_header_is_a_data_error(tmp_path):
    with pytest.raises(DataError, match="missing column"):
        list(read_history("undl", FIXTURES / "tidy" / "votes.csv"))


def test_one_reader_for_each_vote_format_of_the_vocabulary():
    from kg.sources.history import READERS
    from kg.vocabulary import VOTE_FORMATS

    assert tuple(READERS) == VOTE_FORMATS
