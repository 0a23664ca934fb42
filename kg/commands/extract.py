"""``dkg extract DIR_OR_FILE…``: candidate facts from news texts, with evidence and confidence.

- one file: the facts go to standard output in the chosen ``--format`` (default ``table``),
  and its JSON to ``--out`` too when that is given;
- several files or a folder (its ``*.txt``): one JSON file per article in ``--out``
  (default ``out/extract``) and a summary table on standard output;
- ``--date-from-text`` reads each article's date from its dateline or byline (a date at the
  top of the text; a dateline without a year takes the year of ``--date``, else the year
  the text settles — see :func:`kg.extract.articles.date_from_text`); ``--date`` is used
  where none is found;
- ``--evaluate GOLD`` prints precision and recall per fact type against a curated annotation
  (``kg/data/events/….yaml``), a ``dkg-gold/1`` file, or a folder of ``NAME.gold.yaml`` files
  (each article against its own);
- ``--merge`` adds every article's graph to the knowledge graph ``--kg`` (a file, default
  ``out/kg.trig``) after SHACL validation of the whole, writing it atomically (a file of
  ``dkg build``'s output set rewrites every format of the set as one set); a ballot that
  contradicts a recorded roll call is left out and named;
- ``--max-chars N`` (default 1,000,000) is the longest text read.

Exit codes: 0, 1 ``--merge`` would make the graph violate SHACL (nothing is written), 2 a
malformed ``--date`` or ``--max-chars``, 3 a missing, empty, binary or non-UTF-8 file, a text
longer than ``--max-chars``, a folder without texts, or a malformed annotation. Among several
texts, one that cannot be read is skipped with its message and the others are extracted
(written, evaluated, merged) before the exit with code 3.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from kg import defaults
from kg.commands.options import handled_by
from kg.errors import DataError, DkgError, UsageError, ValidationError
from kg.formats import EXTRACTION_FORMATS

if TYPE_CHECKING:
    from kg.extract.articles import Article

__all__ = ["register"]


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add ``dkg extract``."""
    parser = subparsers.add_parser(
        "extract", help="candidate facts from news texts, with evidence and confidence"
    )
    parser.add_argument(
        "files",
        nargs="+",
        type=Path,
        metavar="DIR_OR_FILE",
        help="news texts as plain UTF-8, or folders of them (their *.txt files)",
    )
    parser.add_argument("--date", help="the articles' date, YYYY-MM-DD (resolves 'on Monday')")
    parser.add_argument(
        "--date-from-text",
        action="store_true",
        help="read each article's date from its dateline or byline (--date where none; a "
        "dateline without a year takes the year of --date)",
    )
    parser.add_argument(
        "--format", choices=EXTRACTION_FORMATS, default="table", help="output format (table)"
    )
    parser.add_argument(
        "--out",
        type=Path,
        metavar="DIR",
        help=f"where each article's JSON goes (default {defaults.EXTRACT_DIR} with several "
        "articles; one article's is written only when --out is given)",
    )
    parser.add_argument(
        "--max-chars",
        type=int,
        default=defaults.EXTRACT_MAX_CHARS,
        metavar="N",
        help=f"the longest text read (default {defaults.EXTRACT_MAX_CHARS:,})",
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
        help="a curated event annotation or dkg-gold file, or a folder of NAME.gold.yaml files",
    )
    handled_by(parser, run)


