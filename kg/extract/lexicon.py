"""The gazetteer: every surface form of a state, organisation, organ or person the registry knows.

The extractor recognises names by exact, case-sensitive token match (spaCy's PhraseMatcher on
``ORTH``): news capitalises names, so case keeps "us" from being the United States and "turkey"
from being Türkiye. Forms come from the registry (``kg/data/registry``): states' UN short names,
ISO names, aliases, abbreviations, adjectives, demonyms and former names; organisations and
organs with their aliases; people by full name and, accent-folded, as news spells them
("Viktor Orban"). Capital cities used for governments ("Moscow's invasion") come from
``kg/data/extract/capitals.csv``; UN bodies, agencies, courts, regional organisations and
NGOs that news names beside states (the Arab League, WHO, Human Rights Watch …), each with
its source, from ``kg/data/extract/bodies.csv`` (keyed by full name; the UN organs there add
news spellings to the registry's GA, SC and HRC).

A form that names several states ("Congo", "Korea", "Dominican") is left out: guessing would
be worse than missing it. Forms that are also ordinary words or given names ("Chad", "Turkey",
"Georgia", "Jordan", "China", "Washington"), and the capitals the file marks ``needs_context``
(every UN member's capital beyond the few news uses for a government anywhere: "Kigali",
"Sofia"), are marked ``ambiguous``; the extractor accepts them only in a political context
(see :mod:`kg.extract.extractor`).

>>> lexicon = load_lexicon()
>>> [(entry.kind, entry.key, entry.form) for entry in lexicon.entries["U.S."]]
[('state', 'USA', 'abbreviation')]
>>> lexicon.entries["Chad"][0].ambiguous, lexicon.entries["France"][0].ambiguous
(True, False)
>>> "Congo" in lexicon.entries
False
>>> lexicon.entries["Kigali"][0].key, lexicon.entries["Kigali"][0].ambiguous
('RWA', True)
>>> [entry.key for entry in lexicon.entries["Antonio Guterres"]]
['António Guterres']
>>> [(entry.kind, entry.key) for entry in lexicon.entries["Arab League"]]
[('organization', 'League of Arab States')]
"""

from __future__ import annotations

import csv
import functools
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from kg.ontology import DATA_DIR
from kg.registry import (
    load_organizations,
    load_people,
    load_posts,
    load_states,
    load_tenures,
    normalize_name,
)

__all__ = [
    "AMBIGUOUS_NAMES",
    "BODIES_FILE",
    "CAPITALS_FILE",
    "EAST_ASIAN_FAMILY_NAMES",
    "TITLES",
    "Entry",
    "Lexicon",
    "family_name",
    "fold_accents",
    "load_lexicon",
]

CAPITALS_FILE = DATA_DIR / "extract" / "capitals.csv"
BODIES_FILE = DATA_DIR / "extract" / "bodies.csv"

#: State names that are also common English words, given names, a US state or a city; they
#: count only where the sentence is about politics (another state, an organisation, a vote).
AMBIGUOUS_NAMES = frozenset(
    {
        "Chad", "Turkey", "Georgia", "Jordan", "China", "Niger", "Guinea", "Mali", "Togo",
        "Cuba", "Peru", "Panama", "Oman", "Israel", "Lebanon", "Washington", "Paris", "London",
        "Berlin", "Rome", "Madrid", "Cairo", "Havana", "Kremlin", "Chadian", "Turkish",
        "Georgian", "Jordanian", "Chinese", "Panamanian", "Cuban", "American",
    }
)  # fmt: skip

#: Title words → the registry role they imply (``kg.registry.ROLES``); order: longest first.
TITLES: dict[str, str] = {
    "Permanent Representative": "PermanentRepresentative",
    "High Commissioner for Human Rights": "Envoy",
    "High Commissioner for Refugees": "Envoy",
    "High Commissioner": "Envoy",
    "Secretary-General": "SecretaryGeneral",
    "Secretary General": "SecretaryGeneral",
    "Secretary of State": "ForeignMinister",
    "Foreign Secretary": "ForeignMinister",
    "Foreign Minister": "ForeignMinister",
    "Minister of Foreign Affairs": "ForeignMinister",
    "Prime Minister": "HeadOfGovernment",
    "Chancellor": "HeadOfGovernment",
    "Premier": "HeadOfGovernment",
    "President": "HeadOfState",
    "King": "HeadOfState",
    "Queen": "HeadOfState",
    "Emir": "HeadOfState",
    "Ambassador": "PermanentRepresentative",
    "ambassador": "PermanentRepresentative",
    "envoy": "PermanentRepresentative",
    "Envoy": "Envoy",
    "representative": "PermanentRepresentative",
    "foreign minister": "ForeignMinister",
    "prime minister": "HeadOfGovernment",
    "president": "HeadOfState",
    "Secretary": "ForeignMinister",
    "Minister": "ForeignMinister",
    "spokesperson": "Envoy",
    "spokesman": "Envoy",
    "spokeswoman": "Envoy",
    "Spokesperson": "Envoy",
    "Spokesman": "Envoy",
    "Spokeswoman": "Envoy",
}


