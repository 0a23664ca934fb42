"""Stances: positions that are not ballots — proposes, seeks amendments, threatens a veto,
urges, opposes, supports, refuses, advocates, condemns.

A stance trigger (:data:`kg.extract.patterns.STANCE_TRIGGERS`) takes its actor from the
clause before it (or, for a passive "supported by X", the agent after it, each state of a
list) and its target from the words after it. What a resolution says ("the resolution
condemned …") is a stance of the organ that adopted it. A permanent member's announced No
("France would vote no whatever the circumstances", "would not let the text pass", "a
promise to veto") threatens a veto; so do "threatened to veto" and "would veto". Votes on
amendments the text gives no roll call of are stances too (Supports or Opposes). Proposals
also name a motion's proposers ("drafted by France and the United Arab Emirates").

>>> from kg.extract import extract
>>> [(f.fields["actor"]["key"], f.fields["kind"]) for f in extract(
...     "France said it would vote against the draft resolution.").facts_of("stance")]
[('FRA', 'ThreatensVeto')]
"""

from __future__ import annotations

import re

from kg.extract.ballots import permanent_members
from kg.extract.mentions import Mention
from kg.extract.motions import _headline_end, focus_motion, main_motion
from kg.extract.patterns import WEAK_VOTE_CUES
from kg.extract.reading import Motion, Reading
from kg.extract.statements import person_post

__all__ = ["find_stances", "motion_ref"]

