"""The state registry: states, their names over time, organisations, people, posts and tenures.

The hand-made facts live in ``kg/data/registry/*.csv`` (see its README); the standard codes
and ISO names come from pycountry at run time, so no ISO code is typed by hand.

>>> resolve_state("the United States").iso3
'USA'
>>> resolve_state("Côte d'Ivoire") == resolve_state("COTE D'IVOIRE") == resolve_state("CI")
True
>>> [tenure.person for tenure in tenures_on(date(2025, 2, 24))
...  if tenure.post == "President of the United States"]
['Donald Trump']
"""

from __future__ import annotations

import difflib
import functools
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pycountry
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import FOAF, PROV, RDF, RDFS, SKOS, XSD

from kg.checks import csv_rows, iso_date, whole_number
from kg.errors import DataError
from kg.ontology import (
    DATA_DIR,
    DKG,
    ID,
    WD,
    bind_prefixes,
    organ_iri,
    organization_iri,
    person_iri,
    post_iri,
    slug,
    state_iri,
)

__all__ = [
    "REGISTRY_DIR",
    "Organization",
    "Person",
    "Post",
    "Rule",
    "StateRecord",
    "Tenure",
    "eu_memberships",
    "load_organizations",
    "load_people",
    "load_posts",
    "load_rules",
    "load_states",
    "load_tenures",
    "normalize_name",
    "registry_graph",
    "resolve_state",
    "states_by_code",
    "tenures_on",
]

REGISTRY_DIR = DATA_DIR / "registry"

STATUSES = ("member", "observer", "former")
NAME_KINDS = ("alias", "abbreviation", "adjective", "demonym", "former_name")
ROLES = (
    "HeadOfState",
    "HeadOfGovernment",
    "PermanentRepresentative",
    "SecretaryGeneral",
    "ForeignMinister",
    "Envoy",
)


@dataclass(frozen=True)
class Alias:
    """One extra name of a state, from ``aliases.csv``; dates bound former names only."""

    name: str
    code: str
    kind: str
    valid_from: date | None = None
    valid_to: date | None = None
    source: str = ""
    note: str = ""

    def valid_on(self, on: date | None) -> bool:
        """True when the name applied on ``on`` (always true without dates or without ``on``)."""
        if on is None:
            return True
        if self.valid_from and on < self.valid_from:
            return False
        return not (self.valid_to and on > self.valid_to)


@dataclass(frozen=True)
class StateRecord:
    """A state as the registry knows it.

    ``iso3`` is the project's key for the state (its IRI ends in it). It is the ISO 3166-1
    alpha-3 code, or the ISO 3166-3 code of a former state; only ``ZAN`` (Zanzibar) is a key
    without an ISO code, and there ``iso_assigned`` is false and ``iso2``/``numeric`` are None.
    """

    iso3: str
    iso2: str | None
    numeric: str | None
    short_name: str
    formal_name: str | None
    iso_name: str | None
    status: str
    wikidata: str | None = None
    iso_assigned: bool = True
    aliases: tuple[str, ...] = ()
    adjectives: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    former_names: tuple[Alias, ...] = ()
    un_from: date | None = None
    un_to: date | None = None
    un_seat_continued_by: str | None = None
    votes_filed_under: str | None = None
    successors: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    note: str = ""

    @property
    def is_former(self) -> bool:
        return self.status == "former"


@dataclass(frozen=True)
class Organization:
    """An international organisation or one of its organs (``kind`` organization|organ)."""

    key: str
    kind: str
    name: str
    aliases: tuple[str, ...]
    parent: str | None
    wikidata: str | None
    note: str = ""

    @property
    def iri(self) -> URIRef:
        return organ_iri(self.key) if self.kind == "organ" else organization_iri(self.key)


@dataclass(frozen=True)
class Person:
    name: str
    wikidata: str | None = None


@dataclass(frozen=True)
class Post:
    """An office; ``post_in`` is a state code or an organisation key."""

    title: str
    roles: tuple[str, ...]
    post_in: str
    note: str = ""


@dataclass(frozen=True)
class Tenure:
    """A person holding a post from ``start`` to ``end`` (None: in office as of ``as_of``)."""

    person: str
    post: str
    start: date
    end: date | None
    as_of: str = ""
    sources: tuple[str, ...] = ()
    note: str = ""

    def holds_on(self, on: date) -> bool:
        """True when the tenure covers ``on``; the end day is the successor's first day."""
        return self.start <= on and (self.end is None or on < self.end)


