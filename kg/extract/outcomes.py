"""Outcomes: what became of each motion — adopted, failed, vetoed or withdrawn — with evidence.

An outcome cue (:data:`kg.extract.patterns.OUTCOME_CUES`: "was adopted by", "passed",
"approving", "went through", "sailed through", "won approval", "failed", "fell short",
"was rejected", "voted down", "vetoed", "killed", "withdrew", "pulled") names its motion as
its object ("the council adopted resolution 1973", "Egypt withdrew it", "let the resolution
pass") or its subject ("The draft … was defeated 9-2", "It passed with …", "a motion not to
act … passed"). A failure on a Security Council
draft that a veto caused ("failed because of the two vetoes") is a veto. An organ that
"voted to" act ("The General Assembly voted overwhelmingly to condemn …") adopted its
motion. Hypotheticals give no outcome ("would not let the text pass", "could still be
approved"); neither do cues inside a quote.

Vetoes themselves (who cast them) are ballots: :mod:`kg.extract.ballots` records them on the
motion (``vetoed_by``) and sets its outcome.

>>> from kg.extract.reading import Reading
>>> from kg.extract.motions import find_motions
>>> reading = Reading.of("The draft was defeated 9-2 because of the vetoes. A rival text "
...                      "was withdrawn.")
>>> find_motions(reading); find_outcomes(reading)
>>> [(m.outcome, m.organ) for m in reading.motions]
[('vetoed', 'SC'), ('withdrawn', None)]
"""

from __future__ import annotations

import re

from kg.extract.motions import focus_motion
from kg.extract.reading import Cue, Motion, Reading

__all__ = ["find_outcomes", "set_outcome"]

_MODAL_BEFORE = re.compile(
    # ("may" in lower case: "On 29 May the draft was rejected" tells the month)
    r"\b(?:would|could|might|(?-i:may)|can|cannot|should|will|must|shall|if|unless|whether|"
    r"expected\s+to|"
    r"likely\s+to|needed\s+to|need\s+to|threat\w*|promis\w*|vow\w*|hop\w*|want\w*)\b"
    r"(?:\s+\S+){0,4}\s*$",
    re.IGNORECASE,
)
_PRONOUN_SUBJECT = re.compile(
    r"\b(?:it|It|this|This"
    # "The renewal is adopted", "The mandate extension was approved": the act the text in
    # focus makes stands for it
    r"|[Tt]he\s+(?:(?:mandate|mission|sanctions|embargo)\s+)?(?:renewal|extension|rollover))\s+"
    r"(?:was\s+|is\s+|had\s+been\s+|has\s+been\s+|then\s+|also\s+|\w+ly\s+)*$"
)
#: A description that is the object of something else ("attempts to amend the text
#: failed", "criticism of the draft grew"): not the subject of the outcome after it.
_OBJECT_BEFORE = re.compile(
    r"\b(?:to\s+\w+|of|on|against|for|about|over|with|before|after|since|until|during|"
    r"following|amend\w*|support\w*|oppos\w*|(?:co-?)?sponsor(?:ed|ing)|backed|backing|"
    r"endorsed|tabled|drafted)"
    r"\s+$",
    re.IGNORECASE,
)
#: A relative clause whose subject is the motion named right before it: "…, which then passed".
_RELATIVE_SUBJECT = re.compile(
    r",\s+which\s+(?:(?:then|later|eventually|finally|was|had|has|been|\w+ly)\s+)*\Z"
)
#: Before an outcome's gerund, what keeps the act from happening: "warned against adopting",
#: "kept the Council from approving", "instead of passing", "without adopting", "rather than
#: vetoing" (not "after adopting", "by approving").
_AVERTED_BEFORE = re.compile(
    r"\b(?:against|from|instead\s+of|without|rather\s+than|short\s+of)\s+$", re.IGNORECASE
)
_VETO_WORD = re.compile(r"\bveto(?:es|ed)?\b", re.IGNORECASE)
#: The outcome a cue means for an organ's motion ("passed" is adoption only with a motion).
_STRENGTH = {"vetoed": 3, "withdrawn": 2, "failed": 1, "adopted": 1}


