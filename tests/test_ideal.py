"""Ideal points (kg.analysis.ideal): recovery, determinism, warm start, and face validity on
the full General Assembly history."""

from __future__ import annotations

import io
import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from kg.analysis.ideal import (
    IdealModel,
    bridge_keys,
    ideal_points,
    regular_session,
    session_pca,
    simulate_votes,
)
from kg.analysis.matrix import VoteMatrix
from kg.analysis.tidy import read_tidy
from kg.errors import DataError

HISTORY = Path(__file__).resolve().parents[2] / "shared" / "data" / "unga-history"
FIXTURES = Path(__file__).parent / "fixtures" / "history" / "tidy"
needs_history = pytest.mark.skipif(
    not (HISTORY / "votes.csv.gz").is_file(), reason="needs ../shared/data/unga-history"
)


def aligned(table: pd.DataFrame, truth: pd.DataFrame) -> pd.DataFrame:
    """Estimates mapped onto the truth's scale by least squares (the scale is arbitrary)."""
    merged = table.merge(truth, on=["state", "session"])
    design = np.column_stack([merged["ideal"], np.ones(len(merged))])
    (slope, intercept), *_ = np.linalg.lstsq(design, merged["truth"], rcond=None)
    merged["estimate"] = slope * merged["ideal"] + intercept
    merged["half"] = abs(slope) * (merged["upper"] - merged["lower"]) / 2
    return merged


# --- recovery on simulated votes -------------------------------------------------------------


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_simulated_points_with_drift_and_bridges_are_recovered(seed):
    matrix, truth = simulate_votes(states=60, sessions=10, rollcalls=40, drift=0.3, seed=seed)
    result = ideal_points(matrix)
    assert result.converged
    # 30% of each session's roll calls repeat earlier items (less the unanimous ones)
    assert 100 <= result.bridged <= 12 * 10
    merged = aligned(result.table, truth)
    assert merged["ideal"].corr(merged["truth"]) >= 0.95
    # The dynamic part: each state's move from the first to the last session is recovered.
    moves = (
        merged.sort_values("session")
        .groupby("state")[["truth", "estimate"]]
        .agg(lambda column: column.iloc[-1] - column.iloc[0])
    )
    assert moves["truth"].corr(moves["estimate"]) >= 0.8


def test_the_95_percent_intervals_cover_the_truth_about_95_percent_of_the_time():
    covered = []
    for seed in range(4):
        matrix, truth = simulate_votes(states=60, sessions=10, rollcalls=40, seed=seed)
        merged = aligned(ideal_points(matrix).table, truth)
        covered.append((abs(merged["estimate"] - merged["truth"]) <= merged["half"]).mean())
    assert 0.88 <= np.mean(covered) <= 0.99, covered


def test_without_bridges_every_roll_call_is_its_own_item():
    matrix, _ = simulate_votes(states=20, sessions=3, rollcalls=10, seed=4)
    assert ideal_points(matrix, bridge=False).bridged == 0


# --- determinism, sources, warm start ---------------------------------------------------------


def test_the_order_of_the_roll_calls_in_the_source_changes_no_number():
    matrix, _ = simulate_votes(states=25, sessions=4, rollcalls=20, seed=5)
    order = np.random.default_rng(0).permutation(matrix.shape[1])
    shuffled = VoteMatrix(
        matrix.votes[:, order], matrix.states, matrix.rollcalls.iloc[order].reset_index(drop=True)
    )
    pd.testing.assert_frame_equal(ideal_points(matrix).table, ideal_points(shuffled).table)


def test_the_number_of_threads_changes_no_number(monkeypatch):
    import kg.analysis.ideal as ideal

    # Pieces of 256 votes: the 7,000 votes of this fit are cut into dozens, run on 1 or 3
    # threads; their sums are added in the pieces' order either way.
    monkeypatch.setattr(ideal, "PIECE", 256)
    matrix, _ = simulate_votes(states=40, sessions=6, rollcalls=30, seed=6)
    one, three = ideal_points(matrix, threads=1), ideal_points(matrix, threads=3)
    assert one.iterations == three.iterations
    pd.testing.assert_frame_equal(one.table, three.table, check_exact=True)