#: A state's key (an ISO code), as against an organisation's name.
_STATE_KEY = re.compile(r"[A-Z]{3}")
#: The vote itself as what was requested: "A recorded vote was requested by".
_VOTE_REQUESTED = re.compile(r"\b(?:[Vv]ote|[Bb]allot|[Rr]oll[\s-]call)\b")
_NEGATION = re.compile(
    r"\b(?:not|never|n't|no\s+longer|refus\w*\s+to|refusal\s+to|declin\w*\s+to|fail\w*\s+to)"
    r"\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
#: An intention before a proposing verb: "considered sponsoring", "hoped to table", "had
#: planned to co-sponsor" (the text may have come from others).
_INTENDED = re.compile(
    r"\b(?:consider\w*|hop(?:e|es|ed|ing)|plan(?:s|ned|ning)?|intend\w*|want\w*|wish\w*|"
    r"mull\w*|weigh\w*|contemplat\w*)\s+(?:to\s+)?$",
    re.IGNORECASE,
)
_THREAT = re.compile(
    r"\b(?:would|will|threat\w*|vow\w*|warn\w*|hint\w*|signal\w*|ready|prepared|pledg\w*|could)\b",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(
    r"[;:\u2014]|,\s*(?:while|whereas|but|and\s+then)\b|\b(?:while|whereas|but)\b"
)
#: A permanent member's announced No: "France would vote no", "Russia signalled that it
#: would vote against", "would not let the text pass", "would block one", "a promise to veto",
#: "will not back any mandate", "would not support any such text".
_ANNOUNCED_NO = re.compile(
    r"\b(?:would|will)\s+(?:\w+\s+)?(?:vote\s+(?:no|against)|not\s+let\s+(?:the|this|that|it)"
    r"(?:\s+\w+)?\s+pass|block\s+(?:it|the|one|any|such))|\bpromise\s+to\s+veto\b"
    r"|\b(?:would|will)\s+not\s+(?:back|support|accept|allow)\s+(?:any|such)\b",
    re.IGNORECASE,
)


def motion_ref(motion: Motion, mention: Mention | None) -> dict:
    """A stance's or statement's reference to a motion (its local id and what is known)."""
    return {
        "kind": "motion",
        "key": motion.id,
        "text": mention.text if mention else motion.kind,
        "symbol": motion.symbol,
        "rollcall": None,
    }


def _ref(reading: Reading, mention: Mention) -> dict:
    if mention.kind == "motion":
        motion = reading.motion_of.get((mention.start, mention.end))
        if motion is not None:
            return motion_ref(motion, mention)
    return {
        "kind": mention.kind,
        "key": mention.key,
        "text": mention.text,
        "span": [mention.start + reading.offset, mention.end + reading.offset],
    }


def add_stance(reading, kind, actor, target, evidence, confidence, pattern, index, references=None):
    """Add a stance, or the evidence of an equal one already found."""
    day = reading.sentence_day(index)
    key = (
        kind,
        actor.get("key") or actor.get("text"),
        (target or {}).get("key") or (target or {}).get("text"),
        references,
    )
    if key in reading.stance_keys:
        reading.stance_keys[key].evidence.extend(evidence)
        return
    fields = {
        "kind": kind,
        "actor": actor,
        "target": target,
        "date": day.isoformat() if day else None,
    }
    if references:
        fields["references"] = references
    reading.stance_keys[key] = reading.add("stance", fields, evidence, confidence, pattern)


def find_stances(reading: Reading) -> None:
    """Add the text's stances (see the module notes)."""
    for sentence in reading.sentences:
        index = sentence.index
        taken_targets: list[Mention] = []
        cues = reading.cues(index)
        vote_spans = [
            (c.start, c.end)
            for c in cues
            if c.family == "VOTE" and c.text.lower() not in WEAK_VOTE_CUES
        ]
        for cue in cues:
            if not cue.family.startswith("STANCE"):
                continue
            _trigger(reading, cue, vote_spans, taken_targets)
        _announced_vetoes(reading, index)
    _proposer_shapes(reading)
    _proposals(reading)
    _withdrawn_sponsors(reading)
    for voter, cue, motion in reading.amendment_votes:
        target = next((m for m in motion.mentions if m.sentence == cue.sentence), None)
        add_stance(
            reading,
            "Supports" if cue.value == "yes" else "Opposes",
            {"kind": "state", "key": voter.key, "text": voter.text},
            motion_ref(motion, target),
            [
                reading.evidence(voter.sentence, voter.start, voter.end),
                reading.evidence(cue.sentence, cue.start, target.end if target else cue.end),
            ],
            0.75,
            "vote-on-amendment",
            cue.sentence,
        )


#: A sponsor that withdrew: "withdrew its co-sponsorship", "withdrew as a sponsor", "asked to
#: be removed from the list of sponsors", "pulled out as co-sponsor".
_WITHDREW = re.compile(
    r"\b(?:withdr(?:ew|awn|aws|awing)\s+(?:its|their|from\s+the\s+list\s+of)\s+"
    r"(?:co-?)?(?:sponsorship|sponsors|name)|(?:withdr(?:ew|awn|aws)|pulled\s+out|stepped\s+down)\s+"
    r"as\s+(?:an?\s+|one\s+of\s+the\s+)?(?:co-?)?sponsors?|(?:asked|requested)\s+to\s+be\s+"
    r"(?:removed|deleted|taken\s+off)\s+from\s+the\s+list\s+of\s+(?:co-?)?sponsors|"
    r"removed\s+(?:its|their)\s+name\s+from\s+the\s+list\s+of\s+(?:co-?)?sponsors)\b",
    re.IGNORECASE,
)


def _withdrawn_sponsors(reading: Reading) -> None:
    """A state that withdrew as a sponsor is none: the subject of :data:`_WITHDREW` (and the
    states listed with it) leaves every motion's proposers."""
    plain = reading.plain
    for sentence in reading.sentences:
        index = sentence.index
        for match in _WITHDREW.finditer(plain, sentence.start, sentence.end):
            # the subject just before: "Kenya later withdrew", "Chile, which had co-sponsored
            # it, withdrew", "though Samoa had asked to be removed"
            last = next(
                (
                    m
                    for m in reversed(reading.agents(index))
                    if m.kind == "state"
                    and sentence.start <= m.end <= match.start()
                    and (
                        len(plain[m.end : match.start()].split()) <= 3
                        or re.fullmatch(
                            r",\s+(?:which|who)\b[^;.]{0,80},\s+", plain[m.end : match.start()]
                        )
                    )
                ),
                None,
            )
            if last is None:
                continue
            keys = {m.key for m in [*_conjoined_before(reading, last, index), last]}
            for motion in reading.motions:
                motion.proposers[:] = [key for key in motion.proposers if key not in keys]


#: A word that may stand between a proposer and its verb: an auxiliary or an adverb ("had",
#: "also", "jointly", "first", "quickly"); each one with the space before it.
_BEFORE_VERB = r"(?:\s+(?:had|has|have|also|then|first|jointly|again|now|\w+ly))"


def _trigger(reading: Reading, cue, vote_spans, taken_targets) -> None:
    plain = reading.plain
    index = cue.sentence
    sentence = reading.sentences[index]
    kind, start, end = cue.value, cue.start, cue.end
    if plain[start - 1 : start] == "-":
        return  # "a European-drafted resolution": a description, no verb with a subject
    if any(s <= start and end <= e for s, e in vote_spans) and kind in ("Opposes", "Supports"):
        return  # "voted against", "backed it" in a vote: a ballot already
    before = plain[sentence.start : start]
    if _NEGATION.search(before) and kind != "Refuses":
        return
    if re.search(r"\b(?:would|could|might)\s+have\s+$", before):
        return  # counterfactual: "a draft that would have deplored …"
    if kind == "Proposes" and _INTENDED.search(before):
        return  # "Japan, which had considered sponsoring the text": no text proposed yet
    if kind == "Proposes" and re.match(r"\s+(?:amendments?|changes)\b", plain[end : end + 30]):
        return  # "proposed amendments" is SeeksAmendment, matched on its own
    if cue.text.lower().startswith("requested") and _VOTE_REQUESTED.search(
        plain, reading.clause_start(index, start), start
    ):
        return  # "A recorded vote on the draft was requested by Syria": not its proposer
    if kind == "ThreatensVeto" and not (
        "against" in plain[start:end]
        or _THREAT.search(plain[max(sentence.start, start - 40) : end])
    ):
        return
    passive = cue.family == "STANCE~"
    actor, target = _roles(reading, index, start, end, passive, taken_targets, kind)
    if actor is None:
        return
    if kind == "ThreatensVeto" and target is not None and target.kind != "motion":
        target = None  # "Russia had threatened vetoes on Bosnia": a veto kills a text only
    if cue.text.lower() in ("moved the", "prepared") and (
        target is None or target.kind != "motion"
    ):
        return  # "moved the debate to Friday", "prepared a report": no text proposed
    if cue.text.lower() in _PRESENT_PROPOSING and (
        target is None or target.kind != "motion" or target.start >= end
    ):
        return  # "Chile and Peru sponsor the resolution": the text right after the verb
    if not passive and kind == "Proposes" and actor.kind == "group":
        # "The Nordic countries, Denmark, Finland and Sweden, put forward the draft": the
        # group's members named after it propose it
        actor = next(
            (
                m
                for m in reading.agents(index)
                if m.kind in ("state", "organization")
                and m.start > actor.end
                and _GROUP_THEN_MEMBERS.fullmatch(plain, actor.end, m.start)
            ),
            actor,
        )
    partners = _conjoined(reading, actor, index) if passive else []
    if (
        not passive
        and kind == "Proposes"
        and re.fullmatch(
            r",\s+(?:which|who)\s+(?:had\s+|has\s+|have\s+)?"
            # "Chile and Peru, usually at odds, jointly tabled": an aside, then an adverb
            rf"|,\s+[^,;:.()]{{1,60}},{_BEFORE_VERB}+\s+"
            # "Britain and Switzerland have introduced", "Chile and France had jointly tabled"
            # ("the US and Mexican delegations are drafting": the voices of two states)
            r"|(?:\s+(?:delegations|governments|diplomats|officials))?(?:\s+(?:are|were))?"
            rf"{_BEFORE_VERB}*\s+",
            plain[actor.end : start],
        )
    ):
        # "X and Y, which had drafted it", "Russia and China put forward a draft"
        partners = _conjoined_before(reading, actor, index)
    elif not passive and kind == "Proposes" and _apposed_list(reading, actor, start, index):
        # "The three African members, Rwanda, Togo and Morocco, had tabled a draft", "Four
        # members — France, Peru and Chile — tabled it": the list in apposition is the subject
        partners = _conjoined_before(reading, actor, index)
    elif not passive and kind == "Proposes":
        # "Spain and Morocco, the co-facilitators, presented the text": the subject's list,
        # an apposition between it and the verb
        # ("More than 40 states, including Ghana and Kenya, co-sponsored it": the list
        # closed right before the verb)
        listed = [actor, *_conjoined(reading, actor, index)]
        if len(listed) > 1 and (
            _APPOSED_SUBJECT.fullmatch(plain, listed[-1].end, start)
            or _APPOSED_LIST_END.fullmatch(plain, listed[-1].end, start)
        ):
            partners = listed[1:]
    if not passive and kind == "ThreatensVeto" and actor.kind == "state":
        # "Britain and France threatened to veto it": each of them that holds a veto
        partners = [
            m for m in _conjoined_before(reading, actor, index) if m.key in permanent_members()
        ]
    if passive and kind == "Proposes":
        partners += _co_authors(reading, partners[-1] if partners else actor, index)
    elif kind == "Proposes" and target is not None and target.kind == "motion":
        # "Mexico tabled the resolution together with Ireland", "Austria had drafted the text
        # with Mexico and New Zealand": the partners after the motion
        partners += _co_authors(reading, target, index)
    for partner in partners:
        add_stance(
            reading, kind, _ref(reading, partner),
            _ref(reading, target) if target is not None else None,
            [reading.evidence(index, start, end),
             reading.evidence(index, partner.start, partner.end)],
            0.6, "stance-passive-list", index,
        )  # fmt: skip
        _note_proposer(reading, kind, partner, target)
    confidence = 0.65 if passive else 0.7
    if len(plain[min(actor.end, start) : max(actor.start, end)].split()) > 8:
        confidence -= 0.1
    if reading.hypothetical(index, start) and kind != "ThreatensVeto":
        confidence -= 0.2
    references = None
    actor_ref = _ref(reading, actor)
    if actor.kind == "motion":
        # what a resolution says is a stance of the organ that adopted it
        motion = reading.motion_of.get((actor.start, actor.end))
        if motion is None or reading.hypothetical(index, start):
            return  # a draft that "would have condemned" speaks for no organ
        references = motion.id
        # the organ that adopted it, once known (kg.extract.extractor settles it)
        actor_ref = {"kind": "motion", "key": motion.id, "text": actor.text}
    if target is not None:
        taken_targets.append(target)
    _note_proposer(reading, kind, actor, target)
    add_stance(
        reading, kind, actor_ref, _ref(reading, target) if target is not None else None,
        [reading.evidence(index, start, end), reading.evidence(index, actor.start, actor.end)],
        confidence, f"stance-{'passive' if passive else 'active'}", index, references,
    )  # fmt: skip


#: The present-tense triggers whose object is their text ("sponsor the resolution").
_PRESENT_PROPOSING = frozenset(
    {"sponsor the", "co-sponsor the", "table the", "led the", "sponsoring the", "co-sponsoring the",
     "tabling the", "tabling a", "introduces the", "introduces a", "introduces its",
     "introduces their", "tables the", "tables its", "submits the", "submits its",
     "introduces draft", "presents draft", "tables draft", "introduced draft", "presented draft"}
)  # fmt: skip
#: An apposition between a listed subject and its verb: ", the co-facilitators, ", or any
#: aside: ", usually at odds, ".
_APPOSED_SUBJECT = re.compile(
    # (or the partners beside it: "Mexico and Austria, along with 40 co-sponsors, tabled")
    rf",\s+[^,;:.()]{{1,60}},{_BEFORE_VERB}*\s+"
)


#: The close of a list in apposition before its verb: ", had ", ", ", " - ", ") ".
_APPOSED_LIST_END = re.compile(rf"(?:,|\s*[-\u2013\u2014)]){_BEFORE_VERB}*\s+")


def _apposed_list(reading: Reading, last: Mention, verb: int, index: int) -> bool:
    """Whether ``last`` ends a list of two or more names set off by commas from the words
    naming them before ("the three African members, Rwanda, Togo and Morocco, had tabled"):
    the list is the verb's subject."""
    listed = _conjoined_before(reading, last, index)
    if not listed or not _APPOSED_LIST_END.fullmatch(reading.plain, last.end, verb):
        return False
    opening = reading.plain[max(0, listed[0].start - 6) : listed[0].start]
    closing = reading.plain[last.end : last.end + 3].strip()[:1]
    # (a list opened by a dash or a bracket is closed by the same: "members - A and B - ")
    opener = "," if closing == "," else r"\(" if closing == ")" else r"[-\u2013\u2014]"
    return re.search(rf"[a-z]\s*{opener}\s*(?:the\s+)?\Z", opening) is not None


#: A participle after the names "with" adds, an aside between: " abstaining", " - both
#: members - voting for it".
_WITH_DOING = re.compile(
    r"(?:\s+[-\u2013\u2014]\s+[^\u2013\u2014;.]{1,60}?\s+[-\u2013\u2014]|,\s+[^,;.]{1,60},)?"
    r"\s+(?:\w+ly\s+)?[a-z]+ing\b"
)


#: What may follow a second agent joined by "and" alone: the sentence's end or an aside on
#: it (", which chairs the OIC"), not a verb of its own ("and Jordan abstained").
_AGENT_ENDS = re.compile(
    r"\s*(?:[.;:]|\Z|,\s+(?:which|who|whose|the|its|their|an?|on\s+behalf|in\s+the\s+name)\b)"
)


def _co_authors(reading: Reading, last: Mention, index: int) -> list[Mention]:
    """ "presented by the United States with Britain, Canada and …": the states after "with"."""
    joined = re.match(
        # (past an apposition on the last: "by Chile, the group's coordinator, together with")
        r"(?:,\s+(?:the|its|their|an?)\s+[^,;:.()]{1,60},)?"
        # (past whom the last speaks for: "by Pakistan on behalf of the OIC, together with")
        r"(?P<behalf>,?\s+(?:on\s+behalf\s+of|in\s+the\s+name\s+of|speaking\s+for)\s+"
        r"[^,;:.()]{2,80}?,?(?=\s+(?:and|with|along|together|alongside|jointly)\b))?"
        # "… jointly with Jordan", "… in partnership with Peru"
        r"(?:\s+(?:with|along\s+with|together\s+with|alongside|jointly\s+with|in\s+(?:partnership|"
        r"cooperation|co-operation|conjunction|concert|association)\s+with)\s+"
        # ("introduced by Pakistan, for the OIC, and by Syria": a second agent of the same verb)
        r"|,?\s+and\s+(?:also\s+|then\s+)?by\s+"
        # ("put forward by Yemen, on behalf of the Arab Group, and Turkey, which chairs …":
        # past whom the first speaks for, "and" alone joins a second agent)
        r"|(?(behalf)(?P<bare>,?\s+and\s+(?:also\s+)?(?=[A-Z]))|(?!)))"
        r"(?:(?:its|their)\s+(?:\w+\s+)?"
        r"(?:partners|allies|colleagues|fellow\s+members)\s+(?:in|of|from)\s+"
        # "presented by Bolivia with co-sponsors including Cuba and Ecuador"
        r"|(?:(?:its|their|the)\s+)?(?:co-?sponsors|co-?authors)\s+(?:including\s+|such\s+as\s+)?"
        # ("put forward by Japan together with the twelve member states of the European Union")
        r"|(?:the\s+)?(?:\w+\s+)?member\s+states\s+of\s+)?"
        r"(?:the\s+)?",
        reading.plain[last.end :],
    )
    if joined is None:
        return []
    first = next(
        (
            m
            for m in reading.agents(index)
            if m.kind in ("state", "organization") and m.start == last.end + joined.end()
        ),
        None,
    )
    if first is None or first.possessive:
        return []  # ("with Germany's backing": a supporter)
    listed = [first, *_conjoined(reading, first, index)]
    if _WITH_DOING.match(reading.plain, listed[-1].end):
        return []  # "… with Egypt abstaining": a circumstance, no co-author
    if joined.group("bare") is not None and (
        not joined.group("behalf").endswith(",")
        or not _AGENT_ENDS.match(reading.plain, listed[-1].end)
    ):
        # "on behalf of the EU and Norway" is whom the first speaks for; "…, on behalf of the
        # group, and Jordan abstained" a new clause
        return []
    return listed


#: "Introducing the text, the representative of Ukraine said …": the introducer proposes.
#: What an introducer introduces: "the draft", "their text", or a press release's "draft
#: resolution A/C.3/79/L.40", "draft resolution L.5".
_INTRODUCED = (
    r"(?:(?:the|its|their)\s+(?:draft\s+)?(?:text|draft|resolution|decision|amendment)s?"
    r"|(?:the\s+)?(?:draft\s+)?(?:resolution|decision)s?\s+(?:[A-Z]+/[\w/.\-]*\w|L\.\d+\w*))"
)
_INTRODUCING = re.compile(
    rf"\b(?:[Ii]ntroducing|[Pp]resenting|[Tt]abling|[Ss]ubmitting|"
    # ("Having drafted the resolution, Chile welcomed …": the perfect participle)
    r"[Hh]aving\s+(?:(?:co-?)?(?:drafted|tabled|sponsored|authored)|introduced|presented|"
    rf"submitted|put\s+forward|written))\s+(?P<object>{_INTRODUCED})"
    # "Introducing the text on behalf of the Union, Csaba Kőrösi of Hungary"
    r"(?:\s+(?:on\s+behalf\s+of|in\s+the\s+name\s+of)\s+(?P<behalf>[^,;.]{2,60}?))?"
    r"\s*,\s+(?P<which>which\s+[^,;.]{3,100},\s+)?"
)
#: The introducer named before the participle: "Ireland, introducing the draft, said …", "The
#: representative of Peru, presenting the text on behalf of the Group of 77, said …".
_INTRODUCING_APPOSED = re.compile(
    # ("The Irish ambassador, introducing the resolution, …": a state's adjective too)
    r"(?:(?:['\u2019]s)?\s+(?:\w+\s+)?(?:representative|ambassador|delegate|envoy|delegation))?"
    rf",\s+(?:in\s+)?(?:introducing|presenting|tabling)\s+(?P<object>{_INTRODUCED}"
    r"(?:\s+resolution)?)"
    r"(?:\s+(?:on\s+behalf\s+of|in\s+the\s+name\s+of)\s+(?:the\s+)?(?P<behalf>[^,;.]{2,60}?))?\s*,"
)
#: A speaker who speaks as a sponsor: "Speaking as a main sponsor, the representative of Kenya
#: said …", "The representative of Norway, speaking as sponsor, said …".
_AS_SPONSOR = (
    r"[Ss]peaking\s+as\s+(?:(?:a|the|one\s+of\s+the|its)\s+)?(?:main\s+|lead\s+|principal\s+)?"
    r"(?:co-?)?sponsors?(?:\s+of\s+(?P<object>(?:the|this|that)\s+[^,;.]{2,60}?))?\s*,"
)
_AS_SPONSOR_OPENING = re.compile(rf"{_AS_SPONSOR}\s+")
_AS_SPONSOR_APPOSED = re.compile(
    r"(?:(?:['\u2019]s)?\s+(?:\w+\s+)?(?:representative|ambassador|delegate|envoy|delegation))?"
    rf",\s+{_AS_SPONSOR}"
)


#: A proposing participle whose agent counts states the text named before: "The text, tabled
#: by the two countries, …", "drafted by both governments".
_BY_THE_COUNTED = re.compile(
    r"\b(?:(?:co-?)?(?:drafted|tabled|sponsored|authored|led)|put\s+forward|submitted|"
    r"introduced|presented|proposed|penned|circulated|drawn\s+up|written|brought)\s+by\s+"
    r"(?:(?:the|these|those)\s+(?P<count>two|three|four|five)|(?P<both>both))\s+"
    # ("by the two elected members", "by the three Nordic countries", "by both sponsors")
    r"(?:[\w-]+\s+){0,2}?(?:countries|states|nations|governments|delegations|members|"
    r"(?:co-?)?(?:sponsors|penholders|authors))\b"
)
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5}
#: "The Jordanian-drafted resolution, put forward on behalf of the Arab Group, …".
_ON_BEHALF = re.compile(
    r"^,?\s+(?:(?:put\s+forward|tabled|submitted|presented|drafted|introduced)\s+)?"
    r"(?:on\s+behalf\s+of|in\s+the\s+name\s+of)\s+(?:the\s+)?"
)
#: "an amendment from Russia and China": the states it came from proposed it.
#: (or "by" after the noun of a written text: "a joint draft by Chile and Peru")
#: (or, the motion the sentence's subject, "came from": "The draft came from the United States")
_SENT_FROM = re.compile(
    r"\s+(?:(?P<came>came|comes|had\s+come)\s+)?(?:from|(?P<by>by))(?P<agent>\s+(?:the\s+)?)"
)
#: An active veto before its object: "have vetoed the ", "Russia blocked the " (not "was
#: vetoed").
_VETOED_OBJECT = re.compile(
    r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)\b(?:vetoed|blocked|killed|voted\s+down)\s+(?:the\s+)?\Z"
)
_AUTHORED_MODIFIERS = frozenset({"joint", "rival", "new", "alternative", "competing", "revised"})
_AUTHORED_NOUNS = frozenset(
    {"draft", "drafts", "draft resolution", "text", "proposal", "amendment", "amendments"}
)
#: "Japan was among the co-sponsors", "Mexico, one of the sponsors of the text, …": the
#: subject (or the name the apposition follows) proposed the motion named or in focus.
_AMONG_SPONSORS = re.compile(
    r"(?:,\s+(?:which|who)\b[^;.]{0,120}?,)?(?P<verb>\s+(?:was|were|is|are)\s+(?:also\s+)?|,\s+)"
    # ("Chile was among 50 co-sponsors", "one of more than 40 sponsors")
    r"(?:among|one\s+of)\s+(?:(?:the|its)\s+(?:[\w'\u2019]+\s+)?|(?:(?:some|about|nearly|over|more\s+"
    r"than)\s+)?\d+\s+(?:other\s+)?)"
    r"(?:co-?sponsors|sponsors|co-?authors|authors|drafters|penholders)\b"
    r"(?:\s+of\s+(?P<object>[^,;.]{2,40}))?"
)
#: "The core group behind it is X, Y and Z", "Its sponsors were X and Y", "The co-sponsors
#: included X": the states listed after proposed the motion named or in focus.
_SPONSORS_ARE = re.compile(
    # ("Sponsoring countries included Norway and Chile", "The sponsoring states were")
    r"\b(?:[Cc]ore\s+group|(?:[Mm]ain\s+|[Ll]ead\s+)?(?:[Cc]o-?)?[Ss]ponsors|[Cc]o-?authors|"
    r"(?:[Cc]o-?)?[Ss]ponsoring\s+(?:countries|states|nations|delegations|governments)|"
    # ("Among those sponsoring it were Ghana and Kenya", "those who had tabled the text")
    r"(?<=[Tt]hose\s)(?:who\s+(?:had\s+)?)?(?:(?:co-?)?(?:sponsoring|sponsored|tabling|tabled|"
    r"drafting|drafted))\s+(?:it|them|the\s+(?:text|draft|resolution))|"
    r"[Dd]rafters|[Pp]enholders)(?:\s+(?:behind|of)\s+(?P<object>it|them|the\s+(?:text|draft|resolution|decision)"
    # ("The sponsors of draft resolution A/79/L.5 were Japan and Brazil")
    r"|(?:the\s+)?(?:draft\s+)?(?:resolution|decision)\s+[A-Z]+/[\w/.\-]*\w))?"
    # ("which had more than 50 co-sponsors, including Chile and Peru")
    r"(?:\s+(?:is|are|was|were|included|include|includes)|,?\s+(?:including|among\s+them)|"
    # ("on behalf of the sponsors, a group that includes Nepal and Qatar", "the co-sponsors, a
    # list that took in Chile and Peru")
    r",\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:group|list|coalition|bloc)\s+(?:(?:that|which)\s+)?"
    r"(?:includes|included|including|comprises|comprised|comprising|takes\s+in|took\s+in)|"
    # ("The sponsors: Chile, Peru and Mexico", "The co-sponsors, for the record: …")
    r"(?:,\s+(?:for\s+the\s+record|in\s+full|in\s+order|again|once\s+more|officially))?:)\s+"
    r"(?:the\s+)?"
    # a newsletter's label: "Tabled by: Austria", "(main sponsor: Canada)", "Authors: Chile"
    r"|\b(?:(?:[Cc]o-?)?(?:[Ss]ponsored|[Tt]abled|[Dd]rafted|[Aa]uthored)|[Pp]roposed|[Ss]ubmitted|"
    r"[Ii]ntroduced|[Pp]resented|[Pp]ut\s+forward)\s+by:\s+(?:the\s+)?"
    r"|\b(?:(?:[Mm]ain|[Ll]ead)\s+)?(?:[Cc]o-?)?(?:[Ss]ponsor|[Aa]uthors?|[Pp]enholder):\s+(?:the\s+)?"
)
#: The states behind a text told after it: "Behind it were Ghana and Kenya", "Behind the
#: resolution, which passed 150-3, were Chile and Peru".
_BEHIND_WERE = re.compile(
    r"\b[Bb]ehind\s+(?P<object>it|them|(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:text|draft|"
    r"resolution|proposal|amendment|motion)s?)(?:,[^,;:]{1,60},)?\s+(?:was|were|stood)\s+"
    r"(?:the\s+)?"
)
#: A preposition setting others beside the sponsors: "alongside the sponsors: ", "Besides its
#: co-sponsors, ", "joining the sponsors were " (the names after are not among them).
_BESIDE_SPONSORS = re.compile(
    r"\b(?:[Aa]longside|[Bb]esides?|[Bb]eyond|[Ww]ith|[Ee]xcept|[Aa]part\s+from|[Oo]ther\s+than|"
    r"[Aa]s\s+well\s+as|[Jj]oin(?:ed|ing)|[Uu]nlike|[Oo]utside)\s+(?:(?:the|its|their)\s+)?\Z"
)
#: "The text, defended by Peru on behalf of its co-sponsors, …": who speaks for the sponsors
#: is one of them.
_FOR_THE_SPONSORS = re.compile(
    r"\s+(?:on\s+behalf\s+of|in\s+the\s+name\s+of)\s+(?:its|their|the|his|her)\s+(?:fellow\s+)?"
    r"(?:co-?sponsors|sponsors|co-?authors|core\s+group)\b"
)
#: "…, with Turkey among the co-sponsors".
_WITH_AMONG = re.compile(
    r"\s+(?:among|one\s+of)\s+(?:the|its)\s+(?:co-?sponsors|sponsors|co-?authors|authors)\b"
)
#: "New Zealand, Malaysia, Senegal and Venezuela then put the same text to a vote",
#: "Algeria and Turkey then brought a similar text to the General Assembly".
_PUT_TO_VOTE = re.compile(
    r"\b(?:(?:put|puts|putting)\s+(?P<object>[^,;.]{2,40}?)\s+to\s+a\s+vote|"
    # ("Peru and Chile jointly put the draft forward", "put their own text forward")
    r"(?:put|puts|putting)\s+(?P<forward>(?:the|a|an|its|their|this|that)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:draft|text|resolution|proposal|amendment|motion)s?)\s+forward|"
    # ("Cuba has brought its draft resolution "Ending the embargo" to the floor": its title)
    r"(?:brought|brings|bringing|took|takes|taking)\s+(?P<taken>[^,;.\"\u201c]{2,40}?"
    r"(?:\s*[\"\u201c][^\"\u201c\u201d]{3,200}[\"\u201d])?)\s+(?:to|before)\s+"
    r"(?:a\s+vote|the\s+vote|the\s+floor|the\s+(?:General\s+)?Assembly|the\s+(?:Security\s+|"
    r"Human\s+Rights\s+)?Council))\b"
)

