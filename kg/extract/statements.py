"""Statements: who speaks — in a quote or in reported speech — and for whom.

Quotes: "“…,” X said" and "X said: “…”" (the speaker right before or after the speech verb;
"…," he said takes the last person named; "…," the group said the organisation named in
that sentence or the one before). Reported speech: a speaker right before a speech
verb ("Nebenzia said", "Samantha Power explained", "Ayrault told reporters", "Rice called
the vote unfortunate", "Churkin dismissed the initiative as …"), allowing dates, adverbs, a
state ("Susan Rice of the United States said") and asides in between ("Peter Woolcott of
Australia, who presided over the conference, said");
the subject of the clause for a coordinated or participle verb ("…, and said", "…,
saying"); the person last named for "She told delegates". A state, its capital, its
delegation, envoy, diplomats or foreign ministry ("Belarus's envoy", "the Austrian
delegation", "Peruvian diplomats", "Israeli officials"), or "the representative of X"
speaks for X; "a French diplomat" is one unnamed person, who speaks for France (the
statement's ``speaking_for``; its speaker stays anonymous), and so does "the Dutch
ambassador" unless the text names him ("…," he said after it is he too). Adverbs ("has long
said"), ", for example," and an appositive ("Norway, the current chair, insisted") may stand
before the verb. The speaker may also follow the verb after a clause ("The text was
unbalanced, said Russia's envoy, X"), a colon ("X to reporters: “…”") or "According to
X"; "the foreign ministry of X", "the Ministry of Foreign Affairs of X", "X's mission to the
UN", "the Foreign Ministry in Nairobi", "the British Foreign Office", "a spokesman for the
Kenyan foreign ministry" and "X was quoted as saying" speak for X, and so do "X's foreign
minister" unnamed and "diplomats from X" after "according to"; "supporters of X" speak for
themselves. More verbs tell: "observed", "reminded delegates that", "underscored",
"predicted that", "informed the Council that", "charged that", "shot back", "defended the
tribunal", "praised", "criticised the court as biased", "presented her report". An
organisation speaks as a body ("Human Rights Watch said", "the EU delegate countered"; not
"Letta Tayler of Human Rights Watch said", nor the UN as a whole): its speaker is an unnamed
person speaking for it.
"Called for" and "called on" are advocacy and urging (stances), "argued for" too, unless
the words called for are quoted ("called for a “war footing”"); "urged X to …" reports what
X said: a statement, and an Urges stance besides (the gold's convention since the
seventeenth round; "were urged to" has no speaker). Speaking in
other words counts too: "takes the floor", "briefed the Council", "read out a statement",
"made a similar case", "as X put it", "likened it to", "framed it as", "calling it …"; and
"he" after an unnamed voice ("Israel's representative says …. He notes …") is that voice,
and in an opening clause the subject told after it ("When he resigned, Mr. Bathily warned").
A list speaks through "all of which" and "though each"; a person's government speaks for the
state the registry has the person lead, never for the person; a participle right after a
noun is the noun's ("pressing for language stressing that …"). The plural present speaks
before its clause's subject ("Tehran and Moscow say they …"); "among them" and "and other
OIC members" may stand between the speakers and the verb; examples ("groups such as Amnesty
International say") do not speak for their group, while the leaders of one do ("The
abstainers, led by Moscow and Beijing, argued"). A ministry named without its state ("the
Foreign Office said") speaks for the state whose capital datelines the text, else for no one
told. Not speech: "announced an arms embargo" (an act; "announced that …" tells), "Lahoud's
supporters … said" (not Lahoud), "X said his delegation regretted" (X tells it), a state in
an aside of a group ("X, one of the penholders alongside France, calls"); a state's name and
an adjective's voice are two phrases ("for Lebanon and Syria, and the Russian envoy argued").
Speaking is also "at pains to stress", "went out of their way to insist", "assured the
Council that", "made the same point", "made plain it …", "made no secret of" (not "made
plain it would block one", a threat), a letter ("wrote to the Council asking …"), and a
position "repeated in the chamber by X" is X's; a state's deputy or permanent voice speaks
for it ("Chile's deputy ambassador said"). "They said" is the sentence's subject and the
states joined to it; "Ghana's and Kenya's representatives" are two voices.

>>> from kg.extract import extract
>>> [f.fields["speaker"]["key"] for f in extract(
...     "Karen Pierce, Britain's ambassador, spoke last. She told delegates it was bilateral."
... ).facts_of("statement")]
['Karen Pierce']
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import replace

from kg.extract.lexicon import TITLES
from kg.extract.mentions import Mention
from kg.extract.reading import Reading

__all__ = ["find_statements", "person_post"]

_SPEECH = re.compile(
    r"\b(?:said|says|remarked|told|added|stated|declared|warned|insisted|argued|noted|"
    r"indicated|stressed|explained|wrote|announced|replied)\b",
    re.IGNORECASE,
)
#: Verbs of reported speech (outside quotes), in the past, the present of live reporting
#: ("He tells the hall", "Nebenzia repeats") and the participle ("…, warning that").
_REPORTING = re.compile(
    r"\b(?:said|says|saying|told|tells|accused|accusing|suggested|dismissed|described|describing|"
    # "Amnesty International urged the Council to renew …" (not "were urged to")
    r"(?<!\bwere\s)(?<!\bwas\s)(?<!\bbeen\s)(?<!\bbe\s)urg(?:ed|es|ing)\b|"
    # "called the special session" convenes; "called for", "called on" urge
    r"called(?!\s+(?:for|on|upon)\b)"
    r"(?!\s+(?:(?:an?|this|that)\s+(?:\w+\s+)?|the\s+(?:special|emergency|extraordinary)\s+)"
    r"(?:session|meeting|vote|debate)s?\b)|"
    r"(?:rejected|welcomed|defended)(?=\s[^.;]{0,60}\bas\b)|"
    # a welcome of the vote itself: "Canada welcomed the outcome", "Oxfam also welcomed the
    # result", "X welcomed the adoption", "welcomed the resolution's attention to …" (a
    # welcome of a plan or a person is no speech)
    r"welcom(?:ed|es|ing)(?=\s+(?:the|its|this|that|Friday's|Monday's|Tuesday's|Wednesday's|"
    r"Thursday's|Saturday's|Sunday's)\s+(?:(?:unanimous|overwhelming|council's|Council's|"
    r"Assembly's|assembly's)\s+)?(?:outcome|adoption|vote|decision|renewal|result|extension|"
    r"resolution(?:'s)?|text)\b)|"
    # describing in other words: "framed the vote as a test", "likened the seizure to theft"
    r"(?:framed|frames|framing|portrayed|portrays|portraying)"
    r"(?=\s[^.;]{0,60}\bas\b)|liken(?:ed|s|ing)|"
    # "calling the package unbalanced" (not "calling for", "calling on", "calling a vote")
    r"calling(?!\s+(?:for|on|upon|in|off)\b)"
    r"(?!\s+(?:(?:an?|this|that)\s+(?:\w+\s+)?|the\s+(?:special|emergency|extraordinary)\s+)"
    r"(?:session|meeting|vote|debate)s?\b)|"
    # "takes the floor", "briefed the Council", "read out a statement", "as X put it"
    r"t(?:akes|ook|aking)\s+the\s+floor|brief(?:ed|s)?(?=\s+(?:the|next|first|members|"
    r"reporters|journalists|delegates|after|before)\b)|"
    r"read(?:s|ing)?\s+out|put\s+it(?=\s*[,.;:]|\s+(?:bluntly|simply|plainly|starkly|"
    r"succinctly|this\s+way|before|after|on|in|at|to\s+(?:reporters|journalists|delegates)))|"
    r"made\s+(?:a|the|that|this|his|her|its|their)\s+(?:\w+\s+)?case\b|"
    # "Yeltsin spoke of partnership", "Morales tweets that …", "objecting that it made no mention"
    r"spoke\s+(?:of|about)|tweets|object(?:ed|ing|s)\s+that|"
    # "Washington has spoken of 20,000 troops", "Paris talks of a handover", "Khan admitted to
    # running the network", "Hu Jintao addressed the meeting", "Aoun floated the idea"
    r"(?:spoken|speaks)\s+(?:of|about)|talk(?:s|ed)\s+of|"
    # ("admitted to the United Nations" joins it)
    r"admit(?:ted|s)(?=\s+(?:\w+\s+){0,3}?(?:to\s+\w+ing|that)\b)|"
    # ("addressed the Human Rights Council", "also addressed the opening")
    r"address(?:ed|es)\s+(?:the|a)\s+(?:(?!to\b)\w+\s+){0,3}?(?:meeting|[Cc]ouncil|[Aa]ssembly|session|"
    r"summit|conference|chamber|debate|delegates|reporters|journalists|press|opening|hall|"
    r"members)\b|"
    r"floated\s+(?:the|an?|his|her|its|their)\s+(?:\w+\s+)?(?:idea|proposal|plan|notion)|"
    # "Bassil welcomed the outcome on Twitter", "Faki welcomed the decision, according to a
    # statement from his office": a welcome told in words
    r"(?:welcomed|praised)(?=\s[^.;]{0,60}?(?:\bin\s+a\s+(?:statement|tweet|post|speech|letter)|"
    r"\bon\s+(?:Twitter|X|social\s+media)\b|\baccording\s+to\s+a\s+statement))|thanking|"
    # phrases: "Mexico spoke against the motion", "French diplomats played down the vote"
    r"spoke\s+for\b|(?:spoke|speaks|speaking)\s+(?:against|in\s+favou?r|in\s+support)\b|played\s+down|brushed\s+aside|"
    r"shrugged\s+off|telling|"
    r"let\s+it\s+be\s+known|pointed\s+out|voiced|asked|"
    # "The Russian and Chinese delegations made similar objections"
    # ("made the argument that …", "made this argument", "raised their objections")
    r"(?:made|raised)\s+(?:(?:an?|the|that|this|these|his|her|its|their)\s+)?"
    r"(?:(?:similar|same|own|strong)\s+)?"
    # ("Peru made the same point", "made a similar point"; not "made a point of voting")
    r"(?:objections|arguments?|points|point(?!\s+of\b)|remarks|statement)|"
    # "Germany set out the bloc's objections", "Khartoum has denied that …"
    r"set\s+out\s+(?:the|its|their|his|her)\s+(?:\w+'s?\s+)?(?:objections|position|case|"
    r"concerns|views?|reasons|reservations|arguments)|den(?:ied|ies)(?=\s+(?:that|any)\b)|"
    # "Washington presented the measure as a lifesaver" (not "presenting it as", a text's aim)
    r"presented(?=\s[^.;]{0,60}\bas\b)|"
    # "Russian officials have been at pains to stress that …", "its diplomats went out of
    # their way this week to insist that …", "assured the Council that …"
    r"(?:(?:have|has|had)\s+been\s+|(?:was|were|is|are)\s+)?at\s+pains\s+to\s+\w+|"
    r"(?:went|go|goes|going)\s+out\s+of\s+(?:its|their|his|her)\s+way(?:\s+\w+){0,3}?\s+to\s+"
    r"(?:stress|insist|say|point\s+out|explain|emphasi[sz]e|underline|make\s+clear)|"
    r"assur(?:ed|es|ing)(?=\s[^.;]{0,40}?\bthat\b)|"
    # "Annan has taken the floor", "Samantha Power is speaking", "X is at the podium"
    r"taken\s+the\s+floor|(?:is|was)\s+(?:now\s+)?(?:speaking|at\s+the\s+(?:podium|rostrum|"
    r"lectern|microphone))|"
    # "announced that …" tells; "announced an arms embargo", "announced his resignation" act
    r"announc(?:ed|ing)(?=\s[^.;]{0,40}?(?:\bthat\b|,\s*(?:saying|adding|telling)\b)|"
    r"\s*[:,\"\u201c])|"
    r"(?:warn|argu|insist|stress|add|not|declar|stat|restat|indicat|explain|maintain|counter|"
    r"contend|complain|respond|protest|repeat|reiterat|retort|acknowledg|conced|assert|"
    r"emphasi[sz]|underlin|lament|caution|question|fault|deplor|boast)(?:ed|d|ing)|boasts|"
    # "observed that", "reminded delegates that", "charged that", "shot back that"
    r"(?:observ|remind|predict|inform|charg)(?:ed|es|s|ing)(?=\s[^.;\"\u201c]{0,40}?\bthat\b)|"
    r"observed(?=\s*[,:])|underscor(?:ed|es|ing)|sh(?:ot|oots)\s+back|"
    r"call(?:ed|s|ing)\s+(?:for|on|upon)(?=\s+(?:an?\s+|the\s+)?[\"\u201c])|"
    # judging and presenting in words: "defended the tribunal", "praised the rapporteur",
    # "criticised the court as biased", "presented the findings of her Office" (not "defended
    # the city", nor "presented the draft", a sponsor's act, nor "criticised" alone, a stance)
    r"defend(?:ed|s)(?=\s+(?:the|its|their|his|her|this|that)\s+(?:[\w']+\s+)?(?:text|draft|"
    r"resolution|tribunal|court|decision|vote|position|record|mandate|opening|mission|"
    r"proposal|plan|approach|move|policy|agency|council|commission|panel)\b)|"
    r"praised|critici[sz]ed(?=\s[^.;]{0,60}\bas\b)|"
    r"presented\s+(?:the|a|an|his|her|its|their)\s+(?:\w+\s+){0,2}?(?:report|findings|briefing|"
    r"assessment)\b|"
    r"thanked|regretted|replied|replying|remarked|calls(?!\s+(?:for|on|upon)\b)|"
    # "Lima made it clear that it would not back the text" ("signalled that it would not
    # cooperate" was tried: a state's intent, which the golds do not count as speech)
    # ("Beijing has made plain it regards …", "made clear their unease", "has made no secret
    # of its discomfort")
    # (not "made plain it would block one", "made clear it would not let the text pass": a
    # veto threatened is a stance, kg.extract.stances)
    r"ma(?:de|kes|king)\s+(?:it\s+)?(?:clear|plain)(?=\s+(?:that|to|it|they|their|its|his|her|"
    r"the|this|there|we|he|she)\b)(?!\s+(?:that\s+)?(?:it|they)\s+would\s+(?:veto|block|not\s+(?:let|allow))\b)|"
    r"ma(?:de|kes|king)\s+no\s+secret\s+(?:of|that)|"
    # "answered in a statement that …", "answered in the language of principle: …" (not
    # "answered the call", an act)
    r"answer(?:ed|s)(?=\s[^.;\"\u201c]{0,40}?(?:\bthat\b|:))|"
    # an occasion used to speak: "used the meeting to complain that …", "took the opportunity
    # to warn …", "is using his turn to argue …" (not "to call for", advocacy)
    r"(?:us(?:ed|es|ing)\s+(?:the|his|her|its|their|this|that|a|an)|"
    r"(?:took|takes|taking|seized|seizes)\s+the)\s+(?:[\w\-']+\s+){0,2}?"
    r"(?:meeting|debate|session|occasion|speech|statement|address|floor|opportunity|chance|"
    r"platform|podium|explanation|remarks|turn|briefing|moment)\s+to\s+(?:complain|argue|"
    r"warn|insist|stress|accuse|denounce|say|tell|remind|point\s+out|attack|note|question|"
    r"reject|defend|repeat|reiterate|underline|emphasi[sz]e|deplore|lament|praise|thank|"
    r"make\s+(?:the|a|its|his|her|their)\s+case|restate|explain|argue|object|protest)\b|"
    # "wrote on Twitter that …", "tweeted that …"
    r"(?:wrote|posted|tweeted)(?=\s[^.;\"\u201c]{0,40}?\bthat\b)|"
    # a letter: "wrote to the Council asking for …", "wrote to the Secretary-General in May"
    r"wr(?:ote|ites)\s+to\s+(?:the\s+)?(?:[A-Z][\w.\-]*|council|assembly|members)|"
    r"recall(?:ed|s|ing)(?=\s+that\b)|"
    # "China's Fu Cong expressed regret at the outcome"
    r"express(?:ed|es|ing)\s+(?:(?:deep|grave|serious|strong|its|his|her|their|a|the|similar|"
    r"same)\s+)*(?:regret|concern|disappointment|dismay|satisfaction|support|opposition|"
    r"reservations|gratitude|views?|doubts|frustration|surprise)|"
    r"warns|argues|insists|stresses|adds|explains|notes|observes|restates|"
    r"maintains|counters|complains|responds|protests|repeats|reiterates|retorts|concedes|"
    r"asserts|emphasi[sz]es|underlines|laments|cautions|"
    # the plural present: "Indian officials counter that", "the delegations question whether"
    r"(?:say|argue|insist|warn|complain|contend|maintain|question|stress|note|claim|counter|"
    r"object|respond|reply)(?=\s+(?:that|whether)\b|\s*[.;])|"
    # the plural present before its clause's subject: "Tehran and Moscow say they do not …"
    r"(?:say|argue|insist|claim|contend|maintain)(?=\s+(?:they|it|the|this|there|its|their|we)\b)|"
    # verbs of judging speech: "Ukraine hailed the vote as …", "Venezuela branded it a farce"
    r"hailed|denounced|decried|slammed|blasted|branded|termed|labell?ed|claimed|"
    # "lashed out at", "echoed that view", "took the floor to denounce", "issued a statement"
    # ("criticised", "condemned" and "objected to" are stances: kg.extract.stances)
    r"lashed\s+out|echoed|t[ao]ok\s+the\s+floor\s+to\s+[a-z]+|"
    r"issued\s+(?:a|an)\s+(?:\w+\s+)?statement)\b"
    # "argued for a vote" advocates; "argued for years that …" speaks
    r"(?!(?<!floor)(?<!warned)(?<!warns)(?<!warning)\s+(?:for|against)\b"
    r"(?!\s+(?:years|months|weeks|decades|some\s+time|a\s+long\s+time)\b))"
)
#: Who speaks for a state, after its name, possessive or adjective ("Britain's envoy", "the
#: Yugoslav delegation", "Croatian diplomats", "North Korea's own delegation").
_VOICE_NOUNS = (
    # ("Russia's deputy ambassador", "China's permanent representative")
    r"(?:(?:own|deputy|permanent|acting|U\.?N\.?)\s+){0,3}"
    r"(?:delegations?|government|foreign\s+(?:ministry|office|minister)|"
    r"ministry\s+of\s+(?:foreign|external)\s+(?:affairs|relations)|mission|embassy|presidency|"
    r"spokes(?:man|woman|person)|representatives?|envoys?|ambassadors?|diplomats|officials|"
    # ("Switzerland's observer", "the Palestinian observer"; not "observers", monitors)
    r"delegates?|speakers?|observer\b(?!s)|state\s+(?:radio|television|media|news\s+agency))"
)
#: A time spent speaking before a participle: "has spent three years telling …", "spent much
#: of 2025 arguing …", "spent the morning insisting …".
_TIME_SPENT = (
    r"spent\s+(?:(?:much|most|all|part)\s+of\s+)?(?:(?:the|this|that|its|his|her|their|a|an|"
    r"\w+)\s+)?(?:\w+\s+)?(?:years?|months?|weeks?|days?|decades?|\d{4}|session|morning|"
    r"afternoon|evening)"
)
#: What may stand between a speaker and the verb: "has", "also", "on Monday", "in a
#: statement,", ", for his part,", "afterwards", "long", "repeatedly", ", for example,".
_ADJACENT_VERB = re.compile(
    r"\s*(?:(?:has|had|have|also|then|later|again|separately|afterwards|long|still|already|"
    r"nonetheless|nevertheless|instead|meanwhile|likewise|"
    r"once|first|\w+ly|on\s+\w+day|who|which|both|all|each|too|jointly|"
    # a name's acronym in brackets: "the Federal Department of Foreign Affairs (FDFA) said"
    r"\([A-Z]{2,8}\)|"
    r"of\s+(?:the\s+)?[A-Z][\w.'\-]*(?:\s+[A-Z][\w.'\-]*){0,3}|"
    r"in\s+a\s+statement|for\s+(?:his|her|its|their)\s+part|for\s+example|for\s+instance|"
    # a time spent speaking: "has spent three years telling …", "spent much of 2025 arguing"
    rf"{_TIME_SPENT}|"
    # where the voice stands: "A Kazakh diplomat in the hall tells us", "at the stakeout"
    r"(?:in|outside)\s+the\s+(?:hall|chamber|room|corridors?)|"
    r"at\s+the\s+(?:stakeout|podium|rostrum)|"
    r"(?:was|were)\s+quoted\s+as|and\s+(?:its|their)\s+(?:allies|partners)|among\s+them|"
    # "Pakistan and other OIC members argued"
    r"and\s+other\s+(?:[A-Z][\w\-]*\s+)?(?:members|states|countries|delegations)|"
    r"(?:to|at|in)\s+(?:the\s+)?(?:U\.?N\.?|United\s+Nations|New\s+York|Geneva)|"
    # "." inside one sentence ends an abbreviation: "Teodoro Locsin Jr. called"
    rf"however|too|in\s+turn|,|\.|(?:'s?\s+)?(?i:{_VOICE_NOUNS}))\s*)*"
)
_ASIDE = re.compile(
    # "…, speaking also for the other co-chairs, France and Russia, said": the whole aside
    r",\s+speaking\s+(?:also\s+|too\s+)?(?:for|on\s+behalf\s+of)\s[^;.]*?,(?=\s*(?:said|told|"
    r"added|stressed|argued|warned|explained|insisted|noted)\b)"
    r"|,\s+(?:who|which|whose|speaking)\b[^,;]*,|,\s+for\s+(?:his|her|its)\s+part,"
    # "Madeleine Albright, for the United States, welcomes the vote": the seat she speaks for
    r"|,\s+for\s+(?:the\s+)?[A-Z][\w.'\-]*(?:\s+[A-Z][\w.'\-]*){0,3},"
    # "Margaret Chan, addressing the Council, says": a participle's aside
    r"|,\s+(?:addressing|writing|explaining|introducing|presenting|responding|reacting)\b[^,;]*,"
    # "Washington's delegation, led by Ambassador Ana Soto, argued": the delegation speaks (not
    # "The abstainers, led by Moscow and Beijing, argued": the leaders speak for them)
    r"|,\s+(?:led|headed)\s+by\s+(?:(?:the|its|his|her|their)\s+)?(?:[\w\-]+\s+){0,2}?"
    r"(?:[Aa]mbassador|[Mm]inister|[Pp]resident|[Ee]nvoy|[Rr]epresentative|[Ss]ecretary|"
    r"[Dd]eputy|[Cc]hancellor|[Pp]remier)\b[^,;]*,"
    # "The United States, while backing the talks, said": a subordinate clause
    r"|,\s+(?:while|though|although|despite|when|whilst)\s+(?![A-Z])[^,;:]*,"
    # "Ana Soto, 54, a career diplomat, said": an age
    r"|,\s+\d{1,3},"
    # "Barbara Woodward, one of the three penholders alongside France, calls": a part of a group
    r"|,\s+(?:one|two|three|each|both|all)\s+of\s+(?:the|its|their|his|her)\b[^,;:]*,"
    # "Ana Soto, in remarks to reporters, said"
    r"|,\s+in\s+(?:(?:brief|later|separate|written)\s+)?(?:remarks|comments|a\s+statement|"
    r"an?\s+interview|a\s+speech|a\s+post|a\s+tweet|a\s+letter)\b[^,;]*,"
    # "The spokesman, asked about Russia, said": the question's subject does not speak
    r"|,\s+(?:when\s+)?(?:asked|questioned|pressed)\s+(?:about|on|over|whether|if|why|how)\b[^,;]*,"
    # "Thailand, the current chair of the group, has long argued": an appositive
    r"|,\s+(?:the|a|an)\s+(?![^,;]*\bof\s+(?:the\s+)?[A-Z])[a-z][^,;:\"\u201c]{0,50},"
)
#: One person speaking for a state, unnamed: "Israel's representative", "Peru's envoy".
_ONE_VOICE = re.compile(
    # (an adjective's too: "the Dutch ambassador")
    r"(?:'s?)?\s+(?:(?:deputy|permanent|U\.?N\.?)\s+)?(?:representative|envoy|ambassador|delegate|"
    r"observer|spokes(?:man|woman|person))\b(?!\s*,?\s+[A-Z])"
)
_STATE_VOICE = re.compile(rf"^'s?\s+{_VOICE_NOUNS}\b", re.IGNORECASE)
#: One state's possessive paired with another's before a voice: "Ghana's and Kenya's envoys".
_PAIRED_VOICE = re.compile(
    rf"^'s?\s+and\s+(?:the\s+)?[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){{0,2}}'s?\s+(?i:{_VOICE_NOUNS})\b"
)
#: A state's voice, a few words of its own and a colon before a quote: "Brazil's delegate: “…”",
#: "Peru's envoy put it bluntly: “…”".
_VOICE_THEN_COLON = re.compile(rf"'s?\s+(?i:{_VOICE_NOUNS})(?:\s+[a-z][\w']*){{0,5}}\s*:\s*")
#: "The Indian and Zimbabwean envoys", "the American delegation": adjectives before a voice.
_ADJECTIVE_VOICE = re.compile(rf"^(?:,?\s+(?:and\s+)?[A-Z][\w\-]+)*?\s+(?i:{_VOICE_NOUNS})\b")
_REPRESENTATIVE_OF = re.compile(
    r"\b(?:[Tt]he\s+)?(?:[Rr]epresentatives?|[Dd]elegates?|[Dd]elegations?|[Aa]mbassadors?|"
    r"[Ee]nvoys?|[Gg]overnment|(?:[Ff]oreign\s+)?[Mm]inistry|[Mm]ission|[Ee]mbassy|"
    # ("the Ministry of Foreign Affairs of Kenya")
    r"[Mm]inistry\s+of\s+(?:[Ff]oreign|[Ee]xternal)\s+(?:[Aa]ffairs|[Rr]elations))\s+"
    r"(?:of|for|from)\s+(?:the\s+)?$"
)
#: "Singapore, whose diplomats led the opposition and argued": the relative's antecedent.
_RELATIVE_THEN_VERB = re.compile(
    # ("Chile, which backs the miners and has long complained that …")
    rf"^,\s+(?:who|which|whose\s+{_VOICE_NOUNS})\b[^,;:()]*\band\s+"
    r"(?:(?:also|then|has|have|had|long|\w+ly)\s+)*$"
)
_ADJECTIVE_FORMS = frozenset({"adjective", "demonym"})
_CONJUNCTION = re.compile(r"(?:'s)?\s*(?:,|,?\s*and)\s*(?:the\s+)?")
#: A speech verb joined to an earlier verb of its clause: "…and said", "…but said", "…, saying".
_COORDINATED = re.compile(
    r"(?:\b(?:and|but)\s+|,\s*)(?:also\s+|then\s+|later\s+|had\s+|has\s+|have\s+)*$"
)
#: Uses of the verbs of speech that tell an act: "Washington insisted on a vote", "Russia
#: responded by vetoing", "France added its name to the sponsors", "Japan asked to be added",
#: "Brazil acknowledged the vote" (without "that").
_NOT_SPEECH = re.compile(
    r"insist\w*\s+on\b|respond\w*\s+by\b|add\w*\s+(?:its|their|her|his)\s+(?:name|voice)|"
    r"add\w*\s+to\b|asked\s+to\s+be\b|acknowledg\w*(?!\s+that\b)(?!,)\b|"
    r"(?:said|says|saying)\s+nothing\b"  # "Russia said nothing": no statement
)
#: A ballot told in the words of a vote: "Who said no:", "said no to the draft", "said yes
#: on both" (not "said no one should", nor a refusal: "Khartoum says no.").
_SAID_A_BALLOT = re.compile(
    r"(?:said|says|saying)\s+(?:no|yes|nay|aye)(?=\s*[:?;]|\s+(?:to\s+(?:it|the|that|this)|on|"
    r"again|too|as\s+well)\b)"
)
#: A demand in the subjunctive: "insisting that the phrase … be included", "insisted that
#: the vote be postponed" — what a state wants done, not what it said.
_MANDATIVE = re.compile(
    r"insist\w*\s+that\b[^.;]{0,100}?\bbe\s+(?:\w+ed|\w+en|put|held|kept|set|left)\b"
)
_HIS_VOICE = re.compile(
    r"\b(?:his|her)\s+(?:own\s+)?(?:government|delegation|country|(?:foreign\s+)?ministry)\s+"
    r"(?:(?:has|had|also|later|then)\s+)*$"
)
_ITS_VOICE = re.compile(
    # ("Its delegation has long argued", "its diplomats say")
    rf"\b[Ii]ts\s+(?!own\s+text){_VOICE_NOUNS}\s+"
    r"(?:(?:also|later|then|has|have|had|long|still|again|\w+ly)\s+)*"
    rf"(?:{_TIME_SPENT}\s+)?$"
)
#: A state naming a thing after "the": "the Madrid conference", "the Chile draft".
_NAMES_A_THING = re.compile(
    r"\s+(?:conference|talks|draft|text|resolution|process|accords?|agreement|declaration|plan|"
    r"summit|initiative|proposal|question|issue|file|format|framework|convention|protocol|"
    r"meeting|communiqu[eé]|group|opposition)\b"
)
_PRONOUN = re.compile(r"\b(?:He|She|he|she)\s+(?:also\s+|later\s+|then\s+)?$")
#: "Ghana and Peru abstained. Both argued …", "The two said …": the two states named together
#: in the sentence before speak.
_BOTH = re.compile(
    r"^\W*(?:\d{1,2}[:.]\d{2}\s*[-\u2013\u2014]\s*)?(?:Both|The\s+two)\s+"
    # "Both capitals have argued", "The two governments said": the pair by a common noun
    r"(?:(?:capitals|governments|countries|states|delegations|abstainers|neighbours|"
    r"neighbors|allies|powers)\s+)?"
    # ("Both have deep ties to Cambodia and have argued …": a verb joined after a clause)
    r"(?:[^,;:.]{1,80}?\s+(?:and|but)\s+)?(?:(?:also|later|then|have|had|has)\s+)*$"
)
#: "they" right before a speech verb: the sentence's subject, a list, speaks.
_THEY = re.compile(r"\b[Tt]hey\s+(?:also\s+|later\s+|then\s+)?$")
#: A speech participle after "by" in the speaker's own clause: "opened the session by saying",
#: "closed the debate by thanking" (lowercase words only: no name, no comma between).
_BY_DOING = re.compile(
    r"^,?\s+(?:(?:has|had|have|also|then|later)\s+)*[a-z]+(?:ed|an|un|gan|ose)\s+"
    r"(?:[a-z][\w'\-]*\s+){0,5}?by\s+$"
)
#: "…, all of which took the floor", "…, each of whom said": every member of the list.
_OF_WHICH_ALL = re.compile(r"^,\s+(?:all|each|both)\s+of\s+(?:which|whom)\s+(?:also\s+)?$")
#: "…, though each restated its reservations": each member of the clause's subject.
_EACH_OF_THE_SUBJECT = re.compile(
    r"(?:,\s*|\b)(?:though|although|but|and|while)\s+(?:each|both|all)(?:\s+of\s+them)?\s+"
    r"(?:also\s+|then\s+|later\s+)?$"
)
#: A person's government or ministry speaking: "Hun Sen's government has said".
_OWNED_VOICE = re.compile(
    r"^'s?\s+(?:own\s+)?(?:government|administration|foreign\s+ministry|ministry|office)\s+"
    r"(?:(?:has|had|also|later|then|long|\w+ly)\s+)*$"
)
#: A subordinate clause opening a sentence, where "he" may name the subject told after it.
_SUBORDINATE_OPENING = re.compile(
    r"\W*(?:When|As|After|Before|While|Although|Though|If|Since|Once|Until)\s+(?:he|she)\b"
)
#: The members an appositive group noun is illustrated by ("Supporters, a coalition that
#: included India and Egypt, said"): the group speaks, not each member. ("Several delegations,
#: among them X and Y, said" names the speakers themselves.)
_EXAMPLES_BEFORE = re.compile(
    r"\b(?:(?:that|which)\s+included|such\s+as|(?:groups|organi[sz]ations|NGOs|campaigners|agencies),\s+including)\s+(?:(?:the\s+)?[A-Z][\w'\-]*(?:\s+[A-Z][\w'\-]*)*,?\s+"
    r"(?:and\s+)?)*(?:the\s+)?$"
)
#: A state inside what another voice tells: "Kerry said in a statement that the United States
#: welcomed the vote" (the United States is told of, Kerry speaks).
_TOLD_THAT = re.compile(
    r"\b(?:said|says|told\s+\w+|stated|announced|wrote)\b(?:\s+[\w,]+){0,5}?\s+that\s+(?:the\s+)?$"
)
#: A relative pronoun that is the object of the verb after its subject: "the region, which
#: both Chile and Peru claim," (the region is claimed, nothing is said).
_OBJECT_RELATIVE = re.compile(r"\b(?:which|whom)\s+(?:both\s+|all\s+|the\s+)?$")
#: People of someone, who speak for themselves: "Supporters of Ana Soto said".
_PEOPLE_OF = re.compile(
    r"\b(?:[Ss]upporters|[Cc]ritics|[Oo]pponents|[Aa]llies|[Ff]riends|[Ff]amil(?:y|ies)|"
    r"[Ll]awyers|[Aa]ides|[Rr]elatives|[Ff]ollowers)\s+of\s+$"
)
#: A part of the group named before: "Five abstained, several of them arguing that …".
_SOME_OF_THEM = re.compile(
    r"\b(?:several|some|many|most|a\s+few|few|two|three|four|one|others?)\s+of\s+them\s+"
    r"(?:also\s+|later\s+)?$",
    re.IGNORECASE,
)


def find_statements(reading: Reading) -> None:
    """Add ``statement`` facts for quotes and reported speech."""
    mentioned = reading.mentioned
    people = [
        m
        for m in mentioned.mentions
        if m.kind in ("person", "anonymous") and "inside" not in m.attributes
    ]
    states = [m for s in reading.sentences for m in _state_voices(reading, s.index)]
    # "Human Rights Watch said …", "The European Union said in an explanation of vote …"
    bodies = [
        m
        for m in mentioned.mentions + _bare_ministries(reading)
        if m.kind == "organization"
        and m.key not in _SILENT_BODIES
        and "inside" not in m.attributes
        and not mentioned.quoted(m.start, m.end)
        and _body_speaks(reading.plain, m)
    ]
    # "the Foreign Office said" in a text datelined ISLAMABAD: Pakistan's; with no dateline
    # whose ministry it is goes untold
    home = _dateline_state(reading)
    bodies = [
        replace(m, kind="state", key=home) if _BARE_MINISTRY.fullmatch(m.key or "") else m
        for m in bodies
        if home or not _BARE_MINISTRY.fullmatch(m.key or "")
    ]
    # "the British Foreign Office said", "the US State Department said": the state's ministry
    bodies = [_ministry_state(m) or m for m in bodies]
    speakers = sorted(people + states + bodies, key=lambda m: m.start)
    attributions = _quotes(reading, people, speakers)
    taken = _reported_speech(reading, people, speakers, attributions)
    _according_to(reading, speakers, taken)
    _speakers_listed(reading, taken)
    _labelled_entries(reading, people, taken)


#: A state's foreign ministry named as one organisation: "British Foreign Office".
_STATE_MINISTRY = re.compile(
    r"(?P<state>.+?)\s+(?:Foreign\s+(?:Office|Ministry)|State\s+Department|Department\s+of\s+State|"
    r"Ministry\s+of\s+(?:Foreign|External)\s+(?:Affairs|Relations))"
)


def _ministry_state(body: Mention) -> Mention | None:
    """The state whose foreign ministry ``body`` is, as a state mention, or None.

    >>> from kg.extract.mentions import Mention
    >>> _ministry_state(Mention("organization", "US State Department", 0, 19, "", 0)).key
    'USA'
    """
    from kg.extract.lexicon import load_lexicon

    match = _STATE_MINISTRY.fullmatch(body.key or "")
    if match is None:
        return None
    entries = load_lexicon().entries.get(match.group("state"), ())
    states = {e.key for e in entries if e.kind == "state"}
    return replace(body, kind="state", key=states.pop()) if len(states) == 1 else None


#: A live blog's entry opening on its speaker: "10:28 - Dmitry Polyanskiy for Russia: …",
#: "Ana Soto (Peru): …" (before the person and after).
_ENTRY_OPENING = re.compile(r"\W*(?:\d{1,2}[:.]\d{2}\s*[-\u2013\u2014]\s*)?")
_ENTRY_LABEL = re.compile(
    r"(?:\s+for\s+(?:the\s+)?[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,3}|\s*\([^()]{1,40}\))?\s*:\s"
)


def _labelled_entries(reading: Reading, people: list[Mention], taken: set) -> None:
    """A person who labels an entry speaks in it (:data:`_ENTRY_LABEL`)."""
    plain = reading.plain
    for person in people:
        sentence = reading.sentences[person.sentence]
        if (
            person.kind != "person"
            or not person.key
            or (sentence.index, person.key) in taken
            or not _ENTRY_OPENING.fullmatch(plain, sentence.start, person.start)
            or not _ENTRY_LABEL.match(plain, person.end)
        ):
            continue
        taken.add((sentence.index, person.key))
        label = _ENTRY_LABEL.match(plain, person.end)
        _add(
            reading,
            person,
            None,
            [reading.evidence(sentence.index, person.start, label.end())],
            0.7,
            "entry-label",
            sentence.index,
        )


#: "Also speaking were the representatives of Egypt, Brazil and Japan", "Statements were also
#: made by the representatives of Chile and Peru": a press release's list of speakers.
_SPEAKERS_LISTED = re.compile(
    # ("Also speaking in explanation of vote before the vote were …")
    r"\b(?:[Aa]lso\s+speaking(?:\s+in\s+explanation\s+of\s+(?:vote|position)(?:\s+(?:before|"
    r"after)\s+the\s+vote)?)?\s+(?:were|was)|[Ss]tatements\s+were\s+(?:also\s+)?made\s+by|"
    r"(?:[Oo]ther\s+)?[Ss]peakers\s+(?:also\s+)?(?:included|were)|[Oo]thers\s+speaking\s+"
    r"(?:included|were))\s+(?:the\s+)?(?:representatives?|delegates?|delegations?)\s+of\s+"
    r"(?:the\s+)?"
)


def _speakers_listed(reading: Reading, taken: set) -> None:
    """Each state of a press release's list of speakers speaks (:data:`_SPEAKERS_LISTED`)."""
    plain = reading.plain
    for sentence in reading.sentences:
        for cue in _SPEAKERS_LISTED.finditer(plain, sentence.start, sentence.end):
            states = reading.mentioned.in_sentence(sentence.index, ("state",))
            first = next((m for m in states if m.start == cue.end()), None)
            for state in _conjoined(plain, states, first) if first is not None else ():
                if (sentence.index, state.key) in taken:
                    continue
                taken.add((sentence.index, state.key))
                _add(
                    reading,
                    state,
                    None,
                    [
                        reading.evidence(sentence.index, cue.start(), cue.end()),
                        reading.evidence(sentence.index, state.start, state.end),
                    ],
                    0.65,
                    "speakers-listed",
                    sentence.index,
                )


