"""The extraction pipeline: from a news text to candidate facts with evidence and confidence.

Stages: mentions (:mod:`kg.extract.mentions`) → motions and their roll calls (coreference of
"the resolution", tallies, symbols; linked to ``kg/data/votes`` where date, organ and tallies
fit) → ballots → stances → statements → people, states, organisations, dates.

Fact types and their fields (all plain data; :mod:`kg.extract.rdf` turns them into triples):

============  =================================================================================
person        name (registry name or as written), registered, post, title, state, holds
state         code;  ``organization``/``organ``: key
date          value (ISO) or start/end of a period, phrase kind
motion        motion (local id), kind, symbol, proposed_by, organ, rollcall (linked id)
tally         yes, no, abstain, non_voting, motion, rollcall (linked id or None)
ballot        voter, option (yes/no/abstain/non_voting), motion, rollcall (linked id or None)
stance        kind, actor {kind, key, text}, target {kind, key, text} or None, references
statement     speaker {kind, key, text}, speaking_for (state code), quote span or None
============  =================================================================================

Confidence (a documented heuristic, not a probability): each pattern family has a base —
UN symbol 0.95, labelled tally 0.9, dashed/"to" tally 0.8, registry person with full name 0.95,
by surname or title 0.85, unregistered titled person 0.7, explicit vote verb ("voted against",
"abstained", "vetoed") 0.85, companion list ("alongside X", "in alliance with X, Y") 0.8,
other vote cues ("in opposing") 0.7, active stance verb 0.7, passive ("supported by X") 0.65,
quote with speech verb 0.85, reported speech 0.7, state by name 0.9, by adjective 0.6.
Then: +0.05 when the motion is linked to a known roll call; minus 0.2 in a hypothetical or
conditional sentence ("if", "would", "expected to"); minus 0.1 when the actor is more than eight
tokens from the trigger. Clamped to [0.05, 0.99].

>>> from datetime import date
>>> result = extract("Russia vetoed the draft resolution on Friday, while China abstained.",
...                  article_date=date(2022, 2, 26))
>>> sorted((f.fields["voter"], f.fields["option"]) for f in result.facts_of("ballot"))
[('CHN', 'abstain'), ('RUS', 'no')]
"""

from __future__ import annotations

import functools
import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from kg.errors import DataError
from kg.extract.dates import DateMention, find_dates
from kg.extract.lexicon import TITLES, load_lexicon, person_posts
from kg.extract.mentions import Mention, MentionedText, find_mentions, nlp
from kg.extract.patterns import (
    VETO_CUES,
    Tally,
    find_symbols,
    find_tallies,
    matcher,
    symbol_organ,
)
from kg.registry import load_tenures

__all__ = ["Evidence", "Extraction", "Fact", "extract", "extract_file", "read_text"]

