"""Alliance analysis: agreement indices worked out by hand, the Ukraine series, blocs, exports,
write-back and the command line."""

from __future__ import annotations

import gzip
from pathlib import Path

import networkx as nx
import numpy as np
import pandas as pd
import pytest
from rdflib import Dataset

from kg.analysis.agreement import agreement, agreement_table, coincidence, voeten_agreement
from kg.analysis.blocs import bloc_stability, bloc_table, centrality, louvain_blocs
from kg.analysis.graph import agreement_graph, sparsify, write_gexf, write_graphml
from kg.analysis.matrix import NOT_MEMBER, VoteMatrix
from kg.analysis.shifts import break_drivers, breaks, rank_changes, reference_shift, switchers
from kg.analysis.sources import extract_matrix
from kg.analysis.tidy import read_tidy
from kg.analysis.writeback import alignment_graph, bloc_graph, write_back
from kg.cli import main
from kg.ontology import bind_prefixes
from kg.query import run_query
from kg.registry import registry_graph
from kg.sources.votes import read_ballots, read_rollcalls

HISTORY = Path(__file__).resolve().parents[2] / "shared" / "data" / "unga-history"

# Four states, six roll calls. "-" = D was not a member on r6; r5 is unanimous.
HAND = {
    "A": "Y Y N A Y X",
    "B": "Y N N Y Y Y",
    "C": "N Y A A Y N",
    "D": "Y Y N A Y -",
}


@pytest.fixture(scope="module")
def hand() -> VoteMatrix:
    rows = [
        (state, f"r{position}", vote)
        for state, votes in HAND.items()
        for position, vote in enumerate(votes.split(), start=1)
        if vote != "-"
    ]
    dates = {f"r{n}": f"2020-01-0{n}" for n in range(1, 7)}
    return VoteMatrix.from_votes(rows, dates=dates)


# Worked by hand. Voeten: yes-yes/no-no/abstain-abstain 1, one abstention 0.5, yes-no 0,
# over roll calls where both voted Y/A/N. Votes only: identical / (identical + opposite)
# over roll calls where both voted Y or N.
#   A-B: r1 1, r2 0, r3 1, r4 .5, r5 1 (r6 A absent)  -> 3.5/5;  Y/N: r1 = r2 x r3 = r5 = -> 3/4
#   A-C: 0, 1, .5, 1, 1                              -> 3.5/5;  Y/N: r1 x r2 = r5 =     -> 2/3
#   A-D: 1, 1, 1, 1, 1                               -> 5/5;    Y/N: r1 r2 r3 r5 =      -> 4/4
#   B-C: 0, 0, .5, .5, 1, 0 (r6 Y-N)                 -> 2/6;    Y/N: r1 x r2 x r5 = r6 x -> 1/4
#   B-D: 1, 0, 1, .5, 1 (D not a member on r6)       -> 3.5/5;  Y/N: r1 = r2 x r3 = r5 = -> 3/4
#   C-D: 0, 1, .5, 1, 1                              -> 3.5/5;  Y/N: r1 x r2 = r5 =     -> 2/3
VOETEN = {
    ("A", "B"): (0.7, 5),
    ("A", "C"): (0.7, 5),
    ("A", "D"): (1.0, 5),
    ("B", "C"): (2 / 6, 6),
    ("B", "D"): (0.7, 5),
    ("C", "D"): (0.7, 5),
}
VOTES_ONLY = {
    ("A", "B"): (0.75, 4),
    ("A", "C"): (2 / 3, 3),
    ("A", "D"): (1.0, 4),
    ("B", "C"): (0.25, 4),
    ("B", "D"): (0.75, 4),
    ("C", "D"): (2 / 3, 3),
}


def test_hand_matrix_codes(hand):
    assert hand.states == ("A", "B", "C", "D")
    assert hand.votes[hand.index("D"), 5] == NOT_MEMBER
    assert hand.letters("A") == ["Y", "Y", "N", "A", "Y", "X"]


@pytest.mark.parametrize(("method", "expected"), [("voeten", VOETEN), ("votes-only", VOTES_ONLY)])
def test_hand_worked_indices(hand, method, expected):
    result = agreement(hand, method)
    for (state_a, state_b), (score, joint) in expected.items():
        assert result.score(state_a, state_b) == pytest.approx((score, joint))
        assert result.score(state_b, state_a) == pytest.approx((score, joint))


