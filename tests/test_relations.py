"""Relations beyond votes on hand-written fixtures: code lists by date, the merge rules, the
readers' reports, the store imports and every relation query on rdflib and Oxigraph alike."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from rdflib import Dataset, Graph
from rdflib.namespace import RDF

from kg.ontology import DKG, load_ontology, person_iri
from kg.sources.relations.archigos import read_archigos
from kg.sources.relations.atop import Commitment, merge_commitments, read_atop
from kg.sources.relations.codes import StateCodes
from kg.sources.relations.common import RelationSummary
from kg.sources.relations.igo import read_igo_pairs, read_igo_states
from kg.sources.relations.rivalries import read_rivalries
from kg.sources.relations.statelists import read_list

FIXTURES = Path(__file__).parent / "fixtures" / "relations"


# --- code lists by date ---------------------------------------------------------------------


def test_cow_255_and_260_are_both_germany_and_gw_keeps_260_after_1990():
    cow, gw = StateCodes("cow"), StateCodes("gw")
    assert [cow.in_year("260", 1980)[0], cow.in_year("255", 1995)[0]] == ["DEU", "DEU"]
    assert gw.in_year("260", 2000)[0] == "DEU"  # GW's Germany after unification
    assert gw.in_year("255", 1930)[0] == "DEU"
    assert cow.in_year("265", 1980)[0] == gw.in_year("265", 1980)[0] == "DDR"


def test_yugoslavia_and_serbia_resolve_by_date_in_each_list():
    cow, gw = StateCodes("cow"), StateCodes("gw")
    assert [cow.in_year("345", year)[0] for year in (1900, 1950, 2003, 2010)] == [
        "SRB", "YUG", "SCG", "SRB",
    ]  # fmt: skip
    # Gleditsch-Ward number Serbia 340 (to 1915 and from 2006) and Yugoslavia 345
    assert [gw.in_year("340", 1900)[0], gw.in_year("340", 2010)[0]] == ["SRB", "SRB"]
    assert [gw.in_year("345", 1950)[0], gw.in_year("345", 2004)[0]] == ["YUG", "SCG"]
    assert gw.on("345", dt.date(2003, 2, 3))[0] == "YUG"
    assert gw.on("345", dt.date(2003, 2, 4))[0] == "SCG"


def test_365_is_the_soviet_union_between_its_founding_and_its_end():
    cow = StateCodes("cow")
    assert [cow.on("365", dt.date(*day))[0] for day in
            ((1922, 12, 29), (1922, 12, 30), (1991, 12, 25), (1991, 12, 26))] == [
        "RUS", "SUN", "SUN", "RUS",
    ]  # fmt: skip
    assert cow.in_year("365", 1991)[0] == "SUN"  # a year resolves on 1 July


def test_numbers_without_a_registry_state_are_not_guessed():
    cow, gw = StateCodes("cow"), StateCodes("gw")
    assert cow.in_year("713", 1960) == (
        None,
        "COW state not in the registry",
        "COW 713 (TAW, Taiwan)",
    )
    assert cow.in_year("300", 1900)[1] == "COW state not in the registry"
    assert gw.in_year("563", 1890)[1] == "GW state not in the registry"  # Transvaal
    assert cow.in_year("324", 1500)[1] == "unknown COW code"
    assert cow.in_year("x1", 1500)[1] == "unknown COW code"


# --- ATOP: merge rules ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def atop() -> tuple[list[Commitment], RelationSummary]:
    summary = RelationSummary(noun="alliance commitments")
    return read_atop(FIXTURES / "atop.csv", summary), summary


def test_a_three_year_run_is_one_commitment_and_one_sided_kinds_stay_apart(atop):
    commitments, _ = atop
    japan = [c for c in commitments if c.parties == ("JPN", "USA")]
    assert japan == [
        Commitment(("JPN", "USA"), ("non-aggression", "consultation"), 2016, 2018),
        Commitment(("JPN", "USA"), ("defense",), 2016, 2018, "USA", "JPN"),
    ]


def test_germany_under_two_numbers_is_one_commitment_until_its_kinds_change(atop):
    commitments, summary = atop
    germany = [(c.kinds, c.start, c.end) for c in commitments if c.parties == ("DEU", "USA")]
    assert germany == [
        (("defense", "consultation"), 1988, 1991),
        (("defense", "non-aggression", "consultation"), 1992, 1992),
    ]
    assert summary.merged == 2  # 1990: both 260 and 255 rows, both directions


def test_a_change_of_state_starts_a_new_commitment(atop):
    commitments, _ = atop
    non_aggression = {(c.parties, c.start) for c in commitments if c.kinds == ("non-aggression",)}
    assert non_aggression == {(("SUN", "USA"), 1988), (("RUS", "USA"), 1992)}


def test_atop_rows_that_cannot_be_used_are_reported_by_line(atop):
    commitments, summary = atop
    assert summary.rows_read == 31
    assert {reason: [e.row for e in summary.examples[reason]] for reason in summary.skipped} == {
        "duplicate dyad-year": [26],
        "no pledge in the row": [27],
        "COW state not in the registry": [28, 29],
        "unknown COW code": [30],
    }
    assert summary.examples["unknown COW code"][0].detail == "ccode2: COW 999 in 2018"
    assert summary.records == len(commitments) == 8


def test_merge_rules_on_gaps_and_directions():
    pairs = {("A", "B"): {2000: [1, 1], 2001: [1, 1], 2003: [1, 1], 2004: [1, 0]}}
    merged = [(c.start, c.end, c.pledged_by) for c in merge_commitments(pairs)]
    assert merged == [(2000, 2001, None), (2003, 2003, None), (2004, 2004, "A")]


# --- Archigos, IGO, rivalries, state lists ---------------------------------------------------


@pytest.fixture(scope="module")
def leaders():
    summary = RelationSummary(noun="leader tenures")
    return list(read_archigos(FIXTURES / "archigos.csv", summary)), summary


def test_a_spell_across_the_end_of_the_soviet_union_is_split(leaders):
    spells, _ = leaders
    yeltsin = [(s.state, s.start, s.end, s.entry, s.exit) for s in spells if s.name == "Yeltsin"]
    assert yeltsin == [
        ("SUN", dt.date(1991, 8, 21), dt.date(1991, 12, 26), "Regular", None),
        ("RUS", dt.date(1991, 12, 26), dt.date(1999, 12, 31), None, "Regular"),
    ]


def test_still_in_office_is_open_as_of_the_last_day_covered(leaders):
    spells, _ = leaders
    [putin] = [s for s in spells if s.name == "Putin"]
    assert (putin.end, putin.open_as_of, putin.exit, putin.exit_detail) == (
        None, dt.date(2015, 12, 31), None, None,
    )  # fmt: skip


def test_archigos_rows_that_cannot_be_used_are_reported(leaders):
    spells, summary = leaders
    assert {reason: [e.row for e in summary.examples[reason]] for reason in summary.skipped} == {
        "GW state not in the registry": [9],
        "malformed date": [11],
    }
    assert summary.rows_read == 10 and len(spells) == 9  # 8 rows, Yeltsin's in two parts


def test_igo_runs_and_state_counts():
    summary = RelationSummary()
    runs = read_igo_pairs(FIXTURES / "igo-dyads.csv", summary)
    assert [(m.parties, m.start, m.end, m.count) for m in runs] == [
        (("CAN", "USA"), 2012, 2013, 70),
        (("CAN", "USA"), 2014, 2014, 72),
        (("JPN", "USA"), 2014, 2014, 68),
        (("RUS", "USA"), 1992, 1992, 31),
        (("SUN", "USA"), 1990, 1991, 30),
    ]
    assert set(summary.skipped) == {"dyadigos is not a count", "COW state not in the registry"}
    counts = list(read_igo_states(FIXTURES / "igo-states.csv", summary))
    assert [(c.state, c.year, c.full, c.any) for c in counts] == [
        ("USA", 2014, 88, 94), ("SUN", 1962, 40, 43),
    ]  # fmt: skip


def test_rivalries_split_where_a_state_changes_identity():
    summary = RelationSummary()
    parts = read_rivalries(FIXTURES / "rivalries.csv", summary)
    assert [(r.number, r.parties, r.start, r.end, r.part) for r in parts] == [
        (99, ("SUN", "USA"), 1945, 1989, 0),
        (24, ("GBR", "RUS"), 1778, 1922, 1),
        (24, ("GBR", "SUN"), 1923, 1956, 2),
        (128, ("CUB", "USA"), 1959, 2010, 0),
    ]
    assert summary.examples["COW state not in the registry"][0].row == 4  # Austria-Russia


def test_state_lists_are_told_apart_and_split():
    summary = RelationSummary()
    name, spells = read_list(FIXTURES / "cow-majors.csv", summary)
    assert name == "cow-majors"
    assert [(s.state, str(s.start), s.end and str(s.end), s.open_as_of) for s in spells] == [
        ("USA", "1898-08-13", None, dt.date(2016, 12, 31)),
        ("RUS", "1922-01-01", "1922-12-30", None),
        ("SUN", "1922-12-30", "1991-12-26", None),
        ("RUS", "1991-12-26", None, dt.date(2016, 12, 31)),
    ]
    name, spells = read_list(FIXTURES / "gw-states.csv", RelationSummary())
    assert name == "gw-states" and [s.state for s in spells] == ["USA", "DEU", "YUG", "SCG"]
    name, _ = read_list(FIXTURES / "cow-states.csv", summary)
    assert name == "cow-states"


def test_a_file_that_is_no_state_list_is_a_clear_error(tmp_path):
    from kg.errors import DataError

    other = tmp_path / "other.csv"
    other.write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(DataError, match="not a state-system list"):
        read_list(other, RelationSummary())


# --- the store, the queries, the shapes --------------------------------------------------------

IMPORTS = (
    ("atop", "atop.csv", None),
    ("archigos", "archigos.csv", None),
    ("igo", "igo-dyads.csv", "igo-states.csv"),
    ("rivalries", "rivalries.csv", None),
    ("states", "cow-states.csv", None),
    ("states", "gw-states.csv", None),
    ("states", "cow-majors.csv", None),
)


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory) -> Path:
    from kg.store import import_relations

    directory = tmp_path_factory.mktemp("relations") / "store"
    for format_name, name, states in IMPORTS:
        import_relations(
            format_name,
            FIXTURES / name,
            states=FIXTURES / states if states else None,
            store_dir=directory,
        )
    return directory


@pytest.fixture(scope="module")
def store(store_dir):
    from kg.store import open_store

    return open_store(store_dir)


@pytest.fixture(scope="module")
def rdflib_copy(store) -> Dataset:
    """The store's quads in an rdflib dataset: the same data on the other engine."""
    from pyoxigraph import RdfFormat

    dataset = Dataset(default_union=True)
    dataset.parse(data=store.dump(format=RdfFormat.N_QUADS), format="nquads")
    return dataset


