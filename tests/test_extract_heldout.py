"""The extractor on held-out texts (tests/fixtures/extract/heldout-*, see HELDOUT.md there).

The twelve texts were written and annotated before the patterns were generalised and split in
advance: ``heldout-dev-*`` were used while improving the patterns, ``heldout-test-*`` were only
measured (before: core precision 1.00, recall 0.56; after: 1.00 / 0.79; after the staged
extractor of issue 19: 1.00 / 0.99). The floors below sit a little under what was measured, so
a regression fails here; they are not targets to tune to.
Run ``python tests/test_extract_heldout.py`` for the table.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_extract_corpus import FIXTURES, corpus_scores

DEV = sorted(FIXTURES.glob("heldout-dev-*.txt"))
HELD_OUT = sorted(FIXTURES.glob("heldout-test-*.txt"))
#: The fact types the issue scores; dates and states are checked but not counted here.
CORE = ("ballots", "tallies", "stances", "statements", "persons")

#: split → fact type → (precision floor, recall floor); measured values in the comments.
FLOORS = {
    "dev": {
        "ballots": (0.95, 0.95),  # 27/27, 27/27
        "tallies": (0.95, 0.95),  # 5/5, 5/5
        "stances": (0.85, 0.95),  # 10/11, 10/10
        "statements": (0.9, 0.9),  # 12/12, 12/12
        # 13/13, 13/14: the footballers of the sports text are people it names (the
        # dkg-gold/1 convention, kg/extract/gold.py); "Arda Guler, 19," is not read
        "persons": (0.95, 0.9),
        "core": (0.95, 0.95),  # 67/68, 67/68
    },
    "held-out": {
        "ballots": (0.95, 0.95),  # 32/32, 32/32 (issue 19; was 23/23, 23/32)
        "tallies": (0.95, 0.95),  # 5/5, 5/5
        "stances": (0.9, 0.85),  # 12/12, 12/13 (was 7/7, 7/13)
        "statements": (0.9, 0.9),  # 13/13, 13/13 (two more by the issue-19 convention)
        "persons": (0.95, 0.95),  # 11/11, 11/11
        "core": (0.95, 0.95),  # 73/73, 73/74 (was 57/57, 57/72)
    },
}


def split_scores(texts: list[Path]) -> dict[str, tuple[float, float]]:
    """fact type (and ``core``, summed over :data:`CORE`) → (precision, recall)."""
    counts = corpus_scores(texts)
    counts["core"] = tuple(sum(counts[name][i] for name in CORE) for i in range(3))
    return {
        name: (
            matched / extracted if extracted else 1.0,
            matched / expected if expected else 1.0,
        )
        for name, (matched, extracted, expected) in counts.items()
    }


@pytest.fixture(scope="module")
def measured() -> dict[str, dict[str, tuple[float, float]]]:
    return {"dev": split_scores(DEV), "held-out": split_scores(HELD_OUT)}


def test_split_is_six_and_six():
    assert len(DEV) == 6 and len(HELD_OUT) == 6


@pytest.mark.parametrize(
    ("split", "fact_type"),
    [(split, name) for split, floors in FLOORS.items() for name in floors],
)
def test_precision_and_recall_floors(measured, split, fact_type):
    precision, recall = measured[split][fact_type]
    precision_floor, recall_floor = FLOORS[split][fact_type]
    assert precision >= precision_floor, (split, fact_type, precision)
    assert recall >= recall_floor, (split, fact_type, recall)


def test_texts_that_must_yield_no_votes():
    for name in ("heldout-dev-none-sports", "heldout-test-none-adjourn"):
        counts = corpus_scores([FIXTURES / f"{name}.txt"])
        for fact_type in ("ballots", "tallies", "stances", "statements"):
            assert counts[fact_type][1] == 0, (name, fact_type)


if __name__ == "__main__":  # python tests/test_extract_heldout.py prints the table
    for split, texts in (("dev", DEV), ("held-out", HELD_OUT)):
        print(f"== {split}")
        for fact_type, (precision, recall) in split_scores(texts).items():
            print(f"{fact_type:<11} P={precision:.2f}  R={recall:.2f}")
