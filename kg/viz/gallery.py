"""Every page and figure, made by the README's commands, with screenshots: ``make screenshots``.

The pages come from the full General Assembly history (``--votes``) and from the built event
graph (``--kg``); each page is opened in headless Chromium at 1280x720 and 1920x1080 and the
PNGs go to ``out/screenshots/`` (the alliance map once per frame named in ``FRAMES``); the
matplotlib figures are copied beside them. A person looks at them before a picture ships.

    .venv/bin/python -m kg.viz.gallery --votes ../shared/data/unga-history/votes.csv.gz
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

from kg.viz.browser import find_chromium, open_page, screenshot

#: screen sizes (CSS pixels); Chromium's headless viewport is ~140 px shorter than its window
SIZES = {"1280x720": "1280,720", "1920x1080": "1920,1080"}
#: alliance-map frames worth a screenshot of their own: the US before and after the change
FRAMES = ("2024", "2025")


def commands(votes: Path, kg: Path, out: Path) -> list[tuple[str, list[str]]]:
    """(name, ``dkg`` arguments) of every page and figure the README shows."""
    history = ["--votes", str(votes)]
    return [
        ("event", ["viz", "event", "--kg", str(kg), "--out", str(out / "event.html")]),
        (
            "map-es-11-1",
            [
                "viz",
                "map",
                "--symbol",
                "A/RES/ES-11/1",
                *history,
                "--out",
                str(out / "map-es-11-1.html"),
            ],
        ),
        (
            "map-es-11-7",
            [
                "viz",
                "map",
                "--symbol",
                "A/RES/ES-11/7",
                "--kg",
                str(kg),
                "--out",
                str(out / "map-es-11-7.html"),
            ],
        ),
        (
            "map-agreement-USA",
            [
                "viz",
                "map",
                "--reference",
                "USA",
                "--from",
                "2025-01-01",
                "--to",
                "2026-12-31",
                *history,
                "--out",
                str(out / "map-agreement-USA.html"),
            ],
        ),
        (
            "alliances",
            [
                "viz",
                "alliances",
                "--years",
                "2019:2026",
                *history,
                "--out",
                str(out / "alliances.html"),
            ],
        ),
        (
            "ego-USA",
            [
                "viz",
                "ego",
                "USA",
                "--from",
                "2022-01-01",
                "--split",
                "2025-01-01",
                *history,
                "--out",
                str(out / "ego-USA.html"),
            ],
        ),
        (
            "series-USA-GBR",
            [
                "plot",
                "series",
                "--a",
                "USA",
                "--b",
                "GBR",
                *history,
                "--out",
                str(out / "plots" / "series-USA-GBR"),
            ],
        ),
        (
            "movers-USA",
            [
                "plot",
                "movers",
                "--reference",
                "USA",
                "--from",
                "2022-01-01",
                "--split",
                "2025-01-01",
                *history,
                "--out",
                str(out / "plots" / "movers-USA"),
            ],
        ),
        (
            "blocs",
            [
                "plot",
                "blocs",
                "--from",
                "2025-01-01",
                *history,
                "--out",
                str(out / "plots" / "blocs"),
            ],
        ),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="make every page and figure, and screenshots")
    parser.add_argument("--votes", type=Path, required=True, help="the tidy history file")
    parser.add_argument("--kg", type=Path, default=Path("out") / "kg.trig", help="built graph")
    parser.add_argument("--out", type=Path, default=Path("out"))
    arguments = parser.parse_args(argv)
    from kg.cli import main as dkg

    shots = arguments.out / "screenshots"
    shots.mkdir(parents=True, exist_ok=True)
    for name, command in commands(arguments.votes, arguments.kg, arguments.out):
        if dkg(command) != 0:
            print(f"failed: dkg {' '.join(command)}", file=sys.stderr)
            return 1
        target = Path(command[command.index("--out") + 1])
        if command[0] == "plot":
            shutil.copyfile(target.with_suffix(".png"), shots / f"{name}.png")
            continue
        if find_chromium() is None:
            print("chromium is not installed: pages written, no screenshots", file=sys.stderr)
            continue
        pages = [(name, str(target))]
        if name == "alliances":
            pages += [(f"{name}-{frame}", f"{target}#layer={frame}") for frame in FRAMES]
        for label, page in pages:
            report = open_page(page, size="1280,860")
            if report.console_errors or report.network_failures or not report.ready:
                print(
                    f"{label}: {report.console_errors or report.network_failures}", file=sys.stderr
                )
                return 1
            for size_name, size in SIZES.items():
                path = screenshot(page, shots / f"{label}-{size_name}.png", size=size)
                print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
