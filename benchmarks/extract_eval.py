"""Precision and recall of ``dkg extract`` on the evaluation corpus, per split and fact type.

The texts are news texts about real recorded votes, each with a ``dkg-gold/1`` gold file
(the split rule is in benchmarks/EXTRACT.md, "Seventeenth round"): ``dev`` is
tests/fixtures/extract/corpus, testset, dev3 to dev6 and testset3 to testset15 (those folder
names and ``old-dev``/``old-test`` name parts of it), ``test`` is the held-out
tests/fixtures/extract/testset16 and ``testset2`` the fifth round's held-out set, each skipped
with a note while its folder
is absent. Prints one Markdown table per split (the ``votes`` row sums
ballots, tallies and outcomes), and with ``--misses`` what each development split missed and
got wrong, for benchmarks/EXTRACT.md; a held-out split's misses are never printed. With
``--overlap`` a held-out split is also scored in two parts: the texts that report a vote some
development text also reports (same organ and day in the gold files), and the others.

    .venv/bin/python benchmarks/extract_eval.py [--split dev|test|corpus|testset|...] [--misses]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from test_extract_eval import HELD_OUT_SPLITS, SPLITS, texts_of  # noqa: E402

from kg.extract.gold import read_gold  # noqa: E402
from kg.extract.scoring import format_gold_scores, gold_file, score_texts  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=SPLITS, action="append")
    parser.add_argument("--misses", action="store_true", help="list misses and wrong facts")
    parser.add_argument(
        "--overlap",
        action="store_true",
        help="score a held-out split again in two parts: votes development texts also report,"
        " and the others",
    )
    arguments = parser.parse_args()
    splits = arguments.split or (("dev",) if arguments.misses else ("dev", "test"))
    if arguments.misses and set(splits) & set(HELD_OUT_SPLITS):
        parser.error(
            f"--misses is for development splits only: {', '.join(HELD_OUT_SPLITS)} are held out"
            " (their misses are never printed); drop --misses or choose another --split"
        )
    for split in splits:
        texts = texts_of(split)
        if split in HELD_OUT_SPLITS and not texts:
            print(f"\n### {split} split: skipped, its folder is absent or empty\n")
            continue
        started = time.perf_counter()
        total, _ = score_texts(texts)
        seconds = time.perf_counter() - started
        print(f"\n### {split} split: {len(texts)} texts ({seconds:.1f} s)\n")
        print(format_gold_scores(total))
        if arguments.overlap and split in HELD_OUT_SPLITS:
            _print_overlap(split, texts)
        if arguments.misses:
            for name, score in total.items():
                if name == "votes":
                    continue
                for item in score.missed:
                    print(f"- missed {name}: {item}")
                for item in score.wrong:
                    print(f"- wrong {name}: {item}")
    return 0


def _votes_of(path: Path) -> set[tuple[str, str]]:
    """(organ, day) of every motion of the text's gold dated to the day."""
    gold = read_gold(gold_file(path))
    return {
        (motion.organ or "", motion.date)
        for motion in gold.motions.values()
        if motion.date is not None and len(motion.date) == 10
    }


def _print_overlap(split: str, texts: list[Path]) -> None:
    """The split's scores on the texts that share a vote with a development text, and on the
    others (their names are not printed: they would say what the held-out texts report)."""
    known = set().union(*(_votes_of(path) for path in texts_of("dev")))
    shared = [path for path in texts if _votes_of(path) & known]
    for label, part in (
        ("a vote development texts also report", shared),
        ("only votes no development text reports", [p for p in texts if p not in shared]),
    ):
        total, _ = score_texts(part)
        print(f"\n#### {split}: {len(part)} texts with {label}\n")
        print(format_gold_scores(total))


if __name__ == "__main__":
    raise SystemExit(main())