#: A ministry named without its state ("the Foreign Office", "the Ministry of Foreign Affairs").
_BARE_MINISTRY = re.compile(
    r"(?:Foreign|Defen[cs]e|Interior|External\s+Affairs|Home)\s+(?:Office|Ministry)|"
    r"Ministry\s+of\s+(?:Foreign|External)\s+(?:Affairs|Relations)|"
    r"(?:Federal\s+)?Department\s+of\s+Foreign\s+Affairs"
)
#: A foreign ministry named without its state as a clause's subject ("the Foreign Ministry
#: said"; not "the Russian Foreign Ministry", the state's voice).
_BARE_MINISTRY_SUBJECT = re.compile(
    r"\b[Tt]he\s+(Foreign\s+(?:Ministry|Office)|Ministry\s+of\s+(?:Foreign|External)\s+"
    r"(?:Affairs|Relations)|(?:Federal\s+)?Department\s+of\s+Foreign\s+Affairs)\b"
    # ("the Federal Department of Foreign Affairs (FDFA) said": its acronym may follow)
)


def _bare_ministries(reading: Reading) -> list[Mention]:
    """The foreign ministries named without their state that no other name covers.

    >>> from kg.extract.reading import Reading
    >>> reading = Reading.of("Then the Foreign Ministry said no.", None, [])
    >>> [m.key for m in _bare_ministries(reading)]
    ['Foreign Ministry']
    """
    found = []
    starts = reading.sentence_starts
    for match in _BARE_MINISTRY_SUBJECT.finditer(reading.text):
        start, end = match.span(1)
        index = bisect.bisect_right(starts, start) - 1
        if index < 0 or any(m.overlaps(start, end) for m in reading.mentioned.mentions):
            continue
        if re.search(
            r"\b(?:at|of|from|in)\s+$", reading.text[max(0, match.start() - 6) : match.start()]
        ):
            continue  # "Officials at the Foreign Ministry said": its officials speak
        name = " ".join(match.group(1).split())
        found.append(Mention("organization", name, start, end, match.group(1), index, "pattern"))
    return found


