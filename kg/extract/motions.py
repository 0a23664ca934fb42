"""Motions: which votes a text reports, told apart and joined up (coreference and separation).

One motion per real vote. The stage reads, in text order, every description of a motion
(:func:`kg.extract.mentions.find_mentions`), every UN symbol and resolution number, every
organ that acts ("the General Assembly demanded …", a resolution the text never names), and
every tally, and decides for each whether it starts a motion or names one already told:

- an indefinite description ("a U.S.-drafted resolution"), "its own text", "another draft",
  a first/second draft, or a year or month ("its 1975 resolution", "its
  October resolution") starts a motion;
- a definite description joins the last motion it fits: "the Russian draft" the motion
  Russia proposed, "the council vote" the Security Council's, "the resolution" or "the text"
  the last motion told (not a historical one, unless no other is there). Two motions *fit*
  when nothing the text says about them conflicts: organ, proposers, symbol or number,
  tally, outcome, date; a name in the description ("the UNRWA text") picks the motion
  whose description holds it ("the resolution on the operations of UNRWA");
- "the same text" in a clause dated in an earlier year ("when the same text came up in
  2023") is that text's earlier vote, put to the organ of the story's;
- a description that is its sentence alone ("The second vote.") heads its paragraph and
  names the first motion the paragraph tells after it;
- a tally joins the motion its sentence names (the subject of "passed by …" first), else the
  last one told, else starts a motion of its own.

Afterwards a motion the text gives nothing of its own (no tally, outcome, ballot, proposer,
symbol or date: "a text that opened the way to war") joins the last fitting motion before
it, and a headline's motion joins the body's first fitting one. Dates come last
(:func:`date_motions`): a date in the sentence that first reports the vote; "twelve days
earlier" from the motion told before, "three weeks ago" from the article's date; a year or
month in the description; else the sentence's or the article's date for the text's main
vote.

>>> from datetime import date
>>> from kg.extract.reading import Reading
>>> reading = Reading.of(
...     "Russia vetoed a U.S. resolution on Thursday. A rival Russian text failed. "
...     "The American draft had won nine votes.", date(2019, 3, 1))
>>> find_motions(reading)
>>> [(m.proposers, m.tally.counts() if m.tally else None) for m in reading.motions]
[(['USA'], {'yes': 9}), (['RUS'], None)]
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from itertools import pairwise

from kg.extract.dates import DateMention
from kg.extract.facts import Fact
from kg.extract.mentions import _MOTION_MODIFIERS, Mention
from kg.extract.patterns import ORGAN_ACTS, Tally, find_symbols, symbol_number, symbol_organ
from kg.extract.reading import Motion, Reading

__all__ = [
    "attribute_by_time",
    "date_motions",
    "find_motions",
    "fits",
    "focus_motion",
    "infer_organs",
    "infer_outcomes",
    "infer_vetoes",
    "link_rollcalls",
    "main_motion",
    "merge_motions",
    "motion_facts",
    "tells_a_vote",
]

#: Modifiers that make a description another motion than the ones told before.
_NEW_MOTION_WORDS = frozenset(
    {"own", "rival", "alternative", "competing", "another", "separate", "first", "second",
     "third", "same", "similar", "new", "other"}
)  # fmt: skip
_RIVAL_WORDS = frozenset({"rival", "alternative", "competing"})
_HISTORICAL_WORDS = frozenset(
    {"previous", "earlier", "original", "last", "former", "initial", "first"}
)
#: "the first … since": a superlative of the story's own vote, not an earlier one.
_FIRST_SINCE = re.compile(r"[^.;:]{0,80}?\bsince\b")
#: Votes counted before they are told one by one ("the Assembly's two votes on the subject
#: … The first text, …"): "the first" then opens the list, it is no earlier vote.
_COUNTED_VOTES = re.compile(
    # (not ballots: "the same five countries … the five no votes")
    r"\b(?:two|three|four|five|six|several|a\s+pair\s+of)\s+(?:(?!no\b|yes\b)[\w-]+\s+){0,3}"
    r"(?:votes|resolutions|texts|drafts|amendments|motions|decisions)\b",
    re.IGNORECASE,
)
#: A resolution's number in apposition after a description: "the text, resolution 929, …",
#: "the first text (resolution 50/84 A)".
_APPOSED_NUMBER = re.compile(
    r"(?:,\s+|\s*\(\s*)(?:now\s+)?[Rr]esolution\s+"
    r"(?P<number>\d{2,4}\b(?!/)|(?:ES-|S-)?\d{1,2}/\d{1,3}(?:\s?[A-Z]\b)?)"
)
_NUMBER_AFTER = re.compile(
    r"^,?\s+(?:number\s+|No\.\s*)?"
    # a Council number ("2334"), an Assembly or Council session's ("77/228", "ES-11/4", "S-21/1")
    r"(?P<number>\d{2,4}(?!/)|(?:ES-|S-)?\d{1,2}/\d{1,3}(?:\s?[A-Z]\b)?)"
    r"(?:\s*\((?P<year>\d{4})\))?"
)
_MONTHS = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
)  # fmt: skip
#: Words between an organ and the act it performs: dates, adverbs, "which had".
_ACT_GAP = re.compile(
    r"^(?:'s)?(?:[\s,]+(?:which|that|on|this|last|today|tonight|yesterday|overwhelmingly|"
    r"unanimously|also|again|then|finally|swiftly|narrowly|\w+day|morning|afternoon|evening|"
    r"[A-Z][a-z]+\s+\d{1,2}|\d{1,2}|formally|later|earlier|had|has|have|"
    r"in\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)\b)*[\s,]+"  # "the council in Geneva adopted"
)
_ADOPTING = frozenset({"adopted", "approved", "passed"})


def find_motions(reading: Reading) -> None:
    """Build ``reading.motions`` from descriptions, symbols, organs' acts and tallies."""
    events = _events(reading)
    reading.adopting = _adopting_acts(reading, events)
    headings = []
    for _, kind, payload in sorted(events, key=lambda event: (event[0], event[1])):
        if kind == "mention" and _heading(reading, payload):
            headings.append(payload)
        elif kind == "mention":
            _place_mention(reading, payload)
        elif kind == "symbol":
            _place_symbol(reading, *payload)
        elif kind == "act":
            _place_act(reading, *payload)
        elif kind == "committee":
            _place_committee(reading, *payload)
    _place_tallies(reading)
    for mention in headings:
        _place_heading(reading, mention)


#: A count of more amendments than a package voted on at once: "some 30 amendments", "eleven
#: amendments submitted by …", "several", "a series of".
_MANY_AMENDMENTS = re.compile(
    r"\b(?:\d+|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty|several|many|"
    r"numerous|dozens?\s+of|scores\s+of|a\s+(?:series|raft|string|slew|host|number|long\s+list)\s+of)"
    r"\s+(?:[\w-]+\s+){0,2}\Z",
    re.IGNORECASE,
)


def _proposed_packages(reading: Reading) -> None:
    """Amendments named together with their proposer ("two Russian amendments", "Canberra's
    amendments", "two amendments tabled by Belarus") and told voted on ("both failed", "were
    rejected"): one package, reported as one motion, not a mere group. Not a count of many
    ("some 30 amendments", "eleven amendments submitted by …"): votes one by one."""
    for motion in reading.motions:
        if not (motion.collective and motion.kind == "amendment" and motion.proposers):
            continue
        if any(
            _MANY_AMENDMENTS.search(reading.plain, max(0, m.start - 40), m.start)
            for m in motion.mentions
        ):
            continue
        sentences = {m.sentence for m in motion.mentions}
        if any(reading.cues(index, "OUTCOME") for index in sentences):
            motion.collective = False


def _heading(reading: Reading, mention: Mention) -> bool:
    """Whether a definite description is its sentence alone: "The second vote." heads the
    paragraph that tells that vote."""
    sentence = reading.sentences[mention.sentence]
    rest = reading.plain[sentence.start : mention.start] + reading.plain[mention.end : sentence.end]
    return mention.attributes.get("determiner") == "the" and re.fullmatch(r"[\s.:]*", rest)


def _place_heading(reading: Reading, mention: Mention) -> None:
    """A heading ("The first vote.") names the first motion its paragraph tells after it,
    neither an earlier vote nor the one told before it."""
    paragraph = reading.paragraph_at(mention.start)
    told = []
    for motion in reading.motions:
        positions = [m.start for m in motion.mentions if m.start > mention.end]
        if motion.tally_at is not None and motion.tally_at[1] > mention.end:
            positions.append(motion.tally_at[1])
        positions = [p for p in positions if reading.paragraph_at(p) == paragraph]
        if positions and not motion.collective:
            told.append((min(positions), motion))
    if told:
        motion = min(told, key=lambda pair: pair[0])[1]
        motion.mentions.append(mention)
        motion.mentions.sort(key=lambda m: m.start)
        reading.motion_of[(mention.start, mention.end)] = motion
    else:
        _place_mention(reading, mention)


#: "the first time in its history that members have rejected a draft": a kind of act the
#: story's vote is counted among, not a vote of its own.
_TIMES = r"\b(?:first|second|third|\w+th|only|last)\s+(?:time|year(?:\s+running|\s+in\s+a\s+row)?)"
_TIMES_THAT = re.compile(
    # ("the third year running that the assembly has adopted a resolution on it")
    rf"{_TIMES}\b[^.;:,]*\b(?:ha[sd]|have|had\s+ever)\s+(?:\w+\s+)?\w+ed\s*$",
    re.IGNORECASE,
)
#: The passive of the same: "only the second time a draft has been rejected in its history".
_TIMES_BEFORE = re.compile(rf"{_TIMES}\s+(?:that\s+)?$", re.IGNORECASE)
_PASSIVE_AFTER = re.compile(r"[^.;:,]{0,60}?\bha(?:s|d|ve)\s+(?:ever\s+)?been\s+\w+ed\b")


def _generic(reading: Reading, mention: Mention) -> bool:
    """An indefinite description in a "the first time … that X has done" clause."""
    if mention.attributes.get("determiner") not in ("a", "an"):
        return False
    sentence = reading.sentences[mention.sentence]
    before = reading.plain[sentence.start : mention.start]
    return _TIMES_THAT.search(before) is not None or (
        _TIMES_BEFORE.search(before) is not None
        and _PASSIVE_AFTER.match(reading.plain, mention.end, sentence.end) is not None
    )


#: A modal around an indefinite description: "would require an amendment of the Charter",
#: "a vote in the General Assembly could not be ruled out".
_MODAL_BEFORE = re.compile(
    r"\b(?:would|could|might|must)\s+(?:\w+\s+){0,2}$"
    # what it takes to do such a thing: "one negative vote is enough to kill a resolution"
    r"|\benough\s+to\s+\w+\s+$"
)
_MODAL_AFTER = re.compile(
    r"^[^,;.]{0,40}?\b(?:(?:could|might|would|must|should)\s+(?:not\s+)?be\s+\w+ed|"
    # what such a text takes: "A Council resolution needs nine votes in favour"
    # ('a text needs at least nine "yes" votes')
    r"(?:needs|requires)\s+(?:at\s+least\s+)?(?:[\w\"\u201c\u201d]+\s+){0,2}(?:votes|yes|"
    r"affirmative|majority|"
    r"two-thirds|a\s+two-thirds))\b"
)


def _supposed(reading: Reading, mention: Mention) -> bool:
    """An indefinite description of a vote only supposed: the object of a modal verb ("any
    enlargement would require an amendment of the UN Charter") or the subject of one in the
    passive ("a vote in the General Assembly could not be ruled out", "a resolution written in
    a week should not be treated as a treaty"), or what such a text takes ("a Council
    resolution needs nine yes votes")."""
    if mention.attributes.get("determiner") not in ("a", "an"):
        return False
    sentence = reading.sentences[mention.sentence]
    before = reading.plain[max(sentence.start, mention.start - 40) : mention.start]
    after = reading.plain[mention.end : sentence.end]
    return _MODAL_BEFORE.search(before) is not None or _MODAL_AFTER.match(after) is not None


def _events(reading: Reading) -> list[tuple[int, str, object]]:
    events: list[tuple[int, str, object]] = []
    for mention in reading.mentioned.mentions + _veto_objects(reading):
        if mention.kind == "motion" and not reading.mentioned.quoted(mention.start, mention.end):
            if _generic(reading, mention) or _supposed(reading, mention):
                continue
            if mention.attributes.get("elliptical") and _counted_before(reading, mention) is None:
                continue  # "the first" with no votes counted before it: no motion named
            events.append((mention.start, "mention", mention))
    for sentence in reading.sentences:
        for symbol in find_symbols(sentence.text):
            start = sentence.start + symbol.start
            events.append(
                (
                    start,
                    "symbol",
                    (sentence.index, start, start + len(symbol.symbol), symbol.symbol),
                )
            )
        for act in _organ_acts(reading, sentence.index):
            events.append((act[1], "act", act))
        for start, end in _committee_passages(reading, sentence.index):
            events.append((start, "committee", (sentence.index, start, end)))
    return events


#: A text's passage through one of the Assembly's main committees, told in passing: "which
#: had cleared the Third Committee", "after it went through the Assembly's First Committee".
_THROUGH_COMMITTEE = re.compile(
    r"\b(?P<verb>cleared|clears|passed|went\s+through|got\s+through|sailed\s+through|"
    r"came\s+through)\s+(?:the\s+)?(?:(?:UN\s+|General\s+)?Assembly['\u2019]s\s+)?\Z"
)


_COMMITTEE_DECISION = re.compile(r"['\u2019]s?\s+(?:decision|vote|approval|endorsement)\b")


def _committee_passages(reading: Reading, index: int) -> list[tuple[int, int]]:
    """(start, end) of each passage of a text through a main committee the sentence tells
    ("The text, which had cleared the Third Committee on November 14, …"): the committee's
    own vote, which the Assembly's plenary confirms later."""
    passages = []
    sentence_start = reading.sentences[index].start
    for committee in reading.mentioned.in_sentence(index, ("organization",)):
        if not _MAIN_COMMITTEE.search(committee.key or ""):
            continue
        if committee.possessive:
            # "confirming the Third Committee's decision last month": its vote, by its name
            decision = _COMMITTEE_DECISION.match(reading.plain, committee.end)
            if decision is not None:
                passages.append((committee.start, decision.end()))
            continue
        if any(sentence_start + t.start >= committee.end for t in reading.tallies.get(index, [])):
            continue  # "cleared the First Committee by 144 votes to 3": a vote told by its count
        through = _THROUGH_COMMITTEE.search(
            reading.plain, max(0, committee.start - 40), committee.start
        )
        if through is not None:
            passages.append((through.start("verb"), committee.end))
    return passages


#: What a veto verb names when no description of a motion does: "vetoed a similar demand in
#: the Security Council", "vetoed the annual renewal of a U.N. panel", up to the clause's end.
VETO_OBJECT = re.compile(
    r"\s+(?P<object>(?:a|an|the|its|their|another)\s+[^,;.]{2,80}?)"
    r"(?=\s*[,;.]|\s+(?:with|that|which|because|after|before|when|while|but|and)\b|\s*$)"
)


def _veto_objects(reading: Reading) -> list[Mention]:
    """The things permanent members are said to have vetoed that no motion noun names: each
    a Security Council draft ("Russia on Thursday vetoed the annual renewal of a U.N. panel
    of experts")."""
    from kg.extract.ballots import permanent_members
    from kg.extract.patterns import VETO_CUES

    found = []
    for sentence in reading.sentences:
        index = sentence.index
        motions = reading.mentioned.in_sentence(index, ("motion",))
        for cue in reading.cues(index, "VOTE"):
            if cue.text.lower() not in VETO_CUES or not cue.text.lower().endswith("ed"):
                continue
            subjects = [
                m
                for m in reading.agents(index)
                if m.kind == "state"
                and reading.clause_start(index, cue.start) <= m.start < cue.start
            ]
            if not any(m.key in permanent_members() for m in subjects):
                continue
            match = VETO_OBJECT.match(reading.plain, cue.end, sentence.end)
            if match is None or reading.hypothetical(index, cue.start, window=40):
                continue
            start, end = match.span("object")
            if any(start <= m.start < end or 0 <= m.start - cue.end <= 40 for m in motions):
                continue
            attributes = {
                "determiner": match.group("object").split()[0].lower(),
                "modifiers": [],
                "noun": "draft",
                "motion_kind": "draft",
                "organ": "SC",
            }
            text = reading.plain[start:end]
            found.append(
                Mention("motion", None, start, end, text, index, "veto-object", attributes)
            )
    return found


def _adopting_acts(reading: Reading, events) -> dict[tuple[int, int], tuple]:
    """Descriptions an organ adopts ("the council adopted resolution 1441"): span → act."""
    mentions = [payload for _, kind, payload in events if kind == "mention"]
    adopting = {}
    for _, kind, payload in events:
        if kind != "act":
            continue
        if payload[3] not in _ADOPTING:
            # "The General Assembly on Friday demanded …, adopting a resolution by 142 votes":
            # the participle is the subject organ's act too
            organ = payload[0]
            sentence_end = reading.sentences[organ.sentence].end
            participle = _ADOPTING_PARTICIPLE.search(reading.plain, payload[2], sentence_end)
            if participle is None:
                continue
            payload = (organ, participle.start("verb"), participle.end("verb"), "adopted")
        end = payload[2]
        following = [
            m for m in mentions if m.start >= end and len(reading.plain[end : m.start].split()) <= 3
        ]
        if following:
            adopting[(following[0].start, following[0].end)] = payload
    return adopting


#: A participle after a comma whose subject is the sentence's organ: ", adopting a …".
_ADOPTING_PARTICIPLE = re.compile(r",\s+(?:by\s+)?(?P<verb>adopting|approving|passing)\s+")
#: A sentence that tells what a text says: "By the text, the Council …", "In the
#: resolution, adopted by …, the Council condemns …".
_BY_THE_TEXT = re.compile(
    r"\s*(?:(?:By|In|Under|Through)\s+(?:the\s+(?:terms|provisions)\s+of\s+)?"
    r"(?:the|this|that|its|their|a|an|one)\s+(?:\w+\s+)?"
    r"(?:text|resolution|draft|decision|provision|clause|paragraph)s?\b"
    # "Acting under Chapter VII of the Charter, the Council authorized …": the text's words
    r"|Acting\s+under\s+Chapter\s+VII\b)"
)


#: An organ's act in the passive, the organ its agent: "were suspended by the General
#: Assembly", "was referred by the Council".
_PASSIVE_ACT = re.compile(
    r"\b(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:\w+ly\s+)?(?P<verb>[a-z]+)\s+by\s+"
    r"(?:the\s+)?(?:U\.?N\.?\s+)?\Z"
)
#: After "referred" or "suspended", words that make it no decision of the organ.
_NO_DECISION_AFTER = re.compile(
    r"(?<=referred)\s+to\b|(?<=suspended)\s+(?:the|its|their)\s+(?:\w+\s+)?"
    r"(?:meeting|session|sitting|debate|work|deliberations)\b"
)


#: Before an organ, words that make its act no vote: a condition ("if the Council approved",
#: "unless the Assembly acts").
_NO_ACT_BEFORE = re.compile(r"\b(?:if|unless|whether)\s+(?:the\s+)?\Z", re.IGNORECASE)
#: A time long past before an organ: "Forty years ago, the Assembly decided …".
_LONG_AGO_BEFORE = re.compile(
    r"\b(?:\w+|\d+)\s+(?:years|decades)\s+ago\b[^.;:]{0,40}?(?:the\s+)?\Z", re.IGNORECASE
)
#: After an organ's verb, an object of several texts: "adopted texts on …", "approved a
#: series of resolutions", "passed several drafts".
_PLURAL_OBJECT = re.compile(
    r"\s+(?:(?:a\s+(?:series|batch|number|raft|package|string|slew|host)\s+of|several|some|"
    r"many|a\s+few|two|three|four|five|\d+|other|further|more)\s+)?(?:[\w-]+\s+)?"
    r"(?:texts|resolutions|drafts|decisions|measures)\b",
    re.IGNORECASE,
)


def _organ_acts(reading: Reading, index: int) -> list[tuple[Mention, int, int, str]]:
    """(organ, verb start, verb end, verb) for "the General Assembly on Thursday demanded …"."""
    acts = []
    plain = reading.plain
    for organ in reading.mentioned.in_sentence(index, ("organ",)):
        if organ.possessive or reading.mentioned.quoted(organ.start, organ.end):
            continue
        passive = _PASSIVE_ACT.search(plain, reading.sentences[index].start, organ.start)
        if passive is not None and passive.group("verb") in ORGAN_ACTS - _ADOPTING:
            clause = reading.clause_start(index, passive.start())
            if not any(
                clause <= pair[0].start < passive.start() for pair in reading.motion_pairs(index)
            ) and not reading.mentioned.quoted(organ.start, organ.end):
                # "Libya, whose rights were suspended by the General Assembly in March": the
                # assembly's act (what a named motion undergoes is told by its outcome)
                acts.append((organ, passive.start("verb"), passive.end("verb"), passive["verb"]))
            continue
        before = plain[max(reading.sentences[index].start, organ.start - 12) : organ.start]
        if re.search(
            r"\b(?:in|of|to|by|from|before|at|on|for|with|into|than)\s+(?:the\s+)?$", before, re.I
        ):
            continue  # "a draft in the Security Council": the organ is no subject
        if re.match(r"\s+ha[sd]\s", plain[organ.end : organ.end + 5]) and re.search(
            _TIMES, plain[reading.sentences[index].start : organ.start], re.IGNORECASE
        ):
            # "the first time … that the council had called for a halt", "the third year
            # running that the assembly has adopted …": history
            continue
        if _BY_THE_TEXT.match(plain, reading.sentences[index].start, organ.start):
            continue  # "By the text, the Assembly recognized …": what the text says, no new act
        if _NO_ACT_BEFORE.search(plain, reading.sentences[index].start, organ.start):
            continue  # "if the Council approved", "unless the Assembly acts"
        gap = _ACT_GAP.match(plain[organ.end : organ.end + 80])
        if gap is None:
            continue
        verb_start = organ.end + gap.end()
        verb = re.match(r"[a-z]+", plain[verb_start:])
        if verb is None or verb.group() not in ORGAN_ACTS:
            continue
        if gap.group().startswith("'s") and not verb.group().endswith("ed"):
            continue  # "Libya had met the council's demands": a possessive's noun, no act
        if _NO_DECISION_AFTER.match(plain, verb_start + len(verb.group())):
            continue  # "the council referred to …", "the assembly suspended its meeting"
        if _PLURAL_OBJECT.match(plain, verb_start + len(verb.group())):
            continue  # "the Assembly adopted texts on …": several votes, none of them told
        acts.append((organ, verb_start, verb_start + len(verb.group()), verb.group()))
    return acts


def fits(motion: Motion, other: Motion) -> bool:
    """True when nothing the text says of the two motions conflicts (see the module notes).

    >>> fits(Motion("a", "draft", organ="SC"), Motion("b", "draft", organ="GA"))
    False
    >>> fits(Motion("a", "draft", proposers=["USA"]), Motion("b", "resolution"))
    True
    """
    if motion.organ and other.organ and motion.organ != other.organ:
        return False
    if (motion.kind == "procedural") != (other.kind == "procedural") and "vote" not in (
        motion.kind,
        other.kind,
    ):
        return False  # "a motion to take no action on it": a vote on how, not on the text
    if motion.proposers and other.proposers and not set(motion.proposers) & set(other.proposers):
        return False
    for attribute in ("symbol", "number", "outcome", "about"):
        mine, theirs = getattr(motion, attribute), getattr(other, attribute)
        if mine and theirs and mine != theirs:
            return False
    mine, theirs = _number_of(motion), _number_of(other)
    if mine and theirs and mine != theirs:
        return False  # "resolution 2736" is not S/RES/2737 (2024)
    if motion.tally and other.tally and not _compatible(motion.tally, other.tally, True):
        return False
    ranks = [
        {m.attributes["rank"] for m in x.mentions if "rank" in m.attributes}
        for x in (motion, other)
    ]
    if ranks[0] and ranks[1] and not ranks[0] & ranks[1]:
        return False  # "The first, which …" and "The second text": two of the votes counted
    return _dates_fit(motion, other)


def _number_of(motion: Motion) -> str | None:
    """A motion's resolution number, told ("resolution 65/119") or in its symbol
    ("A/RES/65/119"): one identity however the text writes it."""
    return motion.number or symbol_number(motion.symbol)


def _dates_fit(motion: Motion, other: Motion) -> bool:
    if motion.day and other.day and motion.day != other.day:
        return False
    for dated, spanned in ((motion, other), (other, motion)):
        if dated.day and spanned.period and not spanned.period[0] <= dated.day <= spanned.period[1]:
            return False
    if motion.period and other.period:
        return motion.period[0] <= other.period[1] and other.period[0] <= motion.period[1]
    return True


