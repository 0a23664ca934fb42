"""The Oxigraph store: imports, idempotence, atomic failure, and queries agreeing with rdflib."""

from __future__ import annotations

import gzip
import io
import re
import shutil
import sys
import time
from pathlib import Path

import pytest
from pyoxigraph import NamedNode

from kg.errors import DataError
from kg.ontology import DKG, graph_iri
from kg.query import list_queries, run_query
from kg.store import import_dataset, import_history, open_store, store_size

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "history"
TIDY = FIXTURES / "tidy" / "votes.csv"
HISTORY = Path(__file__).resolve().parents[2] / "shared" / "data" / "unga-history"


def content(directory: Path) -> set[str]:
    return {str(quad) for quad in open_store(directory)}


def test_import_and_derived_shortcuts(tmp_path):
    result = import_history("tidy", TIDY, store_dir=tmp_path / "store")
    assert result.summary.rows_imported == 22 and result.shortcuts == 22
    store = open_store(tmp_path / "store")
    graph = graph_iri("import-tidy-votes-csv")
    assert store.contains_named_graph(NamedNode(str(graph)))
    table = run_query(store, "rollcall-votes", {"symbol": "A/RES/9901(XXX)"})
    assert dict(zip(table.state, table.vote, strict=True)) == {
        "BLR": "X", "COD": "A", "CSK": "Y", "RUS": "Y", "USA": "N", "YUG": "Y",
    }  # fmt: skip
    agreement = run_query(store, "agreement", {"first": "USA", "second": "RUS"})
    assert agreement.joint_votes.tolist() == ["2"]  # via the derived dkg:votedYes … triples
    provenance = store.query(
        f"SELECT ?rows WHERE {{ GRAPH ?g {{ ?g <{DKG.rowsSkipped}> ?rows }} }}"
    )
    assert [solution["rows"].value for solution in provenance] == ["2"]


def test_topics_are_skos_concepts_linked_from_the_rollcall(tmp_path):
    import_history("tidy", TIDY, store_dir=tmp_path / "store")
    store = open_store(tmp_path / "store")
    answer = store.query(
        "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
        f"SELECT ?label WHERE {{ ?rollcall <{DKG.topic}> ?topic . "
        f"?topic skos:inScheme <{DKG.UNBISSubjects}> ; skos:prefLabel ?label }} ORDER BY ?label",
        use_default_graph_as_union=True,
    )
    assert [s["label"].value for s in answer] == ["AGGRESSION", "Disarmament", "Human Rights",
                                                   "Human Rights"]  # fmt: skip


def test_reimport_changes_nothing(tmp_path):
    directory = tmp_path / "store"
    import_history("tidy", TIDY, store_dir=directory)
    before = content(directory)
    assert import_history("tidy", TIDY, store_dir=directory).unchanged
    assert content(directory) == before
    forced = import_history("tidy", TIDY, store_dir=directory, force=True)
    assert not forced.unchanged
    assert content(directory) == before  # the graph was replaced by the same triples


def test_formats_merge_on_the_same_rollcall(tmp_path):
    directory = tmp_path / "store"
    import_history("tidy", TIDY, store_dir=directory)
    import_history("undl", FIXTURES / "undl.csv", store_dir=directory)
    store = open_store(directory)
    table = run_query(store, "rollcall-votes", {"symbol": "A/RES/9901(XXX)"})
    assert len(table) == 6  # one roll call, the same six ballots from two files
    # each file's graph holds the shared roll call's shortcuts: counted once, not 2 x 2 times
    agreement = run_query(store, "agreement", {"first": "USA", "second": "RUS"})
    assert agreement.joint_votes.tolist() == ["2"]


def test_replacing_a_file_keeps_every_other_graph(tmp_path, monkeypatch):
    """A file imported again (--force, or a corrected file of the same name) is replaced by
    rebuilding the store in one bulk load, the other graphs copied over: same content."""
    import kg.store

    directory = tmp_path / "store"
    copied, write_retained = [], kg.store._write_retained
    monkeypatch.setattr(
        kg.store, "_write_retained", lambda *args: copied.append(write_retained(*args))
    )
    import_history("tidy", TIDY, store_dir=directory)
    import_history("undl", FIXTURES / "undl.csv", store_dir=directory)
    assert copied == []  # new graphs: the live store is copied as it is (hard links)
    before = content(directory)
    live = (directory / "current").readlink()
    assert not import_history("tidy", TIDY, store_dir=directory, force=True).unchanged
    tidy_quads = sum(1 for quad in before if "import-tidy-votes-csv>" in quad)
    assert copied == [len(before) - tidy_quads]  # everything but the replaced graphs
    assert (directory / "current").readlink() != live  # a new generation …
    assert content(directory) == before  # … holding the same quads, the undl graph included
    assert not list(directory.glob(".retained-*"))  # the scratch dumps are gone


