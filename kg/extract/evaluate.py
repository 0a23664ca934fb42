"""Precision and recall of an extraction against a curated annotation (``kg/data/events/*.yaml``).

Matching rules, per fact type (one gold fact matches at most one extracted fact; gold facts
are taken in file order, each paired with the first unpaired extracted fact that fits):

- ``person``: the same person (registry name; names compared accent- and case-insensitively).
- ``tally``: a gold ``rollcall`` fact with tallies against an extracted tally: every count the
  gold gives is equal.
- ``ballot``: same voter, roll call (project id) and option.
- ``stance``: same kind and actor; the target too when both sides identify it (a state,
  person, organ, organisation, or a motion with a symbol). An actor the annotation leaves
  unnamed (a ``local:`` group or person) matches an extracted group or anonymous actor whose
  span overlaps that entity's evidence.
- ``statement``: the same speaker (an unnamed gold speaker: an extracted anonymous or person
  speaker whose span overlaps the speaker entity's evidence) and overlapping evidence.

Types the annotation holds but the extractor does not produce as such (motions identified by
the curator from the vote data, rules, council membership, notes) are not scored; the
extractor's state, organisation and date facts have no gold type and are not scored either.

>>> from kg.extract.facts import Extraction
>>> scores = evaluate(Extraction("x", "x", "", 0, 0, None), read_event())
>>> scores["ballot"].recall, scores["ballot"].gold
(0.0, 5)
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kg.extract.facts import Extraction, Fact
from kg.extract.lexicon import normalized
from kg.sources.events.model import EventAnnotation, Ref
from kg.sources.events.reader import read_event

__all__ = ["SCORED_TYPES", "Rates", "Score", "evaluate", "format_scores", "read_event"]

SCORED_TYPES = ("person", "tally", "ballot", "stance", "statement")
_IDENTIFIED = ("state", "person", "organ", "organization")


class Rates:
    """Precision and recall from ``true_positives``, ``extracted`` and ``gold`` counts."""

    true_positives: int
    extracted: int
    gold: int

    @property
    def precision(self) -> float:
        return self.true_positives / self.extracted if self.extracted else 0.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.gold if self.gold else 0.0


@dataclass
class Score(Rates):
    """Counts for one fact type; ``matched`` pairs (gold id, extracted id)."""

    fact_type: str
    extracted: int
    gold: int
    true_positives: int
    matched: list[tuple[str, str]]


def _spans_overlap(spans_a: list[tuple[int, int]], spans_b: list[tuple[int, int]]) -> bool:
    return any(a0 < b1 and b0 < a1 for a0, a1 in spans_a for b0, b1 in spans_b)


def _entity_spans(annotation: EventAnnotation, ref: Ref) -> list[tuple[int, int]]:
    entity = annotation.entities.get(ref.key) or next(
        (e for e in annotation.entities.values() if e.iri == ref.iri), None
    )
    return [(span.start, span.end) for span in entity.evidence] if entity else []


def _same_agent(annotation: EventAnnotation, gold: Ref, extracted: dict[str, Any]) -> bool:
    if gold.kind in _IDENTIFIED:
        if gold.kind != extracted.get("kind") or extracted.get("key") is None:
            return False
        if gold.kind == "person":
            return normalized(gold.key) == normalized(extracted["key"])
        return gold.key == extracted["key"]
    if gold.kind == "local" and extracted.get("span"):
        return _spans_overlap(_entity_spans(annotation, gold), [tuple(extracted["span"])])
    return False


def _target_identity(ref: Ref | dict | None) -> tuple[str, str] | None:
    if ref is None:
        return None
    if isinstance(ref, Ref):
        return (ref.kind, ref.key) if ref.kind in (*_IDENTIFIED, "motion") else None
    if ref.get("kind") in _IDENTIFIED and ref.get("key"):
        return (ref["kind"], ref["key"])
    if ref.get("kind") == "motion" and ref.get("symbol"):
        return ("motion", ref["symbol"])
    return None


def _match_stance(annotation: EventAnnotation, gold, extracted: Fact) -> bool:
    fields = extracted.fields
    if fields["kind"] != gold.fields["kind"]:
        return False
    if not _same_agent(annotation, gold.fields["actor"], fields["actor"]):
        return False
    gold_target = _target_identity(gold.fields.get("target"))
    extracted_target = _target_identity(fields.get("target"))
    return gold_target is None or extracted_target is None or gold_target == extracted_target


def _match_statement(annotation: EventAnnotation, gold, extracted: Fact) -> bool:
    speaker = gold.fields["speaker"]
    unnamed = speaker.kind == "local" and extracted.fields["speaker"].get("kind") == "anonymous"
    if not (_same_agent(annotation, speaker, extracted.fields["speaker"]) or unnamed):
        return False
    gold_spans = [(span.start, span.end) for span in gold.evidence]
    if "quote" in gold.fields:
        gold_spans.append((gold.fields["quote"].start, gold.fields["quote"].end))
    extracted_spans = [(evidence.start, evidence.end) for evidence in extracted.evidence]
    return _spans_overlap(gold_spans, extracted_spans)


def _gold_facts(annotation: EventAnnotation, fact_type: str) -> list:
    if fact_type == "tally":
        return [fact for fact in annotation.facts_of("rollcall") if fact.fields.get("tallies")]
    return annotation.facts_of(fact_type)


def _matches(annotation: EventAnnotation, fact_type: str, gold, extracted: Fact) -> bool:
    fields = extracted.fields
    if fact_type == "person":
        return normalized(gold.fields["name"]) == normalized(fields["name"])
    if fact_type == "tally":
        return all(fields.get(key) == value for key, value in gold.fields["tallies"].items())
    if fact_type == "ballot":
        return (gold.fields["voter"], gold.fields["rollcall"], gold.fields["option"]) == (
            fields["voter"],
            fields["rollcall"],
            fields["option"],
        )
    if fact_type == "stance":
        return _match_stance(annotation, gold, extracted)
    return _match_statement(annotation, gold, extracted)


def evaluate(extraction: Extraction, gold: EventAnnotation | Path | str) -> dict[str, Score]:
    """Score ``extraction`` against a curated annotation (an ``EventAnnotation`` or its path).

    Returns one :class:`Score` per type of :data:`SCORED_TYPES` and ``overall`` (micro-averaged:
    the counts summed over the types).
    """
    annotation = gold if isinstance(gold, EventAnnotation) else read_event(gold)
    scores: dict[str, Score] = {}
    for fact_type in SCORED_TYPES:
        gold_facts = _gold_facts(annotation, fact_type)
        extracted = extraction.facts_of(fact_type)
        unpaired = list(extracted)
        matched = []
        for gold_fact in gold_facts:
            partner = next(
                (fact for fact in unpaired if _matches(annotation, fact_type, gold_fact, fact)),
                None,
            )
            if partner is not None:
                unpaired.remove(partner)
                matched.append((gold_fact.id, partner.id))
        scores[fact_type] = Score(fact_type, len(extracted), len(gold_facts), len(matched), matched)
    scores["overall"] = Score(
        "overall",
        sum(score.extracted for score in scores.values()),
        sum(score.gold for score in scores.values()),
        sum(score.true_positives for score in scores.values()),
        [pair for score in scores.values() for pair in score.matched],
    )
    return scores


def format_scores(scores: dict[str, Score]) -> str:
    """A small table: type, extracted, gold, matched, precision, recall.

    >>> print(format_scores({"ballot": Score("ballot", 4, 5, 4, [])}))
    type         extracted  gold  matched  precision  recall
    ballot               4     5        4       1.00    0.80
    """
    lines = [
        f"{'type':<12} {'extracted':>9} {'gold':>5} {'matched':>8} {'precision':>10} {'recall':>7}"
    ]
    for name, score in scores.items():
        lines.append(
            f"{name:<12} {score.extracted:>9} {score.gold:>5} {score.true_positives:>8} "
            f"{score.precision:>10.2f} {score.recall:>7.2f}"
        )
    return "\n".join(lines)
