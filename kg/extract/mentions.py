"""Mentions: the spans of a text that name a state, organisation, organ, person, group or motion.

The first stage of :mod:`kg.extract.extractor`. A spaCy blank English pipeline tokenises the
text (no model); a ``PhraseMatcher`` over exact token text finds the registry's names
(:mod:`kg.extract.lexicon`); regular expressions find titles before names ("Prime Minister
Viktor Orban"), appositives after them ("Dorothy Shea, the U.S. envoy to the UN,"), unnamed
groups ("other nations", "Supporters of Ukraine"), anonymous speakers ("a State Department
official") and descriptions of motions ("the U.S. draft", "a United Nations resolution").

Context rules for names that are also ordinary words (``lexicon.AMBIGUOUS_NAMES``): they count
only in a sentence that is about politics (another unambiguous state, an organisation, or a
diplomatic word), never when a capitalised word follows that makes them part of a person's
name ("Chad Smith", "Jordan Peterson"), never after "New" ("New Mexico") and never for
"Georgia" next to US-state words.

>>> doc = find_mentions("France and Chad voted against. Chad ate turkey in Georgia.")
>>> [(m.text, m.key) for m in doc.mentions if m.kind == "state"]
[('France', 'FRA'), ('Chad', 'TCD')]
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field, replace

from kg.extract.lexicon import TITLES, Lexicon, load_lexicon
from kg.text import Sentence, split_sentences

__all__ = ["Mention", "MentionedText", "find_mentions", "nlp", "quoted_regions"]


@dataclass(frozen=True)
class Mention:
    """A span naming something.

    ``kind``: ``state``, ``organ``, ``organization``, ``person``, ``group``, ``anonymous``
    (an unnamed person: "a State Department official") or ``motion`` (a resolution, draft
    or amendment). ``key``: alpha-3 code, organ code, organisation key, the person's registry
    name (or the name as written for people the registry lacks); None for groups and motions.
    ``attributes`` carry what the span says besides the name (title, post, state, kind of
    motion, determiner …).
    """

    kind: str
    key: str | None
    start: int
    end: int
    text: str
    sentence: int
    form: str = "name"
    attributes: dict = field(default_factory=dict, compare=False, hash=False)
    possessive: bool = False

    def overlaps(self, start: int, end: int) -> bool:
        return self.start < end and start < self.end


@dataclass
class MentionedText:
    """The text, its sentences, its spaCy ``Doc`` and the mentions found, in text order."""

    text: str
    sentences: list[Sentence]
    doc: object
    mentions: list[Mention]
    quotes: list[tuple[int, int]]

    def in_sentence(self, index: int, kinds: tuple[str, ...] | None = None) -> list[Mention]:
        return [m for m in self.mentions if m.sentence == index and (not kinds or m.kind in kinds)]

    def quoted(self, start: int, end: int) -> bool:
        """True when ``[start, end)`` lies inside a quotation."""
        return any(q_start <= start and end <= q_end for q_start, q_end in self.quotes)


@functools.lru_cache(maxsize=1)
def nlp():
    """The spaCy pipeline: ``spacy.blank("en")`` — a tokenizer only, no model download.

    >>> [token.text for token in nlp()("The U.S. voted no.")]
    ['The', 'U.S.', 'voted', 'no', '.']
    """
    import spacy

    return spacy.blank("en")


@functools.lru_cache(maxsize=2)
def _phrase_matcher(lexicon_id: int):
    from spacy.matcher import PhraseMatcher

    lexicon = _LEXICONS[lexicon_id]
    pipeline = nlp()
    matcher = PhraseMatcher(pipeline.vocab, attr="ORTH")
    surfaces = list(lexicon.entries) + list(lexicon.surnames)
    matcher.add("NAME", list(pipeline.tokenizer.pipe(surfaces)))
    return matcher


_LEXICONS: dict[int, Lexicon] = {}

_POLITICAL = re.compile(
    r"\b(?:vot\w*|resolution|draft|council|assembly|sanction\w*|minister|president|government|"
    r"embassy|ambassador|envoy|diplomat\w*|treaty|talks|troops|border|foreign|state|nations|"
    r"un|u\.n\.|eu|summit|veto\w*|abstain\w*|condemn\w*|election|parliament|ceasefire|war)\b",
    re.IGNORECASE,
)
_US_STATE_CONTEXT = re.compile(
    r"\b(?:Atlanta|county|governor|Senate race|U\.S\. state|peach|Savannah|Alabama|Florida|"
    r"Tennessee|Carolina|Bulldogs|Tech)\b"
)
_TITLE = "|".join(sorted((re.escape(t) for t in TITLES), key=len, reverse=True))
_NAME = r"[A-Z][\w'\u2019\-]+(?:\s+(?:de\s+|van\s+|von\s+)?[A-Z][\w'\u2019\-]+){1,2}"
_TITLED_NAME = re.compile(
    rf"(?P<title>(?:(?:former|acting|then|outgoing|incoming)\s+)?"
    rf"(?:(?:[A-Z][\w.]*(?:'s|\u2019s)?|UN|U\.N\.)\s+)??(?:{_TITLE}))\s+(?P<name>{_NAME})"
)
_APPOSITIVE = re.compile(
    r"^,\s+(?P<post>(?:the|a|an|its|his|her|[A-Z][\w.]*(?:'s|\u2019s))\s+"
    r"(?:[^,;:\"\u201c.]|\.(?!\s)|(?<=[A-Z])\.){0,60}?\b(?:envoy|ambassador|representative|minister|president|"
    r"secretary|spokes\w+|chancellor|diplomat|official|head|leader|chief)\b"
    r"(?:[^,;:\"\u201c.]|\.(?!\s)|(?<=[A-Z])\.){0,40}?)(?=,|\.(?:\s|$)|\s+(?:said|told|remarked|added))",
    re.IGNORECASE,
)
#: "Robert Wood, the deputy U.S. ambassador," — a name the registry lacks, made a person by
#: the post that follows it (checked with ``_APPOSITIVE``).
_NAME_THEN_POST = re.compile(
    r"(?<![\w\-])(?P<name>[A-Z][a-z][\w'\u2019\-]*(?:\s+[A-Z][\w'\u2019\-]+){1,2}),\s+"
    r"(?=(?:the|a|an|its|his|her|[A-Z][\w.]*(?:'s|\u2019s))\s)"
)
#: "Russia's deputy ambassador, Gennady Kuzmin," and "The Emirati ambassador, Lana Nusseibeh,".
_POST_THEN_NAME = re.compile(
    r"(?P<title>(?:(?:[Tt]he|[Ii]ts|[A-Z][\w.]*(?:'s|\u2019s))\s+)(?:[A-Z][\w.]*\s+)?"
    r"(?:(?:deputy|acting|former|top|chief|permanent|senior)\s+)*"
    r"(?:ambassador|envoy|representative|foreign\s+minister|spokes(?:man|woman|person)),)"
    r"\s+(?P<name>[A-Z][a-z][\w'\u2019\-]*(?:\s+[A-Z][\w'\u2019\-]+){1,2})(?=,)"
)
_NOT_NAME_START = frozenset(
    {
        "The", "A", "An", "On", "In", "At", "Last", "This", "That", "But", "And", "Under",
        "After", "Before", "Since", "When", "While", "Only", "Monday", "Tuesday", "Wednesday",
        "Thursday", "Friday", "Saturday", "Sunday",
    }
)  # fmt: skip
_GROUP = re.compile(
    r"\b(?P<group>(?:(?:all|other|many|several|some|most|both|fellow|the\s+other)\s+)?"
    r"(?:(?:European|Western|African|Arab|Asian|Latin\s+American|Gulf|Nordic|Baltic|Pacific|"
    r"Caribbean|Islamic|developing|non-aligned|allied|like-minded|small|island|member)\s+)?"
    r"(?:Member\s+States|member\s+states|countries|nations|states|governments|allies|delegations)"
    r"|(?:[Ss]upporters|[Aa]llies|[Ff]riends|[Bb]ackers)\s+of\s+[A-Z][\w]+)\b"
)
_GROUP_NEEDS_MODIFIER = re.compile(r"^(?:countries|nations|states|governments|allies|delegations)$")
_ANONYMOUS = re.compile(
    r"\b(?P<anonymous>(?:[Aa]n?|[Oo]ne|[Tt]he|[Aa]nother)\s+(?:(?:senior|top|unnamed|"
    r"[A-Z][\w.]*)\s+){0,4}(?:official|diplomat|spokes(?:person|man|woman)|source|negotiator))"
    r"\b"
)
_MOTION_NOUN = re.compile(
    r"\b(?:draft\s+resolutions?|resolutions?|drafts?|proposals?|amendments?|text)\b"
)
#: Words that may stand between a determiner and a motion noun ("the final U.S. draft").
_MOTION_MODIFIERS = frozenset(
    [
        "final",
        "alternative",
        "original",
        "previous",
        "earlier",
        "new",
        "rival",
        "competing",
        "own",
        "draft",
        "revised",
        "amended",
        "separate",
        "key",
        "landmark",
        "non-binding",
        "binding",
        "annual",
        "latest",
        "first",
        "second",
        "third",
        "initial",
        "proposed",
        "watered-down",
        "weakened",
        "compromise",
        "earlier",
        "competing",
        "similar",
    ]
)
_DETERMINER_WORDS = {"a", "an", "the", "this", "that", "these", "those", "its", "their", "any"}


def quoted_regions(text: str) -> list[tuple[int, int]]:
    """``[start, end)`` of each quotation, marks included: curly pairs, then straight pairs.

    >>> quoted_regions('He said: \u201cNo.\u201d Then "yes".')
    [(9, 14), (20, 25)]
    """
    regions = [(m.start(), m.end()) for m in re.finditer(r"\u201c[^\u201c\u201d]*\u201d", text)]
    regions += [(m.start(), m.end()) for m in re.finditer(r'"[^"]*"', text)]
    return sorted(regions)


def find_mentions(text: str, lexicon: Lexicon | None = None) -> MentionedText:
    """Tokenise ``text``, split its sentences and find every mention.

    >>> found = find_mentions("UN Secretary-General Antonio Guterres urged Russia to stop.")
    >>> [(m.kind, m.key, m.attributes.get("title")) for m in found.mentions
    ...  if "inside" not in m.attributes]
    [('person', 'António Guterres', 'UN Secretary-General'), ('state', 'RUS', None)]
    """
    lexicon = lexicon or load_lexicon()
    _LEXICONS[id(lexicon)] = lexicon
    sentences = split_sentences(text)
    doc = nlp()(text)
    quotes = quoted_regions(text)
    sentence_of = _sentence_lookup(sentences)

    candidates: list[Mention] = []
    for _, token_start, token_end in _phrase_matcher(id(lexicon))(doc):
        span = doc[token_start:token_end]
        sentence = sentence_of(span.start_char)
        if sentence is None:
            continue
        possessive = token_end < len(doc) and doc[token_end].text in (
            "'s",
            "\u2019s",
            "'",
            "\u2019",
        )
        for entry in lexicon.entries.get(span.text, []):
            candidates.append(
                Mention(
                    entry.kind,
                    entry.key,
                    span.start_char,
                    span.end_char,
                    span.text,
                    sentence.index,
                    entry.form,
                    {"ambiguous": entry.ambiguous},
                    possessive,
                )
            )
        if span.text in lexicon.surnames and not lexicon.entries.get(span.text):
            candidates.append(
                Mention(
                    "person",
                    lexicon.surnames[span.text],
                    span.start_char,
                    span.end_char,
                    span.text,
                    sentence.index,
                    "surname",
                    {},
                    possessive,
                )
            )
    mentions = _longest(candidates)
    mentions = sorted(mentions + _organ_descriptions(text, mentions, sentence_of), key=_start)
    mentions = _people(text, sentences, mentions, sentence_of)
    mentions = [m for m in mentions if _keep(m, text, sentences, mentions)]
    mentions += _regex_mentions(text, sentences, mentions, sentence_of)
    mentions = _motions(text, mentions, sentence_of) + mentions
    mentions.sort(key=lambda m: (m.start, -m.end))
    return MentionedText(text, sentences, doc, mentions, quotes)


def _start(mention: Mention) -> int:
    return mention.start


#: "the council", "the 15-member council", "the assembly", "the 193-member body": an organ
#: named by its common noun once the text is about it.
_ORGAN_DESCRIPTION = re.compile(
    r"\b[Tt]he\s+(?:(?P<size>\d{2,3}|fifteen)-(?:member|nation)\s+)?(?:U\.?N\.?\s+)?"
    r"(?P<noun>[Cc]ouncil|[Aa]ssembly|body|world\s+body)\b"
)
_UN_CONTEXT = re.compile(
    r"\b(?:United\s+Nations|U\.?N\.?|Security\s+Council|General\s+Assembly|resolution|veto\w*)\b"
)


def _organ_descriptions(text: str, mentions: list[Mention], sentence_of) -> list[Mention]:
    """Organs named by a common noun: "the council" is the council the text last named
    (Security Council or Human Rights Council), else the Security Council when the text is
    about the UN or says "15-member"; "the assembly" and "the 193-member body" are the General
    Assembly in a text about the UN. A text that never mentions the UN gets none of these: a
    city council is no organ of it.

    >>> [(m.text, m.key) for m in find_mentions(
    ...     "The Human Rights Council met. Russia left the council. The 15-member council voted."
    ... ).mentions if m.kind == "organ"]
    [('Human Rights Council', 'HRC'), ('the council', 'HRC'), ('The 15-member council', 'SC')]
    """
    un_news = _UN_CONTEXT.search(text) is not None or any(m.kind == "organ" for m in mentions)
    found: list[Mention] = []
    for match in _ORGAN_DESCRIPTION.finditer(text):
        start, end = match.span()
        if not un_news and match.group("size") not in ("15", "fifteen", "193"):
            continue  # "the 193-member assembly" says which assembly by itself
        if any(m.overlaps(start, end) for m in mentions):
            continue
        sentence = sentence_of(start)
        if sentence is None:
            continue
        noun = match.group("noun").lower()
        size = match.group("size")
        named = [m for m in mentions + found if m.kind == "organ" and m.end <= start]
        if noun == "council":
            if size in ("15", "fifteen"):
                key = "SC"
            else:
                councils = [m.key for m in named if m.key in ("SC", "HRC")]
                key = councils[-1] if councils else "SC"
        elif noun == "assembly" or (noun.endswith("body") and size in ("193", "192", "191")):
            key = "GA"
        else:
            continue  # "the world body" is the UN itself, "the body" anything
        found.append(
            Mention(
                "organ", key, start, end, match.group(), sentence.index, "description", {}, False
            )
        )
    return found


def _sentence_lookup(sentences: list[Sentence]):
    def sentence_of(position: int) -> Sentence | None:
        for sentence in sentences:
            if sentence.start <= position < sentence.end:
                return sentence
        return None

    return sentence_of


def _longest(candidates: list[Mention]) -> list[Mention]:
    """Keep the longest of overlapping matches ("South Sudan" over "Sudan")."""
    kept: list[Mention] = []
    for mention in sorted(candidates, key=lambda m: (-(m.end - m.start), m.start)):
        if not any(other.overlaps(mention.start, mention.end) for other in kept):
            kept.append(mention)
    return sorted(kept, key=lambda m: m.start)


def _keep(mention: Mention, text: str, sentences: list[Sentence], mentions: list[Mention]) -> bool:
    """Context rules for ambiguous names, and person-internal state words."""
    if mention.kind != "state":
        return True
    before = text[max(0, mention.start - 5) : mention.start]
    after = text[mention.end : mention.end + 30]
    if re.search(r"\bNew\s$", before):
        return False  # New Mexico, New Guinea (unless the lexicon knows the longer name)
    if not mention.attributes.get("ambiguous"):
        return True
    if re.match(r"\s[A-Z][a-z]+", after) and not re.match(r"\s(?:and|or|The)\b", after):
        return False  # "Chad Smith", "Jordan Peterson", "Georgia Tech"
    sentence = sentences[mention.sentence].text
    if mention.key == "GEO" and _US_STATE_CONTEXT.search(sentence):
        return False
    others = [
        m
        for m in mentions
        if m.sentence == mention.sentence
        and m is not mention
        and m.kind in ("state", "organ", "organization")
        and not m.attributes.get("ambiguous")
    ]
    return bool(others) or _POLITICAL.search(sentence) is not None


def _people(text: str, sentences: list[Sentence], mentions: list[Mention], sentence_of):
    """Attach titles and appositives to people; add titled people the registry lacks;
    keep surname-only mentions only after a full mention or with a title."""
    result: list[Mention] = []
    seen_people: set[str] = set()
    titled: list[tuple[int, int, str, str]] = []
    for match in _TITLED_NAME.finditer(text):
        titled.append((match.start(), match.end(), match.group("title"), match.group("name")))
    for match in _NAME_THEN_POST.finditer(text):
        name = match.group("name")
        if (
            name.split()[0] in _NOT_NAME_START
            or _APPOSITIVE.match(text[match.end("name") :]) is None
        ):
            continue
        titled.append((match.start("name"), match.end("name"), "", name))
    for match in _POST_THEN_NAME.finditer(text):
        title = match.group("title")
        titled.append((match.start("title"), match.end("name"), title, match.group("name")))
    covered: list[tuple[int, int]] = []
    for mention in mentions:
        if mention.kind != "person":
            result.append(mention)
            continue
        title = next((t for t in titled if t[0] < mention.start and mention.end <= t[1] + 1), None)
        if mention.form == "surname" and mention.key not in seen_people and title is None:
            continue
        seen_people.add(mention.key or "")
        attributes = dict(mention.attributes)
        start = mention.start
        if title is not None:
            attributes["title"] = " ".join(title[2].split())
            attributes["title_span"] = (title[0], title[0] + len(title[2]))
            start = title[0]
        appositive = _APPOSITIVE.match(text[mention.end :])
        end = mention.end
        if appositive:
            attributes["post_text"] = appositive.group("post")
            attributes["post_span"] = (
                mention.end + appositive.start("post"),
                mention.end + appositive.end("post"),
            )
            end = mention.end + appositive.end("post")
        attributes["name_span"] = (mention.start, mention.end)
        result.append(replace(mention, start=start, end=end, attributes=attributes))
        covered.append((start, end))
    for start, end, title, name in titled:
        if any(s <= start < e or s < end <= e for s, e in covered):
            continue
        name_start = end - len(name)
        if any(m.overlaps(name_start, end) and m.kind != "person" for m in mentions):
            continue  # "President Putin" is known; "Prime Minister Hungary" is no name
        if any(m.overlaps(name_start, end) for m in result if m.kind == "person"):
            continue  # a registered person, already attached above
        sentence = sentence_of(start)
        if sentence is None:
            continue
        attributes = {
            "title": " ".join(title.rstrip(",").split()) or None,
            "title_span": (start, start + len(title)),
            "name_span": (name_start, end),
            "unregistered": True,
        }
        appositive = _APPOSITIVE.match(text[end:])
        if appositive:
            attributes["post_text"] = appositive.group("post")
            attributes["post_span"] = (end + appositive.start("post"), end + appositive.end("post"))
            end = end + appositive.end("post")
        if not title:
            attributes.pop("title_span")
            attributes.pop("title")
            start = name_start
        covered.append((start, end))
        result.append(
            Mention(
                "person",
                " ".join(name.split()),
                start,
                end,
                text[start:end],
                sentence.index,
                "titled",
                attributes,
            )
        )
    # States named inside a person's title or appositive describe the person, not an actor.
    people = [m for m in result if m.kind == "person"]
    final = []
    for mention in result:
        owner = next(
            (p for p in people if p is not mention and p.start <= mention.start < p.end), None
        )
        if owner is not None:
            if mention.kind == "state":
                owner.attributes.setdefault("state", mention.key)
            final.append(replace(mention, attributes={**mention.attributes, "inside": "person"}))
        else:
            final.append(mention)
    return sorted(final, key=lambda m: m.start)


def _regex_mentions(text: str, sentences: list[Sentence], mentions: list[Mention], sentence_of):
    found: list[Mention] = []
    taken = [(m.start, m.end) for m in mentions]
    for pattern, kind in ((_ANONYMOUS, "anonymous"), (_GROUP, "group")):
        for match in pattern.finditer(text):
            start, end = match.span(kind)
            phrase = match.group(kind)
            if kind == "group" and _GROUP_NEEDS_MODIFIER.match(phrase):
                continue
            overlapping = [m for m in mentions if m.start < end and start < m.end]
            if any(m.kind != "state" for m in overlapping) or any(
                s < end and start < e for s, e in taken[len(mentions) :]
            ):
                continue
            sentence = sentence_of(start)
            if sentence is None:
                continue
            attributes: dict = {}
            inner = [m for m in mentions if start <= m.start and m.end <= end and m.kind == "state"]
            if inner:
                attributes["state"] = inner[0].key
            found.append(Mention(kind, None, start, end, phrase, sentence.index, kind, attributes))
            taken.append((start, end))
    return found


def _motions(text: str, mentions: list[Mention], sentence_of) -> list[Mention]:
    """Descriptions of motions: determiner, modifiers and the head noun, with the state or
    organ named inside ("the U.S. draft", "a United Nations resolution", "its original text").

    Modifiers are read backwards from the noun: capitalised words ("U.S.", "United Nations"),
    possessives ("Ukraine's"), words of ``_MOTION_MODIFIERS`` and "-drafted"/"-backed"
    compounds; a determiner ends the phrase. "text" counts only with a modifier or "its".
    """
    found: list[Mention] = []
    for match in _MOTION_NOUN.finditer(text):
        sentence = sentence_of(match.start())
        if sentence is None:
            continue
        words = list(re.finditer(r"\S+", text[sentence.start : match.start()]))
        start = match.start()
        determiner = ""
        modifiers: list[str] = []
        for word_match in reversed(words[-5:]):
            word = word_match.group()
            bare = word.strip(',;:()\u201c\u201d"')
            if bare != word and not word.endswith((".", "'s", "\u2019s")):
                break
            lowered = bare.lower()
            if lowered in _DETERMINER_WORDS:
                determiner = lowered
                start = sentence.start + word_match.start()
                break
            if (
                lowered in _MOTION_MODIFIERS
                or bare[:1].isupper()
                or lowered.endswith(("'s", "\u2019s", "-drafted", "-backed", "-sponsored", "-led"))
            ) and lowered not in ("a", "i"):
                modifiers.insert(0, lowered)
                start = sentence.start + word_match.start()
            else:
                break
        noun = " ".join(match.group().lower().split())
        if noun == "text" and not modifiers and determiner not in ("its", "their"):
            continue
        kind = (
            "amendment"
            if noun.startswith("amendment")
            else "draft"
            if noun.startswith(("draft", "proposal")) or noun == "text"
            else "resolution"
        )
        if kind == "resolution" and any(
            word in ("alternative", "rival", "competing", "own", "original", "draft")
            for word in modifiers
        ):
            kind = "draft"
        attributes = {
            "determiner": determiner,
            "modifiers": modifiers,
            "noun": noun,
            "motion_kind": kind,
            "plural": noun.endswith("s"),
        }
        end = match.end()
        for inner in mentions:
            if start <= inner.start and inner.end <= end:
                if (inner.kind == "state" and not inner.possessive) or inner.form == "abbreviation":
                    attributes["proposer"] = inner.key
                elif inner.kind == "state":
                    attributes["about_state"] = inner.key
                elif inner.kind == "organ":
                    attributes["organ"] = inner.key
        found.append(
            Mention("motion", None, start, end, text[start:end], sentence.index, kind, attributes)
        )
    return found


def is_determiner(word: str) -> bool:
    """True for the words that open a noun phrase ("the", "its" …).

    >>> is_determiner("Its"), is_determiner("final")
    (True, False)
    """
    return word.lower() in _DETERMINER_WORDS
