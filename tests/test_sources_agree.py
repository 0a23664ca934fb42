"""The same answer from every source: the tidy file read directly (``--votes``), an imported
Oxigraph store (``--store``) and the store's quads as a dataset file (``--kg``) give identical
vote matrices for any selection, on the fixtures and, when present, on the full history."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.analysis.agreement import agreement, agreement_table, pair_agreement
from kg.analysis.matrix import VoteMatrix
from kg.analysis.shifts import reference_shift
from kg.analysis.sources import load_matrix
from kg.analysis.tidy import read_tidy
from kg.errors import UsageError

FIXTURES = Path(__file__).parent / "fixtures" / "history" / "tidy"
HISTORY = Path(__file__).resolve().parents[2] / "shared" / "data" / "unga-history"
needs_history = pytest.mark.skipif(
    not (HISTORY / "votes.csv.gz").is_file(), reason="no unga-history copy"
)


def _import(votes: Path, rollcalls: Path, directory: Path) -> Path:
    from kg.store import import_history

    import_history("tidy", votes, rollcalls=rollcalls, store_dir=directory, quiet=True)
    return directory


def _dump(store_dir: Path, path: Path) -> Path:
    """The store's quads as an N-Quads file, read back by ``--kg`` (rdflib)."""
    from pyoxigraph import RdfFormat

    from kg.store import open_store

    open_store(store_dir).dump(output=str(path), format=RdfFormat.N_QUADS)
    return path


@pytest.fixture(scope="module")
def fixture_store(tmp_path_factory) -> Path:
    directory = tmp_path_factory.mktemp("sources")
    return _import(FIXTURES / "votes.csv", FIXTURES / "rollcalls.csv", directory / "store")


@pytest.fixture(scope="module")
def fixture_sources(fixture_store, tmp_path_factory) -> dict[str, VoteMatrix]:
    directory, store = tmp_path_factory.mktemp("kg"), fixture_store
    # The fixture's 'ATL' names no state: skipped and reported, as `dkg import` does.
    with pytest.warns(UserWarning, match=r"skipped 1 row\(s\) .*unknown states ATL/ATLANTIS"):
        from_file = read_tidy(FIXTURES / "votes.csv", FIXTURES / "rollcalls.csv")
    return {
        "votes": from_file,
        "store": load_matrix(store=store),
        "kg": load_matrix(kg=_dump(store, directory / "kg.nq")),
    }


def assert_same(first: VoteMatrix, second: VoteMatrix) -> None:
    """Identical matrices: states, roll calls (order and metadata) and every vote code."""
    assert first.states == second.states
    columns = ["id", "date", "year", "session", "symbol", "organ", "topics", "important"]
    pd.testing.assert_frame_equal(
        first.rollcalls[columns].reset_index(drop=True),
        second.rollcalls[columns].reset_index(drop=True),
    )
    assert first.votes.dtype == second.votes.dtype == np.int8
    assert np.array_equal(first.votes, second.votes)


def _selections(matrix: VoteMatrix) -> st.SearchStrategy[dict]:
    rollcalls = matrix.rollcalls
    days = sorted(rollcalls["date"].dropna().dt.date.astype(str).unique())
    topics = sorted({topic for found in rollcalls["topics"] for topic in found})
    sessions = sorted(rollcalls["session"].unique())
    maybe = lambda values: st.none() | st.sampled_from(values)  # noqa: E731
    return st.fixed_dictionaries(
        {
            "start": maybe(days),
            "end": maybe(days),
            "session": maybe(sessions),
            "organ": maybe(["GA", "SC"]),
            "topic": maybe(topics),
            "exclude_topic": maybe(topics),
            "important": st.sampled_from([None, True, False]),
            "drop_unanimous": st.booleans(),
        }
    )


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_every_source_gives_the_same_matrix(fixture_sources, data):
    selection = data.draw(_selections(fixture_sources["votes"]))
    matrices = {name: matrix.select(**selection) for name, matrix in fixture_sources.items()}
    assert_same(matrices["votes"], matrices["store"])
    assert_same(matrices["votes"], matrices["kg"])


def test_a_sparql_endpoint_gives_the_same_matrix(fixture_store, fixture_sources):
    """``--endpoint``: the store served by ``dkg serve`` on loopback, queried over HTTP."""
    from conftest import serving

    with serving("--store", str(fixture_store)) as base:
        remote = load_matrix(endpoint=f"{base}/sparql")
    assert_same(fixture_sources["votes"], remote)
    assert_same(
        fixture_sources["votes"].select(topic="human rights", drop_unanimous=True),
        remote.select(topic="human rights", drop_unanimous=True),
    )


