"""``dkg fetch``, ``dkg import … --latest`` and ``dkg update`` on the command line: the table,
the offline message, a local copy taken into the cache and imported, exit codes."""

from __future__ import annotations

import hashlib
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml
from loopback import Loopback
from test_fetch import DATE_NAME, UNDL_2025, UNDL_2026, a_source, tind_listing

from kg.cli import main
from kg.fetch import load_sources
from kg.fetch.cache import entries
from kg.fetch.sources import SourceFile


def test_fetch_list_shows_every_source_with_its_licence_and_citation(capsys):
    assert main(["fetch", "--list"]) == 0
    out = capsys.readouterr().out
    for source in load_sources().values():
        assert f"{source.id}: {source.title}" in out
    assert out.count("  licence:") == out.count("  cite:") == len(load_sources())
    assert "https://digitallibrary.un.org/record/4060887" in out
    assert "doi.org/10.7910/DVN/LEJUQZ" in out
    assert "  terms:    https://creativecommons.org/publicdomain/zero/1.0/" in out


ROOT = Path(__file__).resolve().parents[1]


def test_citation_cff_and_the_readme_cite_every_source_fetch_knows():
    """Each source's page (or the DOI it names) is a reference of CITATION.cff and is cited in
    the README's data section; the references are whole (CFF 1.2: type, title, authors)."""
    citation = yaml.safe_load((ROOT / "CITATION.cff").read_text(encoding="utf-8"))
    assert citation["cff-version"] == "1.2.0"
    references = citation["references"]
    for reference in references:
        assert {"type", "title", "authors"} <= set(reference), reference
        assert reference["type"] in {"data", "article", "generic"}, reference["type"]
    cited = {str(r.get(key)) for r in references for key in ("url", "doi")}
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    data_section = readme[readme.index("## Data and licences") :]
    for source in load_sources().values():
        doi = re.search(r"doi:(10\.\S+)", source.landing)
        assert source.landing in cited or (doi and doi.group(1) in cited), source.id
        assert source.landing in data_section or (doi and doi.group(1) in data_section), source.id
        assert f"dkg fetch {source.id}`" in data_section, source.id


def test_fetch_offline_names_the_address_and_the_manual_steps(capsys, tmp_path):
    assert main(["fetch", "undl-ga", "--offline", "--to", str(tmp_path)]) == 5
    err = capsys.readouterr().err
    assert err.startswith("dkg: https://digitallibrary.un.org/api/v1/file?recid=4060887: ")
    assert "open https://digitallibrary.un.org/record/4060887 in a browser" in err
    assert "dkg fetch undl-ga --url PATH" in err and "dkg import undl --latest" in err
    assert "Traceback" not in err
    assert main(["fetch", "nonsense", "--offline"]) == 2
    assert "unknown source 'nonsense'" in capsys.readouterr().err


def test_the_readme_path_fetch_undl_ga_import_undl_latest_then_update(
    capsys, monkeypatch, tmp_path
):
    """The README's three commands, with the Library's record on the loopback server."""
    cache, store = tmp_path / "cache", tmp_path / "store"
    to, into = ["--to", str(cache)], ["--to", str(cache), "--store", str(store)]
    with Loopback() as site:
        site.publish("/record/4060887/files/2025_03_31_ga_voting.csv", UNDL_2025.read_bytes())
        api = tind_listing(site, "2025_03_31_ga_voting.csv")
        library = a_source(site, SourceFile(discover="tind", api=api, name=DATE_NAME))
        monkeypatch.setitem(load_sources(), "undl-ga", library)

        assert main(["fetch", "undl-ga", *to]) == 0
        out = capsys.readouterr().out
        assert out.startswith("undl-ga: downloaded 2025_03_31_ga_voting.csv (version 2025-03-31")
        assert main(["import", "undl", "--latest", *into]) == 0
        out = capsys.readouterr().out
        assert "336 ballot rows read, 336 imported, 0 skipped, 3 roll calls" in out
        assert main(["fetch", "undl-ga", *to]) == 0
        assert capsys.readouterr().out.startswith("undl-ga: unchanged 2025_03_31_ga_voting.csv")

        site.publish("/record/4060887/files/2026_02_06_ga_voting.csv", UNDL_2026.read_bytes())
        tind_listing(site, "2025_03_31_ga_voting.csv", "2026_02_06_ga_voting.csv")
        assert main(["update", *into]) == 0
    out = capsys.readouterr().out
    assert "undl-ga: imported 2026_02_06_ga_voting.csv, version 2026-02-06" in out
    assert "(541 ballots): 2 new roll calls, 1 corrected, 0 removed" in out
    assert "new: GA vote on A/RES/ES-11/4, 2022-10-12; GA vote on A/RES/ES-99/2, 2025-09-30" in out


