"""Ballots: which state voted how on which motion, in the many ways news reports it.

A vote cue (:data:`kg.extract.patterns.VOTE_CUES`) gives the option; its voters are found by
the shape of the clause around it (the inventory of shapes is kept as data in
``tests/test_extract_ballots.py``):

- the subject before the cue: "Russia and China voted against", "X, Y and Z abstained",
  "Several countries, among them X and Y, voted no", "X and Y were among the 14 countries
  that voted against", "X was among the nine opponents", "Russia was the lone dissenter";
  asides between commas are skipped ("Algeria, an elected member without veto power, also
  voted against it");
- companions: "alongside X", "joined X in voting against", "joined by X and Y", "as did X",
  "among them X", "sided with X in voting no", "voted with X for it", "putting it in the
  company of X"; "sided with X" without an option takes X's own ballot, and gives none to X;
- a count before the cue and a list after a copula: "The only countries to vote against were
  X and Y", "The five countries that opposed it were …", "The two no votes came from X and
  Y", "Among the 14 no votes were …", "The draft got nine votes: X, Y …" (as many as it
  counts); with no list, the state the phrase describes ("Russia, the only country to vote
  against, called …"); a cue opening its clause ("Voting against were …", "Those abstaining
  included …") or a passive ("was opposed by X", "The no votes were cast by X", "was vetoed
  by X") before a list; "…, with 58 abstentions" is a count only;
- who cast the vetoes a noun names: "a Russian veto", "British and French vetoes", "a double
  veto by Russia and China", "with China casting a veto" (not "to avoid a Russian veto");
- a list in brackets after a count: "3 against (Bhutan, India, Libya)";
- a list goes on past a group it names as one item ("plus the three Baltic states, Turkey and
  Argentina", "the Nordic countries (Denmark, Finland …), Ireland"): the group gives no ballot,
  its members in brackets do; "plus" and "as well as" after the cue add companions ("also
  voted against, plus three Balkan states - X, Y and Z - and the micro-states A and B"); a
  passive's agents may open with a group and an aside ("opposed by all EU members - Britain
  has yet to leave - as well as X, Y"); a side "shrank to" its list; a group described before
  its members' dash ("included southern African states whose loyalty to Havana dates from the
  liberation wars - X, Y"); a part of a side ("Of the eighteen governments that voted nay, Cuba
  included, several are …: X, Y"); a list "among the 116" (the side of that count); a
  side named by "opposition" or "support" before a colon;
- a motion's sponsors as its voters ("Only its two authors supported it", "winning the
  support of just its sponsors", "six votes in favour - the five sponsors plus X", "as did X
  and the three African sponsors"): the proposers of the motion told last in the paragraph,
  once the stances have named them (:func:`find_sponsor_ballots`); the Council's permanent
  members as a group ("All five permanent members … supported it", "as did the other four
  permanent members": those the sentence has not named before).

The motion is the one named right after the cue ("voted against the resolution", "opposed
it"), the one a date in the clause points to ("which abstained in October"), the one the
sentence names before the cue, else the one the text is about (the one a count of the side in
the sentence fits: "The two votes against came from …", "among the eleven abstainers"); a list
that overfills the side of that vote, or matches the count of another vote told before it or
in the next sentence ("X, Y and Z voted against, leaving the draft two votes in favour, nine
against"), is that other vote's. A veto ("vetoed", "blocked", "Russia's veto", "with their
vetoes") counts only for the five permanent members and also records the veto on the motion
(``vetoed_by``, outcome ``vetoed``, organ SC). Hypotheticals ("could have blocked it with a
veto", "without veto power", "if X were to abstain") and votes asked for ("urged states to
vote no") give no ballot; "opposed", "backed" and the like count only in a sentence about a
vote and with the motion as their object.

>>> from kg.extract import extract
>>> result = extract("The two no votes came from Russia and China, while India abstained.")
>>> sorted((f.fields["voter"], f.fields["option"]) for f in result.facts_of("ballot"))
[('CHN', 'no'), ('IND', 'abstain'), ('RUS', 'no')]
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import re

from kg.extract.facts import Fact
from kg.extract.mentions import Mention
from kg.extract.motions import (
    VETO_OBJECT,
    _described,
    _headline_end,
    _last_council,
    _last_position,
    _title,
    focus_motion,
    main_motion,
)
from kg.extract.outcomes import set_outcome
from kg.extract.patterns import LIST_ONLY_VOTE_CUES, VETO_CUES, WEAK_VOTE_CUES, number_value
from kg.extract.reading import CLAUSE_OPENING, SPACED_DASH, Cue, Motion, Reading

__all__ = ["find_ballots", "find_sponsor_ballots", "permanent_members"]

#: A vote asked for or planned, not cast: "urged members to vote no", "plans to abstain".
_REQUESTED = re.compile(
    r"\b(?:urg\w*|ask\w*|call\w*\s+on|press\w*|encourag\w*|plan\w*|intend\w*|expect\w*|"
    r"want\w*|wish\w*|hop\w*|lobb\w*|persuad\w*|pressur\w*|appeal\w*|invit\w*|"
    r"prepar\w*|promis\w*|pledg\w*|vow\w*)\b[^.;]{0,60}\bto\s+$",
    re.IGNORECASE,
)
#: A voter's backers after its ballot: "Iran voted against, and was backed by its allies".
_BACKED_SUBJECT = re.compile(
    r"\b(?:voted|abstained|opposed)\b[^.;:]{0,40},?\s+and\s+(?:was|were)\s+$", re.IGNORECASE
)
#: A side taken as a habit, not in this vote: "which have sided with Washington".
_HABIT_BEFORE = re.compile(
    r"\b(?:have|has|often|usually|always|traditionally|regularly|routinely)\s+(?:\w+ly\s+)?$"
)
#: "the only states prepared to vote no": a side told by its readiness, no request.
_ONLY_PREPARED = re.compile(
    r"\b(?:only|sole|lone)\s+(?:[\w-]+\s+){0,2}(?:countries|states|nations|members|delegations|"
    r"ones|governments)\s+(?:prepared|willing|ready)\s+to\s+$"
)
_HYPOTHETICAL = re.compile(
    # ("may" in lower case: "On 4 May 2023 Russia blocked …" names the month)
    r"\b(?:if|would|could|might|(?-i:may)|were\s+to|expected\s+to|likely\s+to|plans?\s+to|"
    r"without|threat\w*|promis\w*|vow\w*|pledg\w*|ready\s+to|"
    # ("veto power", "the power to block it", but not "a nuclear power", "great-power quarrels")
    r"prepared\s+to|veto\s+power|power\s+to|right\s+to|scenario|rather\s+than)\b|"
    # a power held, the cue right after it: "Britain and France, which can veto Council
    # decisions, voted yes"
    r"\bcan\s+(?:(?:each|also|still|alone|only)\s+)?$",
    re.IGNORECASE,
)
#: A vote not cast by the cue's subject: one to come ("will abstain"), one asked of others
#: ("urged others to vote in favour", "lobbied Chile to vote against"), one supposed ("Had
#: Brazil voted no, …").
_NOT_CAST_BEFORE = re.compile(
    r"\b(?:will|shall|'ll|(?:is|are)\s+(?:going|set|poised|due|about)\s+to)\s+(?:\w+ly\s+)?$"
    # a habit, not this vote's ballot: "France, which usually abstains, …"
    r"|\b(?:usually|often|always|traditionally|normally|typically|generally|routinely|"
    r"habitually)\s+$"
    # "India, which normally stays away from such texts or votes against them, …": the
    # relative clause's habit runs to its cue
    r"|\b(?:which|who)\s+(?:\w+\s+)?(?:usually|often|always|traditionally|normally|typically|"
    r"generally|routinely|habitually)\s+[^,;.]*$"
    r"|\b(?:urg|ask|press|lobb|encourag|persuad|push|call)\w*\s+(?:on\s+)?(?:\S+\s+){1,4}?to\s+"
    r"(?:vote\s+)?$"
    # (a capital: not a zone that opens at "had also sat out" after the subject's noun)
    r"|^\W*(?-i:Had)\s+(?:\S+\s+){1,4}?$"
    # a clause opened by a stretch of years: "For a quarter of a century the United States
    # voted against it", "For years before that, Israel abstained" (the votes of those years)
    r"|^\W*(?:for|over|during)\s+(?:(?:more|less)\s+than\s+|nearly\s+|almost\s+|some\s+)?"
    r"(?:a|an|two|three|four|five|six|seven|eight|nine|ten|several|many|\d+)?\s*"
    r"(?:quarter\s+of\s+a\s+century|half\s+a\s+century|decades|decade|years|generations?)"
    r"(?:\s+(?:before|after|since)\s+(?:that|this|then|it))?,?\s+[^,;.]*$",
    re.IGNORECASE,
)
#: A ballot of the past in general, no vote of the text's: "has abstained on such texts in the
#: past".
_HABIT_AFTER = re.compile(
    r"\s+(?:on\s+(?:such|similar|these|those|this)\s+(?:\w+\s+){0,2})?"
    # "which had backed the same text every year for the past decade": after its object
    r"(?:(?:it|them|(?:the|this|that|such|these|those)\s+(?:same\s+)?[a-z]+)\s+)?"
    r"(?:in\s+the\s+past|in\s+(?:previous|earlier|past)\s+years|over\s+the\s+years|"
    r"for\s+years|every\s+year|each\s+year|year\s+after\s+year|as\s+a\s+rule|"
    r"for\s+(?:the\s+)?(?:past|last)\s+(?:\w+\s+)?(?:years|decades?))\b",
    re.IGNORECASE,
)
#: "held back" with an object other than the vote ("held back criticism"): no abstention.
_HELD_BACK_OTHER = re.compile(
    r"\s+(?!(?:its|their|his|her)\s+(?:support|vote|backing)\b|support\b|from\s+voting\b|"
    r"on\b|in\b|as\b|and\b|this\s+time\b|again\b|too\b)[a-z]"
)
#: "X and Y were among the supporters": the subjects are the side's members.
_AMONG_THE = re.compile(
    # ("among the thirteen opponents", "among the 13 opponents", "among the other opponents")
    r"\b(?:were|was|are|is)\s+(?:also\s+)?among\s+(?:the|its|their)\s+(?:[\w-]+\s+)?$"
    # "X and Y rounded out the bloc of opponents", "joined the ranks of the supporters"
    # ("Chile led the abstainers", "Chile and Peru headed the list of opponents")
    r"|\b(?:rounded\s+out|filled\s+out|completed|swelled|joined|led|headed|topped)\s+(?:the\s+)?"
    r"(?:[a-z]+\s+(?:[a-z]+\s+)?of\s+(?:the\s+)?)?$"
)
#: "X was joined in the No camp by Y", "…, joined in the abstention column by Y", "X was
#: joined among the abstainers by Y": the side's subjects before, its companions after "by".
_JOINED_IN = re.compile(r"\bjoined\s+(?:in|among)\s+(?:the\s+)?$")
_JOINED_IN_BY = re.compile(
    r"\s+(?:(?:column|camp|side|ranks|benches|bloc|group)\s+)?by\s+(?:the\s+)?"
)
#: Subjects that fill a side a noun cue names: "X and Y accounted for the no votes".
_FILLED_SIDE = re.compile(
    r"\b(?:comprised|accounted\s+for|made\s+up|formed|were\s+responsible\s+for|cast|"
    r"supplied|provided|delivered)\s+"
    r"(?:all\s+)?(?:of\s+)?the\s+(?:\w+\s+)?$"
)
#: The agent of a noun cue: "an abstention by Chile", "the support of Chile and Peru".
_NOUN_AGENT = re.compile(
    # ("the support of every member of the ALBA bloc - Venezuela, …": a group before its list)
    r"\s+(?:by|from|of)\s+(?=(?:the\s+)?[A-Z]|(?:every|each|all|most)\s)"
)
#: A motion that had a side's support: "had the backing of", "won the support of".
_HAD_SUPPORT = re.compile(
    r"\b(?:had|has|have|won|wins|drew|draws|got|gained|received|enjoyed|attracted|secured)\s+"
    r"(?:the\s+)?(?:\w+\s+)?$"
    # "adopted 120-10-30 with the support of Chile and Ghana"
    r"|\b(?:adopted|passed|approved|carried)\b[^.;:]{0,40}\bwith\s+(?:the\s+)?$"
)
#: A short clause after "support" before the dash of its list: " one would expect — ".
_SUPPORT_DASH = re.compile(r"(?:\s+[a-z']+){0,6}\s*(?:[\u2013\u2014:]|\s--?\s)\s*(?:the\s+)?")
#: A cue forecast by what follows it: "a veto there remains likely", "a veto seems certain".
_LIKELY_AFTER = re.compile(
    r"\s+(?:\w+\s+){0,3}?(?:remains?|is|seems?|looks?|appears?|was)\s+(?:\w+\s+)?"
    r"(?:likely|unlikely|possible|probable|certain|inevitable|expected)\b"
)
#: A veto held, not cast: "China and Russia, which hold vetoes, voted in favour", "the two
#: members that have the veto", "France and Britain, both veto-wielding members, backed it",
#: "Washington holds a veto", "with vetoes of their own", "the other veto powers" (but "killed
#: it with its veto", "has used its veto" cast one).
_VETO_HELD_BEFORE = re.compile(
    r"\b(?:(?:hold|holds|holding|held|have|has|having|possess\w*|enjoy\w*|wield|wielding)|"
    # "both permanent members with a veto" (but "killed it with a veto" cast one)
    r"(?:members?|powers?|states?|countries|nations|seats?)\s+with)\s+"
    r"(?:(?:a|the|their|its)\s+)?(?:own\s+)?(?:(?:right|power)\s+(?:of|to)\s+)?$",
    re.IGNORECASE,
)
_VETO_HELD_AFTER = re.compile(
    r"-(?:wield|hold|bear|carry|own)ing\b|\s+of\s+(?:its|their)\s+own\b|"
    # ("two veto powers" are states; "used its veto power to block it" cast one)
    r"[\s-]+(?:powers|holders?|wielders?)\b",
    re.IGNORECASE,
)
#: A veto only supposed, told by the modal after it: "A Chinese veto would have angered
#: Beijing's African partners", "a French veto might have split the Europeans".
_VETO_SUPPOSED_AFTER = re.compile(
    r"\s+(?:\w+\s+)?(?:would|could|might|(?-i:may))\b(?!\s+(?:yet|still)\b)", re.IGNORECASE
)
#: Before "no vote": a state that holds no vote (an observer, a non-member) casts no ballot:
#: "has no vote", "had no vote", "an observer with no vote", "having observer status and no
#: vote" (but not "cast a no vote", "was the lone no vote").
_NO_VOTE_HELD = re.compile(
    r"\b(?:has|have|had|having|with|holds?|held|holding)\s+"
    r"(?:(?!(?:cast|a|an|the|its|their|registered|recorded|lodged|entered)\s)[\w'-]+\s+){0,5}?"
    r"(?:and\s+|but\s+)?$",
    re.IGNORECASE,
)
#: A clause that tells how the Council decides, not how it voted: "A negative vote by any of
#: the permanent members blocks adoption", "the five can each veto a decision", "a text fails
#: whenever a permanent member votes against it" (read in the cue's own clause, without its
#: asides: "Britain, which can veto any text, voted yes" tells a ballot).
_COUNCIL_RULE = re.compile(
    r"\bany\s+(?:one\s+|single\s+)?(?:of\s+)?(?:the\s+|its\s+)?(?:council's\s+)?"
    r"(?:five\s+|5\s+)?(?:permanent|p-?5\b|veto)|\bany\s+one\s+of\b|\bwhenever\b|"
    r"\bcan\s+(?:each\s+|also\s+|still\s+|alone\s+|single-handedly\s+)?"
    r"(?:veto|block|kill|sink|stop|defeat)\b|"
    r"\b(?:blocks|kills|sinks|stops|defeats)\s+(?:any|adoption)\b|"
    r"\bis\s+enough\s+to\s+(?:veto|block|kill|sink|stop|defeat)\b",
    re.IGNORECASE,
)
#: An opening participle and its object before the copula of a list: "Supporting the renewal
#: were …", "Opposing the text were …".
_INVERTED_COPULA = re.compile(
    r"\s+(?:it|them|(?:the|this|that|its|their)\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:were|was|included)\b"
)
#: A ballot cast in every vote the text tells: "voted yes each time", "on both occasions".
_EACH_TIME = re.compile(
    r"\s+(?:[\w-]+\s+){0,3}?(?:each\s+time|both\s+times|on\s+both\s+occasions|twice|"
    r"in\s+both\s+(?:votes|years|rounds)|on\s+both(?:\s+(?:texts|votes|resolutions|drafts))?)\b"
    # "voted against both", "opposed both texts"
    r"|\s+both(?:\s+(?:texts|votes|resolutions|drafts|of\s+them))?(?=\s*(?:[.,;]|$))"
    # "backed the two texts", "voted for both resolutions"
    r"|\s+(?:the\s+two|both)\s+(?:texts|resolutions|drafts|measures)\b"
    # "did not take part in either vote": a side no one takes in neither (a denied side,
    # "did not vote for either text", is no ballot at all)
    r"|\s+(?:in|on)\s+either\s+(?:vote|ballot|round|text|resolution|draft)\b"
)
#: A ballot cast in each of several votes counted: "voted against all four".
_ALL_N = re.compile(
    r"\s+(?:(?:on|in)\s+)?(?:all|each\s+of\s+the|each\s+of\s+these)\s+"
    # (not "all four permanent members", "all three of them")
    r"(?P<n>three|four|five|six|seven|eight)\b"
    r"(?!\s+(?!(?:texts|resolutions|drafts|votes|measures)\b)[a-z])"
)
#: Cues that are nouns counting votes of a side ("abstentions", "no votes", "nays").
_COUNTED_NOUN = re.compile(
    r"(?i:abstentions?|(?:no|yes|negative|nay)\s+votes?|nays|noes|ayes|yeas|yeses)"
)
#: A count or group that the cue describes: "the only countries to", "the five countries
#: that", "The two", "Among the 14", "the six votes".
_COUNTED_SUBJECT = re.compile(
    r"(?:\b(?:only|sole|lone|\w+)\s+(?:countries|nations|states|members|ones|delegations|"
    r"country|nation|state|member)\s+(?:that|which|who|to)\s+(?:\w+\s+)?"
    r"|\b(?:the|The)\s+(?:only\s+|sole\s+|lone\s+)?(?:\w+\s+)?(?:other\s+)?$"
    r"|\b(?:[Oo]nly|[Jj]ust)\s+\w+\s+(?:other\s+)?(?:countries|nations|states|members|"
    r"delegations)\s+$"
    r"|\b(?:[Tt]he|[Tt]hose)\s+(?:\w+\s+)?(?:other\s+)?(?:countries|nations|states|members|"
    r"delegations)\s+$"
    # "Others voting no included …", "Others who voted against included …"
    r"|(?:^|[.;]\s*)\W*(?:[Oo]thers|[Tt]he\s+others)\s+(?:who\s+|that\s+)?$"
    # "The seven who voted no deserve to be named: …": a count with no noun
    r"|\b(?:[Tt]he|[Tt]hose)\s+(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|[a-z]+teen|twenty|thirty|forty|fifty)\s+(?:who|that)\s+(?:\w+\s+)?$)$"
)
#: The subject's place in a counted group before the cue: "Chile was one of 12 countries to".
_ONE_OF = re.compile(
    r"\s+(?:was|is|were|are)\s+(?:(?:one|two|three|four|five)\s+of|among)\s+(?:the\s+)?"
    r"(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)\s+(?:other\s+)?(?:countries|nations|states|members|"
    r"delegations|governments)\s+(?:that|which|who|to)\s+(?:\w+\s+)?$"
)
_COPULA_LIST = re.compile(
    r"^\s*(?:it\s+|them\s+|the\s+\w+(?:\s+\w+)?\s+)?(?:were|was|are|is|came\s+from|come\s+from|"
    r"included|include|:)\s+",
    re.IGNORECASE,
)
_COMPANION_BEFORE = re.compile(
    r"\b(?:alongside|along\s+with|together\s+with|in\s+alliance\s+with|joined\s+by|joining|"
    # "voted no, joined, perhaps surprisingly, by Nepal"
    r"joined,\s*[a-z][a-z ]{0,30},\s*by|"
    r"join(?:s|ed)?|joined\s+only\s+by|as\s+did|as\s+(?:was|were)|"
    # "as did, somewhat unexpectedly, Fiji"; "In addition to Chile and Peru, Fiji abstained"
    r"as\s+did,\s*[a-z][a-z ]{0,30},|in\s+addition\s+to|besides|"
    r"like|with|among\s+them|including|"
    # "put it in the same column as Peru", "on the same side as Peru"
    r"(?:in|on)\s+the\s+same\s+(?:column|camp|side|corner|lobby)\s+as|"
    # "voted no, putting them in the company of Peru", "in the company of Peru and Fiji"
    r"(?:(?:putting|placing|leaving|which\s+put|which\s+left)\s+(?:it|them|her|him)\s+)?"
    r"in\s+(?:the\s+)?company\s+(?:of|with)|"
    # "a diverse group of abstainers that included China, …"
    # "…, a group that also took in Chile"
    r"(?:that|which|who)\s+(?:also\s+)?(?:included|took\s+in|counted|comprised|embraced)|"
    r"among\s+others\s+by|"
    r"sided\s+with|siding\s+with|lined\s+up\s+behind|fell\s+in\s+behind|"
    # ("and so, for reasons of its own, did Peru", "and so, in the region, was Chile")
    r"so(?:,\s*[a-z][a-z' -]{0,40},|,?\s+too,?)?\s+(?:did|was|were)|"
    # "Chile also voted against, plus Peru", "…, as well as Peru"
    r",\s*(?:plus|as\s+well\s+as)|"
    # "Iran voted against, and was backed by Syria" (the subject's backers, not the text's)
    r"\band\s+(?:was|were)\s+(?:backed|supported)\s+by)\s+$",
    re.IGNORECASE,
)
#: The text's co-authors, not voters: "The draft, prepared with Australia and Belgium, …".
_WITH_AUTHORS = re.compile(
    r"\b(?:prepared|drafted|written|negotiated|co-sponsored|sponsored|tabled)\s+with\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_OBJECT_PREPOSITION = re.compile(
    r"\b(?:of|on|in|about|over|into|to|from|for|by|against|at|than|toward|towards|"
    r"lobbied|urged|asked|accused|pressed|told|criticised|criticized|"
    # "59 countries supported Havana and dozens of others abstained": Havana is no subject
    r"supported|backed|endorsed|praised|condemned|thanked|defended|blamed)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
#: The delegations a state's name owns: "Delegations from", "the delegations of".
_DELEGATIONS_OF = re.compile(r"\b(?i:delegations?)\s+(?:from|of)\s+(?:the\s+)?$")
#: The leaders of a group subject, in an aside after it: "Western governments, led by ".
_LED_BY_BEFORE = re.compile(
    r"[a-z],\s+(?:(?:largely|mostly|chiefly|again)\s+)?(?:led|headed|spearheaded)\s+by\s+(?:the\s+)?$"
)
_VOTE_CONTEXT = re.compile(r"\bvot\w*|\babstain\w*|\bveto\w*|\btally\b", re.IGNORECASE)
#: A cue denied: "did not vote in favour", "Neither India nor China supported it", "never
#: voted against": no ballot (how they did vote is not told).
_NEGATED = re.compile(
    r"(?:\b(?:not|never|n't|no\s+longer|declined\s+to|refused\s+to|failed\s+to|"
    r"refrained\s+from|stopped\s+short\s+of|rather\s+than|instead\s+of)\s+"
    r"(?:(?:even|yet|also|actually|to)\s+){0,2}"
    # "did not vote in favour", "chose not to vote for it"
    r"(?:vot(?:e|ing)\s+)?"
    # "did not use its veto", "chose not to block the text with its veto"
    r"(?:(?:use|using|wield|wielding|cast|casting|exercise|exercising|employ|block|blocking|"
    r"invoke|invoking|kill|killing)\s+(?:[\w-]+\s+){0,4}?(?:with\s+)?(?:its|their|a)\s+)?$"
    r"|\b[Nn]either\b[^,;.]*\bnor\b[^,;.]*$|"
    # "Not one Latin American state voted with France", "None of the Gulf states abstained"
    r"(?:^|[,;]\s*|\b[Aa]nd\s+)(?:[Nn]ot\s+(?:one|a\s+single)|[Nn]one\s+of|[Nn]o)\s+"
    r"(?:[\w-]+\s+){0,4}$"
    # "So no veto from Moscow today", "passed without a veto"
    r"|\b(?:[Nn]o|without\s+(?:a|any))\s+$)"
)
#: Support withheld: "declined to support", "refused to back", "did not vote for".
_WITHHELD = re.compile(
    r"\b(?:declined|refused|chose\s+not|opted\s+not|did\s+not|didn['\u2019]t|would\s+not|"
    r"wouldn['\u2019]t|could\s+not|couldn['\u2019]t)\s+(?:to\s+)?(?:\w+ly\s+)?$",
    re.IGNORECASE,
)
_WITHHELD_CUE = re.compile(r"(?i:support|back|endorse|vote\s+(?:for|yes|in\s+favou?r\s+of))")
#: "did not vote for it": the support a side's members withheld.
_VOTED_FOR = re.compile(r"\s+(?:for|in\s+favou?r)\b")
#: "did not vote for it" says which way a state did not vote, not that it stayed out.
_VOTED_WHICH_WAY = re.compile(r"\s+(?:for|against|in\s+favou?r|yes|no)\b")


@functools.lru_cache(maxsize=1)
def permanent_members() -> frozenset[str]:
    """The states holding a permanent Security Council seat (``kg/data/votes``), who alone
    can veto.

    >>> sorted(permanent_members())
    ['CHN', 'FRA', 'GBR', 'RUS', 'USA']
    """
    from kg.sources.votes import read_council_seats

    return frozenset(seat.iso3 for seat in read_council_seats() if seat.kind == "permanent")


def find_ballots(reading: Reading) -> None:
    """Add a ``ballot`` fact per (voter, motion); record vetoes on their motions."""
    seen: dict[tuple[str, str], Fact] = {}
    deferred: list[tuple[Cue, Motion, list[Mention], list[Mention]]] = []
    told: tuple | None = None  # the last ballots told: (cue, motion, voters, time hint)
    side: tuple[Cue, Motion] | None = None  # a side of the vote named, its members not yet
    side_at = -1  # the sentence that named it, or told the last of its members
    last_cue: tuple[Cue, Motion] | None = None  # the last cue that gave ballots, in any time
    grouped: tuple[Cue, Motion] | None = None  # the last cue of a group naming none of its states
    asked: tuple[Cue, Motion] | None = None  # "Who voted no?": answered by the next sentence
    asked_at = -1  # the question's sentence, or the last answer's
    for sentence in reading.sentences:
        index = sentence.index
        counted = _counted_spans(reading, index)
        _bracketed(reading, index, seen)
        _headed(reading, index, seen)
        told_in_brackets = _bracketed_options(reading, index, seen)
        _side_opening(reading, index, seen)
        _counted_side_list(reading, index, seen)
        _among_the_counted(reading, index, seen)
        _with_list_against(reading, index, seen)
        _rounded_out(reading, index, seen)
        _stood_alone(reading, index, seen)
        _same_as_then(reading, index, seen)
        _permanent_members_voted(reading, index, seen)
        if (
            told is not None
            and told[0].sentence == index - 1
            and _NOT_ALONE.fullmatch(reading.plain, sentence.start, sentence.end)
        ):
            # "France voted no. It was not alone. Britain joined it": the ballots told go on
            told = (dataclasses.replace(told[0], sentence=index), *told[1:])
            continue
        again = told is not None and _side_again(reading, index, told, seen)
        if told is not None and told[0].sentence == index - 1 and not again:
            echoed = _echoed(reading, index, told, seen)
            if echoed:
                # "So did India and Mexico, …. Venezuela and Barbados completed the list.": an
                # echo is the last ballots told in its turn
                told = (dataclasses.replace(told[0], sentence=index), told[1], echoed, told[3])
        if told is not None and told[0].sentence >= index - 3:
            _other_side(reading, index, told, seen)
            _named_on_the_list(reading, index, told, seen)
        if last_cue is not None and last_cue[0].sentence == index - 1:
            joined = _joined(reading, index, last_cue, seen)
        elif grouped is not None and grouped[0].sentence == index - 1:
            # "The Nordic countries abstained. They were joined by Chile and Peru."
            joined = _joined(reading, index, grouped, seen, group=True)
        elif side is not None and side_at == index - 1:
            # "The opponents were a mixed lot. Russia was joined by Belarus and Syria."
            joined = _joined(reading, index, side, seen)
        else:
            joined = _joined_known(reading, index, seen)
            if not joined:
                _joined_counted(reading, index, seen)
        if joined:
            # "… was joined by X and Y. Less expected was Z. W completed the list.": the
            # companions are the last ballots told, which later sentences go on with
            cue, motion = joined[0]
            cue = dataclasses.replace(cue, sentence=index)
            told, last_cue = (cue, motion, joined[1], None), (cue, motion)
        if asked is not None and asked_at == index - 1:
            # "Yet look at who lined up against it. China and Russia, as one might expect.
            # India, Indonesia and Pakistan.": verbless lists go on answering
            # after a side presented ("Then there were the abstentions."), only verbless lists
            presented = _PRESENTED.fullmatch(
                reading.plain, reading.sentences[asked[0].sentence].start, asked[0].start
            )
            answered = _answered(
                reading,
                index,
                asked,
                seen,
                fragment=asked_at != asked[0].sentence or presented is not None,
            )
            if answered:
                asked_at = index
                # "Who voted no? Chile and Peru. They were joined by Fiji.": the answer is the
                # last ballots told
                last_cue = (dataclasses.replace(asked[0], sentence=index), asked[1])
            elif _BARE_COUNT.fullmatch(reading.plain, sentence.start, sentence.end):
                # "And the abstentions? Thirteen. They included X, Y …": a count first, the
                # list that answers in the sentence after it
                asked, asked_at = (dataclasses.replace(asked[0], sentence=index), asked[1]), index
            else:
                asked, asked_at = None, -1
        else:
            asked = None
        followed = _follower_question(reading, index, seen)
        if followed is not None:
            asked, asked_at = followed, index
        kept_side = None
        if side is not None and side_at == index - 1:
            # "The No camp looks much as it always has. It included X, Y and Z."
            opening = _IT_INCLUDED.match(reading.plain, sentence.start)
            part = None if opening else _PART_OF_SIDE.match(reading.plain, sentence.start)
            ones = [] if opening or part else _one_of_side(reading, index)
            if ones:
                # "Six countries abstained. Beijing was one, as were Islamabad and Yerevan."
                cue, motion = side
                for voter in ones:
                    _ballot(reading, seen, voter, cue, motion)
                kept_side = side
            elif opening is not None:
                cue, motion = side
                start = opening.end()
                group = _GROUP_JOINED.match(reading.plain, start)
                if group is not None and not any(
                    start <= s.start < group.end() for s in _states(reading, index)
                ):
                    # "It was made up mostly of European states, joined by Canada and Japan"
                    start = group.end()
                for voter in _chain(reading.plain, _states(reading, index), start):
                    _ballot(reading, seen, voter, cue, motion)
            elif part is not None and not reading.cues(index, "VOTE"):
                # "Eighteen delegations voted no. Two were the states actually testing: France
                # itself and China. A third was Britain. The remaining fifteen were …: X, Y"
                cue, motion = side
                states = _states(reading, index)
                listed = _copula_list(reading, states, part.end(), sentence.end)
                for voter in listed:
                    _ballot(reading, seen, voter, cue, motion)
                kept_side = side if listed else None
        # "The abstentions were an even clearer signal. Britain declined to support the text,
        # as did Japan.": the side the sentence before presented, without its members
        presented = side if side is not None and side_at == index - 1 else None
        side, side_at = kept_side, index
        cues = [
            cue
            for cue in reading.cues(index, "VOTE")
            if not any(
                s < cue.end
                and cue.start < e
                # "backed by 141 countries; five, including Russia and Belarus, voted no": a
                # count whose members the sentence names keeps its cue
                and not _NAMED_MEMBERS.search(reading.plain[s : cue.start])
                # "and 74 abstained - among them Russia and Japan": the count's members after it
                and not _MEMBERS_AFTER.match(reading.plain, cue.end)
                # "the pair abstained when the Council, by 13 votes with none against, …": a
                # count whose states the sentence before named
                and not _COUNTED_BACK.search(reading.plain, sentence.start, cue.start)
                for s, e in counted
            )
            and not (
                _REQUESTED.search(reading.plain[sentence.start : cue.start])
                # but "were the only states prepared to vote no" says who did
                and not _ONLY_PREPARED.search(reading.plain[sentence.start : cue.start])
            )
            # "Chile (yes), Peru (no) and Fiji (abstain)": each state's own
            and not any(s <= cue.start < e for s, e in told_in_brackets)
            # "Iran voted against, and was backed by Syria": Syria's ballot is Iran's
            and not (
                cue.text.lower() in ("backed", "supported")
                and _BACKED_SUBJECT.search(reading.plain, sentence.start, cue.start)
            )
            # "Cuba and Iran, which led the opposition, as well as Chile": an aside in a list
            and not (
                cue.text.lower().startswith("led ")
                and re.search(r",\s+(?:which|who)\s+$", reading.plain[sentence.start : cue.start])
            )
            and not _describes_side(reading, cue)
            # "Canada, an observer, has no vote", "with observer status and no vote this year"
            and not (
                cue.text.lower() == "no vote"
                and _NO_VOTE_HELD.search(reading.plain, sentence.start, cue.start)
            )
        ]
        # "A no vote by any permanent member blocks adoption": how votes work, not a vote
        cues = [cue for cue in cues if not _COUNCIL_RULE.search(reading.clause_of(index, cue))]
        if sentence.text.rstrip().endswith("?") and not _QUESTION.match(
            reading.plain, sentence.start
        ):
            # "Why did Ethiopia abstain?", "Will Russia veto it?": a question tells no ballot
            # (a "Who voted no?" is answered by the next sentence)
            cues = []
        previous_end = sentence.start
        vetoed_here = None  # (the Council draft, the end of its veto) a veto here moved to
        last_voters: list[Mention] = []
        relative_subject: list[Mention] = []
        gapped = _gapped(reading, index, cues)
        for number, cue in enumerate(cues):
            zone_start = max(previous_end, reading.clause_start(index, cue.start))
            # "Chile voted yes, Ghana no and Nepal abstained": not Ghana's abstention
            zone_start = max([zone_start] + [end for _, _, _, end in gapped if end <= cue.start])
            if not _counts(reading, cue, cues):
                continue
            aside = reading.clause_before(index, cue.start)
            # (only the last part of a clause "expected to vote no but abstained" supposes)
            supposed = re.split(r"\b(?:but|yet|instead)\b", aside)[-1]
            # "… would have killed it in the Council, where Russia vetoed a draft": a clause
            # of its own tells the veto
            supposed = CLAUSE_OPENING.split(supposed)[-1]
            if re.search(r"ed$", cue.text.split()[0]):
                # "France could not bring itself to vote either way and abstained": a verb of
                # the past after "and" is told, whatever the modal before it
                supposed = re.sub(r"^.*\band\s+(?:then\s+|so\s+|duly\s+)?$", "", supposed)
            # "Chile, sitting for what may be the last time, abstained": a free relative's
            # modal guesses at the occasion, not at the ballot
            supposed = re.sub(
                r"\bwhat\s+(?:may|might|could|would)\s+(?:well\s+)?be\b", "", supposed
            )
            if _HYPOTHETICAL.search(supposed) and not _ONLY_PREPARED.search(aside):
                continue  # and its words stay in the next cue's zone ("China, which could …,")
            if re.fullmatch(r"said\s+(?:no|yes)", cue.text, re.I) and not re.match(
                r"\s*(?:[.,;:?!)\"\u201d]|$)", reading.plain[cue.end : cue.end + 2]
            ):
                continue  # "Who else said no?", but not "said no to talks", "said no one …"
            veto_noun = cue.text.lower() in ("veto", "vetoes")
            if _LIKELY_AFTER.match(reading.plain, cue.end) or (
                veto_noun and _VETO_SUPPOSED_AFTER.match(reading.plain, cue.end)
            ):
                continue  # "though a US veto there remains likely", "a Chinese veto would
                # have …": a forecast or a supposition, not a ballot
            if veto_noun and (
                _VETO_HELD_BEFORE.search(reading.plain, max(0, cue.start - 40), cue.start)
                or _VETO_HELD_AFTER.match(reading.plain, cue.end)
            ):
                continue  # "which hold vetoes", "veto-wielding members", "two veto powers": a
                # power, no ballot
            if _NOT_CAST_BEFORE.search(reading.plain[zone_start : cue.start]) or (
                _HABIT_AFTER.match(reading.plain, cue.end)
            ):
                continue  # "Brazil will abstain", "urged others to vote in favour", "Had
                # Brazil voted no, …", "has abstained on such texts in the past"
            if cue.text.lower() == "held back" and _HELD_BACK_OTHER.match(reading.plain, cue.end):
                continue  # "held back criticism of the text": not a ballot held back
            if cue.text.lower().endswith("sidelines") and re.match(
                r"\s+of\b", reading.plain[cue.end : cue.end + 4]
            ):
                continue  # "stayed on the sidelines of the summit": a place, not a ballot
            # (on the zone's text: "^" matches at its start, as at the sentence's)
            if (
                presented is not None
                and presented[0].value in ("abstain", "no")
                and (
                    (
                        cue.value == "yes"
                        and _WITHHELD.search(reading.plain, zone_start, cue.start)
                        and _WITHHELD_CUE.fullmatch(cue.text)
                    )
                    # "The abstentions are where the story lies. Chile and Peru did not vote
                    # for the treaty."
                    or (
                        cue.value == "non_voting"
                        and re.fullmatch(r"(?i:did\s+not|didn['\u2019]t)\s+vote", cue.text)
                        and _VOTED_FOR.match(reading.plain, cue.end)
                    )
                )
            ):
                # a support withheld by the members of that side: their ballot is the side's
                cue = Cue(cue.family, presented[0].value, cue.start, cue.end, "withheld", index)
            elif _NEGATED.search(reading.plain[zone_start : cue.start]) or (
                cue.value == "non_voting" and _VOTED_WHICH_WAY.match(reading.plain, cue.end)
            ):
                if cue.value == "with":
                    # "Not one Latin American state voted with France, and Japan … were in
                    # favour": France is the denied companion, no voter of the next cue
                    objects = _chain(reading.plain, _states(reading, index), cue.end)[:1]
                    previous_end = objects[-1].end if objects else previous_end
                continue  # "Neither India nor China supported it", "did not vote for it"
            if cue.value == "with" and _HABIT_BEFORE.search(reading.plain, zone_start, cue.start):
                continue  # "which have sided with Washington on most things this year"
            if _VOTERS_WHO.search(
                reading.plain, sentence.start, cue.start
            ) and _JOINED_IN_VOTING.match(reading.plain, cue.end):
                # "Micronesia joined the six countries that later opposed the oil slick
                # resolution in voting against it": the clause names the group Micronesia
                # joined, the ballot is the one told after it
                continue
            kept_end, previous_end = previous_end, cue.end
            motion, named = _motion_of(reading, cue)
            ordinal = _ORDINAL_OBJECT.match(reading.plain, cue.end)
            if ordinal is not None:
                # "voted no on the first and abstained on the second": the votes in the order
                # the text told them
                motion, named = _ordinal_motion(reading, cue, ordinal) or motion, True
            later = cues[number + 1 :]
            voters, companions = _voters(reading, cue, zone_start, later, last_voters)
            if cue.value == "with" and not voters and len(companions) == 1:
                # "Nine governments stood with the United States: Britain, France, …": the
                # group's members after the colon
                colon = _LIST_COLON.match(reading.plain, companions[0].end)
                if colon is not None and _GROUP_WITH.search(reading.plain, zone_start, cue.start):
                    voters = _chain(
                        reading.plain, _states(reading, index), colon.end(), with_companions=True
                    )
            closed = [m.end() for m in SPACED_DASH.finditer(reading.plain, zone_start, cue.start)]
            dashed = _dashed_subjects(reading, cue, closed[-1]) if len(closed) >= 2 else []
            if dashed:
                # "The treaty powers - among them X and Y - stayed out", "Every other member -
                # X and Y, but also Z - backed it": the list between the dashes before the cue
                voters = dashed
            if (
                not voters
                and not companions
                and (
                    cue.text.lower() in _SUBJECT_NOUN_CUES
                    # "Chile, one of the opponents of the death penalty, voted yes": an aside
                    or (
                        _unlisted(reading, cue)
                        and re.search(
                            r",\s+one\s+of\s+the\s+$", reading.plain[zone_start : cue.start]
                        )
                    )
                )
            ):
                # "The same three objectors cast the only votes against": a side's noun with
                # no list of its own is the subject of the next cue
                previous_end = kept_end
            if not voters:
                voters = _counted_back(reading, cue, zone_start, told) or _dashed_subjects(
                    reading, cue, zone_start
                )
            if not voters and not companions and told is not None:
                voters = _pronoun_subjects(reading, cue, zone_start, told)
            if (
                not voters
                and not companions
                and last_voters
                and _SHARED_SUBJECT.fullmatch(reading.plain[zone_start : cue.start])
            ):
                # "Chile abstained on the Iran text and voted no on the Syria text"
                voters = list(last_voters)
            if sentence.text.rstrip().endswith("?"):
                # "Who voted no?", "The two votes against?": a question names no voter (not
                # "the two" of the last ballots told); the next sentence answers it
                voters, companions = [], []
            if motion is None and voters and _veto_word(cue) not in VETO_CUES:
                # "Cuba was the only member of the Security Council to vote against an air
                # embargo last night. Resolution 670 was carried by 14 votes to one.": a lede
                # that tells a ballot before any word names the vote, the vote named next
                motion = _named_next(reading, cue)
            if (
                motion is not None
                and motion.outcome == "adopted"
                and _veto_word(cue) in VETO_CUES
                and _vetoed_thing(reading, motion, cue, named)
            ):
                continue  # "Russia and China blocked the move" after an adopted resolution: a
                # veto of something the text names no vote for, not of the text adopted
            if motion is None:
                if _veto_word(cue) not in VETO_CUES or not any(
                    v.key in permanent_members() for v in voters
                ):
                    continue
                # "Russia vetoed the annual renewal of a U.N. panel": the first vote told
                motion = _council_motion(reading, cue)
            if (
                voters
                and relative_subject
                and _RELATIVE_COMPANIONS.fullmatch(reading.plain, zone_start, voters[0].start)
            ):
                # "Chile, which abstained last year, this time lined up with Peru and Fiji in
                # voting no": the relative clause's subject, and the companions its main verb
                # names before the cue
                voters, companions = [], voters + companions
            before = [c for c in companions if c.start < cue.start]
            if (
                not voters
                and relative_subject
                and (
                    (
                        not before
                        and re.fullmatch(
                            # (not a clause of its own: "…, voted against, and four abstained")
                            r"[^,;.]*,\s*(?!(?:and|but|while|whereas|yet)\b)(?:[a-z]+\s+){0,4}",
                            reading.plain[zone_start : cue.start],
                        )
                    )
                    or (
                        before
                        and _RELATIVE_COMPANIONS.fullmatch(
                            reading.plain, zone_start, before[0].start
                        )
                    )
                )
                and not (
                    cue.text.lower() in ("veto", "vetoes")
                    and re.search(
                        r"\b(?:the|this|that|its|their|a|an)\s+$",
                        reading.plain[zone_start : cue.start],
                    )
                )
            ):
                # "Canada, which abstained in October, voted yes (, as did Chile)"; not a noun
                # ("the U.S. envoy, who voted yes, called the veto reckless")
                voters = relative_subject
                motion = _contradicted(reading, seen, cue, motion, voters)
            relative_subject = (
                voters
                if _RELATIVE_OPENING.search(reading.plain[zone_start : cue.start])
                # "Chile, which abstained in 2019 and voted yes before that, …": a cue inside
                # a relative clause still open
                or _RELATIVE_AROUND.search(reading.plain[zone_start : cue.start])
                else []
            )
            if cue.value == "with":
                option = (
                    # ("voted with the majority …, a decision Somalia had lobbied against": the
                    # count's side before any later word)
                    _majority_side(reading, cue, motion)
                    or _option_after(reading, cue, later)
                    or _related_side(reading, cue, motion, told)
                )
                if option is None:
                    deferred.append((cue, motion, voters, companions))
                    continue
                cue = Cue(cue.family, option, cue.start, cue.end, cue.text, cue.sentence)
            voters = voters + companions
            last_voters = voters
            if cue.value == "abstain":
                _count_abstainers(reading, motion, voters, cue)
            if cue.value == "no" and _VETO_APPOSITIVE.match(reading.plain, cue.end):
                # "the United States cast the only negative vote, a veto"
                _record_veto(
                    reading, motion, [v for v in voters if v.key in permanent_members()], cue
                )
            if _veto_word(cue) in VETO_CUES:
                voters = [v for v in voters if v.key in permanent_members()]
                if voters and motion.organ in ("GA", "HRC"):
                    # "The assembly voted four days after the United States vetoed a similar
                    # demand in the Security Council": only a Council draft can be vetoed
                    motion = _council_motion(reading, cue)
                if voters and motion.organ == "SC":
                    vetoed_here = (motion, cue.end)
                _record_veto(reading, motion, voters, cue)
            elif (
                vetoed_here is not None
                and motion.organ in ("GA", "HRC")
                and voters
                and _JOINED_TO_VETO.fullmatch(reading.plain, vetoed_here[1], voters[0].start)
            ):
                # "… but Russia vetoed it and China abstained": the ballot joined to a veto the
                # sentence moved to the Council's draft is on that draft too
                motion = vetoed_here[0]
            moved = _MOVED_FROM.search(reading.plain, zone_start, cue.start)
            moved_to = _MOVED_TO.match(reading.plain, cue.end) if moved else None
            if moved_to is not None and voters:
                # "the British and Danish delegations moved from abstention to opposition": this
                # vote's ballot is the second, the vote told before it had the first
                opening = reading.sentences[index].start
                earlier = sorted(
                    _other_votes(reading, motion, opening),
                    key=lambda m: _last_position(m, opening),
                )
                if earlier and named:  # (the clause names its vote: "when a similar
                    # resolution was carried 125-10-30 and …")
                    for voter in voters:
                        _ballot(reading, seen, voter, cue, earlier[-1])
                cue = Cue(
                    cue.family,
                    _MOVED_OPTIONS[moved_to.group("to").split()[-1].lower()],
                    cue.start,
                    moved_to.end(),
                    reading.plain[cue.start : moved_to.end()],
                    cue.sentence,
                )
            # (a bare "the text" names the vote only by its text: "opposed the text last year"
            # is dated by its clause as "opposed it last year" is)
            bare = named and (
                _BARE_OBJECT.match(reading.plain, cue.end)
                # "Chile voted no then but abstained this time": the story's own vote, whatever
                # the sentence named
                or _PRESENT_AFTER.match(reading.plain, cue.end)
            )
            hint = None if named and not bare else _time_hint(reading, cue, zone_start, later)
            if not named and hint is None:
                motion = _counted_motion(reading, cue, voters, motion, seen)
            if not named and _CHANGED_SIDE.match(cue.text):
                motion = _side_changed_to(reading, seen, cue, motion, voters)
            line = max(sentence.start, reading.text.rfind("\n", sentence.start, cue.start) + 1)
            spread = _ON_ALL.match(reading.plain, line)
            if spread is not None and voters:
                # "On all three, Bulgaria, France … abstained": the last three votes told
                size = _SMALL.get(spread.group("n").lower(), 2)
                before = [
                    m for m in reading.motions if not m.collective and _last_position(m, line) >= 0
                ]
                before.sort(key=lambda m: _last_position(m, line))
                if len(before) >= size:
                    for other in before[-size:]:
                        for voter in voters:
                            _ballot(reading, seen, voter, cue, other)
                    continue
            for voter in voters:
                fact = _ballot(reading, seen, voter, cue, motion, hint)
                if fact is not None and hint is not None:
                    reading.time_hints[id(fact)] = hint
            if voters and named:
                _second_object(reading, seen, cue, voters)
            if voters and _EACH_TIME.match(reading.plain, cue.end):
                # "Brazil and Chile voted yes each time": the ballot of both votes told
                counted = [
                    m
                    for m in reading.motions
                    if not m.collective
                    and (m.tally is not None or m.outcome)
                    and m.first < cue.start
                ]
                if len(counted) == 2:
                    for other in counted:
                        for voter in voters:
                            _ballot(reading, seen, voter, cue, other)
            every = _ALL_N.match(reading.plain, cue.end)
            if voters and every is not None:
                # "Four resolutions … and the United States voted against all four": the
                # ballot of each of the four votes the text tells (before or after)
                counted = [
                    m
                    for m in reading.motions
                    if not m.collective and not m.historical and m.tally is not None
                ]
                if len(counted) == _SMALL[every.group("n").lower()]:
                    for other in counted:
                        for voter in voters:
                            _ballot(reading, seen, voter, cue, other)
            if voters and (hint is None or hint[0] == "present"):
                # ("this time after missing last year's ballot": this vote's, and that one's)
                _earlier_ballots(reading, seen, cue, motion, voters)
            if not voters and _GROUP_SUBJECT_OF_CUE.fullmatch(reading.plain, zone_start, cue.start):
                grouped = (cue, motion)  # "The Nordic countries abstained."
            if voters:
                last_cue = (cue, motion)
            elif (
                _QUESTION.match(reading.plain, sentence.start)
                and sentence.text.rstrip().endswith("?")
            ) or (
                _EMBEDDED_QUESTION.search(reading.plain[zone_start : cue.start])
                or (
                    _PRESENTED.fullmatch(reading.plain, sentence.start, cue.start)
                    and re.fullmatch(r"[\s.:!]*", reading.plain[cue.end : sentence.end])
                )
            ):
                asked, asked_at = (cue, motion), index
            if voters:
                told = (cue, motion, voters, hint)
            if not voters and (
                _SIDE_SUBJECT.match(reading.plain[zone_start : cue.end + 1])
                or _SIDE_DESCRIBED.search(reading.plain, zone_start, cue.start)
                or _COUNTED_GROUP.fullmatch(
                    # "Yet six countries abstained rather than endorse it."
                    re.sub(
                        r"^(?:But|And|Yet|Still)\s+",
                        "",
                        reading.plain[zone_start : cue.start].lstrip(),
                    )
                )
            ):  # or "Thirty-three countries abstained. They included …"
                side, side_at = (cue, motion), index  # "The No camp looks much as it always has."
        topic = _OPPOSITION_TOPIC.match(reading.plain, sentence.start) if not cues else None
        if topic is not None and not _uncued_states(reading, index):
            # "The opposition was a mix of old allies and wary neighbours.": a side the next
            # sentence lists ("Russia was joined by …")
            motion = _focus(reading, sentence.start)
            if motion is not None:
                cue = Cue("VOTE", "no", topic.start(), topic.end(), topic.group(), index)
                side, side_at = (cue, motion), index
        for voter, option, cue, _ in gapped:
            motion = _motion_of(reading, cue)[0]
            if motion is not None:
                gap = Cue("VOTE", option, voter.start, voter.end, voter.text, index)
                _ballot(reading, seen, voter, gap, motion)
    for cue, motion, voters, companions in deferred:
        options = {
            seen[(c.key, motion.id, None)].fields["option"]
            for c in companions
            if (c.key, motion.id, None) in seen
        }
        group = voters + [c for c in companions if (c.key, motion.id, None) not in seen]
        if not options and motion.tally is not None and len(group) >= 2:
            # "Only Australia, Hungary, Israel, the Maldives and the United States voted with
            # Britain" after "six against": the side the group's size counts
            counts = motion.tally.counts()
            sides = [option for option, count in counts.items() if count == len(group)]
            if len(sides) == 1:
                options, voters = set(sides), group
        if len(options) == 1:
            option = options.pop()
            for voter in voters:
                _ballot(
                    reading,
                    seen,
                    voter,
                    Cue("VOTE", option, cue.start, cue.end, cue.text, cue.sentence),
                    motion,
                )


#: A side told by a relative clause, then its copula: "The states that voted no were", "Those
#: who abstained are".
_SIDE_COPULA = re.compile(r"\b(?:that|which|who)\s+(?:\w+ly\s+)?$")


def _describes_side(reading: Reading, cue: Cue) -> bool:
    """Whether a side's noun ("supporters", "opponents") describes the members of a side an
    earlier cue of its sentence opened, before their list: "The states that voted no were, in
    the main, countries that had long been the fund's supporters: Chile, Peru …" (their
    ballot is that cue's)."""
    if cue.text.lower() not in LIST_ONLY_VOTE_CUES:
        return False
    start = reading.sentences[cue.sentence].start
    return any(
        other.end <= cue.start
        and other.text.lower() not in LIST_ONLY_VOTE_CUES
        and _SIDE_COPULA.search(reading.plain, start, other.start)
        and re.fullmatch(r"\s+(?:were|was|are|is)\b[^.;:]*\s", reading.plain[other.end : cue.start])
        for other in reading.cues(cue.sentence, "VOTE")
    )


