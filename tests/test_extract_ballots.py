"""The inventory of ways news reports a vote, kept as data: each shape, a sentence of our own
in that shape, and the ballots (and vetoes) it states. Hypotheticals and asides give none.

The sentences are written for this inventory (none is taken from the evaluation corpus);
``kg.extract.ballots`` documents the shapes it reads.
"""

from __future__ import annotations

import re
from datetime import date

import pytest

from kg.extract import extract
from kg.extract.mentions import find_mentions

#: (shape, text, ballots {(voter, option)}, vetoes {voter})
PATTERNS = [
    ("vetoed by both", "The resolution was vetoed by both Russia and China.",
     {("RUS", "no"), ("CHN", "no")}, {"RUS", "CHN"}),
    ("subject list", "Cuba, Nicaragua and Syria voted against the resolution.",
     {("CUB", "no"), ("NIC", "no"), ("SYR", "no")}, set()),
    ("copular list", "The four countries that opposed the resolution were Cuba, Iran, "
     "Syria and Belarus.", {("CUB", "no"), ("IRN", "no"), ("SYR", "no"), ("BLR", "no")}, set()),
    ("the opponents were", "The resolution was adopted by 120 votes to 9. The opponents were "
     "Iran and Belarus.", {("IRN", "no"), ("BLR", "no")}, set()),
    ("a veto not used is no veto", "The Security Council adopted the resolution 10-3-2. "
     "Chile did not use its veto, and Peru chose not to block the text with its veto.",
     set(), set()),
    ("a ballot to come is no ballot", "The resolution was adopted by 120 votes to 9. Peru "
     "will abstain next time, its envoy said.", set(), set()),
    ("a vote asked of others", "The resolution was adopted by 120 votes to 9. Peru urged "
     "others to vote in favour, and Chile lobbied Fiji to vote against.", set(), set()),
    ("a vote supposed", "The resolution was adopted by 120 votes to 9. Had Peru voted no, "
     "the text would still have passed.", set(), set()),
    ("a habit of the past", "The resolution was adopted by 120 votes to 9. Peru has abstained "
     "on such texts in the past.", set(), set()),
    ("refrained from vetoing", "The Security Council adopted the resolution 10-3-2. Chile "
     "refrained from vetoing it, and Peru stopped short of vetoing it.", set(), set()),
    ("switched from a side to 'a yes vote'", "The resolution was adopted by 120 votes to 9. "
     "Peru switched from abstention to a yes vote.", {("PER", "yes")}, set()),
    ("a described list before a colon", "The resolution passed 100-5. The no votes were the "
     "usual ones: Iran, Syria and Cuba.", {("IRN", "no"), ("SYR", "no"), ("CUB", "no")}, set()),
    ("a power that is no veto power", "The resolution was adopted by 128 votes to 50. Brazil, "
     "wary of great-power rivalry, voted yes, and India, mindful of power politics in Asia, "
     "abstained.", {("BRA", "yes"), ("IND", "abstain")}, set()),
    ("among the counted opponents, with companions", "The resolution was adopted by 120 votes "
     "to 9. Chile and Peru were among the nine opponents, together with Fiji. Japan was among "
     "the 120 supporters.", {("CHL", "no"), ("PER", "no"), ("FJI", "no"), ("JPN", "yes")},
     set()),
    ("a count of votes and its list after a colon", "The Security Council voted on the draft "
     "on Monday. It gets four votes: Chile, Peru, Fiji and Nepal.",
     {("CHL", "yes"), ("PER", "yes"), ("FJI", "yes"), ("NPL", "yes")}, set()),
    ("a count of votes and its list after a dash or 'from'", "The Security Council voted on "
     "two drafts on Monday. The second won only three votes \u2014 Ghana, Kenya and Mali. A third "
     "text got two votes, from Japan and India.",
     {("GHA", "yes"), ("KEN", "yes"), ("MLI", "yes"), ("JPN", "yes"), ("IND", "yes")}, set()),
    ("a count of votes its list does not fill names no voter", "The Security Council voted on "
     "the draft on Monday. It drew three votes: Chile, Peru, Fiji and Nepal.", set(), set()),
    ("an answer, then 'They were joined by' a described group", "The resolution was adopted "
     "by 120 votes to 9. Which countries voted against? Chile and Peru, as usual. They were "
     "joined by a handful of Pacific states: Fiji, Tonga and Samoa.",
     {("CHL", "no"), ("PER", "no"), ("FJI", "no"), ("TON", "no"), ("WSM", "no")}, set()),
    ("a question opening a square-bulleted entry", "Live: the Assembly votes\n\n\u25aa The "
     "resolution was adopted by 120 votes to 9.\n\u25aa Who abstained? Japan and Brazil.\n"
     "\u25aa Next: the budget.", {("JPN", "abstain"), ("BRA", "abstain")}, set()),
    ("a past verb joined by 'and' after a modal is told", "The resolution was adopted by 120 "
     "votes to 9. Chile and Peru could not make up their minds and abstained, as did Fiji. "
     "Japan would not follow its allies and voted in favour. Nepal would abstain, its envoy "
     "said.", {("CHL", "abstain"), ("PER", "abstain"), ("FJI", "abstain"), ("JPN", "yes")},
     set()),
    ("companions 'in the company of'", "The resolution was adopted by 120 votes to 9. Brazil "
     "voted against it, which put it in the company of Fiji and Nepal. In the company of Peru "
     "and Ghana, Chile abstained.",
     {("BRA", "no"), ("FJI", "no"), ("NPL", "no"), ("PER", "abstain"), ("GHA", "abstain"),
      ("CHL", "abstain")}, set()),
    ("a group's list after 'too' and a dash", "The resolution was adopted by 120 votes to 9. "
     "Several of its neighbours voted against too \u2014 India, Nepal and Bhutan \u2014 along "
     "with Cuba. A few Gulf states abstained as well: Qatar and Oman.",
     {("IND", "no"), ("NPL", "no"), ("BTN", "no"), ("CUB", "no"), ("QAT", "abstain"),
      ("OMN", "abstain")}, set()),
    ("a group's noun right before its members' names after 'as did', 'along with'", "The "
     "resolution was adopted by 128 votes to 50. Ukraine voted no, as did the Western Balkan "
     "candidates Albania, North Macedonia and Bosnia and Herzegovina. Chile abstained, along "
     "with the three Andean states Peru, Bolivia and Ecuador.",
     {("UKR", "no"), ("ALB", "no"), ("MKD", "no"), ("BIH", "no"), ("CHL", "abstain"),
      ("PER", "abstain"), ("BOL", "abstain"), ("ECU", "abstain")}, set()),
    ("the supporters included", "The resolution was adopted. Its supporters included Chile "
     "and Peru.", {("CHL", "yes"), ("PER", "yes")}, set()),
    ("opponents without a list", "The resolution was adopted after Ukraine and its opponents "
     "met in Geneva.", set(), set()),
    ("with X and Y opposed and N abstentions after a count", "The assembly adopted the text by "
     "90 votes to 2, with only Iran and Syria opposed and four abstentions.",
     {("IRN", "no"), ("SYR", "no")}, set()),
    ("opposed without a count or a motion", "Iran and Syria opposed and four abstained.",
     set(), set()),
    ("another clause's subject before ', and'", "The resolution was adopted by 12 votes. Chile "
     "stepped aside, and Peru voted in favour.", {("PER", "yes")}, set()),
    ("the only countries to", "The only countries to vote against the text were Israel and "
     "Nauru.", {("ISR", "no"), ("NRU", "no")}, set()),
    ("number-word list", "The resolution passed easily. The three no votes came from Iran, "
     "Syria and Venezuela.", {("IRN", "no"), ("SYR", "no"), ("VEN", "no")}, set()),
    ("among the no votes", "The draft resolution was adopted. Among the nine no votes were "
     "Hungary and Paraguay.", {("HUN", "no"), ("PRY", "no")}, set()),
    ("were among the countries", "Kenya and Ghana were among the 20 countries that abstained "
     "on the resolution.", {("KEN", "abstain"), ("GHA", "abstain")}, set()),
    ("lone dissenter", "The assembly adopted the resolution. Belarus was the lone dissenter.",
     {("BLR", "no")}, set()),
    ("joined X in voting against", "Eritrea joined Russia and Syria in voting against the "
     "resolution.", {("ERI", "no"), ("RUS", "no"), ("SYR", "no")}, set()),
    ("sided with … in voting", "Mali sided with Russia in voting no on the resolution.",
     {("MLI", "no"), ("RUS", "no")}, set()),
    ("sided with a voter", "Russia voted against the resolution, and Nicaragua sided with "
     "Moscow.", {("RUS", "no"), ("NIC", "no")}, set()),
    ("side with, no vote told", "Analysts expect several states to side with Moscow on the "
     "resolution.", set(), set()),
    ("abstentions after while", "The resolution was adopted 120-10-40, while India, Brazil and "
     "Mexico abstained.", {("IND", "abstain"), ("BRA", "abstain"), ("MEX", "abstain")}, set()),
    ("as did", "Japan abstained on the resolution, as did Mongolia and Nepal.",
     {("JPN", "abstain"), ("MNG", "abstain"), ("NPL", "abstain")}, set()),
    ("joined by", "Russia voted against the resolution, joined by Belarus and Iran.",
     {("RUS", "no"), ("BLR", "no"), ("IRN", "no")}, set()),
    ("joined in voting against by", "Israel was joined in voting against the resolution by "
     "Nauru and Palau.", {("ISR", "no"), ("NRU", "no"), ("PLW", "no")}, set()),
    ("among them", "Several Gulf states, among them Qatar and Oman, voted yes on the "
     "resolution.", {("QAT", "yes"), ("OMN", "yes")}, set()),
    ("list then among them", "Forty countries abstained on the resolution, Chile and Peru "
     "among them.", {("CHL", "abstain"), ("PER", "abstain")}, set()),
    ("'were among them' after a side, a group last, companions after", "The text passed "
     "130-4-40. The abstentions came mostly from Asia. Nepal, Laos and the five Central Asian "
     "republics were among them, along with African members Chad and Mali.",
     {("NPL", "abstain"), ("LAO", "abstain"), ("TCD", "abstain"), ("MLI", "abstain")}, set()),
    ("joined by … and by", "Russia voted against the resolution, joined by its allies and by "
     "Belarus and Iran.", {("RUS", "no"), ("BLR", "no"), ("IRN", "no")}, set()),
    ("co-authors are not voters", "The draft resolution, prepared with Chile and Peru, received "
     "nine votes in favour.", set(), set()),
    ("the same countries that", "Iran and Syria cast the two no votes, the same two countries "
     "that opposed the first resolution.", {("IRN", "no"), ("SYR", "no")}, set()),
    ("bracketed", "The draft resolution received 12 votes in favour, two against (Russia and "
     "China) and one abstention (India).", {("RUS", "no"), ("CHN", "no"), ("IND", "abstain")},
     set()),  # no UN named, no veto said: a No is a No
    ("bracketed, a UN vote", "The UN draft resolution received 12 votes in favour, two against "
     "(Russia and China) and one abstention (India).",
     {("RUS", "no"), ("CHN", "no"), ("IND", "abstain")},
     {"RUS", "CHN"}),  # 15 votes at the UN are the Council's: a permanent member's No vetoes
    ("vetoed", "Russia vetoed a Security Council resolution on Georgia on Friday.",
     {("RUS", "no")}, {"RUS"}),
    ("blocked with their vetoes", "China and Russia blocked the Security Council draft with "
     "their vetoes.", {("CHN", "no"), ("RUS", "no")}, {"CHN", "RUS"}),
    ("possessive veto", "The draft won 13 votes, but Russia's veto killed the resolution.",
     {("RUS", "no")}, {"RUS"}),
    ("hypothetical veto", "China, which could have blocked the resolution with a veto, "
     "abstained.", {("CHN", "abstain")}, set()),
    ("a veto a route meets", "Kenya took its draft to the General Assembly, since any "
     "Security Council text runs into a Russian veto.", set(), set()),
    ("a veto a draft would meet", "Any Security Council draft would meet a Chinese veto, "
     "Japanese diplomats said.", set(), set()),
    ("a veto the draft met", "The Security Council draft ran into a Russian veto in May.",
     {("RUS", "no")}, {"RUS"}),
    ("a veto named by a voter", "Russia vetoed the Security Council draft. The British "
     "envoy, whose country voted yes, called the veto cynical.", {("RUS", "no"), ("GBR", "yes")},
     {"RUS"}),
    ("the vetoes as a thing", "China and Russia vetoed the Security Council draft. "
     "Washington's envoy said the two vetoes had emboldened Pyongyang.",
     {("CHN", "no"), ("RUS", "no")}, {"CHN", "RUS"}),
    ("the only veto cast", "France cast the only veto on the Security Council draft.",
     {("FRA", "no")}, {"FRA"}),
    ("aside on veto power", "Algeria, an elected member without veto power, voted against the "
     "Security Council draft.", {("DZA", "no")}, set()),
    ("threatened veto", "France threatened to veto any Security Council draft on the matter.",
     set(), set()),
    ("veto power named by its holders", "The Security Council draft on Haiti failed. Ghana "
     "voted no. China and France, two veto powers, backed the text.",
     {("GHA", "no"), ("CHN", "yes"), ("FRA", "yes")}, set()),
    ("vetoes of their own", "The Security Council draft on Haiti failed. Ghana voted no. "
     "China and France, with vetoes of their own, supported it.",
     {("GHA", "no"), ("CHN", "yes"), ("FRA", "yes")}, set()),
    ("a veto used is cast", "The Security Council draft on Haiti failed. France has used "
     "its veto.", {("FRA", "no")}, {"FRA"}),
    ("a thing blocked after an adopted text", "The Security Council adopted a resolution on "
     "Haiti in 2019. Last year China and Russia blocked the attempt to extend it.",
     set(), set()),
    ("an appointment blocked after an adopted text", "The Security Council adopted the "
     "resolution on Haiti by 13 votes to none. France blocked the choice of a new envoy.",
     set(), set()),
    ("would veto", "Washington said it would veto the resolution if it came to a vote.",
     set(), set()),
    ("veto by a non-permanent member", "Kenya blocked the resolution in the committee.",
     set(), set()),
    ("vote asked for", "Ukraine urged members to vote against the Russian draft.", set(), set()),
    ("envoy casting the vote", "Myanmar's ambassador, Kyaw Moe Tun, voted for the resolution.",
     {("MMR", "yes")}, set()),
    ("count then a colon list", "The Security Council draft failed. Only three members voted "
     "for it: Algeria, China and Russia.", {("DZA", "yes"), ("CHN", "yes"), ("RUS", "yes")},
     set()),
    ("the only negative vote, a veto", "Thirteen members backed the Security Council draft, "
     "and France cast the only negative vote, a veto.", {("FRA", "no")}, {"FRA"}),
    ("voted with X for it", "The rival text failed. Only Mali and Niger voted with Russia for "
     "it.", {("MLI", "yes"), ("NER", "yes"), ("RUS", "yes")}, set()),
    ("no veto when the draft fell short", "The Security Council rejected a Russian draft, "
     "which fell short. Britain and France voted against it.", {("GBR", "no"), ("FRA", "no")},
     set()),
    ("no veto short of nine votes", "The Security Council draft won only five votes. Britain "
     "and France voted against it.", {("GBR", "no"), ("FRA", "no")}, set()),
    ("the sole abstention after with", "Last year the same resolution drew 180 votes, and "
     "only Israel opposed it, with Palau the sole abstention.",
     {("ISR", "no"), ("PLW", "abstain")}, set()),
    ("participle then copula", "The assembly adopted the resolution by 140 votes to 3. Voting "
     "against were Cuba, Laos and Syria.", {("CUB", "no"), ("LAO", "no"), ("SYR", "no")}, set()),
    ("those abstaining included", "The assembly adopted the resolution by 140 votes to 3. "
     "Those abstaining included Chile and Peru.", {("CHL", "abstain"), ("PER", "abstain")},
     set()),
    ("among those voting in favour were", "The assembly adopted the resolution by 140 votes to "
     "3. Among those voting in favour were Fiji and Tonga.", {("FJI", "yes"), ("TON", "yes")},
     set()),
    ("passive with by", "The assembly adopted the resolution by 140 votes to 3. The resolution "
     "was opposed by Cuba, Laos and Syria.", {("CUB", "no"), ("LAO", "no"), ("SYR", "no")},
     set()),
    ("no votes cast by", "The assembly adopted the resolution by 150 votes to 2. The no votes "
     "were cast by Cuba and Laos.", {("CUB", "no"), ("LAO", "no")}, set()),
    ("with N abstentions is a count", "The assembly voted 93-24 to suspend Russia from the "
     "Human Rights Council, with 58 abstentions.", set(), set()),
    ("vetoed by", "The Security Council draft was vetoed by China on Friday.", {("CHN", "no")},
     {"CHN"}),
    ("an adjective's veto", "The Security Council draft failed because of a French veto.",
     {("FRA", "no")}, {"FRA"}),
    ("adjectives' vetoes", "The Security Council draft failed after British and French "
     "vetoes.", {("GBR", "no"), ("FRA", "no")}, {"GBR", "FRA"}),
    ("double veto by", "The Security Council draft fell after a double veto by Russia and "
     "China.", {("RUS", "no"), ("CHN", "no")}, {"RUS", "CHN"}),
    ("casting a veto", "The Security Council draft failed, with China casting a veto.",
     {("CHN", "no")}, {"CHN"}),
    ("a veto to avoid", "The sponsors softened the Security Council draft to avoid a Russian "
     "veto.", set(), set()),
    ("a press release's lists", "The Human Rights Council adopted the resolution. In favour: "
     "Chile, Peru. Against: China, Cuba. Abstaining: India.",
     {("CHL", "yes"), ("PER", "yes"), ("CHN", "no"), ("CUB", "no"), ("IND", "abstain")}, set()),
    ("voted with X, the group counted", "The resolution was adopted by 120 votes to 4. Only "
     "Nauru, Palau and Tonga voted with Israel.",
     {("NRU", "no"), ("PLW", "no"), ("TON", "no"), ("ISR", "no")}, set()),
    ("among the abstainers", "The assembly adopted the resolution by 140 votes to 9. Among "
     "the abstainers were Chile and Peru.", {("CHL", "abstain"), ("PER", "abstain")}, set()),
    ("the N countries voting no included", "The assembly adopted the resolution by 140 votes "
     "to 9. The nine countries voting no included Israel and Hungary.",
     {("ISR", "no"), ("HUN", "no")}, set()),
    ("former names", "Burma, Zaire and Swaziland voted against the resolution.",
     {("MMR", "no"), ("COD", "no"), ("SWZ", "no")}, set()),
    ("a veto averted", "The Security Council adopted the resolution 13-0, averting a Chinese "
     "veto.", set(), set()),
    ("adjectives of delegations", "The resolution was adopted by 120 votes to 14. The Russian "
     "and Chinese delegations voted against.", {("RUS", "no"), ("CHN", "no")}, set()),
    ("a state's ambassador", "The resolution was adopted by 120 votes to 14. Britain's "
     "ambassador voted in favour.", {("GBR", "yes")}, set()),
    ("a list continued by 'as well as'", "The resolution was adopted by 120 votes to 14. Voting "
     "against were the United States and Israel, as well as Palau and Nauru.",
     {("USA", "no"), ("ISR", "no"), ("PLW", "no"), ("NRU", "no")}, set()),
    ("nays came from", "The resolution was adopted by 120 votes to 14. Nays came from Israel, "
     "the United States and Palau.", {("ISR", "no"), ("USA", "no"), ("PLW", "no")}, set()),
    ("support came from", "The resolution was adopted by 120 votes to 14. Support came from "
     "France, Germany and Japan.", {("FRA", "yes"), ("DEU", "yes"), ("JPN", "yes")}, set()),
    ("drew support from, while", "The resolution was adopted by 120 votes to 14. The text drew "
     "support from France and Britain, while Hungary voted against it.",
     {("FRA", "yes"), ("GBR", "yes"), ("HUN", "no")}, set()),
    ("a press release's heading with its count", "The resolution was adopted by 120 votes to 4."
     " Against (4): Belarus, Syria, Russia, North Korea.",
     {("BLR", "no"), ("SYR", "no"), ("RUS", "no"), ("PRK", "no")}, set()),
    ("rejected by states", "The draft failed. It was rejected by Russia, China and Iran.",
     {("RUS", "no"), ("CHN", "no"), ("IRN", "no")}, set()),
    ("joined X in rejecting", "The resolution was adopted by 120 votes to 14. Eritrea and Mali "
     "joined Russia in rejecting the text.", {("ERI", "no"), ("MLI", "no"), ("RUS", "no")},
     set()),
    ("so did X", "The resolution was adopted by 120 votes to 14. Japan supported the draft. "
     "So did South Korea.", {("JPN", "yes"), ("KOR", "yes")}, set()),
    ("so did X, with Y and Z", "The resolution was adopted by 120 votes to 14. Washington "
     "voted no. So did Canberra, with the Marshall Islands and Palau.",
     {("USA", "no"), ("AUS", "no"), ("MHL", "no"), ("PLW", "no")}, set()),
    ("a counted group and its members in brackets", "The assembly adopted the resolution. "
     "Four countries opposed it (Cuba, Iran, Syria and Belarus), and three states abstained "
     "(Chile, Peru and Mali).", {("CUB", "no"), ("IRN", "no"), ("SYR", "no"), ("BLR", "no"),
     ("CHL", "abstain"), ("PER", "abstain"), ("MLI", "abstain")}, set()),
    ("a side named, its members in the next sentence", "The resolution was adopted by 120 votes "
     "to 14. The No camp looks much as it always has. It included Cuba, Iran and Syria.",
     {("CUB", "no"), ("IRN", "no"), ("SYR", "no")}, set()),
    ("'It was backed by' after a count, 'as well as by'", "The assembly adopted the text by "
     "90 votes to 12.\n\nThe text calls for talks.\n\nIt was backed by Chile and Peru, as well "
     "as by Ghana.", {("CHL", "yes"), ("PER", "yes"), ("GHA", "yes")}, set()),
    ("the noes, and a dashed aside inside a list", "The assembly adopted the text by 90 votes "
     "to 12. The noes: Cuba and Iran. Abstentions came from Chile and \u2013 to some surprise "
     "\u2013 Peru.", {("CUB", "no"), ("IRN", "no"), ("CHL", "abstain"), ("PER", "abstain")},
     set()),
    ("a list after 'voted against it:' with an aside", "The assembly adopted the text. Three "
     "countries voted against it: Cuba and Iran, as expected, but also Chile.",
     {("CUB", "no"), ("IRN", "no"), ("CHL", "no")}, set()),
    ("a veto forecast", "The assembly adopted the text. The matter may go to the Security "
     "Council, though a US veto there remains likely.", set(), set()),
    ("X and Y were joined by Z after a ballot sentence", "The resolution was adopted by 120 "
     "votes to 14. In 2019 only Cuba and Iran voted against it. This time Cuba and Iran were "
     "joined by Chile and Peru, plus two Pacific island states - Fiji and Palau.",
     {("CUB", "no"), ("IRN", "no"), ("CHL", "no"), ("PER", "no"), ("FJI", "no"), ("PLW", "no")},
     set()),
    ("a relative clause inside a list, and semicolons", "The resolution was adopted by 120 "
     "votes to 14. Voting against were Cuba and Iran, which led the opposition, as well as "
     "Chile and Peru. Supporters included Ghana; Kenya; and Mali.",
     {("CUB", "no"), ("IRN", "no"), ("CHL", "no"), ("PER", "no"), ("GHA", "yes"),
      ("KEN", "yes"), ("MLI", "yes")}, set()),
    ("an explainer's questions answered by lists", "The resolution was adopted by 120 votes "
     "to 2.\n\nWho voted no?\nOnly two countries: Cuba and Iran.\n\nWho abstained?\nA small "
     "group: Chile and Peru, together with Mali.",
     {("CUB", "no"), ("IRN", "no"), ("CHL", "abstain"), ("PER", "abstain"), ("MLI", "abstain")},
     set()),
    ("not one state voted with X", "The resolution was adopted by 120 votes to 2. Not one "
     "Latin American state voted with France.", set(), set()),
    ("a noun counting a side is no state's ballot", "The resolution was adopted by 120 votes "
     "to 14, with 50 abstentions. Chile's ambassador told reporters that the number of "
     "abstentions was no surprise.", set(), set()),
    ("among the abstentions", "The resolution was adopted by 120 votes to 14. China and "
     "India were again among the abstentions.", {("CHN", "abstain"), ("IND", "abstain")},
     set()),
    ("a semicolon ends a companion list before another cue", "The resolution was adopted by "
     "120 votes to 14. Germany and Spain voted in favour, as did France and Italy; the "
     "Netherlands and Sweden abstained.",
     {("DEU", "yes"), ("ESP", "yes"), ("FRA", "yes"), ("ITA", "yes"), ("NLD", "abstain"),
      ("SWE", "abstain")}, set()),
    ("X did the same, as did Y", "The resolution was adopted by 120 votes to 14. The United "
     "States abstained. Britain and Canada did the same, as did Japan.",
     {("USA", "abstain"), ("GBR", "abstain"), ("CAN", "abstain"), ("JPN", "abstain")}, set()),
    ("an opening participle before the copula", "The council vote was 13 to 1. Supporting the "
     "renewal were Argentina, Brazil and Gabon.", {("ARG", "yes"), ("BRA", "yes"), ("GAB", "yes")},
     set()),
    ("joined by, counted by the tally; sat on their hands", "The council vote was 4-0-2. The "
     "Americans were joined by Britain, France and Peru. Nobody voted no, but two members sat "
     "on their hands - Russia and China.",
     {("USA", "yes"), ("GBR", "yes"), ("FRA", "yes"), ("PER", "yes"), ("RUS", "abstain"),
      ("CHN", "abstain")}, set()),
    ("a side in quotes, its colon list opening with groups", "The resolution was carried by 93 "
     "votes to 31. The \"no\" column was Western: all members of the European Community, the "
     "other Nordic countries, the United States and Canada. Hungary joined the \"against\" camp.",
     {("USA", "no"), ("CAN", "no"), ("HUN", "no")}, set()),
    ("an answer opening with groups; a counted group's members in the next sentence",
     "The resolution passed 80-62, with 33 abstentions.\n\nWho voted for it?\nThe European "
     "Union countries, the United States and Canada.\n\nWho sat it out?\nThirty-three "
     "countries abstained. They included Kenya and Ghana.",
     {("USA", "yes"), ("CAN", "yes"), ("KEN", "abstain"), ("GHA", "abstain")}, set()),
    ("a counted group in brackets before the cue, then 'they were joined by'", "The text was "
     "adopted by 128 votes to 12. Only four countries (Cuba, Iran, Syria and Peru) voted no. "
     "This time they were joined by Chile and Mali. The two holdouts were Ghana and Kenya.",
     {("CUB", "no"), ("IRN", "no"), ("SYR", "no"), ("PER", "no"), ("CHL", "no"), ("MLI", "no"),
      ("GHA", "no"), ("KEN", "no")}, set()),
    ("a passive after a long subject", "The assembly voted on Monday. The mid-December "
     "resolution on the international financial system and development (173-3-8) was opposed "
     "by the United States, Argentina and Israel.",
     {("USA", "no"), ("ARG", "no"), ("ISR", "no")}, set()),
    ("a bloc led by some that included others", "The resolution was adopted by 72 votes to "
     "33. It was opposed by Belarus itself and by a bloc led by Russia and China that included "
     "Cuba and Iran, as well as India.",
     {("BLR", "no"), ("RUS", "no"), ("CHN", "no"), ("CUB", "no"), ("IRN", "no"), ("IND", "no")},
     set()),
    ("a count whose members are named inside it", "The resolution was adopted. It was backed "
     "by 141 countries; five, including Russia and Belarus, voted no.",
     {("RUS", "no"), ("BLR", "no")}, set()),
    ("held back, and held back something else", "The resolution was adopted by 120 votes to "
     "14. In Africa, Kenya and Ethiopia held back, as did Botswana. Ghana held back criticism "
     "of the text. Russia held back its support.",
     {("KEN", "abstain"), ("ETH", "abstain"), ("BWA", "abstain"), ("RUS", "abstain")}, set()),
    ("among the supporters", "The resolution was adopted by 17 votes to 6. Chile, Peru and "
     "Ghana were among the supporters, as was Kenya.",
     {("CHL", "yes"), ("PER", "yes"), ("GHA", "yes"), ("KEN", "yes")}, set()),
    ("X followed suit", "The resolution was adopted by 120 votes to 14. France abstained. "
     "Britain and Germany followed suit.",
     {("FRA", "abstain"), ("GBR", "abstain"), ("DEU", "abstain")}, set()),
    ("a veto echoed by an ambiguous name", "The Security Council failed to adopt the draft. "
     "Russia vetoed it. China did the same.", {("RUS", "no"), ("CHN", "no")}, {"RUS", "CHN"}),
    ("denied, then counted back", "The resolution was adopted by 120 votes to 14. Neither India "
     "nor China supported the text; both abstained.", {("IND", "abstain"), ("CHN", "abstain")},
     set()),
    ("did not vote for it", "The resolution was adopted by 120 votes to 14. India did not vote "
     "for the text.", set(), set()),
    ("a colon list with semicolons and a described group", "The resolution was adopted by 90 "
     "votes to 12. The no votes came from familiar quarters: Cuba; Iran; the Andean pair of "
     "Bolivia and Venezuela; and, more surprisingly, Chile.",
     {("CUB", "no"), ("IRN", "no"), ("BOL", "no"), ("VEN", "no"), ("CHL", "no")}, set()),
    ("a list going on past a name the lexicon lacks", "The resolution was adopted by 90 votes "
     "to 12. Abstaining: Algeria, Congo, Denmark, Egypt.",
     {("DZA", "abstain"), ("DNK", "abstain"), ("EGY", "abstain")}, set()),
    ("a change of side", "The resolution was adopted by 90 votes to 12. Chile and Peru moved "
     "from no to abstain, and Ghana went from abstaining to voting in favour.",
     {("CHL", "abstain"), ("PER", "abstain"), ("GHA", "yes")}, set()),
    ("columns, camps, fences", "The resolution was adopted by 90 votes to 12. Chile was in the "
     "No column. Peru stayed on the fence, and Ghana sat this one out.",
     {("CHL", "no"), ("PER", "abstain"), ("GHA", "abstain")}, set()),
    ("a list opened by a live blog's time stamp", "The resolution was adopted by 90 votes to "
     "12.\n\n17:38 - Abstentions came from Chile and Peru.",
     {("CHL", "abstain"), ("PER", "abstain")}, set()),
    ("an appositive of another time before the verb", "The resolution was adopted on Friday by "
     "90 votes to 12. Britain and Germany, the two abstainers last year, both voted in favour "
     "this time.", {("GBR", "yes"), ("DEU", "yes")}, set()),
    ("a list with an ally and 'along with'", "The resolution was adopted by 90 votes to 12. "
     "Those voting no were Cuba and its ally Nicaragua, along with Iran and Syria.",
     {("CUB", "no"), ("NIC", "no"), ("IRN", "no"), ("SYR", "no")}, set()),
    ("a list set off by dashes after the cue", "The resolution was adopted by 90 votes to 12. "
     "Every permanent member voted no \u2013 the United States, Russia and China \u2013 except "
     "France, which abstained. Chile was on the No side.",
     {("USA", "no"), ("RUS", "no"), ("CHN", "no"), ("FRA", "abstain"), ("CHL", "no")}, set()),
    ("a vote of another time in a relative clause", "The resolution was adopted on Tuesday by "
     "120 votes to 14. Mexico, which had abstained last year, voted in favour this time.",
     {("MEX", "yes")}, set()),
    ("a passive with 'only by'", "The Belarus resolution, adopted 90-2-40, was opposed only "
     "by Cuba and Iran.", {("CUB", "no"), ("IRN", "no")}, set()),
    ("an answer with an aside before 'plus'", "The text passed 100 to 6.\n\nWho voted "
     "against? Iran and Syria, predictably, plus Cuba and Laos.",
     {("IRN", "no"), ("SYR", "no"), ("CUB", "no"), ("LAO", "no")}, set()),
    ("an answer opened by the counted side", "The text passed 100-6-12.\n\nWhich countries "
     "abstained? The twelve included Kenya, Chile and Nepal.",
     {("KEN", "abstain"), ("CHL", "abstain"), ("NPL", "abstain")}, set()),
    ("a live blog's question after its time stamp", "09:15\nThe text passed 100-6-12.\n\n"
     "09:20\nWho voted no? Iran and Cuba, among others.", {("IRN", "no"), ("CUB", "no")},
     set()),
    ("a dashed aside before 'plus' in a list", "The text passed 100-6-12. The Yes camp was "
     "broad. It included Chile and Peru \u2013 both former sceptics \u2013 plus Ghana.",
     {("CHL", "yes"), ("PER", "yes"), ("GHA", "yes")}, set()),
    ("joined in opposition by", "The text passed 100-6-12. Cuba was joined in opposition by "
     "Iran and Laos.", {("CUB", "no"), ("IRN", "no"), ("LAO", "no")}, set()),
    ("joined in a side by", "The text passed 100-6-12. Kenya was joined in the abstention "
     "column by Chile and Nepal.", {("KEN", "abstain"), ("CHL", "abstain"), ("NPL", "abstain")},
     set()),
    ("rounded out the opponents", "The text passed 100-6-12. Benin, Zambia and Nepal rounded "
     "out the bloc of opponents.", {("BEN", "no"), ("ZMB", "no"), ("NPL", "no")}, set()),
    ("a side in quotes: votes", 'The text passed 100-6-12. Chile and Peru cast "No" votes, as '
     "did Nepal.", {("CHL", "no"), ("PER", "no"), ("NPL", "no")}, set()),
    ("a group named by its members in a list", "The text passed 100-6-12. Those voting no were "
     "Cuba and Iran, together with the Baltic states of Estonia, Latvia and Lithuania.",
     {("CUB", "no"), ("IRN", "no"), ("EST", "no"), ("LVA", "no"), ("LTU", "no")}, set()),
    ("a group before 'plus' after a colon", "The text passed 100-6-12. The abstainers were "
     "many: all 27 EU members, plus Chile and Nepal.", {("CHL", "abstain"), ("NPL", "abstain")},
     set()),
    ("a count's members after a dash", "The text passed easily: 100 voted yes and 40 "
     "abstained - among them the 10 ASEAN members, plus Chile and Nepal.",
     {("CHL", "abstain"), ("NPL", "abstain")}, set()),
    ("a list between dashes before the cue", "The text passed 100-6-12. The three Andean "
     "members \u2014 Bolivia, Ecuador and Peru \u2014 voted yes.",
     {("BOL", "yes"), ("ECU", "yes"), ("PER", "yes")}, set()),
    ("the list of a side", "The text passed 100-6-12. The short list of abstainers included "
     "Cuba and Iran.", {("CUB", "abstain"), ("IRN", "abstain")}, set()),
    ("a region named with 'America' is not the United States", "The text passed 100-6-12. "
     "Chile and Central America voted yes.", {("CHL", "yes")}, set()),
    ("came, an aside, from", "The text passed 100 to 1. The only negative vote came, "
     "predictably enough, from Iran.", {("IRN", "no")}, set()),
    ("a side made up of a list", "The text passed 100-6-12. The no column was made up of Cuba, "
     "Iran and Laos.", {("CUB", "no"), ("IRN", "no"), ("LAO", "no")}, set()),
    ("rather than: a vote not cast", "The text passed 100-6-12. Three neighbours \u2014 Chile, "
     "Peru and Ghana \u2014 abstained rather than side with Iran by voting no.",
     {("CHL", "abstain"), ("PER", "abstain"), ("GHA", "abstain")}, set()),
    ("a counted group then its members after a comma", "The text passed 100-6-12. Those voting "
     "no were Cuba and Iran, plus two Baltic states, Latvia and Estonia.",
     {("CUB", "no"), ("IRN", "no"), ("LVA", "no"), ("EST", "no")}, set()),
    ("not recorded as voting", "The text passed 100-6-12. Nepal was not recorded as voting.",
     {("NPL", "non_voting")}, set()),
    ("a list headed by its side at a line's start", "The draft failed, 6-3-6.\n\nHow they "
     "split. Yes: Chile, Peru and Ghana. No: Iran and Cuba.",
     {("CHL", "yes"), ("PER", "yes"), ("GHA", "yes"), ("IRN", "no"), ("CUB", "no")}, set()),
    ("a group's members in brackets inside a list", "The draft failed, 6-3-6. Among the "
     "abstainers: Chile, the two Andean members (Peru, Bolivia), plus Nepal.",
     {("CHL", "abstain"), ("PER", "abstain"), ("BOL", "abstain"), ("NPL", "abstain")}, set()),
    ("said no, asked and answered", "The text passed 100-6-12.\n\nQ: Who said no?\nA: Two "
     "neighbours of the region: Iran and Iraq, as well as Cuba.",
     {("IRN", "no"), ("IRQ", "no"), ("CUB", "no")}, set()),
    ("an answer in semicolons with an unnamed group", "The text passed 130-40.\n\nLook at "
     "who said no. Chile and every member state of the Andean Community; Nepal, Laos and Fiji; "
     "and most of the Sahel, including Chad and Mali.",
     {("CHL", "no"), ("NPL", "no"), ("LAO", "no"), ("FJI", "no"), ("TCD", "no"), ("MLI", "no")},
     set()),
    ("a described group's members in brackets after a copula", "The text passed 130-0-16.\n\n"
     "What caught the eye was who abstained: most of the abstaining delegations came from the "
     "region where the floods struck (Chad, Mali, the Niger and Ghana), together with Nepal "
     "and Fiji.",
     {("TCD", "abstain"), ("MLI", "abstain"), ("NER", "abstain"), ("GHA", "abstain"),
      ("NPL", "abstain"), ("FJI", "abstain")}, set()),
    ("a dash's list in semicolons", "The text passed 150-0-11.\n\nThis year a recorded vote "
     "was requested, and eleven delegations chose to abstain - Chad; Mali; Peru; Fiji; and North "
     "Korea.",
     {("TCD", "abstain"), ("MLI", "abstain"), ("PER", "abstain"), ("FJI", "abstain"),
      ("PRK", "abstain")}, set()),
    ("a question answered by a count, then the list", "The text was adopted 160-4-13.\n\nAnd "
     "the abstentions? Thirteen. They included Chad, Cuba and Egypt, plus Belarus and Ghana, "
     "among others.",
     {("TCD", "abstain"), ("CUB", "abstain"), ("EGY", "abstain"), ("BLR", "abstain"),
      ("GHA", "abstain")}, set()),
    ("the delegations from a list of states", "The resolution was adopted 96-1-9.\n\n"
     "Delegations from Chile, Peru and Fiji did not vote, maintaining their position.",
     {("CHL", "non_voting"), ("PER", "non_voting"), ("FJI", "non_voting")}, set()),
    ("a described group's members between dashes joined them", "The resolution was adopted "
     "113-47-5.\n\nChile and Peru opposed it. Most of the Sahel states \u2014 Chad, Mali and the "
     "Niger among them \u2014 joined them, as did Nepal and Laos.",
     {("CHL", "no"), ("PER", "no"), ("TCD", "no"), ("MLI", "no"), ("NER", "no"), ("NPL", "no"),
      ("LAO", "no")}, set()),
    ("so did a group, from its members to others", "The resolution was adopted 113-47-5.\n\n"
     "Chile and Peru opposed it; so did every member of the Andean Community, from Bolivia and "
     "Ecuador to Colombia and Venezuela.",
     {("CHL", "no"), ("PER", "no"), ("BOL", "no"), ("ECU", "no"), ("COL", "no"), ("VEN", "no")},
     set()),
    ("'Less predictable were' after an answer", "The text passed 127-14-41.\n\nLook at who "
     "voted against. Chile and Peru, as expected, and with them Cuba and Iran. Less predictable "
     "were Nepal and Laos, along with Fiji and Ghana, whose government has cracked down on the "
     "press.",
     {("CHL", "no"), ("PER", "no"), ("CUB", "no"), ("IRN", "no"), ("NPL", "no"), ("LAO", "no"),
      ("FJI", "no"), ("GHA", "no")}, set()),
    ("'More surprising was' after ballots told", "The text passed 127-14-41.\n\nChile and Peru "
     "voted no. More surprising was Nepal, along with Fiji.",
     {("CHL", "no"), ("PER", "no"), ("NPL", "no"), ("FJI", "no")}, set()),
    ("a side presented, then 'did not vote for' and 'Nor did'", "The treaty sailed through "
     "by 154 votes to 3, with 23 abstentions.\n\nThe abstentions are where the story lies. "
     "Chile, Peru and Fiji did not vote for the treaty. Nor did Nepal or Laos.",
     {("CHL", "abstain"), ("PER", "abstain"), ("FJI", "abstain"), ("NPL", "abstain"),
      ("LAO", "abstain")}, set()),
    ("joined on the abstention benches", "The text passed 120-6-40.\n\nChile joined Peru on "
     "the abstention benches.", {("CHL", "abstain"), ("PER", "abstain")}, set()),
    ("'again opposed' closing the clause", "The resolution on Chile passed 127 to 13 with 48 "
     "abstentions. Russia, China and Iran again opposed.",
     {("RUS", "no"), ("CHN", "no"), ("IRN", "no")}, set()),
    ("a count with its abstainers after it, a list", "The resolution drew 13 votes in favour, "
     "with Chile and Peru abstaining.", {("CHL", "abstain"), ("PER", "abstain")}, set()),
    ("a count with the delegations of a list abstaining", "The resolution drew 13 votes in "
     "favour, with the Chinese and Russian delegations abstaining.",
     {("CHN", "abstain"), ("RUS", "abstain")}, set()),
    ("with the majority, whatever the clause says after", "The Council adopted the resolution "
     "13-0-2.\n\nKenya voted with the majority, a decision Somalia had lobbied hard against.",
     {("KEN", "yes")}, set()),
    ("a state's name modifying a noun is no voter", "The Security Council adopted the "
     "resolution 13-0-2.\n\nThe Council trims the Haiti mission as Peru and Fiji abstain.",
     {("PER", "abstain"), ("FJI", "abstain")}, set()),
    ("an envoy speaking of others' ballots casts none", "The Security Council adopted the "
     "resolution 14-0-1, with Peru abstaining.\n\nIsrael's ambassador, Danny Danon, said those "
     "who backed it had betrayed peace.", {("PER", "abstain")}, set()),
    ("a relative clause's subject lined up with companions", "The Assembly adopted the "
     "resolution 120-40-10.\n\nChile, which abstained last year, this time lined up with Peru "
     "and Fiji in voting no.", {("CHL", "no"), ("PER", "no"), ("FJI", "no")}, set()),
    ("said no to: no ballot", "The text passed 100-6-12. Iran said no to the talks, and "
     "Chile's envoy said no one had asked.", set(), set()),
    ("a dashed list before a declined vote", "The text passed 100-6-12. Six members \u2014 among "
     "them Chile and Peru \u2014 declined to vote against and abstained instead.",
     {("CHL", "abstain"), ("PER", "abstain")}, set()),
    ("rounded out the count", "The text passed 100-6-12. Iran, Cuba, Laos and Syria voted no. "
     "Nauru and Palau rounded out the six.",
     {("IRN", "no"), ("CUB", "no"), ("LAO", "no"), ("SYR", "no"), ("NRU", "no"), ("PLW", "no")},
     set()),
    ("a dashed list with 'among them' inside", "The text passed 100-6-12. The Andean members "
     "\u2014 Peru and Bolivia among them \u2014 voted against as a bloc.",
     {("PER", "no"), ("BOL", "no")}, set()),
    ("so did a group's members after a colon", "The text passed 100-6-12. Iran voted no. So did "
     "much of its neighbourhood: Iraq, Syria and Oman.",
     {("IRN", "no"), ("IRQ", "no"), ("SYR", "no"), ("OMN", "no")}, set()),
    ("a participle after a count", "The text sailed through 98-2-50, opposed only by Fiji and "
     "Tonga.", {("FJI", "no"), ("TON", "no")}, set()),
    ("a count's members between dashes and after 'among them'", "The text drew 125 in favour "
     "to 2 against \u2014 Fiji and Tonga \u2014 with 19 abstentions, among them Chile and Peru.",
     {("FJI", "no"), ("TON", "no"), ("CHL", "abstain"), ("PER", "abstain")}, set()),
    ("between dashes after a count, no list", "The text drew 125 in favour to 2 against "
     "\u2014 a surprise to Fiji \u2014 with 19 abstentions.", set(), set()),
    ("a group of a side that included", "The text passed 100-6-12. Chile ended up in a "
     "mixed group of abstainers that included Peru and Ghana, as well as Nepal.",
     {("CHL", "abstain"), ("PER", "abstain"), ("GHA", "abstain"), ("NPL", "abstain")}, set()),
    ("the only states prepared to", "The text passed 100-2-12. Fiji and Tonga were the only "
     "states prepared to vote no.", {("FJI", "no"), ("TON", "no")}, set()),
    ("prepared to, not the only ones", "The text passed 100-2-12. Fiji was prepared to vote "
     "no.", set(), set()),
    ("a denied companion opening the sentence", "The text passed 100-2-12. Not a single Asian "
     "member sided with Fiji, and Chile and Peru, co-chairs of the talks, were both in favour.",
     {("CHL", "yes"), ("PER", "yes")}, set()),
    ("a side taken as a habit", "The text passed 100-2-12. Chile and Peru, which have sided with "
     "Brazil on most things this year, both voted yes.", {("CHL", "yes"), ("PER", "yes")},
     set()),
    ("a new clause after a semicolon", "The draft failed 3-12. Only Chile and Peru joined Brazil "
     "in voting yes; the other twelve members, among them Ghana and Nepal, voted the text down.",
     {("CHL", "yes"), ("PER", "yes"), ("BRA", "yes"), ("GHA", "no"), ("NPL", "no")}, set()),
    ("a question tells no ballot", "The text passed 100-2-12.\n\nWhy did Chile abstain?\nIts "
     "envoy did not say. Will Peru vote no next year?", set(), set()),
    ("a counted side told in parts", "The text passed 100-6-12. Six countries voted no. Two were "
     "its neighbours: Peru itself and Chile. A third was Nepal. The other three were a "
     "predictable trio of old allies: Iran, Syria and Laos.",
     {("PER", "no"), ("CHL", "no"), ("NPL", "no"), ("IRN", "no"), ("SYR", "no"), ("LAO", "no")},
     set()),
    ("an embedded question answered by verbless lists", "The text passed 100-9-12.\n\nNow "
     "consider who lined up against it. Cuba and Laos, as usual. Iran, Iraq and Syria. Even "
     "Chile voted no. Peru abstained.",
     {("CUB", "no"), ("LAO", "no"), ("IRN", "no"), ("IRQ", "no"), ("SYR", "no"), ("CHL", "no"),
      ("PER", "abstain")}, set()),
    ("a verbless list ends at a sentence with a verb", "The text passed 100-9-12.\n\nLook at "
     "who lined up against it. Cuba and Laos. Chile and Peru said they regretted it.",
     {("CUB", "no"), ("LAO", "no")}, set()),
    ("the same N naming a list told before", "At the talks, Chile, Peru and Fiji objected to the "
     "text. It passed 100 to 3. The same three states cast the only votes against.",
     {("CHL", "no"), ("PER", "no"), ("FJI", "no")}, set()),
    ("a side led by a list that goes on after 'and included'", "The resolution was adopted by "
     "101 votes to 40. Those voting against were led by Chile, Peru and Ghana, and included "
     "Nepal and Fiji as well as Kenya and Norway.",
     {(k, "no") for k in ("CHL", "PER", "GHA", "NPL", "FJI", "KEN", "NOR")}, set()),
    ("headed by, then 'and also included'", "The resolution was adopted by 101 votes to 40. "
     "The opponents were headed by Chile and Peru and also included Fiji and Nepal.",
     {(k, "no") for k in ("CHL", "PER", "FJI", "NPL")}, set()),
    ("led by, then 'and took in'", "The resolution was adopted by 101 votes to 40. Those "
     "abstaining were led by Chile and Peru, and took in Fiji, Nepal and Kenya.",
     {(k, "abstain") for k in ("CHL", "PER", "FJI", "NPL", "KEN")}, set()),
    ("a side that was a group led by, then 'and took in'", "The resolution was adopted by 101 "
     "votes to 40. The abstainers were a mixed group led by Chile and Peru, and took in Fiji "
     "and Nepal as well as Kenya.",
     {(k, "abstain") for k in ("CHL", "PER", "FJI", "NPL", "KEN")}, set()),
    ("a side that was a bloc headed by, then 'and included'", "The text passed 90-12-40. The no "
     "votes were a small bloc headed by Cuba, and included Laos and Nicaragua.",
     {(k, "no") for k in ("CUB", "LAO", "NIC")}, set()),
    ("among a side, 'a group that also took in'", "The text passed 90-12-40. Chile, Peru and "
     "Fiji were among the abstainers, a group that also took in Nepal, Kenya and Norway.",
     {(k, "abstain") for k in ("CHL", "PER", "FJI", "NPL", "KEN", "NOR")}, set()),
    ("a long-described group 'including' its members", "The text passed 90-12-40. Voting no "
     "were Chile, Peru and a string of other Latin American states including Bolivia, Ecuador "
     "and Uruguay.", {(k, "no") for k in ("CHL", "PER", "BOL", "ECU", "URY")}, set()),
    ("a long-described group 'such as' its members", "The text passed 90-12-40. Those voting "
     "no included Chile and Peru, as well as Fiji and a large group of Central and Eastern "
     "European states such as Poland, Hungary and Estonia.",
     {(k, "no") for k in ("CHL", "PER", "FJI", "POL", "HUN", "EST")}, set()),
    ("an option in quotes after the verb", "The text passed 90-12-40. Chile and Peru were "
     'among just five countries to vote "nay" on the text, and Fiji voted "aye".',
     {("CHL", "no"), ("PER", "no"), ("FJI", "yes")}, set()),
    ("support withheld by the side the sentence before presented", "The text was adopted "
     "95-1-58. The abstentions told the story. Chile and Peru refused to support it, as did "
     "Nepal.", {("CHL", "abstain"), ("PER", "abstain"), ("NPL", "abstain")}, set()),
    ("support withheld, the no side presented", "The text was adopted 95-1-58. The no votes "
     "were the surprise. Chile and Peru declined to support the text.",
     {("CHL", "no"), ("PER", "no")}, set()),
    ("support withheld with no side presented", "The text was adopted 95-1-58. Chile and Peru "
     "declined to support the text.", set(), set()),
    ("a side's make-up, its members in dashes, then 'along with'", "The text passed 90-12-40. "
     "The opponents were mostly Western - Norway, Iceland and Chile among them - along with "
     "Japan and Fiji.", {(k, "no") for k in ("NOR", "ISL", "CHL", "JPN", "FJI")}, set()),
    ("'every member of' a group, then a group described by its members", "The text passed "
     "90-12-40. Voting no were Chile, Peru, every member of the European Union, and a handful "
     "of other states including Norway and Iceland.",
     {(k, "no") for k in ("CHL", "PER", "NOR", "ISL")}, set()),
    ("'every one of' a bloc's members, 'joined by'", "The text passed 90-12-40. Chile voted no. "
     "So did Peru, and every one of the European Union's 27 members, joined by Fiji and Nepal.",
     {(k, "no") for k in ("CHL", "PER", "FJI", "NPL")}, set()),
    ("'all N members of' a group as an item", "The text passed 90-12-40. Those abstaining were "
     "Chile, all 27 members of the European Union and Fiji.",
     {("CHL", "abstain"), ("FJI", "abstain")}, set()),
    ("a count's members in apposition after a full count", "It was carried by 120 votes with "
     "none against, but two countries, Chile and Peru, abstained.",
     {("CHL", "abstain"), ("PER", "abstain")}, set()),
    ("'The one \"No\" came not from X but from Y'", "The text was adopted 120-1-3. The one "
     '"No" came not from Moscow, as many expected, but from Nepal.', {("NPL", "no")}, set()),
    ("backed this year's version", "The text was adopted 120-1-3. Chile, which skipped the vote "
     "last year, backed this year's version.", {("CHL", "yes")}, set()),
    ("'X was one, as were Y' after a counted side", "The text was adopted 120-0-5. Yet five "
     "countries abstained rather than back it. Chile was one, as were Peru, Nepal and, more "
     "surprisingly, Fiji.", {(k, "abstain") for k in ("CHL", "PER", "NPL", "FJI")}, set()),
    ("'X was one of them' after a counted side", "The text was adopted 120-4-3. Four countries "
     "voted no. Chile was one of them.", {("CHL", "no")}, set()),
    ("'was one of' something else is no member", "The text was adopted 120-1-3. Chile voted "
     "no. Peru was one of the first to speak, as was Fiji.", {("CHL", "no")}, set()),
    ("rounded out the list of a side's noun", "The text was adopted 120-0-3. Chile and Peru "
     "abstained. Fiji rounded out the list of abstentions.",
     {(k, "abstain") for k in ("CHL", "PER", "FJI")}, set()),
    ("'That country was, once again, X' after the side it describes", "The text was adopted "
     "182-1-5. Its critics point to the single country that voted no. That country was, once "
     "again, Nepal.", {("NPL", "no")}, set()),
    ("'They were, as usual, X and Y' after the side they describe", "The text was adopted "
     "182-0-2. Everyone watched the two states that abstained. They were, as usual, Chile and "
     "Fiji.", {("CHL", "abstain"), ("FJI", "abstain")}, set()),
    ("a question opening on 'Then'", "The text was carried by 179 votes to two.\n\nThen who "
     "voted no?\n\nTwo countries: Nepal and Fiji.", {("NPL", "no"), ("FJI", "no")}, set()),
    ("an ambiguous name in brackets in a count with abstentions", "The resolution on "
     "executions was adopted. Result: 137 for, one against (Mali), 46 abstentions.",
     {("MLI", "no")}, set()),
    ("'and a handful of others, including'", "The text passed 90-12-40. Opposing the text were "
     "Chile, Peru and a handful of others, including Fiji and Nepal.",
     {(k, "no") for k in ("CHL", "PER", "FJI", "NPL")}, set()),
    ("'X led the abstainers, who also included'", "The text passed 90-12-40. Chile led the "
     "abstainers, who also included Peru and Fiji.",
     {(k, "abstain") for k in ("CHL", "PER", "FJI")}, set()),
    ("'headed the list of opponents, which also took in'", "The text passed 90-12-40. Chile "
     "and Peru headed the list of opponents, which also took in Fiji and Nepal.",
     {(k, "no") for k in ("CHL", "PER", "FJI", "NPL")}, set()),
    ("'as did a cluster of … states such as'", "The text passed 90-12-40. Chile and Peru voted "
     "no, as did a cluster of Pacific states such as Fiji and Tonga.",
     {(k, "no") for k in ("CHL", "PER", "FJI", "TON")}, set()),
    ("a side's predicate before its dash list", "The text passed 90-12-40. The no camp was "
     "small but varied - Chile, Peru, Fiji and Nepal.",
     {(k, "no") for k in ("CHL", "PER", "FJI", "NPL")}, set()),
    ("'included the usual suspects, X and Y, but also Z'", "The text passed 90-12-40. The "
     "twelve no votes included the usual suspects, Chile and Peru, but also Fiji.",
     {(k, "no") for k in ("CHL", "PER", "FJI")}, set()),
    ("'stayed on the sidelines'", "The text passed 90-12-40. The abstentions were revealing. "
     "Chile and Peru stayed on the sidelines.", {("CHL", "abstain"), ("PER", "abstain")}, set()),
    ("'on the sidelines of' a meeting is no ballot", "The text passed 90-12-40. Chile stayed on "
     "the sidelines of the summit.", set(), set()),
    ("a bare 'followed' echoes the ballot before", "The text passed 90-12-40. Chile voted no. "
     "Peru and Fiji followed.", {(k, "no") for k in ("CHL", "PER", "FJI")}, set()),
    ("a bare 'followed' after a semicolon", "The text passed 90-12-40. Chile voted no; Peru and "
     "Fiji followed.", {(k, "no") for k in ("CHL", "PER", "FJI")}, set()),
    ("'followed with' something else is no echo", "The text passed 90-12-40. Chile voted no. "
     "Peru followed with a statement.", {("CHL", "no")}, set()),
    ("the support of a described group, its members in dashes, 'but also of'", "The text "
     "passed 90-12-40. It drew the support of every member of the Pacific grouping that Fiji "
     "chairs - Samoa, Tonga and Nauru among them - but also of Chile and Peru.",
     {(k, "yes") for k in ("WSM", "TON", "NRU", "CHL", "PER")}, set()),
    ("the support of X, 'but also of' Y, 'and of' Z", "The text passed 90-12-40. It had the "
     "support of Chile and Peru, but also of Nepal, and of Fiji.",
     {(k, "yes") for k in ("CHL", "PER", "NPL", "FJI")}, set()),
    ("'Among the N States voting in favour were'", "The text passed 90-12-40. Among the 78 "
     "States voting in favour were Chile, Peru and Nepal.",
     {(k, "yes") for k in ("CHL", "PER", "NPL")}, set()),
    ("a group's range 'from X and Y to Z'", "The text passed 90-12-40. Every Andean member "
     "voted in favour, from Chile and Peru to Bolivia.",
     {(k, "yes") for k in ("CHL", "PER", "BOL")}, set()),
    ("'from' places after a subject's ballot is no range", "The text passed 90-12-40. Chile "
     "voted no, from New York to Geneva.", {("CHL", "no")}, set()),
    ("a long relative clause and 'neighbouring' in a list", "The text passed 90-12-40. Twelve "
     "countries abstained. They included Kenya, which is hosting the talks between the "
     "government and the rebels, and neighbouring Uganda, as well as Ghana.",
     {(k, "abstain") for k in ("KEN", "UGA", "GHA")}, set()),
    ("a group's relative clause names a state that is no item", "The text passed 90-12-40. "
     "Among the abstainers were Chile and Peru, as well as a group of Pacific states that often "
     "side with Japan in such votes, including Fiji, Tonga and Nauru.",
     {(k, "abstain") for k in ("CHL", "PER", "FJI", "TON", "NRU")}, set()),
    ("'joined in the abstention column by' after the subjects' own cue", "The text passed "
     "90-12-40. Chile and Peru abstained, joined in the abstention column by Nepal and Fiji.",
     {(k, "abstain") for k in ("CHL", "PER", "NPL", "FJI")}, set()),
    ("', and X and Y joined them' echoes the clause before", "The text passed 90-12-40. Chile "
     "voted in favour, but Peru and Bolivia abstained, and Fiji and Nepal joined them.",
     {("CHL", "yes")} | {(k, "abstain") for k in ("PER", "BOL", "FJI", "NPL")}, set()),
    ("an echo after a later clause is that clause's ballot", "The text passed 90-12-40. Chile "
     "voted in favour, but Peru and Bolivia abstained, and Fiji did likewise.",
     {("CHL", "yes")} | {(k, "abstain") for k in ("PER", "BOL", "FJI")}, set()),
    ("'voted the text down'", "The text passed 90-12-40. The other members, among them Chile "
     "and Peru, voted the text down.", {("CHL", "no"), ("PER", "no")}, set()),
    ("an aside inside 'opposition came from', a partners' dash list", "The text passed "
     "90-12-40. The opposition came, as expected, from Chile and its closest partners - Peru "
     "and Bolivia - but also from Fiji.", {(k, "no") for k in ("CHL", "PER", "BOL", "FJI")},
     set()),
    ("a side's noun for one ballot", "The text passed 90-12-40. Nepal was a rare Asian yes, and "
     "Chile was the lone no.", {("NPL", "yes"), ("CHL", "no")}, set()),
    ("a rare yes of no state is no ballot", "The text passed 90-12-40. Chile voted no. The "
     "answer was a rare yes.", {("CHL", "no")}, set()),
    ("a side's bloc presented, then 'It was made up mostly of … , joined by'", "The text "
     "passed 121-4-60. The large bloc of abstentions is nothing new. It was made up mostly of "
     "African states, joined by Chile, Peru and Fiji.",
     {(k, "abstain") for k in ("CHL", "PER", "FJI")}, set()),
    ("'They consisted largely of …, along with'", "The text passed 121-4-60. The abstentions "
     "were no surprise. They consisted largely of Gulf states, along with Chile and Peru.",
     {(k, "abstain") for k in ("CHL", "PER")}, set()),
    ("a group subject and the ranges of its members", "The text passed 90-12-40. Delegations "
     "that rarely agree, from Quito to Kathmandu, from Lima to Suva, voted yes.",
     {(k, "yes") for k in ("ECU", "NPL", "PER", "FJI")}, set()),
    ("a range inside a state's own subject is no list", "The text passed 90-12-40. Chile, from "
     "start to finish, voted no.", {("CHL", "no")}, set()),
    ("gapped options in quotes", "The text passed 90-12-40. Chile voted \u201cyes\u201d, Peru "
     "\u201cnay\u201d and Fiji abstained.",
     {("CHL", "yes"), ("PER", "no"), ("FJI", "abstain")}, set()),
    ("'So did' a list placed in a region, then more", "The text passed 90-12-40. Chile voted "
     "no. So did Peru and Ecuador from South America, and Nepal, Fiji and Laos.",
     {(k, "no") for k in ("CHL", "PER", "ECU", "NPL", "FJI", "LAO")}, set()),
    ("a copula's list placed in a region, then 'along with'", "The text passed 90-12-40. "
     "Voting no were Ghana and Mali from West Africa, along with Nepal and Fiji.",
     {(k, "no") for k in ("GHA", "MLI", "NPL", "FJI")}, set()),
    ("a described group and its colon inside a copula's list", "The text passed 90-12-40. "
     "Voting no were Chile and the small band of its usual partners: Peru, Fiji and Nepal.",
     {(k, "no") for k in ("CHL", "PER", "FJI", "NPL")}, set()),
    ("a cue-less copula's list opening on a state before a described group's colon",
     "The text passed 90-12-40. Against were Chile and the small band of its usual partners: "
     "Peru, Fiji and Nepal.", {(k, "no") for k in ("CHL", "PER", "FJI", "NPL")}, set()),
    ("'They were joined by' a counted group, its members after a colon", "The text passed "
     "90-6-40. Chile and Peru voted no. They were joined by three island nations: Fiji, Tonga "
     "and Samoa.", {(k, "no") for k in ("CHL", "PER", "FJI", "TON", "WSM")}, set()),
    ("'joined by' a counted group, its members after a comma", "The text passed 90-6-40. "
     "Chile and Peru voted no, joined by three island nations, Fiji, Tonga and Samoa.",
     {(k, "no") for k in ("CHL", "PER", "FJI", "TON", "WSM")}, set()),
    ("'opposed' closing its clause", "The text passed 90-3-40. Only Chile, Peru and Fiji "
     "opposed.", {(k, "no") for k in ("CHL", "PER", "FJI")}, set()),
    ("'opposed' closing its clause before 'while'", "The text passed 90-2-40. Chile and Peru "
     "opposed, while Fiji abstained.",
     {("CHL", "no"), ("PER", "no"), ("FJI", "abstain")}, set()),
    ("'and so, <aside>, did' after a ballot", "The text passed 90-12-40. Chile and Peru "
     "abstained, and so, for quite different reasons, did Iran and Syria.",
     {(k, "abstain") for k in ("CHL", "PER", "IRN", "SYR")}, set()),
    ("'and so, <aside>, was' after a side", "The text passed 90-12-40. Chile and Peru were "
     "among the abstainers, and so, in the region, was Brazil.",
     {(k, "abstain") for k in ("CHL", "PER", "BRA")}, set()),
    ("'So, <aside>, did' opening a sentence", "The text passed 90-12-40. Chile abstained. So, "
     "for reasons of its own, did Peru.", {("CHL", "abstain"), ("PER", "abstain")}, set()),
    ("a place told of an item of a 'so did' list", "The text passed 90-12-40. Nepal voted "
     "yes; so did Chile, downstream of Peru, and Fiji at the edge of the Pacific.",
     {(k, "yes") for k in ("NPL", "CHL", "FJI")}, set()),
    ("a place told of an item of a copula's list", "The text passed 90-12-40. Voting yes were "
     "Chile, next to Peru, and Fiji.", {("CHL", "yes"), ("FJI", "yes")}, set()),
    ("a place told of an item of a subject list", "The text passed 90-12-40. Chile, north of "
     "Peru, and Fiji voted yes.", {("CHL", "yes"), ("FJI", "yes")}, set()),
    ("a people after 'so did the'", "The text passed 90-12-40. The Japanese abstained; so "
     "did the Brazilians.", {("JPN", "abstain"), ("BRA", "abstain")}, set()),
    ("a people after 'as did the' and 'followed suit'", "The text passed 90-12-40. The Swedes "
     "voted no, as did the Norwegians. The Finns followed suit.",
     {(k, "no") for k in ("SWE", "NOR", "FIN")}, set()),
    ("'X itself among them' after a counted side", "The text passed 90-40-20. Forty "
     "countries voted no, Laos itself among them, along with Chile and Fiji.",
     {(k, "no") for k in ("LAO", "CHL", "FJI")}, set()),
    ("'declined to take a side'", "The text passed 9-1-5. Chile, Peru and Fiji declined to "
     "take a side.", {(k, "abstain") for k in ("CHL", "PER", "FJI")}, set()),
    ("a subject with 'X among them' after an earlier cue's clause", "The text passed 9-1-5. "
     "Chile voted against, and the remaining members, Peru and Fiji among them, abstained.",
     {("CHL", "no"), ("PER", "abstain"), ("FJI", "abstain")}, set()),
    ("the leaders of a group subject, 'led by' in an aside", "The text passed 90-4-10. "
     "Western governments, led by Chile, Peru and Fiji, backed the resolution.",
     {(k, "yes") for k in ("CHL", "PER", "FJI")}, set()),
    ("'led by' inside a clause of its own gives no ballot", "The text passed 90-4-10. A "
     "campaign led by Chile failed, and Peru voted yes.", {("PER", "yes")}, set()),
    ("a passive veto with 'again' before its agents", "The Security Council voted on Friday. "
     "A second draft was vetoed again by China and France.",
     {("CHN", "no"), ("FRA", "no")}, {"CHN", "FRA"}),
    ("a passive with 'once more' before its agents", "The text passed 90-2-40. It was opposed "
     "once more by Chile and Peru.", {("CHL", "no"), ("PER", "no")}, set()),
    ("the object of 'supported' is no subject of the next cue", "The text passed 90-2-40. "
     "Many delegations supported Peru, and dozens of others abstained.", set(), set()),
    ("'completed the list' after a cue's clause", "The text passed 90-12-40. Chile also voted "
     "no, a choice tied to its copper trade, and Peru, Fiji and Nepal completed the list.",
     {(k, "no") for k in ("CHL", "PER", "FJI", "NPL")}, set()),
    ("a switch from a side at a time to another", "The text passed 90-12-40. Peru and Fiji "
     "switched from abstention last year to opposition.", {("PER", "no"), ("FJI", "no")},
     set()),
    ("a count subject after a list with 'among them' takes no ballot of the list", "The "
     "draft won 11 votes. Seven members, among them Chile, Peru and Fiji, voted against, and "
     "four abstained.", {(k, "no") for k in ("CHL", "PER", "FJI")}, set()),
    ("'opposed' closing a clause about something else is no ballot", "The text passed "
     "90-2-40. Chile said its farmers opposed.", set(), set()),
    ("a list going on past an aside in typed dashes", "The text passed 90-2-40. Abstaining "
     "were Chile and Peru -- two Andean states -- as well as Fiji and Nepal.",
     {(k, "abstain") for k in ("CHL", "PER", "FJI", "NPL")}, set()),
    ("a list going on past a dashed aside with a hyphenated word", "The text passed 90-2-40. "
     "Voting no were Chile and Peru - a largely pro-Western pair - as well as Fiji.",
     {(k, "no") for k in ("CHL", "PER", "FJI")}, set()),
    ("a side's noun describing the side a relative clause told", "The text passed 90-4-40. "
     "The states that voted no were, by and large, countries that had for years been among "
     "the fund's keenest supporters: Chile, Peru and Fiji, together with Nepal.",
     {(k, "no") for k in ("CHL", "PER", "FJI", "NPL")}, set()),
    ("'Among them were' after a side described without its members", "The text passed "
     "90-4-40. The abstainers came mostly from the Andes and the Pacific. Among them were "
     "Chile, Peru and Fiji, as well as Nepal.",
     {(k, "abstain") for k in ("CHL", "PER", "FJI", "NPL")}, set()),
    ("an 'included' list going on after 'alongside'", "The text passed 90-4-40. The "
     "abstentions included Chile and Peru, alongside Fiji and Nepal.",
     {(k, "abstain") for k in ("CHL", "PER", "FJI", "NPL")}, set()),
    ("companions named as a group with 'much of', then its members after a dash", "The text "
     "passed 90-4-40. Chile and Peru abstained, along with much of the South Pacific -- Fiji, "
     "Tonga and Samoa.", {(k, "abstain") for k in ("CHL", "PER", "FJI", "TON", "WSM")}, set()),
    ("'They were joined by' after a group that names none of its states", "The text passed "
     "90-4-40. The Nordic countries abstained. They were joined by Chile and Peru.",
     {(k, "abstain") for k in ("CHL", "PER")}, set()),
    ("'They were joined by' a described group, 'among them', then more after 'and by'",
     "The text passed 90-4-40. The Baltic states voted no as a bloc. They were joined by a "
     "handful of governments from other regions, among them Chile and Peru, and by the "
     "Pacific nations Fiji and Tonga.", {(k, "no") for k in ("CHL", "PER", "FJI", "TON")},
     set()),
    ("'joined among the abstainers by' its described companions", "The text passed 90-0-12. "
     "Chile was joined among the abstainers by its traditional backers Peru and Fiji, as well "
     "as Nepal.", {(k, "abstain") for k in ("CHL", "PER", "FJI", "NPL")}, set()),
    ("'It was joined by' its described companions", "The text passed 90-0-12. Chile abstained. "
     "It was joined by its traditional backers Peru and Fiji.",
     {(k, "abstain") for k in ("CHL", "PER", "FJI")}, set()),
    ("a count's members between hyphens", "The text was adopted by 125 votes to two - Chile "
     "and Peru - with 56 abstentions.", {("CHL", "no"), ("PER", "no")}, set()),
    ("a headline's clause that says no is not the subject of the next clause's cue",
     "Assembly backs text as Chile, Peru say no, Europe abstains\n\nThe text passed 90-2-40. "
     "Chile and Peru cast the only two votes against.", {("CHL", "no"), ("PER", "no")}, set()),
    ("companions 'in the same camp as'", "The text passed 90-2-40. Chile abstained, putting "
     "it in the same camp as Peru and Fiji.", {(k, "abstain") for k in ("CHL", "PER", "FJI")},
     set()),
    ("a bloc of several words' member states among companions", "The text passed 90-2-40. "
     "Chile abstained, alongside Peru, the African Union's member states and Fiji.",
     {(k, "abstain") for k in ("CHL", "PER", "FJI")}, set()),
    ("'stood alone' after a count with one side of one", "The tally was 150 in favour and "
     "one against, with no abstentions. Chile stood entirely alone.", {("CHL", "no")}, set()),
    ("'stood alone' after a count with two sides of one is no ballot", "The text passed "
     "150-1-1. Chile stood alone.", set(), set()),
    ("'were the three' after a count", "The text passes by 132 votes to 3, with 40 "
     "abstentions. Chile, Fiji and Nepal were the three.",
     {(k, "no") for k in ("CHL", "FJI", "NPL")}, set()),
    ("'were the two' describing something else is no ballot", "The text passed 132-2-40. "
     "Chile and Fiji were the two largest donors.", set(), set()),
    ("a list item opening with 'the' before a described group is no aside", "The text passed "
     "120-20-30. Chile, Rwanda, the Democratic Republic of the Congo and several Pacific "
     "islands, among them Fiji, all voted yes.",
     {(k, "yes") for k in ("CHL", "RWA", "COD", "FJI")}, set()),
    # a side followed, in words of its own
    ("lined up with a state", "The Assembly adopted the text 100-11. Russia voted against. "
     "Armenia, Belarus and Cuba lined up with Moscow.",
     {("RUS", "no"), ("ARM", "no"), ("BLR", "no"), ("CUB", "no")}, set()),
    ("went along with a state", "The Assembly adopted the text 100-11. Russia cast a no vote. "
     "Belarus and Syria went along with Russia.", {("RUS", "no"), ("BLR", "no"), ("SYR", "no")},
     set()),
    ("took the side of a state, with the option after", "The Assembly adopted the text 100-11. "
     "Laos and Cambodia took the side of China in abstaining.",
     {("LAO", "abstain"), ("KHM", "abstain")}, set()),
    ("voted the same way", "The Assembly adopted the text 100-11. Russia voted no. Belarus "
     "and Syria voted the same way.", {("RUS", "no"), ("BLR", "no"), ("SYR", "no")}, set()),
    ("followed a state's lead", "The Assembly adopted the text 100-11. India abstained. "
     "Nepal and Bhutan followed New Delhi's lead.",
     {("IND", "abstain"), ("NPL", "abstain"), ("BTN", "abstain")}, set()),
    # how the Council decides, told beside a vote: no ballot, no veto
    ("the rule: any one of the permanent five can kill a draft", "The Council voted 12-1-2 "
     "and the draft failed after Peru voted no. Any one of the permanent five, Britain, China, "
     "France, Russia and the United States, can kill a draft by voting against it.",
     {("PER", "no")}, set()),
    ("the rule: a text fails whenever a permanent member votes no", "The Council voted 12-1-2 "
     "and the draft failed after Peru voted no. A resolution fails whenever a permanent member "
     "such as China or Russia votes against it.", {("PER", "no")}, set()),
    ("the rule: one negative vote blocks any resolution", "The Council voted 12-1-2 and the "
     "draft failed after Peru voted no. One negative vote from Russia, China, France, Britain "
     "or the US blocks any Council resolution.", {("PER", "no")}, set()),
    ("the rule: the five can each veto", "The Council voted 12-1-2 and the draft failed after "
     "Peru voted no. Britain, China, France, Russia and the United States can each veto a "
     "Council decision.", {("PER", "no")}, set()),
    ("the rule: a no by any permanent member, its members between dashes", "Peru voted no and "
     "the Council draft failed 12-1-2. A negative vote by any of the permanent members — "
     "Britain, China, France, Russia or the United States — stops adoption.",
     {("PER", "no")}, set()),
    ("the rule, in a relative clause after a veto cast, keeps the veto", "Russia vetoed the "
     "Council draft on Tuesday, which any permanent member can do.", {("RUS", "no")}, {"RUS"}),
    ("a veto told in a clause of its own after a supposition", "The Assembly adopted the "
     "text. A no by any permanent member would have killed such a text in the Security "
     "Council, where Russia vetoed a similar draft in March.", {("RUS", "no")}, {"RUS"}),
    ("a veto told after the rule, in a clause of its own", "Any one of the five permanent "
     "members can block a Council text, as China did on Tuesday when it vetoed the draft.",
     {("CHN", "no")}, {"CHN"}),
    ("a veto supposed by the modal after it", "The Council adopted the text 13-0-2 on Tuesday. "
     "A Chinese veto would have angered African governments, and a French veto might have "
     "split the Europeans.", set(), set()),
    ("permanent members with a veto abstained", "The Council adopted the text 13-0-2. Moscow "
     "and Beijing, both permanent members with a veto, abstained instead of blocking it.",
     {("RUS", "abstain"), ("CHN", "abstain")}, set()),
    ("a veto cast with a veto, and one held in an aside", "A Russian veto killed the Council "
     "draft. Britain and France, which can veto Council decisions, voted in favour.",
     {("RUS", "no"), ("GBR", "yes"), ("FRA", "yes")}, {"RUS"}),
    # a state that holds no vote casts no ballot
    ("'had no vote'", "The council adopted the text 30-9-8. Canada had no vote.", set(), set()),
    ("'has observer status and no vote'", "The rights council passed the resolution by 31 "
     "votes to 9. Mexico, which has observer status and no vote this session, welcomed it.",
     set(), set()),
    ("'an observer with no vote'", "The resolution was carried 28-11-8; Japan, an observer "
     "with no vote, said it regretted the result. Chile abstained.",
     {("CHL", "abstain")}, set()),
    ("'having no vote' before a ballot cast", "The text passed 25 to 12, with 10 abstentions. "
     "Having no vote of its own, Brazil lobbied hard; Peru voted no.", {("PER", "no")}, set()),
    ("'cast a no vote' and 'had cast a no vote' are ballots", "The text passed 25 to 12. Chile "
     "cast a no vote, and Fiji had cast a no vote too.", {("CHL", "no"), ("FJI", "no")}, set()),
]  # fmt: skip


