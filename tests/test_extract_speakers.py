"""Who speaks and who is named, kept as data: each shape of quoted or reported speech, of a
person's name or of a body's, a sentence of our own in that shape, and the speakers (people by
registry name or name as written, states by code), people or bodies it names. Sentences where
nobody speaks give none.

The sentences are written for this inventory (none is taken from the evaluation corpus);
``kg.extract.statements`` documents the shapes it reads.
"""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract import extract

#: (shape, text, speakers)
SPEAKERS = [
    ("responded that", "Chile's ambassador, Paula Narvaez, responded that the Council had "
     "failed again.", {"Paula Narvaez"}),
    ("repeats, in live reporting", "11:02 - Canada's Bob Rae repeats Ottawa's position that "
     "the text is balanced.", {"Bob Rae"}),
    ("a participle after the name", "Only Brazil abstained, its envoy Sergio Danese "
     "questioning whether the text could work.", {"Sergio Danese"}),
    ("a capital protested", "Caracas protested that the resolution had no legal basis.",
     {"VEN"}),
    ("faulted", "Mexico's ambassador, Hector Vasconcelos, faulted the sponsors for "
     "rushing the vote.", {"Hector Vasconcelos"}),
    ("welcomed as", "Secretary-General Ban Ki-moon, who had urged a vote, welcomed the result "
     "as a sign of unity.", {"Ban Ki-moon"}),
    # a welcome of the vote itself is told in words (the golds list it: twelfth round); a
    # welcome of anything else without "as" is a courtesy
    ("a welcome of the vote is a statement", "Secretary-General Ban Ki-moon welcomed the vote.",
     {"Ban Ki-moon"}),
    ("welcomed without as is no statement", "Secretary-General Ban Ki-moon welcomed the "
     "delegates.", set()),
    ("a demand in the subjunctive is no statement", "Chile sought changes to the draft, "
     "insisting that the words on sanctions be removed.", set()),
    ("insisted that, in the indicative, is", "Chile insisted that the draft was unbalanced.",
     {"CHL"}),
    ("said nothing", "Russia, which could have vetoed the text, said nothing.", set()),
    ("according to a full name", "According to Thandi Mokoena, the draft was one-sided.",
     {"Thandi Mokoena"}),
    ("a state's officials", "Moldovan officials said the vote was a milestone.", {"MDA"}),
    ("claimed", "Syria's envoy claimed the text was written in Washington.", {"SYR"}),
    ("delegations made objections", "The Russian and Chinese delegations made similar "
     "objections.", {"RUS", "CHN"}),
    ("raised objections", "Egypt raised objections to the text.", {"EGY"}),
    ("an expert in apposition", "Amara Okafor, the independent expert, said the mandate "
     "mattered.", {"Amara Okafor"}),
    ("a hyphenated post before the name", "Its director-general, Lena Holt, said funds were "
     "short.", {"Lena Holt"}),
    ("the head of a lower-case body", "The head of the agency, Omar Haddad, said the vote "
     "helped.", {"Omar Haddad"}),
    ("wrote that", "Foreign Minister Petra Lind wrote on social media that the vote was "
     "historic.", {"Petra Lind"}),
    ("according to a two-word state's post, then the name", "According to Costa Rica's "
     "deputy envoy, Elena Solis, the text was unbalanced.", {"Elena Solis"}),
    ("a leading word before a state's post", "Even Nepal's ambassador, Ram Thapa, said the "
     "vote was fair.", {"Ram Thapa"}),
    ("according to a state", "According to Peru, the vote was premature.", {"PER"}),
    ("an adjective's delegate speaks for the seat", "The Chilean delegate said the text was "
     "premature.", {"CHL"}),
    ("a state's delegate", "Peru's delegate insisted that the region was not exempt.",
     {"PER"}),
    ("an adjective's ambassador is one person", "The Chilean ambassador said the text was "
     "premature.", set()),
    ("an honour is no part of the name", "Sir Alan Pryce, Britain's envoy, said the draft "
     "was dangerous.", {"Alan Pryce"}),
    ("a capitalised post with a comma before the name", "Chad's Permanent Representative, "
     "Idriss Mahamat Ali, said the vote was historic.", {"Idriss Mahamat Ali"}),
    ("an appositive post of one word and the post", "Lena Ortiz, Americas director at a "
     "rights group, called the vote overdue.", {"Lena Ortiz"}),
    ("a counsellor", "Ivan Petrov, a senior counsellor at the mission, said the text was "
     "biased.", {"Ivan Petrov"}),
    ("is speaking, in live reporting", "14:05 - Ana Ruiz is speaking: she says the text is "
     "flawed.", {"Ana Ruiz"}),
    ("recalled that", "Assembly President Omar Haddad recalled that the council had asked "
     "for it.", {"Omar Haddad"}),
    ("the subject of a question in an aside does not speak", "The council's spokesman, "
     "asked about Russia, said the vote spoke for itself.", set()),
    ("an aside asked, then the speaker's verb", "Peru's envoy, asked about the vote, said it "
     "was a farce.", {"PER"}),
    ("an aside speaking for others, with a list in it", "The representative of Peru, "
     "speaking also for the other members of the contact group, Chile and Colombia, said the "
     "text was premature.", {"PER"}),
    ("a press release's speaker in capitals", "OMAR HILALE (Morocco) said the text was "
     "balanced.", {"Omar Hilale"}),
    ("a dateline in capitals is no speaker", "UNITED NATIONS (Wire) - Chile said the text "
     "was balanced.", {"CHL"}),
    ("expressed regret", "Mali's Issa Konfourou expressed regret at the outcome.",
     {"Issa Konfourou"}),
    ("a state expressed its concern", "Chile expressed its deep concern about the text.",
     {"CHL"}),
    ("expressed without a feeling is no statement", "Chile expressed the hope of the region.",
     set()),
    ("a registry family name with an appositive post", "Nebenzia, the Russian envoy, said "
     "the draft was dead on arrival.", {"Vassily Nebenzia"}),
    ("a state's person thanked", "Norway's Mona Juul thanked the sponsors.", {"Mona Juul"}),
    ("a statement inside a statement", "Japan's ambassador, Kazuyuki Yamazaki, said that "
     "Norway welcomed the vote.", {"Kazuyuki Yamazaki"}),
    ("an adjective's delegation", "The Austrian delegation argued that the text was "
     "premature.", {"AUT"}),
    ("an adjective's diplomats", "Peruvian diplomats called the outcome a relief.", {"PER"}),
    ("a state's own delegation, coordinated", "Iran's own delegation voted no and described "
     "the resolution as a provocation.", {"IRN"}),
    ("a state's envoy", "Belarus's envoy rejected the draft as one-sided.", {"BLR"}),
    ("a state's delegates, with an adverbial", "Malaysia's delegates, for example, have long "
     "said that the matter is one for national law.", {"MYS"}),
    ("an appositive between state and verb", "Norway, the current chair of the group, "
     "repeatedly argued for restraint in the talks.", set()),
    ("an appositive, then a verb of speech", "Norway, the current chair of the group, has long "
     "insisted that talks come first.", {"NOR"}),
    ("an indefinite adjective is one unnamed person", "A French diplomat said the vote was "
     "close.", set()),
    ("the representative of X, not an appositive", "Closing the debate, the representative of "
     "Kenya, speaking for the African Group, said the text was balanced.", {"KEN"}),
    ("X and Y had said", "Paris and Berlin had said as much before the vote.", {"FRA", "DEU"}),
    ("two adjectives before envoys, a participle", "The Kenyan and Ghanaian envoys spoke "
     "last, warning that the text went too far.", {"KEN", "GHA"}),
    ("whose diplomats ... and argued", "Egypt abstained, and so did Qatar, whose diplomats "
     "drafted the rival text and argued that it was fairer.", {"QAT"}),
    ("a name with its state in brackets", "Introducing the draft, Maria Fernanda Espinosa "
     "(Ecuador) said it would protect migrants.", {"Maria Fernanda Espinosa"}),
    ("a chargé d'affaires", "Asked about the vote, Ivan Petrov, chargé d'affaires of "
     "Bulgaria, said his delegation would abstain.", {"Ivan Petrov"}),
    ("welcomed ... but said", "Cuban Foreign Minister Pedro Alvarez welcomed the change but "
     "said the blockade was still in force.", {"Pedro Alvarez"}),
    ("a pronoun opening the clause", "Israel's ambassador, Yosef Lamdan, took the floor. He "
     "calls the text a ritual and says it ignores the attacks.", {"Yosef Lamdan"}),
    ("X and the Y said", "Several delegations, among them Canada and the United Kingdom, "
     "said the text was rushed.", {"CAN", "GBR"}),
    ("an ambiguous name that speaks", "Jordan said the building would stop.", {"JOR"}),
    ("an ambiguous name after a given name is a person", "Michael Jordan said he was "
     "tired.", {"Michael Jordan"}),
    ("according to a person", "According to Ambassador Lana Nusseibeh, the text was "
     "balanced.", {"Lana Nusseibeh"}),
    ("according to a state", "According to Norway, the draft went too far.", {"NOR"}),
    ("according to a document is no speaker", "According to the resolution, the mission "
     "ends in June.", set()),
    ("said X after the clause", "The text was unbalanced, said Ecuador's envoy, Jose De La "
     "Gasca.", {"Jose De La Gasca"}),
    ("said the representative of X", "The vote was premature, said the representative of "
     "Chile.", {"CHL"}),
    ("the foreign ministry of X", "The foreign ministry of Peru said the vote was fair.",
     {"PER"}),
    ("X's mission to the UN", "Chile's mission to the UN said the text was fair.", {"CHL"}),
    ("was quoted as saying", "Vassily Nebenzia was quoted as saying the draft was dead.",
     {"Vassily Nebenzia"}),
    ("a person, a colon, a quote", "Niger's envoy Abdou Abarry to reporters: \"We will not "
     "accept a text like this one.\"", {"Abdou Abarry"}),
    ("hailed as", "Moldova hailed the vote as a victory for the Charter.", {"MDA"}),
    ("branded", "Nicaragua branded the resolution a farce.", {"NIC"}),
    ("criticised is a stance, not a statement", "Qatar's envoy criticised Oman for "
     "abstaining.", set()),
    ("representatives of X and Y", "Representatives of Bolivia and Nicaragua said the vote was "
     "illegal.", {"BOL", "NIC"}),
    ("the ambassadors of X and Y", "The ambassadors of Spain and Portugal said the text was "
     "fair.", {"ESP", "PRT"}),
    ("a state's UN envoy", "Iraq's UN envoy called the vote premature.", {"IRQ"}),
    ("a state's ambassador named after the post", "Chile's U.N. Ambassador Paula Narvaez "
     "told the assembly the text was fair.", {"Paula Narvaez"}),
    ("a participle after an agent's comma", "Minister Tomas Varga called the text a travesty "
     "in a statement read out by the Slovak delegation, arguing that it was partisan.",
     {"Tomas Varga"}),
    ("an unnamed ambassador named by an adjective", "\u201cThis council has failed the people "
     "of Yemen today,\u201d the Danish ambassador told delegates.", set()),
    ("the agent of a participle is no speaker", "A draft put forward by Norway and Ireland "
     "declared the referendums invalid.", set()),
    ("an ambassador to an agency, named", "Egypt's ambassador to the International Atomic "
     "Energy Agency, Omar Salem, said the text was unfair.", {"Omar Salem"}),
    ("an adjective and a Foreign Ministry", "The Moldovan Foreign Ministry dismissed the "
     "result, saying it had been imposed.", {"MDA"}),
    ("spoke against", "Chile asked the council to take no action. Peru and Bolivia spoke against "
     "the motion.",
     {"CHL", "PER", "BOL"}),
    ("voiced doubts", "Moscow voiced doubts about sending an armed force.", {"RUS"}),
    ("let it be known", "Beijing let it be known that it would veto the text.", {"CHN"}),
    ("two capitals, a coordinated verb after 'had'", "Abuja and Nairobi signed a declaration "
     "last month and had argued that the council should wait.", {"NGA", "KEN"}),
    ("defended as", "Austria defended the text as the broadest consensus available.",
     {"AUT"}),
    ("a long appositive", "Ana Ruiz, the opposition leader who won the European Parliament's "
     "prize last year, said the vote mattered.", {"Ana Ruiz"}),
    ("a pronoun opens the clause, a state in the complement", "Ambassador Omar Hilale spoke "
     "first. He recalled that Morocco had tabled the plan in 2007 and said Rabat was ready "
     "to talk.", {"Omar Hilale"}),
    ("a procedural objection is no statement", "At the close of the conference, Cuba and "
     "Laos had objected to adopting the text by consensus.", set()),
    ("insisted on is a demand", "Washington insisted on a vote before the weekend.", set()),
    ("then X's ambassador", "The articles, Gerard Walsh, then Ireland's ambassador, warned, "
     "could be read as a veto.", {"Gerard Walsh"}),
    ("remarked", "Kenya's ambassador, Martin Kimani, who also voted yes, remarked that the "
     "text came late.", {"Martin Kimani"}),
    ("calls, in live reporting", "Assembly President Dennis Francis calls the outcome a clear "
     "message.", {"Dennis Francis"}),
    ("its envoy, in the next sentence", "Iran's delegation rejects the session outright. Its "
     "envoy says the draft prejudges the inquiry.", {"IRN"}),
    ("he said, for the representative of X", "The representative of Eritrea welcomed the "
     "Council's action, which, he said, the region had called for.", {"ERI"}),
    ("signalled a vote is a stance", "Bolivia, too, signalled that it would vote against.",
     set()),
    ("a quote, said the representative of X", "\u201cWe cannot accept this text in its "
     "present form,\u201d said the representative of Oman.", {"OMN"}),
    ("a quote, X wrote", "\u201cThe council has failed the people of Sudan today,\u201d "
     "Vassily Nebenzia wrote on social media.", {"Vassily Nebenzia"}),
    ("a quote, she added", "Ambassador Linda Thomas-Greenfield spoke first. \u201cThis is a "
     "dark day for the council,\u201d she added.", {"Linda Thomas-Greenfield"}),
    ("two adjectives, plural ambassadors, both", "The Malian and Nigerien ambassadors both "
     "said the text was unbalanced.", {"MLI", "NER"}),
    ("a seat of government", "The White House said the resolution was one-sided.", {"USA"}),
    ("a street of government is no person", "Downing Street said the vote mattered.",
     {"GBR"}),
    ("a state's Foreign Ministry, capitalised", "Oman's Foreign Ministry said in a statement "
     "that the vote was fair.", {"OMN"}),
    ("a former state's delegation", "The Soviet delegation argued that the text was "
     "one-sided.", {"SUN"}),
    ("a former state", "Czechoslovakia said the embargo should be tightened.", {"CSK"}),
    ("responded by an act", "Russia responded by vetoing the draft.", set()),
    ("responded that", "Russia responded that the draft was biased.", {"RUS"}),
    ("added its name", "Belgium added its name to the list of sponsors.", set()),
    ("asked to be added", "Japan asked to be added to the sponsors.", set()),
    ("acknowledged a vote, acknowledged that", "Brazil acknowledged the vote. Chile "
     "acknowledged that the vote was close.", {"CHL"}),
    ("his government has said", "Peru's ambassador, Luis Ugarelli, called the text a "
     "mistake, and his government has said it will not comply.", {"Luis Ugarelli", "PER"}),
    ("a name with Jr.", "Foreign Secretary Enrique Manalo Jr. called the resolution a "
     "travesty.", {"Enrique Manalo Jr"}),
]  # fmt: skip

