"""Roll calls written out from the voting history itself, as the UN's records and the wires
write them, and read back by the extractor: every state's ballot, none added.

The General Assembly's history (``../shared/data/unga-history``, skipped without it) names
each state as the UN's voting records do, in capitals ("IRAN (ISLAMIC REPUBLIC OF)"). A press
release writes those names in title case in blocks headed "In favour:", "Against:" and
"Abstaining:"; a wire story lists the minority sides after "Voting against were" and
"Abstaining were", or in brackets after the counts ("by 150 votes to 2 (Israel, the United
States), with 5 abstentions (…)"). All are built here for a fixed sample of roll calls from
1946 to 2025, so the names of every era (the Byelorussian SSR, Zaire, Democratic Kampuchea,
the former Yugoslav Republic of Macedonia, Türkiye) are read in lists of every length.
"""

from __future__ import annotations

import re
from datetime import date

import pytest
from conftest import HISTORY_VOTES, needs_history

from kg.extract import extract

OPTIONS = {"Y": "yes", "N": "no", "A": "abstain"}
#: Words a UN name keeps in lower case ("Bolivia (Plurinational State of)").
_LOWER = frozenset({"of", "and", "the", "da", "de", "for"})
#: Capitals the UN keeps or lower case it writes inside a name.
_AS_WRITTEN = {"Ssr": "SSR", "Ussr": "USSR", "D'ivoire": "d'Ivoire", "The Former": "the former"}


def un_title(name: str) -> str:
    """A record's name in capitals as a press release writes it.

    >>> un_title("IRAN (ISLAMIC REPUBLIC OF)"), un_title("COTE D'IVOIRE")
    ('Iran (Islamic Republic of)', "Cote d'Ivoire")
    >>> un_title("THE FORMER YUGOSLAV REPUBLIC OF MACEDONIA"), un_title("BYELORUSSIAN SSR")
    ('the former Yugoslav Republic of Macedonia', 'Byelorussian SSR')
    """
    words = re.split(r"(\s+|\(|\)|-)", name.lower())
    titled = "".join(
        word if word in _LOWER and index else word[:1].upper() + word[1:]
        for index, word in enumerate(words)
    )
    for written, kept in _AS_WRITTEN.items():
        titled = titled.replace(written, kept)
    return titled


def _listed(names: list[str]) -> str:
    return ", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else "".join(names)


@pytest.fixture(scope="module")
def sample():
    """Every 75th dated roll call with five or more states against or abstaining: 1946 to
    2025."""
    import pandas as pd

    rollcalls = pd.read_csv(HISTORY_VOTES.with_name("rollcalls.csv"), usecols=["rcid", "date"])
    votes = pd.read_csv(HISTORY_VOTES, usecols=["rcid", "state_iso3", "state_name", "vote"])
    sides = votes[votes["vote"].isin(["N", "A"])].groupby("rcid").size()
    dated = rollcalls["date"].str.len() == 10  # (a few of the early records give a year)
    contested = rollcalls[dated & (rollcalls["rcid"].map(sides).fillna(0) >= 5)]
    chosen = contested.iloc[::75]
    votes = votes[votes["rcid"].isin(chosen["rcid"]) & votes["vote"].isin(list(OPTIONS))]
    return [
        (date.fromisoformat(day), votes[votes["rcid"] == rcid].sort_values("state_name"))
        for rcid, day in zip(chosen["rcid"], chosen["date"], strict=True)
    ]


def _ballots(text: str, day: date) -> set[tuple[str, str]]:
    return {
        (fact.fields["voter"], fact.fields["option"])
        for fact in extract(text, article_date=day).facts_of("ballot")
    }


@needs_history
def test_a_press_release_block_gives_every_ballot(sample):
    assert len(sample) >= 40 and sample[0][0].year < 1960 and sample[-1][0].year >= 2020
    for day, votes in sample:
        blocks = {
            option: ", ".join(un_title(name) for name in votes[votes["vote"] == option].state_name)
            for option in OPTIONS
        }
        text = (
            f"The General Assembly adopted the resolution by a recorded vote of "
            f"{len(votes[votes['vote'] == 'Y'])} in favour to {len(votes[votes['vote'] == 'N'])} "
            f"against, with {len(votes[votes['vote'] == 'A'])} abstentions, as follows:\n\n"
            f"In favour: {blocks['Y']}.\n\nAgainst: {blocks['N']}.\n\nAbstaining: {blocks['A']}.\n"
        )
        expected = {
            (code, OPTIONS[vote]) for code, vote in zip(votes.state_iso3, votes.vote, strict=True)
        }
        assert _ballots(text, day) == expected, day


@needs_history
def test_a_wire_list_of_the_minority_gives_every_ballot(sample):
    for day, votes in sample:
        # a wire names the Republic of the Congo in full: "Congo" alone names either state
        names = {
            option: [
                "the Republic of the Congo" if name == "CONGO" else un_title(name)
                for name in votes[votes["vote"] == option].state_name
            ]
            for option in ("N", "A")
        }
        if not names["N"] or not names["A"]:
            continue
        text = (
            f"The General Assembly adopted the resolution by {len(votes[votes['vote'] == 'Y'])} "
            f"votes to {len(names['N'])}, with {len(names['A'])} abstentions. Voting against "
            f"were {_listed(names['N'])}. Abstaining were {_listed(names['A'])}."
        )
        # and as a wire's brackets after the count: "by 150 votes to 2 (Israel, …)"
        bracketed = (
            f"The General Assembly adopted the resolution by {len(votes[votes['vote'] == 'Y'])} "
            f"votes to {len(names['N'])} ({', '.join(names['N'])}), with {len(names['A'])} "
            f"abstentions ({', '.join(names['A'])})."
        )
        expected = {
            (code, OPTIONS[vote])
            for code, vote in zip(votes.state_iso3, votes.vote, strict=True)
            if vote in ("N", "A")
        }
        assert _ballots(text, day) == expected, day
        assert _ballots(bracketed, day) == expected, day