#: A dateline opening a line: "ISLAMABAD, December 12:", "KUALA LUMPUR, Dec 8 --".
_DATELINE = re.compile(
    r"(?m)^[^\S\n]*([A-Z][A-Z'\-]+(?:[^\S\n]+[A-Z][A-Z'\-]+){0,2})"
    # "BUENOS AIRES - …", "KINSHASA/UNITED NATIONS, Feb 22 - …": a dash, or a second place
    r"(?:/[A-Z][A-Z.'\-]*(?:[^\S\n]+[A-Z][A-Z.'\-]*)*)?(?:,|[^\S\n]+[-\u2013\u2014]+)[^\S\n]"
)


#: A dateline in title case, a date after it: "Bern, 22 July 2014 - …", "Lima, Dec. 3 -".
_DATED_PLACE = re.compile(
    r"(?m)^[^\S\n]*([A-Z][a-z]+(?:[^\S\n]+[A-Z][a-z]+){0,2}),[^\S\n]+"
    r"(?:\d{1,2}[^\S\n]+[A-Z][a-z]+|[A-Z][a-z]{2,8}\.?[^\S\n]+\d{1,2}\b)"
)


def _dateline_state(reading: Reading) -> str | None:
    """The state whose capital datelines the text, when this passage opens it.

    >>> from kg.extract.reading import Reading
    >>> _dateline_state(Reading.of("Headline\\nKUALA LUMPUR, Dec 8 - It passed.", None, []))
    'MYS'
    """
    from kg.extract.lexicon import load_lexicon

    if reading.offset:
        return None
    dateline = _DATELINE.search(reading.text[:600]) or _DATED_PLACE.search(reading.text[:600])
    if dateline is None:
        return None
    entries = load_lexicon().entries.get(dateline.group(1).title(), ())
    states = {e.key for e in entries if e.kind == "state"}
    return states.pop() if len(states) == 1 else None