#: (shape, text, people)
PEOPLE = [
    ("a military rank", "The junta of General Tomas Ardal ignored the appeal.", {"Tomas Ardal"}),
    ("a colonel", "Sanctions targeted Colonel Idris Magdi and his sons.", {"Idris Magdi"}),
    ("a knight's honour", "Her colleague, Sir Alan Brewster, stressed the point.",
     {"Alan Brewster"}),
    ("a calling", "Crowds demanded the release of the writer Amara Okoye.", {"Amara Okoye"}),
    ("a lower-case rank with a nationality", "The indictment names the former Bosnian Serb "
     "general Milan Kordic.", {"Milan Kordic"}),
    ("the refugee agency's chief", "UN High Commissioner for Refugees Lena Sorvik spoke "
     "first.", {"Lena Sorvik"}),
    ("the General Assembly is no rank", "The General Assembly Hall was full.", set()),
    ("a full name the text gives again after Mr", "The council told Pascal Ekwe to step aside "
     "for Marie Dossou. Mr Ekwe refused.", {"Pascal Ekwe"}),
    ("a wife named after her husband", "The ban covers Mr Ekwe and his wife Ruth Ekwe, and "
     "Pascal Ekwe's aides.", {"Pascal Ekwe", "Ruth Ekwe"}),
    ("instruments are no people", "Few states outside the Lisbon Statute joined, and the "
     "Geneva Code of Practice was cited.", set()),
    ("a live blog's time zone and question", "10:05 GMT\nWho voted no? Peru and Chile. "
     "The vote is due at noon.", set()),
    ("a professor", "The mandate went to law professor Ana Ruiz Pardo, the first holder.",
     {"Ana Ruiz Pardo"}),
    ("an investigator in apposition", "It asks states to cooperate with Tomas Vilde, the UN "
     "special investigator.", {"Tomas Vilde"}),
    ("a successor", "His successor, Petra Ilves, has reported on the same issues.",
     {"Petra Ilves"}),
    ("a four-word name after a lowercase title", "The text calls for the release of "
     "opposition leader Daw Aung San Kyi.", {"Daw Aung San Kyi"}),
    ("an observer", "Palestinian observer Riyad Mansour opened the debate.",
     {"Riyad Mansour"}),
    ("as the envoy", "The vote followed the resignation of Lakhdar Brahimi as the joint "
     "envoy.", {"Lakhdar Brahimi"}),
    ("a word that ends no name is cut off", "Ambassador Linda Thomas-Greenfield Tuesday "
     "called it historic.", {"Linda Thomas-Greenfield"}),
    ("a judge", "The report of South African judge Thabo Mokoena was endorsed.",
     {"Thabo Mokoena"}),
    ("a sheikh", "The Council met after the killing of Sheikh Omar Hamdan in Gaza.",
     {"Omar Hamdan"}),
    ("a Permanent Observer", "Omar Nasser, Permanent Observer of Palestine, spoke last.",
     {"Omar Nasser"}),
    ("a state's possessive and a name at the end", "Cuba repeated its support for "
     "Venezuela's Pedro Carmona.", {"Pedro Carmona"}),
    ("a press-release heading is no name", "Draft Not Adopted Owing to Negative Vote of "
     "Permanent Member", set()),
    ("a special rapporteur", "The Council heard Special Rapporteur Mara Lindqvist on "
     "Friday.", {"Mara Lindqvist"}),
    ("a diplomat before the name", "The talks were chaired by Dutch diplomat Pieter Kuipers.",
     {"Pieter Kuipers"}),
    ("who and any verb", "For Marek Nowak, who announced the tests, the vote was a blow.",
     {"Marek Nowak"}),
    ("a place's government is no person", "Tamil Nadu's government had demanded a yes vote.",
     set()),
    ("a group of people, who", "Tibetan Buddhists, who live in exile, protested.", set()),
    ("an organisation, who", "Catholic Relief Services, who run the camps, warned of famine.",
     set()),
    ("a profession before the name", "The report of jurist Hans Berger was endorsed.",
     {"Hans Berger"}),
    ("a post in title case is no name", "The new High Representative, the German politician "
     "Klaus Weber, took office in August.", {"Klaus Weber"}),
    ("a titled family name after the full name", "President Ana Maria Gomez Ruiz spoke. "
     "Later President Gomez Ruiz left.", {"Ana Maria Gomez Ruiz"}),
    ("an expert before the name", "Geneva has an independent expert, Lena Brandt, working "
     "on it.", {"Lena Brandt"}),
    ("whose foreign minister", "Slovakia, whose foreign minister, Jan Hudak, had offered to "
     "resign, did not vote.", {"Jan Hudak"}),
    ("a name before a verb people do", "By the time Ana Lucia Ferreira rose to introduce her "
     "draft, the hall was full.", {"Ana Lucia Ferreira"}),
    ("a headline label is no part of the name", "Opinion Ana Lucia Ferreira rose to speak.",
     {"Ana Lucia Ferreira"}),
    ("an honorific before a registry family name", "Mr. Nebenzia said the draft was "
     "biased.", {"Vassily Nebenzia"}),
    ("a registry family name alone stays unread", "Nebenzia said the draft was biased.",
     set()),
    ("a dateline is no name", "UNITED NATIONS (Reuters) - The Assembly voted on Friday.",
     set()),
    ("a name does not run across a paragraph break", "Ortiz Wins In Council, Loses In "
     "Assembly\n\nLena Ortiz spent two weeks lobbying.", {"Lena Ortiz"}),
    ("who heads a body", "The agency, headed by Ingrid Vass, sent experts.", {"Ingrid Vass"}),
    ("whose forces", "Talks stalled over Omar Sadiq, whose forces hold the port.",
     {"Omar Sadiq"}),
    ("a full name owning a referendum", "Wary of Pavel Dorin's referendum, Moscow abstained.",
     {"Pavel Dorin"}),
    ("a body owning forces is no person", "The Bosnian Serb Army's forces held the town.",
     set()),
    ("outlets and operations are no people", "Radio Free Europe reported it, Al Jazeera "
     "reported the vote, and Operation Cast Lead killed many.", set()),
    ("initials after a title", "Ambassador K. Mensah left early.", {"K. Mensah"}),
    ("initials and a particle after a title", "President J.P. de Wet spoke first.",
     {"J.P. de Wet"}),
    ("a lower-case minister before the name", "The list names trade minister Omar Dalil and "
     "army chief Ade Bello.", {"Omar Dalil", "Ade Bello"}),
    ("a title after an appositive is the next name's", "It names army chief Ade Bello, "
     "information minister Omar Dalil and opposition leader Rita Kone.",
     {"Ade Bello", "Omar Dalil", "Rita Kone"}),
    ("a full name as the subject of a past verb", "Marta Ilves spent the spring lobbying "
     "for the draft.", {"Marta Ilves"}),
    ("a full name owning a thing", "The vote came after Tomas Lindgren's mediation had "
     "failed.", {"Tomas Lindgren"}),
    ("a possessive after a preposition", "Pressure grew on Viktor Sauka's administration.",
     {"Viktor Sauka"}),
    ("a place after a preposition is no subject", "The base on Diego Garcia hosted bombers.",
     set()),
    ("a named day is no name", "World Soil Day drew 160 votes in favour.", set()),
    ("a state is no subject person", "Costa Rica abstained and Sri Lanka's envoy left.",
     set()),
    ("an honorific before a family name", "High Commissioner Nadia Okoro spoke. Later, "
     "Ms Okoro's report was tabled.", {"Nadia Okoro"}),
    ("a particle in capitals opens a sentence", "The expert, Rosa de Almeida, was present. "
     "De Almeida called the texts complementary.", {"Rosa de Almeida"}),
    ("two particles", "Spain's envoy, Ana Maria de la Vega, spoke first.",
     {"Ana Maria de la Vega"}),
    # the ninth round's shapes
    ("a post with a lower-case field", "The U.N. high commissioner for human rights, Rafael "
     "Ostrowski, said the decision was regrettable.", {"Rafael Ostrowski"}),
    ("a post for someone, after the name", "Lucia Ferrante, spokeswoman for the "
     "Secretary-General, said the vote was noted.", {"Lucia Ferrante"}),
    ("the forces of a name", "The council acted after the forces of Omar Bakari pushed "
     "toward the capital.", {"Omar Bakari"}),
    ("the regime of a name", "The commission noted that the regime of Ferdinand Valdez had "
     "fallen.", {"Ferdinand Valdez"}),
    ("a long post after the name", "Speaking to the press, Aline Mbeki, Executive Secretary "
     "of the Preparatory Commission for the Comprehensive Nuclear-Test-Ban Treaty "
     "Organization, welcomed the vote.", {"Aline Mbeki"}),
    ("a headline's possessive is no person's", "Marking Treaty's Twentieth Anniversary, "
     "Council Adopts Resolution 2310", set()),
]  # fmt: skip
#: (shape, text, speakers): the eighth round's shapes, written for this inventory
SPEAKERS_EIGHTH = [
    ("an organisation speaks", "Amnesty International said the vote was long overdue.",
     {"Amnesty International"}),
    ("an organisation's delegate speaks for it", "The EU delegate countered that the "
     "mandate was needed.", {"European Union"}),
    ("a person of an organisation speaks, not it", "Kenneth Roth of Human Rights Watch said "
     "the text was weak.", {"Kenneth Roth"}),
    ("an organisation's official speaks, not it", "A World Health Organization official "
     "said the outbreak was slowing.", set()),
    ("the UN as a whole does not speak", "The United Nations said the convoy had arrived.",
     set()),
    ("said no is a ballot", "The resolution passed 120-9. Chile and Peru also said no.",
     set()),
    ("said no to the text is a ballot", "Cuba said no to the draft on Tuesday.", set()),
    ("says no as a refusal speaks", "The Council wants troops in the region, and Khartoum "
     "says no.", {"SDN"}),
    ("said no one is speech", "Ghana's delegation said no one should be punished for a "
     "speech.", {"GHA"}),
    ("spoke in support of", "Laos, Cuba and Belarus spoke in support of the government "
     "during the debate.", {"LAO", "CUB", "BLR"}),
    ("a relative clause holds the verb", "The resolution passed 120-9. Moscow, which has "
     "argued for years that the court is biased, voted no.", {"RUS"}),
    ("a participle after an opening phrase", "Speaking after the vote, the Malian "
     "delegation rejected the text, telling the council it was unfair.", {"MLI"}),
    ("made a similar statement", "Australia, which also backed the text, made a similar "
     "statement.", {"AUS"}),
    ("an ambiguous name with a text", "The vote was 100-7. Jordan has long rejected "
     "both texts, arguing that they are unbalanced.", {"JOR"}),
    ("an unnamed diplomat from a capital", "A diplomat from Nairobi explained that the "
     "region wanted dialogue.", set()),
    ("several of them: which ones, untold", "Peru, Chile and Mexico abstained, several of "
     "them arguing that the text went too far.", set()),
    ("called a session convenes", "The European Union, which had called the special "
     "session, won the vote 25 to 12.", set()),
    ("called the vote is judging speech", "Jamaica's envoy, Maria Brown, called the vote "
     "a turning point.", {"Maria Brown"}),
    ("two capitals with a relative clause speak", "Kigali and Kampala, whose troops crossed "
     "the border in 1998, said the resolution was one-sided.", {"RWA", "UGA"}),
    ("worth noting is nobody's speech", "The resolution passed 90-3. Those against: Chile, "
     "Peru and, in a shift worth noting, Ghana.", set()),
    ("a coalition's examples do not speak each", "Backers, a loose alliance that included "
     "Ghana, Peru and Fiji, said the text was overdue.", set()),
    ("delegations among them speak", "Several delegations, among them Ghana and Peru, said "
     "the text was overdue.", {"GHA", "PER"}),
    ("spoke of", "Prime Minister Anton Vesk later spoke of a new era of partnership.",
     {"Anton Vesk"}),
    ("tweets that, live", "12:31 - President Mara Solis tweets that the vote is a victory.",
     {"Mara Solis"}),
    ("objecting that", "Peru asked for a recorded vote, objecting that the text was "
     "one-sided.", {"PER"}),
    ("a participle's aside", "UNICEF chief Rosa Lind, addressing the council, says the "
     "children cannot wait.", {"Rosa Lind"}),
    ("called this vote convenes", "The Peruvian mission called this vote to put members on "
     "record.", set()),
    ("she said is not the man named last", "Ghana's envoy, Ama Mensah, said the vote "
     "mattered. She praised Kofi Kouame; Mr Kouame had mediated. \u201cIt is a new day,\u201d "
     "she said.", {"Ama Mensah"}),
    ("according to a statement from", "According to a statement from the Kenyan foreign "
     "ministry, the vote had been delayed.", {"KEN"}),
    ("capitals after 'in' are places", "The resolution passed 90-3. Diplomats in Accra "
     "and Dakar said the vote was expected.", set()),
]  # fmt: skip

