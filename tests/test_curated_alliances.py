"""The curated alliance treaties (kg/data/alliances): parties over time, the commitments they
create, and what the allies query says about 2025 from them."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from rdflib import Dataset

from kg.errors import DataError
from kg.ontology import graph_iri
from kg.sources.alliances import (
    ALLIANCES_DIR,
    read_participations,
    read_treaties,
    treaty_commitments,
)


@pytest.fixture(scope="module")
def dataset() -> Dataset:
    """The registry and the curated alliances, as the build holds them."""
    from kg.registry import registry_graph
    from kg.sources.alliances import alliances_graph

    dataset = Dataset(default_union=True)
    dataset.graph(graph_iri("registry")).__iadd__(registry_graph())
    dataset.graph(graph_iri("alliances")).__iadd__(alliances_graph())
    return dataset


def allies(dataset, state, year):
    from kg.query import run_query

    return run_query(dataset, "allies", {"state": state, "year": str(year)}).set_index("ally")


def members_in(treaty: str, year: int) -> set[str]:
    spells = read_participations(read_treaties())
    return {
        spell.state
        for spell in spells
        if spell.treaty == treaty
        and spell.start.year <= year
        and (spell.end is None or spell.end.year >= year)
    }


def test_nato_members_over_time():
    assert len(members_in("north-atlantic-treaty", 1949)) == 12
    assert len(members_in("north-atlantic-treaty", 2022)) == 30
    assert len(members_in("north-atlantic-treaty", 2025)) == 32
    assert members_in("north-atlantic-treaty", 2024) - members_in(
        "north-atlantic-treaty", 2023
    ) == {"SWE"}


def test_rio_treaty_withdrawals():
    assert {"MEX", "VEN", "BOL", "ECU", "NIC"} <= members_in("rio-treaty", 1990)
    assert "CUB" in members_in("rio-treaty", 1961) and "CUB" not in members_in("rio-treaty", 1963)
    assert "MEX" in members_in("rio-treaty", 2004) and "MEX" not in members_in("rio-treaty", 2005)
    assert "VEN" in members_in("rio-treaty", 2013) and "VEN" not in members_in("rio-treaty", 2014)
    # announced 2012; the day each took effect is not established: known to 2012, no later
    assert {"BOL", "ECU", "NIC"} <= members_in("rio-treaty", 2012)
    assert not {"BOL", "ECU", "NIC", "CUB"} & members_in("rio-treaty", 2013)


def test_csto_and_the_eu_clause():
    assert members_in("collective-security-treaty", 2025) == {
        "ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK",
    }  # fmt: skip
    assert {"AZE", "GEO", "UZB"} <= members_in("collective-security-treaty", 1995)
    assert "UZB" in members_in("collective-security-treaty", 2008)
    eu_2025 = members_in("teu-article-42-7", 2025)
    assert (
        len(eu_2025) == 27
        and "GBR" not in eu_2025
        and "GBR" in members_in("teu-article-42-7", 2019)
    )
    assert members_in("teu-article-42-7", 2008) == set()  # the clause is in force from 2009-12-01


def test_every_two_parties_are_bound_over_their_overlap():
    commitments = {(treaty.key, c.parties): c for treaty, c, *_ in treaty_commitments()}
    finland_sweden = commitments["north-atlantic-treaty", ("FIN", "SWE")]
    assert (finland_sweden.start, finland_sweden.end) == (2024, None)
    mexico_venezuela = commitments["rio-treaty", ("MEX", "VEN")]
    assert (mexico_venezuela.start, mexico_venezuela.end) == (1948, 2004)
    assert sum(1 for key, _ in commitments if key == "north-atlantic-treaty") == 32 * 31 // 2


def test_united_states_allies_in_2025(dataset):
    table = allies(dataset, "USA", 2025)
    assert {"GBR", "FRA", "DEU", "CAN", "JPN", "KOR", "AUS", "PHL", "FIN", "SWE"} <= set(
        table.index
    )
    assert not {"RUS", "CHN", "MEX", "NZL", "VEN"} & set(table.index)
    assert table.loc["FIN", "since"] == "2023" and table.loc["FIN", "until"] == ""
    assert table.loc["JPN", "kinds"] == "defense;consultation"


def test_russia_allies_in_2025_and_new_zealand_before_1986(dataset):
    assert set(allies(dataset, "RUS", 2025).index) == {"ARM", "BLR", "KAZ", "KGZ", "TJK"}
    assert "USA" in set(allies(dataset, "NZL", 1985).index)
    assert set(allies(dataset, "NZL", 1987).index) == {"AUS"}


def broken(tmp_path: Path, name: str, old: str, new: str) -> Path:
    directory = tmp_path / "alliances"
    shutil.copytree(ALLIANCES_DIR, directory)
    path = directory / name
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return directory


@pytest.mark.parametrize(
    ("name", "old", "new", "message"),
    [
        ("parties.csv", "FIN,2023-04-04", "FIN,2023-04-31",
         "parties.csv line .*: malformed date '2023-04-31'"),
        ("parties.csv", "north-atlantic-treaty,FIN,", "north-atlantic-treaty,XXX,",
         "unknown state code 'XXX'"),
        ("parties.csv", "rio-treaty,MEX,1948-12-03,2004-09-06", "rio-treaty,MEX,1948-12-03,1940",
         "ends .* before it starts"),
        ("treaties.csv", "defense;consultation,NATO", "defence;consultation,NATO",
         "unknown kind"),
        ("parties.csv", "us-japan-1960,JPN", "us-japan-1961,JPN", "treaty 'us-japan-1961'"),
    ],
)  # fmt: skip
def test_a_broken_alliance_file_is_a_data_error_naming_its_line(tmp_path, name, old, new, message):
    directory = broken(tmp_path, name, old, new)
    with pytest.raises(DataError, match=message):
        treaty_commitments(directory)


def test_the_shapes_catch_a_treaty_without_a_source():
    from rdflib import Graph
    from rdflib.namespace import DCTERMS, PROV

    from kg.ontology import ID, load_ontology
    from kg.registry import registry_graph
    from kg.sources.alliances import alliances_graph
    from kg.validate import validate

    graph = Graph()
    graph += load_ontology()
    graph += registry_graph()
    graph += alliances_graph()
    assert validate(graph).conforms
    treaty = ID["treaty/anzus"]
    for predicate in (PROV.wasDerivedFrom, DCTERMS.source):
        graph.remove((treaty, predicate, None))
    report = validate(graph)
    assert not report.conforms and "an alliance treaty needs its source" in report.text()