def test_the_store_and_the_tidy_file_give_identical_numbers(tmp_path):
    from kg.analysis.sources import extract_matrix
    from kg.store import import_history, open_store

    import_history(
        "tidy",
        FIXTURES / "votes.csv",
        rollcalls=FIXTURES / "rollcalls.csv",
        store_dir=tmp_path / "store",
        quiet=True,
    )
    from_store = extract_matrix(open_store(tmp_path / "store"))
    from_file = read_tidy(FIXTURES / "votes.csv", FIXTURES / "rollcalls.csv")
    # The importer skips the state the registry does not know (the fixture's 'ATL').
    rows = [from_file.states.index(state) for state in from_store.states]
    from_file = VoteMatrix(from_file.votes[rows], from_store.states, from_file.rollcalls)
    with_symbol = from_file.rollcalls["symbol"] != ""
    titles = dict(zip(from_store.rollcalls["id"], from_store.rollcalls["title"], strict=True))
    assert all(
        titles[i] == t for i, t in from_file.rollcalls.loc[with_symbol, ["id", "title"]].values
    )
    left, right = ideal_points(from_store).table, ideal_points(from_file).table
    assert len(left) > 0
    pd.testing.assert_frame_equal(left, right)


def test_adding_a_session_starts_from_the_stored_fit_and_ends_where_a_fresh_fit_ends(tmp_path):
    matrix, _ = simulate_votes(states=40, sessions=10, rollcalls=40, seed=6)
    earlier = matrix.select(end="1955-09-01")  # sessions 1-9
    assert sorted(set(earlier.rollcalls["session"])) == [str(s) for s in range(1, 10)]
    stored = ideal_points(earlier).model.save(tmp_path / "ideal.npz")
    warm = ideal_points(matrix, warm_start=IdealModel.load(stored))
    cold = ideal_points(matrix)
    assert warm.warm and not cold.warm
    assert warm.iterations < 0.8 * cold.iterations, (warm.iterations, cold.iterations)
    # Both stop once no point moves by the tolerance in a round, a few hundredths from the
    # exact fixed point at most (benchmarks/IDEAL.md measures it on the full history).
    difference = (warm.table["ideal"] - cold.table["ideal"]).abs().max()
    assert difference < 0.02
    again = ideal_points(matrix, warm_start=warm.model)  # nothing new: one round confirms it
    assert again.iterations == 1
    assert (again.table["ideal"] - warm.table["ideal"]).abs().max() < 1e-3


def test_a_stored_fit_with_other_settings_or_a_broken_file_is_not_used(tmp_path):
    matrix, _ = simulate_votes(states=15, sessions=3, rollcalls=12, seed=7)
    model = ideal_points(matrix).model
    assert not ideal_points(matrix, drift=0.5, warm_start=model).warm
    broken = tmp_path / "broken.npz"
    broken.write_bytes(b"not a model")
    assert IdealModel.load(broken) is None
    assert IdealModel.load(tmp_path / "missing.npz") is None
    again = IdealModel.load(model.save(tmp_path / "ideal.npz"))
    assert again.item_keys == model.item_keys and np.array_equal(again.points, model.points)


def test_a_selection_without_general_assembly_votes_is_a_data_error():
    matrix = VoteMatrix.from_votes(
        [("USA", "s1", "Y"), ("RUS", "s1", "N")],
        metadata=pd.DataFrame({"id": ["s1"], "date": ["2025-02-24"], "organ": ["SC"]}),
    )
    with pytest.raises(DataError, match="no General Assembly roll call"):
        ideal_points(matrix)


# --- sessions and bridges ---------------------------------------------------------------------


def test_emergency_and_special_sessions_go_to_the_regular_session_running_then():
    assert regular_session("ES-1", pd.Timestamp("1956-11-02")) == 11
    assert regular_session("ES-4", pd.Timestamp("1960-09-19")) == 14
    assert regular_session("ES-11", pd.Timestamp("2025-02-24")) == 79
    assert regular_session("S-14", pd.Timestamp("1986-09-20")) == 41
    assert regular_session("ES-10", None) is None