#: (shape, text, speakers): the ninth round's shapes, written for this inventory
SPEAKERS_NINTH = [
    ("a middle initial", "Jeremy K. Greenstock (United Kingdom) said the text was overdue.",
     {"Jeremy K. Greenstock"}),
    ("a state's name speaking, then a pronoun", "11:05 - Norway's Mona Juul speaking now. "
     "She says Oslo backs the mandate in full.", {"Mona Juul"}),
    ("a state's voice before a colon", "The Council voted 13-0-2. Brazil's delegate: "
     "\u201cWe abstained because the text was rushed.\u201d", {"BRA"}),
    ("answered in a statement that", "Foreign Minister Anna Berg answered in a statement "
     "that the vote was illegitimate.", {"Anna Berg"}),
    ("a body's possessive post, then the name", "The agency's deputy director, Karl "
     "Ostrander, said staff would stay.", {"Karl Ostrander"}),
    ("a name for a state, then a verb and a colon", "11:20 - Ian Walcott, for Barbados, "
     "welcomes the vote: \u201cThis is a good day for small islands.\u201d", {"Ian Walcott"}),
    ("both, after two states named", "The text passed 13-0-2. Ghana and Peru abstained, and "
     "their reasons matter. Both argued that the text singled out one state.", {"GHA", "PER"}),
    ("officials counter, in the plural present", "The text passed 107-46-17. Indian officials "
     "counter that their draft targets first use.", {"IND"}),
    ("delegations question whether, live", "The text passed 13-0-2. 10:14 - Explaining their "
     "abstentions, the Peruvian and Chilean delegations both question whether the mission "
     "works.", {"PER", "CHL"}),
    ("nonetheless before the verb", "The text passed 13-0-2. The Dominican Republic, which "
     "voted in favour, nonetheless complained that the talks were rushed.", {"DOM"}),
    ("the two, after two states named", "The text passed 13-0-2. Ghana and Peru abstained. "
     "The two said the mission lacked a clear end.", {"GHA", "PER"}),
    ("both of a list is no speaker when nobody was named", "Both argued that the text was "
     "flawed.", set()),
    ("issued a statement", "The text passed 120-3-5. The Peruvian government issued a "
     "statement condemning the resolution.", {"PER"}),
    ("an aside of remarks", "The text passed 120-3-5. Ana Soto, in remarks to reporters, said "
     "the vote was rushed.", {"Ana Soto"}),
    ("echoed", "The text passed 120-3-5. Ana Soto of Peru said the vote was rushed. Chile's "
     "envoy echoed that view.", {"Ana Soto", "CHL"}),
    ("took the floor to denounce", "The text passed 120-3-5. Peru's envoy, Ana Soto, took the "
     "floor to denounce the text.", {"Ana Soto"}),
    ("lashed out", "The text passed 120-3-5. Peru's envoy Ana Soto lashed out at the sponsors.",
     {"Ana Soto"}),
    ("a colon quote after another sentence's verb", "\u201cIt is overdue,\u201d Ana Soto of "
     "Peru told the council. Cuba's delegate: \u201cThis is interference dressed up as "
     "concern.\u201d", {"Ana Soto", "CUB"}),
    ("a press release's speakers", "The Council adopted the text 13-0-2. Also speaking were "
     "the representatives of Egypt, Brazil and Japan.", {"EGY", "BRA", "JPN"}),
    ("statements made by", "The Council adopted the text 13-0-2. Statements were also made by "
     "the representatives of Chile and Peru.", {"CHL", "PER"}),
    ("officials in a capital are its government", "The Council adopted the text 13-0-2. "
     "Officials in Brasilia said the text went too far.", {"BRA"}),
    ("an age before the appositive", "Ana Soto, 54, a career diplomat, said the vote was "
     "fair.", {"Ana Soto"}),
    ("a person of a state's delegation speaks, not the state", "Ana Soto of the Peruvian "
     "delegation said the vote was fair.", {"Ana Soto"}),
    ("two ambassadors of two states", "Ambassadors Ana Soto of Peru and Luis Vera of Chile "
     "both said the vote was fair.", {"Ana Soto", "Luis Vera"}),
    ("two people with their posts", "Ana Soto, Peru's envoy, and Luis Vera, Chile's envoy, "
     "said the vote was fair.", {"Ana Soto", "Luis Vera"}),
    ("a state's voice, its words and a colon", "The text passed 120-3-5. Peru's envoy put it "
     "bluntly: \u201cWe cannot accept this.\u201d", {"PER"}),
    ("in the words of", "The text passed 120-3-5. In the words of Peru's envoy, Ana Soto, "
     "\u201cwe cannot accept this\u201d.", {"Ana Soto"}),
    ("took the floor to vote is no speech", "The text passed 120-3-5. Peru took the chance to "
     "vote no.", set()),
]  # fmt: skip


