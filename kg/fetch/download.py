"""Moving one file into the cache: over HTTP (conditional, resumable) or from a local copy.

The bytes go to ``DIR/.<name>.part`` first, hashed as they arrive, with a progress bar on a
terminal (size and ETA when the server gives a length). Beside it, ``.<name>.part.json`` keeps
the address and the server's validators, so an interrupted download (a dropped connection,
Ctrl-C) resumes with an HTTP ``Range`` request guarded by ``If-Range``: a file that changed in
the meantime is sent whole instead of being spliced. Only a complete file whose length (and
the publisher's size and checksum, when known) match is renamed into place, in one atomic
step; a file that fails the check is removed.

A request that carries the validators of the file already cached (``If-None-Match``,
``If-Modified-Since``) and is answered ``304 Not Modified`` downloads nothing.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from kg.errors import DataError, RemoteError

if TYPE_CHECKING:
    import httpx

__all__ = ["CHUNK", "Received", "Target", "TransferError", "copy_file", "download", "human_size"]

#: bytes read and written at a time
CHUNK = 1 << 20
_CONTENT_RANGE = re.compile(r"bytes (\d+)-(\d+)/(\d+|\*)")


@dataclass(frozen=True)
class Target:
    """A file to fetch: its address, the name it gets in the cache, and what the publisher says
    about it (version, size in bytes, checksum as ``md5:…`` or ``sha256:…``), where known."""

    url: str
    name: str
    version: str | None = None
    size: int | None = None
    checksum: str | None = None


@dataclass(frozen=True)
class Received:
    """A file now in place in the cache."""

    path: Path
    size: int
    sha256: str
    etag: str | None = None
    last_modified: str | None = None
    #: bytes already on disk from an interrupted earlier run (0: downloaded from the start)
    resumed_from: int = 0
    #: the publisher's checksum the file matched, if one was given
    verified: str | None = None


class TransferError(Exception):
    """The server could not be reached, refused, or sent a web page instead of the file.

    ``kind`` is ``unreachable``, ``blocked`` or ``refused``; the caller turns it into a message
    that names the manual steps for the source concerned.
    """

    def __init__(self, kind: str, url: str, detail: str):
        self.kind, self.url, self.detail = kind, url, detail
        super().__init__(f"{url}: {detail}")


def download(
    client: httpx.Client,
    target: Target,
    directory: Path,
    *,
    validators: dict[str, str] | None = None,
    progress: bool = False,
) -> Received | None:
    """Fetch ``target`` into ``directory``; None when the server answers 304 (unchanged).

    ``validators`` (``etag``, ``last_modified``) are those of the copy already cached: they
    make the request conditional. A partial file left by an earlier run is resumed.

    Raises
    ------
    TransferError
        When the server cannot be reached, refuses, or answers with a web page.
    kg.errors.RemoteError
        When the transfer breaks off (the partial file is kept for the next run) or the file
        does not match the publisher's size or checksum (it is removed).
    """
    import httpx

    directory.mkdir(parents=True, exist_ok=True)
    part, sidecar = _partial_paths(directory, target.name)
    offset, headers = 0, {}
    earlier = _read_sidecar(sidecar) if part.is_file() else None
    if earlier and earlier.get("url") == target.url and _if_range(earlier):
        offset = part.stat().st_size
        headers = {"Range": f"bytes={offset}-", "If-Range": _if_range(earlier)}
    elif validators:
        if validators.get("etag"):
            headers["If-None-Match"] = validators["etag"]
        if validators.get("last_modified"):
            headers["If-Modified-Since"] = validators["last_modified"]
    try:
        with client.stream("GET", target.url, headers=headers) as response:
            if response.status_code == 304 and validators and not offset:
                return None
            if response.status_code == 416 and offset:  # the part is stale: start over
                _discard(part, sidecar)
                return download(client, target, directory, validators=None, progress=progress)
            _check_response(response, target)
            resuming = offset > 0 and response.status_code == 206
            if resuming:
                _check_range(response, offset, target.url)
            else:
                offset = 0
            etag = response.headers.get("ETag")
            last_modified = response.headers.get("Last-Modified")
            total = _total(response, offset)
            _write_sidecar(sidecar, target.url, etag, last_modified, total)
            # as the bytes arrive: a transfer that breaks off keeps all it received
            chunks = _checked_stream(response.iter_bytes(), target, offset, total)
            size, digests = _receive(chunks, part, offset, total, target, progress)
    except httpx.HTTPError as error:
        raise TransferError("unreachable", target.url, _reason(error)) from error
    return _finish(part, sidecar, target, size, digests, etag, last_modified, offset)


def copy_file(origin: Path, target: Target, directory: Path, *, progress: bool = False) -> Received:
    """Copy a local file into ``directory`` with the same checks and atomic move as a download.

    Raises
    ------
    kg.errors.DataError
        When ``origin`` is missing or unreadable.
    """
    try:
        stream = origin.open("rb")
    except OSError as error:
        raise DataError(
            f"cannot read {origin}: {error.strerror or error}",
            fix="give the path of the file you downloaded",
        ) from error
    directory.mkdir(parents=True, exist_ok=True)
    part, sidecar = _partial_paths(directory, target.name)
    _discard(part, sidecar)  # a download of that name broken off earlier is superseded
    with stream:
        total = os.fstat(stream.fileno()).st_size
        chunks = iter(lambda: stream.read(CHUNK), b"")
        size, digests = _receive(chunks, part, 0, total, target, progress)
    return _finish(part, sidecar, target, size, digests, None, None, 0)


# --- the transfer --------------------------------------------------------------------------------


def _partial_paths(directory: Path, name: str) -> tuple[Path, Path]:
    return directory / f".{name}.part", directory / f".{name}.part.json"


def _read_sidecar(path: Path) -> dict[str, object] | None:
    try:
        value = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return value if isinstance(value, dict) else None


def _write_sidecar(
    path: Path, url: str, etag: str | None, last_modified: str | None, total: int | None
) -> None:
    document = {"url": url, "etag": etag, "last_modified": last_modified, "size": total}
    path.write_text(json.dumps(document) + "\n", encoding="utf-8")


def _if_range(sidecar: dict[str, object]) -> str | None:
    """The validator to resume with: a strong ETag, else the Last-Modified date."""
    etag = sidecar.get("etag")
    if isinstance(etag, str) and etag and not etag.startswith("W/"):
        return etag
    modified = sidecar.get("last_modified")
    return modified if isinstance(modified, str) and modified else None


def _discard(*paths: Path) -> None:
    for path in paths:
        path.unlink(missing_ok=True)


def _check_response(response: httpx.Response, target: Target) -> None:
    status = response.status_code
    if status == 202 or (status == 200 and _is_web_page(response, target)):
        raise TransferError(
            "blocked",
            target.url,
            f"the server answered with a web page (HTTP {status}, "
            f"{response.headers.get('Content-Type') or 'no content type'}) instead of the file, "
            "probably a check that a person is browsing",
        )
    if status not in (200, 206):
        raise TransferError("refused", target.url, f"HTTP {status} {response.reason_phrase}")


def _is_web_page(response: httpx.Response, target: Target) -> bool:
    kind = response.headers.get("Content-Type", "").split(";")[0].strip().lower()
    return kind in ("text/html", "application/xhtml+xml") and not target.name.endswith(
        (".html", ".htm")
    )


def _check_range(response: httpx.Response, offset: int, url: str) -> None:
    match = _CONTENT_RANGE.fullmatch(response.headers.get("Content-Range", ""))
    if not match or int(match.group(1)) != offset:
        raise TransferError(
            "refused", url, f"asked for bytes from {offset}, got {match and match.group(0)!r}"
        )


def _total(response: httpx.Response, offset: int) -> int | None:
    """The whole file's length, when the server says it."""
    match = _CONTENT_RANGE.fullmatch(response.headers.get("Content-Range", ""))
    if match and match.group(3) != "*":
        return int(match.group(3))
    length = response.headers.get("Content-Length")
    encoded = response.headers.get("Content-Encoding", "identity") != "identity"
    return offset + int(length) if length and length.isdigit() and not encoded else None


