"""The voting history as N-Quads, written as strings so that millions of ballots stream.

Roll calls, their motions and ballots go to one named graph, with the facts known only at
the end (whether each roll call's ballots are complete, the UNBIS concepts met) and, when
asked, the ``dkg:votedYes`` … shortcut quads the rules of ``kg/rules/`` derive.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator

from pyoxigraph import Literal as OxLiteral
from pyoxigraph import NamedNode

from kg.ontology import (
    DKG,
    ballot_iri,
    concept_iri,
    motion_iri,
    organ_iri,
    rollcall_iri,
    state_iri,
)
from kg.sources.history.records import HistoryBallot, HistoryRollCall, Topic
from kg.sources.history.rows import is_web_iri
from kg.vocabulary import COUNT_IRIS, VOETEN_ISSUE_IRIS, VOTE_OPTIONS

__all__ = ["history_nquads"]

_RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
_RDFS_LABEL = "<http://www.w3.org/2000/01/rdf-schema#label>"
_SKOS = "http://www.w3.org/2004/02/skos/core#"
_PROV_DERIVED = "<http://www.w3.org/ns/prov#wasDerivedFrom>"
_XSD = "http://www.w3.org/2001/XMLSchema#"
_OPTION_IRIS = {option.code: f"<{DKG[option.term]}>" for option in VOTE_OPTIONS}
_KIND_CLASSES = {
    "resolution": DKG.Resolution,
    "draft": DKG.DraftResolution,
    "amendment": DKG.Amendment,
    "paragraph": DKG.Motion,
}


def _string(text: str) -> str:
    """A plain string literal in N-Triples syntax, escaped by pyoxigraph's own serialiser."""
    return str(OxLiteral(text))


def _typed(value: object, datatype: str) -> str:
    return f'"{value}"^^<{_XSD}{datatype}>'


def history_nquads(
    records: Iterable[HistoryRollCall | HistoryBallot],
    graph: str,
    *,
    shortcuts: dict[str, str] | None = None,
    inferred: str | None = None,
) -> Iterator[str]:
    """N-Quads lines (in chunks) for the records, all in the named graph ``graph``.

    Strings are built directly, not through rdflib objects, so millions of ballots stream
    through in seconds. After the last record come the facts known only at the end: whether
    each roll call's ballots are complete (their counts equal the file's tallies) and the
    UNBIS concepts met.

    Shortcut triples (``dkg:votedYes`` …) are written only when ``shortcuts`` maps each
    option code (``Y``, ``N``, ``A``, ``X``) to the property that the rules of ``kg/rules/``
    derive from a ballot with that option (:func:`kg.store.shortcut_properties` learns it by
    running the rules): one quad per ballot, ``state property rollcall``, in the graph
    ``inferred``. So one bulk load stores the ballots and their shortcuts, without a second
    pass over the loaded graph; the rule file stays the definition.

    >>> ballot = HistoryBallot("ga-es-11-1", "USA", "Y", 2)
    >>> line = "".join(history_nquads([ballot], "https://example.org/g")).splitlines()[1]
    >>> [term.rsplit("/", 1)[-1] for term in line.split()]
    ['USA>', 'ontology#voter>', 'USA>', 'g>', '.']
    >>> text = "".join(history_nquads([ballot], "https://example.org/g",
    ...     shortcuts={"Y": str(DKG.votedYes)}, inferred="https://example.org/i"))
    >>> [term.rsplit("/", 1)[-1] for term in text.splitlines()[4].split()]
    ['USA>', 'ontology#votedYes>', 'ga-es-11-1>', 'i>', '.']
    """
    if shortcuts is not None and inferred is None:
        raise ValueError("shortcut quads need the graph they go to (inferred=…)")
    context = f" <{graph}> .\n"
    shortcut_context = f" <{inferred}> .\n"
    shortcut_properties = {code: f" <{iri}> " for code, iri in (shortcuts or {}).items()}
    ballot_type = f" {_RDF_TYPE} <{DKG.Ballot}>{context}"
    voter, rollcall_property, option_property = (
        f" <{DKG.voter}> ", f" <{DKG.rollCall}> ", f" <{DKG.option}> "
    )  # fmt: skip
    ballot_prefix = str(ballot_iri("x", "X"))[: -len("x/X")]
    state_prefix = str(state_iri("X"))[:-1]
    rollcall_prefix = str(rollcall_iri("x"))[:-1]
    names = {option.word: option.code for option in VOTE_OPTIONS}
    tallies: dict[str, dict[str, int]] = {}
    counted: defaultdict[str, Counter[str]] = defaultdict(Counter)
    concepts: dict[str, Topic] = {}
    chunk: list[str] = []
    for record in records:
        if isinstance(record, HistoryBallot):
            ballot = f"<{ballot_prefix}{record.rollcall_id}/{record.iso3}>"
            chunk.append(
                f"{ballot}{ballot_type}"
                f"{ballot}{voter}<{state_prefix}{record.iso3}>{context}"
                f"{ballot}{rollcall_property}<{rollcall_prefix}{record.rollcall_id}>{context}"
                f"{ballot}{option_property}{_OPTION_IRIS[record.option]}{context}"
            )
            shortcut = shortcut_properties.get(record.option)
            if shortcut is not None:
                chunk.append(
                    f"<{state_prefix}{record.iso3}>{shortcut}"
                    f"<{rollcall_prefix}{record.rollcall_id}>{shortcut_context}"
                )
            counted[record.rollcall_id][record.option] += 1
            if len(chunk) >= 4096:
                yield "".join(chunk)
                chunk = []
            continue
        tallies[record.id] = record.tallies
        counted[record.id] = Counter()
        chunk.append(_rollcall_quads(record, context, concepts))
    for rollcall_id, counts in counted.items():
        official = tallies.get(rollcall_id, {})
        # Complete only when all four official counts are known and every ballot is there.
        if official.keys() == names.keys():
            complete = all(counts[names[name]] == value for name, value in official.items())
            chunk.append(
                f"<{rollcall_iri(rollcall_id)}> <{DKG.ballotsComplete}> "
                f"{_typed('true' if complete else 'false', 'boolean')}{context}"
            )
    for key, topic in concepts.items():
        if topic.scheme == "unbis":
            chunk.append(
                f"<{key}> {_RDF_TYPE} <{_SKOS}Concept>{context}"
                f"<{key}> <{_SKOS}prefLabel> {_string(topic.term)}{context}"
                f"<{key}> {_RDFS_LABEL} {_string(topic.term)}{context}"
                f"<{key}> <{_SKOS}inScheme> <{DKG.UNBISSubjects}>{context}"
            )
    yield "".join(chunk)