#: The tenth round's shapes: verbs of speech and people's names in more of their forms.
#: (shape, text, speakers): the eleventh round's shapes, written for this inventory
SPEAKERS_TWELFTH = [
    (
        "both, after a question",
        "Chile and Peru voted no. What moved them? Both say the text ignores the coast.",
        {"CHL", "PER"},
    ),
    (
        "a bare ministry under a dateline with a dash",
        "LIMA - Peru voted no on Friday.\n\n"
        "In a note, the Foreign Ministry said the text ignored the coast.",
        {"PER"},
    ),
    (
        "a bare ministry under a dateline of two places",
        "NAIROBI/GENEVA, May 3 - Kenya "
        "abstained.\n\nThe Ministry of Foreign Affairs said the text came too late.",
        {"KEN"},
    ),
    (
        "its officials, not the ministry",
        "LIMA - Peru voted no on Friday.\n\n"
        "Officials at the Foreign Ministry said the text ignored the coast.",
        set(),
    ),
    (
        "a welcome in words",
        "Ghana backed the text. Foreign Minister Amara Okafor welcomed "
        "the vote in a statement on Friday.",
        {"Amara Okafor"},
    ),
    (
        "a welcome on social media, thanking",
        "Chile backed the text. Its foreign minister, Ana Soto, praised the result on Twitter.",
        {"Ana Soto"},
    ),
    (
        "addressed the meeting",
        "Peru's President Ana Soto and Chile's Foreign Minister Luis "
        "Vera addressed the summit before the vote.",
        {"Ana Soto", "Luis Vera"},
    ),
    (
        "admitted to a gerund",
        "Ghana voted yes. Amara Okafor, its envoy, admitted on Friday to "
        "having doubts about the text.",
        {"Amara Okafor"},
    ),
    (
        "admitted to the Organization is no speech",
        "Ghana and Peru, admitted to the United Nations long ago, voted yes.",
        set(),
    ),
    (
        "talks of, spoken of",
        "Peru backed the force. Lima talks of sending 500 police, and Chile has spoken of more.",
        {"CHL", "PER"},
    ),
    (
        "a welcome of the vote",
        "Chile backed the text. Peru also welcomed the outcome, and Oxfam welcomed the adoption.",
        {"PER", "Oxfam"},
    ),
    ("a welcome of a plan is no speech", "Chile welcomed the plan and the envoy.", set()),
    (
        "a similar view expressed",
        "Chile abstained. The representative of Peru expressed a similar view.",
        {"PER"},
    ),
    (
        "the seat a person speaks for, in an aside",
        "Ana Soto, for Peru, welcomes the vote.",
        {"Ana Soto"},
    ),
    (
        "a state told of inside another's words",
        "Ana Soto said in a statement that Peru welcomed the vote.",
        {"Ana Soto"},
    ),
    (
        "a group's examples after 'including'",
        "Rights groups, including Oxfam and Amnesty International, welcomed the decision.",
        set(),
    ),
    (
        "a ministry by its department's name and acronym, under a title-case dateline",
        "Quito, 3 May 2024 - Ecuador's text passed, the Department of Foreign Affairs (DFA) "
        "said in a statement.",
        {"ECU"},
    ),
    (
        "a ministry of external relations under a dated dateline",
        "Lima, Dec. 3 - Peru voted no.\n\nThe Ministry of External Relations said the vote "
        "came late.",
        {"PER"},
    ),
    (
        "a title-case line with no date is no dateline",
        "Lima Diary\n\nThe Foreign Ministry said the vote came late.",
        set(),
    ),
    (
        "floated the idea",
        "Ghana's Amara Okafor first floated the proposal at the Council in May.",
        {"Amara Okafor"},
    ),
]

