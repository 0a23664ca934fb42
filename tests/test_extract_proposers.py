"""The inventory of ways news and UN press releases report who proposed a motion, kept as
data: each shape a passage of our own with the proposers the extractor must read from it.

Written in the fourteenth round of issue 19 (proposers): sponsorship told by a verb (tabled,
put forward, introduced, co-led), by a description (the X-drafted text), by a role (the
sponsors, the penholder, one of 50 co-sponsors), by whom a state speaks for, and the negative
shapes (a state that voted for, backed or supported a text, or proposed an amendment to it,
is not its proposer). None of the passages is taken from the evaluation corpus.

The seventeenth round's inventory (:data:`DISCOURSE`, :data:`DISCOURSE_MOTIONS`: 129 passages,
weighted toward discourse) was written before any miss was read; at main e45aa7b 92 of them
passed (86 of 121 passages, 6 of 8 two-motion stories), 71%; after the families it showed
unread were read (x17f's four commits), 113 (106 and 7), 88%.
"""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract import extract

#: (passage, the proposers of all its motions)
SPONSORSHIP = [
    # a verb and its agent
    ("The text, tabled by Chile, passed 150-3.", {"CHL"}),
    ("The resolution, which Norway put forward, passed 150-3.", {"NOR"}),
    ("Chile and Peru had drafted the resolution, which passed 150-3.", {"CHL", "PER"}),
    ("A resolution authored by Costa Rica passed 150-3.", {"CRI"}),
    ("Introduced by Canada, the text passed 150-3.", {"CAN"}),
    ("The draft resolution submitted by Cuba was adopted by 150 votes to 3.", {"CUB"}),
    (
        "The resolution, drafted by Chile and Peru together with Ghana, passed 150-3.",
        {"CHL", "GHA", "PER"},
    ),
    ("Penholder Norway circulated a draft on Monday; it passed 13-0-2.", {"NOR"}),
    ("The Council adopted resolution 2700, drafted by the United States, 13-0-0.", {"USA"}),
    # a description
    ("The Chile-drafted resolution passed 150-3.", {"CHL"}),
    ("The U.S.-led resolution passed 150-3.", {"USA"}),
    ("The Japanese-led text passed 150-3.", {"JPN"}),
    ("The Arab Group-sponsored resolution passed 150-3.", {"Arab Group"}),
    # a press release's line
    (
        "The draft resolution was introduced by the representative of Peru. It was adopted by "
        "150 votes to 3.",
        {"PER"},
    ),
    (
        "The representative of Peru introduced the draft resolution, which was adopted by 150 "
        "votes to 3.",
        {"PER"},
    ),
    # whom the introducer speaks for
    (
        "The text was submitted by Egypt on behalf of the Group of 77 and China. It passed 150-3.",
        {"EGY", "Group of 77"},
    ),
    (
        "Cuba, on behalf of the Non-Aligned Movement, introduced the draft, which was adopted by "
        "150 votes to 3.",
        {"CUB", "Non-Aligned Movement"},
    ),
    # the sponsors listed
    (
        "The resolution passed 150-3. Sponsors included Chile, Peru and Ghana.",
        {"CHL", "GHA", "PER"},
    ),
    (
        "The text, co-sponsored by 40 states including Ghana and Kenya, passed 150-3.",
        {"GHA", "KEN"},
    ),
    ("The resolution passed 150-3. Among its co-sponsors were Chile and Peru.", {"CHL", "PER"}),
    ("The resolution passed 150-3. The sponsor, Japan, thanked the members.", {"JPN"}),
    ("Mexico, author of the resolution, welcomed the 150-3 vote.", {"MEX"}),
    # negative shapes: a voter, a backer, a supporter, an amendment's author
    (
        "The United States voted for the text, which was sponsored by Canada. It passed 150-3.",
        {"CAN"},
    ),
    ("Brazil backed the resolution, which passed 150-3.", set()),
    ("The resolution, supported by Brazil, passed 150-3.", set()),
    ("Chile backed Peru's draft, which passed 150-3.", {"PER"}),
    ("Mexico called for a vote on the text, which passed 150-3.", set()),
    # the fourteenth round's shapes
    (
        "The text on nuclear legacy, co-led by Kazakhstan and Kiribati, passed 150-3.",
        {"KAZ", "KIR"},
    ),
    ("Ghana and Kenya co-led the resolution, which passed 150-3.", {"GHA", "KEN"}),
    ("The Chile and Peru-drafted resolution passed 150-3.", {"CHL", "PER"}),
    (
        "The resolution on missiles, championed as in past sessions by Iran and Egypt, passed "
        "150-3.",
        {"EGY", "IRN"},
    ),
    (
        "Ireland, introducing the draft, said it was a priority. The text passed 30-10-7.",
        {"IRL"},
    ),
    (
        "The representative of Peru, introducing the draft resolution, said it was balanced. It "
        "was adopted by 150 votes to 3.",
        {"PER"},
    ),
    ("The resolution, whose main sponsor was Canada, passed 150-3.", {"CAN"}),
    ("The resolution passed 150-3. Canada is the text's main sponsor.", {"CAN"}),
    ("The resolution passed 150-3. Japan and Brazil were the co-sponsors.", {"BRA", "JPN"}),
    ("The resolution passed 150-3. Chile was among 50 co-sponsors.", {"CHL"}),
    ("The resolution passed 150-3. Chile was one of 50 co-sponsors.", {"CHL"}),
    ("The draft came from the United States. It passed 13-0-2.", {"USA"}),
    ("The resolution passed 150-3. The proposal came from Mexico.", {"MEX"}),
    ("The resolution — an initiative of Mexico — passed 150-3.", {"MEX"}),
    (
        "Mexico and Austria, along with 40 co-sponsors, tabled the text, which passed 150-3.",
        {"AUT", "MEX"},
    ),
    (
        "Chile and Peru asked the Assembly to act. The text, tabled by the two countries, "
        "passed 150-3.",
        {"CHL", "PER"},
    ),
    # the United Nations proposes nothing: "Chile's UN ambassador" speaks for Chile
    ("Chile's UN ambassador, who introduced the draft, hailed the 150-3 vote.", {"CHL"}),
    # a role's name between the title and "of" ("Ambassador Mary Smith of Ireland"); the
    # penholders of a file; a role with "as"; the present tense; a driving force
    ("Ambassador Mary Smith of Ireland introduced the draft, which passed 150-3.", {"IRL"}),
    (
        "Ireland and Mexico, co-penholders on the Syria humanitarian file, drafted the text, "
        "which passed 15-0.",
        {"IRL", "MEX"},
    ),
    (
        "The resolution passed 15-0. Ireland and Mexico, the co-penholders, welcomed it.",
        {"IRL", "MEX"},
    ),
    ("The resolution passed 15-0. Norway, the penholder on Afghanistan, welcomed it.", {"NOR"}),
    (
        "The resolution passed 15-0. France, which drafts the Council's Mali texts, welcomed it.",
        {"FRA"},
    ),
    ("The resolution passed 150-3, with Chile and Peru as its main sponsors.", {"CHL", "PER"}),
    ("Chile and Peru sponsor the resolution every year. It passed 150-3.", {"CHL", "PER"}),
    ("The resolution passed 150-3. Chile and Peru sponsor it every year.", {"CHL", "PER"}),
    ("The resolution passed 150-3. Chile was the driving force behind the text.", {"CHL"}),
    ("The draft was driven from the start by Peru. It passed 150-3.", {"PER"}),
    ("The text, which Bolivia steered through years of talks, passed 150-3.", {"BOL"}),
    (
        "The sponsors of draft resolution A/79/L.5 were Japan and Brazil. It was adopted by 150 "
        "votes to 3.",
        {"BRA", "JPN"},
    ),
    (
        'Among them was the resolution entitled "Advancing responsible behaviour in space", '
        "tabled in the Committee by Japan. It passed 150-3.",
        {"JPN"},
    ),
    # a list of subjects does not reach back past a preposition's object
    (
        "After the two governments quarrelled over Chile, France and Peru co-sponsored the "
        "draft, which passed 15-0.",
        {"FRA", "PER"},
    ),
    # negatives of the new shapes: backers, anyone who can sponsor, a sponsor of something else
    ("The resolution passed 150-3. The text's main backers were Chile and Peru.", set()),
    ("Every member state can sponsor a draft. The resolution passed 150-3.", set()),
    (
        "Iran, as a sponsor of the militias, voted against the resolution, which passed 150-3.",
        set(),
    ),
    ("Chile and Peru sponsor the idea of a treaty. The resolution passed 150-3.", set()),
    # a sponsor with an indefinite article, joining as one, becoming one
    ("The resolution passed 150-3. Chile, one of the text's sponsors, welcomed it.", {"CHL"}),
    ("The resolution passed 150-3. Chile, a co-sponsor, welcomed it.", {"CHL"}),
    ("The resolution passed 150-3. Chile was a co-sponsor.", {"CHL"}),
    ("The resolution passed 150-3. Chile joined as a co-sponsor this year.", {"CHL"}),
    ("The resolution passed 150-3. Chile signed on as a co-sponsor.", {"CHL"}),
    ("The resolution passed 150-3. Chile became a co-sponsor of the text this year.", {"CHL"}),
    ("The resolution passed 150-3. Iran, a sponsor of the militias, voted no.", set()),
    ("The resolution passed 150-3. Chile was a sponsor of the regatta.", set()),
    # a press release's introducer of a draft named by its symbol; co-sponsors it also
    # speaks for; a group's leader; a text co-presented; a text "led"
    (
        "Introducing draft resolution A/C.3/79/L.40, the representative of Liechtenstein said "
        "it was balanced. It was adopted by 150 votes to 3.",
        {"LIE"},
    ),
    (
        "The representative of Mexico, introducing draft resolution A/79/L.5, said it was "
        "balanced. It was adopted by 150 votes to 3.",
        {"MEX"},
    ),
    (
        "The draft resolution was introduced by the representative of Peru, also on behalf of "
        "Chile and Ecuador. It was adopted by 150 votes to 3.",
        {"CHL", "ECU", "PER"},
    ),
    ("A draft put forward by a group of Latin American states led by Peru passed 150-3.", {"PER"}),
    ("The text was co-presented by Chile and Peru. It passed 150-3.", {"CHL", "PER"}),
    ("Chile led the resolution, which passed 120-9.", {"CHL"}),
    (
        "The Council adopted a resolution on water 30-10-7. Chile had led the council's first "
        "resolution on the subject in 2011.",
        {"CHL"},
    ),
    ("Russia led the opposition to the resolution, which passed 120-9.", set()),
    ("The United States led the vote against the resolution, which passed 120-9.", set()),
    # two participles opening the sentence; a state's proposed text; a partner teamed up
    # with; sponsoring states; the progressive; a text steered through; a union's members
    (
        "Drafted by Chile and submitted on behalf of the Group of 77, the resolution passed 150-3.",
        {"CHL", "Group of 77"},
    ),
    ("Norway's proposed resolution passed 15-0.", {"NOR"}),
    ("Norway teamed up with Chile to draft the resolution, which passed 150-3.", {"CHL", "NOR"}),
    ("Norway joined forces with Chile on the resolution, which passed 150-3.", {"CHL", "NOR"}),
    (
        "The resolution passed 150-3. Sponsoring countries included Norway and Chile.",
        {"CHL", "NOR"},
    ),
    ("The resolution passed 150-3. The sponsoring states were Norway and Chile.", {"CHL", "NOR"}),
    ("Norway is sponsoring the draft, which passed 150-3.", {"NOR"}),
    ("Norway is tabling a draft on oceans. It passed 150-3.", {"NOR"}),
    ("Chile steered the text through the Council, and it passed 30-10-7.", {"CHL"}),
    (
        "The European Union, which had called the session, pushed the resolution through by 21 "
        "votes to 15.",
        {"European Union"},
    ),
    (
        "The resolution, put forward by Japan together with the twelve member states of the "
        "European Union, passed 150-0.",
        {"European Union", "JPN"},
    ),
    ("Norway teamed up with Chile on fisheries. The resolution passed 150-3.", set()),
    ("Chile steered the debate through the morning; the resolution passed 30-10-7.", set()),
    ("Norway is sponsoring the summit. The resolution passed 150-3.", set()),
    # "in the name of" a group, as "on behalf of"
    (
        "The draft, tabled by Jordan in the name of the Arab Group, passed 150-3.",
        {"Arab Group", "JOR"},
    ),
    (
        "Jordan, in the name of the Arab Group, introduced the draft, which passed 150-3.",
        {"Arab Group", "JOR"},
    ),
    ("The draft, put forward in the name of the African Group, passed 150-3.", {"African Group"}),
    (
        "The resolution passed 150-3. Pakistan presented it in the name of the Arab Group.",
        {"Arab Group", "PAK"},
    ),
    # a weekday's text, named by the day it was voted on
    (
        "The Council met on Thursday. Thursday's text, put forward by Chile and Peru, demands a "
        "ceasefire. The Council adopted it 13-0-2.",
        {"CHL", "PER"},
    ),
    # a negative of the new shapes: criticism that came from a state
    ("The resolution passed 150-3. The sharpest criticism of the text came from Peru.", set()),
    ("The resolution passed 150-3. Chile was among 50 observers.", set()),
]


