"""Surface patterns of vote reporting: tallies, UN document symbols, vote cues and stance verbs.

Everything here is about how news *writes* votes, independent of any one article:

- tallies: "93 affirmative votes, 18 against, and 65 abstentions", "by a vote of 141 in favour
  to 5 against, with 35 abstentions", "141-5-35", "141 to 5 with 35 abstentions", "passed 10-0
  with five abstentions", "rejected by 19 votes to 17" and "voted 19 to 17 against holding a
  debate" (against first), "the 120 votes its October resolution received", "won the support
  of 143 countries", "ten of the council's 15 members backed that text" (numbers as digits or
  words);
- UN document symbols: A/RES/ES-11/7, A/ES-11/L.11, S/2025/112, S/RES/2774 (2025);
- vote cues (a state voted yes, no, abstained) and stance triggers (proposes, seeks an
  amendment, threatens a veto, urges, opposes, supports, refuses, advocates, condemns) as
  spaCy ``Matcher`` token patterns on lower-cased text, with no statistical model.

Tallies and symbols are matched on characters (regular expressions), because the tokenizer
splits "141-5-35" or "A/RES/ES-11/7" differently depending on their shape.

>>> [(t.yes, t.no, t.abstain) for t in find_tallies("It passed 141-5-35 on Monday.")]
[(141, 5, 35)]
>>> [(t.yes, t.no, t.abstain) for t in find_tallies("adopted 10-0 with five abstentions")]
[(10, 0, 5)]
>>> [(t.yes, t.no) for t in find_tallies("It was rejected by 19 votes to 17.")]
[(17, 19)]
>>> [s.symbol for s in find_symbols("Resolution A/RES/ES-11/7 and S/RES/2774 (2025).")]
['A/RES/ES-11/7', 'S/RES/2774 (2025)']
>>> number_value("forty-one"), number_value("141"), number_value("a")
(41, 141, None)
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

__all__ = [
    "LIST_ONLY_VOTE_CUES",
    "ORGAN_ACTS",
    "OUTCOME_CUES",
    "STANCE_TRIGGERS",
    "VETO_CUES",
    "VOTE_CUES",
    "WEAK_VOTE_CUES",
    "SymbolMention",
    "Tally",
    "find_symbols",
    "find_tallies",
    "matcher",
    "number_value",
    "symbol_number",
    "symbol_organ",
]

_UNITS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_NUMBER_WORDS = {word: value for value, word in enumerate(_UNITS)}
_NUMBER_WORDS |= {word: 20 + 10 * index for index, word in enumerate(_TENS)}
_NUMBER_WORDS |= {"none": 0, "no": 0, "nil": 0, "pair": 2, "trio": 3}
_WORD_NUMBER = (
    r"(?:(?:one|two)\s+hundred(?:\s+and)?\s+)?"
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?:one|two|three|four|"
    r"five|six|seven|eight|nine))?|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|none|no|nil)"
)
_NUMBER = rf"(?:\d{{1,3}}|{_WORD_NUMBER})"
_DASH = r"\s?[-\u2013\u2014]\s?"


def number_value(text: str) -> int | None:
    """The value of a count written in digits or English words (up to 299), else None.

    >>> number_value("one hundred and forty-one"), number_value("Five"), number_value("none")
    (141, 5, 0)
    """
    words = text.lower().replace("-", " ").replace(" and ", " ").split()
    if len(words) == 1 and words[0].isdigit():
        return int(words[0])
    total, current = 0, 0
    for word in words:
        if word == "hundred":
            current = max(current, 1) * 100
        elif word in _NUMBER_WORDS:
            current += _NUMBER_WORDS[word]
        else:
            return None
    return total + current if words else None


@dataclass(frozen=True)
class Tally:
    """Counts of one vote as the text gives them; ``None`` where the text gives no count.

    ``start``/``end`` are offsets into the string searched; ``form`` names the pattern
    (``labelled``: each count with its word, ``dashed``: 141-5-35, ``to``: 141 to 5;
    ``lone``: one count that only adds to a vote told, "There were 17 abstentions").
    """

    yes: int | None
    no: int | None
    abstain: int | None
    non_voting: int | None
    start: int
    end: int
    form: str

    def counts(self) -> dict[str, int]:
        """The known counts keyed ``yes``, ``no``, ``abstain``, ``non_voting``."""
        values = {
            "yes": self.yes,
            "no": self.no,
            "abstain": self.abstain,
            "non_voting": self.non_voting,
        }
        return {key: value for key, value in values.items() if value is not None}


# A count followed (within a few words) by the option it counts.
_ROLES = {
    "yes": r"(?:affirmative(?:\s+votes?)?|(?:votes?\s+)?in\s+favou?r|yes(?:es|\s+votes?)?|ayes|"
    # (not "its 193 members for the next three years")
    r"votes?\s+for\b|for\b(?!\s+(?:the\s+)?(?:next|past|coming|last|first|\d))|votes?\s+to\s+adopt|supporting|vot(?:ed|ing)\s+(?:for|yes)\b|"
    r"vot(?:ed|ing)\s+in\s+favou?r|(?:backed|supported)(?=\s+(?:it|them|the|that|this)\b)|"
    # "fourteen of the fifteen members raised their hands for a draft"
    r"raised\s+their\s+hands\s+(?:for|in\s+favou?r)\b|"
    r"vote\s+[\"\u201c](?:yes|aye)\b[\"\u201d]?)",
    "no": r"(?:against|no(?:\s+votes?)?|noes|nays?|negative(?:\s+votes?)?|opposed|"
    r"votes?\s+against|vot(?:ed|ing)\s+(?:against|no)\b|said\s+no\b(?!\s+to\b)|"
    r"vote\s+[\"\u201c](?:no|nay)\b[\"\u201d]?)",
    "abstain": r"(?:abstentions?|abstaining|abstained|abstainers?|abstain|"
    r"sat\s+(?:the\s+vote\s+|it\s+)?out\b)",
    "non_voting": r"(?:(?:did\s+not|didn['\u2019]t)\s+"
    r"(?:vote|take\s+part|cast\s+(?:a\s+)?(?:vote|ballot)s?)|not\s+voting|absent|"
    r"non-?voting|not\s+recorded\s+as\s+(?:voting|present))",
}
_ROLE_GROUPS = "|".join(f"(?P<{key}>{pattern})" for key, pattern in _ROLES.items())
#: Who a count counts: "35 countries", "13 other council members", "of the 15 council members".
_ELECTORATE = (
    r"(?:other\s+)?(?:(?:member|council|assembly)\s+)?(?:states?|countr(?:y|ies)|nations?|"
    r"members?|delegations?|others?|more)"
)
_LABELLED = re.compile(
    # not the minutes of a time ("17:45 Who voted no?" in a live blog)
    # "a single abstention", "a single country voted no" (not "not a single": ``_NONE_OR_ONE``)
    # "the pair abstained"
    rf"(?<!\d[:.])\b(?P<number>{_NUMBER}|(?<!not\s)a\s+single|(?<=the\s)(?:pair|trio))\b"
    rf"(?:\s+(?:{_ELECTORATE}|votes?|of\s+(?:the|its)\s+"
    # "delegations, 67 in all, not recorded as voting"
    rf"(?:\d+|fifteen)\s+(?:council\s+|assembly\s+)?member(?:s|\s+states)|in\s+(?:all|total),?|"
    rf"of\s+the\s+(?:(?:Human\s+Rights|"
    rf"Security|General)\s+)?(?:council|assembly)['\u2019]s\s+(?:\d+|fifteen)\s+members|"
    rf"of\s+the\s+(?:council|assembly)"
    rf"|of\s+the\s+(?:U\.?N\.?\s+)?(?:Security|General|Human\s+Rights)\s+(?:Council|Assembly)"
    rf")){{0,3}}"
    # "Only two countries, Paraguay and Ukraine,", "37 members, including South Africa,"
    # "Four others, Ethiopia, Kazakhstan, Equatorial Guinea and Peru, abstained"
    rf"(?:,\s+(?:[A-Z]|(?:including|among\s+them|mostly|most\s+of\s+them)\s)[^,.;:()]{{1,80}}"
    rf"(?:,\s+(?:and\s+)?[A-Z][^,.;:()]{{0,60}}){{0,8}},"
    # "five members - Cape Verde, China, India, Morocco and Zimbabwe - abstained"
    rf"|\s+[-\u2013\u2014]\s+[A-Z][^.;:()\-\u2013\u2014]{{1,120}}?\s+[-\u2013\u2014])?"
    rf"\s+(?:(?:that|which|who)\s+)?(?:(?:were|was|had|have|cast)\s+)?(?:all\s+)?"
    # "64 chose to abstain", "three decided to vote against"
    rf"(?:(?:chose|decided|opted|preferred|elected)\s+to\s+)?"
    # "among only five countries to vote no" (a count of voters: see ``_AMONG_BEFORE``)
    rf"(?P<to>to\s+(?=vote\b))?"
    rf"(?P<role>{_ROLE_GROUPS})(?![a-z])",
    re.IGNORECASE,
)
#: "won 93 votes", "received 13 votes": a count of votes for the motion, unlabelled.
_WON_VOTES = re.compile(
    rf"\b(?:(?:won|wins|winning|received|receives|receiving|garnered|garnering|secured|"
    rf"securing|obtained|got|getting|drew|drawing|gained|gaining|gathered|gathering|with|"
    rf"attract(?:ed|ing)|mustered|mustering|collect(?:ed|ing|s))\s+"
    # "passed with the same 13 votes", "got exactly the nine votes it needed"
    rf"(?:only\s+|just\s+|the\s+same\s+|(?:exactly|precisely)\s+(?:the\s+)?)?"
    rf"(?P<number>{_NUMBER}|a\s+single)\s+"
    # "gathering only seven of the nine votes it needed"
    rf"(?:of\s+the\s+(?:{_NUMBER})\s+)?(?:affirmative\s+)?votes?|"
    # "five votes, well short of the nine required"
    # ("one vote short of the nine" counts what was missing: no comma, no count)
    rf"(?P<short>{_NUMBER})\s+votes?,\s+(?:well\s+|far\s+|just\s+)?short\s+of|"
    # "carried by 150 countries", "backed by 127 states"
    # "backed by 13 of the council's 15 members"
    # "approved the text by 150 votes"
    rf"(?:carried|adopted|passed|approved|backed|supported|endorsed)\s+"
    rf"(?:(?:the|a|an|its|this|that)\s+(?:[\w\-]+\s+){{0,2}}?)?by\s+"
    # "adopted by all fifteen members of the Council", "approved by all 15 council members"
    rf"(?:only\s+|just\s+|all\s+)?(?P<voters>{_NUMBER})\s+"
    rf"(?:of\s+the\s+(?:[\w'\u2019-]+\s+){{1,2}})?(?:(?:council|assembly)\s+)?(?:member\s+)?"
    rf"(?:countries|states|nations|members|delegations|votes?))\b"
    # (not a comparison: "with just one vote more than the nine required")
    rf"(?!\s+(?:against|to\s|in\s+favou?r|for\b|more\b|fewer\b|less\b|than\b))",
    re.IGNORECASE,
)
#: "by 14 votes" after the verb that passed the motion, further back in its clause than
#: ``_WON_VOTES`` reaches: "adopted resolution 1101 late in the evening, by 14 votes with one
#: abstention", "renewed the mission in resolution 2466, again by 13 votes".
_BY_VOTES = re.compile(
    rf"\bby\s+(?:only\s+|just\s+)?(?P<by>{_NUMBER})\s+votes?\b"
    rf"(?!\s+(?:to\b|against|in\s+favou?r|for\b))",
    re.IGNORECASE,
)
_PASSED = (
    r"\b(?:adopted|approved|passed|carried|renewed|extended|authori[sz]ed|endorsed|"
    r"established|created|imposed|lifted)\b"
)
_PASSED_BEFORE = re.compile(rf"{_PASSED}[^.;:!?]{{0,90}}$", re.IGNORECASE)
#: "the Council, by 13 votes with none against, authorised …": the count set off before the verb
_PASSED_AFTER = re.compile(rf"[^.;:!?,]{{0,40}},\s+(?:\w+ly\s+)?{_PASSED}", re.IGNORECASE)
#: A margin, not a count: "won by 10 votes", "fell short by two votes".
_MARGIN_BEFORE = re.compile(
    r"\b(?:won|lost|short|margin|defeated|rejected|outvoted|beat(?:en)?|narrowly|than)\b"
    r"[^.;:!?]{0,20}$",
    re.IGNORECASE,
)


def _by_votes_adopts(text: str, match: re.Match) -> bool:
    """Whether "by N votes" counts the votes that passed the motion its clause's verb names."""
    before = text[max(0, match.start() - 120) : match.start()]
    if _MARGIN_BEFORE.search(before) is not None:
        return False
    return _PASSED_BEFORE.search(before) is not None or (
        before.rstrip().endswith(",") and _PASSED_AFTER.match(text, match.end()) is not None
    )