def test_the_copied_graphs_keep_a_shared_blank_node_one_node(tmp_path):
    from pyoxigraph import BlankNode, Quad, Store

    from kg.store import _write_retained

    live, node = tmp_path / "live", BlankNode()
    source = Store(str(live))
    for graph in ("https://example.org/a", "https://example.org/b", "https://example.org/gone"):
        source.add(Quad(node, NamedNode("https://example.org/p"), NamedNode(graph),
                        NamedNode(graph)))  # fmt: skip
    source.add(Quad(NamedNode("https://example.org/s"), NamedNode("https://example.org/p"),
                    node))  # fmt: skip
    source.flush()
    del source
    stream = io.StringIO()
    assert _write_retained(live, {"https://example.org/gone"}, stream, tmp_path) == 3
    copy = Store()
    copy.load(stream.getvalue(), format=__import__("pyoxigraph").RdfFormat.N_QUADS)
    assert {str(q.graph_name) for q in copy} == {
        "<https://example.org/a>", "<https://example.org/b>", "DEFAULT"
    }  # fmt: skip
    subjects = {q.subject for q in copy if isinstance(q.subject, BlankNode)}
    objects = {q.object for q in copy if isinstance(q.object, BlankNode)}
    assert len(subjects) == 1 and subjects == objects  # one node across the three graphs


def test_a_file_failing_half_way_leaves_the_store_as_it_was(tmp_path):
    directory = tmp_path / "store"
    import_history("tidy", TIDY, store_dir=directory)
    before, size = content(directory), store_size(directory)
    broken_dir = tmp_path / "broken"
    broken_dir.mkdir()
    shutil.copy(FIXTURES / "tidy" / "rollcalls.csv", broken_dir / "rollcalls.csv")
    (broken_dir / "votes.csv.gz").write_bytes(gzip.compress(TIDY.read_bytes() * 300)[:-300])
    with pytest.raises(DataError, match="damaged or truncated"):
        import_history("tidy", broken_dir / "votes.csv.gz", store_dir=directory)
    assert content(directory) == before and store_size(directory) == size


def test_a_failure_while_loading_leaves_the_store_as_it_was(tmp_path, monkeypatch):
    import kg.store

    directory = tmp_path / "store"
    import_history("tidy", TIDY, store_dir=directory)
    before = content(directory)
    real_store, loads = kg.store.Store, []

    class StoreFailingToLoadFiles:
        """kg.store's pyoxigraph Store (which cannot be subclassed or patched), except that a
        bulk load from a file, the import's N-Quads, fails; in-memory loads (the rules' probe
        in shortcut_properties) work, so the failure happens during the load itself."""

        read_only = staticmethod(real_store.read_only)

        def __init__(self, *arguments):
            self._store = real_store(*arguments)

        def __getattr__(self, name):
            return getattr(self._store, name)

        def bulk_load(self, *arguments, path=None, **keywords):
            if path is None:
                return self._store.bulk_load(*arguments, **keywords)
            loads.append(path)
            self._store.bulk_load(*arguments, path=path, **keywords)  # half done, then:
            raise OSError("disk full (simulated)")

    monkeypatch.setattr(kg.store, "Store", StoreFailingToLoadFiles)
    live = (directory / "current").readlink()
    with pytest.raises(OSError, match="simulated"):
        import_history("undl", FIXTURES / "undl.csv", store_dir=directory)
    assert len(loads) == 1  # it failed in the bulk load, not before
    assert content(directory) == before and (directory / "current").readlink() == live


def test_a_loader_failing_early_stops_the_writer():
    """The loader reads the N-Quads from a pipe while they are written: when it fails, the
    writer must stop at its next chunk (not block on a full pipe) and the loader's error is
    the one raised."""
    from kg.store import _load_while_writing

    class StoreFailingAtOnce:
        def bulk_load(self, *, path, **keywords):
            with open(path, "rb") as stream:
                stream.read(100)
            raise OSError("disk full (simulated)")

    chunks = []

    def write(stream):
        for _ in range(10_000):  # 10 MB, ten times what the pipe holds
            stream.write("x" * 1023 + "\n")
            chunks.append(1)
        return len(chunks)

    with pytest.raises(OSError, match="simulated"):
        _load_while_writing(StoreFailingAtOnce(), write)
    assert 0 < len(chunks) < 10_000


