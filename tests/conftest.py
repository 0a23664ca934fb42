"""Shared fixtures: the knowledge graph is built once per test session."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2] / "shared"
ARTICLE = SHARED / "seed" / "article.txt"
#: the user's copy of the General Assembly history, read by tests that need the full record
HISTORY_VOTES = SHARED / "data" / "unga-history" / "votes.csv.gz"
needs_history = pytest.mark.skipif(
    not HISTORY_VOTES.is_file(), reason="needs ../shared/data/unga-history"
)


@pytest.fixture(scope="session")
def built():
    """The whole knowledge graph, validated and reasoned, as ``dkg build`` makes it."""
    from kg.build import build

    return build(article=ARTICLE if ARTICLE.is_file() else None)


@pytest.fixture(scope="session")
def dataset(built):
    return built.dataset


def free_port() -> int:
    """A TCP port on loopback that nothing listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_serving(*options: str) -> tuple[subprocess.Popen, str]:
    """``dkg serve OPTIONS`` in a subprocess on a free loopback port, once it answers: the
    process and its base URL."""
    import httpx

    port = free_port()
    command = [sys.executable, "-m", "kg.cli", "serve", *options, "--port", str(port)]
    process = subprocess.Popen(command, stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}"
    for _ in range(120):
        try:
            if httpx.get(f"{base}/sparql", params={"query": "ASK {}"}).status_code == 200:
                return process, base
        except httpx.TransportError:
            pass
        if process.poll() is not None:
            pytest.fail(f"dkg serve exited: {process.stderr.read()}")
        time.sleep(0.25)
    stop(process)
    pytest.fail("dkg serve did not answer within 30 s")


def stop(process: subprocess.Popen) -> str:
    """SIGTERM to a ``dkg serve``; what it wrote to standard error. It must end within its
    grace for running queries and some room for a loaded machine."""
    process.terminate()
    try:
        return process.communicate(timeout=30)[1]
    except subprocess.TimeoutExpired:
        process.kill()
        pytest.fail(f"dkg serve did not stop within 30 s of SIGTERM: {process.communicate()[1]}")


@contextmanager
def serving(*options: str) -> Iterator[str]:
    """``dkg serve OPTIONS`` in a subprocess on a free loopback port; yields its base URL."""
    process, base = start_serving(*options)
    try:
        yield base
    finally:
        stop(process)


#: doctests that build the whole knowledge graph or run the reasoner (marked ``slow``)
SLOW_DOCTESTS = ("kg.build", "kg.headlines", "kg.reason", "kg.viz.event")


def pytest_collection_modifyitems(config, items):
    """Mark ``slow`` what ``make test-fast`` leaves out: tests that build the whole graph
    (the ``built`` fixture, directly or through another), run the reasoner, or read the full
    data sets of ../shared (they skip without them)."""
    from _pytest.doctest import DoctestItem

    for item in items:
        reasons = [str(mark.kwargs.get("reason", "")) for mark in item.iter_markers("skipif")]
        if (
            "built" in getattr(item, "fixturenames", ())
            or any("shared" in reason or "unga-history" in reason for reason in reasons)
            or (
                isinstance(item, DoctestItem)
                and any(item.name == name or item.name.startswith(f"{name}.")
                        for name in SLOW_DOCTESTS)
            )
        ):  # fmt: skip
            item.add_marker(pytest.mark.slow)