def _named_next(reading: Reading, cue: Cue) -> Motion | None:
    """The vote first named in the two sentences after ``cue``'s, when none is named before
    it."""
    later = [
        m
        for m in reading.motions
        if not m.collective and m.mentions and m.first >= cue.end
        and m.mentions[0].sentence <= cue.sentence + 2
    ]  # fmt: skip
    if any(not m.collective and m.first < cue.start for m in reading.motions):
        return None
    words = re.findall(r"[A-Za-z][\w'-]*", reading.sentences[cue.sentence].text)
    if sum(w[0].isupper() for w in words) > 0.6 * len(words):
        return None  # a headline in title case ("Minsk Group Co-Chairs Vote Against Text")
    return min(later, key=lambda m: m.first) if later else None


#: "Nine countries", "the 22 other states", "Thirty-three members": a group by its count.
_GROUP_OF = (
    r"\b(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|"
    r"twenty|thirty|forty|fifty)(?:-[a-z]+)?\s+(?:other\s+)?(?:countries|states|nations|members|"
    r"delegations|governments)"
)
#: A group as the subject of a "with" cue, its members after the colon: "Nine governments",
#: "Several smaller states", "A handful of Pacific nations".
_GROUP_WITH = re.compile(
    r"\b(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|"
    r"twenty|thirty|several|many|some|a\s+(?:few|handful|number|dozen|group)\s+of)\s+"
    r"(?:other\s+)?(?:[a-z-]+\s+){0,2}?(?:countries|states|nations|members|delegations|"
    r"governments)\s+(?:(?:\w+ly|also|then)\s+)?$",
    re.IGNORECASE,
)
#: A colon that opens a list: ": the ".
_LIST_COLON = re.compile(r"\s*:\s*(?:the\s+)?")
#: A counted group as the cue's subject.
_COUNTED_GROUP = re.compile(_GROUP_OF + r"\s+(?:\w+\s+)?$", re.IGNORECASE)
#: A side of the vote as a sentence's subject, its members told in the next sentence.
_SIDE_SUBJECT = re.compile(
    r"^\s*(?:The|This|That)\s+(?:\w+\s+)?(?:no|yes|No|Yes)\s+(?:camp|side|column|votes)\b|"
    r"^\s*The\s+(?:\w+\s+)?(?:(?:bloc|group|block|wave|raft|list|column)\s+of\s+)?"
    r"(?:abstainers|abstentions|opponents|dissenters|supporters)\b"
)
#: The opposition to the vote as a sentence's subject, with no vote cue: "The opposition was
#: a mix of …", "This time the opposition came from further afield."
_OPPOSITION_TOPIC = re.compile(
    r"\W*(?:(?:But|And|This\s+time|Now|Again),?\s+)?(?:The|the|Its|its)\s+opposition\s+"
    r"(?:was|were|came|proved|looked|consisted|drew|ran|included|took)\b(?![^.;:]*:)"
)
#: A sentence telling part of a counted side: "Two were …", "A third was …", "The remaining
#: fifteen were …", "The rest were …" (the copula follows within the subject's words).
_PART_OF_SIDE = re.compile(
    r"\s*(?:(?:The\s+)?(?:other|remaining|last)\s+)?(?:\d{1,3}|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|"
    r"[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[a-z]+teen|A\s+(?:second|third|fourth|fifth|sixth)|"
    r"The\s+rest|Others|The\s+others)\b(?=[^.;:]{0,20}\b(?:were|was)\b)"
)
#: "was one", "were two of them", "was among them": the subjects are members of the side the
#: sentence before counted.
_ONE_OF = re.compile(
    r"\s+(?:was|is)\s+one(?:\s+of\s+them)?\b|\s+(?:was|were|is|are)\s+among\s+them\b"
    r"|\s+(?:were|are)\s+(?:two|three|four|five)(?:\s+of\s+them)?\b"
)
#: Others of the same side after it: ", as were Islamabad and Yerevan", ", and so was Chile".
_AS_WERE = re.compile(
    r"\s*,?\s+(?:as\s+(?:were|was|did)|and\s+so\s+(?:were|was|did))\s+(?:the\s+)?"
)
#: Companions of the side's members after "among them": ", along with non-EU members " (a
#: short description of theirs may come first).
_ONE_OF_COMPANIONS = re.compile(
    r"\s*,?\s+(?:along\s+with|together\s+with|joined\s+by|plus|as\s+well\s+as)\s+"
    r"(?:the\s+)?(?:(?:[\w-]+\s+){0,2}?(?:members|states|countries|nations|governments|"
    r"delegations|allies|partners)\s+|(?:[a-z][\w-]*\s+){0,3}?)(?:the\s+)?(?=[A-Z])"
)


def _one_of_side(reading: Reading, index: int) -> list[Mention]:
    """ "Beijing was one, as were Islamabad, Yerevan and Mexico City": the states that open
    the sentence and those after "as were", members of the side counted just before. The
    subjects may end on a group the lexicon does not name ("Chile, Peru and the three Baltic
    states were among them"), and companions may follow ("…, along with non-EU members Norway
    and Iceland")."""
    sentence = reading.sentences[index]
    plain = reading.plain
    states = _states(reading, index)
    subject = _chain(plain, states, sentence.start)
    if not subject:
        return []
    group = _GROUP_LAST.match(plain, subject[-1].end)
    one = _ONE_OF.match(plain, group.end() if group else subject[-1].end)
    if one is None:
        return []
    more = _AS_WERE.match(plain, one.end()) or _ONE_OF_COMPANIONS.match(plain, one.end())
    return _unique(subject + (_chain(plain, states, more.end()) if more else []))


