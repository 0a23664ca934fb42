"""``dkg fetch`` as a library, against a loopback server that publishes like the real ones.

Nothing here touches the internet: every address is on 127.0.0.1, served by
:class:`loopback.Loopback` (ETag / Last-Modified, Range, a transfer broken off once, a browser
check, a changed file, the UN Digital Library's file list, the Dataverse API).
"""

from __future__ import annotations

import hashlib
import io
import sys
from pathlib import Path

import pytest
from loopback import Loopback

from kg.errors import DataError, RemoteError, UsageError
from kg.fetch import fetch, latest_file, load_sources
from kg.fetch.cache import entries
from kg.fetch.download import Target, _receive
from kg.fetch.sources import Source, SourceFile

FIXTURES = Path(__file__).parent / "fixtures" / "fetch"
UNDL_2025 = FIXTURES / "undl" / "2025_03_31_ga_voting.csv"
UNDL_2026 = FIXTURES / "undl" / "2026_02_06_ga_voting.csv"
VOETEN = FIXTURES / "voeten" / "UNVotes.csv"
DATE_NAME = r"(?P<year>\d{4})_(?P<month>\d{1,2})_(?P<day>\d{1,2})_ga_voting\.csv"


def a_source(site: Loopback, *files: SourceFile, id: str = "undl-ga") -> Source:
    """A source of the table's shape whose files are on the loopback server."""
    return Source(
        id=id,
        title="Fixture",
        publisher="loopback",
        landing=site.url("/record/4060887"),
        licence="test",
        terms=None,
        citation="test",
        format="CSV",
        importer="undl" if id == "undl-ga" else "voeten",
        latest=None,
        files=files,
        verified="loopback",
    )


@pytest.fixture
def site():
    with Loopback() as server:
        yield server


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# --- a fixed address: ETag / Last-Modified ----------------------------------------------------


def test_a_file_is_fetched_once_then_one_conditional_request_downloads_nothing(site, tmp_path):
    url = site.publish("/files/2025_03_31_ga_voting.csv", UNDL_2025.read_bytes())
    source = a_source(site, SourceFile(url=url, version=DATE_NAME))

    [first] = fetch(source, to=tmp_path)
    assert first.status == "downloaded"
    assert first.path == tmp_path / "undl-ga" / "2025_03_31_ga_voting.csv"
    assert first.path.read_bytes() == UNDL_2025.read_bytes()
    [entry] = entries(tmp_path)
    assert (entry.size, entry.sha256) == (UNDL_2025.stat().st_size, sha256(UNDL_2025))
    assert (entry.version, entry.url, entry.etag) == ("2025-03-31", url, site.files[
        "/files/2025_03_31_ga_voting.csv"].etag)  # fmt: skip

    site.requests.clear()
    [second] = fetch(source, to=tmp_path)
    assert second.status == "unchanged"
    [request] = site.requests
    assert request.headers["If-None-Match"] == entry.etag
    assert request.status == 304
    assert len(entries(tmp_path)) == 1
    assert not list((tmp_path / "undl-ga").glob(".*part*"))


def test_a_changed_file_is_fetched_again_and_force_fetches_an_unchanged_one(site, tmp_path):
    url = site.publish("/files/votes.csv", UNDL_2025.read_bytes())
    source = a_source(site, SourceFile(url=url))
    fetch(source, to=tmp_path)
    site.publish("/files/votes.csv", UNDL_2026.read_bytes())

    [changed] = fetch(source, to=tmp_path)
    assert changed.status == "downloaded"
    assert changed.path.read_bytes() == UNDL_2026.read_bytes()
    assert changed.entry.version == site.files["/files/votes.csv"].last_modified

    site.requests.clear()
    [forced] = fetch(source, to=tmp_path, force=True)
    assert forced.status == "downloaded"
    assert "If-None-Match" not in site.requests[0].headers
    assert [e.sha256 for e in entries(tmp_path)] == [sha256(UNDL_2025)] + [sha256(UNDL_2026)] * 2