def _constraints(reading: Reading, mention: Mention) -> Motion:
    """What the description itself says of its motion, as a motion with no id."""
    attributes = mention.attributes
    modifiers = set(attributes.get("modifiers", ()))
    wanted = Motion("", attributes.get("motion_kind", "resolution"))
    wanted.proposers = list(dict.fromkeys(attributes.get("proposers", ())))
    wanted.organ = attributes.get("organ")
    wanted.about = attributes.get("about_state") if mention.form != "symbol" else None
    if not wanted.organ and modifiers & {"council", "assembly"}:
        wanted.organ = "GA" if "assembly" in modifiers else _last_council(reading, mention.start)
    if attributes.get("determiner") in ("its", "their") and not wanted.proposers:
        subject = _subject_before(reading, mention)
        plain = reading.plain
        if subject is not None and _OWNERS_BETWEEN.search(plain, subject.end, mention.start):
            subject = None  # "France voted yes after the sponsors changed their draft": theirs
        if subject is not None and subject.kind == "state":
            wanted.proposers = [subject.key] if "own" in modifiers else []
            if attributes.get("determiner") == "their" or "own" in modifiers:
                wanted.proposers = _subject_list(reading, subject) or [subject.key]
        elif subject is not None and subject.kind == "organ" and not wanted.organ:
            wanted.organ = subject.key
    if wanted.kind == "procedural" and not wanted.proposers:
        # "Armenia tried to block it with a motion that …", "Egypt moved a motion": the
        # subject's; "Egypt asked the Assembly to take no action on the draft. … the motion":
        # the state that asked for it in the sentence before
        subject = None
        if attributes.get("determiner") in ("a", "an") and not _BY_AFTER.match(
            reading.plain, mention.end
        ):  # (not "acting on a motion put forward by the United States": that state's)
            subject = _subject_before(reading, mention)
        elif attributes.get("determiner") in ("the", "that", "this"):
            # (the first state of the sentence: "Before the Council took up the text, Saudi
            # Arabia moved that no action be taken on it. That motion …")
            sentence = reading.sentences[mention.sentence]
            if _ASKED_NO_ACTION.search(reading.plain, sentence.start, mention.start):
                # "Pakistan moved to adjourn the debate, and the motion was rejected"
                subject = _first_state(reading, mention.sentence, mention.start)
            elif mention.sentence > 0:
                before = reading.sentences[mention.sentence - 1]
                if _ASKED_NO_ACTION.search(reading.plain, before.start, before.end):
                    subject = _first_state(reading, mention.sentence - 1, before.end)
        if subject is not None and subject.kind == "state":
            wanted.proposers = [subject.key]
    # (in the words' order, not the set's: "the March 2014 resolution" is March 2014)
    ordered = attributes.get("modifiers", ())
    years = [int(word) for word in ordered if re.fullmatch(r"(?:19|20)\d\d", word)]
    if reading.article_date is not None:
        # "the 2028 conference resolution": a year to come is what the text is about
        years = [year for year in years if year <= reading.article_date.year]
    months = [_MONTHS.index(word) + 1 for word in ordered if word in _MONTHS]
    if not years and "year's" in ordered and "last" in ordered and reading.article_date:
        years = [reading.article_date.year - 1]  # "last year's resolution"
    if not years and "year's" in ordered and attributes.get("determiner") == "that":
        # "On November 27, 2019, the Assembly adopted that year's text": the year told before
        years = _year_told_before(reading, mention)
    weekdays = [
        _WEEKDAY_NAMES.index(word[:-2].rstrip("'\u2019"))
        for word in ordered
        if word.endswith(("'s", "\u2019s")) and word[:-2].rstrip("'\u2019") in _WEEKDAY_NAMES
    ]
    if (
        weekdays
        and attributes.get("noun") in ("text", "texts")
        and not years
        and not months
        and reading.article_date is not None
    ):
        # "Monday's text": the text of the last such day up to the article's
        back = (reading.article_date.weekday() - weekdays[-1]) % 7
        day = reading.article_date - timedelta(days=back)
        wanted.period = (day, day)
    if years and not months:
        wanted.period = (date(years[-1], 1, 1), date(years[-1], 12, 31))
    elif months and (years or reading.article_date is not None):
        month = months[-1]
        if years:
            year = years[-1]
        else:
            year = reading.article_date.year - (month > reading.article_date.month)
        following = date(year + (month == 12), month % 12 + 1, 1)
        wanted.period = (date(year, month, 1), following - timedelta(days=1))
    number = _NUMBER_AFTER.match(reading.plain[mention.end : mention.end + 20])
    if number and attributes.get("noun", "").startswith("resolution"):
        wanted.number = number.group("number")
    apposed = _APPOSED_NUMBER.match(reading.plain, mention.end)
    if apposed and not wanted.number and mention.form != "symbol":
        # "The French-sponsored text, resolution 929, squeaked through": that resolution
        wanted.number = apposed.group("number")
    symbols = find_symbols(reading.plain[mention.end : mention.end + 40])
    if symbols and symbols[0].start <= 3 and mention.form != "symbol":
        # "Their draft, S/1997/241, …" after a draft with a symbol of its own: the symbol
        # right after a description is its motion's (as :func:`_place_symbol` reads it)
        wanted.symbol = symbols[0].symbol
    elif mention.form != "symbol":
        wanted.symbol = _bracketed_symbol(reading, mention.end)
    return wanted


#: What may stand between a description and its symbol in brackets: its subject and the
#: bracket, "document" or "draft resolution" ("The text on the International Day (document
#: A/80/L.11)", "the second text (A/80/L.15)").
_TO_BRACKETED_SYMBOL = re.compile(
    r"(?:\s+(?:on|about|concerning|entitled|titled)\s+[^.;:()\[\]]{1,150}?)?\s*\(\s*"
    r"(?:(?:document|draft(?:\s+resolution)?|resolution)\s+)?"
)


def _bracketed_symbol(reading: Reading, end: int) -> str | None:
    """The symbol a description gives its text in brackets after it, or None."""
    symbols = find_symbols(reading.plain[end : end + 200])
    if not symbols:
        return None
    if not _TO_BRACKETED_SYMBOL.fullmatch(reading.plain, end, end + symbols[0].start):
        return None
    return symbols[0].symbol


def _year_told_before(reading: Reading, mention: Mention) -> list[int]:
    """The year of the last date told before ``mention`` in its sentence or the one before
    ("A year earlier, on November 27, 2019, …": [2019]), else none."""
    for index in (mention.sentence, mention.sentence - 1):
        if index < 0:
            break
        start = reading.sentences[index].start
        told = [
            day.value or day.start_date
            for day in reading.dates.get(index, [])
            if start + day.end <= mention.start and (day.value or day.start_date)
        ]
        if told:
            return [told[-1].year]
    return []


_WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
#: How long before the article a vote may be and still be the story's own.
_RECENT = timedelta(days=90)


def _last_council(reading: Reading, position: int) -> str:
    councils = [
        m.key
        for m in reading.mentioned.mentions
        if m.kind == "organ" and m.key in ("SC", "HRC") and m.start < position
    ]
    if councils:
        return councils[-1]
    later = [  # "the council" before any is named: the one named next
        m.key for m in reading.mentioned.mentions if m.kind == "organ" and m.key in ("SC", "HRC")
    ]
    return later[0] if later else "SC"


#: A passive proposer right after a description: "a motion put forward by", "tabled by".
_BY_AFTER = re.compile(
    r",?\s+(?:(?:co-?)?(?:drafted|tabled|sponsored|authored|submitted|introduced|presented|"
    r"proposed|moved)|put\s+forward|brought)\s+by\b"
)
#: A request for a motion not to act: "asked the Council to take no action on the draft".
_ASKED_NO_ACTION = re.compile(
    r"\b(?:asked|requested|moved|proposed|called\s+on)\b[^.;]{0,40}?\btake\s+no\s+action\b"
    # ("Saudi Arabia moved that no action be taken on it", "Pakistan moved to adjourn the
    # debate")
    r"|\bmoved\s+(?:that\s+no\s+action\s+be\s+taken|to\s+adjourn)\b"
)


def _first_state(reading: Reading, index: int, before: int) -> Mention | None:
    """The first state sentence ``index`` names before ``before``."""
    return next((m for m in reading.agents(index) if m.kind == "state" and m.end <= before), None)


#: A clause whose subject owns the text, between a sentence's subject and a possessive: "…
#: after the sponsors agreed to changes in their draft", "…, but its authors kept their text".
_OWNERS_BETWEEN = re.compile(
    r"\b(?:after|when|once|because|as|since|before|until|while|although|though|but|and|so)\s+"
    r"(?:the|its|their)\s+(?:[\w-]+\s+)?(?:co-?sponsors|sponsors|co-?authors|authors|drafters|"
    r"penholders)\b"
)


def _subject_before(reading: Reading, mention: Mention) -> Mention | None:
    agents = [
        m
        for m in reading.agents(mention.sentence)
        if m.kind in ("state", "organ") and m.end <= mention.start
    ]
    return agents[0] if agents else None


def _subject_list(reading: Reading, first: Mention) -> list[str]:
    """The states listed from ``first`` on: "The United States, Britain and Spain"."""
    states = [first.key]
    position = first.end
    for mention in reading.agents(first.sentence):
        if mention.start < position or mention.kind != "state":
            continue
        if not re.fullmatch(
            r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?", reading.plain[position : mention.start]
        ):
            break
        states.append(mention.key)
        position = mention.end
    return states


def _place_mention(reading: Reading, mention: Mention) -> None:
    attributes = mention.attributes
    modifiers = set(attributes.get("modifiers", ()))
    determiner = attributes.get("determiner", "")
    wanted = _constraints(reading, mention)
    if "first" in modifiers and _FIRST_SINCE.match(reading.plain, mention.end):
        modifiers.discard("first")  # "the first resolution put forward by X since …": this one
    if "first" in modifiers and _COUNTED_VOTES.search(
        reading.plain, max(0, mention.start - 600), mention.start
    ):
        modifiers.discard("first")
    counted = _counted_before(reading, mention)
    if counted is not None and attributes.get("determiner") == "the":
        ordinal = next((_ORDINALS[w] for w in attributes.get("modifiers", ()) if w in _ORDINALS), 0)
        if ordinal and not attributes.get("plural"):
            _place_ordinal(reading, mention, wanted, counted, ordinal)
            return
    if "first" in modifiers and mention.end <= _headline_end(reading):
        # a headline's "UN adopts first resolution targeting 'honour' killings": the first of
        # its kind, the story's own vote
        modifiers.discard("first")
    act = reading.adopting.get((mention.start, mention.end))
    if "first" in modifiers and act is not None and act[3] in _ADOPTING:
        # "The Security Council on Thursday adopted its first resolution dedicated to …": the
        # first of its kind, adopted in the story
        modifiers.discard("first")
    historical = bool(modifiers & _HISTORICAL_WORDS) or wanted.period is not None
    if attributes.get("plural") and _place_numbered(reading, mention):
        return
    if attributes.get("plural"):
        _place_collective(reading, mention, wanted, historical)
        return
    if (
        "original" in modifiers
        and wanted.kind != "amendment"
        and any(
            m.kind == "amendment" and not m.collective and m.first < mention.start
            for m in reading.motions
        )
    ):
        # "co-sponsored the original draft" after votes on amendments to it: the text as it
        # stood before they were adopted, the one they amended
        modifiers.discard("original")
    elif "original" in modifiers and not any(
        m.historical and not m.collective and fits(m, wanted)
        for m in reading.motions
        if m.first < mention.start
    ):
        modifiers.add("other")  # "its original text": not the amended one told before
    starts_new = (
        determiner in ("a", "an", "another")
        # "the first part of the UNIFIL text was adopted 140-3": a part voted on its own
        or _PART_OF.search(reading.plain, max(0, mention.start - 40), mention.start) is not None
        # "the Assembly's version": the text of another organ's vote, told as its own
        or attributes.get("noun") == "version"
        or bool(modifiers & _NEW_MOTION_WORDS)
        or (determiner in ("its", "their") and ("own" in modifiers or wanted.period is not None))
    )
    motion = None
    if act is not None and wanted.organ is None:
        # "When the new Human Rights Council adopted the draft": the council's draft, not the
        # assembly's text told before
        wanted.organ = act[0].key
    if starts_new and not historical:
        motion = (
            _apposed_to(reading, mention, wanted)
            or _voted_before(reading, mention)
            or _counted_on(reading, mention)
            or _lede_act(reading, mention, wanted, modifiers)
        )
    if (
        not starts_new
        and attributes.get("noun") in ("roll call", "roll-call")
        and determiner == "the"
        and not _specific(wanted)
    ):
        motion = _counted_just_before(reading, mention)
        if motion is None:
            return  # "the roll call of September 2007" elsewhere: left to the words around it
    if (
        not starts_new
        and motion is None
        and _BECOMES.fullmatch(
            reading.plain, reading.sentences[mention.sentence].start, mention.start
        )
    ):
        # "the resolution is adopted … It becomes resolution 998": the number it got
        motion = focus_motion(reading, mention.start, pronoun=True)
    if not starts_new and motion is None:
        # "The French-American text, which became resolution 1559, …": the text before
        motion = _which_became(reading, mention)
    if (
        not starts_new
        and motion is None
        and _plain_description(mention)
        and _EARLIER_WHEN.search(
            reading.plain[reading.sentences[mention.sentence].start : mention.start]
        )
    ):
        # "Last year, when the resolution was used to affirm the Compact, Budapest voted
        # against it": the text's vote of that earlier time, not the story's
        motion = reading.new_motion(wanted.kind if wanted.kind != "vote" else "resolution")
        motion.historical = motion.same = True  # the same text: the same organ's
    if not starts_new and motion is None:
        motion = _antecedent(reading, wanted, mention, historical)
    if (
        motion is None
        and mention.form == "vote"
        and not (wanted.organ or wanted.period)
        # ("In a second vote on the same day, …": another vote)
        and not (determiner in ("a", "an", "another") and modifiers & _NEW_MOTION_WORDS)
    ):
        # "the vote": the one in focus, if any was told before it
        motion = focus_motion(reading, mention.start) if reading.motions else None
        if motion is not None and _rank_not_told(reading, mention):
            motion = None  # "The second vote, on …" after only one vote told: a new one
        if (
            motion is not None
            and determiner in ("a", "an")
            and _earlier_year(reading, mention)
            and all(m.sentence != mention.sentence for m in motion.mentions)
        ):
            # "In a procedural vote last September, the Assembly decided …" in a story of
            # this year: an earlier vote, unless its sentence names the motion ("when it
            # adopted resolution 47/145 by a recorded vote of 126 …")
            motion = None
    if motion is None:
        motion = reading.new_motion(wanted.kind if wanted.kind != "vote" else "resolution")
        # ("when the same text came up in 2023"; any text told in a clause dated two years or
        # more before the story: "When the Assembly first took up X, in December 2007, the
        # resolution passed 136-5-36")
        motion.historical = historical or (
            ("same" in modifiers and _earlier_year(reading, mention))
            or (
                len(reading.motions) == 1
                and bool(reading.tallies.get(mention.sentence))
                and _earlier_year(reading, mention, 2)
            )
        )
        motion.same = "same" in modifiers
    _join(reading, motion, mention, wanted)
    if act is not None:
        organ, start, end, _ = act
        motion.organ = motion.organ or organ.key
        motion.organ_evidence = motion.organ_evidence or "subject"
        motion.outcome = motion.outcome or "adopted"
        motion.outcome_evidence.append(reading.evidence(organ.sentence, start, end))
        motion.inert = False


#: A "when" clause opened by an earlier time, before a description: "Last year, when …",
#: "In 2018, when …", "Two years ago, when …".
_EARLIER_WHEN = re.compile(
    r"(?:^|[.;:]\s+|\n)\s*(?:Last\s+(?:year|time)|A\s+year\s+(?:ago|earlier)|In\s+(?:19|20)\d\d|"
    r"(?:\w+|\d+)\s+years\s+(?:ago|earlier))\s*,\s*when\s+\Z"
)
#: A part of a text voted on its own, before its description: "the first part of".
_PART_OF = re.compile(
    r"\b(?:first|second|third|last|other|earlier|later)\s+(?:part|half|section|instalment)\s+"
    r"of\s+$"
)
#: What names a vote's text by the number it got: "It becomes resolution 998".
_BECOMES = re.compile(
    r"\s*(?:It|This|The\s+(?:text|draft|resolution))\s+(?:becomes|became|will\s+become|is\s+now|"
    r"goes\s+down\s+as|was\s+numbered)\s+$"
)


#: A relative clause giving a text the number it got: "…, which became resolution 1559".
_WHICH_BECAME = re.compile(
    r",\s+(?:which|that)\s+(?:later\s+|then\s+|eventually\s+|duly\s+)?(?:became|becomes|"
    r"went\s+on\s+to\s+become|was\s+adopted\s+as|passed\s+as)\s+\Z"
)


def _which_became(reading: Reading, mention: Mention) -> Motion | None:
    """The motion named right before "…, which became" and ``mention`` (see
    ``_WHICH_BECAME``)."""
    sentence = reading.sentences[mention.sentence]
    became = _WHICH_BECAME.search(reading.plain, sentence.start, mention.start)
    if became is None:
        return None
    before = [
        (m, motion)
        for motion in reading.motions
        for m in motion.mentions
        if m.sentence == mention.sentence and m.end == became.start()
    ]
    return before[0][1] if before else None


def _specific(wanted: Motion) -> bool:
    """Whether a description says which vote it is (proposers, organ, number or time)."""
    return bool(wanted.proposers or wanted.organ or wanted.number or wanted.period)


def _counted_just_before(reading: Reading, mention: Mention) -> Motion | None:
    """ "The roll call shows where the ground moved" opening a paragraph: the vote the
    paragraph before counted last, when it counted one of the present."""
    paragraph = reading.paragraph_at(mention.start)
    first = reading.sentences[mention.sentence].start
    if paragraph == 0 or reading.paragraph_at(max(0, first - 1)) == paragraph:
        return None  # (not the paragraph's first sentence)
    before = [s for s in reading.sentences if reading.paragraph_at(s.start) == paragraph - 1]
    if not any(reading.tallies.get(s.index) for s in before):
        return None
    told = [
        (m.start, motion)
        for motion in reading.motions
        for m in motion.mentions
        if not motion.collective and reading.paragraph_at(m.start) == paragraph - 1
    ]
    told.sort(key=lambda pair: pair[0])
    current = [motion for _, motion in told if not motion.historical]
    return current[-1] if current else None


_ORDINALS = {"first": 1, "second": 2, "third": 3}


def _counted_before(reading: Reading, mention: Mention) -> int | None:
    """Where the votes counted before ``mention`` are told ("voted on two resolutions"): the
    end of the last such phrase, if any."""
    found = [
        m.end()
        for m in _COUNTED_VOTES.finditer(reading.plain, 0, mention.start)
        # (not ballots: "The two votes against? Iran and Egypt")
        if not re.match(r"\s+(?:against|in\s+favou?r|for\b)", reading.plain[m.end() :])
    ]
    return found[-1] if found else None


def _rank_not_told(reading: Reading, mention: Mention) -> bool:
    """Whether a definite description ranks its vote after more votes than were told before
    it: "The second vote, on operational activities, …" after one vote told is another."""
    if mention.attributes.get("determiner") != "the" or mention.attributes.get("plural"):
        return False
    ordinal = max(
        (_ORDINALS[w] for w in mention.attributes.get("modifiers", ()) if w in _ORDINALS),
        default=0,
    )
    told = [
        m
        for m in reading.motions
        if not m.collective and not m.historical and m.first < mention.start
    ]
    return ordinal >= 2 and len(told) < ordinal


def _place_ordinal(
    reading: Reading, mention: Mention, wanted: Motion, counted: int, ordinal: int
) -> None:
    """ "The first, which backs …", "The second text", "absent for the second": the motion of
    that rank among those told after the votes were counted, or the next one told."""
    told = sorted(
        (m for m in reading.motions if not m.collective and m.first > counted),
        key=lambda m: m.first,
    )
    if len(told) >= ordinal and fits(told[ordinal - 1], wanted):
        motion = told[ordinal - 1]
    else:
        motion = reading.new_motion(wanted.kind if wanted.kind != "vote" else "resolution")
    mention.attributes["rank"] = ordinal  # (the second is never the first: see fits)
    _join(reading, motion, mention, wanted)


#: Words between a description and another in apposition after it that start a clause of
#: their own (then the second is no new name for the first).
_CLAUSE_WORDS = re.compile(
    r"[;:()\u2013\u2014]|\b(?:and|but|while|whereas|which|that|who|after|before|as|than|"
    r"was|were|is|are|had|has|have|did|said|voted|passed|adopted|rejected|failed)\b"
)


def _apposed_to(reading: Reading, mention: Mention, wanted: Motion) -> Motion | None:
    """The motion an indefinite description in apposition names again: "approved a
    resolution calling for a framework for debt restructuring, a proposal Argentina has
    championed since …" (a proposal, an initiative or a measure right after a comma, the
    sentence's last motion told before it with no clause between)."""
    if mention.attributes.get("noun") not in ("proposal", "initiative", "measure", "text"):
        return None
    sentence = reading.sentences[mention.sentence]
    if not re.search(r",\s*$", reading.plain[sentence.start : mention.start]):
        return None
    before = [
        pair for pair in reading.motion_pairs(mention.sentence) if pair[0].end <= mention.start
    ]
    if not before:
        return None
    previous, motion = before[-1]
    gap = reading.plain[previous.end : mention.start]
    if _CLAUSE_WORDS.search(gap) or not fits(motion, wanted):
        return None
    return motion


#: A passive proposer after a description: "…, tabled by", "submitted by the".
_PROPOSED_BY = re.compile(
    r"\b(?:(?:co-?)?(?:drafted|tabled|sponsored|authored|submitted|introduced|presented|"
    r"proposed)|put\s+forward)\s+by\s+(?:the\s+)?$"
)


def _proposed_by(reading: Reading, motion: Motion, proposers: list[str], before: int) -> bool:
    """Whether a sentence telling ``motion`` before ``before`` says one of ``proposers`` put
    it forward, in a passive the stances read later: '… adopted the resolution "Ethical
    imperatives …", submitted by South Africa'."""
    for index in {m.sentence for m in motion.mentions if m.start < before}:
        told = [m for m in reading.motion_pairs(index) if m[0].start < before]
        if any(other is not motion for _, other in told):
            continue  # a sentence of two votes says no more of one than of the other
        start = reading.sentences[index].start
        for agent in reading.agents(index):
            if (
                agent.kind == "state"
                and agent.key in proposers
                and _PROPOSED_BY.search(reading.plain, start, agent.start)
            ):
                return True
    return False


def _lede_act(reading: Reading, mention: Mention, wanted: Motion, modifiers) -> Motion | None:
    """The act a lede told, for the text an indefinite description opening the next sentence
    describes: "The General Assembly on Tuesday called on every country to sign the new
    treaty … A resolution inviting all states to sign it was approved 142-0" (the only vote
    told yet, by its organ's act alone; not "another", "a second" or "also" a text)."""
    if mention.attributes.get("determiner") not in ("a", "an") or modifiers & _NEW_MOTION_WORDS:
        return None
    told = [m for m in reading.motions if not m.collective]
    if len(told) != 1 or not told[0].implicit or told[0].tally is not None:
        return None
    motion = told[0]
    sentence = reading.sentences[mention.sentence]
    if (
        any(m.form != "implicit" for m in motion.mentions)
        or motion.mentions[-1].sentence != mention.sentence - 1
        or reading.plain[sentence.start : mention.start].strip()
        or re.search(r"\b(?:also|too|separate|another|second)\b", sentence.text)
        or not fits(motion, wanted)
    ):
        return None
    return motion


def _voted_before(reading: Reading, mention: Mention) -> Motion | None:
    """The vote a sentence opened with, for the text it then names adopted: "By a recorded
    vote of 154 in favour to 4 against, the Assembly adopted a resolution on …" (one vote,
    told first by its count; a vote is no text of its own)."""
    if mention.form == "vote" or reading.adopting.get((mention.start, mention.end)) is None:
        return None
    told = [pair for pair in reading.motion_pairs(mention.sentence) if pair[0].end <= mention.start]
    if not told or any(m.form != "vote" for m, _ in told):
        return None
    motion = told[-1][1]
    if any(m.sentence != mention.sentence or m.form != "vote" for m in motion.mentions):
        return None  # (a vote told before is another's: "The vote came after a draft failed")
    return motion


#: "…, on a draft presented by Chile": the text a vote told just before was taken on.
_ON_TEXT = re.compile(r"(?:,\s*)?\bon\s+(?:the\s+basis\s+of\s+)?$")
#: A count: "33-3", "by 119 to 7", "by 120 votes to 3" (not years: "its 2022-2026 term").
_A_COUNT = re.compile(r"\b\d{1,3}\s*(?:-|\u2013|to)\s*\d{1,3}\b(?!-)|\b\d{1,3}\s+votes?\b")


def _counted_on(reading: Reading, mention: Mention) -> Motion | None:
    """The vote its sentence has just counted, for the text it was taken on: "the Council
    approved the declaration 30-5, with 12 abstentions, on a draft presented by Chile" (one
    vote; the draft is the text voted, no second motion)."""
    sentence = reading.sentences[mention.sentence]
    if not _ON_TEXT.search(reading.plain, sentence.start, mention.start):
        return None
    told = [pair for pair in reading.motion_pairs(mention.sentence) if pair[0].end <= mention.start]
    if not told:
        return None
    earlier, motion = told[-1]
    if not _A_COUNT.search(reading.plain, earlier.end, mention.start):
        return None
    return motion