_HAS_ELECTORATE = re.compile(rf"\b{_ELECTORATE}\b", re.IGNORECASE)
_DASHED = re.compile(
    # ("voted 15-nil": none against, in words)
    rf"(?<![\d/.\-\u2013])(?P<yes>\d{{1,3}}){_DASH}(?P<no>\d{{1,3}}|nil\b)"
    rf"(?:{_DASH}(?P<abstain>\d{{1,3}}))?"
    rf"(?![\d/\-\u2013])",
)
_TO_FORM = re.compile(
    rf"\b(?P<yes>{_NUMBER})\s+(?:(?:votes?\s+)?(?:in\s+favou?r\s+)?to|"
    # "162 yes votes against five", "by 12 votes against 3" (not "… against 3 abstentions")
    rf"(?:yes\s+|affirmative\s+)?votes?\s+(?:in\s+favou?r\s+)?against(?=\s+{_NUMBER}\b"
    rf"(?!\s+(?:abstentions?|abstaining|abstainers|in\s+favou?r|yes)\b)))"
    rf"\s+(?P<no>{_NUMBER}|none)\b(?:\s+(?:votes?\s+)?against)?",
    re.IGNORECASE,
)
#: The complement of the sides named: "which the other 178 voting states all supported".
_OTHERS_SUPPORTED = re.compile(
    rf"\bthe\s+other\s+(?P<number>{_NUMBER})\s+(?:voting\s+)?(?:member\s+)?"
    rf"(?:countries|states|nations|members|delegations)\s+(?:all\s+)?"
    rf"(?:supported|backed|voted\s+for)\b",
    re.IGNORECASE,
)
#: Every member for it: "all fifteen members agreed to lift the embargo", "all 47 members
#: backed it".
_ALL_AGREED = re.compile(
    rf"\ball\s+(?P<number>{_NUMBER})\s+(?:(?:council|assembly)\s+)?(?:members|states|countries)\s+"
    # "all fifteen members raised their hands", "all 15 members voted for it"
    rf"(?:agreed|backed|supported|endorsed|approved|raised\s+their\s+hands|"
    rf"voted\s+(?:for|yes|in\s+favou?r)\b)"
    # "the fifteen members of the Security Council raised their hands", "the 15-member Council
    # voted unanimously": every member of an organ counted by its size
    rf"|(?<!of\s)\bthe\s+(?P<members>{_NUMBER})\s+members\s+of\s+the\s+(?:UN\s+)?(?:Security\s+)?"
    rf"Council\s+(?:all\s+)?(?:raised\s+their\s+hands|voted\s+(?:for|yes|in\s+favou?r)\b)"
    rf"|\bthe\s+(?P<size>15|fifteen|47|forty-seven)-member\s+(?:UN\s+)?(?:Security\s+|"
    rf"Human\s+Rights\s+)?Council\s+(?:voted\s+)?unanimously\b",
    re.IGNORECASE,
)
#: A defeat counted against first: "rejected by 19 votes to 17", "voted down 12 to 3".
_REJECTED_BY = re.compile(
    r"\b(?:rejected|defeated|voted\s+down|turned\s+down|thrown\s+out|threw\s+out|struck\s+down|shot\s+down|blocked)"
    # ("was voted down, 19 to 17": the count set off by a comma)
    r"(?:\s+(?:\w+\s+){0,2}?(?:by\s+)?|,\s+)$",
    re.IGNORECASE,
)
#: A defeat named by the noun after its count: "a 12-3 rebuff", "the 9-4 defeat".
_DEFEAT_AFTER = re.compile(r"\s+(?:rebuff|defeat|rejection|drubbing|snub)\b", re.IGNORECASE)
#: A count then what the majority voted against: "voted 19 to 17 against holding a debate"
#: (19 against the motion), not "141 to 5 against, with 35 abstentions".
_VOTED_AGAINST_DOING = re.compile(
    r"\s+against\s+(?:\w+ing|the|a|an|it|any|a\s+motion)\b(?!\s+(?:votes?|abstentions?)\b)",
    re.IGNORECASE,
)
#: Support counted in voters: "won the support of 143 countries", "passed with the backing
#: of 13 of the council's 15 members".
_SUPPORT_OF = re.compile(
    rf"\b(?:won|wins|received|drew|gained|garnered|secured|had|with|got)\s+the\s+"
    rf"(?:support|backing|votes)\s+of\s+(?:only\s+|just\s+|all\s+)?(?P<number>{_NUMBER})\s+"
    # "the support of all 14 other council members", "of all fifteen Council members"
    rf"(?:of\s+the\s+(?:[\w'\u2019-]+\s+){{1,2}})?(?:other\s+)?(?:(?:council|assembly)\s+)?"
    rf"(?:member\s+)?(?:countries|nations|states|members|delegations)\b"
    # "Support came from 151 states"
    rf"|\b(?:[Ss]upport|[Bb]acking)\s+came\s+from\s+(?:only\s+|just\s+)?(?P<source>{_NUMBER})\s+"
    rf"(?:member\s+)?(?:countries|nations|states|members|delegations)\b",
    re.IGNORECASE,
)
#: "opposed by 9", "was opposed by only four states": a count of votes against, in the passive.
_OPPOSED_BY = re.compile(
    rf"\bopposed\s+by\s+(?:only\s+|just\s+)?(?P<number>{_NUMBER})\b"
    rf"(?!\s+(?:votes?\s+)?to\b)(?:\s+(?:member\s+)?(?:countries|nations|states|members|"
    rf"delegations)\b)?",
    re.IGNORECASE,
)
#: "the 120 votes its October resolution received": a count of votes for a motion named
#: after it.
_VOTES_RECEIVED = re.compile(
    rf"\bthe\s+(?P<number>{_NUMBER})\s+(?:affirmative\s+)?votes\s+(?=(?:its|the|their|a|an|this|that)"
    rf"\s+[^.;,]{{0,60}}?\b(?:received|won|drew|got|gathered|obtained|garnered)\b)",
    re.IGNORECASE,
)
_WITH_ABSTENTIONS = re.compile(
    rf"^\s*(?:\([^()]*\))?\W{{0,3}}\s*(?:and|with)\s+(?P<abstain>{_NUMBER})\s+"
    rf"(?:abstentions?|abstaining|abstained)"
    # "with 40 abstentions and 28 absent"
    rf"(?:,?\s+and\s+(?P<non_voting>{_NUMBER})\s+(?:(?:delegations|countries|states|members)\s+)?"
    rf"(?:absent|(?:were\s+)?not\s+voting|non-?voting|(?:did\s+not|didn['\u2019]t)\s+vote)\b)?",
    re.IGNORECASE,
)
#: Abstentions told at the end of the clause: "voted 93-24 on Thursday to suspend Russia from
#: the council, with 58 abstentions" (no other count in between).
_LATER_ABSTENTIONS = re.compile(
    rf"^[^.;:\d]{{0,120}}?,\s*(?:and\s+)?with\s+(?:[^.;:,\d]{{0,80}}?\s+and\s+)?"
    rf"(?P<abstain>{_NUMBER})\s+abstentions?\b",
    re.IGNORECASE,
)
#: Words that make a dashed or "N to M" pair a vote rather than a score, a range or a date.
_VOTE_CONTEXT = re.compile(
    r"\b(?:vot\w*|resolution|draft|motion|adopt\w*|approv\w*|pass\w*|reject\w*|veto\w*|"
    r"abstain\w*|abstention\w*|ballot\w*|council|assembly|tally|count|margin|"
    r"fail(?:ed|s)|defeated|"  # "It also failed, 4-9-2": an outcome is a vote word too
    r"(?:went|sailed|squeaked|swept)\s+through)\b",
    re.IGNORECASE,
)
_SPORTS_CONTEXT = re.compile(
    # (not the Sustainable Development Goals: "Goal 14", "the Development Goals")
    # (nor a debate's "points of order", nor the League of Arab States)
    r"\b(?:(?<!Development\s)goals?(?!\s+\d)|scored?|match|game|season|"
    r"(?<!Arab\s)league(?!\s+of\s+(?:Arab|Nations))|cup|points(?!\s+of\s+order)|innings|"
    r"halftime|striker|coach)\b",
    re.IGNORECASE,
)


