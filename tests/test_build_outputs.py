"""The build's output set: swapped in whole, reproducible to the byte, no build paths."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from rdflib import Dataset, Literal, URIRef

from kg.build import build, write_dataset
from kg.ontology import PACKAGE_DIR

ALL_FORMATS = ["trig", "nquads", "jsonld", "ttl"]


def one_triple() -> Dataset:
    dataset = Dataset()
    dataset.graph(URIRef("https://example.org/g")).add(
        (URIRef("https://example.org/s"), URIRef("https://example.org/p"), Literal("x"))
    )
    return dataset


def digests(folder: Path) -> dict[str, str]:
    return {
        path.name: hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.glob("kg.*"))
    }


@pytest.mark.slow
def test_two_builds_of_the_same_inputs_are_byte_identical(tmp_path):
    """One build here, one in another process with another hash seed (set order) and other
    blank-node labels from parsing: the same bytes in every format, and provenance that
    names the sources inside the project, not where the build ran."""
    here, there = tmp_path / "here", tmp_path / "there"
    write_dataset(build(reason=False).dataset, here, ALL_FORMATS)
    command = [sys.executable, "-m", "kg.cli", "build", "--no-reason", "--out", str(there)]
    for name in ALL_FORMATS:
        command += ["--format", name]
    environment = {**os.environ, "PYTHONHASHSEED": "12345"}
    subprocess.run(command, check=True, capture_output=True, env=environment, cwd=tmp_path)
    assert digests(here) == digests(there)
    assert len(digests(here)) == 4
    text = (here / "kg.nq").read_text()
    assert str(PACKAGE_DIR.parent) not in text and str(tmp_path) not in text
    assert (
        "<https://w3id.org/diplomatic-kg/graph/registry> <http://purl.org/dc/terms/source> "
        '"kg/data/registry" .'
    ) in text


KILLED_WRITE = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    from rdflib import Dataset, Literal, URIRef
    import kg.build, kg.io

    dataset = Dataset()
    graph = dataset.graph(URIRef("https://example.org/g"))
    graph.add((URIRef("https://example.org/s"), URIRef("https://example.org/p"),
               Literal(sys.argv[2])))
    real, calls = kg.io.write_atomic, []

    def dies_on_the_second_file(*arguments, **keywords):
        calls.append(arguments[0])
        if len(calls) == 2 and sys.argv[3] == "kill":
            os.kill(os.getpid(), signal.SIGKILL)
        return real(*arguments, **keywords)

    kg.io.write_atomic = dies_on_the_second_file
    if hasattr(kg.build, "write_atomic"):
        kg.build.write_atomic = dies_on_the_second_file
    kg.build.write_dataset(dataset, Path(sys.argv[1]), ["trig", "nquads", "jsonld"])
    """
)


def write_in_a_process(out: Path, value: str, how: str) -> int:
    command = [sys.executable, "-c", KILLED_WRITE, str(out), value, how]
    return subprocess.run(command, capture_output=True, text=True).returncode


def test_a_build_killed_half_way_leaves_the_old_set_whole(tmp_path):
    out = tmp_path / "out"
    assert write_in_a_process(out, "old", "finish") == 0
    before = digests(out)
    assert sorted(before) == ["kg.jsonld", "kg.nq", "kg.trig"]
    assert write_in_a_process(out, "new", "kill") != 0  # killed while writing the new set
    assert digests(out) == before
    assert "old" in (out / "kg.trig").read_text()
    assert write_in_a_process(out, "new", "finish") == 0
    after = digests(out)
    assert set(after) == set(before) and all(after[name] != before[name] for name in after)
    assert len(list((out / ".kg").glob("set-*"))) == 1  # the killed attempt is cleaned up


def test_a_set_with_fewer_formats_removes_the_others_and_adopts_plain_files(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "kg.nq").write_text("left by an older build\n")
    (out / "headlines.txt").write_text("not the build's\n")
    dataset = one_triple()
    (written,) = write_dataset(dataset, out, ["trig"])
    assert written == out / "kg.trig" and '"x"' in written.read_text()
    assert not (out / "kg.nq").exists()
    assert (out / "headlines.txt").read_text() == "not the build's\n"


def test_extract_merge_into_a_built_graph_rewrites_the_whole_set(tmp_path, capsys):
    """`dkg extract --merge --kg out/kg.trig` changes every format of the build's set at
    once: the N-Quads and JSON-LD say what the TriG says, and the files stay one set."""
    from kg.build import load_dataset
    from kg.cli import main
    from kg.serialization import serialize

    out = tmp_path / "out"
    dataset = one_triple()
    write_dataset(dataset, out, ["trig", "nquads", "jsonld"])
    article = tmp_path / "tally.txt"
    article.write_text(
        "The General Assembly adopted resolution ES-11/7 on 24 February 2025 "
        "by 93 votes to 18, with 65 abstentions.\n"
    )
    merge = ["extract", str(article), "--date", "2025-02-24", "--merge", "--kg"]
    assert main([*merge, str(out / "kg.trig")]) == 0
    assert "merged" in capsys.readouterr().err
    merged = load_dataset(out / "kg.trig")
    assert any("extracted-tally" in str(graph.identifier) for graph in merged.graphs())
    assert (out / "kg.nq").read_bytes() == serialize(merged, "nquads")
    assert (out / "kg.jsonld").read_bytes() == serialize(merged, "jsonld")
    assert all((out / name).is_symlink() for name in ("kg.trig", "kg.nq", "kg.jsonld"))
    assert len(list((out / ".kg").glob("set-*"))) == 1

    # A graph file of its own (not a build's set) is rewritten alone, in its own format.
    alone = tmp_path / "alone" / "graph.nq"
    alone.parent.mkdir()
    alone.write_bytes(serialize(dataset, "nquads"))
    assert main([*merge, str(alone)]) == 0
    assert alone.read_bytes() == serialize(load_dataset(alone), "nquads")
    assert sorted(path.name for path in alone.parent.iterdir()) == ["graph.nq"]


def test_write_back_into_a_built_graph_is_refused_and_the_set_stays_whole(tmp_path, capsys):
    """`dkg analyze … --write-back out/kg.trig` would put the results alone in kg.trig and
    leave kg.nq the graph: a usage error before any work, the set untouched."""
    from kg.cli import main

    out = tmp_path / "out"
    dataset = one_triple()
    write_dataset(dataset, out, ["trig", "nquads"])
    before = digests(out)
    votes = Path(__file__).parent / "fixtures" / "history" / "tidy" / "votes.csv"
    analyze = ["analyze", "agreement", "--votes", str(votes), "--a", "USA", "--b", "FRA"]
    assert main([*analyze, "--write-back", str(out / "kg.trig")]) == 2
    assert "dkg build" in capsys.readouterr().err
    assert digests(out) == before and (out / "kg.trig").is_symlink()
    assert main([*analyze, "--write-back", str(out / "agreement.trig")]) == 0
    assert "Alignment" in (out / "agreement.trig").read_text()