@pytest.mark.parametrize(
    ("shape", "text", "expected", "vetoes"), PATTERNS, ids=[row[0] for row in PATTERNS]
)
def test_reporting_pattern(shape, text, expected, vetoes):
    result = extract(text)
    ballots = {(f.fields["voter"], f.fields["option"]) for f in result.facts_of("ballot")}
    assert ballots == expected, shape
    vetoed = {v for f in result.facts_of("motion") for v in f.fields["vetoed_by"]}
    assert vetoed == vetoes, shape


def test_a_veto_is_linked_to_the_motion_it_killed():
    result = extract(
        "Russia vetoed a U.S.-drafted Security Council resolution on Friday. A rival Russian "
        "text won only four votes and failed."
    )
    motions = {f.fields["proposed_by"][0]: f.fields for f in result.facts_of("motion")}
    assert (motions["USA"]["outcome"], motions["USA"]["vetoed_by"]) == ("vetoed", ["RUS"])
    assert (motions["RUS"]["outcome"], motions["RUS"]["vetoed_by"]) == ("failed", [])
    [ballot] = result.facts_of("ballot")
    assert ballot.fields["motion"] == motions["USA"]["motion"]
    assert any("vetoed" in e.mention for f in result.facts_of("motion") for e in f.evidence)


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        ("The General Assembly adopted the resolution by 120 votes to 10.", "adopted"),
        ("The draft failed to win the nine votes needed.", "failed"),
        ("The resolution was defeated when China and Russia vetoed it.", "vetoed"),
        ("The sponsors withdrew their draft resolution before the vote.", "withdrawn"),
        ("The council approved the text unanimously.", "adopted"),
        # (a supposed outcome alone tells no vote: "Members would not let the draft pass" names
        # no motion, tests/test_extract_inventory.py)
        ("Members would not let the draft pass, and it was adopted.", "adopted"),
        ("The General Assembly resolution drew 187 votes.", "adopted"),
        ("The assembly voted 90 to 60 for the resolution.", None),  # short of two thirds
        ("The Human Rights Council resolution was supported by 25 votes to 19.", "adopted"),
        ("The Security Council draft received only four votes in favour.", "failed"),
        ("The General Assembly voted overwhelmingly on Monday to condemn the coup.", "adopted"),
        ("The Human Rights Council on Friday voted to set up an inquiry.", "adopted"),
        ("The Security Council voted to reject the draft.", None),
        # a motion that went or sailed through, or won approval, was adopted; an organ that
        # went through a text only read it
        ("The draft resolution on desert locusts sailed through on Tuesday.", "adopted"),
        ("The resolution on migrant workers won approval without a vote.", "adopted"),
        # more ways a defeat or an adoption is told
        ("The Tunisian draft went down to defeat in the council on Monday.", "failed"),
        ("The amendment on fisheries was thrown out by the assembly.", "failed"),
        ("The draft on drones was shot down in the council on Friday.", "failed"),
        ("The resolution on hunger was voted through without debate.", "adopted"),
        (
            "The committee went through the draft resolution paragraph by paragraph. It was "
            "adopted.",
            "adopted",
        ),
        # an organ that suspended a member or referred a situation decided it by a vote
        ("The General Assembly suspended Libya from the Human Rights Council in March.", "adopted"),
        ("The Security Council referred the situation in Darfur to the Court in 2005.", "adopted"),
        ("The text was drafted by Peru and the EU and was adopted by 90 votes to 3.", "adopted"),
        # short of nine votes a Council draft fails, whoever "vetoed" it
        (
            "The Security Council rejected the Russian draft, which drew only four votes. The "
            "United States and Britain vetoed it.",
            "failed",
        ),
        # more voters than the Human Rights Council has: the Assembly's rule, organ or not
        ("Guam: 153 in favour, 2 against, 9 abstaining.", "adopted"),
        ("The board voted on the text 20 to 15, with 5 abstentions.", None),
        (
            "The resolution, introduced by Kenya's ambassador, was adopted by the assembly.",
            "adopted",
        ),
        (
            "Russia vetoed a U.S. draft in the Security Council, and a rival Russian text was "
            "rejected.",
            None,
        ),  # checked below: one veto, one failure
    ],
)
def test_outcomes(text, outcome):
    found = [f.fields["outcome"] for f in extract(text).facts_of("motion")]
    assert found == ([outcome] if outcome or "rival" not in text else ["vetoed", "failed"])


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        # an outcome's gerund kept from happening tells no outcome; the count decides
        ("The Council draft received 12 votes in favour to 1 against (China), with 2 "
         "abstentions. Peru's envoy, speaking before the vote, warned members strongly against "
         "adopting the text.", "vetoed"),
        ("The Council draft won 11 votes, with France voting no. Speaking first, the delegate "
         "of Chile had cautioned the Council against approving it.", "vetoed"),
        ("The Assembly draft drew 40 votes in favour and 70 against. Its sponsors had hoped "
         "to dissuade the hall from rejecting the text.", "failed"),
        ("The Council draft received 12 votes in favour to 1 against (Russia). Members voted "
         "instead of adopting it by consensus.", "vetoed"),
        # what an organ did after adopting, or by approving, is an outcome
        ("After adopting the resolution, the Security Council turned to Haiti.", "adopted"),
    ],
)  # fmt: skip
def test_an_outcome_kept_from_happening_is_no_outcome(text, outcome):
    assert [f.fields["outcome"] for f in extract(text).facts_of("motion")] == [outcome]


