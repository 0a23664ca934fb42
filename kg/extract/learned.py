"""A learned proposer reader: which state, group or committee a phrase makes a motion's author.

The rules of :mod:`~kg.extract.stances` and :mod:`~kg.extract.motions` name proposers from
phrasings read in the development texts ("tabled by", "the French draft", "among the
co-sponsors"). This module scores the same question with a linear model over how a mention is
phrased, not over what a text is about:

- a *candidate* is a mention of a state (by name, alias, adjective), an organisation or a
  person speaking for a state, paired with the motion the extractor would attach it to — a
  motion named in the same sentence (the nearest), else the last one named before, else the
  passage's only motion;
- its *features* (:func:`features`) are the words right before and after it, the families
  of cue words (proposing verbs and roles, "on behalf of", vote words, speech words …) to its
  left, its right and between it and the motion's mention, its form (possessive, adjective,
  inside the motion's description), the motion's noun, how far the motion is, and whether
  the sentence already gives the mention a ballot;
- a (motion, key) pair has the features of all its candidates and their number
  (:func:`pair_features`); the *model* (:class:`ProposerModel`) is a logistic regression over
  them, trained by ``benchmarks/proposer_model.py``.

The extractor does not use it: leaving each development part out in turn, the model added no
proposer the rules missed once the rules had read every part (benchmarks/EXTRACT.md, "A
learned proposer reader", has the measure and how to repeat it).

>>> from kg.extract.reading import Reading
>>> reading = Reading.of("Mexico tabled a draft resolution on Friday.")
>>> motion = reading.new_motion("draft")
>>> motion.mentions = reading.mentioned.in_sentence(0, ("motion",))
>>> [(c.key, c.motion) for c in candidates(reading)]
[('MEX', 'motion-1')]
>>> [f for f in candidates(reading)[0].features if f.startswith(("prev", "next", "B:"))]
['B:propose', 'next2=<motion>', 'next=propose', 'prev2=<s>', 'prev=<s>']
"""

from __future__ import annotations

import bisect
import math
import re
from dataclasses import dataclass, field

from kg.extract.mentions import Mention
from kg.extract.reading import Motion, Reading

__all__ = [
    "Candidate",
    "ProposerModel",
    "candidates",
    "features",
    "pair_features",
]

#: Tokens either side of a mention whose cue families are features.
WINDOW = 8

#: Families of cue words, by the lower-case token (a blank spaCy tokenizer gives no lemma).
CUE_FAMILIES: dict[str, re.Pattern] = {
    "propose": re.compile(
        r"(?:co-?)?(?:sponsor\w*|author\w*|drafted|drafting|drafters?|tabl(?:e|es|ed|ing)|"
        r"introduc\w*|submit\w*|present(?:s|ed|ing)|propos(?:e|es|ed|ing|er|ers)|"
        r"penned|penholders?|circulat\w*|initiat\w*|spearhead\w*|champion\w*|crafted|"
        r"prepared|brought|forward|behind|led|leads?|moved?)"
    ),
    "behalf": re.compile(r"behalf|name"),
    "motion": re.compile(
        r"drafts?|resolutions?|texts?|amendments?|proposals?|motions?|measures?|initiative"
    ),
    "vote": re.compile(
        r"vot\w*|abstain\w*|abstentions?|veto\w*|against|favou?r|ballots?|yes|no|nay"
    ),
    "support": re.compile(
        r"back\w*|support\w*|oppos\w*|reject\w*|welcom\w*|endors\w*|join\w*|urg\w*|call\w*"
    ),
    "adopt": re.compile(r"adopt\w*|pass\w*|approv\w*|fail\w*|defeat\w*|carried"),
    "speech": re.compile(
        r"said|says?|told|stated|argued|added|declared|noted|explain\w*|according|spok\w*"
    ),
    "envoy": re.compile(
        r"envoys?|ambassadors?|representatives?|delegat\w*|ministers?|diplomats?|officials?"
    ),
    "members": re.compile(r"members?|countries|states|nations|group|bloc"),
}
#: The words next to a mention that are features as themselves: punctuation and the
#: possessive, prepositions, determiners and auxiliaries.
FUNCTION_WORDS = frozenset((",", ";", ":", "(", ")", '"', "'s")).union(
    ("by", "of", "from", "for", "on", "to", "with", "among", "including", "behalf", "as"),
    ("and", "the", "a", "an", "its", "their", "which", "who", "that", "also", "led"),
    ("was", "were", "is", "are", "has", "had", "have"),
)
_WORD = re.compile(r"[a-z][a-z'-]*|'s|[,;:()\"]")