def _numbered_subject(
    reading: Reading, mention: Mention, wanted: Motion, candidates: list[Motion]
) -> Motion | None:
    """The story's vote, named by its number for the first time as a sentence's subject: "On
    Thursday the French-American text got exactly nine. Resolution 1559 calls for …" (a
    resolution the text cites, "under resolution 1701", is no subject; one dated, "resolution
    242 of 1967", is another)."""
    sentence = reading.sentences[mention.sentence]
    if wanted.period is not None or reading.plain[sentence.start : mention.start].strip():
        return None
    main = main_motion(reading)
    if (
        main is None
        or main not in candidates
        or main.number is not None
        or main.historical
        # ("Late on Friday the Security Council voted to take control of … The resolution,
        # number 778, passed 14 to none": an organ's vote told before its outcome)
        or (main.outcome != "adopted" and not (main.implicit and main.outcome is None))
        or focus_motion(reading, mention.start) is not main
    ):
        return None
    return main


_RELATIVE = re.compile(r"\b(?:that|which|who|whose|whom)\b")


def _earlier_year(reading: Reading, mention: Mention, years: int = 1) -> bool:
    """Whether the clause of ``mention`` dates it ``years`` years or more before the
    article's year: "when the same text came up in 2023" is an earlier vote on the text, not
    the story's (with ``years`` over one, not a date in a relative clause about something
    else: "a draft tabled by a state that tested a device in 1998")."""
    if reading.article_date is None:
        return False
    sentence = reading.sentences[mention.sentence]
    clause = reading.clause_start(mention.sentence, mention.start)
    for told in reading.dates.get(mention.sentence, []):
        start = sentence.start + told.start
        last = told.end_date or told.value
        if (
            told.kind in ("absolute", "period")
            # ("since October 2023" runs up to the story's time)
            and not re.search(r"\bsince\s+$", reading.plain[max(0, start - 8) : start])
            # ("a draft tabled by a state that tested a device in 1998": the state's past)
            and not (years > 1 and _RELATIVE.search(reading.plain, clause, start))
            and start >= clause
            and reading.clause_start(mention.sentence, start) == clause
            and last is not None
            and last.year <= reading.article_date.year - years
        ):
            return True
    return False


#: The numbers that follow "resolutions" when it names each of them: "Resolutions 1737 and
#: 1747", "resolutions 1696, 1737 and 1747".
_NUMBERED_LIST = re.compile(
    r"\s+\d{2,4}(?:,\s*\d{2,4})*,?\s+and\s+\d{2,4}\b(?![/-])"
    # (told as adopted, not cited: "the scheme of resolutions 706 and 712")
    r"(?=[^.;]{0,40}?\b(?:were|had\s+been|have\s+been)\s+(?:\w+\s+)?(?:adopted|passed|approved))"
)


def _place_numbered(reading: Reading, mention: Mention) -> bool:
    """ "Resolutions 1737 and 1747 were adopted unanimously": each number names a resolution
    of its own (the first with the noun), told apart from any other; whether the plural
    named such a list."""
    if not mention.attributes.get("noun", "").startswith("resolution"):
        return False
    listed = _NUMBERED_LIST.match(reading.plain, mention.end)
    if listed is None:
        return False
    for position, number in enumerate(re.finditer(r"\d{2,4}", listed.group())):
        low = mention.start if position == 0 else mention.end + number.start()
        end = mention.end + number.end()
        part = Mention(
            "motion", None, low, end, reading.plain[low:end], mention.sentence, mention.form,
            {**mention.attributes, "plural": False, "determiner": "", "listed": position},
        )  # fmt: skip
        motion = next((m for m in reading.motions if m.number == number.group()), None)
        if motion is None:
            motion = reading.new_motion("resolution")
            motion.number = number.group()
        _join(reading, motion, part, Motion("", "resolution"))
    return True


def _place_collective(reading: Reading, mention: Mention, wanted: Motion, historical: bool):
    """Several motions named together: "these amendments" name the amendments told last,
    anything else ("previous UN resolutions", "both texts") a group of its own."""
    motion = None
    if mention.attributes.get("determiner") in ("these", "those", "the"):
        motion = next(
            (
                m
                for m in sorted(reading.motions, key=lambda m: -_last_position(m, mention.start))
                if m.collective and m.kind == wanted.kind and _last_position(m, mention.start) >= 0
            ),
            None,
        )
    if motion is None:
        motion = reading.new_motion(wanted.kind if wanted.kind != "vote" else "resolution")
        motion.collective = True
        motion.historical = historical
    motion.mentions.append(mention)
    # "Canberra's amendments", "two Russian amendments": one state's package of texts
    motion.proposers += [p for p in wanted.proposers if p not in motion.proposers]
    reading.motion_of[(mention.start, mention.end)] = motion


def _antecedent(reading: Reading, wanted: Motion, mention: Mention, historical: bool):
    """The motion a definite description names, or None."""
    told = sorted(reading.motions, key=lambda m: _last_position(m, mention.start), reverse=True)
    told = [m for m in told if _last_position(m, mention.start) >= 0 and not m.collective]
    specific = bool(wanted.proposers or wanted.organ or wanted.number or wanted.period)
    candidates = [m for m in told if fits(m, wanted)]
    if mention.attributes.get("determiner") in ("that", "this") and not wanted.number:
        # "That US-drafted resolution went through" points back a sentence: not to a
        # vote told paragraphs before ("In August it voted to send a force. That …")
        near = reading.sentences[max(0, mention.sentence - 1)].start
        candidates = [m for m in candidates if _last_position(m, mention.start) >= near]
    if wanted.about and not wanted.proposers:
        # "the Syria human rights resolution": a vote about Syria, not the one told before
        # about no state (or another)
        # ("the Israel text" is also "the resolution condemning relations between South
        # Africa and Israel", a motion told about no one state)
        words = set(_CAPITALISED.findall(mention.text))
        candidates = [
            m
            for m in candidates
            if m.about == wanted.about
            or (m.about is None and words & _said_of(reading, m, mention.start))
        ]
    topic = _topic_words(reading, mention)
    if (
        topic
        and mention.attributes.get("determiner") == "the"
        and any(_other_topic(reading, m, topic, mention) for m in candidates)
    ):
        # "the resolution on the risk of nuclear proliferation" after "the resolution on the
        # establishment of a nuclear-weapon-free zone": two subjects, two votes (and then not
        # a vote told with no subject either: a new one)
        candidates = [m for m in candidates if _told_topics(reading, m, mention) & topic]
    described = _described(reading, mention)
    if described and mention.attributes.get("determiner") == "the":
        # "the 2028 conference resolution" after "the big omnibus resolution on oceans and the
        # law of the sea": a subject word of its own that no word told of the vote shares
        candidates = [
            m
            for m in candidates
            if not (told := _told_described(reading, m, mention)) or told & described
        ]
    title = _title(reading, mention)
    if title is not None:
        # 'the resolution "Ethical imperatives for a nuclear-weapon-free world"' after 'the
        # resolution "Humanitarian consequences of nuclear weapons"': a title names one text
        candidates = [m for m in candidates if _told_titles(reading, m, mention) <= {title}]
    if mention.attributes.get("noun", "").startswith("amendment"):
        candidates = [m for m in candidates if m.kind == "amendment"]
    elif mention.attributes.get("determiner") == "the":
        candidates = [m for m in candidates if m.kind != "amendment"]
    if wanted.proposers:
        named = [m for m in candidates if set(m.proposers) & set(wanted.proposers)]
        if named:
            return named[0]
        unnamed = [
            m
            for m in candidates
            if not m.proposers and not m.historical and not _counted_apart(reading, m, mention)
        ]
        by = [m for m in unnamed if _proposed_by(reading, m, wanted.proposers, mention.start)]
        if len(by) == 1:
            return by[0]  # "the South African text" of '… "Ethical …", submitted by South Africa'
        paragraph = reading.paragraph_at(mention.start)
        main = main_motion(reading)
        if main in unnamed and not any(
            reading.paragraph_at(_last_position(m, mention.start)) == paragraph for m in unnamed
        ):
            return main  # "The Saudi-drafted resolution won 133 votes" opens a paragraph
        return unnamed[0] if unnamed else None
    if wanted.symbol:
        # "The draft resolution on X (document A/80/L.11)": the text of that symbol
        same = [m for m in candidates if m.symbol == wanted.symbol]
        if same:
            return same[0]
    if wanted.number:
        numbered = [m for m in candidates if _number_of(m) == wanted.number]
        if numbered:
            return numbered[0]
        return _numbered_subject(reading, mention, wanted, candidates)
    names = _names(reading, mention)
    if names and not specific:
        # "the UNRWA text": the vote told as "the resolution on the operations of UNRWA",
        # not the nearer one told as "the resolution on Israeli settlements"
        named = [m for m in candidates if names & _said_of(reading, m, mention.start)]
        if named:
            return named[0]
    if wanted.period:
        # "the 2007 text" is not "Thursday's resolution" of a text written in 2008
        candidates = [m for m in candidates if not _told_outside(reading, m, wanted.period)]
        if reading.article_date and wanted.period[1] < reading.article_date - _RECENT:
            # "the 86 who backed last year's resolution" after "the General Assembly's version
            # passed 80-61-42": a vote long before the story's is none the story tells undated
            candidates = [
                m for m in candidates if m.historical or _told_within(reading, m, wanted.period)
            ]
    if specific:
        if wanted.organ and not wanted.period:
            # "the assembly resolution": the assembly's vote rather than a nearer draft no
            # organ is known of yet
            same = [m for m in candidates if m.organ == wanted.organ]
            candidates = same or candidates
        return candidates[0] if candidates else None
    if mention.attributes.get("determiner") in ("that", "this"):
        return (candidates or [None])[0]
    current = [m for m in candidates if not m.historical or historical]
    if not current and not historical and mention.attributes.get("modifiers"):
        # "The suspension text" after only "the assembly's first Ukraine vote five weeks
        # earlier": a description of its own names the story's vote, not the earlier one
        return None
    paragraph = reading.paragraph_at(mention.start)
    local = [
        m for m in current if reading.paragraph_at(_last_position(m, mention.start)) == paragraph
    ]
    main = main_motion(reading)
    if not local and main in current:
        if _counted_apart(reading, main, mention):
            return None  # "The oil embargo resolution was a rout: 127 in favour …" another vote
        return main  # "The nonbinding resolution was adopted …" opens a paragraph: the story's
    return (current or candidates or [None])[0]


#: What a description says its motion is about, after the noun: "the resolution on the
#: operations of UNRWA", "the draft about Syria's chemical weapons".
_ABOUT_AFTER = re.compile(
    r"(?:\s+(?:on|about|concerning|regarding|condemning|demanding|urging|against|calling\s+for)"
    # (not how it came: "adopted the text on the recommendation of its First Committee")
    r"(?!\s+(?:the\s+|its\s+|their\s+)?(?:recommendation|advice|basis|initiative|request|"
    r"behalf|instructions?|orders?|suggestion)\s+of\b)"
    # an aside that names the subject: 'The first, on "human rights and cultural diversity",'
    # (not a time: "the resolution, on Tuesday", nor "on which", "on behalf of")
    r"|\s*,\s*(?:on|about|concerning|regarding)(?=\s+(?!(?:which|whom|behalf|"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|"
    r"August|September|October|November|December|\d)\b)))"
    # (up to a verb: "The resolution on the 2031 Forest Summit is adopted")
    r"\s+(?P<about>(?:(?!\s(?:is|was|were|are|has|have|had|will|would)\s)[^.;:,()\u2013\u2014])"
    r"{3,120})"
)
_CAPITALISED = re.compile(r"[A-Z][\w-]*[A-Z\d][\w-]*|[A-Z][a-z]{2,}")
#: The words of a subject that tell it apart ("risk", "proliferation"; not "the", "with").
_TOPIC_WORD = re.compile(r"\b[a-z][a-z-]{3,}\b")
_TOPIC_STOP = frozenset(
    {"that", "this", "with", "from", "into", "their", "them", "which", "about", "under",
     "over", "region", "situation", "question", "united", "nations", "general", "assembly",
     "council", "security"}
)  # fmt: skip


def _topic_words(reading: Reading, mention: Mention) -> set[str]:
    """The lower-case words of the subject a description names after its noun, as what it
    is about or as its title ("the resolution on the risk of nuclear proliferation": risk,
    nuclear, proliferation; 'the resolution entitled "Advancing fair trade"': advancing,
    fair, trade)."""
    about = _ABOUT_AFTER.match(reading.plain, mention.end)
    # (a title comes lower-cased, so all its words count; of what a text is about, its names
    # do not)
    subject = about.group("about")[:60] if about is not None else _title(reading, mention) or ""
    return {w for w in _TOPIC_WORD.findall(subject) if w not in _TOPIC_STOP}


#: Modifiers that tell a text's size or weight, not its subject ("the big omnibus resolution").
_NOT_SUBJECT = frozenset(
    {"big", "small", "long", "longer", "shorter", "main", "major", "broad", "broader", "wide",
     "tough", "tougher", "strong", "stronger", "weak", "weaker", "full", "one-page", "vote"}
)  # fmt: skip


def _subject_modifiers(mention: Mention) -> set[str]:
    """The lower-case words before a description's noun that name its subject ("omnibus",
    "conference", "sanctions"), not its kind, time, size or proposer."""
    written = set(re.findall(r"\b[a-z][a-z-]{2,}\b", mention.text))
    return {
        word
        for word in mention.attributes.get("modifiers", ())
        if word in written and word not in _MOTION_MODIFIERS and word not in _NOT_SUBJECT
    }


def _described(reading: Reading, mention: Mention) -> set[str]:
    """The subject words of a description: those before its noun and those of what it is
    said to be about after it ("… on oceans and the law of the sea"), lower-cased."""
    words = _subject_modifiers(mention)
    about = _ABOUT_AFTER.match(reading.plain, mention.end)
    if about is not None and not about.group("about").startswith("behalf"):
        # (a headline's subject ends with its line: "… on Nicaragua\n\nBuenos Aires, 21 March")
        subject = about.group("about")[:80].split("\n")[0]
        words |= {
            word.lower()
            for word in re.findall(r"\b[A-Za-z][a-z-]{2,}\b", subject)
            if word.lower() not in _TOPIC_STOP and word.lower() not in _NOT_SUBJECT
        }
    return words - {"the", "and", "for"}


def _told_described(reading: Reading, motion: Motion, mention: Mention) -> set[str]:
    """The subject words ``motion``'s descriptions before ``mention`` gave it."""
    return {
        word for m in motion.mentions if m.start < mention.start for word in _described(reading, m)
    }


#: A text's title in quotes right after its description: 'the resolution "Humanitarian
#: consequences of nuclear weapons"', 'a draft entitled "Question of Western Sahara"' (a
#: capital first, so not a verdict quoted, 'called the resolution "a travesty"').
_TITLE_AFTER = re.compile(
    r"\s*,?\s*(?:(?:entitled|titled|headed|named)\s+)?[\"\u201c](?P<title>"
    r"(?!(?:I|We|It|This|That|The\s+\w+\s+(?:is|was|are))\b)[A-Z][^\"\u201d.!?;]{2,150})"
    r"[\"\u201d]"
)


def _title(reading: Reading, mention: Mention) -> str | None:
    """The title a description gives its text in quotes, lower-cased, or None.

    >>> from kg.extract.reading import Reading
    >>> reading = Reading.of('It adopted the resolution "Rights of the child" by 150 votes.')
    >>> [_title(reading, m) for m in reading.mentioned.mentions if m.kind == "motion"]
    ['rights of the child']
    """
    found = _TITLE_AFTER.match(reading.plain, mention.end)
    return " ".join(found.group("title").lower().split()) if found else None


def _told_titles(reading: Reading, motion: Motion, mention: Mention) -> set[str]:
    """The titles ``motion`` was given before ``mention``."""
    titles = {_title(reading, m) for m in motion.mentions if m.start < mention.start}
    return titles - {None}


def _other_topic(reading: Reading, motion: Motion, topic: set[str], mention: Mention) -> bool:
    """Whether ``motion`` was told, before ``mention``, with a subject sharing no word with
    ``topic``."""
    told = _told_topics(reading, motion, mention)
    return bool(told) and not told & topic


def _told_topics(reading: Reading, motion: Motion, mention: Mention) -> set[str]:
    """The subject words ``motion`` was told with before ``mention``."""
    return {
        word
        for m in motion.mentions
        if m.start < mention.start
        for word in _topic_words(reading, m)
    }


def _names(reading: Reading, mention: Mention) -> set[str]:
    """The capitalised words a description is named by that are not its proposers, organ
    or a date: "UNRWA" in "the UNRWA text"."""
    words = _CAPITALISED.findall(mention.text)
    words = [word for word in words if word.lower() not in _MONTHS]
    attributes = mention.attributes
    if attributes.get("proposers") or attributes.get("organ") or attributes.get("about_state"):
        return set()
    return set(words) - {"The", "This", "That", "Its", "Their", "UN", "U.N.", "United"}


def _said_of(reading: Reading, motion: Motion, before: int) -> set[str]:
    """The capitalised words of ``motion``'s descriptions before ``before``, with what they
    say it is about ("… on the operations of UNRWA")."""
    words: set[str] = set()
    for mention in motion.mentions:
        if mention.start >= before:
            continue
        about = _ABOUT_AFTER.match(reading.plain, mention.end)
        text = mention.text + (" " + about.group("about") if about else "")
        words |= set(_CAPITALISED.findall(text))
    return words


def _counted_apart(reading: Reading, motion: Motion, mention: Mention) -> bool:
    """Whether the paragraph of ``mention`` counts a vote whose full count (yes and no) no
    paragraph of ``motion`` gives: in a round-up of several votes, "The Canadian-drafted
    resolution … passed 78 to 27" is not the earlier paragraph's resolution that "sailed
    through 164-8-9"."""

    def full_counts(paragraph: int, own: int | None = None) -> set[tuple[int, int]]:
        # (with ``own``, not a count another sentence dates a year or more before the story:
        # "The resolution … simply takes note … a year ago the text passed 119-5-60")
        return {
            (tally.yes, tally.no)
            for sentence in reading.sentences
            if reading.paragraphs and reading.paragraphs[sentence.index] == paragraph
            for tally in reading.tallies.get(sentence.index, [])
            if tally.yes is not None
            and tally.no is not None
            and not (
                own is not None
                and sentence.index != own
                and _counted_earlier(reading, sentence.index, tally.start)
            )
        }

    here = full_counts(reading.paragraph_at(mention.start), mention.sentence)
    if not here:
        return False
    theirs: set[tuple[int, int]] = set()
    for other in motion.mentions:
        theirs |= full_counts(reading.paragraph_at(other.start))
    return bool(theirs) and not here & theirs


def _counted_earlier(reading: Reading, index: int, offset: int) -> bool:
    """Whether a count at ``offset`` in sentence ``index`` is dated, in its clause and before
    it, a year or more before the story: "… has crept up: a year ago the text passed
    119-5-60" counts an earlier vote, not one apart from the story's."""
    if reading.article_date is None:
        return False
    sentence = reading.sentences[index]
    clause = reading.clause_start(index, sentence.start + offset)
    for told in reading.dates.get(index, []):
        last = told.end_date or told.value
        before = (last is not None and last.year < reading.article_date.year) or (
            # "a year ago", "two years earlier"
            last is None and (told.offset_months or 0) <= -12
        )
        if before and clause <= sentence.start + told.start and told.end <= offset:
            return True
    return False


def _told_outside(reading: Reading, motion: Motion, period: tuple[date, date]) -> bool:
    """Whether a mention of ``motion`` carries its own day outside ``period``: "Thursday's
    resolution", "the December 18 vote", "adopted the text on Tuesday" (a date right before,
    inside or after the description)."""
    for mention in motion.mentions:
        sentence_start = reading.sentences[mention.sentence].start
        for told in reading.dates.get(mention.sentence, []):
            start, end = sentence_start + told.start, sentence_start + told.end
            inside = mention.start <= start and end <= mention.end  # "the Assembly on Monday"
            before = end <= mention.start and re.fullmatch(
                r"(?:'s|\u2019s)?\s*", reading.plain[end : mention.start]
            )
            after = mention.end <= start and re.fullmatch(
                r"\s*(?:on\s+)?", reading.plain[mention.end : start]
            )  # "adopted the text on Tuesday"
            if (
                told.value is not None
                and (inside or before or after)
                and not period[0] <= told.value <= period[1]
            ):
                return True
    return False


def _told_within(reading: Reading, motion: Motion, period: tuple[date, date]) -> bool:
    """Whether a sentence that tells ``motion`` gives a day or a span within ``period``:
    "resolution 41/18, adopted on 12 July 2019" for "the 2019 resolution"."""
    for index in {m.sentence for m in motion.mentions}:
        start = reading.sentences[index].start
        # (not a year in a description, "the 2013 resolution", "last year's resolution")
        described = [
            (m.start, m.end)
            for m in reading.mentioned.in_sentence(index, ("motion",))
            if m.sentence == index
        ]
        for told in reading.dates.get(index, []):
            first = told.value or told.start_date
            inside = any(a <= start + told.start < b for a, b in described)
            if first is not None and period[0] <= first <= period[1] and not inside:
                return True
    return False


def _last_position(motion: Motion, before: int) -> int:
    positions = [m.start for m in motion.mentions if m.start < before]
    if motion.tally_at is not None and motion.tally_at[1] < before:
        positions.append(motion.tally_at[1])
    return max(positions, default=-1)


def focus_motion(reading: Reading, position: int, pronoun: bool = False) -> Motion | None:
    """The motion a pronoun, a bare "the vote" or a ballot that names none speaks of at
    ``position``: the last one of the present told in the same paragraph, else the text's
    main vote (:func:`main_motion`), else the last one told that is not historical. A
    pronoun (``pronoun``: "opposed it") names the last one told in the paragraph, historical
    or not ("Last year the same text drew 187 votes, and only Israel opposed it"). A
    resolution the text only cites ("proposing to extend resolution 2231") is passed over
    while another is told: "It also failed, 4-9-2" counts the draft told before it.

    A new paragraph that names no motion goes back to the story's vote ("This time Argentina
    … voted no" after a paragraph about last year's vote), while a sentence right after a
    vote's description stays with it ("The draft won 13 votes. Russia voted against.").

    >>> from kg.extract.reading import Reading
    >>> reading = Reading.of("The council adopted a resolution. Its 1990 resolution was cited.")
    >>> find_motions(reading)
    >>> focus_motion(reading, len(reading.plain)).mentions[0].text
    'a resolution'
    >>> reading = Reading.of("The council adopted a resolution.\\n\\nIts 1990 resolution was "
    ...                      "cited.\\n\\nRussia voted no.")
    >>> find_motions(reading)
    >>> focus_motion(reading, len(reading.plain)).mentions[0].text
    'a resolution'
    """
    told = [m for m in reading.motions if _last_position(m, position) >= 0 and not m.collective]
    told.sort(key=lambda m: _last_position(m, position), reverse=True)
    told = [m for m in told if not _only_cited(reading, m)] or told
    if not pronoun:
        # "… 143-9-25 on Thursday, up from 141 votes last year. Hungary abstained.": a count
        # told to compare the story's vote with is no vote a later ballot speaks of
        told = [m for m in told if not _compared(reading, m)] or told
    paragraph = reading.paragraph_at(position)
    local = [m for m in told if reading.paragraph_at(_last_position(m, position)) == paragraph]
    current = [m for m in local if not m.historical]
    if pronoun and local:
        return local[0]
    if current:
        return current[0]
    main = main_motion(reading)
    if main is not None and main in told:
        return main
    current = [m for m in told if not m.historical]
    return (current or told or [None])[0]


#: What opens a count told only to compare another with: "up from", "compared with", "than".
_COMPARED_BEFORE = re.compile(
    r"\b(?:(?:up|down|rising|falling)\s+from|compared\s+(?:with|to)|than|versus|vs\.?)\s+"
    r"(?:(?:the|a|its|just|only|some)\s+)?$",
    re.IGNORECASE,
)


def _compared(reading: Reading, motion: Motion) -> bool:
    """Whether ``motion`` is only a count compared with another vote's, named by no phrase."""
    if motion.mentions or motion.tally_at is None:
        return False
    start = reading.sentences[motion.tally_at[0]].start
    return _COMPARED_BEFORE.search(reading.plain, start, motion.tally_at[1]) is not None


def main_motion(reading: Reading) -> Motion | None:
    """The vote the text is about: the first one its body tells (after a headline) that is
    neither historical nor told as background ("twelve days after Russia vetoed a similar
    draft", "a wider margin than its October resolution"); the first one told if all are.

    >>> from kg.extract.reading import Reading
    >>> reading = Reading.of("Days after Russia vetoed a similar draft, the assembly "
    ...                      "adopted a resolution by 120 votes to 5.")
    >>> find_motions(reading)
    >>> main_motion(reading).mentions[-1].text
    'a resolution'
    """
    headline_end = _headline_end(reading)
    told = []
    for motion in reading.motions:
        if motion.collective:
            continue
        positions = [m.start for m in motion.mentions if m.start >= headline_end]
        if motion.tally_at is not None and motion.tally_at[1] >= headline_end:
            positions.append(motion.tally_at[1])
        if positions:
            told.append((min(positions), motion))
    told.sort(key=lambda pair: pair[0])
    for position, motion in told:
        if not motion.historical and not _background(reading, motion, position):
            return motion
    return told[0][1] if told else None