SPEAKERS_ELEVENTH = [
    ("both, by a common noun", "Ghana and Peru abstained. Both capitals have argued for "
     "years that the embargo hurts the army.", {"GHA", "PER"}),
    ("the two, by a common noun", "Chile and Peru drafted the text. The two governments said "
     "it was a first step.", {"CHL", "PER"}),
    ("made it clear that", "Peru voted no. Lima made it clear that it would not back any "
     "text on the subject.", {"PER"}),
    ("made clear to", "Ghana abstained. Accra made clear to the Council that its patience was "
     "running out.", {"GHA"}),
    ("a state's short name before a deputy's title", "14:02 - UK deputy ambassador Omar "
     "Haddad welcomes the renewal, calling it overdue.", {"Omar Haddad"}),
    ("a live blog's label, for a state", "10:40 - Amara Okafor for Ghana: the text is "
     "balanced, if late.", {"Amara Okafor"}),
    ("a live blog's label, the state in brackets", "10:41 - Omar Haddad (Kenya): the text "
     "comes too late for the displaced.", {"Omar Haddad"}),
]  # fmt: skip
SPEAKERS_TENTH = [
    ("takes the floor, live", "11:05 - Amara Okafor, the new Special Envoy for the Sahel, "
     "takes the floor for the first time.", {"Amara Okafor"}),
    ("briefed the Council", "The text passed 13-0-2. Special Envoy Lena Sorvik briefed the "
     "Council after the vote.", {"Lena Sorvik"}),
    ("two people brief, the second with a lower-case title", "UNHCR's Lena Sorvik and "
     "peacekeeping chief Omar Haddad brief the Council next.", {"Lena Sorvik", "Omar Haddad"}),
    ("notes that, in live reporting, by the family name", "Special Envoy Lena Sorvik spoke "
     "first. Sorvik notes that the mission has cut violence.", {"Lena Sorvik"}),
    ("a participle calling", "The text passed 13-0-2. Kenya abstained, calling the draft "
     "premature.", {"KEN"}),
    ("made a similar case", "The text passed 13-0-2. Chile had made a similar case in the "
     "committee.", {"CHL"}),
    ("as someone put it", "The complaint, as Peru's envoy Ana Soto put it before the vote, was "
     "that the text went too far.", {"Ana Soto"}),
    ("read out a statement", "After the vote, Chile's Luis Vera read out a statement on behalf "
     "of the Rio Group.", {"Luis Vera"}),
    ("likened", "The text passed 13-0-2. Venezuelan officials have likened the measure to "
     "piracy.", {"VEN"}),
    ("framed as", "Ana Soto, the diplomat chairing the session, framed the vote as a test of "
     "credibility.", {"Ana Soto"}),
    ("restated", "The text passed 13-0-2. Ghana restated its reservations before the vote.",
     {"GHA"}),
    ("its diplomats insist, after the clause", "The text passed 13-0-2. Peru abstained. The text "
     "came too early, its diplomats insist.", {"PER"}),
    ("he after an unnamed voice is that voice", "10:40 - President Maria Lund opens the "
     "meeting. 10:58 - Peru's representative says his delegation cannot accept the text. He "
     "adds that the talks were rushed.", {"PER"}),
    ("a post with two places, then the name", "The AU's envoy to the UN in New York, Kofi "
     "Boateng, said the vote was fair.", {"Kofi Boateng"}),
    ("a post with a participle, then the name", "The Malian diplomat chairing the committee, "
     "Awa Traore, said the vote was fair.", {"Awa Traore"}),
    ("a participle after a noun is the noun's", "Chile and Peru had sought changes before the "
     "vote, pressing for language stressing that every state may decide.", set()),
    ("he in an opening clause is the subject after it", "President Maria Lund opened the "
     "session. When she announced her resignation, Special Envoy Lena Sorvik warned that the "
     "talks had stalled.", {"Lena Sorvik"}),
    ("a person's government speaks for a state only when the state is known", "But Prime "
     "Minister Tomas Verhoef's government has said it wants the trials.", set()),
    ("both, with a verb joined after a clause", "Chile and Peru drafted the text. Both have "
     "close ties to the region and have argued that talks must go on.", {"CHL", "PER"}),
    ("a clause after a dash", "The only no was Cuba's - Havana has long opposed the text and "
     "says it singles out one region.", {"CUB"}),
    ("each of the subject", "In the end Ghana, Peru and Chile voted in favour, though each "
     "voiced its reservations.", {"GHA", "PER", "CHL"}),
    ("all of which", "Supporters such as Ghana, Peru and Chile, all of which said on Friday "
     "that it helps, won the vote.", {"GHA", "PER", "CHL"}),
    ("state television", "Syria's state television called the vote illegal.", {"SYR"}),
    ("the plural present before its clause's subject", "The text passed 13-0-2. Havana and "
     "Caracas say they will not recognise it.", {"CUB", "VEN"}),
    ("among them", "The text passed 13-0-2. Several delegations, Chile and Peru among them, "
     "say they regret the outcome.", {"CHL", "PER"}),
    ("has taken the floor", "11:02 - Secretary-General Amina Diallo has taken the floor before "
     "the vote.", {"Amina Diallo"}),
    ("is speaking", "11:02 - Update: Ana Soto of Peru is speaking.", {"Ana Soto"}),
    ("at the podium", "10:22 - Chile's representative is at the podium.", {"CHL"}),
    ("presented as", "The text passed 13-0-2. Chile presented the measure as a lifesaver.",
     {"CHL"}),
    ("presenting it as is the text's aim", "Japan has put forward a text every year, presenting "
     "it as a bridge.", set()),
    ("warned against", "The text passed 13-0-2. Moscow has repeatedly warned against one-sided "
     "steps.", {"RUS"}),
    ("denied that", "The text passed 13-0-2. Khartoum has denied that the suspects are in the "
     "country.", {"SDN"}),
    ("set out objections", "The text passed 13-0-2. Germany, speaking for the European Union, "
     "set out the bloc's objections.", {"DEU"}),
    ("made a similar argument", "The text passed 13-0-2. Chile made a similar argument.",
     {"CHL"}),
    ("and other members", "Hostility grew in Europe and North America, Peru and other Andean "
     "members argued.", {"PER"}),
    ("a state's speaker", "The Bolivian speaker tells the hall the text is a debt.", {"BOL"}),
    ("a group's examples do not speak", "Groups such as Amnesty International say they will "
     "press governments.", set()),
    ("a bare ministry in a text a capital datelines", "Vote backed\nLIMA, May 3 - The Foreign "
     "Office said the vote was a victory.", {"PER"}),
    ("a bare ministry with no dateline speaks for no one told", "The Foreign Office said the "
     "vote was a victory.", set()),
    ("a ministry by its building", "The text passed 13-0-2. Itamaraty insists the vote changes "
     "nothing.", {"BRA"}),
    ("the leaders of a group speak for it", "Six members abstained. The abstainers, led by "
     "Havana and Caracas, argued that the text went too far.", {"CUB", "VEN"}),
    ("announced an act is no statement", "In October the European Union announced an arms "
     "embargo.", set()),
    ("announced that", "Kazakhstan announced on Monday that it would leave the body.",
     {"KAZ"}),
    ("a possessive's supporters are not the owner", "President Jules Ferrand wants a third "
     "term. Opponents hailed the vote, while Ferrand's supporters dismissed it as meddling and "
     "said they would go on.", set()),
    ("a person's government with an adverb", "President Jules Ferrand's government has long "
     "described the embargo as a handicap.", set()),
    ("one of a group in apposition", "11:31 - Chile's Ana Soto, one of the three penholders "
     "alongside Peru and Mexico, calls the vote a clear message.", {"Ana Soto"}),
    ("her delegation, told by her", "Peru's ambassador, Ana Soto, said her delegation "
     "regretted the outcome.", {"Ana Soto"}),
    ("her government, in a clause of its own", "Peru's ambassador, Ana Soto, told the hall the "
     "text was a disgrace, and her government has said it will keep building.",
     {"Ana Soto", "PER"}),
    ("said no before a semicolon is a ballot", "The text passed 13-1-1. Only Chile said no; "
     "Peru abstained.", set()),
    ("an honour inside a title", "The committee, first chaired by Britain's ambassador Sir Alan "
     "Brewster, asked every government to report.", set()),
    ("a name and an adjective's voice are two phrases", "Ghana said the matter was internal "
     "for Chile and Peru, and the Russian and Chinese envoys argued that it was.",
     {"GHA", "RUS", "CHN"}),
    ("at pains to stress", "Chilean officials have been at pains to stress that Santiago "
     "backs the plan.", {"CHL"}),
    ("went out of their way to insist", "Peru had waited years, and its diplomats went out of "
     "their way this week to insist that the vote was procedural.", {"PER"}),
    ("assured the Council that", "Foreign Minister Petra Lind assured the Council that the "
     "troops would leave.", {"Petra Lind"}),
    ("a position repeated by someone", "Chile's position, repeated in the chamber by deputy "
     "ambassador Luis Vera, is that the mission needs a head.", {"Luis Vera"}),
    ("two states' possessives before one voice", "Speaking after the vote, Ghana's and "
     "Kenya's representatives said the rollover failed Libya.", {"GHA", "KEN"}),
    ("they, for the sentence's subject", "Chile and Mexico both objected to the plan when, "
     "they said, the talks were still open.", {"CHL", "MEX"}),
    ("a state's word before a lower-case rank is the title's", "\u201cIt is fair,\u201d U.S. "
     "deputy ambassador Lena Sorvik said.", {"Lena Sorvik"}),
]  # fmt: skip