#: The verbs that make their subject a motion's proposer (or, passive, their agent).
_PROPOSING = (
    r"(?:co-?)?(?:drafted|tabled|sponsored|authored)|put\s+forward|submitted|introduced|"
    r"presented|proposed|penned|circulated"
)
#: Their present tense: "Cuba tables it every year".
_PROPOSES = (
    # ("Chile and Peru sponsor it every year")
    r"(?:co-?)?(?:drafts|tables?|sponsors?|authors)|puts\s+forward|submits|introduces|presents|"
    r"proposes|pens|circulates"
)
#: The motion in focus named by a pronoun, as the passive's subject ("It was drafted by
#: France", "it had been tabled by Chile and Peru") or the active's object ("Pakistan presented
#: it on behalf of …", "France had drafted it with Germany", "Egypt put it forward").
_PRONOUN_PROPOSED = re.compile(
    rf"\b(?:(?P<passive>[Ii]t\s+(?:was|had\s+been|has\s+been|is)\s+(?:\w+ly\s+|also\s+|first\s+)?"
    rf"(?:(?:{_PROPOSING}|drawn\s+up|(?:co-)?written|brought(?=\s+by))\s+by|"
    # ("It was the brainchild of Liechtenstein", "It is an initiative of Mexico")
    r"the\s+(?:brainchild|work|creation|handiwork)\s+of|an?\s+initiative\s+of))|"
    rf"(?P<active>(?:{_PROPOSING}|{_PROPOSES}|drew\s+up|wrote|"
    # (a live report's progressive: "Chile is presenting it", "the two are tabling it now")
    r"(?:is|are)\s+(?:introducing|presenting|tabling|submitting))\s+(?:it|them)|"
    r"put\s+it\s+forward))\b"
)
#: A role that makes the names beside it a motion's authors ("the main sponsors", "penholder").
_AUTHORS_ROLE = (
    r"(?:main\s+|lead\s+|chief\s+|original\s+|principal\s+)?"
    # ("Chile, the resolution's chief architect, …")
    r"(?:co-?sponsors?|sponsors?|co-?authors?|authors?|drafters?|(?:co-?)?penholders?|architects?)"
)
#: An apposition naming the subject before it the motion's authors: "Norway and Kenya, the
#: penholders, …", "Canada, the main sponsor of the text, …".
_SPONSOR_APPOSITION = re.compile(
    # (with up to two words before the role: "the usual penholders", "its two co-sponsors")
    # ("Chile, a co-sponsor, …": not "a sponsor of terrorism", whose object is no motion)
    rf",\s+(?:(?:the|its|their)\s+(?:\w+'s\s+)?(?:(?!of\b)[a-z][\w\-]*\s+){{0,2}}|an?\s+"
    rf"(?:(?!of\b)[a-z][\w\-]*\s+)?)?{_AUTHORS_ROLE}"
    # (or the file it holds the pen on: "Norway, the penholder on Afghanistan, …")
    r"(?:\s+of\s+(?P<object>[^,;.]{2,40})|\s+(?:on|for)\s+(?:the\s+)?[A-Z][^,;.]{1,40})?\s*(?=[,;.])"
)
#: A motion named by its title in quotes, its proposers after: 'A: "Further practical
#: measures for …", tabled by China and Russia.' (the motion the title names, else the one
#: in focus: an explainer's question names it).
_TITLE_PROPOSED = re.compile(
    rf"(?P<title>[\"\u201c][^\"\u201c\u201d]{{3,200}}[\"\u201d])\s*,\s+(?:{_PROPOSING}|drawn\s+up|written|"
    r"brought)\s+by\s+(?:the\s+)?"
)
#: "The resolution, adopted at the initiative of Mexico", "the text, an initiative of
#: Costa Rica,": the state named proposed it.
_INITIATIVE_OF = re.compile(
    # (or between dashes: "The resolution — an initiative of Mexico — …")
    r"(?:,?\s+(?:[^,;.()]{0,50}?\s)?(?:at|on)\s+the\s+initiative\s+of|(?:,|\s+[\u2013\u2014])\s+"
    r"(?:an|the|a)\s+"
    # ("…, a joint effort by Chile and Peru", "The text was the brainchild of Costa Rica")
    r"(?:joint\s+|(?:\w+-)?led\s+)?(?:initiative|effort|brainchild|creation)\s+(?:of|by)|"
    # ("The text, adopted 150-3, was the brainchild of Costa Rica": an aside between)
    r"(?:,[^,;.()]{1,40},)?\s+(?:was|is)\s+(?:largely\s+)?the\s+(?:work|brainchild|creation|"
    r"handiwork)\s+of)\s+"
    r"(?:the\s+)?"
)
#: "The resolution, whose main sponsor was Canada, …": the names after proposed the motion.
_WHOSE_SPONSOR = re.compile(
    rf",\s+whose\s+{_AUTHORS_ROLE}\s+(?:was|were|is|are|included|include)\s+(?:the\s+)?"
)
#: "Mexico, whose draft passed 120-10-30, …": the name before proposed the motion named.
_WHOSE = re.compile(
    r",\s+whose\s+(?:own\s+|new\s+|rival\s+)?(?=(?:draft|text|resolution|proposal|amendment)s?\b)"
)
#: A possessive state acting through its people: "Mexico's delegation introduced the draft".
_ACTING_FOR = re.compile(
    # ("Ghana's delegate", "Peru's Permanent Representative", "Chile's chief negotiator")
    r"['\u2019]s?\s+(?:UN\s+|U\.N\.\s+)?(?:(?:permanent|deputy|chief|lead|top|senior)\s+)?"
    r"(?:delegation|delegates?|mission|representative|ambassador|envoy|government|"
    r"foreign\s+minister|negotiators?|diplomats?)\b",
    re.IGNORECASE,
)
#: "UN" as part of an envoy's title: "Chile's UN ambassador".
_UN_TITLE = re.compile(
    r"\s+(?:ambassador|envoy|representative|delegate|delegation|mission)\b", re.IGNORECASE
)
#: A state's agent before its name: "the representative of France", "the delegation of".
_ACTING_OF = re.compile(
    # ("The Foreign Minister of Uruguay introduced the draft")
    r"\b(?:representative|delegation|ambassador|envoy|government|mission|minister)"
    # ("Ambassador Mary Smith of Ireland": the envoy's name between)
    r"(?:\s+(?-i:[A-Z])[\w.'\u2019-]+){0,3}\s+of\s+(?:the\s+)?\Z",
    re.IGNORECASE,
)
#: An aside between a state and what it did: "Sierra Leone, which chairs the working group,
#: held the pen", "Japan, then chair of the group, led the drafting".
_ASIDE = r"(?:,\s+(?:(?:which|who)\s+|(?:then|now|currently|also|as)\s+)[^,;:.()]{3,100},)?"
#: Authorship said of the state before it: "Japan, which led the drafting,", "Austria was the
#: lead sponsor", "Austria, the lead sponsor" (the motion in focus).
_LED_DRAFTING = re.compile(
    rf"{_ASIDE}(?:(?:,\s+(?:which|who))?\s+(?:had\s+|has\s+|again\s+|also\s+)?led\s+(?:the\s+)?"
    r"(?:drafting|negotiations\s+on\s+the\s+(?:text|draft|resolution)|"
    # ("Chile led efforts to draft the resolution", "led the effort on the text")
    r"efforts?\s+(?:on|to\s+(?:draft|table|write))\s+(?:the|it|this)\b)"
    # ("Chile and Peru teamed up to table the draft")
    r"|\s+(?:teamed\s+up|joined\s+forces|worked\s+together)\s+to\s+(?:table|draft|write|"
    r"present|introduce|put\s+forward|sponsor)\b"
    # ("Canada is the text's main sponsor", "Chile and Peru were the co-sponsors": the sponsors
    # of the text, not "the main sponsor of the militia")
    r"|\s+(?:was|were|is|are|became|has\s+become|had\s+become)\s+"
    r"(?:the\s+(?:(?:text|draft|resolution)['\u2019]s\s+)?|its\s+|an?\s+)?"
    # ("Britain is the penholder", "Mexico was the sponsor": one author of the text told)
    # ("Spain and Italy were the text's sponsors": the owner before the role)
    r"(?:(?:lead|main|principal|chief)\s+(?:co-?)?sponsors?|(?:(?<=the\s)|(?<='s\s)|(?<=\u2019s\s))"
    r"(?:co-?)?(?:sponsors?|penholders?|authors?|drafters?)|(?<=a\s)(?:co-?)?sponsor)\b"
    r"(?:\s+of\s+(?:the|this|that|its)\s+(?:text|draft|resolution|proposal)s?\b|(?!\s+of\b)))"
)
#: A text a state saw through an organ: "Chile steered the text through the Council", "The
#: European Union, which had called the session, pushed the resolution through".
_STEERED_THROUGH = re.compile(
    rf"{_ASIDE}\s+(?:(?:had|has|have|then|also|successfully)\s+)*(?:pushed|steered|piloted|"
    r"shepherded|guided)\s+(?P<object>(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,3}?"
    # ("Slovenia shepherded the text to adoption", "steered the draft to a 140-1 win")
    r"(?:text|draft|resolution|proposal)s?)\s+(?:through|to\s+(?:adoption|passage|approval|"
    r"(?:a|an)\s+(?:[\w-]+\s+)?(?:win|victory)))\b"
    # (or with nothing after the text: "Japan and Ghana steered the text, and 90 states signed
    # on", "Chile had piloted the resolution since 2004")
    r"|\s+(?:(?:had|has|have|then|also|jointly|successfully)\s+)*(?:steered|piloted|shepherded)\s+"
    r"(?P<bare>(?:the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:text|draft|resolution)s?)"
    r"(?=\s*[,;.]|\s+(?:and|since|for|every|each|this|last|in\s+(?:19|20)\d\d)\b)"
)
#: A partner named between the subject and the drafting: "Norway teamed up with Chile to draft
#: the resolution", "Peru joined forces with Fiji on the text" (both propose it).
_TEAMED_WITH = re.compile(
    r"\s+(?:teamed\s+up|joined\s+forces|worked|partnered)\s+with\s+(?:the\s+)?"
)
_TEAMED_ON = re.compile(
    r"\s+(?:to\s+(?:table|draft|write|present|introduce|put\s+forward|sponsor)|on)\s+"
    r"(?P<object>(?:the|a|an|its|their)\s+[^,;.]{0,40}?(?:text|draft|resolution|proposal)s?)\b"
)
#: "France, which holds the pen on Burundi in the council", "Britain holds the pen": the
#: penholder of the file drafts its texts.
_HOLDS_PEN = re.compile(
    rf"{_ASIDE}(?:,\s+(?:which|who)\s+|\s+)(?:(?:also|again|still|once\s+more)\s+)?"
    r"(?:holds|held|has\s+held|had\s+held)\s+the\s+pen\b"
    # ("Britain, which drafts the Council's Cyprus resolutions, …": the texts of its file)
    r"|(?:,\s+(?:which|who)\s+)(?:(?:also|usually|traditionally|always)\s+)?(?:drafts|writes|pens)\s+"
    r"(?:the\s+)?(?:(?:Council|Assembly)['\u2019]s\s+)?(?:[A-Z][\w-]*\s+)?(?:resolutions|texts)\b"
)
#: A count of names: "two", "five", "12".
_COUNT_WORD = r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})"
#: The authors named after their noun: "Its authors, France and Germany, …", "the text's
#: sponsors, Chile and Peru", "backed by its sponsor Canada".
_SPONSORS_NAMED = re.compile(
    r"\b(?:[Ii]ts|[Tt]heir|(?P<owner>[Tt]he\s+(?:text|draft|resolution|motion|decision|"
    r"amendment)(?:'s|s'))|[Tt]he(?=\s+(?:\w+\s+)?\w+(?:,|\s+[\u2013\u2014])))\s+"
    # (or between dashes: "The sponsors — Mexico, Ireland and Kenya — said")
    # (counted: "The five sponsors, A, B, C, D and E, …", "Its two co-authors, A and B"; a
    # hyphen for a dash: "The text's authors - Ghana and Kenya - welcomed")
    rf"(?:{_COUNT_WORD}\s+)?{_AUTHORS_ROLE}(?:\s+(?:was|were|is|are)\s+|\s+[-\u2013\u2014]\s+|,?\s+)"
    r"(?:the\s+)?"
)


