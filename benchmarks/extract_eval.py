"""Precision and recall of ``dkg extract`` on the evaluation corpus, per split and fact type.

The texts are news texts about real recorded votes, each with a ``dkg-gold/1`` gold file
(the split rule is in benchmarks/EXTRACT.md, "Fifth round"): ``dev`` is
tests/fixtures/extract/corpus, testset, dev3, dev4 and dev5 (148 texts; those folder names
and ``old-dev``/``old-test`` name parts of it), ``test`` is the held-out
tests/fixtures/extract/testset2, skipped with a note while that folder is absent. Prints one
Markdown table per split (the ``votes`` row sums ballots, tallies and outcomes), and with
``--misses`` what each split missed and got wrong, for benchmarks/EXTRACT.md.

    .venv/bin/python benchmarks/extract_eval.py [--split dev|test|corpus|testset|...] [--misses]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from test_extract_eval import HELDOUT, SPLITS, texts_of  # noqa: E402

from kg.extract.scoring import format_gold_scores, score_texts  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=SPLITS, action="append")
    parser.add_argument("--misses", action="store_true", help="list misses and wrong facts")
    arguments = parser.parse_args()
    for split in arguments.split or ("dev", "test"):
        texts = texts_of(split)
        if split == "test" and not texts:
            print(f"\n### test split: skipped, {HELDOUT} is absent or empty\n")
            continue
        started = time.perf_counter()
        total, _ = score_texts(texts)
        seconds = time.perf_counter() - started
        print(f"\n### {split} split: {len(texts)} texts ({seconds:.1f} s)\n")
        print(format_gold_scores(total))
        if arguments.misses:
            for name, score in total.items():
                if name == "votes":
                    continue
                for item in score.missed:
                    print(f"- missed {name}: {item}")
                for item in score.wrong:
                    print(f"- wrong {name}: {item}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
