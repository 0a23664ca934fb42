"""Curated news events: a strict reader for the annotation files and their RDF.

An annotation (``kg/data/events/*.yaml``, format in ``kg/data/events/README.md``) records what
one news article states, fact by fact, each with evidence: a sentence index and a character
span into the article. The article's text is never stored; the user's copy, checked by its
SHA-256, supplies the title, the quotes and the withheld spans at build time.

- :mod:`~kg.sources.events.model`: the annotation (:class:`~.model.EventAnnotation`, its
  document, entities, facts and evidence spans) and the tables of results, motion kinds,
  organs and entity types;
- :mod:`~kg.sources.events.reader`: :func:`~.reader.read_event`, every key, span, reference
  and code checked;
- :mod:`~kg.sources.events.article`: :func:`~.article.check_article`, the user's copy of the
  article against the annotation;
- :mod:`~kg.sources.events.rdf`: :func:`~.rdf.event_graph`, the annotation as RDF.

>>> from kg.sources.events.reader import read_event
>>> annotation = read_event()
>>> annotation.key, annotation.date.isoformat(), annotation.document.publisher is None
('2025-02-24-unga-ukraine', '2025-02-24', True)
>>> annotation.stance_counts()["ThreatensVeto"]
1
>>> from kg.ontology import DKG, ballot_iri
>>> from kg.sources.events.rdf import event_graph
>>> event_graph().value(ballot_iri("ga-es-11-7", "BLR"), DKG.option) == DKG.No
True
"""