def _tail_counts(tail: re.Match) -> dict[str, int]:
    """The abstentions (and the absent, when told with them) of a ``_WITH_ABSTENTIONS`` tail."""
    counts = {"abstain": number_value(tail.group("abstain")) or 0}
    if tail.group("non_voting"):
        counts["non_voting"] = number_value(tail.group("non_voting")) or 0
    return counts


def _plausible(counts: dict[str, int]) -> bool:
    # No UN organ has more than 193 members: larger numbers are not a tally.
    return bool(counts) and sum(counts.values()) <= 193 and all(v <= 193 for v in counts.values())


def _counted_alone(match: re.Match) -> bool:
    """Whether a dashed count is three numbers that add up to an organ's vote (9 or more):
    "160-1-3" needs no vote word around it, as "3-1" or "2022-25" do."""
    counts = [int(value) for value in match.groupdict().values() if value]
    return len(counts) == 3 and sum(counts) >= 9


def find_tallies(text: str) -> list[Tally]:
    """Every vote tally in ``text`` (one sentence or more), in order.

    Labelled counts ("93 affirmative votes, 18 against, and 65 abstentions") group into one
    tally when they follow each other within a few words; at least two counts, or one count
    with an explicit vote word, make a tally. Dashed ("141-5-35", "10-0") and "141 to 5"
    forms need a vote word in the text and no sports words, so a score or a year range is
    not a vote.

    >>> [t.counts() for t in find_tallies(
    ...     "by a vote of 141 in favour to 5 against, with 35 abstentions")]
    [{'yes': 141, 'no': 5, 'abstain': 35}]
    >>> [t.counts() for t in find_tallies(
    ...     "The resolution received 93 affirmative votes, 18 against, and 65 abstentions.")]
    [{'yes': 93, 'no': 18, 'abstain': 65}]
    >>> [t.counts() for t in find_tallies("The council voted 141 to 5 with 35 abstentions.")]
    [{'yes': 141, 'no': 5, 'abstain': 35}]
    >>> find_tallies("Chelsea won the match 3-1."), find_tallies("in 2022-2025, 18 against")
    ([], [])
    """
    tallies: list[Tally] = []
    # (a count of three alone is a vote's: "International Day of Hope: 161-1-4.")
    vote_context = _VOTE_CONTEXT.search(text) is not None or any(
        _counted_alone(match) for match in _DASHED.finditer(text)
    )
    sports = _SPORTS_CONTEXT.search(text) is not None
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in taken)

    if vote_context and not sports:
        for match in _DASHED.finditer(text):
            counts = {
                key: 0 if value.lower() == "nil" else int(value)
                for key, value in match.groupdict().items()
                if value
            }
            if "abstain" not in counts and _against_doing(text, match):
                counts = {"yes": counts["no"], "no": counts["yes"]}
            if _DEFEAT_AFTER.match(text, match.end()) and counts["yes"] > counts["no"]:
                # "a 12-3 rebuff", "its 9-4 defeat": a defeat counted against first
                counts = {**counts, "yes": counts["no"], "no": counts["yes"]}
            end = match.end()
            if "abstain" not in counts:
                tail = _WITH_ABSTENTIONS.match(text[end:])
                if tail:
                    counts.update(_tail_counts(tail))
                    end += tail.end()
                else:
                    _later_abstentions(text, end, counts, taken)
            if _plausible(counts) and not _looks_like_date(text, match.start()):
                tallies.append(Tally(**_full(counts), start=match.start(), end=end, form="dashed"))
                taken.append((match.start(), end))
        for match in _TO_FORM.finditer(text):
            if not free(match.start(), match.end()):
                continue
            yes = number_value(match.group("yes"))
            no = 0 if match.group("no").lower() == "none" else number_value(match.group("no"))
            if yes is None or no is None:
                continue
            if re.search(r"\bfrom\s+$", text[max(0, match.start() - 6) : match.start()]):
                continue  # "the gap widened from five votes to fifteen": a change, no count
            counts = {"yes": yes, "no": no}
            if (
                _REJECTED_BY.search(text[max(0, match.start() - 40) : match.start()]) and yes > no
            ) or _against_doing(text, match):
                # "rejected by 19 votes to 17": 19 against ("rejected by 56 votes to 74" is
                # told in the order of the record, yes first)
                counts = {"yes": no, "no": yes}
            end = match.end()
            tail = _WITH_ABSTENTIONS.match(text[end:])
            if tail:
                counts.update(_tail_counts(tail))
                end += tail.end()
            else:
                _later_abstentions(text, end, counts, taken)
            if _plausible(counts):
                tallies.append(Tally(**_full(counts), start=match.start(), end=end, form="to"))
                taken.append((match.start(), end))

    group: dict[str, int] = {}
    group_start = group_end = -1
    labelled = [(match, None) for match in _LABELLED.finditer(text)]
    labelled += [(match, "yes") for match in _WON_VOTES.finditer(text)]
    labelled += [
        (match, "yes") for match in _BY_VOTES.finditer(text) if _by_votes_adopts(text, match)
    ]
    labelled += [(match, "yes") for match in _VOTES_RECEIVED.finditer(text)]
    labelled += [(match, "yes") for match in _SUPPORT_OF.finditer(text)]
    labelled += [(match, "no") for match in _OPPOSED_BY.finditer(text)]
    labelled += [(match, "yes") for match in _OTHERS_SUPPORTED.finditer(text)]
    labelled += [(match, "yes") for match in _ALL_AGREED.finditer(text)]
    labelled.sort(key=lambda item: item[0].start())
    for match, fixed_role in labelled:
        if not free(match.start(), match.end()):
            continue
        if fixed_role is None and any(
            other.start() <= match.start() < other.end() for other, role in labelled if role
        ):
            continue
        if re.search(
            r"\b(?:of\s+(?:the\s+(?:[\w-]+\s+){0,3}?[\w-]+['\u2019]s|the|its)|among\s+(?:its|their))"
            r"\s+$",
            text[: match.start()],
        ):
            continue  # "Nineteen of the Council's 47 members voted yes", "shared among its 193
            # members": the members, not a side
        if _RANGE_BEFORE.search(text[: match.start()]):
            continue  # "between roughly 78 and 85 votes in favour": a range of past votes
        if _BOUND_BEFORE.search(text, max(0, match.start() - 30), match.start()):
            continue  # "fewer than nine members vote yes", "at least nine votes": a bound
        if match.groupdict().get("to") and not _AMONG_BEFORE.search(text[: match.start()]):
            continue  # "urged all 193 states to vote yes": a call, no count
        if (
            fixed_role is None
            and match.group("non_voting")
            and _ROUGHLY_BEFORE.search(text[max(0, match.start() - 30) : match.start()])
        ):
            continue  # "Around 30 countries did not vote at all": no count the record gives
        if _THRESHOLD_BEFORE.search(text[: match.start()]) or _THRESHOLD_AFTER.match(
            text, match.end()
        ):
            continue  # "without nine yes votes the text fell": the votes needed, not cast
        if re.search(
            r"\b(?:if|unless)\b[^.;:,]*$|(?:^|[.;:]\s+)(?:Had|Were|Should)\s+$",
            text[max(0, match.start() - 60) : match.start()],
        ):
            continue  # "would veto the draft if it ever gathered nine votes", "Had one more
            # member abstained": no count cast
        number = (
            match.groupdict().get("number")
            or match.groupdict().get("voters")
            or match.groupdict().get("short")
            or match.groupdict().get("source")
            or match.groupdict().get("by")
            or match.groupdict().get("members")
            or match.groupdict().get("size")
            or ""
        )
        value = 1 if re.fullmatch(r"a\s+single", number, re.I) else number_value(number)
        role = fixed_role or next(key for key in _ROLES if match.group(key))
        if _OR_OTHER_SIDE.match(text, match.end()):
            continue  # "the 49 countries that voted no or abstained": two sides summed
        if value is None or (number.lower() == "no" and role != "yes"):
            continue
        if number.lower() == "one" and re.search(r"\bno\s+$", text[: match.start()], re.I):
            continue  # "No one voted against": none (``_NONE_OR_ONE``), not one
        gap = re.sub(r"\([^()]*\)", " ", text[group_end : match.start()]) if group_end >= 0 else ""
        close = group_end >= 0 and len(gap.split()) <= 4
        if group and (not close or role in group):
            _close_group(tallies, group, group_start, group_end, text)
            group = {}
        if not group:
            group_start = match.start()
        group[role] = value
        group_end = match.end()
    if group:
        _close_group(tallies, group, group_start, group_end, text)
    for match in _LABEL_FIRST.finditer(text):
        counts = {role: number_value(match.group(role)) for role in ("yes", "no", "abstain")}
        counts = {role: value for role, value in counts.items() if value is not None}
        if free(match.start(), match.end()) and _plausible(counts):
            tallies.append(
                Tally(**_full(counts), start=match.start(), end=match.end(), form="labelled")
            )
            taken.append((match.start(), match.end()))
    for match in _ABSENT_LABEL.finditer(text):
        value = number_value(match.group("number"))
        if value is not None and free(match.start(), match.end()):
            tallies.append(
                Tally(None, None, None, value, start=match.start(), end=match.end(), form="lone")
            )
    for pattern, counts in _NONE_OR_ONE:
        for match in pattern.finditer(text):
            if free(match.start(), match.end()):
                tallies.append(
                    Tally(**_full(counts), start=match.start(), end=match.end(), form="lone")
                )
    return sorted(tallies, key=lambda tally: tally.start)


