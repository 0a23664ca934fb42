"""Hardening of ``dkg import`` (undl, voeten, tidy) and an automated check of ``dkg serve --store``.

Property-based part: hypothesis writes random or damaged voting files (random bytes, random
text, an empty file, a wrong or missing header, rows cut short or doubled, a cell replaced by
noise, a bad vote code, an unknown state, a huge number, non-UTF-8 bytes, gzip-compressed and
truncated gzip copies) and runs ``dkg import FORMAT PATH --store DIR --quiet`` through
:func:`kg.cli.main`. The outcome is either exit 0, with every skipped row reported by its row
number, or exit 3 (bad input data) with one ``dkg: …`` line on stderr, never a traceback and
never an "unexpected error"; and a failed import leaves the store exactly as it was (the sorted
N-Quads dump of all its quads, the live database and no leftover temporary file). Each test
starts from a store that holds the tidy fixture.

Bugs this file found (numbers over Python's 4,300-digit ``int()`` limit, non-ASCII digits,
roman numerals no session used, corrupt deflate streams, record links that are not IRIs, a
directory as the votes file or a regular file as the store) are fixed; their inputs are
kept as regression tests (section "Former bugs") and the generators include them.
"""

from __future__ import annotations

import contextlib
import gzip
import hashlib
import io
import os
import re
import shutil
import tempfile
from pathlib import Path

import httpx
import pytest
from conftest import serving
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from kg.cli import main

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "history"
BAD_INPUT = 3  # kg.cli: "3 bad input data"
#: votes file, roll-call file (None: the format has none) of each format's fixture
FIXTURE_FILES = {
    "undl": ("undl.csv", None),
    "voeten": ("voeten/votes.csv", "voeten/rollcalls.csv"),
    "tidy": ("tidy/votes.csv", "tidy/rollcalls.csv"),
}
SUMMARY_LINE = re.compile(
    r"^(\d+) ballot rows read, (\d+) imported, (\d+) skipped, (\d+) roll calls$"
)
SKIPPED_LINE = re.compile(r"^  skipped (\d+) x [^:]+: row \d+")