#: A motion told in a clause that dates or compares the story's vote by it.
_BACKGROUND_BEFORE = re.compile(
    r"\b(?:after|before|following|since|than|like|as\s+in|unlike)\b[^.;:,]*$", re.IGNORECASE
)


def _background(reading: Reading, motion: Motion, position: int) -> bool:
    mention = next((m for m in motion.mentions if m.start == position), None)
    if mention is not None and set(mention.attributes.get("modifiers", ())) & {
        "similar",
        "earlier",
        "previous",
        "last",
        "former",
        "original",
    }:
        return True
    sentence = next(s for s in reading.sentences if s.start <= position < s.end)
    clause = reading.plain[reading.clause_start(sentence.index, position) : position]
    return _BACKGROUND_BEFORE.search(clause) is not None


def _join(reading: Reading, motion: Motion, mention: Mention, wanted: Motion) -> None:
    motion.mentions.append(mention)
    motion.mentions.sort(key=lambda m: m.start)
    reading.motion_of[(mention.start, mention.end)] = motion
    for proposer in wanted.proposers:
        if proposer not in motion.proposers:
            motion.proposers.append(proposer)
    motion.organ = motion.organ or wanted.organ
    motion.number = motion.number or wanted.number
    motion.symbol = motion.symbol or wanted.symbol
    motion.about = motion.about or wanted.about
    if wanted.period and not motion.period and not motion.day:
        motion.period = wanted.period
        motion.day_rule = "description"
    if wanted.kind == "amendment":
        motion.kind = "amendment"
    elif motion.kind == "resolution" and wanted.kind == "draft" and not motion.outcome:
        motion.kind = "draft"
    if wanted.proposers or wanted.number or wanted.period:
        motion.inert = False


def _place_symbol(reading: Reading, index: int, start: int, end: int, symbol: str) -> None:
    motion = next((m for m in reading.motions if m.symbol == symbol), None)
    numbered = [
        m
        for m in reading.motions
        if not m.symbol and m.number and m.number == symbol_number(symbol)
    ]
    if motion is None and len(numbered) == 1:
        # "Adopting resolution 2736 (2024) (to be issued as document S/RES/2736 (2024))": the
        # symbol of the resolution told by its number
        motion = numbered[0]
    if motion is None:
        previous = reading.motion_pairs(index)
        previous = [pair for pair in previous if 0 <= start - pair[0].end <= 3]
        motion = (
            previous[-1][1]
            if previous
            else reading.new_motion("resolution" if "/RES/" in symbol else "draft")
        )
    motion.symbol = symbol
    motion.organ = symbol_organ(symbol)
    motion.organ_evidence = "symbol"
    motion.inert = False
    mention = Mention("motion", None, start, end, symbol, index, "symbol", {})
    motion.mentions.append(mention)
    reading.motion_of[(start, end)] = motion


def _place_act(reading: Reading, organ: Mention, start: int, end: int, verb: str) -> None:
    """An organ's act: "adopted/approved/passed" a named motion gives it the organ; any
    other act (or adopting something no description names) is a resolution of its own."""
    index = organ.sentence
    after = [
        mention
        for mention in reading.mentioned.in_sentence(index, ("motion",))
        if mention.start >= end and len(reading.plain[end : mention.start].split()) <= 3
    ]
    if verb in _ADOPTING and any(
        act == (organ, start, end, verb) for act in reading.adopting.values()
    ):
        return  # the description that follows is the motion (see _place_mention)
    if verb == "voted" and after:
        return  # "the council voted on the draft": the draft is the motion
    framing = _framing_motion(reading, organ)
    if framing is not None and verb != "voted":
        # "By the text, the Council demanded …": the act is what the described text does
        framing.organ = framing.organ or organ.key
        framing.organ_evidence = framing.organ_evidence or "subject"
        framing.outcome = framing.outcome or "adopted"
        framing.outcome_evidence.append(reading.evidence(index, organ.start, end))
        framing.inert = False
        return
    if (
        not after
        and verb not in _ADOPTING
        and _LONG_AGO_BEFORE.search(reading.plain, reading.sentences[index].start, organ.start)
    ):
        # "Forty years ago, the Assembly decided that …": history, no text of the story (not
        # "ten years ago today the Assembly adopted the Declaration": the anniversary's vote)
        return
    if verb in _ADOPTING and re.match(r"\s+it\b", reading.plain[end : end + 4]):
        # "Last Friday the Assembly passed it once more, by 160 votes to one": the text told
        told = focus_motion(reading, organ.start, pronoun=True)
        if told is not None and not told.collective and told.organ in (None, organ.key):
            told.organ, told.organ_evidence = organ.key, told.organ_evidence or "subject"
            told.outcome = told.outcome or "adopted"
            told.outcome_evidence.append(reading.evidence(index, organ.start, end))
            told.inert = False
            return
    low, high = min(organ.start, start), max(organ.end, end)  # a passive's verb comes first
    mention = Mention(
        "motion", None, low, high, reading.plain[low:high], index, "implicit",
        {"determiner": "", "modifiers": [], "noun": verb, "motion_kind": "resolution"},
    )  # fmt: skip
    pending = [
        m
        for m in reading.motions
        if m.implicit and m.organ == organ.key and m.mentions and m.mentions[-1].sentence == index
    ]
    if not pending:
        # "In a second vote on the same day, the Assembly adopted …": the vote just told
        voted = [pair for pair in reading.motion_pairs(index) if pair[0].end <= low]
        if voted and all(m.sentence == index and m.form == "vote" for m in voted[-1][1].mentions):
            pending = [voted[-1][1]]
    motion = pending[0] if pending else reading.new_motion("resolution")
    motion.implicit = True
    motion.organ = organ.key
    motion.organ_evidence = "subject"
    if verb != "voted":
        motion.outcome = motion.outcome or "adopted"
        motion.outcome_evidence.append(reading.evidence(index, low, high))
    motion.inert = False
    _join(reading, motion, mention, Motion("", "resolution"))


def _place_committee(reading: Reading, index: int, start: int, end: int) -> None:
    """A text's passage through a main committee is that committee's vote: a motion of the
    Assembly's (whose main committees vote by its rules), adopted."""
    mention = Mention(
        "motion", None, start, end, reading.plain[start:end], index, "implicit",
        {"determiner": "", "modifiers": [], "noun": "cleared", "motion_kind": "resolution"},
    )  # fmt: skip
    motion = reading.new_motion("resolution")
    motion.implicit = True
    motion.organ, motion.organ_evidence = "GA", "subject"
    motion.outcome = "adopted"
    motion.outcome_evidence.append(reading.evidence(index, start, end))
    motion.inert = False
    _join(reading, motion, mention, Motion("", "resolution"))


def _framing_motion(reading: Reading, organ: Mention) -> Motion | None:
    """The motion of a description that opens the organ's sentence as its instrument: "By
    the text, the Council demanded …", "Under the resolution, the Assembly called on …"."""
    sentence = reading.sentences[organ.sentence]
    for mention in reading.mentioned.in_sentence(organ.sentence, ("motion",)):
        if mention.end > organ.start:
            break
        opening = reading.plain[sentence.start : mention.start]
        between = reading.plain[mention.end : organ.start]
        if re.search(
            r"(?:^|[-\u2013\u2014:]\s)\s*(?:By|Under|In|Through)\s+$", opening
        ) and re.fullmatch(r"\s*,\s*(?:the\s+)?", between):
            return reading.motion_of.get((mention.start, mention.end))
    if re.fullmatch(
        r"\s*(?:By|Under|In)\s+(?:its|their)\s+terms\s*,\s*(?:the\s+)?",
        reading.plain[sentence.start : organ.start],
    ):
        # "By its terms, the Assembly requested …": what the text told before does
        return focus_motion(reading, sentence.start)
    return None


def _part_of_a_side(reading: Reading, index: int, motion: Motion, tally: Tally) -> bool:
    """Whether a count of one or two sides, in a sentence that names no vote and no time,
    counts a group's members within the whole count of the vote in focus ("92 in favour, 6
    against and 46 abstentions. … The European Union split: nine of its fifteen members voted
    yes, six abstained"): no count of another vote."""
    whole, part = motion.tally.counts(), tally.counts()
    if tally.form not in ("labelled", "lone"):
        return False  # "in a 168-1 vote": a vote's own count
    if len(whole) < 3 or len(part) > 2 or reading.dates.get(index):
        return False
    return all(side in whole and count < whole[side] for side, count in part.items())


def _place_tallies(reading: Reading) -> None:
    """Tallies join the motion their sentence names (the subject of "passed by …" first),
    else the motion last told, else the next sentence's, else one of their own. A tally
    that cannot be the named motion's makes a new one, and takes the clause's plain "the
    text" with it ("A year ago the text passed 95 to 25": last year's, not this one's)."""
    for sentence in reading.sentences:
        index = sentence.index
        waiting: list[Tally] = []
        for tally in reading.tallies.get(index, []):
            start = sentence.start + tally.start
            end = sentence.start + tally.end
            motion, named = _tally_motion(reading, index, start, end)
            evidence = reading.evidence(index, start, end)
            if motion is not None and motion.tally is not None:
                earlier = _counted_earlier_than(reading, index, start, motion)
                if _compatible(motion.tally, tally) and not earlier:
                    motion.tally = _merged(motion.tally, tally)
                    motion.tally_parts.append(evidence)
                    continue
                if _compatible(motion.tally, tally, True) and not earlier:
                    continue  # the same counts again
                if named is None and not earlier and _part_of_a_side(reading, index, motion, tally):
                    continue  # "The EU split. Nine of its fifteen members voted yes."
                previous, motion = motion, None
                if (
                    named is not None
                    and _plain_description(named)
                    and re.fullmatch(
                        # "the text passed 95 to 25", "… on the text, in December 2022, the
                        # count was 125 to 37"
                        r"[^,;]{0,60}|,\s*(?:in|on|at)\s+[^,;.]{1,30},\s*the\s+"
                        r"(?:count|vote|tally|result)\s+(?:was|stood\s+at)\s+",
                        reading.plain[named.end : start],
                    )
                ):
                    motion = reading.new_motion(named.attributes.get("motion_kind", "resolution"))
                    previous.mentions.remove(named)
                    motion.mentions.append(named)
                    reading.motion_of[(named.start, named.end)] = motion
            told = _told_with_the_same_count(reading, index, motion, named, tally)
            if told is not None:
                # "The text was adopted by 180 votes to none. … A birthday resolution that
                # passes 180-0 should be an occasion …": the count told again, with the vote
                _absorb(reading, told, motion)
                continue
            if (
                motion is not None
                and motion.tally is None
                and named is None
                and _repeated_count(reading, tally)
            ):
                # "… is adopted, 169 to 2. The two no votes: the United States and Argentina."
                # a count the vote told just before has, not a count of the vote in focus
                continue
            if tally.form == "lone" and (motion is None or motion.tally is None):
                waiting.append(tally)
                if motion is not None:
                    motion.lone_counts.append((tally, evidence))
                continue  # "There were 17 abstentions" completes a count told, or nothing
            if motion is None and _repeated_count(reading, tally):
                continue  # "But the 58 abstentions suggest …": a vote's count told again
            if motion is None:
                motion = reading.new_motion("resolution")
                organs = reading.mentioned.in_sentence(index, ("organ",))
                motion.organ = organs[0].key if organs else None
                motion.organ_evidence = "sentence" if organs else ""
                motion.implicit = True
            motion.tally = tally
            motion.tally_evidence = evidence
            motion.tally_at = (index, start)
            motion.inert = False
            if tally.form != "lone":
                _each_counted(reading, index, start, motion, evidence)
        _complete_later(reading, index, waiting)
    for motion in reading.motions:
        _complete_lone(motion)


def _counted_earlier_than(reading: Reading, index: int, position: int, motion: Motion) -> bool:
    """Whether a count at ``position`` is told in a sentence dated, before it, a year or more
    before the article and before any day the sentence of ``motion``'s count gives: "When the
    council first sent monitors, in May 2015, the vote was fourteen to none" counts that
    vote, not the story's "won fourteen votes" told before."""
    if reading.article_date is None or motion.tally_at is None:
        return False
    sentence = reading.sentences[index]
    years = {
        (told.end_date or told.value).year
        for told in reading.dates.get(index, [])
        if told.kind in ("absolute", "period")
        and (told.end_date or told.value) is not None
        and sentence.start + told.end <= position
    }
    if not years or max(years) >= reading.article_date.year:
        return False
    own = {
        (told.end_date or told.value).year
        for told in reading.dates.get(motion.tally_at[0], [])
        if (told.end_date or told.value) is not None
    }
    return not years & own


#: A count told once for several votes: "…, each by 14 votes to none", "were each adopted
#: by", "Both were adopted by 15 votes to none".
_EACH_BEFORE = re.compile(
    r"(?:\beach\b|^\s*Both\b"
    # "Resolutions 1737 and 1747 were both adopted unanimously, 15-0", "X and Y both passed"
    r"|\b(?:were|are|had\s+been|have\s+been)\s+(?:both|all)\b"
    r"|\bboth\s+(?:passed|carried|went|sailed|won|were)\b)[^.;:]{0,40}\Z"
)


def _each_counted(reading: Reading, index: int, start: int, motion: Motion, evidence) -> None:
    """Give a count told with "each" (or to "Both" opening the sentence, or "were both") to
    every single motion its sentence names before it ("adopted resolution 2901 and resolution
    2902, each by 14 votes to none", "2901 and 2902 were both adopted 14-0"), or, for
    "Both", to the two told last."""
    sentence = reading.sentences[index]
    before = reading.plain[sentence.start : start]
    if not _EACH_BEFORE.search(before):
        return
    named = []
    for _, other in _told_in(reading, index, reading.motions):
        if other not in named and other.first < start:
            named.append(other)
    if re.match(r"\s*Both\b", before) and len(named) < 2:
        told = [m for m in reading.motions if not m.collective and m.first < sentence.start]
        named = sorted(told, key=lambda m: _last_position(m, sentence.start))[-2:]
    others = [m for m in named if m is not motion and m.tally is None and not m.historical]
    if len(others) + (motion in named) < 2 and not re.match(r"\s*Both\b", before):
        return
    for other in others:
        other.tally, other.tally_evidence = motion.tally, evidence
        other.tally_at, other.inert = (index, start), False


def _complete_later(reading: Reading, index: int, waiting: list[Tally]) -> None:
    """A lone count told before its vote's count in the same sentence completes it: "it was
    the lone abstainer when the Council voted 14-0"; one whose motion has no count, the count
    told before it in the sentence."""
    sentence_start = reading.sentences[index].start
    for tally in waiting:
        later = [
            m
            for m in reading.motions
            if m.tally is not None
            and m.tally_at is not None
            and m.tally_at[0] == index
            and m.tally_at[1] > sentence_start + tally.start
        ]
        earlier = [
            m
            for m in reading.motions
            if m.tally is not None
            and m.tally_at is not None
            and m.tally_at[0] == index
            and m.tally_at[1] < sentence_start + tally.start
        ]
        if later or earlier:
            # (else the count told before it in the sentence: "the fifteen members raised
            # their hands and adopted resolution 1325 without a single dissent")
            motion = (
                min(later, key=lambda m: m.tally_at[1])
                if later
                else max(earlier, key=lambda m: m.tally_at[1])
            )
            if _compatible(motion.tally, tally):
                motion.tally = _merged(motion.tally, tally)
                motion.tally_parts.append(
                    reading.evidence(
                        index, sentence_start + tally.start, sentence_start + tally.end
                    )
                )


def _told_with_the_same_count(
    reading: Reading, index: int, motion: Motion | None, named: Mention | None, tally: Tally
) -> Motion | None:
    """The vote told before with the very counts an indefinite description's new motion is
    given in a generic claim ("A birthday resolution that passes 180-0 should be …"), unless
    the sentence tells another vote ("A second text also passed 180-0")."""
    if motion is None or motion.tally is not None or named is None or motion.mentions != [named]:
        return None
    if named.attributes.get("determiner") not in ("a", "an"):
        return None
    if set(named.attributes.get("modifiers", ())) & _NEW_MOTION_WORDS:
        return None
    if re.search(
        r"\b(?:also|too|another|second|other|again|likewise)\b", reading.sentences[index].text, re.I
    ):
        return None
    sentence = reading.sentences[index]
    if not re.match(
        r"[^.;:]*\b(?:should|ought|would|could|must|might)\b",
        reading.plain[sentence.start + tally.end : sentence.end],
    ):
        return None  # (a generic claim about such a text, not a vote told)
    counts = tally.counts()
    if len(counts) < 2:
        return None
    same = [
        m
        for m in reading.motions
        if m is not motion
        and m.tally is not None
        and not (m.historical or m.collective)
        and counts.items() <= m.tally.counts().items()
    ]
    return same[0] if len(same) == 1 else None


def _complete_lone(motion: Motion) -> None:
    """The lone counts told of a motion before it had a count complete the count it has now
    (its own, told later, or that of another of its names joined to it): "The Assembly
    approved a resolution on debt by 164 votes to one. There were no abstentions." """
    if motion.tally is None:
        return
    for tally, evidence in motion.lone_counts:
        if _compatible(motion.tally, tally):
            motion.tally = _merged(motion.tally, tally)
            motion.tally_parts.append(evidence)
    motion.lone_counts = []


def _plain_description(mention: Mention, indefinite: bool = False) -> bool:
    """ "the text", "the resolution": a definite description that says nothing of its own
    (with ``indefinite``, "a draft resolution" too)."""
    attributes = mention.attributes
    determiners = ("the", "this", "that", "a", "an") if indefinite else ("the", "this", "that")
    return (
        mention.form not in ("implicit", "symbol")
        and attributes.get("determiner") in determiners
        and not attributes.get("proposers")
        and not attributes.get("organ")
        and not attributes.get("modifiers")
    )


#: A clause set in another time than the story's vote, naming no motion of its own.
_OTHER_TIME = re.compile(
    r"\b(?:[Ll]ast\s+(?:year|month|week|time|session)|(?:a|one|two|three)\s+(?:years?|months?)\s+"
    r"(?:ago|earlier|before)|[Pp]reviously|[Ii]n\s+(?:19|20)\d\d)\b"
)


#: Between a description and its outcome verb, a relative clause's start: ", which was".
_RELATIVE_SUBJECT = re.compile(
    # ("the first such text in November 2019, which passed 99-50")
    r"(?:\s+in\s+[A-Z]?[\w ]{1,25}?)?"
    r",?\s+(?:which|that)\s+(?:(?:was|had|has|then|later|also|\w+ly)\s+)*"
)


def _tally_motion(
    reading: Reading, index: int, position: int, end: int | None = None
) -> tuple[Motion | None, Mention | None]:
    """The motion a tally at ``position`` counts, and the clause's mention that named it."""
    pairs = reading.motion_pairs(index)
    if end is not None:
        # "the 120 votes its October resolution received": the motion right after the count
        right_after = [p for p in pairs if 0 <= p[0].start - end <= 1]
        if right_after and re.search(r"\bvotes\s*$", reading.plain[position:end]):
            return right_after[0][1], right_after[0][0]
    before = [pair for pair in pairs if pair[0].start < position]
    sentence_start = reading.sentences[index].start
    # ("… slipped from last year, when the same resolution passed by 153 votes": the
    # subordinate clause's own subject)
    clause = re.split(r";|,\s*(?:while|when|whereas)\b", reading.plain[sentence_start:position])[-1]
    clause_start = position - len(clause)
    in_clause = [pair for pair in before if pair[0].start >= clause_start]
    if in_clause:
        # "a motion not to act on a rival draft … passed by 67 votes": the clause's subject
        outcome_before = re.search(
            r"\b(?:passed|adopted|approved|rejected|defeated|failed|carried)\b[^.;]{0,25}$",
            reading.plain[clause_start:position],
        )
        if outcome_before is None:
            return in_clause[-1][1], in_clause[-1][0]
        verb_at = clause_start + outcome_before.start()
        # "the assembly adopted a resolution by 120 votes": the verb's object
        objects = [pair for pair in in_clause if pair[0].start > verb_at]
        # "Before the vote, a motion not to act … passed by 67 votes": not the time phrase
        subjects = [
            pair
            for pair in in_clause
            if not re.search(
                r"\b(?:before|after|since|until|during|following)\s+$",
                reading.plain[max(clause_start, pair[0].start - 12) : pair[0].start],
                re.IGNORECASE,
            )
        ]
        # "the Assembly's version, which passed 133 to 24": the relative pronoun's antecedent
        relative = [
            pair
            for pair in in_clause
            if _RELATIVE_SUBJECT.fullmatch(reading.plain, pair[0].end, verb_at)
        ]
        # "The text builds on a 2021 resolution, adopted 110 to 12": the participle's noun
        participle = [
            pair
            for pair in in_clause
            if pair[0].attributes.get("determiner") in ("a", "an")
            and re.fullmatch(r",\s*", reading.plain[pair[0].end : verb_at])
        ]
        chosen = objects[-1] if objects else (participle or relative or subjects or in_clause)[0]
        return chosen[1], chosen[0]
    if before:
        return before[-1][1], None
    after = [
        pair
        for pair in pairs
        if pair[0].start >= position and len(reading.plain[position : pair[0].start].split()) <= 8
    ]
    if after:
        return after[0][1], None
    if _OTHER_TIME.search(clause):
        return None, None  # "Last year the mandate was renewed by 20 votes to 8": another vote
    told = focus_motion(reading, position)
    if told is not None:
        return told, None
    following = reading.motion_pairs(index + 1) if index + 1 < len(reading.sentences) else []
    return (following[0][1] if following else None), None


#: What comes before a resolution's number that the text cites, not votes on: "under
#: resolution 2231", "proposing to extend resolution 2231", "in breach of resolution 1701".
_CITING = re.compile(
    r"(?:\b(?:under|extend\w*|implement\w*|enforc\w*|violat\w*|amend\w*|invok\w*|"
    r"(?:in\s+line|accordance|compliance|keeping)\s+with|pursuant\s+to|"
    r"(?:commitment|adherence|reference)\s+to|respect\s+for|"
    r"(?:violations?|breach|terms|implementation|provisions|paragraph|annex)\s+of)\s+)$",
    re.IGNORECASE,
)


def _only_cited(reading: Reading, motion: Motion) -> bool:
    """Whether a numbered resolution is only cited: no count, outcome or proposer of its
    own, and each of its mentions its bare number after "under", "extend" and the like."""
    if not motion.number or motion.tally or motion.outcome or motion.proposers:
        return False
    return all(
        m.attributes.get("determiner") in ("a", "an")  # "adopts a resolution keeping …"
        or (
            re.fullmatch(r"(?:Under\s+)?[Rr]esolution", m.text) is not None
            and (
                m.text.startswith("Under")
                or _CITING.search(reading.plain, max(0, m.start - 30), m.start) is not None
            )
        )
        for m in motion.mentions
    )


def _repeated_count(reading: Reading, tally: Tally) -> bool:
    """Whether a lone count ("the 58 abstentions") is one a vote already told has."""
    counts = tally.counts()
    return len(counts) == 1 and any(
        m.tally is not None and counts.items() <= m.tally.counts().items() for m in reading.motions
    )


def _compatible(first: Tally, second: Tally, same_allowed: bool = False) -> bool:
    """Two partial tallies of one vote: no count both give differs, and the second adds a
    count (or, with ``same_allowed``, repeats them)."""
    a, b = first.counts(), second.counts()
    agree = all(a[key] == b[key] for key in a.keys() & b.keys())
    return agree and (same_allowed or bool(b.keys() - a.keys()))


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


