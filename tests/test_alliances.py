"""The alliance map in frames: identity, matched blocs, membership, and the 2025 US shift."""

from __future__ import annotations

import numpy as np
import pytest
from conftest import HISTORY_VOTES, needs_history

from kg.analysis.matrix import VoteMatrix
from kg.analysis.tidy import read_tidy
from kg.viz.alliances import (
    BLOC_COLOURS,
    alliance_network,
    match_blocs,
    parse_periods,
    write_alliance_page,
    year_periods,
)


@pytest.fixture(scope="module")
def recent():
    history = read_tidy(HISTORY_VOTES).select(organ="GA")
    return alliance_network(history, year_periods(2019, 2026), reference="USA")


def _positions(network, label):
    layer = network.dkg["layers"][label]
    return {node["id"]: np.array((node["x"], node["y"])) for node in layer["nodes"] if "x" in node}


def test_blocs_keep_their_colour_by_overlap():
    colours, following = match_blocs({}, {"A": "x", "B": "x", "C": "y"}, 0)
    assert colours == {"A": 0, "B": 0, "C": 1} and following == 2
    # The bloc that holds A and B now goes by another id: it keeps colour 0.
    colours, following = match_blocs(colours, {"A": "q", "B": "q", "D": "q", "C": "r"}, 2)
    assert colours["A"] == colours["D"] == 0 and colours["C"] == 1
    # A new bloc takes a colour free now and in the previous frame, not a new one each time.
    colours, _ = match_blocs({"A": 0, "C": 2}, {"A": "x", "C": "y", "E": "z"}, 3)
    assert colours["E"] == 1


def test_a_frame_keeps_only_states_with_enough_joint_votes():
    rows, dates = [], {}
    for index in range(12):
        rollcall = f"r{index}"
        dates[rollcall] = f"2024-02-{index + 1:02d}"
        rows += [("USA", rollcall, "Y"), ("GBR", rollcall, "Y"), ("RUS", rollcall, "N")]
        if index < 3:  # votes only three times: fewer than 10 joint votes
            rows.append(("VAT", rollcall, "Y"))
    network = alliance_network(VoteMatrix.from_votes(rows, dates=dates), year_periods(2024, 2024))
    (frame,) = network.dkg["frames"]
    assert frame["states"] == ["GBR", "RUS", "USA"]
    assert frame["warning"] == "Only 12 roll calls in 2024: the ties rest on few votes."


def test_parse_periods_rejects_what_is_not_from_to():
    from kg.errors import DataError

    with pytest.raises(DataError, match="is not FROM:TO"):
        parse_periods(["2024"])


@needs_history
def test_frames_show_members_only_and_the_page_says_what_it_draws(recent, tmp_path):
    frames = {frame["label"]: frame for frame in recent.dkg["frames"]}
    assert list(frames) == [str(year) for year in range(2019, 2027)]
    assert frames["2026"]["warning"].startswith("Only 11 roll calls")
    for frame in frames.values():
        shown = {
            node["id"]
            for node in recent.dkg["layers"][frame["label"]]["nodes"]
            if not node.get("hidden")
        }
        assert shown == set(frame["states"])
        # Blocs named by region and members, never "bloc of" an alphabetically first code.
        assert all("(" in bloc["name"] for bloc in frame["blocs"])
        assert len({bloc["colour"] for bloc in frame["blocs"]}) == len(frame["blocs"])
    sizes = [
        node["size"]
        for layer in recent.dkg["layers"].values()
        for node in layer["nodes"]
        if "size" in node
    ]
    assert min(sizes) >= 8 and max(sizes) <= 28  # bounded centrality
    html = write_alliance_page(recent, tmp_path / "a.html").read_text(encoding="utf-8")
    assert "General Assembly, 2019\u20132026" in html and "data to 2026-06-04" in html


@needs_history
def test_the_united_states_moves_away_from_europe_in_2025(recent):
    from kg.analysis.states import state_attributes

    members = state_attributes(recent.dkg["frames"][-1]["states"], on="2025-01-01")
    eu = members.index[members["eu_member"]].tolist()
    assert len(eu) == 27

    def distance(label):
        positions = _positions(recent, label)
        europe = np.mean([positions[state] for state in eu if state in positions], axis=0)
        return float(np.linalg.norm(positions["USA"] - europe))

    assert distance("2025") > 1.3 * distance("2024")
    tip = next(
        node["title"]
        for node in recent.dkg["layers"]["2025"]["nodes"]
        if node["id"] == "GBR" and "title" in node
    )
    assert "agreement with United States: 0.79 in 2024 (n 91) → 0.28 in 2025 (n 184)" in tip


