"""An inventory of the shapes news gives votes in, kept as data: sentences of our own, each in
one shape, with what the extractor must read from it. Ballots are told after a vote
(``INVENTORY_VOTE``); proposers, outcomes with counts and the day of a vote stand alone.

The inventory was written in the sixth round of issue 19 to look for shapes the extractor
misses without reading any evaluation text (benchmarks/EXTRACT.md, "Sixth round"); the shapes
it still misses are listed there, not here.
"""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract import extract

INVENTORY_VOTE = (
    "The General Assembly adopted the resolution on Tuesday by 120 votes to 9, "
    "with 40 abstentions. "
)
INVENTORY_BALLOTS = [
    ("Voting against were Cuba, Iran and Syria.", {("CUB", "no"), ("IRN", "no"), ("SYR", "no")}),
    (
        "Cuba, Iran and Syria were among those voting no.",
        {("CUB", "no"), ("IRN", "no"), ("SYR", "no")},
    ),
    (
        "The nine no votes included Cuba, Iran and Syria.",
        {("CUB", "no"), ("IRN", "no"), ("SYR", "no")},
    ),
    (
        "Among the 40 abstainers were India, Brazil and South Africa.",
        {("BRA", "abstain"), ("IND", "abstain"), ("ZAF", "abstain")},
    ),
    (
        "India, Brazil and South Africa chose to abstain.",
        {("BRA", "abstain"), ("IND", "abstain"), ("ZAF", "abstain")},
    ),
    (
        "India, Brazil and South Africa stayed neutral, abstaining.",
        {("BRA", "abstain"), ("IND", "abstain"), ("ZAF", "abstain")},
    ),
    (
        "India and Brazil abstained, as they had last year.",
        {("BRA", "abstain"), ("IND", "abstain")},
    ),
    (
        "Cuba, Iran and Syria cast the nine no votes along with six others.",
        {("CUB", "no"), ("IRN", "no"), ("SYR", "no")},
    ),
    ("The United States voted in favour for the first time.", {("USA", "yes")}),
    ("Washington backed the resolution for the first time.", {("USA", "yes")}),
    ("Even Russia supported the text.", {("RUS", "yes")}),
    ("Russia, which usually opposes such texts, voted yes.", {("RUS", "yes")}),
    ("Brazil switched from abstention to a yes vote.", {("BRA", "yes")}),
    ("Brazil, previously an abstainer, voted in favour.", {("BRA", "yes")}),
    (
        "Japan and South Korea did not take part in the vote.",
        {("JPN", "non_voting"), ("KOR", "non_voting")},
    ),
    ("Venezuela was absent.", {("VEN", "non_voting")}),
    ("Both China and Russia abstained.", {("CHN", "abstain"), ("RUS", "abstain")}),
    ("Neither China nor Russia voted against.", set()),
    (
        "China and Russia declined to vote against, abstaining instead.",
        {("CHN", "abstain"), ("RUS", "abstain")},
    ),
    (
        "Among those in favour: Kenya, Ghana and Nigeria.",
        {("GHA", "yes"), ("KEN", "yes"), ("NGA", "yes")},
    ),
    (
        "Kenya, Ghana and Nigeria all voted for it.",
        {("GHA", "yes"), ("KEN", "yes"), ("NGA", "yes")},
    ),
    ("Abstaining: India, Brazil.", {("BRA", "abstain"), ("IND", "abstain")}),
    (
        "Cuba voted against, Iran abstained and Syria did not vote.",
        {("CUB", "no"), ("IRN", "abstain"), ("SYR", "non_voting")},
    ),
    ("Iran's delegation voted no.", {("IRN", "no")}),
    ("The Iranian delegation cast a no vote.", {("IRN", "no")}),
    ("Tehran voted no, as expected.", {("IRN", "no")}),
    ("Germany broke ranks with its EU partners and abstained.", {("DEU", "abstain")}),
    (
        "Only Israel and the United States opposed the text outright.",
        {("ISR", "no"), ("USA", "no")},
    ),
    (
        "Israel and the United States were again isolated, voting no.",
        {("ISR", "no"), ("USA", "no")},
    ),
    (
        "It was opposed by Israel, the United States and Nauru.",
        {("ISR", "no"), ("NRU", "no"), ("USA", "no")},
    ),
    ("Supporters included France and Britain.", {("FRA", "yes"), ("GBR", "yes")}),
    (
        "France and Britain were among the 120 countries in favour.",
        {("FRA", "yes"), ("GBR", "yes")},
    ),
    ("Mexico, a sponsor, naturally voted yes.", {("MEX", "yes")}),
    ("Chile voted yes; Peru no.", {("CHL", "yes"), ("PER", "no")}),
]
INVENTORY_PROPOSERS = [
    ("The resolution, tabled by Mexico and Chile, passed 120-9.", {"CHL", "MEX"}),
    ("The Mexican-drafted resolution passed 120-9.", {"MEX"}),
    (
        "The text, put forward by Egypt on behalf of the Arab Group, passed 120-9.",
        {"Arab Group", "EGY"},
    ),
    ("Sponsored by Canada, the resolution passed 120-9.", {"CAN"}),
    ("Canada, which drafted the text, welcomed the 120-9 vote.", {"CAN"}),
    ("The draft, authored by Japan, failed 5-7-3.", {"JPN"}),
    ("Japan's draft resolution failed 5-7-3.", {"JPN"}),
    ("The resolution was presented by Ukraine and passed 120-9.", {"UKR"}),
    ("Ukraine introduced the resolution, which passed 120-9.", {"UKR"}),
    ("The resolution, which Ukraine introduced, passed 120-9.", {"UKR"}),
    (
        "The text, co-sponsored by 50 countries including Germany and Brazil, passed 120-9.",
        {"BRA", "DEU"},
    ),
    ("The resolution, championed by Norway, passed 120-9.", {"NOR"}),
    ("Norway, the penholder, saw its text adopted 13-0-2.", {"NOR"}),
    ("The Security Council adopted the French text 13-0-2.", {"FRA"}),
    ("A Russian-sponsored amendment was rejected 30-90-40.", {"RUS"}),
    (
        "The amendment, proposed by Pakistan for the Organisation of Islamic Cooperation, failed.",
        {"Organisation of Islamic Cooperation", "PAK"},
    ),
    ("The resolution, submitted by the European Union, passed 120-9.", {"European Union"}),
    ("The EU-drafted resolution passed 120-9.", {"European Union"}),
    ("The Nordic countries' resolution passed 120-9.", set()),
    ("The resolution, brought by South Africa, passed 120-9.", {"ZAF"}),
]
#: (sentence, outcome or None when the sentence tells none, (yes, no, abstain) or None)
INVENTORY_OUTCOMES = [
    ("The General Assembly passed the resolution 120-9-40.", "adopted", (120, 9, 40)),
    (
        "The assembly approved the text with 120 in favour, 9 against and 40 abstaining.",
        "adopted",
        (120, 9, 40),
    ),
    ("The resolution sailed through by 120 votes to nine.", "adopted", (120, 9, None)),
    (
        "The council's draft fell short, gathering only seven of the nine votes it needed.",
        "failed",
        (7, None, None),
    ),
    ("The Security Council draft was defeated 4-9-2.", "failed", (4, 9, 2)),
    ("The motion was rejected by 19 votes to 17, with 11 abstentions.", "failed", (17, 19, 11)),
    (
        "The assembly voted down the amendment, 30 in favour to 90 against.",
        "failed",
        (30, 90, None),
    ),
    ("Russia's veto killed the draft, which had 13 votes in favour.", "vetoed", (13, None, None)),
    ("The draft won 13 votes but was vetoed by the United States.", "vetoed", (13, None, None)),
    ("The sponsors withdrew the draft before the vote.", "withdrawn", None),
    ("The council unanimously adopted resolution 2401.", "adopted", None),
    (
        "The resolution was carried by a recorded vote of 141 to 5, with 35 abstentions.",
        "adopted",
        (141, 5, 35),
    ),
    (
        "The text secured 93 votes, with 24 against and 58 abstentions, and was adopted.",
        "adopted",
        (93, 24, 58),
    ),
    (
        "The resolution won the backing of 122 states; 2 voted no and 51 abstained.",
        "adopted",
        (122, 2, 51),
    ),
    (
        "The draft failed to pass, with 6 votes in favour, 0 against and 9 abstentions.",
        "failed",
        (6, 0, 9),
    ),
    ("It passed by a margin of 100 to 50.", "adopted", (100, 50, None)),
    (
        "The vote was 11 in favour, one against (the United States) and three abstentions.",
        None,
        (11, 1, 3),
    ),
    ("The tally: 143 for, 9 against, 25 abstentions.", None, (143, 9, 25)),
    ("It was adopted 143-9 with 25 abstentions.", "adopted", (143, 9, 25)),
]
#: (sentence, the vote's day) for an article of Saturday 9 March 2024
INVENTORY_DAYS = [
    ("The General Assembly adopted the resolution on Thursday by 120 votes to 9.", "2024-03-07"),
    ("On Thursday, the General Assembly adopted the resolution by 120 votes to 9.", "2024-03-07"),
    ("The General Assembly on 7 March adopted the resolution by 120 votes to 9.", "2024-03-07"),
    (
        "The General Assembly adopted the resolution by 120 votes to 9 late on Thursday.",
        "2024-03-07",
    ),
    (
        "The General Assembly adopted the resolution by 120 votes to 9 on Thursday evening.",
        "2024-03-07",
    ),
    (
        "Late on Thursday night the General Assembly adopted the resolution by 120 votes to 9.",
        "2024-03-07",
    ),
    ("The General Assembly adopted the resolution by 120 votes to 9 yesterday.", "2024-03-08"),
    ("The General Assembly adopted the resolution by 120 votes to 9 this week.", None),
    ("Two days ago the General Assembly adopted the resolution by 120 votes to 9.", "2024-03-07"),
    ("The General Assembly adopted the resolution by 120 votes to 9 on March 7.", "2024-03-07"),
    ("The General Assembly adopted the resolution by 120 votes to 9 on the 7th.", "2024-03-07"),
    (
        "The General Assembly adopted the resolution by 120 votes to 9 on Thursday, 7 March.",
        "2024-03-07",
    ),
    (
        "The General Assembly, meeting on Thursday, adopted the resolution by 120 votes to 9.",
        "2024-03-07",
    ),
    ("Thursday's vote in the General Assembly, 120 to 9, was a surprise.", "2024-03-07"),
    (
        "The General Assembly adopted the resolution by 120 "
        "votes to 9 in the early hours of Friday.",
        "2024-03-08",
    ),
    (
        "The General Assembly adopted the resolution by 120 votes to 9 on 7 March 2024.",
        "2024-03-07",
    ),
    ("The General Assembly adopted the resolution by 120 votes to 9 last Thursday.", "2024-03-07"),
    ("The General Assembly adopted the resolution by 120 votes to 9 earlier this week.", None),
]