@dataclass(frozen=True)
class Rule:
    key: str
    organ: str
    label: str
    member_count: int
    required_votes: int
    permanent_member_veto: bool
    source: str
    note: str = ""


@dataclass(frozen=True)
class EUMembership:
    code: str
    start: date
    end: date | None
    sources: tuple[str, ...] = ()
    note: str = ""


@dataclass
class _NameIndex:
    """Normalised name → the (state code, how it names the state) pairs it may mean."""

    entries: dict[str, list[tuple[str, str, Alias | None]]] = field(default_factory=dict)
    display: dict[str, str] = field(default_factory=dict)

    def add(self, name: str | None, code: str, kind: str, alias: Alias | None = None) -> None:
        if not name:
            return
        key = normalize_name(name)
        bucket = self.entries.setdefault(key, [])
        if (code, kind, alias) not in bucket:
            bucket.append((code, kind, alias))
        self.display.setdefault(key, name)


# --- reading -----------------------------------------------------------------------------------


def normalize_name(name: str) -> str:
    """Fold a state name for matching: accents, case, punctuation and a leading "the" go.

    >>> normalize_name("the United States")
    'united states'
    >>> normalize_name("U.S.") == normalize_name("US")
    True
    >>> normalize_name("Côte d'Ivoire") == normalize_name("COTE D'IVOIRE")
    True
    >>> normalize_name("Congo (Brazzaville)") == normalize_name("Congo-Brazzaville")
    True
    """
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    folded = re.sub(r"['.]", "", ascii_name.casefold())
    folded = re.sub(r"[^a-z0-9]+", " ", folded.replace("&", " and ")).strip()
    return re.sub(r"^the ", "", folded)


#: the columns that tell the rows of each registry table apart
_KEYS = {
    "aliases.csv": ("alias", "code", "kind", "valid_from"),
    "states.csv": ("code",),
    "organizations.csv": ("key",),
    "people.csv": ("person",),
    "posts.csv": ("post",),
    "tenures.csv": ("person", "post", "start"),
    "rules.csv": ("key",),
    "eu-members.csv": ("code", "start"),
}


def _read_csv(path: Path, required: Iterable[str]) -> Iterator[tuple[int, dict[str, str]]]:
    """Yield (line number, row) from a registry CSV, checking its header first and that no
    two rows share their key (:data:`_KEYS`)."""
    return csv_rows(
        path,
        required,
        fix="restore the header described in kg/data/registry/README.md",
        unique=_KEYS.get(path.name, ()),
    )


def _split(text: str, separator: str = ";") -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split(separator) if part.strip())


def _directory(directory: Path | str | None) -> Path:
    return Path(directory) if directory is not None else REGISTRY_DIR


def _iso_country(code: str):
    """The pycountry record for an alpha-3 code: current countries first, then ISO 3166-3."""
    return pycountry.countries.get(alpha_3=code) or pycountry.historic_countries.get(alpha_3=code)


def _read_aliases(directory: Path) -> list[Alias]:
    path = directory / "aliases.csv"
    aliases = []
    for line, row in _read_csv(path, ("alias", "code", "kind", "valid_from", "valid_to")):
        where = f"{path} line {line}"
        if row["kind"] not in NAME_KINDS:
            raise DataError(
                f"unknown kind {row['kind']!r}",
                where=where,
                fix=f"use one of {', '.join(NAME_KINDS)}",
            )
        aliases.append(
            Alias(
                name=row["alias"],
                code=row["code"],
                kind=row["kind"],
                valid_from=iso_date(row["valid_from"], where, optional=True),
                valid_to=iso_date(row["valid_to"], where, optional=True),
                source=row.get("source", ""),
                note=row.get("note", ""),
            )
        )
    return aliases


