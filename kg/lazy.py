"""Lazy re-exports for a package's front door (PEP 562 module ``__getattr__``).

A package lists its public names and the modules that define them; a name's module is
imported the first time the name is used, so starting ``dkg`` does not load every library.

>>> namespace = {}
>>> getter = lazy_attributes({"sqrt": "math"}, "example", namespace)
>>> getter("sqrt")(16.0), "sqrt" in namespace
(4.0, True)
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from typing import Any

__all__ = ["lazy_attributes"]


def lazy_attributes(
    api: Mapping[str, str], package: str, namespace: dict[str, Any]
) -> Callable[[str], Any]:
    """A module ``__getattr__`` that imports ``api[name]`` on first use and caches the value."""

    def __getattr__(name: str) -> Any:
        if name not in api:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(api[name]), name)
        namespace[name] = value
        return value

    return __getattr__
