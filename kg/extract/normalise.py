"""Text normalisation before matching, one character for one, so offsets stay the user's.

News text arrives with typographic quotes, non-breaking spaces and lines wrapped in the
middle of names ("the Security\\nCouncil"). The matchers work on a normalised copy of the
same length: every evidence span found in it is a span of the original text too, and the
evidence shows the original's characters.

- curly single quotes and apostrophes become ``'``, curly double quotes ``"``;
- non-breaking, narrow and figure spaces become a plain space;
- a single line break inside a paragraph becomes a space (a blank line still separates
  paragraphs, which :func:`kg.text.split_sentences` reads as a sentence end).

>>> normalise("the Security\\nCouncil\\u2019s \\u201cdraft\\u201d\\u00a0text\\n\\nNext")
'the Security Council\\'s "draft" text\\n\\nNext'
>>> len(normalise("a\\u00a0b")) == len("a\\u00a0b")
True
"""

from __future__ import annotations

import re

__all__ = ["normalise"]

_CHARACTERS = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u00a0": " ",
        "\u2007": " ",
        "\u202f": " ",
        "\u2009": " ",
    }
)
#: a line break that is not part of a blank line (a paragraph break keeps its newlines)
_WRAP = re.compile(r"(?<![\n])[ \t]*\n(?![ \t]*\n)")


def normalise(text: str) -> str:
    """The text with quotes, spaces and line wraps made plain; ``len`` is unchanged."""
    plain = text.translate(_CHARACTERS)
    return _WRAP.sub(lambda match: " " * len(match.group()), plain)
