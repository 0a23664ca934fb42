"""Assemble the knowledge graph: one named graph per source, validated, with derived facts.

``build()`` is the whole pipeline behind ``dkg build``::

    ontology/*.ttl ─┐
    registry       ├─► Dataset (a named graph per source) ─► SHACL ─► rules + HermiT
    votes          │                                                  └─► graph `inferred`
    event          ┘

>>> result = build(reason=False)
>>> result.validation.conforms
True
>>> result.triples_per_graph()["votes"] > 1900
True
"""

from __future__ import annotations

import hashlib
import os
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF

from kg.errors import DataError, ValidationError
from kg.formats import RDF_FORMATS
from kg.ontology import (
    DATA_DIR,
    GRAPH,
    ONTOLOGY_DIR,
    PACKAGE_DIR,
    RULES_DIR,
    bind_prefixes,
    graph_iri,
    load_ontology,
)
from kg.query import load_query

if TYPE_CHECKING:  # the reasoner and SHACL are loaded only when a build runs
    from kg.reason import ReasoningReport
    from kg.validate import ValidationReport


FORMATS = RDF_FORMATS

__all__ = [
    "FORMATS",
    "BuildResult",
    "assemble",
    "build",
    "derive_shortcuts",
    "load_dataset",
    "rewrite_dataset",
    "write_dataset",
]


@dataclass
class BuildResult:
    """The assembled dataset with the outcome of each check."""

    dataset: Dataset
    validation: ValidationReport
    reasoning: ReasoningReport | None
    seconds: dict[str, float] = field(default_factory=dict)

    def triples_per_graph(self) -> dict[str, int]:
        """Number of triples in each named graph, keyed by the graph's short name."""
        return _triples_per_graph(self.dataset)

    def summary(self) -> str:
        """A few lines for the terminal: triples per graph, SHACL and reasoning outcome."""
        lines = [
            f"  {name:<20} {count:>7} triples" for name, count in self.triples_per_graph().items()
        ]
        lines.append(
            f"  SHACL: {'conforms' if self.validation.conforms else 'VIOLATIONS'}"
            f" ({self.seconds.get('validate', 0):.1f} s)"
        )
        if self.reasoning is None:
            lines.append("  reasoning: skipped")
        else:
            state = "consistent" if self.reasoning.consistent else "INCONSISTENT"
            lines.append(
                f"  reasoning (HermiT): {state}, {len(self.reasoning.inferred)} inferred "
                f"class memberships ({self.seconds.get('reason', 0):.1f} s)"
            )
            by_class = Counter(cls.rsplit("#", 1)[-1] for _, cls in self.reasoning.inferred)
            lines.extend(f"    {name:<18} {count:>4}" for name, count in sorted(by_class.items()))
        return "\n".join(lines)


def assemble(
    *,
    article: Path | None = None,
    data_dir: Path = DATA_DIR,
    ontology_dir: Path = ONTOLOGY_DIR,
) -> Dataset:
    """Gather ontology, registry, roll calls and the curated events into one dataset.

    ``data_dir`` holds ``registry/``, ``votes/``, ``alliances/`` and ``events/`` (default: the
    bundled ``kg/data``). ``article`` is the user's copy of the founding article; when given,
    statement quotes and the document title are filled from it (the project ships only offsets).
    """
    from kg.registry import registry_graph
    from kg.sources.alliances import alliances_graph
    from kg.sources.events.rdf import event_graph
    from kg.sources.votes import votes_graph

    data_dir, ontology_dir = Path(data_dir), Path(ontology_dir)
    dataset = bind_prefixes(Dataset(default_union=True))
    _add_graph(dataset, "ontology", load_ontology(ontology_dir), source_label(ontology_dir))
    registry, votes = data_dir / "registry", data_dir / "votes"
    _add_graph(dataset, "registry", registry_graph(registry), source_label(registry))
    _add_graph(dataset, "votes", votes_graph(votes), source_label(votes))
    alliances = data_dir / "alliances"
    _add_graph(dataset, "alliances", alliances_graph(alliances), source_label(alliances))
    event_files = sorted((data_dir / "events").glob("*.yaml"))
    if not event_files:
        raise DataError(
            f"no curated event files in {data_dir / 'events'}", fix="restore kg/data/events/*.yaml"
        )
    for path in event_files:
        _add_graph(
            dataset,
            f"event-{path.stem[:10]}",
            event_graph(path, article=article),
            source_label(path),
        )
    return dataset


