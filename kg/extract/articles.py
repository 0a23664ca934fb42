"""Many articles at once: a folder of news texts read in one go, dated from their datelines.

:func:`article_paths` turns files and folders into the list of texts (a folder gives its
``*.txt`` in name order); :func:`date_from_text` reads a publication date from a dateline or
byline at the top of a text ("GENEVA, 4 March 2022 —", "Published: March 5, 2022",
"2022-03-04"), else from a last line that is a date alone ("Feb. 20, 2024");
:func:`extract_articles` extracts each (the spaCy pipeline and the gazetteer
are loaded once, for the first) and :func:`summary_table` says what each gave.
:func:`write_extractions` writes one JSON file per article. Scoring a folder against its
gold files is :func:`kg.extract.scoring.score_texts`.

>>> date_from_text("GENEVA, 4 March 2022 (Wire) - The Human Rights Council voted ...")
datetime.date(2022, 3, 4)

A dateline without a year ("UNITED NATIONS, Oct 5 (Wire) -") takes its year from the date
the user gives (``--date``: the year that puts the day nearest to it), else from the text
when the text settles it: the latest year the text names, or the one after, whichever makes
the dateline's day the weekday the opening paragraph names for its news ("on Tuesday"; else
the day after it). Otherwise the date stays unknown (news names earlier years far more often
than its own, and a weekday recurs every few years: no guess).

>>> date_from_text("UNITED NATIONS, Oct 5 (Wire) - Russia vetoed ...") is None
True
>>> date_from_text("UNITED NATIONS, Oct 5 (Wire) - Russia vetoed ...", date(2011, 10, 6))
datetime.date(2011, 10, 5)
>>> date_from_text("UNITED NATIONS, Oct 5 (Wire) - On Tuesday Russia and China vetoed a "
...                "draft on Syria, where protests began in March 2011.")
datetime.date(2011, 10, 5)
>>> date_from_text("UNITED NATIONS, Oct 5 (Wire) - On Tuesday Russia and China vetoed a "
...                "draft, their first joint veto since July 2008.") is None  # 2010 or 2011?
True
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from kg.errors import DataError
from kg.extract.dates import parse_article_date
from kg.extract.extractor import DEFAULT_MAX_CHARS, extract, read_text
from kg.extract.facts import Extraction

__all__ = [
    "Article",
    "article_paths",
    "date_from_text",
    "extract_articles",
    "summary_table",
    "write_extractions",
]

#: How far into a text a dateline or byline may stand.
DATELINE_CHARS = 400
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DATELINES = (
    re.compile(rf"\b(?P<day>\d{{1,2}})\s+(?P<month>{_MONTH})\s+(?P<year>(?:19|20)\d\d)\b"),
    re.compile(rf"\b(?P<month>{_MONTH})\s+(?P<day>\d{{1,2}}),?\s+(?P<year>(?:19|20)\d\d)\b"),
    re.compile(r"\b(?P<iso>(?:19|20)\d\d-\d\d-\d\d)\b"),
)


@dataclass
class Article:
    """One text read: its path, the date used (and where it came from), the extraction, how
    long it took and the text itself."""

    path: Path
    article_date: date | None
    date_source: str
    extraction: Extraction
    seconds: float
    text: str = ""


def article_paths(sources: list[Path | str]) -> list[Path]:
    """The texts named by ``sources``: files as given, folders as their ``*.txt`` files in
    name order. A missing path or a folder with no text is bad input.

    >>> article_paths(["/nonexistent"])  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    kg.errors.DataError: file not found: /nonexistent ...
    """
    paths: list[Path] = []
    for source in map(Path, sources):
        if source.is_dir():
            found = sorted(source.glob("*.txt"))
            if not found:
                raise DataError(f"no .txt file in {source}", fix="give news texts as .txt files")
            paths += found
        elif source.exists():
            paths.append(source)
        else:
            raise DataError(f"file not found: {source}", fix="give files or folders of texts")
    return paths


#: A dateline without a year: "UNITED NATIONS, Oct 5 (Wire) -", "GENEVA, 23 March —".
_YEARLESS = re.compile(
    rf"(?m)^[A-Z][A-Z .'/\-]{{1,40}},\s+(?:(?P<month>{_MONTH})\s+(?P<day>\d{{1,2}})|"
    rf"(?P<day_first>\d{{1,2}})\s+(?P<month_after>{_MONTH}))(?![\d,]*\s*(?:19|20)\d\d)\b"
)
_YEAR = re.compile(r"(?<![/\d-])(?:19[4-9]\d|20\d\d)(?![/\d-])")
#: Before a year, words of a term that runs into the future: "renews the mandate until Nov. 15,
#: 2026", "through 2030": not a year the news can be from.
_TERM_ENDS = re.compile(
    r"\b(?:until|till|through|expir\w*|runs?\s+out|due\s+by|by\s+the\s+end\s+of)\b"
    r"(?:(?!\.\s+[A-Z])[^;:]){0,20}$",
    re.IGNORECASE,
)
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def date_from_text(text: str, context: date | None = None) -> date | None:
    """The publication date a dateline or byline at the top of ``text`` gives: a date with a
    year in its first :data:`DATELINE_CHARS` characters, else a dateline's day and month
    with the year that ``context`` (the date the user gives) or the text settles (see the
    module notes), or None."""
    opening = text[:DATELINE_CHARS]
    found = []
    for pattern in _DATELINES:
        for match in pattern.finditer(opening):
            value = _value(match)
            if value is not None:
                found.append((match.start(), value))
    match = _YEARLESS.search(opening)
    if found and (match is None or min(found)[0] < match.start()):
        return min(found)[1]
    if match is None:
        return _signed_off(text)
    month = _month(match.group("month") or match.group("month_after"))
    day = int(match.group("day") or match.group("day_first"))
    # a full date after a dateline without a year gives its year only on the dateline's day
    # ("UNITED NATIONS, Nov. 14 - … renews the mandate until Nov. 15, 2026": not that day)
    same_day = [value for _, value in sorted(found) if (value.month, value.day) == (month, day)]
    if same_day:
        return same_day[0]
    if context is not None:
        candidates = [
            _day(year, month, day) for year in (context.year - 1, context.year, context.year + 1)
        ]
        candidates = [value for value in candidates if value is not None]
        return min(candidates, key=lambda value: abs((value - context).days), default=None)
    return _year_from_text(text, match.end(), month, day)


#: A last line that is a date and nothing else, the way some wires and blogs sign off
#: ("Feb. 20, 2024", "Published 4 March 2022").
_LAST_LINE = re.compile(r"\n[ \t]*(?P<line>[^\n]{6,40}?)[ \t]*\s*\Z")
_LAST_LINE_DATE = re.compile(r"(?:(?:Published|Posted|Updated|Filed)\s*:?\s*)?(?P<date>.+)")


def _signed_off(text: str) -> date | None:
    """The date a text's last line gives when that line is a date alone (a dateline at the
    foot of the text, with no date at its top).

    >>> _signed_off("The council voted on Tuesday.\\n\\nFeb. 20, 2024\\n")
    datetime.date(2024, 2, 20)
    >>> _signed_off("The vote on Feb. 20, 2024 was close.") is None
    True
    """
    last = _LAST_LINE.search(text)
    if last is None:
        return None
    told = _LAST_LINE_DATE.fullmatch(last.group("line")).group("date")
    for pattern in _DATELINES:
        match = pattern.fullmatch(told.rstrip("."))
        if match is not None:
            return _value(match)
    return None


def _year_from_text(text: str, after: int, month: int, day: int) -> date | None:
    """The dateline's day in the latest year the text names or the next, when exactly one
    of the two falls on the weekday the opening paragraph gives its news (else on the day
    after it). A year that ends a term ("until Nov. 15, 2026", "until early 1991") may be
    after the news or before it: the year before it, it and the year after are tried."""
    told_years, term_years = [], []
    for match in _YEAR.finditer(text):
        term = _TERM_ENDS.search(text, max(0, match.start() - 30), match.start())
        (term_years if term else told_years).append(int(match.group()))
    paragraph = re.split(r"\n[ \t]*\n", text[after:], maxsplit=1)[0]
    weekday = re.search(r"\b(?:on|On)\s+(" + "|".join(_WEEKDAYS) + r")\b", paragraph, re.I)
    if not (told_years or term_years) or weekday is None:
        return None
    told = _WEEKDAYS.index(weekday.group(1).lower())
    years = {max(told_years), max(told_years) + 1} if told_years else set()
    years |= {year + shift for year in term_years for shift in (-1, 0, 1)}
    days = [_day(year, month, day) for year in sorted(years)]
    for lag in (0, 1):  # the news of the dateline's day, else of the day before
        fitting = [value for value in days if value and (value.weekday() - told) % 7 == lag]
        if fitting:
            return fitting[0] if len(fitting) == 1 else None
    return None


def _month(name: str) -> int:
    months = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
    return months.index(name[:3].lower()) + 1


def _day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _value(match: re.Match[str]) -> date | None:
    if match.groupdict().get("iso"):
        try:
            return parse_article_date(match.group("iso"))
        except ValueError:
            return None
    return _day(int(match.group("year")), _month(match.group("month")), int(match.group("day")))


def extract_articles(
    paths: list[Path],
    *,
    article_date: date | None = None,
    from_text: bool = False,
    max_chars: int = DEFAULT_MAX_CHARS,
    on_error: Callable[[DataError], None] | None = None,
) -> list[Article]:
    """Extract every text. Its date is (with ``from_text``) the one its dateline gives (a
    dateline without a year takes it from ``article_date`` or the text), else
    ``article_date``, else unknown. A text that cannot be read (empty, binary, not UTF-8,
    longer than ``max_chars``) raises its :class:`DataError`, or, with ``on_error``, is
    handed to it and skipped: one stray file in a folder does not stop the others.

    >>> skipped = []
    >>> extract_articles([Path("/nonexistent.txt")], on_error=skipped.append)
    []
    >>> [error.what for error in skipped]
    ['file not found: /nonexistent.txt']
    """
    articles = []
    for path in paths:
        started = time.perf_counter()
        try:
            text = read_text(path)
            day, source = article_date, "given" if article_date else "none"
            found = date_from_text(text, article_date) if from_text else None
            if found is not None:
                day, source = found, "dateline"
            extraction = extract(
                text, article_date=day, source=str(path), key=path.stem, max_chars=max_chars
            )
        except DataError as error:
            if on_error is None:
                raise
            on_error(error)
            continue
        seconds = time.perf_counter() - started
        articles.append(Article(path, day, source, extraction, seconds, text))
    return articles


#: Under this share of English function words a text of some length is not English news
#: (every development text has a quarter or more; French, Spanish, German news under 5%).
ENGLISH_SHARE = 0.1
_WORD = re.compile(r"[^\W\d_]+")


def english_share(text: str) -> float | None:
    """The share of a text's words that are English function words (spaCy's English stop
    words), or None for a text under 20 words, too short to tell.

    >>> round(english_share("The Council adopted the text by 13 votes to none, with two "
    ...     "abstentions, after a day of talks on the draft in New York."), 2)
    0.57
    >>> english_share("L'Assemblée générale a adopté mercredi une résolution par 143 voix "
    ...     "contre cinq, avec 35 abstentions, et la Chine s'est abstenue.") < ENGLISH_SHARE
    True
    """
    from spacy.lang.en.stop_words import STOP_WORDS

    words = _WORD.findall(text.lower())
    if len(words) < 20:
        return None
    return sum(word in STOP_WORDS for word in words) / len(words)


def summary_table(articles: list[Article]) -> str:
    """One line per article: date (and where it came from), votes, ballots, tallies,
    outcomes, people, statements and the seconds its extraction took.

    >>> from kg.extract.facts import Extraction
    >>> row = Article(Path("a.txt"), None, "none", Extraction("a", "a.txt", "", 1, 1, None), 0.5)
    >>> print(summary_table([row]).splitlines()[1].split())
    ['a.txt', '-', 'none', '0', '0', '0', '0', '0', '0', '0.5']
    """
    header = (
        f"{'article':<40} {'date':<10} {'from':<9} {'motions':>8} {'ballots':>7} "
        f"{'tallies':>7} {'outcomes':>8} {'people':>6} {'statements':>10} {'seconds':>7}"
    )
    lines = [header]
    for article in articles:
        extraction = article.extraction
        motions = [f for f in extraction.facts_of("motion") if not f.fields.get("collective")]
        outcomes = sum(1 for f in motions if f.fields.get("outcome"))
        day = article.article_date.isoformat() if article.article_date else "-"
        lines.append(
            f"{article.path.name[:40]:<40} {day:<10} {article.date_source:<9} "
            f"{len(motions):>8} {len(extraction.facts_of('ballot')):>7} "
            f"{len(extraction.facts_of('tally')):>7} {outcomes:>8} "
            f"{len(extraction.facts_of('person')):>6} "
            f"{len(extraction.facts_of('statement')):>10} {article.seconds:>7.1f}"
        )
    return "\n".join(lines)


def write_extractions(articles: list[Article], folder: Path) -> list[Path]:
    """Write each article's extraction as ``folder/NAME.json`` (atomically); the paths."""
    from kg.io import write_atomic

    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for article in articles:
        target = folder / f"{article.path.stem}.json"
        content = json.dumps(article.extraction.as_dict(), ensure_ascii=False, indent=2) + "\n"
        written.append(write_atomic(target, content))
    return written
