"""World maps of a vote and of agreement: tallies, unknown ballots, former states, the page."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pandas as pd
import pytest
from conftest import HISTORY_VOTES, needs_history

from kg.analysis.tidy import read_tidy
from kg.cli import main
from kg.registry import load_states
from kg.viz.geography import load_world
from kg.viz.worldmap import (
    agreement_map_page,
    paint_vote,
    vote_from_graph,
    vote_from_matrix,
    vote_map_page,
)

FIXTURES = Path(__file__).parent / "fixtures" / "history" / "tidy"


def _status(page: str) -> dict:
    return json.loads(re.search(r"var status = (\{.*?\});", page).group(1))


def test_every_un_member_can_be_drawn():
    world = load_world()
    members = [state for state in load_states() if state.status == "member"]
    missing = [
        state.iso3
        for state in members
        if state.numeric not in world.shapes and state.numeric not in world.points
    ]
    assert len(members) == 193
    assert missing == []


def test_the_antimeridian_does_not_streak_across_the_map():
    # Fiji and Chukotka cross 180°: a path step wider than half the canvas is a streak.
    world = load_world()
    for code in ("242", "643"):
        steps = re.findall(r"l(-?[\d.]+) ", world.shapes[code].path)
        assert max(abs(float(step)) for step in steps) < world.width / 2


def test_former_states_are_drawn_on_their_successors():
    matrix = read_tidy(FIXTURES / "votes.csv")
    vote = vote_from_matrix(matrix, "A/RES/9901(XXX)", source="fixture")
    fills = paint_vote(vote)
    # 1975: the USSR's ballot is filed under RUS; Kazakhstan and Estonia were part of it.
    assert vote.ballots["RUS"] == "Y"
    assert fills["KAZ"].letter == "Y" and "Union of Soviet" in fills["KAZ"].tip
    assert fills["EST"].letter == "Y"
    # Czechoslovakia on both successors; Yugoslavia on Slovenia … and, through Serbia and
    # Montenegro, on Serbia.
    assert fills["CZE"].letter == fills["SVK"].letter == vote.ballots["CSK"]
    assert fills["SVN"].letter == fills["SRB"].letter == vote.ballots["YUG"]
    assert "drawn on today's borders of their successors" in html.unescape(vote_map_page(vote))
    # 1989: the GDR's territory lies within Germany, which voted itself: listed, not drawn.
    vote = vote_from_matrix(matrix, "A/RES/44/9902 A", source="fixture")
    assert paint_vote(vote)["DEU"].letter == "Y"
    assert "German Democratic Republic (DDR) voted No" in html.unescape(vote_map_page(vote))


def test_legend_counts_are_the_tally_and_the_page_is_self_contained():
    matrix = read_tidy(FIXTURES / "votes.csv")
    vote = vote_from_matrix(matrix, "A/RES/9901(XXX)", source="fixture")
    page = vote_map_page(vote)
    assert _status(page)["tally"] == vote.tally
    assert sum(vote.tally.values()) == len(vote.ballots)
    assert re.search(r"(src|href)=.?https?:", page) is None
    assert "default-src 'none'" in page


def test_unknown_ballots_stay_unknown(dataset):
    vote = vote_from_graph(dataset, "A/RES/ES-11/7", source="the event graph")
    assert vote.tally == {"Y": 93, "N": 18, "A": 65, "X": 17}
    assert not vote.complete
    assert len(vote.ballots) + len(vote.unknown) == 193
    fills = paint_vote(vote)
    unknown = [code for code, fill in fills.items() if fill.kind == "unknown"]
    assert sorted(unknown) == sorted(vote.unknown)
    assert all(fills[code].hatched for code in unknown)
    # What the graph says the United States did that day is in its hover text.
    assert fills["USA"].letter == "N"
    assert "proposes A/ES-11/L.11" in fills["USA"].tip
    page = vote_map_page(vote)
    assert "Incomplete ballot list" in page
    assert "65 (0 known)" in page


def test_security_council_map_greys_the_non_members(dataset):
    vote = vote_from_graph(dataset, "S/RES/2774(2025)", source="the event graph")
    fills = paint_vote(vote)
    assert sum(fill.kind == "vote" for fill in fills.values()) == 15
    assert fills["FRA"].letter == "A" and fills["USA"].letter == "Y"
    assert fills["DEU"].kind == "not-member"


def test_agreement_map_hatches_low_counts():
    table = pd.DataFrame(
        {
            "state": ["USA", "GBR", "FRA", "RUS"],
            "score": [1.0, 0.9, 0.8, 0.2],
            "joint": [40, 40, 5, 40],
        }
    )
    page = agreement_map_page(
        table,
        "USA",
        period=("2024-01-01", "2024-12-31"),
        organ="GA",
        method="voeten",
        rollcalls=40,
        min_joint=10,
        source="fixture",
    )
    status = _status(page)
    assert status["scored"] == 3 and status["few"] == 1
    assert "over 5 joint votes (fewer than 10" in page


def test_cli_map_of_a_vote(tmp_path, capsys):
    out = tmp_path / "map.html"
    votes = FIXTURES / "votes.csv"
    assert (
        main(
            ["viz", "map", "--symbol", "A/RES/9901(XXX)", "--votes", str(votes), "--out", str(out)]
        )
        == 0
    )
    assert out.is_file() and "A/RES/9901(XXX)" in out.read_text(encoding="utf-8")
    assert main(["viz", "map", "--symbol", "A/RES/0/0", "--votes", str(votes)]) == 3
    assert "no roll call on A/RES/0/0" in capsys.readouterr().err


def test_cli_map_takes_one_source(tmp_path):
    assert main(["viz", "map", "--symbol", "X", "--votes", "a", "--store", "b"]) == 2


@needs_history
def test_es_11_1_on_the_full_history(tmp_path):
    out = tmp_path / "es-11-1.html"
    assert (
        main(
            [
                "viz",
                "map",
                "--symbol",
                "A/RES/ES-11/1",
                "--votes",
                str(HISTORY_VOTES),
                "--out",
                str(out),
            ]
        )
        == 0
    )
    status = _status(out.read_text(encoding="utf-8"))
    assert status["tally"] == {"Y": 141, "N": 5, "A": 35, "X": 12}
    assert status["complete"] and status["unknown"] == 0


@pytest.mark.filterwarnings("ignore:.*unknown states ATL")
def test_maps_from_a_graph_handle(tmp_path):
    from kg import agreement_map, open_graph, vote_map
    from kg.store import import_history

    votes = FIXTURES / "votes.csv"
    import_history("tidy", votes, store_dir=tmp_path / "store", quiet=True)
    # The votes file is read as its matrix, the store through SPARQL: the same tally.
    pages = [
        vote_map(open_graph(votes=votes), "A/RES/9901(XXX)"),
        vote_map(open_graph(store=tmp_path / "store"), "A/RES/9901(XXX)"),
    ]
    tallies = [_status(page)["tally"] for page in pages]
    assert tallies[0] == tallies[1] == {"Y": 3, "N": 1, "A": 1, "X": 1}
    assert "votes.csv" in html.unescape(pages[0])
    page = agreement_map(open_graph(votes=votes), "USA", min_joint=1)
    # 17 states voted; those since dissolved are drawn on their successors' territory.
    assert _status(page)["scored"] == 31
    assert "1975-11-10 to 2023-01-01 · 4 roll calls</h1>" in page
    page = agreement_map(open_graph(votes=votes), "USA", start="1980-01-01", min_joint=1)
    assert "1989-12-04 to 2023-01-01 · 2 roll calls</h1>" in page
