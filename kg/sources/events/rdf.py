"""An event annotation as RDF, in the project's shared IRIs."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS, XSD

from kg.errors import DataError
from kg.ontology import (
    DKG,
    ID,
    ballot_iri,
    bind_prefixes,
    graph_iri,
    motion_iri,
    organ_iri,
    person_iri,
    post_iri,
    rollcall_iri,
    state_iri,
)
from kg.sources.events.article import check_article
from kg.sources.events.model import (
    ENTITY_TYPES,
    MOTION_KINDS,
    RESULTS,
    Entity,
    EventAnnotation,
    EvidenceSpan,
    Fact,
)
from kg.sources.events.reader import read_event
from kg.vocabulary import COUNT_IRIS, OPTION_IRIS_BY_WORD

__all__ = ["event_graph"]


def _nonnegative(value: int) -> Literal:
    return Literal(value, datatype=XSD.nonNegativeInteger)


def _day(value: dt.date) -> Literal:
    return Literal(value.isoformat(), datatype=XSD.date)


@dataclass
class _GraphWriter:
    annotation: EventAnnotation
    text: str | None
    graph: Graph
    involved: set[URIRef] = field(default_factory=set)

    @property
    def document(self) -> URIRef:
        return self.annotation.document.iri

    def evidence(
        self,
        node: URIRef,
        owner: str,
        spans: tuple[EvidenceSpan, ...],
        only: set[str] | None = None,
    ) -> None:
        """Attach evidence nodes for ``spans`` (those supporting ``only``, if given) to ``node``."""
        for number, span in enumerate(spans, start=1):
            if only is not None and span.supports is not None and span.supports not in only:
                continue
            self.graph.add((node, DKG.evidence, self.span_node(span, f"{owner}/{number}", owner)))

    def span_node(self, span: EvidenceSpan, local_name: str, owner: str) -> URIRef:
        node = ID[f"evidence/{self.annotation.key}/{local_name}"]
        graph = self.graph
        graph.add((node, RDF.type, DKG.Evidence))
        graph.add((node, DKG.sourceDocument, self.document))
        graph.add((node, PROV.wasDerivedFrom, self.document))
        graph.add((node, DKG.sentenceIndex, _nonnegative(span.sentence)))
        graph.add((node, DKG.charStart, _nonnegative(span.start)))
        graph.add((node, DKG.charEnd, _nonnegative(span.end)))
        label = f"evidence for {owner}" + (f" ({span.supports})" if span.supports else "")
        graph.add((node, RDFS.label, Literal(label)))
        mention = span.mention
        if mention is None and self.text is not None:
            mention = self.text[span.start : span.end]
        if mention is not None:
            graph.add((node, DKG.mention, Literal(mention)))
        return node

    def derived(self, node: URIRef) -> None:
        self.graph.add((node, PROV.wasDerivedFrom, self.document))
        self.involved.add(node)


def event_graph(path: Path | str | None = None, article: Path | str | None = None) -> Graph:
    """The annotation as RDF, for the named graph ``graph_iri(annotation.graph)``.

    Ballots, roll calls, motions, states and persons use the project's shared IRIs, so they
    merge with the vote data and the registry; stances, statements, rules, evidence and the
    entities the file declares are minted under ``id/{stance,statement,rule,evidence,group,
    topic,motion,person}/{event key}/{id}``. With ``article`` (the user's copy, checked by its
    SHA-256) the document's title, statement quotes and withheld mentions are filled in.

    >>> graph = event_graph()
    >>> from kg.ontology import ID
    >>> stance = ID["stance/2025-02-24-unga-ukraine/us-threatens-veto"]
    >>> graph.value(stance, DKG.stanceKind) == DKG.ThreatensVeto
    True
    >>> statement = ID["statement/2025-02-24-unga-ukraine/shea-statement"]
    >>> (statement, DKG.quote, None) in graph  # no article given: the quote stays out
    False
    """
    annotation = read_event(path)
    text = check_article(annotation, article) if article is not None else None
    graph = bind_prefixes(Graph(identifier=graph_iri(annotation.graph)))
    writer = _GraphWriter(annotation, text, graph)
    _write_document(writer)
    for entity in annotation.entities.values():
        _write_entity(writer, entity)
    for fact in annotation.facts:
        _FACT_WRITERS[fact.type](writer, fact)
    event = annotation.iri
    graph.add((event, RDF.type, DKG.NewsEvent))
    graph.add((event, RDFS.label, Literal(annotation.label)))
    graph.add((event, DKG.date, _day(annotation.date)))
    graph.add((event, DKG.reportedIn, writer.document))
    graph.add((event, PROV.wasDerivedFrom, writer.document))
    writer.evidence(event, "event", annotation.evidence)
    for node in sorted(writer.involved - {event}):
        graph.add((event, DKG.involves, node))
    return graph


def _write_document(writer: _GraphWriter) -> None:
    document = writer.annotation.document
    graph, node = writer.graph, document.iri
    graph.add((node, RDF.type, DKG.SourceDocument))
    graph.add(
        (
            node,
            RDFS.label,
            Literal(f"news article of {document.date.isoformat()} ({document.file})"),
        )
    )
    graph.add((node, DKG.date, _day(document.date)))
    graph.add((node, DCTERMS.identifier, Literal(f"sha256:{document.sha256}")))
    graph.add((node, DCTERMS.language, Literal(document.language)))
    if document.publisher is None:
        graph.add((node, DKG.note, Literal("publisher not stated in the copy")))
    else:
        graph.add((node, DCTERMS.publisher, Literal(document.publisher)))
    graph.add((node, DKG.evidence, writer.span_node(document.title, "document/title", "title")))
    if writer.text is not None:
        title = writer.text[document.title.start : document.title.end]
        graph.add((node, DKG.title, Literal(title)))


def _write_entity(writer: _GraphWriter, entity: Entity) -> None:
    graph, node = writer.graph, entity.iri
    rdf_class, _ = ENTITY_TYPES[entity.type]
    graph.add((node, RDF.type, rdf_class))
    graph.add((node, RDFS.label, Literal(entity.label)))
    if entity.type == "topic":
        graph.add((node, SKOS.prefLabel, Literal(entity.label, lang="en")))
    if entity.note:
        graph.add((node, DKG.note, Literal(entity.note)))
    if entity.amends is not None:
        # dkg:amends links one amendment with a symbol; the set only refers to the motion
        graph.add((node, DCTERMS.references, entity.amends.iri))
    writer.evidence(node, entity.id, entity.evidence)
    writer.derived(node)


def _common(writer: _GraphWriter, fact: Fact, node: URIRef) -> None:
    if fact.note:
        writer.graph.add((node, DKG.note, Literal(fact.note)))
    if "identified_by" in fact.fields:
        writer.graph.add(
            (node, DKG.note, Literal(f"Identification: {fact.fields['identified_by']}"))
        )
    writer.derived(node)


def _motion_class(symbol: str) -> URIRef:
    return DKG.Resolution if "/RES/" in symbol else DKG.DraftResolution


def _write_rollcall(writer: _GraphWriter, fact: Fact) -> None:
    graph, fields = writer.graph, fact.fields
    node, motion = rollcall_iri(fields["rollcall"]), motion_iri(fields["motion"])
    graph.add((node, RDF.type, DKG.RollCall))
    graph.add((node, DKG.motion, motion))
    graph.add((motion, RDF.type, _motion_class(fields["motion"])))
    graph.add((motion, DKG.symbol, Literal(fields["motion"])))
    if "date" in fields:
        graph.add((node, DKG.date, _day(fields["date"])))
    if "organ" in fields:
        graph.add((node, DKG.organ, organ_iri(fields["organ"])))
    for option, count in fields.get("tallies", {}).items():
        graph.add((node, COUNT_IRIS[option], _nonnegative(count)))
    if "result" in fields:
        graph.add((node, DKG.result, RESULTS[fields["result"]]))
    writer.evidence(node, fact.id, fact.evidence)
    writer.involved.add(motion)
    _common(writer, fact, node)


def _write_ballot(writer: _GraphWriter, fact: Fact) -> None:
    graph, fields = writer.graph, fact.fields
    node = ballot_iri(fields["rollcall"], fields["voter"])
    graph.add((node, RDF.type, DKG.Ballot))
    graph.add((node, DKG.voter, state_iri(fields["voter"])))
    graph.add((node, DKG.rollCall, rollcall_iri(fields["rollcall"])))
    graph.add((node, DKG.option, OPTION_IRIS_BY_WORD[fields["option"]]))
    writer.evidence(node, fact.id, fact.evidence)
    writer.involved |= {state_iri(fields["voter"]), rollcall_iri(fields["rollcall"])}
    _common(writer, fact, node)


def _write_motion(writer: _GraphWriter, fact: Fact) -> None:
    graph, fields = writer.graph, fact.fields
    node = motion_iri(fields["symbol"])
    graph.add((node, RDF.type, MOTION_KINDS[fields["kind"]]))
    graph.add((node, DKG.symbol, Literal(fields["symbol"])))
    if "proposed_by" in fields:
        graph.add((node, DKG.proposedBy, state_iri(fields["proposed_by"])))
        writer.involved.add(state_iri(fields["proposed_by"]))
    if "adopted_as" in fields:
        adopted = motion_iri(fields["adopted_as"])
        graph.add((node, DKG.adoptedAs, adopted))
        graph.add((adopted, RDF.type, DKG.Resolution))
        graph.add((adopted, DKG.symbol, Literal(fields["adopted_as"])))
        writer.involved.add(adopted)
    if "amends" in fields:
        graph.add((node, DKG.amends, fields["amends"].iri))
    writer.evidence(node, fact.id, fact.evidence)
    _common(writer, fact, node)


def _write_stance(writer: _GraphWriter, fact: Fact) -> None:
    graph, fields = writer.graph, fact.fields
    node = ID[f"stance/{writer.annotation.key}/{fact.id}"]
    actor, target, kind = fields["actor"], fields["target"], fields["kind"]
    graph.add((node, RDF.type, DKG.Stance))
    graph.add((node, RDFS.label, Literal(f"{actor.label} {kind} {target.label}")))
    graph.add((node, DKG.actor, actor.iri))
    graph.add((node, DKG.target, target.iri))
    graph.add((node, DKG.stanceKind, DKG[kind]))
    if "date" in fields:
        graph.add((node, DKG.date, _day(fields["date"])))
    for topic in fields.get("on", ()):
        graph.add((node, DKG.stanceOn, topic.iri))
    for reference in fields.get("references", ()):
        graph.add((node, DCTERMS.references, reference.iri))
        writer.involved.add(reference.iri)
    writer.evidence(node, fact.id, fact.evidence)
    writer.involved |= {actor.iri, target.iri}
    _common(writer, fact, node)


def _write_statement(writer: _GraphWriter, fact: Fact) -> None:
    graph, fields = writer.graph, fact.fields
    node = ID[f"statement/{writer.annotation.key}/{fact.id}"]
    speaker, speaking_for = fields["speaker"], fields["speaking_for"]
    graph.add((node, RDF.type, DKG.Statement))
    graph.add((node, RDFS.label, Literal(f"statement by {speaker.label} for {speaking_for.label}")))
    graph.add((node, DKG.speaker, speaker.iri))
    graph.add((node, DKG.speakingFor, speaking_for.iri))
    graph.add((node, DKG.date, _day(fields["date"])))
    for subject in fields.get("about", ()):
        graph.add((node, DKG.about, subject.iri))
        writer.involved.add(subject.iri)
    if "quote" in fields:
        quote = fields["quote"]
        graph.add((node, DKG.evidence, writer.span_node(quote, f"{fact.id}/quote", fact.id)))
        if writer.text is not None:
            graph.add((node, DKG.quote, Literal(writer.text[quote.start : quote.end])))
    writer.evidence(node, fact.id, fact.evidence)
    writer.involved |= {speaker.iri, speaking_for.iri}
    _common(writer, fact, node)


def _write_rule(writer: _GraphWriter, fact: Fact) -> None:
    graph, fields = writer.graph, fact.fields
    node = ID[f"rule/{writer.annotation.key}/{fact.id}"]
    graph.add((node, RDF.type, DKG.Rule))
    graph.add((node, RDFS.label, Literal(fields["label"])))
    graph.add((node, DKG.appliesTo, organ_iri(fields["organ"])))
    if "required_votes" in fields:
        graph.add((node, DKG.requiredVotes, _nonnegative(fields["required_votes"])))
    if "member_count" in fields:
        graph.add((node, DKG.memberCount, _nonnegative(fields["member_count"])))
    if "permanent_member_veto" in fields:
        graph.add((node, DKG.permanentMemberVeto, Literal(fields["permanent_member_veto"])))
    if "matches" in fields:
        # the registry's rule (kg.registry mints it as id/rule/{key}); closeMatch, not sameAs:
        # the article paraphrases the rule the Charter states
        graph.add((node, SKOS.closeMatch, ID[f"rule/{fields['matches']}"]))
    writer.evidence(node, fact.id, fact.evidence)
    writer.involved.add(organ_iri(fields["organ"]))
    _common(writer, fact, node)


def _write_members(writer: _GraphWriter, fact: Fact) -> None:
    """States named as members: Council seats come from the vote data, others are memberOf."""
    graph, fields = writer.graph, fact.fields
    path = writer.annotation.path
    for code in fields["states"]:
        state = state_iri(code)
        graph.add((state, RDF.type, DKG.State))
        # A state's evidence is the spans naming it plus those naming the whole group.
        only = {code} | (set(fields) - {"states"})
        writer.evidence(state, fact.id, fact.evidence, only)
        for body in fields["of"]:
            if body.kind == "organ" and body.key == "SC":
                seat = _council_seat(code, writer.annotation.date, fields.get("seat"), path, fact)
                if seat is not None:
                    writer.evidence(seat, fact.id, fact.evidence, only)
                    writer.involved.add(seat)
                    continue
            graph.add((state, DKG.memberOf, body.iri))
            writer.involved.add(body.iri)
        _common(writer, fact, state)


def _council_seat(
    code: str, day: dt.date, kind: str | None, path: Path, fact: Fact
) -> URIRef | None:
    """The vote data's Security Council seat of ``code`` on ``day`` (None without vote data)."""
    from kg.sources.votes import read_council_seats, seat_iri

    seats = [seat for seat in read_council_seats() if seat.iso3 == code and seat.held_on(day)]
    where = f"{path}, fact {fact.id!r}, field 'states'"
    if not seats:
        raise DataError(
            f"the vote data has no Security Council seat of {code} on {day}",
            where=where,
            fix="check the state or kg/data/votes/council-seats.csv",
        )
    if kind is not None and seats[0].kind != kind:
        raise DataError(
            f"{code}'s seat on {day} is {seats[0].kind}, not {kind}",
            where=where,
            fix="correct the seat kind or the state",
        )
    return seat_iri(seats[0])


