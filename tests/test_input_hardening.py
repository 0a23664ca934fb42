"""Silent data errors made loud: repeated keys in curated tables, encodings and byte-order
marks, imports that import nothing, a store another import holds, repeated parameters, and
output paths that cannot be written."""

from __future__ import annotations

import fcntl
import shutil
from pathlib import Path

import pytest

from kg.cli import main
from kg.errors import DataError
from kg.ontology import DATA_DIR

HISTORY = Path(__file__).parent / "fixtures" / "history"


def with_first_row_twice(path: Path) -> None:
    """Append a copy of the table's first data row (line 2) at its end."""
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    path.write_text("".join(lines) + lines[1], encoding="utf-8")


def registry_reader(name: str):
    import kg.registry as registry

    return lambda folder: getattr(registry, name)(folder / "registry")


def alliance_reader(name: str):
    import kg.sources.alliances as alliances

    def read(folder: Path):
        treaties = alliances.read_treaties(folder / "alliances")
        if name == "treaties":
            return treaties
        if name == "parties":
            return alliances.read_participations(treaties, folder / "alliances")
        return alliances.alliances_graph(folder / "alliances")

    return read


@pytest.mark.parametrize(
    ("table", "read"),
    [
        ("registry/states.csv", registry_reader("load_states")),
        ("registry/aliases.csv", registry_reader("load_states")),
        ("registry/organizations.csv", registry_reader("load_organizations")),
        ("registry/people.csv", registry_reader("load_people")),
        ("registry/posts.csv", registry_reader("load_posts")),
        ("registry/tenures.csv", registry_reader("load_tenures")),
        ("registry/rules.csv", registry_reader("load_rules")),
        ("registry/eu-members.csv", registry_reader("eu_memberships")),
        ("alliances/treaties.csv", alliance_reader("treaties")),
        ("alliances/parties.csv", alliance_reader("parties")),
        ("alliances/suspensions.csv", alliance_reader("suspensions")),
    ],
)
def test_a_repeated_row_in_a_curated_table_names_both_lines(tmp_path, table, read):
    data = tmp_path / "data"
    shutil.copytree(DATA_DIR, data)
    with_first_row_twice(data / table)
    last = len((data / table).read_text(encoding="utf-8").splitlines())
    with pytest.raises(DataError, match=rf"line {last}: .* is on line 2 and again here"):
        read(data)


def test_a_duplicate_state_row_fails_the_build(tmp_path, capsys):
    data = tmp_path / "data"
    shutil.copytree(DATA_DIR, data)
    with_first_row_twice(data / "registry" / "states.csv")
    out = tmp_path / "out"
    assert main(["build", "--data", str(data), "--out", str(out), "--no-reason"]) == 3
    error = capsys.readouterr().err
    assert "states.csv line" in error and "code AFG is on line 2 and again here" in error
    assert not (out / "kg.trig").exists()


def test_the_fixed_tables_refuse_repeated_keys(tmp_path, monkeypatch):
    import kg.analysis.states as states
    import kg.sources.relations.common as common

    regions, datasets = tmp_path / "m49-regions.csv", tmp_path / "datasets.csv"
    shutil.copy(states.REGIONS_FILE, regions)
    shutil.copy(common.DATASETS_FILE, datasets)
    for path in (regions, datasets):
        with_first_row_twice(path)
    monkeypatch.setattr(states, "REGIONS_FILE", regions)
    monkeypatch.setattr(common, "DATASETS_FILE", datasets)
    for cached in (states._regions, common.load_datasets):
        cached.cache_clear()
    try:
        with pytest.raises(DataError, match="is on line 2 and again here"):
            states._regions()
        with pytest.raises(DataError, match="is on line 2 and again here"):
            common.load_datasets()
    finally:
        for cached in (states._regions, common.load_datasets):
            cached.cache_clear()


def test_every_curated_reader_names_the_line_of_a_byte_that_is_not_utf8(tmp_path):
    from kg.sources.alliances import read_treaties
    from kg.sources.votes import read_rollcalls

    data = tmp_path / "data"
    shutil.copytree(DATA_DIR, data)
    rollcalls = data / "votes" / "rollcalls.yaml"
    rollcalls.write_bytes(rollcalls.read_bytes() + b"# caf\xe9\n")
    lines = rollcalls.read_bytes().count(b"\n")
    with pytest.raises(DataError, match=rf"rollcalls.yaml line {lines}, column 6: byte 0xe9"):
        read_rollcalls(data / "votes")
    treaties = data / "alliances" / "treaties.csv"
    treaties.write_bytes(treaties.read_bytes() + b"caf\xe9,x\n")
    with pytest.raises(DataError, match=r"treaties.csv line \d+: cannot read the file"):
        read_treaties(data / "alliances")


def test_a_byte_order_mark_is_accepted_by_every_curated_reader(tmp_path):
    """Spreadsheet programs save UTF-8 with a BOM: the CSV, YAML and alliance readers alike
    read such a file as they read it without one."""
    from kg.build import assemble

    data = tmp_path / "data"
    shutil.copytree(DATA_DIR, data)
    for table in ("registry/states.csv", "votes/rollcalls.yaml", "alliances/treaties.csv"):
        path = data / table
        path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    dataset = assemble(data_dir=data)
    expected = assemble()
    assert len(dataset) == len(expected)


def test_an_import_that_imports_nothing_is_an_error_naming_the_format(tmp_path, capsys):
    store = tmp_path / "store"
    arguments = ["import", "voeten", str(HISTORY / "tidy" / "votes.csv")]
    arguments += ["--rollcalls", str(HISTORY / "voeten" / "rollcalls.csv")]
    assert main([*arguments, "--store", str(store)]) == 3
    error = capsys.readouterr().err
    assert "nothing imported: all 24 rows were skipped" in error
    assert "dkg import tidy votes.csv" in error
    assert not (store / "current").exists()


def test_an_import_refused_by_the_lock_has_its_own_exit_code(tmp_path, capsys):
    store = tmp_path / "store"
    store.mkdir()
    with (store / ".lock").open("w") as held:
        fcntl.flock(held, fcntl.LOCK_EX)
        code = main(["import", "tidy", str(HISTORY / "tidy" / "votes.csv"), "--store", str(store)])
    assert code == 6
    assert "another import is writing" in capsys.readouterr().err


def test_a_repeated_param_is_a_usage_error(tmp_path, capsys):
    dataset = tmp_path / "kg.trig"
    dataset.write_text("<https://example.org/a> <https://example.org/b> 'c' .\n")
    arguments = ["query", "leaders", "--param", "date=2025-02-24", "--param", "date=2022-01-01"]
    assert main([*arguments, "--kg", str(dataset)]) == 2
    assert "--param date given twice" in capsys.readouterr().err


def test_output_paths_that_cannot_be_written_are_usage_errors(tmp_path, capsys):
    afile = tmp_path / "README.md"
    afile.write_text("not a folder\n")
    assert main(["build", "--out", str(afile), "--no-reason"]) == 2
    assert "is a file, not a folder" in capsys.readouterr().err
    from kg.errors import UsageError
    from kg.io import write_atomic

    with pytest.raises(UsageError, match="is a file, not a folder"):
        write_atomic(afile / "page.html", "x")
    with pytest.raises(UsageError, match="is a folder"):
        write_atomic(tmp_path, "x")
    assert afile.read_text() == "not a folder\n"
