"""The pages in real headless Chromium, offline: vis.js draws every node and edge, no errors.

Chromium comes from Debian (`.ci/install-chromium.sh`, run by `.ci/run`); where it is missing
these tests skip. Screenshots go to out/screenshots/ for a person to look at.
"""

from __future__ import annotations

from pathlib import Path

import pytest

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
    from kg.analysis.matrix import extract_matrix
    from kg.viz.alliances import alliance_network, parse_periods, write_alliance_page
    from kg.viz.ego import ego_network, write_ego_page
    from kg.viz.event import event_network, write_event_page

    directory = tmp_path_factory.mktemp("pages")
    matrix = extract_matrix(dataset).select(series="es-11", organ="GA")
    before, after = matrix.select(end="2024-12-31"), matrix.select(start="2025-01-01")
    event = event_network(dataset)
    periods = parse_periods(["2022-01-01:2024-12-31", "2025-01-01:2025-12-31"])
    alliances = alliance_network(matrix, periods, reference="USA", min_joint=1)
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


def test_event_labels_are_readable_on_a_laptop_screen(pages):
    # Headless Chromium's viewport is ~140 px shorter than --window-size: 1280,860 → 1280x720.
    path, _network = pages["event"]
    report = open_page(path, size="1280,860")
    assert report.status["minLabelPx"] >= 11