def _proposer_shapes(reading: Reading) -> None:
    """Proposers named around a motion rather than by a verb with it as object:
    "Introducing the text, the representative of X", "… on behalf of the Arab Group", "X and
    Y put the same text to a vote", "an amendment from Russia and China"."""
    plain = reading.plain
    for sentence in reading.sentences:
        index = sentence.index
        agents = reading.agents(index)
        for match in _INTRODUCING.finditer(plain, sentence.start, sentence.end):
            motion = reading.motion_of_span(match.start("object"), match.end("object"))
            after = [m for m in agents if m.start >= match.end()]
            if motion is None or not after:
                continue
            first = after[0]
            state = first.key if first.kind == "state" else first.attributes.get("state")
            if first.kind == "person" and not state and len(after) > 1:
                # "…, Csaba Kőrösi of Hungary said": the state after the name
                of = re.fullmatch(r"\s+of\s+(?:the\s+)?", plain[first.end : after[1].start])
                state = after[1].key if of and after[1].kind == "state" else None
            if len(plain[match.end() : first.start].split()) <= 4 and state:
                _add_proposer(motion, state)
                for body in agents if match.group("behalf") else ():
                    if body.start in (match.start("behalf"), match.start("behalf") + 4):
                        _add_proposer(motion, body.key)
                # "…, which his delegation had prepared together with the Netherlands, …"
                for partner in agents if match.group("which") else ():
                    if match.start("which") < partner.start < match.end("which") and re.search(
                        r"\bwith\s+(?:the\s+)?$", plain[match.start("which") : partner.start]
                    ):
                        _add_proposer(motion, partner.key)
        for mention in agents:
            apposed = _INTRODUCING_APPOSED.match(plain, mention.end, sentence.end)
            key = mention.key if mention.kind != "person" else mention.attributes.get("state")
            if apposed is None or not key or mention.kind == "group":
                continue
            motion = reading.motion_of_span(apposed.start("object"), apposed.end("object"))
            if motion is None:
                continue
            _add_proposer(motion, key)
            for body in agents if apposed.group("behalf") else ():
                if body.start == apposed.start("behalf"):
                    _add_proposer(motion, body.key)
        _speaking_as_sponsor(reading, index)
        for match in _BY_THE_COUNTED.finditer(plain, sentence.start, sentence.end):
            _counted_proposers(reading, index, match)
        for mention, motion in reading.motion_pairs(index):
            sent = _SENT_FROM.match(plain[mention.end : mention.end + 20])
            if (
                sent is not None
                and sent.group("came")
                and (
                    mention.attributes.get("noun") not in _AUTHORED_NOUNS | {"resolution"}
                    or plain[reading.clause_start(index, mention.start) : mention.start].strip()
                )
            ):
                sent = None  # "the sharpest criticism of the text came from Peru": not its author
            if (
                sent is not None
                and sent.group("by")
                and (
                    mention.attributes.get("noun") not in _AUTHORED_NOUNS
                    # (but a veto's object: "Russia vetoed the draft by Chile and Peru", whose
                    # agent is the veto's subject)
                    or (
                        not _VETOED_OBJECT.search(plain, sentence.start, mention.start)
                        and (
                            not (
                                mention.attributes.get("determiner") in ("a", "an")
                                or set(mention.attributes.get("modifiers") or ())
                                & _AUTHORED_MODIFIERS
                            )
                            or re.search(
                                r"\b\w+(?:ing|ed)\s+\Z", plain[sentence.start : mention.start]
                            )
                        )
                    )
                )
            ):
                # "the vote by the Assembly": who voted, not who wrote; "opposing the text by
                # Armenia, …": the agent of the verb before
                sent = None
            first = next(
                (
                    m
                    for m in agents
                    if m.kind in ("state", "organization")
                    and m.key
                    and sent
                    and m.start == mention.end + sent.end()
                ),
                None,
            )
            if first is None and sent is not None:
                # "The first text came from the three members who hold the file: A, B and C":
                # the members listed after the group
                opening = mention.end + sent.start("agent")
                first = next(
                    (
                        m
                        for m in agents
                        if m.kind in ("state", "organization")
                        and m.key
                        and m.start > opening
                        and _GROUP_OF.fullmatch(plain, opening, m.start)
                    ),
                    None,
                )
            if first is not None:
                for state in [first, *_conjoined(reading, first, index)]:
                    _add_proposer(motion, state.key)
            behalf = _ON_BEHALF.match(plain[mention.end : mention.end + 60])
            if behalf is None:
                continue
            at = mention.end + behalf.end()
            for body in reading.mentioned.in_sentence(index, ("organization", "state")):
                if body.start == at:
                    _add_proposer(motion, body.key)
        for mention in agents:
            among = _AMONG_SPONSORS.match(plain, mention.end, sentence.end)
            if mention.kind not in ("state", "organization") or among is None:
                continue
            named = [*_conjoined_before(reading, mention, index), mention]
            opening = plain[reading.clause_start(index, named[0].start) : named[0].start]
            if among.group("verb").strip() and not re.fullmatch(r"\s*(?:the\s+)?", opening):
                continue  # "… was among the sponsors" needs the names as its subject
            if among.group("object"):
                motion = reading.motion_of_span(among.start("object"), among.end("object"))
            else:
                motion = focus_motion(reading, among.start())
            for state in named if motion is not None else ():
                _add_proposer(motion, state.key)
        for mention in agents:
            behalf = _FOR_THE_SPONSORS.match(plain, mention.end, sentence.end)
            if mention.kind not in ("state", "organization") or behalf is None:
                continue
            # "The resolution, defended by Peru on behalf …": the motion named just before (not
            # "That resolution", which may point back to a vote told before the one it names)
            named = [
                motion
                for motion_mention, motion in reading.motion_pairs(index)
                if (motion_mention.attributes.get("determiner") or "").lower()
                not in ("that", "this", "those", "these")
                and re.fullmatch(
                    r",\s+(?:\w+\s+){0,2}by\s+(?:the\s+)?",
                    plain[motion_mention.end : mention.start],
                )
            ]
            motion = named[-1] if named else None
            if motion is not None:
                _add_proposer(motion, mention.key)
        for match in [
            *_SPONSORS_ARE.finditer(plain, sentence.start, sentence.end),
            *_BEHIND_WERE.finditer(plain, sentence.start, sentence.end),
        ]:
            first = next((m for m in agents if m.start == match.end()), None)
            if first is None or first.kind not in ("state", "organization"):
                continue
            if _BESIDE_SPONSORS.search(plain, sentence.start, match.start()):
                continue  # "On the yes side, alongside the sponsors: A, B": others than they
            motion = None
            if match.group("object") and match.group("object") not in ("it", "them"):
                motion = reading.motion_of_span(match.start("object"), match.end("object"))
            motion = motion or focus_motion(reading, match.start(), pronoun=True)
            if (
                motion is None
                and not reading.motion_pairs(index)
                and index + 1 < len(reading.sentences)
            ):
                # a lede that names the sponsors before the vote: "Among the sponsors were Chile
                # and Peru. The resolution passed 150-3." (the next sentence's text)
                following = reading.motion_pairs(index + 1)
                motion = following[0][1] if following else None
            named = [first, *_conjoined(reading, first, index)]
            if motion is None:
                continue
            # "Among the co-sponsors were Britain and Italy alongside Egypt and Qatar"
            named += _co_authors(reading, named[-1], index)
            for state in named:
                _add_proposer(motion, state.key)
            last = named[-1]
            # "…, with Turkey among the co-sponsors"
            joined = re.match(r",?\s+with\s+(?:the\s+)?", plain[last.end : last.end + 12])
            extra = next((m for m in agents if joined and m.start == last.end + joined.end()), None)
            if extra is not None and _WITH_AMONG.match(plain, extra.end):
                _add_proposer(motion, extra.key)
        _joined_in_proposing(reading, index)
        _same_proposers(reading, index)
        _pronoun_proposers(reading, index)
        _pronoun_subject_proposers(reading, index)
        _answered_proposers(reading, index)
        _relative_proposers(reading, index)
        _possessed_proposers(reading, index)
        _owned_predicate(reading, index)
        _apposed_sponsors(reading, index)
        for match in _PUT_TO_VOTE.finditer(plain, sentence.start, sentence.end):
            group = next(g for g in ("object", "forward", "taken") if match.group(g))
            motion = reading.motion_of_span(match.start(group), match.end(group))
            clause_start = reading.clause_start(index, match.start())
            subjects = [
                m for m in agents if m.kind == "state" and clause_start <= m.start < match.start()
            ]
            if motion is None or not subjects:
                continue
            for state in [subjects[0], *_conjoined(reading, subjects[0], index)]:
                _add_proposer(motion, state.key)


