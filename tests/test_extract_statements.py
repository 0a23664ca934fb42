"""The inventory of ways news and UN press releases report who said what, kept as data: each
shape a passage of our own with the speakers a gold file would list for it (a person by name, a
state by code, an unnamed official of a state as that state, an organisation by name).

Written in the sixteenth round of issue 19 (statements), as twenty journalists would report
speech: the verb (said, told, warned, insisted, noted, stressed, added, declared, countered,
accused), the speaker by name, by name and state, by post, by state, capital or ministry; the
quote before or after, a paragraph opening on a quote, the attribution after a long quote; a
press release's "the representative of X"; "according to"; a pronoun after the name; an
urging ("X urged the Council to …"). Negative shapes (a vote, being urged, a call for
something, a text that "says") give no speaker. None of
the passages is taken from the evaluation corpus.
"""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract import extract

#: Every passage follows a vote, as in the texts the extractor reads.
VOTE = "The Security Council renewed the mission on Friday by 13 votes to none. "

#: (shape, passage, speakers as scored)
STATEMENTS = [
    # a named speaker, the quote before or after
    ("a quote, then said and the name", '"The text is unbalanced," said Ana Soto.',
     {"Ana Soto"}),
    ("a quote, then the name and told reporters", '"We will not accept this," Lena Sorvik '
     "told reporters.", {"Lena Sorvik"}),
    ("the name, said and a colon", 'Marko Petric said: "This is a sad day for the region."',
     {"Marko Petric"}),
    ("a quote, then the family name", 'Ana Soto, Chile\'s ambassador, voted yes. "It is a '
     'good day," Soto said.', {"Ana Soto"}),
    ("a quote, then an honorific and the family name", 'Ana Soto, Chile\'s ambassador, '
     'voted yes. "We will keep working," Ms. Soto said afterwards.', {"Ana Soto"}),
    ("a quote, then added and the family name", 'Luis Vera, Peru\'s envoy, abstained. '
     '"There was no time to read it," added Vera.', {"Luis Vera"}),
    ("a paragraph opening on a quote, then she said", "Ana Soto, Peru's envoy, spoke after "
     'the vote.\n\n"This is a historic step for the region," she said.', {"Ana Soto"}),
    ("a long quote, then a post and the name", '"The resolution ignores the facts on the '
     "ground, it rewards aggression and it leaves the victims without any remedy "
     'whatsoever," the Chilean ambassador, Ana Soto, said after the vote.', {"Ana Soto"}),
    ("a quote in two parts around the attribution", '"We abstained," said Kofi Mensah, '
     '"because the text was rushed."', {"Kofi Mensah"}),
    ("the name, a post and a colon before the quote", 'Ana Soto, Peru\'s ambassador: "The '
     'text is flawed."', {"Ana Soto"}),
    ("told a news agency and a colon", 'Ana Soto told AFP: "We cannot accept this."',
     {"Ana Soto"}),
    ("the attribution in the middle of the sentence", "The text, Ana Soto said, was flawed "
     "from the start.", {"Ana Soto"}),
    ("a state's envoy in the middle of the sentence", "The vote, said Chile's envoy, was a "
     "mistake.", {"CHL"}),
    ("a quote, then said and the state's envoy", '"This is a dark day," said the Syrian '
     "envoy.", {"SYR"}),
    ("a quote, then a state's title and the name", '"This mandate is a step forward," '
     "U.S. Deputy Ambassador Ana Soto told the Council after the vote.", {"Ana Soto"}),
    ("a quote, then an adjective's minister and the name", '"We cannot accept this," '
     "Chilean Foreign Minister Luis Vera said.", {"Luis Vera"}),
    ("a quote, then he said after an adjective's ambassador", "The Dutch ambassador, whose "
     'delegation voted yes, needled Paris. Abstaining was "highly unusual for a permanent '
     'member," he said.', {"NLD"}),
    ("a quote, then she said after a state's envoy", "Peru's envoy spoke last. \"We will "
     'not be lectured by anyone here," she said.', {"PER"}),
    ("a quote, then an adjective's diplomat", '"We abstained because the text was rushed," '
     "a Brazilian diplomat said.", {"BRA"}),
    # a named speaker with a state or a post
    ("a name of a state", "Ana Soto of Chile said the text was flawed.", {"Ana Soto"}),
    ("a name of a state told the Council", "Lena Sorvik of Norway told the Council that the "
     "mandate mattered.", {"Lena Sorvik"}),
    ("a name and a state in brackets", "Ambassador Ana Soto (Chile) said the draft was "
     "balanced.", {"Ana Soto"}),
    ("an adjective's minister and the name", "Peruvian Foreign Minister Luis Vera said the "
     "vote was fair.", {"Luis Vera"}),
    ("a minister of a state", "Foreign Minister Luis Vera of Peru said the vote was fair.",
     {"Luis Vera"}),
    ("the name, then the adjective's minister", "Luis Vera, the Peruvian foreign minister, "
     "told reporters the vote was fair.", {"Luis Vera"}),
    ("the name, then a post at the UN", "Ana Soto, Chile's ambassador to the UN, said the "
     "text was premature.", {"Ana Soto"}),
    ("a post at the United Nations, then the name", "Chile's ambassador to the United "
     "Nations, Ana Soto, said the text was premature.", {"Ana Soto"}),
    ("a spokeswoman's title before the name", "Foreign ministry spokeswoman Lena Marsh said "
     "the vote was regrettable.", {"Lena Marsh"}),
    ("a state's possessive before a president", "Ghana's President Kofi Mensah said the "
     "resolution was overdue.", {"Kofi Mensah"}),
    # an opening clause before the speaker
    ("speaking to reporters, then the name", "Speaking to reporters after the vote, Ana Soto "
     "said the text was a compromise.", {"Ana Soto"}),
    ("the name, speaking to reporters, said", "Ana Soto, speaking to reporters after the vote, "
     "said the text was a compromise.", {"Ana Soto"}),
    ("asked about the vote, then the name", "Asked about the vote, Ana Soto said it was a "
     "mistake.", {"Ana Soto"}),
    ("later, at a press conference", "Later, at a press conference, Ana Soto said the text "
     "was a mistake.", {"Ana Soto"}),
    ("in a tweet, then the name and called", "In a tweet, Ana Soto called the vote a "
     "disgrace.", {"Ana Soto"}),
    ("the name, then who voted no, then later said", "Ana Soto, who voted no, later said the "
     "text was flawed.", {"Ana Soto"}),
    # verbs of reported speech
    ("tweeted that", "Ana Soto tweeted that the vote was a disgrace.", {"Ana Soto"}),
    ("described as", "Ana Soto described the outcome as a defeat.", {"Ana Soto"}),
    ("dismissed as", "Luis Vera dismissed the text as propaganda.", {"Luis Vera"}),
    ("conceded that", "Ana Soto conceded that the text was imperfect.", {"Ana Soto"}),
    ("complained that", "Luis Vera complained that the vote was rushed.", {"Luis Vera"}),
    ("cautioned that", "Kofi Mensah cautioned that the embargo could backfire.",
     {"Kofi Mensah"}),
    ("pointed out that", "Ana Soto pointed out that the mandate had expired.", {"Ana Soto"}),
    ("observed that", "Lena Sorvik observed that the text was new.", {"Lena Sorvik"}),
    ("reminded delegates that", "Ana Soto reminded delegates that the text was new.",
     {"Ana Soto"}),
    ("underscored that", "Luis Vera underscored that the mandate was narrow.", {"Luis Vera"}),
    ("predicted that", "Kofi Mensah predicted that the text would pass next year.",
     {"Kofi Mensah"}),
    ("informed the Council that", "Ana Soto informed the Council that her government would "
     "comply.", {"Ana Soto"}),
    ("charged that", "Luis Vera charged that the vote had been rigged.", {"Luis Vera"}),
    ("agreed, saying", "Lena Sorvik agreed, saying the draft was fair.", {"Lena Sorvik"}),
    ("told the Assembly", "Kofi Mensah told the Assembly the vote was overdue.",
     {"Kofi Mensah"}),
    ("was quoted as saying", "Ana Soto was quoted as saying the vote was overdue.",
     {"Ana Soto"}),
    ("as she put it", "As Ana Soto put it, the vote was a wake-up call.", {"Ana Soto"}),
    ("in the words of", "The vote was, in the words of Ana Soto, a shameful day.",
     {"Ana Soto"}),
    # a state, its capital or a people speaking
    ("a state warned that", "Chile warned that the embargo would fail.", {"CHL"}),
    ("a state insisted, without that", "Peru insisted the draft was fair.", {"PER"}),
    ("a state noted that", "Norway noted that the mandate had expired.", {"NOR"}),
    ("a state stressed that", "Ghana stressed that dialogue must come first.", {"GHA"}),
    ("a state countered that", "Bolivia countered that the text was one-sided.", {"BOL"}),
    ("a state accused", "Cuba accused the sponsors of hypocrisy.", {"CUB"}),
    ("a state declared that", "Chile declared that the vote was illegal.", {"CHL"}),
    ("a capital said", "Moscow said the resolution was a provocation.", {"RUS"}),
    ("a capital warned against", "Beijing warned against interference in internal affairs.",
     {"CHN"}),
    ("a state voted no and said", "Chile voted against the text and said it was unbalanced.",
     {"CHL"}),
    ("a state abstained, saying", "Peru abstained, saying the draft went too far.", {"PER"}),
    ("two states both said", "Chile and Peru both said the text was weak.", {"CHL", "PER"}),
    ("states including two, said", "Several states, including Chile and Peru, said the text "
     "was weak.", {"CHL", "PER"}),
    ("officials in a capital", "Officials in Lima said the vote was a victory.", {"PER"}),
    ("diplomats from two states", "Diplomats from Ghana and Kenya said the text was weak.",
     {"GHA", "KEN"}),
    ("two adjectives' delegations", "The Ghanaian and Kenyan delegations said the text was "
     "weak.", {"GHA", "KEN"}),
    # an unnamed voice of a state
    ("an adjective's envoy told reporters", "The Chinese envoy told reporters the text was "
     "premature.", {"CHN"}),
    ("an adjective's ambassador", "The Dutch ambassador said the vote was a turning point.",
     {"NLD"}),
    ("an adjective's ambassador, named after", "The Dutch ambassador, Karel Berg, said the "
     "vote was a turning point.", {"Karel Berg"}),
    ("an adjective's ambassador, named before", "Karel Berg, the Dutch ambassador, voted "
     "first. Later the Dutch ambassador told reporters the vote was a turning point.", set()),
    ("an adjective's ambassador in the past perfect", "The vote answered the anger the "
     "Libyan ambassador had voiced in the chamber.", {"LBY"}),
    ("a state's UN envoy", "Chile's UN envoy said the text was fair.", {"CHL"}),
    ("a state's foreign minister, unnamed", "Peru's foreign minister told reporters the vote "
     "was fair.", {"PER"}),
    ("a state's delegation in a statement", "Ghana's delegation said in a statement that the "
     "vote was historic.", {"GHA"}),
    ("a state's mission to the UN", "In a statement, the Kenyan mission to the UN said the "
     "vote was historic.", {"KEN"}),
    ("a state's ministry called the vote", "Kenya's foreign ministry called the vote a "
     "betrayal.", {"KEN"}),
    ("an adjective's ministry described", "The Kenyan foreign ministry described the vote as "
     "a betrayal.", {"KEN"}),
    ("the ministry of foreign affairs of a state", "The Ministry of Foreign Affairs of Kenya "
     "said the vote was a betrayal.", {"KEN"}),
    ("a state's ministry of foreign affairs", "Kenya's Ministry of Foreign Affairs said the "
     "vote was a betrayal.", {"KEN"}),
    ("a state's ministry issued a statement", "Japan's Foreign Ministry issued a statement "
     "welcoming the vote.", {"JPN"}),
    ("the ministry in a capital", "The Foreign Ministry in Nairobi said the vote was a "
     "betrayal.", {"KEN"}),
    ("a spokesman for a state's ministry", "A spokesman for the Indian foreign ministry said "
     "the vote was regrettable.", {"IND"}),
    ("an adjective's foreign office", "The British Foreign Office said the vote was welcome.",
     {"GBR"}),
    ("the State Department", "The US State Department said the resolution was "
     "counterproductive.", {"USA"}),
    # according to
    ("according to a name", "According to Ana Soto, the vote was premature.", {"Ana Soto"}),
    ("according to a state's envoy", "According to Chile's envoy, the vote was rushed.",
     {"CHL"}),
    ("according to an adjective's delegation", "According to the Egyptian delegation, the "
     "text was balanced.", {"EGY"}),
    ("according to diplomats from a state", "According to diplomats from Peru, the text was "
     "rushed.", {"PER"}),
    ("according to a statement of a ministry", "According to a statement from the Kenyan "
     "foreign ministry, the vote was a betrayal.", {"KEN"}),
    # a press release's speakers
    ("the representative of a state said", "The representative of Chile said the text was "
     "balanced.", {"CHL"}),
    ("speaking before the vote, the representative of", "Speaking before the vote, the "
     "representative of Ghana said the text was balanced.", {"GHA"}),
    ("speaking after the vote, the representative of the", "Speaking after the vote, the "
     "representative of the United Kingdom said the mandate was clear.", {"GBR"}),
    ("in explanation of vote, the representative of", "In explanation of vote, the "
     "representative of Japan said the text was premature.", {"JPN"}),
    ("the representative of a state, speaking in explanation of vote", "The representative "
     "of Brazil, speaking in explanation of vote, said the text was premature.", {"BRA"}),
    ("explaining her vote, the representative", "Explaining her vote, the representative of "
     "Chile said the text was premature.", {"CHL"}),
    ("a state's representative, speaking before the vote", "Chile's representative, speaking "
     "before the vote, said the text was premature.", {"CHL"}),
    ("also speaking in explanation of vote were", "Also speaking in explanation of vote were "
     "the representatives of Chile and Peru.", {"CHL", "PER"}),
    # a pronoun after the name
    ("she told delegates after the name", "Ana Soto, Peru's ambassador, abstained. She told "
     "delegates the text was rushed.", {"Ana Soto"}),
    ("he argued after a title and the name", "Ambassador Marko Petric voted no. He argued "
     "that the sanctions would hurt civilians.", {"Marko Petric"}),
    # organisations
    ("a rights group said", "Amnesty International said the vote was a victory.",
     {"Amnesty International"}),
    ("a regional body welcomed the vote", "The African Union welcomed the vote.",
     {"African Union"}),
    # no speaker
    ("a vote is no statement", "Chile voted no.", set()),
    ("a resolution that says is no speaker", "The resolution says that all states must "
     "comply.", set()),
    ("a report that said is no speaker", "The report said the camps were overcrowded.",
     set()),
    ("said no to the draft is a ballot", "Chile said no to the draft.", set()),
    ("called a meeting", "Peru called a meeting of the Council.", set()),
    # urging reports what the urger said (the gold's convention since the seventeenth round)
    ("a state urged members to vote", "Mexico urged members to vote yes.", {"MEX"}),
    ("an organisation had urged the Council", "Ahead of the vote, Amnesty International had "
     "urged the Council to renew the mandate without limits.", {"Amnesty International"}),
    ("a state's representative urged, then a result", "Chile's representative urged members "
     "to reject every amendment, and they did.", {"CHL"}),
    ("a named envoy urges, live", "11:05 - Ana Soto, Peru's envoy, urges restraint on all "
     "sides.", {"Ana Soto"}),
    ("people who were urged do not speak", "Delegations were urged to stay in the hall for "
     "the vote.", set()),
    ("called for a vote", "Chile called for a vote.", set()),
    ("called for, with the words quoted", "Ana Soto called for a \"new start\" in the "
     "region.", {"Ana Soto"}),
    ("calling for the words quoted", "In a letter, Foreign Minister Luis Vera repeated his "
     'government\'s position, calling for the "swift conclusion" of the talks.', {"Luis Vera"}),
    ("a land claimed is no statement", "The force patrols Abyei, which both Sudan and South "
     "Sudan claim.", set()),
    ("the land that two states claim, then a state speaking", "The force patrols Abyei, "
     "which both Sudan and South Sudan claim; Chile says the force is too small.", {"CHL"}),
    ("called on the parties", "Peru called on the parties to talk.", set()),
    ("insisted on a recorded vote", "Mexico insisted on a recorded vote.", set()),
    ("responded by voting", "Peru responded by voting no.", set()),
    ("declined to say", "Peru declined to say how it would vote.", set()),
    ("announced an embargo", "Chile announced an arms embargo.", set()),
    ("critics of a state said", "Critics of Chile said the vote was rigged.", set()),
    ("supporters of a person said", "Supporters of Ana Soto said the vote was rigged.", set()),
    ("welcomed a person", "Norway welcomed the new envoy.", set()),
    ("the text called the occupation", "The draft called the occupation illegal.", set()),
    # a second batch, written after the first rules of the round: other orders and voices
    ("a state's person shot back", "Guatemala's Ana Soto shot back that the charge was "
     "offensive.", {"Ana Soto"}),
    ("was blunt and a colon", "Ana Soto, the Chilean envoy, was blunt: \"This text is dead "
     'on arrival."', {"Ana Soto"}),
    ("a quote, then the representative of and said", '"Enough is enough," the '
     "representative of Peru said.", {"PER"}),
    ("a quote, then said and a spokesman for a ministry", '"We regret the outcome," said a '
     "spokesman for the Kenyan foreign ministry.", {"KEN"}),
    ("for its part, maintained", "Peru, for its part, maintained that the text was "
     "premature.", {"PER"}),
    ("both before two states", "Both Chile and Peru said they would abstain.",
     {"CHL", "PER"}),
    ("two capitals have both said", "Lima and Quito have both said the text is premature.",
     {"PER", "ECU"}),
    ("an adjective's mission in a statement", "The Kenyan mission said in a statement on "
     "Friday that the vote was historic.", {"KEN"}),
    ("in remarks to reporters, a state's ambassador", "In remarks to reporters, Kenya's "
     "ambassador said the vote was historic.", {"KEN"}),
    ("told the Council in a speech that", "Ana Soto told the Council in a speech before the "
     "vote that the text was premature.", {"Ana Soto"}),
    ("speaking on behalf of a group, the representative of", "Speaking on behalf of the Arab "
     "Group, the representative of Jordan said the text was balanced.", {"JOR"}),
    ("an adjective's representative speaking for a group", "The Jordanian representative, "
     "speaking for the Arab Group, said the text was balanced.", {"JOR"}),
    ("an adjective's minister, then the name", "The Chilean foreign minister, Ana Soto, said "
     "the vote was fair.", {"Ana Soto"}),
    ("a statement from a state's ministry said", "A statement from Peru's foreign ministry "
     "said the vote was fair.", {"PER"}),
    ("a state's government issued a statement", "Peru's government issued a statement "
     "welcoming the vote.", {"PER"}),
    ("in a written statement, an adjective's government", "In a written statement, the "
     "Peruvian government said the vote was fair.", {"PER"}),
    ("acknowledged that", "Ana Soto acknowledged that the text was imperfect.", {"Ana Soto"}),
    ("asked whether, then replied that", "Asked whether he would veto, Luis Vera replied "
     "that the text was not ready.", {"Luis Vera"}),
    ("presented credentials is no statement", "The Chilean ambassador presented his "
     "credentials.", set()),
    ("a minister resigned is no statement", "Peru's foreign minister resigned.", set()),
    ("the text said is no speaker", "The text said that all parties must comply.", set()),
    ("observed a minute of silence", "The Council observed a minute of silence.", set()),
    ("charged with a crime", "Ana Soto was charged with fraud in May.", set()),
    ("a ministry in a capital closed", "The ministry in Lima was closed on Friday.", set()),
    # a third batch: judging and presenting in words
    ("two states defended the text", "Chile and Peru defended the text.", {"CHL", "PER"}),
    ("defended her government's record", "Ana Soto defended her government's record on "
     "rights.", {"Ana Soto"}),
    ("defended a city is no statement", "Ukraine defended the city for months.", set()),
    ("praised", "Luis Vera praised the rapporteur's work.", {"Luis Vera"}),
    ("criticised as", "Chile has long criticised the court as biased.", {"CHL"}),
    ("criticised alone is a stance", "Chile criticised the court.", set()),
    ("presented her report", "Special Rapporteur Ana Soto presented her report to the "
     "Council.", {"Ana Soto"}),
    ("presented the findings", "Opening the debate, the High Commissioner, Ana Soto, "
     "presented the findings of her office.", {"Ana Soto"}),
    ("presented the draft is a sponsor's act", "Chile presented the draft on Monday.", set()),
    # a fourth batch: addressing a meeting, and an organisation told by a common noun
    ("addressed the Human Rights Council", "Ana Soto addressed the Human Rights Council on "
     "Monday.", {"Ana Soto"}),
    ("also addressed the opening", "High Commissioner Ana Soto also addressed the opening of "
     "the session.", {"Ana Soto"}),
    ("addressed an issue is no statement", "Ana Soto addressed the issue of funding.", set()),
    ("addressed a letter to the Council is no statement", "Ana Soto addressed the letter to "
     "the Council.", set()),
    ("a quote, then the group said", "Amnesty International welcomed the vote. \"This is a "
     'step toward justice for the victims," the group said in a statement.',
     {"Amnesty International"}),
    ("the group said, its name told in the sentence before", "Human Rights Watch had lobbied "
     'for weeks. "Governments should now be held to it," the group said.',
     {"Human Rights Watch"}),
    # a family name that ends like a plural ("Edrees", "Ramees") after an envoy's post
    ("a post, then a name ending in -ees", "Kenya's U.N. ambassador, Amina Kirees, told the "
     "Assembly that the text was needed.", {"Amina Kirees"}),
    ("a minister's title, then a name ending in -ees", "Foreign Minister Ali Ramees said the "
     "text was needed.", {"Ali Ramees"}),
    ("a group of people is no name", "Tibetan Buddhists, who fled in May, said nothing.",
     set()),
    ("the group said, no organisation near", "Amnesty International was absent. Chile voted "
     'yes. Peru abstained. "This is a step toward justice," the group said.', set()),
    # seventeenth round: a verb, then a colon; an occasion used to speak; an argument made;
    # the live present; "its" voice after auxiliaries and its antecedent; an observer; a
    # delegation led by someone; a plural demonym; time spent speaking; an appositive chain
    ("answered, then a colon", "Ana Soto, Peru's ambassador, answered in kind: the text "
     "was a trap.", {"Ana Soto"}),
    ("a state's envoy answered with a list and a colon", "Chile's envoy answered with a list: "
     "no consultation, no time, no consensus.", {"CHL"}),
    ("the present answers, an adverb and a colon", "Ambassador Luis Vera answers bluntly: "
     "the draft will not pass.", {"Luis Vera"}),
    ("answered the call is no statement", "Peru answered the call for troops.", set()),
    ("used the debate to complain", "Ambassador Ana Soto used the debate to complain that "
     "the mandate was too broad.", {"Ana Soto"}),
    ("took the opportunity to remind", "Brazil's delegate took the opportunity to remind "
     "members that the text came late.", {"BRA"}),
    ("used its speech to warn", "Kenya used its speech to warn that the sanctions would hurt "
     "civilians.", {"KEN"}),
    ("used the meeting to call for is advocacy", "Peru used the meeting to call for a "
     "ceasefire.", set()),
    ("made the argument that", "The Sudanese delegate made the argument that country texts "
     "are selective.", {"SDN"}),
    ("has made this argument before", "Ana Soto, Peru's envoy, has made this argument "
     "before: the Council is not a court.", {"Ana Soto"}),
    ("the live present, speaks in support", "10:42 — Cuba's representative speaks in "
     "support, echoing Venezuela.", {"CUB"}),
    ("the live present, speaks against", "Mexico speaks against the amendment.", {"MEX"}),
    ("its delegation has long argued", "Ghana abstained. Its delegation has long argued that "
     "the text is one-sided.", {"GHA"}),
    ("its envoy, a state naming a draft between", "Peru is presenting the Chile draft. Its "
     "envoy stresses that nothing was changed.", {"PER"}),
    ("its diplomats, a capital naming a conference between", "Hanoi hosted the Paris talks "
     "in May, and its diplomats say the process should not be rushed.", {"VNM"}),
    ("its delegation, the sentence's subject", "The United States demanded a vote, and its "
     "delegation told the hall that the body was partisan.", {"USA"}),
    ("its delegation, the state named last in the sentence", "Ecuador, Chile and Bolivia "
     "voted no — Bolivia because, its delegation said, the text was weak.", {"BOL"}),
    ("a state's observer", "Switzerland's observer told the Assembly that there was no "
     "consensus.", {"CHE"}),
    ("an adjective's observer", "The Palestinian observer warned that the text came too "
     "late.", {"PSE"}),
    ("election observers are no state's voice", "Election observers said the vote was "
     "fair.", set()),
    ("a delegation led by an ambassador", "Washington's delegation, led by Ambassador Ana "
     "Soto, argued that the peace process came first.", {"USA"}),
    ("a delegation headed by its minister", "The Brazilian delegation, headed by its foreign "
     "minister, insisted that the text be read as a whole.", {"BRA"}),
    ("a plural demonym", "The Americans have said they want a leaner UN.", {"USA"}),
    ("a plural demonym, then argued", "The Russians argued that the text was unbalanced.",
     {"RUS"}),
    ("a demonym without the is people", "Many Americans say the UN is useless.", set()),
    ("years spent telling", "Ambassador Ana Soto has spent three years telling anyone who "
     "will listen that the system works.", {"Ana Soto"}),
    ("its delegation spent the session arguing", "Ghana abstained. Its delegation has spent "
     "much of the session arguing that the text is one-sided.", {"GHA"}),
    ("diplomats spent the morning insisting", "Chilean diplomats spent the morning insisting "
     "that nothing had changed.", {"CHL"}),
    ("an appositive chain before the speaker", "In a letter to the president of the Council, "
     "Greek ambassador Nikos Petrakis, the American envoy Mark Dalton argued that the crisis "
     "was spreading.", {"Mark Dalton"}),
    ("boasting after a clause", "Soviet leader Ivan Petrov had all but announced the test, "
     "boasting to party delegates that the weapon was ready.", {"Ivan Petrov"}),
    ("boasted that", "Foreign Minister Ali Ramees boasted that the text had passed.",
     {"Ali Ramees"}),
    # an aside of concession or time between the speaker and the verb; an unnamed official
    # of a ministry or government; a speech participle after "by"
    ("an aside with while and a participle", "The United States, while backing the talks, "
     "said it opposed the texts.", {"USA"}),
    ("an aside with although", "Ambassador Ana Soto, although she backed the aim, told the "
     "Council the draft was rushed.", {"Ana Soto"}),
    ("an aside with when", "Japan, when asked for its view, said it would abstain again.",
     {"JPN"}),
    ("while and a name is a second clause", "Chile stressed its record, while Ambassador Ana "
     "Soto, the youngest envoy, presented herself as a reformer.", {"CHL", "Ana Soto"}),
    ("a foreign ministry official of a state", "A Greek foreign ministry official said the "
     "majority showed that the Convention held.", {"GRC"}),
    ("a senior government source of a state", "A senior Kenyan government source said the "
     "text was weak.", {"KEN"}),
    ("a government official of no state", "A government official said the text was weak.",
     set()),
    ("opened the meeting by saying", "Secretary-General Ana Soto opened the meeting by saying "
     "that restraint was needed.", {"Ana Soto"}),
    ("began the remarks by thanking", "Ambassador Luis Vera began his remarks by thanking the "
     "sponsors.", {"Luis Vera"}),
    ("closed the debate by urging", "Peru closed the debate by urging members to reject the "
     "amendment.", {"PER"}),
    ("an appositive, then opened the debate by accusing", "Ana Soto, Peru's envoy, opened "
     "the debate by accusing the sponsors of haste.", {"Ana Soto"}),
    ("responded by vetoing is no statement", "Russia responded by vetoing the text.", set()),
]  # fmt: skip


def _scored_speakers(text: str) -> set[str]:
    """The speakers as the scorer counts them: an unnamed voice as the state it speaks for."""
    result = extract(VOTE + text, article_date=date(2024, 3, 8))
    speakers = set()
    for fact in result.facts_of("statement"):
        speaker = fact.fields["speaker"]
        if speaker["kind"] in ("person", "state", "organization") and speaker.get("key"):
            speakers.add(speaker["key"])
        elif fact.fields.get("speaking_for"):
            speakers.add(fact.fields["speaking_for"])
    return speakers


@pytest.mark.parametrize(("shape", "text", "expected"), STATEMENTS, ids=[s[0] for s in STATEMENTS])
def test_statements(shape, text, expected):
    assert _scored_speakers(text) == expected, shape
