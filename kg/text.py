"""Sentences and character spans in plain text: the coordinates evidence is stored in.

Curated annotations (``kg/data/events/``) point into a news article by sentence index and
character span instead of copying its text, so the splitter that numbers the sentences must
be deterministic and documented. It is rule-based on purpose: no model, no download, and
the same input always gives the same sentence numbers.

Offsets are indices into the Python ``str`` (code points, not bytes), end exclusive, so
``text[start:end]`` is the span.

>>> text = "The U.S. voted no on Monday. Mr. Smith said: \\"It ends. Now.\\" Then he left."
>>> [sentence.text for sentence in split_sentences(text)]
['The U.S. voted no on Monday.', 'Mr. Smith said: "It ends. Now."', 'Then he left.']
>>> locate(text, "Smith", 1)
(33, 38)
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

__all__ = [
    "ABBREVIATIONS",
    "Sentence",
    "locate",
    "sentence_containing",
    "split_sentences",
]

# Abbreviations after which a period does not end a sentence even before a capital
# ("Mr. Smith", "St. Petersburg"). Dotted acronyms (U.S., U.N., e.g.) and initials
# ("J. Smith") are recognised by pattern, so they need no entry here.
ABBREVIATIONS = frozenset(
    {
        "Mr", "Mrs", "Ms", "Dr", "St", "Sr", "Jr", "Prof", "Gen", "Lt", "Col", "Maj",
        "Capt", "Sgt", "Adm", "Gov", "Sen", "Rep", "Pres", "Amb", "Rev", "Hon", "Mt",
        "Ft", "Ave", "Blvd", "Co", "Corp", "Inc", "Ltd", "Bros", "No", "Nos", "Art",
        "Arts", "Para", "Vol", "Fig", "vs", "cf", "approx", "Jan", "Feb", "Mar", "Apr",
        "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    }
)  # fmt: skip

# Written as escapes: U+201C/U+2018 open, U+201D/U+2019 close (curly double/single quotes).
_OPENING_QUOTES = "\u201c\u2018\"'\u00ab"
_CLOSING = "\u201d\u2019\"')]\u00bb"
_TERMINAL = re.compile(r"[.?!]+")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")
#: A line that opens one side of a recorded vote ("Against (2): Australia, Japan", "In favour:
#: …"): a list of its own even when the lines are not parted by blank lines.
SIDE_LABEL = (
    r"(?:In\s+favou?r|Against|Abstaining|Abstentions|Absent|Not\s+voting)"
    r"(?:[ \t]*\(\d{1,3}\))?[ \t]*(?:[:,]|\n|$)"
)
_SIDE_LINE = re.compile(rf"\n[ \t]*(?={SIDE_LABEL})")
_DOTTED_ACRONYM = re.compile(r"(?:[A-Za-z]\.){2,}$")
_INITIAL = re.compile(r"[A-Z]\.$")


@dataclass(frozen=True)
class Sentence:
    """One sentence: its 0-based ``index`` and ``text == source[start:end]``.

    >>> Sentence(index=0, start=0, end=3, text="Hi.")
    Sentence(index=0, start=0, end=3, text='Hi.')
    """

    index: int
    start: int
    end: int
    text: str


def split_sentences(text: str, *, abbreviations: Iterable[str] = ABBREVIATIONS) -> list[Sentence]:
    """Split ``text`` into sentences with character offsets.

    A sentence ends

    - after ``.``, ``?`` or ``!`` (optionally followed by closing quotes or brackets) when
      whitespace and then an upper-case letter, a digit or an opening quote follow;
    - at a period directly followed by an upper-case letter when the word before it ends in
      lower-case letters (two sentences run together: ``"the Charter.Before"``);
    - at a paragraph break (a blank line), punctuation or not;
    - before a line that opens a side of a recorded vote ("Against (2): Israel"), so the
      lists of a vote typed on consecutive lines stay apart;
    - at the end of the text.

    It does not end after an abbreviation (``Mr.``, ``Dr.``, ``St.`` …, see
    :data:`ABBREVIATIONS`), a dotted acronym (``U.S.``, ``U.N.``), an initial (``J.``), or
    inside a quotation that closes in the same paragraph (a quoted passage of two sentences
    stays in the sentence that reports it). A single line break is just whitespace, so
    hard-wrapped lines do not end a sentence.

    Known limit: a sentence that really ends with an abbreviation or acronym ("… in the
    U.S. The talks …") is not split.

    Parameters
    ----------
    text
        The document as a Python ``str``.
    abbreviations
        Words (without the period) after which a period never ends a sentence.

    Returns
    -------
    list[Sentence]
        In document order; ``index`` counts from 0; surrounding whitespace is excluded.

    Examples
    --------
    >>> text = "Hungary, led by Prime Minister\\nViktor Orban, voted no. Dr. Who agreed."
    >>> [(s.index, s.text) for s in split_sentences(text)]
    [(0, 'Hungary, led by Prime Minister\\nViktor Orban, voted no.'), (1, 'Dr. Who agreed.')]
    >>> [s.text for s in split_sentences("It ends with the Charter.Before that, J. Doe spoke.")]
    ['It ends with the Charter.', 'Before that, J. Doe spoke.']
    >>> [s.text for s in split_sentences("Headline without a stop\\n\\nBody text. More!")]
    ['Headline without a stop', 'Body text.', 'More!']
    >>> split_sentences("   ")
    []
    """
    abbreviation_set = frozenset(abbreviations)
    quoted = _quoted_regions(text)
    boundaries: set[int] = {len(text)}
    for paragraph_break in _PARAGRAPH_BREAK.finditer(text):
        boundaries.add(paragraph_break.start())
    for side_line in _SIDE_LINE.finditer(text):
        boundaries.add(side_line.start())
    for terminal in _TERMINAL.finditer(text):
        end = terminal.end()
        while end < len(text) and text[end] in _CLOSING:
            end += 1
        if _ends_sentence(text, terminal.start(), terminal.group(), end, abbreviation_set, quoted):
            boundaries.add(end)

    sentences: list[Sentence] = []
    start = 0
    for boundary in sorted(boundaries):
        chunk = text[start:boundary]
        stripped = chunk.strip()
        if stripped:
            offset = start + (len(chunk) - len(chunk.lstrip()))
            sentences.append(Sentence(len(sentences), offset, offset + len(stripped), stripped))
        start = boundary
    return sentences


def _ends_sentence(
    text: str,
    punctuation_start: int,
    punctuation: str,
    end: int,
    abbreviations: frozenset[str],
    quoted: list[tuple[int, int]],
) -> bool:
    """Whether the ``.?!`` at ``punctuation_start`` (closing marks to ``end``) ends a sentence."""
    if end >= len(text):
        return True
    following = text[end]
    word = _word_before(text, punctuation_start)
    if following.isspace():
        rest = text[end:].lstrip()
        if not rest or not (rest[0].isupper() or rest[0].isdigit() or rest[0] in _OPENING_QUOTES):
            return False
    elif following.isupper() and punctuation == "." and end == punctuation_start + 1:
        # Run-together sentences: only after a lower-case word, so "U.S" or "A.B" never split.
        return len(word) >= 2 and word[-2:].islower() and word.isalpha()
    else:
        return False
    if punctuation == "." and _is_abbreviation(word, abbreviations):
        return False
    return not any(opening < punctuation_start and end <= closing for opening, closing in quoted)


def _word_before(text: str, position: int) -> str:
    """The run of non-space characters ending at ``position``, without leading quotes/brackets."""
    start = position
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return text[start:position].lstrip(_OPENING_QUOTES + "([")


def _is_abbreviation(word: str, abbreviations: frozenset[str]) -> bool:
    dotted = word + "."
    return (
        word in abbreviations
        or _DOTTED_ACRONYM.search(dotted) is not None
        or _INITIAL.fullmatch(dotted) is not None
    )


def _quoted_regions(text: str) -> list[tuple[int, int]]:
    """(opening, closing) offsets of quotations that close within their paragraph.

    Curly quotes pair “ with the next ”; straight double quotes pair in order. A quote that
    does not close before a blank line protects nothing, so a stray mark cannot swallow the
    rest of the document.
    """
    regions: list[tuple[int, int]] = []
    for paragraph in _paragraph_spans(text):
        paragraph_start, paragraph_end = paragraph
        position = paragraph_start
        while True:
            opening = text.find("“", position, paragraph_end)
            if opening < 0:
                break
            closing = text.find("”", opening + 1, paragraph_end)
            if closing < 0:
                break
            regions.append((opening, closing))
            position = closing + 1
        straight = [index for index in range(paragraph_start, paragraph_end) if text[index] == '"']
        regions.extend(zip(straight[0::2], straight[1::2], strict=False))
    return regions


def _paragraph_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    start = 0
    for paragraph_break in _PARAGRAPH_BREAK.finditer(text):
        spans.append((start, paragraph_break.start()))
        start = paragraph_break.end()
    spans.append((start, len(text)))
    return spans


def locate(text: str, phrase: str, sentence_index: int, *, occurrence: int = 0) -> tuple[int, int]:
    """Character span ``(start, end)`` of ``phrase`` inside sentence ``sentence_index`` of ``text``.

    The helper a curator uses to write evidence spans, and that ``dkg extract`` will use to
    anchor what it finds. ``occurrence`` picks the n-th match (0-based) within the sentence.

    Raises
    ------
    ValueError
        If the sentence does not exist or the phrase does not occur in it (often enough).

    Examples
    --------
    >>> text = "Russia voted no. Belarus and Russia voted no."
    >>> locate(text, "Russia", 1)
    (29, 35)
    >>> text[29:35]
    'Russia'
    >>> locate(text, "Sudan", 1)
    Traceback (most recent call last):
    ...
    ValueError: 'Sudan' does not occur in sentence 1: 'Belarus and Russia voted no.'
    """
    sentences = split_sentences(text)
    if not 0 <= sentence_index < len(sentences):
        raise ValueError(f"no sentence {sentence_index}: the text has {len(sentences)} sentences")
    sentence = sentences[sentence_index]
    position = -1
    for _ in range(occurrence + 1):
        position = sentence.text.find(phrase, position + 1)
        if position < 0:
            raise ValueError(
                f"{phrase!r} does not occur in sentence {sentence_index}: {sentence.text!r}"
                if occurrence == 0
                else f"{phrase!r} occurs fewer than {occurrence + 1} times in sentence "
                f"{sentence_index}"
            )
    start = sentence.start + position
    return start, start + len(phrase)


def sentence_containing(sentences: list[Sentence], start: int, end: int) -> Sentence | None:
    """The sentence whose span contains ``[start, end)``, or ``None`` if none does.

    >>> sentences = split_sentences("One here. Two there.")
    >>> sentence_containing(sentences, 10, 13).index
    1
    >>> sentence_containing(sentences, 5, 13) is None
    True
    """
    for sentence in sentences:
        if sentence.start <= start and end <= sentence.end:
            return sentence
    return None