#: A motion's owner told by a copula, the possessive ending the clause: "The draft was
#: Norway's.", "The text is Chile and Peru's, as every year" (not "Norway's idea").
_IS_OWNED_BY = re.compile(r"\s+(?:was|is|had\s+been|has\s+been)\s+(?:\w+ly\s+|all\s+)?")


def _owned_predicate(reading: Reading, index: int) -> None:
    """The owner a copula gives a motion proposed it (see :data:`_IS_OWNED_BY`)."""
    plain = reading.plain
    agents = [m for m in reading.agents(index) if m.kind in ("state", "organization")]
    for mention, motion in reading.motion_pairs(index):
        copula = _IS_OWNED_BY.match(plain, mention.end)
        first = next((m for m in agents if copula and m.start == copula.end()), None)
        if first is None:
            continue
        named = [first, *_conjoined(reading, first, index)]
        if named[-1].possessive and re.match(
            r"(?:['\u2019]s?)?(?:\s*[.,;:)]|\s+own\b|\s+alone\b|$)", plain[named[-1].end :]
        ):
            for state in named:
                _add_proposer(motion, state.key)


def _speaking_as_sponsor(reading: Reading, index: int) -> None:
    """The state of a speaker "speaking as a sponsor" proposed the motion named after it (of
    the sentence, else the one in focus, else the next sentence's first, else the story's only
    one)."""
    plain = reading.plain
    sentence = reading.sentences[index]
    agents = [m for m in reading.agents(index) if m.kind in ("state", "person")]
    speakers = []
    for match in _AS_SPONSOR_OPENING.finditer(plain, sentence.start, sentence.end):
        first = next((m for m in agents if m.start >= match.end()), None)
        if first is not None and len(plain[match.end() : first.start].split()) <= 4:
            speakers.append((first, match))
    for mention in agents:
        match = _AS_SPONSOR_APPOSED.match(plain, mention.end, sentence.end)
        if match is not None:
            speakers.append((mention, match))
    for speaker, match in speakers:
        key = speaker.key if speaker.kind == "state" else speaker.attributes.get("state")
        if not key:
            continue
        motion = None
        if match.group("object"):
            motion = reading.motion_of_span(match.start("object"), match.end("object"))
        later = [m for mention, m in reading.motion_pairs(index) if mention.start >= match.end()]
        motion = motion or (later[0] if later else None)
        motion = motion or focus_motion(reading, match.start(), pronoun=True)
        if motion is None and index + 1 < len(reading.sentences):
            following = reading.motion_pairs(index + 1)
            motion = following[0][1] if following else None
        if motion is None:
            # (the story's one vote: "Speaking as the sponsor, X thanked … after the 150-3 vote")
            told = [m for m in reading.motions if not m.collective]
            motion = told[0] if len(told) == 1 else None
        if motion is not None:
            _add_proposer(motion, key)


#: Joining another in proposing: "Norway was joined by Kenya in sponsoring the text", "Chile
#: joined Peru in tabling it".
_JOINED_IN = re.compile(
    r"\bjoined\b[^.;:]{1,120}?\s+in\s+(?:co-?)?(?:sponsoring|tabling|drafting|presenting|"
    r"introducing|putting\s+forward|submitting|authoring|writing)\s+(?P<object>[^,;.]{2,60})"
)


def _joined_in_proposing(reading: Reading, index: int) -> None:
    """The states on both sides of "joined" propose the motion named after "in sponsoring"
    (see ``_JOINED_IN``)."""
    sentence = reading.sentences[index]
    for match in _JOINED_IN.finditer(reading.plain, sentence.start, sentence.end):
        motion = _named_or_focus(reading, match, "object", index)
        if motion is None:
            continue
        start = reading.clause_start(index, match.start())
        for agent in reading.agents(index):
            if (
                agent.kind in ("state", "organization")
                and agent.key
                and not agent.possessive
                and start <= agent.start < match.start("object")
            ):
                _add_proposer(motion, agent.key)


#: The proposers of an earlier text named again: "a near-identical text, put forward by the
#: same five states", "tabled by the same core group".
_SAME_PROPOSERS = re.compile(
    r"\b(?P<agent>(?:by|from)\s+)?[Tt]he\s+same\s+(?:(?P<count>\w+)\s+)?(?:core\s+group|group|"
    r"states|countries|nations|governments|delegations|(?:co-?)?sponsors|authors|penholders)\b"
    # "Three years later the same core group returned with resolution 41/18"
    r"(?(agent)|(?=\s+(?:\w+\s+)?(?:returned\s+with|came\s+back\s+with|tabled|presented|"
    r"put\s+forward|submitted|introduced|drafted|sponsored|proposed)\b))"
)
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}


def _counted_proposers(reading: Reading, index: int, match: re.Match) -> None:
    """The states "the two countries" count (:data:`_BY_THE_COUNTED`): those of the last
    sentence naming any (this one or the three before), when it names just so many, proposed
    the motion named just before."""
    plain = reading.plain
    named = [
        motion
        for mention, motion in reading.motion_pairs(index)
        if mention.end <= match.start() and len(plain[mention.end : match.start()].split()) <= 5
    ]
    if not named:
        return
    count = 2 if match.group("both") else _COUNTS[match.group("count")]
    for earlier in range(index, max(-1, index - 4), -1):
        states = list(
            dict.fromkeys(
                m.key
                for m in reading.agents(earlier)
                if m.kind == "state" and m.key and m.end <= match.start()
            )
        )
        if not states:
            continue
        voters = {
            f.fields["voter"]
            for f in reading.facts
            if f.type == "ballot" and any(e.sentence == earlier for e in f.evidence)
        }
        if earlier < index:
            # "Russia cast a veto and India also voted against": the voters of a vote told
            # between are not the states counted; "Russia blocked the proposal Ireland and
            # Niger had negotiated": those that did not vote are
            states = [state for state in states if state not in voters]
            if not states:
                continue
        if len(states) == count:
            for state in states:
                _add_proposer(named[-1], state)
        return


def _same_proposers(reading: Reading, index: int) -> None:
    """The proposers of the last text told with them, for a text "put forward by the same
    five states" (as many as the count says, when it says one)."""
    sentence = reading.sentences[index]
    for match in _SAME_PROPOSERS.finditer(reading.plain, sentence.start, sentence.end):
        pairs = reading.motion_pairs(index)
        if match.group("agent"):
            named = [pair for pair in pairs if pair[0].end <= match.start()][-1:]
        else:
            named = [pair for pair in pairs if pair[0].start >= match.end()][:1]
        if not named:
            continue
        motion = named[-1][1]
        earlier = [
            m
            for m in reading.motions
            if m is not motion and m.proposers and 0 <= m.first < match.start()
        ]
        if not earlier:
            continue
        source = max(earlier, key=lambda m: m.first)
        count = _COUNTS.get((match.group("count") or "").lower())
        if count is not None and count != len(source.proposers):
            continue
        for proposer in source.proposers:
            _add_proposer(motion, proposer)


#: An explainer's question on who proposed the vote in focus: "Who wrote it?", "Q: Who
#: drafted the text?", "Who is behind the resolution?".
_WHO_ASKED = (
    r"\s*(?:Q[:.]\s*)?Who\s+(?:(?:wrote|drafted|tabled|sponsored|proposed|presented|"
    r"introduced|put\s+forward|pushed(?!\s+(?:back|against))(?:\s+for)?|(?:drew|wrote)\s+up|championed|led)"
    r"|(?:is|was|are|were)\s+behind)\b"
)
_WHO_PROPOSED = re.compile(rf"{_WHO_ASKED}[^?]{{0,60}}\?\s*$")
#: The same question as a newsletter's label, its answer after the colon: "Who was behind
#: it: A core group of thirteen states that included Egypt, …".
_WHO_LABEL = re.compile(rf"{_WHO_ASKED}[^?:.]{{0,60}}:")
#: The opening of the answer before its list: "The same core group …: seven Latin American
#: countries, namely ", "A: ", "".
_ANSWER_LIST = re.compile(
    r"\s*(?:A[:.]\s*)?(?:[^.?!:]{0,80}:\s*)?(?:(?:a|an|the|some|\w+)\s+[^.?!:,]{0,50}?"
    r"(?:states|countries|nations|members|governments|delegations|(?:co-?)?sponsors|authors)"
    r"(?:,\s+namely|:|\s+-|\s+\u2013|\s+\u2014"
    # "A core group of thirteen states that included Egypt, …"
    r"|\s+(?:that|which)\s+includ(?:ed|es|e)|,?\s+including)\s*)?"
    # "The United States.", "The Netherlands, with support from Canada": the answer's article
    r"(?:[Tt]he\s+)?"
)


def _answered_proposers(reading: Reading, index: int) -> None:
    """The states listed first in the answer to "Who wrote it?" propose the vote in focus
    (see :data:`_WHO_PROPOSED`)."""
    sentence = reading.sentences[index]
    label = _WHO_LABEL.match(reading.plain, sentence.start, sentence.end)
    if label is not None:
        question, answer = sentence, label.end()
    elif index > 0:
        question, answer = reading.sentences[index - 1], sentence.start
        if not _WHO_PROPOSED.fullmatch(reading.plain, question.start, question.end):
            return
    else:
        return
    opening = _ANSWER_LIST.match(reading.plain, answer, sentence.end)
    agents = [m for m in reading.agents(index) if m.kind in ("state", "organization") and m.key]
    first = next((m for m in agents if opening and m.start == opening.end()), None)
    motion = focus_motion(reading, question.start, pronoun=True)
    if first is None or motion is None:
        return
    listed = [first, *_conjoined(reading, first, index)]
    # "…, Qatar and Tunisia, with Bangladesh, Côte d'Ivoire and …": the list goes on
    more = re.match(
        r",?\s+(?:with|as\s+well\s+as|along\s+with|plus)\s+(?:the\s+)?",
        reading.plain[listed[-1].end :],
    )
    after = next((m for m in agents if more and m.start == listed[-1].end + more.end()), None)
    if after is not None:
        listed += [after, *_conjoined(reading, after, index)]
    for state in listed:
        _add_proposer(motion, state.key)


def _told_here(reading: Reading, motion: Motion, position: int) -> bool:
    """Whether ``motion`` was named before ``position``, in its paragraph or the two before
    (an explainer's answer follows its question: "Q: Who wrote it?" / "A: It was tabled by")."""
    paragraph = reading.paragraph_at(position)
    if any(
        m.start < position and paragraph - reading.paragraph_at(m.start) <= 2
        for m in motion.mentions
    ):
        return True
    # … or further back, when it is the story's vote and the only one told so far
    headline_end = _headline_end(reading)
    told = [
        m
        for m in reading.motions
        if not m.collective and any(headline_end <= x.start < position for x in m.mentions)
    ]
    return told == [motion] and motion is main_motion(reading)