def derive_shortcuts(dataset: Dataset) -> Graph:
    """Apply the SPARQL rules in ``kg/rules/`` (e.g. ballot → ``dkg:votedNo`` shortcut).

    >>> dataset = assemble()
    >>> shortcuts = derive_shortcuts(dataset)
    >>> from kg.ontology import DKG, state_iri, rollcall_iri
    >>> (state_iri("USA"), DKG.votedNo, rollcall_iri("ga-es-11-7")) in shortcuts
    True
    """
    derived = Graph()
    for path in sorted(RULES_DIR.glob("*.rq")):
        rule = load_query(path)
        for triple in dataset.query(rule.prepared):
            derived.add(triple)
    return derived


def build(
    *,
    article: Path | None = None,
    reason: bool = True,
    data_dir: Path = DATA_DIR,
    ontology_dir: Path = ONTOLOGY_DIR,
) -> BuildResult:
    """Assemble, validate (SHACL), derive shortcuts and reason; raise on any violation.

    Raises
    ------
    kg.errors.ValidationError
        When the data violates a shape or the ontology and data are inconsistent.
    kg.errors.DataError
        When a source file cannot be read.
    """
    seconds: dict[str, float] = {}
    started = time.perf_counter()
    dataset = assemble(article=article, data_dir=data_dir, ontology_dir=ontology_dir)
    seconds["assemble"] = time.perf_counter() - started

    started = time.perf_counter()
    from kg.validate import validate

    validation = validate(dataset)
    seconds["validate"] = time.perf_counter() - started
    if not validation.conforms:
        raise ValidationError(
            f"the knowledge graph violates {len(validation.violations)} SHACL constraint(s)",
            report=validation.text(),
            fix="correct the data files named in the report",
        )

    inferred = derive_shortcuts(dataset)
    reasoning = None
    if reason:
        started = time.perf_counter()
        reasoning = _reason(dataset)
        seconds["reason"] = time.perf_counter() - started
        inferred += reasoning.graph()
    _add_graph(dataset, "inferred", inferred, "kg/rules/*.rq and HermiT over the event subset")
    return BuildResult(dataset, validation, reasoning, seconds)


def write_dataset(
    dataset: Dataset, out_dir: Path, formats: list[str] | tuple[str, ...] = ("trig",)
) -> list[Path]:
    """Write the dataset as ``out_dir/kg.<suffix>`` in each format, as one set.

    ``ttl`` flattens all named graphs into one Turtle graph (provenance by graph is lost);
    ``trig``, ``nquads`` and ``jsonld`` keep the named graphs. The files are swapped in
    together (:func:`kg.io.write_set`: a build killed half-way leaves the previous set
    whole), a format the call does not ask for is removed with the old set, and the same
    dataset gives the same bytes (:mod:`kg.serialization`).
    """
    from kg.io import write_set
    from kg.serialization import serialize

    unknown = [name for name in formats if name not in FORMATS]
    if unknown:
        raise DataError(
            f"unknown output format(s): {', '.join(unknown)}",
            fix=f"choose from {', '.join(FORMATS)}",
        )
    contents = {f"kg.{FORMATS[name][1]}": serialize(dataset, name) for name in formats}
    family = [f"kg.{suffix}" for _, suffix in FORMATS.values()]
    return write_set(out_dir, contents, family=family)


