"""The state registry: codes from pycountry, the resolver, tenures and the registry graph."""

from __future__ import annotations

import csv
import gzip
import shutil
from datetime import date
from pathlib import Path

import pycountry
import pytest
from rdflib import RDF
from rdflib.namespace import SKOS

from kg.errors import DataError
from kg.ontology import DKG, WD, organ_iri, person_iri, state_iri
from kg.registry import (
    REGISTRY_DIR,
    eu_memberships,
    load_states,
    registry_graph,
    resolve_state,
    states_by_code,
    tenures_on,
)

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"
UN_VOTES = SHARED / "un-votes" / "votes.csv"
UNGA_HISTORY = SHARED / "unga-history" / "votes.csv.gz"


def test_193_members_two_observers_and_former_states():
    states = load_states()
    by_status = {
        status: {s.iso3 for s in states if s.status == status}
        for status in ("member", "observer", "former")
    }
    assert len(by_status["member"]) == 193
    assert by_status["observer"] == {"VAT", "PSE"}
    assert by_status["former"] == {"SUN", "CSK", "YUG", "SCG", "DDR", "YMD", "ZAN"}
    assert len(states) == len(states_by_code())  # keys are unique


def test_iso_codes_come_from_pycountry():
    for state in load_states():
        country = pycountry.countries.get(alpha_3=state.iso3) or pycountry.historic_countries.get(
            alpha_3=state.iso3
        )
        if state.iso3 == "ZAN":  # the unga-history key for Zanzibar, not an ISO code
            assert country is None and not state.iso_assigned and state.numeric is None
            continue
        assert country is not None, state.iso3
        assert (state.iso2, state.numeric) == (country.alpha_2, country.numeric)
        assert state.iso_assigned


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("U.S.", "USA"),
        ("US", "USA"),
        ("the United States", "USA"),
        ("America", "USA"),
        ("united states of america", "USA"),
        ("American", "USA"),
        ("usa", "USA"),
        ("Britain", "GBR"),
        ("U.K.", "GBR"),
        ("Great Britain", "GBR"),
        ("British", "GBR"),
        ("North Korea", "PRK"),
        ("DPRK", "PRK"),
        ("South Korea", "KOR"),
        ("ROK", "KOR"),
        ("Russian Federation", "RUS"),
        ("Russia", "RUS"),
        ("Russian", "RUS"),
        ("Côte d'Ivoire", "CIV"),
        ("Cote d'Ivoire", "CIV"),
        ("COTE D'IVOIRE", "CIV"),
        ("Ivory Coast", "CIV"),
        ("Ivorian", "CIV"),
        ("TURKIYE", "TUR"),
        ("Turkey", "TUR"),
        ("Czech Republic", "CZE"),
        ("Czechia", "CZE"),
        ("Swaziland", "SWZ"),
        ("Burma", "MMR"),
        ("East Timor", "TLS"),
        ("Holy See", "VAT"),
        ("Vatican", "VAT"),
        ("Palestine", "PSE"),
        ("DR Congo", "COD"),
        ("DRC", "COD"),
        ("Congo-Brazzaville", "COG"),
        ("Hungarian", "HUN"),
        ("Ukrainian", "UKR"),
        ("French", "FRA"),
        ("Chinese", "CHN"),
        ("Guinea", "GIN"),
        ("UA", "UKR"),
        ("804", "UKR"),
        ("4", "AFG"),
        ("Zaire", "COD"),
        ("USSR", "SUN"),
        ("Byelorussian SSR", "BLR"),
        ("West Germany", "DEU"),
        ("East Germany", "DDR"),
    ],
)
def test_resolver_names_aliases_codes(name, code):
    assert resolve_state(name).iso3 == code


def test_former_names_respect_their_dates():
    assert resolve_state("United Arab Republic", on=date(1965, 1, 1)).iso3 == "EGY"
    assert resolve_state("Tanganyika", on=date(1963, 1, 1)).iso3 == "TZA"
    with pytest.raises(DataError, match="did not name a state on 1990-01-01"):
        resolve_state("Tanganyika", on=date(1990, 1, 1))
    with pytest.raises(DataError, match="1958-02-21"):
        resolve_state("UAR", on=date(1950, 1, 1))


def test_un_record_reading_follows_the_un_short_name_and_seat():
    assert resolve_state("CONGO", un_record=True).iso3 == "COG"
    assert resolve_state("USSR", un_record=True).iso3 == "RUS"
    with pytest.raises(DataError, match="ambiguous"):
        resolve_state("Korea", un_record=True)


@pytest.mark.parametrize(
    ("name", "candidates"),
    [
        ("Congo", ["COD", "COG"]),
        ("Korea", ["KOR", "PRK"]),
        ("Dominican", ["DMA", "DOM"]),
        ("Congolese", ["COD", "COG"]),
        ("891", ["SCG", "YUG"]),
    ],
)
def test_ambiguous_names_list_their_candidates(name, candidates):
    with pytest.raises(DataError, match="ambiguous") as caught:
        resolve_state(name)
    assert caught.value.candidates == candidates


def test_unknown_state_suggests_close_matches():
    with pytest.raises(DataError, match=r"unknown state 'Rusia' \(did you mean: Russia \(RUS\)"):
        resolve_state("Rusia")
    with pytest.raises(DataError, match="unknown state 'Atlantis'"):
        resolve_state("Atlantis")


@pytest.mark.skipif(not UN_VOTES.is_file(), reason="../shared/data/un-votes not present")
def test_every_un_short_name_of_the_voting_record_resolves():
    with UN_VOTES.open(newline="", encoding="utf-8") as stream:
        rows = [row for row in csv.DictReader(stream) if row["rollcall_id"] == "ga-es-11-1"]
    assert len(rows) == 193
    by_code = states_by_code()
    for row in rows:
        assert by_code[row["state_iso3"]].short_name == row["state_name"]
        assert resolve_state(row["state_name"], un_record=True).iso3 == row["state_iso3"]
        assert resolve_state(row["state_iso3"]).iso3 == row["state_iso3"]


