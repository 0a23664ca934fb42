"""Entities: the people, states, organs, organisations and dates a text names, as facts.

One ``person`` fact per person (registry name, or the name as written for people the
registry lacks) with the post the registry gives on the text's date and its evidence; one
``state``, ``organ`` or ``organization`` fact per thing named, with every mention as
evidence; one ``date`` fact per date phrase with its resolved value.

>>> from kg.extract import extract
>>> [(f.type, f.fields.get("name") or f.fields.get("key")) for f in extract(
...     "Human Rights Watch said Susan Rice of the United States was right.").facts
...  if f.type in ("person", "organization")]
[('organization', 'Human Rights Watch'), ('person', 'Susan Rice')]
"""

from __future__ import annotations

import re

from kg.extract.facts import Fact
from kg.extract.lexicon import person_posts
from kg.extract.reading import Reading
from kg.extract.statements import person_post

__all__ = ["add_entities"]


def add_entities(reading: Reading) -> None:
    """Add person, state, organ, organisation and date facts."""
    _people(reading)
    _named(reading)
    _dates(reading)


def _people(reading: Reading) -> None:
    people: dict[str, Fact] = {}
    for mention in reading.mentioned.mentions:
        if mention.kind != "person":
            continue
        index = mention.sentence
        registered = mention.key in person_posts() or not mention.attributes.get("unregistered")
        name_span = mention.attributes.get("name_span", (mention.start, mention.end))
        evidence = [reading.evidence(index, *name_span)]
        for key in ("title_span", "post_span"):
            if key in mention.attributes:
                evidence.append(reading.evidence(index, *mention.attributes[key]))
        if mention.key in people:
            people[mention.key].evidence.extend(evidence)
            continue
        post, holds = person_post(reading, mention) if registered else (None, None)
        confidence = {"name": 0.95, "surname": 0.85, "titled": 0.7}.get(mention.form, 0.8)
        people[mention.key] = reading.add(
            "person",
            {
                "name": mention.key,
                "registered": bool(registered and not mention.attributes.get("unregistered")),
                "post": post.title if post else None,
                "title": mention.attributes.get("title") or mention.attributes.get("post_text"),
                "state": mention.attributes.get("state")
                or (post.post_in if post and len(post.post_in) == 3 else None),
                "post_in": post.post_in if post else None,
                "holds": holds,
            },
            evidence,
            confidence,
            f"person-{mention.form}",
        )


def _named(reading: Reading) -> None:
    seen: dict[tuple[str, str], Fact] = {}
    for mention in reading.mentioned.mentions:
        if mention.kind not in ("state", "organ", "organization"):
            continue
        if mention.kind == "organization" and (
            _in_masthead(reading.text, mention.start, mention.end)
            or _in_byline(reading.text, mention.start, mention.end)
            or _in_instrument_name(reading.text, mention.start, mention.end)
        ):
            continue
        key = (mention.kind, mention.key or "")
        evidence = reading.evidence(mention.sentence, mention.start, mention.end)
        if key in seen:
            seen[key].evidence.append(evidence)
            continue
        confidence = 0.6 if mention.form in ("adjective", "demonym") else 0.9
        if mention.attributes.get("ambiguous"):
            confidence -= 0.2
        fields = {"code": mention.key} if mention.kind == "state" else {"key": mention.key}
        seen[key] = reading.add(
            mention.kind, fields, [evidence], confidence, f"gazetteer-{mention.form}"
        )


#: A run of three or more words in capitals: a newsletter's masthead ("THE UN WEEK | Monday
#: briefing", "UN WEEK IN BRIEF - Friday") or a dateline, where a body's name is a title.
_CAPITAL_WORD = r"[A-Z][A-Z.'\u2019&]*(?![A-Za-z])"
_CAPITALS_RUN = re.compile(rf"\b{_CAPITAL_WORD}(?:[\s|:\u2014-]+{_CAPITAL_WORD}){{2,}}")


