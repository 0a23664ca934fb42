"""The extractor on a corpus of short texts written for these tests (tests/fixtures/extract).

Each ``NAME.txt`` has ``NAME.expected.json``: the article date and the facts it states —
ballots (voter, option, roll call), tallies (yes, no, abstain, roll call), stances (actor,
kind), statements (speaker), people, dates (phrase, ISO date or start/end) and, for texts
that must yield nothing, ``states: []``.
"""

from __future__ import annotations

import json
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from kg.extract import extract

FIXTURES = Path(__file__).parent / "fixtures" / "extract"
#: The pattern corpus, each text checked exactly; the held-out texts (``heldout-*``, see
#: fixtures/extract/HELDOUT.md) are scored in bulk by tests/test_extract_heldout.py.
TEXTS = sorted(path for path in FIXTURES.glob("*.txt") if not path.name.startswith("heldout-"))


def _agent(reference: dict) -> str:
    return str(reference.get("key") or reference.get("text"))


def observed(text_path: Path) -> tuple[dict[str, Counter], dict[str, Counter]]:
    """(expected, extracted) multisets of comparable keys per fact type."""
    expected = json.loads(text_path.with_suffix(".expected.json").read_text())
    article_date = date.fromisoformat(expected["date"]) if expected["date"] else None
    result = extract(text_path.read_text(encoding="utf-8"), article_date=article_date)
    got = {
        "ballots": Counter(
            (f.fields["voter"], f.fields["option"], f.fields["rollcall"])
            for f in result.facts_of("ballot")
        ),
        "tallies": Counter(
            (f.fields["yes"], f.fields["no"], f.fields["abstain"], f.fields["rollcall"])
            for f in result.facts_of("tally")
        ),
        "stances": Counter(
            (_agent(f.fields["actor"]), f.fields["kind"]) for f in result.facts_of("stance")
        ),
        "statements": Counter(_agent(f.fields["speaker"]) for f in result.facts_of("statement")),
        "persons": Counter(f.fields["name"] for f in result.facts_of("person")),
        "dates": Counter(
            (
                f.evidence[0].mention,
                f.fields["value"] or f"{f.fields.get('start')}/{f.fields.get('end')}",
            )
            for f in result.facts_of("date")
        ),
    }
    want = {
        "ballots": Counter(tuple(item) for item in expected["ballots"]),
        "tallies": Counter(tuple(item) for item in expected["tallies"]),
        "stances": Counter(tuple(item) for item in expected["stances"]),
        "statements": Counter(expected["statements"]),
        "persons": Counter(expected["persons"]),
        "dates": Counter(tuple(item) for item in expected["dates"]),
    }
    if "states" in expected:
        got["states"] = Counter(f.fields["code"] for f in result.facts_of("state"))
        want["states"] = Counter(expected["states"])
    return want, got


def corpus_scores(texts: list[Path] | None = None) -> dict[str, tuple[int, int, int]]:
    """fact type → (matched, extracted, expected) summed over the corpus (or ``texts``)."""
    totals: dict[str, list[int]] = {}
    for path in TEXTS if texts is None else texts:
        want, got = observed(path)
        for fact_type in want:
            matched = sum((want[fact_type] & got[fact_type]).values())
            row = totals.setdefault(fact_type, [0, 0, 0])
            row[0] += matched
            row[1] += sum(got[fact_type].values())
            row[2] += sum(want[fact_type].values())
    return {fact_type: tuple(row) for fact_type, row in totals.items()}


@pytest.mark.parametrize("path", TEXTS, ids=[path.stem for path in TEXTS])
def test_each_text_yields_its_expected_facts(path):
    want, got = observed(path)
    for fact_type in want:
        assert got[fact_type] == want[fact_type], fact_type


def test_corpus_precision_and_recall():
    scores = corpus_scores()
    matched = sum(row[0] for row in scores.values())
    extracted = sum(row[1] for row in scores.values())
    expected = sum(row[2] for row in scores.values())
    assert matched / extracted >= 0.9
    assert matched / expected >= 0.8


if __name__ == "__main__":  # python tests/test_extract_corpus.py prints the table
    for fact_type, (matched, extracted, expected) in corpus_scores().items():
        precision = matched / extracted if extracted else 1.0
        recall = matched / expected if expected else 1.0
        print(
            f"{fact_type:<11} {matched:>3}/{extracted:<3} P={precision:.2f}  "
            f"{matched:>3}/{expected:<3} R={recall:.2f}"
        )