def rewrite_dataset(dataset: Dataset, path: Path) -> list[Path]:
    """Write ``dataset`` back to the graph file ``path`` it was read from.

    A file of a build's output set (``out/kg.trig`` as ``dkg build`` wrote it) is not
    rewritten alone: every format of its set is written from ``dataset`` and the set is
    swapped in whole, so ``kg.nq`` and ``kg.jsonld`` never lag behind ``kg.trig``. Any other
    file is rewritten alone (atomically), in the format its suffix names.
    """
    from kg.io import set_files, write_atomic
    from kg.serialization import serialize

    path = Path(path)
    by_suffix = {f"kg.{suffix}": name for name, (_, suffix) in FORMATS.items()}
    members = set_files(path)
    if members is not None and path.name in by_suffix:
        formats = [by_suffix[member] for member in members if member in by_suffix]
        return write_dataset(dataset, path.parent, formats)
    name = {suffix: name for name, (_, suffix) in FORMATS.items()}.get(path.suffix[1:], "trig")
    return [write_atomic(path, serialize(dataset, name))]


def load_dataset(path: Path) -> Dataset:
    """Read a dataset written by ``dkg build`` (TriG or N-Quads) back into memory."""
    path = Path(path)
    if not path.is_file():
        raise DataError(
            f"no knowledge graph at {path}", fix="run `dkg build` first, or pass --kg PATH"
        )
    rdflib_format = {".trig": "trig", ".nq": "nquads", ".jsonld": "json-ld"}.get(path.suffix)
    if rdflib_format is None:
        raise DataError(
            f"cannot read {path.suffix!r} files as a dataset",
            where=str(path),
            fix="give a .trig, .nq or .jsonld file written by dkg build",
        )
    dataset = bind_prefixes(Dataset(default_union=True))
    try:
        dataset.parse(path, format=rdflib_format)
    except Exception as error:
        raise DataError(
            f"cannot parse the knowledge graph: {error}",
            where=str(path),
            fix="rebuild it with `dkg build`",
        ) from error
    return dataset


def _reason(dataset: Dataset) -> ReasoningReport:
    from kg.reason import reason, reasoning_subset

    report = reason(reasoning_subset(dataset))
    if not report.consistent:
        raise ValidationError(
            "the ontology and the data are inconsistent (HermiT)",
            report=report.explanation,
            fix="look for a state with two different ballots on one roll call, or a fact "
            "contradicting a class definition",
        )
    return report


def source_label(path: Path) -> str:
    """How a graph's provenance names its source: the path inside the project (or the
    installed package) for the project's own files, else the file or folder name with the
    SHA-256 of its content; never a path that depends on where the build ran.

    >>> source_label(DATA_DIR / "votes")
    'kg/data/votes'
    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp()) / "my-events"
    >>> _ = folder.mkdir(), (folder / "a.yaml").write_text("x: 1\\n")
    >>> source_label(folder)
    'my-events sha256:...'
    """
    # Not resolved: the checkout's kg/resources/ontology links to ontology/, and both an
    # installed package and a checkout name it kg/resources/ontology.
    path = Path(os.path.normpath(Path(path).absolute()))
    root = PACKAGE_DIR.absolute().parent
    if path.is_relative_to(root):
        return path.relative_to(root).as_posix()
    path = path.resolve()
    digest = hashlib.sha256()
    files = sorted(path.rglob("*")) if path.is_dir() else [path]
    for file in files:
        if file.is_file():
            digest.update(file.relative_to(path).as_posix().encode() + b"\0")
            digest.update(file.read_bytes())
    return f"{path.name} sha256:{digest.hexdigest()}"


def _add_graph(dataset: Dataset, name: str, graph: Graph, origin: str) -> None:
    target = dataset.graph(graph_iri(name))
    for triple in graph:
        target.add(triple)
    # Describe each named graph in the default graph, so a client can ask where a fact came from.
    default = dataset.default_graph
    default.add((graph_iri(name), RDF.type, PROV.Entity))
    default.add((graph_iri(name), DCTERMS.source, Literal(origin)))


def _triples_per_graph(dataset: Dataset) -> dict[str, int]:
    counts = {}
    for context in dataset.graphs():
        identifier = context.identifier
        if isinstance(identifier, URIRef) and str(identifier).startswith(str(GRAPH)):
            counts[str(identifier)[len(str(GRAPH)) :]] = len(context)
    return counts
