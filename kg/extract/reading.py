"""The text being read: what every stage of the extraction shares.

A :class:`Reading` holds one passage of the article (the whole article, or one chunk of a
long one): the original text and its normalised copy (:mod:`kg.extract.normalise`), the
mentions found in it, each sentence's dates and cues (vote cues, outcome cues, stance
triggers: matched once over the passage, then looked up by sentence), the motions the
passage talks about and the facts found so far. Stages (:mod:`~kg.extract.motions`,
:mod:`~kg.extract.outcomes`, :mod:`~kg.extract.ballots`, :mod:`~kg.extract.stances`,
:mod:`~kg.extract.statements`, :mod:`~kg.extract.entities`) are functions of a Reading.

>>> from datetime import date
>>> reading = Reading.of("Russia vetoed the draft on Friday.", date(2022, 2, 26))
>>> [(cue.family, cue.value, cue.text) for cue in reading.cues(0)]
[('OUTCOME', 'vetoed', 'vetoed'), ('VOTE', 'no', 'vetoed')]
>>> reading.sentence_day(0)
datetime.date(2022, 2, 25)
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from kg.extract.dates import DateMention, find_dates
from kg.extract.facts import Evidence, Fact, clamp
from kg.extract.lexicon import load_lexicon
from kg.extract.mentions import Mention, MentionedText, find_mentions, nlp
from kg.extract.normalise import normalise
from kg.extract.patterns import Tally, find_tallies, matcher

__all__ = ["AGENT_KINDS", "CLAUSE_OPENING", "SPACED_DASH", "Cue", "Motion", "Reading"]

AGENT_KINDS = ("state", "person", "organ", "organization", "group", "anonymous")
_HYPOTHETICAL = re.compile(
    # ("may" in lower case only: "On 4 May Russia vetoed …" names the month)
    r"\b(?:if|would|could|might|(?-i:may)|were\s+to|expected\s+to|likely\s+to|plans?\s+to|"
    r"potentially|possibly|scenario|without|threat\w*|promis\w*|vow\w*|pledg\w*|"
    r"ready\s+to|prepared\s+to|power)\b",
    re.IGNORECASE,
)


_CLAUSE_BREAK = re.compile(
    r"[;:]|\s[\u2013\u2014]\s(?![^\u2013\u2014]*\s[\u2013\u2014]\s)|,\s*(?:while|whereas|but|so|and\s+then)\b|"
    # (not "while" before a gerund: "the text on protecting rights while countering terror")
    r"\b(?:while|whereas)\b(?!\s+[a-z]+ing\b)"
)
#: A dash between spaces, which opens or closes an aside.
SPACED_DASH = re.compile(r"\s[\u2013\u2014]\s")
#: An aside inside a clause: a relative clause or an appositive between commas, brackets,
#: dashes. Removed before looking for the subject or a hypothetical.
_ASIDE = re.compile(
    r",\s+(?:which|who|whose|an?|the|its|his|her|one)\b[^,;]*,|\([^()]*\)|\s[\u2013\u2014]\s[^\u2013\u2014]*\s[\u2013\u2014]\s"
)


#: A relative or adverbial clause after a comma: "…, where Russia vetoed a draft".
CLAUSE_OPENING = re.compile(r",\s+(?:which|who|where|when|as|after|before|since)\b")
#: Where a clause ends after a cue: a clause break, or a relative or adverbial clause.
_CLAUSE_END = re.compile(_CLAUSE_BREAK.pattern + "|" + CLAUSE_OPENING.pattern)
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_YEAR = re.compile(r"(?<![\d/.-])(?:19[4-9]\d|20\d\d)(?![\d/-])")
#: The past forms of proposing, a people's act ("the Russians tabled") or one done by it
#: ("drafted by the Palestinians").
_PROPOSED_VERBS = (
    r"(?:co-?)?(?:drafted|tabled|sponsored|authored)|put\s+forward|submitted|introduced|"
    r"presented|proposed|circulated"
)
_DEMONYM_ACTS = re.compile(
    # (after the other peoples of a list: "The Americans, the British and the French voted")
    r"(?:(?:,\s*(?:and\s+)?|\s+and\s+)the\s+[A-Z][\w-]+)*"
    r"\s+(?:also\s+|all\s+|both\s+)?(?:were|had|have|voted|abstained|joined|vetoed|backed|opposed|cast|"
    # ("the Russians tabled a rival text": a people proposing as its state)
    rf"followed|did\s+(?:the\s+same|likewise|so)|{_PROPOSED_VERBS}|wrote)\b"
)
#: A people as the agent of a proposing verb: "drafted by the Palestinians", or the last of
#: its list: "put forward by Pakistan and the Palestinians", "by Egypt, Jordan and the …".
_DEMONYM_PROPOSED = re.compile(
    rf"\b(?:{_PROPOSED_VERBS}|written|drawn\s+up)\s+by\s+"
    r"(?:(?:the\s+)?[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3}(?:\s*,\s*|\s+and\s+))*the\s+$"
)
#: An echo of the last ballot right before a people, which acts as its state: "so did the
#: Russians", "as did the Germans", "Nor did the Japanese".
_DEMONYM_ECHOED = re.compile(
    r"\b(?:[Ss]o|[Aa]s|[Nn]or|[Nn]either)(?:,\s+[a-z][a-z' -]{0,40},)?\s+(?:did|were|was)\s+"
    r"(?:(?:the\s+)?[A-Z][\w-]+\s+and\s+)?the\s+$"
)
#: A state's adjective that names its people: "the British", "the French", "the Chinese".
_PEOPLE_ADJECTIVE = re.compile(r"(?:ish|ch|ese|ss)$")
#: What makes a state's adjective an agent: the people who act for it, after it or after a list
#: of adjectives ("the French delegation", "the Russian and Chinese envoys").
_ADJECTIVE_AGENT = re.compile(
    r"(?:(?:,\s*(?:and\s+)?|\s+and\s+)[A-Z][\w-]+)*\s+(?:delegations?|governments?|missions?|"
    r"sides?|officials?|authorities|diplomats?|envoys?|ambassadors?|representatives?)\b"
)


@dataclass(frozen=True)
class Cue:
    """A matched cue: ``family`` (VOTE, OUTCOME, STANCE, STANCE~), its ``value`` (an option,
    an outcome or a stance kind), its characters and sentence."""

    family: str
    value: str
    start: int
    end: int
    text: str
    sentence: int


@dataclass
class Motion:
    """A motion the text talks about: its mentions (coreference chain) and what is known."""

    id: str
    kind: str
    mentions: list[Mention] = field(default_factory=list)
    symbol: str | None = None
    number: str | None = None
    proposers: list[str] = field(default_factory=list)
    organ: str | None = None
    organ_evidence: str = ""
    tally: Tally | None = None
    tally_evidence: Evidence | None = None
    #: where the tally is in the passage: (sentence index, character) — the evidence holds
    #: article coordinates
    tally_at: tuple[int, int] | None = None
    tally_parts: list[Evidence] = field(default_factory=list)
    #: lone counts told of the motion before it had a count ("There were no abstentions"
    #: about a vote whose count another of its names holds): (count, evidence)
    lone_counts: list[tuple[Tally, Evidence]] = field(default_factory=list)
    day: date | None = None
    period: tuple[date, date] | None = None
    day_rule: str = ""
    rollcall: Any = None
    outcome: str | None = None
    outcome_evidence: list[Evidence] = field(default_factory=list)
    vetoed_by: list[str] = field(default_factory=list)
    historical: bool = False
    implicit: bool = False
    inert: bool = True
    #: several motions named together ("these amendments", "previous UN resolutions"): a
    #: stance may target them, but no vote, tally or outcome belongs to them
    collective: bool = False
    #: started by "the same text": another vote, or the text's vote named again
    same: bool = False
    #: the state a description says the motion is about ("the Syria resolution")
    about: str | None = None

    @property
    def first(self) -> int:
        """Where the text first names the motion (or gives its tally)."""
        positions = [m.start for m in self.mentions]
        if self.tally_at is not None:
            positions.append(self.tally_at[1])
        return min(positions) if positions else 0


@dataclass
class Reading:
    """One passage of text and the extraction's working data (see the module docstring)."""

    text: str
    plain: str
    mentioned: MentionedText
    article_date: date | None
    rollcalls: list
    offset: int = 0
    sentence_offset: int = 0
    facts: list[Fact] = field(default_factory=list)
    motions: list[Motion] = field(default_factory=list)
    motion_of: dict[tuple[int, int], Motion] = field(default_factory=dict)
    dates: dict[int, list[DateMention]] = field(default_factory=dict)
    tallies: dict[int, list[Tally]] = field(default_factory=dict)
    _cues: dict[int, list[Cue]] = field(default_factory=dict)
    stance_keys: dict[tuple, Fact] = field(default_factory=dict)
    #: votes on amendments with no roll call: (voter, cue, motion), stances, not ballots
    amendment_votes: list = field(default_factory=list)
    #: motion ids are unique in the article: passages after the first prefix theirs
    motion_prefix: str = ""
    #: descriptions an organ adopts: span → (organ, verb start, verb end, verb)
    adopting: dict = field(default_factory=dict)
    #: ballots whose clause places them in time (kg.extract.ballots._time_hint), by id(fact)
    time_hints: dict = field(default_factory=dict)
    #: the paragraph of each sentence (a blank line starts a new one), 0-based
    paragraphs: list[int] = field(default_factory=list)
    _motions_made: int = 0

    @classmethod
    def of(
        cls,
        text: str,
        article_date: date | None = None,
        rollcalls: list | None = None,
        offset: int = 0,
        sentence_offset: int = 0,
    ) -> Reading:
        """Read ``text`` (a passage starting at character ``offset`` and sentence
        ``sentence_offset`` of the article): normalise it, find its mentions, dates, tallies
        and cues."""
        plain = normalise(text)
        mentioned = find_mentions(plain, load_lexicon(), article_date)
        reading = cls(
            text, plain, mentioned, article_date, list(rollcalls or []), offset, sentence_offset
        )
        paragraph, previous_end = 0, 0
        frame_year = None  # the last year the text named: "On 21 April" after "April 1994"
        for sentence in mentioned.sentences:
            reading.dates[sentence.index] = find_dates(sentence.text, article_date, frame_year)
            years = _YEAR.findall(sentence.text)
            frame_year = int(years[-1]) if years else frame_year
            reading.tallies[sentence.index] = find_tallies(sentence.text)
            paragraph += len(_BLANK_LINE.findall(plain, previous_end, sentence.start))
            reading.paragraphs.append(paragraph)
            previous_end = sentence.end
        reading._match_cues()
        return reading

    @property
    def sentences(self):
        return self.mentioned.sentences

    @functools.cached_property
    def sentence_starts(self) -> list[int]:
        """Where each sentence starts (the sentences are fixed once the passage is read)."""
        return [sentence.start for sentence in self.sentences]

    def _match_cues(self) -> None:
        doc = self.mentioned.doc
        starts = self.sentence_starts
        found: dict[int, list[Cue]] = {}
        for rule, token_start, token_end in matcher(nlp())(doc):
            family, _, value = doc.vocab.strings[rule].partition(":")
            span = doc[token_start:token_end]
            index = bisect.bisect_right(starts, span.start_char) - 1
            if index < 0 or span.start_char >= self.sentences[index].end:
                continue
            found.setdefault(index, []).append(
                Cue(family, value, span.start_char, span.end_char, span.text, index)
            )
        for index, cues in found.items():
            # a longer match of one family wins over one it contains ("voted against" over
            # "against"); vote, outcome and stance cues are kept side by side
            cues.sort(key=lambda cue: (cue.start, -(cue.end - cue.start)))
            kept: list[Cue] = []
            for cue in cues:
                if any(
                    k.family[:4] == cue.family[:4] and k.start <= cue.start and cue.end <= k.end
                    for k in kept
                ):
                    continue
                kept.append(cue)
            self._cues[index] = [c for c in kept if not self.mentioned.quoted(c.start, c.end)]

    def cues(self, index: int, family: str | None = None) -> list[Cue]:
        """The cues of sentence ``index`` (of one family, or all), in text order."""
        cues = self._cues.get(index, [])
        return [cue for cue in cues if family is None or cue.family == family]

    # --- helpers shared by the stages ---

    def evidence(self, sentence: int, start: int, end: int) -> Evidence:
        """Evidence in article coordinates, with the article's own characters."""
        return Evidence(
            sentence + self.sentence_offset,
            start + self.offset,
            end + self.offset,
            self.text[start:end],
            self.text[self.sentences[sentence].start : self.sentences[sentence].end],
        )

    def paragraph_at(self, position: int) -> int:
        """The paragraph holding character ``position`` of the passage."""
        index = max(0, bisect.bisect_right(self.sentence_starts, position) - 1)
        return self.paragraphs[index] if self.paragraphs else 0

    def sentence_day(self, index: int) -> date | None:
        for mention in self.dates.get(index, []):
            if mention.value is not None:
                return mention.value
        return self.article_date

    def hypothetical(self, index: int, position: int | None = None, window: int | None = None):
        """True when the sentence (up to ``position``; the last ``window`` characters only)
        speaks of what could be, not what was."""
        sentence = self.sentences[index]
        begin = sentence.start if window is None else max(sentence.start, position - window)
        text = self.plain[begin : sentence.end if position is None else position]
        return _HYPOTHETICAL.search(text) is not None

    def clause_start(self, index: int, position: int) -> int:
        """Where the clause holding ``position`` starts: after the last ";", ":", dash,
        ", while", ", but", ", so", " and then" before it in its sentence."""
        sentence = self.sentences[index]
        start = sentence.start
        for match in _CLAUSE_BREAK.finditer(self.plain, sentence.start, position):
            if len(SPACED_DASH.findall(self.plain, sentence.start, match.start())) % 2 and (
                match.group().strip() in ("\u2013", "\u2014")
                or SPACED_DASH.search(self.plain, match.end(), position)
            ):
                # "Chile and Peru \u2014 two Andean states, both coastal \u2014 voted no": the dash
                # that closes an aside, and a break inside it, go on with the clause it opened in
                continue
            start = match.end()
        return start

    def clause_before(self, index: int, position: int) -> str:
        """The clause's words up to ``position`` without the asides it holds (", which …,",
        ", an elected member …,", "(…)", dashes), or only the aside when ``position`` is in
        one."""
        start = self.clause_start(index, position)
        text = self.plain[start:position]
        text = _ASIDE.sub(" ", text)
        open_aside = re.search(
            r"(?:,\s+(?:which|who|an?|the)\b|\s[\u2013\u2014-]\s|\()[^,()\u2013\u2014]*$", text
        )
        return text[open_aside.start() :] if open_aside else text

    def clause_of(self, index: int, cue: Cue) -> str:
        """The words of the clause holding ``cue`` without its asides (", which …,", "(…)",
        dashes): from the clause's start to the next clause break or relative clause after
        the cue ("…, which any member can do", "…, where Russia vetoed a draft")."""
        sentence = self.sentences[index]
        before = self.plain[self.clause_start(index, cue.start) : cue.start]
        before = CLAUSE_OPENING.split(_ASIDE.sub(" ", before))[-1]
        after = _ASIDE.sub(" ", self.plain[cue.start : sentence.end])
        end = _CLAUSE_END.search(after, min(len(after), cue.end - cue.start))
        return before + (after[: end.start()] if end else after)

    def add(
        self, fact_type: str, fields: dict, evidence: list[Evidence], confidence: float, pattern
    ) -> Fact:
        fact = Fact(
            f"{fact_type}-{len(self.facts) + 1}",
            fact_type,
            fields,
            evidence,
            clamp(confidence),
            pattern,
        )
        self.facts.append(fact)
        return fact

    def agents(self, index: int) -> list[Mention]:
        """The mentions of sentence ``index`` that can act: states, people, organs … — not
        those inside another name or a quote, not a state's adjective on its own."""
        wrappers = self.mentioned.in_sentence(index, ("group", "anonymous"))
        return [
            mention
            for mention in self.mentioned.in_sentence(index, AGENT_KINDS)
            if "inside" not in mention.attributes
            and not any(
                w is not mention and w.start <= mention.start and mention.end <= w.end
                for w in wrappers
            )
            and not self.mentioned.quoted(mention.start, mention.end)
            and not (
                mention.kind == "state"
                and mention.form in ("adjective", "demonym")
                and not _ADJECTIVE_AGENT.match(self.plain, mention.end)
                and not (
                    # "The Americans were joined by …": a people acting as its state
                    (
                        (mention.form == "demonym" and mention.text.endswith("s"))
                        # "the British and the French voted yes"
                        or (
                            _PEOPLE_ADJECTIVE.search(mention.text)
                            and self.plain[max(0, mention.start - 4) : mention.start].lower()
                            == "the "
                        )
                    )
                    and (
                        _DEMONYM_ACTS.match(self.plain, mention.end)
                        or _DEMONYM_ECHOED.search(
                            self.plain, max(0, mention.start - 60), mention.start
                        )
                        or _DEMONYM_PROPOSED.search(
                            self.plain, max(0, mention.start - 100), mention.start
                        )
                    )
                )
            )
        ]

    def motion_pairs(
        self, index: int | None = None, collective: bool = False
    ) -> list[tuple[Mention, Motion]]:
        """(mention, motion) of every motion mention (of one sentence), in text order;
        mentions of several motions together only with ``collective``."""
        pairs = [
            (mention, motion)
            for motion in self.motions
            if collective or not motion.collective
            for mention in motion.mentions
            if index is None or mention.sentence == index
        ]
        return sorted(pairs, key=lambda pair: pair[0].start)

    def motion_of_span(self, start: int, end: int) -> Motion | None:
        """The motion a description inside ``[start, end)`` names, if any."""
        for (mention_start, mention_end), motion in self.motion_of.items():
            if start <= mention_start and mention_end <= end and motion in self.motions:
                return motion
        return None

    def new_motion(self, kind: str) -> Motion:
        self._motions_made += 1
        motion = Motion(f"motion-{self.motion_prefix}{self._motions_made}", kind)
        self.motions.append(motion)
        return motion
