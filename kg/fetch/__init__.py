"""Getting the public datasets: ``dkg fetch`` and ``dkg update`` as a library.

:func:`fetch` brings the current file(s) of a source of ``kg/data/sources.yaml`` into the
cache (:mod:`kg.fetch.cache`): it finds the file (:mod:`kg.fetch.discover`), streams it to a
temporary file with a progress bar, resumes an interrupted download, checks size and checksum,
records it in the manifest and moves it into place atomically (:mod:`kg.fetch.download`). A
second fetch of an unchanged source downloads nothing: for a fixed address it makes one
conditional request (answered 304), for a listed file one request to the listing, which names
the file and version already held. ``url=`` fetches a mirror (http, https) or a local copy (a
path or ``file://``) with the same handling. When the network cannot be used (``offline=True``,
a failed connection, a server that answers with a browser check) the error (exit code 5) names
the address and the manual steps: download it in a browser, then ``dkg fetch SOURCE --url
PATH`` and ``dkg import FORMAT --latest``.

:func:`latest_file` is the newest cached file a ``dkg import`` format reads;
:func:`kg.fetch.update.update` fetches what changed and imports it.

>>> import tempfile
>>> cache = Path(tempfile.mkdtemp())
>>> try:
...     fetch("undl-ga", to=cache, offline=True)
... except RemoteError as error:
...     print(error.exit_code, error.where); print(error.what); print(error.fix)
5 https://digitallibrary.un.org/api/v1/file?recid=4060887
cannot fetch undl-ga: offline (--offline), so no connection was tried
download it by hand: open https://digitallibrary.un.org/record/4060887 in a browser and
save the newest file named like 2026_02_06_ga_voting.csv; then `dkg fetch undl-ga --url PATH`
puts it in the cache and `dkg import undl --latest` imports it
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import unquote, urlsplit

from kg.errors import DataError, RemoteError, UsageError
from kg.fetch.cache import ManifestEntry, cache_dir, latest, locked, now, record
from kg.fetch.discover import find_target, fixed_target
from kg.fetch.download import Received, Target, TransferError, copy_file, download, human_size
from kg.fetch.sources import (
    Source,
    SourceFile,
    file_name_of,
    format_sources,
    get_source,
    load_sources,
)

if TYPE_CHECKING:
    import httpx

__all__ = [
    "FetchResult",
    "Source",
    "cache_dir",
    "fetch",
    "format_sources",
    "get_source",
    "latest_file",
    "load_sources",
]

_USER_AGENT = "diplomatic-kg (dkg fetch; https://w3id.org/diplomatic-kg)"


@dataclass(frozen=True)
class FetchResult:
    """What a fetch did with one file: ``downloaded``, ``resumed``, ``copied`` or
    ``unchanged``; the manifest entry of the file now held, and a note (a fallback taken)."""

    source: str
    status: str
    entry: ManifestEntry
    path: Path
    note: str | None = None

    def text(self) -> str:
        """One line for people, e.g. ``undl-ga: downloaded 2026_02_06_ga_voting.csv …``."""
        entry = self.entry
        version = f"version {entry.version}, " if entry.version else ""
        checked = (
            f", matches the publisher's {entry.verified.split(':')[0]}" if entry.verified else ""
        )
        when = f", retrieved {entry.retrieved_at}" if self.status == "unchanged" else ""
        line = (
            f"{self.source}: {self.status} {self.path.name} ({version}{human_size(entry.size)}, "
            f"sha256 {entry.sha256[:12]}…{checked}{when})\n  {self.path}"
        )
        return f"{line}\n  note: {self.note}" if self.note else line


def fetch(
    source: str | Source,
    *,
    to: Path | str | None = None,
    url: str | None = None,
    force: bool = False,
    offline: bool = False,
    progress: bool = False,
    client: httpx.Client | None = None,
) -> list[FetchResult]:
    """Bring the current file(s) of ``source`` into the cache; one result per file.

    Parameters
    ----------
    source
        A source id of ``kg/data/sources.yaml`` (``dkg fetch --list``) or a :class:`Source`.
    to
        The cache directory (default :func:`kg.fetch.cache.cache_dir`).
    url
        A mirror (http, https) or a local copy (a path or ``file://``) of the source's file,
        fetched instead of the publisher's, with the same checks.
    force
        Download again even when the cached copy is current.
    offline
        Use no network: the error names the address and the manual steps.
    progress
        Show a progress bar (on a terminal only).
    client
        The httpx client to use (default: a new one).

    Raises
    ------
    kg.errors.RemoteError
        (exit code 5) When the file cannot be fetched: offline, no connection, refused, a web
        page instead of the file, a transfer broken off (run again to resume), or a file that
        does not match the publisher's size or checksum.
    kg.errors.UsageError
        For an unknown source, or a ``url`` that is neither a web address nor a file.
    """
    source = get_source(source) if isinstance(source, str) else source
    cache = cache_dir(to)
    if url:
        return [_fetch_given(source, url, cache, force, offline, progress, client)]
    if offline:
        raise _manual(source, cache, source.files[0].api or source.files[0].shown_url, None)
    with _http(client) as http, locked(cache):
        return [_fetch_file(http, source, file, cache, force, progress) for file in source.files]


def latest_file(format_name: str, to: Path | str | None = None) -> tuple[Source, ManifestEntry]:
    """The newest cached file that ``dkg import format_name`` reads, and its source.

    Raises
    ------
    kg.errors.DataError
        When no source of that format has been fetched into the cache.
    """
    cache = cache_dir(to)
    sources = [s for s in load_sources().values() if s.importer == format_name]
    held = [(entry, s) for s in sources if (entry := latest(cache, s.id)) is not None]
    if not held:
        names = ", ".join(s.id for s in sources) or "none"
        raise DataError(
            f"no file for `dkg import {format_name}` in the cache {cache}",
            fix=f"fetch one first (dkg fetch {sources[0].id if sources else '…'}; sources of "
            f"this format: {names}), or give the file's path",
        )
    entry, source = max(held, key=lambda pair: pair[0].retrieved_at)
    return source, entry


# --- one file ------------------------------------------------------------------------------------


def _fetch_file(
    http: httpx.Client,
    source: Source,
    file: SourceFile,
    cache: Path,
    force: bool,
    progress: bool,
) -> FetchResult:
    try:
        target, note = find_target(http, file)
    except TransferError as error:
        raise _manual(source, cache, error.url, error) from error
    held = None if force else latest(cache, source.id, target.name)
    if held is not None and file.discover and _is_current(held, target):
        return FetchResult(source.id, "unchanged", held, held.path(cache), note)
    # a listed file is asked for by its listing; a fixed address by a conditional request
    asked = None if file.discover else held
    return _transfer(http, source, target, cache, held, asked, progress, note)


def _transfer(
    http: httpx.Client,
    source: Source,
    target: Target,
    cache: Path,
    held: ManifestEntry | None,
    asked: ManifestEntry | None,
    progress: bool,
    note: str | None = None,
) -> FetchResult:
    """Download ``target`` (conditionally on the copy ``asked`` about) and record it."""
    validators = asked and {"etag": asked.etag or "", "last_modified": asked.last_modified or ""}
    try:
        received = download(
            http, target, cache / source.id, validators=validators or None, progress=progress
        )
    except TransferError as error:
        raise _manual(source, cache, error.url, error) from error
    if received is None and asked is not None:  # 304: the copy held is current
        return FetchResult(source.id, "unchanged", asked, asked.path(cache), note)
    assert received is not None
    return _recorded(source, target, received, cache, note, held)


def _is_current(held: ManifestEntry, target: Target) -> bool:
    """True if the listed file is the one held: same version, and same checksum if listed."""
    if target.version is None or held.version != target.version:
        return False
    return target.checksum is None or held.verified == target.checksum


def _fetch_given(
    source: Source,
    url: str,
    cache: Path,
    force: bool,
    offline: bool,
    progress: bool,
    client: httpx.Client | None,
) -> FetchResult:
    """Fetch ``url`` (a mirror or a local copy) as ``source``'s file."""
    parts = urlsplit(url)
    if parts.scheme in ("http", "https"):
        file = _file_for(source, file_name_of(url))
        target = fixed_target(file, url)
        if offline:
            raise _manual(source, cache, url, None)
        with _http(client) as http, locked(cache):
            held = None if force else latest(cache, source.id, target.name)
            return _transfer(http, source, target, cache, held, held, progress)
    if parts.scheme not in ("", "file") or (parts.scheme == "" and "://" in url):
        raise UsageError(
            f"cannot fetch {url!r}: only http, https, file:// or a path",
            fix="give a web address of a mirror, or the path of a copy you downloaded",
        )
    origin = Path(unquote(parts.path) if parts.scheme == "file" else url).expanduser()
    if not origin.is_file():
        raise DataError(f"no file at {origin}", fix="give the path of the file you downloaded")
    target = fixed_target(_file_for(source, origin.name), origin.resolve().as_uri())
    with locked(cache):
        held = latest(cache, source.id, target.name)
        received = copy_file(origin, target, cache / source.id, progress=progress)
        if held is not None and held.sha256 == received.sha256 and not force:
            return FetchResult(source.id, "unchanged", held, held.path(cache))
        return _recorded(source, target, received, cache, None, held, status="copied")


def _file_for(source: Source, name: str) -> SourceFile:
    """The file of ``source`` a given copy stands for (one-file sources: that one)."""
    if len(source.files) == 1:
        return source.files[0]
    for file in source.files:
        if file.url and file_name_of(file.url) == name:
            return file
    expected = ", ".join(file_name_of(file.shown_url) for file in source.files)
    raise UsageError(
        f"{source.id} has several files; {name!r} is none of them",
        fix=f"give one of: {expected} (same name as the publisher's)",
    )


def _recorded(
    source: Source,
    target: Target,
    received: Received,
    cache: Path,
    note: str | None,
    held: ManifestEntry | None,
    *,
    status: str | None = None,
) -> FetchResult:
    """Record a file now in place in the manifest, and say what was done."""
    entry = ManifestEntry(
        source=source.id,
        file=f"{source.id}/{target.name}",
        url=target.url,
        retrieved_at=now(),
        size=received.size,
        sha256=received.sha256,
        version=target.version or _server_version(received),
        etag=received.etag,
        last_modified=received.last_modified,
        verified=received.verified,
    )
    record(cache, entry)
    if status is None:
        status = "resumed" if received.resumed_from else "downloaded"
    if held is not None and held.sha256 != received.sha256 and held.version == entry.version:
        note = "; ".join(filter(None, [note, "the file changed under the same name and version"]))
    return FetchResult(source.id, status, entry, received.path, note)


def _server_version(received: Received) -> str | None:
    """A fixed address's version, as its server dates it (Last-Modified), else its ETag."""
    if received.last_modified:
        return received.last_modified
    return f"etag {received.etag}" if received.etag else None


# --- errors --------------------------------------------------------------------------------------


def _manual(source: Source, cache: Path, url: str, error: TransferError | None) -> RemoteError:
    """The error for a file that cannot be fetched here: what happened and the manual steps."""
    if error is None:
        what = "offline (--offline), so no connection was tried"
    elif error.kind == "unreachable":
        what = f"no connection ({error.detail})"
    elif error.kind == "blocked":
        what = error.detail
    else:
        what = f"the server refused ({error.detail})"
    names = " and ".join(_expected_name(file) for file in source.files)
    steps = (
        f"download it by hand: open {source.landing} in a browser and save {names}; "
        f"then `dkg fetch {source.id} --url PATH` puts it in the cache"
    )
    if source.importer:
        steps += f" and `dkg import {source.importer} --latest` imports it"
    held = latest(cache, source.id) if (cache / "manifest.json").is_file() else None
    if held is not None:
        steps += f" (the cache already holds {held.file} of {held.retrieved_at})"
    return RemoteError(f"cannot fetch {source.id}: {what}", where=url, fix=steps)


def _expected_name(file: SourceFile) -> str:
    if file.label:
        return file.label
    if file.discover == "tind" and file.known:
        return f"the newest file named like {file_name_of(file.known)}"
    if file.discover:
        return f"the file whose name matches {file.name}"
    return file_name_of(file.shown_url)


@contextlib.contextmanager
def _http(client: httpx.Client | None) -> Iterator[httpx.Client]:
    if client is not None:
        yield client
        return
    import httpx

    timeout = httpx.Timeout(30.0, read=120.0)
    headers = {"User-Agent": _USER_AGENT}
    with httpx.Client(follow_redirects=True, timeout=timeout, headers=headers) as created:
        yield created
