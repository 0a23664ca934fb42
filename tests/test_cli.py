"""The ``dkg`` command line: outputs, exit codes, and clear errors on broken data.

Broken inputs are copies of the bundled data with one fault each; the command must stop with
the documented exit code, name the problem on standard error, and leave no output behind.
"""

from __future__ import annotations

import csv
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kg.cli import main
from kg.ontology import DATA_DIR, ONTOLOGY_DIR

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def built_kg(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("out")
    assert main(["build", "--out", str(out), "--format", "trig", "--format", "nquads"]) == 0
    return out / "kg.trig"


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    target = tmp_path / "data"
    shutil.copytree(DATA_DIR, target)
    return target


def run(arguments: list[str], capsys) -> tuple[int, str, str]:
    code = main(arguments)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_build_writes_the_dataset_and_a_summary(built_kg: Path):
    assert built_kg.is_file() and built_kg.with_suffix(".nq").is_file()
    assert not list(built_kg.parent.glob(".*.tmp"))
    text = built_kg.read_text(encoding="utf-8")
    assert "https://w3id.org/diplomatic-kg/graph/votes" in text


def test_query_csv_from_the_written_dataset(built_kg: Path, capsys):
    code, out, _ = run(
        ["query", "rollcall-votes", "--param", "symbol=S/2022/155", "--format", "csv",
         "--kg", str(built_kg)],
        capsys,
    )  # fmt: skip
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "state,name,vote"
    assert "RUS,Russian Federation,N" in lines
    assert len(lines) == 16


def test_query_list_shows_every_question(capsys):
    code, out, _ = run(["query", "--list"], capsys)
    assert code == 0
    assert "rollcall-votes" in out and "date=<date>" in out
    assert len(out.splitlines()) >= 12


def test_demo_prints_the_headline_answers(built_kg: Path, tmp_path: Path, capsys):
    code, out, _ = run(["demo", "--kg", str(built_kg), "--out", str(tmp_path)], capsys)
    assert code == 0
    assert "A/RES/ES-11/7" in out and "S/RES/2774(2025)" in out
    assert (tmp_path / "headlines.txt").read_text(encoding="utf-8") in out


@pytest.mark.parametrize(
    ("arguments", "code", "message"),
    [
        (["query", "no-such-query"], 4, "no query named"),
        (["query", "leaders", "--param", "date=yesterday"], 4, "is not an ISO date"),
        (["query", "leaders", "--param", "date"], 4, "malformed parameter"),
        (["query", "tallies", "--kg", "missing/kg.trig"], 3, "no knowledge graph at"),
    ],
)
def test_query_errors_have_exit_codes(arguments, code, message, capsys):
    status, _, err = run(arguments, capsys)
    assert status == code
    assert message in err and err.startswith("dkg: ")
    assert "Traceback" not in err


def _rewrite_csv(path: Path, change) -> None:
    with path.open(newline="", encoding="utf-8") as stream:
        rows = list(csv.reader(stream))
    change(rows)
    with path.open("w", newline="", encoding="utf-8") as stream:
        csv.writer(stream, lineterminator="\n").writerows(rows)


def _build_broken(data: Path, tmp_path: Path, capsys, ontology: Path = ONTOLOGY_DIR):
    out = tmp_path / "out"
    code, _, err = run(
        ["build", "--no-reason", "--data", str(data), "--ontology", str(ontology),
         "--out", str(out)],
        capsys,
    )  # fmt: skip
    assert not (out / "kg.trig").exists(), "a failed build must not write output"
    return code, err


def test_bad_tallies_stop_the_build(data_copy: Path, tmp_path: Path, capsys):
    rollcalls = data_copy / "votes" / "rollcalls.yaml"
    text = rollcalls.read_text(encoding="utf-8")
    rollcalls.write_text(
        text.replace("{yes: 141, no: 5, abstain: 35", "{yes: 142, no: 5, abstain: 35", 1)
    )
    code, err = _build_broken(data_copy, tmp_path, capsys)
    assert code == 3
    assert "ga-es-11-1" in err and "rollcalls.yaml" in err


def test_duplicate_ballot_row_stops_the_build(data_copy: Path, tmp_path: Path, capsys):
    _rewrite_csv(data_copy / "votes" / "ga-ballots.csv", lambda rows: rows.append(rows[5]))
    code, err = _build_broken(data_copy, tmp_path, capsys)
    assert code == 3
    assert "ga-ballots.csv" in err and "AUS" not in err.split("ga-ballots.csv")[0]


def test_unknown_state_stops_the_build(data_copy: Path, tmp_path: Path, capsys):
    def rename_first(rows):
        rows[1][0] = "XXX"

    _rewrite_csv(data_copy / "votes" / "ga-ballots.csv", rename_first)
    code, err = _build_broken(data_copy, tmp_path, capsys)
    assert code == 3
    assert "XXX" in err


def test_contradicting_ballot_is_a_shacl_violation(data_copy: Path, tmp_path: Path, capsys):
    """The event says the US voted yes on ES-11/7, the roll call says no: SHACL names the ballot."""
    event = next((data_copy / "events").glob("*.yaml"))
    text = event.read_text(encoding="utf-8")
    marker = "voter: USA\n    option: no"
    assert marker in text
    event.write_text(text.replace(marker, "voter: USA\n    option: yes", 1), encoding="utf-8")
    code, err = _build_broken(data_copy, tmp_path, capsys)
    assert code == 1
    assert "ballot/ga-es-11-7/USA" in err
    assert "SHACL" in err


def test_malformed_turtle_names_file_and_line(tmp_path: Path, capsys):
    ontology = tmp_path / "ontology"
    shutil.copytree(ONTOLOGY_DIR, ontology)
    dkg = ontology / "dkg.ttl"
    broken = dkg.read_text(encoding="utf-8") + '\ndkg:Broken a owl:Class ; dkg:oops "open .\n'
    dkg.write_text(broken, encoding="utf-8")
    code, err = _build_broken(DATA_DIR, tmp_path, capsys, ontology=ontology)
    assert code == 3
    assert "malformed Turtle" in err and "dkg.ttl" in err


# Every dkg command builds the whole parser first: declaring the options of one command must not
# load the libraries another command runs on (seconds on a small machine).
HEAVY_AT_START = (
    "pandas",
    "numpy",
    "spacy",
    "asyncio",
    "pyparsing",
    "rdflib.plugins.sparql",
    "kg.query",
    "kg.store",
    "kg.serve",
    "kg.analysis.matrix",
    "kg.analysis.sources",
    "kg.analysis.tidy",
    "kg.extract.extractor",
    "rdflib",
)


def test_building_the_parser_loads_no_heavy_module():
    script = (
        "import sys, kg.cli; kg.cli._parser(); "
        f"print(sorted(m for m in sys.modules for heavy in {HEAVY_AT_START!r} "
        "if m == heavy or m.startswith(heavy + '.')))"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_serve_help_names_the_servers_defaults(capsys):
    """The limits are kg.defaults'; the server and the help text both say them."""
    from kg.serve import DEFAULT_MAX_ROWS, DEFAULT_PORT, DEFAULT_TIMEOUT, DEFAULT_WORKERS

    assert main(["serve", "--help"]) == 0
    text = " ".join(capsys.readouterr().out.split())
    assert f"port ({DEFAULT_PORT})" in text
    assert f"stopped with 503 ({DEFAULT_TIMEOUT:g})" in text
    assert f"fails with 500 ({DEFAULT_MAX_ROWS})" in text
    assert f"copy of the data ({DEFAULT_WORKERS})" in text


def test_query_on_a_store_loads_neither_pandas_nor_rdflibs_parser(tmp_path: Path):
    """``dkg query --store``: Oxigraph parses and runs the query, the rows print as text."""
    from kg.store import import_dataset

    trig = tmp_path / "kg.trig"
    trig.write_text(
        "@prefix dkg: <https://w3id.org/diplomatic-kg/ontology#> .\n"
        "<https://example.org/g> {\n"
        '  <https://example.org/USA> dkg:iso3 "USA" ; dkg:votedNo <https://example.org/vote> .\n'
        '  <https://example.org/RUS> dkg:iso3 "RUS" ; dkg:votedNo <https://example.org/vote> .\n'
        "}\n",
        encoding="utf-8",
    )
    import_dataset(trig, store_dir=tmp_path / "store")
    arguments = ["query", "agreement", "--store", str(tmp_path / "store"), "--format", "csv",
                 "--param", "first=USA", "--param", "second=Russia"]  # fmt: skip
    script = (
        f"import sys; from kg.cli import main; code = main({arguments!r}); "
        "print(sorted(m for m in sys.modules for heavy in ('pandas', 'pyparsing') "
        "if m == heavy or m.startswith(heavy + '.')), file=sys.stderr); sys.exit(code)"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[1].startswith("USA,RUS,1,1,")
    assert result.stderr.strip() == "[]"
