"""``dkg extract``: candidate facts from a diplomatic news text, with evidence and confidence.

One module per job: :mod:`~kg.extract.lexicon` (names from the registry and
``kg/data/extract``), :mod:`~kg.extract.patterns` (tallies, symbols, vote, outcome and stance
cues), :mod:`~kg.extract.dates` (relative dates), :mod:`~kg.extract.normalise` (quotes,
spaces, line wraps), :mod:`~kg.extract.mentions` (spans that name things); the stages,
each a function of one :class:`~kg.extract.reading.Reading`: :mod:`~kg.extract.motions`
(which votes, told apart and joined up), :mod:`~kg.extract.outcomes`,
:mod:`~kg.extract.ballots`, :mod:`~kg.extract.stances`, :mod:`~kg.extract.statements`,
:mod:`~kg.extract.entities`; :mod:`~kg.extract.extractor` runs them (passage by passage for a
long text). :mod:`~kg.extract.facts` holds the plain data, :mod:`~kg.extract.evaluate`
scores against a curated annotation, :mod:`~kg.extract.gold` and :mod:`~kg.extract.scoring`
against a ``dkg-gold/1`` file, :mod:`~kg.extract.rdf` makes the named graph and merges it,
:mod:`~kg.extract.output` writes JSON, a table or Turtle.

>>> from kg.extract import extract
>>> [f.fields["voter"] for f in extract("Russia voted against the resolution.").facts_of("ballot")]
['RUS']
"""

from kg.lazy import lazy_attributes

#: public name -> the module that defines it (imported on first use, so that ``dkg`` can
#: declare ``dkg extract``'s options in kg.commands.extract without loading the extractor)
_API = {
    "DEFAULT_MAX_CHARS": "kg.extract.extractor",
    "Evidence": "kg.extract.facts",
    "Extraction": "kg.extract.facts",
    "Fact": "kg.extract.facts",
    "date_from_text": "kg.extract.articles",
    "evaluate": "kg.extract.evaluate",
    "extract_articles": "kg.extract.articles",
    "read_gold": "kg.extract.gold",
    "score_gold": "kg.extract.scoring",
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