#: A part of the side the sentence before counted: "Among them were", "Among these are".
_AMONG_THE_COUNTED = re.compile(r"\s*Among\s+(?:them|these|those)\s+(?:were|was|are|is)\s+")
#: A group the lexicon does not name, then the states joined to it.
_GROUP_JOINED = re.compile(
    r"[^.;:()]{1,80}?,?\s+(?:joined\s+by|along\s+with|together\s+with|plus|as\s+well\s+as)\s+"
    r"(?:the\s+)?"
)
_IT_INCLUDED = re.compile(
    r"\s*(?:(?:It|They|These|Those|The\s+list"
    # "That country was, once again, Pakistan."
    r"|(?:That|This|The|Those|These)\s+(?:country|countries|state|states|nation|nations|"
    r"delegations?|governments?)(?=\s+(?:was|were)\b))"
    r"\s+(?:included|includes|include|comprised|were|was|"
    # "It was made up mostly of …"
    r"(?:was|were)\s+made\s+up(?:\s+\w+ly)?\s+of|consisted(?:\s+\w+ly)?\s+of)"
    # "The abstainers came mostly from Asia. Among them were …"
    r"|Among\s+(?:them|these|those)\s+(?:were|was|are|is))"
    r"(?:\s*,\s*[a-z][a-z ]{0,30},)?\s+"
    r"(?:the\s+)?"
)
#: A side described by its count and its ballot, its members not named: "the single country
#: that voted no", "the two states that abstained".
_SIDE_DESCRIBED = re.compile(
    r"\b(?:the|those|these)\s+(?:single|only|lone|sole|one|two|three|four|five|six|seven|eight|"
    r"nine|ten|\d{1,3})\s+(?:other\s+)?(?:country|countries|state|states|nation|nations|"
    r"delegations?|governments?)\s+(?:that|which|who)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
#: Members of a counted side named inside its count: "five, including Russia and Belarus,".
_NAMED_MEMBERS = re.compile(
    r",\s+(?:including|among\s+them)\s+[A-Z][^;:]{0,80},\s*$"
    # "but two countries, Lebanon and Syria, abstained": the count's members in apposition
    r"|\b(?:countries|states|nations|members|delegations|governments),\s+(?:the\s+)?[A-Z]"
    r"[^;:,]{0,60}(?:,\s*(?:and\s+)?(?:the\s+)?[A-Z][^;:,]{0,40}){0,6},\s*$"
    # "Three countries - India, Bhutan and Mauritius - voted against it, while eight
    # abstained": the count's members between dashes
    r"|\s[-\u2013\u2014]{1,2}\s+(?:the\s+)?[A-Z][^;:\u2013\u2014]{0,100}?\s[-\u2013\u2014]{1,2}\s+$"
)
#: Members of a counted side named after its count: "74 abstained - among them …".
_MEMBERS_AFTER = re.compile(
    r"\s*(?:[\u2013\u2014:]|\s-)\s*(?:(?:among\s+them|including)\s|(?:the\s+)?[A-Z])"
    r"|\s*,\s*(?:among\s+them|including)\s"
    # "drew just two votes in favour, from the United States and the Dominican Republic"
    r"|\s*,\s*(?:both\s+|all\s+)?from\s+(?:the\s+)?[A-Z]"
    # "two abstentions, Jordan's and Russia's" (as many as the count: _apposed_count)
    r"|\s*,\s*(?:namely\s+)?(?:the\s+)?[A-Z][\w'\u2019 .-]{1,40}?(?:,\s*|\s+and\s+)"
)
#: A counted group with its members in brackets right before the cue.
_GROUP_IN_BRACKETS = re.compile(
    _GROUP_OF + r"\s*\((?P<list>[^()]{2,200})\)\s*(?:\w+\s+)?$", re.IGNORECASE
)
#: A side departed from: "broke ranks with", "parted company with".
_DEPARTED_FROM = re.compile(
    r"\b(?:broke\s+(?:ranks\s+)?with|split\s+with|parted\s+(?:company\s+|ways\s+)?with|"
    r"defied|deserted)\s+(?:the\s+)?$"
)
#: A counted or quantified group opening a clause: "But twelve NATO members", "A dozen
#: delegations", "Much of the Muslim world".
_GROUP_SUBJECT = re.compile(
    r"\W*(?:(?:But|And|Yet|Still)\s+)?(?:(?:a|an)\s+(?:dozen|handful|number|group|host|string)|"
    r"[Ss]everal|[Mm]any|[Mm]ost|[Ss]ome|[Mm]uch|\d{1,3}|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|"
    r"[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven|[Tt]welve|[A-Za-z]+teen|[Tt]wenty|[Tt]hirty)\s"
)
#: A dash or a colon that opens the list of the cue's voters after it; a colon may close a
#: short clause first ("voted no and the pattern is plain:", "abstained rather than vote no:").
_LIST_AFTER = re.compile(
    r"(?:\s+(?:it|them|this|that|the\s+\w+))?"
    # ("Several neighbours voted against too - India, Nepal and Bhutan")
    r"(?:\s+(?:too|also|as\s+well|again|likewise))?"
    r"(?:\s*(?:[\u2013\u2014:]|\s--?)|\s+(?:and|but|rather\s+than)\s[^.;:,()\d]{1,40}?:)"
    r"\s*(?:the\s+)?"
)
#: A group subject and the ranges of its members: "Governments …, from Havana to Riyadh, from
#: Beijing to Paris, ".
_RANGED_SUBJECT = re.compile(
    r"\W*[A-Z][a-z]+[^,;:]{0,80},\s+(?P<ranges>from\s+[^,;:]{1,40}?\s+to\s+[^,;:]{1,40}?"
    r"(?:,\s+(?:and\s+)?from\s+[^,;:]{1,40}?\s+to\s+[^,;:]{1,40}?)*),\s+(?:[a-z][^,;:]{0,40})?$"
)
#: A range of states after a group's cue: ", from Mexico and Brazil to …".
_FROM_TO = re.compile(r"(?:\s+(?:it|them|the\s+\w+))?,\s+(?:all\s+the\s+way\s+)?from\s+(?:the\s+)?")
#: A sentence that repeats the last ballot for other states: "So did South Korea.", "Britain
#: and France followed suit."
_SO_DID = re.compile(
    r"\s*(?:(?:And|But)\s+)?(?:[Ss]o(?:,?\s+too,?|,\s+(?:more\s+|most\s+|less\s+)?\w+ly,|"
    # ("So, for reasons of its own, did Peru.")
    r",\s+[a-z][a-z' -]{0,40},)?\s+"
    r"(?:did|were|was)|[Aa]s\s+did|[Tt]he\s+same\s+(?:went|goes|was\s+"
    r"true)\s+for|(?P<nor>(?:[Nn]or|[Nn]either)\s+did))\s+(?:the\s+)?"
)
#: A later "so did" in a sentence that opens on one: ", and so did Kenya".
_SO_DID_AGAIN = re.compile(
    r"[,;]\s+(?:and\s+)?so(?:,?\s+too,?|,\s+[a-z][a-z' -]{0,40},)?\s+did\s+(?:the\s+)?"
)
_FOLLOWED = re.compile(
    r"\s+(?:also\s+|then\s+|quickly\s+)?(?:followed\s+suit|did\s+(?:the\s+same|likewise|"
    r"so\s+(?:too|as\s+well)|so|too|as\s+well)|also\s+did|(?:was|were)\s+(?:another|others|"
    r"in\s+the\s+same\s+(?:camp|column|group))|joined\s+(?:it|them|him|her)|"
    # "Belarus and Syria voted the same way", "followed Moscow's lead", "took its side"
    r"voted\s+(?:the\s+same\s+way|likewise|similarly|in\s+the\s+same\s+way)|"
    r"(?:followed|took)\s+(?:its|their|his|her|(?:[A-Z][\w.-]*\s+)*[A-Z][\w.-]*['\u2019]s?)\s+"
    r"(?:lead|example|side)|"
    # "Bolivia and Kyrgyzstan completed the list." after a list of ballots
    # "Chile voted no. Peru and Fiji followed."
    r"followed(?=\s*[.!;]|\s*$)|"
    r"(?:completed|rounded\s+out|filled\s+out)\s+the\s+(?:[\w-]+\s+){0,2}?(?:list|group|"
    r"roster|column|camp|bloc|contingent|club|trio|quartet|ranks|line-up|lineup|pack)"
    r"(?!\s+of\s+\d))\b"
    # a verbless echo: "Peru too.", "Peru, too.", "Peru as well."
    r"|,?\s+(?:too|as\s+well|likewise)\s*[.!]?\s*$"
)
#: A group that followed the last ballots told, its members after a colon or a dash: "Most of
#: Moscow's allies followed: ", "The rest of the bloc did the same - ".
_GROUP_FOLLOWED = re.compile(
    r"\s*(?:(?:But|And|Then)\s+)?[A-Z][^.;:\d\u2013\u2014]{0,80}?\s(?:(?:also|then|duly)\s+)?"
    r"(?:followed(?:\s+suit)?|did\s+(?:the\s+same|likewise)|fell\s+in\s+(?:line|behind)|"
    r"went\s+the\s+same\s+way|voted\s+(?:the\s+same\s+way|likewise))"
    r"\s*(?::|[\u2013\u2014]|\s--?)\s*(?:the\s+)?"
)
#: A subject that counts the states of the last ballots told: "both abstained".
_COUNTED_BACK = re.compile(
    # (or after a time phrase: "And on August 25 the pair abstained")
    r"(?:^\s*|[,;]\s*(?:and\s+|but\s+)?|\s+and\s+|\d\s+|\btime\s+)"
    r"(?:[Bb]oth|[Tt]he\s+(?P<n1>two|three|four|pair)|"
    r"[Aa]ll\s+(?P<n2>three|four|five)|[Tt]hey\s+both|"
    # "A day earlier, the same countries had abstained": the states of the last ballots told
    r"(?P<same>[Tt]he\s+same\s+(?:\w+\s+)?(?:countries|states|nations|governments|"
    r"delegations|members)))(?:\s+of\s+them)?\s+"
    r"(?:(?:also|then|later|eventually|instead|ultimately|simply|had|have|has)\s+)?$"
)
_SMALL = {
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "both": 2,
    "pair": 2,
    "six": 6,
    "seven": 7,
    "eight": 8,
}
#: A sentence that opens by spreading its ballots over the last votes told: "On all three, …",
#: "In both votes, …".
_ON_ALL = re.compile(
    # (after a linking word: "And on both, the Western group voted no")
    r"\s*(?:(?:And|But|Yet|So|Again|Here)\s*,?\s+)?(?:[Oo]n|[Ii]n)\s+(?:all\s+|each\s+of\s+the\s+|each\s+of\s+these\s+)?"
    r"(?P<n>two|three|four|five|both)(?:\s+(?:votes|texts|resolutions|drafts|of\s+them))?,"
)


def _uncued_states(reading: Reading, index: int) -> list[Mention]:
    """The states of a sentence that has no vote cue of its own, one that can only echo the
    ballots of the sentence before ("So did South Korea."); none for a sentence with a cue.
    A weak cue that reports no vote is none ("So did Rwanda and Uganda, the two neighbours
    backing the rebellion"). A possessive is no voter unless it owns the vote ("So did
    India's ally Mozambique")."""
    cues = reading.cues(index, "VOTE")
    if any(_counts(reading, cue, cues) and not _unlisted(reading, cue) for cue in cues):
        return []
    return [
        s
        for s in _states(reading, index)
        if not s.possessive or _OWN_VOTE.match(reading.plain, s.end)
    ]


def _unlisted(reading: Reading, cue: Cue) -> bool:
    """A cue that reports ballots only before a list ("The supporters were X and Y") with no
    list after it: "So did Chile and Peru, which support the ceasefire"."""
    return cue.text.lower() in LIST_ONLY_VOTE_CUES and not re.match(
        r"\s*(?::|(?:were|was|are|is|included|include)\b)", reading.plain[cue.end : cue.end + 12]
    )


#: What a possessive state owns when it is the voter: "Iran's delegation voted no".
_OWN_VOTE = re.compile(
    r"'s?\s+(?:choice|decision|vote|move|delegations?|veto|ambassadors?|envoys?|"
    r"representatives?|diplomats?|delegates?|government|abstention|"
    r"(?:no|yes|negative)\s+vote)\b"
)


def _echoed(reading: Reading, index: int, told: tuple, seen) -> list[Mention]:
    """Ballots that repeat the previous sentence's: "So did South Korea.", "X followed suit"
    (in the time the previous sentence placed them: "Russia … abstained in New York, and so
    did Ukraine. So did Kenya …")."""
    cue, motion, _, hint = told
    sentence = reading.sentences[index]
    plain = reading.plain
    states = _uncued_states(reading, index)
    if not states:
        return []
    opening = _SO_DID.match(plain, sentence.start)
    if (
        opening is not None
        and opening.group("nor")
        and cue.value != "non_voting"
        # ("The abstentions … Chile did not vote for it. Nor did Peru.": the support withheld
        # is denied again)
        and cue.text != "withheld"
    ):
        return []  # "Chile did not vote. Nor did Peru." echoes; after a ballot cast, it denies one
    if opening is not None:
        # "So did Canberra, with the Marshall Islands and Palau": the whole group; "So did
        # much of the former Eastern bloc: Poland, Hungary, …": the group's members
        # ("So were a number of countries seeking closer ties with NATO, among them X, …")
        described = re.match(
            r"[^.;:,]{1,80}(?::|,\s+(?:among\s+them|including))\s*"
            # "So did fourteen African delegations, most of them France's partners in the franc
            # zone: Benin, …": a group and an aside about it before the colon
            r"|[^.;:,]{1,80},\s+(?:most|all|many|several|some|both)\s+of\s+them\b[^.;:]{1,80}:\s*",
            plain[opening.end() : states[0].start],
        )
        start = opening.end() + (described.end() if described else 0)
        voters = _chain(plain, states, start, with_companions=True)
        # "So did Rwanda and Uganda, the two neighbours backing the rebellion, and so did
        # Kenya and Zambia": each "so did" of the sentence opens a list of its own
        while voters:
            again = _SO_DID_AGAIN.search(plain, voters[-1].end, sentence.end)
            more = _chain(plain, states, again.end(), with_companions=True) if again else []
            if not more:
                break
            voters = voters + more
    else:
        voters = _chain(plain, states, sentence.start)
        dashed = _DASHED_MEMBERS.match(plain, sentence.start, states[0].start)
        members = _GROUP_FOLLOWED.match(plain, sentence.start, states[0].start)
        if members is not None and members.end() != states[0].start:
            members = None
        if members is not None:
            dashed = None  # (a group that followed, its members after the dash: below)
        if dashed is not None and dashed.end() == states[0].start:
            # "Most of the Sahel states - Chad, Mali and the Niger among them - joined them":
            # a group described, its members between dashes
            voters = voters or _chain(plain, states, states[0].start)
            closed = _DASH_CLOSED.match(plain, voters[-1].end) if voters else None
            end = closed.end() if closed else voters[-1].end if voters else -1
        else:
            end = voters[-1].end if voters else -1
        if members is not None:
            # "Most of its allies followed: Poland, Hungary and Bulgaria, along with Cuba"
            voters = _chain(plain, states, members.end(), with_companions=True)
            also = _ECHO_COMPANIONS.match(plain, voters[-1].end) if voters else None
            if also is not None:
                voters += _chain(plain, states, also.end())
            end = -1
        more = None if voters else _MORE_OF_THEM.match(plain, sentence.start, states[0].start)
        if more is not None and more.end() == states[0].start:
            # "Chile and Peru voted no. Less predictable were Nepal and Laos, along with Fiji."
            voters = _chain(plain, states, more.end())
            if voters and _FRAGMENT_END.fullmatch(plain, voters[-1].end, sentence.end):
                end = -1
            else:
                voters = []
        followed = _FOLLOWED.match(plain[: sentence.end], end) if end >= 0 else None
        if followed is None and not (more and voters) and not (members and voters):
            return []
        # "Britain and Canada did the same, as did Japan and New Zealand"
        also = followed and (
            re.compile(r",\s+(?:as|and\s+so(?:,?\s+too,?)?)\s+did\s+(?:the\s+)?").match(
                plain, followed.end()
            )
            # "Kenya joined them, along with a group of governments close to Tripoli - Bolivia,
            # Cuba …"
            or _ECHO_COMPANIONS.match(plain, followed.end())
        )
        if also:
            voters = voters + _chain(plain, states, also.end())
    echo = Cue("VOTE", cue.value, cue.start, cue.end, cue.text, cue.sentence)
    if _veto_word(cue) in VETO_CUES:
        voters = [v for v in voters if v.key in permanent_members()]
        _record_veto(reading, motion, voters, echo)
    for voter in voters:
        fact = _ballot(reading, seen, voter, echo, motion, hint)
        if fact is not None:
            fact.evidence.append(reading.evidence(index, voter.start, voter.end))
            if hint is not None:
                reading.time_hints[id(fact)] = hint
    return voters


#: A group described at a sentence's opening, its members after a dash: "Most of the Sahel
#: states that border the lake - ".
_DASHED_MEMBERS = re.compile(
    r"\s*(?:(?:But|And)\s+)?[A-Z][^.;:()\u2013\u2014]{1,120}?\s(?:--?|[\u2013\u2014])\s*(?:the\s+)?"
)
#: The dash that closes a group's members: " among them - ", " - ".
_DASH_CLOSED = re.compile(r"(?:\s+among\s+them)?\s*(?:--?|[\u2013\u2014])(?=\s)")
#: A sentence that opens on the side opposite the last one told: "On the other side stood …".
_OTHER_SIDE = re.compile(
    r"\s*(?:(?:But|And|Meanwhile),?\s+)?On\s+the\s+other\s+side(?:\s+of\s+the\s+\w+)?,?\s+"
    r"(?:stood|were|was|sat|lined\s+up|came)\s+"
)
_OPPOSITE = {"yes": "no", "no": "yes"}


def _other_side(reading: Reading, index: int, told: tuple, seen) -> None:
    """ "China and Russia voted yes … On the other side stood the United States, the members of
    the European Union, Japan …": the option opposite the last ballots' (yes or no), for the
    list after the verb (a group described before a colon opens it: "the coalition that had
    pushed for a ban: the United States and Costa Rica, joined by Italy")."""
    cue, motion, _, hint = told
    sentence = reading.sentences[index]
    opening = _OTHER_SIDE.match(reading.plain, sentence.start)
    if opening is None or cue.value not in _OPPOSITE or reading.cues(index, "VOTE"):
        return
    states = _states(reading, index)
    listed = _copula_list(reading, states, opening.end(), sentence.end, opened=True)
    side = Cue("VOTE", _OPPOSITE[cue.value], sentence.start, opening.end(), "", index)
    for voter in listed:
        _ballot(reading, seen, voter, side, motion, hint)


#: The names of the list of ballots just told: "The most telling name on that list is",
#: "Two names were new on the list this year:", "The newcomers to the list were".
_ON_THE_LIST = re.compile(
    r"\b(?:names?|newcomers?|additions?|entr(?:y|ies)|members?)\s+(?:(?:was|were|is|are)\s+)?"
    r"(?:[a-z]+\s+){0,2}?(?:on|to)\s+(?:the|that|this)\s+(?:[a-z]+\s+)?list\b"
)


def _named_on_the_list(reading: Reading, index: int, told: tuple, seen) -> None:
    """ "… voted no. The most telling name on that list is Turkey.", "Two names were new on the
    list this year: Zimbabwe and Nauru": the states the sentence names as items of the list
    of ballots told just before it, with their option."""
    cue, motion, _, hint = told
    sentence = reading.sentences[index]
    match = _ON_THE_LIST.search(reading.plain, sentence.start, sentence.end)
    if match is None or reading.cues(index, "VOTE"):
        return
    states = _uncued_states(reading, index)
    listed = _copula_list(reading, states, match.end(), sentence.end)
    echo = Cue("VOTE", cue.value, cue.start, cue.end, cue.text, cue.sentence)
    for voter in listed:
        _ballot(reading, seen, voter, echo, motion, hint)


#: "X and Y were joined by Z" in a sentence with no cue of its own, after a ballot sentence.
_JOINED_BY = re.compile(
    r"\s+(?:were|was|had\s+been)\s+(?:\w+\s+)?joined\s+"
    # "were joined in the majority by": the side the companions joined
    r"(?:in\s+the\s+(?P<side>majority|yes\s+camp)\s+)?by\s+(?:the\s+)?"
)
#: A group before its members, between commas, as a subject: "The five sponsors, ".
_APPOSED_GROUP = re.compile(r"\W*(?:The|Its|Their|All)\s+(?:[\w-]+\s+){0,3}?[a-z]+s,\s+(?:the\s+)?")
#: The side "joined in the … by" names.
_JOINED_SIDES = {"majority": "yes", "yes camp": "yes"}
#: The next group of companions in a "joined by" list: ", by Cuba", ", and by Laos".
_AND_BY = re.compile(r"\s*,?\s*(?:and\s+)?by\s+(?:the\s+)?")
_OPENER = re.compile(
    r"\s*(?:(?P<present>This\s+time|This\s+year|Now)|Again|Then|"
    # "On that one Washington and Tel Aviv were joined by …": the vote just told
    r"(?:On|In)\s+(?:that|this)\s+(?:one|vote|text|ballot|occasion|resolution)),?\s+(?:the\s+)?"
)


_GROUP_PRONOUN = re.compile(
    r"\s*(?:[Tt]hey|[Tt]hese|[Tt]hose|[Tt]he\s+(?:two|three|four|five)|(?P<one>It|[Tt]he\s+country))\b"
)


#: A group as a cue's whole subject, none of its states named: "The Nordic countries", "The
#: European Union's members", "Most of the Arab states".
_GROUP_SUBJECT_OF_CUE = re.compile(
    r"\W*(?:(?:Most|All|Many|Some)\s+of\s+)?(?:[Tt]he|[Aa]ll)\s+(?:[\w'\u2019-]+\s+){0,4}?"
    r"(?:countries|states|nations|members|member\s+states|governments|delegations)\s+"
    r"(?:(?:\w+ly|also|all|both)\s+)?"
)


def _joined_opening(
    reading: Reading, index: int
) -> tuple[list[Mention], re.Match | None, int] | None:
    """What a "were joined by" sentence opens with: its states (it has no cue of its own), the
    opener before its subject ("This time", "Again") and where the subject begins; None when it
    names no state."""
    sentence = reading.sentences[index]
    states = _uncued_states(reading, index)
    if not states:
        return None
    opener = _OPENER.match(reading.plain, sentence.start)
    return states, opener, opener.end() if opener else sentence.start


def _joined(
    reading: Reading, index: int, last: tuple[Cue, Motion], seen, group: bool = False
) -> tuple[tuple[Cue, Motion], list[Mention]] | None:
    """ "… voted against it. This time Israel and the United States were joined by Argentina
    and Hungary": the option of the last ballots told, for everyone the sentence lists; "This
    time" places them in the story's vote. With ``group``, the last cue's subject was a group
    that named none of its states: "They were joined by" gives its option to the companions."""
    cue, motion = last
    plain = reading.plain
    opening = _joined_opening(reading, index)
    if opening is None:
        return None
    states, opener, begin = opening
    pronoun = _GROUP_PRONOUN.match(plain, begin)
    if group:
        if pronoun is None or pronoun.group("one"):
            return None
        subjects, end = [], pronoun.end()
    elif pronoun is not None:
        # "This time they were joined by …": the states of the last ballots told
        told_in = cue.sentence + reading.sentence_offset
        # (the voter's sentence or the cue's: "Who voted no? Chile and Peru." told the answer)
        told = [f for f in seen.values() if any(e.sentence == told_in for e in f.evidence[-2:])]
        if pronoun.group("one") and len({f.fields["voter"] for f in told}) != 1:
            return None  # "It was joined by …" after one state's ballot only
        subjects = [
            Mention("state", f.fields["voter"], begin, pronoun.end(), "", index) for f in told
        ]
        end = pronoun.end()
    else:
        subjects = _chain(plain, states, begin)
        end = subjects[-1].end if subjects else begin
    if not subjects and not group:
        return None
    joined = _JOINED_BY.match(plain, end)
    if joined is None:
        return None
    return _companions_joined(reading, index, (cue, motion), subjects, joined, opener, states, seen)


def _companions_joined(
    reading: Reading,
    index: int,
    last: tuple[Cue, Motion],
    subjects: list[Mention],
    joined: re.Match,
    opener: re.Match | None,
    states: list[Mention],
    seen,
) -> tuple[tuple[Cue, Motion], list[Mention]]:
    """The ballots of the subjects and of the companions after "were joined by" (among
    ``states``, the sentence's): the option of ``last`` (or the side "in the majority" names), a
    group described before its members."""
    cue, motion = last
    sentence = reading.sentences[index]
    plain = reading.plain
    start = joined.end()
    # "joined by a handful of states from other regions, among them Chile", "by a handful of
    # others: Chile": a group described before its members
    described = (
        _GROUP_INCLUDING.match(plain, start, sentence.end)
        or _GROUP_COLON.match(plain, start, sentence.end)
        # "joined by its traditional backers Chile and Peru"
        or _POSSESSED_GROUP.match(plain, start, sentence.end)
    )
    if described is not None and not any(start <= s.start < described.end() for s in states):
        start = described.end()
    companions = _chain(plain, states, start)
    more = _AND_BY.match(plain, companions[-1].end) if companions else None
    while more is not None:
        # "joined by Armenia and Serbia, by Cuba and Venezuela, and by Laos": a "by" per group,
        # maybe a group described before its members ("and by a handful of governments close
        # to Havana - Cuba and Bolivia")
        start = more.end()
        described = _GROUP_INCLUDING.match(plain, start, sentence.end) or _GROUP_COLON.match(
            plain, start, sentence.end
        )
        if (
            described is not None
            and not any(
                start <= s.start < described.end()
                # (a capital the description names: "close to Havana")
                and not re.search(
                    r"\b(?:to|of|from|with|near|around|behind)\s+$", plain[start : s.start]
                )
                for s in states
            )
        ):
            start = described.end()
        added = _chain(plain, states, start)
        if not added:
            break
        companions += added
        more = _AND_BY.match(plain, added[-1].end)
    if opener is not None and opener.group("present"):
        # "This time": the vote the paragraph tells, else the story's
        motion = focus_motion(reading, sentence.start) or main_motion(reading) or motion
    option = _JOINED_SIDES.get((joined.group("side") or "").lower(), cue.value)
    echo = Cue("VOTE", option, cue.start, cue.end, cue.text, cue.sentence)
    voters = _unique(subjects + companions)
    for voter in voters:
        _ballot(reading, seen, voter, echo, motion)
    return (echo, motion), voters


def _joined_known(reading: Reading, index: int, seen) -> tuple | None:
    """ "Russia led the opposition. Moscow argued … It was joined by Armenia and Serbia": the
    companions of states whose ballot the text told before (one option, one vote), or of the one
    state "It" names when the last ballot told was that state's alone; "X and Y were joined in
    the majority by Z": the side the phrase names, on the vote in focus."""
    sentence = reading.sentences[index]
    plain = reading.plain
    opening = _joined_opening(reading, index)
    if opening is None:
        return None
    states, opener, begin = opening
    apposed = _APPOSED_GROUP.match(plain, begin)
    # ("The five sponsors, Chile, Peru and Fiji, were joined by …": the group's members)
    pronoun = None if apposed else _GROUP_PRONOUN.match(plain, begin)
    begin = apposed.end() if apposed else begin
    subjects = [] if pronoun else _chain(plain, states, begin)
    if apposed and subjects:
        # (the comma that closes the apposition)
        closed = re.match(r"\s*,", plain[subjects[-1].end :])
        end = subjects[-1].end + closed.end() if closed else -1
        subjects = subjects if end >= 0 else []
    if not apposed or pronoun:
        end = pronoun.end() if pronoun else subjects[-1].end if subjects else begin
    joined = _JOINED_BY.match(plain, end) if pronoun or subjects else None
    if joined is None:
        return None
    motion = _focus(reading, sentence.start)
    if joined.group("side") and motion is not None:
        cue = Cue("VOTE", "yes", joined.start(), joined.end(), joined.group(), index)
        return _companions_joined(
            reading, index, (cue, motion), subjects, joined, opener, states, seen
        )
    here = index + reading.sentence_offset  # (the sentence numbers evidence carries)
    earlier = [f for f in seen.values() if f.evidence and f.evidence[-1].sentence < here]
    if pronoun is not None:
        # (the last ballot told, if its sentence told one state's: "It" is that state)
        if pronoun.group("one") is None or not earlier:
            return None
        last = max(earlier, key=lambda f: (f.evidence[-1].sentence, f.evidence[-1].start))
        told_then = [f for f in earlier if f.evidence[-1].sentence == last.evidence[-1].sentence]
        if len({f.fields["voter"] for f in told_then}) != 1:
            return None
        if here - last.evidence[-1].sentence > 3:
            return None
        owned = [last]
        subjects = [Mention("state", last.fields["voter"], begin, end, "", index)]
    else:
        keys = {s.key for s in subjects}
        owned = [f for f in earlier if f.fields["voter"] in keys]
    sides = {(f.fields["option"], f.fields["motion"]) for f in owned}
    motions = {m.id: m for m in reading.motions}
    if len(sides) != 1:
        return None
    option, motion_id = sides.pop()
    if motion_id not in motions:
        return None
    cue = Cue("VOTE", option, joined.start(), joined.end(), joined.group(), index)
    return _companions_joined(
        reading, index, (cue, motions[motion_id]), subjects, joined, opener, states, seen
    )


#: A question that a list answers: "Who voted no?", "Which countries abstained?"
_QUESTION = re.compile(
    # a live blog's time stamp or a "Q:" may open it ("17:45 Who voted no?")
    r"\s*(?:\d{1,2}[:.]\d{2}(?:\s+[A-Z]{2,4}\b)?(?:\s*(?:--?|[\u2013\u2014]))?\s+|Q[:.]\s*)?"
    # ("Then who voted no?", "And which countries abstained?")
    r"(?:(?:(?:Then|And|So|But)\s+(?:then\s+)?)?(?i:who|which\s+(?:countries|states|members|"
    r"nations|delegations)\b)|"
    # a side asked for by name: "The two votes against?", "And the abstainers?"
    r"(?:And\s+)?[Tt]he\s+(?:\w+\s+){0,2}(?:votes?\s+against|no\s+votes?|yes\s+votes?|"
    r"abstentions|abstainers|opponents|supporters|dissenters)\s*\?)"
)


#: A question for the states that voted as one named: "Who followed Washington?", "And which
#: countries sided with Kenya?"
_FOLLOWER_QUESTION = re.compile(
    r"\s*(?:(?:And|So|But|Then)\s+)?(?:[Ww]ho|[Ww]hich\s+(?:other\s+)?(?:countries|states|"
    r"members|nations|delegations|governments))\s+(?:else\s+)?(?:followed|joined|sided\s+with|"
    r"stood\s+with|went\s+along\s+with|voted\s+with|lined\s+up\s+(?:with|behind))\s+(?:the\s+)?"
)
#: A sentence that says the voter just told was not the only one: "It was not alone.", "Nor
#: was it alone.", "France had company."
_NOT_ALONE = re.compile(
    r"\s*(?:(?:But|And|Yet)\s+)?(?:(?:It|They|[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3})\s+"
    r"(?:(?:was|were)\s+(?:not|hardly|far\s+from|by\s+no\s+means)\s+alone|"
    r"(?:had|found)\s+(?:some\s+|plenty\s+of\s+)?company)|(?:Nor|Neither)\s+(?:was|were)\s+"
    r"(?:it|they)\s+alone)(?:\s+in\s+that|\s+either|\s+there)?\s*[.!]\s*"
)


def _follower_question(reading: Reading, index: int, seen) -> tuple[Cue, Motion] | None:
    """ "The United States voted no. Who followed Washington?": the option and the vote of the
    named state's last ballot told, for the list that answers it."""
    sentence = reading.sentences[index]
    plain = reading.plain
    asked = _FOLLOWER_QUESTION.match(plain, sentence.start, sentence.end)
    if asked is None:
        return None
    # (a capital in a question is no agent of the sentence's own: any state mention)
    named = [s for s in reading.mentioned.in_sentence(index, ("state",)) if s.start == asked.end()]
    if not named or not re.fullmatch(r"\s*\?\s*", plain[named[0].end : sentence.end]):
        return None
    ballots = [f for f in seen.values() if f.fields["voter"] == named[0].key]
    motions = {m.id: m for m in reading.motions}
    if not ballots or ballots[-1].fields["motion"] not in motions:
        return None
    option = ballots[-1].fields["option"]
    cue = Cue("VOTE", option, sentence.start, sentence.end, sentence.text, index)
    return cue, motions[ballots[-1].fields["motion"]]


#: An answer that only counts: "Thirteen.", "Just two countries.", "18 in all."
_BARE_COUNT = re.compile(
    r"\s*(?:(?:Only|Just|Some|About|Around|Exactly)\s+)?(?:\d{1,3}|(?i:one|two|three|four|five|"
    r"six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty|sixty|"
    r"seventy|eighty|ninety)(?:-[a-z]+)?)(?:\s+(?:countries|states|nations|members|"
    r"delegations|governments|of\s+them|in\s+all|altogether))?\s*[.!]\s*"
)
#: What may open an answer's list: "Only two countries: …", "The 22 included …".
_ANSWER_OPENING = re.compile(
    r"\s*(?:(?:Only|Just)\s+)?(?:[Tt]he\s+)?|"
    r"\s*(?:The\s+(?:[\w-]+\s+){1,2}|They\s+)(?:included|include|were|are|comprised)\s+(?:the\s+)?"
)


def _answered(
    reading: Reading, index: int, asked: tuple[Cue, Motion], seen, fragment: bool = False
) -> bool:
    """ "Who abstained?" then "A mixed group of twelve: Russia, China, …" or "Only two
    countries: the United States and Israel.": the question's option for the answer's list.
    After an answer (``fragment``), only a verbless list goes on: "India, Indonesia and
    Pakistan.", "South Africa and Nigeria, the two countries that …". Whether it answered."""
    cue, motion = asked
    sentence = reading.sentences[index]
    plain = reading.plain
    states = _states(reading, index)
    if not states or (fragment and reading.cues(index, "VOTE")):
        return False
    colon = plain.rfind(":", sentence.start, states[0].start)
    start = colon + 1 if colon >= 0 or fragment else sentence.start
    start = sentence.start if fragment else start
    before = plain[start : states[0].start]
    if (
        fragment
        and not re.fullmatch(r"\s*(?:the\s+)?", before)
        and not _MORE_OF_THEM.fullmatch(before)
    ):
        return False
    if (
        not _ANSWER_OPENING.fullmatch(before)
        and not _COLON_GAP.fullmatch(before)
        and not (fragment and _MORE_OF_THEM.fullmatch(before))
    ):
        return False  # groups may open it: "The European Union countries, the United States, …"
    listed = _chain(plain, states, states[0].start)
    if ";" in plain[listed[-1].end : sentence.end]:
        # "Germany and France; Canada and Australia; plus Ireland": groups in semicolons, one
        # of them maybe a group the lexicon does not name ("Chile and every member of the
        # Andean Community; Peru …")
        semicolons = _copula_list(reading, states, states[0].start, sentence.end, opened=True)
        if semicolons[:1] == listed[:1] and len(semicolons) > len(listed):
            listed = semicolons
    more = _GROUP_AFTER.match(plain, listed[-1].end, sentence.end)
    if more is not None:
        # "A: Russia, of course, along with a familiar set of partners: Armenia; Belarus; …"
        listed += _copula_list(reading, states, more.end(), sentence.end)
    if fragment and not _FRAGMENT_END.fullmatch(plain, listed[-1].end, sentence.end):
        return False
    if _SAYS_AFTER.match(plain, listed[-1].end):
        return False  # "Who voted no? India said it had concerns.": the subject of a speaker
    for voter in listed:
        _ballot(reading, seen, voter, cue, motion)
    return True


#: A group described before its members' colon: "a familiar set of partners:".
_DESCRIBED_GROUP = (
    # (or counted: "joined by four small island states: ")
    r"(?:a|an|the|its|their|some|several|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"
    r"\s+[^.;:,\d]{1,60}:"
)
#: A group its members' subject owns, before them: "joined by its traditional backers ".
_POSSESSED_GROUP = re.compile(r"(?:its|their)\s+(?:[a-z-]+\s+){1,2}(?=[A-Z])")
#: The same at the opening of a list: "joined by a handful of others: ".
_GROUP_COLON = re.compile(rf"\s*{_DESCRIBED_GROUP}\s*(?:the\s+)?")
#: The same, its members after a comma when "other" describes them: "as did the other
#: permanent members, the United States, Britain, …".
_OTHER_GROUP = r"the\s+other\s+[^.;:,\d]{1,40},"
#: The same when a count describes them: "including the three African members, Algeria, …",
#: "as did the two Nordic states, Norway and Iceland".
_COUNTED_GROUP_COMMA = (
    r"(?:(?:the|its|their)\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+"
    r"[^.;:,\d]{0,40}?(?:members|states|countries|nations|delegations|powers|governments),"
)
#: The same, counted or described, its members after a dash (a capital may describe it): "two
#: Andean states - ", "a group of Latin American governments close to Havana - ".
_DASHED_GROUP = (
    r"(?:a|an|the|its|their|some|several|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"
    r"\s+[^.;:,\d\u2013\u2014()-]{1,70}?\s(?:--?|[\u2013\u2014])"
)
#: The same, its members after "such as" or "including": "as did a cluster of Pacific states
#: such as Fiji and Tonga".
_SUCH_AS_GROUP = (
    r"(?:a|an|the|its|their|some|several|many|most|other)\s+[^.;:,\d]{1,60}?,?\s"
    r"(?:such\s+as|including|notably)"
)
#: Companions after an echo ("X joined them"): "along with", "plus", "as well as", maybe a
#: group described before its members.
_ECHO_COMPANIONS = re.compile(
    r",?\s+(?:along\s+with|together\s+with|plus|as\s+well\s+as)\s+"
    rf"(?:{_DASHED_GROUP}\s*|{_DESCRIBED_GROUP}\s*)?(?:the\s+)?"
)
#: A described group after an answer's list, its members after a colon: ", of course, along
#: with a familiar set of partners: ".
_GROUP_AFTER = re.compile(
    r"(?:,\s*[a-z ]{1,20},)?\s*,?\s+(?:along\s+with|together\s+with|joined\s+by|plus)\s+"
    + _DESCRIBED_GROUP
)
#: A speech verb right after the list: its states speak, they answer no question.
_SAYS_AFTER = re.compile(
    r"(?:['\u2019]s\s+[a-z]+)?\s+(?:(?:also|then|later)\s+)?(?:said|says|told|argued|insisted|"
    r"warned|explained|complained|called|urged|stated)\b"
)


#: A question inside a sentence: "Yet look at who lined up against it", "Consider which
#: countries abstained".
_EMBEDDED_QUESTION = re.compile(
    r"\b(?:at|see|consider|is|was|note|remember)\s+(?:who|which\s+(?:countries|states|members|"
    r"nations|delegations|governments))\s+(?:[a-z]+\s+){0,2}$"
)
#: A sentence that presents a side, its members in the verbless sentences after it: "Then
#: there were the abstentions. India and Indonesia. Qatar and Malaysia."
_PRESENTED = re.compile(
    r"\s*(?:(?:Then|And|Now|But)\s+)?(?:[Tt]here\s+(?:were|was|are|is)\s+(?:also\s+)?|"
    r"[Aa]s\s+for\s+|[Nn]ow\s+(?:for\s+)?)the\s+(?:[a-z]+\s+)?"
)
#: An opening that adds to the list just told, judging its members: "Less predictable were
#: …", "More surprising was …", "Joining them were …".
_MORE_OF_THEM = re.compile(
    r"\s*(?:(?:But|And|Yet)\s+)?(?:(?:Less|More|Even\s+more|Far\s+more|Rather\s+more)\s+"
    r"(?:predictable|surprising|expected|notable|striking|unexpected|remarkable|telling|"
    r"revealing|interesting)|Joining\s+them|Alongside\s+them|With\s+them)\s+(?:were|was)\s+"
    r"(?:the\s+)?"
)
#: What may end a verbless list: nothing, or an aside after a comma.
_FRAGMENT_END = re.compile(r"\s*(?:,[^;:]*)?[.!]?\s*")


def _joined_counted(reading: Reading, index: int, seen) -> None:
    """ "The Americans were joined by Britain, France, …" after a count: the side whose count
    is the group's size (nine states after "got exactly nine: 9-0-6" voted yes)."""
    sentence = reading.sentences[index]
    plain = reading.plain
    states = _uncued_states(reading, index)
    if not states:
        return
    opener = _OPENER.match(plain, sentence.start)
    subjects = _chain(plain, states, opener.end() if opener else sentence.start)
    joined = _JOINED_BY.match(plain, subjects[-1].end) if subjects else None
    if joined is None:
        return
    group = _unique(subjects + _chain(plain, states, joined.end()))
    motion = focus_motion(reading, sentence.start)
    if motion is None or motion.tally is None:
        return
    sides = [option for option, count in motion.tally.counts().items() if count == len(group)]
    if len(sides) != 1:
        return
    start, end = subjects[0].start, group[-1].end
    cue = Cue("VOTE", sides[0], start, end, plain[start:end], index)
    for voter in group:
        _ballot(reading, seen, voter, cue, motion)


#: A ballot whose verb is left out after a first one: "Chile voted yes, Ghana no", "and
#: Nepal against".
_GAPPED_OPTION = re.compile(
    # ('Chile voted "yes" and Peru "no"': the option in quotes)
    r",?\s+[\"'\u201c\u2018]?(?P<option>yes|no|against|in\s+favou?r|nay|aye)"
    r"[\"'\u201d\u2019]?(?=\s*(?:[,;.]|and\b|$))",
    re.IGNORECASE,
)
_GAPPED_OPTIONS = {"yes": "yes", "no": "no", "against": "no", "nay": "no", "aye": "yes"}


def _gapped(reading: Reading, index: int, cues: list[Cue]) -> list[tuple]:
    """(state, option, the cue whose verb it shares, end) of each gapped ballot of the sentence:
    "Chile voted yes, Ghana no and Nepal abstained" (Ghana's No)."""
    plain = reading.plain
    found = []
    states = _states(reading, index)
    for number, state in enumerate(states):
        option = _GAPPED_OPTION.match(plain, state.end)
        before = [c for c in cues if c.end <= state.start and c.text.lower().startswith("vot")]
        if option is None or not before:
            continue
        # "…; China and Cuba, no": the list the option ends
        listed = [state]
        for previous in reversed(states[:number]):
            if previous.end <= before[-1].end or not re.fullmatch(
                r"\s*,\s*(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?",
                plain[previous.end : listed[0].start],
            ):
                break
            listed.insert(0, previous)
        if not re.search(
            r"(?:,\s*(?:and\s+)?|\s+and\s+|;\s*)(?:the\s+)?$", plain[: listed[0].start]
        ):
            continue
        value = _GAPPED_OPTIONS.get(option.group("option").lower(), "yes")
        found.extend((s, value, before[-1], option.end()) for s in listed)
    return found


#: A second verb of the same subject: "… and voted no on the Syria text".
_SHARED_SUBJECT = re.compile(
    r"[^,;.]*?(?:,\s*)?\b(?:and|but)\s+(?:then\s+|also\s+|later\s+)?(?:[a-z]+ly\s+)?"
)
#: A vote named by its place in the text's order: "on the first", "against the second text".
_ORDINAL_OBJECT = re.compile(
    r"\s+(?:on|for|against|to)?\s*the\s+(?P<n>first|second|third|former|latter)"
    r"(?:\s+(?:one|text|resolution|draft|vote|motion))?\b"
)


#: The same verb's second object, its side told anew: "voted for the amendment and against
#: the resolution".
_SECOND_OBJECT = re.compile(
    r"\s+(?:and|but)\s+(?:also\s+)?(?:(?P<no>against)|(?P<yes>for|in\s+favou?r\s+of))\s+"
)


def _second_object(reading: Reading, seen: dict, cue: Cue, voters: list[Mention]) -> None:
    """Ballots on a second motion the cue's verb takes after its first: "Russia voted for
    the amendment and against the resolution" (Russia's No on the resolution)."""
    plain = reading.plain
    after = [pair for pair in reading.motion_pairs(cue.sentence) if pair[0].start >= cue.end]
    if len(after) < 2 or not re.fullmatch(
        r"\s*(?:of\s+|on\s+)?", plain[cue.end : after[0][0].start]
    ):
        return
    (first, _), (second, motion) = after[:2]
    side = _SECOND_OBJECT.fullmatch(plain, first.end, second.start)
    if side is None or motion is None:
        return
    option = "no" if side.group("no") else "yes"
    word = side.group(option)
    start = plain.index(word, first.end)
    echo = Cue("VOTE", option, start, start + len(word), word, cue.sentence)
    for voter in voters:
        _ballot(reading, seen, voter, echo, motion)


def _ordinal_motion(reading: Reading, cue: Cue, ordinal) -> Motion | None:
    """The vote at a place in the order the text told its votes ("the second")."""
    told = sorted(
        (
            m
            for m in reading.motions
            if not m.collective
            and m.first < cue.start
            # not "The Council voted twice on Friday, adopting one resolution 15-0 and …":
            # a bare "voted" that the votes it tells then count and end
            and not (m.implicit and m.tally is None and not m.outcome)
        ),
        key=lambda m: m.first,
    )
    place = {"first": 0, "second": 1, "third": 2, "former": 0, "latter": -1}[ordinal.group("n")]
    if ordinal.group("n") in ("former", "latter") and len(told) != 2:
        return None
    return told[place] if -len(told) <= place < len(told) else None


def _other_votes(reading: Reading, motion: Motion, position: int) -> list[Motion]:
    """The votes other than ``motion`` the text has counted (or told the end of) before
    ``position``."""
    return [
        m
        for m in reading.motions
        if m is not motion
        and not m.collective
        and (m.tally is not None or m.outcome)
        and m.first < position
    ]


#: A clause told of an earlier time with no date: "which voted yes last time", "a supporter
#: previously".
_EARLIER_TIME = re.compile(
    r"\b(?:(?:the\s+)?(?:last|previous|prior)\s+time|previously|back\s+then|then|before)\s*,",
    re.IGNORECASE,
)


def _contradicted(reading: Reading, seen: dict, cue: Cue, motion: Motion, voters) -> Motion:
    """ "Antigua and Barbuda, which voted no two years ago, backed the text this time": the
    relative clause's ballot, on the same vote as the main verb's but another side, was cast
    in the other vote the text counts (else in one it does not report: dropped). The vote of
    the main verb: ``motion``, or, when the clause is told of an earlier time and ``motion``
    is the earlier vote told after the story's ("When it last voted, the count was 120 to 39.
    Uganda, which voted yes last time, abstained"), the story's vote told before it."""
    told_in = reading.evidence(cue.sentence, cue.start, cue.end).sentence
    others = _other_votes(reading, motion, cue.start)
    clause = reading.plain[reading.sentences[cue.sentence].start : cue.start]
    if (
        len(others) == 1
        and others[0].first < motion.first
        and _EARLIER_TIME.search(clause)
        and not _PRESENT.search(reading.plain, cue.end, reading.sentences[cue.sentence].end)
    ):
        # the clause's ballot stays on the earlier vote; the main verb's is the story's
        return others[0]
    for voter in voters:
        key = (voter.key, motion.id, None)
        fact = seen.get(key)
        if fact is None or fact.fields["option"] == cue.value:
            continue
        if not fact.evidence or fact.evidence[-1].sentence != told_in:
            continue
        del seen[key]
        if len(others) == 1 and (voter.key, others[0].id, None) not in seen:
            fact.fields["motion"] = others[0].id
            seen[(voter.key, others[0].id, None)] = fact
        else:
            reading.facts.remove(fact)
    return motion


#: A cue that tells a change of side: "moved the other way from opposition to abstention".
_CHANGED_SIDE = re.compile(r"(?i:moved|went|switched|shifted|changed|swung)\b")


def _side_changed_to(reading: Reading, seen: dict, cue: Cue, motion: Motion, voters) -> Motion:
    """ "Chile and Peru voted no in November. … On Friday … Chile and Peru moved from
    opposition to abstention": a change of side whose voters already cast another ballot on
    ``motion`` ends on the other vote the text counts."""
    others = _other_votes(reading, motion, cue.start)
    told = [seen.get((voter.key, motion.id, None)) for voter in voters]
    if (
        len(others) != 1
        or not told
        or not all(fact is not None and fact.fields["option"] != cue.value for fact in told)
    ):
        return motion
    return others[0]


#: The rest of a relative clause, then the companions of the main verb: ", this time lined up
#: with ".
_RELATIVE_COMPANIONS = re.compile(
    r"[^,;.]*,\s*(?:[a-z]+\s+){1,6}?(?:with|alongside|behind|beside)\s+(?:the\s+)?"
)


#: A ballot the same as on the other vote: "abstained, as they had done the first time".
#: Who is compared with their own ballot of another time: "as they", "like both", "as all three".
_COMPARED_VOTERS = r"(?:they|it|she|he|both|all\s+\w+)"
_AS_BEFORE = re.compile(
    rf",?\s+(?:as|like)\s+{_COMPARED_VOTERS}\s+(?:had\s+|also\s+)?(?:done|did)\b"
)
#: A ballot told as the same as before: "once again rejected", "stayed among the abstainers".
_AGAIN_BEFORE = re.compile(
    r"\b(?:once\s+again|once\s+more|(?:stayed|remained)(?:\s+among)?(?:\s+the)?)\s+$",
    re.IGNORECASE,
)
_AGAIN_AFTER = re.compile(
    r"\s+(?:it\s+|the\s+\w+\s+)?(?:once\s+again|once\s+more)\b"
    # "The core of the No camp is unchanged: …"
    r"|\s+(?:is|was|remained|stayed)\s+(?:largely\s+|much\s+)?unchanged\b"
)
#: The other vote missed: "voted yes this time after missing last year's ballot".
_MISSED_BEFORE = re.compile(
    r"(?:\s+this\s+(?:time|year))?,?\s+(?:after|having)\s+(?:missing|skipping|having\s+missed|"
    r"missed|skipped|been\s+absent\s+from)\s+(?:last\s+year's|the\s+(?:previous|last|earlier))\s+"
    r"(?:ballot|vote|one)\b"
)
#: A side left for another: "moved from yes to abstain", "went from abstaining to …".
_CHANGED_FROM = re.compile(r"\bfrom\s+(?P<side>[a-z]+(?:\s+[a-z]+)?)\s+to\b", re.IGNORECASE)
_SIDES = {
    "no": "no", "against": "no", "voting no": "no", "voting against": "no", "opposition": "no",
    "opposing": "no", "yes": "yes", "support": "yes", "voting yes": "yes", "supporting": "yes",
    "abstain": "abstain", "abstaining": "abstain", "abstention": "abstain",
}  # fmt: skip


def _earlier_ballots(reading: Reading, seen: dict, cue: Cue, motion: Motion, voters) -> None:
    """The ballots a clause tells on the other vote of the text: "India and South Africa
    abstained, as they had done the first time" (the same), "Bangladesh moved from no to
    abstain" (the side it left). Only when the text counts exactly one other vote before."""
    plain = reading.plain
    clause = plain[reading.clause_start(cue.sentence, cue.start) : cue.start]
    # "once again rejected the text", "stayed among the abstainers" (a bare "again" may
    # echo any earlier vote, not only the one the text counts)
    same = (
        _AS_BEFORE.match(plain, cue.end)
        or _AGAIN_BEFORE.search(clause)
        or _AGAIN_AFTER.match(plain, cue.end)
    )
    changed = _CHANGED_FROM.search(cue.text)
    missed = _MISSED_BEFORE.match(plain, cue.end)
    if same is None and changed is None and missed is None:
        return
    if missed is not None:
        option = "non_voting"  # "voted yes this time after missing last year's ballot"
    else:
        option = cue.value if same is not None else _SIDES.get(changed.group("side").lower())
    others = _other_votes(reading, motion, cue.start)
    if option is None or len(others) != 1:
        return
    earlier = Cue("VOTE", option, cue.start, cue.end, cue.text, cue.sentence)
    for voter in voters:
        _ballot(reading, seen, voter, earlier, others[0])


def _counted_motion(
    reading: Reading, cue: Cue, voters: list[Mention], motion: Motion, seen: dict
) -> Motion:
    """The vote a whole side names: "… failed with seven votes in favour and eight
    abstentions. Angola, China, … and Venezuela abstained" lists the eight abstainers of that
    vote, not of the story's. The side of the vote the discourse gives keeps a list it has
    room for ("Ethiopia, Mali and Iran rounded out the bloc of opponents" of a 24-vote side);
    else a list as long as the count of its option in exactly one vote told before it is
    that vote's side, and a list that overfills the side is the one other vote's with room
    for it; a list that overfills the vote told (its count, or a Council's fifteen seats) is
    the side of a vote the same paragraph counts after it with the list's length. A count the
    list's own sentence gives ("The five no votes were cast by …") proves nothing as a
    length, but a count of the side alone ("The two votes against came from …") names the
    vote with that count.
    """
    keys = {v.key for v in voters}
    own = reading.evidence(cue.sentence, cue.start, cue.end).sentence

    def count(other: Motion) -> int | None:
        if other.tally is None or any(part.sentence == own for part in other.tally_parts):
            return None
        return other.tally.counts().get(cue.value)

    def room(other: Motion) -> bool:
        told = {
            f.fields["voter"]
            for f in seen.values()
            if f.fields["motion"] == other.id
            and f.fields["option"] == cue.value
            # (not a ballot placed in another time, which will leave this vote: "which had
            # voted against last year")
            and reading.time_hints.get(id(f), ("present",))[0] == "present"
        }
        counted = count(other)
        return counted is not None and len(told | keys) <= counted

    said = _side_count_said(reading, cue)
    if said is not None and count(motion) != said:
        # "The two votes against came from Israel and the United States", "X and Y were among
        # the eleven abstainers": the one vote told before whose side has that count, else
        # (when the discourse's vote has another count) the one told with that side uncounted
        opening = reading.sentences[cue.sentence].start
        told = [
            m
            for m in reading.motions
            if not m.collective and m.tally is not None and m.tally_at[1] < opening
        ]
        fitting = [m for m in told if count(m) == said]
        if not fitting and count(motion) is not None:
            fitting = [m for m in told if m.tally.counts().get(cue.value) is None]
        if len(fitting) == 1:
            return fitting[0]
    if len(keys) < 2 or room(motion):
        return motion
    overfilled = count(motion) is not None
    paragraph = reading.paragraph_at(cue.start)
    before = [
        m
        for m in reading.motions
        if not m.collective and m is not motion and m.tally_at is not None
        and (
            m.tally_at[1] < cue.start
            # "X, Y and Z voted against. A and B abstained, leaving the draft two votes in
            # favour, nine against": a count the next sentence gives, or when the list
            # overfills the discourse's vote, the rest of the paragraph
            or (
                reading.paragraph_at(m.tally_at[1]) == paragraph
                and (overfilled or m.tally_at[0] == cue.sentence + 1)
            )
        )
    ]  # fmt: skip
    fitting = [m for m in before if count(m) == len(keys)]
    if not fitting and count(motion) is not None:
        fitting = [m for m in before if room(m)]
    if not fitting and (
        count(motion) is not None or _overfills_council(reading, motion, cue, keys, seen)
    ):
        # "Russia put forward its own draft. … X, Y and Z voted against, leaving the draft with
        # two votes in favour, nine against": a list that overfills the vote told (its count,
        # or the Council's fifteen seats) is the side of a vote the same paragraph counts after
        # it, if that count is the list's length
        paragraph = reading.paragraphs[cue.sentence]
        fitting = [
            m
            for m in reading.motions
            if not m.collective
            and m.tally_at is not None
            and m.tally_at[0] > cue.sentence
            and reading.paragraphs[m.tally_at[0]] == paragraph
            and count(m) == len(keys)
        ]
    return fitting[0] if len(fitting) == 1 else motion


def _overfills_council(
    reading: Reading, motion: Motion, cue: Cue, keys: set[str], seen: dict
) -> bool:
    """Whether ``keys`` voting ``cue.value`` would give a Council vote (its organ, else the
    last organ named before the cue) more than fifteen ballots: each side counted, or else
    as many as the states told on it so far."""
    organs = [
        m.key
        for m in reading.mentioned.mentions
        if m.kind == "organ" and m.key in ("SC", "GA", "HRC") and m.start < cue.start
    ]
    if (motion.organ or (organs or [None])[-1]) != "SC":
        return False
    counts = motion.tally.counts() if motion.tally is not None else {}
    total = 0
    for option in ("yes", "no", "abstain"):
        told = {
            f.fields["voter"]
            for f in seen.values()
            if f.fields["motion"] == motion.id and f.fields["option"] == option
        }
        if option == cue.value:
            told |= keys
        total += counts.get(option, len(told))
    return total > 15


def _side_count_said(reading: Reading, cue: Cue) -> int | None:
    """The count of the cue's side its own sentence gives alone ("the two votes against",
    "among the eleven abstainers"), or None: a count of one side, no vote's whole tally."""
    counts = [
        tally.counts()
        for tally in reading.tallies.get(cue.sentence, [])
        if len(tally.counts()) == 1
    ]
    said = {c[cue.value] for c in counts if cue.value in c}
    return said.pop() if len(said) == 1 and len(counts) == 1 else None


#: A pronoun for the states told last, as the subject of a cue: "this week all of them voted
#: yes", "They all abstained", "but each of them voted no".
_PRONOUN_SUBJECT = re.compile(
    r"(?:(?:[Tt]his|[Ll]ast)\s+(?:week|time|year|month)|[Nn]ow|[Tt]oday|[Tt]hen|[Bb]ut|[Aa]nd|"
    r"[Yy]et|,|;)?\s*(?:[Aa]ll\s+of\s+them|[Ee]ach\s+of\s+them|[Bb]oth\s+of\s+them|"
    r"[Tt]hey\s+all|[Tt]hey\s+each|[Tt]hey\s+both|[Aa]ll\s+(?:three|four|five|six|seven|eight|"
    r"nine|ten))\s+(?:(?:then|again|instead|now|also|had|have|duly)\s+)?$"
    # "Both abstainers had also sat out the 2018 renewal": the side's noun for them
    r"|^\W*(?:[Bb]oth|[Tt]he\s+(?:two|three|four|five)|[Aa]ll\s+(?:three|four|five))\s+"
    r"(?:abstainers|dissenters|opponents|holdouts|supporters)"
    r"\s+(?:(?:then|again|instead|now|also|had|have|duly)\s+){0,2}$"
)


def _pronoun_subjects(reading: Reading, cue: Cue, zone_start: int, told: tuple) -> list[Mention]:
    """The voters of the ballots told last (in this sentence or the one before), when a
    pronoun for all of them is the cue's subject (see :data:`_PRONOUN_SUBJECT`)."""
    last_cue, _, voters, _ = told
    if last_cue.sentence < cue.sentence - 1 or len(voters) < 2:
        return []
    if not _PRONOUN_SUBJECT.search(reading.plain[zone_start : cue.start]) and not (
        _PRONOUN_SUBJECT.search(reading.plain[reading.sentences[cue.sentence].start : cue.start])
    ):
        return []
    return list(voters)


def _dashed_subjects(reading: Reading, cue: Cue, zone_start: int) -> list[Mention]:
    """ "All five BRICS countries - Brazil, Russia, India, China and South Africa - voted in
    favour": the list between dashes right before the cue (the dash ends the cue's clause)."""
    plain = reading.plain
    closing = re.search(
        r"\s[\u2013\u2014-]\s*(?:[a-z]+\s+){0,6}$",
        plain[reading.sentences[cue.sentence].start : cue.start],
    )
    if closing is None or not re.fullmatch(r"\s*(?:[a-z]+\s+){0,6}", plain[zone_start : cue.start]):
        return []  # and "- all preferred to abstain" after the list
    end = reading.sentences[cue.sentence].start + closing.start()
    dash = plain[end + 1]
    opening = plain.rfind(f" {dash} ", reading.sentences[cue.sentence].start, end)
    if opening < 0:
        return []
    states = _states(reading, cue.sentence)
    inside = [s for s in states if opening < s.start and s.end <= end]
    if not inside and re.match(
        # (or a description: "- the closest allies America has -")
        rf"\s\S\s+(?:{_ASIDE_OPENER}|(?:the|their|its)\s+[a-z])",
        plain[opening:end],
    ):
        # "China, Russia, India and the United States - none of them members of the ICC - all
        # voted yes": the list before an aside between dashes
        before = _trailing_list(plain, [s for s in states if s.end <= opening])
        if before and re.fullmatch(r"\s*", plain[before[-1].end : opening]):
            return before
        return []
    listed = _chain(plain, inside, inside[0].start) if inside else []
    if not listed or not re.fullmatch(
        r"\s\S\s+(?:(?:among\s+them|including)\s+)?(?:the\s+)?", plain[opening : listed[0].start]
    ):
        return []
    # "Britain, France and Germany among them"
    return listed if re.fullmatch(r"\s*(?:among\s+them)?\s*", plain[listed[-1].end : end]) else []


def _counted_back(reading: Reading, cue: Cue, zone_start: int, told: tuple | None) -> list[Mention]:
    """ "Neither India nor China supported it; both abstained": the states of the last
    ballots told (or of the denied ones), when the subject counts them."""
    plain = reading.plain
    zone = plain[zone_start : cue.start]
    same = _SAME_N.match(zone)
    if same is not None:
        return _antecedent(reading, cue.sentence, _SMALL.get(same.group("n").lower(), 0))
    match = _COUNTED_BACK.search(zone)
    if match is None or match.end() != len(zone) or cue.text.lower().endswith("ing"):
        return []  # not "the two vetoing powers": an adjective, no ballot
    before = [s for s in _states(reading, cue.sentence) if s.end <= zone_start + match.start()]
    group = _trailing_list(plain, before) or (told[2] if told is not None else [])
    if match.group("same"):
        return group if len(group) >= 2 else []
    size = _SMALL.get(match.group("n1") or match.group("n2") or "two")
    return group if len(group) == size else []


#: A clause's subject naming a list told before by its size: "The same three objectors cast
#: the only votes against".
_SAME_N = re.compile(
    r"\s*(?:[A-Z]\w+,\s+)?[Tt]he\s+same\s+(?P<n>two|three|four|five)\s+[a-z]+\s+(?:[a-z]+\s+){0,4}$"
)


def _antecedent(reading: Reading, index: int, size: int) -> list[Mention]:
    """The last list of exactly ``size`` states told in the two sentences before ``index``
    ("Iran, Syria and North Korea had objected …" for "the same three objectors")."""
    plain = reading.plain
    for before in (index - 1, index - 2):
        if before < 0:
            return []
        states = sorted(_states(reading, before), key=_start)
        lists = []
        for state in states:
            if any(state in found for found in lists):
                continue
            lists.append(_chain(plain, states, state.start))
        sized = [found for found in lists if len(_unique(found)) == size]
        if sized:
            return sized[-1]
    return []


#: A group named before the members that open a list: "joined by four small island states:
#: Nauru, …", "joined by three neighbours - Chad, …", "by two Gulf monarchies, Bahrain and
#: Oman", "joined by the usual circle of friends: Cuba, …".
_MEMBERS_AFTER_GROUP = re.compile(
    r"\s*(?:(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+)"
    r"(?:[\w'\u2019-]+\s+){0,4}?(?:states|countries|nations|members|governments|allies|partners|"
    r"neighbou?rs|delegations|monarchies|republics)\s*(?::|,|\s[-\u2013\u2014])"
    r"|(?:(?:a|an|the|its|their|some|several|other)\s+)?(?:[\w'\u2019-]+\s+){0,5}?"
    r"(?:states|countries|nations|members|governments|allies|partners|neighbou?rs|delegations|"
    r"monarchies|republics|friends|circle|cluster|group|bloc|camp)\s*(?::|\s[-\u2013\u2014])"
    r")\s*(?:the\s+)?"
)


def _chain(
    plain: str, states: list[Mention], start: int, with_companions: bool = False
) -> list[Mention]:
    """The list of states that opens at ``start`` ("the United States, Israel and Palau");
    with ``with_companions``, joined by "with" too ("X, with Y and Z")."""
    chain: list[Mention] = []
    cursor = start
    for state in sorted(states, key=_start):
        if state.start < start:
            continue
        gap = plain[cursor : state.start]
        joined = with_companions and re.fullmatch(r",?\s+with\s+(?:the\s+)?", gap)
        if chain and (_OPEN_RELATIVE.fullmatch(gap) or _OPEN_PLACED.fullmatch(gap)):
            continue  # "China and Russia, which wanted Jakarta's consent, and Malaysia"
        if (chain and not _VOTER_GAP.fullmatch(gap) and not joined) or (
            not chain
            and not re.fullmatch(r"\s*(?:[Tt]he\s+)?", gap)
            and not _MEMBERS_AFTER_GROUP.fullmatch(gap)
        ):
            break
        chain.append(state)
        cursor = state.end
    return chain


def _trailing_list(plain: str, states: list[Mention]) -> list[Mention]:
    """The last list of states among ``states`` (in text order): "Neither India nor China"."""
    group: list[Mention] = []
    for state in reversed(sorted(states, key=_start)):
        if group and not re.fullmatch(
            r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|nor)\s+)(?:the\s+)?",
            plain[state.end : group[0].start],
        ):
            break
        group.insert(0, state)
    return _unique(group)


