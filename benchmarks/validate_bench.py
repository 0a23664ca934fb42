"""Time of the SHACL validation ``dkg build`` runs, on the graph it validates.

The registry, the curated roll calls and the founding event, merged as the build merges them,
validated three times in this process (the shapes are parsed each time, as in a build); the
median and the number of ballots are printed (for benchmarks/VALIDATE.md).

    .venv/bin/python benchmarks/validate_bench.py
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path

from rdflib import Graph
from rdflib.namespace import RDF


def main() -> int:
    from kg.ontology import DKG
    from kg.registry import registry_graph
    from kg.sources.events.rdf import event_graph
    from kg.sources.votes import votes_graph
    from kg.validate import validate

    print(f"load average: {Path('/proc/loadavg').read_text().split()[:3]}")
    graph = Graph()
    for source in (registry_graph(), votes_graph(), event_graph()):
        for triple in source:
            graph.add(triple)
    ballots = sum(1 for _ in graph.subjects(RDF.type, DKG.Ballot))
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
