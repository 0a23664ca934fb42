"""Text normalisation before matching, one character for one, so offsets stay the user's.

News text arrives with typographic quotes, non-breaking spaces and lines wrapped in the
middle of names ("the Security\\nCouncil"). The matchers work on a normalised copy of the
same length: every evidence span found in it is a span of the original text too, and the
evidence shows the original's characters.

- curly single quotes and apostrophes become ``'``, curly double quotes ``"``;
- non-breaking, narrow and figure spaces become a plain space;
- a single line break inside a paragraph becomes a space (a blank line still separates
  paragraphs, which :func:`kg.text.split_sentences` reads as a sentence end);
- a line opening a side of a recorded vote ("Against: Israel, Palau") keeps its line break,
  a sentence of its own;
- a line opening with a bullet ("- ", "* ", "\u2022 ", "\u25aa ") and a capital is an item of
  a list, a paragraph of its own: the bullet becomes the second line break ("- Guam: 153-2-9" is no
  part of the item before it; "statehood\\n- has been delayed" is a dash, not a bullet);
- a double hyphen between spaces, the typewriter's dash, becomes a dash (its first hyphen a
  space): "Chile and Peru -- two Andean states -- as well as Fiji" is read as the same words
  with dashes are.

>>> normalise("the Security\\nCouncil\\u2019s \\u201cdraft\\u201d\\u00a0text\\n\\nNext")
'the Security Council\\'s "draft" text\\n\\nNext'
>>> normalise("Votes:\\n- Guam: 153-2-9\\n- Tokelau: 150-3-8")
'Votes:\\n\\n Guam: 153-2-9\\n\\n Tokelau: 150-3-8'
>>> normalise("Peru -- an ally -- and Fiji")
'Peru  \u2014 an ally  \u2014 and Fiji'
>>> len(normalise("a\\u00a0b")) == len("a\\u00a0b")
True
"""

from __future__ import annotations

import re

from kg.text import SIDE_LABEL

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
#: a line break that is not part of a blank line (a paragraph break keeps its newlines), nor
#: the break before a line opening a side of a recorded vote ("Against (2): Israel, …"), which
#: :func:`kg.text.split_sentences` reads as a sentence end
_WRAP = re.compile(rf"(?<![\n])[ \t]*\n(?![ \t]*\n)(?![ \t]*{SIDE_LABEL})")


#: a bullet opening a line, before an item that opens with a capital, a digit or a quote
_BULLET = re.compile(
    # (square, round and triangular bullets too: "\u25aa", "\u25a0", "\u25cf", "\u2023")
    r"(?<=\n)([ \t]*)[-*\u2022\u2013\u25aa\u25a0\u25cf\u2023](?=[ \t]+[A-Z0-9\"])"
)
#: a dash typed as two hyphens between spaces
_DOUBLE_HYPHEN = re.compile(r"(?<= )--(?= )")


def normalise(text: str) -> str:
    """The text with quotes, spaces and line wraps made plain; ``len`` is unchanged."""
    plain = text.translate(_CHARACTERS)
    plain = _BULLET.sub(lambda match: match.group(1) + "\n", plain)
    plain = _DOUBLE_HYPHEN.sub(" \u2014", plain)
    return _WRAP.sub(lambda match: " " * len(match.group()), plain)
