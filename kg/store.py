"""The Oxigraph store on disk: bulk imports, one named graph per file, atomic replacement.

The full voting history (about 950,000 ballots, several million triples) lives in an
Oxigraph (pyoxigraph) store under ``out/store/``; ``dkg query --store`` runs the same
``queries/*.rq`` on it as on the rdflib dataset of ``dkg build``.

Layout and guarantees
---------------------
``DIR/current`` is a symbolic link to the live database, a directory ``DIR/gen-<n>``. An
import works on a *copy* of the live database (``Store.backup``: hard links, so it costs
little): it bulk-loads the source's N-Quads into the copy while they are written (through a
pipe), and only then swaps the link with one atomic ``rename``. A failure at any step (a
source that breaks half-way, say) throws the copy away and leaves ``current`` as it was.
The first import also adds the state registry (graph ``registry``), so the queries can name
states.

Each imported file is one named graph, ``graph/import-<format>-<file name>``, holding its
roll calls, motions, ballots, topics and, about the graph itself, where it came from (file
name, format, SHA-256 digest, rows read / imported / skipped). The shortcut triples that the
rules in ``kg/rules/`` derive from it go to ``graph/inferred-import-<format>-<file name>``, so
replacing a file replaces its inferences too. They are written with the ballots into the one
N-Quads stream (see :func:`shortcut_properties`), so one bulk load stores both graphs.
Importing a file whose digest the store already holds changes nothing. Replacing a file's
graphs (a corrected file of the same name, or ``--force``) starts the new generation empty
instead, and the same bulk load also carries every other graph, dumped from the live one:
deleting millions of quads is a transaction (486 s and 5.5 GB of memory for the full history,
against 58 s and 1.9 GB this way).

>>> import tempfile
>>> fixtures = Path("tests/fixtures/history")  # run from the checkout
>>> directory = Path(tempfile.mkdtemp()) / "store"
>>> result = import_history("tidy", fixtures / "tidy" / "votes.csv", store_dir=directory)
>>> result.summary.rows_imported, result.shortcuts
(22, 22)
>>> import_history("tidy", fixtures / "tidy" / "votes.csv", store_dir=directory).unchanged
True
>>> len(open_store(directory)) > result.quads_loaded + result.shortcuts  # + the registry
True
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
import shutil
import sys
import tempfile
import threading
import time
import zipfile
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO, TypeVar

from pyoxigraph import DefaultGraph, NamedNode, RdfFormat, Store
from pyoxigraph import Literal as OxLiteral

from kg.checks import open_source
from kg.errors import BusyError, DataError
from kg.io import write_atomic
from kg.ontology import DKG, RULES_DIR, ballot_iri, graph_iri, rollcall_iri, slug, state_iri
from kg.sources.history import read_history
from kg.sources.history.nquads import history_nquads
from kg.sources.history.records import HistoryBallot, ImportSummary
from kg.vocabulary import OPTION_IRIS

if TYPE_CHECKING:
    from kg.analysis.matrix import VoteMatrix

__all__ = [
    "DEFAULT_STORE",
    "IMPORTER_VERSION",
    "RULES_DIR",
    "ImportResult",
    "derive_shortcuts_in_store",
    "hold_generation",
    "import_dataset",
    "import_graph",
    "import_history",
    "import_relations",
    "live_generation",
    "open_store",
    "shortcut_properties",
    "store_matrix",
    "store_size",
]

DEFAULT_STORE = Path("out") / "store"
#: part of every import's checksum: a new importer version re-imports unchanged files
IMPORTER_VERSION = "1"
_CURRENT = "current"
_DCTERMS = "http://purl.org/dc/terms/"
_PROV = "http://www.w3.org/ns/prov#"
_RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
_XSD_COUNT = "http://www.w3.org/2001/XMLSchema#nonNegativeInteger"

_Record = TypeVar("_Record")


@dataclass
class ImportResult:
    """What one import did: its graph, the row summary, and the store before and after."""

    graph: str
    summary: ImportSummary | None
    unchanged: bool = False
    shortcuts: int = 0
    quads_loaded: int = 0
    seconds: dict[str, float] = field(default_factory=dict)

    def text(self) -> str:
        if self.unchanged:
            return f"unchanged: {self.graph} already holds this file"
        lines = [self.summary.text()] if self.summary else []
        timings = ", ".join(f"{step} {seconds:.1f} s" for step, seconds in self.seconds.items())
        derived = f", {self.shortcuts} shortcut triples derived" if self.shortcuts else ""
        lines.append(f"graph {self.graph}: {self.quads_loaded} quads loaded{derived} ({timings})")
        return "\n".join(lines)


# --- opening -----------------------------------------------------------------------------------


def open_store(directory: Path | str = DEFAULT_STORE, *, read_only: bool = True) -> Store:
    """Open the live database of a store made by :func:`import_history` (read-only by default).

    Raises
    ------
    kg.errors.DataError
        When ``directory`` holds no store.
    """
    live = _live(Path(directory))
    if live is None:
        raise DataError(
            f"no store at {directory}",
            fix="import something first: dkg import tidy votes.csv.gz --store DIR",
        )
    try:
        return Store.read_only(str(live)) if read_only else Store(str(live))
    except OSError as error:
        raise DataError(f"cannot open the store: {error}", where=str(live)) from error


def store_size(directory: Path | str = DEFAULT_STORE) -> int:
    """Bytes on disk of the live database (0 when there is none)."""
    live = _live(Path(directory))
    if live is None:
        return 0
    return sum(path.stat().st_size for path in live.rglob("*") if path.is_file())


def live_generation(directory: Path | str = DEFAULT_STORE) -> str | None:
    """Name of the live database's directory (``gen-<n>``), None when there is none.

    Each import makes a new generation, so the name identifies what the store holds: files
    derived from it are kept beside it as ``DIR/.<what>-<generation>.<suffix>`` (the analysis
    vote matrix, see :func:`store_matrix`) and go when it is replaced.

    >>> import tempfile
    >>> live_generation(tempfile.mkdtemp()) is None
    True
    """
    live = _live(Path(directory))
    return None if live is None else live.name


def _live(directory: Path) -> Path | None:
    link = directory / _CURRENT
    if not link.is_symlink():
        foreign = (
            [c for c in directory.iterdir() if not c.name.startswith(("gen-", "."))]
            if (directory.is_dir())
            else []
        )
        if foreign:
            raise DataError(
                f"{directory} is not a dkg store",
                fix="give an empty or new directory, or one made by dkg import",
            )
        return None
    return directory / os.readlink(link)


@contextlib.contextmanager
def _lock(directory: Path) -> Iterator[None]:
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as error:  # a regular file of that name, no permission …
        raise DataError(
            f"cannot use {directory} as a store: {error.strerror or error}",
            fix="give --store a new directory or one made by dkg import",
        ) from error
    with (directory / ".lock").open("w") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise BusyError(
                f"another import is writing to {directory}",
                fix="wait for it to finish, then run this one again",
            ) from None
        yield


@contextlib.contextmanager
def _new_generation(directory: Path, *, copy: bool = True) -> Iterator[Store]:
    """A writable copy of the live database (an empty one if not ``copy``); it becomes live
    only if the block succeeds."""
    live = _live(directory)
    # A copy left by a failed import whose store object outlived the failure goes now, and
    # so does an old generation that a server no longer reads.
    for stale in directory.glob("gen-*"):
        if live is None or stale.name != live.name:
            _discard_generation(stale)
    generation = directory / f"gen-{time.time_ns()}"
    if live is not None and copy:
        Store.read_only(str(live)).backup(str(generation))
    store = Store(str(generation))
    try:
        yield store
        store.flush()
        del store
        link = directory / f".{_CURRENT}-{generation.name}"
        link.symlink_to(generation.name)
        os.replace(link, directory / _CURRENT)  # the one atomic step
    except BaseException:
        shutil.rmtree(generation, ignore_errors=True)
        raise
    if live is not None:
        _discard_generation(live)


def hold_generation(directory: Path | str = DEFAULT_STORE) -> tuple[Path, Callable[[], None]]:
    """The live database's directory, held so that no import deletes it; and the function
    that lets it go.

    A server reads one generation for a while (``dkg serve --store``): an import that
    replaces it leaves the old directory in place while it is held, and the import after
    the last release removes it. The hold is a shared ``flock`` on ``DIR/.readers-<gen>``.

    >>> import tempfile
    >>> directory = Path(tempfile.mkdtemp()) / "store"
    >>> tidy = Path("tests/fixtures/history/tidy/votes.csv")  # run from the checkout
    >>> _ = import_history("tidy", tidy, store_dir=directory)
    >>> held, release = hold_generation(directory)
    >>> _ = import_history("tidy", tidy, store_dir=directory, force=True)
    >>> held.is_dir(), held.name != live_generation(directory)
    (True, True)
    >>> release()
    >>> _ = import_history("tidy", tidy, store_dir=directory, force=True)
    >>> held.is_dir()
    False
    """
    directory = Path(directory)
    while True:
        live = _live(directory)
        if live is None:
            raise DataError(
                f"no store at {directory}",
                fix="import something first: dkg import tidy votes.csv.gz --store DIR",
            )
        handle = (directory / f".readers-{live.name}").open("a")
        fcntl.flock(handle, fcntl.LOCK_SH)
        if _live(directory) == live and live.is_dir():
            break
        handle.close()  # replaced between reading the link and taking the hold: again

    def release() -> None:
        handle.close()

    return live, release


def _discard_generation(generation: Path) -> None:
    """Delete a generation that is not live, with the files derived from it, unless a
    server holds it (:func:`hold_generation`)."""
    readers = generation.parent / f".readers-{generation.name}"
    with readers.open("a") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return
        shutil.rmtree(generation, ignore_errors=True)
        for derived in generation.parent.glob(f".*-{generation.name}.*"):  # see live_generation
            derived.unlink(missing_ok=True)
        readers.unlink(missing_ok=True)


# --- importing ---------------------------------------------------------------------------------


def _checksum(paths: Iterable[Path | None], *extra: str) -> str:
    digest = hashlib.sha256("\0".join((IMPORTER_VERSION, *extra)).encode())
    for path in paths:
        if path is None:
            continue
        with open_source(path) as stream:
            while block := stream.read(1 << 20):
                digest.update(block)
    return f"sha256:{digest.hexdigest()}"


def _already_imported(directory: Path, graph: str, checksum: str) -> bool:
    """True if ``graph`` already holds a file with ``checksum``."""
    live = _live(directory)
    if live is None:
        return False
    store = Store.read_only(str(live))
    asked = store.query(
        f"ASK {{ GRAPH <{graph}> {{ <{graph}> <{DKG.sourceChecksum}> {OxLiteral(checksum)} }} }}"
    )
    return bool(asked)


def _progress(records: Iterable[_Record], quiet: bool, description: str) -> Iterator[_Record]:
    """Pass records through, with a tqdm bar on a terminal once the import takes over 1 s.

    The bulk load reads while the rows are read and finishes after them: a line says so when
    the bar was shown.
    """
    if quiet or not sys.stderr.isatty():
        yield from records
        return
    from tqdm import tqdm

    started = time.perf_counter()
    with tqdm(desc=description, unit=" rows", delay=1.0, mininterval=0.5, file=sys.stderr) as bar:
        pending = 0
        for record in records:
            pending += 1
            if pending == 8192:
                bar.update(pending)
                pending = 0
            yield record
        bar.update(pending)
    if time.perf_counter() - started > 1.0:  # the bar was shown; the load goes on after it
        print("all rows read; the store is building its indexes …", file=sys.stderr)


def _provenance_quads(graph: str, fields: dict[str, str], summary: ImportSummary) -> str:
    node, context = f"<{graph}>", f" <{graph}> .\n"

    def count(value: int) -> OxLiteral:
        return OxLiteral(str(value), datatype=NamedNode(_XSD_COUNT))

    lines = [
        f"{node} {_RDF_TYPE} <{DKG.ImportedFile}>",
        f"{node} {_RDF_TYPE} <{_PROV}Entity>",
        f"{node} <{DKG.sourceFormat}> {OxLiteral(fields['format'])}",
        f"{node} <{DKG.sourceChecksum}> {OxLiteral(fields['checksum'])}",
        f"{node} <{_DCTERMS}source> {OxLiteral(fields['source'])}",
        f"{node} <{DKG.rowsRead}> {count(summary.rows_read)}",
        f"{node} <{DKG.rowsImported}> {count(summary.rows_imported)}",
        f"{node} <{DKG.rowsSkipped}> {count(summary.rows_skipped)}",
    ]
    return "".join(line + context for line in lines)


def import_history(
    format_name: str,
    path: Path | str,
    *,
    rollcalls: Path | str | None = None,
    store_dir: Path | str = DEFAULT_STORE,
    force: bool = False,
    quiet: bool = True,
    name: str | None = None,
) -> ImportResult:
    """Import one voting file (format ``undl``, ``voeten`` or ``tidy``) into the store.

    The file becomes the named graph ``graph/import-<format>-<name>``, ``name`` being the
    file's name unless given (replacing an earlier import under that name: ``dkg import
    --latest`` and ``dkg update`` name the graph after the source, so a new version of a
    source's file replaces the old one); its shortcut triples are derived by the rules in
    ``kg/rules/``. The same file again changes nothing unless ``force``.

    Raises
    ------
    kg.errors.DataError
        When the file cannot be read; the store is then left as it was.
    """
    from kg.sources.history import default_rollcalls_path

    path = Path(path)
    rollcalls_path = Path(rollcalls) if rollcalls else default_rollcalls_path(format_name, path)
    key = f"import-{format_name}-{slug(name or path.name)}"
    graph, inferred = str(graph_iri(key)), str(graph_iri(f"inferred-{key}"))
    summary = ImportSummary()
    # The shortcuts go into the same N-Quads stream (one bulk load, no second pass over
    # the graph) when the rules map each ballot to one triple; else they are derived below.
    properties = shortcut_properties()
    options: Counter[str] = Counter()
    source = path.name + (f" with {rollcalls_path.name}" if rollcalls_path else "")

    def write_nquads(stream: TextIO) -> int:
        records = read_history(format_name, path, rollcalls=rollcalls_path, summary=summary)
        records = _count_options(_progress(records, quiet, f"reading {path.name}"), options)
        quads = 0
        for chunk in history_nquads(
            records, graph, shortcuts=properties, inferred=inferred if properties else None
        ):
            stream.write(chunk)
            quads += chunk.count("\n")
        return quads

    shortcuts = 0

    def derive(store: Store, seconds: dict[str, float]) -> None:
        nonlocal shortcuts
        if properties is None:
            started = time.perf_counter()
            shortcuts = derive_shortcuts_in_store(store, graph, inferred)
            seconds["derive"] = time.perf_counter() - started
        else:
            shortcuts = sum(options[code] for code in properties)

    fields = {"format": format_name, "source": source}
    result = _import_graph(
        Path(store_dir), graph, {graph, inferred}, (path, rollcalls_path), fields, summary,
        write_nquads, force=force, after_load=derive,
    )  # fmt: skip
    if not result.unchanged:
        result.shortcuts = shortcuts
        result.quads_loaded -= shortcuts  # quads_loaded counts the import graph's own quads
    return result


def import_graph(
    format_name: str,
    paths: Sequence[Path | str | None],
    write: Callable[[TextIO, str], int],
    summary: ImportSummary,
    *,
    store_dir: Path | str = DEFAULT_STORE,
    force: bool = False,
    source: str | None = None,
    after_load: Callable[[Store, dict[str, float]], None] | None = None,
) -> ImportResult:
    """Import the N-Quads a source writes as the named graph of its file, atomically.

    The store machinery of :func:`import_history` for any source: ``write(stream, graph)``
    writes the quads of graph ``graph/import-<format>-<first file's name>`` and returns how
    many; it fills ``summary`` as it reads. The graph records where it came from (format,
    file names, SHA-256 of the files and the importer, rows read / imported / skipped);
    importing the same files again changes nothing unless ``force``, a file of the same name
    with other contents replaces the graph, and a failure leaves the store as it was.
    """
    named = [Path(path) for path in paths if path is not None]
    graph = str(graph_iri(f"import-{format_name}-{slug(named[0].name)}"))
    fields = {"format": format_name, "source": source or " with ".join(p.name for p in named)}
    return _import_graph(
        Path(store_dir), graph, {graph}, named, fields, summary,
        lambda stream: write(stream, graph), force=force, after_load=after_load,
    )  # fmt: skip


def import_relations(
    format_name: str,
    path: Path | str,
    *,
    states: Path | str | None = None,
    store_dir: Path | str = DEFAULT_STORE,
    force: bool = False,
    quiet: bool = True,
) -> ImportResult:
    """Import one relation dataset (``atop``, ``archigos``, ``igo``, ``rivalries``, ``states``:
    see :mod:`kg.sources.relations`) into the store, as :func:`import_graph` does.

    ``states`` is COW IGO's state-year file, imported with the dyad-year file (``igo``).
    """
    from kg.sources.relations import relation_writer

    def progress(rows: Iterable[_Record], description: str) -> Iterator[_Record]:
        return _progress(rows, quiet, description)

    path = Path(path)
    states = Path(states) if states is not None else None
    summary, write = relation_writer(format_name, path, states=states, progress=progress)
    return import_graph(
        format_name, (path, states), write, summary, store_dir=store_dir, force=force,
        after_load=_ensure_ontology,
    )  # fmt: skip


def _import_graph(
    directory: Path,
    graph: str,
    replaced: set[str],
    paths: Iterable[Path | None],
    fields: dict[str, str],
    summary: ImportSummary,
    write: Callable[[TextIO], int],
    *,
    force: bool,
    after_load: Callable[[Store, dict[str, float]], None] | None = None,
) -> ImportResult:
    """Load what ``write`` writes, then the provenance of ``graph``, into a new generation.

    ``replaced`` are the graphs this import owns (``graph`` and its inferences): when the live
    store holds any of them, the new generation starts empty and the bulk load also carries
    every other graph, dumped from the live one (deleting millions of quads one by one is a
    transaction: 8 minutes and 5.5 GB for the full history).
    """
    checksum = _checksum(paths, fields["format"])
    seconds: dict[str, float] = {}
    with _lock(directory):
        if not force and _already_imported(directory, graph, checksum):
            return ImportResult(graph, None, unchanged=True)
        live = _live(directory)
        held = Store.read_only(str(live)) if live is not None else None
        replacing = held is not None and any(
            held.contains_named_graph(NamedNode(name)) for name in replaced
        )
        del held
        provenance = {**fields, "checksum": checksum}

        def write_store(stream: TextIO) -> int:
            if replacing:
                _write_retained(live, replaced, stream, directory)
            quads = write(stream)
            text = _provenance_quads(graph, provenance, summary)
            stream.write(text)
            return quads + text.count("\n")

        with _new_generation(directory, copy=not replacing) as store:
            started = time.perf_counter()
            quads, seconds["read"] = _load_while_writing(store, write_store)
            if summary.rows_read and not summary.rows_imported:
                raise _nothing_imported(fields["format"], [p for p in paths if p], summary)
            _ensure_registry(store)
            seconds["read and load"] = time.perf_counter() - started
            if after_load is not None:
                after_load(store, seconds)
    return ImportResult(graph, summary, False, 0, quads, seconds)


def _nothing_imported(format_name: str, paths: list[Path], summary: ImportSummary) -> DataError:
    """The error for a file whose every row was skipped: most likely another format."""
    from kg.sources.history import likely_formats
    from kg.vocabulary import VOTE_FORMATS

    reasons = ", ".join(f"{count} x {reason}" for reason, count in summary.skipped.most_common(2))
    others = [name for name in likely_formats(paths[0]) if name != format_name]
    if others:
        fix = (
            f"its columns are those of the {others[0]} format: "
            f"dkg import {others[0]} {paths[0].name}"
        )
    else:
        fix = f"check that the file is in the {format_name} format (vote formats: " + (
            ", ".join(VOTE_FORMATS) + ")"
        )
    return DataError(
        f"nothing imported: all {summary.rows_read} rows were skipped ({reasons}); "
        "the store is left as it was",
        where=str(paths[0]),
        fix=fix,
    )


def _load_while_writing(store: Store, write: Callable[[TextIO], int]) -> tuple[int, float]:
    """Bulk-load the N-Quads that ``write`` writes, reading them while they are written.

    ``write`` runs in a thread and writes into a pipe that the bulk loader reads, so parsing
    the source file (Python, one core) and building the store's indexes (the loader's
    threads) overlap instead of following each other, and no N-Quads file is written to
    disk. Returns what ``write`` returned (the number of quads) and its seconds.

    An error in ``write`` ends the stream, and is raised here once the loader has stopped
    (the caller's new generation, holding a partial load, is then thrown away); an error in
    the loader closes the pipe, which stops ``write`` at its next chunk.
    """
    read_end, write_end = os.pipe()
    if hasattr(fcntl, "F_SETPIPE_SZ"):  # Linux: fewer, larger hand-overs than 64 KiB
        with contextlib.suppress(OSError):
            fcntl.fcntl(write_end, fcntl.F_SETPIPE_SZ, 1 << 20)
    outcome: dict[str, Any] = {}
    started = time.perf_counter()

    def produce() -> None:
        try:
            with open(write_end, "w", encoding="utf-8") as stream:
                outcome["quads"] = write(stream)
        except BaseException as error:  # re-raised in the caller's thread below
            outcome["error"] = error
        outcome["seconds"] = time.perf_counter() - started

    writer = threading.Thread(target=produce, name="dkg-import-writer", daemon=True)
    writer.start()
    loader_error: BaseException | None = None
    try:
        # lenient: the N-Quads were written here from validated codes and escaped strings,
        # so the loader's IRI checks would only repeat ours (10% of the load).
        store.bulk_load(path=f"/dev/fd/{read_end}", format=RdfFormat.N_QUADS, lenient=True)
    except BaseException as error:
        loader_error = error
    finally:
        os.close(read_end)
        writer.join()
    error = outcome.get("error")
    # The writer's own error comes first (it is why the stream stopped), unless the writer
    # stopped only because the failing loader closed the pipe.
    if error is not None and not (loader_error and isinstance(error, BrokenPipeError)):
        raise error
    if loader_error is not None:
        raise loader_error
    return outcome["quads"], outcome["seconds"]


def _write_retained(live: Path, dropped: set[str], stream: TextIO, scratch: Path) -> int:
    """Write the live database's quads as N-Quads, except those of the ``dropped`` graphs.

    Each graph is dumped by Oxigraph (N-Triples, through a scratch file, so a big graph never
    sits in memory) and its lines get the graph's name. One stream for all graphs keeps a
    blank node that two graphs share one node when the stream is loaded. Returns the number
    of quads written.
    """
    source = Store.read_only(str(live))
    graphs = [DefaultGraph(), *(g for g in source.named_graphs() if g.value not in dropped)]
    written = 0
    with tempfile.TemporaryDirectory(dir=scratch, prefix=".retained-") as temporary:
        dump = Path(temporary) / "graph.nt"
        for graph in graphs:
            source.dump(output=str(dump), format=RdfFormat.N_TRIPLES, from_graph=graph)
            # "s p o .\n" becomes "s p o <g> .\n"; the default graph's lines stay triples
            context = " .\n" if isinstance(graph, DefaultGraph) else f" {graph} .\n"
            with dump.open(encoding="utf-8") as lines:
                while block := lines.readlines(1 << 20):
                    stream.write("".join(line[:-3] + context for line in block))
                    written += len(block)
    return written


def _count_options(records: Iterable[_Record], options: Counter[str]) -> Iterator[_Record]:
    """Pass records through, counting the ballots by option."""
    for record in records:
        if isinstance(record, HistoryBallot):
            options[record.option] += 1
        yield record


def shortcut_properties() -> dict[str, str] | None:
    """The shortcut property the rules of ``kg/rules/`` derive from a ballot, by option code.

    Learnt by running the rules (:func:`derive_shortcuts_in_store`, the same function and
    files as a derive pass) over one probe ballot per option in a small in-memory store, so
    the rule files stay the definition. ``None`` when the rules are not a mapping of each
    ballot to one ``voter property rollcall`` triple (a rule that joins other data, say):
    the import then derives the shortcuts after loading, as before.

    >>> sorted((code, iri.rsplit("#")[-1]) for code, iri in shortcut_properties().items())
    [('A', 'abstainedOn'), ('N', 'votedNo'), ('X', 'didNotVote'), ('Y', 'votedYes')]
    """
    from pyoxigraph import Quad

    probe, source, target = Store(), NamedNode(f"{graph_iri('probe')}"), "urn:dkg:probe-derived"
    expected: dict[tuple[str, str], str] = {}
    for code, option in OPTION_IRIS.items():
        voter, rollcall = state_iri(f"PROBE{code}"), rollcall_iri(f"probe-{code}")
        ballot = NamedNode(str(ballot_iri(f"probe-{code}", f"PROBE{code}")))
        for predicate, value in (
            (_RDF_TYPE.strip("<>"), DKG.Ballot), (DKG.voter, voter),
            (DKG.rollCall, rollcall), (DKG.option, option),
        ):  # fmt: skip
            probe.add(Quad(ballot, NamedNode(str(predicate)), NamedNode(str(value)), source))
        expected[(str(voter), str(rollcall))] = code
    derive_shortcuts_in_store(probe, source.value, target)
    properties: dict[str, str] = {}
    for quad in probe.quads_for_pattern(None, None, None, NamedNode(target)):
        code = expected.get((quad.subject.value, quad.object.value))
        if code is None or code in properties:
            return None
        properties[code] = quad.predicate.value
    return properties


def _unique_quads(staging: Store, store: Store) -> bytes:
    """The staged quads as N-Quads, each triple once: in its first graph, and not if the store
    already holds it.

    Oxigraph's union default graph is a multiset: a triple stored in two graphs matches twice,
    so a query without DISTINCT (a COUNT, say) would count it twice, where rdflib's union
    counts it once. The built dataset repeats triples (``inferred`` restates some asserted
    facts), so each triple is kept in the first graph that states it (``inferred`` last).
    """

    def order(graph) -> tuple[bool, str]:
        return (str(graph).endswith("/inferred>"), str(graph))

    graphs = [DefaultGraph(), *sorted(staging.named_graphs(), key=order)]
    seen: set[tuple[str, str, str]] = set()
    lines = []
    for graph in graphs:
        for quad in staging.quads_for_pattern(None, None, None, graph):
            key = (str(quad.subject), str(quad.predicate), str(quad.object))
            if key in seen or next(
                iter(store.quads_for_pattern(quad.subject, quad.predicate, quad.object)), None
            ):
                continue
            seen.add(key)
            lines.append(f"{str(quad).removesuffix(' .')} .\n")
    return "".join(lines).encode()


def _ensure_registry(store: Store) -> None:
    """Add the state registry (graph ``registry``) when the store has none.

    The queries name states by ``dkg:iso3`` and ``dkg:shortName``, which the registry holds;
    with it the store answers them without the built dataset. ``dkg import dataset`` replaces
    it by the built dataset's copy (the same triples).
    """
    registry = NamedNode(str(graph_iri("registry")))
    if store.contains_named_graph(registry):
        return
    from kg.registry import registry_graph

    data = registry_graph().serialize(format="nt", encoding="utf-8")
    store.load(data, format=RdfFormat.N_TRIPLES, to_graph=registry)


def _ensure_ontology(store: Store, seconds: dict[str, float] | None = None) -> None:
    """Add the ontology (graph ``ontology``) when the store has none.

    The relation queries print the labels of the ontology's concepts (how a leader left
    office, the kinds of a pledge); ``dkg import dataset`` replaces it by the built dataset's
    copy (the same triples).
    """
    ontology = NamedNode(str(graph_iri("ontology")))
    if store.contains_named_graph(ontology):
        return
    from kg.ontology import load_ontology

    data = load_ontology().serialize(format="nt", encoding="utf-8")
    store.load(data, format=RdfFormat.N_TRIPLES, to_graph=ontology)


def derive_shortcuts_in_store(store: Store, source_graph: str, target_graph: str) -> int:
    """Run the CONSTRUCT rules of ``kg/rules/`` over one graph; add the results to another.

    The same rule files the build applies with rdflib (:func:`kg.build.derive_shortcuts`);
    here Oxigraph evaluates them and its bulk loader stores the result. Returns the number of
    triples derived.

    >>> from pyoxigraph import Quad
    >>> from kg.ontology import ballot_iri, rollcall_iri, state_iri
    >>> store, g = Store(), "https://example.org/g"
    >>> ballot = NamedNode(str(ballot_iri("ga-x", "USA")))
    >>> for p, o in ((DKG.voter, state_iri("USA")), (DKG.rollCall, rollcall_iri("ga-x")),
    ...              (DKG.option, DKG.No)):
    ...     store.add(Quad(ballot, NamedNode(str(p)), NamedNode(str(o)), NamedNode(g)))
    >>> derive_shortcuts_in_store(store, g, "https://example.org/inferred")
    1
    >>> [str(q.predicate.value).rsplit("#")[-1] for q in store.quads_for_pattern(None, None, None,
    ...  NamedNode("https://example.org/inferred"))]
    ['votedNo']
    """
    derived = 0
    for rule in sorted(RULES_DIR.glob("*.rq")):
        triples = store.query(
            rule.read_text(encoding="utf-8"), default_graph=NamedNode(source_graph)
        )
        data = triples.serialize(format=RdfFormat.N_TRIPLES) or b""
        derived += data.count(b"\n")
        if data:
            store.bulk_load(data, format=RdfFormat.N_TRIPLES, to_graph=NamedNode(target_graph))
    return derived


def import_dataset(path: Path | str, *, store_dir: Path | str = DEFAULT_STORE) -> ImportResult:
    """Load a dataset written by ``dkg build`` (``out/kg.trig`` or ``.nq``) into the store.

    Its named graphs (ontology, registry, votes, event, inferred) and its default graph
    replace those of an earlier load, so ``dkg query --store`` sees the curated event graph
    beside the imported history. Loading the same file again changes nothing. Each triple is
    stored once (see :func:`_unique_quads`): triples the store already holds, such as the
    Ukraine roll calls' ballots imported with the history, are not stored a second time, so
    load the history first, then the dataset.
    """
    path, directory = Path(path), Path(store_dir)
    formats = {".trig": RdfFormat.TRIG, ".nq": RdfFormat.N_QUADS}
    if path.suffix not in formats:
        raise DataError(
            f"cannot load {path.suffix!r} files into the store",
            where=str(path),
            fix="give the .trig or .nq file written by dkg build",
        )
    key = f"import-dataset-{slug(path.name)}"
    graph = str(graph_iri(key))
    checksum = _checksum((path,), "dataset")
    with _lock(directory):
        if _already_imported(directory, graph, checksum):
            return ImportResult(graph, None, unchanged=True)
        staging = Store()
        try:
            staging.load(path=str(path), format=formats[path.suffix])
        except (OSError, SyntaxError, ValueError) as error:
            raise DataError(f"cannot parse the dataset: {error}", where=str(path)) from error
        started = time.perf_counter()
        with _new_generation(directory) as store:
            store.clear_graph(DefaultGraph())
            for name in (*staging.named_graphs(), NamedNode(graph)):
                if store.contains_named_graph(name):
                    store.remove_graph(name)
            store.load(_unique_quads(staging, store), format=RdfFormat.N_QUADS)
            fields = {"format": "dataset", "checksum": checksum, "source": path.name}
            store.load(
                _provenance_quads(graph, fields, ImportSummary()).encode(),
                format=RdfFormat.N_QUADS,
            )
    seconds = {"load": time.perf_counter() - started}
    return ImportResult(graph, None, False, 0, len(staging), seconds)


# --- the analysis vote matrix of a store, cached beside its live generation -----------------

#: bump when VoteMatrix or the cache layout changes: older cache files are then ignored
CACHE_FORMAT = 2
_CACHE_PREFIX = ".matrix-"


def store_matrix(directory: Path | str = DEFAULT_STORE) -> VoteMatrix:
    """The vote matrix of the store's live generation: from its cache, else extracted and cached.

    The matrix (:class:`kg.analysis.matrix.VoteMatrix`) is extracted once per generation and
    kept beside it, in ``STORE/.matrix-<generation>.npz`` (numpy arrays and JSON, no pickle):
    later calls read that file instead of querying the store, until an import makes a new
    generation. A store directory that cannot be written is read as before, without the cache.
    """
    from kg.analysis.sources import extract_matrix

    directory = Path(directory)
    generation = live_generation(directory)
    if generation is None:
        return extract_matrix(open_store(directory))  # raises: no store here
    cache = directory / f"{_CACHE_PREFIX}{generation}.npz"
    cached = _read_cache(cache)
    if cached is not None:
        return cached
    matrix = extract_matrix(open_store(directory))
    # An import that replaced the generation meanwhile would make this cache mislabelled.
    if live_generation(directory) == generation:
        _write_cache(cache, matrix)
    return matrix


def _cache_key() -> str:
    """The cache format and a digest of the query: either changing invalidates old caches."""
    from kg.analysis.sources import QUERY_FILE

    digest = hashlib.sha256(QUERY_FILE.read_bytes()).hexdigest()[:16]
    return f"{CACHE_FORMAT}:{digest}"


def _write_cache(path: Path, matrix: VoteMatrix) -> None:
    """Write ``matrix`` to ``path`` (numpy arrays + JSON, no pickle); give up quietly on OSError.

    Caches of other generations in the directory go at the same time.
    """
    import numpy as np
    import pandas as pd

    rollcalls = matrix.rollcalls
    metadata = {
        "key": _cache_key(),
        "states": list(matrix.states),
        **{
            column: rollcalls[column].tolist()
            for column in ("id", "session", "symbol", "title", "organ")
        },
        "year": [None if pd.isna(year) else int(year) for year in rollcalls["year"]],
        "topics": [list(topics) for topics in rollcalls["topics"]],
        "important": [None if pd.isna(flag) else bool(flag) for flag in rollcalls["important"]],
    }
    arrays = {
        "votes": matrix.votes,
        "dates": rollcalls["date"].to_numpy(),
        "metadata": np.frombuffer(json.dumps(metadata).encode("utf-8"), dtype=np.uint8),
    }
    try:
        write_atomic(path, lambda stream: np.savez(stream, **arrays))
        for stale in path.parent.glob(f"{_CACHE_PREFIX}*.npz"):
            if stale.name != path.name:
                stale.unlink(missing_ok=True)
    except OSError:
        pass  # a store the user may read but not write: it works, only without the cache


def _read_cache(path: Path) -> VoteMatrix | None:
    """The matrix cached in ``path``, or None when it is missing, unreadable or outdated."""
    import numpy as np
    import pandas as pd

    from kg.analysis.matrix import VoteMatrix

    try:
        with np.load(path, allow_pickle=False) as arrays:
            votes, dates = arrays["votes"], arrays["dates"]
            metadata = json.loads(arrays["metadata"].tobytes().decode("utf-8"))
        if metadata["key"] != _cache_key():
            return None  # another cache format or another query
        states, ids = tuple(metadata["states"]), metadata["id"]
        if votes.dtype != np.int8 or votes.shape != (len(states), len(ids)):
            raise ValueError("the vote codes do not fit the states and roll calls")
        rollcalls = pd.DataFrame(
            {
                "id": ids,
                "date": dates,
                "year": pd.array(metadata["year"], dtype="Int64"),
                "session": metadata["session"],
                "symbol": metadata["symbol"],
                "title": metadata["title"],
                "organ": metadata["organ"],
                "topics": [tuple(topics) for topics in metadata["topics"]],
                "important": pd.array(metadata["important"], dtype="boolean"),
            }
        )
    except (OSError, ValueError, KeyError, TypeError, zipfile.BadZipFile):
        return None  # extracted again, and the cache rewritten
    return VoteMatrix(votes, states, rollcalls)