def _checked_stream(
    chunks: Iterable[bytes], target: Target, offset: int, total: int | None
) -> Iterator[bytes]:
    """Pass the body through; a connection that breaks off is a RemoteError saying how far
    it got (the partial file stays, so the same command resumes it)."""
    import httpx

    received = offset
    try:
        for chunk in chunks:
            received += len(chunk)
            yield chunk
    except httpx.HTTPError as error:
        of = f" of {human_size(total)}" if total else ""
        raise RemoteError(
            f"the download of {target.name} broke off after {human_size(received)}{of}: "
            f"{_reason(error)}",
            where=target.url,
            fix="run the same command again: it resumes where this one stopped",
        ) from error


def _receive(
    chunks: Iterable[bytes],
    part: Path,
    offset: int,
    total: int | None,
    target: Target,
    progress: bool,
) -> tuple[int, dict[str, hashlib._Hash]]:
    """Append ``chunks`` to ``part`` (after its first ``offset`` bytes), hashing all of it."""
    digests = {"sha256": hashlib.sha256()}
    algorithm = (target.checksum or "").partition(":")[0]
    if algorithm and algorithm not in digests and algorithm in hashlib.algorithms_available:
        digests[algorithm] = hashlib.new(algorithm)
    size = 0
    with part.open("r+b" if offset else "wb") as stream:
        if offset:
            while size < offset and (block := stream.read(min(CHUNK, offset - size))):
                for digest in digests.values():
                    digest.update(block)
                size += len(block)
            stream.truncate(offset)
        try:
            with _bar(target.name, total, offset, progress) as bar:
                for chunk in chunks:
                    stream.write(chunk)
                    for digest in digests.values():
                        digest.update(chunk)
                    size += len(chunk)
                    bar(len(chunk))
        except KeyboardInterrupt:
            if progress:  # Ctrl-C: what was received stays for the next run; below the bar
                of = f" of {human_size(total)}" if total else ""
                print(
                    f"{target.name}: stopped after {human_size(size)}{of}; "
                    "the same command resumes from there",
                    file=sys.stderr,
                )
            raise
        stream.flush()
        os.fsync(stream.fileno())
    return size, digests


