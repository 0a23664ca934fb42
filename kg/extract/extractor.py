"""The extraction pipeline: from a news text to candidate facts with evidence and confidence.

Stages, one module each, all reading and writing one :class:`~kg.extract.reading.Reading`:

1. :mod:`~kg.extract.normalise` and :mod:`~kg.extract.mentions` — the text made plain, its
   sentences, names, people, groups and descriptions of motions;
2. :mod:`~kg.extract.motions` — which votes the text reports (coreference and separation),
   their tallies;
3. :mod:`~kg.extract.outcomes` — adopted, failed, vetoed, withdrawn;
4. :mod:`~kg.extract.ballots` — who voted how on which motion, and who vetoed it;
5. :mod:`~kg.extract.stances` — positions that are not votes (proposals, veto threats …);
6. motions joined up and dated, linked to the roll calls of ``kg/data/votes``;
7. :mod:`~kg.extract.statements` — who speaks; :mod:`~kg.extract.entities` — people,
   states, organisations and dates as facts.

A long text is read in passages of at most :data:`PASSAGE_CHARS` characters, cut at
paragraph (else sentence) ends, so the work grows linearly with its length; motions are
told apart within a passage, people and names across the whole text. A text longer than
``max_chars`` (default :data:`DEFAULT_MAX_CHARS`) is refused: nothing in the news needs it.

Fact types and their fields (plain data; :mod:`kg.extract.rdf` turns them into triples):

============  =================================================================================
person        name (registry name or as written), registered, post, title, state, holds
state         code;  ``organization``/``organ``: key
date          value (ISO) or start/end of a period, phrase kind
motion        motion (local id), kind, symbol, number, proposed_by (list), organ, rollcall,
              date or period, historical, outcome (adopted/failed/vetoed/withdrawn or None),
              vetoed_by (list of states); evidence: its mentions, then the outcome's words
tally         yes, no, abstain, non_voting, motion, organ, rollcall, date
ballot        voter, option (yes/no/abstain/non_voting), motion, rollcall, date
stance        kind, actor {kind, key, text}, target {kind, key, text} or None, references
statement     speaker {kind (person, state, organization, anonymous), key, text}, speaking_for
              (state code), quote span or None
============  =================================================================================

Confidence (a documented heuristic, not a probability): each pattern family has a base —
UN symbol 0.95, labelled tally 0.9, dashed/"to" tally 0.8, registry person with full name 0.95,
by surname or title 0.85, unregistered titled person 0.7, explicit vote verb ("voted against",
"abstained", "vetoed") 0.85, other vote cues ("in opposing", "the lone dissenter") 0.7,
active stance verb 0.7, passive ("supported by X") 0.65, quote with speech verb 0.85,
reported speech 0.7, state by name 0.9, by adjective 0.6. Then: +0.05 when the motion is
linked to a known roll call; minus 0.2 for a stance in a hypothetical sentence; minus 0.1
when the actor is more than eight tokens from the trigger. Clamped to [0.05, 0.99].

>>> from datetime import date
>>> result = extract("Russia vetoed the draft resolution on Friday, while China abstained.",
...                  article_date=date(2022, 2, 26))
>>> sorted((f.fields["voter"], f.fields["option"]) for f in result.facts_of("ballot"))
[('CHN', 'abstain'), ('RUS', 'no')]
>>> [(f.fields["outcome"], f.fields["vetoed_by"]) for f in result.facts_of("motion")]
[('vetoed', ['RUS'])]
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

from kg import checks, defaults
from kg.errors import DataError
from kg.extract.ballots import find_ballots, find_sponsor_ballots
from kg.extract.entities import add_entities
from kg.extract.facts import Evidence, Extraction, Fact
from kg.extract.motions import (
    attribute_by_time,
    date_motions,
    find_motions,
    infer_organs,
    infer_outcomes,
    infer_vetoes,
    join_dated_descriptions,
    join_same_day,
    join_unnamed_counts,
    link_rollcalls,
    merge_motions,
    motion_facts,
    tells_a_vote,
)
from kg.extract.outcomes import find_outcomes
from kg.extract.reading import Reading
from kg.extract.stances import find_stances
from kg.extract.statements import find_statements

__all__ = [
    "DEFAULT_MAX_CHARS",
    "PASSAGE_CHARS",
    "Evidence",
    "Extraction",
    "Fact",
    "extract",
    "extract_file",
    "passages",
    "read_text",
]

#: The longest text ``dkg extract`` reads by default (``--max-chars``; kg.defaults).
DEFAULT_MAX_CHARS = defaults.EXTRACT_MAX_CHARS
#: The longest passage read at once; motions are told apart within a passage.
PASSAGE_CHARS = 20_000
_PARAGRAPH_END = re.compile(r"\n[ \t]*\n\s*")
_SENTENCE_END = re.compile(r"[.!?][\"')\]\u201d\u2019]*\s+(?=[A-Z0-9\"\u201c])")
#: Facts about the same thing in two passages become one (evidence added up).
_SHARED_TYPES = {"person": "name", "state": "code", "organ": "key", "organization": "key"}


def read_text(path: Path | str) -> str:
    """Read a news text as UTF-8, refusing what is not one.

    Raises :class:`kg.errors.DataError` for a missing file, a directory, a binary file (NUL
    bytes or not UTF-8) and an empty or blank file.

    >>> read_text("/nonexistent/article.txt")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    kg.errors.DataError: file not found: /nonexistent/article.txt ...
    """
    path = Path(path)
    if not path.exists():
        raise DataError(f"file not found: {path}", fix="give the path of a plain-text article")
    if not path.is_file():
        raise DataError(f"not a file: {path}", fix="give the path of a plain-text article")
    raw = path.read_bytes()
    if b"\x00" in raw:
        raise DataError(
            "binary file, not text", where=str(path), fix="save the article as plain UTF-8 text"
        )
    text = checks.read_text(path)  # a BOM dropped, a bad byte named by line and column
    if not text.strip():
        raise DataError("empty file: no text to read", where=str(path), fix="give a news text")
    return text


def extract_file(
    path: Path | str, article_date: date | None = None, max_chars: int = DEFAULT_MAX_CHARS
) -> Extraction:
    """Read a text file (see :func:`read_text`) and :func:`extract` its facts."""
    path = Path(path)
    return extract(
        read_text(path),
        article_date=article_date,
        source=str(path),
        key=path.stem,
        max_chars=max_chars,
    )


def passages(text: str, limit: int = PASSAGE_CHARS) -> Iterator[tuple[int, int]]:
    """``[start, end)`` of the passages a text is read in: at most ``limit`` characters,
    cut at the last paragraph end before the limit, else the last sentence end, else the
    limit itself.

    >>> list(passages("One. Two.\\n\\nThree.", limit=12))
    [(0, 11), (11, 17)]
    """
    start = 0
    while start < len(text):
        end = min(len(text), start + limit)
        if end < len(text):
            window = text[start:end]
            cut = [m.end() for m in _PARAGRAPH_END.finditer(window)]
            if not cut:
                cut = [m.end() for m in _SENTENCE_END.finditer(window)]
            if cut and cut[-1] > limit // 4:
                end = start + cut[-1]
        yield start, end
        start = end


def extract(
    text: str,
    *,
    article_date: date | None = None,
    source: str = "<text>",
    key: str = "text",
    rollcalls: Iterable[Any] | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
) -> Extraction:
    """Extract candidate facts from ``text``.

    Parameters
    ----------
    text
        The article as a Python ``str`` (offsets in the evidence index into it).
    article_date
        The day the article was written; relative dates resolve against it.
    source, key
        The file name (kept in the output) and a short key for minted IRIs.
    rollcalls
        Known roll calls to link to (default: :func:`kg.sources.votes.read_rollcalls`).
    max_chars
        The longest text accepted; a longer one raises :class:`kg.errors.DataError`.

    >>> result = extract("The Security Council adopted the text 10-0-5.")
    >>> [(f.fields["yes"], f.fields["no"], f.fields["abstain"]) for f in result.facts_of("tally")]
    [(10, 0, 5)]
    >>> extract("x" * 11, max_chars=10)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    kg.errors.DataError: <text>: the text has 11 characters, more than the limit of 10 ...
    """
    if len(text) > max_chars:
        raise DataError(
            f"the text has {len(text):,} characters, more than the limit of {max_chars:,}",
            where=source,
            fix="split the text, or raise the limit with --max-chars",
        )
    if rollcalls is None:
        from kg.sources.votes import read_rollcalls

        rollcalls = read_rollcalls()
    rollcalls = list(rollcalls)
    facts: list[Fact] = []
    sentences = 0
    told = False
    for number, (start, end) in enumerate(passages(text)):
        reading = Reading.of(
            text[start:end], article_date, rollcalls, offset=start, sentence_offset=sentences
        )
        reading.motion_prefix = f"p{number + 1}-" if number else ""
        _read(reading)
        told = told or tells_a_vote(reading)
        facts += reading.facts
        sentences += len(reading.sentences)
    facts = _shared(facts)
    if not told:
        # a text that tells no vote names texts only in passing (motions.tells_a_vote)
        facts = [fact for fact in facts if fact.type != "motion"]
    facts.sort(key=lambda fact: fact.evidence[0].start if fact.evidence else 0)
    for number, fact in enumerate(facts, 1):
        fact.id = f"{fact.type}-{number}"
    return Extraction(
        key=key,
        source=source,
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        characters=len(text),
        sentences=sentences,
        article_date=article_date,
        facts=facts,
    )


def _read(reading: Reading) -> None:
    """Run the stages on one passage (order matters: see the module notes)."""
    find_motions(reading)
    find_outcomes(reading)
    find_ballots(reading)
    find_stances(reading)
    find_sponsor_ballots(reading)
    pointed = {f.fields["motion"] for f in reading.facts if f.type == "ballot"}
    pointed |= {
        (f.fields.get("target") or {}).get("key") for f in reading.facts if f.type == "stance"
    }
    merge_motions(reading, pointed)
    infer_organs(reading)
    infer_vetoes(reading)
    infer_outcomes(reading)
    date_motions(reading)
    join_dated_descriptions(reading)
    join_same_day(reading)
    join_unnamed_counts(reading)
    attribute_by_time(reading)
    link_rollcalls(reading)
    find_statements(reading)
    add_entities(reading)
    _settle(reading)
    motion_facts(reading)


def _settle(reading: Reading) -> None:
    """Ballots and stances take their motion's roll call and date, now both are known."""
    motions = {motion.id: motion for motion in reading.motions}
    rejected: list[Fact] = []
    for fact in reading.facts:
        if fact.type == "ballot":
            motion = motions.get(fact.fields["motion"])
            if motion is None or not (motion.mentions or motion.tally is not None):
                # a vote no phrase names and no count tells ("Russia Vetoes Council Draft" in
                # a title-case headline) gets no motion fact: its ballot would point nowhere
                rejected.append(fact)
                continue
            if motion.rollcall is not None:
                fact.fields["rollcall"] = motion.rollcall.id
                fact.confidence = min(0.99, fact.confidence + 0.05)
            fact.fields["date"] = motion.day.isoformat() if motion.day else None
            if fact.fields["voter"] == "SUN" and motion.organ == "GA":
                # the Assembly's record codes the Soviet seat as Russia's (USSR -> RUS); the
                # Council's keeps the Soviet Union
                fact.fields["voter"] = "RUS"
        elif fact.type == "stance":
            reference = fact.fields.get("target")
            if fact.fields["kind"] == "ThreatensVeto" and _outside_the_council(
                reading, reference, motions
            ):
                rejected.append(fact)
                continue
            if isinstance(reference, dict) and reference.get("kind") == "motion":
                motion = motions.get(reference.get("key"))
                if motion is not None:
                    reference["symbol"] = motion.symbol
                    reference["rollcall"] = motion.rollcall.id if motion.rollcall else None
            actor = fact.fields["actor"]
            motion = motions.get(actor.get("key")) if actor.get("kind") == "motion" else None
            if motion is not None and motion.outcome in ("failed", "vetoed", "withdrawn"):
                rejected.append(fact)  # a draft that never passed speaks for no organ
            elif motion is not None and motion.organ:
                # what a resolution says is a stance of the organ that adopted it
                fact.fields["actor"] = {"kind": "organ", "key": motion.organ, "text": actor["text"]}
    for fact in rejected:
        reading.facts.remove(fact)


def _outside_the_council(reading: Reading, target: dict | None, motions: dict) -> bool:
    """Whether a veto threat is told of another organ than the Security Council, the one that
    knows a veto: on a motion of another organ ("Washington would vote no" on a Human Rights
    Council text), or on no text told where the passage names organs and none is the
    Council."""
    if target is None:
        organs = {
            mention.key
            for sentence in reading.sentences
            for mention in reading.mentioned.in_sentence(sentence.index, ("organ",))
        } | {motion.organ for motion in reading.motions if motion.organ}
        return bool(organs) and "SC" not in organs
    motion = motions.get(target.get("key")) if target.get("kind") == "motion" else None
    return motion is not None and motion.organ not in (None, "SC")


def _shared(facts: list[Fact]) -> list[Fact]:
    """One fact per person, state and organisation across passages."""
    kept: list[Fact] = []
    first: dict[tuple[str, str], Fact] = {}
    for fact in facts:
        field = _SHARED_TYPES.get(fact.type)
        if field is None:
            kept.append(fact)
            continue
        key = (fact.type, str(fact.fields.get(field)))
        if key in first:
            first[key].evidence.extend(fact.evidence)
            continue
        first[key] = fact
        kept.append(fact)
    return kept