#: Several votes in one text: which vote each ballot belongs to, by the words around it.
#: (shape, text, article date, {(voter, option, the date of its vote: day, or period start)},
#: vetoes {(voter, the date of the vetoed vote)})
ATTRIBUTION = [
    ("'that year' is the year the text dated last",
     "The General Assembly adopted the resolution on Monday by 120 votes to 2, with 50 "
     "abstentions. In 2014 the same resolution drew 125 votes in favour against two, with 56 "
     "abstentions. Fiji and Nepal were in the abstaining column that year too.",
     date(2017, 12, 21), {("FJI", "abstain", "2014-01-01"), ("NPL", "abstain", "2014-01-01")},
     set()),
    ("a count's members between hyphens go to that count's vote, an earlier one",
     "The General Assembly adopted the resolution on Monday by 120 votes to 2, with 50 "
     "abstentions. On 18 December 2014 the same resolution drew 125 votes in favour against "
     "two - again Chile and Peru - with 56 abstentions.", date(2017, 12, 21),
     {("CHL", "no", "2014-12-18"), ("PER", "no", "2014-12-18")}, set()),
    ("'this time' after a veto and a later assembly vote",
     "Russia on Friday vetoed a Security Council draft on the annexation. China and India "
     "abstained.\n\nThe General Assembly took up the matter on Wednesday and adopted its own "
     "resolution, 143-5. This time Brazil voted in favour, while China again abstained.",
     date(2022, 10, 13),
     {("RUS", "no", "2022-10-07"), ("CHN", "abstain", "2022-10-07"),
      ("IND", "abstain", "2022-10-07"), ("BRA", "yes", "2022-10-12"),
      ("CHN", "abstain", "2022-10-12")}, {("RUS", "2022-10-07")}),
    ("the organs' seats, and the council that adopted the draft",
     "The General Assembly adopted the declaration on Thursday by 143 votes to 4. When the "
     "Human Rights Council adopted the draft on 29 June, the result was 30 to 2. Russia, which "
     "had voted against in Geneva, abstained in New York, and so did Ukraine.",
     date(2007, 9, 14),
     {("RUS", "no", "2007-06-29"), ("RUS", "abstain", "2007-09-13"),
      ("UKR", "abstain", "2007-09-13")}, set()),
    ("an organ in a relative clause about the subject's past",
     "The General Assembly adopted the declaration on Thursday by 143 votes to 4. The Human "
     "Rights Council had adopted its own text on 29 June by 30 votes to 2.\n\nGermany, which had "
     "pushed the agenda in the Human Rights Council, voted in favour.",
     date(2007, 9, 14), {("DEU", "yes", "2007-09-13")}, set()),
    ("a ballot in both votes told", "The General Assembly adopted the principles on Thursday "
     "by 136 votes to 6. On 9 September 2014 it had voted 124 to 11 to begin "
     "the work.\n\nBrazil and Chile voted yes each time.", date(2015, 9, 15),
     {("BRA", "yes", "2015-09-10"), ("CHL", "yes", "2015-09-10"), ("BRA", "yes", "2014-09-09"),
      ("CHL", "yes", "2014-09-09")}, set()),
    ("not to vote yes", "The General Assembly adopted the declaration on Thursday by 143 "
     "votes to 4. Colombia was the only Latin American state not to vote yes.",
     date(2007, 9, 14), set(), set()),
    ("a bare appositive of another time the text does not report",
     "The resolution was adopted on Tuesday by 120 votes to 14. Peru and Chile, abstainers in "
     "2022, were in the No column on Tuesday.", date(2024, 12, 19),
     {("PER", "no", "2024-12-17"), ("CHL", "no", "2024-12-17")}, set()),
    ("relative clause in another time, then this time",
     "The General Assembly adopted a resolution on Monday by 150 votes to 8. Its June "
     "resolution had won 130 votes.\n\nBrazil, which abstained in June, voted yes this time.",
     date(2024, 9, 17), {("BRA", "abstain", "2024-06-01"), ("BRA", "yes", "2024-09-16")},
     set()),
    ("a new paragraph after last year's vote",
     "The assembly approved the text on Friday with 170 votes in favour.\n\nLast year the "
     "same text drew 180 votes, and only Israel opposed it.\n\nThis time Hungary joined "
     "Israel in voting no.",
     date(2021, 6, 25),
     {("ISR", "no", "2020-01-01"), ("ISR", "no", "2021-06-25"), ("HUN", "no", "2021-06-25")},
     set()),
    ("a veto in a sentence about the assembly's vote, days before it",
     "The General Assembly demanded a ceasefire on Thursday by 140 votes to 9. The vote came "
     "five days after Russia vetoed a similar text in the Security Council, where China "
     "abstained.",
     date(2024, 5, 16), {("RUS", "no", "2024-05-11"), ("CHN", "abstain", "2024-05-11")},
     {("RUS", "2024-05-11")}),
    ("which had voted against last year",
     "The assembly renewed the mandate on Tuesday by 100 votes to 20. A year ago the text "
     "passed 95 to 25.\n\nChile, which had voted against last year, abstained.",
     date(2023, 11, 15), {("CHL", "no", "2022-01-01"), ("CHL", "abstain", "2023-11-14")},
     set()),
    ("a background vote does not take the next paragraph's ballots",
     "Twelve days after Russia vetoed a draft in the Security Council, the General Assembly "
     "adopted a resolution on Thursday by 120 votes to 10.\n\nThe resolution was welcomed. "
     "Belarus and Syria voted against it.",
     date(2022, 4, 8),
     {("RUS", "no", "2022-03-26"), ("BLR", "no", "2022-04-07"), ("SYR", "no", "2022-04-07")},
     {("RUS", "2022-03-26")}),
    ("a description dated by its year names the counted vote of that year",
     "The assembly adopted the text on Tuesday by 110 votes to 40, more than the first such "
     "text in November 2019, which passed 99-50.\n\nPeru, which backed the 2019 text, "
     "abstained.",
     date(2021, 11, 17), {("PER", "yes", "2019-11-01"), ("PER", "abstain", "2021-11-16")},
     set()),
    ("'This time' opens the sentence: all its ballots are this vote's",
     "The assembly adopted a resolution on Friday by 134 votes to 3. On March 13 it had "
     "adopted a milder text by 130 votes to 2. This time Fiji voted no, while Chile, "
     "Peru and Norway abstained.",
     date(1997, 4, 26),
     {("FJI", "no", "1997-04-25"), ("CHL", "abstain", "1997-04-25"),
      ("PER", "abstain", "1997-04-25"), ("NOR", "abstain", "1997-04-25")},
     set()),
    ("'As in <year>, X voted no': a ballot on both votes",
     "The assembly adopted the text on Tuesday by 110 votes to 40, more than the first such "
     "text in November 2019, which passed 99-50.\n\nAs in 2019, Chile and Peru voted no.",
     date(2021, 11, 17),
     {("CHL", "no", "2021-11-16"), ("PER", "no", "2021-11-16"), ("CHL", "no", "2019-11-01"),
      ("PER", "no", "2019-11-01")},
     set()),
    ("a motion named in a relative clause is not the main verb's",
     "The assembly adopted a resolution on Wednesday by 130 votes to 6. It drew more votes "
     "than its May resolution, which was adopted 120-9.\n\nKenya, which opposed the May "
     "text, abstained this time, as did Ghana.",
     date(2023, 10, 12),
     {("KEN", "no", "2023-05-01"), ("KEN", "abstain", "2023-10-11"),
      ("GHA", "abstain", "2023-10-11")},
     set()),
    ("a motion named after another subject's clause is not the cue's",
     "The assembly adopted a resolution on Friday by 99 votes to 12. Its 2020 resolution "
     "had passed 90-15.\n\nTogo abstained, and Fiji, which supported the 2020 text, voted "
     "yes.",
     date(2022, 6, 4),
     {("TGO", "abstain", "2022-06-03"), ("FJI", "yes", "2020-01-01"),
      ("FJI", "yes", "2022-06-03")},
     set()),
    ("a change of side, the other way and set off by dashes, ends on the later vote",
     "The first vote. On November 5, the Assembly endorsed the report. The resolution was "
     "adopted 114-18, with 44 abstentions. Chile, Peru and Fiji voted against it.\n\nThe second "
     "vote. On Friday, a follow-up resolution was approved by 98 votes to 7, with 31 "
     "abstentions. Nepal voted no.\n\nWhat changed? Chile and Peru moved the other way from "
     "outright opposition - to abstention - as did Fiji.",
     date(2010, 2, 27),
     {("CHL", "no", "2009-11-05"), ("PER", "no", "2009-11-05"), ("FJI", "no", "2009-11-05"),
      ("NPL", "no", "2010-02-26"), ("CHL", "abstain", "2010-02-26"),
      ("PER", "abstain", "2010-02-26"), ("FJI", "abstain", "2010-02-26")},
     set()),
]  # fmt: skip