#: Another side joined to a count's by "or": "voted no or abstained", "against or absent" (the
#: count is of both sides together).
_OR_OTHER_SIDE = re.compile(
    r"\s+(?:or|and/or)\s+(?:(?:voted|were|was)\s+)?(?:abstain\w*|against|no\b|yes\b|"
    r"in\s+favou?r|absent|did\s+not\s+vote|stayed\s+away)",
    re.IGNORECASE,
)
#: Before a count of voters told with "to vote": "was among only five countries to vote no",
#: "one of just three states to vote against".
_AMONG_BEFORE = re.compile(
    r"\b(?:among|one\s+of)\s+(?:the\s+)?(?:(?:only|just|a\s+mere)\s+)?$", re.IGNORECASE
)
#: A word that makes a count an estimate: "around 30", "some 40", "nearly 50".
_ROUGHLY_BEFORE = re.compile(
    r"\b(?:around|about|roughly|some|nearly|almost|approximately|more\s+than|over|fewer\s+than|"
    r"under|at\s+least|up\s+to)\s+$",
    re.IGNORECASE,
)
#: Labels before their counts, as live blogs and press releases give them: "Yes 41 / No 3 /
#: Abstain 2", "In favour: 41; against: 3; abstentions: 2".
_LABEL_FIRST = re.compile(
    rf"\b(?:yes|in\s+favou?r|for|ayes)\s*:?\s*(?P<yes>{_NUMBER})\s*[/,;|.]\s*"
    rf"(?:no|against|noes|nays)\s*:?\s*(?P<no>{_NUMBER})"
    rf"(?:\s*[/,;|.]\s*(?:abstain\w*|abstentions?)\s*:?\s*(?P<abstain>{_NUMBER}))?\b",
    re.IGNORECASE,
)
#: A count of the votes a motion needed, not of those it got: "without nine yes votes",
#: "short of the nine yes votes required".
_THRESHOLD_BEFORE = re.compile(
    r"\b(?:without|short\s+of|lacking|lacked|needs?|needed|requires|required)\s+"
    r"(?:the\s+|a\s+)?(?:required\s+|necessary\s+|needed\s+)?$",
    re.IGNORECASE,
)
_RANGE_BEFORE = re.compile(
    rf"\b(?:between|from)\s+(?:(?:roughly|about|some|around)\s+)?{_NUMBER}\s+(?:and|to)\s+$",
    re.IGNORECASE,
)
#: A bound before a count, no count itself: "fewer than nine", "more than 120", "at least
#: nine" (but "no fewer than 64 chose to abstain" stresses a count).
_BOUND_BEFORE = re.compile(
    r"(?<!\bno\s)(?<!\bnot\s)\b(?:(?:fewer|more|less)\s+than|at\s+(?:least|most))\s+$", re.I
)
_THRESHOLD_AFTER = re.compile(
    # ("Nine yes votes are needed", "ten votes were required")
    r"\s+(?:(?:are|were|is|was|being)\s+)?(?:required|needed|necessary)\b",
    re.IGNORECASE,
)
#: The absent counted under a label after the lists of a recorded vote: "Absent: 62 Member
#: States." (a lone count: it completes the tally of the vote told).
_ABSENT_LABEL = re.compile(
    rf"\b(?:absent|not\s+voting|non-voting|did\s+not\s+vote)\s*:\s*(?P<number>{_NUMBER})\b"
    rf"(?=\s+(?:member\s+states|states|countries|delegations|members)\b|\s*(?:[.;]|$))",
    re.IGNORECASE,
)
#: Counts told in words: "Nobody voted against it", "Not a single member voted against", "with
#: not a single abstention", "cast the only vote against" (lone counts: they complete the
#: tally of a vote told, see ``_close_group``).
_NOBODY = (
    r"(?:nobody|no\s+one|no\s+(?:other\s+)?(?:member|country|state|delegation)|"
    r"not\s+(?:a\s+single|one)\s+(?:member|country|state|delegation))"
)
#: The one voter of a side: "was the only member to", "being the only country that", "as the
#: sole delegation which" (not "was not the only …").
_ONLY_ONE_TO = (
    r"\b(?:was|is|being|as|were)\s+the\s+(?:only|sole|lone|single)\s+(?:(?:council|permanent|"
    r"assembly)\s+)?(?:one|country|member|state|delegation|nation)\s+(?:to|that|which|who)\s+"
)
#: One state's name, as capitalised words (not a people: "the Europeans", "the Nordics").
_ONE_STATE = r"[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,2}(?<!ans)(?<!ics)"
_NONE_OR_ONE = (
    (
        re.compile(
            rf"\b{_NOBODY}\s+(?:\w+\s+)?(?:voted\s+(?:against|no)|objected)\b|"
            # "adopted without a single dissent", "without a dissenting vote"
            r"\bwithout\s+(?:a\s+(?:single\s+)?)?(?:dissent\b|dissenting\s+vote|"
            r"negative\s+vote|vote\s+against)",
            re.I,
        ),
        {"no": 0},
    ),
    # "12 in favour and 3 abstentions, with no votes against", "There were no votes against"
    (
        re.compile(
            r"(?:\bwith\s+|\band\s+|[,;]\s*|\b(?:were|was)\s+)no\s+(?:votes?\s+against|"
            r"negative\s+votes?|dissenting\s+votes?)\b",
            re.I,
        ),
        {"no": 0},
    ),
    # "none abstained", "No abstentions." standing alone (a live blog's result)
    (
        re.compile(
            rf"\b(?:{_NOBODY}|none)\s+(?:\w+\s+)?abstained\b|"
            r"(?:^|[.:;!?]\s+)No\s+abstentions?\s*(?:[.;]|$)",
            re.I,
        ),
        {"abstain": 0},
    ),
    # "with not a single abstention", "without any abstentions", "there were no abstentions",
    # "115 in favour, 3 against, no abstentions" (a count list's last item)
    (
        re.compile(
            r"\b(?:with\s+(?:not\s+(?:a\s+single|one)|no)|without\s+(?:a\s+single|any)|"
            r"(?:were|was)\s+no)\s+abstentions?\b|(?:[,;]|\band\b)\s*no\s+abstentions?\b",
            re.I,
        ),
        {"abstain": 0},
    ),
    # "cast the sole vote against", "was the lone dissenter": a count of one, told in words
    (
        re.compile(
            r"\b(?:cast|casting|was|were|is)\s+the\s+(?:sole|only|lone|single)\s+(?:vote\s+"
            r"against|no\s+vote|[\"\u201c]?(?:no|nay)\b|negative\s+vote|dissenting\s+vote|"
            r"dissenter)|"
            # 'The only "nay" came from Japan', "The lone No is Israel"
            r"\bthe\s+(?:sole|only|lone|single)\s+(?:vote\s+against|dissenting\s+vote|"
            r"negative\s+vote|[\"\u201c]?(?:no|nay)[\"\u201d]?(?:\s+vote)?)\s+"
            r"(?:came|was\s+cast|is|was)\b|"
            # "Russia alone voted against", "Hungary alone said no"
            r"\b[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,2}\s+alone\s+(?:voted\s+"
            r"(?:against|no)\b|said\s+no\b(?!\s+to\b))|"
            rf"{_ONLY_ONE_TO}vote\s+(?:against|no)\b",
            re.I,
        ),
        {"no": 1},
    ),
    # "Russia being the only member to abstain", "was the only country that abstained"
    (re.compile(rf"{_ONLY_ONE_TO}abstain(?:ed)?\b", re.I), {"abstain": 1}),
    # one state in place of a count: "by 177 votes to 3, with Paraguay the only country to
    # abstain", "177 in favour, 2 against (X and Y), and Australia abstaining" (not the last
    # of a list of states: "Chile, Peru and Mexico abstaining"; "14 votes, with Washington
    # abstaining" is left to kg.extract.ballots, which counts the states listed after a count)
    (
        re.compile(
            rf"(?:(?<=\))\s*,?\s*and|(?<=[a-z0-9]),\s*and)\s+(?:the\s+)?{_ONE_STATE}\s+"
            r"abstaining\b|"
            rf"\bwith\s+(?:the\s+)?{_ONE_STATE}\s+the\s+(?:only|sole|lone|single)\s+"
            r"(?:country|member|state|delegation|nation)\s+to\s+abstain\b"
        ),
        {"abstain": 1},
    ),
    (
        re.compile(
            rf"\bwith\s+(?:the\s+)?{_ONE_STATE}\s+the\s+(?:only|sole|lone|single)\s+"
            r"(?:country|member|state|delegation|nation)\s+to\s+vote\s+(?:against|no)\b"
        ),
        {"no": 1},
    ),
    (
        re.compile(
            r"\b(?:cast|casting|was|were|is)\s+the\s+(?:sole|only|lone|single)\s+"
            r"abst(?:ention|ainer)\b|\bthe\s+(?:sole|only|lone|single)\s+abst(?:ention|ainer)\s+"
            r"(?:came|was)\b|"
            # "with Moldova the sole abstention"
            r"\bwith\s+(?:[A-Z][\w.'\-]*\s+){1,3}the\s+(?:sole|only|lone|single)\s+"
            r"abst(?:ention|ainer)\b",
            re.I,
        ),
        {"abstain": 1},
    ),
)


