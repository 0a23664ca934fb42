"""Do allies vote together: allies-vs-votes, the alliance network, NMI and adjusted Rand."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from kg.analysis.allies import (
    COLUMNS,
    Relations,
    adjusted_rand,
    alliance_network,
    allies_vs_votes,
    communities_vs_blocs,
    normalized_mutual_information,
    read_relations,
)
from kg.analysis.matrix import VoteMatrix

FIXTURES = Path(__file__).parent / "fixtures" / "relations"


def matrix_of(votes: dict[str, str], dates: list[str]) -> VoteMatrix:
    """States' votes as strings of letters, one letter per roll call (dates in order)."""
    ids = [f"r{index}" for index in range(len(dates))]
    rows = [(state, ids[i], letter) for state, letters in votes.items()
            for i, letter in enumerate(letters)]  # fmt: skip
    return VoteMatrix.from_votes(rows, dates=dict(zip(ids, dates, strict=True)))


def test_agreement_with_allies_rivals_and_others_per_year():
    matrix = matrix_of(
        {"A": "YYYN", "B": "YYYN", "C": "NNNY", "D": "YNYY", "E": "AAAA"},
        ["2000-01-01", "2000-06-01", "2001-01-01", "2001-06-01"],
    )
    relations = Relations.from_rows([
        ("commitment", "A", "B", 1990, 2000, 1),  # allies in 2000 only
        ("commitment", "A", "D", 1990, None, 0),  # consultation only: not a formal ally
        ("rivalry", "A", "C", 1990, 2010, 0),
        ("rivalry", "A", "B", 2001, 2001, 0),  # 2001: neither ally nor … only rival
    ])  # fmt: skip
    table = allies_vs_votes(matrix, relations, ["A"], min_joint_votes=1)
    assert tuple(table.columns) == COLUMNS
    rows = {(row.year, row.group): row for row in table.itertuples()}
    assert (rows[2000, "allies"].mean_agreement, rows[2000, "allies"].states) == (1.0, 1)
    assert (rows[2000, "rivals"].mean_agreement, rows[2000, "rivals"].joint_votes) == (0.0, 2)
    # others in 2000: D (1 and 0 -> 0.5) and E (abstains: 0.5 each) -> 0.5
    assert (rows[2000, "others"].mean_agreement, rows[2000, "others"].states) == (0.5, 2)
    assert rows[2001, "allies"].states == 0 and np.isnan(rows[2001, "allies"].mean_agreement)
    assert rows[2001, "rivals"].states == 2  # B and C


def test_a_state_both_ally_and_rival_counts_in_both_groups():
    matrix = matrix_of({"GRC": "YY", "TUR": "YN", "USA": "NN"}, ["1990-01-01", "1990-02-01"])
    relations = Relations.from_rows(
        [("commitment", "GRC", "TUR", 1952, None, 1), ("rivalry", "GRC", "TUR", 1955, 2010, 0)]
    )
    table = allies_vs_votes(matrix, relations, ["GRC"], min_joint_votes=1).set_index("group")
    assert table.loc["allies", "states"] == table.loc["rivals", "states"] == 1
    assert table.loc["others", "states"] == 1  # USA only


def test_the_min_joint_floor_leaves_out_thin_pairs():
    matrix = matrix_of({"A": "YY", "B": "Y", "C": "YY"}, ["2000-01-01", "2000-02-01"])
    relations = Relations.from_rows([("commitment", "A", "B", 1990, None, 1)])
    table = allies_vs_votes(matrix, relations, ["A"], min_joint_votes=2).set_index("group")
    assert table.loc["allies", "states"] == 0 and table.loc["others", "states"] == 1


def test_nmi_and_adjusted_rand_on_known_partitions():
    # the values scikit-learn documents for these labellings
    assert adjusted_rand([0, 0, 1, 1], [0, 0, 1, 2]) == pytest.approx(0.5714285714)
    assert normalized_mutual_information([0, 0, 1, 1], [0, 0, 1, 2]) == pytest.approx(0.8)
    assert adjusted_rand(list("aabb"), list("xyxy")) == pytest.approx(-0.5)
    assert normalized_mutual_information(list("aabbcc"), list("ccaabb")) == pytest.approx(1.0)