@pytest.mark.parametrize(
    ("shape", "text", "day", "expected", "vetoes"),
    ATTRIBUTION,
    ids=[row[0] for row in ATTRIBUTION],
)
def test_ballots_go_to_the_vote_they_report(shape, text, day, expected, vetoes):
    result = extract(text, article_date=day)
    when = {
        f.fields["motion"]: f.fields["date"] or (f.fields["period"] or [None])[0]
        for f in result.facts_of("motion")
    }
    ballots = {
        (f.fields["voter"], f.fields["option"], when[f.fields["motion"]])
        for f in result.facts_of("ballot")
    }
    assert ballots == expected, shape
    vetoed = {
        (voter, when[f.fields["motion"]])
        for f in result.facts_of("motion")
        for voter in f.fields["vetoed_by"]
    }
    assert vetoed == vetoes, shape


#: Who put a motion forward, in the shapes news uses besides "drafted by X".
PROPOSERS = [
    ("the object of an active veto, 'by' its authors", "China vetoed the draft by Chile and "
     "Peru in the Security Council on Friday.", ["CHL", "PER"]),
    ("presented by X with Y and Z", "The draft decision, presented by Norway with Chile and "
     "Ghana, was adopted by the Human Rights Council.", ["NOR", "CHL", "GHA"]),
    ("introducing the text", "The General Assembly adopted the resolution. Introducing the "
     "text, the representative of Peru said it was overdue.", ["PER"]),
    ("on behalf of a group", "The resolution, put forward on behalf of the African Group, "
     "was adopted by the General Assembly.", ["African Group"]),
    ("put the same text to a vote", "The Security Council adopted the resolution on Friday. "
     "Kenya had withdrawn the draft on Thursday; Ireland and Mexico then put the same text to "
     "a vote themselves.", ["IRL", "MEX"]),
    ("a compound is no verb", "Russia on Friday vetoed a French-drafted Security Council "
     "resolution.", ["FRA"]),
    ("a state's own draft", "The Security Council rejected Brazil's rival draft on Friday.",
     ["BRA"]),
    ("a group's own draft", "The General Assembly on Friday adopted the Arab Group's draft.",
     ["Arab Group"]),
    ("drafted by X, opening the sentence", "Drafted by Chile, the resolution was adopted by "
     "the Security Council on Friday.", ["CHL"]),
    ("authored by", "The Security Council adopted the draft, authored by Malta, on Friday.",
     ["MLT"]),
    ("X and Y, which had drafted", "Mexico and Chile, which had drafted the text, welcomed "
     "the Security Council's vote on Friday.", ["MEX", "CHL"]),
    ("an amendment from X and Y", "The Security Council on Friday rejected an amendment from "
     "Brazil and Chile.", ["BRA", "CHL"]),
    ("three states' adjectives", "The Security Council on Friday rejected a Dutch, Belgian "
     "and Irish draft.", ["NLD", "BEL", "IRL"]),
    ("drawn up by", "On Friday the Security Council voted on a text drawn up by Estonia and "
     "Ireland. Russia vetoed the draft.", ["EST", "IRL"]),
    ("a participle and its agent apart", "The text, negotiated for two months by Ghana, Gabon "
     "and Kenya, was adopted by the Security Council on Friday.", ["GHA", "GAB", "KEN"]),
    ("co-tabled by a body, its abbreviation, and a state", "The resolution, co-tabled by the "
     "African Union (AU) and Norway, was adopted by the General Assembly on Friday.",
     ["African Union", "NOR"]),
    ("among the co-sponsors after an aside", "The General Assembly adopted the resolution on "
     "Friday. Canada, which has long raised the issue, was among the co-sponsors.", ["CAN"]),
    ("one of the sponsors of the text", "Peru, one of the sponsors of the text, welcomed its "
     "adoption by the General Assembly on Friday.", ["PER"]),
    ("a body's name in a compound", "The General Assembly adopted the European Union-backed "
     "resolution on Friday.", ["European Union"]),
    ("a combining form", "The Security Council on Friday rejected a Sino-Russian draft.",
     ["CHN", "RUS"]),
    ("co-sponsored, active", "Chile co-sponsored the resolution the General Assembly adopted "
     "on Friday.", ["CHL"]),
    ("two subjects of an active verb", "Brazil and India put forward a draft resolution that "
     "the Security Council rejected on Friday.", ["BRA", "IND"]),
    ("a state's yearly text", "Cuba's perennial text on the embargo was adopted by the General "
     "Assembly on Friday by 187 votes to 2.", ["CUB"]),
    ("the core group behind it, one more among the co-sponsors", "The Human Rights Council "
     "adopted the decision on Friday. The core group behind it is Peru, Chile and Spain, with "
     "Portugal among the co-sponsors.", ["PER", "CHL", "ESP", "PRT"]),
    ("a group named before its members", "The resolution was put forward by a group of four "
     "Nordic States - Denmark, Finland, Norway and Sweden - and was adopted by the Human "
     "Rights Council by 30 votes to 9 on Friday.", ["DNK", "FIN", "NOR", "SWE"]),
    ("opening participle with two agents", "Written by Ghana and Peru, the text on water "
     "rights was adopted by the Human Rights Council on Friday.", ["GHA", "PER"]),
    ("a pronoun as the passive's subject", "The General Assembly adopted a resolution on "
     "landmines on Friday by 150 votes to 4. It had been tabled by Austria and Chile.",
     ["AUT", "CHL"]),
    ("a pronoun as the active's object, with a partner", "The Human Rights Council adopted a "
     "decision on forests on Friday. Brazil had drafted it with Norway.", ["BRA", "NOR"]),
    ("a pronoun as the object, on behalf of a group", "The General Assembly adopted a text on "
     "debt relief on Friday. Ghana submitted it on behalf of the African Group.",
     ["GHA", "African Group"]),
    ("the role in apposition after the names", "Estonia and Ghana, the penholders, put a draft "
     "before the Security Council on Friday and it was adopted.", ["EST", "GHA"]),
    ("the role in apposition before the names", "The General Assembly adopted a resolution on "
     "oceans on Friday. Its main sponsors, Fiji and Palau, welcomed the vote.",
     ["FJI", "PLW"]),
    ("the text's authors", "The resolution's authors, Chile and Spain, said the General "
     "Assembly's vote on Friday was a success.", ["CHL", "ESP"]),
    ("the present tense, an ambiguous name as subject", "Each year the General Assembly "
     "adopts a text on the right to water. Peru drafts it, and on Friday it passed 170 to 2.",
     ["PER"]),
    ("a topic phrase between the motion and its participle", "The General Assembly adopted "
     "the resolution on the protection of journalists in armed conflict, tabled by Greece "
     "and Austria, on Friday.", ["GRC", "AUT"]),
    ("brought a text to the assembly", "Ecuador and Kenya brought a draft on plastic waste to "
     "the General Assembly, which adopted it on Friday.", ["ECU", "KEN"]),
    ("brought by", "The draft was brought by Iceland and adopted by the Human Rights Council "
     "on Friday.", ["ISL"]),
    ("the motion as a relative clause's object", "The draft decision, which Nepal and Bhutan had "
     "prepared, was adopted by the Human Rights Council on Friday.", ["NPL", "BTN"]),
    ("the authors' group before its named members", "The General Assembly adopted a text "
     "sponsored by some 70 states, including Jamaica and Fiji, on Friday.", ["JAM", "FJI"]),
    ("the sponsors of a named motion, capitalised", "Sponsors of the resolution included "
     "Latvia and Benin; the General Assembly adopted it on Friday.", ["LVA", "BEN"]),
    ("the penholder, answering an explainer's question", "The Security Council on Friday "
     "approved a mission to Haiti.\n\nWhat does it do?\n\nIt sends police advisers.\n\n"
     "Who drafted it?\n\nEcuador, which holds the pen on Haiti in the council.", ["ECU"]),
    ("a pronoun's agents named after their group", "The General Assembly adopted a text on "
     "disarmament on Friday. It was tabled by a cross-regional group of four states - Chile, "
     "Ghana, Japan and Norway - that met in May.", ["CHL", "GHA", "JPN", "NOR"]),
    ("together with its partners in a group", "The draft, put forward by Senegal together "
     "with its partners in the African Group, was adopted by the Human Rights Council on "
     "Friday.", ["SEN", "African Group"]),
    ("introducing the text prepared with another", "The Security Council adopted the "
     "resolution on Friday. Introducing the draft, which his delegation had prepared together "
     "with Gabon, the representative of Ghana said it was balanced.", ["GHA", "GAB"]),
    ("presented for a group", "The text, presented by Egypt for the Arab Group, was adopted "
     "by the General Assembly on Friday.", ["EGY", "Arab Group"]),
    ("a text from a body", "The General Assembly on Friday adopted a text from the African "
     "Union by 150 votes to 2.", ["African Union"]),
    ("co-sponsors in apposition without a determiner", "The General Assembly adopted the "
     "resolution on Friday. Malta and Cyprus, co-sponsors of the text, welcomed the vote.",
     ["MLT", "CYP"]),
    ("another participle in the compound", "The Security Council on Friday rejected a "
     "Kenya-penned draft.", ["KEN"]),
    ("a relative clause without 'that'", "The Security Council on Friday adopted the text "
     "Brazil had circulated by 13 votes to none.", ["BRA"]),
    ("the relative clause's partner", "The draft, which Nepal co-sponsored with Bhutan, was "
     "adopted by the Human Rights Council on Friday.", ["NPL", "BTN"]),
    ("the subject on behalf of a group, in an aside", "Ghana, on behalf of the African "
     "Group, introduced the draft, which the General Assembly adopted on Friday.",
     ["GHA", "African Group"]),
    ("a group by its size", "The draft was tabled by Oman on behalf of the 22-member Arab "
     "Group and adopted by the General Assembly on Friday.", ["OMN", "Arab Group"]),
    ("the role, then the names", "The Security Council adopted the resolution on Friday. The "
     "penholders, Estonia and Niger, welcomed it.", ["EST", "NER"]),
    ("a title in quotes, answering the question", "The General Assembly adopted three "
     "texts on Friday.\n\nQ: What was the second resolution?\nA: \"Safety of seafarers\", "
     "tabled by Panama and Greece. It passed 150 to 2.", ["PAN", "GRC"]),
    ("the document", "The General Assembly on Friday adopted a resolution on Tibet. The "
     "document, drafted by Nepal, won 90 votes.", ["NPL"]),
    ("at the initiative of", "The resolution, adopted by the General Assembly at the "
     "initiative of Mongolia, passed on Friday by 120 votes to 5.", ["MNG"]),
    ("an initiative of, in apposition", "The text, an initiative of Uruguay, was adopted by "
     "the Human Rights Council on Friday.", ["URY"]),
    ("a state's initiative in apposition", "The text, a Finnish initiative, was adopted by "
     "the General Assembly on Friday by 120 votes to 5.", ["FIN"]),
    ("a state's delegation as the subject", "Chile's delegation introduced the draft, which "
     "the General Assembly adopted on Friday.", ["CHL"]),
    ("spearheaded", "Gabon spearheaded the resolution the Security Council adopted on "
     "Friday.", ["GAB"]),
    ("the authors' group, its members in brackets", "The draft, drawn up by the A3 group "
     "(Ghana, Gabon and Mozambique), was adopted by the Security Council on Friday.",
     ["GHA", "GAB", "MOZ"]),
    ("whose draft", "Latvia, whose draft the General Assembly adopted on Friday, welcomed "
     "the vote.", ["LVA"]),
    ("presented the draft, for a group in an aside", "Oman, acting for the Arab Group, "
     "presented the draft, which the General Assembly adopted on Friday.", ["OMN"]),
    ("the text's main sponsor was", "The resolution's main sponsor was Fiji; the General "
     "Assembly adopted it on Friday.", ["FJI"]),
    ("the text's sponsor in apposition", "Fiji, the resolution's main sponsor, called the "
     "General Assembly's vote on Friday a success.", ["FJI"]),
    ("two owners of one possessive", "Chile and Spain's resolution on privacy was adopted by "
     "the General Assembly on Friday.", ["CHL", "ESP"]),
    ("two subjects of 'who co-wrote'", "Iceland and Chile, who co-wrote the text, said the "
     "General Assembly's vote on Friday was a success.", ["ISL", "CHL"]),
]  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "The General Assembly adopted a resolution on drones on Friday by 120 votes to 8. "
        "Iran, the main sponsor of the militia, voted against it.",
        # a person who speaks for the sponsors is no sponsor named
        "The Human Rights Council adopted a resolution on Friday by 20 votes to 7. Speaking "
        "for the sponsors, Peru's representative thanked the council.",
    ],
)
def test_a_sponsor_of_something_else_proposes_no_motion(text):
    result = extract(text, article_date=date(2024, 3, 9))
    assert [f.fields["proposed_by"] for f in result.facts_of("motion")] == [[]]


@pytest.mark.parametrize(("shape", "text", "expected"), PROPOSERS, ids=[r[0] for r in PROPOSERS])
def test_proposers(shape, text, expected):
    result = extract(text, article_date=date(2024, 3, 8))
    proposed = [
        f.fields["proposed_by"]
        for f in result.facts_of("motion")
        if f.fields["proposed_by"] or f.fields["outcome"] == "adopted"
    ]
    assert sorted(proposed[0]) == sorted(expected), shape


def test_a_state_named_before_resolution_is_what_it_is_about():
    result = extract(
        "The assembly on Friday adopted a resolution on the right to food by 164 votes to 8."
        "\n\nThe Belarus human rights resolution, adopted 114-2-47, was opposed only by Russia "
        "and Nicaragua. The annual Myanmar resolution passed 80 to 25.",
        article_date=date(2024, 3, 9),
    )
    tallies = {f.fields["motion"]: f.fields["yes"] for f in result.facts_of("tally")}
    assert [
        (tallies[f.fields["motion"]], f.fields["proposed_by"], f.fields["outcome"])
        for f in result.facts_of("motion")
    ] == [(164, [], "adopted"), (114, [], "adopted"), (80, [], "adopted")]


