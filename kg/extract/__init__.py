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

from kg.lazy import lazy_attributes

#: public name -> the module that defines it (imported on first use, so that ``dkg`` can
#: declare ``dkg extract``'s options in kg.extract.command without loading the extractor)
_API = {
    "Evidence": "kg.extract.extractor",
    "Extraction": "kg.extract.extractor",
    "Fact": "kg.extract.extractor",
    "evaluate": "kg.extract.evaluate",
    "extract": "kg.extract.extractor",
    "extract_file": "kg.extract.extractor",
    "extraction_graph": "kg.extract.rdf",
    "format_scores": "kg.extract.evaluate",
    "merge_into": "kg.extract.rdf",
    "read_text": "kg.extract.extractor",
}

__all__ = sorted(_API)

__getattr__ = lazy_attributes(_API, __name__, globals())


def __dir__() -> list[str]:
    return list(__all__)