def _in_masthead(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` stands in a run of words all in capitals.

    >>> _in_masthead("THE UN WEEK | Monday briefing", 4, 6)
    True
    >>> _in_masthead("The UN week ahead: ECOSOC, then the UN", 4, 6)
    False
    >>> _in_masthead("U.N. BRIEFING NOTES: the U.N. said", 0, 4)
    True
    """
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    return any(
        run.start() <= start - line_start and end - line_start <= run.end()
        for run in _CAPITALS_RUN.finditer(line)
    )


#: A byline on a line of its own: "By our United Nations correspondent", "From our
#: correspondent at the UN", "Our UN correspondent", "-- Compiled by the UN desk": the
#: newspaper's post, where a body's name says where the writer sits.
_BYLINE = re.compile(
    r"[ \t]*(?:\(|--|[\u2013\u2014-])?[ \t]*(?:By|From|Our|(?:Compiled|Reporting)\s+by)\b"
    r"[^\n]{0,60}\b(?:correspondents?|desk|bureau)\b[^\n]{0,40}"
)


def _in_byline(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` stands in a byline line.

    >>> text = "Vote\\nBy our UN correspondent\\nThe UN voted."
    >>> _in_byline(text, 12, 14), _in_byline(text, 33, 35)
    (True, False)
    >>> _in_byline("18:15 Analysis from our UN correspondent: it passed.", 24, 26)
    False
    """
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = line_end if line_end >= 0 else len(text)
    return _BYLINE.fullmatch(text, line_start, line_end) is not None


#: An instrument's name that holds a body's: "the UN Charter", "the 1982 U.N. Convention on the
#: Law of the Sea", "the United Nations Declaration on the Rights of Indigenous Peoples", "the
#: UN Register of Conventional Arms", "the Charter of the United Nations" (not "the Budapest
#: Convention of the Council of Europe", a body's instrument).
_INSTRUMENT_HEADS = (
    r"Charter|Convention|Covenant|Declaration|Decade|Register|Protocol|Treaty|Principles|"
    r"Guidelines|Rules"
)
_INSTRUMENT_AFTER = re.compile(rf"\s+(?:[A-Z][\w\-]*\s+){{0,2}}(?:{_INSTRUMENT_HEADS})\b")
_INSTRUMENT_BEFORE = re.compile(r"\bCharter\s+of\s+(?:the\s+)?$")


def _in_instrument_name(text: str, start: int, end: int) -> bool:
    """Whether the body at ``text[start:end]`` is named only inside an instrument's name (a
    body named inside a longer name is not named for itself).

    >>> text = "It breaches the UN Charter and the Charter of the United Nations."
    >>> _in_instrument_name(text, 16, 18), _in_instrument_name(text, 50, 64)
    (True, True)
    >>> _in_instrument_name("The UN charter flight left; the UN voted.", 4, 6)
    False
    """
    return bool(
        _INSTRUMENT_AFTER.match(text, end)
        or _INSTRUMENT_BEFORE.search(text[max(0, start - 40) : start])
    )


def _dates(reading: Reading) -> None:
    for index, mentions in reading.dates.items():
        sentence = reading.sentences[index]
        for mention in mentions:
            if mention.kind == "relative":
                continue  # an offset dates the vote it belongs to (kg.extract.motions)
            fields = {
                "phrase_kind": mention.kind,
                "value": mention.value.isoformat() if mention.value else None,
            }
            if mention.start_date:
                fields |= {
                    "start": mention.start_date.isoformat(),
                    "end": mention.end_date.isoformat(),
                }
            if mention.note:
                fields["note"] = mention.note
            reading.add(
                "date",
                fields,
                [
                    reading.evidence(
                        index, sentence.start + mention.start, sentence.start + mention.end
                    )
                ],
                0.9 if mention.value or mention.start_date else 0.5,
                f"date-{mention.kind}",
            )
