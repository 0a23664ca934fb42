"""The project's controlled words: vote options, Voeten's issue codes, import formats, stances.

One table each; every reader, writer and picture takes its codes from here.

Vote options
    A ballot's option has a one-letter code (``Y``, ``N``, ``A``, ``X``: the ballot files, the
    history importers, the queries' ``vote`` column), a word (``yes`` … ``non_voting``: the
    curated event files and the tally keys), a term of the ontology (``dkg:Yes`` …), a label,
    its code in Erik Voeten's files (1 yes, 2 abstain, 3 no, 8 absent), its code in the vote
    matrix (Voeten's order, so his index is ``1 - |v1 - v2| / 2``; 0 did not vote) and the
    roll call's property that counts it (``dkg:yesCount`` …).

>>> [option.code for option in VOTE_OPTIONS]
['Y', 'N', 'A', 'X']
>>> OPTION_WORDS["X"], OPTION_BY_WORD["abstain"].code, OPTION_BY_VOETEN["3"].code
('non_voting', 'A', 'N')
>>> from kg.vocabulary import OPTION_IRIS
>>> str(OPTION_IRIS["N"])
'https://w3id.org/diplomatic-kg/ontology#No'
>>> IMPORT_FORMAT_NAMES[:3], VOTE_FORMATS
(('undl', 'voeten', 'tidy'), ('undl', 'voeten', 'tidy'))

The IRI tables (``OPTION_IRIS``, ``OPTION_IRIS_BY_WORD``, ``COUNT_IRIS``,
``VOETEN_ISSUE_IRIS``) are built on first use: they need rdflib, which the command line does
not load to build its parser.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    from rdflib import URIRef

__all__ = [
    "COUNT_IRIS",  # noqa: F822 (built on first use)
    "IMPORT_FORMATS",
    "IMPORT_FORMAT_NAMES",
    "OPTION_BY_CODE",
    "OPTION_BY_VOETEN",
    "OPTION_BY_WORD",
    "OPTION_IRIS",  # noqa: F822 (built on first use)
    "OPTION_IRIS_BY_WORD",  # noqa: F822 (built on first use)
    "OPTION_LABELS",
    "OPTION_WORDS",
    "RELATION_FORMATS",
    "STANCE_KINDS",
    "VOETEN_ISSUES",
    "VOETEN_ISSUE_IRIS",  # noqa: F822 (built on first use)
    "VOETEN_NOT_A_MEMBER",
    "VOTE_FORMATS",
    "VOTE_OPTIONS",
    "ImportFormat",
    "VoetenIssue",
    "VoteOption",
]


class VoteOption(NamedTuple):
    """One option of a ballot, in every notation the project meets it."""

    code: str
    word: str
    term: str
    label: str
    voeten: str
    matrix: int
    count: str


VOTE_OPTIONS = (
    VoteOption("Y", "yes", "Yes", "Yes", "1", 1, "yesCount"),
    VoteOption("N", "no", "No", "No", "3", 3, "noCount"),
    VoteOption("A", "abstain", "Abstain", "Abstain", "2", 2, "abstainCount"),
    VoteOption("X", "non_voting", "NonVoting", "Did not vote", "8", 0, "nonVotingCount"),
)
#: Voeten's code for "not a member then": no ballot at all, skipped by the importers
VOETEN_NOT_A_MEMBER = "9"

OPTION_BY_CODE = {option.code: option for option in VOTE_OPTIONS}
OPTION_BY_WORD = {option.word: option for option in VOTE_OPTIONS}
OPTION_BY_VOETEN = {option.voeten: option for option in VOTE_OPTIONS}
#: code → word (the tally a ballot counts towards)
OPTION_WORDS = {option.code: option.word for option in VOTE_OPTIONS}
OPTION_LABELS = {option.code: option.label for option in VOTE_OPTIONS}


class VoetenIssue(NamedTuple):
    """One of Voeten's six issue codes (the ``issue_*`` columns) and its SKOS concept."""

    code: str
    term: str
    label: str


VOETEN_ISSUES = (
    VoetenIssue("me", "IssuePalestinianConflict", "Palestinian conflict"),
    VoetenIssue("nu", "IssueNuclearWeapons", "nuclear weapons"),
    VoetenIssue("di", "IssueArmsControl", "arms control and disarmament"),
    VoetenIssue("hr", "IssueHumanRights", "human rights"),
    VoetenIssue("co", "IssueColonialism", "colonialism"),
    VoetenIssue("ec", "IssueEconomicDevelopment", "economic development"),
)


class ImportFormat(NamedTuple):
    """A format ``dkg import`` reads: its name, what kind of data, what its rows become."""

    name: str
    kind: str
    rows: str


IMPORT_FORMATS = (
    ImportFormat("undl", "votes", "ballots"),
    ImportFormat("voeten", "votes", "ballots"),
    ImportFormat("tidy", "votes", "ballots"),
    ImportFormat("atop", "relations", "alliance commitments"),
    ImportFormat("archigos", "relations", "leader tenures"),
    ImportFormat("igo", "relations", "IGO co-membership runs"),
    ImportFormat("rivalries", "relations", "rivalries"),
    ImportFormat("states", "relations", "state-system spells"),
    ImportFormat("dataset", "dataset", "quads"),
)
IMPORT_FORMAT_NAMES = tuple(each.name for each in IMPORT_FORMATS)
VOTE_FORMATS = tuple(each.name for each in IMPORT_FORMATS if each.kind == "votes")
RELATION_FORMATS = tuple(each.name for each in IMPORT_FORMATS if each.kind == "relations")

#: the kinds of dkg:Stance (local names of their ontology classes)
STANCE_KINDS = (
    "Supports",
    "Opposes",
    "Proposes",
    "SeeksAmendment",
    "ThreatensVeto",
    "Urges",
    "Refuses",
    "Advocates",
    "Condemns",
)


def _iri_tables() -> dict[str, dict[str, URIRef]]:
    from kg.ontology import DKG

    return {
        "OPTION_IRIS": {option.code: DKG[option.term] for option in VOTE_OPTIONS},
        "OPTION_IRIS_BY_WORD": {option.word: DKG[option.term] for option in VOTE_OPTIONS},
        "COUNT_IRIS": {option.word: DKG[option.count] for option in VOTE_OPTIONS},
        "VOETEN_ISSUE_IRIS": {issue.code: DKG[issue.term] for issue in VOETEN_ISSUES},
    }


def __getattr__(name: str) -> Any:
    if name in ("OPTION_IRIS", "OPTION_IRIS_BY_WORD", "COUNT_IRIS", "VOETEN_ISSUE_IRIS"):
        tables = _iri_tables()
        globals().update(tables)
        return tables[name]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