def run(arguments: argparse.Namespace) -> int:
    """Extract, print or write, then evaluate and merge when asked."""
    from kg.extract.articles import (
        ENGLISH_SHARE,
        article_paths,
        english_share,
        extract_articles,
        summary_table,
        write_extractions,
    )
    from kg.extract.dates import parse_article_date
    from kg.extract.output import render

    article_date = None
    if arguments.date is not None:
        try:
            article_date = parse_article_date(arguments.date)
        except ValueError as error:
            raise DkgError(str(error), where="--date", fix="e.g. --date 2025-02-24") from None
    if arguments.max_chars < 1:
        raise UsageError(
            f"--max-chars {arguments.max_chars} is not a positive number of characters",
            fix=f"e.g. --max-chars {defaults.EXTRACT_MAX_CHARS}",
        )
    paths = article_paths(arguments.files)
    single = len(arguments.files) == 1 and not arguments.files[0].is_dir()
    _check_targets(arguments, single)
    skipped: list[DataError] = []
    articles = extract_articles(
        paths,
        article_date=article_date,
        from_text=arguments.date_from_text,
        max_chars=arguments.max_chars,
        on_error=None if single else skipped.append,
    )
    for error in skipped:
        print(f"dkg: {error} (skipped)", file=sys.stderr)
    for article in articles:
        share = english_share(article.text)
        if share is not None and share < ENGLISH_SHARE:
            print(
                f"dkg: note: {article.path} does not read as English ({share:.0%} of its words "
                "are English function words): the extractor reads English news only, so its "
                "facts are likely missing",
                file=sys.stderr,
            )
    if not articles:
        raise DataError(
            f"none of the {len(paths)} texts could be read (each skipped above)",
            fix="give news texts as plain UTF-8",
        )
    if single:
        article = articles[0]
        sys.stdout.write(render(article.extraction, arguments.format, article.text))
        if arguments.out is not None:
            # "dkg extract story.txt --out reviewed/": the one JSON goes where it was asked to
            written = write_extractions(articles, arguments.out)
            print(f"wrote {len(written)} extraction(s) to {arguments.out}", file=sys.stderr)
    else:
        out = arguments.out or defaults.EXTRACT_DIR
        written = write_extractions(articles, out)
        print(summary_table(articles))
        print(f"wrote {len(written)} extraction(s) to {out}", file=sys.stderr)
    if arguments.evaluate is not None:
        print(_scores(articles, arguments.evaluate))
    if arguments.merge:
        _merge(arguments.kg, articles)
    if skipped:
        print(
            f"dkg: {len(skipped)} of {len(paths)} texts skipped, the others extracted",
            file=sys.stderr,
        )
        return DataError.exit_code
    return 0


def _check_targets(arguments: argparse.Namespace, single: bool) -> None:
    """Refuse a gold or a knowledge graph that is not there, or one gold for several
    articles, before any article is read or any extraction written."""
    gold = arguments.evaluate
    if gold is not None and not gold.exists():
        raise DataError(
            f"{gold}: no such file or folder",
            where="--evaluate",
            fix="give a curated event annotation, a dkg-gold file or a folder of NAME.gold.yaml",
        )
    if gold is not None and not gold.is_dir() and not single:
        raise UsageError(
            "one annotation scores one article",
            where="--evaluate",
            fix="give a folder of NAME.gold.yaml files to score several articles",
        )
    if arguments.merge and not arguments.kg.is_file():
        raise DataError(
            f"no knowledge graph at {arguments.kg}",
            fix="run `dkg build` first, or pass --kg PATH",
        )


def _scores(articles: list[Article], gold: Path) -> str:
    """The score table of the articles against ``gold`` (see the module notes)."""
    from kg.extract.evaluate import evaluate, format_scores
    from kg.extract.gold import FORMAT, read_gold
    from kg.extract.scoring import add_scores, format_gold_scores, score_gold, summed
    from kg.sources.yamlfile import load_yaml

    if gold.is_dir():
        total: dict = {}
        scored = 0
        for article in articles:
            path = gold / f"{article.path.stem}.gold.yaml"
            if path.is_file():
                scores = score_gold(article.extraction, read_gold(path), article.text)
                add_scores(total, scores, article.path.stem)
                scored += 1
        if not scored:
            raise DkgError(
                f"no gold file for these articles in {gold}",
                fix="name each gold file NAME.gold.yaml after its text NAME.txt",
            )
        total["votes"] = summed(total)
        return f"{scored} article(s) scored\n" + format_gold_scores(total)
    if len(articles) != 1:
        raise UsageError(
            "one annotation scores one article",
            where="--evaluate",
            fix="give a folder of NAME.gold.yaml files to score several articles",
        )
    article = articles[0]
    raw = load_yaml(gold)
    if isinstance(raw, dict) and raw.get("format") == FORMAT:
        scores = score_gold(article.extraction, read_gold(gold), article.text)
        scores["votes"] = summed(scores)
        return format_gold_scores(scores)
    return format_scores(evaluate(article.extraction, gold))


def _merge(path: Path, articles: list[Article]) -> None:
    """Add every article's graph to the dataset at ``path`` if the whole still conforms."""
    from kg.build import load_dataset, rewrite_dataset
    from kg.extract.rdf import merge_into
    from kg.validate import validate

    dataset = load_dataset(path)
    results = [merge_into(dataset, a.extraction, a.text) for a in articles]
    report = validate(dataset)
    if not report.conforms:
        raise ValidationError(
            f"the extracted facts would make the knowledge graph violate "
            f"{len(report.violations)} SHACL constraint(s); nothing was written",
            report=report.text(),
            fix="review the facts named in the report, or extract without --merge",
        )
    rewrite_dataset(dataset, path)
    for result in results:
        for reason in result.refused:
            print(f"dkg: left out {reason}", file=sys.stderr)
        print(
            f"merged {result.triples} triples into {path} as graph <{result.graph}>",
            file=sys.stderr,
        )
