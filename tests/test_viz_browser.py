"""The pages in real headless Chromium, offline: vis.js draws every node and edge, no errors.

Chromium comes from Debian (`.ci/install-chromium.sh`, run by `.ci/run`); where it is missing
these tests skip. Screenshots go to out/screenshots/ for a person to look at.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import HISTORY_VOTES, needs_history

from kg.viz.browser import find_chromium, open_page, screenshot

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        find_chromium() is None,
        reason="chromium is not installed: run .ci/install-chromium.sh (apt-get install chromium)",
    ),
]

SCREENSHOTS = Path(__file__).resolve().parents[1] / "out" / "screenshots"


@pytest.fixture(scope="module")
def pages(dataset, tmp_path_factory):
    from kg.analysis.sources import extract_matrix
    from kg.viz.alliances import (
        FormalAlliances,
        alliance_network,
        parse_periods,
        write_alliance_page,
    )
    from kg.viz.ego import ego_network, write_ego_page
    from kg.viz.event import event_network, write_event_page

    directory = tmp_path_factory.mktemp("pages")
    matrix = extract_matrix(dataset).select(series="es-11", organ="GA")
    before, after = matrix.select(end="2024-12-31"), matrix.select(start="2025-01-01")
    event = event_network(dataset)
    periods = parse_periods(["2022-01-01:2024-12-31", "2025-01-01:2025-12-31"])
    alliances = alliance_network(
        matrix,
        periods,
        reference="USA",
        min_joint=1,
        alliances=FormalAlliances.from_graph(dataset),
    )
    ego = ego_network("USA", before, after)
    return {
        "event": (write_event_page(dataset, directory / "event.html", network=event), event),
        "alliances": (write_alliance_page(alliances, directory / "alliances.html"), alliances),
        "ego-USA": (write_ego_page(ego, directory / "ego-USA.html"), ego),
    }


@pytest.mark.parametrize("name", ["event", "alliances", "ego-USA"])
def test_page_draws_offline_without_errors(pages, name):
    path, network = pages[name]
    report = open_page(path)
    assert report.ready, f"the page never reported drawing: {report.status}"
    assert report.console_errors == []
    assert report.network_failures == []
    assert report.status["nodes"] == len(network.nodes)
    assert report.status["edges"] == len(network.edges)
    visible = [node for node in network.nodes if not node.get("hidden")]
    if "frames" in network.dkg:  # a page of frames opens on its last one
        visible = network.dkg["frames"][-1]["states"]
    assert report.status["visibleNodes"] == len(visible)
    png = screenshot(path, SCREENSHOTS / f"{name}.png")
    assert png.stat().st_size > 20_000  # a drawn canvas, not a blank page


def test_world_map_draws_every_state_offline(dataset, tmp_path):
    from kg.viz.worldmap import paint_vote, vote_from_graph, vote_map_page, write_map

    vote = vote_from_graph(dataset, "A/RES/ES-11/7", source="the event graph")
    path = write_map(vote_map_page(vote), tmp_path / "map.html")
    report = open_page(path, size="1280,720")
    assert report.ready, f"the page never reported drawing: {report.status}"
    assert report.console_errors == [] and report.network_failures == []
    assert report.status["states"] == len(paint_vote(vote))
    assert report.status["drawn"] == report.status["features"]
    assert report.status["tally"] == {"Y": 93, "N": 18, "A": 65, "X": 17}


@pytest.mark.parametrize("viewport", [(1280, 720), (1920, 1080)])
def test_event_page_fits_whole_with_readable_labels(pages, viewport):
    # The whole graph at fit, every label drawn at 11 px or more, none on top of another;
    # on a laptop the statements' and topics' labels wait for a closer view (or a click).
    path, network = pages["event"]
    status = open_page(path, viewport=viewport).status
    assert status["canvas"][1] >= viewport[1] - 70  # only the title above the drawing
    assert status["nodesOutside"] == 0
    assert status["majorLabelPx"] >= 11 and status["minLabelPx"] >= 11
    assert status["labelOverlaps"] == []
    minor = sum(1 for node in network.nodes if node.get("minor") and not node.get("hidden"))
    assert minor > 0 and status["labelsHidden"] <= minor


def test_alliance_controls_switch_frames_and_focus(pages, tmp_path):
    # What a reader does, scripted in the page itself: drag the slider to the first frame,
    # pick a state in the search box, tick the formal alliances.
    path, network = pages["alliances"]
    first = network.dkg["frames"][0]["label"]
    script = (
        "<script>setTimeout(function () {"
        'var slider = document.getElementById("dkg-slider"); slider.value = "0";'
        'slider.dispatchEvent(new Event("input"));'
        'var search = document.getElementById("dkg-search");'
        'search.value = "United States (USA)"; search.dispatchEvent(new Event("change"));'
        'var box = document.querySelector("input[data-toggle=alliances]"); box.checked = true;'
        'box.dispatchEvent(new Event("change"));'
        "}, 300);</script></body>"
    )
    scripted = tmp_path / "scripted.html"
    scripted.write_text(path.read_text(encoding="utf-8").replace("</body>", script), "utf-8")
    report = open_page(scripted)
    assert report.console_errors == []
    assert report.status["layer"] == first
    assert report.status["focused"] == "USA"
    assert report.status["visibleNodes"] == len(network.dkg["frames"][0]["states"])
    # Ties and formal alliances of the first frame; the alliances' own edges are there too.
    assert report.status["toggles"] == {"alliances": True}
    shown = network.dkg["layers"][first]["edges"]
    allied = [edge for edge in network.edges if edge.get("toggle") and edge["id"] in shown]
    assert len(allied) == network.dkg["frames"][0]["alliances"] > 100
    assert report.status["visibleEdges"] == len(shown)


@needs_history
def test_the_full_history_pages_of_the_readme(tmp_path):
    # The README's commands on the whole record, opened as a reader opens them: drawn, offline,
    # without errors, and the counts on the page are those of the votes.
    import warnings

    from kg.cli import main
    from kg.graph import open_graph
    from kg.viz.gallery import commands

    wanted = ("map-es-11-1", "map-agreement-USA", "alliances")
    reports = {}
    for name, command in commands(HISTORY_VOTES, tmp_path / "kg.trig", tmp_path):
        if name in wanted:
            assert main(command) == 0, name
            report = open_page(tmp_path / f"{name}.html")
            assert report.ready, f"{name} never reported drawing: {report.status}"
            assert report.console_errors == [] and report.network_failures == [], name
            reports[name] = report.status
    assert set(reports) == set(wanted)
    vote = reports["map-es-11-1"]
    assert vote["tally"] == {"Y": 141, "N": 5, "A": 35, "X": 12} and vote["unknown"] == 0
    assert vote["drawn"] == vote["features"] == reports["map-agreement-USA"]["drawn"]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        history = open_graph(votes=HISTORY_VOTES)
        scores = history.agreement(start="2025-01-01", end="2026-12-31")
        frame = history.agreement(start="2025-01-01", end="2025-12-31")
    with_usa = scores[(scores["state_a"] == "USA") | (scores["state_b"] == "USA")]
    assert reports["map-agreement-USA"]["scored"] == with_usa["score"].notna().sum() == 190
    # The alliance map opens on 2025: every state with ten joint votes with another that year.
    tied = frame[frame["joint_votes"] >= 10]
    alliances = reports["alliances"]
    assert alliances["layer"] == "2025"
    assert alliances["visibleNodes"] == len(set(tied["state_a"]) | set(tied["state_b"])) == 190
    assert alliances["labelOverlaps"] == [] and alliances["nodesOutside"] == 0