_HYPOTHETICAL = re.compile(
    r"\b(?:if|would|could|might|may|were\s+to|expected\s+to|likely\s+to|plans?\s+to|"
    r"potentially|possibly|scenario)\b",
    re.IGNORECASE,
)
_NEGATION = re.compile(
    r"\b(?:not|never|n't|no\s+longer|refus\w*\s+to|refusal\s+to|declin\w*\s+to|fail\w*\s+to)"
    r"\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
_THREAT = re.compile(
    r"\b(?:would|will|threat\w*|vow\w*|warn\w*|ready|prepared|pledg\w*|could)\b", re.IGNORECASE
)
_CLAUSE_BREAK = re.compile(
    r"[;:\u2014]|,\s*(?:while|whereas|but|and\s+then)\b|\b(?:while|whereas|but)\b"
)
_COMPANIONS = re.compile(
    r"\b(?:alongside|along\s+with|together\s+with|in\s+alliance\s+with|joined\s+by|joining|"
    r"join(?:s|ed)?|as\s+did|like|with)\s+$",
    re.IGNORECASE,
)
_SPEECH = re.compile(
    r"\b(?:said|says|remarked|told|added|stated|declared|warned|insisted|argued|noted|"
    r"indicated|stressed|explained|wrote|announced)\b",
    re.IGNORECASE,
)
#: A count, its option and the states in brackets after it: "one abstention (Britain)".
_PARENTHESISED = re.compile(
    r"\b(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
    r"(?:(?P<yes>in\s+favou?r|for|yes)|(?P<no>against|no)|(?P<abstain>abstentions?|abstaining))"
    r"\s*\((?P<list>[^()]{2,200})\)",
    re.IGNORECASE,
)
#: A vote asked for or planned, not cast: "urged members to vote no", "plans to abstain".
_REQUESTED = re.compile(
    r"\b(?:urg\w*|ask\w*|call\w*\s+on|press\w*|encourag\w*|plan\w*|intend\w*|expect\w*|"
    r"want\w*|wish\w*|hop\w*|lobb\w*|persuad\w*|pressur\w*|appeal\w*|invit\w*|"
    r"prepar\w*|promis\w*|pledg\w*|vow\w*)\b[^.;]{0,60}\bto\s+$",
    re.IGNORECASE,
)
#: Verbs of reported speech (outside quotes).
_REPORTING = re.compile(
    r"\b(?:said|says|saying|told|tells|warned|warns|argued|argues|insisted|insists|stressed|"
    r"added|noted|announced|declared|stated|indicated|explained|maintained|countered|"
    r"contended)\b(?!\s+(?:for|against)\b)"
)
#: What may stand between a speaker and the verb: "has", "also", "on Monday", "in a statement,".
_ADJACENT_VERB = re.compile(
    r"\s*(?:(?:has|had|have|also|then|later|again|separately|on\s+\w+day|in\s+a\s+statement"
    r"|,)\s*)*"
)
_EXPLICIT_VOTE = re.compile(r"\b(?:vot\w+|abstain\w*|veto\w*)\b", re.IGNORECASE)
_AGENT_KINDS = ("state", "person", "organ", "organization", "group", "anonymous")


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
    """The outcome of :func:`extract`: the facts and what they were read from."""

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


def _clamp(value: float) -> float:
    return max(0.05, min(0.99, value))


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
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise DataError(
            f"not UTF-8 text (byte {error.start})",
            where=str(path),
            fix="save the article as plain UTF-8 text",
        ) from None
    if not text.strip():
        raise DataError("empty file: no text to read", where=str(path), fix="give a news text")
    return text


def extract_file(path: Path | str, article_date: date | None = None) -> Extraction:
    """Read a text file (see :func:`read_text`) and :func:`extract` its facts."""
    path = Path(path)
    return extract(read_text(path), article_date=article_date, source=str(path), key=path.stem)


def extract(
    text: str,
    *,
    article_date: date | None = None,
    source: str = "<text>",
    key: str = "text",
    rollcalls: Iterable[Any] | None = None,
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

    >>> result = extract("The Security Council adopted the text 10-0-5.")
    >>> [(f.fields["yes"], f.fields["no"], f.fields["abstain"]) for f in result.facts_of("tally")]
    [(10, 0, 5)]
    """
    if rollcalls is None:
        from kg.sources.votes import read_rollcalls

        rollcalls = read_rollcalls()
    mentioned = find_mentions(text, load_lexicon())
    state = _State(mentioned, article_date, list(rollcalls))
    state.run()
    return Extraction(
        key=key,
        source=source,
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        characters=len(text),
        sentences=len(mentioned.sentences),
        article_date=article_date,
        facts=state.facts,
    )


@dataclass
class _Motion:
    """A motion the text talks about: its mentions (coreference chain) and what is known."""

    id: str
    kind: str
    mentions: list[Mention] = field(default_factory=list)
    symbol: str | None = None
    proposer: str | None = None
    organ: str | None = None
    tally: Tally | None = None
    tally_evidence: Evidence | None = None
    tally_parts: list[Evidence] = field(default_factory=list)
    day: date | None = None
    rollcall: Any = None
    distinguished: bool = False
    historical: bool = False


class _State:
    """The pipeline's working state for one text (kept private: the API is :func:`extract`)."""

    def __init__(self, mentioned: MentionedText, article_date: date | None, rollcalls: list):
        self.m = mentioned
        self.text = mentioned.text
        self.article_date = article_date
        self.rollcalls = rollcalls
        self.facts: list[Fact] = []
        self.motions: list[_Motion] = []
        self.motion_of: dict[tuple[int, int], _Motion] = {}
        self.dates: dict[int, list[DateMention]] = {}
        self.doc = mentioned.doc
        self.rules = matcher(nlp())
        self.stance_keys: dict[tuple, Fact] = {}

    # --- helpers ---

    def evidence(self, sentence: int, start: int, end: int) -> Evidence:
        return Evidence(sentence, start, end, self.text[start:end], self.m.sentences[sentence].text)

    def sentence_day(self, index: int) -> date | None:
        for mention in self.dates.get(index, []):
            if mention.value is not None:
                return mention.value
        return self.article_date

    def hypothetical(self, index: int, position: int | None = None) -> bool:
        sentence = self.m.sentences[index]
        text = sentence.text if position is None else self.text[sentence.start : position]
        return _HYPOTHETICAL.search(text) is not None

    def add(
        self,
        fact_type: str,
        fields: dict,
        evidence: list[Evidence],
        confidence: float,
        pattern: str,
    ) -> Fact:
        fact = Fact(
            f"{fact_type}-{len(self.facts) + 1}",
            fact_type,
            fields,
            evidence,
            _clamp(confidence),
            pattern,
        )
        self.facts.append(fact)
        return fact

    def agents(self, index: int) -> list[Mention]:
        wrappers = self.m.in_sentence(index, ("group", "anonymous"))
        return [
            mention
            for mention in self.m.in_sentence(index, _AGENT_KINDS)
            if "inside" not in mention.attributes
            and not any(
                w is not mention and w.start <= mention.start and mention.end <= w.end
                for w in wrappers
            )
            and not self.m.quoted(mention.start, mention.end)
            and not (
                mention.kind == "state"
                and mention.form in ("adjective", "demonym")
                and not re.match(
                    r"\s+(?:delegation|government|mission|side|officials?|"
                    r"authorities|diplomats?)\b",
                    self.text[mention.end :],
                )
            )
        ]

    # --- pipeline ---

    def run(self) -> None:
        for sentence in self.m.sentences:
            self.dates[sentence.index] = find_dates(sentence.text, self.article_date)
        self.resolve_motions()
        self.link_rollcalls()
        self.ballots()
        self.stances()
        self.statements()
        self.entities()
        self.motion_facts()
        self.facts.sort(key=lambda fact: fact.evidence[0].start if fact.evidence else 0)
        for number, fact in enumerate(self.facts, 1):
            fact.id = f"{fact.type}-{number}"

    def resolve_motions(self) -> None:
        symbols = []
        for sentence in self.m.sentences:
            for symbol in find_symbols(sentence.text):
                symbols.append(
                    (
                        sentence.index,
                        sentence.start + symbol.start,
                        sentence.start + symbol.end,
                        symbol.symbol,
                    )
                )
        motion_mentions = [m for m in self.m.mentions if m.kind == "motion"]
        events: list[tuple[int, str, Any]] = [(m.start, "mention", m) for m in motion_mentions]
        events += [(item[1], "symbol", item) for item in symbols]
        tallies = []
        for sentence in self.m.sentences:
            for tally in find_tallies(sentence.text):
                tallies.append((sentence.index, tally, sentence.start))
        events.sort(key=lambda event: event[0])
        last: _Motion | None = None
        last_amendment: _Motion | None = None
        for _, kind, payload in events:
            if kind == "symbol":
                index, start, end, symbol = payload
                motion = next((m for m in self.motions if m.symbol == symbol), None)
                if motion is None:
                    # a symbol right after a description names that description's motion
                    if (
                        last is not None
                        and last.symbol is None
                        and last.mentions
                        and (0 <= start - last.mentions[-1].end <= 3)
                    ):
                        motion = last
                    else:
                        motion = self.new_motion("resolution" if "/RES/" in symbol else "draft")
                motion.symbol = symbol
                motion.organ = symbol_organ(symbol)
                motion.distinguished = True
                motion.mentions.append(
                    Mention("motion", None, start, end, symbol, index, "symbol", {})
                )
                self.motion_of[(start, end)] = motion
                last = motion
                continue
            mention: Mention = payload
            attributes = mention.attributes
            if self.m.quoted(mention.start, mention.end):
                continue
            modifiers = set(attributes["modifiers"])
            determiner = attributes["determiner"]
            if attributes["motion_kind"] == "amendment":
                if determiner in ("these", "those", "the") and last_amendment is not None:
                    motion = last_amendment
                else:
                    motion = self.new_motion("amendment")
                    motion.distinguished = True
                last_amendment = motion
            elif attributes["plural"] or modifiers & {"previous", "earlier"}:
                motion = self.new_motion(attributes["motion_kind"])
                motion.historical = True
                motion.distinguished = True
            elif determiner in ("a", "an") or modifiers & {
                "final",
                "new",
                "alternative",
                "original",
                "rival",
                "competing",
            }:
                motion = self.new_motion(attributes["motion_kind"])
                motion.distinguished = bool(modifiers - {"united", "nations", "un", "u.n."})
                if determiner == "its" or "original" in modifiers:
                    motion.proposer = self.subject_state(mention)
            elif attributes.get("proposer"):
                motion = next(
                    (
                        m
                        for m in reversed(self.motions)
                        if m.proposer == attributes["proposer"] and m.kind != "amendment"
                    ),
                    None,
                )
                if motion is None:
                    motion = self.new_motion(attributes["motion_kind"])
                    motion.distinguished = True
            elif last is not None and last.kind != "amendment" and not last.historical:
                motion = last
            else:
                previous = [m for m in self.motions if m.kind != "amendment" and not m.historical]
                motion = previous[-1] if previous else self.new_motion(attributes["motion_kind"])
            if attributes.get("proposer") and motion.proposer is None:
                motion.proposer = attributes["proposer"]
            if attributes.get("organ"):
                motion.organ = attributes["organ"]
            motion.mentions.append(mention)
            self.motion_of[(mention.start, mention.end)] = motion
            if motion.kind != "amendment":
                last = motion
            motion.day = motion.day or self.sentence_day(mention.sentence)
        # organs named near a motion ("to the UN Security Council", "by the General Assembly")
        for motion in self.motions:
            if motion.organ:
                continue
            for mention in motion.mentions:
                nearby = [
                    o
                    for o in self.m.in_sentence(mention.sentence, ("organ",))
                    if abs(o.start - mention.end) < 60
                ]
                if nearby:
                    motion.organ = nearby[0].key
                    break
        # tallies attach to the nearest motion mentioned before them in their sentence, else
        # to the motion last mentioned before the sentence
        for index, tally, offset in tallies:
            before = [
                m
                for m in self.motion_of_mentions()
                if m[0].sentence == index and m[0].start < offset + tally.start
            ]
            if before:
                motion = before[-1][1]
            else:
                earlier = [m for m in self.motion_of_mentions() if m[0].start < offset]
                # a count told before the motion is named ("35 countries abstained when …
                # The resolution passed …") belongs to the motion the next sentence names
                later = [
                    m
                    for m in self.motion_of_mentions()
                    if m[0].start >= offset and m[0].sentence <= index + 1
                ]
                motion = (
                    earlier[-1][1]
                    if earlier
                    else later[0][1]
                    if later
                    else self.new_motion("resolution")
                )
            if motion.tally is not None and _compatible(motion.tally, tally):
                # "13-2, with the other 13 members voting in favour"; "143 in favour and five
                # against" with "35 countries abstained" a sentence before: one tally
                motion.tally = _merged(motion.tally, tally)
                motion.tally_parts.append(
                    self.evidence(index, offset + tally.start, offset + tally.end)
                )
            elif motion.tally is None:
                motion.tally = tally
                motion.tally_evidence = self.evidence(
                    index, offset + tally.start, offset + tally.end
                )
                motion.day = motion.day or self.sentence_day(index)
                organs = self.m.in_sentence(index, ("organ",))
                if organs and not motion.organ:
                    motion.organ = organs[0].key
        # An undistinguished "a resolution" in a story about one vote is that vote.
        main = [m for m in self.motions if m.tally is not None or m.symbol]
        if len(main) == 1:
            for motion in list(self.motions):
                if motion is main[0] or motion.distinguished or motion.kind == "amendment":
                    continue
                if motion.tally is None and motion.proposer is None and motion.symbol is None:
                    for mention in motion.mentions:
                        self.motion_of[(mention.start, mention.end)] = main[0]
                    main[0].mentions.extend(motion.mentions)
                    main[0].mentions.sort(key=lambda m: m.start)
                    self.motions.remove(motion)

    def motion_of_mentions(self) -> list[tuple[Mention, _Motion]]:
        pairs = []
        for motion in self.motions:
            for mention in motion.mentions:
                pairs.append((mention, motion))
        return sorted(pairs, key=lambda pair: pair[0].start)

    def implicit_motion(self, index: int) -> _Motion:
        """The one unnamed vote a text reports without naming what was voted on."""
        existing = next((m for m in self.motions if m.id.endswith("-vote")), None)
        if existing is not None:
            return existing
        motion = _Motion(f"motion-{len(self.motions) + 1}-vote", "resolution")
        motion.day = self.sentence_day(index)
        organs = self.m.in_sentence(index, ("organ",))
        motion.organ = organs[0].key if organs else None
        self.motions.append(motion)
        return motion

    def new_motion(self, kind: str) -> _Motion:
        motion = _Motion(f"motion-{len(self.motions) + 1}", kind)
        self.motions.append(motion)
        return motion

    def subject_state(self, mention: Mention) -> str | None:
        states = [
            m for m in self.agents(mention.sentence) if m.kind == "state" and m.end <= mention.start
        ]
        return states[-1].key if states else None

    def link_rollcalls(self) -> None:
        """Link motions to known roll calls: by symbol, else by tallies + date (+ organ)."""
        for motion in self.motions:
            if motion.kind == "amendment" or motion.historical:
                continue
            candidates = []
            for rollcall in self.rollcalls:
                if motion.symbol and motion.symbol in (
                    rollcall.motion_symbol,
                    *rollcall.draft_symbols,
                ):
                    candidates = [rollcall]
                    break
                if motion.tally is None:
                    continue
                counts = motion.tally.counts()
                if any(rollcall.tallies.get(key) != value for key, value in counts.items()):
                    continue
                if motion.organ and motion.organ != rollcall.organ:
                    continue
                if motion.day and abs((rollcall.date - motion.day).days) > 3:
                    continue
                candidates.append(rollcall)
            if len(candidates) == 1:
                motion.rollcall = candidates[0]
                motion.organ = candidates[0].organ
                if motion.symbol is None:
                    motion.symbol = candidates[0].motion_symbol

    # --- ballots ---

    def cues(self, index: int) -> list[tuple[str, str, int, int]]:
        """(family, value, char start, char end) of the vote cues and stance triggers."""
        sentence = self.m.sentences[index]
        span = self.doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
        found = []
        for rule, start, end in self.rules(span.as_doc()):
            family, _, value = self.doc.vocab.strings[rule].partition(":")
            tokens = span[start:end]
            found.append((family, value, tokens.start_char, tokens.end_char))
        # a longer match wins over one it contains ("voted against" over "against")
        found.sort(key=lambda item: (item[2], -(item[3] - item[2])))
        kept: list[tuple[str, str, int, int]] = []
        for item in found:
            if any(k[0][:4] == item[0][:4] and k[2] <= item[2] and item[3] <= k[3] for k in kept):
                continue
            kept.append(item)
        return [item for item in kept if not self.m.quoted(item[2], item[3])]

    def target_motion(self, index: int, position: int) -> tuple[Mention, _Motion] | None:
        pairs = [(m, motion) for m, motion in self.motion_of_mentions() if m.sentence == index]
        after = [pair for pair in pairs if pair[0].start >= position]
        if after and len(self.text[position : after[0][0].start].split()) <= 6:
            return after[0]
        return None

    def ballots(self) -> None:
        seen: dict[tuple, Fact] = {}
        for sentence in self.m.sentences:
            index = sentence.index
            counted = [
                (sentence.start + t.start, sentence.start + t.end)
                for t in find_tallies(sentence.text)
                # "X and Y were among 35 countries that abstained": the count and the cue
                # belong to the states named before it
                if not (
                    len(t.counts()) == 1
                    and re.search(r"\b(?:among|one\s+of)\s+(?:the\s+)?$", sentence.text[: t.start])
                )
            ]
            # "141 in favour", "5 against" are counts of a tally, not someone's ballot
            cues = [
                cue
                for cue in self.cues(index)
                if cue[0] == "VOTE"
                and not any(s < cue[3] and cue[2] < e for s, e in counted)
                # "urged states to vote no" asks for a vote; it reports none
                and not _REQUESTED.search(self.text[sentence.start : cue[2]])
            ]
            self.parenthesised_ballots(index, seen)
            if not cues:
                continue
            clause_start = sentence.start
            for number, (_, option, start, end) in enumerate(cues):
                if self.hypothetical(index, end):
                    break  # "if X were to abstain", "would veto": no vote took place
                target = self.target_motion(index, end)
                motion = target[1] if target else None
                explicit = _EXPLICIT_VOTE.search(self.text[start:end]) is not None
                if motion is None:
                    earlier = [
                        pair
                        for pair in self.motion_of_mentions()
                        if pair[0].start < start and pair[1].kind != "amendment"
                    ]
                    later = [
                        pair
                        for pair in self.motion_of_mentions()
                        if pair[0].start >= end and pair[1].kind != "amendment"
                    ]
                    if not explicit:
                        clause_start = end
                        continue
                    # "X vetoed a council demand …": the vote is the one the text goes on to
                    # name, or an unnamed one of its own
                    motion = (earlier[-1] if earlier else later[0] if later else (None, None))[1]
                    if motion is None:
                        motion = self.implicit_motion(index)
                voters = self.voters(index, clause_start, start, end, cues[number + 1 :])
                clause_start = end
                if self.text[start:end].lower() in VETO_CUES:
                    # a veto is a permanent member's No on a Security Council draft
                    voters = [v for v in voters if v[0] in permanent_members()]
                    if voters and motion.organ is None:
                        motion.organ = "SC"
                for voter, voter_start, voter_end, how in voters:
                    base = 0.85 if explicit else 0.7
                    if how == "companion":
                        base = min(base, 0.8)
                    if motion.kind == "amendment":
                        if option in ("yes", "no"):
                            self.add_stance(
                                "Supports" if option == "yes" else "Opposes",
                                {
                                    "kind": "state",
                                    "key": voter,
                                    "text": self.text[voter_start:voter_end],
                                },
                                self.motion_ref(motion, target[0] if target else None),
                                [
                                    self.evidence(index, voter_start, voter_end),
                                    self.evidence(index, start, target[0].end if target else end),
                                ],
                                base - 0.1,
                                "vote-on-amendment",
                                index,
                            )
                        continue
                    rollcall = motion.rollcall.id if motion.rollcall else None
                    key = (voter, motion.id)
                    evidence = [
                        self.evidence(index, voter_start, voter_end),
                        self.evidence(index, start, end),
                    ]
                    if key in seen:
                        seen[key].evidence.extend(evidence)
                        continue
                    confidence = base + (0.05 if rollcall else 0)
                    seen[key] = self.add(
                        "ballot",
                        {
                            "voter": voter,
                            "option": option,
                            "motion": motion.id,
                            "rollcall": rollcall,
                            "date": _iso(motion.day),
                        },
                        evidence,
                        confidence,
                        f"vote-cue:{how}",
                    )

    def parenthesised_ballots(self, index: int, seen: dict) -> None:
        """Ballots named in brackets after a count: "one against (the United States) and one
        abstention (Britain)"."""
        sentence = self.m.sentences[index]
        for match in _PARENTHESISED.finditer(sentence.text):
            option = next(key for key in ("yes", "no", "abstain") if match.group(key))
            start = sentence.start + match.start("list")
            end = sentence.start + match.end("list")
            states = [m for m in self.agents(index) if m.kind == "state" and start <= m.start < end]
            pairs = [p for p in self.motion_of_mentions() if p[0].start < end]
            later = [p for p in self.motion_of_mentions() if p[0].start >= end]
            if not states or not (pairs or later):
                continue
            motion = (pairs[-1] if pairs else later[0])[1]
            if motion.kind == "amendment":
                continue
            for state in states:
                key = (state.key, motion.id)
                evidence = [
                    self.evidence(index, state.start, state.end),
                    self.evidence(index, sentence.start + match.start(), end + 1),
                ]
                if key in seen:
                    seen[key].evidence.extend(evidence)
                    continue
                rollcall = motion.rollcall.id if motion.rollcall else None
                seen[key] = self.add(
                    "ballot",
                    {
                        "voter": state.key,
                        "option": option,
                        "motion": motion.id,
                        "rollcall": rollcall,
                        "date": _iso(motion.day),
                    },
                    evidence,
                    0.8 + (0.05 if rollcall else 0),
                    "vote-cue:parenthesised",
                )

    def voters(self, index, clause_start, cue_start, cue_end, later_cues):
        """States that cast the vote a cue reports: the subject before the cue (after the last
        clause break), companions ("alongside X", "joins X in", "in alliance with X, Y and Z")
        and a list right after an abstention cue ("abstentions from X and Y")."""
        sentence = self.m.sentences[index]
        states = [m for m in self.agents(index) if m.kind == "state"]
        breaks = [
            sentence.start + b.end()
            for b in _CLAUSE_BREAK.finditer(sentence.text)
            if sentence.start + b.end() <= cue_start
        ]
        zone_start = max([clause_start, *breaks])
        limit = later_cues[0][2] if later_cues else sentence.end
        found: list[tuple[str, int, int, str]] = []
        motion_spans = [
            (m.start, m.end) for m, _ in self.motion_of_mentions() if m.sentence == index
        ]
        for state in states:
            inside_motion = any(s <= state.start < e for s, e in motion_spans)
            preceding = self.text[max(sentence.start, state.start - 25) : state.start]
            if zone_start <= state.start < cue_start and not inside_motion:
                chosen = re.match(
                    r"(?:'s|\u2019s)\s+(?:choice|decision|vote|move|delegation)\b",
                    self.text[state.end :],
                )
                if (state.possessive and not chosen) or re.search(
                    r"\b(?:of|on|in|about|over|into|to|from|for)\s+$", preceding
                ):
                    continue
                found.append((state.key, state.start, state.end, "subject"))
            elif cue_start < state.start < limit and not inside_motion:
                companion = self.companion_list(states, state, index)
                if companion:
                    found.append((state.key, state.start, state.end, "companion"))
        # "X joins Y in opposing": Y sits between the subject and the cue
        return list({item[0]: item for item in found}.values())

    def companion_list(self, states: list[Mention], state: Mention, index: int) -> bool:
        """True when ``state`` is in a list opened by a companion phrase ("alongside …")."""
        sentence = self.m.sentences[index]
        position = state.start
        ordered = [s for s in states if s.start < position]
        while True:
            before = self.text[sentence.start : position]
            if _COMPANIONS.search(re.sub(r"\bthe\s+$", "", before)):
                return True
            previous = [s for s in ordered if s.end <= position]
            if not previous:
                return False
            gap = self.text[previous[-1].end : position]
            if not re.fullmatch(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)(?:the\s+)?", gap):
                return False
            position = previous[-1].start
            ordered = ordered[:-1]

    # --- stances ---

    def motion_ref(self, motion: _Motion, mention: Mention | None) -> dict:
        return {
            "kind": "motion",
            "key": motion.id,
            "text": mention.text if mention else motion.kind,
            "symbol": motion.symbol,
            "rollcall": motion.rollcall.id if motion.rollcall else None,
        }

    def ref(self, mention: Mention) -> dict:
        if mention.kind == "motion":
            motion = self.motion_of.get((mention.start, mention.end))
            if motion is not None:
                return self.motion_ref(motion, mention)
        return {
            "kind": mention.kind,
            "key": mention.key,
            "text": mention.text,
            "span": [mention.start, mention.end],
        }

    def add_stance(
        self, kind, actor, target, evidence, confidence, pattern, index, references=None
    ):
        day = self.sentence_day(index)
        key = (
            kind,
            actor.get("key") or actor.get("text"),
            (target or {}).get("key") or (target or {}).get("text"),
            references,
        )
        if key in self.stance_keys:
            self.stance_keys[key].evidence.extend(evidence)
            return
        fields = {"kind": kind, "actor": actor, "target": target, "date": _iso(day)}
        if references:
            fields["references"] = references
        self.stance_keys[key] = self.add("stance", fields, evidence, confidence, pattern)

    def stances(self) -> None:
        for sentence in self.m.sentences:
            index = sentence.index
            self.taken_targets: list[Mention] = []
            cues = self.cues(index)
            vote_spans = [(c[2], c[3]) for c in cues if c[0] == "VOTE"]
            for family, kind, start, end in cues:
                if not family.startswith("STANCE"):
                    continue
                if any(s <= start and end <= e for s, e in vote_spans) and kind == "Opposes":
                    continue  # "voted against" is a ballot (or a stance on amendments) already
                before = self.text[sentence.start : start]
                if _NEGATION.search(before) and kind != "Refuses":
                    continue
                if re.search(r"\b(?:would|could|might)\s+have\s+$", before):
                    continue  # counterfactual: "a draft that would have deplored …"
                after_word = self.text[end : end + 30]
                if kind == "Proposes" and re.match(r"\s+(?:amendments?|changes)\b", after_word):
                    continue  # "proposed amendments" is SeeksAmendment, matched on its own
                if kind == "ThreatensVeto" and not (
                    "against" in self.text[start:end]
                    or _THREAT.search(self.text[max(sentence.start, start - 40) : end])
                ):
                    continue
                passive = family == "STANCE~"
                actor, target = self.stance_roles(index, start, end, passive)
                if actor is None:
                    continue
                # "drafted by France and the United Arab Emirates": each state of the list
                for partner in self.conjoined(actor, index) if passive else ():
                    self.add_stance(
                        kind,
                        self.ref(partner),
                        self.ref(target) if target is not None else None,
                        [
                            self.evidence(index, start, end),
                            self.evidence(index, partner.start, partner.end),
                        ],
                        0.6,
                        "stance-passive-list",
                        index,
                    )
                confidence = 0.65 if passive else 0.7
                distance = abs(
                    len(self.text[min(actor.end, start) : max(actor.start, end)].split())
                )
                if distance > 8:
                    confidence -= 0.1
                if self.hypothetical(index, start) and kind != "ThreatensVeto":
                    confidence -= 0.2
                references = None
                actor_ref = self.ref(actor)
                if actor.kind == "motion":
                    # what a resolution says is a stance of the organ that adopted it
                    motion = self.motion_of.get((actor.start, actor.end))
                    if motion is None or self.hypothetical(index, start):
                        continue  # a draft that "would have condemned" speaks for no organ
                    references = motion.id
                    if motion.organ:
                        actor_ref = {"kind": "organ", "key": motion.organ, "text": actor.text}
                    else:
                        actor_ref = {"kind": "motion", "key": motion.id, "text": actor.text}
                if target is not None:
                    self.taken_targets.append(target)
                target_ref = self.ref(target) if target is not None else None
                evidence = [
                    self.evidence(index, start, end),
                    self.evidence(index, actor.start, actor.end),
                ]
                if kind == "Proposes" and target is not None and target.kind == "motion":
                    motion = self.motion_of.get((target.start, target.end))
                    if motion is not None and actor.kind == "state" and motion.proposer is None:
                        motion.proposer = actor.key
                self.add_stance(
                    kind,
                    actor_ref,
                    target_ref,
                    evidence,
                    confidence,
                    f"stance-{'passive' if passive else 'active'}",
                    index,
                    references,
                )

    def conjoined(self, first: Mention, index: int) -> list[Mention]:
        """The agents of the same kind listed after ``first`` ("X, Y and Z"), without it."""
        same = [m for m in self.agents(index) if m.kind == first.kind and m.start > first.end]
        listed: list[Mention] = []
        position = first.end
        for mention in same:
            gap = self.text[position : mention.start]
            if not re.fullmatch(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?", gap):
                break
            listed.append(mention)
            position = mention.end
        return listed

    def stance_roles(self, index, start, end, passive):
        sentence = self.m.sentences[index]
        agents = [m for m in self.agents(index)]
        motions = [
            m
            for m, _ in self.motion_of_mentions()
            if m.sentence == index and not self.m.quoted(m.start, m.end)
        ]
        candidates = sorted(agents + motions, key=lambda m: m.start)
        if passive:
            after = [m for m in agents if m.start >= end]
            if not after or len(self.text[end : after[0].start].split()) > 3:
                return None, None
            actor = after[0]
            before = [m for m in motions if m.end <= start]
            later = [m for m in motions if m.start >= actor.end]
            target = before[-1] if before else (later[0] if later else None)
            return actor, target
        breaks = [
            sentence.start + b.end()
            for b in _CLAUSE_BREAK.finditer(sentence.text)
            if sentence.start + b.end() <= start
        ]
        zone = max([sentence.start, *breaks])
        before = [
            m
            for m in candidates
            if zone <= m.start
            and m.end <= start
            and not (
                m.kind == "state"
                and (
                    m.possessive
                    or re.search(
                        r"\b(?:of|on|in|about|over|into|to|from|for|against)\s+(?:the\s+)?$",
                        self.text[max(sentence.start, m.start - 20) : m.start],
                    )
                )
            )
        ]
        before = [m for m in before if m not in getattr(self, "taken_targets", [])]
        before = [
            m
            for m in before
            if not any(
                o is not m and o.kind == "motion" and o.start <= m.start and m.end <= o.end
                for o in candidates
            )
        ]
        if not before:
            return None, None
        # a participle after a comma ("…, urging X") belongs to the sentence's subject
        if re.search(
            r",\s*(?:having|also|while|after|before|and)?\s*$", self.text[before[-1].end : start]
        ) or self.text[sentence.start : start].rstrip().endswith(("\u201d", '"', ",")):
            people = [m for m in before if m.kind in ("person", "anonymous")]
            subjects = [m for m in before if m.kind != "motion"]
            actor = people[0] if people else subjects[0] if subjects else before[-1]
        else:
            actor = before[-1]
        after = [
            m
            for m in candidates
            if m.end > end
            and (m.start >= end or m.kind == "motion")
            and len(self.text[end : max(end, m.start)].split()) <= 10
        ]
        target = None
        for mention in after:
            if mention.kind == "motion" and any(
                o is not mention and o.kind == "motion" and o.start <= mention.start < o.end
                for o in candidates
            ):
                continue
            if any(
                o.kind == "motion"
                and o.start <= mention.start
                and mention.end <= o.end
                and o is not mention
                for o in candidates
            ):
                target = next(
                    o
                    for o in candidates
                    if o.kind == "motion" and o.start <= mention.start and mention.end <= o.end
                )
                break
            target = mention
            break
        return actor, target

    # --- statements ---

    def statements(self) -> None:
        people = [
            m
            for m in self.m.mentions
            if m.kind in ("person", "anonymous") and "inside" not in m.attributes
        ]
        # a state or a capital speaks for its government ("Moscow said …", "“…,” Russia said")
        states = [
            m
            for sentence in self.m.sentences
            for m in self.agents(sentence.index)
            if m.kind == "state" and not m.possessive
        ]
        speakers = sorted(people + states, key=lambda m: m.start)
        attributions: list[tuple[int, int]] = []  # speech verbs already used by a quote
        for quote_start, quote_end in self.m.quotes:
            if len(self.text[quote_start:quote_end].split()) < 4:
                continue  # a quoted phrase, not a statement
            before_text = self.text[max(0, quote_start - 120) : quote_start]
            after_text = self.text[quote_end : quote_end + 80]
            speaker = None
            pattern = ""
            verb_before = _SPEECH.search(before_text[-40:])
            if verb_before and re.search(r"[,:]\s*$", before_text):
                candidates = [
                    p for p in people if p.end <= quote_start and quote_start - p.end < 120
                ]
                speaker = candidates[-1] if candidates else None
                pattern = "quote-after-speech-verb"
                if speaker is not None:
                    verb_start = quote_start - 40 + verb_before.start()
                    attributions.append((max(0, verb_start), quote_start))
            # "“…,” said X" / "“…,” X told reporters": the quote ends a clause, and the speaker
            # stands right before or right after the speech verb
            closes_clause = re.search(r"[,?!]\W{0,2}$", self.text[quote_start:quote_end]) or (
                re.match(r"^\s*,", after_text)
            )
            verb_after = re.match(
                r"^\W{0,3}\s*(?:\S+\s+){0,6}?(?:said|says|added|told|remarked|"
                r"stated|declared|warned|insisted)\b",
                after_text,
            )
            if speaker is None and verb_after and closes_clause:
                verb_end = quote_end + verb_after.end()
                candidates = [
                    p
                    for p in speakers
                    if quote_end <= p.start < verb_end
                    or (verb_end <= p.start and len(self.text[verb_end : p.start].split()) == 0)
                ]
                speaker = candidates[0] if candidates else None
                # "…," he said: the last person named before the quote
                if speaker is None and re.match(r"^\W{0,3}\s*(?:he|she)\s+said", after_text):
                    earlier = [p for p in people if p.end <= quote_start]
                    speaker = earlier[-1] if earlier else None
                pattern = "quote-before-speech-verb"
                if speaker is not None:
                    attributions.append((quote_end, max(verb_end, speaker.end)))
            if speaker is None:
                continue
            index = speaker.sentence
            quote_sentence = next(s for s in self.m.sentences if s.start <= quote_start < s.end + 1)
            self.add(
                "statement",
                {
                    "speaker": self.speaker_ref(speaker),
                    "speaking_for": self.speaking_for(speaker),
                    "quote": [quote_start, quote_end],
                    "date": _iso(self.sentence_day(index)),
                },
                [
                    self.evidence(quote_sentence.index, quote_start, quote_end),
                    self.evidence(index, speaker.start, speaker.end),
                ],
                0.85,
                pattern,
            )
        self.reported_speech(speakers, attributions)

    def reported_speech(self, speakers: list[Mention], attributions: list[tuple[int, int]]):
        """Reported speech: "X said (that) …", "X, …, called … and said …", "…, saying …".

        The speaker is the agent right before the speech verb (a few adverbs or a date may
        stand between), the subject of the sentence when the verb is coordinated with an
        earlier one ("and said"), or the clause's subject for a participle (", saying").
        """
        taken: set[tuple[int, str]] = set()
        for sentence in self.m.sentences:
            for verb in _REPORTING.finditer(sentence.text):
                verb_start = sentence.start + verb.start()
                verb_end = sentence.start + verb.end()
                if self.m.quoted(verb_start, verb_end) or any(
                    s <= verb_start < e for s, e in attributions
                ):
                    continue
                own = [
                    m
                    for m in speakers
                    if m.sentence == sentence.index
                    and m.end <= verb_start
                    and not self.m.quoted(m.start, m.end)
                ]
                if not own:
                    continue
                gap = self.text[own[-1].end : verb_start]
                speaker, pattern = None, "reported-speech"
                if _ADJACENT_VERB.fullmatch(gap):
                    speaker = own[-1]
                elif re.search(r"(?:\band\s+|,\s*)(?:also\s+|then\s+|later\s+)?$", gap):
                    # coordinated or participle: the subject opening the clause
                    breaks = [
                        sentence.start + b.end()
                        for b in re.finditer(r"[;:]|,\s*(?:while|whereas|but)\b", sentence.text)
                        if sentence.start + b.end() <= verb_start
                    ]
                    zone = max([sentence.start, *breaks])
                    subjects = [m for m in own if m.start >= zone]
                    opening = self.text[zone : subjects[0].start] if subjects else ""
                    if subjects and len(opening.split()) <= 3:
                        speaker, pattern = subjects[0], "reported-speech-coordinated"
                if speaker is None:
                    continue
                key = (speaker.sentence, speaker.key or speaker.text)
                if key in taken:
                    continue  # one statement per speaker and sentence
                taken.add(key)
                self.add(
                    "statement",
                    {
                        "speaker": self.speaker_ref(speaker),
                        "speaking_for": self.speaking_for(speaker),
                        "quote": None,
                        "date": _iso(self.sentence_day(speaker.sentence)),
                    },
                    [
                        self.evidence(speaker.sentence, speaker.start, speaker.end),
                        self.evidence(speaker.sentence, verb_start, verb_end),
                    ],
                    0.7 if speaker.kind != "state" else 0.65,
                    pattern,
                )

    def speaker_ref(self, speaker: Mention) -> dict:
        return {
            "kind": speaker.kind if speaker.kind in ("person", "state") else "anonymous",
            "key": speaker.key,
            "text": speaker.text,
            "span": [speaker.start, speaker.end],
        }

    def speaking_for(self, speaker: Mention) -> str | None:
        if speaker.kind == "state":
            return speaker.key
        if speaker.attributes.get("state"):
            return speaker.attributes["state"]
        if speaker.kind == "person" and speaker.key:
            post = self.person_post(speaker)[0]
            return post.post_in if post is not None else None
        return None

    # --- people, states, organisations, dates ---

    def person_post(self, mention: Mention):
        """(registry post, holds current/former) that fits the mention's title and the date."""
        from kg.registry import load_posts

        posts = {post.title: post for post in load_posts()}
        title = mention.attributes.get("title", "") + " " + mention.attributes.get("post_text", "")
        wanted = {role for word, role in TITLES.items() if word in title}
        day = self.sentence_day(mention.sentence) or self.article_date
        best = None
        for tenure in load_tenures():
            if tenure.person != mention.key:
                continue
            post = posts.get(tenure.post)
            if post is None or (wanted and not wanted & set(post.roles)):
                continue
            if day is None or tenure.holds_on(day):
                return post, "current"
            if tenure.start <= (day or date.max) and (best is None or best[2] < tenure.start):
                best = (post, "former", tenure.start)
        return (best[0], best[1]) if best else (None, None)

    def entities(self) -> None:
        people: dict[str, Fact] = {}
        for mention in self.m.mentions:
            index = mention.sentence
            if mention.kind == "person":
                registered = mention.key in person_posts()
                registered = registered or not mention.attributes.get("unregistered")
                name_span = mention.attributes.get("name_span", (mention.start, mention.end))
                evidence = [self.evidence(index, *name_span)]
                for key in ("title_span", "post_span"):
                    if key in mention.attributes:
                        evidence.append(self.evidence(index, *mention.attributes[key]))
                if mention.key in people:
                    people[mention.key].evidence.extend(evidence)
                    continue
                post, holds = self.person_post(mention) if registered else (None, None)
                confidence = {"name": 0.95, "surname": 0.85, "titled": 0.7}.get(mention.form, 0.8)
                people[mention.key] = self.add(
                    "person",
                    {
                        "name": mention.key,
                        "registered": bool(
                            registered and not mention.attributes.get("unregistered")
                        ),
                        "post": post.title if post else None,
                        "title": mention.attributes.get("title")
                        or mention.attributes.get("post_text"),
                        "state": mention.attributes.get("state")
                        or (post.post_in if post and len(post.post_in) == 3 else None),
                        "post_in": post.post_in if post else None,
                        "holds": holds,
                    },
                    evidence,
                    confidence,
                    f"person-{mention.form}",
                )
        seen: dict[tuple[str, str], Fact] = {}
        for mention in self.m.mentions:
            if mention.kind not in ("state", "organ", "organization"):
                continue
            key = (mention.kind, mention.key or "")
            evidence = self.evidence(mention.sentence, mention.start, mention.end)
            if key in seen:
                seen[key].evidence.append(evidence)
                continue
            confidence = 0.6 if mention.form in ("adjective", "demonym") else 0.9
            if mention.attributes.get("ambiguous"):
                confidence -= 0.2
            fields = {"code": mention.key} if mention.kind == "state" else {"key": mention.key}
            seen[key] = self.add(
                mention.kind, fields, [evidence], confidence, f"gazetteer-{mention.form}"
            )
        for index, mentions in self.dates.items():
            sentence = self.m.sentences[index]
            for mention in mentions:
                fields = {"phrase_kind": mention.kind, "value": _iso(mention.value)}
                if mention.start_date:
                    fields |= {"start": _iso(mention.start_date), "end": _iso(mention.end_date)}
                if mention.note:
                    fields["note"] = mention.note
                self.add(
                    "date",
                    fields,
                    [
                        self.evidence(
                            index, sentence.start + mention.start, sentence.start + mention.end
                        )
                    ],
                    0.9 if mention.value or mention.start_date else 0.5,
                    f"date-{mention.kind}",
                )

    def motion_facts(self) -> None:
        for motion in self.motions:
            if not motion.mentions and motion.tally is None:
                continue
            evidence = [self.evidence(m.sentence, m.start, m.end) for m in motion.mentions]
            linked = motion.rollcall is not None
            self.add(
                "motion",
                {
                    "motion": motion.id,
                    "kind": motion.kind,
                    "symbol": motion.symbol,
                    "proposed_by": motion.proposer,
                    "organ": motion.organ,
                    "rollcall": motion.rollcall.id if linked else None,
                    "date": _iso(motion.day),
                    "historical": motion.historical,
                },
                evidence or [motion.tally_evidence],
                0.95 if motion.symbol and not linked else 0.85 if linked else 0.6,
                "motion-symbol"
                if any(m.form == "symbol" for m in motion.mentions)
                else "motion-description",
            )
            if motion.tally is not None and motion.tally_evidence is not None:
                self.add(
                    "tally",
                    {
                        **motion.tally.counts(),
                        "yes": motion.tally.yes,
                        "no": motion.tally.no,
                        "abstain": motion.tally.abstain,
                        "non_voting": motion.tally.non_voting,
                        "motion": motion.id,
                        "organ": motion.organ,
                        "rollcall": motion.rollcall.id if linked else None,
                        "date": _iso(motion.day),
                    },
                    [motion.tally_evidence, *motion.tally_parts],
                    (0.9 if motion.tally.form == "labelled" else 0.8) + (0.05 if linked else 0),
                    f"tally-{motion.tally.form}",
                )


def _compatible(first: Tally, second: Tally) -> bool:
    """Two partial tallies of one vote: no count both give differs, and together they
    give no more than four counts (within 3 sentences is checked by the caller's order)."""
    a, b = first.counts(), second.counts()
    return all(a[key] == b[key] for key in a.keys() & b.keys()) and bool(b.keys() - a.keys())


def _merged(first: Tally, second: Tally) -> Tally:
    counts = {**second.counts(), **first.counts()}
    return Tally(
        counts.get("yes"),
        counts.get("no"),
        counts.get("abstain"),
        counts.get("non_voting"),
        min(first.start, second.start),
        max(first.end, second.end),
        first.form,
    )


@functools.lru_cache(maxsize=1)
def permanent_members() -> frozenset[str]:
    """The states holding a permanent Security Council seat (``kg/data/votes``), who alone
    can veto.

    >>> sorted(permanent_members())
    ['CHN', 'FRA', 'GBR', 'RUS', 'USA']
    """
    from kg.sources.votes import read_council_seats

    return frozenset(seat.iso3 for seat in read_council_seats() if seat.kind == "permanent")


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def days_between(first: date, second: date) -> int:
    """Absolute number of days between two dates.

    >>> days_between(date(2025, 2, 24), date(2025, 2, 21))
    3
    """
    return abs((first - second) // timedelta(days=1))