@dataclass(frozen=True)
class Entry:
    """One surface form and what it names.

    ``kind`` is ``state``, ``organ``, ``organization`` or ``person``; ``key`` the state's
    alpha-3 code, the organ code (GA, SC, HRC), the organisation key or the person's registry
    name; ``form`` how the surface names it (``name``, ``alias``, ``abbreviation``,
    ``adjective``, ``demonym``, ``capital``, ``surname``).
    """

    surface: str
    kind: str
    key: str
    form: str
    ambiguous: bool = False


@dataclass
class Lexicon:
    """Surface form → entries, plus the people's posts and tenures for linking titles."""

    entries: dict[str, list[Entry]] = field(default_factory=dict)
    surnames: dict[str, str] = field(default_factory=dict)

    def add(self, entry: Entry) -> None:
        bucket = self.entries.setdefault(entry.surface, [])
        if entry not in bucket:
            bucket.append(entry)


def fold_accents(text: str) -> str:
    """Drop accents and typographic apostrophes: how news often spells foreign names.

    >>> fold_accents("Viktor Orbán"), fold_accents("Côte d\u2019Ivoire")
    ('Viktor Orban', "Cote d'Ivoire")
    """
    ascii_like = unicodedata.normalize("NFKD", text.replace("\u2019", "'"))
    return "".join(char for char in ascii_like if not unicodedata.combining(char))


def _variants(name: str) -> set[str]:
    """The spellings a name takes in news: as written, accent-folded, curly apostrophe."""
    forms = {name, fold_accents(name)}
    forms |= {form.replace("'", "\u2019") for form in forms}
    if name.startswith("the "):
        forms |= _variants(name[4:])
    elif name.startswith("The "):
        # "The former Yugoslav Republic of Macedonia" heads a list; a sentence has "the …"
        forms |= _variants("the " + name[4:])
    return {form for form in forms if form.strip()}


@functools.lru_cache(maxsize=4)
def _load(registry_dir: Path | None) -> Lexicon:
    lexicon = Lexicon()
    state_forms: dict[str, list[tuple[str, str]]] = {}

    def state_form(name: str | None, code: str, form: str) -> None:
        if name and len(name) > 1:
            for variant in _variants(name):
                state_forms.setdefault(variant, []).append((code, form))

    for state in load_states(registry_dir):
        # former states ("Yugoslavia", "the Soviet Union") are named in news of the votes of
        # their time; their names are their own, so they are read like any state's
        for name in (state.short_name, state.formal_name, state.iso_name):
            state_form(name, state.iso3, "name")
        for alias in state.aliases:
            state_form(alias, state.iso3, "abbreviation" if alias.isupper() else "alias")
        for former in state.former_names:
            # "Burma", "Zaire", "Swaziland": news of the years before the rename, and some since
            state_form(former.name, state.iso3, "alias")
        for adjective in state.adjectives:
            state_form(adjective, state.iso3, "adjective")
        for demonym in state.demonyms:
            state_form(demonym, state.iso3, "demonym")
            state_form(demonym + "s", state.iso3, "demonym")
    # a capital every news desk uses for its government ("Moscow", "Beijing") names the state
    # anywhere; the others ("Kigali", "Sofia") only in a sentence about states or votes
    needs_context = set(AMBIGUOUS_NAMES)
    with CAPITALS_FILE.open(encoding="utf-8", newline="") as stream:
        for row in csv.DictReader(stream):
            state_form(row["capital"], row["code"], "capital")
            if row["needs_context"] == "yes":
                needs_context.add(row["capital"])

    for surface, meanings in state_forms.items():
        codes = {code for code, _ in meanings}
        if len(codes) != 1:
            continue  # "Congo", "Korea", "Dominican": several states, so none
        code = codes.pop()
        # the most specific way the surface names the state wins (a name over an adjective);
        # an adjective over an alias that is one too ("a Saudi motion", "Vatican diplomats")
        order = ("name", "abbreviation", "capital", "adjective", "alias", "demonym")
        form = min((form for _, form in meanings), key=order.index)
        lexicon.add(Entry(surface, "state", code, form, surface in needs_context))

    bodies = [
        (organization.kind, organization.key, (organization.name, *organization.aliases))
        for organization in load_organizations(registry_dir)
    ]
    with BODIES_FILE.open(encoding="utf-8", newline="") as stream:
        for row in csv.DictReader(stream):
            names = (row["name"], *filter(None, row["aliases"].split(";")))
            if row["kind"] != "organ":  # organ keys are codes (GA, SC), not names
                names += (row["key"],)
            bodies.append((row["kind"], row["key"], names))
    for kind, key, names in bodies:
        if kind == "organization":
            # news and gold files shorten any "United Nations …" to "UN …" or "U.N. …"
            names = (*names, *_un_shortened(names))
        for name in names:
            form = "abbreviation" if name.replace(".", "").isupper() else "name"
            for variant in _variants(name.strip()):
                lexicon.add(Entry(variant, kind, key, form))

    full_names = [person.name for person in load_people(registry_dir)]
    for name in full_names:
        for variant in _variants(name):
            lexicon.add(Entry(variant, "person", name, "name"))
        for variant in _variants(family_name(name)):
            lexicon.surnames.setdefault(variant, name)
    return lexicon