@pytest.mark.parametrize(("text", "expected"), SPONSORSHIP)
def test_sponsorship(text, expected):
    motions = extract(text, article_date=date(2024, 3, 9)).facts_of("motion")
    assert {p for f in motions for p in f.fields["proposed_by"] or []} == expected


def test_an_amendment_s_author_is_not_the_resolution_s_proposer():
    """ "Russia proposed an amendment": Russia proposed the amendment, not the text."""
    text = "Russia proposed an amendment, which was rejected 20-90-30. The resolution passed 120-9."
    motions = extract(text, article_date=date(2024, 3, 9)).facts_of("motion")
    assert {f.fields["kind"]: f.fields["proposed_by"] for f in motions} == {
        "amendment": ["RUS"],
        "resolution": [],
    }


def test_the_counted_states_are_those_of_the_last_sentence_naming_states():
    """ "tabled by the two countries": the two states the sentence before names, not three."""
    proposers = [
        extract(text, article_date=date(2024, 3, 9)).facts_of("motion")[0].fields["proposed_by"]
        for text in (
            "Chile and Peru asked the Assembly to act. The text, tabled by the two countries, "
            "passed 150-3.",
            "Chile voted yes, Peru no and Bolivia abstained. The text, tabled by the two "
            "countries, passed 150-3.",
        )
    ]
    assert proposers == [["CHL", "PER"], []]


def test_a_text_on_another_subject_told_by_its_proposers_is_the_vote_after():
    """A live blog's entry on "the text on desert locusts, co-led by Mali and Niger" after a
    vote on ocean plastics: the next count is its vote, not the plastics one."""
    text = (
        "10:00 - The resolution on ocean plastics goes through 150-2, with five abstentions.\n\n"
        "10:30 - Next up: the text on desert locusts, co-led by Mali and Niger, two countries "
        "hit hard last year.\n\n10:35 - Adopted. The board shows 140 in favour, 3 against and "
        "9 abstaining."
    )
    result = extract(text, article_date=date(2024, 3, 9))
    tallies = {f.fields["motion"]: f.fields["yes"] for f in result.facts_of("tally")}
    assert {
        tallies.get(f.fields["motion"]): sorted(f.fields["proposed_by"])
        for f in result.facts_of("motion")
    } == {150: [], 140: ["MLI", "NER"]}


@pytest.mark.parametrize(
    "text",
    [
        "Before the Council took up the text, Oman moved that no action be taken on it. That "
        "motion was rejected 15-22-9.",
        "Oman moved to adjourn the debate, and the motion was rejected 15-22-9.",
    ],
)
def test_the_state_that_moved_no_action_or_adjournment_proposes_the_motion(text):
    """ "moved that no action be taken", "moved to adjourn": the first state of the sentence
    proposed the procedural motion named after it ("That motion", "the motion")."""
    motions = extract(text, article_date=date(2024, 3, 9)).facts_of("motion")
    assert [f.fields["proposed_by"] for f in motions if f.fields["kind"] == "procedural"] == [
        ["OMN"]
    ]


@pytest.mark.parametrize(
    "text",
    [
        "On 5 August the Council voted 15-0 for resolution 2999. China's envoy repeated "
        "Beijing's proposal of a 'double freeze' of tests and drills.",
        "The Council adopted resolution 2999 by 15 votes on Monday. Moscow renewed its "
        "proposal for a regional security conference.",
    ],
)
def test_a_proposal_of_an_idea_proposes_no_text(text):
    result = extract(text, article_date=date(2017, 9, 12))
    assert [m.fields["proposed_by"] for m in result.facts_of("motion")] == [[]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Assembly adopted the resolution 120-10-30. Earlier, two Iranian amendments to "
            "it were rejected.",
            ["IRN"],
        ),
        (
            "Canberra's amendments were accepted without a vote before the text passed 100-35.",
            ["AUS"],
        ),
        (
            "Before the final vote, the Council turned down a pair of amendments tabled by Cuba; "
            "the resolution then passed 30-12-5.",
            ["CUB"],
        ),
    ],
)
def test_a_package_of_amendments_voted_on_at_once_is_a_motion_of_its_proposer(text, expected):
    """ "two Russian amendments … both failed": one package, its proposer's motion."""
    motions = extract(text, article_date=date(2024, 3, 9)).facts_of("motion")
    packages = [f for f in motions if f.fields["kind"] == "amendment"]
    assert [(f.fields["collective"], f.fields["proposed_by"]) for f in packages] == [
        (False, expected)
    ]


def test_many_amendments_voted_one_by_one_stay_a_group():
    text = (
        "The Council voted on eleven amendments submitted by Pakistan, rejecting all of them. "
        "The resolution passed 23-18-6."
    )
    motions = extract(text, article_date=date(2024, 3, 9)).facts_of("motion")
    assert [f.fields["collective"] for f in motions if f.fields["kind"] == "amendment"] == [True]


#: Shapes first read in testset12, which no other dev text has (landed after review: see
#: benchmarks/EXTRACT.md, "Fifteenth round"); the sentences are our own.
LISTED_APART = [
    (
        "Russia vetoed the text on Monday. The text had been introduced by Kenya on behalf of "
        "several coastal states and co-sponsored by Ghana, Chile and Malta.",
        {"KEN", "GHA", "CHL", "MLT"},
    ),
    (
        "China blocked the proposal. The proposal was co-sponsored by Ecuador, the working "
        "group's chair, together with Malta and Japan.",
        {"ECU", "MLT", "JPN"},
    ),
    (
        "The text was written by Norway, the penholder, with Brazil abstaining in the end. It "
        "passed 14-0-1.",
        {"NOR"},
    ),
    (
        "Two Latin American members, Ecuador and Brazil, have tabled a text on the mission's "
        "mandate. It won thirteen votes.",
        {"ECU", "BRA"},
    ),
    (
        "Update: a vote is called on the neutral members' text. The co-sponsors, in full: "
        "Ireland, Mexico and Kenya. It gets ten votes.",
        {"IRL", "MEX", "KEN"},
    ),
    ("The resolution passed 150-3. Co-sponsors: Chile, Peru and Fiji.", {"CHL", "PER", "FJI"}),
    (
        "The resolution which Cuba had laid before the Assembly passed 150-2.",
        {"CUB"},
    ),
    ("The dispute that Chile put before the court was old. The resolution passed 120-3.", set()),
    # a group told first, its members listed after a colon or a dash
    (
        "The earlier draft came from the two members that lead on Haiti: Ecuador and "
        "Japan. It won 12 votes but Russia vetoed it.",
        {"ECU", "JPN"},
    ),
    (
        "The draft was put forward by the elected members of the Council - Ghana, Gabon and "
        "Kenya - and passed 15-0.",
        {"GHA", "GAB", "KEN"},
    ),
    (
        "The draft came from the members that chair the committees: Chile and Peru. It passed "
        "15-0.",
        {"CHL", "PER"},
    ),
    ("The loudest criticism came from the states of the region: Chad and Mali. It passed.", set()),
]


@pytest.mark.parametrize(("text", "expected"), LISTED_APART)
def test_proposers_listed_apart_from_their_verb(text, expected):
    motions = extract(text, article_date=date(2024, 3, 9)).facts_of("motion")
    assert {p for f in motions for p in f.fields["proposed_by"] or []} == expected


def test_its_two_authors_are_those_of_the_text_whose_authors_the_count_fits():
    from kg.extract.ballots import find_sponsor_ballots
    from kg.extract.motions import find_motions
    from kg.extract.reading import Reading

    reading = Reading.of(
        "Russia tabled its own draft. Its veto had sunk the first text. Only its two authors "
        "voted for it."
    )
    find_motions(reading)
    own, first = sorted(reading.motions, key=lambda m: m.first)
    own.proposers, first.proposers = ["RUS", "CHN"], ["CHL", "PER", "FJI"]
    find_sponsor_ballots(reading)
    assert sorted(
        (f.fields["voter"], f.fields["motion"]) for f in reading.facts if f.type == "ballot"
    ) == [("CHN", own.id), ("RUS", own.id)]


@pytest.mark.parametrize(
    "text",
    [
        "Before the vote Russia moved two amendments. The first Russian amendment was rejected "
        "4-2-9. The second amendment, on the root causes, fell by the same count.",
        "The first amendment, tabled by Pakistan, failed 5-6-4. Second amendment: rejected "
        "5-7-3. The third amendment was also voted down.",
    ],
)
def test_amendments_told_one_by_one_come_from_the_first_one_s_proposer(text):
    motions = extract(text, article_date=date(2024, 1, 10)).facts_of("motion")
    amendments = [
        f for f in motions if f.fields["kind"] == "amendment" and not f.fields["collective"]
    ]
    assert len(amendments) >= 2
    assert {tuple(f.fields["proposed_by"]) for f in amendments} == {
        ("RUS",) if "Russia" in text else ("PAK",)
    }


def _missed(text: str, expected: set[str]):
    """A shape of the inventory no rule read when it was written."""
    return pytest.param(text, expected, marks=pytest.mark.xfail(strict=True, reason="unread"))


