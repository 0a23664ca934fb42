"""The evaluation texts: the split rule, the gold files, and the gold's General Assembly facts
against the voting history.

The split (benchmarks/EXTRACT.md, "Seventeenth round"): ``dev`` is ``corpus/`` (36 texts; its
README.md has the first round's parity rule that cut it in two, ``old-dev``/``old-test``),
``testset/`` (28 texts, the third round's test set, whose misses were published and which is
therefore development data now), ``dev3/``, ``dev4/`` and ``dev5/`` (29, 28 and 27 texts
written in the fifth round), ``dev6/`` (24 texts written in the sixth), ``testset3/`` (51
texts, the sixth round's test set), ``testset4/`` and ``testset5/`` (50 texts each, the
seventh round's two held-out sets, measured at that round's end and development data since),
``testset6/``, ``testset7/`` and ``testset8/`` (50 texts each, the eighth to tenth rounds'
test sets, measured at those rounds' ends), ``testset9/`` (52 texts, the eleventh round's
test set), ``testset10/`` (51 texts, the twelfth round's), ``testset11/`` (49 texts, the
thirteenth round's), ``testset12/`` (50 texts, the fourteenth round's), ``testset13/`` (50
texts, the fifteenth round's), ``testset14/`` (50 texts, the sixteenth round's test set) and
``testset15/`` (50 texts written in the sixteenth round, partly seen by the lead there): 825
texts. ``test`` is ``testset16/`` (texts written at the seventeenth round's start by writers
who never read the extractor, scored at that round's start and end), measured by the lead
only; ``testset2`` is the fifth round's held-out set, still unread (each empty while its
folder is absent). ``corpus``, ``testset``, ``dev3`` to ``dev6`` and ``testset3`` to
``testset15`` name the parts of ``dev``
by folder, for comparisons with earlier rounds.

The scores themselves are measured by ``benchmarks/extract_eval.py`` (reported in
benchmarks/EXTRACT.md), not asserted here.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from kg.extract.gold import motion_spans, read_gold
from kg.extract.scoring import gold_file

FIXTURES = Path(__file__).parent / "fixtures" / "extract"
CORPUS = FIXTURES / "corpus"
TESTSET = FIXTURES / "testset"
DEV3 = FIXTURES / "dev3"
DEV4 = FIXTURES / "dev4"
DEV5 = FIXTURES / "dev5"
DEV6 = FIXTURES / "dev6"
TESTSET3 = FIXTURES / "testset3"
TESTSET4 = FIXTURES / "testset4"
TESTSET5 = FIXTURES / "testset5"
TESTSET6 = FIXTURES / "testset6"
TESTSET7 = FIXTURES / "testset7"
TESTSET8 = FIXTURES / "testset8"
TESTSET9 = FIXTURES / "testset9"
TESTSET10 = FIXTURES / "testset10"
TESTSET11 = FIXTURES / "testset11"
TESTSET12 = FIXTURES / "testset12"
TESTSET13 = FIXTURES / "testset13"
TESTSET14 = FIXTURES / "testset14"
TESTSET15 = FIXTURES / "testset15"
HELDOUT = FIXTURES / "testset16"
HELDOUT_BEFORE = FIXTURES / "testset2"
TEXTS = [
    *sorted(CORPUS.glob("*.txt")),
    *sorted(TESTSET.glob("*.txt")),
    *sorted(DEV3.glob("*.txt")),
    *sorted(DEV4.glob("*.txt")),
    *sorted(DEV5.glob("*.txt")),
    *sorted(DEV6.glob("*.txt")),
    *sorted(TESTSET3.glob("*.txt")),
    *sorted(TESTSET4.glob("*.txt")),
    *sorted(TESTSET5.glob("*.txt")),
    *sorted(TESTSET6.glob("*.txt")),
    *sorted(TESTSET7.glob("*.txt")),
    *sorted(TESTSET8.glob("*.txt")),
    *sorted(TESTSET9.glob("*.txt")),
    *sorted(TESTSET10.glob("*.txt")),
    *sorted(TESTSET11.glob("*.txt")),
    *sorted(TESTSET12.glob("*.txt")),
    *sorted(TESTSET13.glob("*.txt")),
    *sorted(TESTSET14.glob("*.txt")),
    *sorted(TESTSET15.glob("*.txt")),
]
"""The development texts, the ones these tests read for scores (never the held-out sets)."""
PARTS = (
    "corpus",
    "testset",
    "dev3",
    "dev4",
    "dev5",
    "dev6",
    "testset3",
    "testset4",
    "testset5",
    "testset6",
    "testset7",
    "testset8",
    "testset9",
    "testset10",
    "testset11",
    "testset12",
    "testset13",
    "testset14",
    "testset15",
)
"""The folders of ``dev``."""
HISTORY = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "unga-history"


def split_of(path: Path) -> str:
    """``test`` for a text of ``testset16/``, ``testset2`` for one of ``testset2/``, else ``dev``
    (benchmarks/EXTRACT.md).

    >>> split_of(TESTSET / "sc-2024-sudan-veto-wire.txt"), split_of(TESTSET10 / "any.txt")
    ('dev', 'dev')
    >>> split_of(HELDOUT / "any.txt"), split_of(HELDOUT_BEFORE / "any.txt")
    ('test', 'testset2')
    """
    held_out = {HELDOUT.name: "test", HELDOUT_BEFORE.name: "testset2"}
    return held_out.get(path.parent.name, "dev")


def old_split_of(stem: str) -> str:
    """The first round's rule inside ``corpus/`` (its README.md): ``old-test`` when the SHA-256
    of the file stem is odd, else ``old-dev``. Both halves are development texts now.

    >>> old_split_of("sc-2011-syria-first-double-veto-wire"), old_split_of("sc-1990-iraq-678-wire")
    ('old-test', 'old-dev')
    """
    return "old-test" if int(hashlib.sha256(stem.encode()).hexdigest(), 16) % 2 else "old-dev"


SPLITS = ("dev", "test", "testset2", *PARTS, "old-dev", "old-test")
HELD_OUT_SPLITS = ("test", "testset2")
HELD_OUT_FOLDERS = {"test": HELDOUT, "testset2": HELDOUT_BEFORE}
"""The splits whose misses nobody who changes the extractor may read."""


def texts_of(split: str) -> list[Path]:
    """The texts of one split of ``SPLITS``, in name order: ``dev`` (825 texts), ``test``
    (the held-out ``testset16/``), ``testset2`` (the fifth round's held-out set; each empty
    while its folder is absent), a part of ``dev`` by folder (``PARTS``), or the first round's
    ``old-dev``/``old-test`` halves of ``corpus``.

    >>> len(texts_of("dev")) == sum(len(texts_of(part)) for part in PARTS)
    True
    """
    if split.startswith("old-"):
        return [path for path in sorted(CORPUS.glob("*.txt")) if old_split_of(path.stem) == split]
    if split in HELD_OUT_SPLITS:
        return sorted(HELD_OUT_FOLDERS[split].glob("*.txt"))
    if split in PARTS:
        return [path for path in TEXTS if path.parent.name == split]
    if split != "dev":
        raise ValueError(f"unknown split {split!r}: one of {', '.join(SPLITS)}")
    return list(TEXTS)


def test_split_sizes_are_pinned():
    assert len(texts_of("dev")) == 825
    parts = tuple(len(texts_of(part)) for part in PARTS)
    assert parts == (36, 28, 29, 28, 27, 24, 51, 50, 50, 50, 50, 50, 52, 51, 49, 50, 50, 50, 50)
    assert len(texts_of("test")) in (48, 0) and len(texts_of("testset2")) in (25, 0)
    assert (len(texts_of("old-dev")), len(texts_of("old-test"))) == (21, 15)
    assert all(split_of(path) == "dev" for path in texts_of("dev"))


def test_corpus_covers_three_organs_and_enough_votes():
    organs: dict[str, int] = {}
    motions = 0
    for path in TEXTS:
        gold = read_gold(gold_file(path))
        motions += len(gold.motions)
        for motion in gold.motions.values():
            organs[motion.organ or "-"] = organs.get(motion.organ or "-", 0) + 1
    assert len(TEXTS) >= 64 and motions >= 100
    assert organs["GA"] >= 35 and organs["SC"] >= 30 and organs["HRC"] >= 10


@pytest.mark.parametrize("path", TEXTS, ids=[path.stem for path in TEXTS])
def test_gold_reads_and_names_phrases_of_its_text(path):
    gold = read_gold(gold_file(path))
    spans = motion_spans(gold, path.read_text(encoding="utf-8"))
    assert all(spans.values())
    assert gold.published is not None


def _history_ballots(rollcalls, votes, motion) -> list[dict[str, str]] | None:
    """The recorded votes of each roll call of the motion's day (or month, or year, as the gold
    dates it) with the gold's counts; None when a month or year holds several such votes or
    none (a committee's), or when the history holds no roll call at all in that period (it
    lacks, for one, the votes of 24 February 2025). A day may hold several roll calls with the
    same counts (the gold's ballots must then agree with one of them)."""
    rows = rollcalls[rollcalls["date"].str.startswith(motion.date)]
    if rows.empty:
        return None
    for key, value in (motion.tally or {}).items():
        rows = rows[rows[key] == value]
    if len(motion.date) < 10 and len(rows) != 1:
        # several votes of the month with those counts, or none: a committee's vote ("the
        # First Committee's 144-3-30 in November") is not in the history of plenary votes
        return None
    return [
        dict(votes[votes["rcid"] == rcid][["state_iso3", "vote"]].values) for rcid in rows["rcid"]
    ]


def _history_disagreements(paths: list[Path]) -> tuple[int, int, list[str]]:
    """The General Assembly motions of the gold files checked against the voting history, the
    ballots checked, and the stems of the texts whose gold disagrees with every roll call of
    the motion's date and counts."""
    import pandas as pd

    columns = ["rcid", "date", "yes", "no", "abstain", "non_voting"]
    rollcalls = pd.read_csv(HISTORY / "rollcalls.csv", usecols=columns)
    votes = pd.read_csv(HISTORY / "votes.csv.gz", usecols=["rcid", "state_iso3", "vote"])
    letter = {"yes": "Y", "no": "N", "abstain": "A", "non_voting": "X"}
    checked = motions = 0
    disagreeing: list[str] = []
    for path in paths:
        gold = read_gold(gold_file(path))
        for motion in gold.motions.values():
            if motion.organ != "GA" or motion.kind in ("procedural", "amendment"):
                continue
            if motion.outcome in ("failed", "withdrawn"):
                continue  # the history holds adopted resolutions only
            if motion.date is None or not motion.tally:
                continue  # "endorsed it on September 12": no count to find it by (gold's note)
            candidates = _history_ballots(rollcalls, votes, motion)
            if candidates is None:
                continue  # "the 120 votes it received in October", or a gap in the history
            motions += 1
            stated = [(v, o) for v, o, on in gold.ballots if on == motion.id]
            if not any(
                all(recorded.get(voter) == letter[option] for voter, option in stated)
                for recorded in candidates
            ):
                disagreeing.append(path.stem)
            checked += len(stated)
    return motions, checked, disagreeing


@pytest.mark.skipif(not HISTORY.exists(), reason="needs ../shared/data/unga-history")
def test_general_assembly_gold_agrees_with_the_voting_history():
    motions, checked, disagreeing = _history_disagreements(TEXTS)
    assert disagreeing == []
    assert motions >= 40 and checked >= 330


HELD_OUT_TEXTS = [
    *sorted(HELDOUT.glob("*.txt")),
    *sorted(HELDOUT_BEFORE.glob("*.txt")),
]


@pytest.mark.skipif(not HELD_OUT_TEXTS, reason="no held-out set in this checkout")
def test_held_out_gold_reads_and_agrees_with_the_voting_history():
    """The held-out gold is checked as the development gold is, but a failure names only the
    file: its facts are not to be read by whoever changes the extractor."""
    unreadable = []
    for path in HELD_OUT_TEXTS:
        try:
            gold = read_gold(gold_file(path))
            spans = motion_spans(gold, path.read_text(encoding="utf-8"))
        except Exception:  # reported by the file name only
            unreadable.append(path.stem)
            continue
        if not all(spans.values()) or gold.published is None:
            unreadable.append(path.stem)
    assert unreadable == []
    if HISTORY.exists():
        motions, _, disagreeing = _history_disagreements(HELD_OUT_TEXTS)
        assert disagreeing == [] and motions >= 10


def test_a_proposer_the_gold_names_by_an_alias_is_the_gazetteers_body():
    """The gold's "Group of 77 and China" is the body the extractor names "Group of 77"."""
    from datetime import date

    from kg.extract import extract
    from kg.extract.gold import read_gold_text
    from kg.extract.scoring import score_gold

    text = (
        "The General Assembly on Tuesday adopted a resolution on debt by 124 votes to 11. The "
        "text was put forward by Bolivia on behalf of the Group of 77 and China."
    )
    gold = read_gold_text(
        "format: dkg-gold/1\npublished: 2014-09-10\nmotions:\n  - id: debt\n    kind: resolution\n"
        "    organ: GA\n    proposed_by: [BOL, Group of 77 and China]\n"
        "    mentions: [a resolution on debt]\n",
        "<gold>",
    )
    scores = score_gold(extract(text, article_date=date(2014, 9, 10)), gold, text)
    proposer = scores["proposer"]
    assert (proposer.true_positives, proposer.missed, proposer.wrong) == (2, [], [])


def test_extraction_does_not_depend_on_string_hashing():
    """The development texts extract to the same facts under two hash seeds (a set iterated
    once made a motion's period depend on the seed)."""
    import json
    import os
    import subprocess
    import sys

    script = (
        "import json, sys\n"
        "from pathlib import Path\n"
        "from kg.extract.extractor import extract, read_text\n"
        "from kg.extract.gold import read_gold\n"
        "from kg.extract.scoring import gold_file\n"
        "out = []\n"
        "for name in sys.argv[1:]:\n"
        "    published = read_gold(gold_file(Path(name))).published\n"
        "    result = extract(read_text(Path(name)), article_date=published)\n"
        "    out.append(sorted(json.dumps(f.fields, sort_keys=True) for f in result.facts))\n"
        "print(json.dumps(out))\n"
    )
    names = [str(path) for path in TEXTS]
    runs = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run(
            [sys.executable, "-c", script, *names],
            capture_output=True,
            text=True,
            env=env,
            check=True,
        )
        runs.append(json.loads(done.stdout))
    assert len(runs[0]) == len(names) and runs[0] == runs[1]


def test_a_registered_person_the_gold_spells_as_the_text_does():
    """The gold's "Vasily Nebenzia" (as the text spells him) is the registry's Vassily
    Nebenzia that the extractor names."""
    from datetime import date

    from kg.extract import extract
    from kg.extract.gold import read_gold_text
    from kg.extract.scoring import score_gold

    text = "Russian Ambassador Vasily Nebenzia said the draft was a political exercise."
    gold = read_gold_text(
        "format: dkg-gold/1\npublished: 2021-12-13\npeople: [Vasily Nebenzia]\n"
        "speakers: [Vasily Nebenzia]\n",
        "<gold>",
    )
    scores = score_gold(extract(text, article_date=date(2021, 12, 13)), gold, text)
    for kind in ("person", "statement"):
        score = scores[kind]
        assert (score.true_positives, score.missed, score.wrong) == (1, [], []), kind


def test_a_count_two_gold_votes_share_aligns_neither():
    """Two drafts that both failed 6-7-2: the second, named "a second text" as the gold names
    it, is scored as that draft, not as the first one whose count it shares."""
    from datetime import date

    from kg.extract import extract
    from kg.extract.gold import read_gold_text
    from kg.extract.scoring import score_gold

    text = (
        "The Security Council rejected a draft put forward by Brazil on Monday, 6 in favour, 7 "
        "against and 2 abstentions.\n\nOn Wednesday Brazil tabled a second text. It also "
        "failed, 6-7-2."
    )
    gold = read_gold_text(
        "format: dkg-gold/1\npublished: 2024-03-09\nmotions:\n"
        "  - id: first\n    kind: draft\n    organ: SC\n    proposed_by: [BRA]\n"
        "    tally: {yes: 6, no: 7, abstain: 2}\n    outcome: failed\n"
        "    mentions: [a draft put forward by Brazil]\n"
        "  - id: second\n    kind: draft\n    organ: SC\n    proposed_by: [BRA]\n"
        "    tally: {yes: 6, no: 7, abstain: 2}\n    outcome: failed\n"
        "    mentions: [a second text]\n",
        "test",
    )
    scores = score_gold(extract(text, article_date=date(2024, 3, 9)), gold, text)
    assert (scores["tally"].true_positives, scores["tally"].gold) == (2, 2)
    assert scores["motion"].missed == []