def test_a_title_voted_on_twice_in_one_session_is_not_bridged_there():
    rollcalls = pd.DataFrame(
        {
            "title": ["Question of X", "Question of X", "Question of X", "Question of X"],
            "symbol": ["A/RES/1/1", "A/RES/2/1", "A/RES/2/2", "A/RES/6/1"],
            "session": ["1", "2", "2", "6"],
            "date": [pd.NaT] * 4,
        }
    )
    # Session 2 has two: not bridged; 1 and 6 are more than two sessions apart.
    assert bridge_keys(rollcalls).tolist() == ["", "", "", ""]


# --- the full history --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def history():
    matrix = read_tidy(HISTORY / "votes.csv.gz")
    result = ideal_points(matrix)
    table = result.table[result.table["votes"] > 0].copy()
    table["rank"] = table.groupby("session")["ideal"].rank(ascending=False)
    table["percentile"] = table.groupby("session")["ideal"].rank(pct=True)
    return matrix, result, table


@needs_history
@pytest.mark.slow
def test_every_state_session_from_1946_to_2026_is_estimated(history):
    _, result, table = history
    assert result.converged
    assert (table["year"].min(), table["year"].max()) == (1946, 2025)
    assert 1964 not in set(table["year"])  # the 19th session took no recorded vote
    assert table.groupby("session")["state"].count().max() == 193
    assert (result.table["lower"] < result.table["ideal"]).all()
    assert (result.table["ideal"] < result.table["upper"]).all()


@needs_history
@pytest.mark.slow
def test_the_united_states_is_at_the_top_of_every_session_since_1990(history):
    _, _, table = history
    usa = table[(table["state"] == "USA") & (table["year"] >= 1990)]
    assert len(usa) == 36
    assert (usa["rank"] <= 3).all()
    assert (usa["rank"] == 1).mean() > 0.9


@needs_history
@pytest.mark.slow
def test_the_soviet_union_and_its_allies_hold_the_other_pole_in_the_cold_war(history):
    _, _, table = history
    cold_war = table[table["year"].between(1950, 1988)]
    allies = ["UKR", "BLR", "POL", "CSK", "HUN", "BGR", "DDR", "MNG"]
    assert (cold_war.loc[cold_war["state"] == "RUS", "percentile"] < 0.2).all()
    assert (cold_war.loc[cold_war["state"].isin(allies), "percentile"] < 0.5).all()
    usa = cold_war.loc[cold_war["state"] == "USA", "percentile"]
    assert (usa > 0.8).all()  # in the 1950s among the Western group, not yet its edge


@needs_history
@pytest.mark.slow
@pytest.mark.parametrize("state", ["POL", "HUN", "CSK", "BGR", "ROU"])
def test_eastern_europe_jumps_west_around_1990(state, history):
    _, _, table = history
    series = table[table["state"] == state].set_index("year")["ideal"]
    rise = series.diff(4)  # over four sessions: the walk spreads a jump over neighbours
    assert 1989 <= rise.idxmax() <= 1992
    assert rise.max() > 1.5


@needs_history
@pytest.mark.slow
def test_israel_stands_next_to_the_united_states_after_2000(history):
    _, _, table = history
    recent = table[table["year"] >= 2000]
    assert (recent.loc[recent["state"] == "ISR", "rank"] <= 2).all()
    wide = recent.pivot(index="session", columns="state", values="ideal")
    median = recent.groupby("session")["ideal"].median()
    assert ((wide["USA"] - wide["ISR"]) < 0.35 * (wide["USA"] - median)).all()


@needs_history
@pytest.mark.slow
def test_each_session_agrees_with_its_own_first_principal_component(history):
    matrix, result, _ = history
    merged = result.table[result.table["votes"] > 0].merge(
        session_pca(matrix), on=["state", "session"]
    )
    correlation = merged.groupby("session")[["ideal", "pc1"]].corr().xs("pc1", level=1)["ideal"]
    assert correlation.median() > 0.9
    # The 1970s had a strong second dimension (colonialism, the Middle East).
    assert (correlation > 0.7).mean() > 0.9
    assert correlation.min() > 0.5