#: Bodies that do not speak for themselves in news: their officials, named, do ("the UN said"
#: is the Secretary-General or a spokesperson; courts rule).
_SILENT_BODIES = frozenset(
    {"United Nations", "International Court of Justice", "International Criminal Court"}
)


def _body_speaks(plain: str, body: Mention) -> bool:
    """Whether an organisation's name can be the speaker: not "Letta Tayler of Human Rights
    Watch" or "members of the OIC" (the person or members speak), nor "a Group of 77
    negotiator" or "WHO chief Margaret Chan" (the official speaks), but "the representative of
    the European Union" does speak for it.

    >>> from kg.extract.mentions import Mention
    >>> text = "Letta Tayler of Human Rights Watch said"
    >>> _body_speaks(text, Mention("organization", "Human Rights Watch", 16, 34, "", 0))
    False
    """
    before = plain[max(0, body.start - 40) : body.start]
    if re.search(r"\bof\s+(?:the\s+)?$", before) and not _REPRESENTATIVE_OF.search(before):
        return False
    if re.search(r"\b(?:speaking|spoke|speaks)\s+(?:for|on\s+behalf\s+of)\s+(?:the\s+)?$", before):
        return False  # "an Italian diplomat speaking for the European Community told": she does
    return _OFFICIAL_AFTER.match(plain, body.end) is None


