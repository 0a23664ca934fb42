"""The table of public datasets ``dkg fetch`` knows: ``kg/data/sources.yaml``, read and checked.

Each :class:`Source` says where a dataset is published (landing page), under which terms,
how to cite it, the format of its file(s), which ``dkg import`` format reads it, and for each
file how the current version is found (:class:`SourceFile`). The table is data, so adding a
mirror or a source is an edit of the YAML file, not of code.

>>> table = load_sources()
>>> table["undl-ga"].landing
'https://digitallibrary.un.org/record/4060887'
>>> table["undl-ga"].importer, table["undl-ga"].files[0].versioning
('undl', 'the date in the file name')
>>> table["voeten"].files[0].versioning
'the Dataverse version and file checksum'
>>> get_source("nonsense")
Traceback (most recent call last):
...
kg.errors.UsageError: unknown source 'nonsense' (fix: use one of: undl-ga, undl-sc, voeten, ...)
"""

from __future__ import annotations

import functools
import re
import textwrap
from dataclasses import dataclass
from importlib import resources
from typing import Any
from urllib.parse import unquote, urlsplit

from kg.errors import DataError, UsageError
from kg.sources.yamlfile import line_of, load_yaml_text
from kg.vocabulary import IMPORT_FORMAT_NAMES

__all__ = ["Source", "SourceFile", "file_name_of", "format_sources", "get_source", "load_sources"]

_DISCOVERY = {
    None: "ETag / Last-Modified",
    "tind": "the date in the file name",
    "dataverse": "the Dataverse version and file checksum",
}
_REQUIRED = ("title", "publisher", "landing", "licence", "citation", "format", "files", "verified")


@dataclass(frozen=True)
class SourceFile:
    """One file of a source and how its current version is found.

    ``url`` is a fixed address (versions told apart by ETag / Last-Modified); ``discover``
    names a listing to ask instead (``tind``: the UN Digital Library's file list, ``dataverse``:
    the Dataverse native API) at ``api``, picking the file whose name matches ``name``;
    ``known`` is the last file seen there, used when the listing cannot be read. ``version`` is
    a pattern whose group ``version`` reads a version from a file name; ``label`` says in words
    which file to save by hand.
    """

    url: str | None = None
    discover: str | None = None
    api: str | None = None
    name: str | None = None
    known: str | None = None
    version: str | None = None
    #: what to save when downloading by hand, in words (a listed file's name is a pattern)
    label: str | None = None

    @property
    def versioning(self) -> str:
        """How a new version of this file is recognised, in words."""
        return _DISCOVERY[self.discover]

    @property
    def shown_url(self) -> str:
        """The address to show a user: the fixed one, else the last known, else the listing."""
        return self.url or self.known or self.api or ""


@dataclass(frozen=True)
class Source:
    """A public dataset: where it is, its terms and citation, and its files."""

    id: str
    title: str
    publisher: str
    landing: str
    licence: str
    terms: str | None
    citation: str
    format: str
    importer: str | None
    latest: str | None
    files: tuple[SourceFile, ...]
    verified: str


@functools.cache
def load_sources() -> dict[str, Source]:
    """The sources of ``kg/data/sources.yaml`` (read from the installed package), by id."""
    text = resources.files("kg").joinpath("data", "sources.yaml").read_text(encoding="utf-8")
    document = load_yaml_text(text, "kg/data/sources.yaml")
    if not isinstance(document, dict):
        raise DataError("not a mapping of sources", where="kg/data/sources.yaml")
    return {key: _source(key, value) for key, value in document.items()}


def get_source(source_id: str) -> Source:
    """The source named ``source_id``; an unknown name is a usage error listing the known ones."""
    table = load_sources()
    if source_id not in table:
        raise UsageError(
            f"unknown source {source_id!r}",
            fix=f"use one of: {', '.join(table)} (dkg fetch --list)",
        )
    return table[source_id]