#: (shape, text, people named)
#: (shape, text, people): the eleventh round's shapes, written for this inventory
PEOPLE_ELEVENTH = [
    ("a post with 'general' after it", "The commission's inspector general, Marta Ilves, told "
     "the board the audit had failed.", {"Marta Ilves"}),
    ("a director general", "The agency's director general, Pavel Novak, said the inspectors "
     "lacked access.", {"Pavel Novak"}),
    ("a family name that is a state's adjective, after a post", "Britain's envoy, Tom Irish, "
     "spoke against the text.", {"Tom Irish"}),
    ("a family name that is a state's adjective, after a title", "Ambassador Carla German said "
     "the vote was premature.", {"Carla German"}),
    ("two titles stacked", "Chile's Permanent Representative Ambassador Pablo Reyes introduced "
     "the text.", {"Pablo Reyes"}),
    ("three titles stacked", "Deputy Special Envoy Ambassador Lena Sorvik briefed the Council.",
     {"Lena Sorvik"}),
    ("a name with its acronym in brackets is no person", "Talks belong in the Convention on "
     "Certain Conventional Weapons (CCW) in Geneva.", set()),
    ("a thing's name after 'the' is no person", "Members endorsed the Joint Plan of Kenya "
     "for the region.", set()),
    ("a thing's name after 'the', before 'of the'", "The Council asked the Secretary-General "
     "to prepare the Seventh Meeting of the States Parties.", set()),
    # the twelfth round's: people without a title, by what befalls them or what is theirs; a
    # calling after the name; a state's possessive before a name and "are"; a headline's words
    ("the passive of what befalls a person", "Talks resumed after Omar Haddad was arrested "
     "near the border.", {"Omar Haddad"}),
    ("the passive of a thing is no person", "The Code against Missile Proliferation was "
     "adopted.", set()),
    ("a person's court", "The ball is now in Omar Haddad's court.", {"Omar Haddad"}),
    ("a calling after the name", "The annex lists Pablo Reyes, the former police officer.",
     {"Pablo Reyes"}),
    ("a state's possessive and 'are'", "Chile's Pablo Reyes and Peru's Ana Soto are here.",
     {"Pablo Reyes", "Ana Soto"}),
    ("a title-case headline's words are no name", "Council Adopts Text Obliging States to "
     "Stem Flow of Foreign Fighters\n\nThe vote was unanimous.", set()),
]  # fmt: skip
PEOPLE_TENTH = [
    ("a state's three-word name, then a present verb", "Kenya's Amina Wanjiru Odhiambo goes "
     "further.", {"Amina Wanjiru Odhiambo"}),
    ("a name before a modal", "Tomas Verhoef will remain chief prosecutor until 2026.",
     {"Tomas Verhoef"}),
    ("a name before should", "If even its friends abstain, Radovan Petric should understand "
     "how alone he is.", {"Radovan Petric"}),
    ("a body's legal counsel", "The court's legal counsel, Ingrid Falk, left the talks.",
     {"Ingrid Falk"}),
    ("a then-ambassador", "In 2018 her then-envoy to the U.N., Carla Mendes, quit the body.",
     {"Carla Mendes"}),
    ("a lower-case coordinator", "Peru, through political coordinator Nora Quist, backed the "
     "renewal.", {"Nora Quist"}),
    ("a politician in apposition", "The Council named Anton Weber, the Austrian politician, "
     "to the post.", {"Anton Weber"}),
    ("whom a post passes from", "Anton Weber was chosen to succeed Pieter Hals in the post.",
     {"Pieter Hals"}),
    ("a job held in the present", "Amara Diallo heads the new government as prime minister.",
     {"Amara Diallo"}),
    ("a deputy special representative", "The Council thanked Deputy Special Representative "
     "Nora Quist for her work.", {"Nora Quist"}),
    ("a colleague", "His Chilean colleague, Ana Maria Soto, went further.", {"Ana Maria Soto"}),
    ("a post whose name has and", "The High Representative for Foreign Affairs and Security "
     "Policy, Lena Sorvik, spoke.", {"Lena Sorvik"}),
    ("the Secretary-General, then the name", "The Council handed the new Secretary-General, "
     "Amara Diallo Keita, a task.", {"Amara Diallo Keita"}),
    ("the Government of a person", "The Assembly suspended the Government of Radovan Petric "
     "in March.", {"Radovan Petric"}),
    ("a death in custody", "The protests followed the death in custody of Leyla Karimi.",
     {"Leyla Karimi"}),
    ("what befalls a person", "The bomb that killed Omar Haddad was never claimed.",
     {"Omar Haddad"}),
    ("a mandate's holder", "Amara Okafor, the first holder, set the working methods.",
     {"Amara Okafor"}),
    ("a person and his own", "The report of Ingrid Falk and her two fellow experts was "
     "damning.", {"Ingrid Falk"}),
    ("a post on a subject, then the name", "His Special Envoy on Water Rights, Lena Sorvik, "
     "spoke.", {"Lena Sorvik"}),
    ("both after a state's person", "Chile and Peru's Ana Soto both objected to the text.",
     {"Ana Soto"}),
    ("all forms of is no name", "The Convention on the Elimination of All Forms of Racial "
     "Discrimination stays in force.", set()),
]  # fmt: skip


def _all_speakers(text: str) -> set[str]:
    result = extract(text, article_date=date(2024, 3, 8))
    return {
        f.fields["speaker"]["key"]
        for f in result.facts_of("statement")
        if f.fields["speaker"]["kind"] in ("person", "state", "organization")
    }


@pytest.mark.parametrize(
    ("shape", "text", "expected"), SPEAKERS_EIGHTH, ids=[r[0] for r in SPEAKERS_EIGHTH]
)
def test_speakers_eighth_round(shape, text, expected):
    assert _all_speakers(text) == expected, shape


def test_an_unnamed_diplomat_from_a_capital_speaks_for_its_state():
    text = "A diplomat from Nairobi explained that the region wanted dialogue."
    result = extract(text, article_date=date(2024, 3, 8))
    assert [f.fields["speaking_for"] for f in result.facts_of("statement")] == ["KEN"]


#: (text, the state an unnamed speaker speaks for, or None)
UNNAMED = [
    ("An Ecuadorian delegate said the vote was a step forward.", "ECU"),
    ("A Kenyan diplomat told reporters the text was fair.", "KEN"),
    ("One Latin American diplomat said the vote was close.", None),
    ("One European envoy said the text was weak.", None),
    # a ministry's official in a capital speaks for the government seated there
    ("A Foreign Ministry official in Quito said the vote was a step forward.", "ECU"),
    # the ninth round's: a representative, in live reporting
    (
        "12:40 - A Peruvian representative says in explanation of vote that Lima cannot back it.",
        "PER",
    ),
    # the tenth round's: a body spoken for, and words between a quote and its verb
    (
        "\u201cIt sends the wrong signal,\u201d a Chilean diplomat speaking for the European "
        "Union told the Assembly.",
        "CHL",
    ),
]


def _speakers(text: str) -> set[str]:
    result = extract(text, article_date=date(2024, 3, 8))
    return {
        f.fields["speaker"]["key"]
        for f in result.facts_of("statement")
        if f.fields["speaker"]["kind"] in ("person", "state")
    }


@pytest.mark.parametrize(("shape", "text", "expected"), SPEAKERS, ids=[r[0] for r in SPEAKERS])
def test_speakers(shape, text, expected):
    assert _speakers(text) == expected, shape


@pytest.mark.parametrize(
    ("shape", "text", "expected"),
    PEOPLE + PEOPLE_TENTH + PEOPLE_ELEVENTH,
    ids=[r[0] for r in PEOPLE + PEOPLE_TENTH + PEOPLE_ELEVENTH],
)
def test_people(shape, text, expected):
    result = extract(text, article_date=date(2024, 3, 8))
    assert {f.fields["name"] for f in result.facts_of("person")} == expected, shape