@functools.lru_cache(maxsize=8)
def _load_states(directory: Path) -> tuple[StateRecord, ...]:
    path = directory / "states.csv"
    aliases_by_code: dict[str, list[Alias]] = {}
    for alias in _read_aliases(directory):
        aliases_by_code.setdefault(alias.code, []).append(alias)
    states = []
    for line, row in _read_csv(path, ("code", "status", "un_short_name", "wikidata")):
        where = f"{path} line {line}"
        code = row["code"]
        if row["status"] not in STATUSES:
            raise DataError(
                f"unknown status {row['status']!r} for {code}",
                where=where,
                fix=f"use one of {', '.join(STATUSES)}",
            )
        if not re.fullmatch(r"[A-Z]{3}", code):
            raise DataError(f"malformed state code {code!r}", where=where, fix="use 3 capitals")
        if row["wikidata"] and not re.fullmatch(r"Q[1-9][0-9]*", row["wikidata"]):
            raise DataError(
                f"malformed Wikidata id {row['wikidata']!r}",
                where=where,
                fix="write it as Q followed by digits, or leave it empty",
            )
        country = _iso_country(code)
        if country is None and row["status"] != "former":
            raise DataError(
                f"{code} is not an ISO 3166 alpha-3 code",
                where=where,
                fix="use the state's ISO 3166-1 alpha-3 code",
            )
        own = aliases_by_code.pop(code, [])
        states.append(
            StateRecord(
                iso3=code,
                iso2=country.alpha_2 if country else None,
                numeric=country.numeric if country else None,
                short_name=row["un_short_name"],
                formal_name=(getattr(country, "official_name", None) or country.name)
                if country
                else None,
                iso_name=country.name if country else None,
                status=row["status"],
                wikidata=row["wikidata"] or None,
                iso_assigned=country is not None,
                aliases=tuple(a.name for a in own if a.kind in ("alias", "abbreviation")),
                adjectives=tuple(a.name for a in own if a.kind == "adjective"),
                demonyms=tuple(a.name for a in own if a.kind == "demonym"),
                former_names=tuple(a for a in own if a.kind == "former_name"),
                un_from=iso_date(row.get("un_from", ""), where, optional=True),
                un_to=iso_date(row.get("un_to", ""), where, optional=True),
                un_seat_continued_by=row.get("un_seat_continued_by") or None,
                votes_filed_under=row.get("votes_filed_under") or None,
                successors=_split(row.get("successors", "")),
                sources=_split(row.get("source", ""), " ; "),
                note=row.get("note", ""),
            )
        )
    if aliases_by_code:
        raise DataError(
            f"aliases name unknown state code(s): {', '.join(sorted(aliases_by_code))}",
            where=str(directory / "aliases.csv"),
            fix="use a code listed in states.csv",
        )
    return tuple(states)


def load_states(directory: Path | str | None = None) -> list[StateRecord]:
    """All states of the registry: 193 members, 2 observers and the former states.

    >>> states = load_states()
    >>> sum(state.status == "member" for state in states)
    193
    >>> usa = states_by_code()["USA"]
    >>> usa.numeric, usa.iso2, usa.formal_name, usa.wikidata
    ('840', 'US', 'United States of America', 'Q30')
    """
    return list(_load_states(_directory(directory).resolve()))


def states_by_code(directory: Path | str | None = None) -> dict[str, StateRecord]:
    """The states keyed by their ``iso3`` key.

    >>> states_by_code()["SUN"].un_seat_continued_by
    'RUS'
    """
    return {state.iso3: state for state in load_states(directory)}


@functools.lru_cache(maxsize=8)
def _name_index(directory: Path) -> _NameIndex:
    index = _NameIndex()
    for state in _load_states(directory):
        index.add(state.short_name, state.iso3, "short_name")
        index.add(state.formal_name, state.iso3, "formal_name")
        index.add(state.iso_name, state.iso3, "iso_name")
        country = _iso_country(state.iso3)
        index.add(getattr(country, "common_name", None), state.iso3, "iso_name")
    for alias in _read_aliases(directory):
        index.add(alias.name, alias.code, alias.kind, alias)
    return index


@functools.lru_cache(maxsize=8)
def _code_index(directory: Path) -> dict[str, list[str]]:
    codes: dict[str, list[str]] = {}
    for state in _load_states(directory):
        for code in (state.iso3, state.iso2, state.numeric):
            if code and state.iso3 not in codes.setdefault(code, []):
                codes[code].append(state.iso3)
    return codes


# --- resolving ---------------------------------------------------------------------------------


def _describe(states: dict[str, StateRecord], codes: Iterable[str]) -> str:
    return ", ".join(f"{states[code].short_name} ({code})" for code in sorted(set(codes)))


