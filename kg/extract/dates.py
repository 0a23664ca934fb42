"""Dates in news text, resolved against the article's date.

News dates events relative to the day it is written: "on Monday", "yesterday", "last week",
"later in the day". Conventions (documented because they are choices):

- a bare weekday ("on Monday") is the most recent such day on or before the article date,
  unless the sentence speaks of the future ("will", "is expected to", "is due to", "plans
  to"), then the next such day on or after it;
- "last Monday" is the most recent Monday strictly before the article date, "next Monday"
  the first one strictly after it;
- "today", "this morning", "earlier/later today", "tonight" are the article date;
  "yesterday" and "last night" the day before, "tomorrow" the day after;
- "last week", "this week", "last month", "this month", "last year", "this year" are
  periods: ``start`` and ``end`` are given and ``value`` is None;
- absolute dates ("24 February", "February 24, 2025", "Feb. 24") take the article's year
  when they give none;
- a month alone ("in November", "at the end of August") is the most recent such month up
  to the article date, a month with a year ("in July 2014") that month, a year ("in 1975")
  that year: periods; so is a session's month ("at the council's June session");
- offsets ("twelve days earlier", "two days later", "three weeks ago", "the day before",
  "moments later") are ``relative``: ``offset_days`` (or ``offset_months``) and ``anchor``
  say from what — ``article`` for "ago", ``previous`` for "earlier"/"later" on their own and
  "earlier in the day" (the event the text told before), ``clause`` for "four days after …"
  (relative to an event the phrase names, which :mod:`kg.extract.motions` leaves undated).
  :mod:`kg.extract.motions` resolves the others against the votes they date.

Without an article date only absolute dates with a year resolve; the others keep
``value=None`` and say so in ``note``.

>>> from datetime import date
>>> monday = date(2025, 2, 24)
>>> [(d.text, d.value.isoformat()) for d in find_dates("It voted on Monday.", monday)]
[('on Monday', '2025-02-24')]
>>> [(d.text, str(d.value)) for d in find_dates("Russia vetoed it yesterday.", monday)]
[('yesterday', '2025-02-23')]
>>> [(d.start_date.isoformat(), d.end_date.isoformat())
...  for d in find_dates("Talks were held last week.", monday)]
[('2025-02-17', '2025-02-23')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from itertools import pairwise

__all__ = ["DateMention", "find_dates", "parse_article_date"]

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = {
    name: index + 1
    for index, names in enumerate(
        (
            "january jan", "february feb", "march mar", "april apr", "may", "june jun",
            "july jul", "august aug", "september sep sept", "october oct", "november nov",
            "december dec",
        )
    )
    for name in names.split()
}  # fmt: skip
_MONTH = r"(?:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?:" + "|".join(_WEEKDAYS) + r")"
_DAY_WORDS = (
    r"yesterday|today|tomorrow|tonight|last night|this morning|this afternoon|this evening|"
    r"(?:earlier|later) (?:today|on \w+day)"
)
_DMY = rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month>{_MONTH})(?:,?\s+(?P<year>\d{{4}}))?\b"
#: "the 18th of February"
_DOM = (
    rf"\b(?:the\s+)?(?P<day>\d{{1,2}})(?:st|nd|rd|th)\s+of\s+(?P<month>{_MONTH})"
    rf"(?:,?\s+(?P<year>\d{{4}}))?\b"
)
_MDY = rf"\b(?P<month>{_MONTH})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>\d{{4}}))?"
_ON_WEEKDAY = (
    rf"\b(?P<modifier>last|next|this|on|since|by|until)?\s*(?P<weekday>{_WEEKDAY})\b"
    # a wire's abbreviation after "on": "on Thurs.", "on Tue."
    rf"|\b(?P<abbreviated>on)\s+(?P<short>mon|tues?|wed|thu(?:rs?)?|fri)\.?(?![\w])"
)
#: The weekend told as a time: "over the weekend", "at the weekend", "last weekend".
_WEEKEND = r"\b(?:over|at|during|on)\s+the\s+weekend\b|\b(?P<which>last|next)\s+weekend\b"
_PERIOD = (
    r"\b(?:(?P<which>last|this|next|earlier this|later this)\s+"
    r"(?P<unit>week|month|year)|the\s+(?P<before_last>week|month|year)\s+before\s+last)\b"
    # (not "the follow-up to last year's new framework": an event the period names, unless
    # it is a vote's, "last year's resolution")
    r"(?!['\u2019]s\s+(?!(?:[\w-]+\s+){0,3}(?:vote|votes|ballot|resolution|decision|meeting|"
    r"session|text|draft|amendment|motion|version|renewal|measure|proposal|round)s?\b))"
)
_MONTH_NAME = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
)
_MONTH_ALONE = (
    # ("pencilled in for December": the month a vote is planned for)
    rf"\b(?:(?:in|since|of|during|by|until|last|(?:the\s+)?(?:end|beginning|start|middle)\s+of|"
    rf"(?:scheduled|planned|pencil+ed\s+in|slated|set)\s+for|"
    rf"early|late)\s+|mid-"
    # "at the end of the council's June session", "at its March session": a session's month
    rf"|\b(?:its|their|the|[a-z]+['\u2019]s)\s+(?=(?:{_MONTH_NAME})(?:\s+\d{{4}})?\s+sessions?\b))"
    # (not "November's run-off": an event the month names, unless it is a vote's)
    rf"(?P<month>{_MONTH_NAME})(?:\s+(?P<year>\d{{4}}))?\b(?!\s+\d)"
    r"(?!['\u2019]s\s+(?!(?:[\w-]+\s+){0,3}(?:vote|votes|ballot|resolution|decision|meeting|"
    r"session|text|draft|amendment|motion)s?\b))"
)
#: A month with its year needs no preposition: "dates from June 2016", "the June 2016 vote".
_MONTH_YEAR = rf"\b(?P<month>{_MONTH_NAME})\s+(?P<year>(?:19|20)\d\d)\b(?![\d/-])"
#: A day of a month told by its place: "on the 13th of this month", "the 2nd of last month".
_ORDINAL_OF = (
    r"\b(?:on\s+)?the\s+(?P<day>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\s+of\s+"
    r"(?P<which>this|last|next)\s+month\b"
)
_YEAR_ALONE = (
    # ("in late 2019", "in mid-2019")
    r"\b(?:in|since|of|during)\s+(?:(?:early|late)\s+|mid-)?(?P<year>(?:19|20)\d\d)\b"
)
#: A year naming an event a "when" clause then tells: "sat out the 2018 renewal, when
#: resolution 2448 was adopted" (the clause's time).
_YEAR_WHEN = r"\bthe\s+(?P<year>(?:19|20)\d\d)\s+[a-z][\w-]*(?=,\s+when\b)"
#: A day written by its numbers, year first: "on 2024-03-05".
_ISO_DAY = r"\b(?P<year>(?:19|20)\d\d)-(?P<month>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])\b"
_COUNT_WORD = (
    r"\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|twenty|thirty|a\s+few|several|about\s+a|some"
)
_OFFSET = (
    rf"\b(?P<count>{_COUNT_WORD})\s+(?P<unit>days?|weeks?|fortnights?|months?|years?|decades?)\s+"
    rf"(?P<direction>earlier|later|before|after|ago|previously)\b"
    rf"|\b(?P<same>moments|minutes|hours(?!\s+of\b)|shortly|soon|(?:later|earlier)\s+that\s+"
    rf"(?:day|afternoon|morning|evening)|(?:later|earlier)\s+in\s+the\s+(?:day|session|sitting)|(?:the|that)\s+same\s+(?:day|afternoon|morning|evening|"
    rf"sitting|meeting))"
    rf"(?:\s+(?P<same_direction>later|earlier|after|before))?\b"
    rf"|\bthe\s+(?P<neighbour>day\s+before|day\s+after|next\s+day|following\s+day|previous\s+day)\b"
    # "the previous year", "the following month", "the year before," (not "the week before
    # last", nor "the week before the summit")
    r"|\bthe\s+(?P<side>previous|preceding|following)\s+(?P<side_unit>week|month|year)\b"
    r"|\bthe\s+(?P<around_unit>week|month|year)\s+(?P<around>before|after)(?=\s*[,.;:]|\s*$)"
)
#: A noun a date names as an attribute ("the October 7 attack", "the 24 February invasion"),
#: not the day of a vote.
_NAMED_BY_DATE = re.compile(
    r"\s+(?!(?:vote|votes|voting|session|meeting|ballot|decision|resolution|draft|sitting|"
    r"and|or|to|by|in|on|at|when|as|of|for|with|was|is|the|a|an)\b)[a-z]+\b"
)
#: A day of the month alone: "on the 7th" (the article's month, or the one before it).
_ORDINAL_DAY = r"\bon\s+the\s+(?P<day>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b(?!\s+of\b)"
#: Days news names by their feast: "on Christmas Eve".
_HOLIDAYS = {"christmas eve": (12, 24), "christmas day": (12, 25), "new year's eve": (12, 31),
             "new year's day": (1, 1)}  # fmt: skip
_HOLIDAY = r"\b(?P<holiday>christmas\s+eve|christmas\s+day|new\s+year['\u2019]s\s+(?:eve|day))\b"
_PATTERNS = [
    ("holiday", re.compile(_HOLIDAY, re.I)),
    ("ordinal-of", re.compile(_ORDINAL_OF, re.I)),
    ("ordinal", re.compile(_ORDINAL_DAY, re.I)),
    ("iso", re.compile(_ISO_DAY)),
    ("absolute-dmy", re.compile(_DOM, re.I)),
    ("absolute-dmy", re.compile(_DMY, re.I)),
    ("absolute-mdy", re.compile(_MDY, re.I)),
    ("offset", re.compile(_OFFSET, re.I)),
    ("weekday", re.compile(_ON_WEEKDAY, re.I)),
    ("day", re.compile(rf"\b(?P<word>{_DAY_WORDS})\b", re.I)),
    ("period", re.compile(_PERIOD, re.I)),
    ("weekend", re.compile(_WEEKEND, re.I)),
    ("month", re.compile(_MONTH_ALONE, re.I)),
    ("month", re.compile(_MONTH_YEAR, re.I)),
    ("year", re.compile(_YEAR_ALONE, re.I)),
    ("year", re.compile(_YEAR_WHEN, re.I)),
]
_COUNT_VALUES = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "twenty": 20, "thirty": 30, "a few": 3, "several": 3,
    "about a": 1, "some": 3,
}  # fmt: skip
_FUTURE = re.compile(
    r"\b(?:will|is|are)\s+(?:expected|due|set|scheduled|slated|pencil+ed|to)\b|\bplans? to\b"
    r"|\bwill\b",
    re.I,
)


@dataclass(frozen=True)
class DateMention:
    """A date phrase: its text and span, the day it means (``value``) or a period.

    ``kind`` is ``absolute``, ``weekday``, ``day``, ``period`` or ``relative`` (an offset
    from the ``anchor``: ``article``, ``previous`` or ``clause``; see the module's notes).
    """

    text: str
    start: int
    end: int
    kind: str
    value: date | None
    start_date: date | None = None
    end_date: date | None = None
    note: str = ""
    offset_days: int | None = None
    offset_months: int | None = None
    anchor: str = ""

    def shifted(self, day: date) -> date:
        """``day`` moved by this mention's offset (for a ``relative`` mention).

        >>> [m.shifted(date(2012, 2, 16)) for m in find_dates("twelve days earlier")]
        [datetime.date(2012, 2, 4)]
        """
        if self.offset_months:
            month_index = day.year * 12 + day.month - 1 + self.offset_months
            year, month = divmod(month_index, 12)
            return date(year, month + 1, min(day.day, 28))
        return day + timedelta(days=self.offset_days or 0)


def parse_article_date(text: str) -> date:
    """Parse a ``--date`` argument (YYYY-MM-DD), raising ``ValueError`` with a clear message.

    >>> parse_article_date("2025-02-24")
    datetime.date(2025, 2, 24)
    >>> parse_article_date("24/02/2025")
    Traceback (most recent call last):
    ValueError: malformed date '24/02/2025': write it as YYYY-MM-DD
    """
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(f"malformed date {text!r}: write it as YYYY-MM-DD") from None


def find_dates(
    text: str, article_date: date | None = None, frame_year: int | None = None
) -> list[DateMention]:
    """The date phrases in ``text`` (a sentence), resolved against ``article_date``.

    A day without a year that would fall after the article's date in a sentence not about
    the future is a past one: in ``frame_year`` (the last year the text named before, when
    earlier than the article's: "the key votes of 1994 … On 21 April"), else the year
    before the article's ("On November 5" in a text of February 2010 is 5 November 2009).

    >>> friday = date(2025, 2, 28)
    >>> [str(d.value) for d in find_dates("The council will vote on Tuesday.", friday)]
    ['2025-03-04']
    >>> [str(d.value) for d in find_dates("It was adopted on 24 February.", friday)]
    ['2025-02-24']
    >>> [d.note for d in find_dates("They met on Monday.")]
    ['no article date to resolve against']
    >>> find_dates("Fifty years ago today, the assembly voted.", friday)
    []
    >>> [str(d.value) for d in find_dates("It voted on Christmas Eve.", friday)]
    ['2024-12-24']
    >>> [str(d.start_date) for d in find_dates("Last February it voted.", friday)]
    ['2024-02-01']
    >>> [str(d.value) for d in find_dates("On 8 November it voted.", friday, frame_year=1994)]
    ['1994-11-08']
    >>> [str(d.value) for d in find_dates("On 8 November it voted.", friday)]
    ['2024-11-08']
    """
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    future = _FUTURE.search(text) is not None
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(text):
            start, end = match.start(), match.end()
            if kind == "weekday" and match.group("modifier") is None and match.group("weekday"):
                start = match.start("weekday")
            if (
                kind == "month"
                and text[start:end].lower().startswith(("may ", "march "))
                and not re.fullmatch(r"\w+\s+\d{4}", text[start:end])
            ):
                continue  # "may" and "march" alone are verbs
            if any(start < e and s < end for s, e in taken):
                continue
            if kind == "day" and re.search(r"\bago\s*,?\s*$", text[:start], re.IGNORECASE):
                continue  # "fifty years ago today" dates an anniversary, not the event
            if kind in ("year", "month") and _COMPARED.search(text[max(0, start - 40) : start]):
                continue  # "ten smaller than it was in 2016": the time compared with
            if (
                (kind.startswith("absolute") or re.fullmatch(r"\w+\s+\d{4}", text[start:end]))
                and re.search(r"\bthe\s+$", text[max(0, start - 5) : start])
                and _NAMED_BY_DATE.match(text, end)
            ):
                continue  # "condemned the October 7 attack": the name of another event
            in_future = future and _future_clause(text, start)
            mention = _resolve(
                kind, match, text[start:end], start, end, article_date, in_future,
            )  # fmt: skip
            if (
                mention is not None
                and kind.startswith("absolute")
                and match.group("year") is None
                and not in_future
                and article_date is not None
                and mention.value is not None
                and mention.value > article_date
            ):
                mention = _in_past_year(mention, article_date, frame_year)
            if (
                mention is not None
                and mention.anchor == "clause"
                and re.match(r"\s*(?:[,.;:]|$)", text[end:])
            ):
                # "Two days before, Russia had vetoed …": before the event told last
                mention = replace(mention, anchor="previous")
            if mention is not None:
                found.append(mention)
                taken.append((start, end))
    found = _in_last_period(text, sorted(found, key=lambda m: m.start))
    return _in_month_told(_weekday_weeks_ago(text, _weekday_with_its_date(text, found)))


def _weekday_with_its_date(text: str, found: list[DateMention]) -> list[DateMention]:
    """A weekday followed by its date ("on Thursday, 21 December", "Friday (Dec. 15)", "on
    Monday 4 March 2019") is that date (one date, not two): the weekday alone would be the
    one of the article's week.

    >>> thursday = date(1995, 12, 28)
    >>> [(d.text, str(d.value)) for d in find_dates("It passed on Thursday, 21 December.",
    ...                                              thursday)]
    [('on Thursday, 21 December', '1995-12-21')]
    """
    for weekday, told in pairwise(found):
        if (
            weekday.kind == "weekday"
            and told.kind.startswith("absolute")
            and told.value is not None
            and not re.match(r"(?:last|next|this)\b", weekday.text, re.I)
            and re.fullmatch(r",?\s*\(?\s*", text[weekday.end : told.start])
        ):
            joined = replace(weekday, text=text[weekday.start : told.end], end=told.end,
                             value=told.value)  # fmt: skip
            found = [joined if m is weekday else m for m in found if m is not told]
    return found


def _weekday_weeks_ago(text: str, found: list[DateMention]) -> list[DateMention]:
    """A weekday joined to whole weeks back from the article ("a week ago on Monday", "on
    Thursday two weeks ago", "a fortnight ago on Friday") is that weekday so many weeks
    before the last one (one date, not two).

    >>> monday = date(2009, 3, 2)
    >>> [str(d.value) for d in find_dates("It was adopted a week ago on Monday.", monday)]
    ['2009-02-23']
    >>> [str(d.value) for d in find_dates("It passed on Thursday two weeks ago.", monday)]
    ['2009-02-12']
    """
    for first, second in pairwise(found):
        if not re.fullmatch(r",?\s+", text[first.end : second.start]):
            continue
        pair = {first.kind: first, second.kind: second}
        weeks, weekday = pair.get("relative"), pair.get("weekday")
        if (
            weeks is None
            or weekday is None
            or weekday.value is None
            or weeks.anchor != "article"
            or not weeks.offset_days
            or weeks.offset_days % 7
            or re.match(r"(?:last|next|this)\b", weekday.text, re.I)
        ):
            continue
        start, end = min(first.start, second.start), max(first.end, second.end)
        joined = replace(
            weekday,
            text=text[start:end],
            start=start,
            end=end,
            value=weekday.value + timedelta(days=weeks.offset_days),
        )
        return [joined if m is weekday else m for m in found if m is not weeks]
    return found


def _in_month_told(found: list[DateMention]) -> list[DateMention]:
    """A day of the month ("on the 22nd") in a sentence that names its month ("Last December
    the resolution limped through on the 22nd") is that month's day (one date, not two).

    >>> wednesday = date(2024, 12, 18)
    >>> [str(d.value) for d in find_dates("Last December it passed on the 22nd.", wednesday)]
    ['2023-12-22']
    """
    months = [
        m
        for m in found
        if m.kind == "period"
        and m.start_date is not None
        and m.end_date is not None
        and m.start_date.day == 1
        and m.end_date.month == m.start_date.month
        and m.end_date.year == m.start_date.year
    ]
    ordinals = [
        m for m in found if m.kind == "absolute" and re.search(r"\d(?:st|nd|rd|th)$", m.text)
    ]
    if len(months) != 1 or len(ordinals) != 1:
        return found
    month, ordinal = months[0], ordinals[0]
    day = int(re.search(r"(\d{1,2})(?:st|nd|rd|th)$", ordinal.text).group(1))
    try:
        value = month.start_date.replace(day=day)
    except ValueError:
        return found
    return [replace(ordinal, value=value) if m is ordinal else m for m in found if m is not month]


def _in_last_period(text: str, found: list[DateMention]) -> list[DateMention]:
    """A weekday or month the next words place in last week or last year: "on Thursday last
    week" is last week's Thursday, "in February last year" last year's February (one date,
    not two).

    >>> saturday = date(2024, 3, 9)
    >>> [str(d.value) for d in find_dates("It passed on Thursday last week.", saturday)]
    ['2024-02-29']
    >>> [str(d.start_date) for d in find_dates("It passed in February last year.", saturday)]
    ['2023-02-01']
    >>> [str(d.value) for d in find_dates("It passed on December 3 last year.", saturday)]
    ['2023-12-03']
    """
    kept: list[DateMention] = []
    dropped: set[int] = set()
    for mention in found:
        if mention.start in dropped:
            continue
        later = next((m for m in found if m.start > mention.start), None)
        joined = later is not None and re.fullmatch(
            r"\s+(?:of\s+)?", text[mention.end : later.start]
        )
        if joined and later.kind == "period" and later.start_date and later.end_date:
            unit = re.search(r"last\s+(week|year)\b", later.text.lower())
            if unit and unit.group(1) == "week" and mention.kind == "weekday" and mention.value:
                # the same weekday within last week's span
                offset = (mention.value.weekday() - later.start_date.weekday()) % 7
                mention = replace(mention, value=later.start_date + timedelta(days=offset))
                dropped.add(later.start)
            elif (
                unit and unit.group(1) == "year" and mention.kind == "period" and mention.start_date
            ):
                first = mention.start_date.replace(year=later.start_date.year, day=1)
                following = date(first.year + (first.month == 12), first.month % 12 + 1, 1)
                last = following - timedelta(days=1)
                mention = replace(mention, start_date=first, end_date=last)
                dropped.add(later.start)
            elif (
                unit
                and unit.group(1) == "year"
                and mention.kind.startswith("absolute")
                and mention.value
                and not re.search(r"\d{4}", mention.text)
            ):
                # "on December 3 last year": that day of last year
                value = _same_day_in(mention.value, later.start_date.year)
                mention = replace(mention, value=value)
                dropped.add(later.start)
        kept.append(mention)
    return kept


def _same_day_in(day: date, year: int) -> date:
    """``day`` in ``year`` (29 February becomes the 28th in a common year).

    >>> str(_same_day_in(date(2024, 2, 29), 2023))
    '2023-02-28'
    """
    try:
        return day.replace(year=year)
    except ValueError:
        return day.replace(year=year, day=28)


#: A comparison before a period: "ten smaller than it was in 2016", "up from 2019", "compared
#: with last year's".
_COMPARED = re.compile(
    r"\b(?:than\s+(?:it|they|that|this|the\s+\w+)\s+(?:was|were|had\s+been)|"
    r"compared\s+(?:with|to)|up\s+from|down\s+from)\s+$",
    re.IGNORECASE,
)
#: What parts a sentence into clauses of their own tense: "are set to expire this week after
#: the council failed on Wednesday to agree".
_CLAUSE_WORDS = re.compile(
    r";|\b(?:after|when|while|but|because|since|although|though|whereas|as|that|which|who)\b",
    re.I,
)
#: A day and the past verb right after it: "on Wednesday voted", "last Friday adopted".
_PAST_AFTER = re.compile(
    r"[^,;.]{0,25}?\b(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"\s+(?:\w+ly\s+)?(?:\w+ed|met|won|held|took|made|cast|lost|passed|threw|gave|rejected)\b",
    re.I,
)
#: A past verb right before a day: "failed on Wednesday", "was adopted on Monday".
_PAST_BEFORE = re.compile(r"\b(?:\w+ed|met|won|held|took|made|cast|lost|were|was)\s+$", re.I)


def _future_clause(text: str, position: int) -> bool:
    """Whether the clause of ``position`` speaks of the future (see ``_FUTURE``), its verb
    right before the date not in the past.

    >>> text = "The sanctions expire this week after the council failed on Wednesday to agree."
    >>> _future_clause(text, text.index("on Wed"))
    False
    >>> text = "The sanctions are set to expire this week: the council votes on Wednesday."
    >>> _future_clause(text, text.index("on Wed"))
    True
    """
    if _PAST_BEFORE.search(text[max(0, position - 30) : position]):
        return False
    if _PAST_AFTER.match(text, position):
        return False  # "the Council on Wednesday voted to set up a tribunal that will try …"
    cuts = [m for m in _CLAUSE_WORDS.finditer(text)]
    start = max((m.end() for m in cuts if m.end() <= position), default=0)
    end = min((m.start() for m in cuts if m.start() >= position), default=len(text))
    return _FUTURE.search(text, start, end) is not None


def _in_past_year(mention: DateMention, article_date: date, frame_year: int | None):
    """``mention`` (a day the article's year put after the article) moved to a past year."""
    year = frame_year if frame_year and frame_year < article_date.year else article_date.year - 1
    try:
        return replace(mention, value=mention.value.replace(year=year))
    except ValueError:  # 29 February
        return mention


def _resolve(
    kind: str,
    match: re.Match[str],
    phrase: str,
    start: int,
    end: int,
    article_date: date | None,
    future: bool,
) -> DateMention | None:
    unresolved = "no article date to resolve against"
    if kind == "offset":
        return _offset(match, phrase, start, end)
    if kind == "holiday":
        if article_date is None:
            return DateMention(phrase, start, end, "absolute", None, note=unresolved)
        key = re.sub(r"\s+", " ", match.group("holiday").lower().replace("\u2019", "'"))
        month, day = _HOLIDAYS[key]
        value = date(article_date.year, month, day)
        if value > article_date and not future:
            value = value.replace(year=article_date.year - 1)  # the last one, in the past
        return DateMention(phrase, start, end, "absolute", value)
    if kind == "ordinal":
        if article_date is None:
            return DateMention(phrase, start, end, "absolute", None, note=unresolved)
        first = article_date.replace(day=1)
        day = int(match.group("day"))
        if day > article_date.day and not future:
            first = (first - timedelta(days=1)).replace(day=1)  # "on the 28th", written on the 3rd
        try:
            return DateMention(phrase, start, end, "absolute", first.replace(day=day))
        except ValueError:
            return None  # "on the 31st" of a month of 30 days
    if kind == "ordinal-of":
        if article_date is None:
            return DateMention(phrase, start, end, "absolute", None, note=unresolved)
        first = article_date.replace(day=1)
        which = match.group("which").lower()
        if which == "last":
            first = (first - timedelta(days=1)).replace(day=1)
        elif which == "next":
            first = (first + timedelta(days=32)).replace(day=1)
        try:
            return DateMention(
                phrase, start, end, "absolute", first.replace(day=int(match.group("day")))
            )
        except ValueError:
            return None  # "the 31st" of a month of 30 days
    if kind == "iso":
        try:
            value = date(
                int(match.group("year")), int(match.group("month")), int(match.group("day"))
            )
        except ValueError:
            return None
        return DateMention(phrase, start, end, "absolute", value)
    if kind == "year":
        year = int(match.group("year"))
        return DateMention(phrase, start, end, "period", None, date(year, 1, 1), date(year, 12, 31))
    if kind == "month":
        month = _MONTHS[match.group("month").lower()]
        if match.group("year"):
            year = int(match.group("year"))
        elif article_date is not None and phrase.lower().startswith("last"):
            # "last December" in a December text is a year ago, not this month
            year = article_date.year - (month >= article_date.month)
        elif article_date is not None and future:
            # "A vote is pencilled in for December", "the Council will vote in March": the
            # next such month
            year = article_date.year + (month < article_date.month)
        elif article_date is not None:
            year = article_date.year - (month > article_date.month)
        else:
            return DateMention(phrase, start, end, "period", None, note=unresolved)
        first = date(year, month, 1)
        last = _period(first, "month", 0)[1]
        return DateMention(phrase, start, end, "period", None, first, last)
    if kind.startswith("absolute"):
        month = _MONTHS[match.group("month").lower().rstrip(".")]
        year_text = match.group("year")
        if year_text is None and article_date is None:
            return DateMention(phrase, start, end, "absolute", None, note=unresolved)
        year = int(year_text) if year_text else article_date.year  # type: ignore[union-attr]
        try:
            value = date(year, month, int(match.group("day")))
        except ValueError:
            return None
        return DateMention(phrase, start, end, "absolute", value)
    if article_date is None:
        return DateMention(
            phrase, start, end, kind if kind != "day" else "day", None, note=unresolved
        )
    if kind == "weekday":
        if match.group("short"):
            short = match.group("short").lower()[:3]
            weekday = next(i for i, name in enumerate(_WEEKDAYS) if name.startswith(short))
        else:
            weekday = _WEEKDAYS.index(match.group("weekday").lower())
        modifier = (match.group("modifier") or match.group("abbreviated") or "").lower()
        back = (article_date.weekday() - weekday) % 7
        ahead = (weekday - article_date.weekday()) % 7
        if modifier == "last":
            value = article_date - timedelta(days=back or 7)
        elif modifier == "next":
            value = article_date + timedelta(days=ahead or 7)
        elif future and modifier != "since":
            value = article_date + timedelta(days=ahead)
        else:
            value = article_date - timedelta(days=back)
        return DateMention(phrase, start, end, "weekday", value)
    if kind == "weekend":
        # the last weekend before the article's day (the next one in a sentence about the
        # future, or after "next")
        which = (match.group("which") or "").lower()
        saturday = article_date - timedelta(days=(article_date.weekday() - 5) % 7 or 7)
        if which == "next" or (future and which != "last"):
            saturday = article_date + timedelta(days=(5 - article_date.weekday()) % 7 or 7)
        return DateMention(phrase, start, end, "period", None, saturday, saturday + timedelta(1))
    if kind == "day":
        word = match.group("word").lower()
        # ("last night": the evening before the morning the story is dated)
        offset = {"yesterday": -1, "last night": -1, "tomorrow": 1}.get(" ".join(word.split()), 0)
        return DateMention(phrase, start, end, "day", article_date + timedelta(days=offset))
    if match.group("before_last"):
        which, unit = "before last", match.group("before_last").lower()
    else:
        which, unit = " ".join(match.group("which").lower().split()), match.group("unit").lower()
    # ("the week before last": two weeks back)
    shift = {"last": -1, "next": 1, "before last": -2}.get(which, 0)
    period_start, period_end = _period(article_date, unit, shift)
    return DateMention(phrase, start, end, "period", None, period_start, period_end)


def _period(anchor: date, unit: str, shift: int) -> tuple[date, date]:
    if unit == "week":
        monday = anchor - timedelta(days=anchor.weekday()) + timedelta(weeks=shift)
        return monday, monday + timedelta(days=6)
    if unit == "month":
        month_index = anchor.year * 12 + anchor.month - 1 + shift
        first = date(month_index // 12, month_index % 12 + 1, 1)
        following = date((month_index + 1) // 12, (month_index + 1) % 12 + 1, 1)
        return first, following - timedelta(days=1)
    year = anchor.year + shift
    return date(year, 1, 1), date(year, 12, 31)


def _offset(match: re.Match[str], phrase: str, start: int, end: int) -> DateMention:
    """An offset phrase: how far, which way, from what."""
    if match.group("side") or match.group("around"):
        word = (match.group("side") or match.group("around")).lower()
        unit = (match.group("side_unit") or match.group("around_unit")).lower()
        sign = -1 if word in ("previous", "preceding", "before") else 1
        if unit == "week":
            return DateMention(
                phrase, start, end, "relative", None, offset_days=7 * sign, anchor="previous"
            )
        months = sign * (12 if unit == "year" else 1)
        return DateMention(
            phrase, start, end, "relative", None, offset_months=months, anchor="previous"
        )
    if match.group("neighbour"):
        word = match.group("neighbour").lower()
        days = -1 if ("before" in word or "previous" in word) else 1
        return DateMention(
            phrase, start, end, "relative", None, offset_days=days, anchor="previous"
        )
    if match.group("same"):
        # "Hours before the last aircraft left Kabul", "Minutes after the vote": the time of
        # the event the phrase names, as "two days before the summit" ("moments later": the
        # event told before)
        object_follows = (match.group("same_direction") or "").lower() in ("before", "after") and (
            re.match(r"\s+[\w\"\u201c]", match.string[match.end() :]) is not None
        )
        anchor = "clause" if object_follows else "previous"
        return DateMention(phrase, start, end, "relative", None, offset_days=0, anchor=anchor)
    count = _COUNT_VALUES.get(" ".join(match.group("count").lower().split()))
    if count is None:
        count = int(match.group("count"))
    direction = match.group("direction").lower()
    sign = -1 if direction in ("earlier", "before", "ago", "previously") else 1
    anchor = {"ago": "article", "before": "clause", "after": "clause"}.get(direction, "previous")
    unit = match.group("unit").lower().rstrip("s")
    if unit in ("month", "year", "decade"):
        months = sign * count * {"month": 1, "year": 12, "decade": 120}[unit]
        return DateMention(
            phrase, start, end, "relative", None, offset_months=months, anchor=anchor
        )
    days = sign * count * {"week": 7, "fortnight": 14}.get(unit, 1)
    return DateMention(phrase, start, end, "relative", None, offset_days=days, anchor=anchor)
