"""Open a page in real headless Chromium, offline, and read back what vis.js drew.

The page (see :mod:`kg.viz.page`) writes a JSON status into ``<div id="dkg-status">`` once the
network has drawn. ``chromium --dump-dom`` runs the page's scripts for a virtual-time budget
and prints the DOM; this module parses the status from it, collects console errors from
Chromium's log, and can take a screenshot. No DevTools client is needed.

Chromium is kept off the network three ways: a proxy to nowhere (``--proxy-server`` on a
closed loopback port), every host name mapped to NOTFOUND (``--host-resolver-rules``), and the
background services switched off (``--disable-background-networking``, component updates,
sync, first-run). As root it needs ``--no-sandbox``; a fresh ``--user-data-dir`` per run keeps
runs independent.

>>> find_chromium() is None or find_chromium().name.startswith("chromium")
True
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from functools import cache
from html.parser import HTMLParser
from pathlib import Path

__all__ = [
    "CHROMIUM_FLAGS",
    "BrowserReport",
    "find_chromium",
    "open_page",
    "screenshot",
]

CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-default-apps",
    "--disable-extensions",
    "--disable-quic",
    "--no-first-run",
    "--no-default-browser-check",
    "--mute-audio",
    # Nothing can load: every request goes to a proxy on a closed port, every name fails.
    "--proxy-server=http://127.0.0.1:9",
    "--proxy-bypass-list=<-loopback>",
    "--host-resolver-rules=MAP * ~NOTFOUND",
    "--enable-logging=stderr",
    "--v=0",
    "--hide-scrollbars",
)
_CONSOLE = re.compile(r'CONSOLE\(\d+\)\]\s*"(?P<message>.*?)",\s*source:\s*(?P<source>\S*)')
_CONSOLE_LEVEL = re.compile(r":(?P<level>INFO|WARNING|ERROR|FATAL):CONSOLE")


@dataclass
class BrowserReport:
    """What Chromium saw: the page's status object, console messages and any load failures."""

    status: dict = field(default_factory=dict)
    console_errors: list[str] = field(default_factory=list)
    network_failures: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def ready(self) -> bool:
        """True when the page reported that vis.js drew the network."""
        return bool(self.status.get("ready"))


def find_chromium() -> Path | None:
    """The Chromium executable on the PATH (Debian: ``chromium``), or ``None``."""
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return Path(found)
    return None


def open_page(
    page: Path | str,
    *,
    budget_ms: int = 5000,
    timeout: float = 60.0,
    size: str = "1200,900",
    viewport: tuple[int, int] | None = None,
) -> BrowserReport:
    """Load ``page`` (a local HTML file) offline and return the page's drawn-network status.

    ``size`` is Chromium's window; ``viewport`` (width, height in CSS pixels), when given,
    is the page's own area instead, as a screen of that size shows it (headless Chromium's
    window holds about 140 pixels more than the page gets, measured once per process).
    Raises ``FileNotFoundError`` when Chromium is not installed.
    """
    started = time.perf_counter()
    if viewport is not None:
        extra_width, extra_height = _window_extra()
        size = f"{viewport[0] + extra_width},{viewport[1] + extra_height}"
    output, log = _run(page, ["--dump-dom"], budget_ms=budget_ms, timeout=timeout, size=size)
    report = BrowserReport(status=_status_from_dom(output))
    report.console_errors = _console_errors(log) + list(report.status.get("errors", []))
    report.network_failures = [
        line for line in log.splitlines() if "net::ERR_" in line and "CONSOLE" not in line
    ]
    report.seconds = time.perf_counter() - started
    return report


@cache
def _window_extra() -> tuple[int, int]:
    """How much larger Chromium's window is than the page it shows (width, height)."""
    with tempfile.TemporaryDirectory(prefix="dkg-probe-") as folder:
        probe = Path(folder) / "probe.html"
        probe.write_text(
            '<div id="dkg-status"></div><script>document.getElementById("dkg-status")'
            ".textContent = JSON.stringify({width: innerWidth, height: innerHeight});</script>",
            encoding="utf-8",
        )
        output, _log = _run(probe, ["--dump-dom"], budget_ms=500, timeout=60.0, size="1000,800")
    status = _status_from_dom(output)
    return 1000 - int(status.get("width", 1000)), 800 - int(status.get("height", 800))


def screenshot(
    page: Path | str,
    target: Path | str,
    *,
    budget_ms: int = 5000,
    timeout: float = 60.0,
    size: str = "1200,900",
) -> Path:
    """Save a PNG of ``page`` at ``size`` pixels to ``target`` (directories are created)."""
    target = Path(target).resolve()
    target.parent.mkdir(parents=True, exist_ok=True)
    _run(page, [f"--screenshot={target}"], budget_ms=budget_ms, timeout=timeout, size=size)
    if not target.is_file():
        raise RuntimeError(f"Chromium wrote no screenshot to {target}")
    return target


def _run(
    page: Path | str, extra: list[str], *, budget_ms: int, timeout: float, size: str
) -> tuple[str, str]:
    chromium = find_chromium()
    if chromium is None:
        raise FileNotFoundError("chromium is not installed (run .ci/install-chromium.sh)")
    page, _hash, fragment = str(page).partition("#")
    url = Path(page).resolve().as_uri() + (f"#{fragment}" if fragment else "")
    with tempfile.TemporaryDirectory(prefix="dkg-chromium-") as profile:
        command = [
            str(chromium),
            *CHROMIUM_FLAGS,
            f"--user-data-dir={profile}",
            f"--window-size={size}",
            f"--virtual-time-budget={budget_ms}",
            *extra,
            url,
        ]
        result = subprocess.run(
            command, capture_output=True, text=True, timeout=timeout, check=False
        )
    return result.stdout, result.stderr


class _StatusParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.inside = False
        self.text = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if ("id", "dkg-status") in attrs:
            self.inside = True

    def handle_endtag(self, tag: str) -> None:
        self.inside = False

    def handle_data(self, data: str) -> None:
        if self.inside:
            self.text += data


def _status_from_dom(dom: str) -> dict:
    """Parse the JSON status the page wrote into ``#dkg-status``.

    >>> _status_from_dom('<div id="dkg-status">{"ready": true, "nodes": 3}</div>')
    {'ready': True, 'nodes': 3}
    >>> _status_from_dom("<p>nothing</p>")
    {}
    """
    parser = _StatusParser()
    parser.feed(dom)
    try:
        return json.loads(parser.text) if parser.text.strip() else {}
    except json.JSONDecodeError:
        return {}


def _console_errors(log: str) -> list[str]:
    """Console messages logged at error level (or any uncaught exception) in Chromium's log.

    >>> _console_errors('[1:2:ERROR:CONSOLE(4)] "Uncaught TypeError: x", source: file:///a (4)')
    ['Uncaught TypeError: x (file:///a)']
    >>> _console_errors('[1:2:INFO:CONSOLE(4)] "hello", source: file:///a (4)')
    []
    """
    errors = []
    for line in log.splitlines():
        match = _CONSOLE.search(line)
        if not match:
            continue
        level = _CONSOLE_LEVEL.search(line)
        message = match.group("message")
        if (level and level.group("level") in ("ERROR", "FATAL")) or "Uncaught" in message:
            errors.append(f"{message} ({match.group('source')})")
    return errors