@dataclass
class Candidate:
    """A mention that may name a motion's proposer: the proposer's key, the motion's id,
    where the mention is (passage characters) and its features."""

    key: str
    motion: str
    start: int
    end: int
    sentence: int
    features: list[str] = field(default_factory=list)


def candidates(reading: Reading) -> list[Candidate]:
    """Every (mention, motion) pair of the passage that may be a proposer (see the module
    notes), with its features, in text order."""
    pairs = reading.motion_pairs()
    if not pairs:
        return []
    motions = {motion.id for _, motion in pairs}
    ballots = [
        (e.start - reading.offset, e.end - reading.offset)
        for fact in reading.facts
        if fact.type == "ballot"
        for e in fact.evidence
    ]
    words = passage_words(reading)
    found: list[Candidate] = []
    for mention in reading.mentioned.mentions:
        key = _proposer_key(mention)
        if key is None or reading.mentioned.quoted(mention.start, mention.end):
            continue
        attached = _attached(pairs, mention, len(motions) == 1)
        if attached is None:
            continue
        motion_mention, motion, place = attached
        found.append(
            Candidate(
                key,
                motion.id,
                mention.start,
                mention.end,
                mention.sentence,
                features(reading, mention, motion_mention, place, ballots, words),
            )
        )
    return found


def pair_features(found: list[Candidate]) -> dict[tuple[str, str], list[str]]:
    """The features of each (motion, key) pair: those of all its candidates, and how many
    candidates it has (``mentions=1``, ``2-3``, ``4+``)."""
    pairs: dict[tuple[str, str], set[str]] = {}
    counts: dict[tuple[str, str], int] = {}
    for candidate in found:
        pair = (candidate.motion, candidate.key)
        pairs.setdefault(pair, set()).update(candidate.features)
        counts[pair] = counts.get(pair, 0) + 1
    return {
        pair: sorted(features | {f"mentions={_count(counts[pair])}"})
        for pair, features in pairs.items()
    }


def _count(count: int) -> str:
    return "1" if count == 1 else "2-3" if count <= 3 else "4+"


def _proposer_key(mention: Mention) -> str | None:
    if mention.kind in ("state", "organization") and mention.key:
        return mention.key
    if mention.kind == "person":
        return mention.attributes.get("state")
    return None


def _attached(
    pairs: list[tuple[Mention, Motion]], mention: Mention, only_one: bool
) -> tuple[Mention, Motion, str] | None:
    """The motion mention a candidate goes with, and where it is: ``inside`` (the mention is
    part of the motion's description), ``before``/``after`` in the sentence, ``earlier`` (a
    sentence before), ``only`` (the passage's one motion, named later)."""
    same = [(m, motion) for m, motion in pairs if m.sentence == mention.sentence]
    for m, motion in same:
        if m.start <= mention.start and mention.end <= m.end:
            return m, motion, "inside"
    if same:
        m, motion = min(same, key=lambda pair: _gap(pair[0], mention))
        return m, motion, "before" if m.end <= mention.start else "after"
    earlier = [(m, motion) for m, motion in pairs if m.sentence < mention.sentence]
    if earlier:
        m, motion = earlier[-1]
        return m, motion, "earlier"
    if only_one:
        m, motion = pairs[0]
        return m, motion, "only"
    return None


def _gap(first: Mention, second: Mention) -> int:
    return max(first.start - second.end, second.start - first.end, 0)


