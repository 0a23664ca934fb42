"""The learned proposer reader (kg/extract/learned.py) measured on writers it never saw: each
development part left out in turn.

    .venv/bin/python benchmarks/proposer_model.py [--cache FILE]   # ~8 min; EXTRACT.md's table

Every development text is read once by the extractor (its rules), keeping per text the
(motion, key) pairs of :func:`kg.extract.learned.pair_features`, the rules' proposers and the
gold's, matched as :func:`kg.extract.scoring.score_gold` matches them (a pair's label: the
gold motion its motion aligns with lists its key as a proposer). For each of the 17 parts of
``dev`` (tests/test_extract_eval.py ``PARTS``) a model is trained on the other 16 — its
thresholds chosen on those 16 by leaving each of them out in turn: the best F1 at precision
>= 0.9 — and scores the part left out. Four readers are counted (:data:`READERS`): the rules
alone, the model alone, the rules with the model naming the proposers of a motion the rules
named none of, and the rules with every proposer the model names. Needs scikit-learn (the
``dev`` extra).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from contextlib import contextmanager
from pathlib import Path
from unittest import mock

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from test_extract_eval import PARTS, texts_of  # noqa: E402

from kg.extract import extractor, learned  # noqa: E402
from kg.extract.gold import read_gold  # noqa: E402
from kg.extract.scoring import _align, body_key, gold_file  # noqa: E402

#: Regularisation of the logistic regression (inverse strength, scikit-learn's ``C``).
C = 0.3
#: A feature seen in fewer training candidates is dropped.
MIN_COUNT = 3
READERS = ("rules", "model", "rules+model", "union")
THRESHOLDS = [round(0.05 * step, 2) for step in range(4, 19)] + [0.95, 0.96, 0.97, 0.98, 0.99]
#: The lowest proposer precision a threshold may give on the training parts.
MIN_PRECISION = 0.9


@contextmanager
def _recording(found: list):
    """Run the extractor with the rules alone, keeping each passage's candidates."""
    original = extractor.motion_facts

    def motion_facts(reading):
        found.extend(learned.candidates(reading))
        original(reading)

    with mock.patch.object(extractor, "motion_facts", motion_facts):
        yield


def read_part(part: str) -> list[dict]:
    """One record per text of ``part``: gold and rule proposers as (gold motion, key) pairs,
    the motions with a fact (their gold motion, whether the rules gave proposers) and the
    candidates (motion, key, features, label)."""
    records = []
    for path in texts_of(part):
        gold = read_gold(gold_file(path))
        text = extractor.read_text(path)
        found: list[learned.Candidate] = []
        with _recording(found):
            extraction = extractor.extract(
                text, article_date=gold.published, source=str(path), key=path.stem
            )
        aligned, _ = _align(extraction, gold, text)
        motions = {
            f.fields["motion"]: {
                "gold": aligned.get(f.fields["motion"]),
                "rules": [body_key(p) for p in f.fields.get("proposed_by") or []],
            }
            for f in extraction.facts_of("motion")
            if not f.fields.get("collective")
        }
        gold_pairs = {(m.id, body_key(p)) for m in gold.motions.values() for p in m.proposed_by}
        records.append(
            {
                "text": path.stem,
                "gold": sorted(
                    [m.id, body_key(p)] for m in gold.motions.values() for p in m.proposed_by
                ),
                "motions": motions,
                "candidates": [
                    {
                        "motion": motion,
                        "key": body_key(key),
                        "features": features,
                        "label": int((aligned.get(motion), body_key(key)) in gold_pairs),
                    }
                    for (motion, key), features in learned.pair_features(found).items()
                    if motion in motions
                ],
            }
        )
    return records


def fit(records: list[dict]) -> dict:
    """A logistic regression over the candidates of ``records``: intercept and weights."""
    import numpy as np
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression

    counts = Counter(f for r in records for c in r["candidates"] for f in c["features"])
    vocabulary = sorted(f for f, n in counts.items() if n >= MIN_COUNT)
    index = {f: i for i, f in enumerate(vocabulary)}
    rows = [c for r in records for c in r["candidates"]]
    cells = [(row, index[f]) for row, c in enumerate(rows) for f in c["features"] if f in index]
    matrix = csr_matrix(
        (np.ones(len(cells)), ([r for r, _ in cells], [i for _, i in cells])),
        shape=(len(rows), len(vocabulary)),
    )
    labels = np.array([c["label"] for c in rows])
    model = LogisticRegression(C=C, max_iter=5000, solver="lbfgs")
    model.fit(matrix, labels)
    weights = {f: round(float(w), 6) for f, w in zip(vocabulary, model.coef_[0], strict=True)}
    return {"intercept": round(float(model.intercept_[0]), 6), "weights": weights}


def proposals(record: dict, model: learned.ProposerModel, threshold: float) -> dict[str, set]:
    """The keys the model names for each motion of a text: the pairs whose best mention's
    probability reaches ``threshold``."""
    best: dict[tuple[str, str], float] = {}
    for c in record["candidates"]:
        pair = (c["motion"], c["key"])
        best[pair] = max(best.get(pair, 0.0), model.probability(c["features"]))
    named: dict[str, set] = {}
    for (motion, key), probability in sorted(best.items()):
        if probability >= threshold:
            named.setdefault(motion, set()).add(key)
    return named