def _count_abstainers(reading: Reading, motion: Motion, voters: list[Mention], cue: Cue) -> None:
    """ "adopted by 187 votes to three, with Colombia and Ukraine abstaining": the states
    listed right after a count that gives no abstentions are all the abstentions."""
    tally = motion.tally
    if tally is None or tally.abstain is not None or tally.yes is None or tally.no is None:
        return
    if not voters or motion.tally_at is None or motion.tally_at[0] != cue.sentence:
        return
    ordered = sorted(voters, key=_start)
    plain = reading.plain
    if not re.fullmatch(
        r"[^,;.]*,\s*with\s+(?:only\s+)?(?:the\s+)?", plain[motion.tally_at[1] : ordered[0].start]
    ) or not re.fullmatch(r"\s*", plain[ordered[-1].end : cue.start]):
        return
    if all(_LIST_GAP.fullmatch(plain[a.end : b.start]) for a, b in itertools.pairwise(ordered)):
        motion.tally = dataclasses.replace(tally, abstain=len(ordered))


def _counted_spans(reading: Reading, index: int) -> list[tuple[int, int]]:
    """Spans of the sentence's full tallies: "141 in favour, 5 against" counts votes, it is
    nobody's ballot. A single count may have voters ("X and Y were among 35 countries that
    abstained", "Among the 14 no votes were X and Y", "X and Y cast the two votes against"):
    its cue stays, and finds them or nobody."""
    sentence = reading.sentences[index]
    return [
        (sentence.start + tally.start, sentence.start + tally.end)
        for tally in reading.tallies.get(index, [])
        if len(tally.counts()) > 1
    ]


def _backs_sponsor(reading: Reading, cue: Cue) -> bool:
    """Whether a weak cue's object is the sponsor of a vote the text counts ("backed
    Mexico" after "A Mexican-drafted resolution … won approval 69-4-66")."""
    if cue.value != "yes":
        return False
    following = [
        s
        for s in _states(reading, cue.sentence)
        if re.fullmatch(r"\s+(?:the\s+)?", reading.plain[cue.end : s.start])
    ]
    return bool(following) and any(
        following[0].key in (m.proposers or ()) and m.tally is not None for m in reading.motions
    )


#: A participle used as an adjective before a text's noun describes that text, it tells no
#: ballot: "a widely supported resolution", "the broadly backed draft", "a better supported
#: text" (but not "Chile only supported resolution 12", nor "supported by Peru").
_ATTRIBUTIVE_BEFORE = re.compile(
    r"\b(?:(?!only\b)[a-z]+ly|more|most|less|least|well|better|much)\s+$", re.IGNORECASE
)
#: A state's name before a noun it modifies, no voter: "the Colombia mission", "the Iran
#: sanctions", "a Syria resolution".
_STATE_AS_MODIFIER = re.compile(
    r"\s+(?:mission|missions|sanctions|embargo|resolution|resolutions|draft|drafts|text|texts|"
    r"tribunal|force|operation|talks|file|dossier|question|issue|deal|regime|panel|inquiry)\b"
)
_ATTRIBUTIVE_NOUN = re.compile(
    r"\s+(?:resolutions?|texts?|drafts?|motions?|measures?|proposals?|amendments?|"
    r"initiatives?|declarations?|plans?|treaty|treaties|conventions?)\b"
)


def _counts(reading: Reading, cue: Cue, cues: list[Cue]) -> bool:
    """A weak cue ("opposed", "backed") reports a ballot only in a sentence about a vote
    (or right after one) and with the motion as its object."""
    if cue.text.lower() not in WEAK_VOTE_CUES:
        return True
    if _ATTRIBUTIVE_BEFORE.search(reading.plain, max(0, cue.start - 30), cue.start) and (
        _ATTRIBUTIVE_NOUN.match(reading.plain, cue.end)
    ):
        return False  # "Mexico, whose diplomats lead the more widely supported resolution …"
    if re.fullmatch(r"\s*", reading.plain[reading.sentences[cue.sentence].start : cue.start]) and (
        _INVERTED_COPULA.match(reading.plain, cue.end)
    ):
        return True  # "Supporting the renewal were Argentina, Bahrain, …"
    if _OPENING_CUE.fullmatch(
        reading.plain, reading.sentences[cue.sentence].start, cue.start
    ) and re.match(r"\s*(?::|(?:were|included)\b)", reading.plain[cue.end : cue.end + 12]):
        return True  # "Those opposed: Armenia, Belarus, …", "Opposed: …"
    if _WITH_LIST_OPPOSED.search(reading.plain, reading.sentences[cue.sentence].start, cue.end):
        return any(t.end <= cue.start - reading.sentences[cue.sentence].start
                   for t in reading.tallies.get(cue.sentence, []))  # fmt: skip
    after = reading.plain[cue.end : cue.end + 40]
    pairs = reading.motion_pairs(cue.sentence)
    names_motion = (
        re.match(r"\s+(?:it|them)\b", after)
        or any(0 <= m.start - cue.end <= 25 for m, _ in pairs)
        # "backed the two texts", "supported both resolutions": the votes told together
        or re.match(r"\s+(?:the\s+two|both)\s+(?:texts|resolutions|drafts|measures)\b", after)
        # "backed this year's version": the yearly text's vote the story tells
        or re.match(r"\s+this\s+year['\u2019]s\s+(?:version|text|resolution|draft)\b", after)
        # "backed the declaration": a declaration the text's vote adopted
        or re.match(r"\s+(?:the|this)\s+declaration\b", after)
        # "stayed out of the roll call", "kept out of the voting": the vote itself
        or re.match(r"\s+(?:the|this|that)\s+(?:roll[\s-]call|voting|ballot)\b", after)
        # "Germany, Spain and Ireland backed Mexico": the text's sponsor stands for its text
        or _backs_sponsor(reading, cue)
        # "Only Israel, the US and Nauru opposed.": the states before an "opposed" that ends
        # its clause opposed the text the sentence is about
        or _opposed_intransitive(reading, cue)
        or (
            # "The resolution was opposed by X", "It was backed by X": the motion (or a
            # pronoun for it) is the passive's subject
            _AGENT_AFTER.match(after)
            and (
                _PASSIVE_BEFORE.search(reading.plain[max(0, cue.start - 20) : cue.start])
                or re.search(r"\d,\s*$", reading.plain[max(0, cue.start - 5) : cue.start])
            )
            and (
                # the subject, however long its own description ("The mid-December
                # resolution on the international financial system (173-3-8) was opposed by")
                any(m.end <= cue.start for m, _ in pairs)
                # a count before it: "the same item sailed through 98-2-50, opposed only by"
                or any(
                    t.end <= cue.start - reading.sentences[cue.sentence].start
                    for t in reading.tallies.get(cue.sentence, [])
                )
                or re.search(
                    r"(?:^|[.;]\s*|\b[Aa]nd\s+)(?:It|it)\s+(?:was|had\s+been|has\s+been)\s+$",
                    reading.plain[reading.sentences[cue.sentence].start : cue.start],
                )
            )
        )
    )
    if not names_motion:
        return False
    index = cue.sentence
    if any(m.tally is not None for m in reading.motions if m.first < cue.start):
        return True  # a text that has counted a vote: "It was backed by X" is a ballot
    nearby = [i for i in (index - 1, index) if i >= 0]
    return any(
        reading.tallies.get(i)
        or any(c.family == "OUTCOME" for c in reading.cues(i))
        or any(c.family == "VOTE" and c.text.lower() not in WEAK_VOTE_CUES for c in reading.cues(i))
        or _VOTE_CONTEXT.search(reading.sentences[i].text)
        for i in nearby
    )