def features(
    reading: Reading,
    mention: Mention,
    motion_mention: Mention,
    place: str,
    ballots: list[tuple[int, int]] = (),
    words: tuple[list[str], list[int]] | None = None,
) -> list[str]:
    """The features of a candidate, as strings (sorted, no repeats); ``words`` is
    :func:`passage_words` of the reading, when already made."""
    words, starts = words or passage_words(reading)
    first = bisect.bisect_left(starts, mention.start)
    last = max(first, bisect.bisect_left(starts, mention.end) - 1)
    sentence = reading.sentences[mention.sentence]
    low = bisect.bisect_left(starts, sentence.start)
    high = bisect.bisect_left(starts, sentence.end)
    found = {f"kind={mention.kind}", f"form={mention.form}", f"place={place}"}
    if mention.possessive or (last + 1 < high and words[last + 1] == "'s"):
        found.add("possessive")
    found.add(f"prev={_shape(words[first - 1]) if first - 1 >= low else '<s>'}")
    found.add(f"next={_shape(words[last + 1]) if last + 1 < high else '</s>'}")
    found.add(f"prev2={_shape(words[first - 2]) if first - 2 >= low else '<s>'}")
    found.add(f"next2={_shape(words[last + 2]) if last + 2 < high else '</s>'}")
    # a name in a list ("sponsored by Chile, Peru and Mexico") reads the words around the list
    head, tail = first, last
    while head - 1 >= low and words[head - 1] in _LIST_GLUE:
        head -= 1
    while tail + 1 < high and words[tail + 1] in _LIST_GLUE:
        tail += 1
    if "<name>" in words[head:first] or "<name>" in words[last + 1 : tail + 1]:
        found.add("listed")
    for side, span in (
        ("L", range(max(low, head - WINDOW), head)),
        ("R", range(tail + 1, min(high, tail + 1 + WINDOW))),
    ):
        for family in _families(words[i] for i in span):
            found.add(f"{side}:{family}")
    if place in ("before", "after"):
        inner = (
            range(bisect.bisect_left(starts, motion_mention.end), first)
            if place == "before"
            else range(last + 1, bisect.bisect_left(starts, motion_mention.start))
        )
        for family in _families(words[i] for i in inner):
            found.add(f"B:{family}")
        found.add(f"gap={_bucket(len(inner))}")
    noun = motion_mention.attributes.get("noun") or motion_mention.form
    found.add(f"noun={noun if noun in _NOUNS else 'other'}")
    others = [
        m
        for m in reading.mentioned.in_sentence(mention.sentence, ("state", "organization"))
        if m is not mention
    ]
    found.add(f"others={_bucket(len(others))}")
    if any(start <= mention.start and mention.end <= end for start, end in ballots):
        found.add("ballot")
    for family in _families(words[low:high]):
        found.add(f"S:{family}")
    return sorted(found)


_LIST_GLUE = frozenset(("<name>", ",", "and", "the"))
_NOUNS = {"draft", "resolution", "text", "amendment", "proposal", "motion", "symbol", "vote"}


def _shape(word: str) -> str:
    """A word next to a mention as a feature: itself when a function word or a placeholder,
    else the first cue family it belongs to, else ``<w>`` (a content word says what a text
    is about, not how it is phrased)."""
    if word in FUNCTION_WORDS or word.startswith("<"):
        return word
    return next((f for f, pattern in CUE_FAMILIES.items() if pattern.fullmatch(word)), "<w>")


def _bucket(count: int) -> str:
    return "0" if count == 0 else "1-2" if count <= 2 else "3-6" if count <= 6 else "7+"


def _families(words) -> set[str]:
    return {
        family
        for word in words
        for family, pattern in CUE_FAMILIES.items()
        if pattern.fullmatch(word)
    }


def passage_words(reading: Reading) -> tuple[list[str], list[int]]:
    """The passage's tokens as features, and where each starts: a name the text mentions is
    ``<name>``, a motion's description ``<motion>``, a number ``<num>``, other punctuation
    ``<p>``, a word in lower case."""
    tokens = list(reading.mentioned.doc)
    starts = [token.idx for token in tokens]
    words = [_placeholder(token.text.lower()) for token in tokens]
    for mention in reading.mentioned.mentions:
        low = bisect.bisect_left(starts, mention.start)
        high = bisect.bisect_left(starts, mention.end)
        for index in range(low, high):
            words[index] = "<motion>" if mention.kind == "motion" else "<name>"
    return words, starts


def _placeholder(word: str) -> str:
    if any(character.isdigit() for character in word):
        return "<num>"
    return word if _WORD.fullmatch(word) else "<p>"


@dataclass(frozen=True)
class ProposerModel:
    """A logistic regression over candidate features: intercept, weights, threshold.

    >>> model = ProposerModel(-2.0, {"L:propose": 2.5, "prev=by": 1.5}, 0.9)
    >>> round(model.probability(["L:propose", "prev=by", "next=<w>"]), 3)
    0.881
    """

    intercept: float
    weights: dict[str, float]
    threshold: float

    def probability(self, candidate_features: list[str]) -> float:
        """The probability that the pair is a proposer: the logistic of the summed weights."""
        total = self.intercept + sum(self.weights.get(f, 0.0) for f in candidate_features)
        return 1.0 / (1.0 + math.exp(-total))