def test_an_outcome_that_contradicts_the_motion_is_another_motion():
    result = extract(
        "The Security Council adopted resolution 2999 on Friday.\n\nEgypt had tabled the "
        "draft, then withdrew it on Thursday.",
        article_date=date(2024, 3, 9),
    )
    outcomes = sorted(
        (f.fields["outcome"], f.fields["proposed_by"], f.fields["date"])
        for f in result.facts_of("motion")
    )
    assert outcomes == [("adopted", [], "2024-03-08"), ("withdrawn", ["EGY"], "2024-03-07")]


@pytest.mark.parametrize(
    ("shape", "text", "motions"),
    [
        ("a veto of something no motion noun names, then the draft",
         "Russia on Thursday vetoed the renewal of a U.N. monitoring mission. Twelve members "
         "of the Security Council voted for the draft resolution.",
         [("vetoed", ["RUS"], 12)]),
        ("a headline ending in a quotation mark",
         "Russia vetoes UN resolution on the 'massacre'\n\nRussia on Wednesday vetoed a "
         "British-drafted Security Council resolution. Ten council members voted in favour.",
         [("vetoed", ["RUS"], 10)]),
        ("history is no act of the organ",
         "The Security Council on Monday adopted a resolution by 14 votes to none. It was the "
         "first time since the war began that the council had called for a halt.",
         [("adopted", [], 14)]),
        ("two states' adjectives before one draft",
         "A French and Spanish draft received 11 votes, but Russia vetoed it.",
         [("vetoed", ["RUS"], 11)]),
        ("an organ's act, 'It did so by adopting a resolution', then 'the text'",
         "The General Assembly today called for an end to the blockade. It did so by adopting "
         "a resolution, by a recorded vote of 80 in favour to 4 against.\n\nIntroducing the "
         "text, the representative of Chile said it was overdue.",
         [("adopted", [], 80)]),
        ("'such a text' is a kind of text, not another vote",
         "The United States on Tuesday vetoed a Security Council draft on Gaza, the fourth "
         "time it has blocked such a text this year. Thirteen members voted in favour.",
         [("vetoed", ["USA"], 13)]),
        ("a draft told first by who drew it up, then its fate",
         "The Security Council on Monday voted on a draft resolution prepared by Malta and "
         "Chile. The draft was defeated when Russia vetoed it.",
         [("vetoed", ["RUS"], None)]),
        ("'the first resolution … since' is the story's vote",
         "The General Assembly on Monday demanded a halt to the fighting, in the first "
         "resolution adopted on the conflict since the war began. The text was adopted by 120 "
         "votes to 7.",
         [("adopted", [], 120)]),
    ],
)  # fmt: skip
def test_one_vote_is_one_motion(shape, text, motions):
    result = extract(text, article_date=date(2024, 3, 8))
    tallies = {f.fields["motion"]: f.fields["yes"] for f in result.facts_of("tally")}
    found = [
        (f.fields["outcome"], f.fields["vetoed_by"], tallies.get(f.fields["motion"]))
        for f in result.facts_of("motion")
    ]
    assert found == motions, shape
    if "French and Spanish" in text:
        assert sorted(result.facts_of("motion")[0].fields["proposed_by"]) == ["ESP", "FRA"]


def test_a_defeat_counted_against_first():
    [tally] = extract(
        "The Human Rights Council rejected by 21 votes to 18 a draft decision on Tuesday."
    ).facts_of("tally")
    assert (tally.fields["yes"], tally.fields["no"]) == (18, 21)


def test_the_votes_another_resolution_received():
    result = extract(
        "The General Assembly adopted the resolution on Monday by 150 votes to 3, well above "
        "the 120 votes its June resolution received.",
        article_date=date(2024, 3, 8),
    )
    when = {
        f.fields["motion"]: f.fields["date"] or f.fields["period"][0]
        for f in result.facts_of("motion")
    }
    tallies = {(f.fields["yes"], when[f.fields["motion"]]) for f in result.facts_of("tally")}
    assert tallies == {(150, "2024-03-04"), (120, "2023-06-01")}


def test_a_committee_vote_and_the_plenary():
    result = extract(
        "The General Assembly adopted the resolution on Monday by 150 votes to 3.\n\nTwo "
        "months earlier, in the First Committee, Chad had voted for the same text, which then "
        "passed 110 to 9. In the plenary Chad did not vote.",
        article_date=date(2024, 3, 8),
    )
    tallies = {f.fields["motion"]: f.fields["yes"] for f in result.facts_of("tally")}
    motions = {
        tallies[f.fields["motion"]]: (f.fields["organ"], f.fields["outcome"])
        for f in result.facts_of("motion")
    }
    assert motions == {150: ("GA", "adopted"), 110: ("GA", "adopted")}
    ballots = {(f.fields["option"], tallies[f.fields["motion"]]) for f in result.facts_of("ballot")}
    assert ballots == {("yes", 110), ("non_voting", 150)}


@pytest.mark.parametrize(
    ("opening", "organ"),
    [("In the Assembly,", "GA"), ("In the Security Council,", "SC"), ("In Geneva,", "HRC")],
)
def test_a_paragraph_opened_by_an_organ_keeps_its_ballots_there(opening, organ):
    """A paragraph that opens in one organ's vote of a story of several keeps the ballots of
    its next sentences there, until a sentence names a text."""
    result = extract(
        "The General Assembly adopted a resolution on the crisis by 120 votes to 9, the "
        "Security Council a draft of its own by 11 votes to none, and the Human Rights Council "
        f"a third text by 30 votes to 5.\n\n{opening} Chile voted yes with the majority. Peru "
        "and Ecuador were among the abstainers. Bolivia stayed away.",
        article_date=date(2024, 3, 8),
    )
    organs = {f.fields["motion"]: f.fields["organ"] for f in result.facts_of("motion")}
    ballots = {(f.fields["voter"], organs[f.fields["motion"]]) for f in result.facts_of("ballot")}
    assert {voter for voter, _ in ballots} >= {"CHL", "PER", "ECU"}
    assert {found for _, found in ballots} == {organ}


@pytest.mark.parametrize(
    ("opening", "later"),
    [
        ("On Thursday the opponents were the usual ones: China and Russia voted no.", ""),
        ("On 18 December, China and Russia were again in the No column.", " Chad stayed away."),
    ],
)
def test_a_paragraph_opened_by_a_day_keeps_its_ballots_in_that_day_s_vote(opening, later):
    """A sentence that opens on a day keeps the ballots of the paragraph's next sentences in
    that day's vote (not in the amendment told just before), until a sentence names a text."""
    result = extract(
        "The General Assembly on Thursday adopted a resolution on the rights situation in "
        "Eritrea by 112 votes to 20, with 50 abstentions.\n\nEritrea's friends tried first in "
        "the Third Committee, where Russia put forward an amendment to remove the sanctions "
        f"language; the amendment was rejected last month by a wide margin. {opening} Brazil, "
        f"Mexico and Egypt abstained.{later}",
        article_date=date(2014, 12, 20),
    )
    days = {f.fields["motion"]: f.fields["date"] for f in result.facts_of("motion")}
    ballots = {(f.fields["voter"], days[f.fields["motion"]]) for f in result.facts_of("ballot")}
    assert {("BRA", "2014-12-18"), ("MEX", "2014-12-18"), ("EGY", "2014-12-18")} <= ballots
    assert {day for _, day in ballots} == {"2014-12-18"}


def test_abstentions_told_at_the_end_of_the_clause():
    [tally] = extract(
        "The General Assembly voted 93-24 on Thursday to suspend Russia from the Human Rights "
        "Council, with 58 abstentions."
    ).facts_of("tally")
    assert (tally.fields["yes"], tally.fields["no"], tally.fields["abstain"]) == (93, 24, 58)


def test_the_subject_of_an_outcome_across_an_aside():
    [motion] = extract(
        "The text, co-sponsored by 50 countries including Japan, was adopted by the General "
        "Assembly."
    ).facts_of("motion")
    assert motion.fields["outcome"] == "adopted"


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("The Human Rights Council voted 19 to 17 against holding a debate.", (17, 19)),
        ("The Human Rights Council voted 19-17 against holding a debate.", (17, 19)),
        ("The resolution passed 141 to 5 against the wishes of Russia.", (141, 5)),
        ("The resolution won the support of 143 countries.", (143, None)),
        ("The text passed with the backing of 13 of the council's 15 members.", (13, None)),
        ("The Security Council draft was backed by 12 of the Council's 15 members.", (12, None)),
        # "went through" makes a bare dashed pair a vote
        ("On May 2, the declaration of the Mountain Summit went through 150-2.", (150, 2)),
        ("The assembly text on desert locusts drew 150 yes votes against three.", (150, 3)),
        ("The assembly resolution on fisheries passed by 99 votes against 40.", (99, 40)),
        (
            "Only Peru opposed the assembly text on mountain roads, which the other 170 voting "
            "states all supported.",
            (170, None),
        ),
    ],
)
def test_counts_in_other_words(text, counts):
    [tally] = extract(text).facts_of("tally")
    assert (tally.fields["yes"], tally.fields["no"]) == counts


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("The assembly adopted the text, which was carried by 112 states. Only nine opposed it "
         "and 40 abstained.", (112, 9, 40)),
        ("The draft scraped through the assembly with 71 votes. Twelve countries voted no, and a "
         "striking 58 abstained.", (71, 12, 58)),
        ("The Human Rights Council approved the inquiry 31 to 2. There were 14 abstentions.",
         (31, 2, 14)),
        ("The assembly adopted the text by 88 votes to 19, and Peru was among the 52 "
         "abstainers.", (88, 19, 52)),
        ("The assembly text, adopted on 30 November, drew 104 yeses against 12 nays, with 40 "
         "abstentions.", (104, 12, 40)),
        ("The resolution drew 120 votes in favour. Only four delegations cast nays, while "
         "sixty-one abstained.", (120, 4, 61)),
        ("The resolution was backed by 130 countries, with seven against and 30 abstentions.",
         (130, 7, 30)),
        ("The Human Rights Council adopted the resolution. Yes 30 / No 9 / Abstain 8.",
         (30, 9, 8)),
        ("Twenty of the Human Rights Council's 47 members voted yes, fifteen voted no and twelve "
         "abstained.", (20, 15, 12)),
        ("The assembly resolution passed with 120 votes in favour. Nobody voted against it, and "
         "40 states abstained.", (120, 0, 40)),
        ("Only Gabon joined Russia in backing the Security Council draft - five votes, well "
         "short of the nine required.", (5, None, None)),
        ("The Security Council draft was rejected after attracting a single vote.",
         (1, None, None)),
        ("Twenty of the Human Rights Council's 47 members voted yes, eleven said no and sixteen "
         "sat the vote out.", (20, 11, 16)),
        ("The Security Council adopted the text by a recorded vote of 12 in favour to none "
         "against, with 3 abstentions.", (12, 0, 3)),
        ("The assembly resolution was adopted, 150 to 4. Only two countries, Chile and Peru, "
         "abstained.", (150, 4, 2)),
        # the votes a draft lacked are no count of its own
        ("The Security Council draft won only two votes. No member voted against it, but the "
         "other 13 abstained, and without nine yes votes the text fell.", (2, 0, 13)),
        # "said no to …" is a refusal, not a count of votes
        ("Three countries said no to the plan. The assembly resolution passed 150 to 4.",
         (150, 4, None)),
        # no abstention at all is a count of nought
        ("The assembly passed the text by 151 votes to nine, with not a single abstention.",
         (151, 9, 0)),
        ("The resolution sailed through, 140-12. There were no abstentions.", (140, 12, 0)),
        # a count of one told in words
        ("The council adopted the text with 13 votes in favour. Chile cast the lone vote "
         "against.", (13, 1, None)),
        ("Ten council members voted for the draft. Russia was the only one to vote against.",
         (10, 1, None)),
        ("The assembly approved the text by 150 votes, with Fiji the sole abstention. Nobody "
         "voted no.", (150, 0, 1)),
        # a count of the votes a draft needed, after the count it got
        ("The Security Council draft fell short, gathering only seven of the nine votes it "
         "needed.", (7, None, None)),
        # a count in a condition was not cast
        ("Britain said it would veto the draft if it ever gathered nine votes. The Security "
         "Council draft drew six votes in favour and none against.", (6, 0, None)),
        # "two more" counts the next side
        ("The text drew 150 votes. Three countries voted no - Chile, Peru and Fiji - and two "
         "more, Nepal and Laos, abstained.", (150, 3, 2)),
    ],
)  # fmt: skip
def test_a_count_told_in_several_words_or_sentences(text, counts):
    [tally] = extract(text).facts_of("tally")
    assert (tally.fields["yes"], tally.fields["no"], tally.fields["abstain"]) == counts


def test_members_not_recorded_as_voting_with_an_aside():
    [tally] = extract(
        "The assembly resolution was approved by 140 nations, and four abstained. Forty "
        "members, including Chad, were not recorded as voting."
    ).facts_of("tally")
    counts = (tally.fields["yes"], tally.fields["abstain"], tally.fields["non_voting"])
    assert counts == (140, 4, 40)


def test_the_absent_counted_after_the_lists_of_a_recorded_vote():
    [tally] = extract(
        "The General Assembly adopted the draft resolution by a recorded vote of 90 in favour to "
        "12 against, with 30 abstentions, as follows: In favour: Peru, Chile. Against: Chad. "
        "Abstain: Fiji. Absent: 61 Member States."
    ).facts_of("tally")
    counts = ("yes", "no", "abstain", "non_voting")
    assert tuple(tally.fields[key] for key in counts) == (90, 12, 30, 61)
    assert extract("Absent: Chad, Peru.").facts_of("tally") == []


def test_a_range_of_past_counts_is_no_tally():
    text = "In past years the assembly resolution passed with between roughly 70 and 90 votes in "
    assert extract(text + "favour.").facts_of("tally") == []


def test_votes_short_of_nine_count_the_missing_votes_not_the_cast_ones():
    result = extract("The Security Council draft fell one vote short of the nine it needed.")
    assert result.facts_of("tally") == []


def test_a_count_told_again_is_no_other_vote():
    result = extract(
        "The assembly adopted the resolution by 93 votes to 24, with 58 abstentions.\n\nIn "
        "March the coalition was broader. But the 58 abstentions suggest it is fraying."
    )
    assert [f.fields["abstain"] for f in result.facts_of("tally")] == [58]
    assert len(result.facts_of("motion")) == 1


def test_a_vote_after_the_council_failed_with_the_assembly_resolution_named_later():
    result = extract(
        "The General Assembly on Thursday demanded a humanitarian truce, by 121 votes to 14. "
        "The vote came after the Security Council failed four times to agree. On Wednesday, "
        "Russia and China vetoed a U.S. draft, while a Russian text failed to get enough "
        "votes.\n\nAustria, Fiji and Hungary voted against the assembly resolution. Canada "
        "abstained.",
        article_date=date(2024, 3, 15),
    )
    motions = {
        f.fields["motion"]: (f.fields["organ"], f.fields["outcome"], tuple(f.fields["proposed_by"]))
        for f in result.facts_of("motion")
    }
    assert sorted(motions.values()) == [
        ("GA", "adopted", ()),
        ("SC", "failed", ("RUS",)),
        ("SC", "vetoed", ("USA",)),
    ]
    ballots = {
        (f.fields["voter"], f.fields["option"], motions[f.fields["motion"]][0])
        for f in result.facts_of("ballot")
    }
    assert ballots == {
        ("AUT", "no", "GA"), ("FJI", "no", "GA"), ("HUN", "no", "GA"), ("CAN", "abstain", "GA"),
        ("RUS", "no", "SC"), ("CHN", "no", "SC"),
    }  # fmt: skip


def test_last_years_count_and_the_proposer_of_this_years_vote():
    result = extract(
        "The Human Rights Council on Friday renewed the mandate of its expert on Belarus by 22 "
        "votes to 6, with 19 abstentions. China, Cuba and Eritrea voted against. The "
        "resolution was presented by the European Union. Last year the mandate was renewed by "
        "20 votes to 8.",
        article_date=date(2024, 3, 9),
    )
    tallies = {f.fields["motion"]: f.fields["yes"] for f in result.facts_of("tally")}
    motions = {
        tallies.get(f.fields["motion"]): (f.fields["date"], f.fields["proposed_by"])
        for f in result.facts_of("motion")
    }
    assert motions == {22: ("2024-03-08", ["European Union"]), 20: (None, [])}


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("The General Assembly on Friday adopted the resolution by 141 votes to 5. Two days "
         "before, Russia had vetoed a Security Council draft.", ["2024-03-08", "2024-03-06"]),
        ("The General Assembly on Friday adopted the resolution by 141 votes to 5. Earlier, "
         "an amendment that would have condemned the March 2 attack won 60 votes.",
         ["2024-03-08", "2024-03-08"]),
        # a time counted from an event that is no vote leaves the story's day to the vote
        ("The General Assembly met on Friday.\n\nA Peruvian-drafted resolution was approved "
         "80-3, two weeks after the president signed a new sanctions law.", ["2024-03-08"]),
        # a dateline's day is the filing's, not the vote's
        ("LIMA, March 9 \u2013 The General Assembly has adopted a resolution on debt relief. "
         "The text was carried on Friday by 120 votes to 8.", ["2024-03-08"]),
        # a month in a description, its day in a sentence telling the vote
        ("The assembly adopted the text by 90 votes to 12 on Friday. Compare that with "
         "February 2, when the assembly condemned the coup by 141-5-35. Chile, which backed "
         "the February resolution, voted no.", ["2024-03-08", "2024-02-02"]),
        # the future of one clause ("are set to lapse") is not the tense of the next
        ("The sanctions are set to lapse this week after the Security Council rejected a "
         "draft on Wednesday.", ["2024-03-06"]),
        # a day without a year that would come after the article: the year the text named
        ("Here are the council's key votes of 1994.\n\nOn 21 April the Security Council "
         "adopted resolution 912 unanimously.", ["1994-04-21"]),
        # … else the year before the article's
        ("On November 5 the General Assembly endorsed the report by 114 votes to 18.",
         ["2023-11-05"]),
        # the day beside the vote's words, not "a year ago" of the clause after them
        ("The Security Council on Monday authorised a force, answering a plea the government "
         "first made a year ago.", ["2024-03-04"]),
        # "last March" in March is a year ago: a period, no day
        ("The assembly adopted the text on Friday by 90 votes to 10, much as last March, when "
         "a first such text passed 80 to 12.", ["2024-03-08", None]),
        # a period first ("this week"), then its day in a later sentence, past the dateline
        ("LIMA, March 9 - The assembly voted on Peru this week. It adopted the resolution on "
         "Tuesday by 80 votes to 25.", ["2024-03-05"]),
        # a day by a feast's name, the last one before the article
        ("The assembly adopted the resolution on Christmas Eve by 80 votes to 25.",
         ["2023-12-24"]),
        # the day a mandate runs to is not the day of the vote
        ("The Security Council on Thursday extended the mission until 31 October 2025 in a "
         "resolution adopted by 12 votes to none.", ["2024-03-07"]),
        # … nor the day a mandate runs to, told after the story's day ('went through' is no
        # 'through' of a term)
        ("The assembly's package of texts went through on Friday.\n\nWhat did it decide?\nThe "
         "resolution bars arms sales until May 31, 2025, and passed 93 to 31.", ["2024-03-08"]),
        # a headline's mention tells no time: the story's day is the body's
        ("Three votes and twelve shrugs: what the Security Council vote said\n\nThe Council "
         "was asked on Monday to set up an inquiry. Moscow's draft drew just three votes.",
         ["2024-03-04"]),
        # a vote no sentence dates is on the day the story is at, not the dateline's
        ("NEW DELHI, March 9 - It was a busy week in the assembly, with recorded votes on "
         "Monday.\n\nThe resolution on nuclear disarmament passed 124-41-22.", ["2024-03-04"]),
        # a date inside "two months after <clause>" dates the clause's event, not the vote
        ("Russia vetoed a draft in the Security Council. The vote comes two months after the "
         "council, at the host state's request, voted on January 5 to end the mission.",
         ["2024-03-09"]),
        # … nor the day a permit runs out on
        ("The permit for the aid crossing runs out on 2 January. A draft to renew it won 13 "
         "votes in the Security Council but was vetoed by Russia.", ["2024-03-09"]),
        # a date inside what the description is about dates that, not the vote
        ("The Security Council this evening adopted a resolution condemning the bombing of a "
         "market in Kabul on 2 March, by a vote of 14 to none.", ["2024-03-09"]),
        # more ways news writes a day or a month
        ("The assembly adopted the text on Thursday last week by 90 votes to 60.",
         ["2024-02-29"]),
        ("The assembly adopted the text on the 14th of February by 90 votes to 60.",
         ["2024-02-14"]),
        ("The assembly adopted the text a fortnight ago by 90 votes to 60.", ["2024-02-24"]),
        # "a decade ago" counts back ten years from the article: a year (2014), no day
        ("The assembly adopted the text on Friday by 90 votes to 60. A decade ago, a similar "
         "text sailed through by 104 votes to 8.", ["2024-03-08", None]),
        # a day in a clause in the past perfect dates what came before, not the vote
        ("On Tuesday, when the General Assembly was asked to endorse the pact, Chile "
         "abstained. States had already adopted the pact in Rabat on March 1, and the "
         "resolution in New York passed by 150 votes to 5.", ["2024-03-05"]),
        # a plan for after the article is not the day of a vote it reports as held
        ("What happened on Tuesday?\n\nThe General Assembly adopted a resolution on "
         "landmines by 150 votes to 3. Its sponsors will bring the text back next year.",
         ["2024-03-05"]),
        # a day of the month alone, of the article's month or the one before
        ("The General Assembly adopted the resolution by 120 votes to 9 on the 7th.",
         ["2024-03-07"]),
        ("The General Assembly adopted the resolution by 120 votes to 9 on the 28th.",
         ["2024-02-28"]),
        # "the early hours of Friday" is Friday, not an offset of hours
        ("The General Assembly adopted the resolution by 120 votes to 9 in the early hours of "
         "Friday.", ["2024-03-08"]),
        # "the same day" is the day of the vote told before, which the story's day dates
        ("Friday was a long day in the assembly. The landmines resolution passed 150 to 3.\n\n"
         "Aid groups asked on Sunday for more.\n\nThe same day, a text on cluster munitions "
         "passed 140 to 9.", ["2024-03-08", "2024-03-08"]),
        # the year a count is compared with does not date the vote
        ("On Wednesday the assembly adopted a text on sanctions, 135-55. The same day, a "
         "resolution on Syria passed with 106 votes in favour; the yes column is ten smaller "
         "than it was in 2016.", ["2024-03-06", "2024-03-06"]),
    ],
)  # fmt: skip
def test_dates_of_the_votes(text, days):
    result = extract(text, article_date=date(2024, 3, 9))
    assert [f.fields["date"] for f in result.facts_of("motion")] == days


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("The assembly adopted the text in mid-February by 90 votes to 60.",
         ["2024-02-01", "2024-02-29"]),
        ("The assembly adopted the text in February last year by 90 votes to 60.",
         ["2023-02-01", "2023-02-28"]),
    ],
)  # fmt: skip
def test_months_of_the_votes(text, period):
    result = extract(text, article_date=date(2024, 3, 9))
    assert [f.fields["period"] for f in result.facts_of("motion")] == [period]


def test_a_demonstrative_takes_the_month_of_the_sentence_it_points_back_to():
    """ "In August … it voted to send a force. That Kenyan-drafted resolution went through":
    August's vote, not the story's day."""
    result = extract(
        "The Security Council on Friday rejected a draft on Sudan by 7 votes to 0.\n\nIn "
        "August, after heavy fighting, it voted to send a force. That Kenyan-drafted "
        "resolution went through with eleven votes.",
        article_date=date(2024, 12, 21),
    )
    assert [(f.fields["date"], f.fields["period"]) for f in result.facts_of("motion")] == [
        ("2024-12-20", None),
        (None, ["2024-08-01", "2024-08-31"]),
    ]


def test_a_ballot_told_again_in_the_time_of_its_vote_is_one_ballot():
    result = extract(
        "The General Assembly on Friday adopted a resolution by 98 votes to 7. On November 5 "
        "it had adopted a first text by 114 votes to 18, and Britain abstained.\n\nBritain, "
        "which sat on the fence in November, voted yes this time.",
        article_date=date(2010, 2, 27),
    )
    assert sorted(
        (f.fields["voter"], f.fields["option"], f.fields["date"]) for f in result.facts_of("ballot")
    ) == [("GBR", "abstain", "2009-11-05"), ("GBR", "yes", "2010-02-26")]


def test_a_motion_after_a_time_phrase_that_names_the_main_vote():
    result = extract(
        "The General Assembly on Thursday adopted a resolution by 140 votes to 5.\n\nBefore "
        "the vote, a motion not to act on a rival draft, which did not name Russia, passed by "
        "67 votes to 50.",
        article_date=date(2024, 3, 9),
    )
    tallies = {f.fields["motion"]: f.fields["yes"] for f in result.facts_of("tally")}
    found = sorted(
        (tallies.get(f.fields["motion"], 0), f.fields["organ"], f.fields["outcome"])
        for f in result.facts_of("motion")
    )
    assert (67, "GA", "adopted") in found and (140, "GA", "adopted") in found


def test_a_described_proposer_opening_a_paragraph_names_the_story_vote():
    result = extract(
        "The General Assembly on Friday condemned the shelling, two weeks after Russia vetoed "
        "a council resolution on the crisis.\n\nThe Chilean-drafted resolution won 120 votes.",
        article_date=date(2012, 8, 3),
    )
    tallies = {f.fields["motion"]: f.fields["yes"] for f in result.facts_of("tally")}
    found = sorted(
        (f.fields["organ"], f.fields["proposed_by"], tallies.get(f.fields["motion"]))
        for f in result.facts_of("motion")
    )
    assert found == [("GA", ["CHL"], 120), ("SC", [], None)]