def score(records: list[dict], reader: str, model=None, threshold: float = 0.5) -> list[int]:
    """[matched, extracted, gold] of proposers over ``records`` for one reader: ``rules``,
    ``model``, ``rules+model`` (the model's proposers for motions the rules gave none) or
    ``union`` (the rules' proposers and the model's)."""
    matched = extracted = golds = 0
    for record in records:
        named = proposals(record, model, threshold) if model is not None else {}
        pairs = []
        for motion, facts in record["motions"].items():
            if reader == "model" or (reader == "rules+model" and not facts["rules"]):
                keys = sorted(named.get(motion, ()))
            elif reader == "union":
                keys = facts["rules"] + sorted(named.get(motion, set()) - set(facts["rules"]))
            else:
                keys = facts["rules"]
            pairs += [(facts["gold"], key) for key in keys]
        gold = Counter(tuple(pair) for pair in record["gold"])
        found = Counter(pairs)
        matched += sum(min(n, found[pair]) for pair, n in gold.items())
        extracted += len(pairs)
        golds += len(record["gold"])
    return [matched, extracted, golds]


def choose_thresholds(parts: dict[str, list[dict]]) -> dict[str, float]:
    """For each reader but the rules: the threshold with the best F1 at precision >=
    :data:`MIN_PRECISION` over ``parts`` (else the best F1), each part scored by a
    model trained on the others."""
    readers = READERS[1:]
    totals = {(reader, t): [0, 0, 0] for reader in readers for t in THRESHOLDS}
    for held, records in parts.items():
        weights = fit([r for part, rs in parts.items() if part != held for r in rs])
        model = learned.ProposerModel(weights["intercept"], weights["weights"], 0.5)
        for reader in readers:
            for threshold in THRESHOLDS:
                counts = score(records, reader, model, threshold)
                total = totals[reader, threshold]
                total[:] = [a + b for a, b in zip(total, counts, strict=True)]
    return {reader: _best(totals, reader) for reader in readers}


def _best(totals: dict, reader: str) -> float:
    """The threshold :func:`choose_thresholds` wants (on a tie, the highest: the fewest
    proposers added)."""

    def gain(threshold: float) -> tuple:
        matched, extracted, gold = totals[reader, threshold]
        precise = extracted == 0 or matched / extracted >= MIN_PRECISION
        return (precise, 2 * matched / (extracted + gold), threshold)

    return max(THRESHOLDS, key=gain)


def cross_validate(parts: dict[str, list[dict]]) -> list[tuple[str, dict, dict]]:
    """Per part left out: [matched, extracted, gold] of each of :data:`READERS`, and the
    thresholds chosen on the other parts."""
    rows = []
    for held in PARTS:
        training = {part: records for part, records in parts.items() if part != held}
        weights = fit([r for records in training.values() for r in records])
        model = learned.ProposerModel(weights["intercept"], weights["weights"], 0.5)
        chosen = choose_thresholds(training)
        counts = {
            reader: score(parts[held], reader, model, chosen.get(reader, 0.5)) for reader in READERS
        }
        rows.append((held, counts, chosen))
        print(held, counts, chosen, file=sys.stderr, flush=True)
    return rows


def _cell(counts: list[int]) -> str:
    matched, extracted, gold = counts
    precision = matched / extracted if extracted else 0.0
    recall = matched / gold if gold else 0.0
    return f"{matched}/{extracted}/{gold} | {precision:.2f} | {recall:.2f}"


def table(rows: list[tuple[str, dict, dict]]) -> str:
    """The Markdown table of :func:`cross_validate`: matched/extracted/gold, precision and
    recall per reader (with its threshold) per part, then summed."""
    header = ["part"]
    for reader in READERS:
        header += [f"{reader} m/e/g", "P", "R"] + (["at"] if reader != "rules" else [])
    lines = ["| " + " | ".join(header) + " |", "| --- " + "| ---: " * (len(header) - 1) + "|"]
    sums = {reader: [0, 0, 0] for reader in READERS}
    for part, counts, chosen in rows:
        cells = [part]
        for reader in READERS:
            sums[reader] = [a + b for a, b in zip(sums[reader], counts[reader], strict=True)]
            cells.append(_cell(counts[reader]))
            if reader != "rules":
                cells.append(f"{chosen[reader]:.2f}")
        lines.append("| " + " | ".join(cells) + " |")
    cells = ["**sum**"]
    for reader in READERS:
        cells.append(_cell(sums[reader]))
        if reader != "rules":
            cells.append("")
    lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, help="keep the read candidates in this JSON file")
    arguments = parser.parse_args()
    if arguments.cache and arguments.cache.exists():
        parts = json.loads(arguments.cache.read_text())
    else:
        parts = {}
        for part in PARTS:
            parts[part] = read_part(part)
            print(f"read {part}", file=sys.stderr, flush=True)
        if arguments.cache:
            arguments.cache.write_text(json.dumps(parts))
    print(table(cross_validate(parts)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