def _pronoun_proposers(reading: Reading, index: int) -> None:
    """Proposers of the motion a pronoun names (see :data:`_PRONOUN_PROPOSED`)."""
    plain = reading.plain
    sentence = reading.sentences[index]
    agents = [m for m in reading.agents(index) if m.kind in ("state", "organization") and m.key]
    for match in _PRONOUN_PROPOSED.finditer(plain, sentence.start, sentence.end):
        motion = focus_motion(reading, match.start(), pronoun=True)
        if motion is None or not _told_here(reading, motion, match.start()):
            continue
        if match.group("passive"):
            first = next((m for m in agents if m.start >= match.end()), None)
            if first is None or not (
                plain[match.end() : first.start].strip() in ("", "the")
                or _GROUP_OF.fullmatch(plain[match.end() : first.start])
            ):
                continue  # "It was tabled by a group of seven states — Brazil, Egypt, …"
            named = [first, *_conjoined(reading, first, index)]
        else:
            clause = plain[reading.clause_start(index, match.start()) : match.start()]
            last = next(
                (
                    m
                    for m in reversed(agents)
                    if m.end <= match.start()
                    and re.fullmatch(
                        # ("Mexico, acting as penholder, had drafted it": an aside between)
                        r"(?:,\s+which|,\s+[^,;:.()\"\u201c\u201d]{1,60},)?"
                        r"(?:\s+(?:had|has|have|also|then|first|jointly|\w+ly))*\s+",
                        plain[m.end : match.start()],
                    )
                ),
                None,
            )
            if last is None or re.search(r"\b(?:not|never)\b", clause):
                continue
            named = [*_conjoined_before(reading, last, index), last]
            named += _co_authors(reading, _Span(match.end()), index)
        for state in named:
            _add_proposer(motion, state.key)
        behalf = _FOR_WHOM.match(plain, named[-1].end)
        if match.group("active") and not behalf:
            behalf = _FOR_WHOM.match(plain, match.end())
        at = behalf.end() if behalf else -1
        for body in agents:
            if body.start == at:
                _add_proposer(motion, body.key)


#: A pronoun for the states the sentence before opens with, as a proposing verb's subject
#: ("It drafted the resolution with Chile", "This year it tabled a text", "On Monday they
#: submitted it"), after at most a short opening phrase.
_PRONOUN_SUBJECT = re.compile(
    rf"(?P<opening>(?:[^,;:.()]{{1,30}},?\s+)?)(?P<pronoun>[Ii]t|[Tt]hey)"
    rf"{_BEFORE_VERB}*\s+(?P<verb>{_PROPOSING}|drew\s+up|wrote)\s+"
    r"(?P<object>it|them|(?:the|a|an|its|their)\s+[^,;.]{2,40}?)(?=[\s,;.])"
)


def _pronoun_subject_proposers(reading: Reading, index: int) -> None:
    """The states a pronoun stands for proposed the motion its verb names (see
    :data:`_PRONOUN_SUBJECT`): "it" one state, "they" two or more, the subject the sentence
    before opens with (as :func:`_possessed_proposers` reads it)."""
    if index == 0:
        return
    plain = reading.plain
    sentence = reading.sentences[index]
    match = _PRONOUN_SUBJECT.match(plain, sentence.start, sentence.end)
    if match is None or any(m.start < match.start("pronoun") for m in reading.agents(index)):
        return  # (the opening names someone: the pronoun may stand for it)
    if re.search(r"\b(?:not|never|if|when|before)\b", match.group("opening"), re.IGNORECASE):
        return
    if match.group("object") in ("it", "them"):
        motion = focus_motion(reading, match.start("object"), pronoun=True)
        if motion is not None and not _told_here(reading, motion, match.start("object")):
            motion = None
    else:
        motion = reading.motion_of_span(match.start("object"), match.end("object"))
    before = reading.sentences[index - 1]
    agents = reading.agents(index - 1)
    if motion is None or not agents or agents[0].kind not in ("state", "organization"):
        return
    first = agents[0]
    if first.possessive or re.sub(r"^(?:The|the)\s*", "", plain[before.start : first.start]):
        return  # ("Chile's draft passed. It …", "After Peru spoke, it …": not the subject)
    named = [first, *_conjoined(reading, first, index - 1)]
    if (match.group("pronoun").lower() == "they") != (len(named) > 1):
        return
    named += _co_authors(reading, _Span(match.end("object")), index)
    for state in named:
        _add_proposer(motion, state.key)


#: Whom a proposer speaks for, after it: " on behalf of the ", " in the name of ".
_FOR_WHOM = re.compile(r"\s+(?:on\s+behalf\s+of|in\s+the\s+name\s+of)\s+(?:the\s+)?")
#: A relative clause whose object is the motion before it: "The draft, which Malta and Norway
#: had prepared, …", "the text that Cuba presents every year".
_WHICH_PROPOSED = re.compile(
    # (the names a list with commas: "which Belarus, Cuba and Syria co-sponsored", the list
    # checked to fill them)
    rf",?\s+(?:(?:which|that)\s+)?(?P<names>[^;.]{{2,120}}?)\s+(?:had\s+|has\s+|have\s+)?"
    rf"(?:\w+ly\s+|jointly\s+|also\s+)?(?:{_PROPOSING}|{_PROPOSES}|prepared|drew\s+up|wrote|"
    # "Resolution 1540, which the United States has pushed since 2003" ("a proposal Argentina
    # has championed" advocates: another state tabled it)
    # ("The text, which Bolivia steered through years of talks")
    # ("The text that Japan had pushed for months": a time, not "pushed for a ban")
    r"spearheaded|steered|piloted|shepherded|pushed(?!\s+(?:back|ahead|through)\b)"
    r"(?!\s+for\s+(?!(?:\w+\s+)?(?:days|weeks|months|years|decades)\b))|"
    # ("The draft that Syria put before the Council", "which Chile had laid before members")
    r"(?:put|brought|laid|placed)\s+before(?:\s+the)?|"
    # ("The text Russia put to a vote failed", "a draft that Guyana had been negotiating")
    r"put\s+to\s+(?:a|the)\s+vote|negotiated|been\s+negotiating|"
    # ("the draft, which Japan had written", "the text that Peru had drawn up")
    r"(?<=had\s)(?:co-?)?written(?!\s+(?:about|of|off|back|for)\b)|(?<=had\s)drawn\s+up)\b"
    r"(?!\s+(?:it|them|a|an|the|its|their|to)\b)"
)


def _relative_proposers(reading: Reading, index: int) -> None:
    """Proposers named in a relative clause on the motion (:data:`_WHICH_PROPOSED`)."""
    plain = reading.plain
    agents = [m for m in reading.agents(index) if m.kind in ("state", "organization") and m.key]
    for mention, motion in reading.motion_pairs(index):
        # "Resolution 1540, which …": the number after the noun
        number = re.match(
            r"\s+\d[\w/.\-]*(?<!\.)(?:\s+\(\d{4}\))?", plain[mention.end : mention.end + 30]
        )
        match = _WHICH_PROPOSED.match(plain, mention.end + (number.end() if number else 0))
        if match is None:
            continue
        named = [
            m for m in agents if match.start("names") <= m.start and m.end <= match.end("names")
        ]
        if not named or named[0].start != match.start("names") + (
            4 if plain.startswith("the ", match.start("names")) else 0
        ):
            continue
        listed = [named[0], *_conjoined(reading, named[0], index)]
        # ("which the U.S. mission had negotiated": the state through its people)
        if not re.fullmatch(
            r"(?:\s+(?:mission|delegation|government|diplomats|negotiators))?",
            plain[listed[-1].end : match.end("names")],
        ):
            continue
        # "The draft, which Chile co-sponsored with Peru": the partner too
        listed += _co_authors(reading, _Span(match.end()), index)
        for state in listed:
            _add_proposer(motion, state.key)


#: The nouns of a text a state can own by a possessive pronoun ("Its draft passed").
_OWNED_NOUNS = frozenset({"draft", "text", "resolution", "proposal", "amendment", "initiative"})


def _possessed_proposers(reading: Reading, index: int) -> None:
    """The state the sentence before opens with proposed a motion its own sentence opens with
    "Its" or "Their": "Austria has long pushed for a ban. Its resolution passed 150-3.",
    "Chile and Peru hold the pen. Their draft passed." (an organ's "its" is its adopted
    text, not a proposal)."""
    if index == 0:
        return
    sentence = reading.sentences[index]
    pairs = reading.motion_pairs(index)
    if not pairs or pairs[0][0].start != sentence.start:
        return
    mention, motion = pairs[0]
    determiner = mention.attributes.get("determiner")
    if (
        motion.proposers
        or determiner not in ("its", "their")
        or mention.attributes.get("noun", "").rstrip("s") not in _OWNED_NOUNS
    ):
        return
    before = reading.sentences[index - 1]
    agents = reading.agents(index - 1)
    if not agents or agents[0].kind != "state":
        return
    first = agents[0]
    opening = reading.plain[before.start : first.start].strip()
    if opening not in ("", "The", "the") and not opening.endswith(","):
        return  # (after an opening phrase: "Two weeks later, Egypt and Qatar came back …")
    named = [first, *_conjoined(reading, first, index - 1)] if determiner == "their" else [first]
    if (determiner == "their") == (len(named) > 1):
        for state in named:
            _add_proposer(motion, state.key)


class _Span:
    """A position standing in for a mention's end (what :func:`_co_authors` reads after)."""

    def __init__(self, end: int) -> None:
        self.end = end


def _apposed_sponsors(reading: Reading, index: int) -> None:
    """Proposers named beside their role: "Norway and Kenya, the penholders, …" and "Its
    authors, France and Germany, …" (see :data:`_SPONSOR_APPOSITION`, :data:`_SPONSORS_NAMED`)."""
    plain = reading.plain
    sentence = reading.sentences[index]
    agents = [m for m in reading.agents(index) if m.kind in ("state", "organization") and m.key]
    for mention in agents:
        apposed = _SPONSOR_APPOSITION.match(plain, mention.end, sentence.end)
        if apposed is None:
            continue
        motion = _named_or_focus(reading, apposed, "object", index)
        for state in [*_conjoined_before(reading, mention, index), mention] if motion else ():
            _add_proposer(motion, state.key)
    for match in _TITLE_PROPOSED.finditer(plain, sentence.start, sentence.end):
        first = next((m for m in agents if m.start == match.end()), None)
        motion = _named_or_focus(reading, match, "title", index) if first else None
        if motion is None and first is not None:
            motion = _named_or_focus(reading, match, "missing", index)
        for state in [first, *_conjoined(reading, first, index)] if motion else ():
            _add_proposer(motion, state.key)
    for mention, motion in reading.motion_pairs(index):
        whose = _WHOSE_SPONSOR.match(plain, mention.end, sentence.end)
        first = next((m for m in agents if whose and m.start == whose.end()), None)
        for state in [first, *_conjoined(reading, first, index)] if first else ():
            _add_proposer(motion, state.key)
    for mention, motion in reading.motion_pairs(index):
        initiative = _INITIATIVE_OF.match(plain, mention.end, sentence.end)
        first = next((m for m in agents if initiative and m.start == initiative.end()), None)
        for state in [first, *_conjoined(reading, first, index)] if first else ():
            _add_proposer(motion, state.key)
    for mention in agents:
        whose = _WHOSE.match(plain, mention.end, sentence.end)
        motion = reading.motion_of_span(whose.end(), whose.end() + 40) if whose else None
        for state in [*_conjoined_before(reading, mention, index), mention] if motion else ():
            _add_proposer(motion, state.key)
    for mention in agents:
        led = _LED_DRAFTING.match(plain, mention.end, sentence.end)
        motion = focus_motion(reading, mention.start, pronoun=True) if led else None
        if led and (motion is None or not _told_here(reading, motion, mention.start)):
            # "Chile and Peru teamed up to table the draft, which passed": the one named after
            later = [pair for pair in reading.motion_pairs(index) if pair[0].start >= led.start()]
            motion = later[0][1] if later else None
            if motion is not None:
                for state in [*_conjoined_before(reading, mention, index), mention]:
                    _add_proposer(motion, state.key)
                continue
        if motion is not None and _told_here(reading, motion, mention.start):
            for state in [*_conjoined_before(reading, mention, index), mention]:
                _add_proposer(motion, state.key)
    for mention in agents:
        steered = _STEERED_THROUGH.match(plain, mention.end, sentence.end)
        group = "bare" if steered and steered.group("bare") else "object"
        motion = (
            reading.motion_of_span(steered.start(group), steered.end(group)) if steered else None
        )
        for state in [*_conjoined_before(reading, mention, index), mention] if motion else ():
            _add_proposer(motion, state.key)
    for mention in agents:
        teamed = _TEAMED_WITH.match(plain, mention.end, sentence.end)
        partner = next((m for m in agents if teamed and m.start == teamed.end()), None)
        partners = [partner, *_conjoined(reading, partner, index)] if partner else []
        on = _TEAMED_ON.match(plain, partners[-1].end, sentence.end) if partners else None
        motion = reading.motion_of_span(on.start("object"), on.end("object")) if on else None
        for state in [mention, *partners] if motion else ():
            _add_proposer(motion, state.key)
    for mention in agents:
        pen = _HOLDS_PEN.match(plain, mention.end, sentence.end)
        motion = _named_or_focus(reading, pen, "missing", index) if pen else None
        for state in [*_conjoined_before(reading, mention, index), mention] if motion else ():
            _add_proposer(motion, state.key)
    for mention in agents:
        role = _AS_SPONSORS.match(plain, mention.end, sentence.end)
        motion = _named_or_focus(reading, role, "missing", index) if role else None
        for state in [*_conjoined_before(reading, mention, index), mention] if motion else ():
            _add_proposer(motion, state.key)
    for mention in agents:
        behind = _WAS_BEHIND.match(plain, mention.end, sentence.end)
        motion = _named_or_focus(reading, behind, "object", index) if behind else None
        for state in [*_conjoined_before(reading, mention, index), mention] if motion else ():
            _add_proposer(motion, state.key)
    for mention in agents:
        owned = _OWNED_AFTER.match(plain, mention.end, sentence.end)
        if not mention.possessive or mention.kind not in ("state", "organization") or not owned:
            continue
        # "adopted "Towards a new order", the Group of 77's perennial call for …"
        named = [
            motion
            for motion_mention, motion in reading.motion_pairs(index)
            if motion_mention.end <= mention.start
            and _APPOSED_BEFORE.fullmatch(plain, motion_mention.end, mention.start)
        ]
        if not named and _TITLE_ADOPTED.search(plain, sentence.start, mention.start):
            # a title right after the organ's verb: the motion that verb tells (by its count,
            # when no word names it yet)
            named = [
                m
                for m in reading.motions
                if not m.collective
                and (
                    any(x.sentence == index for x in m.mentions)
                    or (m.tally_at is not None and m.tally_at[0] == index)
                )
            ][:1]
        if named:
            _add_proposer(named[-1], mention.key)
    for match in _SPONSORS_NAMED.finditer(plain, sentence.start, sentence.end):
        first = next((m for m in agents if m.start == match.end()), None)
        if first is None or first.possessive:
            continue  # "Speaking for the sponsors, Peru's representative": a person
        if _BESIDE_SPONSORS.search(plain, sentence.start, match.start()):
            continue  # "Besides its co-sponsors, Chile and Peru voted yes"
        motion = _named_or_focus(reading, match, "owner", index)
        for state in [first, *_conjoined(reading, first, index)] if motion else ():
            _add_proposer(motion, state.key)


