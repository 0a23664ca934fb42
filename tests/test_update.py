"""``dkg update`` and ``dkg import … --latest`` against the loopback server: the path from a
publisher's file to the store, a second version with new and corrected roll calls, and an
unchanged source that costs one request and no import."""

from __future__ import annotations

import csv
import gzip
import zipfile
from pathlib import Path

import pytest
from loopback import Loopback
from test_fetch import DATE_NAME, FIXTURES, UNDL_2025, UNDL_2026, a_source, tind_listing

from kg.errors import DataError
from kg.fetch import fetch
from kg.fetch.sources import SourceFile
from kg.fetch.update import rollcall_digests, update_source
from kg.sources.history import read_history
from kg.sources.history.records import HistoryBallot, ImportSummary
from kg.store import open_store

TALLIES = """
PREFIX dkg: <https://w3id.org/diplomatic-kg/ontology#>
SELECT ?symbol ?yes ?no ?abstain ?nonVoting (COUNT(?ballot) AS ?ballots) WHERE {
  GRAPH ?g { ?rollcall dkg:motion/dkg:symbol ?symbol ; dkg:yesCount ?yes ; dkg:noCount ?no ;
             dkg:abstainCount ?abstain ; dkg:nonVotingCount ?nonVoting .
             ?ballot dkg:rollCall ?rollcall }
} GROUP BY ?symbol ?yes ?no ?abstain ?nonVoting ORDER BY ?symbol"""


def tallies(store: Path) -> dict[str, tuple[int, ...]]:
    return {
        row["symbol"].value: tuple(int(row[name].value) for name in
                                   ("yes", "no", "abstain", "nonVoting", "ballots"))
        for row in open_store(store).query(TALLIES)
    }  # fmt: skip


@pytest.fixture
def publisher():
    """The UN Digital Library's record on the loopback server, at first with the 2025 file."""
    with Loopback() as site:
        site.publish("/record/4060887/files/2025_03_31_ga_voting.csv", UNDL_2025.read_bytes())
        api = tind_listing(site, "2025_03_31_ga_voting.csv")
        yield site, a_source(site, SourceFile(discover="tind", api=api, name=DATE_NAME))


def test_update_imports_the_first_file_then_only_what_a_new_version_adds_or_corrects(
    publisher, tmp_path
):
    site, source = publisher
    cache, store = tmp_path / "cache", tmp_path / "store"

    first = update_source(source, store, to=cache)
    assert first.changed
    assert sorted(first.new) == [
        "GA vote on A/RES/2758(XXVI), 1971-10-25",
        "GA vote on A/RES/ES-11/3, 2022-04-07",
        "GA vote on A/RES/ES-99/1, 2024-05-10",
    ]
    assert first.corrected == first.removed == []
    assert tallies(store) == {
        "A/RES/2758(XXVI)": (76, 35, 17, 3, 131),
        "A/RES/ES-11/3": (93, 24, 58, 18, 193),
        "A/RES/ES-99/1": (7, 2, 2, 1, 12),
    }

    site.requests.clear()
    again = update_source(source, store, to=cache)
    assert not again.changed
    assert "up to date" in again.text()
    assert len(site.requests) == 1  # the file list, which names the version held

    # The Library publishes a new version: two roll calls more, one corrected (France's
    # abstention on the synthetic ES-99/1 becomes a yes), in the 2026 layout.
    site.publish("/record/4060887/files/2026_02_06_ga_voting.csv", UNDL_2026.read_bytes())
    tind_listing(site, "2025_03_31_ga_voting.csv", "2026_02_06_ga_voting.csv")
    second = update_source(source, store, to=cache)
    assert sorted(second.new) == [
        "GA vote on A/RES/ES-11/4, 2022-10-12",
        "GA vote on A/RES/ES-99/2, 2025-09-30",
    ]
    assert second.corrected == ["GA vote on A/RES/ES-99/1, 2024-05-10"]
    assert second.removed == []
    text = second.text()
    assert "2 new roll calls, 1 corrected, 0 removed" in text
    assert "version 2026-02-06" in text
    assert tallies(store) == {
        "A/RES/2758(XXVI)": (76, 35, 17, 3, 131),
        "A/RES/ES-11/3": (93, 24, 58, 18, 193),
        "A/RES/ES-11/4": (143, 5, 35, 10, 193),
        "A/RES/ES-99/1": (8, 2, 1, 1, 12),
        "A/RES/ES-99/2": (8, 2, 2, 0, 12),
    }
    # one graph for the source: the new version replaced the old one
    graphs = {g.value for g in open_store(store).named_graphs()}
    assert sum("import-undl" in g and "inferred" not in g for g in graphs) == 1


def test_update_offline_imports_the_cached_file(publisher, tmp_path):
    site, source = publisher
    cache, store = tmp_path / "cache", tmp_path / "store"
    fetch(source, to=cache)
    site.requests.clear()

    report = update_source(source, store, to=cache, offline=True)
    assert report.changed and len(report.new) == 3
    assert site.requests == []


def test_digests_are_empty_without_a_store_and_differ_by_roll_call(publisher, tmp_path):
    _, source = publisher
    graph = "https://w3id.org/diplomatic-kg/graph/import-undl-undl-ga"
    assert rollcall_digests(tmp_path / "none", graph) == {}
    update_source(source, tmp_path / "store", to=tmp_path / "cache")
    digests = rollcall_digests(tmp_path / "store", graph)
    assert len(digests) == 3
    assert len({digest for _, digest in digests.values()}) == 3


@pytest.mark.parametrize(
    ("format_name", "fixture"),
    [("undl", UNDL_2025), ("undl", UNDL_2026), ("voeten", FIXTURES / "voeten" / "UNVotes.csv")],
)
def test_the_importers_read_a_file_as_fetched_plain_gzipped_zipped_or_tab_separated(
    format_name, fixture, tmp_path
):
    tab = tmp_path / (fixture.stem + ".tab")  # as Dataverse keeps a table it ingested
    with fixture.open(encoding="utf-8", newline="") as source, tab.open("w", newline="") as out:
        csv.writer(out, delimiter="\t").writerows(csv.reader(source))
    gzipped = tmp_path / (fixture.name + ".gz")
    gzipped.write_bytes(gzip.compress(fixture.read_bytes()))
    zipped = tmp_path / (fixture.stem + ".zip")
    with zipfile.ZipFile(zipped, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("README.md", "not a table")
        archive.write(fixture, f"data/{fixture.name}")

    def read(path: Path) -> tuple[list[object], str]:
        summary = ImportSummary()
        return list(read_history(format_name, path, summary=summary)), summary.text()

    plain = read(fixture)
    assert read(gzipped) == plain
    assert read(zipped) == plain
    assert read(tab)[0] == plain[0]
    assert "warning" not in plain[1]  # 2026's totals written 76.0 are counts all the same
    ballots = sum(isinstance(record, HistoryBallot) for record in plain[0])
    assert ballots == {"2025_03_31_ga_voting.csv": 336, "2026_02_06_ga_voting.csv": 541,
                       "UNVotes.csv": 142}[fixture.name]  # fmt: skip


def test_a_zip_of_several_tables_is_refused_naming_them(tmp_path):
    zipped = tmp_path / "two.zip"
    with zipfile.ZipFile(zipped, "w") as archive:
        archive.writestr("a.csv", "x\n")
        archive.writestr("b.csv", "y\n")
    with pytest.raises(DataError, match=r"a zip archive with 2 tables \(it holds a.csv, b.csv\)"):
        list(read_history("undl", zipped))
