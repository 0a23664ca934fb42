"""Names of the output formats, kept apart from the modules that write them.

The command line offers these as choices without importing the RDF or table machinery.

>>> sorted(RDF_FORMATS)
['jsonld', 'nquads', 'trig', 'ttl']
>>> TABLE_FORMATS
('table', 'csv', 'json')
"""

#: dataset serialisation name → (rdflib format, file suffix)
RDF_FORMATS = {
    "trig": ("trig", "trig"),
    "nquads": ("nquads", "nq"),
    "jsonld": ("json-ld", "jsonld"),
    "ttl": ("turtle", "ttl"),
}

#: how a query or analysis result table is printed
TABLE_FORMATS = ("table", "csv", "json")

__all__ = ["RDF_FORMATS", "TABLE_FORMATS"]