def test_agreement_shifts_and_blocs_agree_across_sources(fixture_sources):
    from kg.analysis.blocs import bloc_table
    from kg.analysis.graph import agreement_graph, sparsify

    tables = {}
    for name, matrix in fixture_sources.items():
        before, after = matrix.select(end="1990-12-31"), matrix.select(start="1991-01-01")
        graph = sparsify(agreement_graph(agreement(matrix), min_joint_votes=1), k=3)
        tables[name] = (
            agreement_table(matrix, min_joint_votes=2),
            agreement_table(after, "coincidence", min_joint_votes=1),
            reference_shift(before, after, "USA", min_joint_votes=1),
            bloc_table(graph, seed=1, seeds=range(3)),
        )
    for name in ("store", "kg"):
        for expected, found in zip(tables["votes"], tables[name], strict=True):
            pd.testing.assert_frame_equal(expected, found)
    assert len(tables["votes"][0]) == 17 * 16 // 2


def test_topics_of_a_store_without_the_ontology(fixture_sources):
    """The store holds the imported file alone (no ontology): its topics still select."""
    store = fixture_sources["store"]
    assert store.select(topic="hr").shape[1] == 0  # no Voeten hr code in the fixture
    assert store.select(topic="me").rollcalls["id"].tolist() == ["ga-9901-xxx"]
    assert store.select(topic="Palestinian conflict").shape[1] == 1
    assert store.select(topic="human rights").rollcalls["id"].tolist() == [
        "ga-44-9902-a",
        "ga-es-99-1",
    ]
    assert store.select(exclude_topic="human rights").rollcalls["id"].tolist() == [
        "ga-9901-xxx",
        "ga-undl-9900004",
    ]
    assert store.select(important=True).rollcalls["id"].tolist() == ["ga-9901-xxx"]


def test_unknown_selection_values_are_usage_errors(fixture_sources):
    matrix = fixture_sources["votes"]
    with pytest.raises(
        UsageError,
        match=r"unknown topic 'human right'.*did you mean human rights\? a topic is one of",
    ):
        matrix.select(topic="human right")
    with pytest.raises(UsageError, match=r"unknown session '31'.*use one of 4: 30, 32, 44, ES-99"):
        matrix.select(session="31")
    with pytest.raises(UsageError, match=r"unknown organ 'UNSC'.*use one of 2: GA, SC"):
        matrix.select(organ="UNSC")


# --- the full history, when present ---------------------------------------------------------


@pytest.fixture(scope="module")
def history_sources(tmp_path_factory) -> dict[str, VoteMatrix]:
    """The whole history from the file and from a store it was imported into (about a minute)."""
    store = _import(
        HISTORY / "votes.csv.gz",
        HISTORY / "rollcalls.csv",
        tmp_path_factory.mktemp("history") / "store",
    )
    return {
        "votes": read_tidy(HISTORY / "votes.csv.gz"),
        "store": load_matrix(store=store),
    }


@pytest.mark.slow
@needs_history
@settings(
    max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_the_history_is_the_same_from_the_file_and_the_store(history_sources, data):
    selection = data.draw(_selections(history_sources["votes"]))
    assert_same(*(matrix.select(**selection) for matrix in history_sources.values()))


@pytest.mark.slow
@needs_history
def test_usa_chn_human_rights_joint_votes_agree(history_sources):
    counts = {
        name: pair_agreement(matrix.select(topic=topic, organ="GA"), "USA", "CHN").iloc[0]
        for name, matrix in history_sources.items()
        for topic in ("hr", "human rights")
    }
    assert_same(history_sources["votes"], history_sources["store"])
    joint = {name: int(row["joint_votes"]) for name, row in counts.items()}
    assert len(set(joint.values())) == 1, joint


def test_cli_selections_and_their_usage_errors(fixture_store, capsys):
    from kg.cli import main

    def base(other: str = "RUS") -> list[str]:
        return ["analyze", "agreement", "--store", str(fixture_store), "--a", "USA",
                "--b", other, "--format", "csv", "--organ", "GA"]  # fmt: skip

    assert main([*base(), "--important"]) == 0
    assert capsys.readouterr().out.splitlines()[1].startswith("USA,RUS,voeten,0.0,1,")
    # Without human rights and the Palestinian conflict: the 1977 vote alone, GBR beside USA.
    others = ["--exclude-topic", "human rights", "--exclude-topic", "me"]
    assert main([*base("GBR"), *others]) == 0
    assert capsys.readouterr().out.splitlines()[1].startswith("USA,GBR,voeten,1.0,1,")
    assert main([*base(), "--topic", "nuclear"]) == 2
    error = capsys.readouterr().err
    assert "unknown topic 'nuclear'" in error and "issue codes (me, nu, di, hr, co, ec)" in error
    assert main([*base(), "--session", "ES-98"]) == 2
    assert "use one of 4: 30, 32, 44, ES-99" in capsys.readouterr().err
