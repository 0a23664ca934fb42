"""Where a graph comes from: one source of four kinds, chosen by one rule.

A graph is read from the built dataset file (``kg``: TriG or N-Quads written by ``dkg
build``), an Oxigraph store directory (``store``: filled by ``dkg import``), a SPARQL 1.1
server (``endpoint``) or a tidy voting-history file read directly (``votes``). Exactly one
is given; the command line falls back on ``out/kg.trig`` when none is.

>>> choose_source(store="out/store")
Source(kind='store', location='out/store')
>>> choose_source(default=Source("kg", "out/kg.trig"))
Source(kind='kg', location='out/kg.trig')
>>> choose_source(kg="a.trig", store="out/store")
Traceback (most recent call last):
...
kg.errors.UsageError: two graph sources: --kg and --store (fix: give one of them)
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kg.errors import UsageError

__all__ = ["SOURCE_KINDS", "Source", "choose_source"]

#: the kinds of graph source, in the order the help lists them
SOURCE_KINDS = ("kg", "store", "endpoint", "votes")


@dataclass(frozen=True)
class Source:
    """One graph source: its kind (one of :data:`SOURCE_KINDS`) and its path or URL."""

    kind: str
    location: Path | str

    def __post_init__(self) -> None:
        if self.kind not in SOURCE_KINDS:
            raise UsageError(
                f"unknown graph source {self.kind!r}", fix=f"use one of {', '.join(SOURCE_KINDS)}"
            )


def choose_source(
    *,
    kg: Path | str | None = None,
    store: Path | str | None = None,
    endpoint: str | None = None,
    votes: Path | str | None = None,
    default: Source | None = None,
) -> Source:
    """The one source given, else ``default``; two sources, or none and no default, is an error.

    This is the only place that decides which graph a command, a notebook or a test reads.
    """
    given = {"kg": kg, "store": store, "endpoint": endpoint, "votes": votes}
    chosen = [Source(kind, value) for kind, value in given.items() if value not in (None, "")]
    if len(chosen) > 1:
        names = " and ".join(f"--{source.kind}" for source in chosen)
        raise UsageError(f"{_count(len(chosen))} graph sources: {names}", fix="give one of them")
    if chosen:
        return chosen[0]
    if default is not None:
        return default
    raise UsageError(
        "no graph source", fix="give one of kg=PATH, store=DIR, endpoint=URL or votes=PATH"
    )


def _count(number: int) -> str:
    return {2: "two", 3: "three", 4: "four"}.get(number, str(number))
