"""The strict reader of the annotation files: every key, span, reference and code checked.

Each problem is a :class:`kg.errors.DataError` naming the file, the fact and the field.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from kg.checks import is_known_state, iso_date
from kg.errors import DataError
from kg.ontology import (
    ID,
    motion_iri,
    organ_iri,
    organization_iri,
    person_iri,
    rollcall_iri,
    state_iri,
)
from kg.sources.events.model import (
    DEFAULT_EVENT,
    ENTITY_TYPES,
    FORMAT,
    MOTION_KINDS,
    ORGANS,
    RESULTS,
    DocumentInfo,
    Entity,
    EventAnnotation,
    EvidenceSpan,
    Fact,
    Ref,
)
from kg.sources.yamlfile import load_yaml
from kg.vocabulary import COUNT_IRIS, OPTION_IRIS_BY_WORD, STANCE_KINDS

__all__ = ["read_event"]

_REF_KINDS = ("state", "person", "organ", "organization", "motion", "rollcall", "local", "event")
_MAX_MENTION_WORDS = 10
_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_STATE_CODE = re.compile(r"^[A-Z]{3}$")
_SYMBOL = re.compile(r"^[AS]/\S+$")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")

_COMMON_KEYS = {"id", "type", "evidence", "note"}
#: fact type → (required keys, optional keys), beyond id, type, evidence (required) and note.
_FACT_KEYS: dict[str, tuple[set[str], set[str]]] = {
    "rollcall": ({"rollcall", "motion"}, {"date", "organ", "tallies", "result", "identified_by"}),
    "ballot": ({"rollcall", "voter", "option"}, set()),
    "motion": ({"symbol", "kind"}, {"proposed_by", "adopted_as", "amends", "identified_by"}),
    "stance": ({"kind", "actor", "target"}, {"on", "references", "date"}),
    "statement": ({"speaker", "speaking_for", "date"}, {"quote", "about"}),
    "rule": (
        {"organ", "label"},
        {"required_votes", "member_count", "permanent_member_veto", "matches"},
    ),
    "members": ({"of", "states"}, {"seat"}),
    "person": ({"name", "post", "holds"}, set()),
    "note": ({"subject"}, {"involves", "hypothetical"}),
}
_ENTITY_KEYS = {"id", "type", "label", "note", "amends", "evidence"}


class _Context:
    """Where a value comes from, for error messages: file, fact (or entity) and field."""

    def __init__(self, path: Path, owner: str | None = None):
        self.path = path
        self.owner = owner

    def where(self, field_name: str | None = None) -> str:
        parts = [str(self.path)]
        if self.owner:
            parts.append(self.owner)
        if field_name:
            parts.append(f"field {field_name!r}")
        return ", ".join(parts)

    def error(self, what: str, field_name: str | None, fix: str) -> DataError:
        return DataError(what, where=self.where(field_name), fix=fix)


def read_event(path: Path | str | None = None) -> EventAnnotation:
    """Read and check a curated event annotation (default: the founding event).

    Every problem raises :class:`kg.errors.DataError` naming the file, the fact and the field:
    unknown or missing keys, facts without evidence, spans outside the document or whose
    length differs from their mention, unknown state codes, stance kinds, options or dates,
    references to undeclared entities or persons.

    Examples
    --------
    >>> annotation = read_event()
    >>> annotation.fact_counts()["ballot"]
    5
    >>> sorted(fact.fields["voter"] for fact in annotation.facts_of("ballot"))
    ['BLR', 'PRK', 'RUS', 'SDN', 'USA']
    >>> read_event("/nonexistent.yaml")
    Traceback (most recent call last):
    ...
    kg.errors.DataError: file not found: /nonexistent.yaml (fix: ...)
    """
    path = Path(path) if path is not None else DEFAULT_EVENT
    context = _Context(path)
    raw = _load(path)
    _check_keys(
        raw,
        {"format", "key", "graph", "document", "event", "entities", "facts"},
        {"format", "key", "graph", "document", "event", "facts"},
        context,
    )
    if raw["format"] != FORMAT:
        raise context.error(
            f"unsupported format {raw['format']!r}", "format", f"this reader understands {FORMAT!r}"
        )
    key = _identifier(raw["key"], context, "key")
    graph_name = _text(raw["graph"], context, "graph")
    document = _document(raw["document"], _Context(path, "document"))
    event_context = _Context(path, "event")
    event_raw = raw["event"]
    _check_keys(
        event_raw, {"date", "label", "evidence"}, {"date", "label", "evidence"}, event_context
    )
    event_date = _date(event_raw["date"], event_context, "date")
    event_label = _text(event_raw["label"], event_context, "label")
    event_evidence = _evidence(event_raw["evidence"], document, event_context, {"date", "label"})

    entities: dict[str, Entity] = {}
    for entry in _list(raw.get("entities", []), context, "entities"):
        entity = _entity(entry, key, document, path)
        if entity.id in entities:
            raise DataError(
                f"duplicate entity id {entity.id!r}",
                where=str(path),
                fix="give each entity its own id",
            )
        entities[entity.id] = entity

    facts: list[Fact] = []
    seen_ids = set(entities)
    for entry in _list(raw["facts"], context, "facts"):
        fact = _fact(entry, key, document, entities, path)
        if fact.id in seen_ids:
            raise DataError(
                f"duplicate id {fact.id!r}",
                where=str(path),
                fix="give each fact and entity its own id",
            )
        seen_ids.add(fact.id)
        facts.append(fact)

    annotation = EventAnnotation(
        path,
        key,
        graph_name,
        document,
        event_date,
        event_label,
        event_evidence,
        entities,
        tuple(facts),
    )
    _check_cross_references(annotation)
    _check_against_registry(annotation)
    return annotation


def _load(path: Path) -> dict[str, Any]:
    raw = load_yaml(path)
    if not isinstance(raw, dict):
        raise DataError(
            "the file is not a YAML mapping",
            where=str(path),
            fix="start from the bundled kg/data/events/*.yaml",
        )
    return raw


def _check_keys(entry: Any, allowed: set[str], required: set[str], context: _Context) -> None:
    if not isinstance(entry, dict):
        raise context.error(
            f"expected a mapping, got {type(entry).__name__}", None, "write key: value pairs"
        )
    unknown = sorted(set(entry) - allowed)
    if unknown:
        raise context.error(
            f"unknown key {unknown[0]!r}", unknown[0], f"allowed keys: {', '.join(sorted(allowed))}"
        )
    missing = sorted(required - set(entry))
    if missing:
        fix = (
            "every fact needs evidence: a list of {sentence, span, mention}"
            if missing[0] == "evidence"
            else f"add {missing[0]!r}"
        )
        raise context.error(f"missing key {missing[0]!r}", missing[0], fix)


def _list(value: Any, context: _Context, field_name: str) -> list[Any]:
    if not isinstance(value, list):
        raise context.error("expected a list", field_name, "write a YAML list")
    return value


def _text(value: Any, context: _Context, field_name: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise context.error(f"expected non-empty text, got {value!r}", field_name, "write a string")
    return value.strip()


def _identifier(value: Any, context: _Context, field_name: str) -> str:
    if not isinstance(value, str) or not _ID.match(value):
        raise context.error(
            f"bad identifier {value!r}", field_name, "use lower-case letters, digits and hyphens"
        )
    return value


def _date(value: Any, context: _Context, field_name: str) -> dt.date:
    return iso_date(value, context.where(field_name))


def _count(value: Any, context: _Context, field_name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise context.error(
            f"expected a non-negative integer, got {value!r}", field_name, "write a whole number"
        )
    return value


def _boolean(value: Any, context: _Context, field_name: str) -> bool:
    if not isinstance(value, bool):
        raise context.error(
            f"expected true or false, got {value!r}", field_name, "write true or false"
        )
    return value


def _choice(
    value: Any, choices: Mapping[str, Any] | tuple[str, ...], context: _Context, field_name: str
) -> str:
    if value not in choices:
        raise context.error(
            f"unknown value {value!r}", field_name, f"use one of: {', '.join(choices)}"
        )
    return value


def _state(value: Any, context: _Context, field_name: str) -> str:
    if not isinstance(value, str) or not _STATE_CODE.match(value) or not is_known_state(value):
        raise context.error(
            f"unknown state code {value!r}",
            field_name,
            "use the state's ISO 3166-1 alpha-3 code, e.g. USA",
        )
    return value


def _symbol(value: Any, context: _Context, field_name: str) -> str:
    if not isinstance(value, str) or not _SYMBOL.match(value):
        raise context.error(
            f"bad UN document symbol {value!r}",
            field_name,
            "write the symbol, e.g. A/RES/ES-11/7 or S/2025/112",
        )
    return value


def _span(
    value: Any,
    document: DocumentInfo,
    context: _Context,
    field_name: str,
    supports_allowed: set[str] | None,
) -> EvidenceSpan:
    if not isinstance(value, dict):
        raise context.error(
            "evidence must be a mapping {sentence, span, mention}",
            field_name,
            "write {sentence: 3, span: [481, 500], mention: ...}",
        )
    unknown = sorted(set(value) - {"sentence", "span", "mention", "withheld", "for"})
    if unknown:
        raise context.error(
            f"unknown evidence key {unknown[0]!r}",
            field_name,
            "evidence keys: sentence, span, mention, withheld, for",
        )
    sentence = value.get("sentence")
    if (
        isinstance(sentence, bool)
        or not isinstance(sentence, int)
        or not (0 <= sentence < document.sentences)
    ):
        raise context.error(
            f"bad sentence index {sentence!r}",
            field_name,
            f"use 0 … {document.sentences - 1} (kg.text.split_sentences)",
        )
    span = value.get("span")
    if (
        not isinstance(span, list)
        or len(span) != 2
        or not all(isinstance(bound, int) and not isinstance(bound, bool) for bound in span)
        or not 0 <= span[0] < span[1] <= document.characters
    ):
        raise context.error(
            f"bad span {span!r}",
            field_name,
            f"write [start, end) with 0 <= start < end <= {document.characters} (kg.text.locate)",
        )
    start, end = span
    withheld = value.get("withheld", False)
    mention = value.get("mention")
    if withheld is not True and withheld is not False:
        raise context.error(
            f"withheld must be true or false, got {withheld!r}",
            field_name,
            "write withheld: true for spans kept without text",
        )
    if withheld:
        if mention is not None:
            raise context.error(
                "a withheld span has no mention",
                field_name,
                "drop the mention: the text comes from the user's copy",
            )
    else:
        if not isinstance(mention, str) or not mention:
            raise context.error(
                "evidence without a mention",
                field_name,
                "add the few words at the span as mention, or withheld: true",
            )
        if len(mention) != end - start:
            raise context.error(
                f"span [{start}, {end}) is {end - start} characters but mention {mention!r} "
                f"has {len(mention)}",
                field_name,
                "recompute the span with kg.text.locate",
            )
        if len(mention.split()) > _MAX_MENTION_WORDS:
            raise context.error(
                f"mention {mention!r} is longer than {_MAX_MENTION_WORDS} words",
                field_name,
                "mention only the few words that name the fact",
            )
    supports = value.get("for")
    if supports is not None and (supports_allowed is None or supports not in supports_allowed):
        raise context.error(
            f"evidence 'for' {supports!r} names no part of this fact",
            field_name,
            f"use one of: {', '.join(sorted(supports_allowed or ()))}",
        )
    return EvidenceSpan(sentence, start, end, None if withheld else mention, supports)


def _evidence(
    value: Any, document: DocumentInfo, context: _Context, supports_allowed: set[str]
) -> tuple[EvidenceSpan, ...]:
    if not isinstance(value, list) or not value:
        raise context.error(
            "no evidence",
            "evidence",
            "every fact needs evidence: a list of {sentence, span, mention}",
        )
    return tuple(_span(item, document, context, "evidence", supports_allowed) for item in value)


def _document(raw: Any, context: _Context) -> DocumentInfo:
    keys = {
        "key",
        "file",
        "sha256",
        "characters",
        "sentences",
        "language",
        "date",
        "publisher",
        "title",
    }
    _check_keys(raw, keys, keys, context)
    sha256 = raw["sha256"]
    if not isinstance(sha256, str) or not _SHA256.match(sha256):
        raise context.error(
            f"bad SHA-256 {sha256!r}", "sha256", "64 lower-case hex digits, from sha256sum"
        )
    publisher = raw["publisher"]
    if publisher is not None:
        publisher = _text(publisher, context, "publisher")
    characters = _count(raw["characters"], context, "characters")
    sentences = _count(raw["sentences"], context, "sentences")
    provisional = DocumentInfo(
        _identifier(raw["key"], context, "key"),
        _text(raw["file"], context, "file"),
        sha256,
        characters,
        sentences,
        _text(raw["language"], context, "language"),
        _date(raw["date"], context, "date"),
        publisher,
        EvidenceSpan(0, 0, 0),
    )
    title = _span(raw["title"], provisional, context, "title", None)
    if not title.withheld:
        raise context.error(
            "the title is article text", "title", "store only its span, with withheld: true"
        )
    return dataclasses.replace(provisional, title=title)


def _ref(
    value: Any,
    event_key: str,
    entities: Mapping[str, Entity],
    context: _Context,
    field_name: str,
    allowed: tuple[str, ...] = _REF_KINDS,
    local_types: tuple[str, ...] | None = None,
) -> Ref:
    if value == "event" and "event" in allowed:
        return Ref("event", event_key, ID[f"event/{event_key}"], "the news event")
    kind, _, key = str(value).partition(":")
    if kind not in allowed or not key:
        raise context.error(
            f"bad reference {value!r}",
            field_name,
            f"write kind:key with kind one of {', '.join(allowed)}",
        )
    if kind == "state":
        return Ref(kind, _state(key, context, field_name), state_iri(key))
    if kind == "person":
        return Ref(kind, key, person_iri(key))
    if kind == "organ":
        _choice(key, ORGANS, context, field_name)
        return Ref(kind, key, organ_iri(key), ORGANS[key])
    if kind == "organization":
        return Ref(kind, key, organization_iri(key))
    if kind == "motion":
        return Ref(kind, _symbol(key, context, field_name), motion_iri(key))
    if kind == "rollcall":
        return Ref(kind, _identifier(key, context, field_name), rollcall_iri(key))
    entity = entities.get(key)
    if entity is None:
        raise context.error(
            f"no entity {key!r} is declared", field_name, "declare it under entities:"
        )
    if local_types is not None and entity.type not in local_types:
        raise context.error(
            f"entity {key!r} is a {entity.type}",
            field_name,
            f"refer to an entity of type {' or '.join(local_types)}",
        )
    return Ref(kind, key, entity.iri, entity.label)


def _entity(raw: Any, event_key: str, document: DocumentInfo, path: Path) -> Entity:
    owner = raw.get("id") if isinstance(raw, dict) else None
    context = _Context(path, f"entity {owner!r}")
    _check_keys(raw, _ENTITY_KEYS, {"id", "type", "label", "evidence"}, context)
    entity_id = _identifier(raw["id"], context, "id")
    entity_type = _choice(raw["type"], tuple(ENTITY_TYPES), context, "type")
    _, segment = ENTITY_TYPES[entity_type]
    amends = None
    if "amends" in raw:
        if entity_type != "motions":
            raise context.error(
                "only a set of motions (amendments) amends a motion",
                "amends",
                "drop amends or make the entity of type motions",
            )
        amends = _ref(raw["amends"], event_key, {}, context, "amends", ("motion",))
    note = _text(raw["note"], context, "note") if "note" in raw else None
    return Entity(
        entity_id,
        entity_type,
        _text(raw["label"], context, "label"),
        ID[f"{segment}/{event_key}/{entity_id}"],
        _evidence(raw["evidence"], document, context, set()),
        note,
        amends,
    )


def _fact(
    raw: Any, event_key: str, document: DocumentInfo, entities: Mapping[str, Entity], path: Path
) -> Fact:
    owner = raw.get("id") if isinstance(raw, dict) else None
    context = _Context(path, f"fact {owner!r}")
    if not isinstance(raw, dict):
        raise context.error("a fact must be a mapping", None, "write key: value pairs")
    fact_type = _choice(raw.get("type"), tuple(_FACT_KEYS), context, "type")
    required, optional = _FACT_KEYS[fact_type]
    _check_keys(
        raw, _COMMON_KEYS | required | optional, {"id", "type", "evidence"} | required, context
    )
    fact_id = _identifier(raw["id"], context, "id")
    if fact_type == "note" and "note" not in raw:
        raise context.error(
            "missing key 'note'", "note", "write what the article says, in your words"
        )

    def ref(
        name: str, allowed: tuple[str, ...] = _REF_KINDS, local_types: tuple[str, ...] | None = None
    ) -> Ref:
        return _ref(raw[name], event_key, entities, context, name, allowed, local_types)

    def refs(
        name: str, allowed: tuple[str, ...] = _REF_KINDS, local_types: tuple[str, ...] | None = None
    ) -> tuple[Ref, ...]:
        return tuple(
            _ref(item, event_key, entities, context, name, allowed, local_types)
            for item in _list(raw[name], context, name)
        )

    agents = ("state", "person", "organ", "organization", "local")
    agent_types = ("group", "person")
    fields: dict[str, Any] = {}
    supports = set(raw) - {"id", "type", "evidence", "note"}
    for name in set(raw) - _COMMON_KEYS:
        value = raw[name]
        if name in {"date"}:
            fields[name] = _date(value, context, name)
        elif name in {"rollcall", "matches"}:
            fields[name] = _identifier(value, context, name)
        elif name in {"motion", "symbol", "adopted_as"}:
            fields[name] = _symbol(value, context, name)
        elif name in {"voter", "proposed_by"}:
            fields[name] = _state(value, context, name)
        elif name == "states":
            fields[name] = tuple(
                _state(code, context, name) for code in _list(value, context, name)
            )
            supports |= set(fields[name])
        elif name == "tallies":
            _check_keys(value, set(COUNT_IRIS), set(), context)
            fields[name] = {
                key: _count(count, context, f"tallies.{key}") for key, count in value.items()
            }
            supports |= set(value)
        elif name in {"required_votes", "member_count"}:
            fields[name] = _count(value, context, name)
        elif name in {"permanent_member_veto", "hypothetical"}:
            fields[name] = _boolean(value, context, name)
        elif name == "kind":
            choices = STANCE_KINDS if fact_type == "stance" else tuple(MOTION_KINDS)
            fields[name] = _choice(value, choices, context, name)
        elif name == "option":
            fields[name] = _choice(value, OPTION_IRIS_BY_WORD, context, name)
        elif name == "result":
            fields[name] = _choice(value, RESULTS, context, name)
        elif name == "organ":
            fields[name] = _choice(value, ORGANS, context, name)
        elif name == "seat":
            fields[name] = _choice(value, ("permanent", "elected"), context, name)
        elif name == "holds":
            fields[name] = _choice(value, ("current", "former"), context, name)
        elif name == "actor":
            fields[name] = ref(name, agents, agent_types)
        elif name == "speaker":
            fields[name] = ref(name, ("person", "local"), ("person",))
        elif name == "speaking_for":
            fields[name] = ref(name, ("state", "organ", "organization"))
        elif name in {"target", "subject"}:
            fields[name] = ref(name)
        elif name == "amends":
            fields[name] = ref(name, ("motion",))
        elif name == "on":
            fields[name] = refs(name, ("local",), ("topic",))
        elif name == "of":
            fields[name] = refs(name, ("organ", "organization"))
        elif name in {"references", "about", "involves"}:
            fields[name] = refs(name)
        elif name == "quote":
            quote = _span(value, document, context, name, None)
            if not quote.withheld:
                raise context.error(
                    "a quote is article text", name, "store only its span, with withheld: true"
                )
            fields[name] = quote
        else:  # name, post, label, identified_by: free text
            fields[name] = _text(value, context, name)
    note = _text(raw["note"], context, "note") if "note" in raw else None
    evidence = _evidence(raw["evidence"], document, context, supports)
    return Fact(fact_id, fact_type, fields, evidence, note)


def _check_cross_references(annotation: EventAnnotation) -> None:
    """Every person referred to is declared by a person fact (so it has evidence and a post)."""
    declared = {fact.fields["name"] for fact in annotation.facts_of("person")}
    for fact in annotation.facts:
        for name, value in fact.fields.items():
            for ref in value if isinstance(value, tuple) else (value,):
                if isinstance(ref, Ref) and ref.kind == "person" and ref.key not in declared:
                    raise DataError(
                        f"person {ref.key!r} is not declared",
                        where=f"{annotation.path}, fact {fact.id!r}, field {name!r}",
                        fix="add a person fact (name, post, holds, evidence) for them",
                    )


def _check_against_registry(annotation: EventAnnotation) -> None:
    """Persons hold (or held) the posts the article gives them; rules agree with the registry.

    The registry is the source of tenures and rules; the event only asserts the mentions, so
    a post or rule the registry does not know, or a tenure that does not fit the event date,
    is a data error here rather than a silent second truth.
    """
    from kg import registry

    day = annotation.date
    tenures = registry.load_tenures()
    posts = {post.title for post in registry.load_posts()}
    for fact in annotation.facts_of("person"):
        name, post, holds = fact.fields["name"], fact.fields["post"], fact.fields["holds"]
        where = f"{annotation.path}, fact {fact.id!r}, field 'post'"
        if post not in posts:
            raise DataError(
                f"the registry has no post {post!r}",
                where=where,
                fix="use a post title from kg/data/registry/posts.csv",
            )
        held = [tenure for tenure in tenures if tenure.person == name and tenure.post == post]
        fits = (
            any(tenure.holds_on(day) for tenure in held)
            if holds == "current"
            else any(tenure.end is not None and tenure.end <= day for tenure in held)
        )
        if not fits:
            raise DataError(
                f"the registry has no {'current' if holds == 'current' else 'past'} tenure of "
                f"{name} as {post} on {day}",
                where=where,
                fix="add the tenure to kg/data/registry/tenures.csv or correct holds/post",
            )
    rules = {rule.key: rule for rule in registry.load_rules()}
    for fact in annotation.facts_of("rule"):
        key = fact.fields.get("matches")
        if key is None:
            continue
        where = f"{annotation.path}, fact {fact.id!r}, field 'matches'"
        rule = rules.get(key)
        if rule is None:
            raise DataError(
                f"the registry has no rule {key!r}",
                where=where,
                fix="use a key from kg/data/registry/rules.csv",
            )
        for field_name in ("organ", "required_votes", "member_count", "permanent_member_veto"):
            if field_name in fact.fields and fact.fields[field_name] != getattr(rule, field_name):
                raise DataError(
                    f"{field_name} {fact.fields[field_name]!r} differs from the registry's "
                    f"{getattr(rule, field_name)!r} for rule {key!r}",
                    where=where,
                    fix="correct the value or drop matches",
                )