SOME = settings(
    max_examples=6,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

# Text noise, non-ASCII digits included ("²" passes str.isdigit but not int()).
noise_characters = st.one_of(
    st.characters(blacklist_categories=["Cs"]), st.sampled_from("0123456789")
)
noise = st.text(alphabet=noise_characters, max_size=40)
# Up to and over Python's 4,300-digit int() limit (str() of such an int fails too: repeat a digit).
huge_number = st.one_of(
    st.integers(min_value=10**18, max_value=10**300).map(str),
    st.tuples(st.sampled_from("123456789"), st.integers(4_290, 5_000)).map(
        lambda digit_and_length: digit_and_length[0] * digit_and_length[1]
    ),
)
bad_vote = st.sampled_from(["Z", "yes!", "0", "-1", "4", "99", "Y N", "y", "NaN", ""])
unknown_state = st.sampled_from(["X1Z", "Q9Q", "Nowhereland", "ATLANTIS", "U.S.S.A.", "--"])
cell_value = st.one_of(
    noise, huge_number, bad_vote, unknown_state, st.sampled_from(['"', '""', "\t", ",,"])
)


# --- helpers -----------------------------------------------------------------------------------


def run_dkg(*arguments: str) -> tuple[int, str, str]:
    """``dkg ARGUMENTS`` in this process: (exit code, stdout, stderr)."""
    stdout, stderr = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
        try:
            code = main(list(arguments))
        except SystemExit as exit:  # argparse
            code = exit.code
    return code, stdout.getvalue(), stderr.getvalue()


def store_digest(directory: Path) -> tuple[str, str, list[str]]:
    """SHA-256 of the store's sorted N-Quads dump, the live database, the other entries.

    A ``gen-*`` directory other than the live one is left out: when a failure happens after
    the copy of the live database was opened, kg.store removes the copy while Oxigraph may
    still hold it open, so a stale copy can survive until the next import removes it (seen
    with the record-link bug below, intermittently). It is never the live database.
    """
    from pyoxigraph import RdfFormat

    from kg.store import open_store

    dump = open_store(directory).dump(format=RdfFormat.N_QUADS)
    digest = hashlib.sha256(b"\n".join(sorted(dump.splitlines()))).hexdigest()
    live = os.readlink(directory / "current")
    others = sorted(path.name for path in directory.iterdir() if not path.name.startswith("gen-"))
    return digest, live, others


@pytest.fixture(scope="module")
def tidy_store(tmp_path_factory) -> Path:
    """A store holding the tidy fixture, imported once per module; tests copy it."""
    from kg.store import import_history

    directory = tmp_path_factory.mktemp("tidy-store") / "store"
    import_history("tidy", FIXTURES / "tidy" / "votes.csv", store_dir=directory)
    return directory


@pytest.fixture
def store(tidy_store, tmp_path) -> Path:
    """A private copy of the tidy store (``current`` is a relative link: copied as a link)."""
    copy = tmp_path / "store"
    shutil.copytree(tidy_store, copy, symlinks=True)
    return copy


#: the digest of each store as the last successful import left it (dumping costs 0.1 s)
_known_digests: dict[Path, tuple[str, list[str]]] = {}


def check_import(format_name: str, votes: Path, store: Path, rollcalls: Path | None) -> str:
    """Run ``dkg import`` and check the contract; return ``"ok"`` or ``"failed"``."""
    if store not in _known_digests:
        _known_digests[store] = store_digest(store)
    before = _known_digests[store]
    arguments = ["import", format_name, str(votes), "--store", str(store), "--quiet"]
    if rollcalls is not None and format_name == "voeten":
        arguments += ["--rollcalls", str(rollcalls)]  # tidy finds rollcalls.csv beside votes
    code, out, err = run_dkg(*arguments)
    assert "Traceback" not in out + err
    if code == 0:
        del _known_digests[store]  # a successful import may change the store
        assert err == "", err
        first = out.splitlines()[0]
        if first.startswith("unchanged: "):
            return "ok"
        match = SUMMARY_LINE.match(first)
        assert match, out
        skipped = int(match.group(3))
        reported = [SKIPPED_LINE.match(line) for line in out.splitlines()[1:]]
        assert sum(int(m.group(1)) for m in reported if m) == skipped, out
        return "ok"
    assert code == BAD_INPUT, (code, err)
    assert err.startswith("dkg: ") and err.count("\n") == 1, err
    assert "unexpected error" not in err, err
    assert store_digest(store) == before, "a failed import changed the store"
    return "failed"


def fixture_text(relative: str) -> str:
    return (FIXTURES / relative).read_text(encoding="utf-8")


@st.composite
def damaged(draw, original: str) -> bytes:
    """The bytes of a damaged copy of ``original`` (a CSV file with a header)."""
    lines = original.splitlines(keepends=True)
    kind = draw(
        st.sampled_from(
            ["bytes", "noise", "empty", "header only", "wrong header", "no header", "cut",
             "drop", "double", "short row", "long row", "cell", "latin-1", "gzip", "gzip cut",
             "gzip corrupt"]
        )
    )  # fmt: skip
    body = draw(st.integers(1, len(lines) - 1))  # a row after the header
    if kind == "bytes":
        return draw(st.binary(max_size=200))
    if kind == "noise":
        return draw(noise).encode()
    if kind == "empty":
        return b""
    if kind == "header only":
        return lines[0].encode()
    if kind == "wrong header":
        names = draw(st.lists(st.from_regex(r"[a-z_]{1,8}", fullmatch=True), max_size=8))
        other = fixture_text(draw(st.sampled_from(["undl.csv", "voeten/rollcalls.csv"])))
        header = draw(st.sampled_from([",".join(names) + "\n", other.splitlines(True)[0]]))
        return (header + "".join(lines[1:])).encode()
    if kind == "no header":
        return "".join(lines[1:]).encode()
    if kind == "cut":
        return original.encode()[: draw(st.integers(0, len(original.encode())))]
    if kind == "drop":
        return "".join(lines[:body] + lines[body + 1 :]).encode()
    if kind == "double":
        return "".join(lines[: body + 1] + lines[body:]).encode()
    cells = lines[body].rstrip("\n").split(",")
    if kind == "short row":
        cells = cells[: draw(st.integers(0, len(cells) - 1))]
    elif kind == "long row":
        cells += draw(st.lists(cell_value, min_size=1, max_size=3))
    elif kind == "cell":
        cells[draw(st.integers(0, len(cells) - 1))] = draw(cell_value).replace("\n", " ")
    if kind in ("short row", "long row", "cell"):
        lines[body] = ",".join(cells) + "\n"
        return "".join(lines).encode()
    if kind == "latin-1":  # one row in another encoding: not UTF-8
        cells[-1] = "C\u00f4te d\u2019Ivoire \u00ff"
        head, tail = "".join(lines[:body]), "".join(lines[body + 1 :])
        return head.encode() + (",".join(cells) + "\n").encode("cp1252") + tail.encode()
    data = gzip.compress(original.encode())
    if kind == "gzip":
        return data
    if kind == "gzip corrupt":  # bytes flipped inside the deflate stream (after the header)
        start = draw(st.integers(10, len(data) - 9))
        end = draw(st.integers(start + 1, min(start + 20, len(data) - 8)))
        return data[:start] + bytes(byte ^ 0xFF for byte in data[start:end]) + data[end:]
    return data[: draw(st.integers(0, len(data) - 1))]  # a truncated download


# --- properties --------------------------------------------------------------------------------


@pytest.mark.parametrize("format_name", sorted(FIXTURE_FILES))
def test_damaged_votes_file(format_name, store, tmp_path):
    """A damaged votes file: exit 0 with skipped rows by row number, or exit 3, store intact."""
    votes_name, rollcalls_name = FIXTURE_FILES[format_name]

    @SOME
    @given(content=damaged(fixture_text(votes_name)))
    @example(content=b"")
    @example(content=b"\xff\xfe\x00r\x00c\x00i\x00d")  # UTF-16: not UTF-8
    def check(content: bytes) -> None:
        with tempfile.TemporaryDirectory(dir=tmp_path) as work:
            votes = Path(work) / Path(votes_name).name
            votes.write_bytes(content)
            rollcalls = None
            if rollcalls_name:
                rollcalls = Path(work) / "rollcalls.csv"
                shutil.copyfile(FIXTURES / rollcalls_name, rollcalls)
            check_import(format_name, votes, store, rollcalls)

    check()


@pytest.mark.parametrize("format_name", ["voeten", "tidy"])
def test_damaged_rollcalls_file(format_name, store, tmp_path):
    """A damaged roll-call table beside a good votes file: the same contract."""
    votes_name, rollcalls_name = FIXTURE_FILES[format_name]

    @SOME
    @given(content=damaged(fixture_text(rollcalls_name)))
    def check(content: bytes) -> None:
        with tempfile.TemporaryDirectory(dir=tmp_path) as work:
            votes = Path(work) / "votes.csv"
            shutil.copyfile(FIXTURES / votes_name, votes)
            rollcalls = Path(work) / "rollcalls.csv"
            rollcalls.write_bytes(content)
            check_import(format_name, votes, store, rollcalls)

    check()


# Which column of each format holds the vote, the state code and the state name.
COLUMNS = {
    "undl": {"vote": "ms_vote", "code": "ms_code", "name": "ms_name"},
    "voeten": {"vote": "vote", "code": "country_code", "name": "country"},
    "tidy": {"vote": "vote", "code": "state_iso3", "name": "state_name"},
}


@pytest.mark.parametrize("format_name", sorted(FIXTURE_FILES))
def test_one_broken_row_in_the_middle_is_skipped_by_its_row_number(format_name, store, tmp_path):
    """A valid file with one bad row: it imports, and the report names that row."""
    votes_name, rollcalls_name = FIXTURE_FILES[format_name]
    lines = fixture_text(votes_name).splitlines(keepends=True)
    header = lines[0].rstrip("\n").split(",")
    # a row of the fixture that imports (its state resolves, its vote code is known)
    template = dict(zip(header, lines[1].rstrip("\n").split(","), strict=True))

    @settings(max_examples=5, deadline=None)
    @given(
        position=st.integers(2, len(lines) - 1),
        breakage=st.one_of(
            st.tuples(st.just("vote"), bad_vote),
            st.tuples(st.just("state"), st.sampled_from(["X1Z", "Q9Q", "X0X"])),
        ),
    )
    def check(position: int, breakage: tuple[str, str]) -> None:
        kind, value = breakage
        row = dict(template)
        if kind == "vote":
            row[COLUMNS[format_name]["vote"]] = value
        else:
            row[COLUMNS[format_name]["code"]] = value
            row[COLUMNS[format_name]["name"]] = "Nowhereland " + value
        broken = ",".join(row[name] for name in header) + "\n"
        content = "".join([*lines[: position - 1], broken, *lines[position - 1 :]])
        with tempfile.TemporaryDirectory(dir=tmp_path) as work:
            votes = Path(work) / Path(votes_name).name
            votes.write_text(content, encoding="utf-8")
            rollcalls = None
            if rollcalls_name:
                rollcalls = Path(work) / "rollcalls.csv"
                shutil.copyfile(FIXTURES / rollcalls_name, rollcalls)
            arguments = ["import", format_name, str(votes), "--store", str(store), "--quiet"]
            if format_name == "voeten":
                arguments += ["--rollcalls", str(rollcalls)]
            code, out, err = run_dkg(*arguments)
            assert code == 0, err
            reason = "unknown vote code" if kind == "vote" else "unknown state"
            reported = [line for line in out.splitlines() if f"x {reason}:" in line]
            # the broken row is line ``position`` of the file (the header is line 1)
            assert reported and re.search(rf"\brow {position}\b", reported[0]), out

    check()


def test_missing_file_and_wrong_format_name(store, tmp_path):
    before = store_digest(store)
    code, _, err = run_dkg("import", "tidy", str(tmp_path / "nothing.csv"), "--store", str(store))
    assert code == BAD_INPUT and err.startswith("dkg: ") and err.count("\n") == 1, err
    code, _, err = run_dkg("import", "csv", str(tmp_path / "nothing.csv"), "--store", str(store))
    assert code == 2 and "usage: dkg import" in err
    assert store_digest(store) == before


# --- former bugs (kg/sources/history/, kg/store.py) -----------------------------------------------


def undl_row(**cells: str) -> str:
    """The undl fixture's header and first row, some cells replaced."""
    lines = fixture_text("undl.csv").splitlines()
    header = lines[0].split(",")
    row = dict(zip(header, lines[1].split(","), strict=True)) | cells
    return lines[0] + "\n" + ",".join(row[name] for name in header) + "\n"


def tidy_rollcalls_with(**cells: str) -> str:
    lines = fixture_text("tidy/rollcalls.csv").splitlines()
    header = lines[0].split(",")
    row = dict(zip(header, lines[1].split(","), strict=True)) | cells
    return lines[0] + "\n" + ",".join(row[name] for name in header) + "\n"


def voeten_rollcalls_with(unres: str) -> str:
    lines = fixture_text("voeten/rollcalls.csv").splitlines()
    return lines[0] + "\n" + lines[1].replace("R/30/9901", unres) + "\n"


# (id, format, files {name: bytes}, votes file name, reason)
BUGS = [
    (
        "tally-over-4300-digits",
        "undl",
        {"votes.csv": undl_row(total_yes="9" * 5000).encode()},
        "history._count: int() of a number over 4,300 digits raises ValueError "
        "(Python's int-string limit); dkg says 'unexpected error', exit 2",
    ),
    (
        "tally-over-4300-digits-tidy",
        "tidy",
        {
            "votes.csv": (FIXTURES / "tidy" / "votes.csv").read_bytes(),
            "rollcalls.csv": tidy_rollcalls_with(yes="9" * 5000).encode(),
        },
        "history._count: int() of a number over 4,300 digits raises ValueError",
    ),
    (
        "tally-superscript-digit",
        "undl",
        {"votes.csv": undl_row(total_yes="²").encode()},
        "history._count: '²'.isdigit() is True but int('²') raises ValueError",
    ),
    (
        "session-roman-over-39",
        "undl",
        {"votes.csv": undl_row(session="", resolution="A/RES/1(C)").encode()},
        "history._session_of: next() over range(1, 40) raises StopIteration for a numeral "
        "above XXXIX (or an ill-formed one such as IIII): RuntimeError 'generator raised "
        "StopIteration'",
    ),
    (
        "voeten-unres-superscript-session",
        "voeten",
        {
            "votes.csv": (FIXTURES / "voeten" / "votes.csv").read_bytes(),
            "rollcalls.csv": voeten_rollcalls_with("R/²/9901").encode(),
        },
        "history.voeten_symbol: '²'.isdigit() is True but int('²') raises ValueError",
    ),
    (
        "corrupt-gzip-stream",
        "undl",
        {
            "votes.csv": (
                lambda data: data[:20] + bytes(byte ^ 0xFF for byte in data[20:40]) + data[40:]
            )(gzip.compress((FIXTURES / "undl.csv").read_bytes()))
        },
        "history._rows: zlib.error from a corrupt deflate stream is not caught (only OSError, "
        "EOFError, UnicodeDecodeError, csv.Error are)",
    ),
    *(
        (
            f"record-link-not-an-iri-{number}",
            "undl",
            {"votes.csv": undl_row(undl_link=link).encode()},
            "history._WEB_ADDRESS accepts links that are not IRIs; bulk_load then raised "
            "SyntaxError: 'unexpected error', exit 2 (the store was left intact)",
        )
        for number, link in enumerate(["http://%zz", "http://a:b:c", "http://a\x01b"], 1)
    ),
]


@pytest.mark.parametrize(
    ("format_name", "files"), [pytest.param(f, files, id=name) for name, f, files, _ in BUGS]
)
def test_known_bug_inputs_give_exit_3(format_name, files, store, tmp_path):
    """Each input either imports (exit 0, skips reported) or fails with exit 3; the reason
    in ``BUGS`` says what went wrong before the fix."""
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    rollcalls = tmp_path / "rollcalls.csv" if "rollcalls.csv" in files else None
    assert check_import(format_name, tmp_path / "votes.csv", store, rollcalls) in ("ok", "failed")


@pytest.mark.parametrize(
    ("format_name", "files"), [pytest.param(f, files, id=name) for name, f, files, _ in BUGS]
)
def test_known_bug_inputs_leave_the_store_intact(format_name, files, store, tmp_path):
    """Whatever the exit code, those inputs do not change the store and print no traceback."""
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    before = store_digest(store)
    arguments = ["import", format_name, str(tmp_path / "votes.csv"), "--store", str(store)]
    if "rollcalls.csv" in files and format_name == "voeten":
        arguments += ["--rollcalls", str(tmp_path / "rollcalls.csv")]
    code, out, err = run_dkg(*arguments, "--quiet")
    assert "Traceback" not in out + err
    if code != 0:
        assert err.startswith("dkg: ") and err.count("\n") == 1, err
        assert store_digest(store) == before


def test_a_directory_as_the_votes_file(store, tmp_path):
    """Formerly IsADirectoryError from store._checksum / history._open_text: exit 2."""
    code, _, err = run_dkg("import", "tidy", str(tmp_path), "--store", str(store), "--quiet")
    assert code == BAD_INPUT and "unexpected error" not in err, err
    assert err.startswith("dkg: ") and err.count("\n") == 1, err


def test_a_file_as_the_store(tmp_path):
    """Formerly FileExistsError from mkdir in store._lock: exit 2."""
    store_file = tmp_path / "store"
    store_file.write_text("not a store\n", encoding="utf-8")
    votes = str(FIXTURES / "tidy" / "votes.csv")
    code, _, err = run_dkg("import", "tidy", votes, "--store", str(store_file), "--quiet")
    assert code == BAD_INPUT and "unexpected error" not in err, err
    assert store_file.read_text(encoding="utf-8") == "not a store\n"


def test_a_record_link_that_is_not_an_iri_keeps_the_rollcall_and_its_ballots(store, tmp_path):
    """The link is left out with a warning naming the row; the roll call and ballot stay."""
    from kg.ontology import DKG
    from kg.store import open_store

    votes = tmp_path / "votes.csv"
    votes.write_text(undl_row(undl_link="http://a:b:c"), encoding="utf-8")
    code, out, err = run_dkg("import", "undl", str(votes), "--store", str(store), "--quiet")
    assert code == 0 and err == "", err
    assert SUMMARY_LINE.match(out.splitlines()[0]).group(2) == "1", out  # the ballot is imported
    assert "  warning 1 x record link left out (not an IRI): row 2 (votes.csv: 'http://a:b:c')" in (
        out.splitlines()
    ), out
    graph = "https://w3id.org/diplomatic-kg/graph/import-undl-votes-csv"
    asked = open_store(store).query(
        f"ASK {{ GRAPH <{graph}> {{ ?rollcall a <{DKG.RollCall}> . "
        f"FILTER NOT EXISTS {{ ?rollcall <{DKG.recordLink}> ?link }} }} }}"
    )
    assert bool(asked)


# --- dkg serve --store -------------------------------------------------------------------------


@pytest.fixture
def store_server(store):
    """``dkg serve --store`` over the tidy store, in a subprocess on a free loopback port."""
    with serving("--store", str(store), "--workers", "1", "--timeout", "20") as base:
        yield base, store


def test_serve_store_answers_like_run_query_and_refuses_updates(store_server):
    from kg.query import bind_text, load_query, run_query
    from kg.remote import SparqlEndpoint
    from kg.store import open_store

    base, store = store_server
    before = store_digest(store)
    query = load_query("rollcall-votes")
    symbols = ["A/RES/9901(XXX)", "A/RES/44/9902 A", "A/RES/ES-99/1", "A/RES/0/0"]
    for symbol in symbols:
        local = run_query(open_store(store), query, {"symbol": symbol})
        # the query's own text, parameters bound, over plain HTTP (SPARQL JSON results)
        response = httpx.get(
            f"{base}/sparql",
            params={"query": bind_text(query, {"symbol": symbol})},
            headers={"Accept": "application/sparql-results+json"},
        )
        assert response.status_code == 200, response.text
        answer = response.json()
        assert answer["head"]["vars"] == ["state", "name", "vote"]
        rows = [
            [binding[column]["value"] for column in ("state", "name", "vote")]
            for binding in answer["results"]["bindings"]
        ]
        assert rows == local[["state", "name", "vote"]].values.tolist(), symbol
        remote = run_query(SparqlEndpoint(f"{base}/sparql"), query, {"symbol": symbol})
        assert remote.values.tolist() == local.values.tolist(), symbol
    first = run_query(open_store(store), query, {"symbol": symbols[0]})
    assert dict(zip(first.state, first.vote, strict=True)) == {
        "BLR": "X", "COD": "A", "CSK": "Y", "RUS": "Y", "USA": "N", "YUG": "Y",
    }  # fmt: skip

    for request in (
        {"data": {"update": "DROP ALL"}},
        {"data": {"query": "DELETE WHERE { ?s ?p ?o }"}},
        {"content": "CLEAR ALL", "headers": {"Content-Type": "application/sparql-update"}},
    ):
        response = httpx.post(f"{base}/sparql", **request)
        assert response.status_code == 403, request
    count = httpx.get(
        f"{base}/sparql", params={"query": "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"}
    ).json()["results"]["bindings"][0]["n"]["value"]
    assert int(count) > 0
    assert store_digest(store) == before
