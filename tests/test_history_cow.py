"""Voeten's files with Correlates of War codes only, and tallies that cannot be read.

The fixtures in ``tests/fixtures/history/voeten-cow`` are invented rows (see their README).
"""

from __future__ import annotations

import csv
import datetime as dt
import itertools
from pathlib import Path

import pytest

from kg.errors import DataError
from kg.registry import resolve_state, states_by_code
from kg.sources.history import read_history
from kg.sources.history.cow import COW_STATES, CowCodes, CowState, read_cow_states
from kg.sources.history.records import HistoryBallot, HistoryRollCall, ImportSummary

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "history"
COW_FIXTURES = FIXTURES / "voeten-cow"
TALLY_WARNING = "tally left out (not a count)"


def read(
    format_name: str, votes: Path, rollcalls: Path | None = None
) -> tuple[dict[str, HistoryRollCall], list[HistoryBallot], ImportSummary]:
    summary = ImportSummary()
    records = list(read_history(format_name, votes, rollcalls=rollcalls, summary=summary))
    rollcalls_by_id = {r.id: r for r in records if isinstance(r, HistoryRollCall)}
    return rollcalls_by_id, [r for r in records if isinstance(r, HistoryBallot)], summary


def read_cow(
    votes_name: str,
) -> tuple[dict[str, HistoryRollCall], list[HistoryBallot], ImportSummary]:
    return read("voeten", COW_FIXTURES / votes_name, COW_FIXTURES / "rollcalls.csv")


def options_on(ballots: list[HistoryBallot], rollcall_id: str) -> dict[str, str]:
    return {ballot.iso3: ballot.option for ballot in ballots if ballot.rollcall_id == rollcall_id}


# --- COW codes ---------------------------------------------------------------------------------


def test_a_raw_voeten_file_with_only_cow_codes_imports():
    rollcalls, ballots, summary = read_cow("votes.csv")
    assert (summary.rows_read, summary.rows_imported, summary.rows_skipped) == (19, 15, 4)
    assert sorted(rollcalls) == ["ga-59-9912", "ga-65-9913", "ga-99-9914", "ga-9911-xxx"]
    # 2 USA, 365 USSR → the RUS seat, 315 Czechoslovakia, 345 Yugoslavia (in 1975), 265 GDR,
    # 260 German Federal Republic → DEU, 678 Yemen Arab Republic → YEM, 680 → Democratic Yemen
    assert options_on(ballots, "ga-9911-xxx") == {
        "USA": "N", "RUS": "Y", "CSK": "Y", "YUG": "Y", "DDR": "Y", "DEU": "A", "YEM": "Y",
        "YMD": "Y",
    }  # fmt: skip


def test_cow_345_is_the_seat_of_its_date():
    _, ballots, _ = read_cow("votes.csv")
    assert options_on(ballots, "ga-59-9912") == {"USA": "Y", "SCG": "Y"}  # 2004-12-01
    # 2010: 345 is Serbia; 255 Germany, 316 Czech Republic, 679 Yemen are today's members
    assert options_on(ballots, "ga-65-9913") == {"SRB": "A", "DEU": "Y", "CZE": "Y", "YEM": "Y"}
    assert options_on(ballots, "ga-99-9914") == {"USA": "Y"}  # undated: 345 left out


def test_cow_codes_that_do_not_resolve_are_skipped_with_their_row_numbers():
    _, ballots, summary = read_cow("votes.csv")
    skipped = {reason: [(e.row, e.detail) for e in summary.examples[reason]]
               for reason in summary.skipped}  # fmt: skip
    assert skipped == {
        "unknown COW code": [(10, "ccode 999")],
        "COW state not in the registry": [(11, "ccode 817 (RVN, Republic of Vietnam)")],
        "COW code depends on the date": [(18, "COW 345 and the roll call has no date")],
        "duplicate ballot": [(20, "USA on ga-9911-xxx")],
    }
    assert "  skipped 1 x unknown COW code: row 10 (ccode 999)" in summary.text().splitlines()
    assert not any(ballot.row in (10, 11, 18, 20) for ballot in ballots)


def test_cow_abbreviations_are_not_iso_codes():
    _, ballots, summary = read_cow("unvotes.csv")
    by_row = {ballot.row: ballot.iso3 for ballot in ballots}
    # COW AUS is Austria (AUL is Australia), COW CZE Czechoslovakia, GFR the German
    # Federal Republic; Voeten's label "Yugoslavia" on a 2010 vote is Serbia's seat
    assert by_row == {2: "AUT", 3: "AUS", 4: "AUT", 5: "DEU", 6: "CSK", 7: "SRB", 11: "RUS"}
    assert {reason: [e.row for e in summary.examples[reason]] for reason in summary.skipped} == {
        "COW code and abbreviation disagree": [8],
        "COW code and ISO code or name disagree": [9],
        "unknown COW abbreviation": [10],
    }
    assert summary.examples["COW code and ISO code or name disagree"][0].detail == (
        "ccode 2 is USA but 'Canada' is CAN"
    )