def find_outcomes(reading: Reading) -> None:
    """Set ``motion.outcome`` (and its evidence) from every outcome cue of the text."""
    for sentence in reading.sentences:
        index = sentence.index
        for cue in reading.cues(index, "OUTCOME"):
            if cue.value == "not-voted":
                continue
            before = reading.plain[max(sentence.start, cue.start - 40) : cue.start]
            if _MODAL_BEFORE.search(before) or re.search(r"\bnot\s+$", before):
                continue
            if cue.text.lower().endswith("ing") and _AVERTED_BEFORE.search(before):
                continue  # "warned members against adopting the text": an act not done
            if cue.value in ("adopted", "failed") and _agent_subject(reading, cue):
                continue  # "the minister rejected the resolution", "the conference failed"
            if cue.text.lower().endswith("through") and _object_after(reading, cue):
                continue  # "the committee went through the text": read, not adopted
            if "short" in cue.text.lower() and _SHORT_OF_OTHER.match(
                reading.plain, cue.end - 3 * cue.text.lower().endswith(" of")
            ):
                continue  # "the text fell short of everything Beirut had asked for": no count
            if cue.text.lower() in ("failed", "fails") and _FAILED_TO_SAY.match(
                reading.plain, cue.end
            ):
                continue  # "the resolution failed to address those concerns": what it says
            if cue.text.lower() == "killed" and _people_killed(reading, cue):
                continue  # "the shelling … in which 100 civilians were killed": no outcome
            if _ATTRIBUTIVE_BEFORE.search(before) and not _motion_after(reading, cue):
                continue  # "the defeated Axis powers", "a rejected bidder": an adjective
            target = _target(reading, cue)
            if target is None:
                continue
            motion = target
            outcome = cue.value
            clause = reading.plain[_clause_start(reading, cue) : sentence.end]
            if outcome == "failed" and _VETO_WORD.search(clause):
                outcome = "vetoed"
            if outcome == "vetoed" and motion.organ in ("GA", "HRC"):
                continue  # a Council draft vetoed in a sentence about the assembly's vote
            killed = cue.text.lower() == "killed"
            if killed and not _VETO_WORD.search(reading.plain[sentence.start : cue.start]):
                outcome = "failed"  # "killed" is a veto only after one ("Russia's veto killed")
            if _conflicting(motion.outcome, outcome):
                motion = _split(reading, motion, index) or motion
            set_outcome(reading, motion, outcome, cue)
    _organ_voted_to(reading)


#: A determiner right before a one-word participle cue makes it an adjective of the noun
#: after it: an outcome only when that noun names a motion ("the rejected draft", not "the
#: defeated Axis powers").
_ATTRIBUTIVE_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her|these|those)\s+$", re.I)


def _motion_after(reading: Reading, cue: Cue) -> bool:
    """Whether a motion's description starts right after the cue ("the rejected draft")."""
    return any(
        mention.start >= cue.end and not reading.plain[cue.end : mention.start].split()[1:]
        for mention, _ in reading.motion_pairs(cue.sentence)
    )