def merge_motions(reading: Reading, has_facts: set[str]) -> None:
    """Join motions the text tells nothing distinct of into the vote they name again.

    A motion is *defined* by a tally, symbol, number, proposer, outcome, veto, a date in its
    description, or an organ's act. An undefined motion ("a resolution that mirrors …" in a
    lede, "a text that opened the way to war") joins the nearest defined motion that fits
    it — the one told before it, else the first after it — unless their ballots disagree; a
    headline's motion joins the body's first fitting one. Historical and collective motions
    stay apart.
    ``has_facts`` is unused by the rule but kept for callers that track pointed-at motions.
    """
    headline_end = _headline_end(reading)
    _amendments_in_series(reading)
    _name_implicit(reading)
    _lede_named_next(reading, headline_end)
    _content_acts(reading)
    _same_text(reading)
    _number_the_story(reading, has_facts)
    for motion in sorted(reading.motions, key=lambda m: m.first):
        if motion not in reading.motions or motion.collective or motion.historical:
            continue
        in_headline = bool(motion.mentions) and all(m.end <= headline_end for m in motion.mentions)
        proposed_only = _proposed_only(motion)
        if _defined(motion) and not in_headline and not proposed_only:
            continue
        if not in_headline and _introduced_long_before(reading, motion):
            continue
        others = [m for m in _joinable(reading, motion) if _defined(m)]
        if proposed_only:
            # "The resolution was presented by the European Union": the vote told before it
            # else, told first ("voted on a draft drawn up by X … the draft was defeated"),
            # the first vote told after it; an amendment only an amendment ("X had tabled an
            # amendment" is no second name of the resolution told before)
            others = [m for m in others if (m.kind == "amendment") == (motion.kind == "amendment")]
            before = [m for m in others if m.first < motion.first and not m.proposers]
            after = [m for m in others if m.first > motion.first and not m.proposers]
            opening = min(motion.mentions, key=lambda m: m.start)
            if opening.attributes.get("determiner") in ("a", "an", "another"):
                # "With a permanent member voting no, the draft is defeated. … A short
                # technical text put forward by France … would roll the mission over": an
                # indefinite description after a defeat brings in a new text
                before = [m for m in before if not _defeat_told_before(reading, m, opening.start)]
            target = _subject_after(reading, motion, before, after)
        elif in_headline:
            if motion.outcome == "failed":
                # a headline's "fails" also tells a veto ("… fails in Security Council" /
                # "Russia vetoed the draft")
                relaxed = replace(motion, outcome=None)
                others = [
                    m
                    for m in _joinable(reading, relaxed)
                    if m is not motion and _defined(m) and m.outcome in (None, "failed", "vetoed")
                ]
            target = next((m for m in others if m.first >= headline_end), None)
            if target is None:
                target = _proposed_alike(reading, motion, headline_end)
            if target is None:
                target = _proposed_otherwise(reading, motion, headline_end)
        else:
            before = [m for m in others if m.first < motion.first]
            after = [m for m in others if m.first > motion.first]
            if after and _opened_as_another(motion):
                # "That resolution, ES-10/3, passed 131-3-14. … Its new resolution condemns …
                # The vote, taken on a text orally amended, was 139 in favour": not the vote
                # told before it, the one counted after
                before = []
            target = _subject_after(reading, motion, before, after)
            main = main_motion(reading)
            if target is not None and main in before and _told_as_new(motion):
                # "In October 2019 the Council adopted resolution 2888. The new text builds
                # on it": the story's text, set against the older one told last
                target = main
        if target is not None:
            _absorb(reading, target, motion)


_SERIES_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6}


def _amendments_in_series(reading: Reading) -> None:
    """Amendments told one by one by their ordinals ("The first Russian amendment … failed.
    The second amendment … The third amendment …") come from the proposer of the one before
    them, when the text names no other."""
    ranked: dict[int, Motion] = {}
    for motion in sorted(reading.motions, key=lambda m: m.first):
        if motion.kind != "amendment" or motion.collective:
            continue
        ranks = {
            _SERIES_ORDINALS[word]
            for mention in motion.mentions
            for word in mention.attributes.get("modifiers", ())
            if word in _SERIES_ORDINALS
        }
        if len(ranks) != 1:
            continue
        rank = ranks.pop()
        previous = ranked.get(rank - 1)
        if (
            not motion.proposers
            and not motion.historical
            and previous is not None
            and previous.proposers
        ):
            motion.proposers = list(previous.proposers)
            motion.inert = False
        ranked[rank] = motion


def _lede_named_next(reading: Reading, headline_end: int) -> None:
    """A definite description that opens the story with nothing before it to point back to
    ("The Council extended the mission, as two members abstained over the text's wording",
    "… declined to support the U.S.-drafted measure") names ahead the vote the next sentences
    give its number or symbol ("Adopting resolution 2625 (2022) …", "Resolution 1591 was
    adopted by 12 votes"): the two are one motion when they fit."""

    def opening(motion: Motion) -> Mention:
        return min(motion.mentions, key=lambda m: m.start)

    # (a headline's count may have joined the lede's description: where its words are counts)
    told = sorted(
        (m for m in reading.motions if not m.collective and not m.historical and m.mentions),
        key=lambda m: opening(m).start,
    )
    body = [m for m in told if opening(m).start >= headline_end]
    if len(body) < 2 or len(body) < len(told):
        return
    lede, named = body[0], body[1]
    first = opening(lede)
    if (
        first.form in ("implicit", "symbol")
        or first.attributes.get("determiner") not in ("the", "this")
        or lede.number
        or lede.symbol
        or lede.implicit
        or not (named.number or named.symbol)
        or named.outcome not in (None, "adopted")
        or reading.paragraph_at(opening(named).start) - reading.paragraph_at(first.start) > 1
        or not fits(lede, named)
        or _ballots_disagree(reading, named, lede)
    ):
        return
    _absorb(reading, named, lede)


def _subject_after(
    reading: Reading, motion: Motion, before: list[Motion], after: list[Motion]
) -> Motion | None:
    """The motion an undefined ``motion`` joins: the last told before it, else the first
    after; but the first after when the one before was told on another subject ("The
    resolution on ammunition goes through 182-0. … Now the text on the legacy of nuclear
    weapons … Adopted, 174 in favour")."""
    opening = min(motion.mentions, key=lambda m: m.start) if motion.mentions else None
    topic = _topic_words(reading, opening) if opening is not None else set()
    if (
        before
        and after
        and topic
        and _other_topic(reading, before[-1], topic, opening)
        and not _other_topic(reading, (first := min(after, key=lambda m: m.first)), topic, opening)
    ):
        return first
    return before[-1] if before else (after[0] if after else None)


def _opened_as_another(motion: Motion) -> bool:
    """Whether a motion is first told, with no "the", as another vote than those before:
    "its new resolution", "another text", "a separate draft"."""
    if not motion.mentions:
        return False
    opening = min(motion.mentions, key=lambda m: m.start)
    determiner = opening.attributes.get("determiner")
    modifiers = set(opening.attributes.get("modifiers", ()))
    return determiner == "another" or (
        determiner in ("a", "an", "its", "their") and bool(modifiers & {"new", "separate"})
    )


def _told_as_new(motion: Motion) -> bool:
    """Whether a motion is told only as "the new text" ("the new resolution", "the new
    draft"): the story's text as against an older one."""
    return bool(motion.mentions) and all(
        m.attributes.get("determiner") == "the" and "new" in m.attributes.get("modifiers", ())
        for m in motion.mentions
    )


def _introduced_long_before(reading: Reading, motion: Motion) -> bool:
    """Whether a motion brought in by an indefinite description is told in a sentence that
    votes on it (a vote or outcome cue) and dates it more than a month before the article:
    "on December 2 last year Russia did block a Council draft on the former Yugoslavia,
    casting the only no vote" is an earlier vote, not the story's."""
    if reading.article_date is None or not motion.mentions:
        return False
    opening = min(motion.mentions, key=lambda m: m.start)
    if opening.attributes.get("determiner") not in ("a", "an"):
        return False
    if not any(c.family in ("VOTE", "OUTCOME") for c in reading.cues(opening.sentence)):
        return False
    limit = reading.article_date - timedelta(days=31)
    return any(
        (d.value or d.end_date) is not None
        and (d.value or d.end_date) < limit
        and not _dateline(reading, opening.sentence, d)
        for d in reading.dates.get(opening.sentence, [])
    )


def _number_the_story(reading: Reading, has_facts: set[str]) -> None:
    """A paragraph opening with a resolution's number and what it says, right after the
    story's vote was told with no number ("It took the United Nations until last Friday to
    put its condemnation into a binding resolution. …\n\nResolution 1067 rests on the
    findings of …"), names the story's vote: the number is the one it got on adoption."""
    main = main_motion(reading)
    if main is None or main.number or main.symbol or main.historical or main.collective:
        return
    if main.tally is None and main.outcome not in (None, "adopted"):
        return
    for motion in list(reading.motions):
        if (
            motion is main
            or not motion.number
            or len(motion.mentions) != 1
            or motion.first < main.first
            or motion.id in has_facts
            or motion.tally is not None
            or motion.proposers
            or motion.historical
            or motion.period is not None
            or motion.day is not None
        ):
            continue
        mention = motion.mentions[0]
        sentence = reading.sentences[mention.sentence]
        paragraph = reading.paragraph_at(mention.start)
        if (
            reading.plain[sentence.start : mention.start].strip()
            or mention.attributes.get("determiner")
            or sentence.start
            != min(s.start for s in reading.sentences if reading.paragraphs[s.index] == paragraph)
            or reading.paragraph_at(_last_position(main, mention.start)) != paragraph - 1
            or any(
                reading.paragraph_at(_last_position(m, mention.start)) == paragraph - 1
                and _last_position(m, mention.start) > _last_position(main, mention.start)
                for m in reading.motions
                if m is not main and m is not motion and not m.collective
            )
        ):
            continue
        _absorb(reading, main, motion)
        return


def _defeat_told_before(reading: Reading, motion: Motion, position: int) -> bool:
    """Whether the text told before ``position`` that ``motion`` failed or was vetoed."""
    return motion.outcome in ("failed", "vetoed", "withdrawn") and any(
        e.start - reading.offset < position for e in motion.outcome_evidence
    )


def _proposed_alike(reading: Reading, motion: Motion, headline_end: int) -> Motion | None:
    """The body's first motion that fits a headline's and has its proposer ("US resolution
    goes through" / "a U.S.-sponsored resolution"), though a ballot of the headline's
    disagrees with the body's ("India votes against Colombo" / "India voted in favour"): a
    headline condenses, so the body's ballot stands and the headline's is dropped."""
    if not motion.proposers:
        return None
    target = next(
        (
            m
            for m in sorted(reading.motions, key=lambda m: m.first)
            if m is not motion
            and not m.collective
            and not m.historical
            and m.first >= headline_end
            and set(m.proposers) & set(motion.proposers)
            and fits(m, motion)
        ),
        None,
    )
    if target is None:
        return None
    told = {
        f.fields["voter"]: f.fields["option"]
        for f in reading.facts
        if f.type == "ballot" and f.fields["motion"] == target.id
    }
    for fact in list(reading.facts):
        if (
            fact.type == "ballot"
            and fact.fields["motion"] == motion.id
            and told.get(fact.fields["voter"], fact.fields["option"]) != fact.fields["option"]
        ):
            reading.facts.remove(fact)
    return target


def _proposed_otherwise(reading: Reading, motion: Motion, headline_end: int) -> Motion | None:
    """The story's vote, when a headline names its proposer otherwise than the body does
    ("Palestinian resolution falls short" / "The draft, submitted by Jordan on behalf of the
    Arab Group, …"): a headline condenses, so the body's proposers stand and the headline's
    are dropped. Only the story's vote, only when it fits in all else and is the one body vote
    that does."""
    main = main_motion(reading)
    if not motion.proposers or main is None or main.first < headline_end or not main.proposers:
        return None
    failed = motion.outcome == "failed" and main.outcome == "vetoed"  # as merge_motions reads
    unnamed = replace(motion, proposers=[], outcome=None if failed else motion.outcome)
    fitting = [
        m
        for m in _joinable(reading, unnamed)
        if m.first >= headline_end and fits(m, unnamed) and m is not motion
    ]
    if fitting != [main]:
        return None
    motion.proposers = []
    return main


def _same_text(reading: Reading) -> None:
    """ "X then put the same text to a vote": a motion named as "the same text" that the text
    gives no vote of its own (tally, outcome, date) is the story's vote, not the one told
    just before it ("Egypt had tabled the draft, then withdrew it")."""
    main = main_motion(reading)
    for motion in list(reading.motions):
        if not motion.same or motion is main or main is None:
            continue
        if motion.tally or motion.outcome or motion.day or motion.period or motion.symbol:
            continue
        if motion.historical:
            continue  # "when the same text came up in 2021": the text's earlier vote
        if main in _joinable(reading, motion):
            _absorb(reading, main, motion)


def infer_vetoes(reading: Reading) -> None:
    """A Security Council draft that permanent members voted against, with the nine votes
    it needed or a failure the text reports, was vetoed by them (UN Charter Art. 27(3)); one
    the text says had fewer than nine votes in favour failed, whoever voted against it.

    >>> from kg.extract import extract
    >>> [(f.fields["outcome"], f.fields["vetoed_by"]) for f in extract(
    ...     "The Security Council draft won 13 votes. The two no votes came from Russia and "
    ...     "China.").facts_of("motion")]
    [('vetoed', ['RUS', 'CHN'])]
    """
    from kg.extract.ballots import permanent_members

    for motion in reading.motions:
        if motion.organ != "SC" or motion.outcome in ("adopted", "withdrawn") or motion.collective:
            continue
        enough = motion.tally is not None and (motion.tally.yes or 0) >= 9
        short = motion.tally is not None and motion.tally.yes is not None and not enough
        short = short or (motion.outcome == "failed" and _said_short(motion))
        if short or not (enough or motion.outcome in ("failed", "vetoed")):
            continue  # short of nine votes, a permanent member's No is no veto
        if enough and _procedural(reading, motion):
            # "a procedural vote … Because the question was procedural, the veto did not
            # apply": nine votes carry it, whoever votes against (Art. 27(2))
            motion.outcome = motion.outcome or "adopted"
            continue
        noes = [
            fact.fields["voter"]
            for fact in reading.facts
            if fact.type == "ballot"
            and fact.fields["motion"] == motion.id
            and fact.fields["option"] == "no"
            and fact.fields["voter"] in permanent_members()
        ]
        if noes:
            motion.vetoed_by += [voter for voter in noes if voter not in motion.vetoed_by]
            motion.outcome = "vetoed"


#: A passage that says no veto applies to its vote: "the veto did not apply", "No veto applies
#: to such votes", "not subject to the veto".
_NO_VETO_APPLIES = re.compile(
    r"\b(?:no\s+veto\s+(?:applie[sd]|can\s+be\s+(?:used|cast))|veto\s+(?:did|does)\s+not\s+"
    r"apply|veto\s+(?:doesn't|didn't)\s+apply|not\s+subject\s+to\s+(?:the\s+|a\s+)?veto)",
    re.IGNORECASE,
)


def _procedural(reading: Reading, motion: Motion) -> bool:
    """Whether a Council vote is procedural, where no veto applies: a procedural motion,
    one told as "a procedural vote", or in a passage that says the veto did not apply."""
    return (
        motion.kind == "procedural"
        or any("procedural" in m.attributes.get("modifiers", ()) for m in motion.mentions)
        or _NO_VETO_APPLIES.search(reading.plain) is not None
    )


#: A failure for want of votes: "fell short", "failed to get enough votes".
_SHORT_OF_VOTES = re.compile(
    r"^(?:fell|falls|fall)\s+short|^short\s+of|^failed\s+to\s+(?:win|get|secure|obtain|gain|"
    r"garner|receive|attract|muster)\s+(?:the\s+)?(?:enough|nine|required|necessary|minimum)",
    re.IGNORECASE,
)


def _said_short(motion: Motion) -> bool:
    """Whether the text says the motion failed for want of votes (no veto then)."""
    for evidence in motion.outcome_evidence:
        at = evidence.sentence_text.find(evidence.mention)
        if at >= 0 and _SHORT_OF_VOTES.match(evidence.sentence_text[at:]):
            return True
    return False


#: Members of the organs whose counts decide a vote by themselves (the Assembly's largest).
_ASSEMBLY_SEATS, _COUNCIL_SEATS, _RIGHTS_COUNCIL_SEATS = 193, 15, 47


def infer_outcomes(reading: Reading) -> None:
    """The outcome a tally decides when the text names none, by the organ's voting rules:

    - General Assembly: adopted with at least twice as many votes for as against (two
      thirds of those voting, enough for an important question too; without a count against,
      two thirds of all 193 seats), failed with fewer for than against;
    - Human Rights Council: a simple majority of those voting (without a count against,
      24 of 47);
    - Security Council: failed short of nine votes in favour; adopted with nine and none
      against (no veto could have been cast).

    "The same text drew 187 votes last year" was adopted; "the Russian draft won only four
    votes" failed. A count of more voters than the Human Rights Council has, of a motion no
    organ is known of, follows the Assembly's rule.

    >>> from kg.extract import extract
    >>> [f.fields["outcome"] for f in extract(
    ...     "Last year the General Assembly resolution drew 187 votes.").facts_of("motion")]
    ['adopted']
    """
    for motion in reading.motions:
        tally = motion.tally
        if (
            motion.outcome == "failed"
            and motion.organ in ("GA", "HRC")
            and tally is not None
            and tally.form in ("to", "dashed")
            and tally.yes is not None
            and tally.no is not None
            and tally.yes > tally.no
        ):
            # "was voted down, 19 to 17": a motion the Assembly or the Human Rights Council
            # rejected had more votes against it (the larger count of a bare pair is the No)
            motion.tally = replace(tally, yes=tally.no, no=tally.yes)
        if (
            motion.organ == "SC"
            and motion.outcome == "vetoed"
            and motion.tally is not None
            and motion.tally.yes is not None
            and motion.tally.yes < 9
        ):
            # "it was rejected after attracting a single vote": short of nine votes a draft
            # fails, whoever voted against it (see infer_vetoes)
            motion.outcome, motion.vetoed_by = "failed", []
        if motion.outcome or motion.collective:
            continue
        listed = _listed_with(reading, motion)
        if listed is not None:
            # "Resolutions 1737 and 1747 were adopted": what the list underwent, each did
            motion.outcome = listed.outcome
            motion.outcome_evidence += listed.outcome_evidence
            continue
        outcome = _counted_outcome(motion)
        if outcome is not None:
            motion.outcome = outcome
            motion.outcome_evidence.append(motion.tally_evidence)
            motion.inert = False
        elif (numbered := _numbered_resolution(reading, motion)) is not None:
            # "Resolution 1957 lifts restrictions …": only an adopted text has a number
            motion.outcome = "adopted"
            motion.outcome_evidence.append(numbered)


def _listed_with(reading: Reading, motion: Motion) -> Motion | None:
    """The motion with an outcome named in the same list of numbered resolutions as
    ``motion`` ("Resolutions 1737 and 1747"), or None."""
    listed = [m.sentence for m in motion.mentions if "listed" in m.attributes]
    for other in reading.motions:
        if (
            other is not motion
            and other.outcome
            and any("listed" in m.attributes and m.sentence in listed for m in other.mentions)
        ):
            return other
    return None


def _counted_outcome(motion: Motion) -> str | None:
    """The outcome ``motion``'s count decides by its organ's rules (see
    :func:`infer_outcomes`), or None."""
    if motion.tally is None:
        return None
    counts = motion.tally.counts()
    yes, no = counts.get("yes"), counts.get("no")
    if yes is None:
        return None
    outcome = None
    # a count larger than the Human Rights Council is the Assembly's (or one of its main
    # committees', which vote by its rules): "American Samoa: 156 in favour, 2 against"
    plenary = motion.organ is None and sum(counts.values()) > _RIGHTS_COUNCIL_SEATS
    if motion.organ == "GA" or plenary:
        if (no is not None and yes >= 2 * no) or (no is None and 3 * yes >= 2 * _ASSEMBLY_SEATS):
            outcome = "adopted"
        elif no is not None and yes < no:
            outcome = "failed"
    elif motion.organ == "HRC":
        if (no is not None and yes > no) or (no is None and 2 * yes > _RIGHTS_COUNCIL_SEATS):
            outcome = "adopted"
        elif no is not None and yes <= no:
            outcome = "failed"
    elif motion.organ == "SC":
        if yes < 9:
            outcome = "failed"
        elif no == 0 or yes == 15:  # (all fifteen in favour: none left to veto it)
            outcome = "adopted"
    return outcome


def _numbered_resolution(reading: Reading, motion: Motion):
    """The evidence of the resolution number or symbol a motion is told by, or None (a draft's
    symbol, "S/2025/112", numbers no adopted text)."""
    if motion.kind != "resolution" or not (motion.number or motion.symbol):
        return None
    if _only_cited(reading, motion):
        return None  # ("in line with resolution 2231": a text cited, no vote the story tells)
    if motion.symbol and "/RES/" not in motion.symbol:
        return None
    number = motion.number or ""
    told = [
        m
        for m in motion.mentions
        if m.form == "symbol"
        or (number and re.match(rf"\s*{re.escape(number)}\b", reading.plain[m.end : m.end + 20]))
    ]
    if not told:
        return None
    return reading.evidence(told[0].sentence, told[0].start, told[0].end + 1 + len(number))


def _name_implicit(reading: Reading) -> None:
    """An organ's act names no motion ("the General Assembly today revoked …"); a fitting
    description in the same or the next two sentences names it ("a resolution of that kind",
    "The repeal … passed")."""
    for motion in sorted(reading.motions, key=lambda m: m.first):
        if motion not in reading.motions or not motion.implicit or motion.historical:
            continue
        if not motion.mentions or motion.mentions[0].form != "implicit":
            continue
        if any(m.form != "implicit" and not _plain_description(m) for m in motion.mentions):
            continue  # "the text" told later joined the act: it names the act's motion too
        sentence = min(m.sentence for m in motion.mentions) if motion.mentions else None
        if sentence is None:
            continue
        # a lede's summary in the present perfect ("the Council has set up an inquiry") is
        # told again further on ("On Wednesday the Council adopted a resolution creating …")
        summary = re.search(r"\b(?:has|have)\s+(?:\w+ly\s+)?\w+$", motion.mentions[0].text)
        reach = 8 if summary else 2
        following = [
            m
            for m in _joinable(reading, motion)
            if m.first > motion.first and any(x.sentence <= sentence + reach for x in m.mentions)
        ]
        if summary and following:
            between = [
                m
                for m in reading.motions
                if motion.first < m.first < following[0].first
                and m is not motion
                and not m.collective
                and not m.historical
            ]
            following = following if not between else []
        if following:
            target = following[0]
            _absorb(reading, motion, target)


#: What dates an organ's act to another time than the vote just told: a year, "had", "in
#: the past", "earlier", "previously", "already".
_ACT_OF_ANOTHER_TIME = re.compile(
    r"\b(?:19|20)\d\d\b|\b(?:ha[sd]|have)\s+(?:\w+ly\s+)?\w+ed\b|\b(?:earlier|previously|already|"
    r"before|past|ago|last|next|will|would|could|may|might)\b",
    re.IGNORECASE,
)


def _content_acts(reading: Reading) -> None:
    """An organ's act told right after the organ adopted a motion, with no motion of its own
    ("The Council adopted resolution 2001 … The Council also decided to set up a committee",
    "… The Assembly further called on states to …"): what the adopted text does, not another
    vote. It joins that motion."""
    for motion in sorted(reading.motions, key=lambda m: m.first):
        if (
            motion not in reading.motions
            or not motion.implicit
            or motion.historical
            or motion.collective
            or not motion.mentions
            or any(m.form != "implicit" for m in motion.mentions)
            or any(m.attributes.get("noun") in _ADOPTING | {"voted"} for m in motion.mentions)
            or _defined(replace(motion, implicit=False, outcome=None))
        ):
            continue
        act = motion.mentions[0]
        sentence = reading.sentences[act.sentence]
        dated = any(sentence.start + d.start < act.end for d in reading.dates.get(act.sentence, []))
        if dated or _ACT_OF_ANOTHER_TIME.search(reading.plain, sentence.start, act.end):
            continue  # "On September 12 the Assembly endorsed …": a vote of another day
        told = [
            m
            for m in reading.motions
            if m is not motion and not m.collective and _last_position(m, act.start) >= 0
        ]
        if not told:
            continue
        last = max(told, key=lambda m: _last_position(m, act.start))
        if (
            last.historical
            or last.kind == "amendment"
            or last.organ != motion.organ
            or last.outcome != "adopted"
            or reading.paragraph_at(act.start)
            - reading.paragraph_at(_last_position(last, act.start))
            > 2
        ):
            continue
        _absorb(reading, last, motion)


def _joinable(reading: Reading, motion: Motion) -> list[Motion]:
    """The motions ``motion`` could be one with: single, of the present, fitting, and with no
    ballot of theirs disagreeing with its."""
    return [
        m
        for m in reading.motions
        if m is not motion
        and not m.collective
        and not m.historical
        and fits(m, motion)
        and not _ballots_disagree(reading, m, motion)
    ]


def _proposed_only(motion: Motion) -> bool:
    """A motion the text tells only who proposed, named by plain descriptions ("the
    resolution", "the text")."""
    return bool(
        motion.proposers
        and motion.mentions
        and all(_plain_description(m, indefinite=True) for m in motion.mentions)
        and not _defined(motion, proposers=False)
    )


def _defined(motion: Motion, proposers: bool = True) -> bool:
    return bool(
        motion.tally
        or motion.symbol
        or motion.number
        or (proposers and motion.proposers)
        or motion.outcome
        or motion.vetoed_by
        or motion.implicit
        or motion.day_rule == "description"
    )


def _ballots_disagree(reading: Reading, first: Motion, second: Motion) -> bool:
    options: dict[str, str] = {}
    for fact in reading.facts:
        if fact.type == "ballot" and fact.fields["motion"] == first.id:
            options[fact.fields["voter"]] = fact.fields["option"]
    return any(
        fact.type == "ballot"
        and fact.fields["motion"] == second.id
        and options.get(fact.fields["voter"], fact.fields["option"]) != fact.fields["option"]
        for fact in reading.facts
    )


