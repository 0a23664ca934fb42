"""Named series of roll calls (``kg/data/series.yaml``): UN symbols, in order."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

import yaml

from kg.errors import DataError
from kg.ontology import DATA_DIR

__all__ = ["SERIES_FILE", "Series", "load_series"]

SERIES_FILE = DATA_DIR / "series.yaml"


@dataclass(frozen=True)
class Series:
    """A named series of roll calls (``kg/data/series.yaml``): UN symbols, in order."""

    name: str
    title: str
    organ: str | None
    symbols: tuple[str, ...]


@functools.cache
def _series_file(path: Path) -> dict[str, Series]:
    try:
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError as error:
        raise DataError(f"file not found: {path}", fix="restore kg/data/series.yaml") from error
    except yaml.YAMLError as error:
        raise DataError(f"malformed YAML: {error}", where=str(path)) from error
    entries = document.get("series") if isinstance(document, dict) else None
    if not isinstance(entries, dict):
        raise DataError("expected a 'series' mapping", where=str(path), fix="see its header")
    series = {}
    for name, entry in entries.items():
        symbols = entry.get("symbols") if isinstance(entry, dict) else None
        if not isinstance(symbols, list) or not all(isinstance(s, str) for s in symbols):
            raise DataError(
                f"series {name!r} needs a list of symbols", where=str(path), fix="see es-11"
            )
        series[str(name)] = Series(
            str(name), str(entry.get("title", name)), entry.get("organ"), tuple(symbols)
        )
    return series


def load_series(name: str, path: Path | str = SERIES_FILE) -> Series:
    """The named series of roll calls from ``kg/data/series.yaml``.

    >>> load_series("es-11").symbols[-2:]
    ('A/RES/ES-11/7', 'A/RES/ES-11/8')
    >>> load_series("es-12")
    Traceback (most recent call last):
    ...
    kg.errors.DataError: unknown series 'es-12' (fix: use one of es-11, ukraine-council)
    """
    known = _series_file(Path(path).resolve())
    if name not in known:
        raise DataError(f"unknown series {name!r}", fix=f"use one of {', '.join(known)}")
    return known[name]