def test_hand_table_flags_low_counts(hand):
    table = agreement_table(hand, "votes-only", min_joint_votes=4)
    flagged = set(zip(table["state_a"], table["state_b"], strict=True)) & {
        tuple(pair) for pair in table.loc[table["low_count"], ["state_a", "state_b"]].values
    }
    assert flagged == {("A", "C"), ("C", "D")}
    assert len(table) == 6


def test_drop_unanimous_by_hand(hand):
    informative = hand.select(drop_unanimous=True)
    assert informative.rollcalls["id"].tolist() == ["r1", "r2", "r3", "r4", "r6"]
    # without r5 (all yes): A-B 2.5/4, B-C 1/5
    result = voeten_agreement(informative)
    assert result.score("A", "B") == pytest.approx((0.625, 4))
    assert result.score("B", "C") == pytest.approx((0.2, 5))


def test_switchers_by_hand(hand):
    table = switchers(hand).set_index("state")
    assert set(table.index) == {"A", "B", "C", "D"}
    assert table.loc["B", "switches"] == 2  # Y N N Y Y Y
    assert table.loc["A", "switches"] == 3  # Y Y N A Y, the absence (X) is no vote
    assert table.loc["A", "r6"] == "X" and table.loc["D", "r6"] == ""


# --- the real Ukraine series, from the built graph ------------------------------------------


@pytest.fixture(scope="module")
def ukraine(dataset) -> VoteMatrix:
    return extract_matrix(dataset)


def _agreement_from_ballots(state_a, state_b, rollcall_ids):
    """Voeten's index recomputed from the ballot files, independently of the matrix."""
    value = {"Y": 1, "A": 2, "N": 3}
    votes = {(b.rollcall_id, b.iso3): b.option for b in read_ballots()}
    pairs = [
        (value[votes[(r, state_a)]], value[votes[(r, state_b)]])
        for r in rollcall_ids
        if votes.get((r, state_a)) in value and votes.get((r, state_b)) in value
    ]
    return sum(1 - abs(a - b) / 2 for a, b in pairs) / len(pairs), len(pairs)


def test_es11_us_russia_agreement_jumps(ukraine):
    es11 = ukraine.select(series="es-11")
    assert es11.rollcalls["symbol"].str.startswith("A/RES/ES-11/").all()
    before = es11.select(end="2023-12-31")
    after = es11.select(start="2025-01-01")
    score_before, joint_before = voeten_agreement(before).score("USA", "RUS")
    score_after, joint_after = voeten_agreement(after).score("USA", "RUS")
    rollcalls = {r.id: r for r in read_rollcalls()}
    ids_before = [r for r in before.rollcalls["id"] if rollcalls[r].date.year <= 2023]
    ids_after = list(after.rollcalls["id"])
    assert (score_before, joint_before) == _agreement_from_ballots("USA", "RUS", ids_before)
    assert (score_after, joint_after) == _agreement_from_ballots("USA", "RUS", ids_after)
    assert score_after - score_before >= 0.5  # the jump the founding article reports

    table = breaks(es11, "USA", "RUS", min_joint_votes=1)  # a series of a few votes a year
    assert table.iloc[0]["year"] == 2025
    assert table.iloc[0]["change"] == pytest.approx(
        score_after - table.set_index("year").loc[2023, "score"]
    )
    drivers = break_drivers(es11, "USA", "RUS", 2023, 2025)
    assert drivers.iloc[0]["symbol"] == "A/RES/ES-11/7"
    assert drivers["contribution"].sum() == pytest.approx(table.iloc[0]["change"])


def test_es11_reference_shift_and_switchers(ukraine):
    es11 = ukraine.select(series="es-11")
    shift = reference_shift(
        es11.select(end="2023-12-31"), es11.select(start="2025-01-01"), "USA", min_joint_votes=1
    ).set_index("state")
    # Allies that voted with the US in 2022-2023 and against it on ES-11/7, and the reverse.
    assert shift.loc["DEU", "change"] < 0 < shift.loc["RUS", "change"]
    assert shift.loc["DEU", "before"] > shift.loc["DEU", "after"]
    moved = switchers(es11).set_index("state")
    assert "USA" in moved.index and moved.loc["USA", "A/RES/ES-11/7"] == "N"