def file_name_of(url: str) -> str:
    """The file name an address ends with (query and fragment left out).

    >>> file_name_of("https://digitallibrary.un.org/record/4060887/files/2026_02_06_ga_voting.csv?ln=en")
    '2026_02_06_ga_voting.csv'
    >>> file_name_of("file:///tmp/My%20copy.csv")
    'My copy.csv'
    """
    return unquote(urlsplit(url).path.rstrip("/").rsplit("/", 1)[-1])


def format_sources(sources: dict[str, Source] | None = None, width: int = 100) -> str:
    """The table as ``dkg fetch --list`` prints it: per source, its files, terms and citation."""
    blocks = []
    for source in (sources or load_sources()).values():
        lines = [f"{source.id}: {source.title}", *_wrapped("by:", source.publisher, width)]
        lines += _wrapped("page:", source.landing, width)
        for file in source.files:
            lines += _wrapped(
                "file:", f"{file.shown_url} (new versions by {file.versioning})", width
            )
        lines += _wrapped("format:", source.format, width)
        importer = f"dkg import {source.importer}" if source.importer else "not imported by dkg"
        lines += _wrapped("import:", importer, width)
        if source.latest:
            lines += _wrapped("latest:", source.latest, width)
        lines += _wrapped("licence:", source.licence, width)
        if source.terms and source.terms != source.landing:
            lines += _wrapped("terms:", source.terms, width)
        lines += _wrapped("cite:", source.citation, width)
        lines += _wrapped("checked:", source.verified, width)
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + "\n"


def _wrapped(label: str, text: str, width: int) -> list[str]:
    return textwrap.wrap(
        text,
        width,
        initial_indent=f"  {label:<9} ",
        subsequent_indent=" " * 12,
        break_long_words=False,
        break_on_hyphens=False,
    )


def _source(key: str, entry: Any) -> Source:
    where = f"kg/data/sources.yaml line {line_of(entry)}"
    if not isinstance(entry, dict):
        raise DataError(f"source {key!r} is not a mapping", where=where)
    missing = [name for name in _REQUIRED if not entry.get(name)]
    if missing:
        raise DataError(f"source {key!r} lacks {', '.join(missing)}", where=where)
    files = tuple(_file(key, item) for item in entry["files"])
    if entry.get("import") and entry["import"] not in IMPORT_FORMAT_NAMES:
        raise DataError(
            f"source {key!r} names an unknown import format {entry['import']!r}",
            where=where,
            fix=f"use one of {', '.join(IMPORT_FORMAT_NAMES)}",
        )
    return Source(
        id=key,
        title=entry["title"],
        publisher=entry["publisher"],
        landing=entry["landing"],
        licence=entry["licence"],
        terms=entry.get("terms"),
        citation=" ".join(entry["citation"].split()),
        format=" ".join(entry["format"].split()),
        importer=entry.get("import"),
        latest=entry.get("latest"),
        files=files,
        verified=" ".join(entry["verified"].split()),
    )


def _file(key: str, item: Any) -> SourceFile:
    where = f"kg/data/sources.yaml line {line_of(item)}"
    if not isinstance(item, dict):
        raise DataError(f"a file of {key!r} is not a mapping", where=where)
    unknown = set(item) - {field for field in SourceFile.__dataclass_fields__}
    if unknown:
        raise DataError(f"unknown key(s) {', '.join(sorted(unknown))} in {key!r}", where=where)
    file = SourceFile(**item)
    if file.discover not in _DISCOVERY:
        raise DataError(f"unknown discover {file.discover!r} in {key!r}", where=where)
    if file.discover is None and not file.url:
        raise DataError(f"a file of {key!r} has neither url nor discover", where=where)
    if file.discover and not (file.api and file.name):
        raise DataError(f"discover {file.discover!r} needs api and name in {key!r}", where=where)
    # The table names web addresses only: a local file is read only when a user gives it.
    for address in (file.url, file.api, file.known):
        if address and urlsplit(address).scheme not in ("http", "https"):
            raise DataError(f"{address!r} in {key!r} is not an http(s) address", where=where)
    for pattern in (file.name, file.version):
        if pattern:
            try:
                re.compile(pattern)
            except re.error as error:
                raise DataError(f"bad pattern {pattern!r}: {error}", where=where) from error
    return file