def test_importing_again_changes_nothing(store_dir):
    from kg.store import import_relations

    result = import_relations("atop", FIXTURES / "atop.csv", store_dir=store_dir)
    assert result.unchanged


def test_each_file_is_its_own_graph_with_its_source(store):
    from pyoxigraph import NamedNode

    graphs = {graph.value.rsplit("/", 1)[-1] for graph in store.named_graphs()}
    assert {
        "import-atop-atop-csv", "import-archigos-archigos-csv", "import-igo-igo-dyads-csv",
        "import-rivalries-rivalries-csv", "import-states-cow-states-csv",
        "import-states-gw-states-csv", "import-states-cow-majors-csv", "registry", "ontology",
    } <= graphs  # fmt: skip
    graph = NamedNode("https://w3id.org/diplomatic-kg/graph/import-atop-atop-csv")
    cited = store.query(
        "SELECT ?label WHERE { GRAPH ?g { ?g prov:wasDerivedFrom/rdfs:label ?label } }",
        prefixes={"prov": "http://www.w3.org/ns/prov#",
                  "rdfs": "http://www.w3.org/2000/01/rdf-schema#"},
        default_graph=graph,
        named_graphs=[graph],
    )  # fmt: skip
    assert [solution["label"].value for solution in cited] == ["ATOP 5.1"]


