"""Facts from the real relation datasets, read from the user's copy in ../shared/data/relations.

Skipped when the copy is absent. One store per module holds the full ATOP, Archigos,
rivalry and state-list files (a few seconds) and a slice of COW IGO (a few states); the full
IGO import is marked slow.
"""

from __future__ import annotations

import csv
import gzip
from pathlib import Path

import pytest

RELATIONS = Path(__file__).resolve().parents[2] / "shared" / "data" / "relations"
pytestmark = pytest.mark.skipif(
    not (RELATIONS / "atop-alliance-ddy.csv.gz").is_file(),
    reason="the relation datasets are not in ../shared/data/relations",
)
#: the states the IGO slice keeps (COW codes): USA, CAN, GBR, RUS, JPN, CHN
IGO_SLICE = {"2", "20", "200", "365", "740", "710"}


def igo_slice(directory: Path) -> Path:
    """The IGO dyad-years among a few states, as a small gzip file of the same layout."""
    target = directory / "cow-igo-ndy-slice.csv.gz"
    with (
        gzip.open(RELATIONS / "cow-igo-ndy.csv.gz", "rt", newline="") as source,
        gzip.open(target, "wt", newline="") as sink,
    ):
        rows = csv.reader(source)
        writer = csv.writer(sink)
        writer.writerow(next(rows))
        writer.writerows(row for row in rows if row[0] in IGO_SLICE and row[1] in IGO_SLICE)
    return target


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    from kg.store import import_relations, open_store

    directory = tmp_path_factory.mktemp("relations-data")
    store_dir = directory / "store"
    for format_name, name in (
        ("atop", "atop-alliance-ddy.csv.gz"),
        ("archigos", "archigos-leaders.csv"),
        ("rivalries", "td-rivalries.csv"),
        ("states", "cow-states.csv"),
        ("states", "gw-states.csv"),
        ("states", "cow-majors.csv"),
    ):
        import_relations(format_name, RELATIONS / name, store_dir=store_dir)
    import_relations(
        "igo", igo_slice(directory), states=RELATIONS / "cow-igo-sy.csv", store_dir=store_dir
    )
    return open_store(store_dir)


def table(store, name, parameters):
    from kg.query import run_query

    return run_query(store, name, parameters)


def test_united_states_defence_partners_in_2018(store):
    allies = table(store, "allies", {"state": "USA", "year": "2018"}).set_index("ally")
    assert {"GBR", "FRA", "DEU", "CAN", "JPN", "KOR", "AUS"} <= set(allies.index)
    assert not {"RUS", "CHN"} & set(allies.index)
    assert allies.loc["JPN", "kinds"] == "defense (given);non-aggression;consultation"
    assert allies.loc["GBR", "since"] == "1949"  # the North Atlantic Treaty


def test_leaders_on_22_october_1962(store):
    leaders = table(store, "leaders", {"date": "1962-10-22"}).set_index("state")
    assert {state: leaders.loc[state, "person"] for state in (
        "USA", "SUN", "GBR", "FRA", "CHN", "CUB")} == {
        "USA": "Kennedy", "SUN": "Khrushchev", "GBR": "MacMillan", "FRA": "De Gaulle",
        "CHN": "Mao Tse-Tung", "CUB": "Castro",
    }  # fmt: skip
    assert set(leaders["source"]) >= {"Archigos 4.1"}


def test_the_us_soviet_rivalry(store):
    rivals = table(store, "rivals", {"state": "USA"})
    soviet = rivals[rivals["rival"] == "SUN"].to_dict(orient="records")
    assert soviet == [
        {"state": "USA", "rival": "SUN", "name": "Russia-United States 1",
         "types": "positional;ideological", "region": "Global", "since": "1945", "until": "1989"},
    ]  # fmt: skip
    assert set(rivals.loc[rivals["name"] == "Russia-United States 2", "rival"]) == {"RUS"}


def test_how_leaders_left_office(store):
    exits = table(store, "leader-exits", {"state": "USA", "from": "1961-02-01", "to": "1974-12-31"})
    assert [(row.leader, row.exit) for row in exits.itertuples()] == [
        ("Kennedy", "irregular"), ("Johnson", "regular"), ("Nixon", "regular"),
        ("Ford", "regular"),
    ]  # fmt: skip
    [kennedy] = exits[exits["leader"] == "Kennedy"].to_dict(orient="records")
    assert kennedy["detail"] == "assassination by an unsupported individual"


def test_shared_igos_and_major_powers(store):
    ties = table(store, "igo-ties", {"state": "USA", "year": "2014"}).set_index("partner")
    assert ties.loc["CAN", "shared_igos"] == "72"
    majors = store.query(
        "SELECT DISTINCT ?code WHERE { ?s a dkg:MajorPowerStatus ; dkg:member/dkg:iso3 ?code ; "
        "dkg:startYear ?start . OPTIONAL { ?s dkg:endYear ?end } "
        "FILTER (?start <= 2000 && (!BOUND(?end) || ?end >= 2000)) }",
        prefixes={"dkg": "https://w3id.org/diplomatic-kg/ontology#"},
        use_default_graph_as_union=True,
    )
    # COW v2016 counts Germany and Japan as major powers again from 1991
    assert {solution["code"].value for solution in majors} == {
        "USA", "GBR", "FRA", "DEU", "RUS", "CHN", "JPN",
    }  # fmt: skip


def test_state_system_spells_resolve_by_date(store):
    """COW 255 and 260 are both Germany; COW 345 is Serbia, Yugoslavia, Serbia and Montenegro,
    then Serbia again, each over its own days (end days exclusive, as the registry's)."""
    spells = store.query(
        "SELECT ?number ?code ?start ?end WHERE { ?m a dkg:StateSystemMembership ; "
        "dkg:stateSystem dkg:CorrelatesOfWarStateSystem ; dkg:systemCode ?number ; "
        "dkg:member/dkg:iso3 ?code ; dkg:startDate ?start . OPTIONAL { ?m dkg:endDate ?end } "
        'FILTER (?number IN ("255", "260", "345")) } ORDER BY ?number ?start',
        prefixes={"dkg": "https://w3id.org/diplomatic-kg/ontology#"},
        use_default_graph_as_union=True,
    )
    found = [
        (s["number"].value, s["code"].value, s["start"].value, s["end"] and s["end"].value)
        for s in spells
    ]
    assert found == [
        ("255", "DEU", "1816-01-01", "1945-05-09"),
        ("255", "DEU", "1990-10-03", None),
        ("260", "DEU", "1955-05-05", "1990-10-03"),
        ("345", "SRB", "1878-07-13", "1918-12-01"),
        ("345", "YUG", "1918-12-01", "1941-04-21"),
        ("345", "YUG", "1944-10-20", "2003-02-04"),
        ("345", "SCG", "2003-02-04", "2006-06-03"),
        ("345", "SRB", "2006-06-03", None),
    ]


@pytest.mark.slow
def test_the_full_igo_file_imports(tmp_path):
    from kg.store import import_relations

    result = import_relations(
        "igo",
        RELATIONS / "cow-igo-ndy.csv.gz",
        states=RELATIONS / "cow-igo-sy.csv",
        store_dir=tmp_path / "store",
    )
    assert result.summary.rows_read == 917_695 + 15_557
    assert result.summary.records == 437_695