def _against_doing(text: str, match: re.Match) -> bool:
    """Whether a count voted on is followed by what its majority opposed: "voted 19 to 17
    against holding a debate" (the motion had 17 votes for it)."""
    end = match.end()
    if match.group().lower().endswith("against"):
        end -= len("against") + 1
    return bool(
        _VOTED_AGAINST_DOING.match(text, end)
        and re.search(
            r"\bvot\w*\s+(?:\S+\s+){0,3}$", text[max(0, match.start() - 40) : match.start()]
        )
    )


def _later_abstentions(text: str, end: int, counts: dict, taken: list) -> None:
    """Add the abstentions the clause tells after a count's other words (see
    ``_LATER_ABSTENTIONS``) and keep their words from making a tally of their own."""
    later = _LATER_ABSTENTIONS.match(text[end:])
    if later is not None:
        counts["abstain"] = number_value(later.group("abstain")) or 0
        taken.append((end + later.start("abstain"), end + later.end()))


#: The vote a count is the predicate of: "The vote was ", "the final tally stood at ".
_VOTE_WAS = re.compile(
    r"\b(?:vote|tally|result|count)\b[^.;:!?]{0,50}?\s(?:was|stood\s+at|came\s+to)\s+$",
    re.IGNORECASE,
)
_VOTE_ONLY_WORDS = re.compile(r"\b(?:abst(?:ain|ention)\w*|nays|noes|yeses|ayes)\b", re.IGNORECASE)


def _close_group(tallies: list[Tally], group: dict[str, int], start: int, end: int, text: str):
    # one count alone is a tally when it says it counts votes or voters ("13 votes in favour",
    # "35 countries abstained"), not "5 against" in a list of percentages
    explicit = re.search(r"\bvot", text[start:end], re.IGNORECASE) is not None
    explicit = explicit or _HAS_ELECTORATE.search(text[start:end]) is not None
    # "The vote in the 15-member council was 13 in favour, with …": a vote's count as the
    # predicate of the vote
    explicit = explicit or _VOTE_WAS.search(text, max(0, start - 80), start) is not None
    if set(group) == {"non_voting"} and _plausible(group):
        # "Five delegations did not vote at all": those absent tell no vote of their own, they
        # complete the count of the vote told
        tallies.append(Tally(**_full(group), start=start, end=end, form="lone"))
    elif (len(group) >= 2 or explicit) and _plausible(group):
        tallies.append(Tally(**_full(group), start=start, end=end, form="labelled"))
    elif _VOTE_ONLY_WORDS.search(text[start:end]) and _plausible(group):
        # "There were 17 abstentions", "seventy-seven abstained": a count of a vote told
        # already (kg.extract.motions adds it to that vote's tally; it makes no vote itself)
        tallies.append(Tally(**_full(group), start=start, end=end, form="lone"))


def _full(counts: dict[str, int]) -> dict[str, int | None]:
    return {key: counts.get(key) for key in ("yes", "no", "abstain", "non_voting")}


def _looks_like_date(text: str, start: int) -> bool:
    # "2025-02-24" is caught by the 1-3 digit bound; "24-2" after a month name is a date.
    before = text[max(0, start - 12) : start].lower()
    months = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
    return any(before.rstrip().endswith(month) or f"{month}." in before[-5:] for month in months)


@dataclass(frozen=True)
class SymbolMention:
    """A UN document symbol in the text, normalised (one space before a year in brackets)."""

    symbol: str
    start: int
    end: int


_SYMBOL = re.compile(
    r"\b(?:A|S)/(?:(?:RES|HRC|ES-\d{1,2}|C\.\d|\d{1,4}|PV\.\d+)/)*"
    r"(?:L\.\d+(?:/Rev\.\d+)?|\d{1,4}(?!/))"
    r"(?:\s?\(\d{4}\))?"
)


def find_symbols(text: str) -> list[SymbolMention]:
    """UN document symbols: resolutions, drafts (``L.``), Security Council documents.

    >>> [s.symbol for s in find_symbols("draft A/ES-11/L.11 and S/2025/112; S/RES/2774(2025)")]
    ['A/ES-11/L.11', 'S/2025/112', 'S/RES/2774 (2025)']
    """
    found = []
    for match in _SYMBOL.finditer(text):
        symbol = re.sub(r"\s?\((\d{4})\)$", r" (\1)", match.group())
        found.append(SymbolMention(symbol, match.start(), match.end()))
    return found


_RESOLUTION_NUMBER = re.compile(
    r"/RES/(?P<number>(?:ES-\d{1,2}/|S-\d{1,2}/|\d{1,4}/)?\d{1,4})(?:\s\(\d{4}\))?$"
)


def symbol_number(symbol: str | None) -> str | None:
    """The number a resolution's symbol gives it, as the news writes it ("resolution 2736",
    "resolution 65/119", "resolution ES-11/4"); None for a draft's or another document's.

    >>> symbol_number("S/RES/2736 (2024)"), symbol_number("A/RES/65/119")
    ('2736', '65/119')
    >>> symbol_number("A/RES/ES-11/4"), symbol_number("A/C.3/79/L.21")
    ('ES-11/4', None)
    """
    found = _RESOLUTION_NUMBER.search(symbol or "")
    return found.group("number") if found else None


def symbol_organ(symbol: str) -> str | None:
    """The organ a symbol belongs to: ``GA`` for A/…, ``SC`` for S/…, ``HRC`` for A/HRC/….

    >>> symbol_organ("A/RES/ES-11/7"), symbol_organ("S/2025/112"), symbol_organ("A/HRC/RES/1")
    ('GA', 'SC', 'HRC')
    """
    if symbol.startswith("A/HRC/"):
        return "HRC"
    return {"A": "GA", "S": "SC"}.get(symbol[:1])


# --- token patterns ------------------------------------------------------------------------------

#: Nouns of voters that a side's preposition follows: "The only countries against it were …".
_SIDE_NOUNS = ("countries", "country", "states", "state", "members", "member", "delegations",
               "delegation", "nations", "nation", "governments", "ones")  # fmt: skip

#: Vote cues: phrase (lower case, space-separated tokens) → the option it reports; ``with``
#: is a companion cue whose option comes from its partner or the words after it ("sided with
#: Russia in voting no", "voted with Russia for it").
VOTE_CUES: dict[str, str] = {
    "voted against": "no",
    "vote against": "no",
    "votes against": "no",
    "voting against": "no",
    "voted no": "no",
    "voting no": "no",
    "vote no": "no",
    "votes no": "no",
    "no votes": "no",
    "nays": "no",
    "noes": "no",
    "the noes": "no",
    "ayes": "yes",
    "yeas": "yes",
    "yeses": "yes",
    "nay votes": "no",
    "voted nay": "no",
    "yes votes": "yes",
    "in rejecting": "no",
    "no column": "no",
    "yes column": "yes",
    "no camp": "no",
    "yes camp": "yes",
    "no side": "no",
    "yes side": "yes",
    # "joined Mexico on the abstention benches", "stayed in the abstention camp"
    "abstention camp": "abstain",
    "abstention benches": "abstain",
    "sat out": "abstain",
    "sat this one out": "abstain",
    "sat on the fence": "abstain",
    "sat on their hands": "abstain",
    "held back": "abstain",
    "sat on its hands": "abstain",
    # the same idioms after "chose to", "preferred to": "chose to sit on their hands"
    "sit on their hands": "abstain",
    "sit on its hands": "abstain",
    "sit on the fence": "abstain",
    "sat the vote out": "abstain",
    "sat it out": "abstain",  # "Egypt and Algeria sat it out", "chose to sit it out"
    "sit it out": "abstain",
    "sitting it out": "abstain",
    "declined to take a position": "abstain",  # "China and India declined to take a position"
    "declined to take a stand": "abstain",
    "sit the vote out": "abstain",
    "stayed on the fence": "abstain",
    # "Chile and Peru stayed on the sidelines" (not "… on the sidelines of the summit":
    # kg.extract.ballots)
    "stayed on the sidelines": "abstain",
    # "the other twelve members voted the text down", "Chile and Peru voted it down"
    "voted it down": "no",
    "voted the text down": "no",
    "voted the draft down": "no",
    "voted the resolution down": "no",
    "sat on the sidelines": "abstain",
    "remained on the sidelines": "abstain",
    "declined to take sides": "abstain",  # "most members, joined by Japan, declined to take sides"
    "declined to take a side": "abstain",  # "Chile, Peru and Fiji declined to take a side"
    "chose not to take sides": "abstain",
    "stood with": "with",
    "standing with": "with",
    "rejected by": "no",
    "no vote": "no",
    "negative vote": "no",
    "negative votes": "no",
    "cast a no vote": "no",
    "lone no": "no",  # "the US cast the lone no"
    "sole no": "no",
    "lone nay": "no",  # "The lone nay came from Washington"
    "sole nay": "no",
    "only nay": "no",  # "Lesotho cast the only nay"
    "single nay": "no",
    "ballots against": "no",  # "cast ballots against the text"
    "ballot against": "no",
    "dissenting vote": "no",  # "cast the sole dissenting vote"
    "dissenting votes": "no",
    "voted in the affirmative": "yes",
    "voted in the negative": "no",
    "did not participate": "non_voting",
    # "stayed out of the first vote" (only with the vote as object: WEAK_VOTE_CUES)
    "stayed out of": "non_voting",
    "kept out of": "non_voting",
    "stand against": "no",
    "stood against": "no",
    "lined up against": "no",  # "Yet look at who lined up against it."
    "ranged against": "no",  # "Ranged against the text were …"
    "arrayed against": "no",
    "in opposing": "no",
    "joined in opposition": "no",  # "Iran was joined in opposition by China"
    # a side's leaders or sources after the cue: "The opposition was led by Russia and China"
    "opposition was led by": "no",
    "opposition was headed by": "no",
    "opposition came from": "no",
    "led the opposition": "no",  # "The United States and Canada led the opposition"
    # "The resolution drew opposition from X and Y", "won the votes of X and Y"
    "drew opposition from": "no",
    "met opposition from": "no",
    "faced opposition from": "no",
    "won the votes of": "yes",
    "drew the votes of": "yes",
    "in voting against": "no",
    "against :": "no",  # a press release's list: "Against: Belarus, Russian Federation."
    "came out against": "no",  # with the motion only: "came out against the resolution"
    "lent their support to": "yes",
    "lent its support to": "yes",
    "threw their weight behind": "yes",
    "threw its weight behind": "yes",
    "said no": "no",  # "Who else said no?" (not "said no to talks": kg.extract.ballots)
    "said yes": "yes",
    "dissenter": "no",
    "dissenters": "no",
    "objector": "no",  # "the lone objector is Washington" (a list only)
    "objectors": "no",
    # "The only countries against it were Cuba and Iran" (a list only: _SIDE_NOUNS)
    **{f"{noun} against": "no" for noun in _SIDE_NOUNS},
    "opponents": "no",
    "opposed": "no",
    "opposing": "no",
    "oppose": "no",  # "Japan went on to oppose the resolution itself" (with the motion only)
    "vetoed": "no",
    "vetoes": "no",
    "veto": "no",
    "vetoing": "no",
    "blocked": "no",
    "blocks": "no",
    "did block": "no",  # "on December 2 Russia did block a Council draft" (emphatic past)
    "voted for": "yes",
    "voting for": "yes",
    "voted in favour": "yes",
    "voted in favor": "yes",
    "voting in favour": "yes",
    "voting in favor": "yes",
    "voted yes": "yes",
    "voting yes": "yes",
    "vote yes": "yes",
    "in favour": "yes",
    "in favor": "yes",
    "in supporting": "yes",
    "supporting": "yes",
    "backed": "yes",
    "backing": "yes",
    "supported": "yes",
    "supporters": "yes",
    "support": "yes",
    "holdouts": "no",
    "abstained": "abstain",
    "abstaining": "abstain",
    "abstain": "abstain",
    "abstains": "abstain",
    "abstention": "abstain",
    "abstentions": "abstain",
    "abstainers": "abstain",
    "abstainer": "abstain",
    "did not vote": "non_voting",
    "did not cast a vote": "non_voting",
    "recorded as not voting": "non_voting",
    "did not take part": "non_voting",
    "not recorded as voting": "non_voting",  # "X was not recorded as voting"
    "absent": "non_voting",
    "sided with": "with",
    "siding with": "with",
    "voted with": "with",
    "voting with": "with",
    "voted alongside": "with",
    # the side the count names: "Brazil joined the majority", "returned to the majority"
    "joined the majority": "with",
    "rejoined the majority": "with",
    "returned to the majority": "with",
    "stayed with the majority": "with",
    "joined the minority": "with",
    # a side followed: "Peru lined up behind Chile", "fell in behind it"
    "lined up behind": "with",
    "fell in behind": "with",
    "lined up with": "with",
    "lining up with": "with",
    "lined up alongside": "with",
    "went along with": "with",
    "going along with": "with",
    "took the side of": "with",
    "taking the side of": "with",
    "voted the same way as": "with",
    # the voting board's colours ("Eighteen lit up red"; "The red lights belonged to X")
    "lit up green": "yes",
    "lit up red": "no",
    "lit up amber": "abstain",
    "lit up yellow": "abstain",
    "green lights": "yes",
    "red lights": "no",
    "amber lights": "abstain",
    "yellow lights": "abstain",
}

