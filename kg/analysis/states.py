"""What the analysis shows about each state besides its votes: name, region, Council seat, EU.

Names come from the registry, UN M49 regions from ``kg/data/registry/m49-regions.csv`` (UN
Statistics Division, *Standard country or area codes for statistical use (M49)*,
https://unstats.un.org/unsd/methodology/m49/), permanent Security Council seats from
``kg/data/votes/council-seats.csv`` and EU membership from ``kg/data/registry/eu-members.csv``,
each on a given day. A former state has no M49 region: it stays empty, not guessed.

>>> table = state_attributes(["USA", "DEU", "CSK"], on="2025-02-24")
>>> table.loc["DEU"].to_dict()  # doctest: +NORMALIZE_WHITESPACE
{'name': 'Germany', 'region': 'Europe', 'subregion': 'Western Europe',
 'permanent_member': False, 'eu_member': True}
>>> bool(table.loc["USA", "permanent_member"]), table.loc["CSK", "region"]
(True, '')
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from datetime import date

import pandas as pd

from kg.ontology import DATA_DIR

__all__ = ["ATTRIBUTE_COLUMNS", "state_attributes", "state_names"]

REGIONS_FILE = DATA_DIR / "registry" / "m49-regions.csv"
ATTRIBUTE_COLUMNS = ("name", "region", "subregion", "permanent_member", "eu_member")


@functools.cache
def _regions() -> dict[str, tuple[str, str]]:
    from kg.checks import csv_rows

    rows = csv_rows(REGIONS_FILE, ("code", "m49_region", "m49_subregion"), unique=("code",))
    return {row["code"]: (row["m49_region"], row["m49_subregion"]) for _, row in rows}


@functools.cache
def _names() -> dict[str, str]:
    from kg.registry import load_states

    return {state.iso3: state.short_name for state in load_states()}


def state_names(codes: Iterable[str]) -> list[str]:
    """The registry's short names of ``codes`` (the code itself when the registry lacks it).

    >>> state_names(["RUS", "ZZZ"])
    ['Russian Federation', 'ZZZ']
    """
    names = _names()
    return [names.get(code, code) for code in codes]


def state_attributes(codes: Iterable[str], on: str | date | None = None) -> pd.DataFrame:
    """A table indexed by state code: ``name, region, subregion, permanent_member, eu_member``.

    Council seats and EU membership are those held on ``on`` (default: today).
    """
    from kg.registry import eu_memberships
    from kg.sources.votes import read_council_seats

    day = date.fromisoformat(str(on)) if on else date.today()
    codes = list(codes)
    permanent = {
        seat.iso3 for seat in read_council_seats() if seat.kind == "permanent" and seat.held_on(day)
    }
    eu = {
        member.code
        for member in eu_memberships()
        if member.start <= day and (member.end is None or day <= member.end)
    }
    regions = _regions()
    return pd.DataFrame(
        {
            "name": state_names(codes),
            "region": [regions.get(code, ("", ""))[0] for code in codes],
            "subregion": [regions.get(code, ("", ""))[1] for code in codes],
            "permanent_member": [code in permanent for code in codes],
            "eu_member": [code in eu for code in codes],
        },
        index=pd.Index(codes, name="state"),
    )
