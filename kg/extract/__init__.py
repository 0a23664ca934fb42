"""``dkg extract``: candidate facts from a diplomatic news text, with evidence and confidence.

One module per job: :mod:`~kg.extract.lexicon` (names from the registry),
:mod:`~kg.extract.patterns` (tallies, symbols, vote cues, stance verbs),
:mod:`~kg.extract.dates` (relative dates), :mod:`~kg.extract.mentions` (spans that name
things), :mod:`~kg.extract.extractor` (the pipeline), :mod:`~kg.extract.evaluate`
(precision and recall against a curated annotation), :mod:`~kg.extract.rdf` (the named graph
and merging) and :mod:`~kg.extract.output` (JSON, table, Turtle).

>>> from kg.extract import extract
>>> [f.fields["voter"] for f in extract("Russia voted against the resolution.").facts_of("ballot")]
['RUS']
"""

from kg.extract.evaluate import evaluate, format_scores
from kg.extract.extractor import Evidence, Extraction, Fact, extract, extract_file, read_text
from kg.extract.rdf import extraction_graph, merge_into

__all__ = [
    "Evidence",
    "Extraction",
    "Fact",
    "evaluate",
    "extract",
    "extract_file",
    "extraction_graph",
    "format_scores",
    "merge_into",
    "read_text",
]