#: The sixteenth round's inventory, written before any fixture's miss was read: how twenty
#: journalists would say who proposed a vote — a verb (active, passive, participle, relative
#: clause), a description ("a French-drafted text", "Mexico's resolution", "a Brazilian
#: initiative"), a role (sponsor, penholder, author), a group spoken for, a list of one to six
#: states, the proposer told in another sentence, a sponsor speaking; and the negatives (a
#: state that voted for, welcomed, opposed, criticised or sought to amend a text). Its pass
#: rate at main before the round's rules was the estimate of recall on unseen phrasing.
JOURNALISTS = [
    # an active verb
    ("Mexico sponsored the resolution, which passed 150-3.", {"MEX"}),
    ("Ireland co-sponsored the text, which was adopted 140-5-10.", {"IRL"}),
    ("Kenya drafted the resolution. It passed 15-0.", {"KEN"}),
    ("Senegal tabled a draft on Monday, and the Council adopted it 13-0-2.", {"SEN"}),
    (
        "Austria introduced the resolution, which the Assembly approved by 152 votes to 4.",
        {"AUT"},
    ),
    ("Portugal presented the draft, which was adopted 120-8-30.", {"PRT"}),
    ("Indonesia put forward a text that passed 130-10-20.", {"IDN"}),
    ("Egypt submitted the draft resolution; it passed 145-2-15.", {"EGY"}),
    ("Colombia proposed the resolution, which was approved 30-8-9.", {"COL"}),
    ("Switzerland authored the resolution, adopted 120-2-40.", {"CHE"}),
    ("Sweden penned the text, which passed 14-0-1.", {"SWE"}),
    ("Malta brought the draft to a vote, and it passed 13-0-2.", {"MLT"}),
    ("Brazil pushed the resolution through the Council 12-0-3.", {"BRA"}),
    _missed("Fiji championed the resolution, which passed 160-2.", {"FJI"}),
    ("Vanuatu spearheaded the resolution, which the Assembly adopted 120-2-50.", {"VUT"}),
    ("Morocco steered the draft through the committee, where it passed 140-1-20.", {"MAR"}),
    ("Germany led the drafting of the resolution, which passed 150-3.", {"DEU"}),
    ("Japan circulated the draft last week; it passed 15-0.", {"JPN"}),
    ("Ecuador piloted the resolution through the Assembly, where it passed 150-3.", {"ECU"}),
    ("Slovenia shepherded the text to adoption by 14 votes to 0, with one abstention.", {"SVN"}),
    ("Mexico has tabled a resolution, which passed 150-3 on Friday.", {"MEX"}),
    ("Mexico had sponsored the resolution, which passed 150-3.", {"MEX"}),
    ("Mexico led efforts to draft the resolution, which passed 150-3.", {"MEX"}),
    ("Mexico and Sweden led negotiations on the text, which passed 150-3.", {"MEX", "SWE"}),
    # a passive verb
    ("The resolution was sponsored by Mexico and passed 150-3.", {"MEX"}),
    (
        "The text, which was co-sponsored by Ireland and Norway, was adopted 140-5-10.",
        {"IRL", "NOR"},
    ),
    ("The draft was written by Kenya. It passed 15-0.", {"KEN"}),
    ("A draft tabled by Senegal was adopted 13-0-2.", {"SEN"}),
    ("The resolution, introduced by Austria, was approved by 152 votes to 4.", {"AUT"}),
    ("The draft, presented by Portugal, was adopted 120-8-30.", {"PRT"}),
    ("A text put forward by Indonesia and Malaysia passed 130-10-20.", {"IDN", "MYS"}),
    ("The draft resolution was submitted by Egypt and passed 145-2-15.", {"EGY"}),
    ("The resolution proposed by Colombia was approved 30-8-9.", {"COL"}),
    ("The resolution was penned by Sweden and Finland; it passed 14-0-1.", {"FIN", "SWE"}),
    ("The text was championed by Fiji, and it passed 160-2.", {"FJI"}),
    ("The resolution, spearheaded by Vanuatu, was adopted 120-2-50.", {"VUT"}),
    ("A resolution led by Germany and Brazil passed 150-3.", {"BRA", "DEU"}),
    ("The draft, circulated by Japan on Friday, passed 15-0.", {"JPN"}),
    ("The resolution, piloted by Ecuador, passed 150-3.", {"ECU"}),
    ("The text was shepherded through by Slovenia and adopted 14-0-1.", {"SVN"}),
    _missed("The measure, pushed by the United States, failed 7-2-6.", {"USA"}),
    (
        "The draft had been steered by Morocco through months of talks before it passed 140-1-20.",
        {"MAR"},
    ),
    ("The draft, brought by Russia, was rejected 4-2-9.", {"RUS"}),
    ("The resolution was authored by Switzerland and adopted 120-2-40.", {"CHE"}),
    ("The resolution, co-drafted by Chile and Spain, passed 150-3.", {"CHL", "ESP"}),
    ("The text had been jointly sponsored by Japan and Brazil. It passed 150-3.", {"BRA", "JPN"}),
    ("The resolution, which was put forward by Ghana, passed 150-3.", {"GHA"}),
    ("The resolution was originally proposed by Ecuador. It passed 150-3.", {"ECU"}),
    ("The resolution, proposed jointly by Chile and Spain, passed 150-3.", {"CHL", "ESP"}),
    ("The draft resolution, presented by the delegation of Uruguay, passed 150-3.", {"URY"}),
    ("The text, drawn up by Uruguay, passed 150-3.", {"URY"}),
    ("China and Russia vetoed a draft written by the United States.", {"USA"}),
    ("A draft the United States put forward was vetoed by Russia.", {"USA"}),
    # a participle opening the sentence
    ("Tabled by Japan and South Korea, the draft passed 15-0.", {"JPN", "KOR"}),
    ("Sponsored by Norway, the draft passed 150-3.", {"NOR"}),
    ("Tabled by the United Kingdom, the resolution passed 13-0-2.", {"GBR"}),
    ("Having drafted the resolution, Chile welcomed the 150-3 vote.", {"CHL"}),
    # a description: adjective, possessive, initiative, brainchild
    ("A French-drafted text passed 15-0.", {"FRA"}),
    ("The Mexican draft was adopted 150-3.", {"MEX"}),
    ("Mexico's resolution passed 150-3.", {"MEX"}),
    ("The resolution, a Brazilian initiative, passed 150-3.", {"BRA"}),
    ("The resolution was adopted 150-3 at the initiative of Austria.", {"AUT"}),
    ("The text, adopted 150-3, was the brainchild of Costa Rica.", {"CRI"}),
    ("The resolution passed 150-3. It was the brainchild of Liechtenstein.", {"LIE"}),
    ("A Swiss-sponsored text passed 150-3.", {"CHE"}),
    ("The Japanese-drafted resolution was adopted 15-0.", {"JPN"}),
    ("The British-penned draft passed 13-0-2.", {"GBR"}),
    ("An Indian-authored resolution passed 150-3.", {"IND"}),
    ("The Kenyan text passed 15-0.", {"KEN"}),
    ("Canada's draft resolution passed 150-3.", {"CAN"}),
    ("The Chinese proposal was rejected 2-9-4.", {"CHN"}),
    ("Germany's text was adopted by 150 votes to 3.", {"DEU"}),
    ("The resolution, an initiative of Norway and Chile, passed 150-3.", {"CHL", "NOR"}),
    ("The text, the brainchild of Singapore, passed 150-3.", {"SGP"}),
    ("The Maltese-sponsored resolution passed 15-0.", {"MLT"}),
    ("The New Zealand-drafted text passed 150-3.", {"NZL"}),
    ("The Council voted 13-0-2 on a text from the United Kingdom.", {"GBR"}),
    ("The 150-3 vote was on a resolution from Mexico.", {"MEX"}),
    ("A draft from Ghana, Gabon and Kenya passed 15-0.", {"GAB", "GHA", "KEN"}),
    # a role: penholder, sponsor, author
    ("The penholders, Ireland and Norway, saw the text pass 15-0.", {"IRL", "NOR"}),
    ("The text, drafted by the co-penholders Ghana and Gabon, passed 15-0.", {"GAB", "GHA"}),
    ("Ireland is the penholder on the file. Its draft passed 15-0.", {"IRL"}),
    ("The vote on the resolution, whose penholder is France, was 13-0-2.", {"FRA"}),
    (
        "The United Kingdom, the penholder on Yemen, drafted the resolution, which passed 13-0-2.",
        {"GBR"},
    ),
    ("The resolution passed 13-0-2. The United Kingdom is the penholder.", {"GBR"}),
    (
        "The Council adopted the resolution 15-0. The penholders were Ireland and Kenya.",
        {"IRL", "KEN"},
    ),
    (
        "The resolution passed 150-3. Its sponsors, Chile, Peru and Fiji, welcomed the vote.",
        {"CHL", "FJI", "PER"},
    ),
    (
        "The resolution's sponsors — Chile, Peru and Fiji — hailed the 150-3 vote.",
        {"CHL", "FJI", "PER"},
    ),
    _missed("The sponsor, Norway, said the 150-3 vote was a success.", {"NOR"}),
    ("The resolution passed 150-3. Its authors were Chile and Peru.", {"CHL", "PER"}),
    ("The resolution passed 150-3. Chile and Peru were behind the text.", {"CHL", "PER"}),
    ("Behind the resolution, which passed 150-3, were Chile and Peru.", {"CHL", "PER"}),
    # a group spoken for
    (
        "The draft was submitted by Kuwait on behalf of the Arab Group and passed 150-3.",
        {"Arab Group", "KWT"},
    ),
    (
        "On behalf of the African Group, Nigeria introduced the draft, which passed 150-3.",
        {"African Group", "NGA"},
    ),
    ("The text was tabled on behalf of the European Union and passed 150-3.", {"European Union"}),
    (
        "The resolution, which Jordan presented on behalf of the Arab Group, passed 150-3.",
        {"Arab Group", "JOR"},
    ),
    # lists of two to six states
    (
        "Chile, Peru, Fiji and Samoa drafted the resolution, which passed 150-3.",
        {"CHL", "FJI", "PER", "WSM"},
    ),
    (
        "The resolution, sponsored by Austria, Mexico, Ireland, Brazil, Nigeria and New Zealand, "
        "passed 150-3.",
        {"AUT", "BRA", "IRL", "MEX", "NGA", "NZL"},
    ),
    (
        "Norway, Iceland and Denmark put forward the text, which was adopted 150-3.",
        {"DNK", "ISL", "NOR"},
    ),
    (
        "The draft was co-authored by Ghana, Kenya, Gabon, Niger and Mali and passed 15-0.",
        {"GAB", "GHA", "KEN", "MLI", "NER"},
    ),
    ("Belgium and the Netherlands submitted the resolution; it passed 150-3.", {"BEL", "NLD"}),
    (
        "The resolution passed 150-3. It was sponsored by Austria, Mexico and Ireland.",
        {"AUT", "IRL", "MEX"},
    ),
    # the proposer told in a sentence of its own, before or after the vote
    (
        "Austria has long pushed for a ban on killer robots. Its resolution passed 150-3.",
        {"AUT"},
    ),
    ("The resolution passed 150-3. It had been drafted by Mexico.", {"MEX"}),
    ("The resolution passed 150-3. Mexico drafted it.", {"MEX"}),
    ("Peru tabled the text on Tuesday. On Thursday, the Assembly adopted it 150-3.", {"PER"}),
    (
        "The Assembly voted 150-3 in favour of the resolution. Costa Rica and Panama had "
        "introduced it in October.",
        {"CRI", "PAN"},
    ),
    ("The resolution passed 150-3. The text was put forward by Norway.", {"NOR"}),
    ("The resolution passed 150-3. Norway, which sponsored it, hailed the result.", {"NOR"}),
    ("The resolution passed 150-3. Its main sponsor, Norway, hailed the result.", {"NOR"}),
    ("The resolution passed 150-3. Ireland presented it to the Assembly last month.", {"IRL"}),
    ("The resolution passed 150-3 after Chile introduced it.", {"CHL"}),
    ("After Peru put forward the draft, the Assembly adopted it 150-3.", {"PER"}),
    # a relative clause
    ("The resolution that Chile drafted passed 150-3.", {"CHL"}),
    ("The text, which Portugal and Angola co-sponsored, passed 150-3.", {"AGO", "PRT"}),
    ("The resolution Kenya tabled passed 15-0.", {"KEN"}),
    ("The draft, which was written by Sweden, passed 14-0-1.", {"SWE"}),
    ("The text that Japan had pushed for months passed 15-0.", {"JPN"}),
    ("The resolution, which Denmark had circulated, passed 15-0.", {"DNK"}),
    ("Denmark, which wrote the text, welcomed the 15-0 vote.", {"DNK"}),
    ("The text Russia put to a vote failed 4-2-9.", {"RUS"}),
    # a sponsor speaking
    (
        "Introducing the draft, Ghana's ambassador said it would save lives. It passed 150-3.",
        {"GHA"},
    ),
    (
        "Introducing the draft, the ambassador of Ghana said it would save lives. It passed 150-3.",
        {"GHA"},
    ),
    ("Presenting the text, Norway's envoy called it balanced. It passed 150-3.", {"NOR"}),
    (
        "Speaking as the sponsor, Mexico's ambassador thanked delegations after the 150-3 vote.",
        {"MEX"},
    ),
    (
        "Mexico's ambassador, who presented the draft, thanked delegations after the 150-3 vote.",
        {"MEX"},
    ),
    ("As the draft's main sponsor, Peru urged a yes vote. It passed 150-3.", {"PER"}),
    (
        "The Irish ambassador, introducing the resolution, said it was overdue. It passed 150-3.",
        {"IRL"},
    ),
    (
        "Tabling the resolution, Egypt's foreign minister appealed for unity. It passed 150-3.",
        {"EGY"},
    ),
    ("Uruguay's delegation introduced the draft, which passed 150-3.", {"URY"}),
    ("The Foreign Minister of Uruguay introduced the draft, which passed 150-3.", {"URY"}),
    # a capital, a mission, diplomats, a government for its state
    ("Washington's draft was vetoed by Russia and China.", {"USA"}),
    ("Moscow tabled a rival resolution, which won only four votes.", {"RUS"}),
    ("A Paris-drafted text passed 15-0.", {"FRA"}),
    ("French diplomats circulated a draft on Tuesday; it passed 13-0-2.", {"FRA"}),
    ("Britain's UN mission drafted the resolution, which passed 13-0-2.", {"GBR"}),
    _missed(
        "The text, which the U.S. mission had negotiated for weeks, was adopted 14-0-1.",
        {"USA"},
    ),
    ("The Japanese government put forward the draft, which passed 15-0.", {"JPN"}),
    ("Beijing's proposal won only three votes.", {"CHN"}),
    ("The draft, written by Brazilian diplomats, passed 150-3.", {"BRA"}),
    # longer sentences: clauses between the proposer and the vote
    (
        "The Council voted on a Russian-drafted resolution calling for a humanitarian pause, "
        "but it won only five votes.",
        {"RUS"},
    ),
    (
        "The resolution, which was drafted by Algeria and circulated to Council members last "
        "week after days of talks, passed 13-0-2.",
        {"DZA"},
    ),
    (
        "Algeria, which holds the Arab seat on the Council and wrote the text after weeks of "
        "consultations, welcomed its adoption by 13 votes to none.",
        {"DZA"},
    ),
    (
        "The resolution demanding an immediate ceasefire, put forward by Malta and negotiated "
        "over three weeks, passed 12-0-3.",
        {"MLT"},
    ),
    (
        "After weeks of haggling, Guyana and Ecuador put their draft to a vote on Friday; it "
        "passed 15-0.",
        {"ECU", "GUY"},
    ),
    (
        "The 193-member Assembly adopted the text, sponsored by more than 60 countries led by "
        "Mexico, by 150 votes to 3.",
        {"MEX"},
    ),
    (
        "It was the second time in a month that a text drafted by Switzerland had been blocked; "
        "the latest won 11 votes.",
        {"CHE"},
    ),
    (
        "The resolution passed 150-3. Mexico, whose ambassador introduced the text, said the "
        "vote sent a message.",
        {"MEX"},
    ),
    _missed(
        'The resolution passed 150-3. "We are grateful," said the Mexican ambassador, whose '
        "country drafted it.",
        {"MEX"},
    ),
    (
        "Ukraine and its allies had sponsored the resolution. It was adopted by 93 votes to 18.",
        {"UKR"},
    ),
    (
        "The text, a joint effort of Brazil and South Africa, passed 150-3.",
        {"BRA", "ZAF"},
    ),
    (
        "The resolution was adopted 150-3. Its lead sponsors were Canada and Sweden.",
        {"CAN", "SWE"},
    ),
    (
        "The draft, on which Kenya had held the pen, passed 15-0.",
        {"KEN"},
    ),
    (
        "The vote, 13-0-2, came on a draft that Guyana had been negotiating since March.",
        {"GUY"},
    ),
    (
        "Russia vetoed the draft, which had been prepared by the United States and Britain.",
        {"GBR", "USA"},
    ),
    (
        "The Assembly on Thursday backed a Ukrainian resolution by 93 votes to 18.",
        {"UKR"},
    ),
    (
        "The motion, moved by Pakistan, was defeated 15-22-9.",
        {"PAK"},
    ),
    (
        "The resolution was put to a vote at the request of its sponsor, Iran, and passed 150-3.",
        {"IRN"},
    ),
    (
        "Chile, the resolution's chief architect, welcomed the 150-3 vote.",
        {"CHL"},
    ),
    # negatives: a voter, a welcomer, an opponent, a critic, an amender, a text circulated
    ("Chile voted for the resolution, which passed 150-3.", set()),
    ("Peru welcomed the draft, which passed 150-3.", set()),
    ("Cuba opposed the resolution, which passed 150-3.", set()),
    ("India criticised the text, which passed 150-3.", set()),
    ("Egypt sought to amend the draft, which passed 150-3.", set()),
    ("Drafts were circulated to members on Monday. The resolution passed 150-3.", set()),
    (
        "The United States, which voted against the draft, called it one-sided. It passed 150-3.",
        set(),
    ),
    ("Brazil praised the resolution, which passed 150-3.", set()),
    ("Russia abstained on the text, which was adopted 13-0-2.", set()),
    ("Chile lobbied against the draft, which passed 150-3.", set()),
    ("The resolution, opposed by Israel, passed 150-3.", set()),
    ("The resolution, welcomed by Turkey, passed 150-3.", set()),
    ("Mexico called the draft a step forward. It passed 150-3.", set()),
    ("The text, criticised by Hungary, passed 150-3.", set()),
    ("Canada introduced a new policy on refugees last year. The resolution passed 150-3.", set()),
    ("The text was circulated among delegations on Monday and passed 150-3.", set()),
    (
        "France, speaking after the vote, said it had supported the draft. It passed 15-0.",
        set(),
    ),
    ("The vote on the draft was requested by Syria. It passed 150-3.", set()),
    ("Japan, which had pushed for a tougher text, abstained in the 13-0-2 vote.", set()),
    ("Several states had proposed changes to the draft, which passed 150-3.", set()),
    ("Russia, which had threatened a veto, abstained on the text; it passed 14-0-1.", set()),
    ("Germany voted in favour of the Mexican text, which passed 150-3.", {"MEX"}),
    ("The resolution, backed by the European Union, passed 150-3.", set()),
    ("China and Russia vetoed the draft, which won 13 votes.", set()),
    ("Norway said it would present a new draft next year. The resolution passed 150-3.", set()),
]