def _write_person(writer: _GraphWriter, fact: Fact) -> None:
    graph, fields = writer.graph, fact.fields
    node, post = person_iri(fields["name"]), post_iri(fields["post"])
    graph.add((node, RDF.type, DKG.Person))
    writer.evidence(node, fact.id, fact.evidence)
    writer.evidence(post, fact.id, fact.evidence, {"post"})
    graph.add((post, RDF.type, DKG.Post))
    when = "then held" if fields["holds"] == "current" else "had held before"
    graph.add(
        (
            node,
            DKG.note,
            Literal(
                f"The article of {writer.annotation.date.isoformat()} names {fields['name']} in "
                f"the post {fields['post']}, which they {when} (tenure: the registry)."
            ),
        )
    )
    writer.involved.add(post)
    _common(writer, fact, node)


def _write_note(writer: _GraphWriter, fact: Fact) -> None:
    subject = fact.fields["subject"].iri
    prefix = "Hypothetical (not an event): " if fact.fields.get("hypothetical") else ""
    writer.graph.add((subject, DKG.note, Literal(prefix + (fact.note or ""))))
    writer.evidence(subject, fact.id, fact.evidence)
    for ref in fact.fields.get("involves", ()):
        writer.involved.add(ref.iri)
    writer.derived(subject)


_FACT_WRITERS = {
    "rollcall": _write_rollcall,
    "ballot": _write_ballot,
    "motion": _write_motion,
    "stance": _write_stance,
    "statement": _write_statement,
    "rule": _write_rule,
    "members": _write_members,
    "person": _write_person,
    "note": _write_note,
}
