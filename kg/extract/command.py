"""``dkg extract FILE [--date YYYY-MM-DD] [--format ttl|json|table] [--merge] [--kg PATH]
[--evaluate GOLD]``: the command line of the extractor (exit codes as in :mod:`kg.cli`).

- the facts go to standard output in the chosen format (default ``table``);
- ``--evaluate GOLD`` then prints precision and recall per fact type against a curated
  annotation (``kg/data/events/….yaml``) to standard output;
- ``--merge`` adds the extracted graph to the knowledge graph ``--kg`` (``out/kg.trig``) after
  SHACL validation of the whole, writing it atomically; other graphs are left as they were.

Errors: a missing, binary or empty file and a malformed annotation are bad input (exit 3); a
malformed ``--date`` is a usage error (exit 2); a merge that would violate the shapes exits 1
and writes nothing.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kg.errors import DkgError, ValidationError
from kg.formats import EXTRACTION_FORMATS

__all__ = ["add_parser", "run"]


def add_parser(commands: argparse._SubParsersAction) -> None:
    """Register ``extract`` on the ``dkg`` sub-command parser."""
    parser = commands.add_parser(
        "extract", help="candidate facts from a news text, with evidence and confidence"
    )
    parser.add_argument("file", type=Path, help="the article as plain UTF-8 text")
    parser.add_argument("--date", help="the article's date, YYYY-MM-DD (resolves 'on Monday')")
    parser.add_argument("--format", choices=EXTRACTION_FORMATS, default="table")
    parser.add_argument(
        "--merge", action="store_true", help="add the facts to the knowledge graph (--kg)"
    )
    parser.add_argument(
        "--kg", type=Path, default=Path("out") / "kg.trig", help="knowledge graph (out/kg.trig)"
    )
    parser.add_argument(
        "--evaluate",
        type=Path,
        metavar="GOLD",
        help="a curated event annotation (YAML) to score the extraction against",
    )
    parser.set_defaults(handler=run)


def run(arguments: argparse.Namespace) -> int:
    """Handle ``dkg extract``; returns the exit code."""
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


def _merge(path: Path, extraction, text: str) -> None:
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
