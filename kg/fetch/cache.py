"""The download cache: where fetched files live, and the manifest that says what each one is.

The cache is ``--to DIR``, else ``$DKG_CACHE``, else ``$XDG_CACHE_HOME/diplomatic-kg`` (by
default ``~/.cache/diplomatic-kg``). A source's files go to ``DIR/<source>/<file name>``;
``DIR/manifest.json`` lists every file fetched, oldest first: source, address, when, size,
SHA-256, version and the server's validators (ETag, Last-Modified) for the next conditional
request. The manifest is rewritten atomically, under a lock, so two fetches never lose an
entry.

>>> import tempfile
>>> cache = Path(tempfile.mkdtemp())
>>> entry = ManifestEntry("undl-ga", "undl-ga/votes.csv", "https://example.org/votes.csv",
...                       "2026-12-04T10:00:00Z", 5, "ab" * 32, "2026-02-06")
>>> record(cache, entry)
>>> (cache / "undl-ga").mkdir(); _ = (cache / "undl-ga" / "votes.csv").write_text("a,b\\n")
>>> latest(cache, "undl-ga").version
'2026-02-06'
>>> latest(cache, "voeten") is None
True
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import fcntl
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from kg.defaults import CACHE_ENV, CACHE_NAME
from kg.errors import DataError
from kg.io import write_atomic

__all__ = [
    "ManifestEntry",
    "cache_dir",
    "entries",
    "latest",
    "locked",
    "now",
    "record",
]

_MANIFEST = "manifest.json"
_FORMAT = 1


@dataclass(frozen=True)
class ManifestEntry:
    """One fetched file: what it is, where it came from, and how to ask whether it changed."""

    source: str
    file: str  #: the path inside the cache, ``<source>/<file name>``
    url: str
    retrieved_at: str  #: ISO 8601, UTC
    size: int
    sha256: str
    version: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    #: the publisher's own checksum the file was verified against, ``md5:…`` or ``sha256:…``
    verified: str | None = None

    def path(self, cache: Path) -> Path:
        """Where the file is in ``cache``."""
        return cache / self.file


def cache_dir(to: Path | str | None = None) -> Path:
    """The cache directory: ``to``, else ``$DKG_CACHE``, else the user's cache folder.

    >>> cache_dir("/tmp/mine")
    PosixPath('/tmp/mine')
    """
    if to:
        return Path(to).expanduser()
    if os.environ.get(CACHE_ENV):
        return Path(os.environ[CACHE_ENV]).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base).expanduser() / CACHE_NAME


def now() -> str:
    """The current time as the manifest writes it (UTC, to the second)."""
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def entries(cache: Path) -> list[ManifestEntry]:
    """Every entry of the cache's manifest, oldest first (none when there is no manifest)."""
    path = cache / _MANIFEST
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
        return [ManifestEntry(**item) for item in document["files"]]
    except FileNotFoundError:
        return []
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise DataError(
            f"unreadable manifest: {error}",
            where=str(path),
            fix="remove it (the files stay; fetch again to record them)",
        ) from error


def latest(cache: Path, source: str, name: str | None = None) -> ManifestEntry | None:
    """The newest entry of ``source`` (and file ``name``) whose file is still in the cache."""
    for entry in reversed(entries(cache)):
        if entry.source != source or (name and Path(entry.file).name != name):
            continue
        if entry.path(cache).is_file():
            return entry
    return None


def record(cache: Path, entry: ManifestEntry) -> None:
    """Add ``entry`` to the manifest (atomically; call it under :func:`locked`)."""
    items = [dataclasses.asdict(item) for item in entries(cache)]
    items.append(dataclasses.asdict(entry))
    text = json.dumps({"manifest": _FORMAT, "files": items}, indent=1, ensure_ascii=False)
    write_atomic(cache / _MANIFEST, text + "\n")


@contextlib.contextmanager
def locked(cache: Path) -> Iterator[None]:
    """Hold the cache's lock: one fetch at a time writes files and the manifest."""
    try:
        cache.mkdir(parents=True, exist_ok=True)
        handle = (cache / ".lock").open("w")
    except OSError as error:
        raise DataError(
            f"cannot use {cache} as the download cache: {error.strerror or error}",
            fix=f"give --to a writable directory, or set {CACHE_ENV}",
        ) from error
    with handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        yield
