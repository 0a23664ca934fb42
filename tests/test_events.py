"""The curated founding event (kg/data/events/): strict reader, RDF, spans against the article."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Literal
from rdflib.namespace import RDF, SKOS, XSD

from kg.errors import DataError
from kg.ontology import (
    DKG,
    ID,
    ballot_iri,
    graph_iri,
    motion_iri,
    organ_iri,
    organization_iri,
    person_iri,
    rollcall_iri,
    state_iri,
)
from kg.sources.events.article import check_article
from kg.sources.events.model import DEFAULT_EVENT
from kg.sources.events.rdf import event_graph
from kg.sources.events.reader import read_event
from kg.sources.votes import votes_graph
from kg.text import sentence_containing, split_sentences

ARTICLE = Path(__file__).resolve().parents[2] / "shared" / "seed" / "article.txt"
KEY = "2025-02-24-unga-ukraine"


@pytest.fixture(scope="module")
def annotation():
    return read_event()


@pytest.fixture(scope="module")
def graph():
    return event_graph()


@pytest.fixture(scope="module")
def article_text() -> str:
    if not ARTICLE.is_file():
        pytest.skip("the founding article is not in ../shared/seed/")
    return ARTICLE.read_bytes().decode("utf-8")


def stance(fact_id: str):
    return ID[f"stance/{KEY}/{fact_id}"]


# --- the bundled annotation ---------------------------------------------------------------------


def test_bundled_annotation_loads(annotation):
    assert annotation.key == KEY
    assert annotation.graph == "event-2025-02-24"
    assert annotation.date.isoformat() == "2025-02-24"
    assert annotation.document.publisher is None
    assert annotation.document.sentences == 18


def test_fact_and_stance_counts(annotation):
    assert dict(annotation.fact_counts()) == {
        "rollcall": 2, "ballot": 5, "motion": 2, "stance": 15, "statement": 2, "rule": 1,
        "members": 3, "person": 8, "note": 9,
    }  # fmt: skip
    assert dict(annotation.stance_counts()) == {
        "Supports": 4, "Condemns": 2, "Proposes": 2, "Opposes": 2, "SeeksAmendment": 1,
        "Refuses": 1, "Urges": 1, "ThreatensVeto": 1, "Advocates": 1,
    }  # fmt: skip


def test_no_mention_is_long_and_withheld_spans_carry_no_text(annotation):
    for _, span in annotation.spans():
        if span.mention is not None:
            assert len(span.mention.split()) <= 10
            assert len(span.mention) == span.end - span.start
    withheld = [owner for owner, span in annotation.spans() if span.withheld]
    assert sorted(withheld) == ["document", "full-scale-invasion-wording", "shea-statement"]


# --- RDF ----------------------------------------------------------------------------------------


def test_graph_identifier_and_document(graph, annotation):
    assert graph.identifier == graph_iri("event-2025-02-24")
    document = annotation.document.iri
    assert (document, RDF.type, DKG.SourceDocument) in graph
    assert graph.value(document, DKG.date) == Literal("2025-02-24", datatype=XSD.date)
    assert (document, DKG.title, None) not in graph  # no article given
    event = ID[f"event/{KEY}"]
    assert (event, DKG.reportedIn, document) in graph
    assert (event, DKG.involves, state_iri("PRK")) in graph


def test_ballots_merge_with_the_vote_data(graph):
    votes = votes_graph()
    voters = sorted(
        str(graph.value(ballot, DKG.voter)).rsplit("/", 1)[1]
        for ballot in graph.subjects(RDF.type, DKG.Ballot)
    )
    assert voters == ["BLR", "PRK", "RUS", "SDN", "USA"]
    for code in voters:
        ballot = ballot_iri("ga-es-11-7", code)
        for predicate in (RDF.type, DKG.voter, DKG.rollCall, DKG.option):
            assert graph.value(ballot, predicate) == votes.value(ballot, predicate), predicate
        assert graph.value(ballot, DKG.option) == DKG.No
    # nothing from the hypothetical abstentions or the unrecorded amendment votes
    assert not list(graph.subjects(DKG.rollCall, rollcall_iri("sc-res-2774-2025")))
    assert len(list(graph.subjects(RDF.type, DKG.Ballot))) == 5


def test_rollcall_tallies_as_stated(graph):
    rollcall = rollcall_iri("ga-es-11-7")
    counts = {p: graph.value(rollcall, p).toPython() for p in
              (DKG.yesCount, DKG.noCount, DKG.abstainCount)}  # fmt: skip
    assert counts == {DKG.yesCount: 93, DKG.noCount: 18, DKG.abstainCount: 65}
    assert graph.value(rollcall, DKG.motion) == motion_iri("A/RES/ES-11/7")
    assert graph.value(rollcall_iri("ga-es-11-8"), DKG.result) == DKG.Adopted
    assert graph.value(motion_iri("A/ES-11/L.11"), DKG.adoptedAs) == motion_iri("A/RES/ES-11/8")
    assert graph.value(motion_iri("A/ES-11/L.11"), DKG.proposedBy) == state_iri("USA")


def test_stances(graph):
    france = stance("france-seeks-amendments")
    assert graph.value(france, DKG.actor) == state_iri("FRA")
    assert graph.value(france, DKG.stanceKind) == DKG.SeeksAmendment
    assert graph.value(france, DKG.target) == motion_iri("A/ES-11/L.11")
    assert len(list(graph.objects(france, DKG.stanceOn))) == 2
    hungary = stance("hungary-opposes-amendments")
    assert graph.value(hungary, DKG.actor) == state_iri("HUN")
    assert graph.value(hungary, DKG.target) == ID[f"motions/{KEY}/ga-amendments"]
    veto = stance("us-threatens-veto")
    assert graph.value(veto, DKG.stanceKind) == DKG.ThreatensVeto
    assert graph.value(veto, DKG.date) == Literal("2025-02-24", datatype=XSD.date)
    refusal = stance("european-refusal")
    group = graph.value(refusal, DKG.actor)
    assert group == ID[f"group/{KEY}/european-supporters-of-ukraine"]
    assert (group, RDF.type, DKG.State) not in graph
    guterres = stance("guterres-advocates-peace-plan")
    assert graph.value(guterres, DKG.actor) == person_iri("António Guterres")
    assert (guterres, DKG.date, None) not in graph  # "has advocated": no date stated
    for node in graph.subjects(RDF.type, DKG.Stance):
        assert list(graph.objects(node, DKG.evidence)), node


def test_statements(graph):
    shea = ID[f"statement/{KEY}/shea-statement"]
    assert graph.value(shea, DKG.speaker) == person_iri("Dorothy Shea")
    assert graph.value(shea, DKG.speakingFor) == state_iri("USA")
    assert graph.value(shea, DKG.date) == Literal("2025-02-24", datatype=XSD.date)
    assert (shea, DKG.quote, None) not in graph
    official = ID[f"statement/{KEY}/state-department-statement"]
    speaker = graph.value(official, DKG.speaker)
    assert (speaker, RDF.type, DKG.Person) in graph
    assert speaker == ID[f"person/{KEY}/state-department-official"]


def test_council_rule_and_members(graph):
    rule = ID[f"rule/{KEY}/sc-adoption-rule"]
    assert graph.value(rule, DKG.appliesTo) == organ_iri("SC")
    assert graph.value(rule, DKG.requiredVotes).toPython() == 9
    assert graph.value(rule, DKG.memberCount).toPython() == 15
    assert graph.value(rule, DKG.permanentMemberVeto).toPython() is True
    assert graph.value(rule, SKOS.closeMatch) == ID["rule/sc-substantive-decision"]
    votes = votes_graph()
    for code in ("USA", "GBR", "FRA", "RUS", "CHN"):
        seats = [seat for seat in votes.objects(state_iri(code), DKG.holdsSeat)
                 if (seat, RDF.type, DKG.PermanentSeat) in votes]  # fmt: skip
        assert seats and all(list(graph.objects(seat, DKG.evidence)) for seat in seats), code
    for code in ("FRA", "SVN", "DNK", "GRC"):
        assert (state_iri(code), DKG.memberOf, organization_iri("European Union")) in graph
    assert (state_iri("GBR"), DKG.memberOf, organization_iri("European Union")) not in graph


def test_people_with_evidence_for_name_and_post(annotation, graph):
    names = {fact.fields["name"] for fact in annotation.facts_of("person")}
    assert names == {
        "Donald Trump", "Volodymyr Zelensky", "Joe Biden", "Emmanuel Macron", "Keir Starmer",
        "António Guterres", "Viktor Orbán", "Dorothy Shea",
    }  # fmt: skip
    for fact in annotation.facts_of("person"):
        assert {span.supports for span in fact.evidence} >= {"name", "post"}, fact.id
        assert list(graph.objects(person_iri(fact.fields["name"]), DKG.evidence))


# --- against the user's copy of the article ---------------------------------------------------


def test_every_span_matches_the_article(annotation, article_text):
    sentences = split_sentences(article_text)
    assert len(sentences) == annotation.document.sentences
    assert len(article_text) == annotation.document.characters
    for owner, span in annotation.spans():
        if span.mention is not None:
            assert article_text[span.start : span.end] == span.mention, owner
        assert sentence_containing(sentences, span.start, span.end).index == span.sentence, owner
    check_article(annotation, ARTICLE)


def test_article_fills_title_quote_and_withheld_mentions(annotation, article_text):
    graph = event_graph(article=ARTICLE)
    title = annotation.document.title
    assert graph.value(annotation.document.iri, DKG.title) == Literal(
        article_text[title.start : title.end]
    )
    quote_span = next(fact for fact in annotation.facts if fact.id == "shea-statement")
    quote_span = quote_span.fields["quote"]
    quote = graph.value(ID[f"statement/{KEY}/shea-statement"], DKG.quote)
    assert quote == Literal(article_text[quote_span.start : quote_span.end])
    evidence = ID[f"evidence/{KEY}/full-scale-invasion-wording/1"]
    assert graph.value(evidence, DKG.mention) is not None


def test_another_copy_is_refused(tmp_path, article_text):
    copy = tmp_path / "article.txt"
    copy.write_text(article_text + "\n", encoding="utf-8")
    with pytest.raises(DataError, match="offsets refer to another text"):
        event_graph(article=copy)


# --- broken copies ------------------------------------------------------------------------------


def broken_copy(tmp_path: Path, old: str, new: str) -> Path:
    text = DEFAULT_EVENT.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path = tmp_path / DEFAULT_EVENT.name
    path.write_text(text.replace(old, new), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("voter: BLR", "voter: XBL", r"fact 'ballot-blr', field 'voter': unknown state code 'XBL'"),
        (
            "kind: ThreatensVeto",
            "kind: Threatens",
            r"fact 'us-threatens-veto', field 'kind': unknown value 'Threatens'",
        ),
        (
            'span: [679, 686], mention: "Belarus"',
            'span: [679, 688], mention: "Belarus"',
            r"fact 'ballot-blr', field 'evidence': span \[679, 688\) is 9 characters",
        ),
        (
            'span: [679, 686], mention: "Belarus"',
            'span: [679, 9999], mention: "Belarus"',
            r"fact 'ballot-blr', field 'evidence': bad span",
        ),
        (
            '{sentence: 4, span: [679, 686], mention: "Belarus"}',
            '{sentence: 40, span: [679, 686], mention: "Belarus"}',
            r"fact 'ballot-blr', field 'evidence': bad sentence index 40",
        ),
        (
            '    evidence:\n      - {sentence: 4, span: [679, 686], mention: "Belarus"}\n',
            "",
            r"fact 'ballot-blr', field 'evidence': missing key 'evidence'",
        ),
        (
            '    evidence:\n      - {sentence: 4, span: [679, 686], mention: "Belarus"}\n',
            "    evidence: []\n",
            r"fact 'ballot-blr', field 'evidence': no evidence",
        ),
        (
            "    option: no\n    evidence:\n      - {sentence: 4, span: [679",
            "    option: no\n    colour: red\n    evidence:\n      - {sentence: 4, span: [679",
            r"fact 'ballot-blr', field 'colour': unknown key",
        ),
        (
            "    date: 2025-02-24\n    note: As indicated",
            "    date: 2025-02-30\n    note: As indicated",
            r"fact 'us-threatens-veto', field 'date': malformed date '2025-02-30'",
        ),
        (
            "target: local:sc-amendments\n    date: 2025-02-24\n    note: As",
            "target: local:nowhere\n    date: 2025-02-24\n    note: As",
            r"fact 'us-threatens-veto', field 'target': no entity 'nowhere'",
        ),
        (
            "actor: person:António Guterres",
            "actor: person:Antonio Gutteres",
            r"fact 'guterres-advocates-peace-plan', field 'actor': person 'Antonio Gutteres'",
        ),
        (
            "name: Joe Biden\n    post: President of the United States\n    holds: former",
            "name: Joe Biden\n    post: President of the United States\n    holds: current",
            r"fact 'biden', field 'post': the registry has no current tenure",
        ),
        (
            "    required_votes: 9",
            "    required_votes: 7",
            r"fact 'sc-adoption-rule', field 'matches': required_votes 7 differs",
        ),
        ("sha256: 60fc", "sha256: 60FC", r"document, field 'sha256': bad SHA-256"),
        ("publisher: null", "publisher: null\n  publisher: Reuters", r"duplicate key 'publisher'"),
        ("format: dkg-event/1", "format: dkg-event/1\nfacts: [oops", r"malformed YAML"),
    ],
)
def test_broken_copies_name_the_fact_and_field(tmp_path, old, new, message):
    path = broken_copy(tmp_path, old, new)
    with pytest.raises(DataError, match=message) as caught:
        read_event(path)
    assert str(path) in str(caught.value)
    assert "(fix: " in str(caught.value)


def test_mention_must_be_a_few_words(tmp_path):
    path = broken_copy(
        tmp_path,
        '{sentence: 4, span: [679, 686], mention: "Belarus"}',
        '{sentence: 4, span: [679, 757], mention: "' + "w " * 38 + 'ww"}',
    )
    with pytest.raises(DataError, match="longer than 10 words"):
        read_event(path)


def test_not_a_mapping(tmp_path):
    path = tmp_path / "event.yaml"
    path.write_text("- just\n- a list\n", encoding="utf-8")
    with pytest.raises(DataError, match="not a YAML mapping"):
        read_event(path)
