"""Time of the SHACL validation ``dkg build`` runs, on the graph it validates.

The dataset ``kg.build.assemble`` gathers (ontology, registry, roll calls, alliances, curated
events) validated three times in this process, as ``kg.build.build`` validates it (the shapes
are parsed each time); the median and the number of ballots are printed (for
benchmarks/VALIDATE.md).

    .venv/bin/python benchmarks/validate_bench.py
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path

from rdflib.namespace import RDF


def main() -> int:
    from kg.build import assemble
    from kg.ontology import DKG
    from kg.validate import validate

    print(f"load average: {Path('/proc/loadavg').read_text().split()[:3]}")
    graph = assemble()
    ballots = len(set(graph.subjects(RDF.type, DKG.Ballot)))
    seconds = []
    for _ in range(3):
        started = time.perf_counter()
        report = validate(graph)
        seconds.append(time.perf_counter() - started)
        if not report.conforms:
            print(report.text())
            return 1
    print(
        f"{len(graph):,} triples, {ballots:,} ballots: validation "
        f"{statistics.median(seconds):.1f} s median of {', '.join(f'{s:.1f}' for s in seconds)}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