#: A person or document of an organisation named after it: the speaker is that one.
_OFFICIAL_AFTER = re.compile(
    r"\s+(?:chief|head|director|secretary|president|chair(?:man|woman|person)?|officials?|"
    r"negotiators?|diplomats?|members?|states|countries|researchers?|experts?|investigators?|"
    r"staff|report|statement|text|draft|resolution|observers?|monitors?|"
    r"co-?ordinator|commissioner|envoys?|ambassadors?)\b"
)


def _in_place(reading: Reading, capital: Mention) -> bool:
    """Whether a capital (or a list of capitals it ends) follows "in", "at", "near" or
    "outside": the city as a place ("Diplomats in Harare and Lusaka said")."""
    plain = reading.plain
    start = capital.start
    capitals = [
        m
        for m in reading.mentioned.in_sentence(capital.sentence, ("state",))
        if m.form == "capital" and m.end <= capital.start
    ]
    for earlier in reversed(capitals):
        if not re.fullmatch(r"\s*(?:,|,?\s+and)\s+", plain[earlier.end : start]):
            break
        start = earlier.start
    if re.search(
        r"\b(?:[Oo]fficials|[Aa]uthorities|[Ll]eaders|[Gg]overnment|[Mm]inistry|[Oo]ffice)\s+"
        r"in\s+$",
        plain[max(0, start - 16) : start],
    ):
        return False  # "Officials in Brasilia said", "the Foreign Ministry in Nairobi": the
        # government there speaks
    return re.search(r"\b(?:in|at|near|outside)\s+$", plain[max(0, start - 10) : start]) is not None


