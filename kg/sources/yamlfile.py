"""The one YAML reader for the project's curated data files.

Strict on purpose: safe loading only; like YAML 1.2, only ``true``/``false`` are booleans (so
``option: no`` and ``tallies: {yes: 93}`` stay words); dates stay strings until the field
that holds them checks them; a repeated key is an error; every mapping remembers the line it
starts on, for error messages.

>>> document = load_yaml_text("tallies: {yes: 93, no: 18}\\nday: 2025-02-24\\n", "example")
>>> document["tallies"], document["day"], document.line
({'yes': 93, 'no': 18}, '2025-02-24', 1)
>>> load_yaml_text("a: 1\\na: 2\\n", "example.yaml")
Traceback (most recent call last):
...
kg.errors.DataError: example.yaml line 2: malformed YAML: duplicate key 'a' (fix: ...)
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from kg.checks import read_text
from kg.errors import DataError

__all__ = ["LineDict", "line_of", "load_yaml", "load_yaml_text"]


class LineDict(dict):
    """A mapping read from YAML, with the 1-based ``line`` it starts on."""

    line: int | None = None


def line_of(value: Any) -> int | str:
    """The line a mapping was read from, or ``"?"`` when it was not read from YAML."""
    return getattr(value, "line", None) or "?"


class _StrictLoader(yaml.SafeLoader):
    """Safe YAML with 1.2-style booleans, dates as strings, no duplicate keys, line numbers."""


_StrictLoader.yaml_implicit_resolvers = {
    first: [
        (tag, pattern)
        for tag, pattern in resolvers
        if tag not in {"tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:bool"}
    ]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_StrictLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)


def _mapping(loader: _StrictLoader, node: yaml.MappingNode) -> LineDict:
    mapping = LineDict()
    mapping.line = node.start_mark.line + 1
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if key in mapping:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key {key!r}", key_node.start_mark
            )
        mapping[key] = loader.construct_object(value_node, deep=True)
    return mapping


_StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)


def load_yaml(path: Path) -> Any:
    """Read a YAML file strictly; a missing or malformed file raises :class:`DataError`
    (a byte that is not UTF-8 with its line, a byte-order mark dropped:
    :func:`kg.checks.read_text`)."""
    return load_yaml_text(read_text(path), str(path))


def load_yaml_text(text: str, where: str) -> Any:
    """Parse YAML ``text`` strictly; ``where`` names its origin in error messages."""
    try:
        return yaml.load(text, Loader=_StrictLoader)  # a SafeLoader: no arbitrary objects
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        problem = getattr(error, "problem", None) or str(error)
        raise DataError(
            f"malformed YAML: {problem}",
            where=f"{where} line {mark.line + 1}" if mark else where,
            fix="correct the YAML at that line",
        ) from error