@needs_history
@pytest.mark.slow
def test_the_cuba_embargo_resolution_is_one_bridged_item_from_1992_to_2025(history):
    matrix, _, _ = history
    rollcalls = matrix.rollcalls
    keys = bridge_keys(rollcalls)
    cuba = keys[rollcalls["title"].str.contains("embargo imposed by the United States").to_numpy()]
    # All 33 but 2004's, whose title has the catalogue's typo "Unites States": it stands alone.
    assert len(cuba) == 32
    assert len(set(cuba)) == 1 and cuba[0].startswith("necessity of ending the economic")


# --- write-back as RDF, the query, the picture --------------------------------------------------


@pytest.fixture(scope="module")
def small_fit():
    """A fit of four real states over three sessions (simulated votes, registry codes)."""
    from dataclasses import replace

    matrix, _ = simulate_votes(states=4, sessions=3, rollcalls=12, seed=8)
    result = ideal_points(matrix)
    codes = {"USA": "USA", "S001": "GBR", "S002": "FRA", "S003": "RUS"}
    return replace(result, table=result.table.assign(state=result.table["state"].map(codes)))


def test_written_back_ideal_points_conform_to_the_shapes_and_answer_the_query(small_fit):
    from rdflib import Dataset

    from kg.analysis.writeback import ideal_point_graph, write_back
    from kg.ontology import bind_prefixes
    from kg.query import run_query
    from kg.registry import registry_graph
    from kg.validate import validate

    graph = ideal_point_graph(small_fit, selection="simulated", period=("1947-01-01", "1949-01-28"))
    data = registry_graph()
    for triple in graph:
        data.add(triple)
    assert validate(data).conforms
    dataset = bind_prefixes(Dataset(default_union=True))
    for triple in registry_graph():
        dataset.add(triple)
    write_back(dataset, graph)
    answer = run_query(dataset, "ideal-points", {"state": "GBR", "from": "2", "to": "3"})
    expected = small_fit.table[small_fit.table["state"] == "GBR"].iloc[1:]
    assert answer["session"].astype(int).tolist() == [2, 3]
    assert [float(v) for v in answer["ideal"]] == pytest.approx(
        expected["ideal"].tolist(), abs=1e-6
    )
    assert set(answer["converged"].astype(str)) == {"true"}
    assert set(answer["method"]) == {"DynamicOrdinalIRT"}


def test_the_query_answers_alike_from_the_written_back_file_and_from_the_store(small_fit, tmp_path):
    from rdflib import Dataset

    from kg.analysis.writeback import ideal_point_graph, write_back
    from kg.ontology import bind_prefixes
    from kg.query import run_query
    from kg.store import import_dataset, open_store

    graph = ideal_point_graph(small_fit, selection="simulated")
    dataset = write_back(bind_prefixes(Dataset(default_union=True)), graph)
    dataset.serialize(tmp_path / "ideal.trig", format="trig")
    import_dataset(tmp_path / "ideal.trig", store_dir=tmp_path / "store")
    store = open_store(tmp_path / "store")
    for state in ("USA", "RUS"):
        parameters = {"state": state, "from": "1", "to": "3"}
        memory = run_query(dataset, "ideal-points", parameters)
        oxigraph = run_query(store, "ideal-points", parameters)
        assert len(memory) == 3
        rows = [[str(cell) for cell in row] for row in memory.values.tolist()]
        assert rows == [[str(cell) for cell in row] for row in oxigraph.values.tolist()]


def test_an_interval_that_does_not_hold_its_value_is_a_shape_violation(small_fit):
    from dataclasses import replace

    from kg.analysis.writeback import ideal_point_graph
    from kg.registry import registry_graph
    from kg.validate import validate

    table = small_fit.table.copy()
    table.loc[0, "lower"] = table.loc[0, "upper"] + 1.0
    data = registry_graph()
    for triple in ideal_point_graph(replace(small_fit, table=table), selection="broken"):
        data.add(triple)
    report = validate(data)
    assert not report.conforms
    assert "no greater than its value" in report.text()