def _state_voices(reading: Reading, index: int) -> list[Mention]:
    """States that can speak: named on their own, as a capital, through their delegation or
    foreign ministry, or as "the representative of X"."""
    voices = []
    wrappers = reading.mentioned.in_sentence(index, ("group", "anonymous"))
    named = reading.mentioned.in_sentence(index, ("person",))
    for mention in reading.mentioned.in_sentence(index, ("state",)):
        if "inside" in mention.attributes or reading.mentioned.quoted(mention.start, mention.end):
            continue
        if any(w.start <= mention.start and mention.end <= w.end for w in wrappers):
            continue  # "A U.S. State Department official": the official speaks
        after = reading.plain[mention.end : mention.end + 50]
        before = reading.plain[max(0, mention.start - 40) : mention.start]
        if mention.form == "capital" and _in_place(reading, mention):
            continue  # "Diplomats in Harare and Lusaka said": places, not governments speaking
        if _REPRESENTATIVE_OF.search(before):
            voices.append(mention)
        elif mention.possessive:
            # ("Ghana's and Kenya's representatives said": the voice after the second one)
            voice = _STATE_VOICE.match(after) or _PAIRED_VOICE.match(after)
            # "Liechtenstein's U.N. Ambassador Christian Wenaweser": the ambassador speaks
            if voice and not any(
                mention.end < p.start <= mention.end + voice.end() + 1 for p in named
            ):
                voices.append(mention)
        elif re.search(r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+$", before):
            continue  # "A U.S. diplomat said": one unnamed person, who speaks for no one here
        elif mention.form in ("adjective", "demonym"):
            # "the Dutch delegation", "Croatian diplomats", "the Yemeni delegate said" (the
            # seat speaks); "the Dutch ambassador" too, unless the text names him
            voice = _ADJECTIVE_VOICE.match(after)
            if re.search(r"[A-Z][\w'\-]+\s+of\s+(?:the\s+)?$", before):
                continue  # "Ana Soto of the Peruvian delegation said": she speaks (a member of
                # it, unnamed, speaks for the state)
            if voice and not re.search(r"(?:ambassador|spokes\w+)$", voice.group()):
                voices.append(mention)
            elif (
                not voice
                and mention.form == "demonym"
                and mention.text.endswith("s")
                and re.search(r"\b[Tt]he\s+$", before)
            ):
                voices.append(mention)  # "The Americans have said …": the state's people there
            elif voice and not _ambassador_named(reading, mention, after[voice.end() :]):
                # one unnamed person, who speaks for the state (as "a French diplomat")
                attributes = {**mention.attributes, "state": mention.key}
                voices.append(replace(mention, kind="anonymous", key=None, attributes=attributes))
        elif not re.search(
            r"\bof\s+(?:the\s+)?$", before
        ):  # "Susan Rice of the United States said": Rice speaks
            voices.append(mention)
    return voices


def _ambassador_named(reading: Reading, state: Mention, after: str) -> bool:
    """Whether "the Dutch ambassador" is a person the text names: right after ("the Dutch
    ambassador, Karel van Oosterom,") or anywhere with that post ("Karel van Oosterom, the
    Dutch ambassador"); an ambassador never named speaks for the state."""
    if re.match(r"\s*,?\s+[A-Z]", after):
        return True
    return any(
        m.kind == "person"
        and m.attributes.get("state") == state.key
        and re.search(r"(?i)ambassador|envoy|representative", m.attributes.get("post_text", ""))
        for m in reading.mentioned.mentions
    )


#: "…," the group said: an organisation named before by a common noun.
_THE_GROUP_SAID = re.compile(
    r"^\W{0,3}\s*the\s+(?:group|organi[sz]ation|agency|bloc|alliance|movement|charity|body)\s+"
    r"(?:said|says|added|adds|told|tells|wrote|stated)\b"
)


def _quotes(reading: Reading, people: list[Mention], speakers: list[Mention]):
    plain = reading.plain
    attributions: list[tuple[int, int]] = []  # speech verbs already used by a quote
    for quote_start, quote_end in reading.mentioned.quotes:
        before_text = plain[max(0, quote_start - 120) : quote_start]
        after_text = plain[quote_end : quote_end + 80]
        short = len(plain[quote_start:quote_end].split()) < 4
        if short and not re.search(r"[,?!]\W{0,2}$", plain[quote_start:quote_end]):
            continue  # a quoted phrase, not a statement ("“It is overdue,” said X" is one)
        speaker = None
        pattern = ""
        verb_before = None if short else _SPEECH.search(before_text[-40:])
        if verb_before and re.search(r"[.!?]\W*\s", before_text[-40:][verb_before.end() :]):
            # "…, X told the council. Cuba's delegate: “…”": the verb ends another sentence
            verb_before = None
        if verb_before and re.search(r"[,:]\s*$", before_text):
            candidates = [p for p in people if p.end <= quote_start and quote_start - p.end < 120]
            speaker = candidates[-1] if candidates else None
            pattern = "quote-after-speech-verb"
            if speaker is not None:
                verb_start = quote_start - len(before_text[-40:]) + verb_before.start()
                attributions.append((max(0, verb_start), quote_start))
        if speaker is None and not short and re.search(r":\s*$", before_text):
            # "Riyad Mansour takes the floor: “…”", "Al-Kidwa to reporters: “…”": the person
            # named before the colon in the quote's sentence speaks
            opening = max(s.start for s in reading.sentences if s.start <= quote_start)
            candidates = [p for p in people if opening <= p.start and p.end <= quote_start]
            speaker = candidates[-1] if candidates else None
            if speaker is None:
                # "Brazil's delegate: “…”": a state's voice right before the colon
                speaker = next(
                    (
                        m
                        for m in speakers
                        if opening <= m.start
                        and _VOICE_THEN_COLON.fullmatch(plain[m.end : quote_start])
                    ),
                    None,
                )
            pattern = "quote-after-colon"
        # "“…,” said X" / "“…,” X told reporters": the quote ends a clause, and the speaker
        # stands right before or right after the speech verb
        closes_clause = re.search(r"[,?!]\W{0,2}$", plain[quote_start:quote_end]) or re.match(
            r"^\s*,", after_text
        )
        verb_after = re.match(
            r"^\W{0,3}\s*(?:\S+\s+){0,9}?(?:said|says|added|adds|told|tells|remarked|"
            r"stated|declared|warned|insisted|wrote|posted|noted|argued|stressed|explained|"
            r"replied|responded|countered)\b",
            after_text,
        )
        if verb_after and re.match(r"\W{0,3}\s*and\s+(?:then\s+|also\s+)?\w+\s", after_text):
            # "X called the text “a politically motivated exercise,” and said Washington was
            # …": the quote is the object of a verb before it, whose subject said both
            verb_after = None
        if speaker is None and verb_after and closes_clause:
            verb_end = quote_end + verb_after.end()
            candidates = [
                p
                for p in speakers
                if quote_end <= p.start < verb_end
                or (verb_end <= p.start and len(plain[verb_end : p.start].split()) == 0)
            ]
            speaker = candidates[0] if candidates else None
            if speaker is not None and speaker.kind == "state":
                # "“…,” U.S. Deputy Ambassador Dorothy Shea told": the state is her title's
                speaker = next(
                    (p for p in candidates if p.kind == "person" and p.end <= verb_end), speaker
                )
            if speaker is None:  # "“…,” said the representative of Syria"
                sentence = reading.sentences[-1]
                for candidate in reading.sentences:
                    if candidate.start <= verb_end < candidate.end:
                        sentence = candidate
                speaker = _named_after(plain, speakers, sentence, verb_end)
            # "…," he said: the last person named before the quote
            pronoun = re.match(
                r"^\W{0,3}\s*(he|she)\s+(?:said|says|added|adds|told|tells|noted|wrote)",
                after_text,
            )
            if speaker is None and pronoun:
                # not a person any mention of whom has the other gender's honorific
                others = {
                    p.key for p in people if p.key and _other_gender(plain, p, pronoun.group(1))
                }
                earlier = [
                    p
                    for p in people
                    if p.end <= quote_start
                    and p.key not in others
                    and not _other_gender(plain, p, pronoun.group(1))
                ]
                # ("The Dutch ambassador needled Paris. “…,” he said": the unnamed voice)
                voice = _voice_after(plain, speakers, earlier, quote_start)
                opening = next(s for s in reading.sentences if s.start <= quote_start < s.end + 1)
                if voice is not None and voice.sentence >= opening.index - 1:
                    earlier = [voice]
                speaker = earlier[-1] if earlier else None
            if speaker is None and _THE_GROUP_SAID.match(after_text):
                # "…," the group said: the organisation named last, in this sentence or the one
                # before
                opening = next(s for s in reading.sentences if s.start <= quote_start < s.end + 1)
                bodies = [
                    m
                    for m in speakers
                    if m.kind == "organization"
                    and m.end <= quote_start
                    and m.sentence >= opening.index - 1
                ]
                speaker = bodies[-1] if bodies else None
            pattern = "quote-before-speech-verb"
            if speaker is not None:
                attributions.append((quote_end, max(verb_end, speaker.end)))
        if speaker is None:
            continue
        quote_sentence = next(s for s in reading.sentences if s.start <= quote_start < s.end + 1)
        _add(
            reading,
            speaker,
            [quote_start + reading.offset, quote_end + reading.offset],
            [
                reading.evidence(quote_sentence.index, quote_start, quote_end),
                reading.evidence(speaker.sentence, speaker.start, speaker.end),
            ],
            0.85,
            pattern,
            speaker.sentence,
        )
    return attributions


def _voice_after(plain: str, speakers: list[Mention], earlier: list[Mention], position: int):
    """The last unnamed voice of a state ("Israel's representative", "the Dutch ambassador")
    before ``position`` and after the last person in ``earlier``: the one "he" or "she" is."""
    return next(
        (
            m
            for m in reversed(speakers)
            if (m.kind == "state" or m.attributes.get("state"))
            and m.end <= position
            and (not earlier or m.start > earlier[-1].end)
            and _ONE_VOICE.match(plain, m.end)
        ),
        None,
    )


def _reported_speech(reading: Reading, people, speakers, attributions) -> set:
    """Reported speech: see the module notes. One statement per speaker and sentence; returns
    the (sentence, speaker) pairs taken."""
    plain = reading.plain
    taken: set[tuple[int, str]] = set()
    for sentence in reading.sentences:
        for verb in _REPORTING.finditer(plain, sentence.start, sentence.end):
            verb_start, verb_end = verb.span()
            if _NOT_SPEECH.match(verb.group() + plain[verb_end : verb_end + 20]):
                continue  # "insisted on a vote", "responded by vetoing", "added its name"
            if _MANDATIVE.match(plain, verb_start, min(sentence.end, verb_end + 120)):
                continue  # "insisting that the phrase … be included": a demand, not a statement
            if _said_a_ballot(plain, verb_start):
                continue  # "Who said no:", "Brazil and Canada also said no": ballots
            if re.search(r"\bworth\s+$", plain[max(0, verb_start - 8) : verb_start]):
                continue  # "a change worth noting": no one speaks
            if _SOME_OF_THEM.search(plain, max(sentence.start, verb_start - 30), verb_start):
                continue  # "all abstained, several of them arguing …": which ones, untold
            if reading.mentioned.quoted(verb_start, verb_end) or any(
                s <= verb_start < e for s, e in attributions
            ):
                continue
            own = [
                m
                for m in speakers
                if m.sentence == sentence.index
                and m.end <= verb_start
                and not reading.mentioned.quoted(m.start, m.end)
            ]
            asides = [
                match.span()
                for match in _ASIDE.finditer(plain, sentence.start, verb_end)
                if match.end() <= verb_start
            ]
            # "Kaja Tamm, who heads Estonia's mission, said": not the state in the aside; nor
            # "Supporters of Ana Soto said": her supporters speak
            own = [
                m
                for m in own
                if not any(s < m.start and m.end <= e for s, e in asides)
                and not _PEOPLE_OF.search(plain, max(0, m.start - 30), m.start)
            ]
            speaker, pattern = None, "reported-speech"
            if own:
                gap = _without_asides(plain, own[-1].end, verb_start, asides)
                if _is_agent(plain, own, own[-1]):
                    # "A draft put forward by X and Y declared …": the draft, not X; but "The
                    # abstainers, led by Moscow and Beijing, argued": the leaders speak for them
                    first = _conjoined(plain, own, own[-1])[0]
                    if re.fullmatch(r",\s*", gap) and re.search(
                        r",\s+(?:led|headed|spearheaded)\s+by\s+(?:the\s+)?$",
                        plain[max(0, first.start - 30) : first.start],
                    ):
                        speaker, pattern = own[-1], "reported-speech-leaders"
                elif verb.group().endswith("ing") and _BY_DOING.match(gap):
                    # "Ana Soto opened the meeting by saying …", "Chile began its statement by
                    # thanking …": the clause's subject speaks
                    speaker, pattern = own[-1], "reported-speech-by"
                elif (
                    verb.group().endswith("ing")
                    and "," in gap
                    and not re.search(rf"{_TIME_SPENT}\s*$", gap)
                ):
                    # "…, read out by the Philippine delegation, arguing": the participle's
                    # subject opens the clause; not after a noun ("pressing for language
                    # stressing that …": the language stresses)
                    if re.search(r",\s*(?:(?:and|also|then|while|before|after)\s+)*$", gap):
                        speaker = _clause_subject(reading, sentence, own, verb_start)
                    pattern = "reported-speech-coordinated"
                elif _OF_WHICH_ALL.match(gap):
                    # "Pakistan, Sudan and Honduras, all of which took the floor": each of them
                    speaker, pattern = own[-1], "reported-speech-each"
                elif _EACH_OF_THE_SUBJECT.search(gap):
                    # "Libya and Vietnam voted in favour, though each restated its reservations"
                    speaker = _clause_subject(reading, sentence, own, verb_start)
                    pattern = "reported-speech-coordinated"
                elif own[-1].kind == "person" and _OWNED_VOICE.match(gap):
                    # "Prime Minister Hun Sen's government has said": the state the person
                    # leads, when the registry knows it; never the person
                    state = _speaking_for(reading, own[-1])
                    if state:
                        speaker = replace(own[-1], kind="state", key=state)
                elif _ADJACENT_VERB.fullmatch(gap):
                    speaker = own[-1]
                elif _RELATIVE_THEN_VERB.match(gap):
                    speaker, pattern = own[-1], "reported-speech-relative"
                elif _COORDINATED.search(gap):
                    speaker = _clause_subject(reading, sentence, own, verb_start)
                    pattern = "reported-speech-coordinated"
            if (
                speaker is None
                and verb.group() in ("said", "says", "added", "noted", "argued", "insisted")
                and re.search(r",\s*$", plain[sentence.start : verb_start])
            ):
                # "The vote was a disgrace, said Danny Danon, Israel's ambassador."
                speaker, pattern = _named_after(plain, speakers, sentence, verb_end), "inverted"
            opening = plain[_clause_start(sentence, verb_start) : verb_start]
            if speaker is None and (
                _PRONOUN.search(plain[max(sentence.start, verb_start - 12) : verb_start])
                # "He calls the session a ritual and says …"
                or (re.match(r"^\W*(?:He|She)\s", opening) and _COORDINATED.search(opening))
            ):
                earlier = [p for p in people if p.end <= verb_start and p.kind == "person"]
                # "The representative of Djibouti welcomed it, which, he said, …"
                represented = [
                    m
                    for m in own
                    if m.kind == "state"
                    and _REPRESENTATIVE_OF.search(plain[max(0, m.start - 40) : m.start])
                ]
                if represented and not any(p.sentence == sentence.index for p in earlier):
                    earlier = represented[:1]
                # "Israel's representative says …. He notes …": the unnamed voice told after
                # the last person named is the one "he" is
                voice = _voice_after(plain, speakers, earlier, verb_start)
                if voice is not None and voice.sentence >= sentence.index - 1:
                    earlier = [voice]
                if _SUBORDINATE_OPENING.match(plain, sentence.start, verb_start) and any(
                    p.sentence == sentence.index and p.start > verb_end for p in people
                ):
                    earlier = []  # "When he announced …, Mr. Bathily warned": he is Bathily
                speaker, pattern = (earlier[-1] if earlier else None), "reported-speech-pronoun"
            if speaker is None and _HIS_VOICE.search(plain[sentence.start : verb_start]):
                # "Israel's ambassador, X, spoke, and his government has said …": X's state
                earlier = [p for p in people if p.end <= verb_start and p.attributes.get("state")]
                if earlier and not re.search(
                    r"\b(?:said|says|told|tells|added|stated)\s+(?:\w+\s+)?(?:that\s+)?(?:his|her)\s",
                    plain[sentence.start : verb_start],
                ):
                    # (not "X said his delegation regretted the outcome": X tells it)
                    person = earlier[-1]
                    speaker = replace(person, kind="state", key=person.attributes["state"])
                    pattern = "reported-speech-his-government"
            its = _ITS_VOICE.search(plain, sentence.start, verb_start)
            if speaker is None and its:
                # "Syria's delegation rejects the session. Its envoy says …": the state named
                # last in the sentence, else the one that opens the sentence before, never a
                # state naming a thing ("Moscow co-chaired the Madrid conference, and its
                # diplomats say …", "Peru is introducing the Chile draft. Its delegate
                # stresses …": Moscow, Peru)
                earlier = [
                    m
                    for m in reading.mentioned.mentions
                    if m.kind == "state"
                    and m.end <= its.start()
                    and m.sentence >= sentence.index - 1
                    and "inside" not in m.attributes
                    and not (
                        re.search(r"\b[Tt]he\s+$", plain[max(0, m.start - 4) : m.start])
                        and _NAMES_A_THING.match(plain, m.end)
                    )
                ]
                if earlier and earlier[-1].sentence < sentence.index:
                    earlier = [m for m in earlier if m.sentence == earlier[-1].sentence][:1]
                speaker, pattern = (earlier[-1] if earlier else None), "reported-speech-its"
            if speaker is None and _THEY.search(
                plain[max(sentence.start, verb_start - 16) : verb_start]
            ):
                # "Qatar and South Africa both objected when, they said, …": the clause's subject
                subject = _clause_subject(reading, sentence, own, sentence.start)
                if subject is None and own and own[0].start - sentence.start < 40:
                    subject = (
                        own[0]
                        if re.fullmatch(r"\W*(?:The\s+)?", plain[sentence.start : own[0].start])
                        else None
                    )
                speaker, pattern = subject, "reported-speech-they"
            pair: list[Mention] = []
            if speaker is None and _BOTH.match(plain[sentence.start : verb_start]):
                # the pair in the sentence before, or before a question between ("Lebanon and
                # Syria abstained. Why did they abstain? Both argue …")
                for back in range(1, min(3, sentence.index + 1)):
                    before = [
                        m
                        for m in reading.mentioned.in_sentence(sentence.index - back, ("state",))
                        if not reading.mentioned.quoted(m.start, m.end)
                    ]
                    pair = next(
                        (g for m in before if len(g := _conjoined(plain, before, m)) == 2), []
                    )
                    asked = reading.sentences[sentence.index - back]
                    if pair or not plain[asked.start : asked.end].rstrip().endswith("?"):
                        break
                speaker, pattern = (pair[0] if pair else None), "reported-speech-both"
            if speaker is None:
                continue
            voices = pair or (
                _conjoined(plain, own, speaker) if pattern != "inverted" else [speaker]
            )
            if _OBJECT_RELATIVE.search(
                plain, max(0, voices[0].start - 20), voices[0].start
            ) and re.match(r"[.;,]", plain[verb_end : verb_end + 1]):
                continue  # "Abyei, which both Sudan and South Sudan claim.": the land is claimed
            if pattern != "reported-speech-each" and _EXAMPLES_BEFORE.search(
                plain, max(0, voices[0].start - 120), voices[0].start
            ):
                continue  # "Supporters, a coalition that included India and Egypt, said": examples
            if voices[0].kind == "state" and _TOLD_THAT.search(
                plain, max(sentence.start, voices[0].start - 80), voices[0].start
            ):
                continue  # "Kerry said in a statement that the United States welcomed …": told
            for voice in voices:
                key = (sentence.index, voice.key or voice.text)
                if key in taken:
                    continue
                taken.add(key)
                _add(
                    reading,
                    voice,
                    None,
                    [
                        reading.evidence(voice.sentence, voice.start, voice.end),
                        reading.evidence(sentence.index, verb_start, verb_end),
                    ],
                    0.7 if voice.kind != "state" else 0.65,
                    pattern,
                    sentence.index,
                )
    return taken


def _according_to(reading: Reading, speakers: list[Mention], taken: set) -> None:
    """X speaks in "According to X, …" and "Moscow's position, repeated by X, …"."""
    plain = reading.plain
    for sentence in reading.sentences:
        cues = [
            *_ACCORDING_TO.finditer(plain[sentence.start : sentence.end]),
            *_SAID_BY.finditer(plain[sentence.start : sentence.end]),
        ]
        for cue in cues:
            speaker = _named_after(plain, speakers, sentence, sentence.start + cue.end())
            if speaker is None or (sentence.index, speaker.key or speaker.text) in taken:
                continue
            taken.add((sentence.index, speaker.key or speaker.text))
            _add(
                reading,
                speaker,
                None,
                [reading.evidence(sentence.index, sentence.start + cue.start(), speaker.end)],
                0.7 if speaker.kind != "state" else 0.65,
                "according-to",
                sentence.index,
            )


#: What someone said, told in the passive with its speaker: "Moscow's position, repeated in
#: the chamber by deputy ambassador Dmitry Polyanskiy, is that …".
_SAID_BY = re.compile(
    r"\b(?:position|view|argument|case|objection|concerns?|complaint|message|line)s?,?\s+"
    r"(?:as\s+)?(?:repeated|voiced|expressed|stated|set\s+out|made|echoed|read\s+out|delivered|"
    r"put)\s+(?:[^.;,]{0,40}?\s)?by\s+"
)
#: "According to X", "according to a statement from X" (the source of the statement speaks).
_ACCORDING_TO = re.compile(
    # ("In the words of Peru's envoy, …")
    r"\b(?:[Aa]ccording\s+to|[Ii]n\s+the\s+words\s+of)\s+"
    r"(?:(?:a|the|an)\s+(?:\w+\s+)?(?:statement|release|readout|"
    r"communiqu[ée]|letter|note)\s+(?:from|by|of|issued\s+by)\s+)?"
)


def _said_a_ballot(plain: str, verb_start: int) -> bool:
    """Whether "said no" (or "yes") at ``verb_start`` tells a ballot: ``_SAID_A_BALLOT``, or
    after "also" ("Brazil and Canada also said no").

    >>> _said_a_ballot("Canada also said no.", 12), _said_a_ballot("Khartoum says no.", 9)
    (True, False)
    """
    if _SAID_A_BALLOT.match(plain, verb_start):
        return True
    return re.match(r"(?:said|says)\s+(?:no|yes|nay)\b", plain[verb_start:]) is not None and (
        re.search(
            r"\b(?:also|too|likewise|similarly)\s+$", plain[max(0, verb_start - 12) : verb_start]
        )
        is not None
    )


def _other_gender(plain: str, person: Mention, pronoun: str) -> bool:
    """Whether the honorific before a person ("Mr Ouattara", "Mrs Pandor") rules out the
    pronoun ("she said", "he said").

    >>> from kg.extract.mentions import Mention
    >>> _other_gender("recognise Mr Ouattara", Mention("person", "X", 13, 21, "", 0), "she")
    True
    """
    honorific = re.search(
        r"\b(Mr|Mrs|Ms|Mme|Miss)\.?\s+$", plain[max(0, person.start - 6) : person.start]
    )
    if honorific is None:
        return False
    male = honorific.group(1) == "Mr"
    return male != (pronoun.lower() == "he")


def _named_after(plain: str, speakers: list[Mention], sentence, position: int):
    """The speaker named right at ``position`` ("said Danny Danon", "said the representative
    of Peru"), or None."""
    for mention in speakers:
        if mention.sentence == sentence.index and mention.start >= position:
            between = plain[position : mention.start]
            if re.fullmatch(
                r"\s*(?:the\s+(?:representative|delegate|delegation|ambassador|envoy)\s+of\s+"
                # ("according to diplomats from Peru")
                r"(?:the\s+)?|(?:diplomats|officials|sources)\s+from\s+(?:the\s+)?|"
                # ("said a spokesman for the Kenyan foreign ministry")
                r"(?:an?\s+)?spokes(?:man|woman|person)\s+for\s+(?:the\s+)?|the\s+)?",
                between,
            ):
                return mention
            return None
    return None


def _without_asides(plain: str, start: int, end: int, asides: list[tuple[int, int]]) -> str:
    """The text between a speaker and its verb with each aside in it a comma.

    >>> _without_asides("Kenya, speaking for all, said", 5, 25, [(5, 24)])
    ', '
    """
    parts, position = [], start
    for aside_start, aside_end in sorted(asides):
        if start <= aside_start and aside_end <= end:
            parts += [plain[position:aside_start], ","]
            position = aside_end
    return "".join(parts) + plain[position:end]


def _is_agent(plain: str, own: list[Mention], mention: Mention) -> bool:
    """True when ``mention`` (or the list it ends) follows "by": the agent of a participle."""
    first = _conjoined(plain, own, mention)[0] if mention.kind == "state" else mention
    return (
        re.search(r"\bby\s+(?:the\s+)?$", plain[max(0, first.start - 12) : first.start]) is not None
    )


def _conjoined(plain: str, own: list[Mention], speaker: Mention) -> list[Mention]:
    """The speaker and the states joined to it by "and" or commas: "Moscow and Beijing had
    said", "The Indian and Zimbabwean envoys warned"; or the people joined before it
    (:func:`_conjoined_people`)."""
    if speaker.kind == "person" and speaker in own:
        return _conjoined_people(plain, own, speaker)
    if speaker.kind != "state" or speaker not in own:
        return [speaker]
    position = own.index(speaker)
    group = [speaker]
    for step in (-1, 1):
        index = position
        while 0 <= index + step < len(own):
            left, right = sorted((own[index], own[index + step]), key=lambda m: m.start)
            if (
                own[index + step].kind != "state"
                or not _CONJUNCTION.fullmatch(plain[left.end : right.start])
                # "for Lebanon and Syria, and the Russian and Chinese envoys argued": a name
                # and an adjective's voice are two phrases
                or (left.form in _ADJECTIVE_FORMS) != (right.form in _ADJECTIVE_FORMS)
            ):
                break
            index += step
            group.append(own[index])
    return sorted(group, key=lambda m: m.start)


#: What may stand between two people joined as speakers: "Ana Soto of Peru and Luis Vera",
#: "Ana Soto, Peru's envoy, and Luis Vera".
_PEOPLE_JOINED = re.compile(
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}|,\s+[^,;]{1,60},)?,?\s+and\s+"
    # "Ana Soto and peacekeeping chief Luis Vera": a lower-case word of the next one's title
    r"(?:[a-z]+\s+)?"
)