QUERIES = (
    ("allies", {"state": "USA", "year": "2018"}),
    ("allies", {"state": "JPN", "year": "2017"}),
    ("alliance-network", {"year": "1990"}),
    ("leaders", {"date": "1962-10-22"}),
    ("leaders", {"date": "2015-06-01"}),
    ("leader-exits", {"state": "USA", "from": "1960-01-01", "to": "1970-12-31"}),
    ("rivals", {"state": "USA"}),
    ("rivals", {"state": "GBR", "year": "1930"}),
    ("igo-ties", {"state": "USA", "year": "2014"}),
    ("igo-ties", {"state": "USA", "year": "2014", "min": "70"}),
    ("alliance-sources", {}),
)


@pytest.mark.parametrize(("name", "parameters"), QUERIES)
def test_relation_queries_answer_alike_on_rdflib_and_oxigraph(store, rdflib_copy, name, parameters):
    from kg.query import select_rows

    on_oxigraph = select_rows(store, name, parameters)
    on_rdflib = select_rows(rdflib_copy, name, parameters)
    assert on_oxigraph.rows, f"{name} answered nothing"
    assert on_oxigraph == on_rdflib


def rows(store, name, parameters):
    from kg.query import run_query

    return run_query(store, name, parameters).to_dict(orient="records")