#: Between a motion (or its quoted title) and a possessive in apposition: '…, the '.
_APPOSED_BEFORE = re.compile(
    r"(?:\s+(?:on|about|concerning|for)\s+[^,;:()\"\u201c]{2,80}?)?\s*(?:[\"\u201c][^\"\u201c\u201d]{3,200}[\"\u201d])?\s*,\s+(?:the\s+)?"
)
#: A title in quotes after an organ's verb, a possessive in apposition after it: 'The
#: Assembly adopted "Towards a new order", the '.
_TITLE_ADOPTED = re.compile(
    r"\b(?:adopted|passed|approved|endorsed)\s+[\"\u201c][^\"\u201c\u201d]{3,200}[\"\u201d]\s*,\s+"
    r"(?:the\s+)?\Z"
)
#: "…, with Chile and Peru as its main sponsors": the names before the role proposed the motion
#: (not "as a sponsor of the militias").
_AS_SPONSORS = re.compile(
    # ("Chile joined as a co-sponsor", "signed on as co-sponsors")
    r"(?:\s+(?:also\s+)?(?:joined|signed\s+on|signed\s+up|came\s+on\s+board))?"
    rf"\s+as\s+(?:the\s+|its\s+|their\s+|an?\s+)?{_AUTHORS_ROLE}\b"
    r"(?!\s+of\s+(?!(?:the|this|its)\s+(?:text|draft|resolution)s?\b))"
)
#: "Mexico was behind the draft", "Chile and Peru are behind it": the subject's text.
_WAS_BEHIND = re.compile(
    r"\s+(?:was|were|is|are|had\s+been|has\s+been)\s+(?:also\s+|again\s+)?"
    # ("Chile was the driving force behind the text", "the architects of the resolution")
    r"(?:(?:the|a)\s+(?:main\s+|chief\s+|principal\s+)?(?:driving\s+force|moving\s+spirit)\s+"
    r"behind|(?:the\s+)?(?:main\s+|chief\s+|principal\s+)?architects?\s+of|behind)\s+"
    r"(?P<object>it|them|(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:text|draft|resolution|"
    r"proposal|amendment|motion)s?)\b"
)
#: What a possessive in apposition after a motion owns: "…, Norway's brainchild", "…, the
#: Group of 77's perennial call for …" (its proposer's).
_OWNED_AFTER = re.compile(
    r"['\u2019]s?\s+(?:[\w-]+\s+){0,2}?(?:call|initiative|proposal|brainchild|idea|project|"
    r"flagship|pet\s+project|baby|first|second|third|fourth|fifth|latest)\b"
)


def _named_or_focus(reading: Reading, match: re.Match, group: str, index: int) -> Motion | None:
    """The motion a group of ``match`` names, else (when the group is empty or a pronoun) the
    motion in focus; None when the group names something else ("the sponsor of a militia")."""
    named = match.groupdict().get(group)
    if named and not re.fullmatch(r"(?:it|them)", named.strip()):
        return reading.motion_of_span(match.start(group), match.end(group))
    motion = focus_motion(reading, match.start(), pronoun=True)
    if motion is not None and _told_here(reading, motion, match.start()):
        return motion
    pairs = reading.motion_pairs(index)
    inside = [p for p in pairs if match.start() <= p[0].start < match.end()]
    if inside:
        return inside[0][1]  # "Canada, the resolution's main sponsor, …"
    later = [pair for pair in pairs if pair[0].start >= match.end()]
    return later[0][1] if later else None  # "X, the penholder, circulated a draft"


def _add_proposer(motion: Motion, proposer: str) -> None:
    if proposer and proposer not in motion.proposers:
        motion.proposers.append(proposer)
        motion.inert = False


def _proposals(reading: Reading) -> None:
    """A proposer named in a motion's description ("a U.S.-drafted resolution", "the French
    draft") proposes it: a Proposes stance, as the verbs give ("drafted by France")."""
    for motion in reading.motions:
        described = [
            m for m in motion.mentions if m.attributes.get("proposers") and m.form != "symbol"
        ]
        for mention in described:
            for proposer in mention.attributes["proposers"]:
                add_stance(
                    reading,
                    "Proposes",
                    {"kind": "state", "key": proposer, "text": mention.text},
                    motion_ref(motion, mention),
                    [reading.evidence(mention.sentence, mention.start, mention.end)],
                    0.6,
                    "stance-described-proposer",
                    mention.sentence,
                )


def _note_proposer(reading: Reading, kind: str, actor: Mention, target: Mention | None) -> None:
    if kind != "Proposes" or target is None or target.kind != "motion":
        return
    motion = reading.motion_of.get((target.start, target.end))
    # "presented by Austria's ambassador, Alexander Marschik": the state the person speaks for
    key = actor.attributes.get("state") if actor.kind == "person" else actor.key
    if actor.kind == "person" and not key and actor.key:
        # "Ambassador Vassily Nebenzia tabled an amendment": the state of the post the
        # registry gives the person on the day
        post = person_post(reading, actor)[0]
        key = post.post_in if post is not None and _STATE_KEY.fullmatch(post.post_in) else None
    if motion is None or actor.kind not in ("state", "organization", "person") or not key:
        return
    proposers = [key]
    # "tabled by Pakistan on behalf of the Organisation of Islamic Cooperation"
    behalf = _FOR_WHOM_AFTER.match(reading.plain, actor.end, actor.end + 90)
    # "for the Arab Group": only a group (an organisation) is taken below
    groups = reading.mentioned.in_sentence(actor.sentence, ("organization",))
    if behalf:
        start = behalf.end()
        proposers += [m.key for m in groups if m.start == start]
    sentence = reading.sentences[actor.sentence]
    opening = _FOR_WHOM_BEFORE.match(reading.plain, sentence.start, actor.start)
    # "On behalf of the European Union, Finland introduced the draft"
    proposers += [
        m.key
        for m in groups
        if opening
        and m.start == opening.end()
        and re.fullmatch(
            r",\s+(?:the\s+)?(?:(?:representative|delegate|ambassador)\s+of\s+(?:the\s+)?)?",
            reading.plain[m.end : actor.start],
        )
    ]
    if behalf:
        # "introduced by Peru, also on behalf of Chile and Ecuador": its co-sponsors
        states = [
            m
            for m in reading.agents(actor.sentence)
            if behalf.group("also") and m.kind == "state" and m.start == start
        ]
        for state in [states[0], *_conjoined(reading, states[0], actor.sentence)] if states else ():
            proposers.append(state.key)
    group = _BEHALF_OF_GROUP.match(reading.plain, actor.end)
    members = [
        m
        for m in reading.agents(actor.sentence)
        if group and m.kind == "state" and m.start == group.end()
    ]
    if members:
        # "presented by Chile on behalf of a core group of seven Latin American States -
        # Argentina, Brazil, …": the group's members propose it too
        proposers += [m.key for m in [members[0], *_conjoined(reading, members[0], actor.sentence)]]
    for proposer in proposers:
        if proposer not in motion.proposers:
            motion.proposers.append(proposer)
            motion.inert = False


def _announced_vetoes(reading: Reading, index: int) -> None:
    """A permanent member's announced No on a motion: a veto threat (see the module notes)."""
    plain = reading.plain
    sentence = reading.sentences[index]
    for match in _ANNOUNCED_NO.finditer(plain, sentence.start, sentence.end):
        if reading.mentioned.quoted(match.start(), match.end()):
            continue
        clause_start = reading.clause_start(index, match.start())
        states = [
            m
            for m in reading.agents(index)
            if m.kind == "state" and clause_start <= m.start < match.start()
        ]
        if not states:
            continue
        pairs = reading.motion_pairs(index, collective=True)
        after = [m for m in pairs if m[0].start >= match.start()]
        named = after or [m for m in pairs]
        motion = named[0][1] if named else focus_motion(reading, match.start())
        if re.search(r"\bnot\s+(?:back|support|accept|allow)\b", match.group(), re.IGNORECASE):
            # "would not support any text that blamed it": a kind of text, none told
            motion = None
        elif re.search(r"\b(?:one|any|such)$", match.group(), re.IGNORECASE):
            # "Beijing has made plain it would block one": a text still to come, not the one
            # told before; "would block any such resolution" names it after
            motion = after[0][1] if after else None
        # "London and Paris had let it be known that they would veto it": each of them
        for actor in [*_conjoined_before(reading, states[-1], index), states[-1]]:
            if actor.key not in permanent_members():
                continue
            add_stance(
                reading,
                "ThreatensVeto",
                _ref(reading, actor),
                motion_ref(motion, None) if motion is not None else None,
                [reading.evidence(index, match.start(), match.end()),
                 reading.evidence(index, actor.start, actor.end)],
                0.7,
                "stance-announced-no",
                index,
            )  # fmt: skip