@pytest.mark.parametrize(("text", "expected"), INVENTORY_BALLOTS)
def test_inventory_ballots(text, expected):
    result = extract(INVENTORY_VOTE + text, article_date=date(2024, 3, 9))
    assert {(f.fields["voter"], f.fields["option"]) for f in result.facts_of("ballot")} == expected


@pytest.mark.parametrize(("text", "expected"), INVENTORY_PROPOSERS)
def test_inventory_proposers(text, expected):
    motions = extract(text, article_date=date(2024, 3, 9)).facts_of("motion")
    assert {p for f in motions for p in f.fields["proposed_by"] or []} == expected


@pytest.mark.parametrize(("text", "outcome", "counts"), INVENTORY_OUTCOMES)
def test_inventory_outcomes_and_counts(text, outcome, counts):
    result = extract(text, article_date=date(2024, 3, 9))
    if outcome is not None:
        assert [f.fields["outcome"] for f in result.facts_of("motion")] == [outcome]
    tallies = [
        (f.fields["yes"], f.fields["no"], f.fields["abstain"]) for f in result.facts_of("tally")
    ]
    assert tallies == ([counts] if counts else [])


@pytest.mark.parametrize(("text", "day"), INVENTORY_DAYS)
def test_inventory_days(text, day):
    result = extract(text, article_date=date(2024, 3, 9))
    assert [f.fields["date"] for f in result.facts_of("motion")] == [day]
