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

#: how ``dkg extract`` prints what it found (kg.extract.output writes them)
EXTRACTION_FORMATS = ("json", "table", "ttl")

__all__ = ["EXTRACTION_FORMATS", "RDF_FORMATS", "TABLE_FORMATS"]