def _rollcall_quads(rollcall: HistoryRollCall, context: str, concepts: dict[str, Topic]) -> str:
    node = f"<{rollcall_iri(rollcall.id)}>"
    lines = [
        f"{node} {_RDF_TYPE} <{DKG.RollCall}>",
        f"{node} <{DKG.organ}> <{organ_iri('GA')}>",
        f"{node} <{DKG.sourceIdentifier}> {_string(rollcall.source_id)}",
    ]
    described = rollcall.symbol or rollcall.source_id
    part = {"amendment": "an amendment to ", "paragraph": "a paragraph of "}.get(rollcall.kind, "")
    label = f"GA vote on {part}{described}" + (f", {rollcall.date}" if rollcall.date else "")
    lines.append(f"{node} {_RDFS_LABEL} {_string(label)}")
    if rollcall.symbol:
        resolution = f"<{motion_iri(rollcall.symbol)}>"
        if rollcall.kind in ("amendment", "paragraph"):
            # The voted text is not the resolution itself: a node of its own, linked to it.
            motion = f"<{motion_iri(rollcall.symbol + ' ' + rollcall.source_id)}>"
            lines += [
                f"{motion} {_RDF_TYPE} <{_KIND_CLASSES[rollcall.kind]}>",
                f"{motion} {_RDFS_LABEL} {_string(label)}",
                f"{motion} <{DKG.amends}> {resolution}",
            ]
            kind = "resolution"
        else:
            motion, kind = resolution, rollcall.kind
        lines += [
            f"{resolution} {_RDF_TYPE} <{_KIND_CLASSES[kind]}>",
            f"{resolution} <{DKG.symbol}> {_string(rollcall.symbol)}",
            f"{resolution} {_RDFS_LABEL} {_string(rollcall.symbol)}",
            f"{node} <{DKG.motion}> {motion}",
        ]
        if rollcall.title:
            lines.append(f"{resolution} <{DKG.title}> {_string(rollcall.title)}")
        if kind == "resolution" and rollcall.kind == "resolution":
            # A resolution exists only if it was adopted; drafts' results are not in the files.
            lines.append(f"{node} <{DKG.result}> <{DKG.Adopted}>")
    if rollcall.date:
        lines.append(f"{node} <{DKG.date}> {_typed(rollcall.date.isoformat(), 'date')}")
    elif rollcall.year is not None:
        lines.append(f"{node} <{DKG.year}> {_typed(rollcall.year, 'integer')}")
    if rollcall.session:
        lines.append(f"{node} <{DKG.session}> {_string(rollcall.session)}")
    for name, value in rollcall.tallies.items():
        lines.append(f"{node} <{COUNT_IRIS[name]}> {_typed(value, 'nonNegativeInteger')}")
    if rollcall.record_link:
        link = OxLiteral(rollcall.record_link, datatype=NamedNode(f"{_XSD}anyURI"))
        lines.append(f"{node} <{DKG.recordLink}> {link}")
        if is_web_iri(rollcall.record_link):
            lines.append(f"{node} {_PROV_DERIVED} <{rollcall.record_link}>")
    if rollcall.important is not None:
        lines.append(
            f"{node} <{DKG.importantVote}> "
            f"{_typed('true' if rollcall.important else 'false', 'boolean')}"
        )
    for topic in rollcall.topics:
        if topic.scheme == "voeten":
            concept = str(VOETEN_ISSUE_IRIS[topic.term])
        else:
            concept = str(concept_iri(topic.scheme, topic.term))
            concepts.setdefault(concept, topic)
        lines.append(f"{node} <{DKG.topic}> <{concept}>")
    if rollcall.note:
        lines.append(f"{node} <{DKG.note}> {_string(rollcall.note)}")
    return "".join(line + context for line in lines)
