"""The user's copy of the annotated article, checked against the annotation."""

from __future__ import annotations

import hashlib
from pathlib import Path

from kg.errors import DataError
from kg.sources.events.model import EventAnnotation
from kg.text import sentence_containing, split_sentences

__all__ = ["check_article"]


def check_article(annotation: EventAnnotation, article: Path | str) -> str:
    """Read the user's copy of the article and check the annotation against it.

    Returns the text (UTF-8, no newline translation, so offsets are exact). Raises
    :class:`kg.errors.DataError` when the copy's SHA-256 differs from the annotated one (the
    offsets would point into another text), or when a mention or sentence index disagrees
    with the text.

    >>> from pathlib import Path
    >>> import tempfile
    >>> from kg.sources.events.reader import read_event
    >>> other = Path(tempfile.mkdtemp()) / "article.txt"
    >>> _ = other.write_text("Another text.")
    >>> check_article(read_event(), other)
    Traceback (most recent call last):
    ...
    kg.errors.DataError: .../article.txt: this copy's SHA-256 is ... (fix: ...)
    """
    article = Path(article)
    try:
        data = article.read_bytes()
    except OSError as error:
        raise DataError(
            f"cannot read the article: {error}",
            where=str(article),
            fix="pass the path of your copy of the article",
        ) from error
    digest = hashlib.sha256(data).hexdigest()
    if digest != annotation.document.sha256:
        raise DataError(
            f"this copy's SHA-256 is {digest}, the annotation {annotation.path.name} was made "
            f"on {annotation.document.sha256}: its character offsets refer to another text",
            where=str(article),
            fix="use the unmodified copy the annotation names, or build without --article",
        )
    text = data.decode("utf-8")
    sentences = split_sentences(text)
    for owner, span in annotation.spans():
        where = f"{annotation.path}, {owner}"
        if span.mention is not None and text[span.start : span.end] != span.mention:
            raise DataError(
                f"mention {span.mention!r} differs from the text at [{span.start}, {span.end}): "
                f"{text[span.start : span.end]!r}",
                where=where,
                fix="recompute with kg.text.locate",
            )
        containing = sentence_containing(sentences, span.start, span.end)
        if containing is None or containing.index != span.sentence:
            raise DataError(
                f"span [{span.start}, {span.end}) is not in sentence {span.sentence}",
                where=where,
                fix="use the index kg.text.split_sentences gives",
            )
    return text