@needs_history
def test_former_states_are_absent_once_dissolved():
    history = read_tidy(HISTORY_VOTES).select(organ="GA")
    network = alliance_network(history, year_periods(1989, 1992), reference="USA")
    frames = {frame["label"]: set(frame["states"]) for frame in network.dkg["frames"]}
    assert "DDR" in frames["1989"] and "DDR" not in frames["1991"]
    assert "EST" not in frames["1990"] and "EST" in frames["1992"]
    assert len(BLOC_COLOURS) == 10


def test_formal_alliances_are_a_second_layer_off_at_first(dataset, tmp_path):
    # The built graph holds the curated treaties: NATO, Rio, CSTO, EU 42(7), the US treaties.
    from kg.query import run_query
    from kg.viz.alliances import FormalAlliances

    alliances = FormalAlliances.from_graph(dataset)
    assert list(alliances.sources["kind"]) == ["treaty"] * 8
    assert alliances.coverage() == "8 curated treaties (kg/data/alliances), 1948 to date"
    from kg.analysis.sources import extract_matrix

    series = extract_matrix(dataset).select(series="es-11", organ="GA")
    periods = parse_periods(["2022-01-01:2023-12-31", "2025-01-01:2025-12-31"])
    network = alliance_network(series, periods, min_joint=1, alliances=alliances)
    frame = network.dkg["frames"][-1]
    drawn = set(frame["states"])
    # The same pairs the alliance-network query gives for 2025, between the states drawn.
    table = run_query(dataset, "alliance-network", {"year": "2025"})
    military = table[table["kinds"].str.contains("defense|offense")]
    expected = {(a, b) for a, b in zip(military["first"], military["second"], strict=True)}
    expected = {pair for pair in expected if set(pair) <= drawn}
    edges = [edge for edge in network.edges if edge.get("toggle") == "alliances"]
    layer_edges = set(network.dkg["layers"][frame["label"]]["edges"])
    in_2025 = {
        tuple(sorted((edge["from"], edge["to"]))) for edge in edges if edge["id"] in layer_edges
    }
    assert in_2025 == expected and frame["alliances"] == len(expected) > 300
    assert ("GBR", "USA") in in_2025 and ("RUS", "USA") not in in_2025
    assert all(edge["hidden"] for edge in edges)
    page = network.dkg["page"]
    assert page["edge_toggles"]["alliances"]["label"] == "formal alliances"
    assert "8 curated treaties (kg/data/alliances), 1948 to date" in page["notes"][-1]
    html = write_alliance_page(network, tmp_path / "a.html").read_text(encoding="utf-8")
    assert 'data-toggle="alliances"' in html


def test_alliance_network_gives_one_row_per_commitment_and_none_before_any(dataset):
    from kg.query import run_query

    # Finland's NATO pledges to Albania (from 2023) are one row with both kinds, in the
    # order the query documents; a year before any source has no rows (the aggregate the
    # query used to have gave 1,275 empty ones there).
    table = run_query(dataset, "alliance-network", {"year": "2023"})
    finland = table[(table["first"] == "ALB") & (table["second"] == "FIN")]
    assert finland[["kinds", "since", "source"]].astype(str).values.tolist() == [
        ["defense;consultation", "2023", "North Atlantic Treaty"]
    ]
    assert not table.duplicated(["first", "second", "source", "since"]).any()
    assert run_query(dataset, "alliance-network", {"year": "1800"}).empty


def test_a_year_no_source_covers_says_so():
    import pandas as pd

    from kg.analysis.allies import Relations
    from kg.viz.alliances import FormalAlliances

    relations = Relations.from_rows([("commitment", "GBR", "USA", 1949, 2018, 1)])
    sources = pd.DataFrame(
        {
            "source": ["ATOP 5.1"],
            "kind": ["dataset"],
            "commitments": [1],
            "first_year": [1815],
            "last_year": [2018.0],
            "open": [0],
        }
    )
    rows, dates = [], {}
    for year in (2018, 2019):
        for index in range(12):
            rollcall = f"r{year}-{index}"
            dates[rollcall] = f"{year}-03-{index + 1:02d}"
            rows += [("USA", rollcall, "Y"), ("GBR", rollcall, "Y"), ("RUS", rollcall, "N")]
    network = alliance_network(
        VoteMatrix.from_votes(rows, dates=dates),
        year_periods(2018, 2019),
        alliances=FormalAlliances(relations, sources),
    )
    legends = {label: layer["legend"][-1][0] for label, layer in network.dkg["layers"].items()}
    assert legends == {
        "2018": "formal alliances in 2018: 1 pair",
        "2019": "formal alliances: no source covers 2019",
    }