def test_blocs_deterministic_with_seed(ukraine):
    matrix = ukraine.select(series="es-11")
    graph = sparsify(agreement_graph(voeten_agreement(matrix), min_joint_votes=5), k=8)
    first = louvain_blocs(graph, seed=7)
    assert first == louvain_blocs(graph, seed=7)
    assert set(first) == set(matrix.states)
    assert first["FRA"] == first["DEU"]  # same votes on every ES-11 resolution
    stability = bloc_stability(graph, seeds=range(5))
    assert all(0 < share <= 1 for share in stability.values())
    table = bloc_table(graph, seed=7, seeds=range(5))
    assert list(table.columns) == [
        "state",
        "name",
        "bloc",
        "stability",
        "weighted_degree",
        "betweenness",
    ]


def test_betweenness_stays_between_0_and_1_when_states_always_agree():
    # Agreement 1 made edges of length 0, and betweenness counted paths through any number
    # of perfectly agreeing states: 1.54 for a clique member here, 1e21 on the 2025 votes.
    graph = nx.complete_graph(["A", "B", "C", "E", "F"])
    nx.set_edge_attributes(graph, 1.0, "weight")
    graph.add_edge("A", "D", weight=0.5)
    betweenness = centrality(graph)["betweenness"]
    # A lies on the 4 paths from D to the others, of the 10 pairs that do not include A.
    assert betweenness["A"] == pytest.approx(4 / 10)
    assert betweenness.drop("A").max() == 0.0


@pytest.mark.skipif(not (HISTORY / "votes.csv.gz").is_file(), reason="no unga-history copy")
def test_betweenness_of_the_2025_votes_is_bounded():
    matrix = read_tidy(HISTORY / "votes.csv.gz").select(start="2025-01-01", end="2025-12-31")
    graph = agreement_graph(voeten_agreement(matrix), min_joint_votes=10)
    assert sum(weight == 1.0 for *_, weight in graph.edges(data="weight")) > 100
    betweenness = centrality(sparsify(graph, k=5))["betweenness"]
    assert betweenness.min() >= 0.0 and betweenness.max() <= 1.0
    assert betweenness.max() > 0.1


def test_graphml_and_gexf_round_trip(hand, tmp_path):
    graph = agreement_graph(voeten_agreement(hand), on="2025-02-24", min_joint_votes=1)
    graph.nodes["A"]["bloc"] = "A"
    graphml = nx.read_graphml(write_graphml(graph, tmp_path / "agreement.graphml"))
    gexf = nx.read_gexf(write_gexf(graph, tmp_path / "agreement.gexf"))
    for copy in (graphml, gexf):
        assert set(copy.nodes) == set(graph.nodes)
        assert copy.nodes["A"]["bloc"] == "A"
        assert copy.nodes["B"]["eu_member"] is False
        assert copy["B"]["C"]["weight"] == pytest.approx(2 / 6)
        assert int(copy["B"]["C"]["joint_votes"]) == 6
        assert copy["B"]["C"]["method"] == "voeten"


def test_write_back_is_queryable(ukraine):
    matrix = ukraine.select(series="es-11")
    table = agreement_table(matrix, "voeten")
    table = table[(table["state_a"] == "USA") | (table["state_b"] == "USA")]
    dataset = bind_prefixes(Dataset(default_union=True))
    for triple in registry_graph():
        dataset.add(triple)
    write_back(dataset, alignment_graph(table, selection="series es-11", period=matrix.period()))
    blocs = bloc_table(
        sparsify(agreement_graph(voeten_agreement(matrix), min_joint_votes=5), k=8), seeds=range(3)
    )
    write_back(dataset, bloc_graph(blocs, selection="series es-11", seed=0))
    answer = run_query(dataset, "strongest-alignments", {"state": "USA"})
    assert len(answer) == len(table.dropna(subset=["score"]))
    russia = answer.set_index("partner").loc["RUS"]
    expected = voeten_agreement(matrix).score("USA", "RUS")
    assert float(russia["score"]) == pytest.approx(expected[0], abs=1e-6)
    assert int(russia["joint_votes"]) == expected[1]
    assert russia["period_start"] == "2022-03-02"


# --- the command line -----------------------------------------------------------------------


