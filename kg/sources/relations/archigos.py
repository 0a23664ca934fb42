"""Archigos leaders: each spell in office as a tenure of the post "effective leader" of a state.

Archigos 4.1 lists, for every state of the Gleditsch-Ward list, who effectively held power
from when to when (1840-2015), how they came to office (``entry``) and left it (``exit``,
with the finer ``exitcode``). Each spell becomes a ``dkg:Tenure`` of the state's post
*effective leader* (role ``dkg:EffectiveLeader``); the codes map to the concepts whose
``skos:notation`` they are in ``ontology/relations.ttl``. A tenure covers its start day up to,
not including, its end day (the registry's convention: Archigos gives the successor the day
power passes). A spell marked *Still in Office* has no end: it is open as of the last day
Archigos covers (2015-12-31), and says nothing about later days.

States resolve through the Gleditsch-Ward list by date (:class:`~.codes.StateCodes`), so a
spell across a change of identity is split: Yeltsin, the effective leader from 1991-08-21 in
Archigos, is a leader of the Soviet Union to 1991-12-25 and of Russia from 1991-12-26.

A leader the curated registry also knows is one person, not two: an Archigos spell matches a
registry tenure when both are in the same state, the registry's post is a head of state or
government, their dates overlap and the Archigos name is the registry name's surname (a
name alone never matches). The spell's holder is then the registry's person; the registry's
tenure wins where the two disagree (``queries/leaders.rq`` shows it instead).

>>> spell = LeaderSpell("RUS-2012", 3, "RUS", "x", "Putin", dt.date(2012, 5, 7), None,
...                     open_as_of=dt.date(2015, 12, 31))
>>> registry_person(spell)
'Vladimir Putin'
>>> registry_person(dataclasses.replace(spell, name="Medvedev")) is None
True
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from rdflib.namespace import FOAF, PROV, RDF, RDFS

from kg.ontology import DKG, ID, person_iri
from kg.sources.relations.codes import StateCodes
from kg.sources.relations.common import (
    RelationSummary,
    SourceDataset,
    date,
    integer,
    iri,
    notations,
    quad,
    read_rows,
    resolved_spells,
    state,
    string,
)

__all__ = [
    "ARCHIGOS_COLUMNS",
    "LeaderSpell",
    "archigos_nquads",
    "effective_leader_post",
    "read_archigos",
    "registry_person",
]

ARCHIGOS_COLUMNS = (
    "obsid", "gwcode", "leadid", "leader", "yrborn", "gender", "startdate", "enddate", "entry",
    "exit", "exitcode",
)  # fmt: skip
STILL_IN_OFFICE = "Still in Office"
#: codes that say nothing: the tenure then carries no manner or detail
_UNKNOWN = {"", "Unknown", STILL_IN_OFFICE}
_GENDERS = {"M": "male", "W": "female", "F": "female"}


@dataclass(frozen=True)
class LeaderSpell:
    """One spell (or one part of a spell split by a change of state) of an effective leader.

    ``end`` is None while still in office, and then ``open_as_of`` is the last day covered.
    ``entry``, ``exit`` and ``exit_detail`` are Archigos codes (None when unknown); a part
    after a split has no entry, a part before one no exit.
    """

    obsid: str
    line: int
    state: str
    leader_id: str
    name: str
    start: dt.date
    end: dt.date | None
    open_as_of: dt.date | None = None
    born: int | None = None
    gender: str | None = None
    entry: str | None = None
    exit: str | None = None
    exit_detail: str | None = None
    part: int = 0

    @property
    def key(self) -> str:
        """The tenure's IRI path below ``…/id/tenure/archigos/``."""
        return f"{self.obsid}/{self.state}" if self.part else self.obsid