@pytest.mark.parametrize(("text", "expected"), JOURNALISTS)
def test_how_journalists_name_a_proposer(text, expected):
    motions = extract(text, article_date=date(2024, 3, 9)).facts_of("motion")
    assert {p for f in motions for p in f.fields["proposed_by"] or []} == expected


#: The sixteenth round's inventory (issue 19): proposers given as groups, organisations and
#: the Assembly's main committees, and a proposer put on the right one of several motions.
#: Sentences of our own, written before reading any miss; the shapes the extractor still
#: misses are marked, so a rule that reads one must drop its mark.
_MISSED = pytest.mark.xfail(strict=True, reason="a shape the extractor does not read yet")
_EU, _OIC = "European Union", "Organisation of Islamic Cooperation"
_NAM, _G77 = "Non-Aligned Movement", "Group of 77"

GROUP_PROPOSERS = [
    ("The European Union tabled the resolution, which passed 150-3.", {_EU}),
    ("The resolution, drafted by the European Union, passed 30-10-7.", {_EU}),
    (
        "The draft was put forward by the Organisation of Islamic Cooperation and adopted 30-10-7.",
        {_OIC},
    ),
    ("Tabled by the Non-Aligned Movement, the text passed 120-40-10.", {_NAM}),
    (
        "The Group of 77 and China introduced the draft, which was adopted by 130 votes to 40.",
        {_G77},
    ),
    (
        "The African Group had drafted the text, which the Council adopted 25-15-7.",
        {"African Group"},
    ),
    ("The Arab Group submitted the resolution; it passed 120-8.", {"Arab Group"}),
    pytest.param(
        "The New Agenda Coalition sponsors the resolution every year. It passed 140-30.",
        {"New Agenda Coalition"},
        marks=_MISSED,
    ),
    ("The EU's draft passed 30-10-7.", {_EU}),
    ("The OIC-sponsored resolution passed 120-40.", {_OIC}),
    ("The African Group's resolution passed 25-15-7.", {"African Group"}),
    ("The New Agenda Coalition's text was adopted by 140 votes to 30.", {"New Agenda Coalition"}),
    ("A draft from the African Group was adopted 120-10.", {"African Group"}),
    ("The resolution was sponsored by the Arab Group and passed 120-8.", {"Arab Group"}),
    ("Sponsored by the OIC, the resolution passed 120-40.", {_OIC}),
    (
        "The text, which the Organisation of Islamic Cooperation drafts every year, passed 120-40.",
        {_OIC},
    ),
    ("The EU is the main sponsor of the resolution, which passed 30-10-7.", {_EU}),
    ("The draft was the work of the African Group. It passed 25-15-7.", {"African Group"}),
    ("The Caribbean Community drafted the text, which passed 150-3.", {"Caribbean Community"}),
    (
        "GRULAC put forward the resolution, which passed 150-3.",
        {"Group of Latin American and Caribbean States"},
    ),
    ("The text was presented by the EU and Japan and passed 150-3.", {_EU, "JPN"}),
    ("The draft, sponsored by the EU and the OIC jointly, passed 30-10-7.", {_EU, _OIC}),
    (
        "The OIC and the European Union, usually at odds, jointly tabled the resolution, which "
        "passed 30-10-7.",
        {_EU, _OIC},
    ),
    # a main committee's own draft names it ("the First Committee's draft"); a committee that
    # recommends a text to the plenary is not its proposer (the gold of the development texts
    # that say "recommended by its Third Committee", "on the recommendation of its First
    # Committee" names none, all but two)
    (
        "The Fifth Committee recommended the draft, which the Assembly adopted by 150 votes to 2.",
        set(),
    ),
    (
        "The Assembly adopted, by 160 votes to 2, a draft recommended by its Second Committee.",
        set(),
    ),
    (
        "On the recommendation of its Fifth Committee, the Assembly adopted the resolution by 150 "
        "votes to 3.",
        set(),
    ),
    ("The Assembly adopted the First Committee's draft by 150 votes to 3.", {"First Committee"}),
    # whom the introducer speaks for
    ("Finland, on behalf of the EU, tabled the draft, which passed 150-3.", {_EU, "FIN"}),
    (
        "Speaking on behalf of the European Union, Finland introduced the draft resolution, which "
        "was adopted 150-3.",
        {_EU, "FIN"},
    ),
    (
        "Egypt introduced the draft on behalf of the Arab Group; it passed 120-8.",
        {"Arab Group", "EGY"},
    ),
    (
        "On behalf of the Group of 77 and China, Guyana introduced the resolution, which passed "
        "130-40.",
        {"GUY", _G77},
    ),
    (
        "Pakistan, speaking for the OIC, presented the text, which passed 30-10-7.",
        {_OIC, "PAK"},
    ),
    pytest.param(
        "Introduced by Egypt for the Arab Group, the draft passed 120-8.",
        {"Arab Group", "EGY"},
        marks=_MISSED,
    ),
    ("The draft, which Pakistan presented on behalf of the OIC, passed 30-10-7.", {_OIC, "PAK"}),
    # the group's members spoken for; "speaking for", "acting on behalf of" (issue 19, round 16)
    (
        "The text was introduced by Ghana on behalf of the member States of the African Group "
        "and passed 120-10.",
        {"African Group", "GHA"},
    ),
    (
        "Cuba, speaking for the 120 members of the Non-Aligned Movement, tabled the resolution, "
        "which passed 120-40.",
        {"CUB", _NAM},
    ),
    (
        "Acting on behalf of the Arab Group, Jordan submitted the draft; it passed 120-8.",
        {"Arab Group", "JOR"},
    ),
    (
        "Speaking for the European Union, the representative of Spain presented the text, which "
        "passed 30-10-7.",
        {_EU, "ESP"},
    ),
    ("The draft, presented by Chile for the third year running, passed 150-3.", {"CHL"}),
    (
        "Speaking for the European Union, the representative of Spain said the Union would "
        "abstain. The text passed 30-10-7.",
        set(),
    ),
    # a group named with its members
    (
        "The Nordic countries - Denmark, Finland, Iceland, Norway and Sweden - put forward the "
        "draft, which passed 150-3.",
        {"DNK", "FIN", "ISL", "NOR", "SWE"},
    ),
    (
        "The draft was put forward by a core group of Chile, Peru and Mexico and passed 150-3.",
        {"CHL", "MEX", "PER"},
    ),
    pytest.param(
        "A core group made up of Chile, Peru and Mexico led the text, which passed 150-3.",
        {"CHL", "MEX", "PER"},
        marks=_MISSED,
    ),
    (
        "More than 40 states, including Ghana and Kenya, co-sponsored the resolution, which "
        "passed 150-3.",
        {"GHA", "KEN"},
    ),
    pytest.param(
        "The resolution, co-sponsored by over 60 countries, among them Chile and Peru, passed "
        "150-3.",
        {"CHL", "PER"},
        marks=_MISSED,
    ),
    (
        "The text was drafted by the Benelux countries, Belgium, the Netherlands and Luxembourg, "
        "and passed 150-3.",
        {"BEL", "LUX", "NLD"},
    ),
    (
        "The resolution was tabled by the three Baltic states (Estonia, Latvia and Lithuania) and "
        "passed 150-3.",
        {"EST", "LTU", "LVA"},
    ),
    # the list set off by dashes, brackets or commas right before the verb is its subject
    (
        "Two Andean members \u2014 Peru and Bolivia \u2014 had tabled the text, which passed 12-3.",
        {"BOL", "PER"},
    ),
    (
        "The Benelux states (Belgium, the Netherlands and Luxembourg) jointly drafted the "
        "resolution. It passed 150-3.",
        {"BEL", "LUX", "NLD"},
    ),
    (
        "Three Pacific states, Fiji, Samoa and Tonga, put forward the draft, which passed 150-3.",
        {"FJI", "TON", "WSM"},
    ),
    # a relative clause between the listed subject and its verb
    (
        "Chile and Peru, which have long pressed for a treaty, tabled the draft, which passed "
        "150-3.",
        {"CHL", "PER"},
    ),
    (
        "Ghana and Kenya, whose envoys chair the talks, presented the resolution; it passed "
        "120-10.",
        {"GHA", "KEN"},
    ),
    (
        "Brazil and Chile, who oppose the text, said Peru had tabled it. It passed 150-3.",
        {"PER"},
    ),
    (
        "Several states \u2014 Chile and Peru among them \u2014 complained, and Mexico tabled "
        "a draft that passed 150-3.",
        {"MEX"},
    ),
    # groups that vote on, back or call a vote on a text propose nothing
    ("The European Union voted for the resolution, which passed 150-3.", set()),
    ("The African Group backed the draft, which passed 120-10.", set()),
    ("The resolution, supported by the Non-Aligned Movement, passed 120-10.", set()),
    ("The Fifth Committee met on Monday. The Assembly adopted the resolution 150-3.", set()),
    ("The EU abstained on the draft, which passed 30-10-7.", set()),
    ("The Arab Group called for a recorded vote on the text, which passed 120-8.", set()),
]
MOTION_PROPOSERS = [
    # an amendment and its text; last year's and this year's; a Council and an Assembly text
    (
        "The amendment, tabled by Russia, was rejected 4-9-2. The resolution, drafted by Malta, "
        "then passed 13-0-2.",
        {4: ["RUS"], 13: ["MLT"]},
    ),
    pytest.param(
        "Russia's amendment failed 4-9-2 before the British draft passed 13-0-2.",
        {4: ["RUS"], 13: ["GBR"]},
        marks=_MISSED,
    ),
    pytest.param(
        "Last year's text, put forward by Mexico, passed 120-50. This year's resolution, which "
        "Peru drafted, passed 130-40.",
        {120: ["MEX"], 130: ["PER"]},
        marks=_MISSED,
    ),
    (
        "The Council draft, written by the United States, won 12 votes to 2 with one abstention "
        "but was vetoed; weeks later the Assembly adopted a Canadian text 140-10.",
        {12: ["USA"], 140: ["CAN"]},
    ),
    pytest.param(
        "The Council renewed the mandate 13-0-2 on Monday. The original resolution, drafted by "
        "France in 2016, had passed 15-0.",
        {13: [], 15: ["FRA"]},
        marks=_MISSED,
    ),
    pytest.param(
        "The renewal passed 30-12-5 on Friday. The mandate was created in 2019 by a resolution "
        "that Germany had tabled, adopted 25-14-8.",
        {30: [], 25: ["DEU"]},
        marks=_MISSED,
    ),
    pytest.param(
        "A resolution by Japan passed 150-3, while a rival draft from China fell 40-100.",
        {150: ["JPN"], 40: ["CHN"]},
        marks=_MISSED,
    ),
    (
        "The Assembly rejected an amendment proposed by Egypt, 50-80-20, and then adopted the "
        "resolution, drafted by Canada, by 120 votes to 30.",
        {50: ["EGY"], 120: ["CAN"]},
    ),
    pytest.param(
        "In 2016 Mexico drafted the resolution that created the post; it passed 23-18-6. The "
        "renewal adopted on Friday, 27-12-7, was tabled by Brazil.",
        {23: ["MEX"], 27: ["BRA"]},
        marks=_MISSED,
    ),
    pytest.param(
        "The Assembly text, submitted by Ukraine, passed 93-18-65, a day after a US draft in the "
        "Council was adopted 10-0-5.",
        {93: ["UKR"], 10: ["USA"]},
        marks=_MISSED,
    ),
    pytest.param(
        "The first draft, from Belgium and Germany, got 13 votes but was vetoed. A Russian text "
        "then won only 4 votes.",
        {13: ["BEL", "DEU"], 4: ["RUS"]},
        marks=_MISSED,
    ),
    (
        "The Assembly first voted 60-70-30 on an Iranian amendment. It then passed the "
        "Canadian-drafted resolution 120-40-20.",
        {60: ["IRN"], 120: ["CAN"]},
    ),
    (
        "The EU's resolution passed 30-10-7; the OIC's rival text failed 15-20-12.",
        {30: [_EU], 15: [_OIC]},
    ),
    pytest.param(
        "The 2019 resolution, drafted by Ghana, passed 150-3. This year's version, put forward by "
        "Kenya, passed 160-2.",
        {150: ["GHA"], 160: ["KEN"]},
        marks=_MISSED,
    ),
    pytest.param(
        "Chile's amendment to the Peruvian draft was defeated 40-90-10, and the draft itself "
        "passed 110-20-15.",
        {40: ["CHL"], 110: ["PER"]},
        marks=_MISSED,
    ),
    (
        "The Council adopted the French-drafted resolution 13-0-2 after rejecting a Russian "
        "amendment to it by 3 votes to 9, with 3 abstentions.",
        {13: ["FRA"], 3: ["RUS"]},
    ),
]


