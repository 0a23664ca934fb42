"""Property-based hardening: every reader turns random or damaged input into a DkgError.

Each test takes a real, valid input file, damages it the way hypothesis chooses (random
text, a line removed or doubled, a field replaced by random text, the file cut short), and
asserts the reader either accepts the result or raises :class:`kg.errors.DkgError` (or a
subclass) - never another exception. Through the command line the same inputs give an exit
code from the documented table and one line on stderr, never a traceback, and leave no
partial output and no changed store behind.

Example counts are kept small (the whole file runs in well under a minute).
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.cli import main
from kg.errors import DkgError
from kg.ontology import DATA_DIR

FEW = settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
HISTORY = Path(__file__).parent / "fixtures" / "history"

text_noise = st.text(alphabet=st.characters(blacklist_categories=["Cs"]), min_size=0, max_size=60)


@st.composite
def damaged(draw, original: str) -> str:
    """A damaged copy of ``original``: one of several kinds of breakage."""
    lines = original.splitlines(keepends=True)
    kind = draw(st.sampled_from(["noise", "drop", "double", "field", "cut", "bytes"]))
    if kind == "noise" or not lines:
        return draw(text_noise)
    index = draw(st.integers(0, len(lines) - 1))
    if kind == "drop":
        return "".join(lines[:index] + lines[index + 1 :])
    if kind == "double":
        return "".join(lines[: index + 1] + lines[index:])
    if kind == "cut":
        return original[: draw(st.integers(0, len(original)))]
    if kind == "bytes":
        return "".join(lines[:index]) + draw(text_noise) + "".join(lines[index + 1 :])
    # replace one field (CSV cell or YAML value) by noise
    line = lines[index]
    separator = "," if "," in line else ":"
    cells = line.rstrip("\n").split(separator)
    cell = draw(st.integers(0, len(cells) - 1))
    cells[cell] = draw(text_noise).replace("\n", " ")
    lines[index] = separator.join(cells) + "\n"
    return "".join(lines)


def copy_data(tmp: Path) -> Path:
    target = tmp / "data"
    shutil.copytree(DATA_DIR, target)
    return target


def accepts_or_raises_dkg_error(reader, *arguments) -> None:
    try:
        result = reader(*arguments)
        if hasattr(result, "__next__"):
            for _ in result:
                pass
    except DkgError as error:
        assert str(error).strip(), "an error needs a message"


def damaged_file(path: Path):
    return damaged(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("relative", "reader_name"),
    [
        ("votes/rollcalls.yaml", "read_rollcalls"),
        ("votes/ga-ballots.csv", "read_ballots"),
        ("votes/sc-ballots.csv", "read_ballots"),
        ("votes/council-seats.csv", "read_council_seats"),
    ],
)
def test_vote_readers(relative, reader_name):
    from kg.sources import votes

    reader = getattr(votes, reader_name)

    @FEW
    @given(content=damaged_file(DATA_DIR / relative))
    def check(content: str) -> None:
        with tempfile.TemporaryDirectory() as tmp:
            data = copy_data(Path(tmp))
            (data / relative).write_text(content, encoding="utf-8")
            accepts_or_raises_dkg_error(reader, data / "votes")

    check()


def test_event_reader():
    from kg.sources.events.reader import read_event

    event = next((DATA_DIR / "events").glob("*.yaml"))

    @FEW
    @given(content=damaged_file(event))
    def check(content: str) -> None:
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / event.name
            path.write_text(content, encoding="utf-8")
            accepts_or_raises_dkg_error(read_event, path)

    check()


@pytest.mark.parametrize(
    ("name", "reader_name"),
    [
        ("states.csv", "load_states"),
        ("aliases.csv", "load_states"),
        ("people.csv", "load_people"),
        ("posts.csv", "load_posts"),
        ("tenures.csv", "load_tenures"),
        ("organizations.csv", "load_organizations"),
        ("eu-members.csv", "eu_memberships"),
        ("rules.csv", "load_rules"),
    ],
)
def test_registry_readers(name, reader_name):
    import kg.registry as registry

    reader = getattr(registry, reader_name)

    @FEW
    @given(content=damaged_file(DATA_DIR / "registry" / name))
    def check(content: str) -> None:
        with tempfile.TemporaryDirectory() as tmp:
            data = copy_data(Path(tmp))
            (data / "registry" / name).write_text(content, encoding="utf-8")
            accepts_or_raises_dkg_error(reader, data / "registry")

    check()


@pytest.mark.parametrize(
    ("format_name", "relative"),
    [("undl", "undl.csv"), ("voeten", "voeten/votes.csv"), ("tidy", "tidy/votes.csv")],
)
def test_history_readers(format_name, relative):
    from kg.sources.history import read_history

    source = HISTORY / relative

    @FEW
    @given(content=damaged_file(source))
    def check(content: str) -> None:
        with tempfile.TemporaryDirectory() as tmp:
            copy = Path(tmp) / "history"
            shutil.copytree(HISTORY, copy)
            (copy / relative).write_text(content, encoding="utf-8")
            accepts_or_raises_dkg_error(read_history, format_name, copy / relative)

    check()


@FEW
@given(value=st.text(max_size=40))
def test_query_parameters(value):
    from kg.query import bind_parameters, bind_text, load_query

    for name in ("leaders", "opponents", "voted-with", "agreement"):
        query = load_query(name)
        values = {parameter.name: value for parameter in query.parameters}
        accepts_or_raises_dkg_error(bind_parameters, query, values)
        accepts_or_raises_dkg_error(bind_text, query, values)


@settings(max_examples=15, deadline=None)
@given(argument=st.text(alphabet=st.characters(blacklist_characters="\0"), max_size=30))
def test_query_param_on_the_command_line(argument):
    """Any --param text: exit 0 or a documented code with one line on stderr."""
    import contextlib
    import io

    stderr = io.StringIO()
    with contextlib.redirect_stderr(stderr), contextlib.redirect_stdout(io.StringIO()):
        try:
            code = main(["query", "leaders", "--param", argument, "--kg", "/nonexistent.trig"])
        except SystemExit as exit:  # argparse: a value that looks like an option ("-x")
            code = exit.code
    assert "Traceback" not in stderr.getvalue()
    if code == 2:
        assert "usage: dkg query" in stderr.getvalue()
        return
    assert code in (3, 4)  # a bad parameter (4) is found before the missing graph (3)
    assert stderr.getvalue().count("\n") == 1


def test_extract_input_never_tracebacks():
    @settings(max_examples=15, deadline=None)
    @given(content=st.binary(max_size=300))
    def check(content: bytes) -> None:
        import contextlib
        import io

        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "article.txt"
            path.write_bytes(content)
            stderr = io.StringIO()
            with contextlib.redirect_stderr(stderr), contextlib.redirect_stdout(io.StringIO()):
                code = main(["extract", str(path)])
            assert code in (0, 3), stderr.getvalue()
            assert "Traceback" not in stderr.getvalue()
            assert sorted(item.name for item in Path(tmp).iterdir()) == ["article.txt"]

    check()


def test_store_import_of_damaged_file_changes_nothing(tmp_path):
    """A damaged voting file leaves the store as it was (no half-written import)."""
    from kg.store import import_history, open_store

    store_dir = tmp_path / "store"
    import_history("tidy", HISTORY / "tidy" / "votes.csv", store_dir=store_dir)

    @settings(max_examples=10, deadline=None)
    @given(content=damaged_file(HISTORY / "tidy" / "votes.csv"))
    def check(content: str) -> None:
        with tempfile.TemporaryDirectory() as tmp:
            copy = Path(tmp) / "tidy"
            shutil.copytree(HISTORY / "tidy", copy)
            (copy / "votes.csv").write_text(content, encoding="utf-8")
            before = len(open_store(store_dir))
            try:
                import_history("tidy", copy / "votes.csv", store_dir=store_dir, force=True)
            except DkgError:
                assert len(open_store(store_dir)) == before

    check()
