"""The HTML pages and plots of kg.viz, built from the real Ukraine graph (no browser here)."""

from __future__ import annotations

import re

import pytest

from kg.query import run_query
from kg.viz.event import EVENT_DATE, event_network, event_summary, write_event_page

EXTERNAL_REFERENCE = re.compile(
    r"""<script[^>]+src\s*=|<link[^>]+href\s*=\s*["']?https?:|@import|url\(\s*["']?https?:"""
    r"""|(?:src|href)\s*=\s*["']?https?://""",
    re.IGNORECASE,
)


@pytest.fixture(scope="module")
def event(dataset):
    return event_network(dataset)


@pytest.fixture(scope="module")
def periods(dataset):
    from kg.analysis.sources import extract_matrix

    matrix = extract_matrix(dataset).select(series="es-11", organ="GA")
    return matrix.select(end="2024-12-31"), matrix.select(start="2025-01-01")


def test_every_member_appears_once_per_rollcall(dataset, event):
    # Named states with a recorded ballot get an edge; everyone else sits in a group,
    # except named states without a recorded ballot, which are on the page already.
    summary = event_summary(event)
    rollcalls = run_query(dataset, "event-rollcalls", {"date": EVENT_DATE})
    entities = run_query(dataset, "event-entities", {"date": EVENT_DATE})
    named = set(entities["code"]) - {""}
    general = set(run_query(dataset, "un-members")["state"])
    council = set(run_query(dataset, "council-members", {"date": EVENT_DATE})["state"])
    assert summary["rollcalls"] == len(rollcalls) == 3
    ballot_edges = 0
    for rollcall in rollcalls.itertuples(index=False):
        organ = general if rollcall.body == "GA" else council
        known = set(run_query(dataset, "rollcall-votes", {"symbol": rollcall.symbol})["state"])
        assert summary["members"][rollcall.id] == len(organ)
        members = [n for n in event.nodes if n["id"].startswith(f"member:{rollcall.id}:")]
        edges = len(named & known & organ)
        unrecorded_named = len((named & organ) - known)
        assert len(members) + edges + unrecorded_named == len(organ)
        ballot_edges += edges
    assert summary["edge_kinds"]["ballot"] == ballot_edges
    stances = run_query(dataset, "event-stances", {"date": EVENT_DATE})
    assert summary["edge_kinds"]["stance"] == stances["stance"].nunique()


def test_the_193_state_rollcall_is_grouped_not_a_hairball(event):
    summary = event_summary(event)
    assert summary["visible_nodes"] < 60
    assert summary["node_kinds"]["GroupMember"] > 300
    assert all(node.get("hidden") for node in event.nodes if node["id"].startswith("member:"))
    toggles = event.dkg["toggles"]
    assert sum(len(members) for members in toggles.values()) == summary["node_kinds"]["GroupMember"]


def test_tooltips_carry_the_evidence(event):
    usa_no = next(
        edge
        for edge in event.edges
        if edge["from"].endswith("/state/USA") and edge["to"].endswith("/rollcall/ga-es-11-7")
    )
    assert "voted No on A/RES/ES-11/7" in usa_no["title"]
    assert "sentence 0: “the United States joins Russia in opposing”" in usa_no["title"]
    veto = next(edge for edge in event.edges if edge.get("label") == "threatens veto")
    assert "CAMEO 131" in veto["title"] and "sentence 13" in veto["title"]


def test_the_quote_is_shown_when_the_graph_has_it(dataset, event):
    quotes = run_query(dataset, "event-statements", {"date": EVENT_DATE})["quote"]
    quote = next((text for text in quotes if text), None)
    if quote is None:
        pytest.skip("built without the article (../shared/seed/article.txt): no quote in the graph")
    assert any(quote in node.get("title", "") for node in event.nodes)