#: (text, organisations named: the UN's organs are ``organ`` facts)
BODIES = [
    ("The Fourth Committee approved the draft on Western Sahara in November.",
     {"Fourth Committee"}),
    ("The Council renewed the mandate of UNIFIL for a year.", {"UNIFIL"}),
    ("Only Congress can lift the embargo, the U.S. delegate said.", {"United States Congress"}),
    ("The old Human Rights Commission had named a rapporteur.", {"Commission on Human Rights"}),
    ("The Peacebuilding Commission and SADC welcomed the vote.",
     {"Peacebuilding Commission", "Southern African Development Community"}),
    ("The United Nations said the Security Council voted on Friday.", {"United Nations"}),
    ("The World Uyghur Congress welcomed the debate.", {"World Uyghur Congress"}),
    ("The European Community and the Polisario Front welcomed the plan.",
     {"European Community", "Polisario Front"}),
    ("The Council extended the ICTY's mandate.",
     {"International Criminal Tribunal for the former Yugoslavia"}),
    # organisations the lexicon lacks, by a capitalised name with an organisation's word
    ("The Andean Water Forum and the Kivu Peace Coalition welcomed the vote.",
     {"Andean Water Forum", "Kivu Peace Coalition"}),
    ("The Working Group on Arbitrary Detention and the Office of the Special Envoy for Yemen "
     "were briefed.", {"Working Group on Arbitrary Detention", "Office of the Special Envoy "
                       "for Yemen"}),
    ("The UN Interim Force in Lebanon stays.", {"UNIFIL"}),
    ("The UN Assistance Mission for Rwanda left.", {"UNAMIR"}),
    ("The Third Committee in New York voted on Tuesday, and the Council on Haiti met.",
     {"Third Committee"}),
    ("The Geneva-based Council heard the Permanent Mission of Chile.", set()),
    ("Council Votes To Extend Peacekeeping Mission In Chad\n\nThe Council voted on Friday.",
     set()),
    # a name's "to" or "at" phrase, unless it tells where the body went or whom it addresses
    ("The Kivu Campaign to End Impunity and the Regional Office at Dakar objected.",
     {"Kivu Campaign to End Impunity", "Regional Office at Dakar"}),
    ("Moscow sent the Wagner Group to Mali; the Arab Group to the United Nations objected.",
     {"Wagner Group", "Arab Group", "United Nations"}),
    ("The amendment struck a line on the UN Office at Vienna and the Kivu Office at Goma.",
     {"United Nations Office at Vienna", "Kivu Office at Goma"}),
    ("The UN Special Committee against Apartheid met.", {"Special Committee against Apartheid"}),
    # a body after another body's possessive is the body itself
    ("The draft cleared the Assembly's Fourth Committee in November.", {"Fourth Committee"}),
    # so after an acronym's or a state's possessive; a state's possessive before a head that
    # is no name leaves no body
    ("Ships of NATO's Standing Maritime Group patrolled. ECOWAS's Standby Force waited.",
     {"NATO", "Standing Maritime Group", "Economic Community of West African States",
      "Standby Force"}),
    ("A shift in Beijing's Council tactics was plain.", set()),
    # the OSCE's forerunner, by either spelling and its initials
    ("Monitors of the Conference on Security and Cooperation in Europe left; the CSCE "
     "protested.", {"Conference on Security and Co-operation in Europe"}),
    # the gazetteer's body in a state: the body
    ("Troops joined the UN Protection Force in Croatia.", {"UNPROFOR"}),
    ("Leaders of the Group of 20 and the Group of 7 met.", {"Group of Twenty", "Group of Seven"}),
    # a newsletter's masthead in capitals is a title, not the body speaking or acting
    ("THE UN BRIEFING | Tuesday edition\n\nThe Council met on Monday.", set()),
    ("U.N. WEEK IN REVIEW - Friday\n\nThe UN said the Council met.", {"United Nations"}),
    # a byline on a line of its own says where the writer sits; the same words in a live
    # blog's entry, or the body named again in the story, still name it
    ("Kenya wins its seat\nFrom our correspondent at the United Nations\n\nThe Council met.",
     set()),
    ("Kenya wins its seat\nBy our UN correspondent\n\nThe UN budget was cut.",
     {"United Nations"}),
    ("09:40 A note from our UN correspondent: the Council met.", {"United Nations"}),
    ("Members of the Congress Party objected.", {"Congress Party"}),
    ("The Committee on the Rights of the Child and the Committee of Ministers met.",
     {"Committee on the Rights of the Child", "Committee of Ministers"}),
    ("Delegates of the Kivu Peace Coalition met the Security Council Committee.",
     {"Kivu Peace Coalition"}),
    # a body of a body the lexicon knows: two bodies, even across a wrapped line
    ("The co-chairs of the Prespa Group of the Organization for Security and Co-operation\n"
     "in Europe met.", {"Prespa Group", "Organization for Security and Co-operation in "
                        "Europe"}),
    # the eleventh round's: "U.N." opens a name; an "Arrangement"; a press release's headline
    # with its connectors in lower case; "UN Council" is the organ named short
    ("The U.N. Verification Mission in Yemen counted the strikes.",
     {"United Nations Verification Mission in Yemen"}),
    ("Members of the Nordic Export Arrangement objected.", {"Nordic Export Arrangement"}),
    ("Council Renews Mandate of Peace Mission in Western Sahara until October 2025, with Two "
     "Abstentions\n\nThe Council voted 13-0-2.", set()),
    ("UN Council narrowly demands that the troops leave", {"United Nations"}),
    # the twelfth round's: armed groups and movements the Council's texts and sanctions lists
    # name are bodies, by any of their spellings; so are creditor clubs and UN departments
    ("The text names Hizbullah and the March 23 Movement, not the FDLR.",
     {"Hezbollah", "M23", "FDLR"}),
    ("Fighters of ISIL and al-Qaeda moved south; Da'esh denied it.",
     {"Islamic State in Iraq and the Levant", "Al-Qaida"}),
    ("Al Shabaab and Hamas were not named; the Nusra Front was.",
     {"Al-Shabaab", "Hamas", "Al-Nusrah Front"}),
    ("Creditors of the Paris Club and the OECD met the East African Community.",
     {"Paris Club", "Organisation for Economic Co-operation and Development",
      "East African Community"}),
    ("It thanks the UN Department of Public Information and the International Seabed "
     "Authority.", {"Department of Public Information", "International Seabed Authority"}),
    ("The report of a high-level panel on threats, challenges and change came out.",
     {"High-level Panel on Threats, Challenges and Change"}),
    # two of the lexicon's bodies joined by "and" or a possessive are two bodies, not one
    # name the lexicon lacks; a body named only inside an instrument's name is not named
    ("The OSCE's Minsk Group and NATO and Western European Union ships patrolled.",
     {"Organization for Security and Co-operation in Europe", "Minsk Group", "NATO",
      "Western European Union"}),
    ("It cites the UN Charter, the U.N. Convention on the Law of the Sea and the Charter of "
     "the United Nations.", set()),
    ("The UN said the UN Charter was breached.", {"United Nations"}),
    ("Groups from HelpAge International to ARTICLE 19 and DefendDefenders objected.",
     {"HelpAge International", "ARTICLE 19", "DefendDefenders"}),
    # a count opening a sentence is no part of a name; a state's possessive before the
    # lexicon's body leaves the body
    ("Two Council members abstained. Several Forum diplomats objected.", set()),
    ("South Africa's African National Congress welcomed the text.",
     {"African National Congress"}),
    # the rights office named short, as Human Rights Council texts name it
    ("The Council asked for access for the Office of the High Commissioner.",
     {"Office of the United Nations High Commissioner for Human Rights"}),
    ("Iraq's oil revenue will pay the Compensation Commission in Geneva.",
     {"United Nations Compensation Commission"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), BODIES)
def test_bodies(text, expected):
    result = extract(text, article_date=date(2024, 3, 8))
    named = {f.fields["key"] for f in result.facts if f.type == "organization"}
    assert named == expected


@pytest.mark.parametrize(("text", "state"), UNNAMED)
def test_an_unnamed_speaker_speaks_for_the_state_its_adjective_names(text, state):
    result = extract(text, article_date=date(2024, 3, 8))
    statements = result.facts_of("statement")
    assert [(f.fields["speaker"]["kind"], f.fields["speaking_for"]) for f in statements] == [
        ("anonymous", state)
    ]


def test_an_unnamed_official_scores_as_the_state_it_speaks_for():
    """The gold lists "a Kenyan diplomat said" as Kenya speaking (kg.extract.gold)."""
    from kg.extract.gold import read_gold_text
    from kg.extract.scoring import score_gold

    text = "A Kenyan diplomat told reporters the text was fair. One European envoy agreed."
    gold = read_gold_text("format: dkg-gold/1\npublished: 2024-03-08\nspeakers: [KEN]\n", "g")
    scores = score_gold(extract(text, article_date=date(2024, 3, 8)), gold, text)
    statement = scores["statement"]
    assert (statement.true_positives, statement.missed, statement.wrong) == (1, [], [])


@pytest.mark.parametrize(
    ("shape", "text", "expected"),
    SPEAKERS_NINTH + SPEAKERS_TENTH + SPEAKERS_ELEVENTH + SPEAKERS_TWELFTH,
    ids=[r[0] for r in SPEAKERS_NINTH + SPEAKERS_TENTH + SPEAKERS_ELEVENTH + SPEAKERS_TWELFTH],
)
def test_speakers_ninth_and_tenth_rounds(shape, text, expected):
    assert _all_speakers(text) == expected, shape


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Peru voted no. A Peruvian diplomat in the hall told reporters the vote was a message.",
         "PER"),
        ("Ghana abstained. A Ghanaian delegate at the stakeout said the text went too far.",
         "GHA"),
    ],
)  # fmt: skip
def test_an_unnamed_voice_where_it_stands_speaks_for_its_state(text, state):
    result = extract(text, article_date=date(2024, 3, 8))
    assert [f.fields["speaking_for"] for f in result.facts_of("statement")] == [state]


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("UN Assistance Mission in Afghanistan", "UNAMA"),
        ("U.N. Interim Force in Lebanon", "UNIFIL"),
        ("Office of the UN High Commissioner for Refugees",
         "United Nations High Commissioner for Refugees"),
    ],
)  # fmt: skip
def test_a_body_spelled_with_un_is_the_one_spelled_with_united_nations(name, key):
    from kg.extract.scoring import body_key

    assert body_key(name) == key


#: (shape, text, speakers): the thirteenth round's shapes
SPEAKERS_THIRTEENTH = [
    ("a deputy's voice for its state", "The Security Council renewed the mission; Chile "
     "abstained. Chile's deputy ambassador said the mandate was too broad.", {"CHL"}),
    ("a deputy permanent representative's voice", "The Security Council renewed the mission; "
     "Britain abstained. Britain's deputy permanent representative told the Council that the "
     "mandate was too broad.", {"GBR"}),
    ("made the same point", "The Security Council renewed the mission; Ghana and Kenya "
     "abstained. Ghana and Kenya made the same point: the mandate was too broad.",
     {"GHA", "KEN"}),
    ("made a point of is no statement", "The Security Council renewed the mission. Ghana made "
     "a point of voting first.", set()),
    ("a letter to the Council", "The Security Council renewed the mission. In May President "
     "Ana Soto wrote to the Council asking for more troops.", {"Ana Soto"}),
    ("a letter from a judge named after her post", "The Security Council renewed the "
     "mission. The court's president, Judge Lena Sorvik, wrote to the council asking for "
     "help.", {"Lena Sorvik"}),
    ("writing to someone else is no statement", "The Security Council renewed the mission. "
     "Ana Soto wrote to her sister about it.", set()),
    ("made plain with no 'that'", "The Security Council renewed the mission. Beijing has "
     "made plain it regards the matter as closed.", {"CHN"}),
    ("made clear an object", "The Security Council renewed the mission. Ghana made clear its "
     "unease with the mandate.", {"GHA"}),
    ("made no secret of", "The Security Council renewed the mission. Beijing has made no "
     "secret of its discomfort with the mandate.", {"CHN"}),
    ("a veto made plain is a stance, not a statement", "The Security Council renewed the "
     "mission. Beijing has made plain it would block any stronger text.", set()),
    ("a capital that needs context, in a sentence of an embargo and officials", "The "
     "Security Council extended the measures. Officials in Mogadishu have pressed for the "
     "embargo to be lifted, arguing that it leaves their forces outgunned.", {"SOM"}),
    ("a welcome of the resolution, as of its adoption", "The Security Council renewed the "
     "mission. Speaking for the African members, the representative of Kenya welcomed the "
     "resolution's attention to civilians.", {"KEN"}),
    ("a welcome of a person is still no statement", "The Security Council renewed the "
     "mission. Kenya welcomed the new envoy.", set()),
    ("a relative clause's second verb after 'has long'", "The Security Council renewed the "
     "mission. Both members have close ties with Ghana, which backs the miners and has long "
     "complained that the text is unfair.", {"GHA"}),
]  # fmt: skip


@pytest.mark.parametrize(
    ("shape", "text", "expected"), SPEAKERS_THIRTEENTH, ids=[r[0] for r in SPEAKERS_THIRTEENTH]
)
def test_speakers_thirteenth_round(shape, text, expected):
    assert _all_speakers(text) == expected, shape