#: Cues that report a vote only in a text about a vote and with the motion as their object
#: ("opposed it", "backed the resolution"): elsewhere they are stances.
WEAK_VOTE_CUES = frozenset(
    {"opposed", "opposing", "oppose", "supporting", "backed", "backing", "supported",
     "stayed out of", "kept out of", "came out against", "lent their support to",
     "lent its support to", "threw their weight behind", "threw its weight behind"}
)  # fmt: skip

#: Nouns that report ballots only when a list follows a copula ("The opponents were X and Y");
#: "Ukraine and its opponents", "opponents of the death penalty" name no ballot.
LIST_ONLY_VOTE_CUES = frozenset(
    {"opponents", "supporters", "support", "holdouts", "objector", "objectors"}
    | {f"{colour} lights" for colour in ("green", "red", "amber", "yellow")}
    | {f"{noun} against" for noun in _SIDE_NOUNS}
)

#: Cues that report a veto: a No of a permanent member on a Security Council draft, so they
#: count only for the five permanent members ("Russia blocked the draft"; "the bill was
#: vetoed by the president" is no UN ballot).
VETO_CUES = frozenset({"vetoed", "vetoes", "veto", "vetoing", "blocked", "blocks", "did block"})

#: What became of a motion: phrase → outcome. ``~`` marks a passive whose agent follows ("was
#: vetoed by Russia"); the stage that reads them (kg.extract.outcomes) checks the subject.
OUTCOME_CUES: dict[str, str] = {
    "adopted": "adopted",
    "adopts": "adopted",
    "adopting": "adopted",
    "passed": "adopted",
    "passes": "adopted",
    "pass": "adopted",
    "approved": "adopted",
    "approves": "adopted",
    "approving": "adopted",
    "carried": "adopted",
    # a motion that "went through", "sailed through" the organ was adopted ("the council went
    # through the draft" reads it: find_outcomes takes these only with the motion before them)
    "went through": "adopted",
    "sailed through": "adopted",
    "squeaked through": "adopted",
    "swept through": "adopted",
    "voted through": "adopted",
    "won passage": "adopted",
    "won approval": "adopted",
    "won adoption": "adopted",
    "gained approval": "adopted",
    "got through": "adopted",
    "was accepted": "adopted",
    "were accepted": "adopted",
    "failed": "failed",
    "fails": "failed",
    "fell short": "failed",
    "falls short": "failed",
    "short of": "failed",
    "rejected": "failed",
    "defeated": "failed",
    "voted down": "failed",
    "voted it down": "failed",
    "went down to defeat": "failed",
    "thrown out": "failed",
    "shot down": "failed",
    "turned down": "failed",
    "came up short": "failed",
    "comes up short": "failed",
    "struck down": "failed",
    "threw out": "failed",
    "did not pass": "failed",
    # "The measure fell when Russia voted no" (not "support for it fell to 100")
    "fell when": "failed",
    "fell after": "failed",
    "fell because": "failed",
    "not adopted": "failed",
    "never put to a vote": "not-voted",
    "never came to a vote": "not-voted",
    "vetoed": "vetoed",
    "killed": "vetoed",
    "withdrew": "withdrawn",
    "withdrawn": "withdrawn",
    "pulled": "withdrawn",
    "shelved": "withdrawn",
    "abandoned": "withdrawn",
    "without putting it to a vote": "withdrawn",
}

#: What an organ does by adopting a text: "the General Assembly demanded …", "the council
#: called for …" report an adopted resolution even when the text names none.
ORGAN_ACTS = frozenset(
    {
        "adopted", "demanded", "demands", "called", "calls", "condemned", "condemns", "urged",
        "recognized", "recognised", "revoked", "repealed", "established", "establishes",
        "created", "set", "endorsed", "backed", "recommended", "told", "declared", "decided",
        "voted", "approved", "passed", "authorized", "authorised", "asked",
        "reaffirmed", "deplored", "requested", "suspended", "referred",
    }
)  # fmt: skip