def test_alliance_communities_against_voting_blocs():
    votes = {"A": "YYYYNN", "B": "YYYYNN", "C": "YYYYNA", "D": "NNNNYY", "E": "NNNNYY",
             "F": "NNNAYY"}  # fmt: skip
    matrix = matrix_of(votes, [f"2000-0{month}-01" for month in range(1, 7)])

    def allied(*pairs: str) -> Relations:
        return Relations.from_rows([("commitment", *pair, 1990, None, 1) for pair in pairs])

    same, crossed = allied("AB", "BC", "AC", "DE", "EF"), allied("AD", "BE", "CF")
    [aligned] = communities_vs_blocs(matrix, same, k=2, min_joint_votes=1).itertuples()
    [apart] = communities_vs_blocs(matrix, crossed, k=2, min_joint_votes=1).itertuples()
    assert (aligned.states, aligned.nmi, aligned.ari) == (6, 1.0, 1.0)
    assert apart.nmi < 0.5 and apart.ari < 0.1


def test_the_alliance_network_writes_graphml(tmp_path):
    from kg.analysis.graph import write_graphml

    relations = Relations.from_rows([("commitment", "USA", "GBR", 1949, None, 1)])
    path = write_graphml(alliance_network(relations, 2000), tmp_path / "net.graphml")
    assert '<edge source="USA" target="GBR"' in path.read_text(encoding="utf-8")


def test_relations_read_from_a_store_use_the_vote_keys(tmp_path):
    from kg.store import import_relations, open_store

    for name, file in (("atop", "atop.csv"), ("rivalries", "rivalries.csv")):
        import_relations(name, FIXTURES / file, store_dir=tmp_path / "store")
    relations = read_relations(open_store(tmp_path / "store"))
    # the Soviet Union's relations count for the votes filed under RUS
    assert "SUN" not in set(relations.pairs["first"]) | set(relations.pairs["second"])
    assert relations.partners(1962, "rivalry")["USA"] == {"RUS", "CUB"}
    assert relations.partners(2017, "commitment")["USA"] == {"JPN"}


@pytest.mark.slow
def test_allies_vs_votes_on_the_built_graph_command_line(built, tmp_path, capsys):
    """dkg analyze allies-vs-votes on the built graph: the curated alliances and the Ukraine
    votes; in 2022 the United States voted with its allies, in 2025 against most of them."""
    from kg.build import write_dataset
    from kg.cli import main

    (path,) = write_dataset(built.dataset, tmp_path, ["trig"])
    code = main(["analyze", "allies-vs-votes", "--state", "USA", "--years", "2022:2025",
                 "--kg", str(path), "--min-joint", "1", "--format", "csv"])  # fmt: skip
    assert code == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == ",".join(COLUMNS)
    table = {(row.split(",")[1], row.split(",")[2]): row.split(",") for row in lines[1:]}
    assert float(table["2022", "allies"][3]) > float(table["2022", "others"][3])
    assert float(table["2025", "allies"][3]) < float(table["2022", "allies"][3])
    assert main(["analyze", "allies-vs-votes", "--years", "2022:2025", "--kg", str(path)]) == 2


def test_the_graph_handle_answers_allies_vs_votes(tmp_path):
    """KnowledgeGraph.allies_vs_votes: votes from a tidy file, relations from a store."""
    from kg.graph import open_graph
    from kg.store import import_relations

    for name, file in (("atop", "atop.csv"), ("rivalries", "rivalries.csv")):
        import_relations(name, FIXTURES / file, store_dir=tmp_path / "store")
    votes = Path(__file__).parent / "fixtures" / "history" / "tidy" / "votes.csv"
    with open_graph(votes=votes) as graph:
        table = graph.allies_vs_votes(
            "United States", years=(1975, 1989), relations=tmp_path / "store", min_joint_votes=1
        )
        assert tuple(table.columns) == COLUMNS
        # 1975: the Soviet Union (its votes filed under RUS) was a rival, and voted otherwise
        [rival] = table[(table["year"] == 1975) & (table["group"] == "rivals")].itertuples()
        assert (rival.mean_agreement, rival.states, rival.joint_votes) == (0.0, 1, 1)
        everyone = graph.allies_vs_votes(years=(1989, 1989), relations=tmp_path / "store",
                                         min_joint_votes=1)  # fmt: skip
        assert set(everyone["state"]) >= {"USA", "DEU", "DDR", "MMR", "LKA"}
