"""Dates in news text, resolved against the article's date.

News dates events relative to the day it is written: "on Monday", "yesterday", "last week",
"later in the day". Conventions (documented because they are choices):

- a bare weekday ("on Monday") is the most recent such day on or before the article date,
  unless the sentence speaks of the future ("will", "is expected to", "is due to", "plans
  to"), then the next such day on or after it;
- "last Monday" is the most recent Monday strictly before the article date, "next Monday"
  the first one strictly after it;
- "today", "this morning", "earlier/later in the day", "tonight" are the article date;
  "yesterday" the day before, "tomorrow" the day after;
- "last week", "this week", "last month", "this month", "last year", "this year" are
  periods: ``start`` and ``end`` are given and ``value`` is None;
- absolute dates ("24 February", "February 24, 2025", "Feb. 24") take the article's year
  when they give none.

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
from dataclasses import dataclass
from datetime import date, timedelta

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
    r"yesterday|today|tomorrow|tonight|this morning|this afternoon|this evening|"
    r"(?:earlier|later) (?:in the day|today|on \w+day)"
)
_DMY = rf"\b(?P<day>\d{{1,2}})\s+(?P<month>{_MONTH})(?:,?\s+(?P<year>\d{{4}}))?\b"
_MDY = rf"\b(?P<month>{_MONTH})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>\d{{4}}))?"
_ON_WEEKDAY = rf"\b(?P<modifier>last|next|this|on|since|by|until)?\s*(?P<weekday>{_WEEKDAY})\b"
_PERIOD = r"\b(?P<which>last|this|next|earlier this|later this)\s+(?P<unit>week|month|year)\b"
_PATTERNS = [
    ("absolute-dmy", re.compile(_DMY, re.I)),
    ("absolute-mdy", re.compile(_MDY, re.I)),
    ("weekday", re.compile(_ON_WEEKDAY, re.I)),
    ("day", re.compile(rf"\b(?P<word>{_DAY_WORDS})\b", re.I)),
    ("period", re.compile(_PERIOD, re.I)),
]
_FUTURE = re.compile(
    r"\b(?:will|is|are)\s+(?:expected|due|set|scheduled|to)\b|\bplans? to\b|\bwill\b", re.I
)


@dataclass(frozen=True)
class DateMention:
    """A date phrase: its text and span, the day it means (``value``) or a period.

    ``kind`` is ``absolute``, ``weekday``, ``day`` or ``period``.
    """

    text: str
    start: int
    end: int
    kind: str
    value: date | None
    start_date: date | None = None
    end_date: date | None = None
    note: str = ""


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


def find_dates(text: str, article_date: date | None = None) -> list[DateMention]:
    """The date phrases in ``text`` (a sentence), resolved against ``article_date``.

    >>> friday = date(2025, 2, 28)
    >>> [str(d.value) for d in find_dates("The council will vote on Tuesday.", friday)]
    ['2025-03-04']
    >>> [str(d.value) for d in find_dates("It was adopted on 24 February.", friday)]
    ['2025-02-24']
    >>> [d.note for d in find_dates("They met on Monday.")]
    ['no article date to resolve against']
    >>> find_dates("Fifty years ago today, the assembly voted.", friday)
    []
    """
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    future = _FUTURE.search(text) is not None
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(text):
            start, end = match.start(), match.end()
            if kind == "weekday" and match.group("modifier") is None:
                start = match.start("weekday")
            if any(start < e and s < end for s, e in taken):
                continue
            if kind == "day" and re.search(r"\bago\s*,?\s*$", text[:start], re.IGNORECASE):
                continue  # "fifty years ago today" dates an anniversary, not the event
            mention = _resolve(kind, match, text[start:end], start, end, article_date, future)
            if mention is not None:
                found.append(mention)
                taken.append((start, end))
    return sorted(found, key=lambda mention: mention.start)


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
        weekday = _WEEKDAYS.index(match.group("weekday").lower())
        modifier = (match.group("modifier") or "").lower()
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
    if kind == "day":
        word = match.group("word").lower()
        offset = {"yesterday": -1, "tomorrow": 1}.get(word, 0)
        return DateMention(phrase, start, end, "day", article_date + timedelta(days=offset))
    which, unit = match.group("which").lower(), match.group("unit").lower()
    shift = {"last": -1, "next": 1}.get(which, 0)
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