@pytest.mark.parametrize(("text", "expected"), GROUP_PROPOSERS)
def test_groups_organisations_and_committees_propose(text, expected):
    motions = extract(text, article_date=date(2024, 3, 9)).facts_of("motion")
    assert {p for f in motions for p in f.fields["proposed_by"] or []} == expected


@pytest.mark.parametrize(("text", "expected"), MOTION_PROPOSERS)
def test_each_proposer_on_its_own_motion(text, expected):
    """Motions told together (an amendment and its text, a renewal and the original, a
    Council draft and an Assembly one): each motion's proposers, keyed by its yes count."""
    result = extract(text, article_date=date(2024, 3, 9))
    yes = {f.fields["motion"]: f.fields["yes"] for f in result.facts_of("tally")}
    assert {
        yes.get(f.fields["motion"]): sorted(f.fields["proposed_by"])
        for f in result.facts_of("motion")
    } == expected


#: Families of shapes read in the sixteenth round's dev misses, each in sentences of our own.
READ_IN_THE_SIXTEENTH_ROUND = [
    # a people for its state, as a proposer
    ("The text had been drafted by the Palestinians. It passed 92-6-46.", {"PSE"}),
    ("The Russians tabled a rival draft, which won four votes.", {"RUS"}),
    ("The resolution, put forward by the French, passed 13-0-2.", {"FRA"}),
    ("The Americans circulated the draft on Monday; it passed 15-0.", {"USA"}),
    ("The Russians criticised the text, which passed 13-0-2.", set()),
    # two passives joined, the second finite ("and was sponsored by")
    (
        "The text had been drafted by Peru and was sponsored by Chile, Fiji and Samoa. It "
        "passed 150-3.",
        {"CHL", "FJI", "PER", "WSM"},
    ),
    (
        "The draft before the Council was written by Ghana and was co-sponsored by Kenya. It "
        "passed 15-0.",
        {"GHA", "KEN"},
    ),
    (
        "The resolution on oceans was tabled by Fiji, and has been sponsored by Chile since. It "
        "passed 150-3.",
        {"CHL", "FJI"},
    ),
    # a participle and its agent apart: an adverb, where and when ("brought jointly by",
    # "tabled in informal talks on Monday by"), the prefix kept ("co-sponsored jointly by")
    ("The text, brought jointly by Chile and Peru, passed 150-3.", {"CHL", "PER"}),
    ("The text, co-sponsored jointly by Chile and Peru, passed 150-3.", {"CHL", "PER"}),
    ("The draft, spearheaded once more by Fiji, passed 150-3.", {"FJI"}),
    (
        "The draft was tabled in closed consultations late on Monday by Kenya. It passed 15-0.",
        {"KEN"},
    ),
    ("The motion, moved formally by Oman, was rejected 15-22-9.", {"OMN"}),
    ("The draft, tabled at a closed meeting on Monday by Kenya's envoy, passed 15-0.", {"KEN"}),
    # an envoy the registry knows, with no state in the text: the state of the post held
    (
        "Ambassador Vassily Nebenzia tabled an amendment, which drew ten votes in favour, one "
        "against and four abstentions.",
        {"RUS"},
    ),
    ("Vassily Nebenzia put forward a rival draft. It won four votes.", {"RUS"}),
    # a relative clause between a listed subject and its verb
    (
        "On Monday, Chile and Peru, who steer the Council's work on Haiti, put forward a draft. "
        "It passed 13-0-2.",
        {"CHL", "PER"},
    ),
    (
        "Ghana and Kenya, which hold the pen on Somalia, tabled the text; it passed 15-0.",
        {"GHA", "KEN"},
    ),
    (
        "Chile, Peru and Fiji, which all border the Pacific, drafted the text, which passed 150-3.",
        {"CHL", "FJI", "PER"},
    ),
    # "Its", "Their" opening a sentence: the state the sentence before opens with
    ("Chile and Peru hold the pen on Haiti. Their draft passed 13-0-2.", {"CHL", "PER"}),
    ("Norway has worked on the file for years. Its text was adopted 15-0.", {"NOR"}),
    ("The Council met on Friday. Its resolution passed 15-0.", set()),
    ("Chile voted yes. Their draft passed 13-0-2.", set()),
    (
        "Two weeks later, Egypt and Qatar came back with a blunter text. Their draft won 13 votes.",
        {"EGY", "QAT"},
    ),
    ("After the first vote, Peru went to work. Its text passed 14-0-1.", {"PER"}),
    # the vote itself requested: no proposer
    (
        "The Assembly adopted the draft by 150 votes to 3. A recorded vote had been requested "
        "by Syria.",
        set(),
    ),
    ("A roll-call vote on the text, requested by Iran, ended 150-3.", set()),
    # a perfect participle or "Submitting" opening the sentence
    ("Having tabled the text, the Irish delegation said it was glad. It passed 150-3.", {"IRL"}),
    ("Having co-sponsored the draft, Kenya hailed its adoption by 15 votes.", {"KEN"}),
    ("Submitting the draft, Peru's ambassador called it balanced. It passed 150-3.", {"PER"}),
    ("Having voted for the text, Chile welcomed the 150-3 result.", set()),
    # an envoy by their state's adjective, a minister "of" a state
    (
        "The Peruvian ambassador, presenting the draft, called it balanced. It passed 150-3.",
        {"PER"},
    ),
    ("The Prime Minister of Fiji introduced the text, which passed 150-3.", {"FJI"}),
    # an architect of the text (not of a peace deal)
    ("The resolution passed 150-3. Its architects were Chile and Peru.", {"CHL", "PER"}),
    ("The resolution passed 150-3. Norway, the architect of the Oslo accords, welcomed it.", set()),
    # a participle's agent six words on, but not past another clause's verb
    ("The text, tabled in the Council late on Monday by Kenya, passed 15-0.", {"KEN"}),
    ("A text the United Kingdom drafted was vetoed by China.", {"GBR"}),
    # a contact relative clause: put to a vote, negotiated
    ("The draft Chile put to the vote passed 150-3.", {"CHL"}),
    ("The text, which the British mission had negotiated for weeks, passed 14-0-1.", {"GBR"}),
    ("The resolution, which Chile negotiated with Peru, passed 150-3.", {"CHL", "PER"}),
    # "It was the brainchild of", "the work of", after the vote
    ("The resolution passed 150-3. It was largely the work of Mexico and Chile.", {"CHL", "MEX"}),
    ("The resolution passed 150-3. It was the work of many hands.", set()),
    ("The resolution, which passed 150-3, was the creation of Ghana.", {"GHA"}),
    # "is the penholder", "was the sponsor": one author, told by a copula
    ("The resolution passed 13-0-2. Britain is the penholder on Yemen.", {"GBR"}),
    ("The resolution passed 150-3. Mexico was the sponsor.", {"MEX"}),
    ("The resolution passed 150-3. Chile was the author of the report.", set()),
    # "pushed for" a time, not for a thing
    ("The draft that Kenya has pushed for two years passed 15-0.", {"KEN"}),
    ("The draft that Kenya has pushed for a ban passed 15-0.", set()),
    # a state's proposal, with no other political word in the sentence
    ("China's proposal was turned down 2-9-4.", {"CHN"}),
    # a text seen to its adoption, as through an organ
    ("Morocco steered the draft to a 140-1-20 win.", {"MAR"}),
    ("Peru piloted the resolution to adoption; the vote was 150-3.", {"PER"}),
    (
        "Chile steered the debate to adoption of the agenda; the resolution passed 30-10-7.",
        set(),
    ),
]