def resolve_state(
    name_or_code: str,
    *,
    on: date | None = None,
    un_record: bool = False,
    directory: Path | str | None = None,
) -> StateRecord:
    """The state a name or code means.

    Accepts ISO alpha-3, alpha-2 and numeric (M49) codes, the UN short name, the ISO names,
    news aliases and abbreviations, adjectives and demonyms, and former names; case, accents,
    punctuation and a leading "the" do not matter. With ``on``, a dated former name counts only
    within its dates. A name that fits several states raises rather than guesses.

    ``un_record=True`` reads the name as a UN voting record writes it: the UN short name
    outranks other states' aliases ("Congo" is then the Republic of the Congo), and a state
    whose votes UN voting data files under its continuing member resolves to that member
    ("USSR" → RUS; see ``votes_filed_under`` in states.csv).

    >>> resolve_state("U.S.").short_name
    'United States of America'
    >>> resolve_state("Hungarian").iso3, resolve_state("TURKIYE").iso3, resolve_state("840").iso3
    ('HUN', 'TUR', 'USA')
    >>> resolve_state("Zaire").iso3, resolve_state("USSR").iso3
    ('COD', 'SUN')
    >>> resolve_state("USSR", un_record=True).iso3, resolve_state("Congo", un_record=True).iso3
    ('RUS', 'COG')
    >>> resolve_state("Tanganyika", on=date(1962, 1, 1)).iso3
    'TZA'
    >>> resolve_state("Congo")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    kg.errors.DataError: 'Congo' is ambiguous: Democratic Republic of the Congo (COD), Congo ...
    >>> resolve_state("Rusia")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    kg.errors.DataError: unknown state 'Rusia' (did you mean: Russia (RUS), USA (USA)?) ...
    """
    folder = _directory(directory).resolve()
    states = {state.iso3: state for state in _load_states(folder)}
    text = name_or_code.strip()
    key = normalize_name(text)
    code_key = text.upper() if re.fullmatch(r"[A-Za-z]{2,3}", text) else None
    if re.fullmatch(r"\d{1,3}", text):
        code_key = text.zfill(3)

    entries = _name_index(folder).entries.get(key, [])
    in_force = [entry for entry in entries if entry[2] is None or entry[2].valid_on(on)]
    codes = list(dict.fromkeys(code for code, _, _ in in_force))
    for code in _code_index(folder).get(code_key or "", []):
        if code not in codes:
            codes.append(code)
    if un_record and len(codes) > 1:
        # A UN record names states by their UN short names; other states' aliases yield.
        official = [code for code, kind, _ in in_force if kind == "short_name"]
        codes = official or codes
    if un_record:
        codes = list(dict.fromkeys(states[code].votes_filed_under or code for code in codes))

    if len(codes) == 1:
        return states[codes[0]]
    if len(codes) > 1:
        error = DataError(
            f"{text!r} is ambiguous: {_describe(states, codes)}",
            fix="pass an ISO 3166 alpha-3 code or a fuller name",
        )
        error.candidates = sorted(codes)  # type: ignore[attr-defined]
        raise error
    if entries:  # the name exists, but not on that date
        spans = "; ".join(
            f"{alias.name} → {alias.code} {alias.valid_from or '…'} to {alias.valid_to or '…'}"
            for _, _, alias in entries
            if alias is not None
        )
        raise DataError(
            f"{text!r} did not name a state on {on}: {spans}",
            fix="check the date, or pass the state's current name or code",
        )
    index = _name_index(folder)
    suggestions: list[str] = []
    seen: set[str] = set()
    for match in difflib.get_close_matches(key, index.display, n=10, cutoff=0.7):
        match_codes = sorted({code for code, _, _ in index.entries[match]} - seen)
        if match_codes and len(suggestions) < 5:
            seen.update(match_codes)
            suggestions.append(f"{index.display[match]} ({'/'.join(match_codes)})")
    hint = f" (did you mean: {', '.join(suggestions)}?)" if suggestions else ""
    error = DataError(
        f"unknown state {text!r}{hint}",
        fix="use an ISO 3166 alpha-3 code or a name listed in kg/data/registry",
    )
    error.candidates = suggestions  # type: ignore[attr-defined]
    raise error


# --- organisations, people, posts, tenures ------------------------------------------------------