@pytest.mark.skipif(not UNGA_HISTORY.is_file(), reason="../shared/data/unga-history not present")
def test_every_historical_spelling_resolves_on_its_dates():
    """240 spellings, 1946-2026, USSR under RUS and Zanzibar under the non-ISO key ZAN."""
    spans: dict[tuple[str, str], list[str]] = {}
    with gzip.open(UNGA_HISTORY, "rt", newline="", encoding="utf-8") as stream:
        for row in csv.DictReader(stream):
            span = spans.setdefault((row["state_iso3"], row["state_name"]), [row["date"]] * 2)
            span[0], span[1] = min(span[0], row["date"]), max(span[1], row["date"])
    assert len(spans) >= 240
    for (code, name), (first, last) in spans.items():
        assert resolve_state(name, un_record=True).iso3 == code, name
        for day in (first, last):
            if len(day) == 10:  # a few records carry only a year
                on = date.fromisoformat(day)
                assert resolve_state(name, on=on, un_record=True).iso3 == code, (name, day)


def test_tenures_on_dates():
    def presidents(on):
        return {t.person for t in tenures_on(on) if t.post == "President of the United States"}

    assert presidents(date(2025, 2, 24)) == {"Donald Trump"}
    assert presidents(date(2022, 3, 2)) == {"Joe Biden"}
    assert presidents(date(2025, 1, 20)) == {"Donald Trump"}  # the day power passes
    un_envoys = {t.person for t in tenures_on(date(2025, 2, 24)) if "United Nations" in t.post}
    assert "Dorothy Shea" in un_envoys and "Linda Thomas-Greenfield" not in un_envoys
    assert "Andrii Melnyk" not in un_envoys and "Sergiy Kyslytsya" not in un_envoys


def test_eu_members():
    members = eu_memberships()
    current = {m.code for m in members if m.end is None}
    assert len(current) == 27 and "HUN" in current and "GBR" not in current
    assert [(m.start.isoformat(), m.end.isoformat()) for m in members if m.code == "GBR"] == [
        ("1973-01-01", "2020-01-31")
    ]


def test_registry_graph():
    graph = registry_graph()
    states = set(graph.subjects(RDF.type, DKG.State))
    assert len(states) >= 195
    unlinked = {s for s in states if (s, SKOS.exactMatch, None) not in graph}
    assert unlinked == {state_iri("ZAN")}
    assert (state_iri("NLD"), SKOS.exactMatch, WD.Q29999) in graph
    assert (state_iri("VAT"), RDF.type, DKG.ObserverState) in graph
    assert (state_iri("SUN"), RDF.type, DKG.FormerState) in graph
    assert (state_iri("ZAN"), DKG.iso3, None) not in graph  # not an ISO code
    assert (organ_iri("SC"), DKG.memberCount, None) in graph
    assert (person_iri("Donald Trump"), SKOS.exactMatch, WD.Q22686) in graph
    assert len(set(graph.subjects(RDF.type, DKG.UNMembership))) == len(states)
    tenures = set(graph.subjects(RDF.type, DKG.Tenure))
    assert tenures and all((t, DKG.startDate, None) in graph for t in tenures)


def test_broken_registry_gives_clear_errors(tmp_path):
    broken = tmp_path / "registry"
    shutil.copytree(REGISTRY_DIR, broken)
    with (broken / "aliases.csv").open("a", encoding="utf-8") as stream:
        stream.write("Atlantis,ATL,alias,,,,\n")
    with pytest.raises(DataError, match="unknown state code"):
        load_states(broken)
    shutil.copy(REGISTRY_DIR / "aliases.csv", broken / "aliases.csv")
    with (broken / "tenures.csv").open("a", encoding="utf-8") as stream:
        stream.write("Joe Biden,President of the United States,2021-01-21,2020-01-01,,x,\n")
    with pytest.raises(DataError, match=r"ends .* before it starts"):
        tenures_on(date(2021, 1, 1), broken)


def test_a_superscript_digit_in_a_count_is_a_clear_data_error(tmp_path: Path):
    """ "1⁵" passes ``str.isdigit`` but not ``int``: the reader names the file and the line."""
    from kg.registry import load_rules

    registry = tmp_path / "registry"
    shutil.copytree(REGISTRY_DIR, registry)
    rules = registry / "rules.csv"
    text = rules.read_text(encoding="utf-8")
    rules.write_text(
        text.replace(
            ",Security Council decision on a non-procedural matter,15,",
            ",Security Council decision on a non-procedural matter,1⁵,",
            1,
        ),
        encoding="utf-8",
    )
    with pytest.raises(DataError, match=r"rules\.csv line 2: '1⁵' is not a whole number"):
        load_rules(registry)


def test_a_byte_order_mark_and_a_repeated_column_are_read_and_refused(tmp_path: Path):
    from kg.registry import load_rules

    registry = tmp_path / "registry"
    shutil.copytree(REGISTRY_DIR, registry)
    rules = registry / "rules.csv"
    text = rules.read_text(encoding="utf-8")
    rules.write_text("\ufeff" + text, encoding="utf-8")  # as spreadsheet programs save it
    assert load_rules(registry) == load_rules()
    header, rest = text.split("\n", 1)
    rules.write_text(header + ",note\n" + rest, encoding="utf-8")
    with pytest.raises(DataError, match=r"rules\.csv line 1: column\(s\) note named twice"):
        load_rules(registry)