def _opposed_intransitive(reading: Reading, cue: Cue) -> bool:
    """Whether "opposed" closes the clause of the states right before it: "Only Israel and
    Nauru opposed.", "Chile and Peru opposed, while Fiji abstained", "Chile and Iran again
    opposed."."""
    if cue.text.lower() != "opposed" or not _CLAUSE_END.match(reading.plain, cue.end):
        return False
    return any(
        re.fullmatch(
            r"\s+(?:(?:also|all|both|too|again|once\s+again|once\s+more|likewise)\s+)?",
            reading.plain[s.end : cue.start],
        )
        for s in _states(reading, cue.sentence)
    )


#: The end of a clause right after a cue: ".", ";", ", while …", ", and …".
_CLAUSE_END = re.compile(r"\s*(?:[.;!?]|$|,\s+(?:while|whereas|but|and|with)\b)")
#: "adopted by 130 votes to 2, with only Israel and the United States opposed": the list
#: after a count is its No votes.
_WITH_LIST_OPPOSED = re.compile(
    r"\d[^;.]{0,30},\s*with\s+(?:only\s+)?(?:the\s+)?[A-Z][^;.,]{0,60}?\s+opposed$"
)
#: A No called a veto in apposition: "cast the only negative vote, a veto"; or said to be
#: one later in its sentence: "voted no, and because it is a permanent member, that no was a
#: veto", "voted against it, which amounted to a veto", "its vote counted as a veto".
_VETO_APPOSITIVE = re.compile(
    r"[^.;,]{0,30}?(?:,|\s[\u2013\u2014])\s+(?:a|its|the)\s+veto\b"
    r"|[^.;]{0,80}?\b(?:which|that|this|it|its)(?:\s+(?:no|vote|ballot|negative\s+vote))?"
    r"\s+(?:was|is|amounted\s+to|counted\s+as|constituted|acted\s+as|served\s+as|became)\s+"
    r"(?:(?:in\s+effect|effectively|in\s+practice)\s+)?(?:a|the)\s+veto\b"
)
#: A change of side told from the old to the new: "moved from abstention to opposition",
#: "switched from yes to an abstention".
_MOVED_FROM = re.compile(
    r"\b(?:moved|switched|shifted|swung|went|changed|crossed)\s+(?:\w+ly\s+)?from\s+"
    r"(?:an?\s+)?$"
)
_MOVED_TO = re.compile(
    # (past when the old side was taken: "from abstention last year to opposition")
    r"(?:\s+(?:last|that|the\s+previous)\s+\w+)?"
    r"\s+to\s+(?:an?\s+)?(?P<to>opposition|support|no|yes|abstention|voting\s+(?:no|yes|against|"
    r"for))\b"
)
_MOVED_OPTIONS = {
    "opposition": "no",
    "no": "no",
    "against": "no",
    "support": "yes",
    "yes": "yes",
    "for": "yes",
    "abstention": "abstain",
}
#: A side's noun that may only be the subject of a cue after it ("The same three objectors
#: cast the only votes against").
_SUBJECT_NOUN_CUES = frozenset({"objector", "objectors"})
#: What opens a clause before a side's noun and its copula: "The sole dissenter was Israel",
#: "Once again the lone objector is Washington".
_SIDE_NOUN_OPENING = re.compile(
    r"[^A-Za-z]*(?:(?:Once\s+again|Again|This\s+time|Now),?\s+)?(?i:the|its|their)\s+"
    r"(?:(?:sole|only|lone|single|remaining|last)\s+)?"
)
#: A cue that opens its clause before a list: "Voting against were …", "Among those
#: abstaining were …", "Those voting in favour included …".
_OPENING_CUE = re.compile(
    # "Also voting no were X and Y": the cue opens the sentence after another's ballots
    r"[^A-Za-z]*(?:[Aa]lso\s+)?"
    # "This time the abstainers were …", "Again, those voting no were …"
    r"(?:(?:[Tt]his\s+time|[Tt]his\s+year|[Aa]gain|[Nn]ow),?\s+)?"
    # ("Among the 78 States voting in favour were …")
    r"(?:(?:[Aa]mong\s+)?(?:[Tt]hose|[Tt]he\s+(?:\d{1,3}\s+)?(?:countries|states|States|members|"
    r"Member\s+States|delegations))"
    r"\s+(?:who\s+|that\s+)?"
    # "The long list of abstainers included …", "The roll of supporters was …", "That list
    # of abstainers was …"
    r"|(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]heir|[Ii]ts)\s+(?:[a-z]+\s+)?(?:list|roll|roster|club|"
    r"ranks)\s+of\s+(?:the\s+)?)?"
)
#: A word between a participle and its agent: "opposed only by", "vetoed again by".
_AGENT_ADVERB = r"(?:(?:only|solely|just|again|once\s+(?:more|again)|also|too|likewise)\s+)?"
#: The agent of a participle right after it: "opposed only by", "backed by".
_AGENT_AFTER = re.compile(r"\s+" + _AGENT_ADVERB + r"by\b")
#: A text's noun and a comma right before a participle cue: "An earlier draft, vetoed by".
_TEXT_NOUN_BEFORE = re.compile(
    r"\b(?:draft|text|resolution|proposal|measure|amendment|version|motion)s?\s*,\s*$"
)
#: A passive whose agents follow the cue: "The resolution was opposed by X", "was vetoed by".
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|is|are)\s+(?:\w+ly\s+)?$")
#: A relative clause that opens right before a cue: "Canada, which abstained …".
_RELATIVE_OPENING = re.compile(
    r",\s+(?:(?:(?:a|an)\s[^,;.]{0,40}?\b(?:that|which|who)|which|who)\s+"
    r"(?:had\s+|has\s+|have\s+)?(?:also\s+)?|"
    r"(?:(?:the|all|both)\s+)?(?:\w+\s+){0,3})$"
)  # ", which had abstained", ", the three Council abstainers on Tuesday,", ", a member that had"
#: A relative clause open before a motion's mention ("Eritrea, which opposed the March
#: text, abstained this time"): the mention is the clause's, not the main verb's.
_RELATIVE_AROUND = re.compile(r",\s+(?:which|who)\b[^,;.]*$")
#: Words that place a ballot in the story's own vote: "voted in favour this time".
#: A time told before, named again: "that year", "the same year".
_THAT_YEAR = re.compile(r"\b(?:that|the\s+same)\s+year\b", re.IGNORECASE)
_PRESENT = re.compile(r"\b(?:this\s+time|this\s+year|now)\b", re.IGNORECASE)
#: A number right before "abstentions" or "no votes": "with 58", ", 12", "and two".
_COUNT_BEFORE = re.compile(
    # (not an appositive: "Italy, a no vote last year, abstained")
    # ("with the same two abstentions, X and Y": the count of a side told before)
    r"(?:\bwith|,|\band)\s+(?:the\s+same\s+)?(?:\d+|(?!an?\s)[a-z]+(?:-[a-z]+)?)\s+$"
)
#: A clause of its own ended before the cue: "X stepped aside, and Y voted yes", "X
#: abstained, along with Y, and the draft gathered 10 votes in favour".
_CLAUSE_ENDED = re.compile(
    r"\b(?!which\b|who\b)[a-z]+,\s+and\s+|,\s+and\s+(?:the|its|their|a|an)\s+[a-z]"
    # a headline's clauses side by side: "US, Israel say no, Europe abstains"
    r"|\b(?:say|says|said)\s+(?:no|yes)\s*,\s+"
)
#: A sentence that opens by likening its ballots to another vote's: "As in 2007, …".
_AS_THEN = re.compile(r"\s*(?:[Aa]s|[Jj]ust\s+as)\s+(?:in|on|at)\s+[^,;.]{1,30},")
#: The same ballot told of another time after the cue: "abstained, as they had in March",
#: "as both had done last year" (the time dates the comparison, not this vote).
_AS_HAD = re.compile(
    rf",?\s+(?:just\s+)?(?:as|like)\s+{_COMPARED_VOTERS}\s+"
    r"(?:had|did|has|have)(?:\s+(?:also|done))*\s+(?:(?:in|on|at)\s+)?"
)
#: A cue's bare object dated by what follows it: "opposed the text last year", "… in 2019".
_BARE_OBJECT = re.compile(
    r"\s+the\s+(?:resolution|text|draft|measure)(?:\s+(?:outright|again))?\s+"
    r"(?:last|in\s+(?:19|20)\d\d|a\s+year|two\s+years)\b"
)
#: From a veto to the next ballot's clause when that ballot is joined to it: "vetoed it and
#: China abstained", "cast a veto, while China abstained".
_JOINED_TO_VETO = re.compile(
    r"(?:\s+(?:it|them|the\s+(?:draft|text|resolution|measure))|"
    r"\s+(?:in|at)\s+the\s+(?:Security\s+)?Council)?"
    r"(?:,?\s+and|,\s+while|,\s+with|,)\s+(?:the\s+)?"
)
_PRESENT_AFTER = re.compile(r"\s+(?:this\s+time|this\s+year)\b", re.IGNORECASE)
#: A sentence that opens in the story's own vote: "This time …", "This year, …".
_PRESENT_OPENING = re.compile(r"\s*(?:This\s+time|This\s+year|Now)\b")
#: Words that place a ballot in an organ's vote: "In the plenary North Korea did not vote".
_IN_ORGAN = re.compile(
    r"\b[Ii]n\s+the\s+(?:(?P<GA>plenary|(?:General\s+)?Assembly)|(?P<SC>Security\s+Council)|"
    r"(?P<HRC>Human\s+Rights\s+Council)|(?P<council>council))\b"
    # the organs' seats: "abstained in New York" (the Assembly), "in Geneva" (the rights council)
    r"|\b[Ii]n\s+(?:(?P<GA2>New\s+York)|(?P<HRC2>Geneva))\b"
)


def _time_hint(reading: Reading, cue: Cue, zone_start: int, later: list[Cue]):
    """When the words around a cue place its ballot in time — ``("present", None)`` for "this
    time", ``("date", DateMention)`` for "which abstained in October", "last year", "that
    year" (the date the text told last),
    ``("organ", "GA")`` for "in the plenary" — so that
    :func:`kg.extract.motions.attribute_by_time` can give it to the vote of that time once
    votes are dated. Looked for after the cue up to the next cue or the clause's end, then
    before it back to the last comma."""
    index = cue.sentence
    sentence = reading.sentences[index]
    plain = reading.plain
    end = later[0].start if later else sentence.end
    # (a clause of another time ends it: "voted yes this time after missing last year's")
    stop = re.search(
        r"[;:]|,\s*(?:while|but|and)\b|\s[\u2013\u2014]\s|\s(?:after|since|unlike)\s",
        plain[cue.end : end],
    )
    end = cue.end + stop.start() if stop else end
    comma = plain.rfind(",", zone_start, cue.start)
    regions = [(cue.end, end), (max(zone_start, comma + 1), cue.start)]
    sentence_start = reading.clause_start(index, cue.start)
    # the organ told right after the cue first ("which had voted against in Geneva, abstained
    # in New York": the assembly's vote), else the one before it
    organ = _IN_ORGAN.search(plain, cue.end, end) or next(
        (
            found
            for found in _IN_ORGAN.finditer(plain, sentence_start, end)
            # not one told in a relative clause about the subject's past ("Germany, which had
            # pushed the agenda in the Human Rights Council, voted in favour")
            if not _RELATIVE_AROUND.search(plain[sentence_start : found.start()])
        ),
        None,
    )
    if organ is not None:
        if organ.lastgroup == "council":
            # "In the council a week earlier, …": the council the text named last
            return ("organ", _last_council(reading, organ.start()))
        return ("organ", organ.lastgroup.rstrip("2"))
    again = _AS_THEN.match(plain, sentence.start)
    if again is not None:
        # "As in 2007, China, India and Japan voted no": this vote's ballot, and that year's
        dated = [
            d
            for d in reading.dates.get(index, [])
            if sentence.start + d.end <= sentence.start + again.end() + 1
        ]
        if dated:
            return ("also", dated[0])
    if _PRESENT_OPENING.match(plain, sentence.start):
        # "This time Micronesia joined them, while Germany … abstained": the whole sentence
        return ("present", None)
    for start, stop_at in regions:
        present = _PRESENT.search(plain, start, stop_at)
        dated = [
            d
            for d in reading.dates.get(index, [])
            if start <= sentence.start + d.start and sentence.start + d.end <= stop_at
        ]
        if dated:
            compared = _AS_HAD.match(plain, cue.end) if start == cue.end else None
            first = (sentence.start + dated[0].start, sentence.start + dated[0].end)
            if compared is not None and first[0] <= compared.end() < first[1]:
                return ("also", dated[0])  # this vote's ballot, and that time's
            return ("date", dated[0])
        if present:
            return ("present", None)
        if _THAT_YEAR.search(plain, start, stop_at):
            # "Fiji and Nepal abstained that year too": the year the text dated last
            told = next(
                (reading.dates[i][-1] for i in range(index - 1, -1, -1) if reading.dates.get(i)),
                None,
            )
            if told is not None:
                return ("date", told)
    return _paragraph_organ(reading, index)


def _paragraph_organ(reading: Reading, index: int):
    """The organ an earlier sentence of the paragraph opens with, when none between names a
    text: "In the Assembly, the United States voted no alongside Russia. China and India were
    among the abstainers." (the Assembly's abstainers, in a story of an Assembly and a Council
    vote)."""
    paragraphs = reading.paragraphs  # (empty: the passage is one paragraph)
    # (the sentences naming a text, found once: a paragraph may run to thousands of them)
    told = {mention.sentence for mention, _ in reading.motion_pairs(collective=True)}
    for earlier in range(index - 1, -1, -1):
        sentence = reading.sentences[earlier]
        if paragraphs and paragraphs[earlier] != paragraphs[index]:
            return None
        if earlier in told:
            return None
        opening = _IN_ORGAN.match(reading.plain, sentence.start)
        if opening is not None and reading.plain[opening.end() : opening.end() + 1] == ",":
            if opening.lastgroup == "council":
                return ("organ", _last_council(reading, opening.start()))
            return ("organ", opening.lastgroup.rstrip("2"))
        # "On Thursday the holdouts were the usual ones: China and Russia voted no. India and
        # Brazil abstained." (Thursday's abstainers, not those of the amendment told before)
        # (a sentence with a day of its own is in that day: "On Wednesday it voted 11-0-4")
        day = (
            None if reading.dates.get(index) else _DAY_OPENING.match(reading.plain, sentence.start)
        )
        dated = reading.dates.get(earlier, []) if day is not None else []
        if dated and dated[0].start in (0, day.end() - sentence.start):
            return ("date", dated[0])
    return None


#: A sentence that opens on a day: "On Thursday", "On 2 March,".
_DAY_OPENING = re.compile(r"On\s+")


def _vetoed_thing(reading: Reading, motion: Motion, cue: Cue, named: bool) -> bool:
    """Whether a veto cue's object is a thing no noun of a text names ("blocked the move",
    "vetoed the appointment of an envoy") that only the discourse, or the object itself taken
    for a description, joins to ``motion``."""
    if any(m.form == "veto-object" and 0 <= m.start - cue.end <= 2 for m in motion.mentions):
        return True
    return not named and VETO_OBJECT.match(reading.plain, cue.end) is not None


def _motion_of(reading: Reading, cue: Cue) -> tuple[Motion | None, bool]:
    """The motion of a cue, and whether the sentence names it (as the cue's object or a
    subject before it) rather than the discourse giving it."""
    index = cue.sentence
    pairs = reading.motion_pairs(index, collective=True)
    plain = reading.plain
    cues = reading.cues(index, "VOTE")
    after = [
        pair
        for pair in pairs
        if pair[0].start >= cue.end
        and len(plain[cue.end : pair[0].start].split()) <= 6
        and not re.search(r"[;]|,\s*(?:while|but|and|which|who)\b", plain[cue.end : pair[0].start])
        # "abstained on cultural diversity but voted against the treaty bodies resolution":
        # the object of the next cue
        and not any(cue.end <= c.start < pair[0].start for c in cues)
        # "voted yes this time after missing last year's ballot": a clause of another time
        and not re.search(
            r"\b(?:after|before|since|unlike|than)\b|\bthis\s+(?:time|year)\b",
            plain[cue.end : pair[0].start],
        )
    ]
    relative = _RELATIVE_AROUND.search(plain[reading.sentences[index].start : cue.start])
    after = [p for p in after if not (relative and "," in plain[cue.end : p[0].start])]
    if after:
        # the object of a participle after a comma ("abstained, leaving the text two votes
        # short") is the discourse's motion, not one the cue names
        participle = re.search(r",\s*[a-z]+ing\b", plain[cue.end : after[0][0].start])
        return after[0][1], participle is None
    before = [
        pair
        for pair in pairs
        if pair[0].start < cue.start
        and not pair[1].collective
        and not _ASIDE_AROUND.search(plain[reading.sentences[index].start : pair[0].start])
    ]
    pronoun = (
        re.match(r"\s+(?:it|them)\b", plain[cue.end : cue.end + 6]) is not None
        or _AT_THAT_TIME.match(plain, cue.end) is not None
    )
    subject = _subject_named(reading, cue)
    if subject is not None:
        return subject, True
    if before and not pronoun:
        return before[-1][1], True
    return _focus(reading, cue.start, pronoun) or (before[-1][1] if before else None), False


#: A cue whose time points back to the vote told last, of whatever time: "Russia abstained
#: then", "Peru voted no at the time, and Chile on that occasion too".
_AT_THAT_TIME = re.compile(
    r"\s+(?:then|at\s+the\s+time|at\s+that\s+time|that\s+time|on\s+that\s+occasion|"
    r"that\s+year)\s*(?:[,.;)]|\s(?:and|but|while|too|as\s+well)\b|$)"
)
#: A cue's object told by its subject alone, no noun of a text: "abstained on cultural
#: diversity", 'abstained on "Reducing nuclear danger"' (up to the clause's end).
_ON_SUBJECT = re.compile(
    r"\s+on\s+(?!(?:it|them|both|all|each|the\s+(?:first|second|third|former|latter))\b)"
    r"(?P<subject>[^,;.()]{3,80}?)(?=\s*[,;.()]|\s+(?:but|and|while|whereas|yet)\b|\s*$)"
)
#: Words of a subject that name no subject of its own.
_SUBJECT_STOP = frozenset(
    {"the", "and", "for", "text", "texts", "resolution", "resolutions", "draft", "drafts",
     "vote", "votes", "motion", "proposal", "measure", "its", "their", "this", "that"}
)  # fmt: skip


def _subject_named(reading: Reading, cue: Cue) -> Motion | None:
    """The one vote told before whose description shares the subject a cue's object names
    with no noun of a text ("Japan abstained on cultural diversity" after 'The first, on
    "human rights and cultural diversity", …'), or None."""
    found = _ON_SUBJECT.match(reading.plain, cue.end)
    if found is None:
        return None
    words = {
        w.lower() for w in re.findall(r"[A-Za-z][A-Za-z-]{2,}", found.group("subject"))
    } - _SUBJECT_STOP
    if not words:
        return None
    sharing = []
    for motion in reading.motions:
        if motion.collective:
            continue
        told: set[str] = set()
        for mention in motion.mentions:
            if mention.start < cue.start:
                told |= _described(reading, mention)
                told |= set((_title(reading, mention) or "").split())
        if told & words:
            sharing.append(motion)
    return sharing[0] if len(sharing) == 1 else None


#: An aside about a subject's past open before a motion's mention: ", which had abstained on
#: March 2", ", a Security Council member that had backed the March resolution".
_ASIDE_AROUND = re.compile(
    r",\s+(?:which|who|(?:a|an)\s[^,;.]*?\b(?:that|which|who))\b[^,;.]*$"
    # "Iran and Egypt, two of the three champions of the missiles resolution"
    r"|,\s+(?:one|two|three|four|five|both|all|each|some|several)\s+of\s+(?:the|its|their)\s"
    r"[^,;.]*$"
)


def _focus(reading: Reading, position: int, pronoun: bool = False) -> Motion | None:
    """:func:`~kg.extract.motions.focus_motion`, passing over motions last named in an aside
    about a voter's past ("Gabon, a member that had backed the March resolution, also voted
    against" after the story's vote: the story's)."""
    motion = focus_motion(reading, position, pronoun)
    if not pronoun:
        motion = (
            _counted_just_before(reading, position)
            or _listed_as_follows(reading, position)
            or motion
        )
    if pronoun and motion is not None:
        last = [m for m in motion.mentions if m.start < position]
        opening = reading.sentences[last[-1].sentence].start if last else position
        if last and _VOTERS_WHO.search(reading.plain, opening, last[-1].start):
            # "Micronesia joined the six countries that later opposed the oil slick resolution
            # in voting against it": "it" is the vote told before, not the clause's
            return focus_motion(reading, last[-1].start, pronoun) or motion
    for _ in range(3):
        if motion is None or pronoun:
            return motion
        last = [m for m in motion.mentions if m.start < position]
        if not last or (motion.tally_at is not None and motion.tally_at[1] > last[-1].start):
            return motion
        mention = last[-1]
        opening = reading.sentences[mention.sentence].start
        if not _ASIDE_AROUND.search(reading.plain[opening : mention.start]):
            return motion
        motion = focus_motion(reading, opening) or motion
    return motion


#: A relative clause about voters open before a motion's mention: "the six countries that
#: later opposed".
_VOTERS_WHO = re.compile(
    r"\b(?:countries|states|nations|members|delegations|ones|those)\s+(?:that|which|who)\s+"
    r"[^,;.]*$"
)
#: After a relative clause's cue and its object, the ballot of the one who joined them:
#: "… that later opposed the oil slick resolution in voting against it".
_JOINED_IN_VOTING = re.compile(
    r"[^,;.]{0,80}?\s+in\s+(?:voting|abstaining|opposing|supporting|backing)\b"
)
#: A press release's line that opens the lists of a vote: "The voting was as follows:", "The
#: vote on draft resolution A/C.3/79/L.12 was as follows:".
_AS_FOLLOWS = re.compile(
    r"\s*(?:The\s+)?(?:recorded\s+)?(?:vote|voting)\s+(?:[\w/.()-]+\s+){0,5}?(?:was|is|went)\s+"
    r"as\s+follows\s*[:.]?\s*$"
)
#: A paragraph that lists one side of a vote: "Against: Israel, United States."
_SIDE_LIST = re.compile(
    r"\s*(?:In\s+favou?r|Against|Abstain(?:ing)?|Abstentions|Absent|Not\s+voting)\s*:",
    re.IGNORECASE,
)


def _listed_as_follows(reading: Reading, position: int) -> Motion | None:
    """The vote whose lists a paragraph at ``position`` continues, after "The voting was as
    follows:" (and other lists of the vote): the last vote counted before that line, not the
    story's first ("… then adopted the resolution on X by a recorded vote of 139 in favour
    to 3 against … The voting was as follows:\n\nAgainst: …")."""
    paragraph = reading.paragraph_at(position)
    plain = reading.plain
    for earlier in range(paragraph - 1, max(-1, paragraph - 5), -1):
        sentences = [s for s in reading.sentences if reading.paragraphs[s.index] == earlier]
        if len(sentences) != 1:
            return None
        sentence = sentences[0]
        if _SIDE_LIST.match(plain, sentence.start):
            continue
        if not _AS_FOLLOWS.fullmatch(plain, sentence.start, sentence.end):
            return None
        named = [motion for _, motion in reading.motion_pairs(sentence.index)]
        if named:
            return named[-1]  # "The vote on resolution 65/119 was as follows:": that text's
        counted = [
            m
            for m in reading.motions
            if not m.collective and m.tally_at is not None and m.tally_at[1] < sentence.start
        ]
        sides = _listed_sides(reading, earlier + 1)
        fitting = [
            m for m in counted if sides and all(m.tally.counts().get(o) == n for o, n in sides)
        ]
        if len(fitting) == 1:
            # "Last year the Assembly adopted a similar text by 62 votes to 16 …" told between
            # the vote and its lists: the lists are the vote whose counts they fill
            return fitting[0]
        return max(counted, key=lambda m: m.tally_at[1]) if counted else None
    return None


_SIDE_OPTIONS = {
    "in": "yes", "against": "no", "abstain": "abstain", "abstaining": "abstain",
    "abstentions": "abstain",
}  # fmt: skip


def _listed_sides(reading: Reading, paragraph: int) -> list[tuple[str, int]]:
    """(option, number of states) of each side list from ``paragraph`` on ("In favour: …",
    "Against: …", "Abstaining: …")."""
    sides = []
    while True:
        sentences = [s for s in reading.sentences if reading.paragraphs[s.index] == paragraph]
        label = _SIDE_LIST.match(reading.plain, sentences[0].start) if sentences else None
        option = _SIDE_OPTIONS.get(label.group().split()[0].rstrip(":").lower()) if label else None
        if option is None:
            return sides
        keys = {
            m.key for s in sentences for m in reading.mentioned.in_sentence(s.index, ("state",))
        }
        sides.append((option, len(keys)))
        paragraph += 1


def _counted_just_before(reading: Reading, position: int) -> Motion | None:
    """The vote the paragraph right before ``position``'s told last, with its count, when
    ``position``'s paragraph names none before it: a story telling several votes in turn
    ("Next: the resolution on X wins approval by 171 to 4." then, in a new entry,
    "Abstaining: Russia, India …"), not a vote told as background (a dated count, "In October
    the council passed it 43-0" in a paragraph that dates anything, or one told before the
    story's vote)."""
    paragraph = reading.paragraph_at(position)
    plain = reading.plain
    told = []
    for motion in reading.motions:
        if motion.collective:
            continue
        # not a mention in an aside about a voter's past ("China, which had opposed the
        # Nigeria resolution, abstained on Iraq")
        positions = [
            m.start
            for m in motion.mentions
            if m.start < position
            and not _ASIDE_AROUND.search(plain[reading.sentences[m.sentence].start : m.start])
        ]
        if motion.tally_at is not None and motion.tally_at[1] < position:
            positions.append(motion.tally_at[1])
        if positions:
            told.append((max(positions), motion))
    if not told:
        return None
    last, motion = max(told, key=lambda pair: pair[0])
    main = main_motion(reading)
    if (
        motion.historical
        or motion.tally_at is None
        or main is None
        or motion is main
        or reading.paragraph_at(last) != paragraph - 1
        or reading.paragraphs[motion.tally_at[0]] != paragraph - 1
        or any(
            not _same_sitting(reading, s.start, d)
            for s in reading.sentences
            if reading.paragraphs[s.index] == paragraph - 1
            for d in reading.dates.get(s.index, [])
            if not _dated_by_other_event(reading, s.start, d)
        )
        or _body_first(reading, main) > _body_first(reading, motion)
    ):
        return None
    return motion


#: The event a date "after"/"before" one names, up to its clause's end.
_EVENT_CLAUSE = re.compile(r"[^,;.]*")


def _dated_by_other_event(reading: Reading, sentence_start: int, day) -> bool:
    """Whether ``day`` only places the count after an event that is no vote ("Two years
    after the accords, the resolution passed 145-2"), not a vote told before the story's
    ("four days after the United States vetoed a similar demand")."""
    if day.kind != "relative" or day.anchor != "clause":
        return False
    event = _EVENT_CLAUSE.match(reading.plain, sentence_start + day.end).group()
    return _VOTE_CONTEXT.search(event) is None and not re.search(
        r"(?:adopt|pass|approv|reject|resolution|draft|text)", event, re.IGNORECASE
    )


#: A day told as the story vote's own: "Also on Thursday", "the same day", "later that day".
_SAME_SITTING = re.compile(
    r"(?:\balso\s+(?:on\s+|later\s+)?$)|^(?:on\s+)?(?:the\s+same|that)\s+(?:day|morning|"
    r"afternoon|evening|sitting|meeting)$|^later\s+that\s+(?:day|morning|afternoon|evening)$",
    re.IGNORECASE,
)


def _same_sitting(reading: Reading, sentence_start: int, day) -> bool:
    """Whether ``day`` (a date of the sentence at ``sentence_start``) is told as the day of the
    vote told before ("Also on Thursday, the resolution on X won approval"), not a day of
    its own (a dated count, "In October the council passed it 43-0")."""
    start = sentence_start + day.start
    before = reading.plain[max(sentence_start, start - 20) : start]
    return bool(_SAME_SITTING.search(before) or _SAME_SITTING.match(day.text.strip()))


def _body_first(reading: Reading, motion: Motion) -> int:
    """Where the body (after a headline) first names ``motion``: a vote a newsletter's
    contents line names is not told before the story's vote for that."""
    start = _headline_end(reading)
    positions = [m.start for m in motion.mentions if m.start >= start]
    if motion.tally_at is not None and motion.tally_at[1] >= start:
        positions.append(motion.tally_at[1])
    return min(positions, default=motion.first)


def _council_motion(reading: Reading, cue: Cue) -> Motion:
    """The Security Council motion a veto in a sentence about another organ's vote names:
    one the sentence already tells (by a tally: "where 13 members voted yes"), else a new
    draft named by the veto's object."""
    index = cue.sentence
    for motion in reading.motions:
        told_here = any(m.sentence == index for m in motion.mentions) or (
            motion.tally_at is not None and motion.tally_at[0] == index
        )
        if motion.organ == "SC" and told_here and not motion.collective:
            break
    else:
        motion = reading.new_motion("draft")
        motion.organ, motion.organ_evidence = "SC", "veto"
    found = VETO_OBJECT.match(reading.plain, cue.end, reading.sentences[index].end)
    if found is not None:
        start, end = found.span("object")
        mention = Mention(
            "motion", None, start, end, reading.plain[start:end], index, "veto-object",
            {"determiner": found.group("object").split()[0].lower(), "modifiers": [],
             "noun": "draft", "motion_kind": "draft"},
        )  # fmt: skip
        motion.mentions.append(mention)
        motion.mentions.sort(key=lambda m: m.start)
        reading.motion_of[(start, end)] = motion
    return motion


def _states(reading: Reading, index: int) -> list[Mention]:
    motion_spans = [(m.start, m.end) for m, _ in reading.motion_pairs(index)]
    found = [
        m
        for m in reading.agents(index)
        if m.kind == "state"
        and not any(s <= m.start < e for s, e in motion_spans)
        # "the rest of South America", "almost all of Latin America": a region, not the US
        and not (m.text == "America" and _REGION_BEFORE.search(reading.plain, 0, m.start))
        and not _in_described_aside(reading.plain, m)
    ]
    # "China, Cuba, Eritrea's neighbour Sudan and Pakistan": the possessive describes the
    # state after it, and is no item of the list
    return [
        m
        for m in found
        if not (
            m.possessive
            and any(
                _DESCRIBING.fullmatch(reading.plain, m.end, other.start)
                for other in found
                if other.start > m.end
            )
        )
    ]


#: An aside between dashes that describes the states before it, in words of its own:
#: "Britain, France, Israel - the closest allies America has - all voted yes".
_DESCRIBED_ASIDE_OPEN = re.compile(
    r"\s[-\u2013\u2014]\s+(?:the|a|an|its|their)\s+[a-z][^-\u2013\u2014.;:]*$"
)
_DESCRIBED_ASIDE_CLOSE = re.compile(r"(?:[^-\u2013\u2014.;:]*\s)?[a-z]+\s+[-\u2013\u2014]\s")


def _in_described_aside(plain: str, mention: Mention) -> bool:
    """Whether ``mention`` stands inside an aside between dashes that opens with a
    determiner and a lower-case word and ends on a word in lower case ("- the closest allies
    America has -", not "- the members of the European Union, joined by Canada and much of
    Latin America -"): a state that describes the voters, not one of them."""
    return bool(
        _DESCRIBED_ASIDE_OPEN.search(plain, max(0, mention.start - 80), mention.start)
        and _DESCRIBED_ASIDE_CLOSE.match(plain, mention.end)
    )


#: Between a possessive state and the state it describes: "'s neighbour ", "'s close ally ".
_DESCRIBING = re.compile(r"['\u2019]s?\s+(?:(?!(?:and|or|nor)\s)[a-z-]+\s+){1,2}")


_REGION_BEFORE = re.compile(r"\b(?:South|Latin|Central|North)\s+$")