@functools.lru_cache(maxsize=8)
def _load_organizations(directory: Path) -> tuple[Organization, ...]:
    path = directory / "organizations.csv"
    organizations = []
    for line, row in _read_csv(path, ("key", "kind", "name", "aliases", "parent", "wikidata")):
        if row["kind"] not in ("organization", "organ"):
            raise DataError(
                f"unknown kind {row['kind']!r}",
                where=f"{path} line {line}",
                fix="use organization or organ",
            )
        organizations.append(
            Organization(
                key=row["key"],
                kind=row["kind"],
                name=row["name"],
                aliases=_split(row["aliases"]),
                parent=row["parent"] or None,
                wikidata=row["wikidata"] or None,
                note=row.get("note", ""),
            )
        )
    return tuple(organizations)


def load_organizations(directory: Path | str | None = None) -> list[Organization]:
    """The organisations and organs (UN, its GA, SC and HRC, the EU, NATO).

    >>> {org.key: org.wikidata for org in load_organizations()}["SC"]
    'Q37470'
    """
    return list(_load_organizations(_directory(directory).resolve()))


def load_people(directory: Path | str | None = None) -> list[Person]:
    """The people the registry knows, with Wikidata ids where established.

    >>> {person.name: person.wikidata for person in load_people()}["Donald Trump"]
    'Q22686'
    """
    path = _directory(directory) / "people.csv"
    return [
        Person(row["person"], row["wikidata"] or None)
        for _, row in _read_csv(path, ("person", "wikidata"))
    ]


def load_posts(directory: Path | str | None = None) -> list[Post]:
    """The posts, each with its roles and the state or organisation it belongs to.

    >>> {post.title: post.roles for post in load_posts()}["President of the United States"]
    ('HeadOfState', 'HeadOfGovernment')
    """
    path = _directory(directory) / "posts.csv"
    posts = []
    for line, row in _read_csv(path, ("post", "roles", "post_in")):
        roles = _split(row["roles"])
        unknown = [role for role in roles if role not in ROLES]
        if unknown or not roles:
            raise DataError(
                f"unknown role(s) {unknown or roles}",
                where=f"{path} line {line}",
                fix=f"use one of {', '.join(ROLES)}",
            )
        posts.append(Post(row["post"], roles, row["post_in"], row.get("note", "")))
    return posts


def load_tenures(directory: Path | str | None = None) -> list[Tenure]:
    """Who held which post, from when to when, with the sources.

    >>> [t.start.isoformat() for t in load_tenures() if t.person == "Donald Trump"]
    ['2017-01-20', '2025-01-20']
    """
    path = _directory(directory) / "tenures.csv"
    tenures = []
    for line, row in _read_csv(path, ("person", "post", "start", "end", "source")):
        where = f"{path} line {line}"
        start, end = (
            iso_date(row["start"], where, optional=True),
            iso_date(row["end"], where, optional=True),
        )
        if start is None:
            raise DataError("tenure without a start date", where=where, fix="give the start date")
        if end is not None and end < start:
            raise DataError(
                f"tenure ends ({end}) before it starts ({start})",
                where=where,
                fix="correct the dates",
            )
        tenures.append(
            Tenure(
                row["person"],
                row["post"],
                start,
                end,
                row.get("as_of", ""),
                _split(row["source"], " ; "),
                row.get("note", ""),
            )
        )
    return tenures


def tenures_on(on: date, directory: Path | str | None = None) -> list[Tenure]:
    """The tenures in force on a day (an open tenure counts from its start onwards).

    >>> sorted(t.person for t in tenures_on(date(2022, 3, 2))
    ...        if t.post.startswith("President of the United"))
    ['Joe Biden']
    """
    return [tenure for tenure in load_tenures(directory) if tenure.holds_on(on)]


def load_rules(directory: Path | str | None = None) -> list[Rule]:
    """Procedural rules of organs (the Security Council's voting rules, from the UN Charter).

    >>> [(rule.required_votes, rule.member_count, rule.permanent_member_veto)
    ...  for rule in load_rules() if rule.key == "sc-substantive-decision"]
    [(9, 15, True)]
    """
    path = _directory(directory) / "rules.csv"
    return [
        Rule(
            row["key"],
            row["organ"],
            row["label"],
            whole_number(row["member_count"], f"{path} line {line}"),
            whole_number(row["required_votes"], f"{path} line {line}"),
            row["permanent_member_veto"] == "true",
            row["source"],
            row.get("note", ""),
        )
        for line, row in _read_csv(
            path,
            (
                "key",
                "organ",
                "label",
                "member_count",
                "required_votes",
                "permanent_member_veto",
                "source",
            ),
        )
    ]


