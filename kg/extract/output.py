"""The three output formats of ``dkg extract``: JSON, a review table and Turtle (TriG).

>>> from kg.extract.extractor import extract
>>> result = extract("France abstained on the resolution.")
>>> import json; sorted({fact["type"] for fact in json.loads(render(result, "json"))["facts"]})
['ballot', 'motion', 'state']
>>> print(render(result, "table").splitlines()[0])
type         conf  what                                                      sentence
"""

from __future__ import annotations

import json

from kg.errors import DkgError
from kg.extract.facts import Extraction, Fact
from kg.extract.rdf import extraction_graph
from kg.formats import EXTRACTION_FORMATS

__all__ = ["describe", "render"]


def describe(fact: Fact) -> str:
    """A one-line reading of a fact for the review table.

    >>> describe(Fact("ballot-1", "ballot", {"voter": "RUS", "option": "no", "rollcall": None,
    ...      "motion": "motion-1"}, [], 0.8, "vote-cue:subject"))
    'RUS voted no on motion-1'
    """
    fields = fact.fields

    def name(reference: dict | None) -> str:
        if not reference:
            return "-"
        return str(reference.get("key") or reference.get("text"))

    if fact.type == "ballot":
        on = fields["rollcall"] or fields["motion"]
        return f"{fields['voter']} voted {fields['option']} on {on}"
    if fact.type == "stance":
        return f"{name(fields['actor'])} {fields['kind']} {name(fields.get('target'))}"
    if fact.type == "statement":
        if fields["speaker"].get("kind") == "organization":
            return f"{name(fields['speaker'])} (the organisation)"
        return f"{name(fields['speaker'])} for {fields.get('speaking_for') or '-'}"
    if fact.type == "tally":
        counts = "-".join(str(fields.get(key)) for key in ("yes", "no", "abstain"))
        return f"{counts} on {fields['rollcall'] or fields['motion']}"
    if fact.type == "person":
        return f"{fields['name']} ({fields.get('post') or fields.get('title') or 'no post'})"
    if fact.type == "motion":
        proposers = fields.get("proposed_by") or []
        proposers = [proposers] if isinstance(proposers, str) else proposers
        outcome = fields.get("outcome") or "-"
        if fields.get("vetoed_by"):
            outcome += " by " + ",".join(fields["vetoed_by"])
        return (
            f"{fields['motion']} {fields['kind']} {fields.get('organ') or ''} "
            f"{fields.get('symbol') or ''} by {','.join(proposers) or '-'} {outcome} "
            f"→ {fields.get('rollcall') or 'unlinked'}"
        )
    if fact.type == "date":
        return f"{fields.get('value') or (fields.get('start'), fields.get('end'))}"
    return str(fields.get("code") or fields.get("key"))


def render(extraction: Extraction, output_format: str, text: str | None = None) -> str:
    """The extraction as ``json`` (facts with evidence), ``table`` or ``ttl`` (TriG: the
    named graph with its name)."""
    if output_format == "json":
        return json.dumps(extraction.as_dict(), ensure_ascii=False, indent=2) + "\n"
    if output_format == "table":
        lines = [f"{'type':<12} {'conf':>4}  {'what':<57} sentence"]
        for fact in extraction.facts:
            sentences = ",".join(sorted({str(e.sentence) for e in fact.evidence}))
            lines.append(
                f"{fact.type:<12} {fact.confidence:>4.2f}  {describe(fact)[:57]:<57} {sentences}"
            )
        return "\n".join(lines) + "\n"
    if output_format == "ttl":
        from rdflib import Dataset

        from kg.ontology import bind_prefixes

        dataset = bind_prefixes(Dataset())
        graph = extraction_graph(extraction, text)
        target = dataset.graph(graph.identifier)
        for triple in graph:
            target.add(triple)
        return dataset.serialize(format="trig")
    raise DkgError(
        f"unknown output format {output_format!r}", fix=f"choose {', '.join(EXTRACTION_FORMATS)}"
    )