def _un_shortened(names) -> list[str]:
    """The "UN" and "U.N." forms of a body's names that spell out "United Nations".

    >>> _un_shortened(["United Nations Mission in Liberia", "UNMIL"])
    ['UN Mission in Liberia', 'U.N. Mission in Liberia']
    >>> _un_shortened(["Office of the United Nations High Commissioner for Refugees"])[0]
    'Office of the UN High Commissioner for Refugees'
    """
    return [
        name.replace("United Nations ", f"{short} ")
        for name in names
        if "United Nations " in name
        for short in ("UN", "U.N.")
    ]


#: Common Chinese, Korean and Vietnamese family names. News writes these names family name
#: first ("Xi Jinping", "Zhang Jun", "Kim Jong Un") and shortens them to it ("Xi said").
EAST_ASIAN_FAMILY_NAMES = frozenset(
    {
        "Xi", "Li", "Wang", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Wu", "Xu",
        "Sun", "Hu", "Zhu", "Gao", "Lin", "He", "Guo", "Ma", "Luo", "Liang", "Song", "Zheng",
        "Xie", "Han", "Tang", "Feng", "Yu", "Dong", "Xiao", "Cheng", "Cao", "Yuan", "Deng",
        "Fu", "Shen", "Zeng", "Peng", "Lu", "Su", "Jiang", "Cai", "Jia", "Ding", "Wei", "Ye",
        "Yan", "Pan", "Du", "Dai", "Xia", "Zhong", "Tian", "Ren", "Fan", "Fang", "Shi", "Yao",
        "Tan", "Qin", "Geng", "Kim", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang",
        "Lim", "Moon", "Nguyen", "Tran", "Le", "Pham", "Hoang", "Phan", "Vu", "Dang", "Bui",
        # more Korean family names, North Korea's spellings among them ("Ban" of Ban Ki-moon,
        # "Ri" of Ri Yong Ho, "Choe" of Choe Son Hui)
        "Ban", "Lee", "Ahn", "Shin", "Kwon", "Hwang", "Hong", "Yoo", "Ryu", "Ri", "Pak", "Choe",
    }
)  # fmt: skip


def family_name(name: str) -> str:
    """The part of a full name that news uses alone: the family name.

    Western order puts it last ("Guterres"), with its particle ("de Rivière"); Chinese,
    Korean and Vietnamese names put it first ("Xi" of Xi Jinping).

    >>> [family_name(name) for name in ("António Guterres", "Nicolas de Rivière", "Xi Jinping")]
    ['Guterres', 'de Rivière', 'Xi']
    """
    words = name.split()
    if len(words) >= 2 and words[0] in EAST_ASIAN_FAMILY_NAMES:
        return words[0]
    if " de " in name:
        return name[name.index(" de ") + 1 :]
    return words[-1]


def load_lexicon(registry_dir: Path | str | None = None) -> Lexicon:
    """The gazetteer built from the registry (cached per registry directory)."""
    return _load(Path(registry_dir).resolve() if registry_dir is not None else None)


@functools.lru_cache(maxsize=4)
def person_posts(registry_dir: Path | None = None) -> dict[str, list[tuple[str, tuple[str, ...]]]]:
    """Person → [(post title, roles)] over all their tenures, from the registry.

    >>> ("President of the United States", ("HeadOfState", "HeadOfGovernment")) in (
    ...     person_posts()["Joe Biden"])
    True
    """
    roles = {post.title: post.roles for post in load_posts(registry_dir)}
    posts: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for tenure in load_tenures(registry_dir):
        entry = (tenure.post, roles.get(tenure.post, ()))
        if entry not in posts.setdefault(tenure.person, []):
            posts[tenure.person].append(entry)
    return posts


def normalized(text: str) -> str:
    """The registry's name folding (case, accents, punctuation), for comparing names.

    >>> normalized("Viktor Orban") == normalized("Viktor Orbán")
    True
    """
    return normalize_name(text)