def _absorb(reading: Reading, target: Motion, motion: Motion) -> None:
    for mention in motion.mentions:
        reading.motion_of[(mention.start, mention.end)] = target
    target.mentions = sorted(target.mentions + motion.mentions, key=lambda m: m.start)
    target.proposers += [p for p in motion.proposers if p not in target.proposers]
    target.vetoed_by += [v for v in motion.vetoed_by if v not in target.vetoed_by]
    for attribute in ("organ", "symbol", "number", "outcome", "day", "period", "rollcall"):
        if getattr(target, attribute) is None and getattr(motion, attribute) is not None:
            setattr(target, attribute, getattr(motion, attribute))
    target.outcome_evidence += motion.outcome_evidence
    if target.tally is None and motion.tally is not None:
        target.tally, target.tally_evidence = motion.tally, motion.tally_evidence
        target.tally_at = motion.tally_at
        target.tally_parts = motion.tally_parts
    elif (
        target.tally is not None
        and motion.tally is not None
        and motion.tally_evidence is not None
        and target.tally.yes is None
        and motion.tally.yes is not None
        and _compatible(target.tally, motion.tally)
    ):
        # a lone count joined first ("the eight countries that abstained") completes the full
        # count of the motion joined to it, which leads
        parts = [*motion.tally_parts, target.tally_evidence, *target.tally_parts]
        target.tally = _merged(motion.tally, target.tally)
        target.tally_evidence, target.tally_at = motion.tally_evidence, motion.tally_at
        target.tally_parts = [part for part in parts if part is not None]
    elif (
        target.tally is not None
        and motion.tally is not None
        and _compatible(target.tally, motion.tally)
    ):
        # a headline's "in 100-11 vote" and the body's "by 100 votes to 11, with 58
        # abstentions": the counts the joined motion adds complete the target's
        parts = [*target.tally_parts, motion.tally_evidence, *motion.tally_parts]
        target.tally = _merged(target.tally, motion.tally)
        target.tally_parts = [part for part in parts if part is not None]
    target.lone_counts += motion.lone_counts
    _complete_lone(target)
    target.inert = target.inert and motion.inert
    reading.motions.remove(motion)
    # one ballot per voter and option: two options of one voter ("abstained in 2024; this
    # week all of them voted yes") stay apart for their time hints to place them
    ballots: dict[tuple[str, str], object] = {}
    for fact in list(reading.facts):
        if fact.fields.get("motion") == motion.id:
            fact.fields["motion"] = target.id
        target_ref = fact.fields.get("target")
        if isinstance(target_ref, dict) and target_ref.get("key") == motion.id:
            target_ref["key"] = target.id
        if fact.type == "ballot" and fact.fields["motion"] == target.id:
            voter = (fact.fields["voter"], fact.fields["option"])
            if voter in ballots:
                ballots[voter].evidence.extend(fact.evidence)
                reading.facts.remove(fact)
            else:
                ballots[voter] = fact


#: A newsletter's line of contents: "In this issue:", "In this edition:", "Inside:".
_TEASER = re.compile(
    r"\W*(?:In\s+(?:this|today's|this\s+week's)\s+(?:issue|edition|briefing|newsletter|"
    r"bulletin)|Also\s+inside|Inside|In\s+brief)\s*:",
    re.IGNORECASE,
)


def _headline_end(reading: Reading) -> int:
    """Where a headline ends: the first sentences without final punctuation (a kicker such as
    "OPINION", the headline, a date line: up to three), else 0."""
    sentences = reading.sentences
    end = 0
    for number, sentence in enumerate(sentences[: min(3, len(sentences) - 1)]):
        first = sentence.text.rstrip()
        following = sentences[number + 1]
        if (
            first.endswith("?")
            and "\n" not in reading.plain[sentence.end : following.start]
            and not following.text.rstrip().endswith((".", "!", "?", '"', "'"))
        ):
            # "Guns or growth? The Assembly asked again, and Washington said no again": a
            # question opening the headline's line
            end = sentence.end
            continue
        if _TEASER.match(first):
            # a newsletter's contents line ("In this issue: …; Israel's entrepreneurship text
            # survives again.") names its stories as a headline does, not the first one told
            end = sentence.end
            continue
        if first.endswith(("'", '"')) and not first.rstrip("'\"").endswith((".", "!", "?")):
            first = first.rstrip("'\"")  # "Russia vetoes UN resolution on Srebrenica 'genocide'"
        if first.endswith((".", "!", "?", '"', "'")):
            break
        end = sentence.end
    return end


def date_motions(reading: Reading) -> None:
    """Give every motion its day (or period) from the text (see the module notes)."""
    ordered = sorted(reading.motions, key=lambda m: m.first)
    pending: list[tuple[Motion, DateMention]] = []
    for motion in ordered:
        if motion.period and not motion.day and motion.day_rule == "description":
            _day_in_period(reading, motion)
        if motion.day or motion.period:
            continue
        fallback = None
        for index in _event_sentences(motion):
            mentions = [d for d in reading.dates.get(index, []) if not _dateline(reading, index, d)]
            if _in_dating_clause(reading, motion, index, mentions):
                # "Twelve days after Russia vetoed a draft, …": dated by the other vote, unless
                # the clause tells its own day ("Twenty years after the Council adopted
                # resolution 1325 in October 2000, …")
                own = [
                    d
                    for d in mentions
                    if (d.value is not None or d.start_date is not None)
                    and _in_relative_clause(reading, index, d, mentions)
                ]
                if own:
                    _dated_by_sentence(motion, own[0])
                    break
                continue
            relative = [
                d
                for d in mentions
                if _dates_motion(reading, motion, index, d)
                and not _attributive(reading, index, d)
                and not _other_clause(reading, motion, index, d)
            ]
            fixed = [
                d
                for d in mentions
                if (d.value is not None or d.start_date is not None)
                and not _in_counted_clause(reading, motion, index, d, mentions)
                and not _runs_until(reading, index, d)
                and not _after_the_vote(reading, motion, d)
                and not _since(reading, motion, index, d)
                and not _planned_day(reading, index, d)
                and not _after_semicolon(reading, motion, index, d)
                and not _in_relative_aside(reading, index, d)
                and not _compared_time(reading, motion, index, d)
                and not _other_event_day(reading, index, d)
                and not _this_years_edition(reading, index, d)
                and not _CONTENT_BEFORE.search(
                    reading.sentences[index].text, max(0, d.start - 60), d.start
                )
            ]
            when = _when_antecedent(reading, motion, index, mentions)
            if when is not None:
                # "an escalation that began in June, when the Council in resolution 1816 first
                # allowed …": the time the "when" clause hangs on, not the sentence's other day
                _dated_by_sentence(motion, when)
                break
            earlier = [d for d in fixed if _in_earlier_clause(reading, motion, index, d)]
            fixed = [d for d in fixed if d not in earlier]
            if earlier and not fixed and not relative:
                break  # the sentence tells the vote undated, after an earlier event's day
            later = [d for d in fixed if _before_after_clause(reading, motion, index, d)]
            if later and len(later) == len(fixed) and not relative:
                # "were celebrating on Saturday after the Assembly endorsed a resolution": the
                # day of what followed the vote, its own unless a later sentence tells the
                # vote's ("… was carried on Friday")
                fallback = fallback or (later[0], True)
                continue
            aside = [
                d
                for d in fixed
                if _in_participle_clause(reading, motion, index, d)
                or _day_of_saying(reading, motion, index, d)
            ]
            if aside and len(aside) == len(fixed) and not relative:
                # "has endorsed the zone, giving weight to the treaty the states signed in
                # September": the day of what the participle tells, unless no other is told
                fallback = fallback or (aside[0], False)
                continue
            chosen = _nearest(reading, motion, index, fixed) if fixed else None
            if fallback is not None and (relative or chosen is not None):
                if chosen is None or (fallback[1] and not _shortly_before(chosen, fallback[0])):
                    break  # "… published in July": not the day before the one told
                fallback = (chosen, False)
                break
            if relative and not (
                chosen is not None and _closer(reading, motion, index, chosen, relative[0])
            ):
                pending.append((motion, relative[0]))
                break
            if chosen is not None:
                _dated_by_sentence(motion, chosen)
                break
        if fallback is not None and not motion.day and not motion.period:
            _dated_by_sentence(motion, fallback[0])
    for motion in ordered:
        if motion.period and not motion.day and motion.day_rule == "sentence":
            # "voted on Myanmar this week … on Christmas Eve adopted": the day in that week
            _day_in_period(reading, motion)
    for motion, mention in pending:
        anchor = _anchor_day(reading, motion, mention, ordered)
        if anchor is not None:
            motion.day = mention.shifted(anchor)
            motion.day_rule = f"relative-{mention.anchor}"
            if mention.offset_months and not _exact_offset(reading, motion, mention):
                # "Nine months later the Assembly's version passed": a month away tells the
                # month (a year away, the year), not the day
                motion.period, motion.day = _span_of(motion.day, mention), None
    _date_by_each_other(reading, ordered)
    for motion in ordered:
        if motion.day or motion.period or motion.historical:
            continue
        if any(
            d.kind == "relative"
            and _relative_to_a_vote(reading, index, d)
            and not _attributive(reading, index, d)
            and not _other_clause(reading, motion, index, d)
            for index in _event_sentences(motion)
            for d in reading.dates.get(index, [])
        ):
            continue  # "three days after Russia vetoed a draft": dated by another vote, not told
        period = _period_pointed_back(reading, motion)
        if period is not None:
            motion.period, motion.day_rule = period, "narrative"
            continue
        then = _then_pointed_back(reading, motion)
        if then is not None:
            _dated_by_sentence(motion, then)
            continue
        host = _amended(ordered, motion)
        if host is not None:
            # "the one the council adopted last week … the Chinese amendment was shot down": an
            # amendment is voted at the sitting of the text it amends
            motion.day, motion.period, motion.day_rule = host.day, host.period, "amended"
            continue
        # a vote the text does not date is on the day the text is telling of
        motion.day = _narrative_day(reading, motion)
        motion.day_rule = "narrative"
        if motion.day == reading.article_date and motion is main_motion(reading):
            # "The resolution on X has long been routine. Tuesday's plenary showed …": the
            # story's vote on the day of the week its lede names next
            motion.day = _weekday_after(reading, motion) or motion.day
    _date_listed(reading)


#: "This year's text", "the resolution, this year focusing on disability": the year names
#: the edition of a recurring text, not the day of its vote.
_EDITION_AFTER = re.compile(r"['\u2019]s\b|\s+(?:\w+ing|focused|centred|centered)\s+on\b")


def _this_years_edition(reading: Reading, index: int, mention: DateMention) -> bool:
    """Whether "this year" tells which edition of a text it is ("This year's text went
    further"), not when it was voted on (but "earlier this year the Council adopted it")."""
    if mention.text.lower() != "this year":
        return False
    return _EDITION_AFTER.match(reading.sentences[index].text, mention.end) is not None


def _date_listed(reading: Reading) -> None:
    """Resolutions named in one list ("Resolutions 1737 and 1747, in December 2006 and March
    2007, were adopted") take the days the list gives them, one each in order, and no day of
    their sentence's other clauses ("…, and resolution 1803 won 14 votes in March 2008")."""
    for motion in reading.motions:
        listed = [m for m in motion.mentions if "listed" in m.attributes]
        if not listed:
            continue
        part = listed[0]
        motion.day, motion.period, motion.day_rule = None, None, ""
        siblings = sorted(
            (m for other in reading.motions for m in other.mentions if "listed" in m.attributes
             and m.sentence == part.sentence),
            key=lambda m: m.start,
        )  # fmt: skip
        sentence = reading.sentences[part.sentence]
        after = re.match(r",\s+in\s+[^,;.]+,", reading.plain[siblings[-1].end : sentence.end])
        if after is None:
            continue
        low = siblings[-1].end - sentence.start
        high = low + after.end()
        days = [d for d in reading.dates.get(part.sentence, []) if low <= d.start < high]
        if len(days) != len(siblings):
            continue
        told = days[part.attributes["listed"]]
        if told.value is not None:
            motion.day, motion.day_rule = told.value, "listed"
        elif told.start_date is not None and told.end_date is not None:
            motion.period, motion.day_rule = (told.start_date, told.end_date), "listed"


def _amended(ordered: list[Motion], motion: Motion) -> Motion | None:
    """The dated text told last before an undated amendment (the text it amends), or None."""
    if motion.kind != "amendment":
        return None
    hosts = [
        m
        for m in ordered
        if m.first < motion.first
        and m.kind != "amendment"
        and not m.historical
        and not m.collective
        and (m.day or m.period)
    ]
    return hosts[-1] if hosts else None


def _dated_by_sentence(motion: Motion, mention: DateMention) -> None:
    """Give ``motion`` the day (or the period) a sentence telling it gives."""
    motion.day = mention.value
    if mention.value is None:
        motion.period = (mention.start_date, mention.end_date)
    motion.day_rule = "sentence"


def _exact_offset(reading: Reading, motion: Motion, mention: DateMention) -> bool:
    """Whether a months' or years' offset is told to the day: "ten years ago today",
    "a year to the day"."""
    for index in _event_sentences(motion):
        if mention in reading.dates.get(index, []):
            after = reading.sentences[index].text[mention.end : mention.end + 20]
            return re.match(r"\s*(?:today|to\s+the\s+day)\b", after) is not None
    return False


def _span_of(day: date, mention: DateMention) -> tuple[date, date]:
    """The month of ``day``, or its year when the offset is told in years ("a year earlier";
    "twelve months earlier" is a month's precision)."""
    if mention.offset_months % 12 == 0 and not re.search(r"\bmonths?\b", mention.text, re.I):
        return date(day.year, 1, 1), date(day.year, 12, 31)
    following = date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return date(day.year, day.month, 1), following - timedelta(days=1)


def _period_pointed_back(reading: Reading, motion: Motion) -> tuple[date, date] | None:
    """The month or year of the sentence before, for a motion first told by a demonstrative
    that points back to it: "In August … it voted to send a protection force. That
    US-drafted resolution went through …"."""
    first = min(motion.mentions, key=lambda m: m.start) if motion.mentions else None
    if first is None or first.attributes.get("determiner") not in ("that", "this"):
        return None
    index = first.sentence - 1
    if index < 0 or reading.paragraph_at(reading.sentences[index].start) != reading.paragraph_at(
        first.start
    ):
        return None
    told = [d for d in reading.dates.get(first.sentence, []) if d.value or d.start_date]
    before = [d for d in reading.dates.get(index, []) if d.value or d.start_date]
    if told or len(before) != 1 or before[0].value is not None:
        return None
    return before[0].start_date, before[0].end_date


#: "then" pointing back to a time told before: "When the same text came up then, it won 14
#: votes", "back then", "at the time" (not "Then the Council voted" nor "and then, …", a
#: sequence).
_THEN_BACK = re.compile(
    r"\b(?:back\s+then|at\s+the\s+time|at\s+that\s+time)\b|(?<=\w\s)(?<!\band\s)"
    # (not "since then", "until then": another time than the one told)
    r"(?<!\bsince\s)(?<!\buntil\s)(?<!\bbefore\s)(?<!\bafter\s)then(?=\s*[,;.])",
    re.IGNORECASE,
)


def _then_pointed_back(reading: Reading, motion: Motion) -> DateMention | None:
    """The one date of the sentence before, for a motion first told in a sentence whose "then"
    points back to it: "The contrast with last June is striking. When the same authorisation
    came up then, it won 14 votes"."""
    index = motion.tally_at[0] if motion.tally_at is not None else None
    if motion.mentions:
        first = min(motion.mentions, key=lambda m: m.start).sentence
        index = first if index is None else min(index, first)
    if index is None or index < 1:
        return None
    sentence = reading.sentences[index]
    if not _THEN_BACK.search(sentence.text) or any(
        d.value or d.start_date for d in reading.dates.get(index, [])
    ):
        return None
    if reading.paragraph_at(reading.sentences[index - 1].start) != reading.paragraph_at(
        sentence.start
    ):
        return None
    before = [d for d in reading.dates.get(index - 1, []) if d.value or d.start_date]
    return before[0] if len(before) == 1 else None


def join_dated_descriptions(reading: Reading) -> None:
    """A description that only dates its vote ("the 2007 text", "the March text") names the
    one counted vote of that time, once votes are dated: "… than the first such text in
    December 2007, which passed 104-54. Guatemala, which supported the 2007 text, …".

    >>> from kg.extract import extract
    >>> result = extract(
    ...     "The assembly adopted the resolution on Thursday by 106 votes to 46, more than the "
    ...     "first such text in December 2007, which passed 104-54.\\n\\nChile, which opposed "
    ...     "the 2007 text, voted yes.", article_date=date(2008, 12, 19))
    >>> sorted((f.fields["voter"], f.fields["option"], f.fields["date"])
    ...        for f in result.facts_of("ballot"))
    [('CHL', 'no', None), ('CHL', 'yes', '2008-12-18')]
    >>> len(result.facts_of("motion"))
    2
    """
    for motion in list(reading.motions):
        if motion.day_rule != "description" or motion.tally or motion.collective:
            continue
        counted = [
            other
            for other in reading.motions
            if other is not motion
            and other.tally is not None
            and not other.collective
            and _named_or_dated(other)
            and (other.day or other.period)
            and _in_time(other, motion.period)
            and (other.day is not None or motion.period[0] <= other.period[0])
            and not (other.organ and motion.organ and other.organ != motion.organ)
        ]
        if len(counted) == 1:
            counted[0].historical = counted[0].historical or motion.historical
            _absorb(reading, counted[0], motion)


def join_same_day(reading: Reading) -> None:
    """Two motions of the same day that nothing sets apart are one vote told twice: "a text
    drafted by France … The draft demands …" and, hours later in a live blog, "ADOPTED.
    Resolution 2593 passes with 13 votes". Only when they are the day's only two motions,
    their organs, outcomes, counts, numbers and proposers agree (or one lacks them), and
    neither is historical or collective; the later joins the earlier.
    """
    by_day: dict[date, list[Motion]] = {}
    for motion in reading.motions:
        if motion.day is not None and not motion.collective and _named_or_dated(motion):
            by_day.setdefault(motion.day, []).append(motion)
    for motions in by_day.values():
        if len(motions) != 2 or any(m.historical for m in motions):
            continue
        first, later = sorted(motions, key=lambda m: m.first)
        if first.kind == "amendment" or later.kind == "amendment" or not fits(first, later):
            continue
        if any(_only_cited(reading, m) for m in motions):
            continue  # "proposing to extend resolution 2231": a text cited, no vote that day
        if first.tally is not None and later.tally is not None:
            continue  # two counts: two votes
        _absorb(reading, first, later)
    _join_day_in_week(reading)


def _join_day_in_week(reading: Reading) -> None:
    """A vote told by its week ("The council last week adopted a resolution on arms
    transfers") and the one vote dated to a day of that week ("On Friday, July 1, the council
    approved a resolution …") that nothing sets apart are one vote, on that day."""
    for motion in list(reading.motions):
        if (
            motion not in reading.motions
            or motion.day is not None
            or motion.period is None
            or motion.collective
            or motion.historical
            or (motion.period[1] - motion.period[0]).days > 7
        ):
            continue
        inside = [
            other
            for other in reading.motions
            if other is not motion
            and not other.collective
            and not other.historical
            and other.day is not None
            and motion.period[0] <= other.day <= motion.period[1]
        ]
        if len(inside) != 1:
            continue
        other = inside[0]
        if (
            "amendment" in (motion.kind, other.kind)
            or not fits(motion, other)
            or (motion.tally is not None and other.tally is not None)
            or _only_cited(reading, other)
        ):
            continue
        first, later = sorted((motion, other), key=lambda m: m.first)
        day = other.day
        _absorb(reading, first, later)
        first.day, first.period = day, None


def _named_or_dated(motion: Motion) -> bool:
    """Whether a phrase names ``motion`` or the text dates it: a count alone, dated only by
    where the text is, is left to :func:`join_unnamed_counts`."""
    return bool(motion.mentions) or motion.day_rule != "narrative"


def join_unnamed_counts(reading: Reading) -> None:
    """A count no phrase names ("Government hails 124-11 vote" in a subheading), dated only by
    where the text is, repeats the one vote whose count agrees with it."""
    for motion in list(reading.motions):
        if motion.mentions or motion.tally is None or motion.day_rule != "narrative":
            continue
        agreeing = [
            other
            for other in reading.motions
            if other is not motion
            and not other.collective
            and other.tally is not None
            and _compatible(motion.tally, other.tally, True)
        ]
        if len(agreeing) == 1:
            _absorb(reading, agreeing[0], motion)
            continue
        uncounted = [
            other
            for other in reading.motions
            if other is not motion
            and not other.collective
            and not other.historical
            and other.mentions
            and other.outcome in (None, motion.outcome)
        ]
        others = [m for m in reading.motions if m is not motion and not m.collective]
        if len(others) == 1 and uncounted == others and others[0].tally is None:
            # "the UN General Assembly formally endorsed the Sevilla Commitment. The tally
            # was 158 in favour …": the count of the one vote the text tells
            _absorb(reading, uncounted[0], motion)


def attribute_by_time(reading: Reading) -> None:
    """Give each ballot whose clause places it in time the vote of that time, now that votes
    are dated: "which abstained in October" the October vote, "last year" last year's, "this
    time" the story's own (:func:`main_motion`). A ballot stays where it is when no vote, or
    more than one, fits the time.

    >>> from kg.extract import extract
    >>> from datetime import date
    >>> result = extract(
    ...     "The assembly adopted a resolution on Tuesday by 150 votes to 10. Its October "
    ...     "resolution had passed 120 to 14.\\n\\nCanada, which abstained in October, voted "
    ...     "in favour this time.", article_date=date(2023, 12, 13))
    >>> motions = {f.fields["motion"]: f.fields.get("date") or f.fields["period"][0]
    ...            for f in result.facts_of("motion")}
    >>> sorted((motions[f.fields["motion"]], f.fields["option"]) for f in result.facts_of("ballot"))
    [('2023-10-01', 'abstain'), ('2023-12-12', 'yes')]
    """
    if not reading.time_hints:
        return
    main = main_motion(reading)
    motions = {motion.id: motion for motion in reading.motions if not motion.collective}
    by_voter: dict[tuple[str, str], Fact] = {
        (f.fields["voter"], f.fields["motion"]): f for f in reading.facts if f.type == "ballot"
    }

    def placed_here(fact: Fact) -> bool:
        """Whether the ballot's clause places it in the time of the motion it is on."""
        kind, mention = reading.time_hints.get(id(fact), ("present", None))
        if kind != "date":
            return kind == "present"
        span = _hint_span(reading, mention, main)
        here = motions.get(fact.fields["motion"])
        return bool(span and here and here.day and span[0] <= here.day <= span[1])

    current = {  # ballots the text places in their vote's time, or nowhere in time
        (f.fields["voter"], f.fields["motion"]): f
        for f in reading.facts
        if f.type == "ballot" and placed_here(f)
    }
    # "Argentina, which voted yes last year, abstained": the clause dated elsewhere tells the
    # other vote, so the main verb's ballot is the story's own (the contrast)
    dated_elsewhere = {
        (f.evidence[-1].sentence, f.fields["voter"]): f.fields["option"]
        for f in reading.facts
        if f.type == "ballot" and _dated_before_main(reading, reading.time_hints.get(id(f)), main)
    }
    earlier: dict[tuple, Motion] = {}  # votes made for ballots of an earlier time, by time
    for fact in [f for f in reading.facts if f.type == "ballot"]:
        hint = reading.time_hints.get(id(fact))
        if hint is None:
            other = dated_elsewhere.get((fact.evidence[-1].sentence, fact.fields["voter"]))
            if other is None or other == fact.fields["option"]:
                continue
            hint = ("present", None)
        kind, mention = hint
        if kind == "also":
            _also_then(reading, fact, mention, main, motions, by_voter)
            continue
        if kind == "date":
            span = _hint_span(reading, mention, main)
            twin = current.get((fact.fields["voter"], fact.fields["motion"]))
            if (
                twin is not None
                and twin is not fact
                and not placed_here(fact)
                and not (span and any(_in_time(m, span) for m in motions.values()))
            ):
                # "Mexico, which abstained last year, voted in favour": a vote of another
                # time the text does not report on, not a second ballot on this one
                reading.facts.remove(fact)
                continue
        if kind == "present":
            fitting = [main] if main is not None and not main.historical else []
            at = fact.evidence[0].start - reading.offset
            later = [
                m
                for m in motions.values()
                if not m.historical
                and m.day is not None
                and main is not None
                and main.day is not None
                and m.day > main.day
                and _last_position(m, at) >= 0
            ]
            if len(later) == 1:
                # "This time Brazil voted in favour" after the Council's veto and the
                # assembly's vote days later: the later vote, the one contrasted
                fitting = later
            here = motions.get(fact.fields["motion"])
            if _same_sitting(here, main):
                # "The second passed 107-0-7. Ireland abstained again, this time joined by
                # Malawi": a vote of the story's own day is already this time's
                fitting = [here]
        elif kind == "organ":
            fitting = [m for m in motions.values() if m.organ == mention]
            fitting = [main] if main in fitting else fitting
            if len(fitting) > 1:
                # "In the council, X abstained, and the draft gathered 10 votes": the one
                # the ballot's sentence tells
                sentence = fact.evidence[-1].sentence
                fitting = [m for m in fitting if sentence in _event_sentences(m)] or fitting
        else:
            span = _hint_span(reading, mention, main)
            fitting = [m for m in motions.values() if span and _in_time(m, span)]
            if not fitting and main is not None and fact.fields["motion"] == main.id:
                # "Last year Chile voted against it": a vote of a time before the story's
                # that the text counts nowhere, told by its ballots alone
                fitting = _earlier_vote(reading, fact, mention, span, main, earlier)
        if len(fitting) != 1 or fitting[0].id == fact.fields["motion"]:
            continue
        target = fitting[0]
        twin = by_voter.get((fact.fields["voter"], target.id))
        if twin is not None and twin.fields["option"] == fact.fields["option"]:
            twin.evidence.extend(fact.evidence)
            reading.facts.remove(fact)
            continue
        by_voter.pop((fact.fields["voter"], fact.fields["motion"]), None)
        fact.fields["motion"] = target.id
        by_voter[(fact.fields["voter"], target.id)] = fact
        target.inert = False
    # the same ballot told twice ("Britain abstained." … "Britain, which sat on the fence in
    # November, …" once November's vote is dated): one fact with both evidences
    seen: dict[tuple, Fact] = {}
    for fact in [f for f in reading.facts if f.type == "ballot"]:
        key = (fact.fields["voter"], fact.fields["option"], fact.fields["motion"])
        if key in seen:
            seen[key].evidence.extend(fact.evidence)
            reading.facts.remove(fact)
        else:
            seen[key] = fact