@pytest.mark.parametrize(
    ("text", "abstain"),
    [
        ("The text was adopted by 150 votes to 3, with Chile and Peru abstaining.", 2),
        ("The text was adopted by 150 votes to 3, with only Chile abstaining.", 1),
        # the list is no count when the tally gives one, or when it is not right after it
        ("The text was adopted by 150 votes to 3, with 9 abstentions. Chile was abstaining.", 9),
        ("The text was adopted by 150 votes to 3. Chile and Peru were abstaining.", None),
        (
            "The text was adopted by 150 votes to 2, with only Iran and Syria opposed and four "
            "abstentions.",
            4,
        ),
    ],
)
def test_the_abstainers_listed_after_a_count_are_its_abstentions(text, abstain):
    [tally] = extract(text).facts_of("tally")
    assert tally.fields["abstain"] == abstain


def test_in_the_council_places_ballots_in_the_council_vote_the_sentence_tells():
    result = extract(
        "The General Assembly adopted a resolution on Tuesday by 140 votes to 4, a week after "
        "Russia vetoed a Security Council draft. The assembly's text was welcomed by Chile. In "
        "the council, Peru had abstained, along with Kenya, and the draft gathered 11 votes in "
        "favour.",
        article_date=date(2023, 5, 11),
    )
    counted = {f.fields["motion"]: f.fields["yes"] for f in result.facts_of("tally")}
    organs = {f.fields["motion"]: f.fields["organ"] for f in result.facts_of("motion")}
    ballots = {
        (f.fields["voter"], f.fields["option"], organs[f.fields["motion"]],
         counted.get(f.fields["motion"]))
        for f in result.facts_of("ballot")
        if f.fields["voter"] != "RUS"
    }  # fmt: skip
    # not the assembly's vote, and "…, and the draft gathered 11 votes in favour" is no Yes
    assert ballots == {("PER", "abstain", "SC", 11), ("KEN", "abstain", "SC", 11)}


def test_a_session_number_names_a_motion_of_its_own():
    """ "resolution ES-11/4" names the Assembly's vote, not the Council draft told before it
    (they were one motion, with the draft's proposers and the assembly's organ)."""
    text = (
        "A draft put forward by the United States and Albania drew 10 votes in favour on "
        "Friday. Russia killed it with its veto.\n\nOn Wednesday the Assembly adopted "
        "resolution ES-11/4 by 143 votes to 5, with 35 abstentions."
    )
    result = extract(text, article_date=date(2022, 10, 14))
    motions = sorted(
        (f.fields["organ"], f.fields["outcome"], tuple(f.fields["proposed_by"]))
        for f in result.facts_of("motion")
    )
    assert motions == [("GA", "adopted", ()), ("SC", "vetoed", ("ALB", "USA"))]


def test_a_described_resolution_with_its_own_count_in_a_new_paragraph_is_another_vote():
    text = (
        "The assembly adopted its texts on apartheid on Friday. The resolution on sports was "
        "carried by 93 votes to 31. Cuba abstained.\n\nThe oil embargo resolution was a rout "
        "by comparison: 127 in favour and 3 against. Only Britain opposed it."
    )
    result = extract(text, article_date=date(1991, 12, 16))
    tallies = {f.fields["motion"]: f.fields["yes"] for f in result.facts_of("tally")}
    ballots = {
        (f.fields["voter"], f.fields["option"], tallies.get(f.fields["motion"]))
        for f in result.facts_of("ballot")
    }
    assert sorted(tallies.values()) == [93, 127]
    assert ballots == {("CUB", "abstain", 93), ("GBR", "no", 127)}


def test_a_described_motion_after_only_an_earlier_one_is_the_story_vote():
    text = (
        "Set beside the assembly's first Ukraine vote five weeks earlier, Thursday's numbers "
        "tell a story.\n\nThe suspension text passed with 93 votes in favour and 24 against. "
        "China voted no."
    )
    result = extract(text, article_date=date(2022, 4, 8))
    motions = {f.fields["motion"]: f for f in result.facts_of("motion")}
    tallies = {f.fields["motion"]: f.fields["yes"] for f in result.facts_of("tally")}
    (china,) = result.facts_of("ballot")
    assert tallies[china.fields["motion"]] == 93
    assert not motions[china.fields["motion"]].fields["historical"]
    assert len(motions) == 2


def test_the_text_of_another_count_goes_with_that_count():
    """ "When the assembly last voted on the text, in December 2022, the count was 125 to 37":
    that clause's "the text" (and its date) is the other count's vote, not the story's."""
    text = (
        "The General Assembly on Tuesday called for a moratorium on executions, by 130 votes to "
        "32. When the assembly last voted on the text, in December 2022, the count was 125 to "
        "37, with 22 abstentions."
    )
    result = extract(text, article_date=date(2024, 12, 19))
    tallies = {f.fields["motion"]: f.fields["yes"] for f in result.facts_of("tally")}
    days = {
        tallies.get(f.fields["motion"]): f.fields.get("date") or f.fields["period"][0]
        for f in result.facts_of("motion")
    }
    assert days[130] == "2024-12-17" and days[125] == "2022-12-01"


@pytest.mark.parametrize(
    "text",
    [
        "The General Assembly suspended its meeting for an hour.",
        "The Security Council referred to its earlier statements.",
    ],
)
def test_a_suspended_meeting_or_a_reference_is_no_decision(text):
    assert extract(text).facts_of("motion") == []


def test_what_the_text_says_the_organ_does_is_no_vote_of_its_own():
    result = extract(
        "The General Assembly today adopted a resolution on mountain villages by a recorded "
        "vote of 99 in favour to 9 against. By the text, the Assembly urged all States to "
        "protect mountain villages. In the resolution, the Assembly also called for a fund."
    )
    assert [f.fields["outcome"] for f in result.facts_of("motion")] == ["adopted"]


def test_a_round_up_of_votes_keeps_each_vote_apart():
    """A weekly round-up: a described resolution opening the next item, with its own count,
    is not the earlier item's resolution (they were one motion before)."""
    text = (
        "This week in the assembly.\n\n1. Chagos (Monday)\nThe annual resolution on the islands "
        "sailed through 150-6-20. The six noes: Britain, Israel, Hungary, Palau, Nauru and "
        "Tonga.\n\n2. Belarus (Thursday)\nThe Polish-drafted resolution on Belarus passed 80 to "
        "30, with 50 abstentions. Russia and China voted against."
    )
    result = extract(text, article_date=date(2025, 12, 19))
    tallies = {f.fields["motion"]: f.fields["yes"] for f in result.facts_of("tally")}
    ballots = {
        (f.fields["voter"], tallies.get(f.fields["motion"])) for f in result.facts_of("ballot")
    }
    assert sorted(tallies.values()) == [80, 150]
    assert ("GBR", 150) in ballots and ("RUS", 80) in ballots and ("CHN", 80) in ballots
    proposers = {
        tallies.get(f.fields["motion"]): f.fields["proposed_by"] for f in result.facts_of("motion")
    }
    assert proposers[80] == ["POL"] and proposers[150] == []


def test_ballots_spread_over_the_last_votes_told():
    """ "On all three, X abstained" after three counted votes: X's abstention on each."""
    text = (
        "The assembly voted on territories on Friday:\n- Guam: 153-2-9\n- Tokelau: 155-2-7\n"
        "- Samoa: 150-3-7\nOn all three, Bulgaria and France abstained."
    )
    result = extract(text, article_date=date(2025, 12, 6))
    tallies = {f.fields["motion"]: f.fields["yes"] for f in result.facts_of("tally")}
    ballots = {
        (f.fields["voter"], f.fields["option"], tallies.get(f.fields["motion"]))
        for f in result.facts_of("ballot")
    }
    assert ballots == {
        (voter, "abstain", yes) for voter in ("BGR", "FRA") for yes in (153, 155, 150)
    }


def test_a_named_text_goes_to_the_vote_described_by_that_name():
    """ "the UNCTAD text" names the vote told as "the resolution on the work of UNCTAD", not
    the nearer one on the Chagos archipelago; "the same text" in a clause dated in an earlier
    year is that text's earlier vote, in the same organ, not the story's."""
    text = (
        "The General Assembly on Friday adopted the resolution on the work of UNCTAD by 160 "
        "votes to 3. When the same text came up in 2021, only Israel voted against it.\n\nThe "
        "resolution on the Chagos archipelago passed 120 to 8. Australia, which voted for the "
        "UNCTAD text, abstained on this one."
    )
    result = extract(text, article_date=date(2025, 12, 8))
    motions = {f.fields["motion"]: f for f in result.facts_of("motion")}
    tallies = {f.fields["motion"]: f.fields["yes"] for f in result.facts_of("tally")}
    ballots = {
        (f.fields["voter"], f.fields["option"], tallies.get(f.fields["motion"], "earlier"))
        for f in result.facts_of("ballot")
    }
    assert ("AUS", "yes", 160) in ballots and ("ISR", "no", "earlier") in ballots
    (earlier,) = [m for key, m in motions.items() if key not in tallies]
    assert earlier.fields["historical"] and earlier.fields["organ"] == "GA"
    assert earlier.fields["period"] == ["2021-01-01", "2021-12-31"]


def test_a_heading_names_the_vote_its_paragraph_tells():
    """ "The first vote." standing alone heads the paragraph that tells that vote: it is no
    earlier vote of its own, and "The second vote." no other name for the first."""
    text = (
        "The assembly has now voted twice on the reef plan.\n\nThe first vote. In March the "
        "assembly adopted a resolution on the plan by 100 votes to 20.\n\nThe second vote. On "
        "Friday a follow-up resolution was approved by 90 votes to 30."
    )
    result = extract(text, article_date=date(2025, 6, 14))
    tallies = {f.fields["motion"]: f.fields["yes"] for f in result.facts_of("tally")}
    motions = result.facts_of("motion")
    assert sorted(tallies.values()) == [90, 100]
    assert len(motions) == 2 and not any(f.fields["historical"] for f in motions)


def test_a_kind_of_act_counted_in_a_first_time_clause_is_no_vote():
    """ "the first time in its history that the board has rejected a draft" counts the
    story's vote among a kind of act: that "a draft" is no second motion."""
    text = (
        "The Human Rights Council on Friday voted down a Nordic resolution on press freedom, "
        "the first time in its history that the chamber has rejected a draft on the subject. "
        "The text failed by 20 votes to 19, with 8 abstentions."
    )
    result = extract(text, article_date=date(2025, 4, 5))
    (motion,) = result.facts_of("motion")
    assert motion.fields["outcome"] == "failed"


def test_a_headline_motion_joins_the_body_vote_of_its_proposer_though_a_ballot_differs():
    """ "Brazil votes against Caracas as French resolution passes": the headline condenses;
    the body's "a French-drafted resolution" that Brazil voted for is the same vote, and
    the body's ballot stands."""
    text = (
        "Brazil votes against Caracas as French resolution passes\n\nBrazil on Friday voted "
        "in favour of a French-drafted resolution at the Human Rights Council that presses "
        "Venezuela to free political prisoners. The text was carried by 25 votes to 10, with "
        "12 abstentions."
    )
    result = extract(text, article_date=date(2025, 4, 5))
    (motion,) = result.facts_of("motion")
    assert motion.fields["proposed_by"] == ["FRA"]
    brazil = [f.fields["option"] for f in result.facts_of("ballot") if f.fields["voter"] == "BRA"]
    assert brazil == ["yes"]


def test_a_headline_proposer_the_body_names_otherwise_is_the_story_vote():
    """ "Kuwaiti resolution fails in Security Council" over a body whose draft was "tabled by
    Iraq on behalf of the Arab Group" and vetoed: one vote, with the body's proposers (a
    headline condenses; its "fails" also tells a veto)."""
    text = (
        "Kuwaiti resolution fails in Security Council\n\nA draft resolution on the return of "
        "displaced Kurds, tabled by Iraq on behalf of the Arab Group, was vetoed by Russia on "
        "Monday. It had 11 votes in favour."
    )
    for headline in ("Kuwaiti resolution", "Resolution on Kurds"):
        result = extract(
            text.replace("Kuwaiti resolution", headline), article_date=date(2025, 4, 8)
        )
        (motion,) = result.facts_of("motion")
        assert (motion.fields["proposed_by"], motion.fields["vetoed_by"]) == (
            ["IRQ", "Arab Group"],
            ["RUS"],
        ), headline


def test_a_description_with_a_number_in_apposition_is_that_resolution():
    """ "The Brazilian-drafted text, resolution 977, passed …" after resolution 950: the
    proposer is 977's."""
    result = extract(
        "In May the council adopted resolution 950 unanimously.\n\nIn July it acted again. "
        "The Brazilian-drafted text, resolution 977, passed with 12 votes in favour.",
        article_date=date(1995, 12, 1),
    )
    assert {f.fields["number"]: f.fields["proposed_by"] for f in result.facts_of("motion")} == {
        "950": [],
        "977": ["BRA"],
    }


@pytest.mark.parametrize(
    "text",
    [
        "The UN rights council adopted a resolution on Belarus by 21 votes to 9.",
        "The Geneva-based council adopted a resolution on Belarus by 21 votes to 9.",
        "The UN's top human rights body adopted a resolution on Belarus by 21 votes to 9.",
        "The HRC adopted a resolution on Belarus by 21 votes to 9.",
        # forty-seven members: the Human Rights Council, not the Security Council
        "The 47-member council adopted a resolution on Belarus by 21 votes to 9.",
    ],
)
def test_the_human_rights_council_by_what_it_is(text):
    result = extract(text, article_date=date(2024, 3, 9))
    assert [f.fields["organ"] for f in result.facts_of("motion")] == ["HRC"]


def test_an_organs_act_in_the_passive_is_a_vote_of_its_own():
    """ "Libya, whose rights were suspended by the General Assembly in March": the assembly's
    decision, beside the council's vote the sentence before tells."""
    result = extract(
        "The Human Rights Council adopted a resolution on Syria by 33 votes to 4. Libya, whose "
        "membership rights in the Council were suspended by the General Assembly in March, "
        "did not vote.",
        article_date=date(2011, 8, 23),
    )
    assert [
        (f.fields["organ"], f.fields["outcome"], f.fields["date"] or f.fields["period"][0])
        for f in result.facts_of("motion")
    ] == [("HRC", "adopted", "2011-08-23"), ("GA", "adopted", "2011-03-01")]


def test_a_question_did_the_council_vote_is_a_verb():
    """ "What will the Council vote on first?" names no vote (its 'the Council' had made the
    proposal a Security Council one)."""
    result = extract(
        "Q&A: a week in Geneva\n\nWhat will the Council vote on first?\n\nTwo things. On "
        "Friday members agreed to a special sitting. The Dutch proposal to hold it passed "
        "30-6.",
        article_date=date(2024, 3, 9),
    )
    assert [(f.fields["organ"], f.evidence[0].mention) for f in result.facts_of("motion")] == [
        (None, "The Dutch proposal")
    ]


def test_a_committee_a_text_is_about_is_not_where_it_was_voted():
    result = extract(
        "India abstained on the resolution on the Special Committee investigating Israeli "
        "practices, which passed 80-18-73. The General Assembly also voted on settlements.",
        article_date=date(2021, 12, 10),
    )
    assert [f.fields["organ"] for f in result.facts_of("motion")][:1] == ["GA"]


def test_a_headlines_council_is_the_one_the_body_names_next():
    """ "A vote that split the council" before the body names the Human Rights Council: that
    council, not the Security Council (whose permanent members' No would make it a veto)."""
    text = (
        "Opinion: a vote on press freedom that split the council\n\nOn Friday the Human "
        "Rights Council in Geneva adopted, by 25 votes to 14 with eight abstentions, a "
        "resolution on the safety of journalists. China and Russia voted against it."
    )
    result = extract(text, article_date=date(2025, 4, 8))
    assert [
        (f.fields["organ"], f.fields["outcome"], f.fields["vetoed_by"])
        for f in result.facts_of("motion")
    ] == [("HRC", "adopted", [])]


@pytest.mark.parametrize(
    "text",
    [
        # what the text says, by its terms, is no act of the organ's own
        "The General Assembly today adopted a resolution on Cyprus by 75 votes to 10. By the "
        "terms of the text, the Assembly reaffirmed its support for talks.",
        # a government's rejection is its stance, no outcome of the vote
        "The Security Council on Friday adopted a resolution on Chad by 12 votes to none. The "
        "government has rejected the resolution.",
        # a subtitle's 'vote against' is a verb, no vote of its own
        "COUNCIL SENDS INQUIRY TO YEMEN\n\nSession closes with recorded vote; Ecuador, Cuba "
        "and the Russian Federation\nvote against\n\nGENEVA, 6 March - The Human Rights "
        "Council this morning closed its session by adopting a resolution that sends an inquiry "
        "to Yemen.\n\nThe text was adopted by a recorded vote of 30 in favour to 3 against.",
        # what the council 'has' done for the first time in years is history, no second act
        "GENEVA, May 4 (Wire) - The Security Council on Monday authorised a naval mission off "
        "Libya, as the coastal states had asked.\n\nThe resolution, drafted by Malta, won 12 "
        "votes. Russia abstained. It runs for six months and is the only time in years that "
        "the council has backed such a patrol.",
        # a proposal in apposition names the resolution again
        "The Security Council on Monday adopted a resolution renewing the Mali mission, a "
        "measure France had pushed for. Russia abstained in the vote of 14 to none.",
        # a lede's summary in the present perfect is the vote the body tells again
        "Explainer: a close vote in Geneva\n\nThe Human Rights Council has set up an inquiry "
        "into Yemen. The vote was close.\n\nWhat did it decide?\n\nWhy does it matter?\n\n"
        "On Wednesday the Council adopted a resolution creating a fact-finding mission. It "
        "passed 20 to 15.",
    ],
)
def test_one_vote_told_once(text):
    result = extract(text, article_date=date(2024, 3, 9))
    assert [f.fields["outcome"] for f in result.facts_of("motion")] == ["adopted"]


def test_an_organs_participle_adopts_the_motion_after_it():
    """ "The General Assembly on Friday demanded …, adopting a resolution by 120 votes": the
    assembly's resolution, not the council's named in between; its full count stands with the
    lone one told after it ("the nine countries that abstained")."""
    text = (
        "NEW YORK, March 8 - The General Assembly on Friday endorsed the Security Council's "
        "plan for elections in Haiti, approving a resolution by 120 votes to 6, with 9 "
        "abstentions.\n\nChile and Peru were among the nine countries abstaining."
    )
    result = extract(text, article_date=date(2024, 3, 9))
    assert [f.fields["organ"] for f in result.facts_of("motion")] == ["GA"]
    assert [
        (f.fields["yes"], f.fields["no"], f.fields["abstain"]) for f in result.facts_of("tally")
    ] == [(120, 6, 9)]


def test_an_act_by_the_text_is_the_texts_not_a_resolution_of_its_own():
    """ "By the text, the Council demanded …" tells what the described text does: no
    second, implicit resolution of the Council."""
    text = (
        "Security Council extends Golan mission\n\nNEW YORK, 24 June -- By the text, the "
        "Council demanded that both sides respect the ceasefire line.\n\nThe draft, presented by "
        "France, was adopted by a recorded vote, as follows:\n\nIn favour: Brazil, Japan.\n\n"
        "Abstaining: China."
    )
    result = extract(text, article_date=date(2025, 6, 25))
    motions = result.facts_of("motion")
    assert [(f.fields["organ"], f.fields["outcome"]) for f in motions] == [("SC", "adopted")]


def test_a_text_named_for_a_state_is_the_one_described_as_about_it():
    """ "the Myanmar text" is the vote told as "the resolution condemning arms sales to
    Myanmar", though that description named no state in front of its noun; it is not the
    nearer refugee resolution, nor a vote of its own."""
    text = (
        "The assembly voted on the region on Friday. The resolution condemning "
        "arms sales to Myanmar passed 100 to 20.\n\nThe refugee resolution was a rout: 150 in "
        "favour and 2 against.\n\nAsian delegates said the Myanmar text went too far, and "
        "India voted against the Myanmar resolution."
    )
    result = extract(text, article_date=date(2025, 12, 8))
    tallies = {f.fields["motion"]: f.fields["yes"] for f in result.facts_of("tally")}
    assert len(result.facts_of("motion")) == 2
    (india,) = [f for f in result.facts_of("ballot") if f.fields["voter"] == "IND"]
    assert (india.fields["option"], tallies[india.fields["motion"]]) == ("no", 100)


def _ballots_by_count(result, side: str = "yes") -> set[tuple]:
    """(voter, option, the count of ``side`` in the tally of the ballot's motion)."""
    tallies = {f.fields["motion"]: f.fields[side] for f in result.facts_of("tally")}
    return {
        (f.fields["voter"], f.fields["option"], tallies.get(f.fields["motion"]))
        for f in result.facts_of("ballot")
    }


@pytest.mark.parametrize(
    ("text", "side", "counted"),
    [
        # four abstainers after the story's three abstentions: the earlier vote's four
        ("The council adopted the resolution on Monday by 12 votes to none, with three "
         "abstentions. In 2021 a similar draft had failed with six votes in favour and four "
         "abstentions.\n\nGabon, Ghana, Brazil and Mexico abstained that time.",
         {"GAB", "GHA", "BRA", "MEX"}, 6),
        # a count the list's own sentence gives ("The four no votes") proves nothing
        ("The council draft won 11 votes on Monday but Russia vetoed it. On Friday the "
         "assembly adopted its own text by 120 votes to 4, with 40 abstentions.\n\nThe four "
         "no votes were cast by Iran, Syria, Cuba and Belarus.",
         {"IRN", "SYR", "CUB", "BLR"}, 120),
        # a count of the side in the list's own sentence, after a paragraph about neither
        # vote: the one vote with that count, not the story's first
        ("The Assembly adopted a resolution on landmines by 150 votes to 3, with 20 "
         "abstentions.\n\nDelegates then approved a text on small arms, 160-2-9.\n\nBoth texts "
         "were drafted in Geneva.\n\nThe two votes against came from Iran and Cuba.",
         {"IRN", "CUB"}, 160),
        # the story's vote counts another number of abstentions: the one vote told with its
        # abstentions uncounted
        ("The Assembly adopted a resolution on landmines by 150 votes to 3, with 20 "
         "abstentions.\n\nA text on small arms passed with 160 votes; only two countries voted "
         "against it.\n\nCritics called both texts weak.\n\nChile and Ghana were among the nine "
         "abstainers.", {"CHL", "GHA"}, 160),
    ],
)  # fmt: skip
def test_a_whole_side_goes_to_the_vote_whose_count_it_matches(text, side, counted):
    """A list of voters as long as one vote's count of their option is that vote's side."""
    result = extract(text, article_date=date(2024, 3, 8))
    tallies = {f.fields["motion"]: f.fields["yes"] for f in result.facts_of("tally")}
    told = {(f.fields["voter"], tallies.get(f.fields["motion"])) for f in result.facts_of("ballot")}
    assert {(voter, yes) for voter, yes in told if voter in side} == {
        (voter, counted) for voter in side
    }


def test_a_list_that_overfills_the_council_is_the_side_of_the_vote_counted_next():
    """Nine states voting no on a Council draft twelve members backed would seat more than
    fifteen: they are the nine against of the draft the paragraph counts after them."""
    text = (
        "On Monday the Security Council voted first on a Western draft on the truce. Twelve "
        "members backed it, Mali abstained, and Russia and China voted no.\n\nMoscow then "
        "tabled a text of its own. Britain, France, the United States, Peru, Poland, Kuwait, "
        "Belgium, Germany and Ghana voted against it. The Russian text thus won only two votes "
        "in favour, with nine against and four abstentions."
    )
    result = extract(text, article_date=date(2024, 3, 8))
    nine = {"GBR", "FRA", "USA", "PER", "POL", "KWT", "BEL", "DEU", "GHA"}
    assert _ballots_by_count(result) == {(voter, "no", 2) for voter in nine} | {
        ("MLI", "abstain", 12),
        ("RUS", "no", 12),
        ("CHN", "no", 12),
    }


def test_a_count_dated_after_an_event_that_is_no_vote_is_the_next_paragraphs_vote():
    """ "Three weeks after the summit, that resolution passed 140-3": the date places the
    count after an event, not in the past, so the next paragraph's ballots are that count's
    (while "four days after Russia vetoed a draft" tells a vote as background)."""
    text = (
        "On Monday the Assembly adopted a resolution on mercenaries by 100 votes to 20, with 30 "
        "abstentions.\n\nThe same day it voted on the right to development. Three weeks after "
        "the summit in Cairo, that resolution passed 140 to 3, with 10 abstentions.\n\nNepal "
        "and Bhutan abstained."
    )
    result = extract(text, article_date=date(2024, 3, 8))
    assert _ballots_by_count(result) == {("NPL", "abstain", 140), ("BTN", "abstain", 140)}


def test_a_vote_named_in_an_aside_about_a_voters_past_is_not_the_ballots():
    """ "Ghana, a member that had backed the March resolution, also voted against": the
    aside's March vote is Ghana's yes, the main verb's No is the story's vote, and the next
    sentence's list stays with the story's vote too."""
    text = (
        "The assembly voted on Thursday to expel the delegation, by 90 votes to 20, with 50 "
        "abstentions. On March 2, a first resolution had passed 140-4-30, and only Cuba, Laos, "
        "Iran and Syria voted no.\n\nOn Thursday Cuba, Laos, Iran and Syria voted no again, "
        "joined by Bolivia and Mali. Ghana, a member that had backed the March resolution, also "
        "voted against. Benin, Zambia and Nepal rounded out the bloc of opponents."
    )
    result = extract(text, article_date=date(2022, 4, 8))
    told = _ballots_by_count(result)
    assert {("GHA", "yes", 140), ("GHA", "no", 90), ("BEN", "no", 90), ("NPL", "no", 90)} <= told
    assert not {(v, o, y) for v, o, y in told if v in ("GHA", "BEN", "ZMB", "NPL")} - {
        ("GHA", "yes", 140), ("GHA", "no", 90), ("BEN", "no", 90), ("ZMB", "no", 90),
        ("NPL", "no", 90),
    }  # fmt: skip