def test_a_transfer_broken_off_half_way_resumes_where_it_stopped(site, tmp_path):
    body = UNDL_2026.read_bytes()
    url = site.publish("/files/2026_02_06_ga_voting.csv", body)
    site.break_once.add("/files/2026_02_06_ga_voting.csv")
    source = a_source(site, SourceFile(url=url, version=DATE_NAME))

    with pytest.raises(RemoteError, match="broke off after") as broken:
        fetch(source, to=tmp_path)
    assert broken.value.exit_code == 5
    assert "run the same command again" in broken.value.fix
    part = tmp_path / "undl-ga" / ".2026_02_06_ga_voting.csv.part"
    kept = part.stat().st_size
    assert 0 < kept < len(body)
    assert not (tmp_path / "undl-ga" / "2026_02_06_ga_voting.csv").exists()
    assert entries(tmp_path) == []

    [resumed] = fetch(source, to=tmp_path)
    assert resumed.status == "resumed"
    request = site.requests[-1]
    assert request.headers["Range"] == f"bytes={kept}-"
    assert request.headers["If-Range"] == site.files["/files/2026_02_06_ga_voting.csv"].etag
    assert request.status == 206
    assert resumed.path.read_bytes() == body
    assert resumed.entry.sha256 == hashlib.sha256(body).hexdigest()
    assert not part.exists()


def test_a_resumed_transfer_of_a_file_that_changed_meanwhile_starts_over(site, tmp_path):
    url = site.publish("/files/votes.csv", UNDL_2025.read_bytes())
    site.break_once.add("/files/votes.csv")
    source = a_source(site, SourceFile(url=url))
    with pytest.raises(RemoteError):
        fetch(source, to=tmp_path)
    site.publish("/files/votes.csv", UNDL_2026.read_bytes())  # a new ETag: If-Range fails

    [result] = fetch(source, to=tmp_path)
    assert site.requests[-1].status == 200
    assert result.status == "downloaded"
    assert result.path.read_bytes() == UNDL_2026.read_bytes()


# --- listings: the UN Digital Library's file list, the Dataverse API --------------------------


def tind_listing(site: Loopback, *names: str) -> str:
    path = "/api/v1/file?recid=4060887"
    site.listings[path] = [
        {"name": name.rsplit(".", 1)[0], "format": "." + name.rsplit(".", 1)[1],
         "url": site.url(f"/record/4060887/files/{name}")}
        for name in names
    ]  # fmt: skip
    return site.url(path)


def test_the_newest_file_of_the_library_list_is_fetched_and_the_list_alone_is_asked_again(
    site, tmp_path
):
    site.publish("/record/4060887/files/2025_03_31_ga_voting.csv", UNDL_2025.read_bytes())
    site.publish("/record/4060887/files/2026_02_06_ga_voting.csv", UNDL_2026.read_bytes())
    api = tind_listing(
        site, "2025_03_31_ga_voting.csv", "2026_02_06_ga_voting.csv", "2026_02_06_ga_voting_md.md"
    )
    source = a_source(site, SourceFile(discover="tind", api=api, name=DATE_NAME))

    [result] = fetch(source, to=tmp_path)
    assert (result.status, result.path.name) == ("downloaded", "2026_02_06_ga_voting.csv")
    assert result.entry.version == "2026-02-06"

    site.requests.clear()
    [again] = fetch(source, to=tmp_path)
    assert again.status == "unchanged"
    assert [request.path for request in site.requests] == ["/api/v1/file?recid=4060887"]


def test_an_unusable_list_falls_back_to_the_last_known_file(site, tmp_path):
    known = site.publish("/record/4060887/files/2026_02_06_ga_voting.csv", UNDL_2026.read_bytes())
    site.files["/api/v1/file?recid=4060887"] = site.files.pop(
        "/record/4060887/files/2026_02_06_ga_voting.csv"
    )  # the list's address answers with a CSV, not JSON
    site.publish("/record/4060887/files/2026_02_06_ga_voting.csv", UNDL_2026.read_bytes())
    file = SourceFile(
        discover="tind", api=site.url("/api/v1/file?recid=4060887"), name=DATE_NAME, known=known
    )

    [result] = fetch(a_source(site, file), to=tmp_path)
    assert result.path.name == "2026_02_06_ga_voting.csv"
    assert "could not be used" in result.note and "not JSON" in result.note


def dataverse_answer(
    site: Loopback,
    body: bytes,
    *,
    md5: str | None = None,
    size: int | None = None,
    version: int = 38,
) -> str:
    path = "/api/datasets/:persistentId/?persistentId=doi:10.7910/DVN/LEJUQZ"
    md5 = md5 or hashlib.md5(body).hexdigest()
    other = {"label": "Ideal.tab", "dataFile": {"id": 11, "filename": "Ideal.tab"}}
    site.listings[path] = {
        "status": "OK",
        "data": {
            "latestVersion": {
                "versionNumber": version,
                "versionMinorNumber": 0,
                "files": [
                    other,
                    {
                        "label": "UNVotes.tab",
                        "dataFile": {
                            "id": 6358426,
                            "filename": "UNVotes.tab",
                            "originalFileName": "UNVotes.csv",
                            "originalFileFormat": "text/csv",
                            "originalFileSize": len(body) if size is None else size,
                            "filesize": 999,
                            "md5": md5,
                            "checksum": {"type": "MD5", "value": md5},
                        },
                    },
                ],
            }
        },
    }  # fmt: skip
    site.publish("/api/access/datafile/6358426?format=original", body)
    return site.url(path)