#: "failed to" and a verb of what a text says or does, not of its passage: "failed to address
#: those concerns", "fails to mention the militia" (not "failed to win nine votes", "failed to
#: pass", "failed to be adopted").
_FAILED_TO_SAY = re.compile(
    r"\s+to\s+(?!(?:pass|win|get|gain|secure|garner|muster|attract|obtain|be\b|carry|receive|"
    r"reach|command|clear|survive|make|go\s+through|gather|draw|achieve)\w*)[a-z]+",
)
#: "fell short of" a thing that is no count of votes ("of everything Beirut had asked for",
#: "of expectations"), not "fell short of the nine votes needed", "of a majority".
_SHORT_OF_OTHER = re.compile(
    r"\s+of\s+(?!(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,3}?(?:votes?|majority|threshold|"
    r"nine|two-thirds|\d+)\b)"
)
#: An organ that "voted to" act adopted the motion that does it: "The General Assembly voted
#: overwhelmingly on Thursday to condemn the annexation" (not "voted to reject …").
_VOTED_TO = re.compile(
    r"\s+(?:(?:on\s+\w+day|\w+ly|today|again)\s+)*voted\s+"
    r"(?:(?:\w+ly|on\s+\w+day|today|again|\d{1,3}(?:\s?[-\u2013]\s?\d{1,3}){1,2}|"
    r"(?:by\s+)?\d{1,3}\s+(?:votes\s+)?to\s+\d{1,3}(?:,\s+with\s+\d{1,3}\s+abstentions,)?)\s+)*"
    r"to\s+(?!(?:reject|oppose|block|defeat|not|veto)\b)[a-z]+\b"
)


def _organ_voted_to(reading: Reading) -> None:
    """An organ that "voted to" do something adopted its motion (see ``_VOTED_TO``)."""
    for sentence in reading.sentences:
        for organ in reading.mentioned.in_sentence(sentence.index, ("organ",)):
            found = _VOTED_TO.match(reading.plain, organ.end, sentence.end)
            if found is None:
                continue
            pairs = [
                pair
                for pair in reading.motion_pairs(sentence.index)
                if pair[1].organ in (None, organ.key)
            ]
            motion = pairs[0][1] if pairs else None
            if motion is None or motion.outcome is not None:
                continue
            verb = reading.plain.find("voted", organ.end, found.end())
            cue = Cue(
                "OUTCOME",
                "adopted",
                verb,
                found.end(),
                reading.plain[verb : found.end()],
                sentence.index,
            )
            set_outcome(reading, motion, "adopted", cue)


def _object_after(reading: Reading, cue: Cue) -> bool:
    """Whether a motion is named within two words after the cue (its object)."""
    return any(
        pair[0].start >= cue.end and len(reading.plain[cue.end : pair[0].start].split()) <= 2
        for pair in reading.motion_pairs(cue.sentence)
    )


def _people_killed(reading: Reading, cue: Cue) -> bool:
    """Whether "killed" is passive with no motion in its clause ("… at Qana, in which more
    than 100 civilians were killed"): people died, no text was killed."""
    start = _clause_start(reading, cue)
    before = reading.plain[start : cue.start]
    relative = list(re.finditer(r",\s+(?:(?:in|during|at)\s+which|where|when|which|who)\b", before))
    if relative:
        start += relative[-1].end()
        before = reading.plain[start : cue.start]
    return re.search(r"\b(?:were|was|been|being)\s+$", before) is not None and not any(
        start <= pair[0].start < cue.start for pair in reading.motion_pairs(cue.sentence)
    )