def test_the_sources_error_is_raised_not_the_loaders():
    """A source that breaks half-way may leave half a line in the pipe; the loader then
    fails too, but the error the user needs is the source's."""
    from kg.store import _load_while_writing

    class StrictStore:
        def bulk_load(self, *, path, **keywords):
            with open(path, "rb") as stream:
                if not stream.read().endswith(b"\n"):
                    raise SyntaxError("unterminated line")

    def write(stream):
        stream.write("<https://example.org/a> <https://example.org/b> <https://exa")
        raise DataError("cannot read the file", where="votes.csv.gz line 7")

    with pytest.raises(DataError, match="cannot read the file"):
        _load_while_writing(StrictStore(), write)


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def slow_records(count: int, seconds: float):
    for number in range(count):
        time.sleep(seconds / count)
        yield number


def test_a_progress_bar_on_a_terminal_unless_quiet(monkeypatch):
    from kg.store import _progress

    for stream, quiet, shown in ((Terminal(), False, True), (Terminal(), True, False),
                                 (io.StringIO(), False, False)):  # fmt: skip
        monkeypatch.setattr(sys, "stderr", stream)
        records = list(_progress(slow_records(20, 1.3), quiet, "reading votes.csv"))
        assert records == list(range(20))  # passed through, in order
        text = stream.getvalue()
        if shown:
            assert "reading votes.csv: 20 rows" in text and "building its indexes" in text
        else:
            assert text == ""


def test_not_a_store(tmp_path):
    (tmp_path / "notes.txt").write_text("hello")
    with pytest.raises(DataError, match="not a dkg store"):
        import_history("tidy", TIDY, store_dir=tmp_path)
    with pytest.raises(DataError, match="no store"):
        open_store(tmp_path / "empty")


def _example(doc: str) -> str:
    match = re.search(r"e\.g\. ([^\s,]+)", doc)
    assert match, doc
    return match.group(1)


def _rows(table) -> list[tuple[str, ...]]:
    # SPARQL leaves the order of GROUP_CONCAT's parts unspecified: compare them as sets.
    return sorted(
        tuple(" ".join(sorted(str(cell).split())) for cell in row) for row in table.values.tolist()
    )


@pytest.mark.slow
def test_every_query_agrees_on_both_backends(built, tmp_path):
    """The built Ukraine graph, in rdflib memory and loaded into Oxigraph: same rows."""
    from kg.build import write_dataset

    (path,) = write_dataset(built.dataset, tmp_path, ["trig"])
    import_dataset(path, store_dir=tmp_path / "store")
    store = open_store(tmp_path / "store")
    checked = 0
    for query in list_queries():
        parameters = {p.name: _example(p.doc) for p in query.parameters}
        memory = run_query(built.dataset, query, parameters)
        oxigraph = run_query(store, query, parameters)
        assert list(memory.columns) == list(oxigraph.columns), query.name
        rows = _rows(memory)
        assert rows == _rows(oxigraph), query.name
        checked += bool(rows)
    assert checked >= 12


def test_injection_is_inert_on_the_store(tmp_path):
    import_history("tidy", TIDY, store_dir=tmp_path / "store")
    store = open_store(tmp_path / "store")
    before = len(store)
    hostile = '"> } ; DROP ALL #'
    assert run_query(store, "rollcall-votes", {"symbol": hostile}).empty
    assert len(store) == before


@pytest.mark.slow
@pytest.mark.skipif(not HISTORY.is_dir(), reason="../shared/data/unga-history is not present")
def test_the_whole_history(tmp_path):
    """All 5,699 roll calls and 948,257 ballots, with known results (README of the data)."""
    directory = tmp_path / "store"
    result = import_history("tidy", HISTORY / "votes.csv.gz", store_dir=directory)
    assert result.summary.rows_imported == 948_257 and result.summary.rows_skipped == 0
    assert result.summary.rollcalls == 5_699 and result.shortcuts == 948_257
    store = open_store(directory)
    tallies = {
        row.symbol: (row.counted_yes, row.counted_no, row.counted_abstain)
        for row in run_query(store, "tallies").itertuples()
    }
    # tallies.rq needs a symbol: one roll call has none in the source. Two (A/RES/66/230,
    # A/RES/32/105[M]) have only a year as their date and are listed with an empty date.
    assert len(tallies) == 5_698
    assert tallies["A/RES/ES-11/1"] == ("141", "5", "35")
    assert tallies["A/RES/2758(XXVI)"] == ("76", "35", "17")
    pair = run_query(store, "agreement", {"first": "USA", "second": "ISR"})
    assert int(pair.joint_votes[0]) > 4000