def _voters(reading: Reading, cue: Cue, zone_start: int, later: list[Cue], previous=()):
    """(voters, companions) of a cue: see the module notes."""
    index = cue.sentence
    sentence = reading.sentences[index]
    plain = reading.plain
    states = _states(reading, index)
    limit = later[0].start if later else sentence.end
    zone_text = plain[zone_start : cue.start]
    voters: list[Mention] = []
    companions: list[Mention] = []
    noun_veto = cue.text.lower() in ("veto", "vetoes")
    owners = _veto_owners(reading, index, cue, states, limit) if noun_veto else []
    if (
        noun_veto
        and not owners
        and _DEFINITE_VETO.search(plain[max(0, cue.start - 30) : cue.start])
    ):
        return [], []  # "the two vetoes had emboldened Pyongyang", said Washington's envoy
    joined_in = _JOINED_IN.search(zone_text)
    by = _JOINED_IN_BY.match(plain, cue.end) if joined_in else None
    subjects = [
        s for s in states if joined_in and zone_start <= s.start < zone_start + joined_in.start()
    ]
    if (
        by is not None
        and not subjects
        and previous
        and re.fullmatch(r"\W*", zone_text[: joined_in.start()])
    ):
        # "China and India abstained, joined in the abstention column by X": the subjects of
        # the cue just before
        subjects = list(previous)
    if by is not None and subjects:
        # (with no subject of its own, as after "China and India abstained both times,", it is
        # unclear which of the votes the companions joined in)
        # "by several West African neighbours -- Benin, …", "by its neighbours Benin, …"
        opening = re.compile(_GROUP_OPENING + "(?:(?:its|their)\\s+(?:[a-z-]+\\s+){1,2})?")
        start = opening.match(plain, by.end()).end()
        # "by the seven European Union states that sit on the council, among them France, …"
        described = _GROUP_INCLUDING.match(plain, start, limit)
        if described is not None and any(s.start == described.end() for s in states):
            start = described.end()
        return _trailing_list(plain, subjects), _chain(
            plain, [s for s in states if s.start < limit], start
        )
    if re.match(r"\W*Joining\s", zone_text) and re.match(r"\s+(?:were|was)\s", plain[cue.end :]):
        # "Joining Australia and Hungary in voting no were the United States and Israel": the
        # subjects after the copula, the states joined before the cue
        listed = _copula_list(reading, states, cue.end, limit)
        if listed:
            return listed, [s for s in states if zone_start <= s.start < cue.start]
    if _PARTITIVE.match(zone_text):
        # "Of the eighteen governments that voted nay, Cuba included, several are hardly in a
        # position to lecture anyone: Iraq, Iran …": the member named after the cue, and the
        # part of the side the sentence lists after its colon
        named = [
            s
            for s in states
            if re.fullmatch(r"\s*,\s*(?:the\s+)?", plain[cue.end : s.start])
            and re.match(r"\s+(?:included|among\s+them)\b", plain[s.end : s.end + 14])
        ]
        colon = plain.find(":", cue.end, limit)
        listed = _copula_list(reading, states, colon, limit) if colon >= 0 else []
        if named or listed:
            return _unique(named + listed), []
    agent = _NOUN_AGENT.match(plain, cue.end)
    if (
        agent is not None
        and (
            cue.text.lower() in ("abstention", "no vote", "yes vote", "negative vote")
            # (a side in quotes: 'the "no" votes of Egypt and Indonesia')
            or _COUNTED_NOUN.fullmatch(re.sub("[\"'\u201c\u201d\u2018\u2019]", "", cue.text))
            or (cue.text.lower() == "support" and _HAD_SUPPORT.search(zone_text))
        )
        and (
            # "An abstention by Chile", "a no vote from Ghana", "had the support of Chile"
            listed := _copula_list(
                reading, states, agent.start() + len(agent.group().rstrip()), limit
            )
        )
    ):
        return listed, []
    if cue.text.lower() == "support" and _HAD_SUPPORT.search(zone_text):
        # "It had the support one would expect — Ukraine, Romania and Georgia, together with
        # the United States … — plus Turkey": a short clause, then the list after a dash
        dash = _SUPPORT_DASH.match(plain, cue.end, limit)
        listed = _chain(plain, states, dash.end()) if dash is not None else []
        if listed:
            return listed, []
    counted_from = re.match(r"\s*,\s*(?:both\s+|all\s+)?from(?=\s)", plain[cue.end : limit])
    if counted_from is not None and re.search(
        r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+votes?\s+$", zone_text
    ):
        # "drew just two votes in favour, from the United States and the Dominican Republic"
        listed = _copula_list(reading, states, cue.end + counted_from.end(), limit)
        if listed:
            return listed, []
    counted_noun = re.search(
        r"\b(?P<n>\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|a\s+single|a\s+lone)"
        r"\s+$",
        zone_text,
    )
    if counted_from is not None and counted_noun is not None and _COUNTED_NOUN.fullmatch(cue.text):
        # "with a single abstention, from Nauru", "and two abstentions, from Chile and Peru":
        # as many states as the count
        listed = _chain(plain, states, cue.end + counted_from.end())
        number = 1 if counted_noun.group("n").startswith("a") else number_value(counted_noun["n"])
        if listed and len(listed) == number:
            return listed, []
    if cue.text.lower() in LIST_ONLY_VOTE_CUES and not _AMONG_THE.search(zone_text):
        # "The opponents were a familiar list: X, Y and Z" (but "X and Y were among the
        # supporters" names them before)
        listed = _copula_list(reading, states, cue.end, limit)
        return _leaders(plain, states, cue.end, listed) + listed, []
    bracket = re.match(r"\s*\(\s*(?:the\s+)?", plain[cue.end : limit])
    if bracket is not None and (
        _COUNTED_NOUN.fullmatch(cue.text)
        or cue.text.lower() in (LIST_ONLY_VOTE_CUES | {"abstainers", "dissenters", "opponents"})
    ):
        # "The three no votes (Chile, Peru and Fiji) came as no surprise"
        close = plain.find(")", cue.end, limit)
        inside = [s for s in states if cue.end < s.start and (close < 0 or s.end <= close)]
        listed = _chain(plain, inside, cue.end + bracket.end())
        if listed:
            return listed, []
    if re.fullmatch(r"(?i:abstainers?|dissenters?)", cue.text) and _SIDE_NOUN_OPENING.fullmatch(
        zone_text
    ):
        # "The sole dissenter was Israel", "the only abstainer is Nauru": the side's list
        # (and its leaders: "The abstainers, led by Nepal, included …")
        listed = _copula_list(reading, states, cue.end, limit)
        if listed:
            return _leaders(plain, states, cue.end, listed) + listed, []
    if (
        _COUNTED_NOUN.fullmatch(cue.text)
        and re.search(
            # "The large bloc of abstentions included China, …"
            r"\b(?:number\s+of|of\s+the|the|its|their|these|those|(?:bloc|group|list|column|camp|"
            r"set|cluster|raft|wave|share)\s+of)\s+$",
            zone_text,
            re.I,
        )
        # but "Chile and Ghana accounted for the no votes" names them, as does "Chile rounded
        # out the list of abstentions"
        and not _FILLED_SIDE.search(zone_text)
        and not _AMONG_THE.search(zone_text)
        and not re.search(r"\bamong\s+(?:the\s+|its\s+|their\s+)?$", zone_text, re.I)
    ):  # but "China and India were again among the abstentions"
        # "told reporters that the number of abstentions was no surprise": the noun counts
        # votes; only a list after it names voters
        return _copula_list(reading, states, cue.end, limit), []
    if _COUNT_BEFORE.search(zone_text) and re.fullmatch(
        r"abstentions?|(?:no|negative)\s+votes?", cue.text.lower()
    ):
        # "…, with 58 abstentions", "X and Y opposed and two abstentions": a count, whoever
        # the clause named before it
        listed = _copula_list(reading, states, cue.end, limit)
        return listed or _apposed_count(reading, states, cue, zone_text, limit), []
    if (
        _OPENING_CUE.fullmatch(zone_text)
        or (_PASSIVE_BEFORE.search(zone_text) and not cue.text.lower().startswith("joined"))
        # "sailed through 98-2-50, opposed only by Israel and the United States"
        or (re.search(r"\d,\s*$", zone_text) and _AGENT_AFTER.match(plain, cue.end))
        # "An earlier draft, vetoed by Russia in May, …": a participle after the text's noun,
        # its agents after it
        or (
            _TEXT_NOUN_BEFORE.search(zone_text)
            and cue.text.lower().endswith("ed")
            and _AGENT_AFTER.match(plain, cue.end)
        )
        # "The opposition was led by X and Y": the cue ends in its agents' preposition
        or re.search(r"\s(?:by|from)$|\bvotes\s+of$", cue.text)
    ):
        # "Voting against were X and Y", "Those abstaining included X", "was opposed by X"
        listed = _copula_list(reading, states, cue.end, limit)
        if listed:
            return _leaders(plain, states, cue.end, listed) + listed, []
        gapped = re.match(r",\s*(?:the\s+)?", plain[cue.end : limit])
        if gapped is not None and re.search(r";\s*$", plain[max(0, zone_start - 3) : cue.start]):
            # "Voting yes were France and Germany; voting no, China and Cuba": the copula gapped
            listed = _chain(plain, states, cue.end + gapped.end())
            if listed:
                return listed, []
    counted = _COUNTED_SUBJECT.search(zone_text)
    if counted is not None and _AMONG_THE.search(zone_text):
        counted = None  # "X and Y were among the supporters, as was Z": the subjects, then Z
    if counted is not None:
        one_of = _ONE_OF.search(zone_text)
        subject: list[Mention] = []
        if one_of is not None:
            # "Chile was one of 12 countries to vote no (; others included …)": the subject
            end = zone_start + one_of.start()
            subject = _trailing_list(plain, [s for s in states if zone_start <= s.start < end])
            if subject and not re.fullmatch(r"\s*", plain[subject[-1].end : end]):
                subject = []
        listed = _copula_list(reading, states, cue.end, limit)
        if listed:
            return _unique(subject + _leaders(plain, states, cue.end, listed) + listed), []
        head = _described_state(reading, states, zone_start + counted.start())
        if head is not None:
            return [head], []
        if previous and re.match(r"\s*,\s+the\s+same\b", zone_text):
            # "X and Y cast the two no votes, the same two countries that opposed …"
            return previous, []
    if owners:
        return owners, []  # "a Russian veto", "vetoes from Russia and China"
    if (
        cue.text.lower() in ("veto", "vetoes")
        and re.search(
            r"\b(?:the|this|that|a|an)\s+$", plain[max(0, cue.start - 8) : cue.start], re.I
        )
        and not re.search(
            r"\b(?:cast(?:ing)?|us(?:ed|ing)|wield(?:ed|ing)|exercis(?:ed|ing)|with)\s+"
            r"(?:a|an|the)\s+$",
            plain[max(0, cue.start - 20) : cue.start],
            re.I,
        )
    ):
        return [], []  # "the veto would cover up every crime": the veto itself, no voter
    if cue.text.lower() in ("veto", "vetoes") and re.search(
        r"'s?\s*$", plain[max(0, cue.start - 12) : cue.start]
    ):
        owner = [s for s in states if 0 <= cue.start - s.end <= 4]
        if owner:
            return owner, []
    bracketed = _GROUP_IN_BRACKETS.search(zone_text)
    if bracketed is not None:
        # "only four countries (the US, Israel, Ukraine and Georgia) voted no"
        opened = zone_start + bracketed.start("list")
        inside = [s for s in states if opened <= s.start < zone_start + bracketed.end("list")]
        listed = _chain(plain, inside, opened)
        if listed:
            return listed, []
    if _COUNTED_GROUP.search(zone_text):
        # "Nine countries opposed it (Myanmar, China, …)": the group's members in brackets
        bracket = re.match(r"[^().;]{0,40}?\(", plain[cue.end : limit])
        if bracket is not None:
            opened = cue.end + bracket.end()
            close = plain.find(")", opened, limit)
            inside = [s for s in states if opened <= s.start < (close if close > 0 else limit)]
            listed = _chain(plain, inside, opened)
            if listed:
                return listed, []
    if not any(zone_start <= s.start < cue.start for s in states) or _GROUP_SUBJECT.match(
        zone_text
    ):
        # "Every nuclear-armed state voted no, the U.S., Russia and China, …" (dashed): the list set
        # off by a dash or a colon right after the cue (whatever states a counted group's clause
        # named before: "twelve members broke ranks with Washington and abstained: X, Y")
        ranged = _FROM_TO.match(plain, cue.end, limit)
        first = _chain(plain, states, ranged.end()) if ranged else []
        to = (
            re.match(r"\s+(?:all\s+the\s+way\s+)?to\s+(?:the\s+)?", plain[first[-1].end :])
            if first
            else None
        )
        second = _chain(plain, states, first[-1].end + to.end()) if to else []
        if second:
            # "Every Latin American member voted in favour, from Mexico and Brazil to Argentina
            # and Uruguay": the ends of the range are its members named
            return first + second, []
        opened = _LIST_AFTER.match(plain, cue.end)
        colon = opened is not None and opened.group().rstrip().endswith(":")
        if colon:
            # "17 delegations abstained: Bangladesh; Brunei; …": semicolons may part its items
            # (a cue denied before the colon, "rather than vote no:", ends no list)
            position = cue.end + opened.group().rindex(":") + 1
            end = next((c.start for c in later if c.start >= position), sentence.end)
            listed = _copula_list(reading, states, position, end)
            if listed:
                return listed, []
        if opened is not None:
            after = [s for s in states if opened.end() <= s.start < limit]
            start = opened.end()
            if after and _GROUP_PLUS.fullmatch(plain[start : after[0].start]):
                start = after[0].start  # "74 abstained - among them all EU members, plus X"
            elif after and re.fullmatch(
                r"(?:among\s+them|including)\s+", plain[start : after[0].start]
            ):
                start = after[0].start  # "- among them Russia and Japan"
            listed = _chain(plain, after, start)
            if listed and re.match(r"\s*;", plain[listed[-1].end : limit]):
                # "eleven delegations chose to abstain - Chad; Mali; …; and Laos": a dash's list
                # parted by semicolons runs on as a colon's does
                end = next((c.start for c in later if c.start >= start), sentence.end)
                listed = _copula_list(reading, states, start, end, opened=True) or listed
            if listed:
                return listed, []
    ranged = _RANGED_SUBJECT.match(zone_text)
    if ranged is not None:
        # "Governments that disagree on almost everything, from Havana to Riyadh, from Beijing to
        # Paris, found a way to vote yes": the ends of the ranges are the group's members named
        inside = [
            s
            for s in states
            if zone_start + ranged.start("ranges") <= s.start < zone_start + ranged.end("ranges")
        ]
        if len(inside) >= 2 and not any(
            zone_start <= s.start < zone_start + ranged.start("ranges") for s in states
        ):
            return inside, []
    asides = _aside_spans(plain, zone_start, cue.start, states)
    excluded_end = -1  # the end of a list of objects ("drafted by France and the UAE")
    envoys = [
        envoy
        for envoy in _envoys(reading, index, zone_start, cue.start)
        # "Israel's ambassador, Danny Danon, said those who voted for the text had voted
        # against peace": the ballot of others the envoy speaks of (not "said his delegation
        # had voted in favour")
        if not (
            _SPEECH_BETWEEN.search(plain, envoy.end, cue.start)
            and not _ENVOY_SAID.fullmatch(plain, envoy.end, cue.start)
        )
    ]
    candidates = sorted(states + envoys, key=_start)
    for state in candidates:
        if zone_start <= state.start < cue.start:
            if any(s <= state.start < e for s, e in asides):
                continue
            if _STATE_AS_MODIFIER.match(plain, state.end):
                continue  # "Council trims Colombia mission as U.S., Russia abstain"
            if _CLAUSE_ENDED.search(plain, state.end, cue.start) and not any(
                s <= state.end < e for s, e in asides
            ):
                continue  # "Beijing stepped aside, and Egypt voted yes": not Beijing's vote
            before = plain[max(sentence.start, state.start - 30) : state.start]
            if state.possessive and not _OWN_VOTE.match(plain, state.end):
                continue
            in_list = excluded_end >= 0 and _LIST_GAP.fullmatch(plain[excluded_end : state.start])
            authors = _WITH_AUTHORS.search(before)
            if (
                voters
                and re.search(
                    r"\b(?:state|nation|kingdom|republic|island|country)\s+of\s+$", before
                )
                and _VOTER_GAP.fullmatch(plain[voters[-1].end : state.start])
            ):
                voters.append(state)  # "Chile, Peru and the small island state of Fiji"
                continue
            if _ENVOY_OF.search(
                plain, max(sentence.start, state.start - 60), state.start
            ) and _ENVOY_SAID.fullmatch(plain, state.end, cue.start):
                # "The representative of China said his delegation had voted in favour": the
                # speaker's state (no object of "of")
                voters.append(state)
                continue
            if (
                in_list
                or authors
                # "broke ranks with Washington and abstained": not Washington's ballot
                or _DEPARTED_FROM.search(before)
                or (
                    _OBJECT_PREPOSITION.search(before)
                    and not _COMPANION_BEFORE.search(before)
                    # "Western governments, led by Chile and Peru, voted yes": the group's leaders
                    and not _LED_BY_BEFORE.search(before)
                    # "Delegations from Chile and Peru did not vote": the states themselves
                    and not _DELEGATIONS_OF.search(before)
                )
            ):
                excluded_end = state.end
                continue
            voters.append(state)
        elif cue.start <= state.start < cue.end:
            companions.append(state)  # "voted with Russia for it", "voted alongside Russia against"
        elif (
            cue.end <= state.start < limit
            # "and so did India's ally Mozambique": not India
            and (not state.possessive or _OWN_VOTE.match(plain, state.end))
            # "abstained rather than join Paris in voting no": not Paris's ballot; "voting yes;
            # the other twelve members, among them Malaysia, voted the text down": a new clause
            and not re.search(
                r"\brather\s+than\b|;\s*(?:the|a|an|its|their)\s", plain[cue.end : state.start]
            )
            and not any(
                re.fullmatch(
                    # ("with the Chinese and Russian delegations abstaining": the delegations of
                    # the list the state opens)
                    r"\s*(?:(?:delegations?|governments?|envoys?|representatives?)\s+)?"
                    r"(?:(?:casting|registering|recording|entering|lodging)\s+)?"
                    r"(?:(?:the|its|as|a)\s+)?(?:(?:sole|only|lone|single)\s+)?",
                    plain[_chain(plain, states, state.start)[-1].end : c.start],
                )
                for c in later
            )
            and _companion(reading, states, state, cue.start if cue.value == "with" else cue.end)
        ):
            # not "13 votes in favour, with China abstaining", "with Moldova the sole abstention",
            # "backed it 158-1, with Chile casting the only no vote" (the later cue's voter)
            companions.append(state)
    voters = _unique(voters)
    companions = [c for c in _unique(companions) if c.key not in {v.key for v in voters}]
    return voters, companions


#: A part of a side as a sentence's opening: "Of the eighteen governments that voted nay",
#: "Among those that abstained".
_PARTITIVE = re.compile(
    r"\W*(?:Of|Among)\s+(?:the|those|these)\s+(?:[\w-]+\s+){0,3}?(?:that|which|who)\s+"
    r"(?:\w+\s+)?$"
)
#: A veto feared, not cast.
_VETO_FEARED = re.compile(
    r"\b(?:avoid\w*|fear\w*|risk\w*|prospect|possib\w*|certain|spectre|specter|"
    r"likel\w*|expected|threat\w*|probable|avert\w*|head\s+off|anticipat\w*|"
    # "a Council draft would meet a Russian veto", "the Council route runs into a Russian
    # veto": what a draft would meet, or habitually meets, is no vote cast
    r"would|could|might|will|can|(?-i:may))\b[^.;,]*$"
    r"|\b(?:runs?\s+(?:up\s+)?(?:into|against)|faces|meets|hits)\s+(?:a|an|the)?\s*$",
    re.IGNORECASE,
)


#: "the veto", "these two vetoes": vetoes told before, named as a thing, not cast here ("cast
#: the only veto", "blocked it with the veto" cast one).
_DEFINITE_VETO = re.compile(
    r"(?<!\bcast\s)(?<!\bcasting\s)(?<!\bwith\s)(?<!\bused\s)(?<!\bwielded\s)"
    r"\b(?:the|this|that|these|those)\s+(?:(?:two|three|double|twin|joint|lone|only)\s+)?$",
    re.IGNORECASE,
)


def _veto_owners(
    reading: Reading, index: int, cue: Cue, states: list[Mention], limit: int
) -> list[Mention]:
    """Who cast the vetoes a noun names: "a Russian veto", "Russian and Chinese vetoes", "a
    double veto by Russia and China", "vetoes from Russia and China"."""
    plain = reading.plain
    if re.match(r"\s+(?:by|from)\s", plain[cue.end : cue.end + 6]):
        return _copula_list(reading, states, cue.end, limit)
    adjectives = [
        m
        for m in reading.mentioned.in_sentence(index, ("state",))
        if m.form in ("adjective", "demonym") and m.end <= cue.start
    ]
    chain: list[Mention] = []
    position = cue.start
    for mention in reversed(adjectives):
        gap = plain[mention.end : position]
        if not re.fullmatch(
            r"\s+(?:(?:double|joint|twin)\s+)?"
            if not chain
            else r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)",
            gap,
        ):
            break
        chain.insert(0, mention)
        position = mention.start
    if chain and _VETO_FEARED.search(plain[max(0, position - 40) : position]):
        return []  # "to avoid a Russian veto", "the prospect of a Chinese veto"
    return chain