def _conjoined_people(plain: str, own: list[Mention], speaker: Mention) -> list[Mention]:
    """The speaker and the people joined before it by "and": "Ana Soto, Peru's envoy, and
    Luis Vera, Chile's envoy, said"."""
    people = [m for m in own if m.kind == "person"]
    group = [speaker]
    for earlier in reversed(people[: people.index(speaker)]):
        if not _PEOPLE_JOINED.fullmatch(plain[earlier.end : group[0].start]):
            break
        group.insert(0, earlier)
    return group


def _clause_start(sentence, verb_start: int) -> int:
    """Where the clause of a speech verb starts: the sentence, or its last ";", ":", ",
    while", ", whereas" or ", but" before the verb."""
    breaks = [
        sentence.start + b.end()
        for b in re.finditer(r"[;:]|\s[-\u2013\u2014]\s|,\s*(?:while|whereas|but)\b", sentence.text)
        if sentence.start + b.end() <= verb_start
    ]
    return max([sentence.start, *breaks])


def _clause_subject(reading: Reading, sentence, own: list[Mention], verb_start: int):
    """The subject opening the clause of a coordinated or participle speech verb."""
    zone = _clause_start(sentence, verb_start)
    subjects = [m for m in own if m.start >= zone]
    while (
        len(subjects) > 1
        and subjects[1].kind == "person"
        and re.fullmatch(r"['\u2019]s\s", reading.plain[subjects[0].end : subjects[1].start])
    ):
        subjects = subjects[1:]  # "Kofi Annan's special envoy, Lakhdar Brahimi,": the envoy
    opening = reading.plain[zone : subjects[0].start] if subjects else ""
    if re.search(r"\b(?:[Hh]e|[Ss]he|that)\b", opening):
        return None  # "He recalled that Pakistan … and said": he speaks
    # "Speaking after the vote, the Burundian delegation rejected it, telling …": an opening
    # participle or adverbial phrase stands before the subject
    opening = re.sub(
        r"^(?:Speaking|Explaining|Introducing|After|Before|In|On|At)\b[^,;]*,\s*", "", opening
    )
    if subjects and _NOT_ITS_VOICE.match(reading.plain, subjects[0].end):
        return None  # "Lahoud's supporters dismissed it and said": not Lahoud
    return subjects[0] if subjects and len(opening.split()) <= 3 else None