def test_allies_marks_one_sided_pledges(store):
    assert rows(store, "allies", {"state": "USA", "year": "2017"}) == [
        {"state": "USA", "ally": "JPN", "name": "Japan",
         "kinds": "defense (given);non-aggression;consultation", "since": "2016", "until": "2018"},
    ]  # fmt: skip
    assert rows(store, "allies", {"state": "Japan", "year": "2017"})[0]["kinds"] == (
        "defense (received);non-aggression;consultation"
    )
    allies_2018 = {row["ally"] for row in rows(store, "allies", {"state": "USA", "year": "2018"})}
    assert allies_2018 == {"FRA", "GBR", "JPN"}


def test_leaders_and_exits_from_archigos(store):
    on_the_day = rows(store, "leaders", {"date": "1962-10-22"})
    assert {(row["state"], row["person"]) for row in on_the_day} >= {
        ("USA", "Kennedy"), ("SUN", "Khrushchev"), ("GBR", "MacMillan"), ("CUB", "Castro"),
    }  # fmt: skip
    assert {row["source"] for row in on_the_day if row["state"] != "United Nations"} == {
        "Archigos 4.1"
    }
    # the registry knows Putin as President of Russia from 2012: one person, its row wins
    in_2015 = [
        row for row in rows(store, "leaders", {"date": "2015-06-01"}) if row["state"] == "RUS"
    ]
    assert in_2015 == [
        {"person": "Vladimir Putin", "post": "President of Russia", "state": "RUS",
         "source": "registry"},
    ]  # fmt: skip
    in_2005 = [
        row for row in rows(store, "leaders", {"date": "2005-06-01"}) if row["state"] == "RUS"
    ]
    assert [(row["person"], row["source"]) for row in in_2005] == [
        ("Vladimir Putin", "Archigos 4.1")
    ]
    # Archigos says nothing about days after 2015-12-31
    in_2016 = rows(store, "leaders", {"date": "2016-06-01"})
    assert not [row for row in in_2016 if row["state"] == "RUS" and row["source"] != "registry"]
    exits = rows(store, "leader-exits", {"state": "USA", "from": "1960-01-01", "to": "1970-12-31"})
    assert [(row["leader"], row["exit"], row["detail"]) for row in exits] == [
        ("Kennedy", "irregular", "assassination by an unsupported individual"),
        ("Johnson", "regular", "regular exit"),
    ]


def test_rivals_with_and_without_a_year(store):
    assert rows(store, "rivals", {"state": "USA"}) == [
        {"state": "USA", "rival": "SUN", "name": "Russia-United States 1",
         "types": "positional;ideological", "region": "Global", "since": "1945", "until": "1989"},
        {"state": "USA", "rival": "CUB", "name": "Cuba-United States",
         "types": "positional;ideological", "region": "Caribbean", "since": "1959",
         "until": "2010"},
    ]  # fmt: skip
    assert [row["rival"] for row in rows(store, "rivals", {"state": "GBR", "year": "1930"})] == [
        "SUN"
    ]


def test_igo_ties_with_a_minimum(store):
    assert [(row["partner"], row["shared_igos"])
            for row in rows(store, "igo-ties", {"state": "USA", "year": "2014"})] == [
        ("CAN", "72"), ("JPN", "68"),
    ]  # fmt: skip
    at_least_70 = rows(store, "igo-ties", {"state": "USA", "year": "2014", "min": "70"})
    assert [row["partner"] for row in at_least_70] == ["CAN"]


