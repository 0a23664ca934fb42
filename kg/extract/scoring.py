"""Precision and recall of an extraction against a gold text (``dkg-gold/1``, :mod:`.gold`).

Motions first. The text's motions are the gold's; an extracted motion *aligns* with the gold
motion whose mention phrases its evidence overlaps most (its own mentions and its tally's
evidence; a shared UN symbol counts more than any overlap; with no overlap at all, equal
tallies align; ties go to the earlier gold motion).
Several extracted motions may align with one gold motion: facts attached to any of them count
for it, but only the best-aligned one counts as the motion itself (the others are false
positives of type ``motion``: one real vote read as two). An extracted motion that aligns with
none is a false positive, and so is everything attached to it.

Fact types (each gold item matches at most one extracted item; ``gold`` and ``extracted``
count items, not distinct values):

==========  ========================================================================
motion      one per gold motion (see above); motions named only together ("these
            amendments", fact field ``collective``) are not motions of their own
organ       (motion, GA | SC | HRC)
date        (motion, day): the extracted day (or the month or year an extracted period spans)
            starts with the gold's YYYY[-MM[-DD]]
outcome     (motion, adopted | failed | vetoed | withdrawn)
veto        (motion, vetoing state): ``vetoed_by`` of the motion fact
proposer    (motion, state or body): ``proposed_by`` of the motion fact
tally       (motion, counts): the extracted counts equal the gold's, no more, no fewer
ballot      (motion, voter, option)
person      the person's name (accent-, case- and punctuation-folded), the registry's or
            as the text spells it
body        an organ or organisation fact's key (folded the same way)
statement   the speakers: person name or state code, once per text; an unnamed official
            counts as the state it speaks for, other unnamed speakers are unscored
stance      (actor, kind, motion) for the stance kinds the gold annotates (``ThreatensVeto``);
            the motion is compared when both sides give one
==========  ========================================================================

``VOTE_TYPES`` (ballot, tally, outcome) are the ones summed for the headline figure.

>>> from kg.extract.gold import read_gold_text
>>> from kg.extract.extractor import extract
>>> gold = read_gold_text(
...     "format: dkg-gold/1\\npublished: 2022-02-25\\nmotions:\\n"
...     "  - {id: d, kind: draft, organ: SC, mentions: [the draft]}\\n"
...     "ballots:\\n  - [RUS, no, d]\\n  - [CHN, abstain, d]\\n", "example")
>>> text = "Russia vetoed the draft on Friday, while China abstained."
>>> scores = score_gold(extract(text), gold, text)
>>> scores["ballot"].true_positives, scores["ballot"].gold
(2, 2)
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.extract.evaluate import Rates
from kg.extract.facts import Extraction, Fact
from kg.extract.gold import GoldText, motion_spans
from kg.registry import normalize_name

__all__ = [
    "GOLD_TYPES",
    "VOTE_TYPES",
    "GoldScore",
    "add_scores",
    "format_gold_scores",
    "gold_file",
    "score_gold",
    "score_texts",
    "summed",
]

GOLD_TYPES = (
    "motion",
    "organ",
    "date",
    "outcome",
    "veto",
    "proposer",
    "tally",
    "ballot",
    "person",
    "body",
    "statement",
    "stance",
)
VOTE_TYPES = ("ballot", "tally", "outcome")
_SCORED_STANCES = ("ThreatensVeto",)
_VETO_WORDS = ("veto", "block")


@dataclass
class GoldScore(Rates):
    """Counts for one fact type, with what was missed and what was wrong (for review)."""

    fact_type: str
    extracted: int = 0
    gold: int = 0
    true_positives: int = 0
    missed: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)


def add_scores(total: dict[str, GoldScore], scores: dict[str, GoldScore], label: str = "") -> None:
    """Add ``scores`` (one text) into ``total`` (a corpus), prefixing misses with ``label``."""
    for name, score in scores.items():
        into = total.setdefault(name, GoldScore(name))
        into.extracted += score.extracted
        into.gold += score.gold
        into.true_positives += score.true_positives
        into.missed += [f"{label}: {item}" if label else item for item in score.missed]
        into.wrong += [f"{label}: {item}" if label else item for item in score.wrong]


def _overlap(spans: Iterable[tuple[int, int]], others: Iterable[tuple[int, int]]) -> int:
    others = list(others)
    return sum(1 for a0, a1 in spans for b0, b1 in others if a0 < b1 and b0 < a1)


def _align(extraction: Extraction, gold: GoldText, text: str) -> tuple[dict, set]:
    """(extracted motion id → gold motion id or None, the extracted ids that are the motion)."""
    gold_spans = motion_spans(gold, text)
    own_spans: dict[str, list[tuple[int, int]]] = {}
    for fact in extraction.facts:
        if fact.type in ("motion", "tally"):
            motion = fact.fields["motion"]
            own_spans.setdefault(motion, []).extend((e.start, e.end) for e in fact.evidence)
    symbols = {f.fields["motion"]: f.fields.get("symbol") for f in extraction.facts_of("motion")}
    counts = {f.fields["motion"]: _counts(f.fields) for f in extraction.facts_of("tally")}
    # (a count two gold votes share names neither: "It also failed, 4-9-2")
    gold_counts = [_counts(m.tally) for m in gold.motions.values() if m.tally]
    aligned: dict[str, str | None] = {}
    strength: dict[str, int] = {}
    for motion, spans in own_spans.items():
        best, best_score = None, 0
        for gold_motion in gold.motions.values():
            score = _overlap(spans, gold_spans[gold_motion.id])
            if gold_motion.symbol and symbols.get(motion) == gold_motion.symbol:
                score += 100
            elif (
                not score
                and gold_motion.tally
                and gold_counts.count(_counts(gold_motion.tally)) == 1
            ):
                # a tally told apart from any named mention ("by 128 votes to nine")
                score = int(counts.get(motion) == _counts(gold_motion.tally))
            if score > best_score:
                best, best_score = gold_motion.id, score
        aligned[motion] = best
        strength[motion] = best_score
    representative: dict[str, str] = {}
    for motion in symbols:
        target = aligned.get(motion)
        if target is None:
            continue
        current = representative.get(target)
        if current is None or strength[motion] > strength[current]:
            representative[target] = motion
    return aligned, set(representative.values())


def _told_date(fields: dict) -> str | None:
    """The date a motion fact gives, as precisely as it gives it: its day, else its period as
    the month or year it spans ("in December 2022": ``2022-12``), else the period's first day.

    >>> _told_date({"date": "2022-12-14", "period": None})
    '2022-12-14'
    >>> _told_date({"date": None, "period": ["2022-12-01", "2022-12-31"]})
    '2022-12'
    >>> _told_date({"date": None, "period": ["2014-01-01", "2014-12-31"]})
    '2014'
    >>> _told_date({"date": None, "period": ["2022-12-05", "2022-12-11"]}) is None
    True
    """
    if fields.get("date"):
        return fields["date"]
    period = fields.get("period")
    if not period:
        return None
    start, end = dt.date.fromisoformat(period[0]), dt.date.fromisoformat(period[1])
    if (start.month, start.day, end.month, end.day) == (1, 1, 12, 31) and start.year == end.year:
        return f"{start.year:04d}"
    following = (end + dt.timedelta(days=1)).day == 1
    if start.day == 1 and following and (start.year, start.month) == (end.year, end.month):
        return f"{start.year:04d}-{start.month:02d}"
    return None  # a week or a span of days: no date the gold could write


def _match(
    fact_type: str,
    gold_items: list,
    extracted_items: list,
    same=lambda gold_item, item: gold_item == item,
) -> GoldScore:
    score = GoldScore(fact_type, extracted=len(extracted_items), gold=len(gold_items))
    unpaired = list(extracted_items)
    for gold_item in gold_items:
        partner = next((item for item in unpaired if same(gold_item, item)), None)
        if partner is None:
            score.missed.append(_show(gold_item))
        else:
            unpaired.remove(partner)
            score.true_positives += 1
    score.wrong = [_show(item) for item in unpaired]
    return score


def _show(item: Any) -> str:
    if isinstance(item, tuple):
        return " ".join("-" if part is None else str(part) for part in item)
    return str(item)


def _listed(value: Any) -> list[str]:
    if value is None:
        return []
    return [value] if isinstance(value, str) else list(value)


def _vetoes(fact: Fact, extraction: Extraction) -> list[str]:
    if "vetoed_by" in fact.fields:
        return _listed(fact.fields["vetoed_by"])
    # output without the field (older extractions): No ballots reported with a veto word
    return [
        ballot.fields["voter"]
        for ballot in extraction.facts_of("ballot")
        if ballot.fields["motion"] == fact.fields["motion"]
        and ballot.fields["option"] == "no"
        and any(word in e.mention.lower() for e in ballot.evidence for word in _VETO_WORDS)
    ]


def _as_written(name: str, spans, gold_names: set[str], text: str) -> str:
    """A person's registry name, or the gold's spelling of the same person when the text
    writes it so where the person is named ("Russian Ambassador Vasily Nebenzia" is the
    registry's Vassily Nebenzia): a gold name with the same family name, found in the text
    around one of ``spans`` (start, end).

    >>> text = "Russian Ambassador Vasily Nebenzia said no."
    >>> _as_written("Vassily Nebenzia", [(19, 34)], {"vasily nebenzia"}, text)
    'vasily nebenzia'
    >>> _as_written("Vassily Nebenzia", [(19, 34)], {"kelly craft"}, text)
    'vassily nebenzia'
    """
    folded = normalize_name(name)
    family = folded.split()[-1] if folded else ""
    alike = [g for g in gold_names if g != folded and g.split()[-1:] == [family]]
    for start, end in spans if alike else ():
        around = normalize_name(text[max(0, start - 60) : end + 60])
        for gold_name in alike:
            if gold_name in around:
                return gold_name
    return folded


def _agent_key(reference: dict | None) -> str | None:
    if not reference:
        return None
    key = reference.get("key")
    return normalize_name(key) if reference.get("kind") == "person" and key else key


def score_gold(extraction: Extraction, gold: GoldText, text: str) -> dict[str, GoldScore]:
    """Score ``extraction`` of ``text`` against ``gold``: one :class:`GoldScore` per type of
    :data:`GOLD_TYPES`."""
    aligned, representatives = _align(extraction, gold, text)
    # "these amendments", "previous resolutions": several motions named together, no vote
    motions = [f for f in extraction.facts_of("motion") if not f.fields.get("collective")]

    def gold_motion(fact_fields: dict) -> str | None:
        return aligned.get(fact_fields.get("motion"))

    scores: dict[str, GoldScore] = {}
    scores["motion"] = _match(
        "motion",
        list(gold.motions),
        [
            aligned.get(f.fields["motion"]) if f.fields["motion"] in representatives else None
            for f in motions
        ],
    )
    per_motion = {
        "organ": lambda m: [m.organ] if m.organ else [],
        "outcome": lambda m: [m.outcome] if m.outcome else [],
        "veto": lambda m: list(m.vetoed_by),
        # a body the gold names by an alias ("Group of 77 and China") is the gazetteer's key
        "proposer": lambda m: [body_key(p) for p in m.proposed_by],
    }
    extracted_values = {
        "organ": lambda f: _listed(f.fields.get("organ")),
        "outcome": lambda f: _listed(f.fields.get("outcome")),
        "veto": lambda f: _vetoes(f, extraction),
        "proposer": lambda f: [body_key(p) for p in _listed(f.fields.get("proposed_by"))],
    }
    for name, values in per_motion.items():
        scores[name] = _match(
            name,
            [(m.id, value) for m in gold.motions.values() for value in values(m)],
            [
                (gold_motion(f.fields), value)
                for f in motions
                for value in extracted_values[name](f)
            ],
        )
    scores["date"] = _match(
        "date",
        [(m.id, m.date) for m in gold.motions.values() if m.date],
        [(gold_motion(f.fields), told) for f in motions if (told := _told_date(f.fields))],
        lambda g, e: g[0] == e[0] and e[1].startswith(g[1]),
    )
    scores["tally"] = _match(
        "tally",
        [(m.id, _counts(m.tally)) for m in gold.motions.values() if m.tally],
        [(gold_motion(f.fields), _counts(f.fields)) for f in extraction.facts_of("tally")],
    )
    scores["ballot"] = _match(
        "ballot",
        [(motion, voter, option) for voter, option, motion in gold.ballots],
        [
            (gold_motion(f.fields), f.fields["voter"], f.fields["option"])
            for f in extraction.facts_of("ballot")
        ],
    )
    people = {normalize_name(name) for name in gold.people}
    scores["person"] = _match(
        "person",
        [normalize_name(name) for name in gold.people],
        [
            _as_written(f.fields["name"], [(e.start, e.end) for e in f.evidence], people, text)
            for f in extraction.facts_of("person")
        ],
    )
    scores["body"] = _match(
        "body",
        [normalize_name(body_key(name)) for name in gold.bodies],
        [
            normalize_name(f.fields["key"])
            for f in extraction.facts
            if f.type in ("organ", "organization") and f.fields.get("key")
        ],
    )
    named = {normalize_name(s) for s in gold.speakers}
    speakers = {_extracted_speaker(f.fields, named, text) for f in extraction.facts_of("statement")}
    scores["statement"] = _match(
        "statement",
        sorted({_gold_speaker(s) for s in gold.speakers}),
        sorted(speaker for speaker in speakers if speaker),
    )
    scores["stance"] = _match(
        "stance",
        [
            (_agent_key({"kind": _speaker_kind(actor), "key": actor}), kind, motion)
            for actor, kind, motion in gold.stances
            if kind in _SCORED_STANCES
        ],
        [
            (
                _agent_key(f.fields["actor"]),
                f.fields["kind"],
                aligned.get((f.fields.get("target") or {}).get("key")),
            )
            for f in extraction.facts_of("stance")
            if f.fields["kind"] in _SCORED_STANCES
        ],
        lambda g, e: g[:2] == e[:2] and (g[2] is None or e[2] is None or g[2] == e[2]),
    )
    return scores


def body_key(name: str) -> str:
    """The gazetteer's key of an organ or organisation a gold file names by another of its
    names (the abbreviation, an alias), so that "ASEAN" in a gold file and the extracted
    "Association of Southeast Asian Nations" are one body; a name the gazetteer lacks stays.

    >>> body_key("ASEAN"), body_key("Arab League"), body_key("Hamas")
    ('Association of Southeast Asian Nations', 'League of Arab States', 'Hamas')
    """
    from kg.extract.lexicon import load_lexicon

    keys = {
        entry.key
        for entry in load_lexicon().entries.get(name, [])
        if entry.kind in ("organ", "organization")
    }
    return keys.pop() if len(keys) == 1 else name


def _extracted_speaker(fields: dict, named: set[str], text: str) -> str | None:
    """The key a statement's speaker is scored by: a person as the text spells them, a state
    by its code, an organisation by the gazetteer's name ("Human Rights Watch said"), an
    unnamed official by the state it speaks for ("a Russian diplomat said"); else None."""
    speaker = fields["speaker"]
    kind = speaker.get("kind")
    if kind == "person" and speaker.get("key"):
        return _as_written(speaker["key"], [speaker["span"]], named, text)
    if kind == "organization":
        return normalize_name(speaker["key"])
    if kind in ("person", "state"):
        return _agent_key(speaker)
    return _agent_key({"kind": "state", "key": fields.get("speaking_for")})


def _gold_speaker(name: str) -> str | None:
    """The key a gold speaker is scored by: a state's code, a body by the gazetteer's name
    (the gold's "EU" is the European Union), else a person's normalised name.

    >>> _gold_speaker("RUS"), _gold_speaker("EU"), _gold_speaker("Vassily Nebenzia")
    ('RUS', 'european union', 'vassily nebenzia')
    """
    kind = _speaker_kind(name)
    if kind == "state" or body_key(name) == name:
        return _agent_key({"kind": kind, "key": name})
    return normalize_name(body_key(name))


def _speaker_kind(key: str) -> str:
    return "state" if len(key) == 3 and key.isupper() else "person"


def _counts(fields: dict | None) -> tuple:
    fields = fields or {}
    return tuple(fields.get(key) for key in ("yes", "no", "abstain", "non_voting"))


def gold_file(text_path: Path) -> Path:
    """The gold file of a text: ``NAME.gold.yaml`` beside ``NAME.txt``.

    >>> gold_file(Path("corpus/sc-2011.txt")).as_posix()
    'corpus/sc-2011.gold.yaml'
    """
    return text_path.with_name(text_path.stem + ".gold.yaml")


def score_texts(paths: Iterable[Path]) -> tuple[dict[str, GoldScore], dict[str, dict]]:
    """Extract every text (its article date is the gold's ``published``) and score it.

    Returns the corpus totals per type (with ``votes``: ballot, tally and outcome summed) and
    the scores per text (keyed by file stem).
    """
    from kg.extract.extractor import extract, read_text
    from kg.extract.gold import read_gold

    total: dict[str, GoldScore] = {}
    per_text: dict[str, dict] = {}
    for path in paths:
        gold = read_gold(gold_file(path))
        text = read_text(path)
        extraction = extract(text, article_date=gold.published, source=str(path), key=path.stem)
        scores = score_gold(extraction, gold, text)
        per_text[path.stem] = scores
        add_scores(total, scores, path.stem)
    total["votes"] = summed(total)
    return total, per_text


def summed(scores: dict[str, GoldScore], names: Iterable[str] = VOTE_TYPES) -> GoldScore:
    """The counts of several types added up (by default :data:`VOTE_TYPES`: ``votes``).

    >>> summed({"ballot": GoldScore("ballot", 4, 5, 3), "tally": GoldScore("tally", 1, 1, 1)})
    GoldScore(fact_type='votes', extracted=5, gold=6, true_positives=4, missed=[], wrong=[])
    """
    total = GoldScore("votes")
    for name in names:
        score = scores.get(name, GoldScore(name))
        total.extracted += score.extracted
        total.gold += score.gold
        total.true_positives += score.true_positives
    return total


def format_gold_scores(scores: dict[str, GoldScore]) -> str:
    """A table: type, matched/extracted, precision, matched/gold, recall.

    >>> print(format_gold_scores({"ballot": GoldScore("ballot", 10, 8, 7)}))
    | type | matched/extracted | precision | matched/gold | recall |
    | --- | ---: | ---: | ---: | ---: |
    | ballot | 7/10 | 0.70 | 7/8 | 0.88 |
    """
    lines = [
        "| type | matched/extracted | precision | matched/gold | recall |",
        "| --- | ---: | ---: | ---: | ---: |",
    ]
    for name, score in scores.items():
        precision = f"{score.precision:.2f}" if score.extracted else "n/a"
        recall = f"{score.recall:.2f}" if score.gold else "n/a"
        lines.append(
            f"| {name} | {score.true_positives}/{score.extracted} | {precision} | "
            f"{score.true_positives}/{score.gold} | {recall} |"
        )
    return "\n".join(lines)