#: A possessive whose noun is no voice of the owner: "Lahoud's supporters", "Russia's allies".
_NOT_ITS_VOICE = re.compile(rf"'s?\s+(?!(?:(?:\w+\s+)?(?i:{_VOICE_NOUNS})|[A-Z]))\w+")


def _add(reading, speaker: Mention, quote, evidence, confidence, pattern, index) -> None:
    day = reading.sentence_day(index)
    reading.add(
        "statement",
        {
            "speaker": {
                "kind": speaker.kind
                if speaker.kind in ("person", "state", "organization")
                else "anonymous",
                "key": speaker.key,
                "text": speaker.text,
                "span": [speaker.start + reading.offset, speaker.end + reading.offset],
            },
            "speaking_for": _speaking_for(reading, speaker),
            "quote": quote,
            "date": day.isoformat() if day else None,
        },
        evidence,
        confidence,
        pattern,
    )


def _speaking_for(reading: Reading, speaker: Mention) -> str | None:
    if speaker.kind == "state":
        return speaker.key
    if speaker.attributes.get("state"):
        return speaker.attributes["state"]
    if speaker.kind == "person" and speaker.key:
        post = person_post(reading, speaker)[0]
        return post.post_in if post is not None else None
    if speaker.kind == "anonymous":
        # "a spokesman for the Kenyan foreign ministry": the state whose voice follows "for"
        gap = re.compile(r"\s+(?:for|of|from)\s+(?:the\s+)?")
        return next(
            (
                m.key
                for m in reading.mentioned.in_sentence(speaker.sentence, ("state",))
                if gap.fullmatch(reading.plain, speaker.end, m.start)
            ),
            None,
        )
    return None


def person_post(reading: Reading, mention: Mention):
    """(registry post, holds current/former) that fits the mention's title and the date."""
    title = mention.attributes.get("title", "") + " " + mention.attributes.get("post_text", "")
    day = reading.sentence_day(mention.sentence) or reading.article_date
    return _post_on(mention.key, title, day)


@functools.lru_cache(maxsize=1024)
def _post_on(person: str | None, title: str, day):
    from datetime import date

    from kg.registry import load_posts, load_tenures

    posts = {post.title: post for post in load_posts()}
    wanted = {role for word, role in TITLES.items() if word in title}
    best = None
    for tenure in load_tenures():
        if tenure.person != person:
            continue
        post = posts.get(tenure.post)
        if post is None or (wanted and not wanted & set(post.roles)):
            continue
        if day is None or tenure.holds_on(day):
            return post, "current"
        if tenure.start <= (day or date.max) and (best is None or best[2] < tenure.start):
            best = (post, "former", tenure.start)
    return (best[0], best[1]) if best else (None, None)