def test_the_dataverse_file_is_fetched_in_its_original_format_and_checked_against_its_md5(
    site, tmp_path
):
    body = VOETEN.read_bytes()
    api = dataverse_answer(site, body)
    source = a_source(
        site,
        SourceFile(discover="dataverse", api=api, name=r"UNVotes[^/]*\.(csv|tab)"),
        id="voeten",
    )

    [result] = fetch(source, to=tmp_path)
    assert result.path == tmp_path / "voeten" / "UNVotes.csv"
    assert result.entry.version == "v38.0"
    assert result.entry.verified == f"md5:{hashlib.md5(body).hexdigest()}"
    assert "matches the publisher's md5" in result.text()

    site.requests.clear()
    assert fetch(source, to=tmp_path)[0].status == "unchanged"
    assert len(site.requests) == 1  # the API answer names the version and checksum held


@pytest.mark.parametrize(
    ("listed", "problem"),
    [
        ({"md5": "0" * 32}, "its md5 is "),
        ({"size": 1000}, "bytes, the publisher lists 1,000"),
    ],
)
def test_a_file_that_does_not_match_the_publisher_checksum_or_size_is_removed(
    listed, problem, site, tmp_path
):
    body = VOETEN.read_bytes()
    source = a_source(
        site,
        SourceFile(discover="dataverse", api=dataverse_answer(site, body), name=r"UNVotes.*"),
        id="voeten",
    )
    [held] = fetch(source, to=tmp_path)
    # a new version whose file does not match what the API says of it
    dataverse_answer(site, body + b"1,2,3\n", version=39, **listed)

    with pytest.raises(RemoteError, match="does not match what the publisher says") as error:
        fetch(source, to=tmp_path)
    assert problem in error.value.what
    assert error.value.exit_code == 5
    assert "was removed; fetch it again" in error.value.fix
    # the copy held before is untouched, and nothing of the bad one is left
    assert [path.name for path in (tmp_path / "voeten").iterdir()] == ["UNVotes.csv"]
    assert held.path.read_bytes() == body
    assert entries(tmp_path) == [held.entry]


# --- when the network cannot be used ------------------------------------------------------------


def test_a_browser_check_instead_of_the_file_names_the_manual_steps(site, tmp_path):
    url = site.url("/record/4060887/files/2026_02_06_ga_voting.csv")
    site.blocked.add("/record/4060887/files/2026_02_06_ga_voting.csv")
    with pytest.raises(RemoteError) as error:
        fetch(a_source(site, SourceFile(url=url)), to=tmp_path)
    assert error.value.exit_code == 5
    assert error.value.where == url
    assert "web page (HTTP 202" in error.value.what
    assert f"open {site.url('/record/4060887')} in a browser" in error.value.fix
    assert "dkg fetch undl-ga --url PATH" in error.value.fix
    assert "dkg import undl --latest" in error.value.fix


def test_no_connection_and_offline_say_which_address_and_what_to_do(tmp_path):
    with Loopback() as gone:
        url = gone.url("/files/votes.csv")
    source = a_source(gone, SourceFile(url=url))
    with pytest.raises(RemoteError, match="no connection") as error:
        fetch(source, to=tmp_path)
    assert error.value.where == url
    assert "download it by hand" in error.value.fix

    with pytest.raises(RemoteError, match=r"offline \(--offline\)"):
        fetch(load_sources()["voeten"], to=tmp_path, offline=True)


# --- --url: a mirror or a local copy ---------------------------------------------------------


def test_a_local_copy_is_taken_into_the_cache_with_its_version_and_checksum(tmp_path):
    source = load_sources()["undl-ga"]
    copy = tmp_path / "downloads" / "2026_02_06_ga_voting.csv"
    copy.parent.mkdir()
    copy.write_bytes(UNDL_2026.read_bytes())
    cache = tmp_path / "cache"

    [result] = fetch(source, to=cache, url=str(copy))
    assert result.status == "copied"
    assert result.path == cache / "undl-ga" / "2026_02_06_ga_voting.csv"
    assert (result.entry.version, result.entry.sha256) == ("2026-02-06", sha256(UNDL_2026))
    assert result.entry.url == copy.resolve().as_uri()
    assert fetch(source, to=cache, url=copy.as_uri())[0].status == "unchanged"
    assert latest_file("undl", cache)[1] == result.entry

    with pytest.raises(DataError, match="no file at"):
        fetch(source, to=cache, url=str(tmp_path / "missing.csv"))
    with pytest.raises(UsageError, match="only http, https, file:// or a path"):
        fetch(source, to=cache, url="ftp://example.org/votes.csv")