@pytest.fixture(scope="module")
def written() -> Graph:
    """What the importers write for the fixtures (as written: Oxigraph stores a
    nonNegativeInteger as an integer), with the ontology and the registry."""
    import io

    from kg.registry import registry_graph
    from kg.sources.relations import relation_writer

    graph = Graph()
    for format_name, name, states in IMPORTS:
        _, write = relation_writer(
            format_name, FIXTURES / name, states=FIXTURES / states if states else None
        )
        stream = io.StringIO()
        write(stream, f"https://example.org/{name}")
        dataset = Dataset()
        dataset.parse(data=stream.getvalue(), format="nquads")
        for quad in dataset.quads((None, None, None, None)):
            graph.add(quad[:3])
    graph += load_ontology()
    graph += registry_graph()
    return graph


def test_imported_relations_conform_to_the_shapes(written):
    from kg.validate import validate

    for kind in (
        DKG.AllianceCommitment, DKG.Tenure, DKG.Rivalry, DKG.StatePair,
        DKG.IGOMembershipCount, DKG.StateSystemMembership, DKG.MajorPowerStatus,
    ):  # fmt: skip
        assert (None, RDF.type, kind) in written, kind
    assert len(set(written.subjects(DKG.sharedIGOCount))) == 5  # untyped: the count says it
    report = validate(written)
    assert report.conforms, report.text()


def test_the_shapes_catch_a_commitment_with_one_party(written):
    from kg.validate import validate

    graph = Graph()
    graph += written
    commitment = next(iter(graph.subjects(RDF.type, DKG.AllianceCommitment)))
    graph.remove((commitment, DKG.party, next(graph.objects(commitment, DKG.party))))
    report = validate(graph)
    assert not report.conforms and "exactly two parties" in report.text()


def test_a_registry_leader_is_one_person(rdflib_copy):
    putin = person_iri("Vladimir Putin")
    assert (putin, DKG.archigosId, None) in rdflib_copy
    holders = set(rdflib_copy.objects(None, DKG.holder))
    assert not any(str(holder).endswith("test-0005") for holder in holders)


def test_the_gleditsch_ward_table_agrees_with_the_cow_table_where_the_lists_agree():
    from kg.sources.history.cow import read_cow_states

    gw, cow = read_cow_states(system="gw"), read_cow_states()
    assert len(gw) == 205 and len({row.code for row in gw}) == 202
    assert all("ksgleditsch.com/data-4.html" in row.source for row in gw)
    by_cow: dict[int, list] = {}
    for row in cow:
        by_cow.setdefault(row.code, []).append(row)
    same = [
        row for row in gw
        if row.valid_from is None and row.valid_to is None and len(by_cow.get(row.code, [])) == 1
        and by_cow[row.code][0].abbreviation == row.abbreviation
    ]  # fmt: skip
    assert len(same) > 170
    assert [row.code for row in same if row.iso3 != by_cow[row.code][0].iso3] == []


def test_dkg_import_of_a_relation_file_reports_and_leaves_a_bad_file_out(tmp_path, capsys):
    from kg.cli import main

    store = tmp_path / "store"
    assert main(["import", "atop", str(FIXTURES / "atop.csv"), "--store", str(store)]) == 0
    output = capsys.readouterr().out
    assert output.startswith("31 rows read, 26 imported, 5 skipped: 8 alliance commitments")
    assert "skipped 2 x COW state not in the registry: row 28 (ccode2: COW 300" in output
    assert main(["import", "rivalries", str(tmp_path / "missing.csv"), "--store", str(store)]) == 3
    assert "file not found" in capsys.readouterr().err
    damaged = tmp_path / "damaged.csv.gz"
    damaged.write_bytes(b"\x1f\x8b\x08\x00broken")
    assert main(["import", "igo", str(damaged), "--store", str(store)]) == 3
    from kg.store import open_store

    graphs = {graph.value.rsplit("/", 1)[-1] for graph in open_store(store).named_graphs()}
    assert "import-igo-damaged-csv-gz" not in graphs and "import-atop-atop-csv" in graphs