#: Stance triggers: phrase → stance kind. ``~`` marks a passive form whose agent follows
#: ("supported by X", "backlash from X").
STANCE_TRIGGERS: dict[str, str] = {
    "proposed": "Proposes",
    "proposes": "Proposes",
    "put forward": "Proposes",
    "puts forward": "Proposes",
    "tabled": "Proposes",
    "introduced": "Proposes",
    "drafted": "Proposes",
    # the draft in the making: "Chile and Peru are drafting a second resolution"
    "is drafting": "Proposes",
    "are drafting": "Proposes",
    "was drafting": "Proposes",
    "were drafting": "Proposes",
    "authored": "Proposes",
    "sponsored": "Proposes",
    "submitted": "Proposes",
    "moved a": "Proposes",
    "moved the": "Proposes",  # only with a motion after it ("moved the resolution")
    "prepared": "Proposes",  # only with a motion after it ("prepared the text")
    "moved by ~": "Proposes",
    "moved an": "Proposes",
    "present its": "Proposes",
    "present a": "Proposes",
    "presented its": "Proposes",
    "presented a": "Proposes",
    "presented the": "Proposes",
    "presents the": "Proposes",
    "proposed by ~": "Proposes",
    "drafted by ~": "Proposes",
    "sponsored by ~": "Proposes",
    "put forward by ~": "Proposes",
    "tabled by ~": "Proposes",
    "submitted by ~": "Proposes",
    "introduced by ~": "Proposes",
    "presented by ~": "Proposes",
    "presented on behalf of ~": "Proposes",
    "tabled on behalf of ~": "Proposes",
    # ("tabled in the name of the Arab Group by Jordan")
    "tabled in the name of ~": "Proposes",
    "presented in the name of ~": "Proposes",
    "submitted in the name of ~": "Proposes",
    "introduced in the name of ~": "Proposes",
    "submitted on behalf of ~": "Proposes",
    "introduced on behalf of ~": "Proposes",
    "put forward on behalf of ~": "Proposes",
    "requested by ~": "Proposes",
    "led by ~": "Proposes",
    "co-sponsored by ~": "Proposes",
    "authored by ~": "Proposes",
    "penned by ~": "Proposes",
    "written by ~": "Proposes",
    "prepared with ~": "Proposes",
    "prepared by ~": "Proposes",
    "drawn up by ~": "Proposes",
    "brought by ~": "Proposes",
    "brought forward by ~": "Proposes",
    "crafted by ~": "Proposes",
    "negotiated by ~": "Proposes",
    "initiated by ~": "Proposes",
    # "The text, launched by Switzerland with Benin, …" (an initiative launched by a person
    # proposes nothing: the agent must be a state and a motion must stand before)
    "launched by ~": "Proposes",
    "spearheaded by ~": "Proposes",
    "steered by ~": "Proposes",
    "piloted by ~": "Proposes",
    "shepherded by ~": "Proposes",
    "steered through by ~": "Proposes",
    "championed by ~": "Proposes",
    "co-tabled by ~": "Proposes",
    "co-drafted by ~": "Proposes",
    "co-authored by ~": "Proposes",
    # "the text on X, co-led by Chile and Peru" ("led by" alone is taken apart from a hyphen)
    "co-led by ~": "Proposes",
    "co-led": "Proposes",
    "co-presented by ~": "Proposes",
    "co-presented": "Proposes",
    # the present tense, its text right after ("Chile and Peru sponsor the resolution every
    # year"; the noun "a sponsor of the militia" has none)
    "sponsor the": "Proposes",
    "co-sponsor the": "Proposes",
    "table the": "Proposes",
    "sponsoring the": "Proposes",
    "co-sponsoring the": "Proposes",
    "tabling the": "Proposes",
    "tabling a": "Proposes",
    # a live report's present tense: "Tanzania introduces the draft", "Peru tables the text",
    # "Chile is introducing the draft", "Japan is presenting it on behalf of the sponsors"
    "introduces the": "Proposes",
    "introduces a": "Proposes",
    "introduces its": "Proposes",
    "introduces their": "Proposes",
    "tables the": "Proposes",
    "tables its": "Proposes",
    "submits the": "Proposes",
    "submits its": "Proposes",
    "is introducing": "Proposes",
    "are introducing": "Proposes",
    "is presenting": "Proposes",
    "are presenting": "Proposes",
    "is tabling": "Proposes",
    "are tabling": "Proposes",
    "is putting forward": "Proposes",
    "are putting forward": "Proposes",
    # (a press release's symbol with no determiner: "Ghana introduces draft resolution L.5")
    "introduces draft": "Proposes",
    "presents draft": "Proposes",
    "tables draft": "Proposes",
    "introduced draft": "Proposes",
    "presented draft": "Proposes",
    # ("South Africa had led the council's first resolution on the subject"; not "led the
    # opposition to the resolution")
    "led the": "Proposes",
    "co-sponsored": "Proposes",
    "co-tabled": "Proposes",
    "co-drafted": "Proposes",
    "co-authored": "Proposes",
    "co-wrote": "Proposes",
    "spearheaded": "Proposes",
    "drew up": "Proposes",
    # "Norway circulated the draft", "a draft circulated by Mexico", "Mexico and Chile wrote
    # the text" ("an initiative pushed by the ruling party" is advocacy, not a proposal)
    "circulated": "Proposes",
    "circulated by ~": "Proposes",
    "pushed through by ~": "Proposes",
    "wrote": "Proposes",
    # ("Mexico had written the resolution"; not "a resolution written in a week")
    "had written": "Proposes",
    "has written": "Proposes",
    "have written": "Proposes",
    "co-written by ~": "Proposes",
    "penned": "Proposes",
    "led negotiations on": "Proposes",
    "led the negotiations on": "Proposes",
    "sought amendments": "SeeksAmendment",
    "seeks amendments": "SeeksAmendment",
    "sought changes": "SeeksAmendment",
    "seeking amendments": "SeeksAmendment",
    "proposed amendments": "SeeksAmendment",
    "tabled amendments": "SeeksAmendment",
    "pushed for changes": "SeeksAmendment",
    "wanted to amend": "SeeksAmendment",
    "sought to amend": "SeeksAmendment",
    "veto power against": "ThreatensVeto",
    "its veto power": "ThreatensVeto",
    "threatened to veto": "ThreatensVeto",
    "threatens to veto": "ThreatensVeto",
    "threatened a veto": "ThreatensVeto",
    "vowed to veto": "ThreatensVeto",
    "would veto": "ThreatensVeto",
    "will veto": "ThreatensVeto",
    "hinted at a veto": "ThreatensVeto",
    "warned of a veto": "ThreatensVeto",
    "threatened to use its veto": "ThreatensVeto",
    "vowed to use its veto": "ThreatensVeto",
    "would use its veto": "ThreatensVeto",
    "will use its veto": "ThreatensVeto",
    "not hesitate to veto": "ThreatensVeto",
    "would not hesitate to veto": "ThreatensVeto",
    # the family's other members: "had threatened vetoes", "stood ready to veto", "would cast
    # a veto", "would wield its veto" (a Council member's threat; none in another organ)
    "threatened vetoes": "ThreatensVeto",
    "threatening to veto": "ThreatensVeto",
    "threatening a veto": "ThreatensVeto",
    "threatened repeatedly to veto": "ThreatensVeto",
    "ready to veto": "ThreatensVeto",
    "prepared to veto": "ThreatensVeto",
    "would cast a veto": "ThreatensVeto",
    "will cast a veto": "ThreatensVeto",
    "would cast its veto": "ThreatensVeto",
    "would wield its veto": "ThreatensVeto",
    "would use the veto": "ThreatensVeto",
    "would exercise its veto": "ThreatensVeto",
    "urged": "Urges",
    "demanded": "Urges",
    "demands": "Urges",
    "demanding": "Urges",
    "urges": "Urges",
    "urging": "Urges",
    "called on": "Urges",
    "calls on": "Urges",
    "calling on": "Urges",
    "appealed to": "Urges",
    "opposed": "Opposes",
    "opposes": "Opposes",
    "objected to": "Opposes",
    "dismissed": "Opposes",
    "rejected": "Opposes",
    "rejects": "Opposes",
    "voted against": "Opposes",
    "backlash from ~": "Opposes",
    "criticism from ~": "Opposes",
    "opposed by ~": "Opposes",
    "supported": "Supports",
    "supports": "Supports",
    "backed": "Supports",
    "backs": "Supports",
    "endorsed": "Supports",
    "upholding": "Supports",
    "respecting": "Supports",
    "supported by ~": "Supports",
    "backed by ~": "Supports",
    "endorsed by ~": "Supports",
    "refused": "Refuses",
    "refuses": "Refuses",
    "refusal": "Refuses",
    "declined to": "Refuses",
    "advocated": "Advocates",
    "advocates": "Advocates",
    "advocated for": "Advocates",
    "argued for": "Advocates",
    "argues for": "Advocates",
    "pressed for": "Advocates",
    "called for": "Advocates",
    "calls for": "Advocates",
    "championed": "Advocates",
    "condemned": "Condemns",
    "condemns": "Condemns",
    "condemning": "Condemns",
    "denounced": "Condemns",
    "critiqued": "Condemns",
    "deplored": "Condemns",
    "censured": "Condemns",
}


