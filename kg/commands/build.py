"""``dkg build``: assemble the sources, validate with SHACL, derive and reason; write the graph.

``--out`` is a folder: it receives ``kg.trig`` and any other ``--format`` asked for.
Exit codes: 0 built, 1 the graph does not conform, 2 usage, 3 bad input data.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from kg import defaults
from kg.commands.options import handled_by

__all__ = ["register"]


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add ``dkg build``."""
    from kg.formats import RDF_FORMATS

    parser = subparsers.add_parser(
        "build", help=f"assemble, validate and reason; write {defaults.KG_FILE}"
    )
    parser.add_argument(
        "--out",
        type=Path,
        default=defaults.OUT_DIR,
        metavar="DIR",
        help=f"output folder (default {defaults.OUT_DIR})",
    )
    parser.add_argument(
        "--format",
        action="append",
        choices=sorted(RDF_FORMATS),
        help="serialisation(s) to write; repeat for several (default: trig)",
    )
    parser.add_argument(
        "--article",
        type=Path,
        help="your copy of the founding article; fills quotes and the title from its text",
    )
    parser.add_argument("--no-reason", action="store_true", help="skip the HermiT reasoner")
    parser.add_argument(
        "--data",
        type=Path,
        metavar="DIR",
        help="folder with registry/, votes/ and events/ (default: the bundled kg/data)",
    )
    parser.add_argument(
        "--ontology",
        type=Path,
        metavar="DIR",
        help="folder with dkg.ttl, alignments.ttl … (default: the bundled ontology/)",
    )
    handled_by(parser, run)


def run(arguments: argparse.Namespace) -> int:
    """Build and write the dataset; print its summary."""
    from kg.build import build, write_dataset
    from kg.io import output_folder
    from kg.ontology import DATA_DIR, ONTOLOGY_DIR

    output_folder(arguments.out)  # a bad --out fails now, not after the build
    result = build(
        article=arguments.article,
        reason=not arguments.no_reason,
        data_dir=arguments.data or DATA_DIR,
        ontology_dir=arguments.ontology or ONTOLOGY_DIR,
    )
    written = write_dataset(result.dataset, arguments.out, arguments.format or ["trig"])
    print("knowledge graph built:")
    print(result.summary())
    for path in written:
        print(f"  wrote {path}")
    return 0
