"""The evaluation corpus (tests/fixtures/extract/corpus, see its README.md): the split rule,
the gold files, and the gold's General Assembly facts against the voting history.

The scores themselves are measured by ``benchmarks/extract_eval.py`` (reported in
benchmarks/EXTRACT.md), not asserted here.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from kg.extract.gold import motion_spans, read_gold
from kg.extract.scoring import gold_file

CORPUS = Path(__file__).parent / "fixtures" / "extract" / "corpus"
TEXTS = sorted(CORPUS.glob("*.txt"))
HISTORY = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "unga-history"


def split_of(stem: str) -> str:
    """``test`` when the SHA-256 of the file stem is odd, else ``dev`` (corpus/README.md).

    >>> split_of("sc-2011-syria-first-double-veto-wire"), split_of("sc-1990-iraq-678-wire")
    ('test', 'dev')
    """
    return "test" if int(hashlib.sha256(stem.encode()).hexdigest(), 16) % 2 else "dev"


def texts_of(split: str) -> list[Path]:
    """The corpus texts of one split, in name order."""
    return [path for path in TEXTS if split_of(path.stem) == split]


def test_split_sizes_are_pinned():
    assert (len(texts_of("dev")), len(texts_of("test"))) == (21, 15)


def test_corpus_covers_three_organs_and_enough_votes():
    organs: dict[str, int] = {}
    motions = 0
    for path in TEXTS:
        gold = read_gold(gold_file(path))
        motions += len(gold.motions)
        for motion in gold.motions.values():
            organs[motion.organ or "-"] = organs.get(motion.organ or "-", 0) + 1
    assert len(TEXTS) >= 30 and motions >= 50
    assert organs["GA"] >= 15 and organs["SC"] >= 15 and organs["HRC"] >= 5


@pytest.mark.parametrize("path", TEXTS, ids=[path.stem for path in TEXTS])
def test_gold_reads_and_names_phrases_of_its_text(path):
    gold = read_gold(gold_file(path))
    spans = motion_spans(gold, path.read_text(encoding="utf-8"))
    assert all(spans.values())
    assert gold.published is not None


def _history_ballots(rollcalls, votes, motion) -> dict[str, str]:
    rows = rollcalls[rollcalls["date"] == motion.date]
    for key, value in (motion.tally or {}).items():
        rows = rows[rows[key] == value]
    assert len(rows) == 1, (motion.id, len(rows))
    return dict(votes[votes["rcid"] == rows.iloc[0]["rcid"]][["state_iso3", "vote"]].values)


@pytest.mark.skipif(not HISTORY.exists(), reason="needs ../shared/data/unga-history")
def test_general_assembly_gold_agrees_with_the_voting_history():
    import pandas as pd

    columns = ["rcid", "date", "yes", "no", "abstain", "non_voting"]
    rollcalls = pd.read_csv(HISTORY / "rollcalls.csv", usecols=columns)
    votes = pd.read_csv(HISTORY / "votes.csv.gz", usecols=["rcid", "state_iso3", "vote"])
    letter = {"yes": "Y", "no": "N", "abstain": "A", "non_voting": "X"}
    checked = 0
    for path in TEXTS:
        gold = read_gold(gold_file(path))
        for motion in gold.motions.values():
            if motion.organ != "GA" or motion.kind in ("procedural", "amendment"):
                continue
            if motion.date is None or len(motion.date) != 10:
                continue  # "last year", "in October": checked by hand, see the gold's note
            recorded = _history_ballots(rollcalls, votes, motion)
            for voter, option, on in gold.ballots:
                if on == motion.id:
                    assert recorded.get(voter) == letter[option], (path.stem, voter, option)
                    checked += 1
    assert checked >= 120