@pytest.fixture(scope="module")
def tidy_file(tmp_path_factory) -> Path:
    """The hand matrix in the tidy history format (D absent from r6: not a member)."""
    lines = ["rcid,date,session,symbol,state_iso3,state_name,vote"]
    codes = {"A": "USA", "B": "GBR", "C": "RUS", "D": "FRA"}
    for state, votes in HAND.items():
        for position, vote in enumerate(votes.split(), start=1):
            if vote != "-":
                year = 2020 if position <= 3 else 2021
                lines.append(
                    f"{position},{year}-05-0{position},{year - 1945},A/RES/{position},"
                    f"{codes[state]},{codes[state]},{vote}"
                )
    path = tmp_path_factory.mktemp("tidy") / "votes.csv.gz"
    path.write_bytes(gzip.compress(("\n".join(lines) + "\n").encode()))
    return path


def test_cli_agreement_csv(tidy_file, capsys):
    assert main(["analyze", "agreement", "--votes", str(tidy_file), "--a", "USA", "--b", "GBR",
                 "--format", "csv"]) == 0  # fmt: skip
    assert (
        capsys.readouterr().out
        == "state_a,state_b,method,score,joint_votes,identical,both_abstain,partial,opposite,"
        "absent\nUSA,GBR,voeten,0.7,5,3,0,1,1,1\n"
    )
    assert main(["analyze", "agreement", "--votes", str(tidy_file), "--format", "csv",
                 "--method", "votes-only"]) == 0  # fmt: skip
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("state_a,state_b,method,score,joint_votes,") and len(lines) == 7
    assert "FRA,GBR,votes-only,0.75,4,3,0,1,1,0" in lines