def test_the_same_countries_are_the_last_voters_told():
    """ "A day earlier, the same countries had abstained": the states of the last ballots
    told, on the vote the sentence names."""
    text = (
        "The assembly adopted a resolution on the oil spill on Wednesday by 170 votes to 6. "
        "Chile, Peru and Ghana supported the spill text, as did Nepal. A day earlier, the same "
        "countries had abstained when the assembly adopted a resolution on the blockade by 112 "
        "votes to 7."
    )
    result = extract(text, article_date=date(2006, 12, 21))
    told = _ballots_by_count(result)
    assert told == {
        (voter, option, yes)
        for voter in ("CHL", "PER", "GHA", "NPL")
        for option, yes in (("yes", 170), ("abstain", 112))
    }


def test_so_did_echoes_a_ballot_in_the_time_its_sentence_placed_it():
    """ "Russia, which had voted against in Geneva, abstained in New York. So did Kenya":
    Kenya's abstention is the assembly's, as Russia's is."""
    text = (
        "The General Assembly adopted the declaration on Thursday by 143 votes to 4. When the "
        "Human Rights Council adopted the draft on 29 June, the result was 30 to 2. Russia, which "
        "had voted against in Geneva, abstained in New York. So did Kenya and Ghana."
    )
    result = extract(text, article_date=date(2007, 9, 14))
    told = _ballots_by_count(result)
    assert {("KEN", "abstain", 143), ("GHA", "abstain", 143)} <= told
    assert not {t for t in told if t[0] in ("KEN", "GHA") and t[2] != 143}


def test_a_clause_tells_the_ballot_on_the_other_vote_counted():
    """ "abstained, as they had done the first time": the same ballot on the other vote;
    "moved from yes to abstain": the side left, on the other vote; "which voted no in March,
    backed the text this time": the relative clause's No is March's, the main verb's Yes
    this vote's."""
    text = (
        "The General Assembly suspended the delegation on Thursday by 93 votes to 24, with 58 "
        "abstentions. On March 2 the assembly had adopted its first resolution by 141-5-35.\n\n"
        "India and Kenya abstained, as they had done the first time. Ghana and Nepal moved "
        "from yes to abstain. Chile, which voted no in March, backed the text this time."
    )
    result = extract(
        text.replace(
            "backed the text this time.", "backed the text this time. Peru abstained on both."
        ),
        article_date=date(2022, 4, 8),
    )
    told = _ballots_by_count(result)
    assert told == {
        ("PER", "abstain", 93), ("PER", "abstain", 141),
        ("IND", "abstain", 93), ("IND", "abstain", 141), ("KEN", "abstain", 93),
        ("KEN", "abstain", 141), ("GHA", "abstain", 93), ("GHA", "yes", 141),
        ("NPL", "abstain", 93), ("NPL", "yes", 141), ("CHL", "yes", 93), ("CHL", "no", 141),
    }  # fmt: skip


@pytest.mark.parametrize(
    "echo",
    [
        "abstained, as they had in March",
        "abstained, as they did in March",
        "abstained, just as they had in March",
        "abstained, as both had done in March",
    ],
)
def test_a_time_in_as_they_had_is_the_other_vote_s_not_this_one_s(echo):
    """ "Chile and Peru abstained, as they had in March": the main verb tells this vote's
    ballot; "in March" dates only the comparison, whose same ballot goes to March's vote (a
    user's story put both abstentions on March's vote alone)."""
    text = (
        "The General Assembly adopted the text on Wednesday by 143 votes to 5, with 35 "
        "abstentions. An earlier resolution had passed in March, 141-5-35.\n\n"
        f"Chile and Peru {echo}."
    )
    told = _ballots_by_count(extract(text, article_date=date(2022, 10, 13)))
    assert told == {
        ("CHL", "abstain", 143), ("PER", "abstain", 143),
        ("CHL", "abstain", 141), ("PER", "abstain", 141),
    }  # fmt: skip


def test_a_count_in_a_headline_under_a_kicker_is_not_the_story_vote():
    """ "OPINION" above the headline: the headline's "Eighty votes for …" is the headline's,
    and the body's vote is the story's (the ballots told later go to it)."""
    text = (
        "OPINION\n\nEighty votes for the victims, and sixty-two excuses\n\nMonday, 23 December "
        "2002\n\nLast Wednesday the General Assembly adopted a resolution on the rights situation "
        "by 80 votes to 62, with 33 abstentions.\n\nThe abstainers deserve a word too. Kenya "
        "abstained, as did Ghana."
    )
    result = extract(text, article_date=date(2002, 12, 23))
    tallies = {f.fields["motion"]: f.fields["abstain"] for f in result.facts_of("tally")}
    told = {(f.fields["voter"], tallies.get(f.fields["motion"])) for f in result.facts_of("ballot")}
    assert told == {("KEN", 33), ("GHA", 33)}


#: (shape, the sentence after "Chile abstained." or "Chile voted against.", ballots)
ECHOES = [
    ("X too", "Ghana too.", {("CHL", "abstain"), ("GHA", "abstain")}),
    ("X, too", "Ghana, too.", {("CHL", "abstain"), ("GHA", "abstain")}),
    ("As did X", "As did Ghana.", {("CHL", "abstain"), ("GHA", "abstain")}),
    ("X also did", "Ghana also did.", {("CHL", "abstain"), ("GHA", "abstain")}),
    ("X joined it", "Ghana joined it.", {("CHL", "no"), ("GHA", "no")}),
    ("X was another", "Ghana was another.", {("CHL", "no"), ("GHA", "no")}),
    ("the same went for X", "The same went for Ghana.", {("CHL", "no"), ("GHA", "no")}),
    ("Nor did X after a ballot cast", "Nor did Ghana.", {("CHL", "no")}),
    ("X too, with a verb", "Ghana too was unhappy with the text.", {("CHL", "no")}),
]


@pytest.mark.parametrize(("shape", "echo", "expected"), ECHOES, ids=[row[0] for row in ECHOES])
def test_a_sentence_echoes_the_last_ballot_told(shape, echo, expected):
    first = "Chile abstained." if ("CHL", "abstain") in expected else "Chile voted against."
    result = extract(f"The text passed 100-9-12. {first} {echo}")
    assert {(f.fields["voter"], f.fields["option"]) for f in result.facts_of("ballot")} == expected


@pytest.mark.parametrize(
    "text",
    [
        "The text passed 100-9-12. Chile did not vote. Nor did Ghana.",
        "The text passed 100-9-12. Chile voted against, and so too did Ghana.",
    ],
)
def test_nor_did_after_a_ballot_not_cast_and_so_too_did(text):
    result = extract(text)
    options = {f.fields["option"] for f in result.facts_of("ballot")}
    voters = {f.fields["voter"] for f in result.facts_of("ballot")}
    assert voters == {"CHL", "GHA"} and len(options) == 1


@pytest.mark.parametrize(
    "text",
    ["A second, shorter resolution, titled 'Joint response', passed 120 to 0.",
     "A further, revised draft was put forward on Friday."],
)  # fmt: skip
def test_an_ordinal_before_the_comma_of_two_adjectives_opens_a_new_motion(text):
    # "a second, shorter resolution" is a motion of its own, not the one told before
    [motion] = [m for m in find_mentions(text).mentions if m.kind == "motion"]
    assert motion.attributes["determiner"] == "a"


#: (shape, the sentence after "The text passed 100-9-12.", ballots): more words for a vote.
VOCABULARY = [
    ("cast ballots against", "Chile and Ghana cast ballots against the text.",
     {("CHL", "no"), ("GHA", "no")}),
    ("the sole dissenting vote", "Chile cast the sole dissenting vote.", {("CHL", "no")}),
    ("did not participate", "Chile did not participate in the vote.", {("CHL", "non_voting")}),
    ("a state's abstention", "Chile's abstention surprised diplomats.", {("CHL", "abstain")}),
    ("a state's no vote", "Chile's no vote surprised diplomats.", {("CHL", "no")}),
    ("an abstention by", "An abstention by Chile surprised diplomats.", {("CHL", "abstain")}),
    ("a no vote from", "A no vote from Chile surprised diplomats.", {("CHL", "no")}),
    ("had the support of", "The text had the support of Chile and Ghana.",
     {("CHL", "yes"), ("GHA", "yes")}),
    ("the support of, no vote", "The support of Chile for the text is old.", set()),
    ("in the affirmative", "Chile voted in the affirmative.", {("CHL", "yes")}),
    ("in the negative", "Chile voted in the negative.", {("CHL", "no")}),
    ("a gapped verb", "Chile voted yes, Ghana no and Nepal abstained.",
     {("CHL", "yes"), ("GHA", "no"), ("NPL", "abstain")}),
    ("a gapped verb after 'and'", "Chile voted yes and Ghana no.",
     {("CHL", "yes"), ("GHA", "no")}),
    ("switched to", "Chile switched to yes.", {("CHL", "yes")}),
    ("changed its vote from … to", "Chile changed its vote from no to yes.", {("CHL", "yes")}),
    ("switched its vote to", "Chile switched its vote to abstention.", {("CHL", "abstain")}),
    ("the N against were", "The three against were Chile, Ghana and Nepal.",
     {("CHL", "no"), ("GHA", "no"), ("NPL", "no")}),
    ("those in favour included", "Those in favour included Chile and Ghana.",
     {("CHL", "yes"), ("GHA", "yes")}),
    ("accounted for the no votes", "Chile and Ghana accounted for the no votes.",
     {("CHL", "no"), ("GHA", "no")}),
    ("the no votes belonged to", "The no votes belonged to Chile and Ghana.",
     {("CHL", "no"), ("GHA", "no")}),
    ("the no votes were from", "The no votes were from Chile and Ghana.",
     {("CHL", "no"), ("GHA", "no")}),
    ("adopted with the support of", "It was adopted with the support of Chile and Ghana.",
     {("CHL", "yes"), ("GHA", "yes")}),
    ("drafted with the support of: no vote", "France, with the support of Chile, tabled it.",
     set()),
    ("a count's members after a hyphen", "A first draft drew 6 votes and four abstentions - "
     "Chile, Ghana, Nepal and Fiji.", {(s, "abstain") for s in ("CHL", "GHA", "NPL", "FJI")}),
    ("the lone no", "Chile cast the lone no, and Ghana abstained.",
     {("CHL", "no"), ("GHA", "abstain")}),
    ("a loosely counted group before a colon", "Chile abstained. So did Ghana, as well as "
     "several of the island states of the Pacific: Fiji and Tonga.",
     {(s, "abstain") for s in ("CHL", "GHA", "FJI", "TON")}),
    ("a habit is no ballot", "France, which usually abstains, said nothing.", set()),
    ("a habit, then this vote's ballot", "Chile, which usually abstains, voted yes.",
     {("CHL", "yes")}),
    ("expected to, but", "Chile had been expected to vote no but abstained.",
     {("CHL", "abstain")}),
    ("set to: a vote to come", "Chile is set to abstain on the next text.", set()),
    ("a stretch of years is a habit", "For a quarter of a century Chile voted against the "
     "call. This time the only abstentions came from Chile and Ghana.",
     {("CHL", "abstain"), ("GHA", "abstain")}),
    ("decades of abstaining", "Over two decades Ghana abstained on it.", set()),
    ("the third year running is this vote", "For the third year running, Chile voted no.",
     {("CHL", "no")}),
    ("years ago is a vote of its own", "For years before that, Ghana abstained; two years ago "
     "Ghana voted no.", {("GHA", "no")}),
    ("an appositive inside a copula's list", "Among the abstainers were Chile and Ghana, the two "
     "members that had asked for more time rather than a vote, as well as Nepal and Fiji.",
     {(s, "abstain") for s in ("CHL", "GHA", "NPL", "FJI")}),
]  # fmt: skip


@pytest.mark.parametrize(
    ("shape", "sentence", "expected"), VOCABULARY, ids=[row[0] for row in VOCABULARY]
)
def test_more_words_for_a_vote(shape, sentence, expected):
    result = extract(f"The text passed 100-9-12. {sentence}")
    assert {(f.fields["voter"], f.fields["option"]) for f in result.facts_of("ballot")} == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Chile voted no on the first and abstained on the second.",
         {("CHL", "no", 80), ("CHL", "abstain", 100)}),
        ("Chile abstained on the Iran text and voted no on the Syria text.",
         {("CHL", "abstain", 80), ("CHL", "no", 100)}),
        ("Chile voted against both.", {("CHL", "no", 80), ("CHL", "no", 100)}),
        ("Chile abstained on the Iran text and Ghana voted no.",
         {("CHL", "abstain", 80), ("GHA", "no", 80)}),
    ],
)  # fmt: skip
def test_ballots_on_two_votes_told_together(sentence, expected):
    """Votes named by their order ("the first", "the second"), a second verb sharing its
    subject ("… and voted no on the Syria text"), "against both"."""
    text = (
        "The assembly adopted a resolution on Iran by 80 votes to 30 and a resolution on Syria "
        f"by 100 votes to 10 on Tuesday. {sentence}"
    )
    result = extract(text, article_date=date(2024, 3, 8))
    told = _ballots_by_count(result)
    assert told == expected


#: Long lists of voters broken by groups, asides and companions (sentences of our own, each a
#: shape a list of ballots takes): (shape, text, ballots {(voter, option)}).
LONG_LISTS = [
    ("a passive's agents after a group and an aside, 'as well as'",
     "The resolution passed 120-40-3. It was opposed by all members of the Arab Group - a bloc "
     "that seldom splits - as well as Iran, Cuba and Venezuela.",
     {("IRN", "no"), ("CUB", "no"), ("VEN", "no")}),
    ("'plus' after the cue, a counted group and its members in dashes, a named group",
     "The resolution passed 120-40-3. Chile and Peru also voted against, plus two Andean states "
     "- Bolivia and Ecuador - and the island nations Fiji and Samoa.",
     {("CHL", "no"), ("PER", "no"), ("BOL", "no"), ("ECU", "no"), ("FJI", "no"),
      ("WSM", "no")}),
    ("a group with its members in brackets inside a 'joined by' list, 'plus' a group",
     "The resolution passed 120-40-30. Russia abstained, as did Ukraine. They were joined by "
     "Chile, the Andean states (Bolivia, Ecuador and Peru), Kenya, plus the Gulf monarchies, "
     "Fiji and Samoa.",
     {("RUS", "abstain"), ("UKR", "abstain"), ("CHL", "abstain"), ("BOL", "abstain"),
      ("ECU", "abstain"), ("PER", "abstain"), ("KEN", "abstain"), ("FJI", "abstain"),
      ("WSM", "abstain")}),
    ("a side that shrank to a list",
     "The resolution passed 130-6-40. The no side shrank sharply, to Iran and Syria, plus Cuba "
     "and Laos.",
     {("IRN", "no"), ("SYR", "no"), ("CUB", "no"), ("LAO", "no")}),
    ("a voter 'backed by' its companions",
     "The resolution passed 120-12-30. Iran voted against, and was backed by its allies Syria "
     "and Venezuela.",
     {("IRN", "no"), ("SYR", "no"), ("VEN", "no")}),
    ("'joined them, along with' a described group in dashes, a capital inside",
     "The resolution passed 120-12-30. Chile and Peru voted no. Ghana joined them, along with a "
     "group of Asian governments close to Beijing - Laos, Cambodia and Myanmar.",
     {("CHL", "no"), ("PER", "no"), ("GHA", "no"), ("LAO", "no"), ("KHM", "no"),
      ("MMR", "no")}),
    ("part of a counted side before a colon, a member 'included'",
     "The resolution passed 120-12-30. Of the twelve countries that voted no, Iran included, "
     "several live under sanctions: Syria, Cuba and Belarus.",
     {("IRN", "no"), ("SYR", "no"), ("CUB", "no"), ("BLR", "no")}),
    ("'completed the' side under another name",
     "The resolution passed 120-12-30. Iran and Syria voted no. Cuba, Laos and Vietnam completed "
     "the one-party contingent.",
     {("IRN", "no"), ("SYR", "no"), ("CUB", "no"), ("LAO", "no"), ("VNM", "no")}),
    ("a side that 'included' a described group in dashes, 'as well as', a capital inside",
     "The resolution passed 120-12-30. The no camp also included Gulf states whose ties to "
     "Riyadh run deep \u2014 Bahrain, Kuwait, Oman \u2014 as well as Jordan and Egypt.",
     {("BHR", "no"), ("KWT", "no"), ("OMN", "no"), ("JOR", "no"), ("EGY", "no")}),
    ("the opposition before a colon, its list joined by a group and more states",
     "The resolution passed 100-40-20. This time the opposition was far broader: Chile and Peru "
     "were joined by the rest of the Andean Community, by Fiji, Samoa and Tonga, and by most of "
     "Africa.",
     {("CHL", "no"), ("PER", "no"), ("FJI", "no"), ("WSM", "no"), ("TON", "no")}),
    ("the opposition of a country is no side",
     "The resolution passed 100-40-20. The opposition was clear: Syria's opposition groups "
     "welcomed it.",
     set()),
    ("a list among a side told by its count",
     "The resolution passed 116-20-53. It was a clear result. Chile, Peru and Fiji were among "
     "the 116. Nepal was among the 20 founding members of the group.",
     {("CHL", "yes"), ("PER", "yes"), ("FJI", "yes")}),
    ("a headline's ballot before the vote is named is no ballot",
     "Minsk Group Envoys Vote Against Text\n\nThe General Assembly today adopted a resolution "
     "by 39 votes to 7.",
     set()),
    ("a side told by a preposition before its verb",
     "The text passed 120-10-30. Against it stood Iran, Syria and the Cuban government itself, "
     "joined by Laos and Nepal. For the resolution were Chile and Peru.",
     {("IRN", "no"), ("SYR", "no"), ("CUB", "no"), ("LAO", "no"), ("NPL", "no"),
      ("CHL", "yes"), ("PER", "yes")}),
    ("'so did' a group with an aside about it before its colon",
     "The text passed 100-20-30. Chile voted no. So did five Asian delegations, most of them "
     "Beijing's partners in trade: Laos, Nepal, Cambodia, Myanmar and Mongolia.",
     {("CHL", "no"), ("LAO", "no"), ("NPL", "no"), ("KHM", "no"), ("MMR", "no"),
      ("MNG", "no")}),
    ("subjects that 'cast the no votes'",
     "The resolution was adopted by 120 votes to 3. Chile, Peru and Fiji cast the no votes.",
     {("CHL", "no"), ("PER", "no"), ("FJI", "no")}),
    ("'one of N countries to' and the others",
     "The resolution was adopted by 120 votes to 12. Chile was one of 12 countries to vote no; "
     "others included Peru and Fiji.",
     {("CHL", "no"), ("PER", "no"), ("FJI", "no")}),
    ("a side's leaders between its words and its list",
     "The resolution was adopted by 120 votes to 12, with 30 abstentions. Voting no alongside "
     "Chile were Peru and Fiji. The abstainers, led by Nepal, included Laos and Mali.",
     {("CHL", "no"), ("PER", "no"), ("FJI", "no"), ("NPL", "abstain"), ("LAO", "abstain"),
      ("MLI", "abstain")}),
    ("an aside in brackets in a colon's list",
     "The resolution was adopted by 120 votes to 12, with 30 abstentions. Abstaining: Chile "
     "(citing procedure), Peru and Fiji.",
     {("CHL", "abstain"), ("PER", "abstain"), ("FJI", "abstain")}),
    ("peoples for their states, in a list",
     "The resolution was adopted by 120 votes to 12, with 30 abstentions. The Americans, the "
     "British and the French voted yes; the Russians and the Chinese abstained.",
     {("USA", "yes"), ("GBR", "yes"), ("FRA", "yes"), ("RUS", "abstain"), ("CHN", "abstain")}),
    ("'It was joined by' after one state's ballot",
     "The resolution was adopted by 120 votes to 12. Chile voted no. It was joined by Peru, "
     "Fiji and, more surprisingly, Nepal.",
     {("CHL", "no"), ("PER", "no"), ("FJI", "no"), ("NPL", "no")}),
    ("'It was joined by' after two states' ballots is the resolution's",
     "The resolution was adopted by 120 votes to 12. Chile and Peru voted no. It was joined "
     "by a second text on Fiji.",
     {("CHL", "no"), ("PER", "no")}),
    ("'won the votes of', 'drew opposition from'",
     "The resolution was adopted by 120 votes to 12. It won the votes of Chile and Peru but drew "
     "opposition from Fiji and Nepal.",
     {("CHL", "yes"), ("PER", "yes"), ("FJI", "no"), ("NPL", "no")}),
    ("'as did', an aside, then the companion",
     "The resolution was adopted by 120 votes to 12. Chile and Peru voted no - as did, somewhat "
     "unexpectedly, Fiji.",
     {("CHL", "no"), ("PER", "no"), ("FJI", "no")}),
    ("'In addition to' the companions, then the subjects",
     "The resolution was adopted by 120 votes to 12, with 30 abstentions. In addition to Chile "
     "and Peru, Fiji and Nepal abstained.",
     {("CHL", "abstain"), ("PER", "abstain"), ("FJI", "abstain"), ("NPL", "abstain")}),
    ("each state's option in brackets",
     "The resolution was adopted by 120 votes to 12, with 30 abstentions. Among the "
     "neighbours: Chile (yes), Peru (no) and Fiji (abstain).",
     {("CHL", "yes"), ("PER", "no"), ("FJI", "abstain")}),
    ("the members of a counted side in brackets after it",
     "The resolution was adopted by 120 votes to 3. The three no votes (Chile, Peru and Fiji) "
     "came as no surprise.",
     {("CHL", "no"), ("PER", "no"), ("FJI", "no")}),
    ("a described state in a list of voters; 'and so, in the end, did'",
     "The resolution was adopted by 120 votes to 12, with 30 abstentions. Chile, Peru and the "
     "small island state of Fiji voted no. Nepal and Laos abstained, and so, in the end, did "
     "Mali.",
     {("CHL", "no"), ("PER", "no"), ("FJI", "no"), ("NPL", "abstain"), ("LAO", "abstain"),
      ("MLI", "abstain")}),
    ("'the pair' after a date, inside a count of its own vote",
     "The council adopted the text 13-2 on May 20. Chile and Peru voted no. On May 3 the pair "
     "abstained when the council, by 13 votes with none against, approved a related text.",
     {("CHL", "no"), ("PER", "no"), ("CHL", "abstain"), ("PER", "abstain")}),
    ("the month May supposes nothing",
     "The council adopted the text by 13 votes to none, with two abstentions. On May 12 Chile "
     "and Peru abstained on it.",
     {("CHL", "abstain"), ("PER", "abstain")}),
    ("lists broken by asides: 'joined, perhaps surprisingly, by', a hyphenated aside in "
     "dashes, 'and by a group …, among them'",
     "The resolution was adopted by 120 votes to 12, with 30 abstentions. Chile voted no, "
     "joined, perhaps surprisingly, by Peru. The abstentions were cast by Fiji, Nepal and - "
     "after a last-minute change of instructions - Laos. It was opposed by Mali and by a group "
     "of Pacific states, among them Samoa and Tonga.",
     {("CHL", "no"), ("PER", "no"), ("FJI", "abstain"), ("NPL", "abstain"), ("LAO", "abstain"),
      ("MLI", "no"), ("WSM", "no"), ("TON", "no")}),
    ("'collected N votes, an aside, from' its N voters",
     "The council adopted resolution 901 last night. It collected three votes, the fewest of the "
     "year, from Chile, Peru and Fiji.",
     {("CHL", "yes"), ("PER", "yes"), ("FJI", "yes")}),
    ("'had the support' a short clause, then the list after a dash",
     "The resolution was adopted by 90 votes to 12. It had the support one would expect — "
     "Chile, Peru and Fiji, together with Nepal — plus Laos and Mali.",
     {("CHL", "yes"), ("PER", "yes"), ("FJI", "yes"), ("NPL", "yes"), ("LAO", "yes"),
      ("MLI", "yes")}),
    ("a bloc of a side's votes before its copula",
     "The resolution was adopted by 90 votes to 12, with 40 abstentions. The large bloc of "
     "abstentions included Chile, Peru and Fiji.",
     {("CHL", "abstain"), ("PER", "abstain"), ("FJI", "abstain")}),
    ("asides around a side's copula, and 'Others voting no'",
     "The resolution was adopted by 90 votes to 12, with 40 abstentions. The abstentions - 40 "
     "in all - included Chile and Peru. Voting against the resolution were, among others, Fiji "
     "and Nepal. Others voting no included Laos and Mali.",
     {("CHL", "abstain"), ("PER", "abstain"), ("FJI", "no"), ("NPL", "no"), ("LAO", "no"),
      ("MLI", "no")}),
    ("the governments that abstained, and influence with a capital",
     "The resolution passed 120-12-30. The question now is whether the governments that "
     "abstained will use their quieter influence with Havana, or wait for next year's vote.",
     set()),
    ("the only member of the Council to",
     "Fiji was the only member of the Security Council to vote against a ban on arms sales last "
     "night. Resolution 901 was adopted by 14 votes to one.",
     {("FJI", "no")}),
]  # fmt: skip


@pytest.mark.parametrize(("shape", "text", "expected"), LONG_LISTS, ids=[r[0] for r in LONG_LISTS])
def test_long_lists_of_voters(shape, text, expected):
    result = extract(text)
    assert {(f.fields["voter"], f.fields["option"]) for f in result.facts_of("ballot")} == expected


def test_a_side_counted_without_the_ballots_placed_in_another_vote():
    """A list as long as the story's side is the story's, even when ballots told in the same
    paragraph for last year's vote ("which had voted against last year") seem to fill it."""
    text = (
        "On Tuesday the resolution passed 123-7-41. A year earlier, the same resolution had "
        "passed with 97 votes in favour, eight against and 64 abstentions.\n\nChile, Peru and "
        "Fiji, which had voted against last year, moved to abstention. The No column shrank "
        "accordingly, to Iran and Syria, plus Cuba, Laos, Nepal, Oman and Qatar."
    )
    result = extract(text, article_date=date(2025, 12, 4))
    told = {(v, o) for v, o, yes in _ballots_by_count(result) if yes == 123 and o == "no"}
    assert told == {(k, "no") for k in ("IRN", "SYR", "CUB", "LAO", "NPL", "OMN", "QAT")}