def _agent_subject(reading: Reading, cue: Cue) -> bool:
    """Whether the cue's subject is a state, person or organisation (the nearest name before
    it in its clause, nearer than any motion): what they reject is their stance, what fails
    is their effort — an organ's or a motion's outcome needs an organ or a motion."""
    start = _clause_start(reading, cue)
    motions = [
        pair[0] for pair in reading.motion_pairs(cue.sentence) if start <= pair[0].start < cue.start
    ]
    organs = [
        m
        for m in reading.agents(cue.sentence)
        if m.kind == "organ" and start <= m.start and m.end <= cue.start
    ]
    if (
        cue.value == "failed"
        and organs
        and re.fullmatch(r"\s*(?:\w+ly\s+)?", reading.plain[organs[-1].end : cue.start])
        and all(m.end <= organs[-1].start for m in motions)
        and not any(
            0 <= pair[0].start - cue.end <= 30 for pair in reading.motion_pairs(cue.sentence)
        )
    ):
        return True  # "after the Security Council failed four times to agree": the organ's
    names = [
        m
        for m in reading.agents(cue.sentence)
        if start <= m.start and m.end <= cue.start and m.kind != "organ"
    ]
    if _BODY_SUBJECT.search(reading.plain, start, cue.start) and not motions:
        return True  # "The government has rejected the resolution": its stance, no outcome
    if _STATES_SUBJECT.search(reading.plain, start, cue.start) and not motions:
        return True  # "Several former Soviet states also rejected the text": their ballots
    if not names:
        return False
    nearest = max(names, key=lambda m: m.end)
    if motions and "," in reading.plain[nearest.end : cue.start]:
        return False  # "The text, co-sponsored by Japan, was adopted": a name in an aside
    if motions and _AFTER_PREPOSITION.search(reading.plain, start, _list_head(reading, nearest)):
        return False  # "The text was drafted by Japan and the EU and was adopted": an agent
    return all(m.end <= nearest.start for m in motions)


#: A government or its people as the subject right before the cue: what they reject or
#: adopt is their own business, not the organ's ("The government has rejected the resolution").
_BODY_SUBJECT = re.compile(
    r"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[A-Z][\w-]*'s)\s+(?:\w+\s+)?(?:government|authorities|officials|"
    r"ministry|minister|opposition|rebels|parliament|president|regime|junta|leaders?|cabinet)"
    r"\s+(?:(?:has|had|have|also|then|swiftly|\w+ly)\s+)*\Z"
)
#: A group of states as the subject right before the cue ("Several former Soviet states also
#: rejected the text"); not "member states", the organ's own membership.
_STATES_SUBJECT = re.compile(
    r"(?<!\b[Mm]ember\s)\b(?:states|countries|nations|governments|allies|delegations)\s+"
    r"(?:(?:has|had|have|also|then|all|both|\w+ly)\s+)*\Z"
)
#: A name that a preposition governs ("drafted by Japan", "a text on Iran") is no subject.
_AFTER_PREPOSITION = re.compile(
    r"\b(?:by|from|of|with|on|for|against|about)\s+(?:the\s+)?\Z|"
    r"\bby\s+(?:a|the)\s+(?:core\s+)?group\s+of\s+[^.;:()]{0,60}?\s*[-:\u2013\u2014]\s*\Z"
)


def _list_head(reading: Reading, last) -> int:
    """Where the list of names ending with ``last`` starts ("Japan, Brazil and the EU")."""
    position = last.start
    for mention in sorted(reading.agents(last.sentence), key=lambda m: -m.start):
        if mention.end <= position and re.fullmatch(
            r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?", reading.plain[mention.end : position]
        ):
            position = mention.start
    return position


def _conflicting(current: str | None, outcome: str) -> bool:
    """Two outcomes one vote cannot both have: adopted and anything else, withdrawn and a
    vote's failure (a veto is a failure, not another outcome)."""
    if current is None or current == outcome:
        return False
    return "adopted" in (current, outcome) or "withdrawn" in (current, outcome)


def _split(reading: Reading, motion: Motion, index: int) -> Motion | None:
    """A motion told in sentence ``index`` with an outcome that contradicts the one it has
    is another motion: "The Security Council adopted resolution 2334 … Egypt had tabled the
    draft, then withdrew it" — the withdrawn draft takes the sentence's mentions with it."""
    here = [m for m in motion.mentions if m.sentence == index and m.form != "implicit"]
    if not here or len(here) == len(motion.mentions):
        return None
    other = reading.new_motion(here[0].attributes.get("motion_kind", motion.kind))
    if other.kind == "vote":
        other.kind = motion.kind
    other.organ, other.organ_evidence = motion.organ, motion.organ_evidence
    for mention in here:
        motion.mentions.remove(mention)
        other.mentions.append(mention)
        reading.motion_of[(mention.start, mention.end)] = other
    return other