def test_cli_shifts_and_breaks(tidy_file, capsys):
    shifts = ["analyze", "shifts", "--votes", str(tidy_file), "--reference", "USA",
              "--before", "2020-01-01:2020-12-31", "--after", "2021-01-01:2021-12-31",
              "--format", "csv"]  # fmt: skip
    assert main([*shifts, "--min-joint", "2"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == (
        "rank,state,name,before,after,change,before_joint,after_joint,low_count,method"
    )
    # RUS: 2020 (0 + 1 + .5)/3, 2021 (1 + 1)/2; GBR: 2020 (1 + 0 + 1)/3, 2021 (.5 + 1)/2;
    # FRA: 1 and 1
    assert [line.split(",")[:2] + line.split(",")[3:] for line in lines[1:]] == [
        ["1", "RUS", "0.5", "1.0", "0.5", "3", "2", "False", "voeten"],
        ["2", "GBR", "0.6667", "0.75", "0.0833", "3", "2", "False", "voeten"],
        ["3", "FRA", "1.0", "1.0", "0.0", "3", "2", "False", "voeten"],
    ]
    # Below the default floor of 10 joint votes nothing is ranked, nothing is dropped.
    assert main(shifts) == 0
    output = capsys.readouterr()
    assert [line.split(",")[:2] for line in output.out.splitlines()[1:]] == [
        ["", "RUS"],
        ["", "GBR"],
        ["", "FRA"],
    ]
    assert "note: 3 state(s) listed after the ranked ones rest on fewer than 10" in output.err
    breaks = ["analyze", "breaks", "--votes", str(tidy_file), "--a", "GBR", "--b", "RUS",
              "--format", "csv"]  # fmt: skip
    assert main([*breaks, "--min-joint", "3"]) == 0
    # GBR-RUS: 2020 (0 + 0 + .5)/3, 2021 (.5 + 1 + 0)/3
    assert capsys.readouterr().out.splitlines() == [
        "year,score,change,joint_votes,previous,previous_joint_votes,low_count,rank,method",
        "2021,0.5,0.3333,3,2020,3,False,1,voeten",
        "2020,0.1667,,3,,,False,,voeten",
    ]
    assert main(breaks) == 0
    assert capsys.readouterr().out.splitlines()[1:] == [
        "2020,0.1667,,3,,,True,,voeten",
        "2021,0.5,,3,,,True,,voeten",
    ]


def test_cli_bad_state_and_period(tidy_file, capsys):
    assert main(["analyze", "agreement", "--votes", str(tidy_file), "--a", "Atlantis",
                 "--b", "USA"]) == 3  # fmt: skip
    assert "unknown state 'Atlantis'" in capsys.readouterr().err
    assert main(["analyze", "shifts", "--votes", str(tidy_file), "--reference", "USA",
                 "--before", "2020", "--after", "2021-01-01:2021-12-31"]) == 2  # fmt: skip
    error = capsys.readouterr().err
    assert error.startswith("usage: dkg analyze shifts") and "'2020' is not FROM:TO" in error


# --- the full history, when present ---------------------------------------------------------


@pytest.mark.skipif(not (HISTORY / "votes.csv.gz").is_file(), reason="no unga-history copy")
def test_history_all_pairs_of_a_year():
    matrix = read_tidy(HISTORY / "votes.csv.gz").select(start="2024-01-01", end="2024-12-31")
    assert matrix.shape[0] == 193
    for method in ("voeten", "coincidence", "votes-only"):
        result = agreement(matrix, method)
        assert result.scores.shape == (193, 193)
        assert np.allclose(result.scores, result.scores.T, equal_nan=True)
        assert (result.joint_votes == result.joint_votes.T).all()
    table = agreement_table(matrix, all_ordered_pairs=True)
    assert len(table) == 193 * 193
    assert coincidence(matrix).score("USA", "ISR")[0] > coincidence(matrix).score("USA", "CUB")[0]


def test_the_store_and_the_tidy_file_give_the_same_agreement(tmp_path):
    """`dkg analyze --store` (an imported Oxigraph store) agrees with `--votes` (the file)."""
    from kg.analysis.agreement import agreement_table
    from kg.analysis.sources import extract_matrix
    from kg.analysis.tidy import read_tidy
    from kg.store import import_history, open_store

    fixtures = Path(__file__).parent / "fixtures" / "history" / "tidy"
    import_history(
        "tidy",
        fixtures / "votes.csv",
        rollcalls=fixtures / "rollcalls.csv",
        store_dir=tmp_path / "store",
        quiet=True,
    )
    from_store = agreement_table(extract_matrix(open_store(tmp_path / "store")))
    # Both skip what the registry cannot resolve (the fixture's 'ATL'); the file reader says so.
    with pytest.warns(UserWarning, match="unknown states ATL/ATLANTIS"):
        matrix = read_tidy(fixtures / "votes.csv", fixtures / "rollcalls.csv")
    from_file = agreement_table(matrix)
    columns = ["state_a", "state_b", "score", "joint_votes"]
    assert len(from_store) > 0
    assert (
        from_store[columns]
        .sort_values(columns[:2])
        .reset_index(drop=True)
        .round(6)
        .equals(from_file[columns].sort_values(columns[:2]).reset_index(drop=True).round(6))
    )


def test_movers_rank_by_change_then_votes_never_by_name():
    table = pd.DataFrame(
        {
            "state": ["AAA", "BBB", "CCC", "DDD", "EEE", "FFF"],
            "change": [0.25, -0.25, 0.25, 0.5, -0.75, np.nan],
            "before_joint": [40, 40, 80, 12, 9, 50],
            "after_joint": [40, 40, 80, 12, 90, 50],
        }
    )
    ranked = rank_changes(table, ("before_joint", "after_joint"), min_joint_votes=10)
    assert ranked["state"].tolist() == ["DDD", "CCC", "AAA", "BBB", "EEE", "FFF"]
    # AAA and BBB: the same size of change on the same votes share a rank.
    assert ranked["rank"].tolist()[:4] == [1, 2, 3, 3]
    assert ranked["rank"].iloc[4:].isna().all()
    assert ranked["low_count"].tolist() == [False, False, False, False, True, False]


@pytest.mark.skipif(not (HISTORY / "votes.csv.gz").is_file(), reason="no unga-history copy")
def test_history_usa_rus_breaks_rest_on_ten_votes_a_side():
    table = breaks(read_tidy(HISTORY / "votes.csv.gz").select(organ="GA"), "USA", "RUS")
    ranked = table.dropna(subset=["rank"])
    assert len(ranked) > 60
    assert (ranked["joint_votes"] >= 10).all() and (ranked["previous_joint_votes"] >= 10).all()
    # 1951 and 1955 rest on 4 and 6 joint votes: listed, flagged, compared with nothing.
    low = table[table["low_count"]]
    assert low[["year", "joint_votes"]].values.tolist() == [[1951, 4], [1955, 6]]
    assert low["change"].isna().all()
    by_year = table.set_index("year")
    assert by_year.loc[1952, "previous"] == 1950 and by_year.loc[1956, "previous"] == 1954
    assert by_year.loc[1971, "rank"] == 1