def period(row: CowState) -> tuple[dt.date, dt.date]:
    """The days a row covers, open ends made explicit."""
    return row.valid_from or dt.date.min, row.valid_to or dt.date.max


def test_the_cow_table_agrees_with_the_registry():
    states = states_by_code()
    rows = read_cow_states()
    assert len(rows) == 222
    for row in rows:
        assert "correlatesofwar.org/data-sets/state-system-membership" in row.source, row
        if row.iso3 is None:
            assert row.note, row  # an unresolved number says why
        else:
            assert resolve_state(row.iso3).iso3 == row.iso3, row
    # unresolved on purpose: 713 Taiwan, 817 Republic of Vietnam, 347 Kosovo, 327 Papal States,
    # and the states of COW's 19th century that the registry does not hold (German and
    # Italian states before unification, Austria-Hungary, Korea to 1905)
    assert {row.code: row.abbreviation for row in rows if row.iso3 is None} == {
        327: "PAP", 347: "KOS", 713: "TAW", 817: "RVN", 240: "HAN", 245: "BAV", 267: "BAD",
        269: "SAX", 271: "WRT", 273: "HSE", 275: "HSG", 280: "MEC", 300: "AUH", 329: "SIC",
        332: "MOD", 335: "PMA", 337: "TUS", 730: "KOR",
    }  # fmt: skip
    # every UN member and former member has a number (365 is the USSR from 1922-12-30 to
    # 1991-12-25), and the USSR's votes are filed under RUS
    keyed = {row.iso3 for row in rows if row.iso3}
    assert keyed == {code for code, state in states.items() if state.status != "observer"}
    assert states["SUN"].votes_filed_under == "RUS"
    # on any one day, a number names one state and an abbreviation one number
    for first, second in itertools.combinations(rows, 2):
        (first_from, first_to), (second_from, second_to) = period(first), period(second)
        if first_from <= second_to and second_from <= first_to:
            assert first.code != second.code, (first, second)
            assert first.abbreviation != second.abbreviation, (first, second)
    # the dated rows of a number follow each other without a gap
    for code in {row.code for row in rows if row.valid_from or row.valid_to}:
        spans = sorted(period(row) for row in rows if row.code == code)
        assert spans[0][0] == dt.date.min and spans[-1][1] == dt.date.max, code
        for (_, end), (start, _) in itertools.pairwise(spans):
            assert start == end + dt.timedelta(days=1), code


def test_cow_abbreviations_that_are_iso_codes_of_other_states():
    by_abbreviation = {row.abbreviation: (row.code, row.iso3) for row in read_cow_states()}
    assert {abbreviation: by_abbreviation[abbreviation] for abbreviation in (
        "AUS", "AUL", "CZE", "CZR", "SWZ", "SWA", "MNG", "MON", "GFR", "GMY", "SLV", "SAL",
    )} == {
        "AUS": (305, "AUT"), "AUL": (900, "AUS"), "CZE": (315, "CSK"), "CZR": (316, "CZE"),
        "SWZ": (225, "CHE"), "SWA": (572, "SWZ"), "MNG": (341, "MNE"), "MON": (712, "MNG"),
        "GFR": (260, "DEU"), "GMY": (255, "DEU"), "SLV": (349, "SVN"), "SAL": (92, "SLV"),
    }  # fmt: skip


def test_every_un_member_has_a_cow_code():
    cow = CowCodes()
    reached = set().union(*(cow.keys(str(number)) for number in range(1, 1000)))
    members = {code for code, state in states_by_code().items() if state.status == "member"}
    assert len(members) == 193 and members <= reached
    assert reached - members == {"CSK", "DDR", "SCG", "YMD", "YUG", "ZAN"}
    # unresolved on purpose: no UN seat in the registry (Taiwan, Republic of Vietnam, Kosovo)
    assert {number: cow(str(number))[1] for number in (713, 817, 347)} == dict.fromkeys(
        (713, 817, 347), "COW state not in the registry"
    )


def broken_copy(tmp_path: Path, code: str, cells: dict[str, str], drop: str = "") -> Path:
    """A copy of the COW table with the first row of ``code`` changed (and a column dropped)."""
    with COW_STATES.open(encoding="utf-8", newline="") as stream:
        rows = list(csv.DictReader(stream))
    next(row for row in rows if row["cow_code"] == code).update(cells)
    broken = tmp_path / "cow-states.csv"
    with broken.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.DictWriter(stream, fieldnames=[name for name in rows[0] if name != drop],
                                extrasaction="ignore")  # fmt: skip
        writer.writeheader()
        writer.writerows(rows)
    return broken