#: Between a ballot's cue and the time after it, the cue's object only: "voted against it
#: last year", "opposed the text outright in 2018".
_CUE_TO_TIME = re.compile(r"(?:\s+(?!which\b|who\b|when\b)[\w'\u2019-]+){0,4}?\s+(?:(?:in|on)\s+)?")
#: What may come before a time opening the sentence: "Last year, …", "And in 2018 …".
_TIME_OPENS = re.compile(r"\s*(?:(?:And|But|Yet|Back)\s+)?(?:(?:in|on)\s+)?", re.IGNORECASE)
_OBJECT_AFTER = re.compile(r"\s+(?:it|the\s+(?:resolution|text|draft|measure|motion))\b")


def _earlier_vote(
    reading: Reading, fact: Fact, mention: DateMention, span, main: Motion, earlier: dict
) -> list[Motion]:
    """The vote of an earlier time that a ballot's own clause dates ("Last year Chile voted
    against it", "Chile opposed the text in 2018"), made when no vote of the text is of that
    time; none when the time is told elsewhere in the sentence (a relative clause about the
    voter, "which until last year was Cuba's patron")."""
    if not span or main.day is None or span[1] >= main.day or main.organ is None:
        return []
    cue = fact.evidence[-1]
    start, end = cue.start - reading.offset, cue.end - reading.offset
    index = cue.sentence - reading.sentence_offset
    sentence = reading.sentences[index]
    at, until = sentence.start + mention.start, sentence.start + mention.end
    plain = reading.plain
    after = at >= end and _CUE_TO_TIME.fullmatch(plain, end, at)
    opening = (
        until <= start
        and _TIME_OPENS.fullmatch(plain, sentence.start, at)
        and not re.search(r",\s*(?:which|who|whose)\b|[;:]", plain[until:start])
    )
    if not (after or opening):
        return []
    key = (span, main.organ)
    if key not in earlier:
        motion = reading.new_motion(main.kind)
        motion.organ, motion.organ_evidence = main.organ, main.organ_evidence
        if span[0] == span[1]:
            motion.day = span[0]
        else:
            motion.period = span
        motion.mentions.append(Mention("motion", None, at, until, mention.text, index))
        named = _OBJECT_AFTER.match(plain, end)
        if named is not None and named.end() <= sentence.end:
            phrase = named.group().strip()
            begin = named.end() - len(phrase)
            motion.mentions.append(Mention("motion", None, begin, named.end(), phrase, index))
        earlier[key] = motion
    return [earlier[key]]


def _same_sitting(motion: Motion | None, main: Motion | None) -> bool:
    """Whether ``motion`` is another vote of the day of the story's vote ``main``."""
    return (
        motion is not None
        and main is not None
        and motion is not main
        and not motion.historical
        and motion.day is not None
        and motion.day == main.day
    )


def _dated_before_main(reading: Reading, hint, main: Motion | None) -> bool:
    """Whether a ballot's time hint dates it to a time before the story's vote."""
    if hint is None or hint[0] != "date" or main is None or main.day is None:
        return False
    span = _hint_span(reading, hint[1], main)
    return bool(span) and span[1] < main.day


def _also_then(reading: Reading, fact: Fact, mention, main, motions, by_voter) -> None:
    """ "As in 2007, China voted no": the ballot stays with its vote and is also the ballot
    of the one vote of that time."""
    span = _hint_span(reading, mention, main)
    fitting = [m for m in motions.values() if span and _in_time(m, span)]
    if len(fitting) != 1 or fitting[0].id == fact.fields["motion"]:
        return
    target = fitting[0]
    if (fact.fields["voter"], target.id) in by_voter:
        return
    fields = dict(fact.fields, motion=target.id)
    by_voter[(fact.fields["voter"], target.id)] = reading.add(
        "ballot", fields, list(fact.evidence), fact.confidence - 0.1, "vote-cue-as-then"
    )
    target.inert = False


def _hint_span(reading: Reading, mention: DateMention, main: Motion | None):
    """The days a date phrase means: a day, a period, or an offset from the story's vote."""
    if mention.value is not None:
        return (mention.value, mention.value)
    if mention.start_date is not None:
        return (mention.start_date, mention.end_date)
    if mention.kind == "relative":
        anchor = reading.article_date if mention.anchor == "article" else None
        anchor = anchor or (main.day if main is not None else None) or reading.article_date
        if anchor is None:
            return None
        day = mention.shifted(anchor)
        if mention.offset_months and mention.offset_months % 12 == 0:
            return (date(day.year, 1, 1), date(day.year, 12, 31))
        return (day, day)
    return None


def _in_time(motion: Motion, span: tuple[date, date]) -> bool:
    if motion.day is not None:
        return span[0] <= motion.day <= span[1]
    if motion.period is not None:
        return motion.period[0] <= span[1] and span[0] <= motion.period[1]
    return False


def _in_dating_clause(reading: Reading, motion: Motion, index: int, mentions) -> bool:
    """Whether ``motion`` is told in the clause of a "N days after/before" phrase of sentence
    ``index`` (between the phrase and the next comma)."""
    sentence = reading.sentences[index]
    positions = [position for position, m in _told_in(reading, index, [motion])]
    for mention in mentions:
        if mention.kind != "relative" or mention.anchor != "clause":
            continue
        end = sentence.start + mention.end
        if any(p >= end and "," not in reading.plain[end:p] for p in positions):
            return True
    return False


def _in_counted_clause(reading: Reading, motion: Motion, index: int, day, mentions) -> bool:
    """Whether ``day`` stands after a "N months after" phrase that ``motion`` is told before,
    or in that phrase's clause when ``motion`` is told outside it: it dates the event the
    phrase counts from ("The vote comes two months after the Council voted on June 30 to end
    the mission", "Twenty years after the Council adopted resolution 1325 in October 2000,
    an attempt … with a new resolution"), not the motion."""
    start = reading.sentences[index].start
    own = [m.start for m in motion.mentions if m.sentence == index]
    if _in_relative_clause(reading, index, day, mentions) and not _in_dating_clause(
        reading, motion, index, mentions
    ):
        return True
    return any(
        r.kind == "relative"
        and r.anchor == "clause"
        and r.end <= day.start
        and own
        and own[0] < start + r.start
        for r in mentions
    )


def _in_relative_clause(reading: Reading, index: int, day, mentions) -> bool:
    """Whether ``day`` stands in the clause of a "N days after/before" phrase of sentence
    ``index`` (between the phrase and the next comma)."""
    text = reading.sentences[index].text
    return any(
        r.kind == "relative"
        and r.anchor == "clause"
        and r.end <= day.start
        and "," not in text[r.end : day.start]
        for r in mentions
    )


def _date_by_each_other(reading: Reading, ordered: list[Motion]) -> None:
    """Two votes one sentence dates by each other: "The vote came four days after the United
    States vetoed a similar demand", "Twelve days after Russia blocked a draft, the assembly
    voted": the vote in the "after" clause is so many days before the other (and the other
    so many after it), whichever of the two is dated."""
    for index, mentions in reading.dates.items():
        sentence = reading.sentences[index]
        for mention in mentions:
            if mention.kind != "relative" or mention.anchor != "clause":
                continue
            phrase = sentence.start + mention.start
            told: dict[str, tuple[int, Motion]] = {}
            for position, motion in _told_in(reading, index, ordered):
                told.setdefault(motion.id, (position, motion))
            before = [m for p, m in told.values() if p < phrase]
            after = [m for p, m in sorted(told.values(), key=lambda t: t[0]) if p >= phrase]
            if before and after:
                main, other = before[-1], after[0]
            elif len(after) >= 2:
                other, main = after[0], after[-1]
            else:
                continue
            if main is other:
                continue
            if main.day and not other.day and not other.period:
                other.day = main.day - (mention.shifted(main.day) - main.day)
                other.day_rule = "relative-vote"
            elif other.day and not main.day and not main.period:
                main.day = mention.shifted(other.day)
                main.day_rule = "relative-vote"


def _told_in(reading: Reading, index: int, motions: list[Motion]):
    """(position, motion) of every mention or tally of ``motions`` in sentence ``index``."""
    for motion in motions:
        if motion.collective:
            continue
        for mention in motion.mentions:
            if mention.sentence == index:
                yield mention.start, motion
        if motion.tally_at is not None and motion.tally_at[0] == index:
            yield motion.tally_at[1], motion


#: A dateline: "DHAKA, Dec 28 -", "UNITED NATIONS, Nov. 24 (Wire) -" opening a line.
#: (the place in capitals or as a name, "SUVA, Monday 19 December 2005 -", "Cairo, 2 December
#: 2025 --", "Brussels, 4 May 2011" on a line of its own)
_WEEKDAY_NAME = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DATELINE_BEFORE = re.compile(
    rf"(?:^|\n)(?:[A-Z][A-Z .'/\-]{{1,40}}|[A-Z][\w.'\-]+(?:\s+[A-Z][\w.'\-]+){{0,2}}),\s+"
    rf"(?:{_WEEKDAY_NAME},?\s+)?\Z"
)
_DATELINE_AFTER = re.compile(
    r"(?:,?\s+(?:\d{1,2}\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{1,2})(?:,?\s+\d{4})?)?"
    r"\s*(?:\([^()\n]{1,30}\)\s*)?(?:[-\u2013\u2014:]|\n|\Z)"
)


def _dateline(reading: Reading, index: int, mention: DateMention) -> bool:
    """Whether a date is the dateline's: the day the story was filed, not that of the vote
    its lede tells ("DHAKA, Dec 28 - The assembly has adopted …"; the vote was on Friday)."""
    start = reading.sentences[index].start
    before = reading.plain[max(0, start + mention.start - 45) : start + mention.start]
    return bool(
        _DATELINE_BEFORE.search(before)
        and _DATELINE_AFTER.match(reading.plain, start + mention.end)
    )


#: A date a mandate or a term runs to: "extended the mission until 31 October 2025".
_UNTIL = re.compile(
    # ("for another year beyond 13 October")
    r"\b(?:until|till|beyond|expir\w*(?:\s+on)?|ending(?:\s+on)?|(?:runs?|ran|running)\s+out(?:\s+on)?|"
    r"laps(?:es|ed|ing)?(?:\s+on)?|ends\s+on|due\s+to\s+(?:end|expire)(?:\s+on)?|deadline\s+of)\s+\Z",
    re.I,
)


#: What makes "until <day>" the day an act came: "It took the Council until …", "not until".
_TOOK_UNTIL = re.compile(
    r"\b(?:took|take|takes|taken|taking|waited|wait|waits|not)\b[^.;,]{0,60}\Z"
)


_CLAUSE_JOINT = re.compile(r";|,\s+(?:and|but|while|whereas)\s+|\s+and\s+(?=the\s)")
_PLUPERFECT = re.compile(r"\bhad\s+(?:already\s+|earlier\s+|previously\s+|first\s+)?\w+(?:ed|en)\b")


def _in_earlier_clause(reading: Reading, motion: Motion, index: int, day: DateMention) -> bool:
    """Whether ``day`` stands in a clause in the past perfect that does not name the motion
    ("Delegations had already adopted it by acclamation in Marrakech on December 10, and the
    resolution in New York was a formality"): it dates what came before."""
    sentence = reading.sentences[index]
    cuts = [sentence.start]
    cuts += [m.end() for m in _CLAUSE_JOINT.finditer(reading.plain, sentence.start, sentence.end)]
    cuts.append(sentence.end)
    at = sentence.start + day.start
    spans = list(pairwise(cuts))
    clause = next(((a, b) for a, b in spans if a <= at < b), None)
    if clause is None or len(spans) < 2:
        return False
    own = [m for m in motion.mentions if m.sentence == index]
    if not own or any(clause[0] <= m.start < clause[1] for m in own):
        return False
    return _PLUPERFECT.search(reading.plain, clause[0], at) is not None


#: A conjunction that opens a clause told as earlier than the sentence's main clause.
_AFTER_CLAUSE = re.compile(r"\b(?:after|following|since|in\s+the\s+wake\s+of)\s", re.I)


def _before_after_clause(reading: Reading, motion: Motion, index: int, day: DateMention) -> bool:
    """Whether ``day`` dates a main clause and the motion is told only in an "after" clause
    that follows it, with no comma between: "Diplomats were celebrating on Sunday after the
    Assembly adopted the text" dates the celebration, a later event than the vote. "On
    Monday, after a long debate, the council adopted the text" still dates the vote.

    >>> from kg.extract import extract
    >>> result = extract(
    ...     "Diplomats in Nairobi were celebrating on Sunday after the General Assembly "
    ...     "adopted a resolution on desertification.\\n\\nThe text passed on Friday by 150 "
    ...     "votes to 2.", article_date=date(2015, 3, 9))
    >>> [f.fields["date"] for f in result.facts_of("motion")]
    ['2015-03-06']
    """
    sentence = reading.sentences[index]
    own = [m.start - sentence.start for m in motion.mentions if m.sentence == index]
    if not own or min(own) < day.end:
        return False
    between = sentence.text[day.end : min(own)]
    conjunction = _AFTER_CLAUSE.search(between) or _OVER_ITS_VOTE.search(between)
    return conjunction is not None and "," not in between[conjunction.end() :]


#: A vote told as the cause of what the main clause dates: "came under criticism this week
#: over its vote against a resolution on …", "was praised on Monday for its support for".
_OVER_ITS_VOTE = re.compile(
    r"\b(?:over|for|about)\s+(?:its|their|his|her|the|a)\s+(?:\w+\s+)?(?:vote|votes|stance|"
    r"support|opposition|abstention|position|decision|veto)\s+(?:against|for|on|of|in\s+favou?r\s+of)\s",
    re.I,
)


def _in_participle_clause(reading: Reading, motion: Motion, index: int, day: DateMention) -> bool:
    """Whether ``day`` stands after every mention of the motion in sentence ``index``, in a
    participle clause set off by a comma ("…, giving weight to the treaty signed in
    September", "…, setting a deadline of 31 March"): it dates what that clause tells."""
    sentence = reading.sentences[index]
    own = [m.end - sentence.start for m in motion.mentions if m.sentence == index]
    if not own or max(own) > day.start:
        return False
    between = sentence.text[max(own) : day.start]
    return re.search(r",\s+(?:\w+ly\s+)?[a-z]+ing\b", between) is not None


def _since(reading: Reading, motion: Motion, index: int, day: DateMention) -> bool:
    """Whether ``day`` is where a span starts ("has put forward a resolution every year since
    1994", "the first such vote since 2016", "the ninth resolution since troops crossed the
    border on 2 August"): no vote's day, unless a clause tells what happened then ("the first
    veto since January 1997, when Beijing blocked a plan") or the span opens with the motion
    ("since the council adopted it on Monday")."""
    sentence = reading.sentences[index]
    text = sentence.text
    if re.match(r"\s*,?\s*when\b", text[day.end :]):
        return False
    if day.text.lower().startswith("since") or re.search(r"\bsince\s+$", text[: day.start]):
        return True
    clause = re.search(
        r"\bsince\s+(?:the\s+|its\s+|their\s+)?[A-Za-z][^,;:.]{2,80}?\s+\Z", text[: day.start]
    )
    return clause is not None and not any(
        m.sentence == index and clause.start() <= m.start - sentence.start < day.start
        for m in motion.mentions
    )


#: A day told as planned and not kept: "A vote had been scheduled for Saturday but was put
#: off", "pushed back from the previous Friday", "originally set for Monday".
_PLANNED_BEFORE = re.compile(
    r"\b(?:(?:had\s+been|was\s+originally|were\s+originally|originally)\s+(?:scheduled|"
    r"planned|set|slated|due|expected|pencil+ed\s+in)\s+(?:to\s+(?:take\s+place|be\s+held)\s+)?"
    r"(?:for|on)|(?:postponed|delayed|deferred|pushed\s+back|put\s+off|moved|rescheduled)\s+"
    r"from)\s+(?:the\s+)?(?:previous\s+|preceding\s+)?\Z",
    re.I,
)
_PUT_OFF_AFTER = re.compile(
    r"[^.;]{0,30}?\bbut\s+(?:was|were|had\s+been)\s+(?:\w+ly\s+)?(?:put\s+off|postponed|"
    r"delayed|deferred|pushed\s+back|called\s+off|cancell?ed|scrapped)\b",
    re.I,
)


def _planned_day(reading: Reading, index: int, day: DateMention) -> bool:
    """Whether ``day`` is one a vote was planned for and not held on (see ``_PLANNED_BEFORE``,
    ``_PUT_OFF_AFTER``)."""
    text = reading.sentences[index].text
    return bool(_PLANNED_BEFORE.search(text, 0, day.start) or _PUT_OFF_AFTER.match(text, day.end))


#: A speech verb right before a day: "…, the Foreign Office said here on Thursday",
#: "officials told reporters on Monday".
_SAID_BEFORE = re.compile(
    r"\b(?:said|says|told(?:\s+\w+){0,2}?|announced|stated|reported|added|confirmed|"
    r"declared|noted|insisted|argued|warned)\s+(?:here\s+|in\s+a\s+statement\s+|late\s+|early\s+)?\Z"
)


def _day_of_saying(reading: Reading, motion: Motion, index: int, day: DateMention) -> bool:
    """Whether ``day`` follows a speech verb after every mention of the motion in sentence
    ``index`` ("The Assembly has endorsed the zone, the Foreign Office said on Thursday"): it
    dates the saying, the vote's own day unless the text tells none."""
    sentence = reading.sentences[index]
    own = [m.end - sentence.start for m in motion.mentions if m.sentence == index]
    if not own or max(own) > day.start:
        return False
    return _SAID_BEFORE.search(sentence.text, 0, day.start) is not None


def _shortly_before(day: DateMention, later: DateMention) -> bool:
    """Whether ``day`` is a day at most a week before (or on) the day ``later`` gives (or
    the start of the week it gives: "came under criticism this week over its vote", "adopted
    it last Friday")."""
    if day.value is None:
        return False
    if later.value is None and later.start_date is not None and later.end_date is not None:
        if (later.end_date - later.start_date).days > 7:
            return False
        return timedelta(0) <= later.end_date - day.value <= timedelta(days=14)
    if later.value is None:
        return False
    return timedelta(0) <= later.value - day.value <= timedelta(days=7)


def _after_the_vote(reading: Reading, motion: Motion, day: DateMention) -> bool:
    """Whether ``day`` lies after the article of a vote it reports as held (an outcome or a
    count): "the sponsors plan to bring the text back next year" tells a plan, not the day."""
    first = day.value or day.start_date
    return bool(
        reading.article_date is not None
        and first is not None
        and first > reading.article_date
        and (motion.outcome or motion.tally)
    )


def _runs_until(reading: Reading, index: int, day: DateMention) -> bool:
    """Whether ``day`` is one a mandate or a term runs to (see ``_UNTIL``)."""
    start = reading.sentences[index].start + day.start
    until = _UNTIL.search(reading.plain, max(0, start - 30), start)
    # "It took the United Nations until last Friday to put …", "not until Monday did it act":
    # when the act came at last, not a term's end
    return until is not None and not _TOOK_UNTIL.search(
        reading.plain, reading.sentences[index].start, start - len(until.group())
    )


def _closer(reading: Reading, motion: Motion, index: int, day, relative) -> bool:
    """Whether ``day`` stands nearer the motion's words in sentence ``index`` than the
    relative phrase: "The council on Monday authorised a force, answering a plea first made
    a year ago" is Monday's vote."""
    start = reading.sentences[index].start
    own = [m.start - start for m in motion.mentions if m.sentence == index]
    own += [m.end - start for m in motion.mentions if m.sentence == index]
    if not own:
        return False

    def distance(mention) -> int:
        return min(
            0
            if mention.start <= p <= mention.end
            else min(abs(mention.start - p), abs(mention.end - p))
            for p in own
        )

    return distance(day) < distance(relative)


def _day_in_period(reading: Reading, motion: Motion) -> None:
    """A vote its description dates by month ("the March resolution") takes the day within
    that month a sentence telling it gives: "On March 2 the assembly deplored …"."""
    for index in _event_sentences(motion):
        within = [
            d
            for d in reading.dates.get(index, [])
            if d.value is not None
            and motion.period[0] <= d.value <= motion.period[1]
            and not _dateline(reading, index, d)
        ]
        if within:
            motion.day = _nearest(reading, motion, index, within).value
            return
        narrower = [  # "the first such text in November 2019" of "the 2019 text"
            d
            for d in reading.dates.get(index, [])
            if d.value is None
            and d.start_date is not None
            and d.end_date is not None
            and motion.period[0] <= d.start_date
            and d.end_date <= motion.period[1]
            and (d.start_date, d.end_date) != motion.period
            and not _dateline(reading, index, d)
        ]
        if narrower:
            motion.period = (narrower[0].start_date, narrower[0].end_date)
            return


#: A participle telling what a text covers, before a date of that content: "approved the
#: report … covering its work during 2002", "a report documenting abuses in 2019".
_CONTENT_BEFORE = re.compile(
    r"\b(?:covering|reviewing|concerning|regarding|describing|detailing|documenting)\s+"
    r"(?:[\w'\u2019-]+\s+){0,5}?(?:(?:during|in|for|of|since|from)\s+)?\Z"
)


#: A noun, then the participle of what made it, before a day: "the arms embargo imposed on the
#: former Yugoslavia in September 1991", "the force established by the Council in March 2004",
#: "the peace agreement signed in Dayton on 21 November" (the day of that act, not the vote's).
_OTHER_EVENT = re.compile(
    r"\b(?:the|an?|its|their)\s+(?:[\w'\u2019-]+\s+){1,3}?(?P<participle>imposed|created|"
    r"established|signed|set\s+up|agreed|concluded|deployed|initialled|ratified|reached|"
    r"launched|founded|installed|held|elected|formed|published|issued)\s+"
    r"(?:[^\s,;:.()]+\s+){0,8}?\Z"
    # "the commission's report of February", "the review conference in May": a dated event
    # or document the noun names (not "demanded a ceasefire on Thursday": the demand's day)
    r"|\b(?P<noun>(?:report|conference|summit|elections?)(?:\s+(?:of|in))?|(?:talks|war|"
    r"invasion|coup|ceasefire|accord|agreement)\s+of)\s+(?:(?:of|in)\s+)?\Z"
)


def _when_antecedent(reading: Reading, motion: Motion, index: int, mentions) -> DateMention | None:
    """The time phrase a ", when" clause naming ``motion`` hangs on ("began in June, when the
    Council in resolution 1816 first allowed …"), if the motion is first named in that clause."""
    sentence = reading.sentences[index]
    own = [m for m in motion.mentions if m.sentence == index]
    if not own:
        return None
    first = min(own, key=lambda m: m.start)
    for day in mentions:
        if day.value is None and day.start_date is None:
            continue
        end = sentence.start + day.end
        if end < first.start and re.fullmatch(
            r",\s+when\s+[^,;.]{0,60}", reading.plain[end : first.start]
        ):
            return day
    return None


def _other_event_day(reading: Reading, index: int, day: DateMention) -> bool:
    """Whether ``day`` dates the act a participle after a noun tells, or the event or document
    a noun right before it names ("the panel's report of January", see ``_OTHER_EVENT``), the
    noun being no motion ("the resolution established in 2004" is the motion's)."""
    sentence = reading.sentences[index]
    start = sentence.start + day.start
    found = _OTHER_EVENT.search(reading.plain, max(sentence.start, start - 100), start)
    if found is None:
        return False
    noun = (found.start(), found.start("participle") if found.group("participle") else found.end())
    return not any(
        m.start < noun[1] and noun[0] < m.end for motion in reading.motions for m in motion.mentions
    )


#: A relative clause's opening: "…, who broke with the government in February", "a state that
#: tested in 1998" ("that" after a verb opens what was said: "said that …", "argued that …").
_RELATIVE_PRONOUN = re.compile(r"(?:,\s*|\s)(?:who|whose|which|that)\s")
_SAYING_BEFORE = re.compile(
    r"(?:\w+(?:ed|s)|said|told|know|knew|think|thought|believe|hope|warn|argue|note|show|"
    r"claim|insist|say|so|such|now|given|except|fact|sure|clear)\s*,?\s*$",
    re.IGNORECASE,
)


