"""The store's vote matrix is extracted once per generation and then read from a cache file."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import kg.analysis.sources as sources_module
import kg.store as store_module
from kg.analysis.matrix import VoteMatrix
from kg.analysis.sources import extract_matrix, load_matrix
from kg.store import import_history, live_generation, open_store

FIXTURES = Path(__file__).parent / "fixtures" / "history"


def import_tidy(store: Path) -> None:
    tidy = FIXTURES / "tidy"
    import_history("tidy", tidy / "votes.csv", rollcalls=tidy / "rollcalls.csv", store_dir=store)


def assert_same(left: VoteMatrix, right: VoteMatrix) -> None:
    assert left.states == right.states
    assert left.votes.dtype == right.votes.dtype == np.int8
    np.testing.assert_array_equal(left.votes, right.votes)
    pd.testing.assert_frame_equal(left.rollcalls, right.rollcalls, check_exact=True)


def cache_files(store: Path) -> list[str]:
    return sorted(path.name for path in store.glob(".matrix-*"))


@pytest.fixture
def store(tmp_path: Path) -> Path:
    directory = tmp_path / "store"
    import_tidy(directory)
    return directory


def count_extractions(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Record every call of extract_matrix made through load_matrix."""
    calls: list[object] = []

    def counting(source: object) -> VoteMatrix:
        calls.append(source)
        return extract_matrix(source)

    monkeypatch.setattr(sources_module, "extract_matrix", counting)
    return calls


def test_the_second_load_reads_the_cache_and_equals_the_extraction(store, monkeypatch):
    calls = count_extractions(monkeypatch)
    first = load_matrix(store=store)
    assert len(calls) == 1
    assert cache_files(store) == [f".matrix-{live_generation(store)}.npz"]
    second = load_matrix(store=store)
    assert len(calls) == 1  # not extracted again
    assert_same(second, first)
    assert_same(second, extract_matrix(open_store(store)))
    # the fixture's values, read back from the cache
    assert second.shape == (17, 4)
    assert second.letters("USA") == ["N", "Y", "Y", "Y"]
    # The roll call dated "1977" keeps its year (dkg:year): it ends 1977, its day unknown.
    assert second.rollcalls["id"].tolist() == [
        "ga-9901-xxx",
        "ga-undl-9900004",
        "ga-44-9902-a",
        "ga-es-99-1",
    ]
    assert second.rollcalls["date"].iloc[2] == pd.Timestamp("1989-12-04")
    assert pd.isna(second.rollcalls["date"].iloc[1])
    assert second.rollcalls["year"].tolist() == [1975, 1977, 1989, 2023]
    assert "human rights" in second.rollcalls["topics"].iloc[2]
    assert second.rollcalls["important"].tolist() == [True, pd.NA, pd.NA, pd.NA]
    assert second.select(topic="human rights").rollcalls["id"].tolist() == [
        "ga-44-9902-a",
        "ga-es-99-1",
    ]


def test_a_new_import_makes_a_new_cache_and_removes_the_old_one(store, tmp_path, monkeypatch):
    before = load_matrix(store=store)
    old_cache = store / f".matrix-{live_generation(store)}.npz"
    assert old_cache.is_file()
    # Another file: the same roll calls, but the USA votes yes on the first one.
    votes = (FIXTURES / "tidy" / "votes.csv").read_text(encoding="utf-8")
    changed = tmp_path / "more-votes.csv"
    changed.write_text(votes.replace("USA,UNITED STATES,N", "USA,UNITED STATES,Y", 1))
    rollcalls = FIXTURES / "tidy" / "rollcalls.csv"
    import_history("tidy", changed, rollcalls=rollcalls, store_dir=store)
    assert not old_cache.exists()  # the import removed the replaced generation's cache
    calls = count_extractions(monkeypatch)
    after = load_matrix(store=store)
    assert len(calls) == 1  # the old cache was not reused
    assert cache_files(store) == [f".matrix-{live_generation(store)}.npz"]
    assert before.letters("USA")[0] == "N"
    assert after.letters("USA")[0] == "Y"
    assert_same(after, extract_matrix(open_store(store)))


def test_a_cache_of_another_generation_is_never_read_and_goes_on_the_next_write(store):
    cache = store / f".matrix-{live_generation(store)}.npz"
    # A cache left by an older generation (as if an import ran without removing it), whose
    # matrix differs from the store's.
    stale = store / ".matrix-gen-1.npz"
    store_module._write_cache(stale, VoteMatrix.from_votes([("USA", "r1", "N")]))
    assert cache_files(store) == [stale.name]
    loaded = load_matrix(store=store)
    assert loaded.shape == (17, 4)
    assert_same(loaded, extract_matrix(open_store(store)))
    assert cache_files(store) == [cache.name]


def test_an_outdated_or_broken_cache_is_extracted_again(store, monkeypatch):
    expected = load_matrix(store=store)
    cache = store / f".matrix-{live_generation(store)}.npz"
    monkeypatch.setattr(store_module, "CACHE_FORMAT", store_module.CACHE_FORMAT + 1)
    calls = count_extractions(monkeypatch)
    assert_same(load_matrix(store=store), expected)  # written by an older format: ignored
    assert len(calls) == 1
    cache.write_bytes(b"not a numpy file")
    assert_same(load_matrix(store=store), expected)
    assert len(calls) == 2
    assert_same(load_matrix(store=store), expected)  # the rewritten cache serves again
    assert len(calls) == 2


def test_a_store_that_cannot_be_written_still_loads(store, monkeypatch):
    def refuse(path, content):
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(store_module, "write_atomic", refuse)
    calls = count_extractions(monkeypatch)
    expected = extract_matrix(open_store(store))
    assert_same(load_matrix(store=store), expected)
    assert_same(load_matrix(store=store), expected)
    assert len(calls) == 2  # extracted each time, as without a cache
    assert cache_files(store) == []


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only directories")
def test_a_read_only_store_directory_still_loads(store):
    expected = extract_matrix(open_store(store))
    store.chmod(0o555)
    try:
        assert_same(load_matrix(store=store), expected)
        assert cache_files(store) == []
    finally:
        store.chmod(0o755)