def test_the_picture_names_each_state_at_its_last_point_and_refuses_unknown_states(small_fit):
    from kg.viz.ideal import ideal_figure

    figure = ideal_figure(small_fit.table, ["USA", "RUS"], strip_session=3)
    texts = [text.get_text() for text in figure.axes[0].texts]
    last = small_fit.table[small_fit.table["session"] == 3].set_index("state")["ideal"]
    assert texts == [f"United States {last['USA']:+.2f}", f"Russian Federation {last['RUS']:+.2f}"]
    assert "all 4 states voting in session 3 (1948)" in figure.axes[1].get_title(loc="left")
    with pytest.raises(DataError, match="no ideal point for CHN"):
        ideal_figure(small_fit.table, ["USA", "CHN"])


def test_a_session_without_the_states_vote_is_drawn_dashed_and_without_a_band(small_fit):
    from kg.viz.ideal import ideal_figure

    table = small_fit.table.copy()
    table.loc[(table["state"] == "RUS") & (table["session"] == 2), "votes"] = 0
    figure = ideal_figure(table, ["USA", "RUS"])
    lines = figure.axes[0].get_lines()
    dashed = [line for line in lines if line.get_linestyle() == "--"]
    assert len(dashed) == 1  # Russia's 1947, joined to 1946 and 1948
    assert np.isfinite(dashed[0].get_ydata().astype(float)).all()
    solid = [line.get_ydata().astype(float) for line in lines if line.get_linestyle() == "-"]
    assert [int(np.isnan(y).sum()) for y in solid] == [0, 1]

    def subtitle(figure) -> str:
        return figure.axes[0].get_title(loc="left")

    assert "dashed: no vote that session" in subtitle(figure)
    assert "dashed" not in subtitle(ideal_figure(small_fit.table, ["USA", "RUS"]))


# --- the command line ---------------------------------------------------------------------------

CODES = ("USA", "GBR", "FRA", "DEU", "RUS", "CHN", "IND", "BRA", "ZAF", "CUB")


@pytest.fixture(scope="module")
def tidy_history(tmp_path_factory) -> Path:
    """Simulated votes of ten real states over four sessions, in the tidy history format."""
    matrix, _ = simulate_votes(states=len(CODES), sessions=4, rollcalls=15, seed=9)
    names = dict(zip(matrix.states, sorted(CODES, key=lambda c: c != "USA"), strict=True))
    directory = tmp_path_factory.mktemp("tidy")
    rollcalls = matrix.rollcalls.assign(rcid=range(1, matrix.shape[1] + 1))
    rollcalls.assign(date=rollcalls["date"].dt.strftime("%Y-%m-%d"))[
        ["rcid", "date", "session", "symbol", "title"]
    ].to_csv(directory / "rollcalls.csv", index=False)
    rows = [
        (rollcall.rcid, f"{rollcall.date:%Y-%m-%d}", rollcall.session, rollcall.symbol,
         names[state], names[state], letter)
        for state in matrix.states
        for rollcall, letter in zip(rollcalls.itertuples(), matrix.letters(state), strict=True)
        if letter
    ]  # fmt: skip
    pd.DataFrame(
        rows, columns=["rcid", "date", "session", "symbol", "state_iso3", "state_name", "vote"]
    ).to_csv(directory / "votes.csv", index=False)
    return directory / "votes.csv"


def test_cli_prints_the_table_with_its_exact_columns_and_filters_states(tidy_history, capsys):
    from kg.cli import main

    assert main(["analyze", "ideal", "--votes", str(tidy_history), "--format", "csv"]) == 0
    captured = capsys.readouterr()
    table = pd.read_csv(io.StringIO(captured.out))
    assert table.columns.tolist() == [
        "state",
        "session",
        "year",
        "ideal",
        "lower",
        "upper",
        "votes",
    ]
    assert len(table) == len(CODES) * 4 and set(table["year"]) == {1946, 1947, 1948, 1949}
    assert "converged" in captured.err and "United States positive" in captured.err
    usa = table[table["state"] == "USA"]
    assert (usa["ideal"] > table.groupby("session")["ideal"].median().to_numpy()).all()
    assert main(["analyze", "ideal", "--votes", str(tidy_history), "--states", "Russia,China",
                 "--format", "json"]) == 0  # fmt: skip
    rows = json.loads(capsys.readouterr().out)
    assert {row["state"] for row in rows} == {"RUS", "CHN"} and len(rows) == 8