@pytest.mark.parametrize(("text", "expected"), READ_IN_THE_SIXTEENTH_ROUND)
def test_shapes_read_in_the_sixteenth_round(text, expected):
    motions = extract(text, article_date=date(2024, 3, 9)).facts_of("motion")
    assert {p for f in motions for p in f.fields["proposed_by"] or []} == expected


#: A count of the proposers named before ("the two elected members"): the states of the last
#: sentence naming any, past the voters of a vote told in between.
COUNTED = [
    (
        "Ghana and Chile spent a year on the text. It won nine votes; Russia voted no and "
        "China abstained. The draft, tabled by the two elected members, was not adopted.",
        {"CHL", "GHA"},
    ),
    (
        "France blocked the plan that Peru and Japan had drawn up. The text, put forward by the "
        "two sponsors, got nine votes.",
        {"JPN", "PER"},
    ),
    (
        "Norway, Iceland and Denmark asked for a vote. The resolution, presented by the three "
        "Nordic countries, passed 30-10-7.",
        {"DNK", "ISL", "NOR"},
    ),
    (
        "Chile, Peru and Bolivia spoke first. The draft, tabled by the two members, failed 5-9-1.",
        set(),
    ),
]


@pytest.mark.parametrize(("text", "expected"), COUNTED)
def test_counted_proposers_past_the_voters(text, expected):
    motions = extract(text, article_date=date(2024, 3, 9)).facts_of("motion")
    assert {p for f in motions for p in f.fields["proposed_by"] or []} == expected


#: An explainer's question on who proposed the vote, with more verbs.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The resolution passed 150-3. Who pushed it: the Group of 77 and China.", {_G77}),
        (
            "The resolution passed 150-3.\n\nWho drew up the text?\n\nNorway and Chile, after "
            "months of talks.",
            {"CHL", "NOR"},
        ),
        ("The resolution passed 150-3. Who championed it? Costa Rica, as every year.", {"CRI"}),
        ("The resolution passed 150-3. Who pushed back? Brazil and Cuba.", set()),
    ],
)
def test_who_asked_with_more_verbs(text, expected):
    motions = extract(text, article_date=date(2024, 3, 9)).facts_of("motion")
    assert {p for f in motions for p in f.fields["proposed_by"] or []} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The resolution was adopted by 120 votes to 8. Mexico, acting as penholder, had "
         "drafted it.", {"MEX"}),
        ("The resolution passed 150-3. Ghana, as coordinator of the talks, put it forward.",
         {"GHA"}),
        ("The text passed 150-3. Mexico had written the resolution over several months.",
         {"MEX"}),
        ("The text passed 150-3. It was co-written by Chile and Peru.", {"CHL", "PER"}),
        # the aside is no proposer, nor a state named inside it
        ("The resolution passed 150-3. Chile, unlike Peru, had drafted it.", {"CHL"}),
        ("The resolution passed 150-3. A resolution written in a week, said Peru, is no "
         "treaty.", set()),
    ],
)  # fmt: skip
def test_a_proposer_set_apart_from_its_pronoun_or_in_the_perfect(text, expected):
    motions = extract(text, article_date=date(2024, 3, 9)).facts_of("motion")
    assert {p for f in motions for p in f.fields["proposed_by"] or []} == expected