def eu_memberships(directory: Path | str | None = None) -> list[EUMembership]:
    """EU (European Communities) memberships with accession and, for the UK, withdrawal dates.

    >>> members = eu_memberships()
    >>> sum(m.end is None for m in members), [m.end.isoformat() for m in members if m.end]
    (27, ['2020-01-31'])
    """
    path = _directory(directory) / "eu-members.csv"
    memberships = []
    for line, row in _read_csv(path, ("code", "start", "end", "source")):
        where = f"{path} line {line}"
        start = iso_date(row["start"], where, optional=True)
        if start is None:
            raise DataError("membership without a start date", where=where, fix="give the date")
        memberships.append(
            EUMembership(
                row["code"],
                start,
                iso_date(row["end"], where, optional=True),
                _split(row["source"], " ; "),
                row.get("note", ""),
            )
        )
    return memberships


# --- RDF ---------------------------------------------------------------------------------------


def _string(text: str) -> Literal:
    # A plain literal: RDF 1.1 reads it as xsd:string, and rdflib matches it against the
    # plain literals that query parameters and the other sources use.
    return Literal(text)


def _state_triples(graph: Graph, state: StateRecord, united_nations: URIRef) -> None:
    node = state_iri(state.iso3)
    graph.add((node, RDF.type, DKG.State))
    if state.status == "former":
        graph.add((node, RDF.type, DKG.FormerState))
    elif state.status == "observer":
        graph.add((node, RDF.type, DKG.ObserverState))
    if state.iso_assigned:
        graph.add((node, DKG.iso3, _string(state.iso3)))
        graph.add((node, DKG.iso2, _string(state.iso2 or "")))
        graph.add((node, DKG.isoNumeric, _string(state.numeric or "")))
    graph.add((node, DKG.shortName, _string(state.short_name)))
    graph.add((node, RDFS.label, Literal(state.short_name, lang="en")))
    if state.formal_name:
        graph.add((node, DKG.formalName, _string(state.formal_name)))
    for alias in state.aliases:
        graph.add((node, SKOS.altLabel, Literal(alias, lang="en")))
    for adjective in state.adjectives:
        graph.add((node, DKG.adjective, _string(adjective)))
    for demonym in state.demonyms:
        graph.add((node, DKG.demonym, _string(demonym)))
    for former in state.former_names:
        graph.add((node, DKG.formerName, _string(former.name)))
    if state.wikidata:
        graph.add((node, SKOS.exactMatch, WD[state.wikidata]))
    if state.note:
        graph.add((node, DKG.note, _string(state.note)))

    membership = ID[f"membership/united-nations/{state.iso3}"]
    graph.add((membership, RDF.type, DKG.UNMembership))
    graph.add((membership, DKG.member, node))
    graph.add((membership, DKG.organization, united_nations))
    if state.status == "observer":
        graph.add((membership, DKG.note, _string("non-member observer state")))
    if state.un_from:
        graph.add((membership, DKG.startDate, Literal(state.un_from, datatype=XSD.date)))
    if state.un_to:
        graph.add((membership, DKG.endDate, Literal(state.un_to, datatype=XSD.date)))
    for source in state.sources:
        if source.startswith("http"):
            graph.add((membership, PROV.wasDerivedFrom, URIRef(source)))


