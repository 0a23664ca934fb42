"""Finding the current file of a source: its address, name, version, and what the publisher
says about it (size, checksum).

Three ways, one per kind of publisher (see ``kg/data/sources.yaml``):

- a fixed address: the name is the address's last part, the version comes from it when the
  source gives a pattern, and a change is found by the server's ETag / Last-Modified;
- ``tind``: the UN Digital Library's file list of a record, a JSON list of
  ``{"name": "2026_02_06_ga_voting", "format": ".csv", "url": …}``; the newest file whose name
  matches the source's pattern (by the date in it) is the current one;
- ``dataverse``: the Dataverse native API's dataset JSON, whose ``data.latestVersion`` gives the
  version number and each file's id, name, size and MD5 checksum. Files Dataverse ingested as
  tables are fetched in their original format (``format=original``), whose size and checksum
  are the ones listed (the checksum of an ingested file is that of its saved original).

>>> from kg.fetch.sources import SourceFile
>>> tind = SourceFile(discover="tind", api="https://x.org/api/v1/file?recid=1",
...     name=r"(?P<year>\\d{4})_(?P<month>\\d{1,2})_(?P<day>\\d{1,2})_ga_voting\\.csv")
>>> listing = [{"name": "2025_7_23_ga_voting", "format": ".csv", "url": "https://x.org/a.csv"},
...            {"name": "2026_02_06_ga_voting", "format": ".csv", "url": "https://x.org/b.csv"},
...            {"name": "2026_02_06_ga_voting_md", "format": ".md", "url": "https://x.org/c.md"}]
>>> target = tind_target(tind, listing)
>>> target.url, target.name, target.version
('https://x.org/b.csv', '2026_02_06_ga_voting.csv', '2026-02-06')
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit, urlunsplit

from kg.fetch.download import Target, TransferError
from kg.fetch.sources import SourceFile, file_name_of

if TYPE_CHECKING:
    import httpx

__all__ = ["dataverse_target", "find_target", "fixed_target", "tind_target", "version_of"]


class ListingError(Exception):
    """A listing was read but does not say what is needed (no matching file, unknown shape)."""


def find_target(client: httpx.Client, file: SourceFile) -> tuple[Target, str | None]:
    """The current file of ``file``, and a note when the listing could not be used.

    A listing that answers but cannot be used (a web page instead of JSON, no matching file)
    falls back to the last known address, with a note saying why.

    Raises
    ------
    kg.fetch.download.TransferError
        When the listing's server cannot be reached or refuses.
    """
    if file.discover is None:
        return fixed_target(file, file.url or ""), None
    try:
        document = _get_json(client, file.api or "")
        if file.discover == "tind":
            return tind_target(file, document), None
        return dataverse_target(file, document), None
    except (ListingError, TransferError) as error:
        if isinstance(error, TransferError) and error.kind == "unreachable":
            raise
        if not file.known:
            if isinstance(error, TransferError):
                raise
            raise TransferError("refused", file.api or "", str(error)) from error
        note = f"the file list at {file.api} could not be used ({error}); trying {file.known}"
        return fixed_target(file, file.known), note


def fixed_target(file: SourceFile, url: str) -> Target:
    """A file at a known address: its name is the address's last part."""
    name = file_name_of(url)
    return Target(url=url, name=name, version=version_of(file, name))


def version_of(file: SourceFile, name: str) -> str | None:
    """The version a file name carries, by the source's patterns (a date as ``YYYY-MM-DD``).

    >>> version_of(SourceFile(url="u", version=r"Archigos_(?P<version>\\d+\\.\\d+)"),
    ...            "1March_Archigos_4.1.txt")
    '4.1'
    """
    for pattern in (file.name, file.version):
        match = re.search(pattern, name) if pattern else None
        if match is None:
            continue
        groups = match.groupdict()
        if groups.get("version"):
            return groups["version"]
        if all(groups.get(part) for part in ("year", "month", "day")):
            return f"{groups['year']}-{int(groups['month']):02d}-{int(groups['day']):02d}"
    return None


def tind_target(file: SourceFile, listing: Any) -> Target:
    """The newest file of a UN Digital Library record's file list that matches the pattern."""
    if not isinstance(listing, list):
        raise ListingError("the file list is not a JSON list")
    found = []
    for item in listing:
        if not isinstance(item, dict) or not isinstance(item.get("url"), str):
            continue
        name = f"{item.get('name') or ''}{item.get('format') or ''}"
        if re.fullmatch(file.name or "", name):
            found.append((version_of(file, name) or "", name, item["url"]))
    if not found:
        raise ListingError(f"no file in the list matches {file.name}")
    version, name, url = max(found)
    return Target(url=url, name=name, version=version or None)


def dataverse_target(file: SourceFile, document: Any) -> Target:
    """The file of a Dataverse dataset (latest version) whose name matches the pattern."""
    try:
        latest = document["data"]["latestVersion"]
        version = f"{latest['versionNumber']}.{latest.get('versionMinorNumber') or 0}"
        files = latest["files"]
    except (KeyError, TypeError) as error:
        raise ListingError(f"not a Dataverse dataset answer (no {error})") from error
    pattern = re.compile(file.name or "")
    for item in files if isinstance(files, list) else []:
        data = item.get("dataFile") if isinstance(item, dict) else None
        if not isinstance(data, dict) or "id" not in data:
            continue
        original, stored = data.get("originalFileName"), data.get("filename") or item.get("label")
        checksum = data.get("checksum") or {}
        algorithm = str(checksum.get("type") or "md5").lower().replace("-", "")
        value = checksum.get("value") or data.get("md5")
        if original and pattern.fullmatch(original):
            # an ingested table, fetched as uploaded: the listed checksum is the original's
            name, size, original_format = original, data.get("originalFileSize"), True
        elif stored and pattern.fullmatch(stored):
            # as stored: for an ingested table that is Dataverse's tab-separated copy, which
            # has no checksum of its own
            name, size, original_format = stored, data.get("filesize"), False
            value = None if original or data.get("originalFileFormat") else value
        else:
            continue
        return Target(
            url=_access_url(file.api or "", data["id"], original=original_format),
            name=name,
            version=f"v{version}",
            size=size if isinstance(size, int) else None,
            checksum=f"{algorithm}:{value}" if value else None,
        )
    raise ListingError(f"no file of the dataset matches {file.name}")


def _access_url(api: str, file_id: object, *, original: bool) -> str:
    """``https://host/api/access/datafile/<id>`` on the API's host (original format if asked).

    >>> _access_url("https://dataverse.harvard.edu/api/datasets/:persistentId/?persistentId=x",
    ...             6358426, original=True)
    'https://dataverse.harvard.edu/api/access/datafile/6358426?format=original'
    """
    parts = urlsplit(api)
    query = "format=original" if original else ""
    return urlunsplit((parts.scheme, parts.netloc, f"/api/access/datafile/{file_id}", query, ""))


def _get_json(client: httpx.Client, url: str) -> Any:
    import httpx

    try:
        response = client.get(url, headers={"Accept": "application/json"})
    except httpx.HTTPError as error:
        raise TransferError("unreachable", url, str(error) or type(error).__name__) from error
    if response.status_code == 202:
        raise TransferError("blocked", url, "HTTP 202 without the list (a browser check)")
    if response.status_code != 200:
        raise TransferError("refused", url, f"HTTP {response.status_code}")
    try:
        return response.json()
    except ValueError as error:
        kind = response.headers.get("Content-Type", "no content type")
        raise ListingError(f"the answer is not JSON ({kind})") from error