def _in_relative_aside(reading: Reading, index: int, day: DateMention) -> bool:
    """Whether a day stands in a relative clause that tells neither a vote nor a motion:
    "Ibrahim Dabbashi, who broke with the government in February, said the vote showed …",
    "tabled by a state that tested in 1998": it dates the clause's own event.

    >>> from kg.extract import extract
    >>> result = extract(
    ...     "The Assembly approved the credentials by 114 votes to 17 on Friday. An envoy who "
    ...     "defected in February said the vote was historic.", article_date=date(2011, 9, 17))
    >>> [f.fields["date"] for f in result.facts_of("motion")]
    ['2011-09-16']
    """
    sentence = reading.sentences[index]
    text = sentence.text[: day.start]
    openings = [
        m for m in _RELATIVE_PRONOUN.finditer(text) if not re.search(r"[,;:()]", text[m.end() :])
    ]
    if not openings:
        return False
    opening = openings[-1]
    if opening.group().strip(", ").lower() == "that" and _SAYING_BEFORE.search(
        text[: opening.start()]
    ):
        return False
    start = sentence.start + opening.start()
    end = sentence.start + day.end
    # (a motion named in the clause or right before it: "the draft, which Russia vetoed in
    # July", "The council, which had demanded accountability in July 2014")
    mentions = [m for motion in reading.motions for m in motion.mentions if m.sentence == index]
    tallies = [m.tally_at[1] for m in reading.motions if m.tally_at and m.tally_at[0] == index]
    return (
        not any(m.start < end and m.end > start - 3 for m in mentions)
        and not any(start <= p < end for p in tallies)
        and not any(
            start <= c.start < end
            for c in reading.cues(index)
            if c.family in ("VOTE", "OUTCOME")
            # (not "the offer that the Secretary-General passed to the Council last week")
            and not (c.text.lower() == "passed" and reading.plain.startswith(" to ", c.end))
        )
    )


def _relative_to_a_vote(reading: Reading, index: int, mention: DateMention) -> bool:
    """Whether a relative date counts from a vote: one that counts from the article or the
    vote told before, or "N days after <clause>" whose clause tells a vote or a motion; "a
    month after the president signed the act" counts from no vote, so the story's day holds."""
    if mention.anchor != "clause":
        return True
    sentence = reading.sentences[index]
    start = sentence.start + mention.end
    comma = reading.plain.find(",", start, sentence.end)
    end = comma if comma >= 0 else sentence.end
    return any(start <= p < end for p, _ in _told_in(reading, index, reading.motions)) or any(
        start <= c.start < end for c in reading.cues(index) if c.family in ("VOTE", "OUTCOME")
    )


def _event_sentences(motion: Motion) -> list[int]:
    indexes = [m.sentence for m in motion.mentions]
    if motion.tally_at is not None:
        indexes.append(motion.tally_at[0])
    return sorted(set(indexes))


def _nearest(reading: Reading, motion: Motion, index: int, dates: list[DateMention]) -> DateMention:
    sentence_start = reading.sentences[index].start
    positions = [m.start - sentence_start for m in motion.mentions if m.sentence == index]
    if motion.tally_at is not None and motion.tally_at[0] == index:
        # "…, a better result than the first such text in December 2007, which passed 104-54"
        positions.append(motion.tally_at[1] - sentence_start)
    sentence = reading.sentences[index].text
    # "the October 7 attack": a date that names something, not the day of the vote
    named = [
        d
        for d in dates
        if re.match(r"\s+[a-z]", sentence[d.end : d.end + 3])
        and re.search(r"\bthe\s+$", sentence[: d.start])
    ]
    dates = [d for d in dates if d not in named] or dates
    # "failed to adopt a draft condemning the killing of X in Gaza on 22 March": a date inside
    # what the description says its motion is about dates that, when another is told
    inside = [
        d
        for d in dates
        for m in motion.mentions
        if m.sentence == index
        and (about := _ABOUT_AFTER.match(reading.plain, m.end)) is not None
        and about.start("about") < sentence_start + d.start < about.end("about")
    ]
    dates = [d for d in dates if d not in inside] or dates
    if not positions:
        return dates[0]
    return min(dates, key=lambda d: min(abs(d.start - p) for p in positions))


def _dates_motion(reading: Reading, motion: Motion, index: int, mention: DateMention) -> bool:
    """Whether a relative date phrase of sentence ``index`` dates ``motion``: "ago" (from the
    article's date) or "earlier"/"later" on its own (from the vote told before: "Twelve days
    earlier, Russia had vetoed a draft"), when the motion is told after the phrase or is the
    sentence's only motion. "N days after <something>" is left alone: it dates the other."""
    if mention.kind != "relative" or mention.anchor == "clause":
        return False
    phrase = reading.sentences[index].start + mention.start
    own = [m.start for m in motion.mentions if m.sentence == index]
    if own and own[0] > phrase:
        return True
    return not [pair for pair in reading.motion_pairs(index) if pair[1] is not motion]


def _attributive(reading: Reading, index: int, mention: DateMention) -> bool:
    """Whether a date phrase names an event's time after "of" ("condemning the attacks of
    the previous day"), not the time of the sentence's act."""
    before = reading.sentences[index].text[: mention.start]
    return re.search(r"\bof\s+$", before) is not None


#: Before a time a count is compared with: "Support slipped from last year", "up from 2023".
_FROM_TIME = re.compile(
    r"\b(?:(?:up|down|slipped|slips|fell|falls|rose|rises|dropped|drops|grew|grows|climbed|"
    r"declined|shifted)\s+from|compared\s+(?:with|to)|than)\s+(?:the\s+)?$"
)


def _compared_time(reading: Reading, motion: Motion, index: int, mention: DateMention) -> bool:
    """Whether a date is the time ``motion``'s count is compared with, told with the other
    vote after it ("Support for the proliferation text slipped from last year, when the same
    resolution passed 153 to 5"), not the motion's own."""
    start = reading.sentences[index].start
    at = start + mention.start
    if _FROM_TIME.search(reading.plain, start, at) is None:
        return False
    pairs = reading.motion_pairs(index)
    return any(m.start < at and other is motion for m, other in pairs) and any(
        m.start > at and other is not motion for m, other in pairs
    )


def _other_clause(reading: Reading, motion: Motion, index: int, mention: DateMention) -> bool:
    """Whether a date phrase stands after a semicolon that follows the motion's own mention
    in its sentence ("Resolution 1373 never defined terrorism; a decade later, member states
    still have not agreed"): it dates the clause after."""
    sentence = reading.sentences[index]
    own = [m.start - sentence.start for m in motion.mentions if m.sentence == index]
    return bool(own) and any(
        p < mention.start and ";" in sentence.text[p : mention.start] for p in own
    )


def _after_semicolon(reading: Reading, motion: Motion, index: int, mention: DateMention) -> bool:
    """Whether a day stands after a semicolon that follows the motion's last mention before
    it, and the motion is named nowhere after ("In this issue: Israel's entrepreneurship text
    survives again; what to watch in January"): it dates the clause after."""
    sentence = reading.sentences[index]
    own = [m.end - sentence.start for m in motion.mentions if m.sentence == index]
    before = [p for p in own if p <= mention.start]
    return bool(before) and ";" in sentence.text[max(before) : mention.start]


def _anchor_day(reading, motion, mention, ordered) -> date | None:
    if mention.anchor == "article":
        return reading.article_date
    previous = [m for m in ordered if m.first < motion.first and m is not motion]
    for other in reversed(previous):
        if other.day:
            return other.day
        if not other.period and not other.historical:
            # "Friday was Middle East day … The UNRWA text was adopted. … The same day, …":
            # the vote told last, on the day the text is telling of
            return _narrative_day(reading, other)
    # no vote told before: the time the text is at ("Last Friday the Council … The resolution
    # passed 27-13. … Earlier in the same sitting, …")
    return _narrative_day(reading, motion)


def _narrative_day(reading: Reading, motion: Motion) -> date | None:
    """The date the text is at when it first tells the motion: the last day a sentence up to
    there gives (not a background day going back before a vote told, :func:`_flashback`),
    else the article's."""
    # a headline's mention tells no time: from the body's first one ("Three votes and twelve
    # shrugs: what the vote said" / "… the Council was asked on Monday …" / "Moscow's draft …")
    body = [m.sentence for m in motion.mentions if m.start >= _headline_end(reading)]
    if motion.tally_at is not None and motion.tally_at[1] >= _headline_end(reading):
        body.append(motion.tally_at[0])  # "… and the text on X passed 178-1": told by its count
    first = min(body or _event_sentences(motion) or [0])
    for index in range(first, -1, -1):
        for mention in reading.dates.get(index, []):
            if (
                mention.value is not None
                and not _dateline(reading, index, mention)
                and not _runs_until(reading, index, mention)
                and not _since(reading, motion, index, mention)
                and not _planned_day(reading, index, mention)
                and not (reading.article_date and mention.value > reading.article_date)
                and not (index == first and _in_earlier_clause(reading, motion, index, mention))
                and not _flashback(reading, motion, index, mention.value)
            ):
                return mention.value
            if _days_ago(reading, index, mention):
                # "Exactly ten years ago today, the fifteen members … They adopted resolution
                # 1373": the text is at that day
                return mention.shifted(reading.article_date)
        if _LIVE_ENTRY.match(reading.sentences[index].text):
            break  # a live blog's entry ("10:24 Result: ADOPTED. 22 yes, …") is of its day
    return _told_before_the_count(reading, motion, first) or reading.article_date


def _told_before_the_count(reading: Reading, motion: Motion, first: int) -> date | None:
    """The one day the sentences between a motion's first mention and its count give, when
    none before it does and they tell no other vote: "A resolution on X has long been a
    fixture of December. It passed again on Wednesday, 9 December. … The text was adopted by
    64 votes to 41", "That ritual broke on 21 December. When the text came to a vote, it
    passed by 132 to 47"."""
    if motion.tally_at is None or motion.tally_at[0] <= first:
        return None
    others = {
        index
        for other in reading.motions
        if other is not motion
        for index in _event_sentences(other)
    }
    between = range(first + 1, motion.tally_at[0] + 1)
    if others & set(between):
        return None
    days = {
        mention.value
        for index in between
        for mention in reading.dates.get(index, [])
        if mention.value is not None
        and not _dateline(reading, index, mention)
        and not _planned_day(reading, index, mention)
        and not (reading.article_date and mention.value > reading.article_date)
    }
    return days.pop() if len(days) == 1 else None


def _flashback(reading: Reading, motion: Motion, index: int, day: date) -> bool:
    """Whether ``day``, told in sentence ``index`` (which names no vote, in a paragraph before
    the motion's own), goes back before a vote the text dated and told before it: "The
    Assembly adopted X on Tuesday. ¶ The accord had been signed on 13 September. ¶ The
    Assembly then turned to Y": background, not the day the story is at."""
    told = _event_sentences(motion)
    if (
        not told
        or reading.paragraph_at(reading.sentences[index].start)
        == reading.paragraph_at(reading.sentences[told[0]].start)
        or any(index in _event_sentences(other) for other in reading.motions)
    ):
        return False
    return any(
        other is not motion
        and not other.historical
        and not other.collective
        and other.day is not None
        and other.day_rule == "sentence"
        and other.day > day
        and _event_sentences(other)
        and _event_sentences(other)[0] < index
        for other in reading.motions
    )


def _weekday_after(reading: Reading, motion: Motion) -> date | None:
    """The day of the first weekday the text names after first telling ``motion``, in the
    same or the next paragraph, in the week up to the article's date: "Tuesday was no
    exception", "On Tuesday the same Assembly voted"; else None."""
    if reading.article_date is None:
        return None
    # (from the body's first mention: a headline names no time)
    body = [m.sentence for m in motion.mentions if m.start >= _headline_end(reading)]
    first = min(body or _event_sentences(motion) or [0])
    paragraph = reading.paragraph_at(reading.sentences[first].start)
    for sentence in reading.sentences[first:]:
        if reading.paragraph_at(sentence.start) > paragraph + 1:
            break
        for mention in reading.dates.get(sentence.index, []):
            if (
                mention.kind == "weekday"
                and mention.value is not None
                and timedelta(0) < reading.article_date - mention.value <= timedelta(days=7)
                and not _planned_day(reading, sentence.index, mention)
                and not _runs_until(reading, sentence.index, mention)
            ):
                return mention.value
    return None


def _days_ago(reading: Reading, index: int, mention: DateMention) -> bool:
    """Whether ``mention`` opens its sentence and puts a day back from the article's: "Two
    weeks ago, …", "Exactly ten years ago today, …" (not "ten years ago", a year; nor "the
    resolution it opposed three weeks ago", another vote's day)."""
    text = reading.sentences[index].text
    return (
        re.fullmatch(r"\W*(?:[A-Z][a-z]+\s+)?", text[: mention.start]) is not None
        and mention.kind == "relative"
        and mention.anchor == "article"
        and reading.article_date is not None
        and (
            mention.offset_days is not None
            or re.match(r"\s+today\b", text[mention.end :]) is not None
        )
    )


#: The time stamp that opens a live blog's entry: "10:24", "16:40 -", "11.31".
_LIVE_ENTRY = re.compile(r"\s*\d{1,2}[:.]\d{2}\b(?!\s*(?:votes?|to|-\s*\d))")


def infer_organs(reading: Reading) -> None:
    """An organ for the motions the text names none for, where the text supports one: a rival
    text's is the organ of the one it rivals; else the organ named in the sentence that
    first tells the motion, else that of the other votes that sentence tells, else the only
    organ the whole text names (for a motion of the
    text's present, not a historical one); but first the organ the count tells
    (:func:`_organ_by_count`) in a text that names the UN or one of its organs, unless a
    committee took the vote; a vote no phrase names, only its count ("In 2019 it passed
    141-5-20"), gets that organ or none."""
    organs = {m.key for m in reading.mentioned.mentions if m.kind == "organ"}
    # (a count tells an organ in a text about the UN: "The board voted 20 to 15" is no
    # council's vote)
    united_nations = (
        bool(organs)
        or any(m.key == "United Nations" for m in reading.mentioned.mentions)
        # "the world body adopted the text by 141 votes to 7", "adopted in the plenary", a
        # dateline "UNITED NATIONS -"
        or re.search(
            r"\b[Tt]he\s+world\s+body\b|\b(?:in|by)\s+the\s+plenary\b|^\W*UNITED\s+NATIONS\b",
            reading.plain,
            re.MULTILINE,
        )
        is not None
    )
    for motion in sorted(reading.motions, key=lambda m: m.first):
        if motion.organ:
            continue
        if not motion.mentions:
            # "In 2003 it passed 113-3-57": a vote a count alone tells, in a text about the UN,
            # is of the organ the count tells, unless a committee took it
            if united_nations and motion.tally_at is not None:
                counted = _organ_by_count(motion.tally)
                if counted and not _in_committee(reading, motion.tally_at[0]):
                    motion.organ, motion.organ_evidence = counted, "count"
            continue
        first = min(motion.mentions, key=lambda m: m.start)
        here = reading.mentioned.in_sentence(first.sentence, ("organ",))
        rivalled = [
            m
            for m in reading.motions
            if m.organ and m.first < first.start and not m.collective and m is not motion
        ]
        counted = _organ_by_count(motion.tally) if united_nations else None
        committee = _in_committee(reading, first.sentence)
        if _adopted_by_body(reading, first):
            continue
        if counted and not committee:
            motion.organ, motion.organ_evidence = counted, "count"
        elif committee == "GA" and not here:
            # "the Assembly's Third Committee recommended the text": a main committee's vote
            # is the Assembly's
            motion.organ, motion.organ_evidence = "GA", "committee"
        elif set(first.attributes.get("modifiers", ())) & _RIVAL_WORDS and rivalled:
            # "a rival Russian text": put to the organ of the text it rivals
            rival = max(rivalled, key=lambda m: _last_position(m, first.start))
            motion.organ, motion.organ_evidence = rival.organ, "rival"
        elif here:
            motion.organ = min(here, key=lambda m: abs(m.start - first.start)).key
            motion.organ_evidence = "sentence"
        elif len(beside := _organs_beside(reading, motion, first.sentence)) == 1:
            # "Russia and China vetoed a U.S. draft, while a Russian text failed": the organ
            # of the other vote the sentence tells
            motion.organ, motion.organ_evidence = beside.pop(), "sentence"
        elif committee:
            continue  # "in the Counter-Terrorism Committee": a committee's vote is no organ's
        elif motion.same and (main := main_motion(reading)) not in (None, motion) and main.organ:
            # "Last year the same text drew 187 votes": the text went to the same organ
            motion.organ, motion.organ_evidence = main.organ, "same"
        elif len(organs) == 1 and not motion.historical:
            motion.organ = next(iter(organs))
            motion.organ_evidence = "text"


def _adopted_by_body(reading: Reading, mention: Mention) -> bool:
    """Whether the description says a body other than an organ adopted it: "a resolution
    adopted in April by the U.N. Commission on Human Rights" is not the Assembly's."""
    sentence = reading.sentences[mention.sentence]
    return any(
        _ADOPTED_BY.fullmatch(reading.plain, mention.end, body.start)
        for body in reading.mentioned.in_sentence(mention.sentence, ("organization",))
        if mention.end <= body.start < sentence.end
    )


#: Between a description and the body that adopted it: " adopted in April by the U.N. ".
_ADOPTED_BY = re.compile(
    r"\s+(?:(?:that|which)\s+was\s+)?(?:adopted|approved|passed)\s+(?:[\w,]+\s+){0,4}?by\s+"
    r"(?:the\s+)?(?:U\.?N\.?\s+|UN\s+)?"
)


def _organ_by_count(tally: Tally | None) -> str | None:
    """The organ a count alone tells: more than 47 votes is the General Assembly's (no council
    holds more members), a full count of 30 to 47 the Human Rights Council's (47 members), a
    count of no more than 15 with its votes in favour the Security Council's (15 members).

    >>> from kg.extract.patterns import Tally
    >>> [_organ_by_count(Tally(*counts, None, 0, 0, "to")) for counts in
    ...  [(97, 8, 64), (27, 12, 7), (13, 0, None), (27, 12, None), (None, 4, None),
    ...   (0, None, None)]]
    ['GA', 'HRC', 'SC', None, None, None]
    """
    if tally is None:
        return None
    counts = [tally.yes, tally.no, tally.abstain]
    total = sum(count for count in counts if count is not None)
    if total > 47:
        return "GA"
    if None not in counts and 30 <= total <= 47:
        return "HRC"
    if tally.yes and total <= 15:
        return "SC"  # (not "drew no votes": a count without a vote in favour tells no organ)
    return None


def _in_committee(reading: Reading, index: int) -> str | None:
    """Whether sentence ``index`` tells a committee's vote: a committee named in it, not as
    what a text is about ("the resolution on the Special Committee investigating …"). "GA"
    when the committee is one of the Assembly's main committees ("the First Committee",
    "the Special Political and Decolonization Committee"), else "committee"."""
    named = [
        m.key
        for m in reading.mentioned.in_sentence(index, ("organization",))
        if "Committee" in (m.key or "")
        and not re.search(
            r"\b(?:on|about|concerning|regarding)\s+(?:the\s+)?$",
            reading.plain[max(0, m.start - 20) : m.start],
        )
    ]
    if not named:
        return None
    return "GA" if all(_MAIN_COMMITTEE.search(key) for key in named) else "committee"


#: The General Assembly's main committees, whose votes the gold counts as the Assembly's.
_MAIN_COMMITTEE = re.compile(
    r"^(?:(?:UN\s+|General\s+)?Assembly(?:'s)?\s+)?"
    r"(?:(?:First|Second|Third|Fourth|Fifth|Sixth)|Special\s+Political(?:\s+and\s+"
    r"Decolonization)?)\s+Committee$"
)


def _organs_beside(reading: Reading, motion: Motion, index: int) -> set[str]:
    """The organs of the other single motions sentence ``index`` names."""
    return {
        m.organ
        for m in reading.motions
        if m is not motion
        and m.organ
        and not m.collective
        and m.historical == motion.historical
        and any(x.sentence == index for x in m.mentions)
    }


def link_rollcalls(reading: Reading) -> None:
    """Link motions to known roll calls: by symbol, else by tallies + date (+ organ)."""
    for motion in reading.motions:
        if motion.kind == "amendment" or motion.historical:
            continue
        candidates = []
        for rollcall in reading.rollcalls:
            if motion.symbol and motion.symbol in (rollcall.motion_symbol, *rollcall.draft_symbols):
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
            if motion.period and not (
                motion.period[0] - timedelta(days=3)
                <= rollcall.date
                <= motion.period[1] + timedelta(days=3)
            ):
                continue  # "in March 2004": not the 11-1-3 of February 2022
            if reading.article_date and rollcall.date > reading.article_date + timedelta(days=1):
                continue  # a text tells no vote held after it was written
            candidates.append(rollcall)
        if len(candidates) == 1:
            motion.rollcall = candidates[0]
            motion.organ = candidates[0].organ
            motion.organ_evidence = motion.organ_evidence or "rollcall"
            if motion.symbol is None:
                motion.symbol = candidates[0].motion_symbol


def motion_facts(reading: Reading) -> None:
    """One ``motion`` fact per motion (with its outcome and vetoes) and one ``tally`` fact
    per motion with counts."""
    _proposed_packages(reading)
    for motion in reading.motions:
        if not motion.mentions and motion.tally is None:
            continue
        evidence = [reading.evidence(m.sentence, m.start, m.end) for m in motion.mentions]
        linked = motion.rollcall is not None
        fields = {
            "motion": motion.id,
            "kind": motion.kind,
            "symbol": motion.symbol,
            "number": motion.number,
            "proposed_by": list(motion.proposers),
            "organ": motion.organ,
            "rollcall": motion.rollcall.id if linked else None,
            "date": _iso(motion.day),
            "period": [_iso(day) for day in motion.period] if motion.period else None,
            "historical": motion.historical,
            "outcome": motion.outcome,
            "vetoed_by": list(motion.vetoed_by),
            "collective": motion.collective,
        }
        reading.add(
            "motion",
            fields,
            (evidence or [motion.tally_evidence]) + motion.outcome_evidence,
            0.95 if motion.symbol and not linked else 0.85 if linked else 0.6,
            "motion-symbol"
            if any(m.form == "symbol" for m in motion.mentions)
            else "motion-implicit"
            if motion.implicit
            else "motion-description",
        )
        if motion.tally is not None and motion.tally_evidence is not None:
            reading.add(
                "tally",
                {
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


def tells_a_vote(reading: Reading) -> bool:
    """Whether the passage tells a vote: a motion with a count, a ballot, an outcome, a
    proposer, a veto, a symbol or a number, an organ that voted or adopted, an outcome told
    of texts named together, or a stance on a motion. A text none of whose passages does
    names texts only in passing ("No resolution was put to a vote", "any member can call for
    a recorded vote", "the Council should keep a resolution in draft form"), and none of
    them is a vote it reports.

    >>> from kg.extract.reading import Reading
    >>> def told(text):
    ...     reading = Reading.of(text, date(2024, 3, 8))
    ...     find_motions(reading)
    ...     return tells_a_vote(reading)
    >>> told("Any member can call for a recorded vote on a draft.")
    False
    >>> told("Both drafts failed."), told("The Security Council voted on the draft.")
    (True, True)
    """
    return (
        any(
            not motion.inert
            or motion.outcome
            or motion.tally is not None
            or motion.proposers
            or motion.vetoed_by
            or motion.symbol
            or motion.number
            # an organ's or a main committee's act ("the Second Committee approved the text")
            or motion.organ_evidence in ("subject", "committee")
            for motion in reading.motions
        )
        or any(
            # "Both resolutions were adopted", "The Security Council voted to reject the draft"
            _outcome_told(reading, cue)
            for sentence in reading.sentences
            for cue in reading.cues(sentence.index, "OUTCOME")
        )
        or any(
            verb in ("voted", *_ADOPTING)
            for sentence in reading.sentences
            for _, _, _, verb in _organ_acts(reading, sentence.index)
        )
        or any(
            fact.type in ("ballot", "tally")
            or (fact.type == "stance" and (fact.fields.get("target") or {}).get("kind") == "motion")
            for fact in reading.facts
        )
    )


#: Words before an outcome cue that make it a supposition ("would not let the text pass",
#: "likely to be put to a vote").
_SUPPOSED_OUTCOME = re.compile(
    r"\b(?:would|could|might|(?-i:may)|can|cannot|should|will|must|shall|if|unless|whether|"
    r"expected\s+to|likely\s+to|needs?\s+to|not)\b(?:\s+\S+){0,4}\s*$",
    re.IGNORECASE,
)


def _outcome_told(reading: Reading, cue) -> bool:
    """Whether an outcome cue tells what became of texts named together before it in its
    sentence ("Both drafts failed"), not what might."""
    if cue.value == "not-voted" or not any(
        motion.collective and mention.end <= cue.start
        for mention, motion in reading.motion_pairs(cue.sentence, collective=True)
    ):
        return False
    sentence = reading.sentences[cue.sentence]
    before = reading.plain[max(sentence.start, cue.start - 40) : cue.start]
    return _SUPPOSED_OUTCOME.search(before) is None


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None