@pytest.mark.parametrize(
    ("code", "cells", "message"),
    [
        ("2", {"cow_code": "GFR"}, "line 2: COW code 'GFR' is not a number"),
        ("345", {"valid_to": "2003-02-31"}, "malformed valid_to '2003-02-31'"),
        ("2", {"cow_abbreviation": "usa"}, "COW abbreviation 'usa' is not three capital letters"),
        ("713", {"iso3": "TWN"}, "iso3 'TWN' is not a state of the registry"),
        ("2", {"iso3": ""}, "COW 2 is left unresolved without a reason"),
        ("20", {"cow_abbreviation": "USA"}, "COW abbreviation USA is 2 on line 2 but 20 here"),
        ("345", {"valid_to": "2004-01-01"}, "COW 345 is SRB on line .* and YUG here, on overlap"),
        ("345", {"valid_from": "2004-01-01"}, "valid_to 1918-11-30 is before valid_from"),
        ("260", {"source": ""}, "no source"),
    ],
)
def test_a_broken_cow_table_is_a_data_error(tmp_path, code, cells, message):
    with pytest.raises(DataError, match=message) as error:
        read_cow_states(broken_copy(tmp_path, code, cells))
    assert "cow-states.csv line" in error.value.where
    assert error.value.fix


def test_a_cow_table_without_its_note_column_is_a_data_error(tmp_path):
    with pytest.raises(DataError, match=r"missing column\(s\) note"):
        read_cow_states(broken_copy(tmp_path, "2", {}, drop="note"))


def test_the_bundled_cow_table_is_read_once_and_only_for_a_cow_code():
    from kg.sources.history import cow

    cow._bundled_cow_index.cache_clear()
    read("undl", FIXTURES / "undl.csv")  # ISO codes and names only
    assert cow._bundled_cow_index.cache_info().currsize == 0
    read_cow("votes.csv")
    read_cow("unvotes.csv")
    assert cow._bundled_cow_index.cache_info().misses == 1


# --- tallies that cannot be read ---------------------------------------------------------------


def test_an_unreadable_voeten_tally_is_a_warning_not_a_silent_drop():
    rollcalls, ballots, summary = read_cow("votes.csv")
    assert rollcalls["ga-65-9913"].tallies == {"no": 0, "abstain": 1}  # yes was "n/a"
    assert len(options_on(ballots, "ga-65-9913")) == 4  # its ballots are all imported
    assert summary.warnings == {TALLY_WARNING: 1}
    assert f"  warning 1 x {TALLY_WARNING}: row 4 (rollcalls.csv: yes 'n/a')" in (
        summary.text().splitlines()
    )


def replace_first_row(text: str, column: str, value: str) -> str:
    """``text`` (a CSV file) with one cell of its first data row replaced."""
    lines = text.splitlines(keepends=True)
    header = lines[0].rstrip("\r\n").split(",")
    cells = next(csv.reader([lines[1]]))
    cells[header.index(column)] = value
    lines[1] = ",".join(f'"{cell}"' if "," in cell else cell for cell in cells) + "\n"
    return "".join(lines)


def test_an_unreadable_undl_tally_is_reported_with_its_row(tmp_path):
    votes = tmp_path / "undl.csv"
    original = (FIXTURES / "undl.csv").read_text(encoding="utf-8")
    votes.write_text(replace_first_row(original, "total_yes", "three"), encoding="utf-8")
    rollcalls, _, summary = read("undl", votes)
    _, _, before = read("undl", FIXTURES / "undl.csv")
    assert rollcalls["ga-9901-xxx"].tallies == {"no": 1, "abstain": 1, "non_voting": 1}
    assert summary.rows_imported == before.rows_imported == 8
    assert [(e.row, e.detail) for e in summary.examples[TALLY_WARNING]] == [
        (2, "undl.csv: total_yes 'three'")
    ]
    assert not before.warnings


def test_an_unreadable_tidy_tally_is_reported_with_its_row(tmp_path):
    original = (FIXTURES / "tidy" / "rollcalls.csv").read_text(encoding="utf-8")
    (tmp_path / "rollcalls.csv").write_text(
        replace_first_row(original, "abstain", "9" * 5000), encoding="utf-8"
    )
    votes = tmp_path / "votes.csv"
    votes.write_bytes((FIXTURES / "tidy" / "votes.csv").read_bytes())
    rollcalls, _, summary = read("tidy", votes)
    assert "abstain" not in rollcalls["ga-9901-xxx"].tallies
    [example] = summary.examples[TALLY_WARNING]
    assert example.row == 2
    assert example.detail == f"rollcalls.csv: abstain '{'9' * 40}…'"  # clipped in the report


def test_the_import_summary_shows_cow_skips_and_the_tally_warning(tmp_path):
    from kg.store import import_history

    result = import_history(
        "voeten",
        COW_FIXTURES / "votes.csv",
        rollcalls=COW_FIXTURES / "rollcalls.csv",
        store_dir=tmp_path / "store",
    )
    lines = result.summary.text().splitlines()
    assert lines[0] == "19 ballot rows read, 15 imported, 4 skipped, 4 roll calls"
    assert f"  warning 1 x {TALLY_WARNING}: row 4 (rollcalls.csv: yes 'n/a')" in lines
    assert (
        "  skipped 1 x COW state not in the registry: row 11 (ccode 817 (RVN, Republic of Vietnam))"
        in lines
    )