def test_joined_by_on_that_one_counts_the_vote_just_told():
    """ "On that one X and Y were joined by …": a group as large as one side of the vote just
    told is that side, on that vote."""
    text = (
        "The assembly adopted a text on Chile by 120 votes to 2 on Friday. A separate text, "
        "adopted a week earlier, drew 99 yeses against five nays. On that one Peru and Fiji were "
        "joined by Nepal, Laos and Mali."
    )
    told = _ballots_by_count(extract(text, article_date=date(2018, 12, 10)))
    assert told == {(k, "no", 99) for k in ("PER", "FJI", "NPL", "LAO", "MLI")}


def test_the_lists_as_follows_go_to_the_vote_whose_counts_they_fill():
    """A press release that tells last year's vote between the vote and "The recorded vote was
    as follows:" lists the vote its counts fit, not the last vote counted."""
    text = (
        "The General Assembly today adopted resolution 70/300 on the return of refugees by a "
        "recorded vote of 4 in favour to 3 against, with 2 abstentions. The draft was "
        "introduced by Chile.\n\nLast year the Assembly adopted a similar text on 13 June by a "
        "recorded vote of 5 in favour to 4 against, with 1 abstention.\n\nThe recorded vote was "
        "as follows:\n\nIn favour: Austria, Belgium, Chile, Denmark.\n\nAgainst: Cuba, Iran, "
        "Syria.\n\nAbstaining: India, Kenya."
    )
    assert _ballots_by_count(extract(text, article_date=date(2016, 9, 14))) == {
        ("AUT", "yes", 4), ("BEL", "yes", 4), ("CHL", "yes", 4), ("DNK", "yes", 4),
        ("CUB", "no", 4), ("IRN", "no", 4), ("SYR", "no", 4), ("IND", "abstain", 4),
        ("KEN", "abstain", 4),
    }  # fmt: skip


@pytest.mark.parametrize(
    ("text", "told"),
    [
        (
            "The Assembly adopted resolution 74/12 on landmines by a recorded vote of 150 in "
            "favour to 2 against, with 9 abstentions. It then adopted resolution 74/13 on "
            "cluster munitions, 140 to 3, with 11 abstentions.\n\nThe vote on resolution "
            "74/13 was as follows:\n\nIn favour: Austria, Chile.\n\nAgainst: Israel, "
            "Russian Federation.\n\nAbstain: India, Egypt.\n\nAbsent: Nauru, Tonga.",
            140,
        ),
        (
            "Draft resolution A/C.3/79/L.21, on the girl child, was approved by 170 votes to 1, "
            "with 4 abstentions. The Committee also approved draft resolution A/C.3/79/L.30 on "
            "older persons by 168 to 2, with 6 abstentions, and draft resolution A/C.3/79/L.31 "
            "on literacy by 172 to 0, with 3 abstentions.\n\nThe recorded vote on draft "
            "resolution A/C.3/79/L.30 was as follows:\n\nIn favour: Austria, Chile.\n\n"
            "Against: Israel.\n\nAbstaining: India, Egypt.\n\nAbsent: Nauru, Tonga.",
            168,
        ),
        (
            "Resolutions 58/41 and 58/42 went through on Monday, resolution 58/41 by 120-4-30 "
            "and resolution 58/42 by 125-5-25.\n\nThe voting on resolution 58/42 went as "
            "follows:\n\nIn favour: Austria, Chile.\n\nAgainst: Israel, Russian "
            "Federation.\n\nAbstain: India, Egypt.\n\nAbsent: Nauru, Tonga.",
            125,
        ),
    ],
)
def test_the_lists_as_follows_go_to_the_vote_their_line_names(text, told):
    """ "The vote on resolution 74/13 was as follows:" names the vote its lists are, not the
    story's first (and the "Abstain:" and "Absent:" lists are that vote's too)."""
    counted = _ballots_by_count(extract(text, article_date=date(2019, 12, 5)))
    assert {(voter, option) for voter, option, _ in counted} >= {
        ("AUT", "yes"), ("CHL", "yes"), ("ISR", "no"), ("IND", "abstain"), ("EGY", "abstain"),
        ("NRU", "non_voting"), ("TON", "non_voting"),
    }  # fmt: skip
    assert {count for voter, _, count in counted if voter in ("AUT", "IND", "NRU")} == {told}


def _voters_of(result, option: str) -> set[str]:
    return {f.fields["voter"] for f in result.facts_of("ballot") if f.fields["option"] == option}


@pytest.mark.parametrize(
    "text",
    [
        "The council adopted the text 20-14-13. In favour (20): Benin, Chile, Congo, Cuba. "
        "Against (14): Japan, Latvia.",
        "The council adopted the text 20-14-13. Against (2): Peru, Fiji. Abstentions (3): "
        "Ghana, Congo, Nepal.",
    ],
)
def test_a_record_list_with_its_counts_names_the_republic_of_the_congo(text):
    """A record's list headed by its count ("In favour (20): …") names states as the UN's
    records do: a bare "Congo" in it is the Republic of the Congo."""
    result = extract(text, article_date=date(2015, 3, 27))
    assert "COG" in _voters_of(result, "yes") | _voters_of(result, "abstain")


@pytest.mark.parametrize(
    ("text", "day", "expected"),
    [
        # Zaire until May 1997: a bare "Congo" then is the Republic of the Congo
        ("The resolution was adopted by 98 votes to 12. Mali, Gabon, the Congo and Chad voted "
         "against.", date(1994, 11, 30), {"MLI", "GAB", "COG", "TCD"}),
        ("The resolution was adopted by 98 votes to 12. Congo, which had abstained before, "
         "voted against it.", date(1989, 12, 5), {"COG"}),
        # before Zaire's name and after it, "Congo" names either state: none
        ("The resolution was adopted by 98 votes to 12. Mali, Gabon, the Congo and Chad voted "
         "against.", date(2004, 11, 30), {"MLI", "GAB", "TCD"}),
        ("The resolution was adopted by 98 votes to 12. Mali and Congo voted against.",
         date(1962, 11, 30), {"MLI"}),
    ],
)  # fmt: skip
def test_a_bare_congo_while_the_other_was_zaire(text, day, expected):
    assert _voters_of(extract(text, article_date=day), "no") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the sponsors as the subject: the motion told last in the paragraph with proposers
        (
            "A draft by Britain and France on the ceasefire was vetoed on Monday.\n\nThen Russia "
            "and China put forward a rival draft. It exempted the operations whose exclusion "
            "had doomed the first draft. Only its two authors voted for it, and nine members "
            "voted against.",
            {("RUS", "yes", 9), ("CHN", "yes", 9)},
        ),
        # the sponsors as the agent of a noun cue, in a lede before the proposers are told
        (
            "A bid by Moscow to end the mission failed in the Council on Tuesday, winning the "
            "backing of just its three sponsors.\n\nThe draft, put forward by Russia, China and "
            "Nicaragua, received three votes in favour and 12 abstentions.",
            {("RUS", "yes", 12), ("CHN", "yes", 12), ("NIC", "yes", 12)},
        ),
        (
            "Russia and China tabled a draft on Friday. The sponsors themselves voted yes, and "
            "twelve members abstained.",
            {("RUS", "yes", 12), ("CHN", "yes", 12)},
        ),
        # the sponsors in the list after the cue
        (
            "Russia, China and Nicaragua tabled a draft on the mission. It drew five votes in "
            "favour - the three sponsors plus Gabon and Mali - and ten abstentions.",
            {("RUS", "yes", 10), ("CHN", "yes", 10), ("NIC", "yes", 10)},
        ),
        (
            "Russia and China tabled a draft on the mission, which failed with four votes in "
            "favour and 11 abstentions. Gabon voted for it, as did Mali and the two Asian "
            "sponsors.",
            {("RUS", "yes", 11), ("CHN", "yes", 11)},
        ),
        # the count does not fit the proposers told: no ballot
        ("Russia and China tabled a draft on Friday. Only its three sponsors voted for it.", set()),
        # a hypothetical gives none
        ("Russia and China tabled a draft on Friday. Even its sponsors might abstain.", set()),
    ],
)
def test_the_sponsors_of_a_motion_as_its_voters(text, expected):
    """ "Only its two authors supported it", "winning the backing of just its sponsors": the
    ballots of the proposers of the motion told, on that motion (known by its count)."""
    result = extract(text, article_date=date(2023, 5, 2))
    counted = {
        f.fields["motion"]: f.fields["no"] or f.fields["abstain"] for f in result.facts_of("tally")
    }
    told = {
        (f.fields["voter"], f.fields["option"], counted.get(f.fields["motion"]))
        for f in result.facts_of("ballot")
        if f.fields["voter"] in ("RUS", "CHN", "NIC")
    }
    assert told == expected


def test_a_list_goes_to_the_vote_the_next_sentence_counts():
    """A list of nine no votes after two drafts told goes to the draft the next sentence counts
    nine no votes for, not to the first draft an aside named last."""
    text = (
        "Two texts on the truce went to a vote on Tuesday.\n\nPeru and Chile wrote the "
        "first. Eleven members backed it; Russia and China voted no, and as both hold vetoes, "
        "it fell.\n\nMoscow answered with a text of its own, drafted jointly with Beijing, "
        "that spared strikes on armed groups. Britain, France, the United States, Peru, Chile, "
        "Japan, Malta, Ghana and Ecuador voted no. Mozambique and Brazil abstained, so the "
        "Moscow-Beijing text ended with two votes in favour, nine against and two abstentions."
    )
    told = _ballots_by_count(extract(text, article_date=date(2023, 5, 2)))
    assert {(v, n) for v, o, n in told if o == "no"} == {
        ("RUS", 11), ("CHN", 11), ("GBR", 2), ("FRA", 2), ("USA", 2), ("PER", 2), ("CHL", 2),
        ("JPN", 2), ("MLT", 2), ("GHA", 2), ("ECU", 2),
    }  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The council adopted the text by 12 votes to 3. Russia and China voted no. The third "
         "no came from Peru.", {"RUS", "CHN", "PER"}),
        ("The council adopted the text by 13 votes to 2, with one abstention. The second \"no\" "
         "came from Cuba. Fiji abstained.", {"CUB"}),
        ("The Assembly adopted it 140-2-30. The most striking no came from Chile.", {"CHL"}),
        ("The Assembly adopted it 140-2-30. Nepal voted against; the other nay was cast by "
         "Peru.", {"NPL", "PER"}),
        ("The Assembly adopted it 140-1-30. The lone no came from Cuba.", {"CUB"}),
    ],
)  # fmt: skip
def test_one_no_of_several_told_by_its_place_before_its_state(text, expected):
    """ "The third no came from X", 'The most striking "no" came from X': one no of the vote,
    its state after it (and an ambiguous name such as "Cuba" is a state there)."""
    assert _voters_of(extract(text, article_date=date(2012, 6, 1)), "no") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Security Council adopted the text by 14 votes to 1. Peru, which had vetoed a "
         "similar draft in May, this time voted with the rest of the Council.", {("PER", "yes")}),
        ("The Assembly adopted the text 120-30-10. Chile was the exception and voted with the "
         "sponsors.", {("CHL", "yes")}),
        ("The Assembly rejected the text 40-90-10. Fiji voted with the other members of the "
         "Assembly.", {("FJI", "no")}),
        ("The Assembly adopted the text 120-30-10. Nepal sided with the co-sponsors.",
         {("NPL", "yes")}),
    ],
)  # fmt: skip
def test_voted_with_the_rest_or_with_the_sponsors(text, expected):
    """ "voted with the rest of the Council" is the majority's side, as "with the majority"
    is; "voted with the sponsors" is a yes."""
    result = extract(text, article_date=date(2019, 4, 2))
    assert {(f.fields["voter"], f.fields["option"]) for f in result.facts_of("ballot")} == expected


@pytest.mark.parametrize(
    ("text", "day", "expected"),
    [
        (
            "The Council adopted the resolution 13-0-2. Britain backed it, as did the other four "
            "permanent members; Ghana and Chile abstained.",
            date(2019, 6, 4),
            {("GHA", "abstain"), ("GBR", "yes"), ("FRA", "yes"), ("RUS", "yes"), ("CHN", "yes"),
             ("USA", "yes"), ("CHL", "abstain")},
        ),
        (
            "The Council adopted the resolution 12-0-3. France voted for the text along with "
            "the other permanent members.",
            date(2019, 6, 4),
            {("FRA", "yes"), ("GBR", "yes"), ("USA", "yes"), ("RUS", "yes"), ("CHN", "yes")},
        ),
        (
            "The text passed by 12 votes to 2. All five permanent members of the Security "
            "Council, among them China, voted yes.",
            date(2008, 3, 3),
            {("GBR", "yes"), ("USA", "yes"), ("FRA", "yes"), ("RUS", "yes"), ("CHN", "yes")},
        ),
        # the Soviet seat before 1992
        (
            "The Council adopted the resolution 15-0. The permanent five all voted in favour.",
            date(1988, 7, 20),
            {("GBR", "yes"), ("USA", "yes"), ("FRA", "yes"), ("SUN", "yes"), ("CHN", "yes")},
        ),
        # a count that does not fit, and a hypothetical: none
        (
            "The Council adopted the resolution 13-0-2. Ghana backed it, as did the other two "
            "permanent members.",
            date(2019, 6, 4),
            {("GHA", "yes")},
        ),
        (
            "The draft is due on Friday. All five permanent members would vote for it.",
            date(2019, 6, 4),
            set(),
        ),
    ],
)  # fmt: skip
def test_the_permanent_members_named_as_a_group(text, day, expected):
    """ "All five permanent members … supported the text", "as did the other four permanent
    members": the ballots of the Council's permanent members (the others than those named)."""
    result = extract(text, article_date=day)
    told = {(f.fields["voter"], f.fields["option"]) for f in result.facts_of("ballot")}
    assert told == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The council extended the mission by 13 votes to none, with the same two abstentions, "
         "Chile and Ghana.", {("CHL", "abstain"), ("GHA", "abstain")}),
        ("The tally was 12-1-2: Peru against, with the same two abstentions.", set()),
    ],
)  # fmt: skip
def test_the_same_count_of_a_side_before_its_list(text, expected):
    """ "with the same two abstentions, X and Y": a count (of a side told before) and its
    list; with no list, the state before it is none of its abstainers."""
    result = extract(text, article_date=date(2021, 10, 29))
    assert {(f.fields["voter"], f.fields["option"]) for f in result.facts_of("ballot")} == expected


@pytest.mark.parametrize(
    ("text", "later"),
    [
        ("The Assembly adopted the text on debt relief by 129 votes to 44. Japan voted no. The "
         "second vote, on trade, told another story. That text, which guides trade policy, "
         "passed by 130 votes to 8. Chile voted no.", 130),
        ("The first was the resolution on debt relief. It was adopted by 129 votes to 44. Japan "
         "voted no. The second vote, on trade, told another story. That text passed by 130 "
         "votes to 8. Chile voted no.", 130),
        ("The Assembly held a vote on debt relief on Friday, adopting the text 129-44, with "
         "Japan voting no. The second vote, on trade, was a closer affair. Chile voted no, and "
         "the resolution passed by 130 votes to 8.", 130),
        ("In the Council, the resolution on Haiti won 13 votes, with Japan abstaining. The "
         "third vote of the morning, on Mali, split the chamber. The draft failed 7-2-6; Chile "
         "voted no.", 7),
    ],
)  # fmt: skip
def test_a_ranked_vote_after_fewer_votes_told_is_another(text, later):
    result = extract(text)
    yes_of = {f.fields["motion"]: f.fields["yes"] for f in result.facts_of("tally")}
    ranked = [
        f.fields["motion"]
        for f in result.facts_of("motion")
        if any(re.match(r"[Tt]he (?:second|third) vote", e.mention) for e in f.evidence)
    ]
    assert [yes_of.get(motion) for motion in ranked] == [later]
    ballots = {
        (f.fields["voter"], yes_of.get(f.fields["motion"])) for f in result.facts_of("ballot")
    }
    assert ("CHL", later) in ballots
    assert ("JPN", later) not in ballots


@pytest.mark.parametrize(
    "text",
    [
        "The resolution was adopted by 92 votes to 6, with 46 abstentions. The European Union "
        "split. Nine of its fifteen members voted yes, France and Spain among them. Six "
        "abstained: Germany and Italy.",
        "The Assembly adopted the text 120-10-40 on Monday. Look at Africa: thirty of its states "
        "backed the text, among them Kenya and Ghana, while 8 abstained, including Chad.",
        "The text passed by 120 votes to 10, with 40 abstentions. Compare the European Union "
        "itself. All fifteen members voted yes, as they do every year. Chad and Ghana abstained.",
        "Adopted: 120 in favour, 10 against, 40 abstentions. The Arab Group voted as one, its 22 "
        "members in favour. Two of the Pacific states voted against; Chad abstained.",
    ],
)
def test_a_groups_members_counted_within_the_vote_are_no_vote_of_their_own(text):
    result = extract(text)
    assert [f.fields["yes"] for f in result.facts_of("tally")] == [120 if "120" in text else 92]
    assert len(result.facts_of("motion")) == 1
    motion = result.facts_of("motion")[0].fields["motion"]
    assert {f.fields["motion"] for f in result.facts_of("ballot")} == {motion}
    assert result.facts_of("ballot")


def test_a_vote_counted_after_a_whole_count_is_another_vote():
    result = extract(
        "The text on refugees passed 172-6, with one abstention. On the Golan text, Israel was "
        "the lone dissenter, in a 168-1 vote with 11 abstentions. Canada abstained."
    )
    tallies = sorted(
        (f.fields["yes"], f.fields["no"], f.fields["abstain"]) for f in result.facts_of("tally")
    )
    assert tallies == [(168, 1, 11), (172, 6, 1)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chile, Peru and Fiji \u2014 three coastal states with fishing fleets \u2014 declined to "
         "take a side.", {("CHL", "abstain"), ("PER", "abstain"), ("FJI", "abstain")}),
        ("Ghana and Kenya \u2013 two of the region's steadiest partners, both donors \u2013 voted "
         "against.", {("GHA", "no"), ("KEN", "no")}),
        ("Most of the Nordic governments \u2014 Norway and Sweden, but also Iceland \u2014 backed "
         "the text.", {("NOR", "yes"), ("SWE", "yes"), ("ISL", "yes")}),
        ("The coastal powers \u2014 among them Japan, Chile and Peru \u2014 stayed out of the "
         "vote altogether.",
         {("JPN", "non_voting"), ("CHL", "non_voting"), ("PER", "non_voting")}),
        ("Every member of the Andean Community \u2014 Bolivia and Ecuador included \u2014 voted "
         "no.", {("BOL", "no"), ("ECU", "no")}),
    ],
)  # fmt: skip
def test_a_dash_that_closes_an_aside_goes_on_with_the_clause(text, expected):
    """The closing dash of an aside between dashes (and a comma or "but" inside the aside) ends
    no clause: the list before the aside, or inside it, is the subject of the cue after it."""
    result = extract(f"The Assembly adopted the text by 120 votes to 10. {text}")
    assert {(f.fields["voter"], f.fields["option"]) for f in result.facts_of("ballot")} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the subject's ballot told sentences before
        ("Peru voted against. Its envoy called the text unbalanced. Peru was joined by Chile "
         "and Bolivia.", {("PER", "no"), ("CHL", "no"), ("BOL", "no")}),
        # "It": the one state whose ballot was told last, a sentence between
        ("As it has every year, Japan led the opposition. Tokyo argued that the fund was "
         "wasteful. It was joined by Norway and Iceland, by Canada, and by New Zealand.",
         {("JPN", "no"), ("NOR", "no"), ("ISL", "no"), ("CAN", "no"), ("NZL", "no")}),
        # a side named by "the opposition", its members in the next sentences
        ("The opposition was small but loud. Cuba had been joined by Bolivia and Nicaragua. "
         "Less expected was Mexico. Ecuador and Honduras completed the list.",
         {("CUB", "no"), ("BOL", "no"), ("NIC", "no"), ("MEX", "no"), ("ECU", "no"),
          ("HND", "no")}),
        # "in the majority", the subjects a group's members between commas
        ("The three authors, Ghana, Kenya and Senegal, were joined in the majority by France "
         "and Brazil.", {("GHA", "yes"), ("KEN", "yes"), ("SEN", "yes"), ("FRA", "yes"),
                         ("BRA", "yes")}),
        ("Ghana and Kenya were later joined in the majority by Mali.",
         {("GHA", "yes"), ("KEN", "yes"), ("MLI", "yes")}),
    ],
)  # fmt: skip
def test_companions_joined_by_states_whose_ballot_was_told_before(text, expected):
    """ "X was joined by Y" with no cue of its own: X's ballot told before (X by name, or "It"
    for the one state told last), a side "the opposition" opened, or the side "in the
    majority" names; a "by" per group of companions."""
    result = extract(f"The Assembly adopted the text by 120 votes to 10. {text}")
    assert {(f.fields["voter"], f.fields["option"]) for f in result.facts_of("ballot")} == expected


@pytest.mark.parametrize(
    "text",
    [
        # "It" after a sentence that told two states' ballots: which one is unclear
        "Chile and Peru voted no. Peru's envoy spoke for both. It was joined by Fiji.",
        # a state with no ballot told
        "Chile said the text went too far. Chile was joined by Fiji in that view.",
    ],
)
def test_no_companions_joined_by_a_state_of_unknown_ballot(text):
    result = extract(f"The Assembly adopted the text by 120 votes to 10. {text}")
    assert "FJI" not in {f.fields["voter"] for f in result.facts_of("ballot")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenya voted no. Most of its neighbours followed: Uganda, Tanzania and Rwanda.",
         {("KEN", "no"), ("UGA", "no"), ("TZA", "no"), ("RWA", "no")}),
        ("Poland abstained. The rest of the Visegrad group did the same \u2014 Hungary, Slovakia "
         "and the Czech Republic, along with Slovenia.",
         {("POL", "abstain"), ("HUN", "abstain"), ("SVK", "abstain"), ("CZE", "abstain"),
          ("SVN", "abstain")}),
        ("Brazil voted in favour. Its Mercosur partners duly fell in line: Argentina, Uruguay "
         "and Paraguay.", {("BRA", "yes"), ("ARG", "yes"), ("URY", "yes"), ("PRY", "yes")}),
        # a group standing with a state whose ballot was told, its members after a colon
        ("Chile voted no. Several smaller countries sided with Chile: Peru, Bolivia and Fiji.",
         {("CHL", "no"), ("PER", "no"), ("BOL", "no"), ("FJI", "no")}),
    ],
)  # fmt: skip
def test_a_group_that_followed_and_its_members_after_a_colon(text, expected):
    """A group that followed the last ballots told ("followed:", "did the same -", "fell in
    line:") or stood with a state, its members listed after a colon or a dash."""
    result = extract(f"The Assembly adopted the text by 120 votes to 10. {text}")
    assert {(f.fields["voter"], f.fields["option"]) for f in result.facts_of("ballot")} == expected


def test_a_counted_group_standing_with_a_state_has_the_side_its_size_fills():
    """ "Five governments stood with the United States: …": the group and the state make the
    side the tally counts (six in favour)."""
    result = extract(
        "The Security Council voted 6 to 4, with five abstentions, to take up the item. Five "
        "governments stood with the United States: Britain, France, Ghana, Peru and Japan."
    )
    told = {(f.fields["voter"], f.fields["option"]) for f in result.facts_of("ballot")}
    assert told == {(state, "yes") for state in ("USA", "GBR", "FRA", "GHA", "PER", "JPN")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a paragraph that opens on the count of a side told in the one before
        ("The resolution passed by 130 votes to 1, with no abstentions.\n\nThe one was Japan.",
         {("JPN", "no")}),
        ("The text was adopted 98-4-2.\n\nThe four were Chile, Peru, Fiji and Nepal.",
         {("CHL", "no"), ("PER", "no"), ("FJI", "no"), ("NPL", "no")}),
        # the count told by what its states did, an aside after the copula
        ("The appeal passed by 90 votes to 3, with 7 abstentions. The seven who held back were, "
         "in the main, Gulf states: Qatar, Oman, Kuwait, Bahrain, Yemen, Jordan and Iraq.",
         {(state, "abstain") for state in ("QAT", "OMN", "KWT", "BHR", "YEM", "JOR", "IRQ")}),
        ("The draft passed by 90 votes to 3, with 7 abstentions.\nThe three that refused were "
         "Chile, Peru and Fiji.", {("CHL", "no"), ("PER", "no"), ("FJI", "no")}),
    ],
)  # fmt: skip
def test_a_side_named_by_its_count_before_a_copula_and_its_list(text, expected):
    """ "The four were …", "The seven who held back were …": the side whose count (and no
    other) the subject names, also at a paragraph's opening."""
    result = extract(text)
    assert {(f.fields["voter"], f.fields["option"]) for f in result.facts_of("ballot")} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chile and Peru voted no. The most surprising name on that list was Georgia.",
         {("CHL", "no"), ("PER", "no"), ("GEO", "no")}),
        ("Chile and Peru abstained, as they did last year. Two names were new on the list this "
         "time: Jordan and Oman.",
         {("CHL", "abstain"), ("PER", "abstain"), ("JOR", "abstain"), ("OMN", "abstain")}),
        ("Kenya, Ghana and Mali voted in favour. The newcomers to the list were Chad and Togo.",
         {("KEN", "yes"), ("GHA", "yes"), ("MLI", "yes"), ("TCD", "yes"), ("TGO", "yes")}),
    ],
)  # fmt: skip
def test_names_on_the_list_just_told(text, expected):
    """A sentence naming states as items of the list of ballots told just before it ("name on
    that list", "new on the list", "newcomers to the list"); an ambiguous name ("Georgia",
    "Chad") counts there as a state."""
    result = extract(f"The Assembly adopted the text by 120 votes to 10. {text}")
    assert {(f.fields["voter"], f.fields["option"]) for f in result.facts_of("ballot")} == expected


def test_joined_by_groups_each_with_its_by_and_a_described_group():
    """ "They were joined by X, by Y, and by a handful of governments close to Havana - A, B":
    a "by" per group, a group described before its members (a capital it names is none)."""
    result = extract(
        "The text passed 141-31-11. Egypt and Jordan opposed it. They were joined by Iran, by "
        "several states in Asia, among them Malaysia, and by a few governments close to "
        "Caracas \u2014 Cuba and Bolivia."
    )
    told = {(f.fields["voter"], f.fields["option"]) for f in result.facts_of("ballot")}
    assert told == {(state, "no") for state in ("EGY", "JOR", "IRN", "MYS", "CUB", "BOL")}