def _conjoined(reading: Reading, first: Mention, index: int) -> list[Mention]:
    """The agents of the same kind listed after ``first`` ("X, Y and Z"), without it; states
    and organisations list together ("the OIC and the European Union", "Japan and the EU"),
    a name's abbreviation in brackets after it is passed over."""
    kinds = {"state", "organization"} if first.kind in ("state", "organization") else {first.kind}
    same = [m for m in reading.agents(index) if m.kind in kinds and m.start > first.end]
    listed: list[Mention] = []
    position = first.end
    closed = False  # an "and" ends the list: a name after a bare comma is no longer in it
    for mention in same:
        gap = reading.plain[position : mention.start]
        if mention.start < position:
            continue
        bracket = re.fullmatch(r"\s*\(", gap)
        if bracket and reading.plain[mention.end : mention.end + 1] == ")":
            position = mention.end + 1  # "the Organisation of Islamic Cooperation (OIC)"
            continue
        gap = re.sub(r"^\s*\([A-Z][\w.-]{0,11}\)", "", gap)
        if not re.fullmatch(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?", gap):
            break
        if closed and "and" not in gap:
            break  # "sponsored by Chile and Peru, the Foreign Ministry said": the list closed
        closed = closed or "and" in gap
        listed.append(mention)
        position = mention.end
    return listed


#: A preposition right before a name: its object, not the head of a list of subjects.
_AFTER_PREPOSITION = re.compile(
    r"\b(?:over|in|on|about|from|with|against|to|for|of|into|at|by|after|before)\s+(?:the\s+)?\Z"
)


def _conjoined_before(reading: Reading, last: Mention, index: int) -> list[Mention]:
    """The agents of the same kind listed before ``last`` ("X, Y and Z"), without it; states
    and organisations list together ("The EU and Japan, the usual penholders")."""
    kinds = {"state", "organization"} if last.kind in ("state", "organization") else {last.kind}
    same = [m for m in reading.agents(index) if m.kind in kinds and m.end < last.start]
    listed: list[Mention] = []
    position = last.start
    for mention in reversed(same):
        gap = reading.plain[mention.end : position]
        if not re.fullmatch(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?", gap):
            break
        if "and" not in gap and _AFTER_PREPOSITION.search(
            reading.plain, max(0, mention.start - 12), mention.start
        ):
            break  # "fell out over Iraq, France and the United States co-sponsored it"
        listed.insert(0, mention)
        position = mention.start
    return listed


#: A group named before its members: "put forward by a core group of seven Latin American
#: States - Argentina, Brazil, …", "by the three African members, Ghana, Gabon and Kenya",
#: "sponsored by more than 90 countries, including Japan and …".
_GROUP_OF = re.compile(
    # ("by a group of Latin American states led by Mexico")
    r"\s+(?:a|the)\s+(?:[\w-]+\s+){0,2}group\s+of\s+[^.;:()]{0,60}?\s*(?:[-:\u2013\u2014]|,\s+namely|"
    r",?\s+led\s+by)\s*"
    # "by a cross-regional group of Belgium, Benin, …": the members right after "group of"
    r"|\s+(?:a|the)\s+(?:[\w-]+\s+){0,2}group\s+of\s+(?:the\s+)?"
    # ("by the Council's three African members - Ghana, …": a possessive among the words)
    r"|\s+(?:(?:a|the|some|more\s+than|over|nearly|about|almost)\s+)?(?:[\w'\u2019-]+\s+){0,3}"
    r"(?:states|countries|nations|members|delegations|governments)"
    r"(?:\s+behind\s+[^.;:()\u2013\u2014]{1,60}?"  # "the five governments behind the plan —"
    # "the three members who hold the Council's file on Syria: ", "the elected members of the
    # Council — "
    r"|\s+(?:who|that|which|of|from|holding)\s+[^.,;:()\u2013\u2014]{1,60}?(?=\s*[-:\u2013\u2014]))?"
    r"(?:\s*[-:\u2013\u2014]|,\s+namely|,?\s+(?:including|led\s+by)|,)\s*(?:the\s+)?"
    # "drawn up by the A3+ group (Algeria, Mozambique, …)"
    r"|\s+(?:a|the)\s+[^.;:()]{0,40}?(?:group|members|states|countries)\s*\(\s*(?:the\s+)?"
)

#: Whom a proposer speaks for, right after it: " on behalf of the ", ", speaking for the ",
#: " on behalf of the member States of the ", " for the 120 members of the ".
_FOR_WHOM_AFTER = re.compile(
    r",?\s+(?:(?P<also>also\s+)?(?:(?:speaking|acting)\s+)?(?:on\s+behalf\s+of|in\s+the\s+name\s+of)"
    r"|(?:speaking\s+)?for)\s+(?:the\s+)?(?:[\w]+-member\s+)?"
    r"(?:(?:(?:\d+|[a-z]+)\s+)?(?:member\s+(?:[Ss]tates|countries|nations)|members)\s+of\s+(?:the\s+)?"
    r"|(?:\d+|[a-z]+)\s+)?"
)
#: Whom the subject speaks for, opening the sentence: "On behalf of the ", "Speaking for the ".
_FOR_WHOM_BEFORE = re.compile(
    r"\s*(?:(?:Speaking|Acting)\s+(?:on\s+behalf\s+of|in\s+the\s+name\s+of|for)|On\s+behalf\s+of"
    r"|In\s+the\s+name\s+of)\s+(?:the\s+)?"
)

#: A group a proposer speaks for, its members after it: "on behalf of a core group of seven
#: Latin American States - ".
_BEHALF_OF_GROUP = re.compile(
    r",?\s+(?:on\s+behalf\s+of|in\s+the\s+name\s+of)\s+(?:a|the)\s+[^.;:()\u2013\u2014]{0,80}?"
    r"(?:[Ss]tates|countries|nations|members|group)\s*(?:[-:\u2013\u2014]|,\s+namely)\s*(?:the\s+)?"
)
#: What stands between a group and its members named after it: " - ", ": ", ", namely ",
#: " behind the plan — ".
_GROUP_THEN_MEMBERS = re.compile(
    r"(?:\s+behind\s+[^.;:()\u2013\u2014]{1,40}?)?\s*(?:[-:\u2013\u2014(]|,\s+namely|,)\s*(?:the\s+)?"
    # ("by a group of Latin American states led by Mexico": its leader)
    r"|,?\s+led\s+by\s+(?:the\s+)?"
)

#: What a description says its motion is about, before the participle naming its proposer:
#: "the text on accelerating the implementation of … commitments, put forward by …".
#: A proposing participle joined to the one before it, after the motion: "The draft, put forward
#: by Russia and co-sponsored by China, …" (what is between the motion and the second).
_JOINED_PASSIVE = re.compile(
    # (or a finite passive: "The draft was introduced by Chile on behalf of the group and
    # co-sponsored by …")
    # ("The text before them had been drafted by …": a few words on the motion first)
    r"(?:\s+[\w-]+){0,4}?"
    r",?\s+(?:(?:was|were|is|are|had\s+been|has\s+been|have\s+been)\s+(?:\w+ly\s+)?)?"
    rf"(?:{_PROPOSING}|drawn\s+up|written|prepared)\s+by\s+[^,;:.()]{{1,80}}?,?\s+and\s+"
    # ("drafted by the Palestinians and was sponsored by …": the second verb finite too)
    r"(?:(?:was|were|is|are|had\s+been|has\s+been|have\s+been)\s+)?"
    r"(?:(?:later|also|then|jointly|subsequently)\s+)?"
)
#: Another participle on the motion before the proposing one: "The resolution, drafted in the
#: Fourth Committee and introduced there by", "The text, negotiated for weeks in Geneva and
#: then tabled by".
_PARTICIPLE_BEFORE = re.compile(
    r",\s+(?:[a-z]+ed|drawn\s+up|written|thrashed\s+out|hammered\s+out)\s+"
    r"(?:in|at|for|over|during|by|through|within|among)\s+[^,;:.()\n]{1,60}?\s+and\s+"
    r"(?:then\s+|later\s+|finally\s+|formally\s+)?"
)
_TOPIC_BETWEEN = re.compile(
    r"\s+(?:on|about|concerning|regarding|calling\s+for|condemning|demanding|urging|(?:en)?titled|"
    r"creating|establishing|extending|renewing|setting\s+up)"
    # "…, put forward by", or "The resolution creating an expert post was put forward by"
    r"\b[^,;:.()\n]{0,160}?(?:,\s*|\s+(?:was|were|had\s+been|has\s+been)\s+)"
    # "…, a sprawling text put forward by": the motion named again in apposition
    r"(?:(?:a|an)\s+(?:[\w-]+\s+){0,3}(?:text|draft|resolution|proposal|measure)\s+(?:put\s+)?)?"
    # "a resolution on the question of the death penalty drafted by": a short topic, no comma
    r"|\s+(?:on|about|concerning|regarding)\s+[^,;:.()\n]{1,60}?\s+"
)


#: A list set off by dashes right before its verb: " — France, Portugal and Sweden — ".
_DASHED_LIST = re.compile(
    r"\s[\u2013\u2014]\s[^\u2013\u2014;:.]{1,160}?\s[\u2013\u2014]"
    rf"{_BEFORE_VERB}*\s+\Z"
)

#: What may stand before a participle opening its sentence: nothing, or a first participle and
#: its agent joined by "and" ("Drafted by Chile and submitted on behalf of the Group of 77, the
#: resolution …").
_OPENING_PARTICIPLE = re.compile(
    r"\s*(?:[A-Z][a-z]+(?:\s+(?:forward|up))?\s+by\s+[^,;:]{1,60}?\s+and\s+)?"
)


def _roles(reading: Reading, index, start, end, passive, taken_targets, kind=""):
    """(actor, target) of a trigger."""
    plain = reading.plain
    sentence = reading.sentences[index]
    agents = reading.agents(index)
    motions = [
        m
        for m, _ in reading.motion_pairs(index, collective=True)
        if not reading.mentioned.quoted(m.start, m.end) and m.form != "implicit"
    ]
    candidates = sorted(agents + motions, key=lambda m: m.start)
    if passive:
        after = [m for m in agents if m.start >= end]
        if (
            kind == "Proposes"
            and len(after) > 1
            and after[0].kind == "group"
            and after[1].kind in ("state", "organization")
            and _GROUP_THEN_MEMBERS.fullmatch(plain[after[0].end : after[1].start])
        ):
            # "by a group of seven Latin American countries - Argentina, Brazil, …": the
            # group's members propose it
            end, after = after[1].start, after[1:]
        if kind == "Proposes" and after:
            # "by the five governments behind last month's Washington programme — the United
            # States, Russia, …": a name inside the group's description is not its member
            grouped = [m for m in after[:6] if _GROUP_OF.fullmatch(plain[end : m.start])]
            # ("by the Council's three African members - Ghana, …": an owner before the group)
            if grouped and (
                len(plain[end : after[0].start].split()) > 3
                or plain.startswith(("'s ", "\u2019s "), after[0].end)
            ):
                after = after[after.index(grouped[0]) :]
        if not after or (
            len(plain[end : after[0].start].split()) > 3
            and not _GROUP_OF.fullmatch(plain[end : after[0].start])
        ):
            return None, None
        actor = after[0]
        last = ([actor, *_conjoined(reading, actor, index)] if kind == "Proposes" else [actor])[-1]
        opening = _OPENING_PARTICIPLE.fullmatch(plain, sentence.start, start) and any(
            m.start >= last.end
            and re.fullmatch(
                # ("Drafted by Mexico with the support of Brazil, the text …")
                r"(?:\s+(?:and|with)\s+[^,;:]{1,80}?)?,\s*(?:the\s+)?",
                plain[last.end : m.start],
            )
            for m in motions
        )  # "Drafted by France, the resolution …", "Drafted by France and Chile, the text …"
        if (
            kind == "Proposes"
            and not opening
            and not any(
                m.end <= start
                and (
                    len(plain[m.end : start].split()) <= 5
                    or _TOPIC_BETWEEN.fullmatch(plain[m.end : start])
                    or _JOINED_PASSIVE.fullmatch(plain[m.end : start])
                    or _PARTICIPLE_BEFORE.fullmatch(plain[m.end : start])
                )
                for m in motions
            )
        ):
            return None, None  # "Hungary, led by Prime Minister Orban": no motion proposed
        before = [m for m in motions if m.end <= start]
        later = [m for m in motions if m.start >= actor.end]
        target = before[-1] if before else (later[0] if later else None)
        return actor, target
    breaks = [
        sentence.start + b.end()
        for b in _CLAUSE_BREAK.finditer(sentence.text)
        if sentence.start + b.end() <= start
    ]
    dashed = _DASHED_LIST.search(plain, sentence.start, start) if kind == "Proposes" else None
    if dashed:
        # "Four European members — France, Portugal and Sweden — tabled a draft": the list set
        # off by dashes is the verb's subject, no clause of its own
        breaks = [b for b in breaks if b <= dashed.start()]
    zone = max([sentence.start, *breaks])
    before = [
        m
        for m in candidates
        if zone <= m.start
        and m.end <= start
        and not (
            m.kind == "state"
            and (
                (m.possessive and not _ACTING_FOR.match(plain, m.end))
                or (
                    re.search(
                        r"\b(?:of|on|in|about|over|into|to|from|for|against)\s+(?:the\s+)?$",
                        plain[max(sentence.start, m.start - 20) : m.start],
                    )
                    # ("the representative of France, which prepared the text": its state acts)
                    and not _ACTING_OF.search(plain, max(sentence.start, m.start - 40), m.start)
                )
            )
        )
    ]
    before = [
        m
        for m in before
        if m not in taken_targets
        # "Chile's UN ambassador": the title of the state's envoy, not the UN acting
        and not (m.key == "United Nations" and _UN_TITLE.match(plain, m.end))
    ]
    before = [
        m
        for m in before
        if not any(
            o is not m and o.kind == "motion" and o.start <= m.start and m.end <= o.end
            for o in candidates
        )
    ]
    if not before:
        return None, None
    # a participle after a comma ("…, urging X") belongs to the sentence's subject
    if re.search(
        r",\s*(?:having|also|while|after|before|and)?\s*$", plain[before[-1].end : start]
    ) or (plain[sentence.start : start].rstrip().endswith(('"', ","))):
        people = [m for m in before if m.kind in ("person", "anonymous")]
        subjects = [m for m in before if m.kind != "motion"]
        actor = people[0] if people else subjects[0] if subjects else before[-1]
    else:
        actor = before[-1]
    after = [
        m
        for m in candidates
        if m.end > end
        and (m.start >= end or m.kind == "motion")
        and len(plain[end : max(end, m.start)].split()) <= 10
        # "UN Assembly backs ocean text; Washington says no": not past the clause's end
        and not re.search(r"[;:]", plain[end : max(end, m.start)])
    ]
    target = None
    for mention in after:
        if mention.kind == "motion" and any(
            o is not mention and o.kind == "motion" and o.start <= mention.start < o.end
            for o in candidates
        ):
            continue
        container = next(
            (
                o
                for o in candidates
                if o.kind == "motion"
                and o is not mention
                and o.start <= mention.start
                and mention.end <= o.end
            ),
            None,
        )
        target = container or mention
        break
    return actor, target
