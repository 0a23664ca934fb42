"""The learned proposer reader's candidates and features (kg/extract/learned.py), and its
training (benchmarks/proposer_model.py).

Written in the sixteenth round of issue 19, with passages of our own. The extractor does not
use the model: its measure on writers it never saw is in benchmarks/EXTRACT.md ("A learned
proposer reader").
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from kg.extract import learned
from kg.extract.reading import Reading

ROOT = Path(__file__).resolve().parents[1]


def _read(text: str) -> Reading:
    """The passage with one motion per description it names (no coreference)."""
    reading = Reading.of(text)
    for mention in reading.mentioned.mentions:
        if mention.kind == "motion":
            reading.new_motion("draft").mentions = [mention]
    return reading


def _features(text: str) -> dict[str, list[str]]:
    return {c.key: c.features for c in learned.candidates(_read(text))}


@pytest.mark.parametrize(
    "text",
    [
        "The text was sponsored by Chile, Peru and Mexico on Monday.",
        "Co-sponsors of the resolution included Chile, Peru and Mexico.",
        "Chile, Peru and Mexico had tabled the draft two days earlier.",
    ],
)
def test_every_name_of_a_list_reads_the_proposing_word_beside_the_list(text):
    features = _features(text)
    assert sorted(features) == ["CHL", "MEX", "PER"]
    for key in ("CHL", "PER", "MEX"):
        assert "listed" in features[key]
        assert "L:propose" in features[key] or "R:propose" in features[key]


def test_the_words_beside_a_name_are_function_words_or_their_family():
    features = _features("A draft put forward by Kenya was rejected. Ghana voted against it.")
    assert {"prev=by", "prev2=propose", "next=was", "place=before"} <= set(features["KEN"])
    assert {"next=vote", "place=earlier"} <= set(features["GHA"])
    assert "L:propose" not in features["GHA"]


def test_a_name_inside_the_motion_s_description_and_a_possessive():
    features = _features("Brazil's resolution passed. The Japanese draft failed.")
    assert {"place=inside", "possessive", "noun=resolution"} <= set(features["BRA"])
    assert {"place=inside", "form=adjective", "noun=draft"} <= set(features["JPN"])


def test_a_name_goes_with_the_motion_of_its_sentence_else_the_one_before():
    reading = _read("Egypt drafted a resolution. Qatar then tabled an amendment. Kuwait spoke.")
    attached = [(c.key, c.motion) for c in learned.candidates(reading)]
    assert attached == [("EGY", "motion-1"), ("QAT", "motion-2"), ("KWT", "motion-2")]
    place = {
        c.key: [f for f in c.features if f.startswith("place=")]
        for c in learned.candidates(reading)
    }
    assert place == {"EGY": ["place=after"], "QAT": ["place=after"], "KWT": ["place=earlier"]}


def test_a_pair_has_the_features_of_all_its_mentions():
    reading = _read("Fiji wrote the draft. Fiji later lobbied hard for it.")
    pairs = learned.pair_features(learned.candidates(reading))
    assert ("motion-1", "FJI") in pairs
    assert "mentions=2-3" in pairs[("motion-1", "FJI")]


def test_probability_is_the_logistic_of_the_summed_weights():
    model = learned.ProposerModel(0.0, {"L:propose": 1.0}, 0.5)
    assert model.probability([]) == 0.5
    assert model.probability(["L:propose", "unknown"]) == pytest.approx(0.7310586)


def test_training_is_deterministic():
    pytest.importorskip("sklearn")
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import proposer_model

    records = [
        {
            "candidates": [
                {"features": ["L:propose", "prev=by"], "label": 1},
                {"features": ["L:propose", "prev=by", "listed"], "label": 1},
                {"features": ["L:propose", "listed"], "label": 1},
                {"features": ["L:vote", "prev=<s>"], "label": 0},
                {"features": ["L:vote", "listed", "prev=<s>"], "label": 0},
                {"features": ["L:vote", "prev=by"], "label": 0},
            ]
        }
    ]
    first, second = proposer_model.fit(records), proposer_model.fit(records)
    assert json.dumps(first) == json.dumps(second)
    assert first["weights"]["L:propose"] > 0 > first["weights"]["L:vote"]