#: A state's speaker named by a noun and "of": "the representative of China", "the
#: Permanent Representative of Brazil", "the delegate for Peru".
_ENVOY_OF = re.compile(
    r"\b(?:the|its|his|her)\s+(?:(?:permanent|deputy|alternate)\s+)?(?:representative|delegate|"
    r"ambassador|envoy|delegation|spokes(?:man|woman|person))\s+(?:of|for|from)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
#: What lies between such a speaker's state and the cue when the state is the voter: nothing
#: but a verb's helpers ("the representative of Chile abstained"), or the speaker's report of
#: its own ballot ("… said his delegation had voted in favour", "… said that her country had
#: abstained").
_ENVOY_SAID = re.compile(
    r"(?:,[^,;.]{1,60},)?\s+(?:(?:also|then|later)\s+)?"
    r"(?:(?:said|told\s+\w+|stated|explained|noted|added|recalled)(?:\s+that)?\s+"
    r"(?:his|her|its|their)\s+(?:delegation|country|government)\s+)?"
    r"(?:(?:had|has|have)\s+)?(?:(?:also|only|just|not)\s+)?"
)


#: A speech verb between a speaker and a cue: the cue is in what is said.
_SPEECH_BETWEEN = re.compile(
    r"\b(?:said|says|told|argued|insisted|warned|complained|stated|explained|added|noted|"
    r"declared|claimed|charged)\b"
)


def _envoys(reading: Reading, index: int, start: int, end: int) -> list[Mention]:
    """A state's envoy casting its vote: "Myanmar's own ambassador, Kyaw Moe Tun, … voted for
    the resolution" — the person's state, placed where the person is named."""
    found = []
    for person in reading.mentioned.in_sentence(index, ("person",)):
        state = person.attributes.get("state")
        if state and start <= person.start < end and "inside" not in person.attributes:
            found.append(Mention("state", state, person.start, person.end, person.text, index))
    return found


def _copula_list(
    reading: Reading, states: list[Mention], position: int, limit: int, opened: bool = False
) -> list[Mention]:
    """The states listed after "were", "came from" … following ``position`` (right at it, when
    ``opened``, as after a colon)."""
    plain = reading.plain
    aside = _DASHED_ASIDE.match(plain, position, limit)
    if aside is not None and not any(position <= s.start < aside.end() for s in states):
        position = aside.end()  # "The abstentions - 30 in all - included …"
    rest = plain[position:limit]
    copula = re.search(
        # "That list of abstainers was almost entirely different and included X": the list
        # after a predicate of the side's own
        r"\b(?:"
        # "were cast not by the usual holdouts but by Chile and Peru": the states after "but"
        r"(?:was|were)\s+(?:cast\s+)?not\s+by\s+[^.;:]{1,80}?,?\s+but\s+by|"
        # "The two votes against were those of Israel and the United States"
        r"(?:were|was)\s+those\s+of|"
        r"(?:was|were)\s+(?![A-Z])[^.;:,\d]{1,60}?\s+and\s+(?:also\s+)?(?:included|"
        r"comprised)(?:\s+(?:only|just))?|"
        r"(?:were|was)\s+(?:cast\s+|registered\s+)?(?:by|from)|(?:was|were)\s+made\s+up\s+of|"
        # "Those voting no were led by X and Y, and included Z": the leaders open the list
        r"(?:were|was)\s+(?:(?:again|once\s+more)\s+)?(?:led|headed|spearheaded)\s+by|"
        # "The abstainers were a mixed group led by X and Y, and took in Z": the group's leaders
        r"(?:were|was)\s+(?:a|an)\s+(?![A-Z])[^.;:,\d]{1,40}?\s+(?:led|headed|spearheaded)\s+by|"
        r"belonged\s+to|"
        r"were|was|are|is|"
        # "came, as it has in past years, from France"
        r"came(?:,[^,;.]{1,40},|\s+\w+ly)?\s+from|come\s+from|included|include|consisted\s+of|"
        # "came not from Washington, the usual holdout, but from Botswana": the state after "but"
        r"came\s+not\s+from\s[^;.]{1,80}?,?\s+but\s+from|"
        # "The No column shrank accordingly, to Israel and the United States"
        r"(?:shrank|shrunk|narrowed|dwindled|fell|dropped|(?:was|were)\s+(?:cut|reduced)|"
        r"came\s+down)(?:\s+\w+ly)?,?\s+to|"
        r"comprised)\s+|:\s*|^\s*,?\s*(?:among\s+them|including)\s+|"
        # "Supporters, a broad coalition of … countries that included India, …"
        r"^\s*,\s+(?:a|an|the)\s[^.;:]{0,100}?\b(?:that|which)\s+included\s+|"
        # "four abstentions - Algeria, China, Pakistan and Russia"
        r"^\s*[\u2013\u2014]\s*|^\s+-\s+|"
        # ("was vetoed again by X", "was opposed once more by X")
        r"^\s+" + _AGENT_ADVERB + r"(?:by|from)\s+(?:both\s+)?|"
        # "were, among others, Chile", "included, notably, Chile": the aside is the first gap
        r"\b(?:were|was|are|is|included|include)(?=" + _LIST_ASIDE.pattern + ")",
        rest,
    )
    described = None
    if opened:
        # a group described before its members' colon, or the list itself
        described = re.match(r"[^.;:]{1,100}:\s*", plain[position:limit])
    if described is not None:
        start = position + described.end()
    elif (
        opened
        or plain[position - 1 : position] == ":"
        or re.search(r"\b(?:by|from|of)$", plain[max(0, position - 5) : position])
    ):
        start = position  # the cue ends in its colon or its agent's preposition: "Against: X"
    elif copula is None or len(rest[: copula.start()].split()) > (
        # "The states that voted no were, in the main, countries that had long been among the
        # fund's most vocal supporters: X, Y": the side's copula, then a longer description
        16
        if copula.group().strip() == ":" and re.match(r"\s*(?:were|was|are|is)\W", rest)
        # "The no column read like a list of Moscow's closest partners: Armenia; Belarus; …"
        # ("Those abstaining, along with the United States and Chile, were …": its leaders)
        else 12
        if copula.group().strip() == ":" or _LEADER_ASIDE.match(rest[: copula.start()])
        else 6
    ):
        return []
    else:
        start = position + copula.end()
        # "were a familiar list: X, Y": a short description of the list before its colon
        # ("were most of the countries with active stem-cell research programmes: X, Y")
        described = re.match(r"(?:(?:a|an|the)\s)?[^.;:,]{0,80}:\s*", plain[start:limit])
        # "was small but varied - Chile, Peru", "included the usual suspects, Chile and Peru"
        described = described or re.match(
            r"(?:[a-z]+\s+){0,4}[a-z]+\s+(?:--?|[\u2013\u2014])\s*(?:the\s+)?"
            r"|the\s+(?:[a-z]+\s+){0,3}(?:suspects|ones|names|crowd|group|bloc|camp)\s*,\s*",
            plain[start:limit],
        )
        # (not a list that opens on a state: "were Russia and the usual circle around it: X")
        opens = any(
            re.fullmatch(r"\s*(?:the\s+)?", plain[start : s.start])
            for s in states
            if start <= s.start < start + (described.end() if described else 0)
        )
        if described and len(described.group().split()) <= 10 and not opens:
            start += described.end()
    listed = [s for s in states if start <= s.start < limit]
    first_gap = plain[start : listed[0].start] if listed else ""
    if listed and not re.fullmatch(r"\s*(?:the\s+)?", first_gap):
        # "was opposed by all 28 members of the European Union - Britain has yet to leave the
        # bloc - as well as the United States, Canada": a group, an aside, then the states
        for number, state in enumerate(listed):
            plus = _GROUP_ASIDE_PLUS.fullmatch(plain, start, state.start)
            # (only states of the aside before it: not "including Germany and Italy, as well
            # as Israel", a list of its own)
            if (
                plus is not None
                and not _GROUP_INCLUDING.fullmatch(first_gap)
                and all(plus.start("aside") <= s.start < plus.end("aside") for s in listed[:number])
            ):
                listed, start = listed[number:], state.start
                break
        else:
            for number, state in enumerate(listed):
                # "included southern African states whose loyalty to Havana dates from the
                # liberation wars - Angola, Namibia …": a capital in the description is no item
                if _DESCRIBED_DASH.fullmatch(plain, start, state.start) and not (
                    _GROUP_INCLUDING.fullmatch(first_gap)
                ):
                    listed, start = listed[number:], state.start
                    break
    # a list opened by a colon runs to the sentence's end, whatever separates its items ("the
    # usual places: China; Russia; the Central Asian trio of X, Y and Z; and, less
    # predictably, Egypt")
    colon = opened or re.search(r":\s*(?:the\s+)?$", plain[max(0, start - 8) : start]) is not None
    chain: list[Mention] = []
    cursor = start
    cue_starts = [c.start for c in reading.cues(listed[0].sentence, "VOTE")] if listed else []
    for state in listed:
        gap = plain[cursor : state.start]
        if chain and (
            _OPEN_RELATIVE.fullmatch(gap)
            or _OPEN_PLACED.fullmatch(gap)
            # "as well as a cluster of Pacific island states that usually side with Israel …,
            # including X": a name in a group's relative clause
            or _GROUP_RELATIVE.fullmatch(gap)
            or (state.possessive and not _OWN_VOTE.match(plain, state.end))
        ):
            # "China and Russia, which wanted Jakarta's consent, and Malaysia, Indonesia's
            # neighbour": names inside an item's description are no items
            continue
        if chain and not _LISTED_GAP.fullmatch(gap) and not (colon and _COLON_GAP.fullmatch(gap)):
            break
        if (
            chain
            and ";" in gap
            and any(state.start < c and ";" not in plain[state.end : c] for c in cue_starts)
        ):
            break  # "… and the UK; Georgia, Mexico and Macedonia abstained": a clause of its own
        # a colon's list may open with groups the lexicon does not name ("Western: all twelve
        # members of the European Community, the other Nordic countries, the United States")
        if (
            not chain
            and not re.fullmatch(r"\s*(?:the\s+)?", gap)
            # "were, among others, Chile", "included, notably, Chile"
            and not _LIST_ASIDE.fullmatch(gap)
            and not (colon and (_COLON_GAP.fullmatch(gap) or _GROUP_PLUS.fullmatch(gap)))
            # "came largely from NATO and European Union members, including Germany, …"
            and not _GROUP_INCLUDING.fullmatch(gap)
        ):
            break
        chain.append(state)
        cursor = state.end
    return chain


#: An aside in dashes right after a side's words, before its copula: " - 30 in all -".
_DASHED_ASIDE = re.compile(r"\s+[-\u2013\u2014]\s[^-\u2013\u2014.;:]{1,40}?\s[-\u2013\u2014](?=\s)")
#: An aside between a copula and its list: ", among others, ", ", notably, ".
_LIST_ASIDE = re.compile(
    r"\s*,\s*(?:among\s+others|notably|in\s+particular|most\s+notably|for\s+example|"
    r"for\s+instance|again|once\s+more|as\s+usual|as\s+expected),\s*(?:the\s+)?"
)
#: A group described before the members a list names: "NATO and European Union members,
#: including ".
_GROUP_INCLUDING = re.compile(
    r"\s*[^.;:()\d]{1,80}?,?\s+(?:including|among\s+them|such\s+as)\s+(?:the\s+)?"
    # "included a sizeable slice of the European Union - Germany, …"
    r"|\s*(?:a|an|the|most|much|some)\s[^.;:()\d\u2013\u2014]{1,80}?\s(?:--?|[\u2013\u2014])\s*(?:the\s+)?"
    # "came from the very region where the attacks took place (Chad, Mali …)": its members in
    # brackets
    r"|\s*(?:a|an|the|most|much|some)\s[^.;:()\d\u2013\u2014]{1,80}?\s\(\s*(?:the\s+)?"
    # "The abstainers are largely European - Germany, France …": a side's make-up, then its
    # members
    r"|\s*(?:largely|mostly|mainly|chiefly|overwhelmingly|predominantly|almost\s+all|nearly\s+all|"
    r"all)\s[^.;:()\d\u2013\u2014]{1,40}?\s(?:--?|[\u2013\u2014])\s*(?:the\s+)?"
)
#: Between two items of a list opened by a colon: separators and a few words of description.
_COLON_GAP = re.compile(r"(?=[^.!?:()]*[,;])[^.!?:()\d]{1,90}")
#: Groups the lexicon does not name before the first state of a list, added to by "plus"
#: ("all 27 EU members, plus Switzerland", "- among them every one of the 15 members of the
#: European Union, plus Russia").
_GROUP_PLUS = re.compile(
    r"\s*(?:(?:among\s+them|including)\s+)?[^.!?:();]{1,90}?,?\s+(?:plus|as\s+well\s+as)\s+"
    r"(?:the\s+)?"
)


#: A group the lexicon does not name, an aside in dashes about it, then "plus" or "as well as"
#: before the first state of a list.
_GROUP_ASIDE_PLUS = re.compile(
    r"\s*(?:all\s+|most\s+|much\s+)?[^.!?:;()\u2013\u2014-]{1,90}?"
    r"(?P<aside>\s[-\u2013\u2014]\s[^.!?;()\u2013\u2014-]{1,90}\s[-\u2013\u2014])?"
    # ("came mainly from Western and Eastern European delegations, together with Japan")
    r",?\s+(?:plus|as\s+well\s+as|together\s+with|along\s+with)\s+(?:the\s+)?"
)


#: A group described at some length before its members' dash (no determiner needed):
#: "southern African states whose loyalty to Havana dates from the liberation wars - ".
_DESCRIBED_DASH = re.compile(
    # ("every member of the ALBA bloc that Bolivia belongs to - ")
    r"\s*(?:[\w-]+\s+){0,3}(?:states|countries|governments|nations|members?|allies|"
    r"neighbou?rs|partners|capitals|republics|monarchies)\b[^.;:()\d\u2013\u2014]{0,90}?"
    r"\s(?:--?|[\u2013\u2014])\s*(?:the\s+)?"
)


def _leaders(plain: str, states: list[Mention], start: int, listed: list[Mention]) -> list[Mention]:
    """The states a side's words name between the cue and its list: "Voting no alongside Chile
    were …", "The abstainers, led by Chile, included …"."""
    if not listed:
        return []
    found: list[Mention] = []
    for state in states:
        if not start <= state.start < listed[0].start or state in listed:
            continue
        if _LEADER_BEFORE.search(plain, start, state.start):
            found += [s for s in _chain(plain, states, state.start) if s.start < listed[0].start]
    return [s for s in _unique(found) if s.key not in {m.key for m in listed}]


#: An aside naming a side's leaders between the side and its copula: ", led by Chile,".
_LEADER_ASIDE = re.compile(
    r"\s*,\s*(?:alongside|along\s+with|together\s+with|led\s+by|headed\s+by)\s[^,;.:]{1,80},\s*$"
)
#: What names a side's leader or companion before its list: "alongside", "led by".
_LEADER_BEFORE = re.compile(
    r"\b(?:alongside|along\s+with|together\s+with|joining|led\s+by|headed\s+by)\s+(?:the\s+)?$"
)


def _described_state(reading: Reading, states: list[Mention], phrase_start: int) -> Mention | None:
    """ "Russia, the only country to vote against, …": the state right before the phrase."""
    before = [s for s in states if s.end <= phrase_start]
    if before and re.fullmatch(
        r",\s*(?:the\s+|a\s+)?", reading.plain[before[-1].end : phrase_start]
    ):
        return before[-1]
    if (
        before
        and re.fullmatch(r"\s+(?:the\s+)?", reading.plain[before[-1].end : phrase_start])
        and re.search(r"\bwith\s+(?:the\s+)?$", reading.plain[: before[-1].start])
    ):
        return before[-1]  # "with the United States the only member to oppose it"
    return None


#: Between two items of a list of states: "X, Y and Z", "X as well as Y", "X, plus Y".
_SEPARATOR = (
    r"\s*(?:,\s*(?:and\s+|or\s+|as\s+well\s+as\s+|plus\s+)?|\s+and\s+|\s+or\s+|"
    r"\s+as\s+well\s+as\s+|\s+plus\s+)(?:the\s+)?"
)
_LIST_GAP = re.compile(_SEPARATOR)
#: What a list of voters may add between its names: "along with", "together with", and a
#: short description of the next name ("Syria and its ally Russia").
#: The words an aside about a voter opens with.
_ASIDE_OPENER = r"(?:which|who|whose|a|an|its|now|then|once|still|long|usually|as|none|all|both)\s"
#: A hyphen inside a word, which does not close an aside between dashes ("- a largely
#: post-Soviet group -").
_WORD_HYPHEN = r"(?<=\w)-(?=\w)"
#: A region that places the items of a list before it: "Cuba and Bolivia from Latin America,
#: and Syria", "Kenya and Ghana in Africa, along with Iran", "Peru from the region, plus X".
_REGION_OF_ITEMS = (
    r"(?:\s+(?:from|in|of)\s+(?:the\s+)?(?:(?:Latin|Central|South|North|East|West|Southern|"
    r"Eastern|Western|Northern|Sub-Saharan|[Ss]outh-?[Ee]ast|wider|same|whole)\s+)?"
    r"(?:America|Americas|Africa|Asia|Europe|Caribbean|Pacific|Balkans|Gulf|Middle\s+East|"
    r"Arab\s+world|Asia-Pacific|Caucasus|Maghreb|Sahel|region|continent|hemisphere|"
    r"neighbou?rhood))?"
)
_VOTER_SEPARATOR = (
    # "Belarus itself and by a bloc led by Russia", "the Syrian government itself, joined by"
    r"(?:\s+(?:government|delegation|regime|authorities))?(?:\s+itself)?"
    + _REGION_OF_ITEMS
    + rf"(?:{_SEPARATOR}|"
    # a dashed group's members, then more: "neighbours -- Benin and Togo -- as well as Chad"
    # (not "- the United States and Israel - and two more, Hungary and Ukraine, abstained")
    # "Chile and Singapore among them, along with Algeria"
    r"\s+among\s+them(?:,\s*|\s+)(?:along\s+with|together\s+with|plus|as\s+well\s+as)\s+"
    r"(?:the\s+)?|"
    # a side's list going on after its leaders: "led by X and Y, and included Z", "…, and
    # also took in Z", "…, a group that also took in Z"
    r",?\s+and\s+(?:also\s+)?(?:included|took\s+in|counted|comprised|embraced)\s+(?:the\s+)?|"
    r",\s+(?:a|the)\s+(?:[a-z]+\s+)?(?:group|bloc|camp|column|list|coalition|side)\s+"
    r"(?:that|which)\s+(?:also\s+)?(?:included|took\s+in|counted|comprised|embraced)\s+"
    r"(?:the\s+)?|"
    r"(?:\s+among\s+them)?\s+(?:--?|[\u2013\u2014])\s*(?:as\s+well\s+as|plus|and|along\s+with|"
    r"together\s+with|but\s+also(?:\s+(?:of|from))?)"
    r"(?:,\s*[a-z][^,;.]{0,40},)?\s+"
    r"(?!(?:a|an|\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|some|most)\s)"
    r"(?:the\s+)?|"
    # "India, South Africa and, among European countries, Switzerland": an aside after "and"
    r"\s*,?\s+and,\s+[a-z][A-Za-z -]{0,40},\s*(?:the\s+)?|"
    # an aside in dashes: "Iran - which called the text an outrage - Cuba and Syria"
    rf"\s+[-\u2013\u2014]\s+{_ASIDE_OPENER}(?:[^-\u2013\u2014.;()]|{_WORD_HYPHEN}){{1,80}}?\s[-\u2013\u2014]\s*"
    r"(?:,\s*)?(?:and\s+)?(?:the\s+)?|\s*,?\s+(?:(?:along|together)\s+with|alongside)\s+(?:the\s+)?|"
    # "were North Korea itself, China and Russia, joined by Belarus, Bolivia, …"
    r"\s*,\s+joined\s+by\s+(?:the\s+)?|"
    # "and by a bloc led by Russia and China that included Cuba, …"
    r"\s+and\s+by\s+(?:a|an|the)\s+[A-Za-z -]{1,40}?,?\s+(?:led\s+by|including|that\s+included|"
    r"made\s+up\s+of|among\s+them|such\s+as)\s+(?:the\s+)?|\s+(?:that|which)\s+included\s+(?:the\s+)?|"
    # "the United States, Israel and Canada, as expected, but also Australia"
    r",\s*(?:[a-z][a-z ]{0,25},\s*)?(?:but|and|plus)\s+(?:also\s+|even\s+)?"
    # "China and Russia, as expected, and with them Cuba, Iran …"
    r"(?:with\s+them\s+)?(?:the\s+)?|"
    # "drew support from Ghana as well as from China"
    r",?\s+as\s+well\s+as\s+from\s+(?:the\s+)?|"
    # "drew the support of Cuba, but also of Brazil and India, and of Mexico"
    r",?\s+(?:but\s+also|and\s+also|and)\s+of\s+(?:the\s+)?|"
    # "the United States and Japan - the two largest economies - plus Iran"
    rf"\s+[-\u2013\u2014]\s(?:[^-\u2013\u2014.;]|{_WORD_HYPHEN}){{1,80}}\s[-\u2013\u2014]\s*"
    r"(?:plus|as\s+well\s+as)\s+"
    r"(?:from\s+)?(?:the\s+)?)"
    r"(?:by\s+(?:the\s+)?)?"
    # "plus four Pacific island states - Fiji, …": a counted group then its members
    r"(?:(?:a|an|\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|some|most|much)\s+"
    r"[A-Za-z -]{0,60}?(?:\s[-\u2013\u2014]|:|,)\s*(?:the\s+)?"
    # "and the usual circle around it: Belarus, …": a group described, its members after a colon
    r"|(?:[a-z][\w'\u2019-]*\s+){1,7}?[a-z][\w'\u2019-]*:\s*(?:the\s+)?"
    # "along with the Central Asian states of Kazakhstan, …", "and the (three) Baltic states
    # Estonia, …": a group named by its members
    r"|(?:(?:two|three|four|five)\s+)?(?:[A-Z][\w-]*\s+){1,3}"
    r"(?:[a-z]+-)?(?:states|countries|nations|republics|members|monarchies)\s+"
    r"(?:of\s+(?:the\s+)?)?"
    # "and the small island nations Fiji and Samoa"
    r"|(?:[a-z][\w-]*\s+){1,3}(?:states|countries|nations|republics|monarchies)\s+"
    # "and the small island state of Fiji"
    r"|(?:[a-z][\w-]*\s+){0,3}(?:state|nation|kingdom|republic|island|country|archipelago)\s+"
    r"of\s+"
    # "and small Pacific states such as Samoa, Tonga and Vanuatu"
    # "and a string of other European states including Norway", "a large group of Central and
    # Eastern European states such as Poland"
    r"|(?:[\w-]+\s+){0,8}?(?:states|countries|nations|members|governments|allies|delegations|"
    r"others)"
    # ("a cluster of Pacific island states that usually side with Israel, including X")
    r"(?:\s+(?:that|which|who)\s[^.;:,()]{1,60})?"
    r",?\s+(?:such\s+as|including|among\s+them|notably)\s+"
    r"(?:the\s+)?)?"
    # "Mexico and - surprising several diplomats - Ukraine": an aside between dashes (its
    # words may hold hyphens: "- after a last-minute change of instructions -")
    r"(?:[-\u2013\u2014]\s(?:[^-\u2013\u2014.;]|(?<=\w)-(?=\w)){1,80}\s[-\u2013\u2014]\s*(?:the\s+)?)?"
    r"(?:(?:its|their)\s+(?:(?:close|closest|main|only|old|key|chief|usual|traditional)\s+)?"
    # ("Moscow and its closest partners - Belarus, Armenia and Kazakhstan")
    r"(?:ally|allies|partner|partners|neighbou?r|neighbou?rs|patron|friend)\s+(?:[-\u2013\u2014]{1,2}\s+)?"
    # "and neighbouring Uganda and Eritrea"
    r"|(?:neighbou?ring|nearby|tiny|landlocked|oil-rich)\s+"
    # "Cuba, Eritrea's neighbour Sudan": a possessive state describing the next one
    r"|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}['\u2019]s?\s+(?:[a-z-]+\s+){1,2}"
    # "and the ALBA bloc's Venezuela, Bolivia and Ecuador": a group owning the states after it
    r"|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}\s+(?:bloc|group|alliance|caucus|grouping)"
    r"['\u2019]s\s+)?"
)
#: A group named as an item of a list of states: "the three Baltic states", "the Gulf
#: monarchies", "the rest of the European Union" (its members are not named, so no ballot).
_GROUP_ITEM = (
    r"(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+)?"
    r"(?:[A-Z][\w-]*\s+){1,3}(?:[a-z]+-)?(?:states|countries|nations|republics|monarchies|"
    r"members|governments)"
    r"|(?:rest|remainder|bulk|members|majority)\s+of\s+(?:the\s+)?(?:[A-Z][\w-]*\s*){1,3}"
    # "every member of the European Union", "every one of the European Union's 28 members",
    # "all 27 members of the EU"
    r"|(?:every|each|all)\s+(?:one\s+|single\s+)?(?:\d{1,2}\s+)?(?:(?:member|members|state|states)"
    r"\s+)?of\s+(?:the\s+)?(?:[A-Z][\w-]*\s*){1,3}"
    r"(?:['\u2019]s\s+(?:\d{1,2}\s+)?(?:member\s+states|members|states|countries))?"
)
#: A group the lexicon does not name as the last item of a list of subjects: " and the three
#: Baltic states" (its members unnamed: no ballot).
_GROUP_LAST = re.compile(r"\s*(?:,\s*)?(?:and|plus)\s+(?:the\s+)?(?:" + _GROUP_ITEM + ")")
#: A place told of a list's item, between commas: ", downstream of Turkey", ", next to Peru".
_PLACED_ASIDE = (
    r"\s*,\s*(?!(?:along|together|joined|as|plus|including|among|but|and|or|with|like|from|by)\b)"
    r"(?:[a-z][a-z'-]*\s+){0,2}(?:downstream|upstream|north|south|east|west|next|close|"
    r"neighbou?r|across|opposite|beside)[^,;.:()]{0,60}"
)
#: A gap in a list of voters that may hold one name the lexicon does not know (a form that
#: names several states, "Congo"; a spelling it lacks): the list goes on after it.
#: "Bahrain and Russia, which led opposition in the chamber, as well as Bangladesh"
_RELATIVE_INSIDE = (
    r"(?:\s*,\s*(?:which|who|whose)\s[^,;.:()]{1,120}(?=,)"
    # a place told of the item: "Syria, downstream of Turkey, and Laos"
    rf"|{_PLACED_ASIDE}(?=,)"
    # an aside in brackets: "Argentina (whose new government had changed course), Hungary"
    rf"|\s*\({_ASIDE_OPENER}[^()]{{1,80}}\)(?=\s*,|\s+and\s)"
    # "Chile (citing procedure), Peru and Fiji": an aside in lower case names no state
    r"|\s*\([a-z][^()A-Z]{1,60}\)(?=\s*,|\s+and\s))?"
)
#: A relative clause about a list's item, still open at a name inside it.
_OPEN_RELATIVE = re.compile(r"\s*,\s*(?:which|who|whose)\s[^,;.:()]{1,100}")
#: The same for a place told of the item, open at the name that places it: "Syria, downstream
#: of ", "Laos, a neighbour of " (not a companion's words: "along with").
_OPEN_PLACED = re.compile(_PLACED_ASIDE + r"\s(?:of|from|to|near|beside)\s+(?:the\s+)?")
_GROUP_RELATIVE = re.compile(
    _SEPARATOR + r"(?:[\w-]+\s+){0,8}?(?:states|countries|nations|members|governments|allies|"
    r"delegations|others)\s+(?:that|which|who)\s[^,;.:()]{1,80}"
)
_UNKNOWN_NAME = (
    r"(?:(?:[A-Z][\w'\u2019.-]*(?:\s+(?:of\s+|the\s+)?[A-Z][\w'\u2019.-]*){0,3}"
    # a group among the states, which names none of them: "plus the three Baltic states,
    # Turkey and Argentina", "by the rest of the European Union, by Australia"
    rf"|{_GROUP_ITEM})"
    r"\s*(?:,\s*(?:and\s+|plus\s+|as\s+well\s+as\s+|joined\s+by\s+|along\s+with\s+)?|\s+and\s+)"
    r"(?:by\s+)?(?:the\s+)?"
    # a bloc's members: "Washington and the EU's member states, joined by Britain", "the
    # European Union's member states"
    r"|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}['\u2019]s\s+(?:[a-z-]+\s+)?"
    r"(?:states|members|countries|governments)"
    r"\s*(?:,\s*(?:and\s+|joined\s+by\s+|plus\s+|along\s+with\s+)?|\s+and\s+)(?:the\s+)?)?"
)
#: A group and its members in brackets: "China, the three African members (Angola, Egypt,
#: Senegal), plus Japan".
_BRACKETED_GROUP = (
    r"\s*,\s*(?:the\s+)?(?:[\w-]+\s+){1,4}\(\s*(?:the\s+)?|"
    # the list's last item a group, its members in brackets or dashes: "Canada and all of the
    # Nordic countries - Denmark, Finland, Iceland, Norway and Sweden - as well as Ireland"
    r"\s*,?\s+and\s+(?:all\s+(?:of\s+)?)?(?:the\s+)?(?:[A-Za-z]+\s+){0,2}(?:countries|states|"
    r"members|nations|governments)\s*(?:\(|[\u2013\u2014]|--?\s)\s*(?:the\s+)?|"
    r"\s*\)\s*,?\s*(?:(?:and|plus|as\s+well\s+as|together\s+with|along\s+with)\s+)?(?:the\s+)?|"
    # the group's members in dashes, then more: "OIC members - including Saudi Arabia and
    # Indonesia - as well as from China"
    r"\s+[-\u2013\u2014]\s*(?:plus|as\s+well\s+as)\s+(?:from\s+)?(?:the\s+)?"
)
#: A group among the items, then a group described by its members: "…, every member of the
#: European Union, and a string of other European states including Norway".
_GROUP_THEN = rf"(?:(?:{_GROUP_ITEM}){_VOTER_SEPARATOR})?"
_VOTER_GAP = re.compile(
    _RELATIVE_INSIDE + rf"(?:{_VOTER_SEPARATOR}|{_BRACKETED_GROUP})" + _GROUP_THEN + _UNKNOWN_NAME
)
#: The same in a list a copula or a colon opens, whose items semicolons may separate
#: ("Supporters included Argentina; Brazil; …"); a clause of its own ends a companion list.
_LISTED_GAP = re.compile(
    _RELATIVE_INSIDE + rf"(?:{_VOTER_SEPARATOR}|\s*;\s*(?:and\s+)?(?:the\s+)?|"
    rf"{_BRACKETED_GROUP}|"
    # an appositive, then more: "Mexico and Uruguay, the two governments … rather than
    # pressure, as well as India"
    r",\s+(?:the|a|an)\s[^;:(),.]{1,120}?,\s*(?:as\s+well\s+as|plus)\s+(?:the\s+)?)"
    + _GROUP_THEN
    + _UNKNOWN_NAME
)


def _start(mention: Mention) -> int:
    return mention.start


def _aside_spans(plain: str, start: int, end: int, states: list[Mention]) -> list[tuple[int, int]]:
    """Asides of the zone (", which …,", ", an elected member …,", "(…)"), not the items of a
    list of states (", the Czech Republic,")."""
    spans = []
    for match in re.finditer(
        # and one in dashes: "Cuba voted against - a Cuban diplomat said Mexico was wrong - and"
        r",\s+(?:which|who|whose|an?|the|its|one)\b[^,;]*,|\([^()]*\)|" + _PLACED_ASIDE + ","
        rf"|\s[-\u2013\u2014]\s{_ASIDE_OPENER}[^-\u2013\u2014;]*?\s[-\u2013\u2014](?=\s)",
        plain[start:end],
    ):
        aside_start, aside_end = start + match.start(), start + match.end()
        words = plain[aside_start:aside_end].strip(",() ").split()
        named = [s for s in states if aside_start <= s.start and s.end <= aside_end]
        if named and len(words) <= len(named[0].text.split()) + 1:
            continue
        rest = plain[aside_start:aside_end]
        for state in sorted(named, key=_start, reverse=True):
            rest = rest[: state.start - aside_start] + rest[state.end - aside_start :]
        if named and re.fullmatch(
            r"[\s,()\u2013\u2014-]*(?:(?:the|and|or)[\s,()\u2013\u2014-]+)*", rest + " "
        ):
            continue  # ", the Democratic People's Republic of Korea and Syria,": a list
        if (
            named
            and re.fullmatch(r",\s+(?:the\s+)?", plain[aside_start : named[0].start])
            and re.match(r"\s*(?:,|and\b|or\b)", plain[named[0].end : aside_end])
        ):
            continue  # ", the Republic of the Congo and several Pacific islands,": list items
        spans.append((aside_start, aside_end))
    return spans


def _companion(reading: Reading, states: list[Mention], state: Mention, after: int) -> bool:
    """True when ``state`` (after the cue) is in a list opened by a companion phrase."""
    plain = reading.plain
    position = state.start
    ordered = [s for s in states if after <= s.start < position]
    while True:
        before = re.sub(r"\bthe\s+$", "", plain[max(after, position - 40) : position])
        # "and so did India's ally Mozambique": a possessive descriptor before the name
        before = _DESCRIBED_BEFORE.sub("", before)
        bare = re.search(r"(?<!along\s)(?<!together\s)(?<!alliance\s)\bwith\s+$", before)
        if bare is not None and not re.fullmatch(
            r"[\s,]*(?:[\w'\u2019-]+[\s,]+){0,4}",
            plain[after : max(after, position - 40) + bare.start()],
        ):
            # "… abstained will use their quieter influence with Havana": a "with" far from the
            # cue, in a clause of its own, joins no one to the vote
            return False
        if (
            _COMPANION_BEFORE.search(before)
            # "abstained, along with much of eastern Europe - Hungary, Slovakia …"
            or _COMPANION_GROUP.search(plain, max(after, position - 100), position)
            or _SO_DID_GROUP.search(plain, max(after, position - 90), position)
            or _SO_DID_RANGE.search(plain, max(after, position - 200), position)
        ):
            # but not "Russia abstained, with Chinese diplomats saying …": a clause of its own
            return not (
                before.rstrip().lower().endswith("with") and _WITH_CLAUSE.match(plain, position)
            )
        sentence_start = reading.sentences[state.sentence].start
        if re.search(r"\band\s+by\s+$", before) and re.search(
            r"\bjoined\s+by\b", plain[sentence_start:position]
        ):
            return True  # "joined by most NATO members and by Japan"
        among = _AMONG_THEM.match(plain[state.end : state.end + 200])
        if among is not None and _list_to_among(plain, state):
            # (not the subject of a later cue: "Japan voted no, and the other members, China
            # among them, abstained")
            then = state.end + among.end()
            return not any(
                re.fullmatch(r",?\s*(?:(?:also|all|then|instead)\s+)?", plain[then : c.start])
                for c in reading.cues(state.sentence, "VOTE")
                if c.start >= then
            )  # "Thirty-five countries abstained, Canada and Mexico among them"
        if (
            position == state.start
            and _CLAUSE_OPENS.search(_DESCRIBED_BEFORE.sub("", plain[after:position]))
            and _ECHO_AFTER.match(plain[: reading.sentences[state.sentence].end], state.end)
        ):
            return True  # "Hungary abstained; Poland did likewise", "…, and China the same"
        if re.fullmatch(
            r"\s*(?:it\s+|the\s+\w+\s+)?by\s+(?:the\s+)?" + _GROUP_OPENING,
            _DESCRIBED_BEFORE.sub("", plain[after:position]),
        ) and re.search(
            r"\bjoined\s+in\s+\S+(?:\s+\S+)?\s*$",
            plain[reading.sentences[state.sentence].start : after],
        ):
            return True  # "were joined in voting against by X": the list right after the cue
        previous = [s for s in ordered if s.end <= position]
        if len(previous) > 1 and _OPEN_PLACED.fullmatch(
            plain, previous[-2].end, previous[-1].start
        ):
            previous = previous[:-1]  # "so did Syria, downstream of Turkey, and Laos": not Turkey
        if not previous:
            return False
        gap = plain[previous[-1].end : position]
        # semicolons go on with the list unless a later cue takes what follows them ("as did
        # France and Italy; the Netherlands and Sweden abstained")
        later_cue = any(c.start > state.start for c in reading.cues(state.sentence, "VOTE"))
        if not (_VOTER_GAP if later_cue else _LISTED_GAP).fullmatch(gap):
            return False
        position = previous[-1].start
        ordered = ordered[:-1]


#: A group described before its members, set off by a dash or a colon: "several West African
#: neighbours -- ", "a dozen delegations: ".
_GROUP_DESCRIBED = (
    r"(?:a|an|\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|some|most|much)\s+"
    r"[A-Za-z -]{0,60}?(?:\s(?:--?|[\u2013\u2014])|:)\s*(?:the\s+)?"
)
_GROUP_OPENING = rf"(?:{_GROUP_DESCRIBED})?"
#: Companions named as a group, then its members: ", along with much of eastern Europe - ".
_COMPANION_GROUP = re.compile(
    r"\b(?:alongside|along\s+with|together\s+with|joined\s+by|plus|as\s+well\s+as)\s+"
    rf"(?:the\s+)?{_GROUP_DESCRIBED}$",
    re.IGNORECASE,
)
#: A group named after "so did" or "along with", its members after a colon: "Russia voted
#: against, and so did a now-familiar circle of partners: Armenia, Belarus, …".
#: A group's noun right before its members' names: "the Western Balkan candidates Albania,
#: Montenegro …", "the three Baltic republics Estonia, …".
_NOUN_BEFORE_NAMES = (
    r"the\s+(?:[\w-]+\s+){0,3}(?:candidates|members|states|countries|nations|neighbou?rs|"
    r"allies|partners|governments|republics|monarchies)\s+"
)
_SO_DID_GROUP = re.compile(
    r"\b(?:(?:so|as)\s+did|along\s+with|together\s+with|joined\s+by|plus|as\s+well\s+as|"
    r"including|among\s+them)\s+"
    + f"(?:{_DESCRIBED_GROUP}|{_OTHER_GROUP}|{_COUNTED_GROUP_COMMA}|{_DASHED_GROUP}|"
    + f"{_SUCH_AS_GROUP}|{_NOUN_BEFORE_NAMES})"
    + r"\s*(?:the\s+)?$",
    re.IGNORECASE,
)
#: A group after "so did" and the range of its members: "so did every member of the Andean
#: Community, from Bolivia and Ecuador to Peru and Chile" (the ends of the range are named).
_SO_DID_RANGE = re.compile(
    r"\b(?:so|as)\s+did\s+(?:the\s+)?[^.;:,]{1,80}?,\s+(?:all\s+the\s+way\s+)?from\s+"
    r"(?:the\s+)?(?:[A-Z][^.;:]{0,120}?\s+to\s+(?:the\s+)?)?"
    r"(?:[A-Z][\w.'\u2019-]*(?:\s+(?:of\s+|the\s+|and\s+)*[A-Z][\w.'\u2019-]*)*"
    r"(?:,\s*|\s+and\s+)(?:the\s+)?)*$"
)
#: A possessive's descriptor right before a name: "India's ally ", "its neighbour ".
_DESCRIBED_BEFORE = re.compile(
    r"(?:(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*['\u2019]s|\b(?:its|their))\s+"
    r"(?:[a-z-]+\s+){1,2}$"
)
#: A "with" clause whose subject does something other than vote: "with Chinese diplomats
#: saying …" (but "with China abstaining", "with Brazil and India not voting").
_WITH_CLAUSE = re.compile(
    r"(?:the\s+)?[A-Z][\w.'-]*(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?[A-Z][\w.'-]*)*"
    r"(?:\s+[a-z]+){0,2}?\s+(?!(?:vot|abstain|back|support|oppos|join|cast|reject|endors|"
    r"follow|sid|favou?r|veto|us)\w*)[a-z]{2,}ing\b"
)
#: A clause opening right before a state, after a cue: "; ", ", and ", " while ".
_CLAUSE_OPENS = re.compile(
    r"(?:[;,]\s*(?:(?:and|while|but)\s+)?|\s(?:and|while|but)\s+)(?:the\s+)?$"
)
#: A list of states (from the one before it) that repeats the cue's ballot: "Poland and Hungary
#: did likewise", "the United States did too", "China the same".
_ECHO_AFTER = re.compile(
    # (names of capitalised words: not "Peru and Bolivia abstained, and Fiji did likewise")
    r"(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?[A-Z][\w.'-]*(?:\s+(?:of\s+|the\s+)*[A-Z][\w.'-]*)*)*"
    r"(?:\s+(?:also\s+)?(?:did\s+(?:the\s+same|likewise|so(?:\s+too)?|too|as\s+well)|"
    r"followed(?:\s+suit)?|joined\s+(?:them|it|him|her)|"
    # "Chile voted no, and Peru, Fiji and Nepal completed the list"
    r"(?:completed|rounded\s+out|filled\s+out)\s+the\s+(?:[\w-]+\s+){0,2}?(?:list|group|"
    r"roster|column|camp|bloc|contingent|club|trio|quartet|ranks|line-up|lineup|pack))"
    r"|,?\s+(?:too|as\s+well|likewise|the\s+same))\s*(?:[.;,!]|$)"
)
_AMONG_THEM = re.compile(
    # ("Forty countries voted no, Laos itself among them")
    r"(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?[A-Z][\w.' -]*?)*(?:\s+itself)?"
    r"\s+among\s+them\b"
)


def _list_to_among(plain: str, state: Mention) -> bool:
    """Whether ``state`` opens or continues a list that ends in "among them"."""
    before = plain[max(0, state.start - 9) : state.start]
    return re.search(r"(?:^|,\s*|\band\s+)(?:the\s+)?$", before) is not None


def _unique(mentions: list[Mention]) -> list[Mention]:
    return list({m.key: m for m in reversed(mentions)}.values())[::-1]


def _option_after(reading: Reading, cue: Cue, later: list[Cue]) -> str | None:
    """The option a companion cue takes from the words after it: "sided with Russia in
    voting no", "voted with Russia for it"."""
    sentence = reading.sentences[cue.sentence]
    window = reading.plain[cue.end : sentence.end]
    clause_end = re.search(r"[;.]|,\s*(?:while|but)\b", window)
    for other in later:
        if other.value != "with" and (
            clause_end is None or other.start < cue.end + clause_end.start()
        ):
            return other.value
    clause = window[: clause_end.start() if clause_end else None]
    if re.search(r"\b(?:against|no)\b", clause):
        return "no"
    if re.search(r"\bfor\s+(?:it|them|the)\b|\bin\s+favou?r\b|\byes\b", clause):
        return "yes"  # "Only China and South Africa voted with Russia for it"
    return None


#: The same side told again for the story's vote, its copula's subject a pronoun: "In 2007
#: the 'no' camp was Britain, … This year it was Britain, the United States, Israel and
#: France."
_SIDE_AGAIN = re.compile(
    r"\W*(?:This|That)\s+(?:year|time)\s*,?\s+(?:it|they)\s+(?:was|were)\s+(?:the\s+)?"
)


def _side_again(reading: Reading, index: int, told: tuple, seen: dict) -> bool:
    """ "In 2007 the 'no' camp was X. This year it was Y, Z.": the option of the ballots
    told last, for the states listed, on the one other vote counted (a sentence with no
    cue)."""
    found = _SIDE_AGAIN.match(reading.plain, reading.sentences[index].start)
    if found is None or reading.cues(index, "VOTE") or told[0].sentence != index - 1:
        return False
    cue, motion, _, hint = told
    listed = _chain(reading.plain, _states(reading, index), found.end())
    if hint is not None and hint[0] == "date":
        # the ballots told last are placed in their time later ("In 2007 the 'no' camp
        # was …"): these are the vote's the text is at
        for voter in listed:
            _ballot(reading, seen, voter, cue, motion)
        return bool(listed)
    others = [
        m
        for m in reading.motions
        if m is not motion
        and not m.collective
        and m.tally is not None
        and _last_position(m, found.start()) >= 0
    ]
    if len(others) != 1:
        return False
    for voter in listed:
        _ballot(reading, seen, voter, cue, others[0])
    return bool(listed)


def _apposed_count(
    reading: Reading, states: list[Mention], cue: Cue, zone_text: str, limit: int
) -> list[Mention]:
    """The states in apposition to a count, as many as it counts: "two abstentions, Jordan's
    and Russia's", "three no votes, Chile, Peru and Fiji"."""
    plain = reading.plain
    number = re.search(r"(\d+|[a-z]+(?:-[a-z]+)?)\s+$", zone_text)
    opening = re.match(r"\s*,\s*(?:namely\s+|those\s+of\s+)?(?:the\s+)?", plain[cue.end : limit])
    if number is None or opening is None:
        return []
    listed: list[Mention] = []
    cursor = cue.end + opening.end()
    for state in sorted(states, key=_start):
        if state.start < cursor:
            continue
        gap = plain[cursor : state.start]
        if not re.fullmatch(
            r"" if not listed else r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?", gap
        ):
            break
        listed.append(state)
        cursor = state.end + (
            2 if re.match(r"['\u2019]s\b", plain[state.end : state.end + 3]) else 0
        )
    if listed and re.match(r"\s*(?:[.;]|$)", plain[cursor : cursor + 2]):
        return listed if len(listed) == number_value(number.group(1)) else []
    return []


def _majority_side(reading: Reading, cue: Cue, motion: Motion | None) -> str | None:
    """ "sided with the majority", "voted with the minority": the side the vote's count
    says was the larger (or smaller) of yes and no; "voted with the rest of the Council" is
    the majority's, "voted with the sponsors" a yes."""
    found = re.match(
        r"\s+the\s+(?:(?P<sponsors>(?:co-?)?sponsors|authors)|(?P<side>majority|minority)|"
        r"(?:rest|remainder)\s+of\s+the\s+(?:council|assembly|membership|members|chamber|hall)"
        r"|other\s+(?:\w+\s+)?members\s+(?:of\s+the\s+(?:council|assembly)\b|$|(?=[,;.])))",
        reading.plain[cue.end : cue.end + 45],
        re.IGNORECASE,
    ) or re.search(r"\b(?P<side>majority|minority)$", cue.text.lower())
    if found is not None and found.groupdict().get("sponsors"):
        return "yes"
    tally = motion.tally if motion is not None else None
    if found is None or tally is None or tally.yes is None or tally.no is None:
        return None
    if tally.yes == tally.no:
        return None
    larger = "yes" if tally.yes > tally.no else "no"
    if found.groupdict().get("side") != "minority":
        return larger
    return "no" if larger == "yes" else "yes"


#: A companion named by its relation to the state whose ballot was just told: "its
#: neighbour", "their old ally", "its former colonial power".
_RELATED = re.compile(
    r"\s+(?:its|their)\s+(?:[a-z-]+\s+){0,2}?(?:neighbou?rs?|ally|allies|partners?|patron|"
    r"protector|friends?|mentor|sponsor|(?:colonial\s+)?power)\b"
)


def _related_side(reading: Reading, cue: Cue, motion: Motion | None, told) -> str | None:
    """ "France voted against. Britain voted with its neighbour.": the option of the ballots
    told in the sentence before, on the same vote, when the companion is named by relation."""
    if (
        told is None
        or motion is None
        or told[1] is not motion
        or told[0].sentence not in (cue.sentence - 1, cue.sentence)
        or told[0].value not in ("yes", "no", "abstain")
        or not (
            _RELATED.match(reading.plain, cue.end)
            # "Peru lined up behind it": the state just told
            or re.match(r"\s+(?:it|them)\b", reading.plain[cue.end : cue.end + 6])
        )
    ):
        return None
    return told[0].value


def _veto_word(cue: Cue) -> str:
    """The word a veto cue is known by: its first ("vetoed it"), or the whole emphatic past
    ("did block")."""
    text = cue.text.lower()
    return text if text in VETO_CUES else text.split()[0]


def _record_veto(reading: Reading, motion: Motion, voters: list[Mention], cue: Cue) -> None:
    if not voters:
        return
    for voter in voters:
        if voter.key not in motion.vetoed_by:
            motion.vetoed_by.append(voter.key)
    set_outcome(reading, motion, "vetoed", cue)


def _ballot(
    reading: Reading, seen: dict, voter: Mention, cue: Cue, motion: Motion, hint=None
) -> Fact | None:
    """Add (or add evidence to) the ballot of ``voter`` on ``motion``; a ballot placed in
    another time by ``hint`` is kept apart until :func:`kg.extract.motions.attribute_by_time`
    moves it."""
    index = cue.sentence
    explicit = re.search(r"vot|abstain|veto", cue.text, re.IGNORECASE) is not None
    confidence = 0.85 if explicit else 0.7
    evidence = [
        reading.evidence(voter.sentence, voter.start, voter.end),
        reading.evidence(index, cue.start, cue.end),
    ]
    if motion.kind == "amendment" and cue.value in ("yes", "no") and not motion.tally:
        # a vote on amendments the text gives no roll call of is a stance (kg.extract.stances)
        reading.amendment_votes.append((voter, cue, motion))
        return None
    if motion.collective:
        return None  # "voted for both texts": no single roll call to hold the ballot
    key = (
        voter.key,
        motion.id,
        None if hint is None else (hint[0], getattr(hint[1], "text", hint[1])),
    )
    if key in seen:
        seen[key].evidence.extend(evidence)
        return seen[key]
    motion.inert = False
    seen[key] = reading.add(
        "ballot",
        {
            "voter": voter.key,
            "option": cue.value,
            "motion": motion.id,
            "rollcall": None,
            "date": None,
        },
        evidence,
        confidence,
        "vote-cue",
    )
    return seen[key]


#: The Council's permanent members named as a group: "All five permanent members", "the other
#: four permanent members", "the permanent five".
_PERMANENT_GROUP = (
    r"(?P<group>(?:all\s+(?:five|5)\s+|the\s+(?P<other>other\s+)?(?:(?P<count>four|five|4|5)\s+)?)"
    r"(?:permanent\s+members(?:\s+of\s+the\s+(?:Security\s+)?Council)?|permanent\s+five|P5))"
)
_PERMANENT_BEFORE = re.compile(
    r"(?:^|[,;:]\s*|\b(?:and|but|while|whereas)\s+)"
    + _PERMANENT_GROUP
    # "All five permanent members, including Russia and China, supported …"
    + r"(?:,\s+(?:including|among\s+them)\s[^,;.]{1,60},)?\s+(?:(?:also|all|duly|then)\s+)*$",
    re.IGNORECASE,
)
#: A cue's object, if any, before words after the cue: " it", " the text", " that draft
#: resolution".
_CUE_OBJECT = r"(?:\s+(?:it|them|(?:the|this|that)\s+[\w-]+(?:\s+[\w-]+)?))?"
#: Words after a cue that add voters of the same side: "as did", "along with", "joined by".
_SAME_SIDE_AFTER = r"as\s+did|along\s+with|together\s+with|joined\s+by|alongside"
#: After the cue and its object: "voted for the text, as did the other four permanent members".
_PERMANENT_AFTER = re.compile(
    _CUE_OBJECT + rf",?\s+(?:{_SAME_SIDE_AFTER})\s+" + _PERMANENT_GROUP + r"\b",
    re.IGNORECASE,
)


def _permanent_members_voted(reading: Reading, index: int, seen: dict) -> None:
    """ "All five permanent members, including Russia and China, supported the text", "The
    United States voted for it, as did the other four permanent members": the ballots of the
    permanent members ("other": those the sentence does not name before the group)."""
    day = reading.article_date
    if day is None or day.year < 1972:
        return  # (China's seat was Taipei's, and the group's members are not these five)
    sentence = reading.sentences[index]
    plain = reading.plain
    for cue in reading.cues(index, "VOTE"):
        if cue.value not in ("yes", "no", "abstain") or _veto_word(cue) in VETO_CUES:
            continue
        found, offset = _PERMANENT_AFTER.match(plain, cue.end), 0
        if found is None:
            found = _PERMANENT_BEFORE.search(plain[sentence.start : cue.start])
            offset = sentence.start
        if found is None or reading.hypothetical(index, cue.start):
            continue
        start, end = offset + found.start("group"), offset + found.end("group")
        members = set(permanent_members())
        if day.year < 1992:
            members = members - {"RUS"} | {"SUN"}
        if found.group("other"):
            members -= {s.key for s in _states(reading, index) if s.start < start}
        count = number_value(found.group("count")) if found.group("count") else None
        motion = _motion_of(reading, cue)[0]
        if motion is None or count not in (None, len(members)):
            continue
        for key in sorted(members):
            voter = Mention("state", key, start, end, found.group("group"), index)
            _ballot(reading, seen, voter, cue, motion)


#: A motion's own sponsors as the voters of a cue: "Only its two authors supported it", "the
#: sponsors themselves voted yes".
_SPONSORS = (
    r"(?P<sponsors>(?:(?:only|just|merely)\s+)?(?:its|their|the)\s+"
    r"(?:(?P<count>two|three|four|five|\d)\s+)?(?:own\s+)?(?-i:[A-Z][a-z]+\s+)?"
    r"(?:co-?sponsors|sponsors|co-?authors|authors|drafters|penholders))"
)
_SPONSORS_BEFORE = re.compile(
    r"(?:^|[,;:]\s*|\b(?:and|but|while|whereas)\s+)" + _SPONSORS
    + r"(?:\s+themselves)?\s+(?:(?:had|have|also|both|all|duly|then)\s+)*$",
    re.IGNORECASE,
)  # fmt: skip
#: After a cue: "winning the support of only its two sponsors", "backed only by its authors".
_SPONSORS_AFTER = re.compile(
    r"\s+(?:(?:only|just|merely)\s+)?(?:of|from|by)\s+" + _SPONSORS + r"\b", re.IGNORECASE
)
#: A list after the cue (and its object) that the sponsors end: "six votes in favour - the five
#: sponsors plus Chile -", "voted for it, as did Peru and the three Andean sponsors".
_SPONSORS_LIST_OPENING = re.compile(
    _CUE_OBJECT + rf"(?:\s*(?:[:\u2013\u2014]|\s-)|,?\s+(?:{_SAME_SIDE_AFTER}|including))\s+",
    re.IGNORECASE,
)
_SPONSORS_LISTED = re.compile(
    r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)?" + _SPONSORS + r"\b", re.IGNORECASE
)


