"""Gold annotations for scoring the extractor on any news text (``dkg-gold/1``).

The curated event format (``kg/data/events``, ``dkg-event/1``) describes an article for the
knowledge graph: every motion needs a UN symbol, every ballot a roll call of ``kg/data/votes``
and every person a registry entry with a post. Most news is about votes the project does not
hold and people the registry does not know, so scoring needs a lighter format that can say
"the text reports a vote, here is what it says about it" without identifying it. One YAML file
per text (``NAME.gold.yaml`` beside ``NAME.txt``)::

    format: dkg-gold/1
    published: 2017-12-19        # the day the text was written (what --date would be); or null
    dateline: true               # optional: the text opens with a dateline (the year may lack)
    motions:                     # every motion the text reports on individually
      - id: jerusalem-draft      # a local name: lower-case letters, digits, hyphens
        kind: draft              # resolution | draft | amendment | procedural
        organ: SC                # GA | SC | HRC; left out when the text does not say
        symbol: S/2017/1060      # only when the text gives it
        date: 2017-12-18         # the vote's day as the text supports it: YYYY-MM-DD, YYYY-MM, YYYY
        proposed_by: [EGY]       # states (alpha-3) or bodies the text names as authors
        tally: {yes: 14, no: 1}  # the counts the text gives, no more
        outcome: vetoed          # adopted | failed | vetoed | withdrawn
        vetoed_by: [USA]
        rollcall: null           # a kg/data/votes roll call id, when the vote is one of them
        mentions:                # phrases of the text that name this motion
          - a draft resolution   #   a string: every occurrence in the text
          - {text: the draft, occurrence: 2}   # only the 2nd occurrence (1-based)
    ballots:                     # [voter, option, motion id]; option yes|no|abstain|non_voting
      - [USA, no, jerusalem-draft]
    people: [Nikki Haley]        # everyone the text names, as the text spells the full name
    bodies: [SC, GA, United Nations, Arab League]   # organs and organisations the text names
    speakers: [Nikki Haley, RUS] # who speaks (quoted or reported): a person, or a state code
    stances:                     # vote threats that are not ballots: [actor, kind, motion or null]
      - [FRA, ThreatensVeto, iraq-second-draft]
    note: free text for the curator

Conventions (what a curator writes down):

- **State what the text states.** A motion is listed when the text reports on it individually
  (a vote, a withdrawal, a vote to come); a tally holds the counts the text gives, in figures
  or in words ("none against" is 0, "cast the lone vote against" and "the sole abstention" are
  1); a ballot is listed when the text says how that state voted on that motion; a veto is a
  ``vetoed_by`` entry *and* a No ballot. A date is given only when the text lets a reader work
  it out (relative dates are resolved against ``published`` or against the vote they are
  relative to).
- **A group named as a whole names no state.** "All 28 members of the European Union voted
  no", "the Nordic countries abstained" give no ballots; a member the text names ("Britain, still
  a member then, …", "among them France and Spain") gets its ballot.
- **Scenarios are not votes.** "Could veto", "threatened to veto", "without veto power", "if X
  abstained" give no ballot; an announced or threatened veto is a ``ThreatensVeto`` stance.
- **Organs:** a vote of one of the Assembly's main committees (First to Sixth, Special
  Political) is the Assembly's (``organ: GA``); any other committee's vote has no organ.
- **Bodies** use the gazetteer's key where the registry has one (``GA``, ``SC``, ``HRC``,
  ``United Nations``, ``European Union``, ``NATO``), else the body's full English name
  ("Human Rights Watch", "World Health Organization"). A body named only inside a longer
  name ("UN" in "UN Security Council") is not listed for itself.
- **People** are listed by the full name the text gives (registry spelling for registered
  people); **speakers** by the same name, or the state's code when a state, its capital or
  an unnamed official of it speaks ("Moscow said", "a Russian diplomat said", "Israeli
  officials said"), or the body's name (as for **bodies**) when an organisation speaks as
  one ("Human Rights Watch said", "the EU delegate countered"; not "Letta Tayler of Human
  Rights Watch said", where she speaks). Other unnamed speakers ("one European diplomat")
  are not listed. "X also said no" is a ballot, not a statement; "X urged the Council to
  renew …" reports what X said, so X is a speaker.

>>> gold = read_gold_text(
...     "format: dkg-gold/1\\npublished: 2017-12-19\\nmotions:\\n"
...     "  - {id: draft, kind: draft, organ: SC, outcome: vetoed, vetoed_by: [USA],"
...     " mentions: [a draft]}\\nballots:\\n  - [USA, no, draft]\\n", "example")
>>> gold.motions["draft"].outcome, gold.ballots
('vetoed', [('USA', 'no', 'draft')])
>>> motion_spans(gold, "The US vetoed a draft.")
{'draft': [(14, 21)]}
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.errors import DataError
from kg.sources.yamlfile import load_yaml, load_yaml_text

__all__ = [
    "FORMAT",
    "OUTCOMES",
    "GoldMotion",
    "GoldText",
    "motion_spans",
    "read_gold",
    "read_gold_text",
]

FORMAT = "dkg-gold/1"
OUTCOMES = ("adopted", "failed", "vetoed", "withdrawn")
_KINDS = ("resolution", "draft", "amendment", "procedural")
_ORGANS = ("GA", "SC", "HRC")
_OPTIONS = ("yes", "no", "abstain", "non_voting")
_COUNTS = ("yes", "no", "abstain", "non_voting")
_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_CODE = re.compile(r"^[A-Z]{3}$")
_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
_TOP_KEYS = {
    "format",
    "published",
    "dateline",
    "motions",
    "ballots",
    "people",
    "bodies",
    "speakers",
    "stances",
    "note",
}
_MOTION_KEYS = {
    "id",
    "kind",
    "organ",
    "symbol",
    "date",
    "proposed_by",
    "tally",
    "outcome",
    "vetoed_by",
    "rollcall",
    "mentions",
    "note",
}


@dataclass(frozen=True)
class GoldMotion:
    """One motion the text reports on; ``mentions`` are (phrase, occurrence or None)."""

    id: str
    kind: str
    organ: str | None = None
    symbol: str | None = None
    date: str | None = None
    proposed_by: tuple[str, ...] = ()
    tally: dict[str, int] | None = None
    outcome: str | None = None
    vetoed_by: tuple[str, ...] = ()
    rollcall: str | None = None
    mentions: tuple[tuple[str, int | None], ...] = ()


@dataclass
class GoldText:
    """What one text states, as :func:`read_gold` reads it."""

    where: str
    published: dt.date | None
    dateline: bool = False
    motions: dict[str, GoldMotion] = field(default_factory=dict)
    ballots: list[tuple[str, str, str]] = field(default_factory=list)
    people: list[str] = field(default_factory=list)
    bodies: list[str] = field(default_factory=list)
    speakers: list[str] = field(default_factory=list)
    stances: list[tuple[str, str, str | None]] = field(default_factory=list)


def read_gold(path: Path | str) -> GoldText:
    """Read and check a ``dkg-gold/1`` file; every problem is a :class:`DataError` naming
    the file and the entry."""
    path = Path(path)
    return _gold(load_yaml(path), str(path))


def read_gold_text(text: str, where: str) -> GoldText:
    """:func:`read_gold` for YAML given as a string (``where`` names it in errors)."""
    return _gold(load_yaml_text(text, where), where)


def _fail(where: str, what: str, fix: str) -> DataError:
    return DataError(what, where=where, fix=fix)


def _gold(raw: Any, where: str) -> GoldText:
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        raise _fail(where, f"not a {FORMAT} file", f"start the file with 'format: {FORMAT}'")
    unknown = sorted(set(raw) - _TOP_KEYS)
    if unknown:
        raise _fail(where, f"unknown key {unknown[0]!r}", f"keys: {', '.join(sorted(_TOP_KEYS))}")
    published = raw.get("published")
    gold = GoldText(
        where,
        _day(published, where, "published") if published is not None else None,
        raw.get("dateline", False) is True,
    )
    for entry in raw.get("motions") or []:
        motion = _motion(entry, where)
        if motion.id in gold.motions:
            raise _fail(where, f"duplicate motion id {motion.id!r}", "give each motion its own id")
        gold.motions[motion.id] = motion
    for entry in raw.get("ballots") or []:
        if not (isinstance(entry, list) and len(entry) == 3):
            raise _fail(where, f"ballot {entry!r}", "write [voter, option, motion id]")
        voter, option, motion = (str(item) for item in entry)
        _code(voter, where, "ballot voter")
        if option not in _OPTIONS:
            raise _fail(where, f"ballot option {option!r}", f"one of {', '.join(_OPTIONS)}")
        _known(motion, gold, where)
        gold.ballots.append((voter, option, motion))
    for motion in gold.motions.values():
        for state in motion.vetoed_by:
            if (state, "no", motion.id) not in gold.ballots:
                raise _fail(
                    where,
                    f"{state} vetoed {motion.id} but has no No ballot on it",
                    "a veto is also a No ballot: add it to ballots",
                )
    gold.people = [_name(item, where, "people") for item in raw.get("people") or []]
    gold.bodies = [_name(item, where, "bodies") for item in raw.get("bodies") or []]
    gold.speakers = [_name(item, where, "speakers") for item in raw.get("speakers") or []]
    for entry in raw.get("stances") or []:
        if not (isinstance(entry, list) and len(entry) == 3):
            raise _fail(where, f"stance {entry!r}", "write [actor, kind, motion id or null]")
        actor, kind, motion = entry
        if motion is not None:
            _known(str(motion), gold, where)
        gold.stances.append((str(actor), str(kind), None if motion is None else str(motion)))
    return gold


def _motion(entry: Any, where: str) -> GoldMotion:
    if not isinstance(entry, dict) or "id" not in entry:
        raise _fail(where, f"motion {entry!r}", "each motion is a mapping with an id")
    motion_id = str(entry["id"])
    here = f"{where}, motion {motion_id}"
    if not _ID.match(motion_id):
        raise _fail(here, "bad id", "use lower-case letters, digits and hyphens")
    unknown = sorted(set(entry) - _MOTION_KEYS)
    if unknown:
        raise _fail(here, f"unknown key {unknown[0]!r}", f"keys: {', '.join(sorted(_MOTION_KEYS))}")
    kind = entry.get("kind", "resolution")
    if kind not in _KINDS:
        raise _fail(here, f"kind {kind!r}", f"one of {', '.join(_KINDS)}")
    organ = entry.get("organ")
    if organ is not None and organ not in _ORGANS:
        raise _fail(here, f"organ {organ!r}", f"one of {', '.join(_ORGANS)}")
    outcome = entry.get("outcome")
    if outcome is not None and outcome not in OUTCOMES:
        raise _fail(here, f"outcome {outcome!r}", f"one of {', '.join(OUTCOMES)}")
    date = entry.get("date")
    if date is not None and not _DATE.match(str(date)):
        raise _fail(here, f"date {date!r}", "write YYYY-MM-DD, YYYY-MM or YYYY")
    tally = entry.get("tally")
    if tally is not None:
        if not isinstance(tally, dict) or set(tally) - set(_COUNTS) or not tally:
            raise _fail(here, f"tally {tally!r}", f"counts keyed {', '.join(_COUNTS)}")
        tally = {key: int(value) for key, value in tally.items()}
    vetoed_by = tuple(_code(code, here, "vetoed_by") for code in entry.get("vetoed_by") or [])
    if vetoed_by and outcome != "vetoed":
        raise _fail(here, "vetoed_by without outcome: vetoed", "set outcome: vetoed")
    mentions = tuple(_mention(item, here) for item in entry.get("mentions") or [])
    if not mentions:
        raise _fail(here, "no mentions", "list the phrases of the text that name the motion")
    return GoldMotion(
        motion_id,
        kind,
        organ,
        entry.get("symbol"),
        None if date is None else str(date),
        tuple(str(item) for item in entry.get("proposed_by") or []),
        tally,
        outcome,
        vetoed_by,
        entry.get("rollcall"),
        mentions,
    )


def _mention(item: Any, where: str) -> tuple[str, int | None]:
    if isinstance(item, str) and item.strip():
        return item, None
    if isinstance(item, dict) and set(item) == {"text", "occurrence"}:
        return str(item["text"]), int(item["occurrence"])
    raise _fail(where, f"mention {item!r}", "a phrase, or {text: phrase, occurrence: N}")


def _day(value: Any, where: str, name: str) -> dt.date:
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise _fail(where, f"{name} {value!r} is not a date", "write YYYY-MM-DD") from None


def _code(value: Any, where: str, name: str) -> str:
    if not isinstance(value, str) or not _CODE.match(value):
        raise _fail(where, f"{name} {value!r}", "an ISO 3166-1 alpha-3 code, e.g. USA")
    return value


def _name(value: Any, where: str, name: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise _fail(where, f"{name}: {value!r}", "a non-empty name")
    return value.strip()


def _known(motion: str, gold: GoldText, where: str) -> None:
    if motion not in gold.motions:
        raise _fail(where, f"unknown motion {motion!r}", "declare it under motions first")


def motion_spans(gold: GoldText, text: str) -> dict[str, list[tuple[int, int]]]:
    """Motion id → the ``[start, end)`` spans of its mentions in ``text``.

    Whitespace in a phrase matches any whitespace (a line wrap in the text). A mention that is
    not in the text (or has fewer occurrences than asked) is an error: the gold file was
    written for another text.
    """
    spans: dict[str, list[tuple[int, int]]] = {}
    for motion in gold.motions.values():
        found: list[tuple[int, int]] = []
        for phrase, occurrence in motion.mentions:
            pattern = r"\s+".join(re.escape(word) for word in phrase.split())
            matches = [match.span() for match in re.finditer(pattern, text)]
            if occurrence is not None:
                matches = matches[occurrence - 1 : occurrence]
            if not matches:
                raise _fail(
                    f"{gold.where}, motion {motion.id}",
                    f"mention {phrase!r} (occurrence {occurrence or 'any'}) is not in the text",
                    "copy the phrase exactly as the text writes it",
                )
            found.extend(matches)
        spans[motion.id] = sorted(found)
    return spans
