"""Benchmark: importing the relation datasets, and the relation queries on the result.

Imports each file of ../shared/data/relations with ``dkg import`` into a new store, three
times, and reports the median wall-clock time and the peak memory of the process (the
target: ATOP and COW IGO each within 60 s); then times each relation query on a store that
holds them all (median of five). Writes benchmarks/RELATIONS.md.

    .venv/bin/python benchmarks/relations_bench.py [--relations DIR] [--repeats 3]
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DKG = ROOT / ".venv" / "bin" / "dkg"
RELATIONS = ROOT.parent / "shared" / "data" / "relations"
IMPORTS = [
    ("atop", "atop-alliance-ddy.csv.gz", None),
    ("archigos", "archigos-leaders.csv", None),
    ("igo", "cow-igo-ndy.csv.gz", "cow-igo-sy.csv"),
    ("rivalries", "td-rivalries.csv", None),
    ("states", "cow-states.csv", None),
    ("states", "gw-states.csv", None),
    ("states", "cow-majors.csv", None),
]
QUERIES = [
    ("allies", {"state": "USA", "year": "2018"}),
    ("alliance-network", {"year": "1990"}),
    ("leaders", {"date": "1962-10-22"}),
    ("leader-exits", {"state": "ARG", "from": "1960-01-01", "to": "1990-12-31"}),
    ("rivals", {"state": "USA"}),
    ("igo-ties", {"state": "USA", "year": "2014"}),
]
TARGET_SECONDS = 60.0


def timed_import(arguments: list[str]) -> tuple[float, int, str]:
    """Wall seconds and peak RSS (MB) of one ``dkg import``, and its summary's first line."""
    command = ["/usr/bin/time", "-f", "%M", str(DKG), "import", *arguments, "--quiet"]
    started = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, check=True)
    seconds = time.perf_counter() - started
    peak = int(result.stderr.strip().splitlines()[-1]) // 1024
    return seconds, peak, result.stdout.splitlines()[0]


def _load() -> str:
    path = Path("/proc/loadavg")
    return " ".join(path.read_text().split()[:3]) if path.exists() else "unknown"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--relations", type=Path, default=RELATIONS)
    parser.add_argument("--repeats", type=int, default=3)
    arguments = parser.parse_args()
    if not (arguments.relations / IMPORTS[0][1]).is_file():
        print(f"no relation datasets in {arguments.relations}", file=sys.stderr)
        return 1
    lines = [
        "# Relation imports and queries",
        "",
        f"Machine: {platform.machine()}, {os.cpu_count()} cores, Python "
        f"{platform.python_version()}; load average at the start {_load()}. Each import"
        f" runs {arguments.repeats} times, each into a new store; median wall-clock time (process"
        " start to exit) and the largest peak RSS. Target: ATOP and COW IGO within "
        f"{TARGET_SECONDS:.0f} s each.",
        "",
        "| file | median s | runs (s) | peak RSS MB | what it read |",
        "| --- | ---: | --- | ---: | --- |",
    ]
    with tempfile.TemporaryDirectory(prefix="relations-bench-") as scratch:
        for format_name, name, states in IMPORTS:
            runs, peaks, summary = [], [], ""
            for run in range(arguments.repeats):
                store = Path(scratch) / f"{format_name}-{name}-{run}"
                command = [format_name, str(arguments.relations / name), "--store", str(store)]
                if states:
                    command += ["--states", str(arguments.relations / states)]
                seconds, peak, summary = timed_import(command)
                runs.append(seconds)
                peaks.append(peak)
            label = f"{format_name} {name}" + (f" + {states}" if states else "")
            lines.append(
                f"| {label} | {statistics.median(runs):.1f} | "
                f"{', '.join(f'{s:.1f}' for s in runs)} | {max(peaks)} | {summary} |"
            )
        store = Path(scratch) / "all"
        for format_name, name, states in IMPORTS:
            command = [format_name, str(arguments.relations / name), "--store", str(store)]
            if states:
                command += ["--states", str(arguments.relations / states)]
            timed_import(command)
        from kg.query import select_rows
        from kg.store import open_store

        opened = open_store(store)
        lines += [
            "",
            "Queries on one store holding all of them (in process, median of five):",
            "",
            "| query | parameters | median ms | rows |",
            "| --- | --- | ---: | ---: |",
        ]
        for name, parameters in QUERIES:
            times, rows = [], 0
            for _ in range(5):
                started = time.perf_counter()
                rows = len(select_rows(opened, name, parameters).rows)
                times.append((time.perf_counter() - started) * 1000)
            shown = ", ".join(f"{key}={value}" for key, value in parameters.items())
            lines.append(f"| {name} | {shown} | {statistics.median(times):.0f} | {rows} |")
    lines += ["", f"Load average at the end: {_load()}.", ""]
    (ROOT / "benchmarks" / "RELATIONS.md").write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