#: (shape, text, people named): the thirteenth round's shapes
PEOPLE_THIRTEENTH = [
    ("a post after 'as' with its owner's possessive", "The Security Council voted on Friday "
     "and reappointed Ana Soto as the tribunal's prosecutor.", {"Ana Soto"}),
    ("the trials of two people", "The Security Council voted on Friday. The verdicts in the "
     "trials of Marko Petric and Luis Vera matter more.", {"Marko Petric", "Luis Vera"}),
    ("a prosecutor's title in lower case", "The Security Council voted on Friday. Belgrade "
     "refused visas to investigators sent by chief prosecutor Lena Sorvik.", {"Lena Sorvik"}),
    ("a post owned by a person named before", "The Security Council voted on Friday. "
     "Secretary-General Ana Soto's special envoy, Luis Vera, welcomed the vote.",
     {"Ana Soto", "Luis Vera"}),
    ("a name whose family name is used alone with a possessive", "The Security Council "
     "imposed a travel ban on Marko Petric on Friday. Petric's officers were urged to "
     "defect.", {"Marko Petric"}),
    ("a group's name after 'the' is no person", "The Security Council froze the assets of the "
     "Red Hand. Beijing, long the Red Hand's patron, abstained.", set()),
    ("two full names with one family name: whose is untold", "The Security Council imposed "
     "a travel ban on Marko Petric and on Ana Petric. Petric's lawyers objected.", set()),
]  # fmt: skip


def test_the_envoy_of_a_person_named_before_speaks_not_the_person():
    text = (
        "The Security Council voted on Friday. Secretary-General Ana Soto's special envoy, "
        "Luis Vera, welcomed the vote, saying it mattered."
    )
    assert _all_speakers(text) == {"Luis Vera"}


#: (text, organisations named): bodies the gazetteer gained in the thirteenth round
BODIES_THIRTEENTH = [
    ("The Council kept the exemption for AMISOM troops in Somalia.",
     {"African Union Mission in Somalia"}),
    ("The force was to help the Afghan Interim Authority keep order in Kabul.",
     {"Afghan Interim Authority"}),
    ("The Council condemned the bombing, which Madrid first blamed on ETA.",
     {"Euskadi Ta Askatasuna"}),
    ("The Assembly backed its cooperation with the Central European Initiative (CEI).",
     {"Central European Initiative"}),
    ("The U.N. Centre for Human Rights in Geneva was short of staff.",
     {"United Nations Centre for Human Rights"}),
    ("All three judges came from the Western European and Other States group.",
     {"Western European and Others Group"}),
]  # fmt: skip


#: (shape, text, people named): the fourteenth round's shapes
PEOPLE_FOURTEENTH = [
    ("appositive posts in a list split by semicolons", "The Assembly heard two candidates: "
     "Marko Petric, Serbia's foreign minister; Lena Sorvik, the Swedish head of a UN agency; "
     "and nobody else.", {"Marko Petric", "Lena Sorvik"}),
    ("a post owned by a body named in two lower-case words", "The Council voted on Friday, "
     "ignoring the regional organisation's special envoy, Ana Soto.", {"Ana Soto"}),
    ("a post owned by a hyphenated title, with a field in one word", "The Council voted on "
     "Friday. The Secretary-General's special adviser on drought, Luis Vera, was absent.",
     {"Luis Vera"}),
    ("a day before a name that acts", "The Council voted on Friday. On Thursday Ana "
     "Soto-Vera presented her report.", {"Ana Soto-Vera"}),
    ("an article before a post that acts is no name", "The Council voted on Friday. The "
     "Special Rapporteur will present her report.", set()),
    ("a list of names after 'the families of'", "The Council voted on Friday. The families of "
     "Ana Soto, Luis Vera, Juan de la Cruz and Rosa Diaz have waited for years.",
     {"Ana Soto", "Luis Vera", "Juan de la Cruz", "Rosa Diaz"}),
]  # fmt: skip


def test_a_quote_before_and_said_belongs_to_the_subject_before_it():
    text = (
        "The Assembly adopted the text. Peru's envoy, Ana Soto, called the text \"a politically "
        'motivated exercise," and said Chile and Fiji were using the Assembly.'
    )
    assert _all_speakers(text) == {"Ana Soto"}


PEOPLE_FIFTEENTH = [
    ("a full name first met as an object, then its family name speaking", "The host country "
     "refused Tomas Vidal Ortega a visa. Ortega said on Friday that he would speak by video.",
     {"Tomas Vidal Ortega"}),
    ("the family name speaking after an aside", "Talks stalled after the rebels drove Omar "
     "Haddad from the capital. Haddad, who fled to the coast in March, told reporters the vote "
     "was a betrayal.", {"Omar Haddad"}),
    ("the family name speaking in the present, with an adverb", "Delegates barely mentioned "
     "Lena Sorvik until the vote. Sorvik later says the result vindicates her.", {"Lena Sorvik"}),
    ("a family name with its particle, told without it", "Sanctions on Karim al-Rashed were "
     "lifted in May. Rashed's lawyers welcomed the decision.", {"Karim al-Rashed"}),
    ("a sentence's first word run into the name", "With Karim al-Rashed out of office since "
     "May, the vote went ahead. Rashed's allies boycotted it.", {"Karim al-Rashed"}),
    ("a place's last word is no speaker", "The vote was taken in Port Vila. Vila said nothing "
     "about it.", set()),
    ("words of a title after a year are no name", "The Assembly recalled the 2005 and 2010 "
     "Review Meetings of the States Parties to the convention.", set()),
    ("words of a title after its first words and 'and' are no name", "Members backed the "
     "Gradual and Orderly Withdrawal of UNMISS by the end of the year.", set()),
    ("a group of a title after 'and' is no name", "The panel hears the Rural Poor and "
     "Landless Workers of the Sahel every year.", set()),
    ("a state and a person of a state", "Delegates heard the United States and Ana Soto of "
     "Peru before the vote.", {"Ana Soto"}),
    ("a family name that never speaks alone names no one", "Monday's meeting honoured Ana "
     "Soto. Soto was on everyone's lips.", set()),
]  # fmt: skip


@pytest.mark.parametrize(
    ("shape", "text", "expected"),
    PEOPLE_THIRTEENTH + PEOPLE_FOURTEENTH + PEOPLE_FIFTEENTH,
    ids=[r[0] for r in PEOPLE_THIRTEENTH + PEOPLE_FOURTEENTH + PEOPLE_FIFTEENTH],
)
def test_people_of_the_thirteenth_to_fifteenth_rounds(shape, text, expected):
    result = extract(text, article_date=date(2024, 3, 8))
    assert {f.fields["name"] for f in result.facts_of("person")} == expected, shape


#: (text, organisations named): the fifteenth round's shapes of names the gazetteer lacks
BODIES_FIFTEENTH = [
    # a name with three "of"/"on"/"for" phrases after its head
    ("The Committee on the Protection of the Rights of All Migrant Workers met in Geneva.",
     {"Committee on the Protection of the Rights of All Migrant Workers"}),
    ("Delegates praised the Board for the Review of the Accounts of the Peace Missions.",
     {"Board for the Review of the Accounts of the Peace Missions"}),
    # divisions, departments, panels and teams of an organisation
    ("The report was written by the Division for Treaty Affairs of the Legal Office.",
     {"Division for Treaty Affairs of the Legal Office"}),
    ("Staff of the Department of Political Affairs briefed the Council.",
     {"Department of Political Affairs"}),
    ("The Panel on Water Security and the Joint Identification Team reported twice.",
     {"Panel on Water Security", "Joint Identification Team"}),
    # a sanctions committee's panel named by its task alone is no body of its own
    ("The Council renewed the mandate of the Panel of Experts until March.", set()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), BODIES_THIRTEENTH + BODIES_FIFTEENTH)
def test_bodies_of_the_thirteenth_and_fifteenth_rounds(text, expected):
    result = extract(text, article_date=date(2024, 3, 8))
    assert {f.fields["key"] for f in result.facts if f.type == "organization"} == expected


#: (shape, text, states spoken for): "Congo" as news shorthand for the DRC
CONGO_SHORTHAND = [
    ("the shorthand's government, the capital named", "The Council extended the arms embargo on "
     "Friday. Congo's government said it would appeal, and officials in Kinshasa agreed.",
     {"COD"}),
    ("an unnamed diplomat by the adjective, the full name told", "The Council renewed the "
     "mission in the Democratic Republic of the Congo on Monday. A Congolese diplomat told "
     "reporters the mandate was too short.", {"COD"}),
    ("the shorthand alone after the abbreviation", "The DRC mission was renewed. Congo "
     "welcomed the vote but warned that the rebels were advancing.", {"COD"}),
    ("both Congos named: the shorthand is no one's", "Delegates of the DRC and of the Republic "
     "of the Congo met. Congo said the talks had failed.", set()),
    ("no DRC told: the shorthand is no one's", "The Council voted on Friday. Congo said the "
     "text was weak.", set()),
]  # fmt: skip


@pytest.mark.parametrize(
    ("shape", "text", "expected"), CONGO_SHORTHAND, ids=[r[0] for r in CONGO_SHORTHAND]
)
def test_congo_in_a_text_about_the_drc_speaks_for_the_drc(shape, text, expected):
    result = extract(text, article_date=date(2024, 3, 8))
    spoken_for = {f.fields["speaking_for"] for f in result.facts_of("statement")}
    assert spoken_for - {None} == expected, shape


#: (shape, text, speakers): a Korean name's family name comes first and speaks alone
KOREAN_FAMILY_NAMES = [
    ("a titled name, then its family name with an honorific", "Ambassador Kwon Min-jae spoke "
     "first. Later, Mr. Kwon said the text was balanced.", {"Kwon Min-jae"}),
    ("an untitled name, then its family name speaking after an aside", "The Council heard "
     "Choe Son-mi on Monday. Choe, who chairs the committee, told reporters it was late.",
     {"Choe Son-mi"}),
    ("a Western name keeps its last word", "Delegates heard Lena Park on Monday. Park said "
     "the text was late.", {"Lena Park"}),
]  # fmt: skip


@pytest.mark.parametrize(
    ("shape", "text", "expected"), KOREAN_FAMILY_NAMES, ids=[r[0] for r in KOREAN_FAMILY_NAMES]
)
def test_a_korean_family_name_speaks_for_the_full_name(shape, text, expected):
    assert _all_speakers(text) == expected, shape