def set_outcome(reading: Reading, motion: Motion, outcome: str, cue: Cue) -> None:
    """Record ``outcome`` with its evidence; a veto outranks a failure ("failed because of
    the vetoes") and implies the Security Council."""
    current = motion.outcome
    if current is None or _STRENGTH[outcome] > _STRENGTH.get(current, 0):
        motion.outcome = outcome
    motion.outcome_evidence.append(reading.evidence(cue.sentence, cue.start, cue.end))
    motion.inert = False
    if motion.outcome == "vetoed" and motion.organ is None:
        motion.organ = "SC"
        motion.organ_evidence = "veto"


def _clause_start(reading: Reading, cue: Cue) -> int:
    """Where the cue's clause starts; in "Russia vetoed a U.S. resolution, and a rival Russian
    text was rejected" the coordinate clause, when it names a motion before the cue."""
    start = reading.clause_start(cue.sentence, cue.start)
    coordinate = [
        match.end()
        for match in re.finditer(r",\s+(?:and|but)\s+", reading.plain[start : cue.start])
    ]
    if coordinate and any(
        start + coordinate[-1] <= pair[0].start < cue.start
        for pair in reading.motion_pairs(cue.sentence)
    ):
        return start + coordinate[-1]
    return start


def _target(reading: Reading, cue: Cue) -> Motion | None:
    """The motion the cue speaks of, or None."""
    index = cue.sentence
    pairs = reading.motion_pairs(index)
    plain = reading.plain
    after = [
        pair
        for pair in pairs
        if pair[0].start >= cue.end
        and len(plain[cue.end : pair[0].start].split()) <= 2
        # (not "Each was voted down before the final vote": a time, not the object)
        and not re.match(
            r"\s*(?:before|after|since|until|during)\b", plain[cue.end : pair[0].start]
        )
    ]
    if after:
        return after[0][1]
    if re.match(r"\s+(?:it|them)\b", plain[cue.end : cue.end + 6]):
        earlier = [pair for pair in pairs if pair[0].start < cue.start]
        motion = earlier[-1][1] if earlier else focus_motion(reading, cue.start, pronoun=True)
        return motion
    relative = _RELATIVE_SUBJECT.search(plain, reading.sentences[index].start, cue.start)
    if relative is not None:
        # "voting for the same text, which then passed 123 to 38": the motion before "which"
        named = [pair for pair in pairs if pair[0].end == relative.start()]
        if named:
            return named[0][1]
    clause_start = reading.clause_start(index, cue.start)
    # "Russia vetoed a U.S. resolution, and a rival Russian text was rejected": the subject
    # of the coordinate clause the cue is in, when it names one
    coordinate = [
        match.end() for match in re.finditer(r",\s+(?:and|but)\s+", plain[clause_start : cue.start])
    ]
    if coordinate and any(
        clause_start + coordinate[-1] <= pair[0].start < cue.start for pair in pairs
    ):
        clause_start += coordinate[-1]
    subjects = [
        pair
        for pair in pairs
        if clause_start <= pair[0].start < cue.start
        and (pair[0].form != "implicit" or pair[0].end >= cue.start)
        and not _OBJECT_BEFORE.search(plain[max(clause_start, pair[0].start - 30) : pair[0].start])
    ]
    if subjects:
        return subjects[0][1]
    if re.fullmatch(r"\s*,?\s*(?:and|but|then)?\s*", plain[clause_start : cue.start]):
        # "…, but failed because …": the subject of the sentence's first clause
        earlier = [pair for pair in pairs if pair[0].start < clause_start]
        if earlier:
            return earlier[0][1]
    if _PRONOUN_SUBJECT.search(plain[clause_start : cue.start]):
        motion = focus_motion(reading, cue.start, pronoun=True)
        return motion
    return None
