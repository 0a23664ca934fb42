"""``dkg extract FILE``: candidate facts from a news text, with evidence and confidence.

- the facts go to standard output in the chosen ``--format`` (default ``table``);
- ``--evaluate GOLD`` then prints precision and recall per fact type against a curated
  annotation (``kg/data/events/….yaml``);
- ``--merge`` adds the extracted graph to the knowledge graph ``--kg`` (a file, default
  ``out/kg.trig``) after SHACL validation of the whole, writing it atomically.

Exit codes: 0, 1 ``--merge`` would make the graph violate SHACL (nothing is written), 2 a
malformed ``--date``, 3 a missing, empty, binary or non-UTF-8 file or a malformed annotation.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from kg import defaults
from kg.commands.options import handled_by
from kg.errors import DkgError, ValidationError
from kg.formats import EXTRACTION_FORMATS

if TYPE_CHECKING:
    from kg.extract.extractor import Extraction

__all__ = ["register"]


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add ``dkg extract``."""
    parser = subparsers.add_parser(
        "extract", help="candidate facts from a news text, with evidence and confidence"
    )
    parser.add_argument("file", type=Path, help="the article as plain UTF-8 text")
    parser.add_argument("--date", help="the article's date, YYYY-MM-DD (resolves 'on Monday')")
    parser.add_argument(
        "--format", choices=EXTRACTION_FORMATS, default="table", help="output format (table)"
    )
    parser.add_argument(
        "--merge", action="store_true", help="add the facts to the knowledge graph (--kg)"
    )
    parser.add_argument(
        "--kg",
        type=Path,
        default=defaults.KG_FILE,
        metavar="FILE",
        help=f"the knowledge graph --merge writes into (default {defaults.KG_FILE})",
    )
    parser.add_argument(
        "--evaluate",
        type=Path,
        metavar="GOLD",
        help="a curated event annotation (YAML) to score the extraction against",
    )
    handled_by(parser, run)


def run(arguments: argparse.Namespace) -> int:
    """Extract, print, then evaluate and merge when asked."""
    from kg.extract.dates import parse_article_date
    from kg.extract.extractor import extract, read_text
    from kg.extract.output import render

    article_date = None
    if arguments.date is not None:
        try:
            article_date = parse_article_date(arguments.date)
        except ValueError as error:
            raise DkgError(str(error), where="--date", fix="e.g. --date 2025-02-24") from None
    text = read_text(arguments.file)
    extraction = extract(
        text, article_date=article_date, source=str(arguments.file), key=arguments.file.stem
    )
    sys.stdout.write(render(extraction, arguments.format, text))
    if arguments.evaluate is not None:
        from kg.extract.evaluate import evaluate, format_scores

        print(format_scores(evaluate(extraction, arguments.evaluate)))
    if arguments.merge:
        _merge(arguments.kg, extraction, text)
    return 0


def _merge(path: Path, extraction: Extraction, text: str) -> None:
    """Add the extraction's graph to the dataset at ``path`` if the whole still conforms."""
    from kg.build import load_dataset
    from kg.extract.rdf import merge_into
    from kg.io import write_atomic
    from kg.validate import validate

    dataset = load_dataset(path)
    result = merge_into(dataset, extraction, text)
    report = validate(dataset)
    if not report.conforms:
        raise ValidationError(
            f"the extracted facts would make the knowledge graph violate "
            f"{len(report.violations)} SHACL constraint(s); nothing was written",
            report=report.text(),
            fix="review the facts named in the report, or extract without --merge",
        )
    write_atomic(path, dataset.serialize(format="trig", encoding="utf-8"))
    for reason in result.refused:
        print(f"dkg: left out {reason}", file=sys.stderr)
    print(f"merged {result.triples} triples into {path} as graph <{result.graph}>", file=sys.stderr)