def test_event_page_is_self_contained(dataset, event, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    path = write_event_page(dataset, tmp_path / "event.html", network=event)
    html = path.read_text(encoding="utf-8")
    assert not EXTERNAL_REFERENCE.search(html)
    assert "node_modules" not in html and "cdn." not in html.lower()
    assert "default-src 'none'" in html
    assert "ballot: Yes" in html and "stance: threatens veto" in html and "Legend" in html
    assert sorted(p.name for p in tmp_path.iterdir()) == ["event.html"]  # no lib/ folder


def test_ego_map_lists_closest_farthest_and_movers(periods, tmp_path):
    from kg.viz.ego import ego_network, write_ego_page

    ego = ego_network("USA", *periods, top=5)
    shift = ego.dkg["shift"]
    scored = shift.dropna(subset=["after"])
    closest = scored.sort_values(["after", "after_joint"], ascending=False, kind="stable")
    closest = closest.head(5)["state"]
    farthest = scored.sort_values(["after", "after_joint"], ascending=[True, False], kind="stable")
    farthest = farthest.head(5)["state"]
    movers = shift.dropna(subset=["change"]).head(5)["state"]
    assert ego.dkg["partners"] == sorted(set(closest) | set(farthest) | set(movers))
    assert scored.set_index("state").loc["RUS", "after"] == 1.0  # voted with the USA in 2025
    assert len(ego.nodes) == len(ego.dkg["partners"]) + 1
    # The numbers are written level under each state, not slanted along the spokes.
    russia = next(node for node in ego.nodes if node["id"] == "RUS")
    assert russia["label"].startswith("RUS\n1.00 (")
    assert not any(edge.get("label") for edge in ego.edges)
    html = write_ego_page(ego, tmp_path / "ego.html").read_text(encoding="utf-8")
    assert not EXTERNAL_REFERENCE.search(html)


def test_notebook_helper_isolates_the_page(event):
    from kg.viz.notebook import iframe_html, show

    markup = iframe_html(event, title="event")
    assert markup.startswith("<iframe srcdoc=") and 'sandbox="allow-scripts"' in markup
    assert "&lt;script&gt;" in markup  # the page is escaped into the attribute
    shown = show(event, title="event")
    assert shown.data == markup  # an IPython HTML object, in a notebook or not


def test_cli_writes_the_pages(dataset, tmp_path, capsys):
    from kg.build import write_dataset
    from kg.cli import main

    (kg_file,) = write_dataset(dataset, tmp_path, ["trig"])
    assert main(["viz", "event", "--kg", str(kg_file), "--out", str(tmp_path / "e.html")]) == 0
    assert (
        main(["viz", "ego", "Russia", "--kg", str(kg_file), "--out", str(tmp_path / "r.html")]) == 0
    )
    # The event graph knows few ballots after 2025-01-01: movers need --min-joint 1 there.
    assert main(["plot", "movers", "--kg", str(kg_file), "--out", str(tmp_path / "m")]) == 3
    movers = ["plot", "movers", "--kg", str(kg_file), "--min-joint", "1", "--out"]
    assert main([*movers, str(tmp_path / "m")]) == 0
    printed = capsys.readouterr().out
    assert f"wrote {tmp_path / 'e.html'}" in printed and "m.svg" in printed
    assert main(["viz", "ego", "Atlantis", "--kg", str(kg_file)]) == 3
    # The alliance map draws the graph's formal alliances as a second layer; a --relations
    # that holds none is refused.
    frames = ["viz", "alliances", "--kg", str(kg_file), "--min-joint", "1"]
    frames += ["--periods", "2022:2023", "2025:2025", "--out", str(tmp_path / "a.html")]
    assert main(frames) == 0
    assert 'data-toggle="alliances"' in (tmp_path / "a.html").read_text(encoding="utf-8")
    empty = tmp_path / "empty.trig"
    empty.write_text("", encoding="utf-8")
    assert main([*frames, "--relations", str(empty)]) == 3
    assert "holds no formal alliance" in capsys.readouterr().err


def test_event_page_names_states_one_way_and_says_how_they_voted(event):
    nodes = {node["id"]: node for node in event.nodes}
    state = "https://w3id.org/diplomatic-kg/id/state/"
    assert nodes[state + "GBR"]["label"] == "United Kingdom"
    assert nodes[state + "PRK"]["label"] == "North Korea"
    tip = nodes[state + "USA"]["title"].split("\n")
    assert tip[:2] == ["United States of America (USA)", "votes on 2025-02-24:"]
    assert "  A/RES/ES-11/7 (GA): No" in tip[2:5]
    assert "  S/RES/2774(2025) (SC): Yes" in tip[2:5]


def test_event_page_draws_ballots_as_edges_only(event):
    # The reasoner types ballots dkg:NoBallot, dkg:YesBallot …: those rows once made nodes
    # labelled with the ballot's IRI, piled on the roll call.
    assert not [node["id"] for node in event.nodes if "/ballot/" in node["id"]]
    assert not [node for node in event.nodes if str(node.get("label", "")).startswith("http")]
    assert event_summary(event)["edge_kinds"]["ballot"] == 20


def test_edge_labels_only_where_they_help(event):
    labelled = {edge.get("kind", "link") for edge in event.edges if edge.get("label")}
    assert labelled <= {"stance", "link"}
    assert {edge["label"] for edge in event.edges if edge.get("label") and "kind" not in edge} == {
        "adopted as"
    }


def test_the_not_recorded_group_says_why_and_how_many(event):
    group = next(node for node in event.nodes if node["id"] == "group:ga-es-11-7:?")
    assert group["label"] == "ballot not in\nthe source: 81"
    assert "does not list it, and the graph never guesses one" in group["title"]
