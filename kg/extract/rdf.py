"""Extracted facts as RDF, in their own named graph, marked as machine-extracted; merging.

The graph is ``graph_iri(f"extracted-{key}")``. Nodes the extraction mints (stances,
statements, unidentified motions and roll calls, unnamed groups and speakers, evidence) live
under ``id/extracted/{key}/…`` and are typed ``dkg:MachineExtracted`` with ``dkg:confidence``,
``dkg:extractionRule``, ``dkg:extractedBy`` and ``prov:wasGeneratedBy`` the extraction
activity. Facts about nodes other sources already name (a ballot on a known roll call, a
registry person or state) reuse those IRIs, so they merge with the curated data; they are not
retyped, only given machine evidence (each evidence node carries the confidence). Nothing is
ever removed from another graph: :func:`merge_into` refuses a fact that contradicts the
knowledge graph (a ballot with another option) and leaves it out, reporting it.

>>> from kg.extract.extractor import extract
>>> graph = extraction_graph(extract("Russia vetoed the draft on Friday.",
...                                  article_date=__import__("datetime").date(2022, 2, 25)))
>>> str(graph.identifier).endswith("graph/extracted-text")
True
>>> len(set(graph.subjects(RDF.type, DKG.MachineExtracted))) > 0
True
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF, PROV, RDF, RDFS, XSD

from kg.errors import DataError
from kg.extract.facts import Extraction, Fact
from kg.ontology import (
    DKG,
    ID,
    ballot_iri,
    bind_prefixes,
    graph_iri,
    motion_iri,
    organ_iri,
    organization_iri,
    person_iri,
    rollcall_iri,
    slug,
    state_iri,
)
from kg.vocabulary import COUNT_IRIS, OPTION_IRIS_BY_WORD

__all__ = ["AGENT", "MergeResult", "extraction_graph", "graph_name", "merge_into"]

AGENT = ID["agent/dkg-extract"]
#: A motion's outcome as its roll call's result (a withdrawn draft has no roll call).
_RESULTS = {"adopted": DKG.Adopted, "failed": DKG.Rejected, "vetoed": DKG.Vetoed}
_MOTION_CLASSES = {
    "resolution": DKG.Resolution,
    "draft": DKG.DraftResolution,
    "amendment": DKG.Amendment,
}


def graph_name(extraction: Extraction) -> str:
    """The short name of the extraction's named graph: ``extracted-{key}``.

    >>> graph_name(Extraction("My Article", "x", "", 0, 0, None))
    'extracted-my-article'
    """
    return f"extracted-{slug(extraction.key) or 'text'}"


def _nonnegative(value: int) -> Literal:
    return Literal(value, datatype=XSD.nonNegativeInteger)


def _day(text: str | None) -> Literal | None:
    return Literal(date.fromisoformat(text), datatype=XSD.date) if text else None


class _Writer:
    def __init__(self, extraction: Extraction, text: str | None):
        self.extraction = extraction
        self.key = slug(extraction.key) or "text"
        self.text = text
        self.graph = bind_prefixes(Graph(identifier=graph_iri(graph_name(extraction))))
        self.activity = ID[f"extracted/{self.key}/activity"]
        self.document = ID[f"extracted/{self.key}/document"]
        self.motions = {
            fact.fields["motion"]: fact for fact in extraction.facts if fact.type == "motion"
        }

    def minted(self, local: str) -> URIRef:
        return ID[f"extracted/{self.key}/{local}"]

    def mark(self, node: URIRef, fact: Fact) -> None:
        graph = self.graph
        graph.add((node, RDF.type, DKG.MachineExtracted))
        graph.add((node, DKG.confidence, Literal(Decimal(f"{fact.confidence:.2f}"))))
        graph.add((node, DKG.extractionRule, Literal(fact.pattern)))
        graph.add((node, DKG.extractedBy, AGENT))
        graph.add((node, PROV.wasGeneratedBy, self.activity))
        graph.add((node, PROV.wasDerivedFrom, self.document))

    def evidence(self, node: URIRef, fact: Fact) -> None:
        graph = self.graph
        for number, evidence in enumerate(fact.evidence, 1):
            span = self.minted(f"evidence/{fact.id}/{number}")
            graph.add((node, DKG.evidence, span))
            graph.add((span, RDF.type, DKG.Evidence))
            graph.add((span, RDF.type, DKG.MachineExtracted))
            graph.add((span, DKG.sourceDocument, self.document))
            graph.add((span, DKG.sentenceIndex, _nonnegative(evidence.sentence)))
            graph.add((span, DKG.charStart, _nonnegative(evidence.start)))
            graph.add((span, DKG.charEnd, _nonnegative(max(evidence.end, evidence.start + 1))))
            graph.add((span, DKG.mention, Literal(evidence.mention)))
            graph.add((span, DKG.sentenceText, Literal(evidence.sentence_text)))
            graph.add((span, DKG.confidence, Literal(Decimal(f"{fact.confidence:.2f}"))))
            graph.add((span, PROV.wasGeneratedBy, self.activity))

    def agent(self, reference: dict | None) -> URIRef | None:
        if not reference:
            return None
        kind, key = reference.get("kind"), reference.get("key")
        if kind == "state" and key:
            return state_iri(key)
        if kind == "person" and key:
            return person_iri(key)
        if kind == "organ" and key:
            return organ_iri(key)
        if kind == "organization" and key:
            return organization_iri(key)
        if kind == "motion" and key:
            return self.motion(key)
        if kind in ("group", "anonymous"):
            node = self.minted(f"{kind}/{slug(reference['text'])}")
            graph = self.graph
            graph.add((node, RDF.type, FOAF.Group if kind == "group" else DKG.Person))
            graph.add((node, RDF.type, DKG.MachineExtracted))
            graph.add((node, RDFS.label, Literal(reference["text"])))
            graph.add((node, DKG.note, Literal(f"named in the text only as {reference['text']!r}")))
            return node
        return None

    def motion(self, motion_id: str) -> URIRef:
        fact = self.motions.get(motion_id)
        fields = fact.fields if fact else {}
        if fields.get("symbol"):
            return motion_iri(fields["symbol"])
        return self.minted(f"motion/{motion_id}")

    # --- one writer per fact type ---------------------------------------------------------

    def write(self, fact: Fact) -> None:
        getattr(self, f"write_{fact.type}", self.write_mention)(fact)

    def write_mention(self, fact: Fact) -> None:
        if fact.type == "state":
            self.evidence(state_iri(fact.fields["code"]), fact)
        elif fact.type == "organ":
            self.evidence(organ_iri(fact.fields["key"]), fact)
        elif fact.type == "organization":
            self.evidence(organization_iri(fact.fields["key"]), fact)
        # dates are properties of the facts they date (dkg:date), not nodes of their own

    def write_person(self, fact: Fact) -> None:
        node = person_iri(fact.fields["name"])
        if not fact.fields["registered"]:
            self.graph.add((node, RDF.type, DKG.Person))
            self.graph.add((node, FOAF.name, Literal(fact.fields["name"])))
            self.graph.add((node, RDFS.label, Literal(fact.fields["name"], lang="en")))
            self.mark(node, fact)
            if fact.fields.get("title"):
                self.graph.add((node, DKG.note, Literal(f"titled {fact.fields['title']!r}")))
        self.evidence(node, fact)

    def write_motion(self, fact: Fact) -> None:
        fields = fact.fields
        node = self.motion(fields["motion"])
        if fields.get("rollcall"):
            self.evidence(node, fact)
            return
        self.graph.add((node, RDF.type, _MOTION_CLASSES.get(fields["kind"], DKG.Resolution)))
        self.mark(node, fact)
        if fields.get("symbol"):
            self.graph.add((node, DKG.symbol, Literal(fields["symbol"])))
        else:
            self.graph.add((node, DKG.note, Literal("the text gives no document symbol")))
        proposers = fields.get("proposed_by") or []
        for proposer in [proposers] if isinstance(proposers, str) else proposers:
            if len(proposer) == 3 and proposer.isupper():
                self.graph.add((node, DKG.proposedBy, state_iri(proposer)))
            else:
                self.graph.add((node, DKG.proposedBy, organization_iri(proposer)))
        if fields.get("outcome") == "withdrawn":
            self.graph.add((node, DKG.note, Literal("withdrawn before a vote, as the text says")))
        elif fields.get("outcome") in _RESULTS:
            rollcall = self.rollcall(fields, fact)
            if rollcall is not None:
                self.graph.add((rollcall, DKG.result, _RESULTS[fields["outcome"]]))
        self.evidence(node, fact)

    def rollcall(self, fields: dict, fact: Fact) -> URIRef | None:
        """The roll call a ballot or tally is on: a known one, or a minted one (needs a date)."""
        if fields.get("rollcall"):
            return rollcall_iri(fields["rollcall"])
        day = _day(fields.get("date"))
        if day is None:
            return None
        node = self.minted(f"rollcall/{fields['motion']}")
        graph = self.graph
        if (node, RDF.type, DKG.RollCall) not in graph:
            graph.add((node, RDF.type, DKG.RollCall))
            graph.add((node, DKG.date, day))
            graph.add((node, DKG.motion, self.motion(fields["motion"])))
            motion = self.motions.get(fields["motion"])
            organ = fields.get("organ") or (motion.fields.get("organ") if motion else None)
            if organ:
                graph.add((node, DKG.organ, organ_iri(organ)))
            self.mark(node, fact)
        return node

    def write_tally(self, fact: Fact) -> None:
        fields = fact.fields
        node = self.rollcall(fields, fact)
        if node is None:
            return
        if not fields.get("rollcall"):  # a known roll call keeps its official counts
            for key, prop in COUNT_IRIS.items():
                if fields.get(key) is not None:
                    self.graph.add((node, prop, _nonnegative(fields[key])))
        self.evidence(node, fact)

    def write_ballot(self, fact: Fact) -> None:
        fields = fact.fields
        rollcall = self.rollcall(fields, fact)
        if rollcall is None:
            return
        if fields.get("rollcall"):
            node = ballot_iri(fields["rollcall"], fields["voter"])
        else:
            node = self.minted(f"ballot/{fields['motion']}/{fields['voter']}")
            self.mark(node, fact)
        graph = self.graph
        graph.add((node, RDF.type, DKG.Ballot))
        graph.add((node, DKG.voter, state_iri(fields["voter"])))
        graph.add((node, DKG.rollCall, rollcall))
        graph.add((node, DKG.option, OPTION_IRIS_BY_WORD[fields["option"]]))
        self.evidence(node, fact)

    def write_stance(self, fact: Fact) -> None:
        fields = fact.fields
        node = self.minted(f"stance/{fact.id}")
        actor = self.agent(fields["actor"])
        if actor is None:
            return
        graph = self.graph
        graph.add((node, RDF.type, DKG.Stance))
        graph.add((node, DKG.actor, actor))
        graph.add((node, DKG.stanceKind, DKG[fields["kind"]]))
        target = self.agent(fields.get("target"))
        if target is not None:
            graph.add((node, DKG.target, target))
        if fields.get("references"):
            graph.add((node, DCTERMS.references, self.motion(fields["references"])))
        if fields.get("date"):
            graph.add((node, DKG.date, _day(fields["date"])))
        graph.add((node, RDFS.label, Literal(f"{fields['kind']} by {fields['actor']['text']}")))
        self.mark(node, fact)
        self.evidence(node, fact)

    def write_statement(self, fact: Fact) -> None:
        fields = fact.fields
        speaker = fields["speaker"]
        node = self.minted(f"statement/{fact.id}")
        body = speaker if speaker.get("kind") == "organization" and speaker.get("key") else None
        if speaker.get("kind") in ("state", "organization"):
            # "Moscow said …", "Human Rights Watch said …": an unnamed person speaking for the
            # state or organisation (a statement's speaker is a dkg:Person)
            speaker = {
                **speaker,
                "kind": "anonymous",
                "text": f"unnamed speaker for {speaker['key'] or speaker['text']}",
            }
        speaker_node = self.agent(speaker)
        if speaker_node is None:
            return
        graph = self.graph
        graph.add((node, RDF.type, DKG.Statement))
        graph.add((node, DKG.speaker, speaker_node))
        if body is not None:
            graph.add((node, DKG.speakingFor, organization_iri(body["key"])))
        elif fields.get("speaking_for") and len(fields["speaking_for"]) == 3:
            graph.add((node, DKG.speakingFor, state_iri(fields["speaking_for"])))
        if fields.get("date"):
            graph.add((node, DKG.date, _day(fields["date"])))
        if fields.get("quote") and self.text is not None:
            start, end = fields["quote"]
            graph.add((node, DKG.quote, Literal(self.text[start:end].strip('"\u201c\u201d ,'))))
        self.mark(node, fact)
        self.evidence(node, fact)


def extraction_graph(extraction: Extraction, text: str | None = None) -> Graph:
    """The extracted facts as RDF in the named graph ``extracted-{key}``.

    ``text`` (the article) fills statement quotes; without it they are left out.
    """
    writer = _Writer(extraction, text)
    graph = writer.graph
    graph.add((AGENT, RDF.type, PROV.SoftwareAgent))
    graph.add((AGENT, RDFS.label, Literal("dkg extract (rule-based, spaCy blank English)")))
    graph.add((writer.activity, RDF.type, DKG.ExtractionActivity))
    graph.add((writer.activity, PROV.used, writer.document))
    graph.add((writer.activity, PROV.wasAssociatedWith, AGENT))
    graph.add(
        (
            writer.activity,
            PROV.endedAtTime,
            Literal(datetime.now(UTC).replace(microsecond=0), datatype=XSD.dateTime),
        )
    )
    graph.add((writer.document, RDF.type, DKG.SourceDocument))
    graph.add((writer.document, RDFS.label, Literal(f"news text {Path(extraction.source).name}")))
    graph.add((writer.document, DCTERMS.identifier, Literal(f"sha256:{extraction.sha256}")))
    if extraction.article_date:
        graph.add((writer.document, DKG.date, Literal(extraction.article_date, datatype=XSD.date)))
    for fact in extraction.facts:
        writer.write(fact)
    return graph


@dataclass
class MergeResult:
    """What :func:`merge_into` did: the graph added and the facts it left out, with why."""

    graph: URIRef
    triples: int
    refused: list[str] = field(default_factory=list)


def merge_into(dataset: Dataset, extraction: Extraction, text: str | None = None) -> MergeResult:
    """Add the extraction's graph to ``dataset`` without touching any other graph.

    A ballot that contradicts a ballot already in the dataset (same voter and roll call,
    another option) is refused: curated and official facts win. A previous extraction of the
    same key is replaced. The caller validates (SHACL) before writing.
    """
    refused = []
    kept = []
    for fact in extraction.facts:
        if fact.type == "ballot" and fact.fields.get("rollcall"):
            node = ballot_iri(fact.fields["rollcall"], fact.fields["voter"])
            known = set(dataset.objects(node, DKG.option)) if hasattr(dataset, "objects") else set()
            if known and OPTION_IRIS_BY_WORD[fact.fields["option"]] not in known:
                refused.append(
                    f"{fact.id}: {fact.fields['voter']} {fact.fields['option']} on "
                    f"{fact.fields['rollcall']} contradicts the knowledge graph"
                )
                continue
        kept.append(fact)
    filtered = Extraction(
        extraction.key,
        extraction.source,
        extraction.sha256,
        extraction.characters,
        extraction.sentences,
        extraction.article_date,
        kept,
    )
    graph = extraction_graph(filtered, text)
    if not any(context.identifier == graph.identifier for context in dataset.graphs()):
        pass
    else:
        dataset.remove_graph(dataset.graph(graph.identifier))
    target = dataset.graph(graph.identifier)
    for triple in graph:
        target.add(triple)
    default = dataset.default_graph
    default.add((graph.identifier, RDF.type, PROV.Entity))
    default.add(
        (
            graph.identifier,
            PROV.wasGeneratedBy,
            ID[f"extracted/{slug(extraction.key) or 'text'}/activity"],
        )
    )
    default.add((graph.identifier, DCTERMS.source, Literal(extraction.source)))
    if not len(graph):
        raise DataError("nothing to merge", fix="check the text")
    return MergeResult(graph.identifier, len(graph), refused)