#: Seventeenth round (issue 19): discourse around the proposers, each family in several
#: wordings of our own (tense, order, determiners, list length, punctuation).
SEVENTEENTH_ROUND = [
    # a live report's present tense and progressive
    ("09:40 — Ghana introduces the draft. 10:05 — Adopted, 140 to 4.", {"GHA"}),
    ("Next, Chile and Peru are introducing their text. It passed 150-3.", {"CHL", "PER"}),
    ("Fiji is presenting the ocean draft. Minutes later it is adopted, 160-2.", {"FJI"}),
    ("The climate text is up next. Norway is tabling it now. It passes 120-30.", {"NOR"}),
    ("14:10 - Kenya tables the resolution on desertification. Result: 170-1-2.", {"KEN"}),
    # (the verb with no text after it proposes nothing)
    ("Ghana introduces its ambassador to the hall. The draft passed 140-4.", set()),
    # the sponsors counted before their names
    ("The resolution passed 91-21-29. The five sponsors, Chile, Peru, Fiji, Ghana and Nepal, "
     "were joined by China.", {"CHL", "FJI", "GHA", "NPL", "PER"}),
    ("The draft was adopted 120-3. Its two co-authors — Mexico and Ireland — thanked the "
     "hall.", {"IRL", "MEX"}),
    ("The text passed 150-3. The three sponsors, Peru, Chile and Bolivia, spoke after the "
     "vote.", {"BOL", "CHL", "PER"}),
    # the sponsors as a group that includes names
    ("The draft passed 150-3. Nepal presented it on behalf of the sponsors, a group that "
     "includes Qatar, Bhutan and Viet Nam.", {"BTN", "NPL", "QAT", "VNM"}),
    ("The resolution passed 150-3. The co-sponsors, a broad coalition comprising Ghana, Fiji "
     "and Peru, welcomed it.", {"FJI", "GHA", "PER"}),
    # the sponsors and others beside them: the others are not sponsors
    ("The draft was adopted 120-3. On the yes side, alongside the sponsors: Chile, Peru and "
     "Ghana.", set()),
    ("The draft was adopted 120-3. Besides its co-sponsors, Chile and Peru voted yes.", set()),
    ("The draft was adopted 120-3. Voting with the sponsors were Chile and Ghana.", set()),
    # a list closed by "and" ends there: the name after a bare comma says something else
    ("The Assembly adopted a resolution sponsored by Chile and Peru, the European Union said "
     "on Monday.", {"CHL", "PER"}),
    ("A text drafted by Norway and Kenya, Fiji noted, passed 120-3.", {"KEN", "NOR"}),
    # a bare "steered": the text's authors
    ("Resolution 2800 passed 15-0. Ghana and Japan steered the text, and 80 states signed on "
     "as co-sponsors.", {"GHA", "JPN"}),
    ("The resolution passed 150-3. Chile has piloted the resolution since 2004.", {"CHL"}),
    ("The text passed 150-3. The Netherlands and Kenya successfully shepherded their draft.",
     {"KEN", "NLD"}),
    ("The text passed 150-3. The President steered the debate, and Peru spoke.", set()),
    # a relative clause whose subject is a list with commas
    ("The text, which Cuba, Iran and Syria co-sponsored with Moscow, failed 2-0-13.",
     {"CUB", "IRN", "RUS", "SYR"}),
    ("The draft that Ghana, Fiji, Peru and Chile had tabled passed 120-3.",
     {"CHL", "FJI", "GHA", "PER"}),
    # another participle on the motion before the proposing one
    ("The resolution, drafted in the Fourth Committee and introduced there by Nepal, was "
     "adopted 123-1.", {"NPL"}),
    ("The text, negotiated for weeks in Geneva and then tabled by Chile and Peru, passed "
     "30-10-7.", {"CHL", "PER"}),
    ("The text, debated for two days and opposed by Israel, was adopted 123-1.", set()),
    # a second agent of the same passive, and partners past whom the first speaks for
    ("The resolution was introduced by Egypt, on behalf of the African Group, and by Jordan. "
     "It passed 30-1-15.", {"African Group", "EGY", "JOR"}),
    ("The draft was tabled by Chile and by Peru. It passed 41-1-5.", {"CHL", "PER"}),
    ("The text was put forward by Egypt on behalf of the African Group, together with Cuba, "
     "Bolivia and Fiji. It passed 41-1-5.", {"African Group", "BOL", "CUB", "EGY", "FJI"}),
    ("The text was put forward by Britain and France, with Germany's backing. It passed "
     "13-0-2.", {"FRA", "GBR"}),
    # past whom the first speaks for, set off by commas, "and" alone joins a second agent
    ("The resolution was put forward by Yemen, on behalf of the Arab Group, and Turkey, which "
     "chairs the Organisation of Islamic Cooperation. It passed 128-9-35.",
     {"Arab Group", "TUR", "YEM"}),
    ("The text was introduced by Egypt, on behalf of the African Group, and Jordan. It passed "
     "30-1-15.", {"African Group", "EGY", "JOR"}),
    ("The draft was presented by Chile, speaking for the Group of 77, and also Peru, the "
     "co-chair. It was adopted 120-2.", {"CHL", "Group of 77", "PER"}),
    ("The draft was tabled by Pakistan on behalf of the OIC and Cuba; it passed 25-12-10.",
     {"Organisation of Islamic Cooperation", "PAK"}),
    ("The resolution was introduced by Egypt, on behalf of the African Group, and Jordan "
     "abstained in the vote of 30-1-15.", {"African Group", "EGY"}),
    # a listed inversion with partners after it
    ("The resolution passed 123-1. Among the co-sponsors were Britain, Italy and Finland "
     "alongside Egypt and Qatar.", {"EGY", "FIN", "GBR", "ITA", "QAT"}),
    ("The resolution passed 123-1. Its sponsors included Norway together with Kenya and Fiji.",
     {"FJI", "KEN", "NOR"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), SEVENTEENTH_ROUND)
def test_proposers_told_around_the_motion_seventeenth_round(text, expected):
    motions = extract(text, article_date=date(2024, 3, 9)).facts_of("motion")
    assert {p for f in motions for p in f.fields["proposed_by"] or []} == expected


#: The seventeenth round's inventory (issue 19), written before reading any miss: how twenty
#: journalists, press officers and analysts would tell who put a text forward, weighted toward
#: discourse (sponsors across sentences, a group then its members, a newsletter's labels and
#: brackets, a pronoun for the proposer, the proposer told after the vote) and the negatives
#: (supporters, voters, speakers, a state that welcomed a draft or withdrew as co-sponsor). Its
#: pass rate at main is in the module docstring; the shapes still unread are marked.
_AU = "African Group"
DISCOURSE = [
    # 1 wire reporter: sponsors named across two or three sentences
    (
        "Peru spent months on the text. It drafted the resolution with Chile. The Assembly "
        "adopted it 150-3.",
        {"PER", "CHL"},
    ),
    _missed(
        "The Assembly adopted the resolution 150-3. The text came from Ghana. Kenya joined it as "
        "co-sponsor in June.",
        {"GHA", "KEN"},
    ),
    ("A vote was held on Thursday. The draft was Norway's. It passed 13-0-2.", {"NOR"}),
    _missed(
        "Fiji led the talks. Samoa and Tonga signed on later. Together the three tabled the "
        "draft, which passed 150-3.",
        {"FJI", "TON", "WSM"},
    ),
    (
        "The resolution on plastics passed 150-3. Its origins lie with Rwanda. Rwanda first "
        "tabled it in 2022.",
        {"RWA"},
    ),
    (
        "Austria had circulated a first draft in May. After revisions, the text was adopted 150-3.",
        {"AUT"},
    ),
    _missed(
        "Ireland wrote the first version. Kenya added a paragraph on aid. The draft they tabled "
        "passed 15-0.",
        {"IRL", "KEN"},
    ),
    (
        "The resolution passed 120-9. Its sponsor was Canada. Canada's envoy spoke afterwards.",
        {"CAN"},
    ),
    (
        "Costa Rica has pressed the issue for a decade. This year it tabled a resolution. The "
        "text passed 150-3.",
        {"CRI"},
    ),
    (
        "Mali and Niger worked on the text for weeks. On Monday they submitted it. It passed "
        "140-3-9.",
        {"MLI", "NER"},
    ),
    # 2 press officer: a group and then its members
    (
        "The Arab Group's draft passed 120-8. Egypt, speaking for the group, introduced it.",
        {"Arab Group", "EGY"},
    ),
    (
        "The African Group tabled the text. Nigeria presented it on the group's behalf. It passed "
        "120-10.",
        {_AU, "NGA"},
    ),
    _missed(
        "The draft came from the Nordic countries. Denmark, Finland and Sweden led the talks. It "
        "passed 150-3.",
        {"DNK", "FIN", "SWE"},
    ),
    (
        "The resolution, an EU text, passed 30-10-7. Belgium introduced it for the Union.",
        {"European Union", "BEL"},
    ),
    (
        "The Non-Aligned Movement put forward the resolution. Cuba, its chair, presented the "
        "draft, which passed 120-40.",
        {"Non-Aligned Movement", "CUB"},
    ),
    (
        "The Group of 77 and China sponsored the resolution. Guyana, which chairs the group, "
        "tabled it. It passed 130-40.",
        {"Group of 77", "GUY"},
    ),
    (
        "The OIC drafted the text; Pakistan presented it. It passed 30-10-7.",
        {"Organisation of Islamic Cooperation", "PAK"},
    ),
    (
        "The Arab Group's resolution passed 120-8. Jordan had tabled it for the group.",
        {"Arab Group", "JOR"},
    ),
    # 3 newsletter editor: a colon list, a dash aside, brackets, a bulleted line
    ("Resolution on oceans. Sponsors: Fiji, Palau and Samoa. Vote: 150-3.", {"FJI", "PLW", "WSM"}),
    ("The draft (sponsored by Chile and Peru) passed 150-3.", {"CHL", "PER"}),
    ("The draft - sponsored by Chile and Peru - passed 150-3.", {"CHL", "PER"}),
    ("The text \u2014 tabled by Kenya \u2014 passed 15-0.", {"KEN"}),
    _missed("- Resolution on water (Spain, Germany): adopted 150-3.", {"DEU", "ESP"}),
    _missed("* Resolution on plastics, tabled by Rwanda and Peru: adopted 150-3.", {"PER", "RWA"}),
    ("Resolution on mines. Tabled by: Austria. Result: adopted 150-3.", {"AUT"}),
    ("The resolution (main sponsor: Canada) passed 120-9.", {"CAN"}),
    ("The text's authors - Ghana and Kenya - welcomed the 15-0 vote.", {"GHA", "KEN"}),
    ("Resolution 78/12 (sponsors: Chile, Peru) passed 150-3.", {"CHL", "PER"}),
    _missed("Sponsored by: Japan, Brazil. Outcome: adopted, 150-3.", {"BRA", "JPN"}),
    _missed("Proposed by Mexico \u2014 passed 150-3.", {"MEX"}),
    # 4 analyst: "among the sponsors were"
    ("Among the sponsors were Chile and Peru. The resolution passed 150-3.", {"CHL", "PER"}),
    (
        "The resolution passed 150-3. Among those sponsoring it were Ghana and Kenya.",
        {"GHA", "KEN"},
    ),
    ("Among the text's co-sponsors were Japan and Brazil. It passed 150-3.", {"BRA", "JPN"}),
    ("The resolution passed 150-3; among its authors were Spain and Italy.", {"ESP", "ITA"}),
    ("Chile was among the countries that sponsored the text, which passed 150-3.", {"CHL"}),
    (
        "The sponsors included Norway, Chile and Fiji. The draft passed 150-3.",
        {"CHL", "FJI", "NOR"},
    ),
    # 5 foreign-desk: drafted with another's backing
    ("The resolution, drafted by France with Germany's backing, passed 13-0-2.", {"FRA"}),
    ("Drafted by Mexico with the support of Brazil, the text passed 150-3.", {"MEX"}),
    ("France drafted the text with German support; it passed 13-0-2.", {"FRA"}),
    ("The draft was written by Ghana, backed by Kenya, and passed 15-0.", {"GHA"}),
    ("Peru tabled the text with the backing of 40 states. It passed 150-3.", {"PER"}),
    ("Japan drafted the resolution and Brazil supported it. It passed 150-3.", {"JPN"}),
    # 6 columnist: a state's text
    ("Mexico's text passed 150-3.", {"MEX"}),
    ("The vote on Mexico's text was 150-3.", {"MEX"}),
    ("Delegates adopted Norway's draft 13-0-2.", {"NOR"}),
    ("Spain's resolution, adopted 150-3, was a first.", {"ESP"}),
    ("The Assembly passed Chile and Peru's resolution 150-3.", {"CHL", "PER"}),
    ("Kenya's draft won 15 votes.", {"KEN"}),
    # 7 feature writer: "championed by"
    ("The text, championed by Fiji, passed 150-3.", {"FJI"}),
    ("The resolution, long championed by Costa Rica, passed 150-3.", {"CRI"}),
    ("Championed by Chile and Peru, the draft passed 150-3.", {"CHL", "PER"}),
    _missed(
        "The resolution, championed for years by the Pacific states Fiji and Palau, passed 150-3.",
        {"FJI", "PLW"},
    ),
    _missed("Fiji, which championed the text for years, hailed the 150-3 vote.", {"FJI"}),
    # 8 radio script: the proposer named after the vote
    ("The Assembly voted 150-3 for the resolution. It was put forward by Norway.", {"NOR"}),
    ("The text passed 15-0. Kenya had tabled it a week earlier.", {"KEN"}),
    ("Adopted 150-3, the resolution had been sponsored by Chile and Peru.", {"CHL", "PER"}),
    ("The resolution passed 150-3 on Friday. Behind it were Ghana and Kenya.", {"GHA", "KEN"}),
    ("The resolution passed 150-3. The draft had been introduced by Austria in October.", {"AUT"}),
    ("The vote was 150-3. Spain and Italy were the text's sponsors.", {"ESP", "ITA"}),
    ("The Council adopted the text 13-0-2. Malta had drafted it.", {"MLT"}),
    ("It passed 150-3. The sponsors were Chile, Peru and Fiji.", {"CHL", "FJI", "PER"}),
    ("The resolution passed 150-3. Mexico authored it.", {"MEX"}),
    ("The Assembly approved the text 150-3. Japan presented it.", {"JPN"}),
    # 9 pronouns
    ("The draft passed 150-3. It was put forward by Norway.", {"NOR"}),
    (
        "Chile and Peru had circulated the draft for weeks. They tabled it on Monday, and it "
        "passed 150-3.",
        {"CHL", "PER"},
    ),
    _missed(
        "The resolution passed 150-3. They had circulated it, Chile and Peru, since May.",
        {"CHL", "PER"},
    ),
    ("Ghana wrote the text. It then tabled it. It passed 15-0.", {"GHA"}),
    ("The draft passed 15-0. It had been written by Kenya.", {"KEN"}),
    ("The resolution passed 150-3. It was sponsored by Spain.", {"ESP"}),
    ("The text passed 150-3. It was tabled by Chile and Peru.", {"CHL", "PER"}),
    _missed("It was introduced by Austria, and it passed 150-3.", {"AUT"}),
    ("The resolution passed 150-3. It was the work of Norway.", {"NOR"}),
    ("Norway drafted the text. Its adoption, 150-3, was a win for it.", {"NOR"}),
    # 10 active and passive, various tenses and determiners
    ("Belgium will table the draft; it passed 150-3 in committee.", {"BEL"}),
    ("This draft, drafted by Mexico, passed 150-3.", {"MEX"}),
    ("That resolution was sponsored by Canada; it passed 120-9.", {"CAN"}),
    (
        "The draft, tabled jointly by Chile, Peru, Fiji and Samoa, passed 150-3.",
        {"CHL", "FJI", "PER", "WSM"},
    ),
    ("A resolution was tabled by Peru and adopted 150-3.", {"PER"}),
    ("Peru and Chile jointly put the draft forward. It passed 150-3.", {"CHL", "PER"}),
    ("The draft had been put forward by Japan; the Council adopted it 15-0.", {"JPN"}),
    ("Chile put forward the draft, and the Assembly passed it 150-3.", {"CHL"}),
    ("The resolution was co-authored by Italy and Spain and adopted 150-3.", {"ESP", "ITA"}),
    _missed("Drafting the text fell to Norway. It passed 13-0-2.", {"NOR"}),
    ("Kenya authored the draft, Ghana co-sponsored it, and it passed 15-0.", {"GHA", "KEN"}),
    ("The text has been sponsored every year by Cuba. It passed 185-2.", {"CUB"}),
    # 11 press release
    (
        "The Assembly adopted draft resolution A/78/L.20, sponsored by Peru, by 150 votes to 3.",
        {"PER"},
    ),
    (
        "The representative of Chile introduced draft resolution A/78/L.21 on behalf of its "
        "sponsors. It was adopted by 150 votes to 3.",
        {"CHL"},
    ),
    (
        "Draft resolution A/78/L.22 was introduced by the representative of Fiji. The text was "
        "adopted by a recorded vote of 150 in favour to 3 against.",
        {"FJI"},
    ),
    (
        "The representative of Kenya, speaking as a main sponsor, said the draft was balanced. It "
        "was adopted by 150 votes to 3.",
        {"KEN"},
    ),
    (
        "The draft was sponsored by Austria and co-sponsored by Chile. It was adopted by 150 "
        "votes to 3.",
        {"AUT", "CHL"},
    ),
    (
        "Speaking as sponsor, the representative of Norway said the text was a compromise. It was "
        "adopted by 150 votes to 3.",
        {"NOR"},
    ),
    # 12 analyst's long sentence
    _missed(
        "The resolution, which Ghana and Kenya, the two African members, put forward after a "
        "month of talks, passed 15-0.",
        {"GHA", "KEN"},
    ),
    (
        "Drafted over the summer by a core group of Chile, Peru and Fiji, the text passed 150-3.",
        {"CHL", "FJI", "PER"},
    ),
    ("Although Brazil backed it, the draft, which Japan had written, won only 8 votes.", {"JPN"}),
    (
        "The text, tabled on Monday by the United Kingdom after a request from Kenya, passed 15-0.",
        {"GBR"},
    ),
    # 13 a blogger: the proposer in a headline-like opener, a question
    ("UPDATE: Peru's draft on water passes, 150-3.", {"PER"}),
    _missed("Whose text was it? Chile's, with Peru. It passed 150-3.", {"CHL", "PER"}),
    # 14 negatives
    ("Chile voted for the draft. It passed 150-3.", set()),
    ("Supporters of the text included Brazil and Cuba. It passed 150-3.", set()),
    ("The text passed 150-3. Brazil and Cuba were among its supporters.", set()),
    (
        "Speaking before the vote, the representative of Chile said the draft was balanced. It "
        "was adopted by 150 votes to 3.",
        set(),
    ),
    ("Peru welcomed the draft circulated last week; it passed 150-3.", set()),
    (
        "The resolution passed 150-3. Chile, which had co-sponsored it, withdrew its sponsorship "
        "before the vote.",
        set(),
    ),
    ("Chile withdrew as a co-sponsor. The resolution, drafted by Peru, passed 150-3.", {"PER"}),
    ("Brazil, which voted in favour, said the text was overdue. It passed 150-3.", set()),
    ("The text was hailed by Kenya and Ghana. It passed 15-0.", set()),
    ("Cuba spoke in explanation of vote. The draft passed 150-3.", set()),
    ("Among the supporters were Chile and Peru. The resolution passed 150-3.", set()),
    ("Among those voting yes were Chile and Peru. The resolution passed 150-3.", set()),
    ("Mexico, speaking after the vote, praised the sponsors. The text passed 150-3.", set()),
    ("The text passed 150-3, with Spain and Italy among the yes votes.", set()),
    ("Norway thanked the sponsors after the 150-3 vote.", set()),
    ("Chile championed a treaty on plastics. The resolution passed 150-3.", set()),
    ("Ghana's ambassador said the draft deserved support. It passed 15-0.", set()),
    ("Japan, which had considered sponsoring the text, abstained. It passed 150-3.", set()),
    ("Peru asked to be removed from the list of sponsors. The draft passed 150-3.", set()),
    ("The text passed 150-3 with the backing of Brazil.", set()),
    ("The Assembly adopted the text 150-3. Kenya welcomed it as a first step.", set()),
    ("India had hoped to table a rival draft but did not. The resolution passed 150-3.", set()),
    ("Brazil lobbied hard for the resolution, which passed 150-3.", set()),
    ("The EU's member states voted as one for the draft, which passed 150-3.", set()),
]
#: Two motions told together, each with its own proposer (keyed by its yes count).
DISCOURSE_MOTIONS = [
    (
        "Chile's amendment failed 40-90-10. Peru's resolution then passed 110-20-15.",
        {40: ["CHL"], 110: ["PER"]},
    ),
    (
        "The Russian draft failed 4-9-2. A text from Malta then passed 13-0-2.",
        {4: ["RUS"], 13: ["MLT"]},
    ),
    (
        "Two texts were voted on. The first, tabled by Japan, passed 150-3. The second, put "
        "forward by Cuba, failed 40-100.",
        {150: ["JPN"], 40: ["CUB"]},
    ),
    (
        "Egypt proposed an amendment; it was rejected 50-80-20. The resolution, drafted by "
        "Canada, passed 120-30.",
        {50: ["EGY"], 120: ["CAN"]},
    ),
    (
        "The US draft won 12 votes but was vetoed. Russia's rival text got 4 votes.",
        {12: ["USA"], 4: ["RUS"]},
    ),
    (
        "Mexico's resolution on migrants passed 150-3. Later, a text tabled by Iran on sanctions "
        "passed 120-50.",
        {150: ["MEX"], 120: ["IRN"]},
    ),
    _missed(
        "A resolution sponsored by Norway passed 140-2. A second, by Brazil, passed 130-5.",
        {140: ["NOR"], 130: ["BRA"]},
    ),
    (
        "The Council rejected a Chinese amendment 2-9-4 and adopted the French draft 13-0-2.",
        {2: ["CHN"], 13: ["FRA"]},
    ),
]


@pytest.mark.parametrize(("text", "expected"), DISCOURSE)
def test_how_the_seventeenth_round_s_writers_name_a_proposer(text, expected):
    motions = extract(text, article_date=date(2024, 3, 9)).facts_of("motion")
    assert {p for f in motions for p in f.fields["proposed_by"] or []} == expected


@pytest.mark.parametrize(
    "text",
    [
        "Resolution 90 was adopted 14-0. Chile and Peru voted yes after the sponsors agreed "
        "to changes to their original draft.",
        "Resolution 90 was adopted 14-0. Ghana backed it once the authors had softened their text.",
    ],
)
def test_a_possessive_after_the_sponsors_is_theirs_not_the_subject_s(text):
    motions = extract(text, article_date=date(2024, 3, 9)).facts_of("motion")
    assert not {p for f in motions for p in f.fields["proposed_by"] or []}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a people as the last of a proposing agent's list
        ("The resolution, put forward by Egypt and the Palestinians, passed 29-2-14.",
         {"EGY", "PSE"}),
        ("The text was tabled by Jordan, Qatar and the Palestinians. It passed 29-2-14.",
         {"JOR", "PSE", "QAT"}),
        ("The draft, drafted by France and the Germans, passed 12-0-3.", {"DEU", "FRA"}),
        # (a people after another preposition is no agent)
        ("The draft, drafted by France with help from the Germans, passed 12-0-3.", {"FRA"}),
        # a text brought to the floor under its title
        ("For the tenth year, Cuba has brought its draft resolution \"Ending the blockade, "
         "once and for all\" to the floor. It passed 187-3.", {"CUB"}),
        ("Fiji took its text \"Oceans, seas and the law of the sea\" before the Assembly, which "
         "adopted it 150-1.", {"FJI"}),
    ],
)  # fmt: skip
def test_a_people_in_a_list_and_a_titled_text_brought_to_the_floor(text, expected):
    motions = extract(text, article_date=date(2024, 3, 9)).facts_of("motion")
    assert {p for f in motions for p in f.fields["proposed_by"] or []} == expected