@functools.lru_cache(maxsize=1)
def matcher(vocab_owner=None):
    """The cue matcher: one rule per vote cue (``VOTE:option``), outcome cue
    (``OUTCOME:outcome``) and stance trigger (``STANCE:Kind`` / ``STANCE~:Kind`` for
    passives), matching lower-cased tokens. Fixed phrases go through spaCy's
    ``PhraseMatcher`` (one pass, whatever their number); only the few rules with a gap
    ("voted alongside Russia on Monday against") through a token ``Matcher``.

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> doc = nlp("Russia vetoed the draft and France abstained.")
    >>> sorted((s, doc.vocab.strings[rule], doc[s:e].text) for rule, s, e in matcher(nlp)(doc))
    [(1, 'OUTCOME:vetoed', 'vetoed'), (1, 'VOTE:no', 'vetoed'), (6, 'VOTE:abstain', 'abstained')]
    """
    from spacy.matcher import Matcher, PhraseMatcher

    phrases = PhraseMatcher(vocab_owner.vocab, attr="LOWER")
    tables = [
        *((f"VOTE:{option}", phrase) for phrase, option in VOTE_CUES.items()),
        *((f"OUTCOME:{outcome}", phrase) for phrase, outcome in OUTCOME_CUES.items()),
        *(
            (f"STANCE{'~' if phrase.endswith('~') else ''}:{kind}", phrase.rstrip("~ "))
            for phrase, kind in STANCE_TRIGGERS.items()
        ),
    ]
    by_rule: dict[str, list[str]] = {}
    for rule, phrase in tables:
        by_rule.setdefault(rule, []).append(phrase)
    for rule, listed in by_rule.items():
        phrases.add(rule, list(vocab_owner.tokenizer.pipe(listed)))
    gaps = Matcher(vocab_owner.vocab)
    # "voted alongside Russia on Monday against …": the verb and the option a few words apart
    verb = {"LOWER": {"IN": ["voted", "voting"]}}  # "the vote was a message against": a noun
    gap = {
        "LOWER": {"NOT_IN": ["to", "for", "against", "in", "favour", "favor"]},
        "IS_PUNCT": False,
        "OP": "{1,5}",
    }
    gaps.add("VOTE:no", [[verb, gap, {"LOWER": "against"}]], greedy="LONGEST")
    gaps.add("VOTE:yes", [[verb, gap, {"LOWER": "in"}, {"LOWER": {"IN": ["favour", "favor"]}}]])
    # "a draft negotiated for weeks by Algeria, …": a proposer's participle and its agent apart
    drafted = {
        "LOWER": {
            "IN": [
                "drafted", "negotiated", "prepared", "written", "tabled", "submitted", "crafted",
                "introduced", "sponsored", "authored", "presented", "proposed", "forward",
                "launched", "championed", "circulated", "penned", "driven", "brought",
                "spearheaded", "steered", "piloted", "shepherded", "moved",
            ]
        }
    }  # fmt: skip
    # ("championed as in past sessions by Iran": an aside of up to four words)
    aside = {"LOWER": {"NOT_IN": ["by"]}, "IS_PUNCT": False, "OP": "{1,4}"}
    # (no finite verb of another clause: "a draft the United States put forward was vetoed by")
    clause_free = {
        "LOWER": {"NOT_IN": ["by", "was", "were", "is", "are", "and", "but", "which", "that"]},
        "IS_PUNCT": False,
    }
    # "put forward, as every year, by the European Union": an aside between commas
    comma = {"ORTH": ","}
    between = {**aside, "OP": "{1,5}"}
    # ("tabled in informal consultations on 18 May by Algeria": where and when, six words)
    when = {**clause_free, "OP": "{1,6}"}
    # ("co-sponsored jointly by": the prefix inside the cue, which then holds the active one)
    co = [{"LOWER": "co", "OP": "?"}, {"ORTH": "-", "OP": "?"}]
    gaps.add(
        "STANCE~:Proposes",
        [
            [*co, drafted, when, {"LOWER": "by"}],
            [*co, drafted, comma, between, comma, {"LOWER": "by"}],
        ],
        greedy="LONGEST",
    )
    # "steered through the UN Human Rights Council by Switzerland": the organ in between
    through = {"LOWER": {"IN": ["steered", "piloted", "shepherded", "pushed", "guided"]}}
    organ = {**aside, "OP": "{1,6}"}
    gaps.add("STANCE~:Proposes", [[through, {"LOWER": "through"}, organ, {"LOWER": "by"}]])
    # a press release's list headed with its count: "Against (4): Belarus, …"
    count = [{"ORTH": "("}, {"LIKE_NUM": True}]
    closed = [[{"ORTH": ")"}, {"ORTH": ":"}], [{"ORTH": "):"}]]  # the tokenizer keeps "):"
    headings = {
        "VOTE:no": [[{"LOWER": "against"}]],
        "VOTE:yes": [[{"LOWER": "in"}, {"LOWER": {"IN": ["favour", "favor"]}}]],
        "VOTE:abstain": [[{"LOWER": {"IN": ["abstaining", "abstentions", "abstained"]}}]],
    }
    for rule, heads in headings.items():
        gaps.add(rule, [head + count + end for head in heads for end in closed])
    # a side in quotes: 'the "no" column', 'the "against" camp'
    quote = {"ORTH": {"IN": ['"', "'", "\u201c", "\u201d"]}}
    side_noun = {"LOWER": {"IN": ["column", "camp", "side", "votes", "vote", "ballots"]}}
    for rule, words in (
        ("VOTE:no", ["no", "against", "nay"]),
        ("VOTE:yes", ["yes", "for", "aye"]),
        ("VOTE:abstain", ["abstain", "abstention"]),
    ):
        gaps.add(rule, [[quote, {"LOWER": {"IN": words}}, quote, side_noun]])
        # 'voted "nay"', 'to vote "no" on the resolution': the option in quotes after the verb
        gaps.add(
            rule,
            [[{"LOWER": {"IN": ["vote", "voted", "voting", "votes"]}}, quote,
              {"LOWER": {"IN": words}}, quote]],
        )  # fmt: skip
        # 'The United States cast the sole "no"'
        gaps.add(
            rule,
            [[{"LOWER": {"IN": ["sole", "only", "lone", "single", "one"]}}, quote,
              {"LOWER": {"IN": words}}, quote]],
        )  # fmt: skip
    # "The opposition came, predictably, from Moscow": an aside inside "opposition came from"
    gaps.add(
        "VOTE:no",
        [[{"LOWER": "opposition"}, {"LOWER": "came"}, {"ORTH": ","},
          {"IS_ALPHA": True, "OP": "{1,4}"}, {"ORTH": ","}, {"LOWER": "from"}]],
    )  # fmt: skip
    # a side as a noun of one ballot: "Namibia was a rare African yes", "Chile was the lone no."
    rare = {"LOWER": {"IN": ["rare", "lone", "only", "sole", "single", "surprise", "surprising"]}}
    for rule, word in (("VOTE:yes", "yes"), ("VOTE:no", "no")):
        gaps.add(
            rule,
            [[{"LOWER": {"IN": ["a", "the"]}}, rare, {"IS_TITLE": True, "OP": "?"},
              {"LOWER": word}, {"ORTH": {"IN": [".", ",", ";"]}}]],
        )  # fmt: skip
    # one "no" of several, told by its place or a remark, before its state: "The third no came
    # from Cuba", 'The most striking "no" came from Brazil', "the other nay was Fiji's"
    place = {"LOWER": {"IN": ["second", "third", "fourth", "fifth", "other", "remaining", "final"]}}
    remark = [{"LOWER": "most"}, {"IS_ALPHA": True}]
    for described in ([place], remark):
        gaps.add(
            "VOTE:no",
            [[{"LOWER": "the"}, *described, {**quote, "OP": "?"}, {"LOWER": {"IN": ["no", "nay"]}},
              {**quote, "OP": "?"}]],
        )  # fmt: skip
    # a change of side, read as the ballot it ends in: "moved from no to abstain", "went from
    # abstaining to voting in favour", "switched from yes to no"
    change = {"LOWER": {"IN": ["moved", "went", "switched", "shifted", "changed", "swung"]}}
    # ("switched from abstention to a yes vote")
    sides = {
        "VOTE:no": [[{"LOWER": {"IN": ["no", "against"]}}], [{"LOWER": "voting"}, {"LOWER": "no"}],
                    [{"LOWER": "voting"}, {"LOWER": "against"}], [{"LOWER": "a"}, {"LOWER": "no"}]],
        "VOTE:yes": [[{"LOWER": {"IN": ["yes", "support"]}}],
                     [{"LOWER": "voting"}, {"LOWER": "in"}, {"LOWER": {"IN": ["favour", "favor"]}}],
                     [{"LOWER": "voting"}, {"LOWER": "yes"}], [{"LOWER": "a"}, {"LOWER": "yes"}]],
        "VOTE:abstain": [[{"LOWER": {"IN": ["abstain", "abstaining", "abstention"]}}],
                         [{"LOWER": "an"}, {"LOWER": "abstention"}]],
    }  # fmt: skip
    origin = {"IS_ALPHA": True, "OP": "{1,3}"}
    # "changed its vote from no to yes", "switched to yes", "moved its vote to abstention"
    its = {"LOWER": {"IN": ["its", "their"]}, "OP": "?"}
    vote = {"LOWER": {"IN": ["vote", "votes", "ballot"]}, "OP": "?"}
    # "moved the other way from outright opposition - to abstention": a direction, and the
    # side it ends on set off by a dash
    way = [{"LOWER": "the", "OP": "?"}, {"LOWER": {"IN": ["other", "opposite"]}, "OP": "?"},
           {"LOWER": {"IN": ["way", "direction", "back"]}, "OP": "?"}]  # fmt: skip
    dash = {"ORTH": {"IN": ["-", "\u2013", "\u2014", "--"]}, "OP": "?"}
    for rule, ends in sides.items():
        gaps.add(
            rule,
            [
                [change, *way, its, vote, {"LOWER": "from"}, origin, dash, {"LOWER": "to"}, *end]
                for end in ends
            ]
            + [[change, its, vote, {"LOWER": "to"}, *end] for end in ends],
            greedy="LONGEST",
        )

    # one side's member named in an aside with a time of its own: "Uganda, a supporter last
    # time, abstained", "Fiji, an opponent two years ago, backed it" (the time then gives the
    # ballot its vote: kg.extract.motions.attribute_by_time); not "Peru, a supporter of the
    # court, spoke". The match is cut back to the noun so the time stays after the cue.
    asides = Matcher(vocab_owner.vocab)
    earlier = {"LOWER": {"IN": ["last", "previous", "prior", "first"]}}
    times = [
        [earlier, {"LOWER": {"IN": ["time", "year", "round", "session"]}}],
        [{"LOWER": "the"}, earlier, {"LOWER": {"IN": ["time", "year", "round", "session"]}}],
        [{"LOWER": "in"}, {"SHAPE": "dddd"}],
        [{"LOWER": "in"}, {"IS_TITLE": True}],
        [{"LIKE_NUM": True}, {"LOWER": {"IN": ["years", "months", "weeks"]}},
         {"LOWER": {"IN": ["ago", "earlier"]}}],
        [{"LOWER": "a"}, {"LOWER": {"IN": ["year", "month", "week"]}},
         {"LOWER": {"IN": ["ago", "earlier"]}}],
        [{"LOWER": {"IN": ["then", "previously", "before"]}}],
        [{"LOWER": "back"}, {"LOWER": "then"}],
        [{"LOWER": "at"}, {"LOWER": "the"}, {"LOWER": "time"}],
    ]  # fmt: skip
    closing = {"ORTH": {"IN": [",", "\u2013", "\u2014", "-"]}}
    for rule, nouns in (
        ("VOTE:yes", ["supporter", "backer"]),
        ("VOTE:no", ["opponent", "holdout"]),
    ):
        aside = [{"ORTH": ","}, {"LOWER": {"IN": ["a", "an"]}}, {"LOWER": {"IN": nouns}}]
        asides.add(rule, [aside + time + [closing] for time in times])
    # "Chile, one of the opponents last time, abstained"
    ones = Matcher(vocab_owner.vocab)
    for rule, nouns in (
        ("VOTE:yes", ["supporters", "backers"]),
        ("VOTE:no", ["opponents", "holdouts", "dissenters"]),
        ("VOTE:abstain", ["abstainers"]),
    ):
        aside = [{"ORTH": ","}, {"LOWER": "one"}, {"LOWER": "of"}, {"LOWER": "the"},
                 {"LOWER": {"IN": nouns}}]  # fmt: skip
        ones.add(rule, [aside + time + [closing] for time in times])

    def matches(doc):
        cut = [(rule, start + 1, start + 3) for rule, start, _ in asides(doc)]
        cut += [(rule, start + 1, start + 5) for rule, start, _ in ones(doc)]
        return list(phrases(doc)) + list(gaps(doc)) + cut

    return matches
