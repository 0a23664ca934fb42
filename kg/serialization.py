"""The same dataset gives the same bytes: sorted graphs and stable blank-node labels.

rdflib names blank nodes at random when it parses (``_:nd507e…``) and keeps its graphs in a
set, so two builds of the same inputs wrote different files. Here each blank node gets a
label computed from what surrounds it (its triples, and their blank nodes' labels in turn,
refined until they stop telling more nodes apart: the Weisfeiler-Lehman colouring), and
every format is written in a fixed order: N-Quads as sorted lines, TriG graph by graph in
the order of their names, JSON-LD with its objects and arrays sorted.

>>> from rdflib import BNode, Dataset, Literal, URIRef
>>> def dataset_with(node):
...     dataset = Dataset()
...     graph = dataset.graph(URIRef("https://e.org/g"))
...     graph.add((URIRef("https://e.org/s"), URIRef("https://e.org/p"), node))
...     graph.add((node, URIRef("https://e.org/q"), Literal("x")))
...     return dataset
>>> first, second = dataset_with(BNode()), dataset_with(BNode())
>>> serialize(first, "nquads") == serialize(second, "nquads")
True
>>> print(serialize(first, "nquads").decode())
<https://e.org/s> <https://e.org/p> _:b... <https://e.org/g> .
_:b... <https://e.org/q> "x" <https://e.org/g> .
<BLANKLINE>
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Iterable

from rdflib import BNode, Dataset, Graph
from rdflib.plugins.serializers.nquads import _nq_row
from rdflib.plugins.serializers.trig import TrigSerializer

__all__ = ["serialize", "stable_blank_nodes"]

_Quad = tuple


def stable_blank_nodes(quads: Iterable[_Quad]) -> dict[BNode, BNode]:
    """A label for each blank node of ``quads`` that depends on the data only.

    Blank nodes that no triple tells apart (the same shape around them) get the same colour
    and a running number in their order; swapping them changes no line of the output.

    >>> from rdflib import URIRef
    >>> a, b = BNode(), BNode()
    >>> p = URIRef("https://example.org/p")
    >>> labels = stable_blank_nodes([(a, p, b, None)])
    >>> labels[a] != labels[b]
    True
    """
    touching: dict[BNode, list[_Quad]] = defaultdict(list)
    for quad in quads:
        for term in {quad[0], quad[2]}:
            if isinstance(term, BNode):
                touching[term].append(quad)
    colour = dict.fromkeys(touching, "")
    distinct = 1
    for _ in range(len(touching) + 1):
        refined = {node: _signature(node, around, colour) for node, around in touching.items()}
        count = len(set(refined.values()))
        colour = refined
        if count <= distinct:
            break
        distinct = count
    labels: dict[BNode, BNode] = {}
    seen: dict[str, int] = defaultdict(int)
    for node in sorted(touching, key=lambda node: (colour[node], str(node))):
        number = seen[colour[node]]
        seen[colour[node]] += 1
        labels[node] = BNode(f"b{colour[node][:24]}" + (f"n{number}" if number else ""))
    return labels


def _signature(node: BNode, around: list[_Quad], colour: dict[BNode, str]) -> str:
    """A digest of the quads around ``node``: itself as ``*``, other blank nodes by colour."""

    def shown(term) -> str:
        if term == node:
            return "*"
        if isinstance(term, BNode):
            return colour[term]
        return "" if term is None else term.n3()

    lines = sorted(" ".join(shown(term) for term in quad) for quad in around)
    return hashlib.sha256("\n".join(lines).encode()).hexdigest()


def _relabelled(dataset: Dataset) -> Dataset:
    quads = list(dataset.quads((None, None, None, None)))
    labels = stable_blank_nodes(quads)
    copy = Dataset(default_union=dataset.default_union)
    for prefix, namespace in dataset.namespaces():
        copy.bind(prefix, namespace, override=True, replace=True)
    for subject, predicate, value, context in quads:
        identifier = getattr(context, "identifier", context)
        copy.graph(identifier).add(
            (labels.get(subject, subject), predicate, labels.get(value, value))
        )
    return copy


class _SortedTrig(TrigSerializer):
    """rdflib's TriG with the graphs in the order of their names (default graph last)."""

    def __init__(self, store: Dataset):
        super().__init__(store)
        default = store.default_graph.identifier
        self.contexts.sort(key=lambda graph: (graph.identifier == default, graph.identifier))


def serialize(dataset: Dataset, name: str) -> bytes:
    """``dataset`` in format ``name`` (see :data:`kg.formats.RDF_FORMATS`), the same bytes
    for the same data."""
    from kg.formats import RDF_FORMATS

    stable = _relabelled(dataset)
    if name == "nquads":
        rows = {
            _nq_row(triple, graph.identifier)
            for graph in stable.graphs()
            for triple in graph.triples((None, None, None))
        }
        # rdflib leaves two spaces where a triple of the default graph has no graph name
        lines = sorted(row[:-4] + " .\n" if row.endswith("  .\n") else row for row in rows)
        return "".join(lines).encode("utf-8")
    if name == "trig":
        from io import BytesIO

        buffer = BytesIO()
        _SortedTrig(stable).serialize(buffer, encoding="utf-8")
        return buffer.getvalue()
    if name == "ttl":
        flat = Graph()
        for prefix, namespace in stable.namespaces():
            flat.bind(prefix, namespace, override=True, replace=True)
        for triple in stable.triples((None, None, None)):
            flat.add(triple)
        return flat.serialize(format="turtle", encoding="utf-8")
    document = json.loads(stable.serialize(format=RDF_FORMATS[name][0], encoding="utf-8"))
    return (json.dumps(_sorted_json(document), ensure_ascii=False, indent=2) + "\n").encode()


def _sorted_json(value, ordered: bool = False):
    """JSON with object keys sorted and arrays sorted by their items' text: in JSON-LD the
    order of an array carries no meaning, but in a ``@list``."""
    if isinstance(value, dict):
        return {key: _sorted_json(item, key == "@list") for key, item in sorted(value.items())}
    if isinstance(value, list):
        items = [_sorted_json(item) for item in value]
        if ordered:
            return items
        return sorted(items, key=lambda item: json.dumps(item, sort_keys=True, ensure_ascii=False))
    return value