def find_sponsor_ballots(reading: Reading) -> None:
    """ "Only its two authors supported it", "The draft won the support of just its sponsors":
    the ballots of the proposers of the motion told (the one told last in the paragraph with
    proposers, if the count fits them), once :mod:`kg.extract.stances` has named them.

    >>> from kg.extract import extract
    >>> result = extract("Russia and China tabled a draft on Monday. Only its two sponsors "
    ...                  "voted for it; eleven members voted against.")
    >>> sorted((f.fields["voter"], f.fields["option"]) for f in result.facts_of("ballot"))
    [('CHN', 'yes'), ('RUS', 'yes')]
    """
    seen = {
        (f.fields["voter"], f.fields["motion"], None): f
        for f in reading.facts
        if f.type == "ballot"
    }
    plain = reading.plain
    for sentence in reading.sentences:
        index = sentence.index
        for cue in reading.cues(index, "VOTE"):
            if cue.value not in ("yes", "no", "abstain") or _veto_word(cue) in VETO_CUES:
                continue
            found, offset = (
                _SPONSORS_AFTER.match(plain, cue.end) or _listed_sponsors(reading, cue),
                0,
            )
            if found is None:
                found = _SPONSORS_BEFORE.search(plain[sentence.start : cue.start])
                offset = sentence.start
            if found is None or _HYPOTHETICAL.search(plain, sentence.start, cue.start):
                continue
            count = number_value(found.group("count")) if found.group("count") else None
            motion = _sponsors_motion(reading, cue, count)
            for key in motion.proposers if motion is not None else ():
                start, end = offset + found.start("sponsors"), offset + found.end("sponsors")
                voter = Mention("state", key, start, end, found.group("sponsors"), index)
                _ballot(reading, seen, voter, cue, motion)


def _listed_sponsors(reading: Reading, cue: Cue) -> re.Match | None:
    """The sponsors in the list of states after a cue: "- the five sponsors plus Chile",
    "as did Peru, Fiji and the three sponsors"."""
    plain = reading.plain
    opening = _SPONSORS_LIST_OPENING.match(plain, cue.end)
    if opening is None:
        return None
    cursor = opening.end()
    for state in sorted(_states(reading, cue.sentence), key=_start):
        if state.start < cursor:
            continue
        if not re.fullmatch(
            r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)?(?:the\s+)?", plain[cursor : state.start]
        ):
            break
        cursor = state.end
    return _SPONSORS_LISTED.match(plain, cursor)


def _sponsors_motion(reading: Reading, cue: Cue, count: int | None) -> Motion | None:
    """The motion whose sponsors a cue's subject names: the last one told in the paragraph
    with proposers ("Russia tabled its own draft, … sank the first text. Only its two authors
    supported it"), else the one the cue speaks of; None when the count does not fit its
    proposers."""
    paragraph = reading.paragraph_at(cue.start)
    told = [
        m
        for m in reading.motions
        if not m.collective
        and m.proposers
        and _last_position(m, cue.start) >= 0
        and reading.paragraph_at(_last_position(m, cue.start)) == paragraph
    ]
    told.sort(key=lambda m: _last_position(m, cue.start), reverse=True)
    # ("… led Moscow to sink the first text. Only its two authors supported it": the last
    # told whose authors the count fits, not the three-sponsor text named in passing)
    told = [m for m in told if count in (None, len(m.proposers))] or told
    # (a lede that tells the sponsors' votes before any word names the vote: the text's)
    motion = told[0] if told else _motion_of(reading, cue)[0] or main_motion(reading)
    if motion is None or not motion.proposers or count not in (None, len(motion.proposers)):
        return None
    return motion


#: A sentence that gives the ballots told just before to another vote: "Same three as in
#: December, when the first part of the text was adopted 140-3".
_SAME_AS_THEN = re.compile(
    r"\s*(?:The\s+)?[Ss]ame\s+(?:two|three|four|five|six|seven|eight)\s+as\s+(?:in|on|at)\s"
)


def _same_as_then(reading: Reading, index: int, seen: dict) -> None:
    """ "The "no" votes: Israel, the United States and the Marshall Islands. Same three as in
    December, when …": the ballots of the sentence before, also on the one other vote this
    sentence tells."""
    sentence = reading.sentences[index]
    opening = _SAME_AS_THEN.match(reading.plain, sentence.start)
    if index == 0 or opening is None:
        return
    before = reading.evidence(index - 1, 0, 0).sentence
    told = [
        f
        for f in seen.values()
        if f.type == "ballot" and any(e.sentence == before for e in f.evidence)
    ]
    size = _SMALL.get(reading.plain[sentence.start : opening.end()].split()[-3].lower())
    if not told or len({f.fields["voter"] for f in told}) != size:
        return
    motions = {f.fields["motion"] for f in told}
    others = [
        m
        for m in reading.motions
        if not m.collective
        and m.id not in motions
        and (
            any(x.sentence == index for x in m.mentions)
            or (m.tally_at is not None and m.tally_at[0] == index)
        )
    ]
    if len(others) != 1:
        return
    cue_end = sentence.start + opening.end()
    for fact in told:
        key = (fact.fields["voter"], others[0].id, None)
        if key in seen:
            continue
        others[0].inert = False
        seen[key] = reading.add(
            "ballot",
            {**fact.fields, "motion": others[0].id, "rollcall": None, "date": None},
            [fact.evidence[0], reading.evidence(index, sentence.start, cue_end)],
            0.7,
            "vote-cue",
        )


def _bracketed(reading: Reading, index: int, seen: dict) -> None:
    """Ballots named in brackets or dashes after a count: "one against (the United States) and
    one abstention (Britain)", "by 150 votes to 2 (Israel, the United States)", "125 votes in
    favour against two - Chile and Peru -"; on the vote of that count."""
    sentence = reading.sentences[index]
    for match in _PARENTHESISED.finditer(reading.plain, sentence.start, sentence.end):
        option = (
            "no"
            if match.group("to")
            else next(key for key in ("yes", "no", "abstain") if match.group(key))
        )
        start, end = match.span("list" if match.group("list") else "dashed")
        states = [s for s in _states(reading, index) if start <= s.start < end]
        if match.group("dashed") and (
            not states
            or _chain(reading.plain, states, start) != states
            or reading.plain[states[-1].end : end].strip()
        ):
            continue  # between dashes, only a list of states: not "5 against - a surprise -"
        # the vote whose count the sentence gave before the brackets ("In 2014 it drew 125
        # votes in favour against two - again Chile and Peru -"), else the one in focus
        counted = [
            m
            for m in reading.motions
            if m.tally_at and m.tally_at[0] == index and m.tally_at[1] <= match.start()
        ]
        motion = (
            max(counted, key=lambda m: m.tally_at[1])
            if counted
            else focus_motion(reading, end)
            or next((m for _, m in reading.motion_pairs(index)), None)
        )
        if motion is None or not states:
            continue
        cue = Cue(
            "VOTE", option, match.start(), end + 1, reading.plain[match.start() : end + 1], index
        )
        for state in states:
            _ballot(reading, seen, state, cue, motion)


#: "Turkey and Monaco rounded out the 18": the last members of the side of that count.
_ROUNDED_OUT = re.compile(
    # ("Chile, Peru and Fiji were the three.": the side of that count, all of it)
    r"\s+(?:(?:also|then)\s+)?(?:rounded\s+out|completed|made\s+up|were|are)\s+the\s+"
    r"(?:list\s+of\s+(?:the\s+)?)?"
    r"(?P<n>\d{1,3}|[a-z]+(?:-[a-z]+)?)\s*[.,;]"
)


def _rounded_out(reading: Reading, index: int, seen: dict) -> None:
    """ "Turkey and Monaco rounded out the 18", "Chile, Peru and Fiji were the three": the side
    the count of the vote in focus gives that many, in a sentence with no vote cue of its
    own."""
    sentence = reading.sentences[index]
    plain = reading.plain
    states = _uncued_states(reading, index)
    listed = _chain(plain, states, sentence.start) if states else []
    found = _ROUNDED_OUT.match(plain, listed[-1].end) if listed else None
    if found is None:
        return
    size = number_value(found.group("n"))
    motion = focus_motion(reading, sentence.start)
    if size is None or motion is None or motion.tally is None:
        return
    sides = [option for option, count in motion.tally.counts().items() if count == size]
    if len(sides) != 1:
        return
    cue = Cue("VOTE", sides[0], found.start(), found.end(), found.group(), index)
    for voter in listed:
        _ballot(reading, seen, voter, cue, motion)


#: A state left on its own: " stood entirely alone", " was isolated", " found itself alone".
_STOOD_ALONE = re.compile(
    r"\s+(?:stood|was|found\s+itself|remained|ended\s+up)\s+(?:(?:\w+ly|all|quite)\s+)?"
    r"(?:alone|isolated)\s*[.;]"
)


def _stood_alone(reading: Reading, index: int, seen: dict) -> None:
    """ "The tally was 155 to one. Chile stood entirely alone.": the one state of the side
    the count of the vote in focus gives one, in a sentence with no vote cue of its own."""
    sentence = reading.sentences[index]
    states = _uncued_states(reading, index)
    if len(states) != 1 or not re.fullmatch(
        r"\W*(?:(?:But|And|Yet)\s+)?(?:[Tt]he\s+)?", reading.plain[sentence.start : states[0].start]
    ):
        return
    found = _STOOD_ALONE.match(reading.plain, states[0].end)
    motion = focus_motion(reading, sentence.start) if found is not None else None
    if motion is None or motion.tally is None:
        return
    sides = [option for option, count in motion.tally.counts().items() if count == 1]
    if len(sides) != 1:
        return
    cue = Cue("VOTE", sides[0], found.start(), found.end(), found.group(), index)
    _ballot(reading, seen, states[0], cue, motion)


def _counted_side_list(reading: Reading, index: int, seen: dict) -> None:
    """ "The three against were Chile, Ghana and Nepal", "Those in favour included …": a side
    named by a bare option word before a copula and its list."""
    sentence = reading.sentences[index]
    plain = reading.plain
    for match in _SIDE_BEFORE_COPULA.finditer(plain, sentence.start, sentence.end):
        option = "no" if match.group("side").lower() in ("against", "opposed") else "yes"
        listed = _copula_list(reading, _states(reading, index), match.end(), sentence.end)
        motion = focus_motion(reading, match.start())
        if motion is None or not listed:
            continue
        _side_ballots(reading, seen, listed, option, match, motion)
    for match in _COUNT_BEFORE_COPULA.finditer(plain, sentence.start, sentence.end):
        # "Among the nine were Cuba and Iran": the side whose count (and no other) is nine
        motion = focus_motion(reading, match.start())
        tally = motion.tally if motion is not None else None
        number = number_value(match.group("n"))
        if tally is None or number is None or number < 1:
            continue
        if number == 1 and (motion.tally_at is None or not 0 <= index - motion.tally_at[0] <= 1):
            continue  # "the one" names its side only right after the count it refers to
        sides = [k for k in ("yes", "no", "abstain") if getattr(tally, k) == number]
        listed = _copula_list(reading, _states(reading, index), match.end(), sentence.end)
        if len(sides) != 1 or not listed:
            continue
        _side_ballots(reading, seen, listed, sides[0], match, motion)
    if reading.cues(index, "VOTE"):
        return
    for match in _VOTES_FROM.finditer(plain, sentence.start, sentence.end):
        # "Resolution 1559 collected nine votes, the minimum required for adoption, from Angola,
        # Benin, …": the votes in favour and who cast them
        listed = _chain(plain, _states(reading, index), match.end())
        motion = _focus(reading, match.start())
        if motion is not None and len(listed) == number_value(match.group("n")):
            _side_ballots(reading, seen, listed, "yes", match, motion)
    for match in _AMONG_COUNT.finditer(plain, sentence.start, sentence.end):
        # "South Korea, Japan and Brazil were among the 116": the side whose count is 116
        states = _states(reading, index)
        listed = _trailing_list(plain, [s for s in states if s.end <= match.start()])
        if not listed or not re.fullmatch(r"\s*", plain[listed[-1].end : match.start()]):
            continue
        motion = _focus(reading, match.start())
        tally = motion.tally if motion is not None else None
        number = number_value(match.group("n"))
        if tally is None or number is None or number < 2:
            continue
        sides = [k for k in ("yes", "no", "abstain") if getattr(tally, k) == number]
        if len(sides) == 1:
            _side_ballots(reading, seen, listed, sides[0], match, motion)


#: Votes counted and their sources, in a sentence with no cue: "collected nine votes, the
#: minimum required for adoption, from", "gets nine votes: ", "won only four votes - ".
_VOTES_FROM = re.compile(
    r"\b(?:collect|win|won|got|get|draw|drew|receive|gather|attract|secure|muster|garner)"
    r"(?:s|ed)?\s+"
    r"(?:(?:only|just|exactly)\s+)?(?P<n>\d{1,3}|[a-z]+(?:-[a-z]+)?)\s+votes?"
    r"(?:(?:,\s+[^,;.()]{1,60},|,)?\s+from\s+|\s*(?::|[\u2013\u2014]|\s--?\s)\s*)(?:the\s+)?"
)
#: A list's states among a side told by its count: "were among the 116", "were part of the 20".
_AMONG_COUNT = re.compile(
    r"\s+(?:were|was)\s+(?:also\s+|all\s+)?(?:among|part\s+of|in)\s+the\s+"
    r"(?P<n>\d{1,3}|[a-z]+(?:-[a-z]+)?)"
    r"(?:\s+(?:countries|states|nations|members|delegations|governments))?(?=\s*[.;,]|\s+(?:that|who|which)\b)"
)


#: A count, then its No votes as a list before a bare "against": "passed 167-2-9, with only
#: Iran and the Central African Republic against".
_WITH_LIST_AGAINST = re.compile(
    r"\d[^;.]{0,40}?,\s*with\s+(?:only\s+|just\s+)?(?:the\s+)?(?=[A-Z])"
    # (a list with commas too: "with Argentina, Belarus and Israel against"; its states must
    # then fill it)
    r"(?P<list>[^;.]{1,120}?)\s+against\b(?!\s+(?:it|them|the|a|an|this|that)\b)"
)


def _with_list_against(reading: Reading, index: int, seen: dict) -> None:
    """The states of a list before a bare "against" right after a count of the sentence."""
    sentence = reading.sentences[index]
    if not reading.tallies.get(index):
        return
    for match in _WITH_LIST_AGAINST.finditer(reading.plain, sentence.start, sentence.end):
        listed = _chain(reading.plain, _states(reading, index), match.start("list"))
        if not listed or listed[-1].end != match.end("list"):
            continue
        motion = _focus(reading, match.start("list"))
        if motion is not None:
            cue = Cue("VOTE", "no", match.end("list"), match.end(), "against", index)
            for voter in listed:
                _ballot(reading, seen, voter, cue, motion)


def _among_the_counted(reading: Reading, index: int, seen: dict) -> None:
    """ "Fourteen delegations did not take part in the vote. Among them were several Arab
    governments …: Jordan, Yemen, Algeria": members of the one side the sentence before
    counted (and named no member of), in a sentence with no cue of its own."""
    among = _AMONG_THE_COUNTED.match(reading.plain, reading.sentences[index].start)
    if among is None or index == 0 or reading.cues(index, "VOTE"):
        return
    counted = [t.counts() for t in reading.tallies.get(index - 1, [])]
    if len(counted) != 1 or len(counted[0]) != 1 or _states(reading, index - 1):
        return
    option = next(iter(counted[0]))
    motion = _focus(reading, among.start())
    listed = _copula_list(
        reading, _states(reading, index), among.end(), reading.sentences[index].end, True
    )
    if motion is not None and listed:
        _side_ballots(reading, seen, listed, option, among, motion)


def _side_ballots(reading: Reading, seen: dict, listed, option: str, match, motion) -> None:
    """The ballots of a list its side's words (``match``) head or name."""
    index = next(s.index for s in reading.sentences if s.start <= match.start() < s.end)
    cue = Cue("VOTE", option, match.start(), match.end(), match.group(), index)
    for state in listed:
        _ballot(reading, seen, state, cue, motion)


#: A bare count before a copula and its list: "Among the nine were …", "The 14 included …".
#: ("The count was 181 to one. The one was the United States", "…, and again the one was
#: Washington": a count of one right before it)
_COUNT_BEFORE_COPULA = re.compile(
    # (a paragraph's first sentence opens after a line break)
    r"(?:^|(?<=[.;:]\s)|(?<=^\s)|(?<=\n)|(?<=,\sand\s)|(?<=,\sand\sagain\s))"
    r"(?:[Aa]mong\s+the|[Tt]he|[Tt]hose)\s+(?P<n>\d{1,3}|[a-z]+(?:-[a-z]+)?)"
    # "The eleven who could not were …": the count told by what its states did
    r"(?:\s+(?:who|that|which)\s+(?!were\b|was\b)[a-z]+(?:\s+[a-z]+){0,3}?)?"
    r"(?=\s+(?:were|was|included)[\s,])"
)
_SIDE_BEFORE_COPULA = re.compile(
    r"\b(?:[Tt]he|[Tt]hose)\s+(?:(?:\w+|\d+)\s+)?(?P<side>against|opposed|in\s+favou?r)"
    r"(?=\s+(?:were|was|included)\s)"
)


def _headed(reading: Reading, index: int, seen: dict) -> None:
    """A list headed by its side at a sentence's or a line's start: "Yes: the United
    States, Britain, …", "No: Russia." ("Against:" and "In favour:" are cues of their own)."""
    sentence = reading.sentences[index]
    plain = reading.plain
    for match in _HEADING.finditer(plain, sentence.start, sentence.end):
        if (
            not re.fullmatch(r"\s*", plain[sentence.start : match.start()])
            and plain[match.start() - 1] != "\n"
        ):
            continue
        option = "yes" if match.group("side").lower() == "yes" else "no"
        states = _states(reading, index)
        listed = _copula_list(reading, states, match.end(), sentence.end)
        motion = focus_motion(reading, match.start())
        if motion is None or not listed:
            continue
        _side_ballots(reading, seen, listed, option, match, motion)


_HEADING = re.compile(r"(?P<side>Yes|No)\s*:")
#: A side named by "opposition" or "support" (words too common to be cues) before a colon that
#: opens its list: "This time the opposition was far broader: X and Y were joined by Z".
_SIDE_COLON = re.compile(
    r"\W*(?:(?:But|And|This\s+time|Now|Again),?\s+)?(?:the|its)\s+(?P<side>opposition|support)\s+"
    r"(?:was|were|proved|came)\b[^.;:\d]{0,40}:\s*(?:the\s+)?"
)


#: A side told by a preposition before the verb of its list: "Against it stood Russia, China
#: …", "For the text were …".
_INVERTED_SIDE = re.compile(
    r"\W*(?:(?:But|And|Meanwhile|Then),?\s+)?(?P<side>Against|For|In\s+favou?r\s+of)\s+"
    # ("Against were Chile and Peru": the object may go unsaid)
    r"(?:(?:it|them|the\s+(?:text|resolution|draft|measure|motion|proposal))\s*,?\s+)?"
    r"(?:stood|were|was|came|lined\s+up|sat)\s+(?:the\s+)?"
)


#: A state's own option in brackets right after its name: "Chile (yes), Peru (no)", "Bolivia
#: (voted against)".
_OPTION_IN_BRACKETS = re.compile(
    r"\s*\(\s*(?:(?P<yes>(?:voted\s+)?(?:yes|for)|in\s+favou?r)|(?P<no>(?:voted\s+)?(?:no|against))|"
    r"(?P<abstain>abstain(?:ed|ing)?|abstention)|(?P<non_voting>absent|not\s+voting|did\s+not\s+vote))"
    r"\s*\)",
    re.IGNORECASE,
)


def _bracketed_options(reading: Reading, index: int, seen: dict) -> list[tuple[int, int]]:
    """ "Chile (yes), Peru (no) and Fiji (abstain)": each state's option in brackets after its
    name, for the vote in focus; the spans of the brackets (their cues give no other ballot)."""
    spans: list[tuple[int, int]] = []
    for state in _states(reading, index):
        match = _OPTION_IN_BRACKETS.match(reading.plain, state.end)
        motion = _focus(reading, state.start) if match is not None else None
        if match is None or motion is None:
            continue
        option = next(k for k, v in match.groupdict().items() if v)
        cue = Cue("VOTE", option, match.start(), match.end(), match.group(), index)
        _ballot(reading, seen, state, cue, motion)
        spans.append((match.start(), match.end()))
    return spans


def _side_opening(reading: Reading, index: int, seen: dict) -> None:
    """A sentence with no cue of its own that opens on a side, then lists it: "This time the
    opposition was far broader: the United States, Russia, France and Britain were joined by
    the rest of the European Union, by Australia, …" (:data:`_SIDE_COLON`, for a vote with a
    count), "Against it stood Russia, China, Iran and the Syrian government itself, joined by
    Belarus, …" (:data:`_INVERTED_SIDE`)."""
    sentence = reading.sentences[index]
    plain = reading.plain
    for pattern, counted in ((_SIDE_COLON, True), (_INVERTED_SIDE, False)):
        match = pattern.match(plain, sentence.start)
        if match is None or reading.cues(index, "VOTE"):
            continue
        states = _states(reading, index)
        listed = _chain(plain, states, match.end())
        joined = _JOINED_BY.match(plain, listed[-1].end) if listed else None
        if joined is not None:
            # (a group may come first: "joined by the rest of the European Union, by Australia")
            group = re.compile(_UNKNOWN_NAME).match(plain, joined.end())
            listed = _unique(listed + _chain(plain, states, group.end() if group else joined.end()))
        motion = _focus(reading, sentence.start)
        if motion is None or (counted and motion.tally is None) or not listed:
            continue
        option = "no" if match.group("side") in ("opposition", "Against") else "yes"
        _side_ballots(reading, seen, listed, option, match, motion)


#: A count, its option and the states in brackets after it: "one abstention (Britain)"; the
#: count after "votes to" is the side against ("by 150 votes to 2 (Israel, the United States)").
_PARENTHESISED = re.compile(
    # ("125 votes in favour against two - Chile and Peru -": the count after "against")
    r"(?:\b(?:votes?\s+to|(?<=favour\s)against|(?<=favor\s)against)\s+"
    r"(?P<to>\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)"
    r"(?=\s*(?:\(|[\u2013\u2014]|--?\s))|"
    r"\b(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
    r"(?:(?:other\s+)?(?:countries|states|nations|members|delegations)\s+)?"
    r"(?:(?:voted|voting|were)\s+)?"
    r"(?:(?P<yes>in\s+favou?r|for|yes|(?:backed|supported)\s+it)|"
    r"(?P<no>against|no|opposed(?:\s+it)?)|"
    r"(?P<abstain>abstentions?|abstaining|abstained)))"
    # (a UN press release's list runs long and holds "Micronesia (Federated States of)")
    r"\s*(?:\((?P<list>(?:[^()]|\([^()]{1,40}\)){2,3000})\)|"
    # "2 against \u2014 Britain and the United States \u2014": a list of states between dashes
    # (or hyphens: "three against - Libya, Sudan and Nigeria -"; "two - again Chile and Peru -")
    r"(?:[\u2013\u2014]|\s--?(?=\s))\s*(?:(?:again|once\s+(?:more|again))\s+)?"
    r"(?P<dashed>(?:(?!\s-)[^\u2013\u2014.;()]){2,200}?)"
    r"\s*(?:[\u2013\u2014]|\s--?(?=\s)))",
    re.IGNORECASE,
)