def _date(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        return None


def read_archigos(
    path: Path | str, summary: RelationSummary | None = None, codes: StateCodes | None = None
) -> Iterator[LeaderSpell]:
    """The leader spells of an Archigos file, states resolved by date, split where needed.

    Rows with a malformed date, an end before the start or a state that does not resolve
    are skipped with their line; an entry or exit code outside the ontology's schemes is
    left out with a warning, and the spell kept.
    """
    summary = summary if summary is not None else RelationSummary(noun="leader tenures")
    codes = codes or StateCodes("gw")
    manners = notations(DKG.TransitionMannerScheme)
    details = notations(DKG.ExitDetailScheme)
    for line, row in read_rows(Path(path), ARCHIGOS_COLUMNS):
        summary.rows_read += 1
        start, end = _date(row["startdate"]), _date(row["enddate"])
        if start is None or end is None:
            shown = f"startdate {row['startdate']!r}, enddate {row['enddate']!r}"
            summary.skip(line, "malformed date", shown)
            continue
        if end < start:
            summary.skip(line, "ends before it starts", f"{start} to {end}")
            continue
        if not row["obsid"].strip() or not row["leader"].strip():
            summary.skip(line, "no obsid or no leader name")
            continue
        entry, exit_, detail = (row[column].strip() for column in ("entry", "exit", "exitcode"))
        for code, known, what in ((entry, manners, "entry"), (exit_, manners, "exit"),
                                  (detail, details, "exitcode")):  # fmt: skip
            if code not in _UNKNOWN and code not in known:
                summary.warn(line, f"unknown {what} code left out", repr(code))
        still = exit_ == STILL_IN_OFFICE
        resolved = resolved_spells(codes, row["gwcode"], start, end, line, summary)
        if not resolved:
            continue
        born = row["yrborn"].strip()
        base = LeaderSpell(
            obsid=row["obsid"].strip(),
            line=line,
            state="",
            leader_id=row["leadid"].strip(),
            name=row["leader"].strip(),
            start=start,
            end=None,
            born=int(born) if re.fullmatch(r"[0-9]{4}", born) else None,
            gender=_GENDERS.get(row["gender"].strip()),
        )
        summary.rows_imported += 1
        for index, part in enumerate(resolved):
            last = index == len(resolved) - 1
            # A split's later part starts the day after the earlier ended, so it ends
            # (exclusively) on the next part's first day; the last part keeps Archigos' end.
            part_end = end if last else resolved[index + 1].start
            summary.records += 1
            yield dataclasses.replace(
                base,
                state=part.key,
                start=part.start,
                end=None if (last and still) else part_end,
                open_as_of=end if (last and still) else None,
                entry=entry if index == 0 and entry in manners else None,
                exit=exit_ if last and exit_ in manners else None,
                exit_detail=detail if last and detail in details else None,
                part=index + 1 if len(resolved) > 1 else 0,
            )


@functools.cache
def _registry_heads() -> dict[str, list[tuple[str, dt.date, dt.date | None]]]:
    """The registry's tenures of head-of-state or head-of-government posts, by state."""
    from kg.registry import load_posts, load_tenures

    heads = {
        post.title: post.post_in
        for post in load_posts()
        if {"HeadOfState", "HeadOfGovernment"} & set(post.roles)
    }
    by_state: dict[str, list[tuple[str, dt.date, dt.date | None]]] = {}
    for tenure in load_tenures():
        if tenure.post in heads:
            by_state.setdefault(heads[tenure.post], []).append(
                (tenure.person, tenure.start, tenure.end)
            )
    return by_state


def registry_person(spell: LeaderSpell) -> str | None:
    """The registry's name of the spell's leader, if the registry holds that leader.

    Same state, a head-of-state or head-of-government post, overlapping dates, and the
    Archigos name is the registry name's last word (accents and case aside).
    """
    from kg.registry import normalize_name

    name = normalize_name(spell.name)
    end = spell.end or spell.open_as_of or dt.date.max
    for person, start, stop in _registry_heads().get(spell.state, []):
        overlaps = start < end and spell.start < (stop or dt.date.max)
        if overlaps and normalize_name(person).split()[-1:] == name.split()[-1:]:
            return person
    return None


def effective_leader_post(key: str) -> str:
    """The IRI of a state's post of effective leader.

    >>> effective_leader_post("USA")
    'https://w3id.org/diplomatic-kg/id/post/effective-leader/USA'
    """
    return str(ID[f"post/effective-leader/{key}"])


def archigos_nquads(
    spells: Iterable[LeaderSpell], dataset: SourceDataset, graph: str
) -> Iterator[str]:
    """The tenures, their posts and their holders as N-Quads in ``graph``."""
    from kg.registry import states_by_code

    states = states_by_code()
    manners = notations(DKG.TransitionMannerScheme)
    details = notations(DKG.ExitDetailScheme)
    spells = list(spells)
    # A leader the registry knows (any spell matching) is the registry's person in every spell.
    curated: dict[str, str | None] = {}
    for spell in spells:
        if curated.get(spell.leader_id) is None:
            curated[spell.leader_id] = registry_person(spell)
    posts: set[str] = set()
    people: set[str] = set()
    source = iri(dataset.iri)
    chunk: list[str] = []
    for spell in spells:
        post = effective_leader_post(spell.state)
        short_name = states[spell.state].short_name
        if post not in posts:
            posts.add(post)
            chunk += [
                quad(post, RDF.type, iri(DKG.Post), graph),
                quad(post, RDFS.label, string(f"Effective leader of {short_name}"), graph),
                quad(post, DKG.role, iri(DKG.EffectiveLeader), graph),
                quad(post, DKG.postIn, state(spell.state), graph),
            ]
        registry_name = curated[spell.leader_id]
        holder = (
            person_iri(registry_name) if registry_name else ID[f"person/archigos/{spell.leader_id}"]
        )
        if spell.leader_id not in people:
            people.add(spell.leader_id)
            chunk.append(quad(holder, DKG.archigosId, string(spell.leader_id), graph))
            if registry_name is None:
                chunk += [
                    quad(holder, RDF.type, iri(DKG.Person), graph),
                    quad(holder, RDFS.label, string(spell.name), graph),
                    quad(holder, FOAF.name, string(spell.name), graph),
                ]
                if spell.born:
                    chunk.append(quad(holder, DKG.birthYear, integer(spell.born), graph))
                if spell.gender:
                    chunk.append(quad(holder, DKG.gender, string(spell.gender), graph))
        node = ID[f"tenure/archigos/{spell.key}"]
        until = f" to {spell.end}" if spell.end else f", in office on {spell.open_as_of}"
        chunk += [
            quad(node, RDF.type, iri(DKG.Tenure), graph),
            quad(
                node, RDFS.label, string(f"{spell.name}, {short_name}, {spell.start}{until}"), graph
            ),
            quad(node, DKG.holder, iri(holder), graph),
            quad(node, DKG.post, iri(post), graph),
            quad(node, DKG.startDate, date(spell.start), graph),
            quad(node, PROV.wasDerivedFrom, source, graph),
        ]
        if spell.end:
            chunk.append(quad(node, DKG.endDate, date(spell.end), graph))
        if spell.open_as_of:
            chunk.append(quad(node, DKG.openAsOf, date(spell.open_as_of), graph))
        if spell.entry:
            chunk.append(quad(node, DKG.entryManner, iri(manners[spell.entry]), graph))
        if spell.exit:
            chunk.append(quad(node, DKG.exitManner, iri(manners[spell.exit]), graph))
        if spell.exit_detail:
            chunk.append(quad(node, DKG.exitDetail, iri(details[spell.exit_detail]), graph))
        if spell.part:
            text = (
                f"part {spell.part} of Archigos spell {spell.obsid}, split where the "
                "Gleditsch-Ward number changes state"
            )
            chunk.append(quad(node, DKG.note, string(text), graph))
    yield "".join(chunk)