def test_a_local_copy_fetched_imported_with_latest_then_updated_offline(capsys, tmp_path):
    cache, store = tmp_path / "cache", tmp_path / "store"
    downloads = tmp_path / "downloads"
    downloads.mkdir()
    shutil.copy(UNDL_2025, downloads)
    shutil.copy(UNDL_2026, downloads)

    assert (
        main(["fetch", "undl-ga", "--url", str(downloads / UNDL_2025.name), "--to", str(cache)])
        == 0
    )
    assert "undl-ga: copied 2025_03_31_ga_voting.csv (version 2025-03-31" in capsys.readouterr().out
    assert main(["import", "undl", "--latest", "--to", str(cache), "--store", str(store)]) == 0
    out = capsys.readouterr().out
    assert "336 ballot rows read, 336 imported, 0 skipped, 3 roll calls" in out
    assert "import-undl-undl-ga" in out

    # a newer version, taken by hand; dkg update --offline imports it in the same graph
    assert main(["fetch", "undl-ga", "--url", (downloads / UNDL_2026.name).as_uri(),
                 "--to", str(cache)]) == 0  # fmt: skip
    capsys.readouterr()
    assert main(["update", "--offline", "--to", str(cache), "--store", str(store)]) == 0
    out = capsys.readouterr().out
    assert "undl-ga: imported 2026_02_06_ga_voting.csv, version 2026-02-06" in out
    assert "2 new roll calls, 1 corrected, 0 removed" in out
    assert "corrected: GA vote on A/RES/ES-99/1, 2024-05-10" in out
    assert main(["update", "undl-ga", "--offline", "--to", str(cache), "--store", str(store)]) == 0
    assert "undl-ga: up to date" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["update"], "nothing to update: no importable source in the cache"),
        (["update", "atop"], "atop has no importer, so dkg update cannot import it"),
        (["import", "undl", "--latest"], "no file for `dkg import undl` in the cache"),
        (["import", "undl", "x.csv", "--latest"], "give the file to read or --latest"),
    ],
)
def test_what_cannot_be_updated_or_imported_is_said(arguments, message, capsys, tmp_path):
    code = main([*arguments, "--to", str(tmp_path), "--store", str(tmp_path / "store")])
    assert code in (2, 3)
    assert message in capsys.readouterr().err


def test_ctrl_c_half_way_leaves_no_file_in_place_and_the_same_command_resumes(capsys, tmp_path):
    cache, body = tmp_path / "cache", UNDL_2026.read_bytes()
    name = UNDL_2026.name
    part = cache / "undl-ga" / f".{name}.part"
    with Loopback() as site:
        url = site.publish(f"/files/{name}", body)
        site.slow[f"/files/{name}"] = 0.05  # 57 chunks of 4 KB: about 3 s
        command = [sys.executable, "-m", "kg.cli", "fetch", "undl-ga", "--url", url]
        stopped = subprocess.Popen(
            [*command, "--to", str(cache)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            # a shell without job control starts background jobs with Ctrl-C ignored, and a
            # Python started so never sees it: give the command the terminal's default
            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
        )
        deadline = time.monotonic() + 120
        while not (part.is_file() and part.stat().st_size) and stopped.poll() is None:
            assert time.monotonic() < deadline, "the download never started"
            time.sleep(0.01)
        stopped.send_signal(signal.SIGINT)  # what Ctrl-C sends
        out, err = stopped.communicate(timeout=60)

        assert stopped.returncode == 130, err
        assert (
            f"{name}: stopped after" in err
            and " of 226.3 KB;" in err
            and "the same command resumes" in err
        )
        assert "Traceback" not in err and out == ""
        assert not (cache / "undl-ga" / name).exists()  # nothing half-done in place
        assert entries(cache) == []
        kept = part.stat().st_size
        assert 0 < kept < len(body)

        site.slow.clear()
        assert main(["fetch", "undl-ga", "--url", url, "--to", str(cache), "--quiet"]) == 0
        assert f"undl-ga: resumed {name}" in capsys.readouterr().out
        assert site.requests[-1].headers["Range"] == f"bytes={kept}-"
        assert site.requests[-1].status == 206
    assert (cache / "undl-ga" / name).read_bytes() == body
    assert [entry.sha256 for entry in entries(cache)] == [hashlib.sha256(body).hexdigest()]
    assert sorted(path.name for path in (cache / "undl-ga").iterdir()) == [name]


@pytest.mark.parametrize(
    ("where", "message"),
    [
        ("missing", "cannot fetch undl-ga: the server refused (HTTP 404 Not Found)"),
        ("closed", "cannot fetch undl-ga: no connection"),
    ],
)
def test_a_missing_file_or_no_connection_exits_5_naming_the_address(
    where, message, capsys, tmp_path
):
    with Loopback() as site:
        url = site.url("/files/2026_02_06_ga_voting.csv")
        if where == "missing":
            assert main(["fetch", "undl-ga", "--url", url, "--to", str(tmp_path)]) == 5
    if where == "closed":  # the server is gone: nothing listens on its port
        assert main(["fetch", "undl-ga", "--url", url, "--to", str(tmp_path)]) == 5
    err = capsys.readouterr().err
    assert err.startswith(f"dkg: {url}: {message}")
    assert "download it by hand: open https://digitallibrary.un.org/record/4060887" in err
    assert "Traceback" not in err
    assert not list((tmp_path / "undl-ga").glob("*"))