def test_a_mirror_is_fetched_like_the_publisher(site, tmp_path):
    url = site.publish("/mirror/2026_02_06_ga_voting.csv", UNDL_2026.read_bytes())
    [result] = fetch(load_sources()["undl-ga"], to=tmp_path, url=url)
    assert (result.status, result.entry.version) == ("downloaded", "2026-02-06")
    assert fetch(load_sources()["undl-ga"], to=tmp_path, url=url)[0].status == "unchanged"


def test_latest_file_says_how_to_fill_an_empty_cache(tmp_path):
    with pytest.raises(DataError, match="no file for `dkg import undl`") as error:
        latest_file("undl", tmp_path)
    assert "dkg fetch undl-ga" in error.value.fix


# --- the table -----------------------------------------------------------------------------------


def test_every_source_has_a_page_terms_a_citation_and_web_addresses_only():
    table = load_sources()
    assert {"undl-ga", "undl-sc", "voeten", "atop", "archigos", "cow-igo", "cow-states"} <= set(
        table
    )
    for source in table.values():
        assert source.landing.startswith(("http://", "https://"))
        assert source.licence and source.citation and source.verified
        for file in source.files:
            assert file.shown_url.startswith(("http://", "https://"))
    assert (
        table["undl-ga"].files[0].known.endswith("/record/4060887/files/2026_02_06_ga_voting.csv")
    )
    assert "doi:10.7910/DVN/LEJUQZ" in table["voeten"].files[0].api
    assert [s.id for s in table.values() if s.importer == "undl"] == ["undl-ga"]


def test_an_ingested_table_whose_original_is_not_wanted_is_fetched_as_dataverse_stores_it(
    site, tmp_path
):
    path = "/api/datasets/:persistentId/?persistentId=doi:10.7910/DVN/LEJUQZ"
    stored = {
        "id": 7,
        "filename": "UNVotes.tab",
        "originalFileName": "UNVotes.RData",
        "originalFileSize": 5,
        "filesize": 14,
        "checksum": {"type": "MD5", "value": "f" * 32},
    }
    latest = {"versionNumber": 2, "versionMinorNumber": 1, "files": [{"dataFile": stored}]}
    site.listings[path] = {"data": {"latestVersion": latest}}
    site.publish("/api/access/datafile/7", b"rcid\tvote\n1\t1\n", content_type="text/plain")
    file = SourceFile(discover="dataverse", api=site.url(path), name=r"UNVotes[^/]*\.(csv|tab)")

    [result] = fetch(a_source(site, file, id="voeten"), to=tmp_path)
    assert (result.path.name, result.entry.version, result.entry.verified) == (
        "UNVotes.tab", "v2.1", None)  # fmt: skip
    assert [request.path for request in site.requests][-1] == "/api/access/datafile/7"


def test_no_progress_bar_off_a_terminal_and_a_voeten_message_in_words(site, tmp_path, capsys):
    url = site.publish("/files/2026_02_06_ga_voting.csv", UNDL_2026.read_bytes())
    fetch(a_source(site, SourceFile(url=url)), to=tmp_path, progress=True)
    assert capsys.readouterr().err == ""  # stderr is captured here, not a terminal
    with pytest.raises(RemoteError) as error:
        fetch("voeten", to=tmp_path, offline=True)
    assert "save the votes file named UNVotes… in its original format (CSV)" in error.value.fix


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_on_a_terminal_ctrl_c_closes_the_bar_then_says_how_far_it_got(monkeypatch, tmp_path):
    def two_chunks_then_ctrl_c():
        yield b"a" * 1000
        yield b"b" * 1000
        raise KeyboardInterrupt

    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    part = tmp_path / ".votes.csv.part"
    with pytest.raises(KeyboardInterrupt):
        _receive(
            two_chunks_then_ctrl_c(), part, 0, 4000, Target("http://x/votes.csv", "votes.csv"), True
        )
    shown = terminal.getvalue()
    bar, _, message = shown.rpartition("\n" + "votes.csv: stopped")
    assert "votes.csv:  50%" in bar  # the bar drawn up to the last chunk, then closed
    assert message == " after 2.0 KB of 3.9 KB; the same command resumes from there\n"
    assert part.read_bytes() == b"a" * 1000 + b"b" * 1000