def test_cli_stores_the_fit_and_the_next_run_starts_from_it(tidy_history, tmp_path, capsys):
    from kg.cli import main

    model = tmp_path / "ideal.npz"
    command = ["analyze", "ideal", "--votes", str(tidy_history), "--model", str(model)]
    assert main([*command, "--format", "csv"]) == 0
    first = capsys.readouterr()
    assert model.is_file() and "from the stored fit" not in first.err
    assert main([*command, "--format", "csv", "--write-back", str(tmp_path / "ideal.trig")]) == 0
    second = capsys.readouterr()
    assert "1 rounds from the stored fit" in second.err
    from rdflib import Dataset
    from rdflib.namespace import RDF

    from kg.ontology import DKG

    dataset = Dataset(default_union=True)
    dataset.parse(tmp_path / "ideal.trig", format="trig")
    assert len(set(dataset.subjects(RDF.type, DKG.IdealPoint))) == len(CODES) * 4
    # The written-back file answers its query on its own (no registry needed).
    query = ["query", "ideal-points", "--kg", str(tmp_path / "ideal.trig"), "--format", "csv"]
    assert main([*query, "--param", "state=Russia", "--param", "from=2", "--param", "to=3"]) == 0
    answer = pd.read_csv(io.StringIO(capsys.readouterr().out))
    printed = pd.read_csv(io.StringIO(second.out)).set_index(["state", "session"])
    assert answer["session"].tolist() == [2, 3] and set(answer["state"]) == {"RUS"}
    expected = printed.loc[[("RUS", 2), ("RUS", 3)], "ideal"].to_numpy()
    assert answer["ideal"].to_numpy() == pytest.approx(expected, abs=1e-4)


def test_cli_refuses_an_unknown_state_and_a_period_without_votes(tidy_history, capsys):
    from kg.cli import main

    command = ["analyze", "ideal", "--votes", str(tidy_history)]
    assert main([*command, "--states", "Atlantis"]) == 3
    assert main([*command, "--states", "Japan"]) == 3
    assert "no ideal point for JPN" in capsys.readouterr().err
    assert main([*command, "--from", "2030-01-01"]) == 3
    assert main([*command, "--drift", "-1"]) == 2


def test_cli_plot_ideal_writes_png_and_svg(tidy_history, tmp_path, capsys):
    from kg.cli import main

    stem = tmp_path / "ideal"
    command = ["plot", "ideal", "USA", "Russia", "--votes", str(tidy_history), "--strip", "1949"]
    assert main([*command, "--out", str(stem)]) == 0
    assert stem.with_suffix(".png").stat().st_size > 10_000
    svg = stem.with_suffix(".svg").read_text()
    assert "United States" in svg and "all 10 states voting in session 4 (1949)" in svg


def test_the_graph_handle_gives_the_command_lines_numbers(tidy_history, capsys):
    from kg import open_graph
    from kg.cli import main

    table = open_graph(votes=tidy_history).ideal(["Russia", "the United States"])
    assert sorted(set(table["state"])) == ["RUS", "USA"] and len(table) == 8
    assert main(["analyze", "ideal", "--votes", str(tidy_history), "--states", "RUS,USA",
                 "--format", "csv"]) == 0  # fmt: skip
    printed = pd.read_csv(io.StringIO(capsys.readouterr().out))
    assert printed["ideal"].to_numpy() == pytest.approx(table["ideal"].to_numpy(), abs=1e-4)
    with pytest.raises(DataError, match="no ideal point for JPN"):
        open_graph(votes=tidy_history).ideal(["Japan"])
