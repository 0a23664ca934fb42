"""The extraction's plain data: facts, their evidence, and the result of one text.

Every stage of :mod:`kg.extract` adds :class:`Fact` objects; :mod:`kg.extract.rdf`,
:mod:`kg.extract.output` and :mod:`kg.extract.scoring` read them. Fields are plain data
(strings, numbers, lists, dicts), so a fact serialises to JSON as it is.

>>> fact = Fact("ballot-1", "ballot", {"voter": "RUS", "option": "no"},
...             [Evidence(0, 0, 6, "Russia", "Russia vetoed it.")], 0.85, "vote-cue:subject")
>>> fact.as_dict()["evidence"][0]["span"]
[0, 6]
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

__all__ = ["Evidence", "Extraction", "Fact", "clamp"]


@dataclass(frozen=True)
class Evidence:
    """Where the text states a fact: sentence index, span ``[start, end)``, the words there
    and the whole sentence (user's text, kept in the output only)."""

    sentence: int
    start: int
    end: int
    mention: str
    sentence_text: str

    def as_dict(self) -> dict[str, Any]:
        return {
            "sentence": self.sentence,
            "span": [self.start, self.end],
            "mention": self.mention,
            "sentence_text": self.sentence_text,
        }


@dataclass
class Fact:
    """One candidate fact: ``type``, ``fields``, evidence, confidence and the rule that fired."""

    id: str
    type: str
    fields: dict[str, Any]
    evidence: list[Evidence]
    confidence: float
    pattern: str

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "type": self.type,
            "confidence": round(self.confidence, 2),
            "pattern": self.pattern,
            "fields": self.fields,
            "evidence": [evidence.as_dict() for evidence in self.evidence],
        }


@dataclass
class Extraction:
    """The outcome of :func:`kg.extract.extract`: the facts and what they were read from."""

    key: str
    source: str
    sha256: str
    characters: int
    sentences: int
    article_date: date | None
    facts: list[Fact] = field(default_factory=list)

    def facts_of(self, fact_type: str) -> list[Fact]:
        """The facts of one type, in text order."""
        return [fact for fact in self.facts if fact.type == fact_type]

    def as_dict(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "source": self.source,
            "sha256": self.sha256,
            "characters": self.characters,
            "sentences": self.sentences,
            "date": self.article_date.isoformat() if self.article_date else None,
            "facts": [fact.as_dict() for fact in self.facts],
        }


def clamp(confidence: float) -> float:
    """Confidence kept within [0.05, 0.99]: no rule is certain, none worthless.

    >>> clamp(1.2), clamp(-1)
    (0.99, 0.05)
    """
    return max(0.05, min(0.99, confidence))
