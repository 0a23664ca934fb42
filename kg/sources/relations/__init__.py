"""Relations between states beyond UN votes, read from the standard datasets of the field.

One module per dataset: :mod:`.atop` (alliance obligations), :mod:`.archigos` (leaders),
:mod:`.igo` (shared IGO memberships, a measure), :mod:`.rivalries` (strategic rivalries),
:mod:`.statelists` (COW and Gleditsch-Ward state lists, COW major powers). Each reads a user's
copy of the file (the files are not shipped), resolves states through the registry by date
(:mod:`.codes`), and writes N-Quads; :func:`relation_writer` gives :func:`kg.store.import_graph`
the writer of one format.

>>> summary, write = relation_writer("rivalries", Path("td-rivalries.csv"))
>>> summary.noun
'rivalries'
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TextIO, TypeVar

from kg.errors import DataError
from kg.sources.relations.common import RelationSummary, dataset_quads, load_datasets
from kg.vocabulary import IMPORT_FORMATS

__all__ = ["RELATION_FORMATS", "relation_writer"]

#: the ``dkg import`` formats of the relation datasets, with what their rows become
RELATION_FORMATS = {each.name: each.rows for each in IMPORT_FORMATS if each.kind == "relations"}

_Row = TypeVar("_Row")
Progress = Callable[[Iterable[_Row], str], Iterator[_Row]]


def _no_progress(rows: Iterable[_Row], description: str) -> Iterable[_Row]:
    return rows


def relation_writer(
    format_name: str,
    path: Path,
    *,
    states: Path | None = None,
    progress: Progress = _no_progress,
) -> tuple[RelationSummary, Callable[[TextIO, str], int]]:
    """The summary an import fills, and the function that writes one file's N-Quads.

    ``states`` is the COW IGO state-year file, imported with the dyad-year file (``igo``
    only). ``progress(rows, description)`` wraps the rows as they are read (a bar on a
    terminal). The writer reads the file when called, into the graph it is given, and returns
    the number of quads it wrote.
    """
    if format_name not in RELATION_FORMATS:
        raise DataError(
            f"unknown relation format {format_name!r}",
            fix=f"use one of {', '.join(RELATION_FORMATS)}",
        )
    if states is not None and format_name != "igo":
        raise DataError(
            "--states is the COW IGO state-year file", fix="give it with dkg import igo only"
        )
    summary = RelationSummary(noun=RELATION_FORMATS[format_name])

    def write(stream: TextIO, graph: str) -> int:
        quads = 0
        for chunk in _nquads(format_name, Path(path), states, graph, summary, progress):
            stream.write(chunk)
            quads += chunk.count("\n")
        return quads

    return summary, write


def _nquads(
    format_name: str,
    path: Path,
    states: Path | None,
    graph: str,
    summary: RelationSummary,
    progress: Progress,
) -> Iterator[str]:
    from kg.sources.relations import archigos, atop, igo, rivalries, statelists

    datasets = load_datasets()
    description = f"reading {path.name}"
    if format_name == "atop":
        dataset = datasets["atop"]
        rows = progress(atop.atop_rows(path, summary), description)
        commitments = list(atop.merge_commitments(atop.dyad_years(rows, summary)))
        summary.records = len(commitments)
        yield from atop.atop_nquads(commitments, dataset, graph)
    elif format_name == "archigos":
        dataset = datasets["archigos"]
        yield from archigos.archigos_nquads(archigos.read_archigos(path, summary), dataset, graph)
    elif format_name == "igo":
        dataset = datasets["igo"]
        measures = igo.read_igo_pairs(path, summary, lambda rows: progress(rows, description))
        yield from igo.comembership_nquads(measures, graph)
        if states is not None:
            counts = igo.read_igo_states(states, summary)
            yield from igo.membership_count_nquads(counts, dataset, graph)
    elif format_name == "rivalries":
        dataset = datasets["rivalries"]
        yield from rivalries.rivalry_nquads(rivalries.read_rivalries(path, summary), dataset, graph)
    else:
        list_name, spells = statelists.read_list(path, summary)
        dataset = datasets[list_name]
        yield from statelists.list_nquads(spells, dataset, graph)
    yield dataset_quads(dataset, graph)