@contextlib.contextmanager
def _bar(name: str, total: int | None, initial: int, shown: bool) -> Iterator:
    """A function to call with each chunk's length: a tqdm bar on a terminal, else nothing."""
    if not (shown and sys.stderr.isatty()):
        yield lambda length: None
        return
    from tqdm import tqdm

    with tqdm(
        desc=name,
        total=total,
        initial=initial,
        unit="B",
        unit_scale=True,
        unit_divisor=1024,
        mininterval=0.5,
        file=sys.stderr,
    ) as bar:
        yield bar.update


def _finish(
    part: Path,
    sidecar: Path,
    target: Target,
    size: int,
    digests: dict[str, hashlib._Hash],
    etag: str | None,
    last_modified: str | None,
    resumed_from: int,
) -> Received:
    """Check the complete file against what is known of it, then move it into place."""
    expected = _read_sidecar(sidecar) or {}
    problem = None
    if isinstance(expected.get("size"), int) and expected["size"] != size:
        problem = f"received {size:,} bytes, the server announced {expected['size']:,}"
    elif target.size is not None and target.size != size:
        problem = f"it has {size:,} bytes, the publisher lists {target.size:,}"
    verified = None
    if problem is None and target.checksum:
        algorithm, _, value = target.checksum.partition(":")
        actual = digests[algorithm].hexdigest() if algorithm in digests else None
        if actual is None:
            problem = f"cannot compute a {algorithm} checksum here"
        elif actual.lower() != value.lower():
            problem = f"its {algorithm} is {actual}, the publisher lists {value}"
        else:
            verified = target.checksum
    if problem:
        _discard(part, sidecar)
        raise RemoteError(
            f"{target.name} does not match what the publisher says: {problem}",
            where=target.url,
            fix="the copy was damaged or changed on the way and was removed; fetch it again",
        )
    final = part.parent / target.name
    os.replace(part, final)  # the one atomic step: the cache never holds a partial file
    _discard(sidecar)
    return Received(
        final, size, digests["sha256"].hexdigest(), etag, last_modified, resumed_from, verified
    )


def _reason(error: Exception) -> str:
    text = str(error) or type(error).__name__
    return text.splitlines()[0][:200]


def human_size(count: int | None) -> str:
    """A byte count for people.

    >>> human_size(1536), human_size(364_201_778)
    ('1.5 KB', '347.3 MB')
    """
    value = float(count or 0)
    for unit in ("bytes", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{value:.0f} bytes" if unit == "bytes" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{value:.1f} GB"