def registry_graph(directory: Path | str | None = None) -> Graph:
    """The registry as RDF: states, UN and EU memberships, organisations, rules, people, tenures.

    >>> graph = registry_graph()
    >>> len(set(graph.subjects(RDF.type, DKG.State)))
    202
    >>> (state_iri("USA"), SKOS.exactMatch, WD.Q30) in graph
    True
    """
    folder = _directory(directory)
    graph = bind_prefixes(Graph())
    organizations = {org.key: org for org in load_organizations(folder)}
    for org in organizations.values():
        node = org.iri
        graph.add(
            (node, RDF.type, DKG.Organ if org.kind == "organ" else DKG.InternationalOrganization)
        )
        graph.add((node, RDFS.label, Literal(org.name, lang="en")))
        for alias in org.aliases:
            graph.add((node, SKOS.altLabel, Literal(alias, lang="en")))
        if org.parent:
            graph.add((node, DKG.organOf, organizations[org.parent].iri))
        if org.kind == "organ":
            # The organ's code (GA, SC, HRC) as used in roll-call ids and query results.
            graph.add((node, SKOS.notation, _string(org.key)))
        if org.wikidata:
            graph.add((node, SKOS.exactMatch, WD[org.wikidata]))
        if org.note:
            graph.add((node, DKG.note, _string(org.note)))

    united_nations = organizations["United Nations"].iri
    for state in load_states(folder):
        _state_triples(graph, state, united_nations)

    for rule in load_rules(folder):
        node = ID[f"rule/{slug(rule.key)}"]
        graph.add((node, RDF.type, DKG.Rule))
        graph.add((node, RDFS.label, Literal(rule.label, lang="en")))
        graph.add((node, DKG.appliesTo, organ_iri(rule.organ)))
        graph.add(
            (node, DKG.memberCount, Literal(rule.member_count, datatype=XSD.nonNegativeInteger))
        )
        graph.add(
            (node, DKG.requiredVotes, Literal(rule.required_votes, datatype=XSD.nonNegativeInteger))
        )
        graph.add((node, DKG.permanentMemberVeto, Literal(rule.permanent_member_veto)))
        graph.add((node, PROV.wasDerivedFrom, URIRef(rule.source)))
        if rule.note:
            graph.add((node, DKG.note, _string(rule.note)))
        graph.add(
            (
                organ_iri(rule.organ),
                DKG.memberCount,
                Literal(rule.member_count, datatype=XSD.nonNegativeInteger),
            )
        )

    european_union = organizations["European Union"].iri
    for membership in eu_memberships(folder):
        node = ID[f"membership/european-union/{membership.code}/{membership.start.isoformat()}"]
        graph.add((node, RDF.type, DKG.Membership))
        graph.add((node, DKG.member, state_iri(membership.code)))
        graph.add((node, DKG.organization, european_union))
        graph.add((node, DKG.startDate, Literal(membership.start, datatype=XSD.date)))
        if membership.end:
            graph.add((node, DKG.endDate, Literal(membership.end, datatype=XSD.date)))
        for source in membership.sources:
            graph.add((node, PROV.wasDerivedFrom, URIRef(source)))
        if membership.note:
            graph.add((node, DKG.note, _string(membership.note)))

    for person in load_people(folder):
        node = person_iri(person.name)
        graph.add((node, RDF.type, DKG.Person))
        graph.add((node, FOAF.name, _string(person.name)))
        graph.add((node, RDFS.label, Literal(person.name, lang="en")))
        if person.wikidata:
            graph.add((node, SKOS.exactMatch, WD[person.wikidata]))

    for post in load_posts(folder):
        node = post_iri(post.title)
        graph.add((node, RDF.type, DKG.Post))
        graph.add((node, RDFS.label, Literal(post.title, lang="en")))
        for role in post.roles:
            graph.add((node, DKG.role, DKG[role]))
        holder_of_post = (
            organizations[post.post_in].iri
            if post.post_in in organizations
            else state_iri(post.post_in)
        )
        graph.add((node, DKG.postIn, holder_of_post))
        if post.note:
            graph.add((node, DKG.note, _string(post.note)))

    for tenure in load_tenures(folder):
        node = ID[f"tenure/{slug(tenure.person)}-{slug(tenure.post)}-{tenure.start.isoformat()}"]
        graph.add((node, RDF.type, DKG.Tenure))
        graph.add((node, DKG.holder, person_iri(tenure.person)))
        graph.add((node, DKG.post, post_iri(tenure.post)))
        graph.add((node, DKG.startDate, Literal(tenure.start, datatype=XSD.date)))
        if tenure.end:
            graph.add((node, DKG.endDate, Literal(tenure.end, datatype=XSD.date)))
        for source in tenure.sources:
            graph.add((node, PROV.wasDerivedFrom, URIRef(source)))
        remarks = [tenure.note] if tenure.note else []
        if tenure.end is None and tenure.as_of:
            remarks.append(f"in office as of {tenure.as_of}; later changes not recorded")
        if remarks:
            graph.add((node, DKG.note, _string("; ".join(remarks))))
    return graph