@pytest.mark.parametrize(("text", "expected"), DISCOURSE_MOTIONS)
def test_each_of_two_motions_told_together_has_its_own_proposer(text, expected):
    result = extract(text, article_date=date(2024, 3, 9))
    yes = {f.fields["motion"]: f.fields["yes"] for f in result.facts_of("tally")}
    assert {
        yes.get(f.fields["motion"]): sorted(f.fields["proposed_by"])
        for f in result.facts_of("motion")
    } == expected


#: The families the seventeenth round's inventory showed unread, each in more wordings of our
#: own: a speaker "speaking as" a sponsor; an intention to sponsor, no sponsorship; a sponsor
#: that withdrew.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The draft was adopted by 150 votes to 3. Speaking as a co-sponsor, Chile's envoy said "
         "it was overdue.", {"CHL"}),
        ("Speaking as one of the sponsors, the delegate of Fiji said the resolution would help "
         "islands. It was adopted by 160 votes to 2.", {"FJI"}),
        ("The representative of Ghana, speaking as the main sponsor of the draft, asked for "
         "support. It was adopted by 120 votes to 10.", {"GHA"}),
        ("Speaking as a supporter, Chile's envoy said the text was overdue. It passed 150-3.",
         set()),
        ("Chile hoped to sponsor the draft, which passed 150-3.", set()),
        ("Norway, which had planned to co-sponsor the text, abstained in the 150-3 vote.", set()),
        ("Peru had wanted to table the resolution; Chile tabled it instead. It passed 150-3.",
         {"CHL"}),
        # ("Chile withdrew as a co-sponsor. The resolution, drafted by Peru, …" is in DISCOURSE)
        ("The text, sponsored by Ghana and Kenya, passed 15-0. Kenya later withdrew its "
         "co-sponsorship.", {"GHA"}),
        ("The draft, tabled by Fiji and Samoa, passed 150-3, though Samoa had asked to be "
         "removed from the list of sponsors.", {"FJI"}),
    ],
)  # fmt: skip
def test_speaking_as_a_sponsor_an_intention_and_a_withdrawal(text, expected):
    motions = extract(text, article_date=date(2024, 3, 9)).facts_of("motion")
    assert {p for f in motions for p in f.fields["proposed_by"] or []} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state's envoy by its possessive, in any tense
        ("Ghana's delegate introduced the text. It was adopted by 153 votes to 1.", {"GHA"}),
        ("Peru's Permanent Representative presented the draft, which passed 120-3.", {"PER"}),
        ("11:02 — Chile's chief negotiator introduces the text. 11:30 — Adopted, 150-3.",
         {"CHL"}),
        ("Ghana's delegate criticised the text. It was adopted by 153 votes to 1.", set()),
        # a press release's symbol with no determiner
        ("10:20 — Nepal introduces draft resolution A/80/L.12. 10:47 — Adopted: 153 in favour, "
         "1 against.", {"NPL"}),
        ("Ghana presented draft resolution A/C.2/80/L.9, which was adopted by 160 votes to 2.",
         {"GHA"}),
        ("Ghana introduced draft legislation at home. The resolution passed 153-1.", set()),
        # the progressive after a list
        ("Fiji and Ghana were co-sponsoring the text. It was adopted by 153 votes to 1.",
         {"FJI", "GHA"}),
        ("10:20 — Norway is putting forward the text. 10:47 — Adopted: 153 in favour.", {"NOR"}),
    ],
)  # fmt: skip
def test_a_live_report_s_proposer_by_its_envoy_a_bare_symbol_or_the_progressive(text, expected):
    motions = extract(text, article_date=date(2024, 3, 9)).facts_of("motion")
    assert {p for f in motions for p in f.fields["proposed_by"] or []} == expected


#: More of the inventory's unread families, in more wordings of our own: a state's name that
#: is also a word, as the agent of a text put forward; a relative clause in the pluperfect
#: ("which Japan had written"); "put the draft forward" split by its object; the owner told by a
#: copula ("The draft was Norway's").
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Two drafts came to a vote. The first, tabled by Chile, passed 150-3. The second, put "
            "forward by Cuba, failed 40-100.",
            {"CHL", "CUB"},
        ),
        (
            "Two texts were voted on. The first, submitted by Mexico, passed. The second, "
            "introduced by Peru, failed 40-100.",
            {"MEX", "PER"},
        ),
        ("The text that Peru had drawn up passed 150-3.", {"PER"}),
        ("The draft, which Japan had co-written with Chile, won 8 votes.", {"CHL", "JPN"}),
        ("The draft, which Japan had written about, won 8 votes.", set()),
        ("Norway put the text forward on Monday, and it passed 13-0-2.", {"NOR"}),
        ("Chile and Peru put a rival text forward; it won 4 votes.", {"CHL", "PER"}),
        ("The resolution passed 150-3 after Chile put the idea forward.", set()),
        ("The text is Chile and Peru's, as every year. It passed 150-3.", {"CHL", "PER"}),
        ("The resolution passed 150-3. The text was largely Mexico's.", {"MEX"}),
        ("The draft was Norway's idea. It passed 13-0-2.", set()),
        ("The resolution passed 150-3. The victory was Mexico's.", set()),
    ],
)
def test_a_word_like_name_a_pluperfect_a_split_verb_and_an_owner_told_by_a_copula(text, expected):
    motions = extract(text, article_date=date(2024, 3, 9)).facts_of("motion")
    assert {p for f in motions for p in f.fields["proposed_by"] or []} == expected


#: Sponsors named before the vote is told (a lede's first line): the next sentence's text.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The co-sponsors: Ghana and Kenya. The text was adopted 15-0.", {"GHA", "KEN"}),
        ("Its main sponsors were Austria and Mexico. The Assembly adopted the resolution by 150 "
         "votes to 3.", {"AUT", "MEX"}),
        ("Among the co-sponsors are Fiji and Tonga. The draft passed 160-2.", {"FJI", "TON"}),
        ("Its sponsors are Chile and Peru. The Council met on Monday.", set()),
    ],
)  # fmt: skip
def test_sponsors_named_before_the_vote_is_told(text, expected):
    motions = extract(text, article_date=date(2024, 3, 9)).facts_of("motion")
    assert {p for f in motions for p in f.fields["proposed_by"] or []} == expected
