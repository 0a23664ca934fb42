"""Mentions: the spans of a text that name a state, organisation, organ, person, group or motion.

The first stage of :mod:`kg.extract`. A spaCy blank English pipeline tokenises the text (no
model); a ``PhraseMatcher`` over exact token text finds the gazetteer's names
(:mod:`kg.extract.lexicon`); regular expressions find people the registry lacks by the
company their names keep — a title before ("Ambassador Nikki Haley"), a post after ("Julie
Bishop, Australia's foreign minister,"), a post before ("Russia's envoy, Vitaly Churkin,"),
a state's possessive before a verb ("Britain's Matthew Rycroft said"), "of" and a state
after ("Susan Rice of the United States"), a state in brackets after ("Irakli Alasania
(Georgia) said"), a post after "as" ("Kofi Annan as the joint envoy") — and, once a name is
introduced, its other mentions and its family name alone ("Churkin said"); and a full name
anywhere whose family name the text also uses alone with a possessive or a title ("a ban on
Marko Petric … Petric's officers"). Unnamed groups
("other nations"), anonymous speakers ("a State Department official") and descriptions of
motions ("the U.S. draft", "a United Nations resolution", "its own text", "the council vote")
complete it.

Context rules for names that are also ordinary words (``lexicon.AMBIGUOUS_NAMES``): they count
only in a sentence that is about politics (another unambiguous state, an organisation, or a
diplomatic word), never when a capitalised word follows that makes them part of a person's
name ("Chad Smith", "Jordan Peterson"), never after "New" ("New Mexico") and never for
"Georgia" next to US-state words. An acronym that is also a word ("WHO") does not count in a
line written in capitals.

>>> doc = find_mentions("France and Chad voted against. Chad ate turkey in Georgia.")
>>> [(m.text, m.key) for m in doc.mentions if m.kind == "state"]
[('France', 'FRA'), ('Chad', 'TCD')]
>>> [(m.key, m.form) for m in find_mentions(
...     "Russia's envoy, Vitaly Churkin, spoke first. Churkin said no.").mentions
...  if m.kind == "person"]
[('Vitaly Churkin', 'titled'), ('Vitaly Churkin', 'surname')]
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date
from itertools import pairwise

from kg.extract.lexicon import TITLES, Lexicon, family_name, load_lexicon
from kg.registry import states_by_code
from kg.text import Sentence, split_sentences

__all__ = ["Mention", "MentionedText", "find_mentions", "nlp", "quoted_regions"]


@dataclass(frozen=True)
class Mention:
    """A span naming something.

    ``kind``: ``state``, ``organ``, ``organization``, ``person``, ``group``, ``anonymous``
    (an unnamed person: "a State Department official") or ``motion`` (a resolution, draft,
    amendment or a vote). ``key``: alpha-3 code, organ code, organisation key, the person's
    registry name (or the name as written for people the registry lacks); None for groups and
    motions. ``attributes`` carry what the span says besides the name (title, post, state,
    kind of motion, determiner …).
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
    _by_sentence: dict[int, list[Mention]] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self.reindex()

    def reindex(self) -> None:
        """Rebuild the per-sentence index after ``mentions`` changed."""
        self._by_sentence = {}
        for mention in self.mentions:
            self._by_sentence.setdefault(mention.sentence, []).append(mention)

    def in_sentence(self, index: int, kinds: tuple[str, ...] | None = None) -> list[Mention]:
        mentions = self._by_sentence.get(index, [])
        return [m for m in mentions if not kinds or m.kind in kinds]

    def quoted(self, start: int, end: int) -> bool:
        """True when ``[start, end)`` lies inside a quotation."""
        position = bisect.bisect_right(self.quotes, (start, len(self.text) + 1)) - 1
        return (
            position >= 0 and self.quotes[position][0] <= start and end <= self.quotes[position][1]
        )


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
    r"\b(?:vot\w*|resolution|draft\w*|proposals?|tabl(?:ed|es|ing)|(?:co-?)?sponsor\w*|penholders?|"
    # the agent of a text put forward: "The second, put forward by Cuba, failed"
    r"put\s+forward|(?:introduc|submitt|present|propos|author|circulat)ed\s+by|"
    r"amendments?|texts?|motions?|council|assembly|sanction\w*|minister|president|government|"
    r"embassy|ambassador|envoy|diplomat\w*|treaty|talks|troops|border|foreign|state|nations|"
    r"representatives?|delegations?|delegates?|"
    r"un|u\.n\.|eu|summit|veto\w*|abstain\w*|abstentions?|condemn\w*|election|parliament|"
    r"ceasefire|war|embargo\w*|officials?|"
    # a side of a vote: "The sole dissenter was Israel", "the lone objector is Washington"
    r"dissent\w*|objectors?|opponents?|holdouts?|noes|nays?|"
    # one "no" of a vote: "The lone no came from Peru", 'The third "no" came from Cuba'
    r"(?:lone|only|sole|single|second|third|fourth|fifth|other|remaining|final)\s+[\"\u201c]?no|"
    r"(?:countr(?:y|ies)|states?|members?|delegations?|nations?)\s+against|"
    # a list headed by its side: "Against: China and Cuba.", "Opposed: …", "No: …"
    r"in\s+favou?r|(?:against|opposed|opposing|supporting|yes|no)(?=\s*:))\b",
    re.IGNORECASE,
)
_US_STATE_CONTEXT = re.compile(
    r"\b(?:Atlanta|county|governor|Senate race|U\.S\. state|peach|Savannah|Alabama|Florida|"
    r"Tennessee|Carolina|Bulldogs|Tech)\b"
)
#: A line written in capitals (a headline): acronyms that are words ("WHO") mean nothing there.
_CAPITALS_LINE = re.compile(r"\b[A-Z][A-Z'\-]+(?:\s+[A-Z][A-Z'\-,]*){3,}")
#: Titles before a name: the registry's (``TITLES``, which also tell the post) and words that
#: name a standing without one ("opposition leader Aung San Suu Kyi", "Palestinian observer
#: Nasser al-Kidwa", "chargé d'affaires Jonathan Allen", "Special Rapporteur Francesca
#: Albanese", "human rights chief Volker Türk", "Dutch diplomat Sigrid Kaag").
_TITLE = "|".join(
    sorted(
        [re.escape(t) for t in TITLES]
        + ["leader", "observer", "[Jj]udge", "Sheikh", "[Cc]harg[ée]\\s+d'affaires"]
        + ["[a-z]{3,}\\s+minister"]  # "information minister Michael Makuei"
        + ["[Ss]pecial\\s+[Rr]apporteur", "rapporteur", "chief", "diplomat", "director"]
        + ["jurist", "politician", "activist", "lawyer", "journalist", "dissident", "commander"]
        + ["professor", "scholar", "economist", "investigator"]  # "law professor X"
        + ["[Pp]rosecutor"]  # "chief prosecutor Ana Soto"
        + ["coordinator"]  # "political coordinator Rodney Hunter"
        # the Secretary-General's envoys ("Deputy Special Representative Stephanie Koury")
        + ["Special\\s+(?:Representative|Envoy|Adviser|Advisor|Coordinator)"]
        # ranks and honours ("General Sani Abacha", "Colonel Muammar Qaddafi", "Sir David
        # Hannay"), and the callings news names people by ("the writer Ken Saro-Wiwa", "the
        # Bosnian Serb general Ratko Mladic")
        + ["General(?!\\s+(?:Assembly|Council|Conference|Committee|Debate|Secretary|Staff))"]
        + ["Colonel", "Admiral", "Marshal", "Brigadier", "Sir", "Dame", "general", "colonel"]
        + ["writer", "author", "novelist", "poet", "playwright", "warlord", "dictator"]
        + ["strongman", "laureate", "wife", "husband", "son", "daughter", "widow"],
        key=len,
        reverse=True,
    )
)
#: A personal name: two to four capitalised words, with the particles names carry
#: ("Bashar al-Assad", "Abdel Fattah el-Sisi", "Nicolas de Rivière", "Juan Ramón de la
#: Fuente", "Aung San Suu Kyi").
#: A capital letter, Latin accents included ("Çavuşoğlu", "Ángel").
_CAPITAL = "A-ZÀ-ÖØ-Þ\u0100-\u017f"
_NAME_WORD = rf"[{_CAPITAL}][\w'\-]*[\w]"
_PARTICLE = (
    r"(?:(?:de\s+la|de\s+los|de\s+las|van\s+der|van\s+den|von\s+der|de|del|della|van|von|"
    r"da|dos|das|du|bin|ibn|der|ter)\s+|(?:al|el|ad|as)-(?=[A-Z]))"
)
# (a name never runs across a paragraph break: the matchers read a text whose lines wrapped
# inside a paragraph are joined, kg.extract.normalise)
# A middle initial may follow the given name ("Thomas R. Pickering", "George W. Bush").
_NAME = (
    rf"{_NAME_WORD}(?:[^\S\n]+[A-Z]\.(?=[^\S\n]+[{_CAPITAL}][a-z]))?"
    rf"(?:[^\S\n]+{_PARTICLE}?{_NAME_WORD}|[^\S\n]*(?:al|el)-{_NAME_WORD}){{1,3}}"
)
#: A name given by initials and a family name ("P. Harish", "F.W. de Klerk"): a person only
#: after a title or a post.
_INITIALS_NAME = rf"(?:[A-Z]\.\s?){{1,3}}{_PARTICLE}?{_NAME_WORD}"
_HEAD_TITLES = r"(?:President|Prime\s+Minister|Chancellor|Premier)"
_TITLED_NAME = re.compile(
    rf"(?P<title>(?:(?:former|acting|then|outgoing|incoming|deputy|Deputy)\s+)?"
    # ("Algeria's U.N. Ambassador Amar Bendjama": a state's post at the UN)
    rf"(?:(?:[A-Z][\w.\-]*['\u2019]s\s+(?:UN|U\.N\.)|[A-Z][\w.\-]*(?<![a-z]\.)(?:'s)?|UN|"
    rf"U\.N\.|opposition)\s+)??"
    # ("U.S. deputy ambassador James Cunningham")
    rf"(?:(?:deputy|acting|former)\s+)?(?:{_TITLE})"
    # titles stacked: "Permanent Representative Ambassador Munir Akram"
    rf"(?:\s+(?:{_TITLE}))?)"
    rf"\s+(?P<name>{_NAME}|{_INITIALS_NAME})"
    rf"|(?P<head>{_HEAD_TITLES})\s+(?P<single>{_NAME_WORD})(?![\w\-]|\s+[A-Z]|'s\s+[A-Z])"
)
#: Words that name posts in an appositive ("Dorothy Shea, the U.S. envoy to the UN,").
_POST_WORDS = (
    r"envoy|ambassador|representative|minister|president|secretary|spokes\w+|chancellor|"
    r"diplomat|official|head|leader|chief|commissioner|counterpart|negotiator|adviser|advisor|"
    r"observer|delegate|rapporteur|director|chair|chairman|chairwoman|chairperson|prosecutor|"
    r"coordinator|mediator|counsell?or|attach[ée]|charg[ée]\s+d'affaires|expert|investigator|"
    r"judge|professor|successor|predecessor|counsel|politician|colleague|holder|jurist|inspector|"
    # callings ("Jimmy Chérizier, the former police officer", "X, a veteran rights activist")
    r"officer|commander|activist|lawyer|journalist|dissident|warlord|dictator|strongman|founder"
)
_APPOSITIVE = re.compile(
    # (an age may come first: "Ana Soto, 54, a career diplomat,")
    rf"^(?:,\s+\d{{1,3}}(?=,))?,\s+(?P<post>(?:(?:then|now|later|formerly)\s+)?(?:(?:the|a|an|its|his|her|"
    rf"(?:[A-Z][\w.]*\s+)?[A-Z][\w.]*(?:'s))\s+"
    rf"(?:[^,;:\".]|\.(?!\s)|(?<=[A-Z])\.){{0,60}}?\b(?:{_POST_WORDS})\b"
    # (not "Greek ambassador X, the American envoy John Bolton, argued": the next name's title)
    r"(?!\s+(?-i:[A-Z][\w\-]+\s+[A-Z][\w\-]+))"
    # "Americas director at Amnesty International" (not "information minister Michael Makuei",
    # the title of the next name)
    rf"|[\w\-]+\s+(?:{_POST_WORDS})\b(?!\s+(?-i:[A-Z]))"
    # "Stephane Dujarric, spokesman for the Secretary-General,"
    rf"|(?:{_POST_WORDS})\s+(?:for|of|to|at)\b"
    rf"|(?:Minister|Secretary|Ambassador|Permanent Representative|President|Head|Chief|"
    rf"High Commissioner|Charg[ée] d'affaires|(?:Permanent\s+)?Observer)\b)"
    rf"(?:[^,;:\".]|\.(?!\s)|(?<=[A-Z])\.){{0,120}}?)"
    # (a list of people split by semicolons: "Ana Soto, Peru's envoy; Luis Vera, …")
    # (a colon before a quote: "Ana Soto, Peru's ambassador: “…”")
    rf"(?=[,;]|\.(?:\s|$)|:\s+[\"\u201c]|\s+(?:said|told|remarked|added|warned|argued|called|flew|"
    rf"spoke))",
    re.IGNORECASE,
)
#: "Robert Wood, the deputy U.S. ambassador," — a name made a person by the post after it
#: (checked with ``_APPOSITIVE``).
_NAME_THEN_POST = re.compile(rf"(?<![\w\-])(?P<name>{_NAME}),\s+")
#: "Russia's deputy ambassador, Gennady Kuzmin," "The representative of Germany, Peter
#: Wittig," "The new U.N. human rights chief, Volker Türk,".
_POST_THEN_NAME = re.compile(
    rf"(?P<title>(?:(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Ww]hose|[Aa]n?|"
    # "The commission's acting chairman, …", "the international community's envoy, …": a
    # body named in lower case owns the post
    rf"[Tt]he\s+(?:[a-z]+\s+)?[a-z]+'s|"
    # ("the Secretary-General's special representative, …")
    rf"(?:[A-Z][\w.]*\s+)?[A-Z][\w.\-]*(?:'s))\s+)"
    # ("Its commissioner-general, Philippe Lazzarini,", "The head of the agency, …,")
    rf"(?:(?:(?:[A-Z]\.)+|[\w\-]+)\s+){{0,4}}?(?:then-|ex-|former-)?(?i:{_POST_WORDS})"
    # ("The agency's director general, Hans Blix,", "its inspector general, …")
    rf"(?:-[a-z]+|-General|\s+general)?"
    # ("The EU's ambassador to the UN in Geneva,", "The diplomat presiding over the council,")
    rf"(?:\s+(?:in|to|at|for|of|on|[a-z]+ing(?:\s+(?:over|at|in|on|for))?)\s+(?:the\s+)?"
    rf"(?:[A-Z][\w.]*(?:\s+(?:and\s+)?[A-Z][\w.]*){{0,4}}|assembly|"
    rf"council|delegation|mission|agency|organi[sz]ation|office|court|commission|panel|"
    rf"committee|conference|session|talks|negotiations|"
    # "the high commissioner for human rights, Zeid …"
    rf"human\s+rights|refugees|disarmament|peacekeeping|political\s+affairs|"
    rf"humanitarian\s+affairs|legal\s+affairs|foreign\s+affairs|"
    # a field in one word: "the special representative on migration, …"
    rf"[a-z]{{4,}}(?=,))){{0,2}},)"
    rf"\s+(?P<name>{_NAME}|{_INITIALS_NAME})(?=,|\.(?:\s|$)|\s+(?:said|told|added)\b)",
)
#: "Britain's Matthew Rycroft said", "China's Li Baodong said", "Israel's Danny Danon thanked
#: her" — a state's possessive, a name and a verb of the past or of speech.
_STATE_PERSON = re.compile(
    rf"(?P<title>\b(?:[A-Z][\w.]*(?<!\.)\s+)?[A-Z][\w.]*'s)\s+(?P<name>{_NAME})"
    r"(?=[,.;]|\s+(?:(?:has|had|also|then|both)\s+)?(?:[a-z]{2,}ed|said|told|says|tells|repeats|argues|"
    # ("Guatemala's Ana Soto shot back that …")
    r"shot\s+back|"
    r"insists|warns|adds|urges|responds|speaking|speaks|welcomes|explains|read|are|is|was|were|"
    # "Kenya's Amina Wanjiru Odhiambo goes further", "UNHCR's Lena Sorvik and …": the present
    # of live reporting, or a second name joined
    r"[a-z]{2,}(?<!s)(?:es|s)|and)\b)"
)
#: "Susan Rice of the United States said", "Peter Woolcott of Australia, who presided".
_PERSON_OF_STATE = re.compile(rf"(?P<name>{_NAME})\s+of\s+(?P<where>(?:the\s+)?[A-Z][\w.]+)")
#: "Vitaly Churkin, for his part, accused …", "Kyaw Moe Tun said …": a full name right before
#: a speech verb.
_NAME_SPEAKS = re.compile(
    rf"(?<![\w'\-])(?P<name>{_NAME})(?:,\s+(?:for\s+(?:his|her)\s+part|in\s+(?:remarks|"
    r"comments|a\s+statement|an?\s+interview|a\s+speech)\b[^,;]{0,40}|"
    # ("Ana Soto, speaking to reporters after the vote, said")
    r"(?:speaking|addressing|responding|reacting|writing)\b[^,;]{0,60}),)?\s+(?:said|told|added|"
    r"was\s+quoted|put\s+it|"
    r"warned|argued|accused|replied|insisted|stressed|explained|countered|dismissed|says|tells|"
    r"rose|spoke|addressed|introduced|presented|urged|thanked|recalled|vowed|pledged|appealed|"
    r"responded|remarked|repeated|is\s+speaking|is\s+addressing|t[ao]ok\s+the\s+floor|"
    r"takes\s+the\s+floor)\b"
)
#: "“…,” said Ana Soto.": a full name right after a quote's speech verb.
_SPEECH_THEN_NAME = re.compile(
    r"(?:[,?!][\"\u201d\u2019]|[\"\u201d])\s+(?:said|says|added|adds|told|asked|continued|"
    rf"insisted|argued|warned|explained|replied|countered)\s+(?P<name>{_NAME})(?=[,.;])"
)
#: "Nikki Haley spent two weeks …", "Kofi Annan's reunification plan": a full name as the
#: subject of a verb in the past, or owning what people own (a plan, a report, a term; not a
#: government, which places have too: "Tamil Nadu's government"). Names of states, organs and
#: organisations are mentions of their own and never reach this reading.
_NAME_ACTS = re.compile(
    # (the passive of what befalls a person too: "Muammar Gaddafi was captured and killed"; not
    # "the Code against Ballistic Missile Proliferation was adopted")
    rf"(?<![\w'\-])(?P<name>{_NAME})(?:\s+(?:(?:had|has|then|also|once|later|first|(?:was|were)"
    r"(?=\s+(?:captured|killed|arrested|detained|elected|appointed|ousted|overthrown|deposed|"
    r"assassinated|executed|released|freed|sentenced|convicted|indicted|sworn|kidnapped|"
    r"abducted|toppled|murdered)\b))\s+)?"
    # (a modal's verb: "Tomas Verhoef will remain", "Radovan Petric should understand")
    r"(?P<verb>(?:will|would|should|could|must|might)\s+(?:not\s+)?[a-z]{3,}|[a-z]{3,}ed|spent|"
    # the present of a job held: "Mari Alkatiri heads the new government"
    r"heads|leads|chairs|directs|runs|remains|serves|"
    r"won|lost|met|made|took|gave|led|wrote|sent|went|came|saw|held|"
    r"kept|left|brought|sought|fought|became|began|ran|stood|chose|drew|flew|knew|found|struck|"
    r"threw|broke|wore|tried|shook)\b|['\u2019]s\s+(?:own\s+|(?:[a-z]+\s+)?(?=plan|"
    r"proposal|mediation|report|remarks|speech|visit|letter|envoy|resignation|death|killing|"
    r"arrest|release|trial|successor|predecessor|presidency|tenure|term|administration|"
    r"cabinet|team|party|office|call|appeal|findings|warning|initiative|election|ouster|"
    r"overthrow|rule|regime|legacy|memoir|referendum|forces|troops|reforms|supporters|"
    r"allies|speech|visit|spokes(?:man|woman|person)|mission|court|hometown|capture|fall))"
    # "Michael Kirby and his two fellow commissioners": a person's own
    r"|\s+and\s+(?:his|her)\s+(?!own\s+text))"
)
#: A preposition or article right before a capitalised pair: a place or a thing ("on Diego
#: Garcia"), not the subject ``_NAME_ACTS`` reads.
_PLACE_BEFORE = re.compile(r"\b(?:on|in|at|to|from|of|the|by|for|with|into|near|off|via)\s+$")
#: "The programme, headed by Achim Steiner": who leads a body is a person.
_LED_BY_NAME = re.compile(
    rf"\b(?:headed|led|chaired|presided\s+over|directed)\s+by\s+(?P<name>{_NAME})"
)
#: "picked to succeed Valentin Inzko", "the successor to Kofi Annan": whom a post passes from.
_SUCCEEDS_NAME = re.compile(
    rf"\b(?:succeed(?:ed|s|ing)?|successor\s+(?:to|of))\s+(?P<name>{_NAME})(?![\w\-])"
)
#: "According to Lindiwe Moyo, the draft …": the source of a report is a person when a full
#: name follows (states, organs and organisations are mentions of their own).
_ACCORDING_TO_NAME = re.compile(
    rf"\b(?:[Aa]ccording\s+to|[Ii]n\s+the\s+words\s+of)\s+(?P<name>{_NAME})(?=[,.;])"
)
#: "Irakli Alasania (Georgia) said", as press releases name a speaker; "Kofi Annan as the
#: joint envoy".
_PERSON_IN_BRACKETS = re.compile(rf"(?P<name>{_NAME})(?=\s+\([{_CAPITAL}][^()\n]{{1,40}}\))")
#: "MUNIR AKRAM (Pakistan) said": a UN press release's speaker, the name in capitals (a person
#: only when a state is in the brackets: "UNITED NATIONS (Reuters)" is a dateline).
_CAPITALS_IN_BRACKETS = re.compile(
    r"(?<![\w'\-])(?P<name>[A-Z][A-Z'\-]+(?:[^\S\n]+[A-Z][A-Z'\-]+){1,3})(?=\s+\([A-Z][^()\n]{1,40}\))"
)
_PERSON_AS_POST = re.compile(
    # ("reappointed Ana Soto as the tribunal's prosecutor")
    rf"(?P<name>{_NAME})\s+as\s+(?:the\s+|an?\s+|its\s+)?(?:[\w.\-]+(?:'s)?\s+){{0,4}}?"
    rf"(?:{_POST_WORDS})\b"
)
#: "the forces of Khalifa Haftar", "the regime of Saddam Hussein": what a person leads or
#: leaves behind.
_THINGS_OF_NAME = re.compile(
    # ("the Government of Muammar Qadhafi", "the death in custody of Mahsa Amini")
    r"\b(?:forces|troops|fighters|militia|regime|[Gg]overnment|administration|supporters|"
    r"death(?:\s+in\s+custody)?|funeral|"
    # ("the trials of Ana Soto and Luis Vera", "the arrest of …", "the extradition of …")
    r"trials?|arrest|extradition|indictment|surrender|"
    r"followers|loyalists|allies|family|families|widow|relatives|lawyers|assassination|murder|"
    rf"killing|overthrow|ouster|fall)\s+of\s+(?:the\s+late\s+)?(?!(?:{_TITLE})\s)"
    rf"(?P<name>{_NAME})(?![\w\-])"
)
#: "the bombing that killed Rafik Hariri", "when he freed Nelson Mandela": what befalls a person.
_BEFALLS_NAME = re.compile(
    r"\b(?:killed|assassinated|murdered|freed|executed|kidnapped|abducted|deposed|ousted|"
    rf"toppled)\s+(?P<name>{_NAME})(?![\w\-])"
)
#: A further name listed after one a pattern read: "the trials of Ana Soto and Luis Vera",
#: "the families of Ana Soto, Luis Vera and Juan de la Cruz".
_NEXT_NAME = re.compile(rf"(?P<joint>,\s+|,?\s+and\s+)(?P<name>{_NAME})(?![\w\-])")
#: "Ian Walcott, for Barbados, welcomes …": a name speaking for a state or body it names; a
#: live blog's label: "Ian Walcott for Barbados: …".
_PERSON_FOR = re.compile(
    rf"(?<![\w'\-])(?P<name>{_NAME})(?:,\s+for\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){{0,3}},"
    rf"|\s+for\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){{0,3}}\s*:\s)"
)
#: "Beatrice Fihn, who leads the International Campaign …".
_PERSON_WHO = re.compile(
    rf"(?P<name>{_NAME}),\s+(?:who\s+(?:has\s+|had\s+)?[a-z]+\b|"
    # "Khalifa Haftar, whose forces have been besieging Tripoli"
    r"whose\s+(?:forces|troops|government|party|movement|supporters|allies|own|father|"
    r"mother|wife|husband|son|daughter|family|predecessor|successor|term|administration)\b|"
    r"speaking\s+(?:for|on\s+behalf\s+of)\s)"
)
#: Titles in the plural, which name no one: they open no name ("Ambassadors Ana Soto of Peru
#: and …") and are no part of one.
_PLURAL_TITLES = frozenset(
    {"Ambassadors", "Envoys", "Ministers", "Presidents", "Diplomats", "Delegates"}
)
#: Capitalised words that open a sentence before a name ("For Jacques Chirac, who …").
_LEADING_WORDS = _PLURAL_TITLES | frozenset(
    {
        "For", "With", "From", "To", "By", "As", "Like", "Unlike", "Even", "Then", "Of", "Yet",
        "Opinion", "Analysis", "Comment", "Explainer", "Update", "Breaking", "Live",
        "Both", "Neither", "Nor", "Also", "If", "Although", "Though", "Despite", "Among",
        "Without", "Through", "During", "Against", "So", "Why", "What", "How", "Where",
    }
)  # fmt: skip
#: Honours written before a name ("Sir David Hannay", "Dame Karen Pierce"), and a judge's
#: ("the tribunal's president, Judge Ana Soto,").
_HONOURS = frozenset({"Sir", "Dame", "Lord", "Lady", "Baroness", "Baron", "Judge"})
#: Capitalised words that begin institutions, posts and places, never a personal name.
_NOT_NAME_WORDS = _PLURAL_TITLES | frozenset(
    {
        "The", "A", "An", "On", "In", "At", "Last", "This", "That", "But", "And", "Under",
        "After", "Before", "Since", "When", "While", "Only", "Monday", "Tuesday", "Wednesday",
        "Thursday", "Friday", "Saturday", "Sunday", "Council", "Assembly", "Ministry", "Foreign",
        "Office", "Department", "Government", "Nations", "United", "Republic", "Court",
        "Security", "General", "Human", "Rights", "State", "States", "Union", "Agency",
        "National", "International", "Permanent", "Mission", "Embassy", "Parliament", "Army",
        "Defence", "Defense", "Supreme", "Federal", "Democratic", "People", "Islamic", "Arab",
        "European", "African", "Charter", "Secretary", "Minister", "President", "Ambassador",
        "Prime", "Deputy", "Committee", "Conference", "Commission", "Group", "Western",
        "Eastern", "Northern", "Southern", "North", "South", "East", "West", "New", "Holy",
        "Ramadan", "Christmas", "Easter", "January", "February", "March", "April", "May",
        "June", "July", "August", "September", "October", "November", "December", "Article",
        "Chapter", "Resolution", "Draft", "Treaty", "Convention", "Protocol", "Organisation",
        "Organization", "League", "Campaign", "Program", "Programme", "Fund", "Bank", "Forces",
        "Kingdom", "Emirates", "Islands", "Federation", "Korea", "Council's", "Assembly's",
        "Spokesman", "Spokeswoman", "Spokesperson", "Envoy", "Observer", "Mr", "Ms", "Mrs",
        "Vote", "Votes", "Member", "Members", "Room", "Hall", "Palais", "Building",
        "Representative", "Representatives", "High", "Special", "Commissioner", "Rapporteur",
        "Street", "House", "Palace", "Avenue", "Services", "Relief", "Muslims", "Christians",
        "Buddhists", "Hindus", "Jews", "Kurds", "Rohingya", "Uyghurs", "Tamils", "Refugees",
        "For", "With", "From", "By", "Like", "Unlike", "Despite", "Among", "Without",
        "Eve", "Day", "Week", "Year", "Yet", "Territory", "Territories", "Administration",
        "Operation", "Radio", "Television", "News", "Times", "Post", "Journal", "Press",
        "Channel", "Team", "Europe", "Africa", "America", "Asia", "Jazeera", "Arabiya",
        # instruments and bodies of rules ("the Rome Statute", "the Hague Code of Conduct",
        # "the OECD's Inclusive Framework", "the Non-Navigational Uses of …")
        "Statute", "Code", "Framework", "Uses", "Covenant", "Accord", "Accords", "Agreement",
        "Declaration", "Compact", "Mechanism", "Tribunal", "Regulations", "Principles",
        # a live blog's time zone and question ("11:15 ET Who voted no?")
        "ET", "GMT", "BST", "UTC", "CET", "EST", "Who", "What", "Why", "How", "Which", "Where",
        "All",  # "the Elimination of All Forms of Discrimination"
    }
)  # fmt: skip
#: Days and months, which may stand before a name at a sentence's start ("On Monday Ana Soto
#: said").
_TIME_WORDS = frozenset(
    {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
     "February", "March", "April", "May", "June", "July", "August", "September", "October",
     "November", "December"}
)  # fmt: skip
_GROUP = re.compile(
    r"\b(?P<group>(?:(?:all|other|many|several|some|most|both|fellow|the\s+other)\s+)?"
    r"(?:(?:European|Western|African|Arab|Asian|Latin\s+American|Gulf|Nordic|Baltic|Pacific|"
    r"Caribbean|Islamic|Muslim-majority|developing|non-aligned|allied|like-minded|small|island|"
    r"member)\s+)?"
    r"(?:Member\s+States|member\s+states|countries|nations|states|governments|allies|delegations)"
    r"|(?:[Ss]upporters|[Aa]llies|[Ff]riends|[Bb]ackers)\s+of\s+[A-Z][\w]+)\b"
)
_GROUP_NEEDS_MODIFIER = re.compile(r"^(?:countries|nations|states|governments|allies|delegations)$")
#: ("a senior Greek foreign ministry official", "a Kenyan government source")
_ANONYMOUS_WORDS = (
    r"(?:(?:senior|top|unnamed|foreign|ministry|government|embassy|defen[cs]e|[A-Z][\w.]*)\s+){0,4}"
)
_ANONYMOUS = re.compile(
    rf"\b(?P<anonymous>(?:[Aa]n?|[Oo]ne|[Tt]he|[Aa]nother)\s+{_ANONYMOUS_WORDS}"
    r"(?:official|diplomat|spokes(?:person|man|woman)|source|negotiator)"
    # "an Ecuadorian delegate": one of the delegation ("the Chilean delegate" is the seat's)
    rf"|(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+{_ANONYMOUS_WORDS}(?:delegate|envoy|representative))\b"
    # "a diplomat from Kinshasa": the state it comes from, when a state's name follows
    r"(?P<origin>\s+from\s+(?:the\s+)?[A-Z][\w.'\-]*(?:\s+[A-Z][\w.'\-]*){0,2})?"
)
#: Words between a possessive state and a motion noun that keep the motion the state's own.
_OWN_WORDS = frozenset(
    {
        "own",
        "new",
        "rival",
        "revised",
        "original",
        "competing",
        "draft",
        "perennial",
        "latest",
        # what a state tables again and again: "Mexico's annual resolution on disarmament"
        "annual",
        "yearly",
        "biennial",
        "traditional",
        "customary",
        "usual",
        "flagship",
        "signature",
        # "Norway's proposed resolution", "Chile's suggested text"
        "proposed",
        "suggested",
    }
)
#: The groups of member states that table texts as one: their name before a motion's noun
#: is its proposer ("an African Group resolution", "the EU text").
_SPONSORING_GROUPS = frozenset(
    {"European Union", "African Group", "Arab Group", "Asia-Pacific Group",
     "Eastern European Group", "Group of Latin American and Caribbean States",
     "Western European and Others Group", "Organisation of Islamic Cooperation",
     "Association of Southeast Asian Nations", "Caribbean Community", "Non-Aligned Movement",
     "Group of 77", "African Union", "League of Arab States", "Gulf Cooperation Council",
     "Community of Latin American and Caribbean States"}
)  # fmt: skip
#: States whose name news uses as the adjective of their drafts ("a United States draft").
_DRAFTING_NAMES = frozenset({"USA", "GBR"})
#: The combining forms of a joint proposal's compound adjective ("a Franco-German draft",
#: "the Sino-Russian text"); the part after the hyphen is an adjective the lexicon knows.
_COMBINING_FORMS = {"Franco": "FRA", "Sino": "CHN", "Russo": "RUS", "Italo": "ITA"}
#: The participles that make a name before them a proposer: "a U.S.-drafted resolution".
_PROPOSED = (
    r"-(?:drafted|backed|sponsored|led|proposed|tabled|authored|penned|written|submitted|"
    r"presented|introduced|crafted|initiated|championed)\b"
)
#: A state's name or adjective before a proposing participle or a suspended hyphen ("the
#: Mexican- and Irish-sponsored text", "a New Zealand-drafted resolution").
_HYPHENED = re.compile(rf"((?:[A-Z][\w.]*\s+){{0,2}}[A-Z][\w.]*)(?=-\s+(?:and|or)\s|{_PROPOSED})")


def _hyphened_proposers(phrase: str, lexicon: Lexicon) -> list[str]:
    """The states a motion phrase's proposing compounds name, a suspended hyphen's included.

    >>> _hyphened_proposers("the Brazilian- and New Zealand-sponsored text", load_lexicon())
    ['BRA', 'NZL']
    """
    if not re.search(_PROPOSED, phrase):
        return []
    found: list[str] = []
    for part in _HYPHENED.finditer(phrase):
        words = part.group(1).split()
        # the longest tail of the words that names a state ("New Zealand", not "The New Zealand")
        key = next(
            (
                e.key
                for first in range(len(words))
                for e in lexicon.entries.get(" ".join(words[first:]), ())
                if e.kind == "state"
            ),
            None,
        )
        if key is not None and key not in found:
            found.append(key)
    return found


_MOTION_NOUN = re.compile(
    # (capitalised too: "Resolution 1559, put forward by France, …" opens a sentence)
    r"\b(?:[Dd]raft\s+[Rr]esolutions?|[Dd]raft\s+[Dd]ecisions?|[Rr]esolutions?|[Dd]rafts?|"
    r"[Pp]roposals?|[Aa]mendments?|[Tt]exts?|[Mm]easures?|[Rr]epeal|[Ii]nitiative|[Mm]otion|"
    r"[Vv]ote|[Dd]ocument|[Vv]ersion|[Rr]oll[\s-]call|[Rr]enewal)\b"
)
#: A proposal of a thing that is no text put to a vote: "its proposal of a 'double
#: suspension'", "Russia's proposal for a ceasefire" (not "a proposal for a resolution").
_PROPOSAL_OF_IDEA = re.compile(
    r"\s+(?:of|for)\s+(?:a|an|the)\s+(?![^.;:,]{0,40}?\b(?:resolutions?|drafts?|texts?|"
    r"amendments?|motions?|decisions?|declarations?|statements?|votes?)\b)"
)
#: Nouns that name a motion only with a modifier or a determiner of their own ("the measure",
#: "the vote"), never alone in a phrase about something else ("measures to protect").
_WEAK_NOUNS = frozenset(
    {"measure", "measures", "initiative", "motion", "vote", "repeal", "document", "version",
     "roll call", "roll-call", "renewal"}
)  # fmt: skip
#: Words that may stand between a determiner and a motion noun ("the final U.S. draft").
_MOTION_MODIFIERS = frozenset(
    {
        "final", "alternative", "original", "previous", "earlier", "new", "rival", "competing",
        "own", "draft", "revised", "amended", "separate", "key", "landmark", "non-binding",
        "nonbinding", "binding", "annual", "latest", "first", "second", "third", "initial",
        "proposed", "watered-down", "weakened", "compromise", "similar", "same", "other",
        "council", "assembly", "american", "western", "european", "arab", "african",
        "single-sentence", "two-page", "short", "brief", "historic", "rare", "recorded",
        "procedural", "whole", "no-action",
    }
)  # fmt: skip
#: How a text is worded, a modifier before its noun, with or without its adverb ("a carefully
#: worded draft", "a strongly-worded resolution", "a finely balanced text").
_MANNER_MODIFIER = re.compile(
    r"(?:[a-z]+ly-)?(?:worded|balanced|crafted|phrased|drafted|negotiated|written)"
)
#: How a text was put forward, which tells two amendments apart ("a written amendment", "an
#: oral amendment"): a modifier with any determiner, and a word that names one of them.
_FORM_MODIFIERS = frozenset({"written", "oral"})
#: A lower-case word that may name a motion's subject right before its noun ("the suspension
#: text", "a sanctions draft"): a plain word, not an adverb, a participle or a function word.
_TOPIC_WORD = re.compile(r"[a-z][a-z-]{2,}(?<!ly)(?<!ing)(?<!ed)")
_NOT_TOPIC_WORDS = frozenset(
    {
        "and", "but", "for", "nor", "the", "that", "this", "these", "those", "which", "who",
        "with", "from", "into", "onto", "than", "then", "when", "where", "while", "after",
        "before", "under", "over", "about", "against", "between", "its", "their", "his", "her",
        "our", "your", "any", "all", "each", "every", "some", "such", "was", "were", "are",
        "has", "have", "had", "did", "does", "will", "would", "could", "should", "may",
        "might", "must", "can", "not", "also", "only", "even", "just", "still", "again",
        "said", "says", "say", "told", "one", "two", "three", "four", "five", "six", "ten",
        "what", "whose", "whom", "how", "why", "there", "here", "via", "per", "upon",
        "nine", "seven", "eight", "last", "next", "same", "own", "whole", "very",
        "more", "most", "less", "least", "much", "many", "few", "other", "another", "both",
        "either", "neither", "through", "during", "without", "within", "toward", "towards",
        "because", "since", "until", "unless", "although", "though", "whether", "vote",
        "votes", "voted", "backs", "opposes", "supports", "rejects", "adopts", "passes",
        "tabled", "new", "yes", "non", "called", "like", "unlike", "behind", "beyond",
    }
)  # fmt: skip
_DEFINITE = frozenset({"the", "this", "that", "these", "those", "its", "their"})
#: A weekday's possessive that owns a text as a determiner does: "Monday's text".
_DAY_OWNER = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day['\u2019]s"
_DETERMINER_WORDS = {
    "a", "an", "the", "this", "that", "these", "those", "its", "their", "any", "another",
    "his", "her", "our", "both",
}  # fmt: skip
_MONTH_WORDS = frozenset(
    {
        "january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december",
    }
)  # fmt: skip


def quoted_regions(text: str) -> list[tuple[int, int]]:
    """``[start, end)`` of each quotation, marks included: curly pairs, then straight pairs.

    >>> quoted_regions('He said: \u201cNo.\u201d Then "yes".')
    [(9, 14), (20, 25)]
    """
    regions = [(m.start(), m.end()) for m in re.finditer(r"\u201c[^\u201c\u201d]*\u201d", text)]
    regions += [(m.start(), m.end()) for m in re.finditer(r'"[^"\n]*"', text)]
    return sorted(regions)


def find_mentions(
    text: str, lexicon: Lexicon | None = None, on: date | None = None
) -> MentionedText:
    """Tokenise ``text``, split its sentences and find every mention (``on``: the text's date,
    for names whose meaning changed).

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
    capitals = [match.span() for match in _CAPITALS_LINE.finditer(text)]

    candidates: list[Mention] = []
    for _, token_start, token_end in _phrase_matcher(id(lexicon))(doc):
        span = doc[token_start:token_end]
        sentence = sentence_of(span.start_char)
        if sentence is None:
            continue
        possessive = token_end < len(doc) and doc[token_end].text in ("'s", "'")
        for entry in lexicon.entries.get(span.text, []):
            if (
                entry.form == "abbreviation"
                and entry.kind == "organization"
                and span.text.lower() in _ENGLISH_WORDS
                and any(s <= span.start_char < e for s, e in capitals)
            ):
                continue
            if (
                entry.kind == "organization"
                and len(span) == 1
                and span.text.istitle()
                and span.start > 0
                and doc[span.start - 1].text[:1].isupper()
                and not doc[span.start - 1].is_sent_start
                and doc[span.start - 1].text not in ("The", "U.S.", "US")
            ):
                continue  # "World Uyghur Congress" is not the U.S. Congress
            if (
                entry.kind == "state"
                and span.text in ("American", "Americans")
                and span.start > 0
                and doc[span.start - 1].text in ("Latin", "South", "Central", "North")
            ):
                continue  # "one Latin American diplomat": a region's, not the United States'
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
    mentions = _with_organisation_names(text, _longest(candidates), sentence_of, lexicon)
    mentions = sorted(mentions + _organ_descriptions(text, mentions, sentence_of), key=_start)
    by_sentence: dict[int, list[Mention]] = {}
    for mention in mentions:
        by_sentence.setdefault(mention.sentence, []).append(mention)
    mentions = [m for m in mentions if _keep(m, text, sentences, by_sentence)]
    mentions = sorted(mentions + _listed_congo(text, mentions, sentence_of, on), key=_start)
    mentions = sorted(mentions + _shorthand_congo(text, mentions, sentence_of, on), key=_start)
    mentions = _people(text, mentions, sentence_of)
    mentions += _regex_mentions(text, mentions, sentence_of)
    mentions = _motions(text, mentions, sentence_of, lexicon) + mentions
    mentions.sort(key=lambda m: (m.start, -m.end))
    return MentionedText(text, sentences, doc, mentions, quotes)


#: A bare "Congo" between the items of a list of states: "…, Comoros, Congo, Costa Rica, …".
_CONGO = re.compile(r"\bCongo\b(?!-|\s*\(|\s+(?:River|Basin|Brazzaville|Kinshasa)\b)")
_ITEM_BEFORE = re.compile(r"(?:,|;|:)\s*(?:and\s+)?(?:the\s+)?$")
_ITEM_AFTER = re.compile(r"\s*(?:,|;|\.|\band\b|$)")
#: A record's list of the states on one side, which names states as the UN does: "In favour:
#: …", or any side headed by its count ("Against (14): …", "Abstentions (3): …").
_ROLLCALL_BLOCK = re.compile(
    r"\bIn\s+favou?r\s*(?:\(\d+\)\s*)?:|\b(?:Against|Abstentions?|Abstaining)\s*\(\d+\)\s*:"
)


def _listed_congo(
    text: str, mentions: list[Mention], sentence_of, on: date | None
) -> list[Mention]:
    """ "Congo" as an item of a list of states, in a text that names the Democratic Republic of
    the Congo (or Zaire) apart or lists a vote as the UN's records do ("In favour: …"): the
    Republic of the Congo, as those records name it ("In favour: …, Comoros, Congo, Costa
    Rica, …, Democratic Republic of the Congo, …"). In a text of the years the other Congo
    bore another name (Zaire, 1971 to 1997, as the registry dates it), any bare "Congo" is the
    Republic.
    A "Congo" alone names either state and is otherwise left out (:mod:`kg.extract.lexicon`).

    >>> found = find_mentions("In favour: Comoros, Congo, Cuba. Against: Democratic Republic of "
    ...     "the Congo.")
    >>> [m.key for m in found.mentions if m.kind == "state"]
    ['COM', 'COG', 'CUB', 'COD']
    >>> [m.key for m in find_mentions("Rwanda, Congo and Uganda voted no.").mentions]
    ['RWA', 'UGA']
    >>> [m.key for m in find_mentions("Congo voted no.", on=date(1990, 5, 2)).mentions]
    ['COG']
    """
    states = [m for m in mentions if m.kind == "state"]
    other_named_apart = on is not None and _renamed_on("COD", on)
    if (
        not other_named_apart
        and not any(m.key == "COD" for m in states)
        and not _ROLLCALL_BLOCK.search(text)
    ):
        return []
    found = []
    for match in _CONGO.finditer(text):
        start, end = match.span()
        if any(m.start <= start < m.end or start <= m.start < end for m in mentions):
            continue  # inside "Democratic Republic of the Congo", "Republic of the Congo"
        sentence = sentence_of(start)
        if sentence is None:
            continue
        if not other_named_apart:
            before = [
                m for m in states if m.end <= start and _ITEM_BEFORE.search(text, m.end, start)
            ]
            if not before or _ITEM_AFTER.match(text, end) is None:
                continue
            if text[before[-1].end : start].strip(" ,;:").replace("and", "").replace("the", ""):
                continue  # the nearest state before is not the list's previous item
        found.append(Mention("state", "COG", start, end, "Congo", sentence.index))
    return found


def _renamed_on(code: str, on: date) -> bool:
    """True when the registry dates a former name of state ``code`` to a span that holds ``on``
    ("Zaire" for the Democratic Republic of the Congo, 1971 to 1997)."""
    return any(
        former.valid_from is not None and former.valid_on(on)
        for former in states_by_code()[code].former_names
    )


#: The Democratic Republic of the Congo told by a name of its own or its capital; the Republic
#: of the Congo told apart (or the years when the other Congo was Zaire).
_NAMES_DRC = re.compile(
    r"\bDemocratic\s+Republic\s+of\s+(?:the\s+)?Congo\b|\bDRC\b|\bD\.?R\.?\s+Congo\b|"
    r"\bCongo-Kinshasa\b|\bKinshasa\b"
)
_NAMES_OTHER_CONGO = re.compile(
    r"(?<!Democratic\s)\bRepublic\s+of\s+(?:the\s+)?Congo\b|\bBrazzaville\b|\bZaire\b"
)
_CONGO_SHORT = re.compile(
    r"\bCongo(?P<adjective>lese)?\b(?!-|\s*\(|\s+(?:River|Basin|Brazzaville|Kinshasa)\b)"
)


def _shorthand_congo(
    text: str, mentions: list[Mention], sentence_of, on: date | None
) -> list[Mention]:
    """ "Congo" and "Congolese" in a text about the Democratic Republic of the Congo, which it
    names (or its capital, Kinshasa) and never the Republic of the Congo: news shorthand for
    the DRC ("Congo's government welcomed the vote", "A Congolese diplomat said"). A record's
    list of states ("In favour: …, Congo, …") names the other Congo, as does any "Congo" of the
    years the DRC was Zaire (``_listed_congo``).

    >>> found = find_mentions("Kinshasa wanted more. Congo's government said it was not enough.")
    >>> [m.key for m in found.mentions if m.kind == "state"]
    ['COD']
    >>> found = find_mentions("The DRC and the Republic of the Congo met. Congo said no.")
    >>> [m.key for m in found.mentions if m.kind == "state"]
    ['COD', 'COG']
    """
    if (
        not _NAMES_DRC.search(text)
        or (on is not None and _renamed_on("COD", on))
        or _NAMES_OTHER_CONGO.search(text)
        or _ROLLCALL_BLOCK.search(text)
        or any(m.kind == "state" and m.key == "COG" for m in mentions)
    ):
        return []
    found = []
    for match in _CONGO_SHORT.finditer(text):
        start, end = match.span()
        sentence = sentence_of(start)
        if sentence is None or any(m.overlaps(start, end) for m in mentions):
            continue  # inside "Democratic Republic of the Congo", or read already
        form = "adjective" if match.group("adjective") else "name"
        possessive = text.startswith(("'s", "\u2019s"), end)
        found.append(
            Mention("state", "COD", start, end, match.group(), sentence.index, form, {}, possessive)
        )
    return found


#: Organisation acronyms that are also English words, dropped in capitalised headlines.
_ENGLISH_WORDS = frozenset({"who", "au", "oas", "nam", "sco", "ican", "cis"})


def _start(mention: Mention) -> int:
    return mention.start


#: "the council", "the 15-member council", "the assembly", "the 193-member body": an organ
#: named by its common noun once the text is about it.
_ORGAN_DESCRIPTION = re.compile(
    r"\b(?:[Tt]he|[Tt]his)\s+(?:(?P<size>\d{2,3}|fifteen|forty-seven)-(?:member|nation)\s+)?"
    r"(?:U\.?N\.?\s+)?(?P<noun>[Cc]ouncil|[Aa]ssembly|body|world\s+body|chamber)\b"
    r"|\b(?P<title>Assembly|Council)(?=\s+(?:President|presidency|members?)\b)"
    # the Human Rights Council by what it is or where it sits: "the UN rights council", "the
    # Geneva-based council", "the UN's top human rights body"
    # (after "the", "the UN('s)", "the UN's top": see _RIGHTS_BEFORE)
    r"|\b(?P<rights>(?:Geneva-based\s+(?:(?:human\s+)?rights\s+)?|(?:human\s+)?rights\s+)"
    r"(?:council|body|forum))\b"
)
_RIGHTS_BEFORE = re.compile(
    r"\b[Tt]he\s+(?:(?:U\.?N\.?|world\s+(?:organi[sz]ation|body))(?:['\u2019]s)?\s+)?"
    r"(?:(?:top|main|leading|premier)\s+)?$"
)
_UN_CONTEXT = re.compile(
    r"\b(?:United\s+Nations|U\.?N\.?|Security\s+Council|General\s+Assembly|resolution|veto\w*)\b"
)


def _organ_descriptions(text: str, mentions: list[Mention], sentence_of) -> list[Mention]:
    """Organs named by a common noun: "the council" is the council the text last named
    (Security Council or Human Rights Council), else the one it names next, else the
    Security Council when the text is
    about the UN or says "15-member"; "the assembly" and "the 193-member body" are the General
    Assembly in a text about the UN; "the chamber" is the organ last named. A text that never
    mentions the UN gets none of these: a city council is no organ of it.

    >>> [(m.text, m.key) for m in find_mentions(
    ...     "The Human Rights Council met. Russia left the council. The 15-member council voted."
    ... ).mentions if m.kind == "organ"]
    [('Human Rights Council', 'HRC'), ('the council', 'HRC'), ('The 15-member council', 'SC')]
    """
    un_news = _UN_CONTEXT.search(text) is not None or any(m.kind == "organ" for m in mentions)
    organs = [m for m in mentions if m.kind == "organ"]
    starts = [m.start for m in organs]
    taken = sorted((m.start, m.end) for m in mentions)
    found: list[Mention] = []
    for match in _ORGAN_DESCRIPTION.finditer(text):
        start, end = match.span()
        if match.group("rights"):
            if not _RIGHTS_BEFORE.search(text, max(0, start - 30), start):
                continue  # "a national human rights body" is no organ of the UN
            noun, size = "rights council", None
        elif match.group("title"):
            noun, size = match.group("title").lower(), None
        else:
            noun = match.group("noun").lower()
            size = match.group("size")
        if not un_news and size not in ("15", "fifteen", "193", "47", "forty-seven"):
            continue  # "the 193-member assembly" says which assembly by itself
        position = bisect.bisect_left(taken, (start, start))
        if any(s < end and start < e for s, e in taken[max(0, position - 1) : position + 2]):
            continue
        sentence = sentence_of(start)
        if sentence is None:
            continue
        before = organs[: bisect.bisect_left(starts, start)] + [m for m in found if m.end <= start]
        named = sorted(before, key=_start)
        if noun == "rights council":
            key = "HRC"
        elif noun == "council":
            if size in ("15", "fifteen"):
                key = "SC"
            elif size in ("47", "forty-seven") or re.match(
                r",?\s+(?:meeting|sitting|gathered)\s+in\s+Geneva\b", text[end : end + 30]
            ):
                key = "HRC"  # "The Council, meeting in Geneva, voted …"
            else:
                councils = [m.key for m in named if m.key in ("SC", "HRC")]
                # a headline's or lede's "the council" before any is named: the one named next
                later = [m.key for m in organs if m.start > end and m.key in ("SC", "HRC")]
                key = councils[-1] if councils else later[0] if later else "SC"
        elif noun == "assembly" or (noun.endswith("body") and size in ("193", "192", "191")):
            key = "GA"
        elif noun == "body" and size in ("47", "forty-seven"):
            key = "HRC"  # "the 47-member body"
        elif noun == "body" and size in ("15", "fifteen"):
            key = "SC"
        elif noun == "chamber" and named:
            key = named[-1].key
        else:
            continue  # "the world body" is the UN itself, "the body" anything
        found.append(
            Mention(
                "organ", key, start, end, match.group(), sentence.index, "description", {}, False
            )
        )
    return found


def _sentence_lookup(sentences: list[Sentence]):
    starts = [sentence.start for sentence in sentences]

    def sentence_of(position: int) -> Sentence | None:
        index = bisect.bisect_right(starts, position) - 1
        if index >= 0 and position < sentences[index].end:
            return sentences[index]
        return None

    return sentence_of


#: The last word of an organisation's name ("Lima Group", "Sudan People's Liberation
#: Movement", "United Nations Mission in South Sudan", "5+5 Joint Military Commission",
#: "International Campaign to Ban Landmines").
_ORGANISATION_HEADS = (
    r"Commission|Committee|Council|Conference|Congress|Group|Movement|Party|Front|Forces?|"
    r"Mission|Office|Programme|Program|Agency|Organi[sz]ation|Fund|Union|League|Alliance|"
    r"Coalition|Forum|Caucus|Institute|Foundation|Tribunal|Association|Secretariat|Board|"
    r"Network|Watch|Capital|Campaign|Arrangement|Division|Department|Panel|Team"
)
_ORGANISATION_WORD = r"(?:U\.N\.(?=\s)|[A-Z][\w\-]*(?:['\u2019]s)?|\d+\+\d+)"
#: A capitalised name with an organisation's word in it, its connectors lower-case ("Office of
#: the United Nations High Commissioner for Human Rights", "Working Group on Indigenous
#: Populations", "Commission of Inquiry on Syria", "Office to the African Union", "Office at
#: Geneva"; up to three phrases after the head: "Committee on the Protection of the Rights of
#: All Migrant Workers").
_ORGANISATION_NAME = re.compile(
    rf"(?<![\w\-'])(?P<name>(?:{_ORGANISATION_WORD}\s+(?:and\s+)?){{0,6}}(?:{_ORGANISATION_HEADS})"
    rf"(?:\s+(?:of|on|for|in|to|at)\s+(?:the\s+)?{_ORGANISATION_WORD}(?:\s+{_ORGANISATION_WORD}){{0,4}}"
    rf"(?:\s+(?:(?:for|of|on)\s+(?:the\s+)?|and\s+){_ORGANISATION_WORD}"
    rf"(?:\s+{_ORGANISATION_WORD}){{0,3}}){{0,2}})?)"
    rf"(?![\w\-])"
)
#: Words that open a sentence or a phrase before a name, never the name's first word: those
#: before a person's name, and articles, determiners and days.
_ORGANISATION_OPENERS = _LEADING_WORDS | frozenset(
    {
        "The", "A", "An", "In", "On", "At", "But", "And", "After", "Before", "When", "While",
        "This", "That", "These", "Those", "Last", "Its", "Their", "His", "Her", "Our", "Only",
        "All", "Some", "Most", "Many", "Each", "Every", "Other", "Monday", "Tuesday",
        "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Now", "Since", "Until", "Under",
        # a count of members opening a sentence: "Two Council members", "Several Forum diplomats"
        "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Several", "Both",
        "Few",
    }
)  # fmt: skip


def _with_organisation_names(
    text: str, mentions: list[Mention], sentence_of, lexicon: Lexicon
) -> list[Mention]:
    """Add the organisations the lexicon lacks, named by a capitalised name with an
    organisation's word in it; names of states or organisations inside such a name ("South
    Sudan" in "United Nations Mission in South Sudan") are part of it. A name that holds an
    organ ("UN Security Council", "General Assembly Third Committee") is left to the organ.

    >>> names = find_mentions("The Lima Group and the Sudan People's Liberation Movement met.")
    >>> [(m.kind, m.key) for m in names.mentions]
    [('organization', 'Lima Group'), ('organization', "Sudan People's Liberation Movement")]
    """
    added: list[Mention] = []
    for match in _ORGANISATION_NAME.finditer(text):
        tokens = [
            (token.group(), match.start("name") + token.start(), match.start("name") + token.end())
            for token in re.finditer(r"\S+", match.group("name"))
        ]
        words = [word for word, _, _ in tokens]
        first = len(words) - words[::-1].index("The") if "The" in words[1:] else 0
        # "COMING UP The Third Committee": a label before the name; "Geneva-based Council"
        while first < len(words) and (
            words[first] in _ORGANISATION_OPENERS or re.search(r"-[a-z]", words[first])
        ):
            first += 1
        # "the Assembly's First Committee", "the Council's Sanctions Committee", "NATO's
        # Stabilisation Force", "Moscow's Council habits": the body after a body's or a state's
        # possessive (not "People's" inside a name)
        owners = [
            index
            for index in range(first, len(words) - 1)
            if re.fullmatch(
                rf"(?:{_ORGANISATION_HEADS}|Assembly|Nations|UN|U\.N\.|[A-Z]{{2,}})['\u2019]s",
                words[index],
            )
            or (
                re.search(r"['\u2019]s$", words[index])
                and any(
                    m.kind == "state" and m.start == tokens[index][1] and m.end <= tokens[index][2]
                    for m in mentions
                )
            )
        ]
        first = owners[-1] + 1 if owners else first
        last = first + len(_without_time_or_place(words[first:], mentions, match.end("name")))
        words = words[first:last]
        if words[:2] in (["Council", "on"], ["Committee", "on"]) and len(words) == 3:
            continue  # "the Council on Russia" is the council
        if words[:2] == ["Permanent", "Mission"]:
            continue  # a state's mission speaks for the state
        if words[:3] == ["Panel", "of", "Experts"] and len(words) == 3:
            continue  # a sanctions committee's panel, named by its task only
        if len(words) == 2 and re.fullmatch(r"U\.?N\.?", words[0]):
            continue  # "U.N. Council narrowly demands …": an organ named short, no body
        if len(words) < 2 or not any(re.fullmatch(_ORGANISATION_HEADS, w) for w in words):
            continue
        if all(word.isupper() for word in words if word[:1].isalpha()):
            continue  # a headline in capitals
        name = " ".join(words)
        start, end = tokens[first][1], tokens[last - 1][2]
        if "\n" in text[start:end] or _title_case_line(text, start):
            continue  # a headline: run into the text (the matchers read lines wrapped in a
            # paragraph as one: kg.extract.normalise), or in title case, where every word is
            # capitalised ("Council Votes To Extend Peacekeeping Mission")
        owner = next(
            (
                m
                for m in mentions
                if m.kind == "organization"
                and start < m.start < end
                and m.start > tokens[0][1]
                and re.search(r"\s(?:of|for)\s+(?:the\s+)?$", text[start : m.start])
            ),
            None,
        )
        if owner is not None:
            # "the Minsk Group of the Organization for Security and Co-operation in Europe":
            # two bodies, the second the lexicon's
            end = start + len(
                re.sub(r"\s+(?:of|for)\s+(?:the\s+)?$", "", text[start : owner.start])
            )
            name = " ".join(text[start:end].split())
            if not any(re.fullmatch(_ORGANISATION_HEADS, w) for w in name.split()[1:]):
                continue
        inner = [m for m in mentions if m.overlaps(start, end)]
        if any(
            m.kind in ("organ", "person")
            or (m.start < start and not re.fullmatch(r"the\s+", text[m.start : start], re.I))
            or m.end > end
            for m in inner
        ):
            continue  # "UN Security Council"; a name that runs past the capitalised words
            # ("the UN" of "the UN Office at Geneva" is the lexicon's, article and all)
        if any(m.start == start and m.end == end for m in inner) or _lexicon_names_only(
            text, start, end, inner
        ):
            continue  # the lexicon's own
        if any(
            m.kind == "organization"
            and m.start == start
            and re.fullmatch(r"\s+(?:in|to|at|for)\s+(?:the\s+)?", text[m.end : state.start])
            for m in inner
            for state in inner
            if state.kind == "state" and state.end == end
        ):
            continue  # "the UN Protection Force in Bosnia": the lexicon's body, in a state
        sentence = sentence_of(start)
        if sentence is None:
            continue
        name = re.sub(r"['\u2019]s$", "", name)
        key = re.sub(r"^U\.?N\.?\s", "United Nations ", name)
        # "UN Assistance Mission for Rwanda": UNAMIR; "UN Special Committee on Decolonization":
        # the gazetteer's name without the "UN"
        known = [
            entry
            for form in (key, re.sub(r"^U\.?N\.?\s|^United Nations\s", "", name))
            for entry in lexicon.entries.get(form, ())
            if entry.kind == "organization"
        ]
        key = known[0].key if known else key
        added.append(
            Mention(
                "organization",
                key,
                start,
                end,
                text[start:end],
                sentence.index,
                "pattern",
                {},
                text[end : end + 2] in ("'s", "\u2019s"),
            )
        )
        mentions = [m for m in mentions if m not in inner]
    found = sorted(mentions + added, key=_start)
    # "the UN Special Committee against Apartheid": the UN is named only inside the body's name
    inside = {
        id(first)
        for first, then in pairwise(found)
        if first.kind == "organization"
        and first.key == "United Nations"
        and then.kind in ("organization", "organ")
        and not text[first.end : then.start].strip()
    }
    return [m for m in found if id(m) not in inside]


def _lexicon_names_only(text: str, start: int, end: int, inner: list[Mention]) -> bool:
    """Whether ``text[start:end]`` is only the lexicon's names joined by "and" or a
    possessive ("the OSCE's Minsk Group", "NATO and Western European Union frigates", "the
    Union of South Africa and Sweden"): two bodies or states, not a body the lexicon lacks.

    >>> names = find_mentions("The OSCE's Minsk Group and NATO and WEU ships met.")
    >>> [m.key for m in names.mentions]
    ['Organization for Security and Co-operation in Europe', 'Minsk Group', 'NATO', \
'Western European Union']
    """
    # ("South Africa's African National Congress": a state's possessive before the body)
    names = sorted((m for m in inner if m.kind in ("organization", "state")), key=_start)
    # ("the Union of Soviet Socialist Republics and Sweden": two states, no "Union" body)
    if len(names) < 2 or names[-1].end != end:
        return False
    rest, position = [], start
    for mention in names:
        rest.append(text[position : mention.start])
        position = mention.end
    return all(
        re.fullmatch(r"(?:the\s+)?|['\u2019]s\s+|\s+and\s+(?:the\s+)?", part, re.I) for part in rest
    )


def _title_case_line(text: str, position: int) -> bool:
    """Whether the line of ``position`` is a headline in title case: four words or more, at
    most one of them in lower case.

    >>> _title_case_line("UN Rights Council Sets Up Inquiry Commission On Sudan", 3)
    True
    >>> _title_case_line("The Lima Group met on Friday.", 4)
    False
    """
    line = text[text.rfind("\n", 0, position) + 1 : (text.find("\n", position) + 1 or None)]
    words = re.findall(r"[^\W\d_][\w'\-]*", line)
    lower = [word for word in words if word[0].islower()]
    # a press release's headline keeps its connectors in lower case ("Council Extends Mandate
    # of Stabilization Mission in Democratic Republic of Congo until December 2021")
    return len(words) >= 4 and (
        len(lower) <= 1
        or (len(words) - len(lower) >= 6 and all(word in _CONNECTORS for word in lower))
    )


_CONNECTORS = frozenset(
    {"of", "in", "on", "at", "to", "for", "with", "until", "and", "the", "a", "an", "by", "as",
     "from", "into", "over", "after", "against", "under", "amid", "its", "their", "or"}
)  # fmt: skip


#: Words after "on" or "in" that tell when or where, not what a body is about.
_TIME_OR_PLACE = re.compile(
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|"
    r"May|June|July|August|September|October|November|December|New\s+York|Geneva|Vienna|"
    r"Nairobi|Brussels|Paris|London|Washington)\b"
)


def _without_time_or_place(words: list[str], mentions: list[Mention], end: int) -> list[str]:
    """The words of a name without a last "on"/"in" phrase that tells a day or a place ("Third
    Committee on November 19", "Third Committee in New York"), a state after a bare head
    ("the Council on Russia"), or a "to" phrase that names where the body went or whom it
    speaks to ("the Wagner Group to Mali", "the Arab Group to the United Nations")."""
    states = [m for m in mentions if m.kind == "state" and m.end == end]
    for index in range(len(words) - 1, 0, -1):
        if words[index] not in ("on", "in", "to"):
            continue
        rest = " ".join(words[index + 1 :])
        if _TIME_OR_PLACE.match(rest) or (index == 1 and states and index == len(words) - 2):
            return words[:index]
        if words[index] == "to" and (
            re.fullmatch(r"(?:the\s+)?(?:United\s+Nations|U\.?N\.?)", rest)
            or any(rest.removeprefix("the ") == state.text for state in states)
        ):
            return words[:index]
    return words


def _longest(candidates: list[Mention]) -> list[Mention]:
    """Keep the longest of overlapping matches ("South Sudan" over "Sudan")."""
    kept: list[Mention] = []
    intervals: list[tuple[int, int]] = []
    for mention in sorted(candidates, key=lambda m: (-(m.end - m.start), m.start)):
        position = bisect.bisect_left(intervals, (mention.start, mention.end))
        neighbours = intervals[max(0, position - 1) : position + 1]
        if any(s < mention.end and mention.start < e for s, e in neighbours):
            continue
        kept.append(mention)
        bisect.insort(intervals, (mention.start, mention.end))
    return sorted(kept, key=lambda m: m.start)


def _keep(
    mention: Mention, text: str, sentences: list[Sentence], by_sentence: dict[int, list]
) -> bool:
    """Context rules for ambiguous names."""
    if mention.kind != "state":
        return True
    before = text[max(0, mention.start - 5) : mention.start]
    after = text[mention.end : mention.end + 30]
    if re.search(r"\bNew\s$", before):
        return False  # New Mexico, New Guinea (unless the lexicon knows the longer name)
    if mention.text == "America" and re.search(
        r"\b(?:North|South|Latin|Central)\s$", text[max(0, mention.start - 8) : mention.start]
    ):
        return False  # "Europe and North America": a continent, not the United States
    if not mention.attributes.get("ambiguous"):
        return True
    if re.match(r"[^\S\n][A-Z][a-z]+", after) and not re.match(r"\s(?:and|or|The)\b", after):
        return False  # "Chad Smith", "Jordan Peterson", "Georgia Tech" (not "Chad\nAgainst:")
    if mention.key == "GEO" and _US_STATE_CONTEXT.search(sentences[mention.sentence].text):
        return False
    if _SPEAKS.match(text, mention.end) and not re.search(
        r"\b[A-Z][\w.]*\s$", text[max(0, mention.start - 30) : mention.start]
    ):
        return True  # "Israel said building would go ahead": a state speaking, not a word
    # another name or a diplomatic word in the sentence; or a name in the sentence before when
    # this one repeats what that one told ("Russia vetoed the draft. China did the same.")
    echoes = (
        _ECHO.match(text, mention.end) is not None
        # "Russia vetoed the draft. So did China.", "Nor did Peru."
        or _ECHO_BEFORE.search(text, max(0, mention.start - 40), mention.start) is not None
        # "The United States voted no. Who followed Washington?"
        or _FOLLOWER_BEFORE.search(text, max(0, mention.start - 50), mention.start) is not None
        # "… said no. The most telling name on that list is Turkey."
        or _ON_THE_LIST_BEFORE.search(text, max(0, mention.start - 150), mention.start) is not None
    )
    for index in (mention.sentence, mention.sentence - 1) if echoes else (mention.sentence,):
        if index < 0:
            continue
        others = [
            m
            for m in by_sentence.get(index, [])
            if m is not mention
            and m.kind in ("state", "organ", "organization")
            and not m.attributes.get("ambiguous")
        ]
        if others or (
            index == mention.sentence and _POLITICAL.search(sentences[index].text) is not None
        ):
            return True
    return False


_SPEAKS = re.compile(
    r"\s+(?:(?:has|had|also|then|again)\s+)?(?:said|says|told|tells|argued|insisted|warned|"
    r"countered|replied|responded|protested)\b"
)
_ECHO = re.compile(
    r"\s+(?:(?:also|then)\s+)?(?:did\s+(?:the\s+same|likewise|too|so)|followed\s+suit)\b"
)
#: A name as an item of the list the sentence before told: "name on that list is ", "new on
#: the list this year: ".
_ON_THE_LIST_BEFORE = re.compile(
    r"\b(?:on|to)\s+(?:the|that|this)\s+(?:[a-z]+\s+)?list\b[^.;]{0,25}?(?:\s(?:is|was|are|were)|:)"
    # (the list's items before the name: "new on the list: Jordan and Oman")
    r"\s+(?:(?:the\s+)?[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}(?:,\s+|,?\s+and\s+))*(?:the\s+)?$"
)
_FOLLOWER_BEFORE = re.compile(
    r"\b(?:[Ww]ho|[Ww]hich\s+\w+)\s+(?:else\s+)?(?:followed|joined|sided\s+with|stood\s+with|"
    r"went\s+along\s+with|voted\s+with|lined\s+up\s+(?:with|behind))\s+$"
)
_ECHO_BEFORE = re.compile(
    # ("So, more surprisingly, did Peru.")
    r"\b(?:[Ss]o|[Nn]or|[Nn]either|[Aa]s)(?:,?\s+too,?|,\s+(?:more\s+|most\s+|less\s+)?\w+ly,|"
    # ("So, for reasons of its own, did Peru.")
    r",\s+[a-z][a-z' -]{0,40},)?"
    r"\s+did\s+(?:the\s+)?$"
)


def _names_a_state(words: str) -> bool:
    """Whether the words name a state ("South Africa", "Costa Rica").

    >>> _names_a_state("South Africa"), _names_a_state("Even Myanmar")
    (True, False)
    """
    return any(entry.kind == "state" for entry in load_lexicon().entries.get(words, ()))


def _is_name(name: str) -> bool:
    words = name.replace("-", " ").split()
    return bool(words) and not any(
        re.sub(r"['\u2019]s$", "", word) in _NOT_NAME_WORDS for word in words
    )


def _bare(name: str) -> str:
    return " ".join(re.sub(r"'s?$", "", name).split())


def _name_candidates(text: str) -> list[tuple[int, int, str, str, str]]:
    """(start, end, title, name, pattern) of every span that makes a name a person's."""
    found: list[tuple[int, int, str, str, str]] = []
    for match in _TITLED_NAME.finditer(text):
        if match.group("head"):
            name = match.group("single")
            if name in _NOT_NAME_WORDS or name.isupper():
                continue
            found.append((match.start(), match.end(), match.group("head"), name, "titled"))
        else:
            found.append(
                (match.start(), match.end(), match.group("title"), match.group("name"), "titled")
            )
    for match in _NAME_THEN_POST.finditer(text):
        if _APPOSITIVE.match(text[match.end("name") :]) is None:
            continue
        found.append((match.start("name"), match.end("name"), "", match.group("name"), "post"))
    for pattern in (_POST_THEN_NAME, _STATE_PERSON):
        for match in pattern.finditer(text):
            owner = re.match(r"([A-Z][\w.]*\s+)[A-Z][\w.]*'s\s", match.group("title"))
            if owner and not _names_a_state(match.group("title")[: owner.end() - 3]):
                # "Even Myanmar's ambassador": two words own the post only as a state's name
                match = pattern.match(text, match.start("title") + owner.end(1))
                if match is None:
                    continue
            if pattern is _STATE_PERSON and not load_lexicon().entries.get(
                re.sub(r"'s$", "", match.group("title"))
            ):
                continue  # "Marking Treaty's Twentieth Anniversary": no state or body owns it
            found.append(
                (match.start("title"), match.end("name"), match.group("title"),
                 match.group("name"), "post")
            )  # fmt: skip
    for pattern in (
        _PERSON_OF_STATE,
        _PERSON_WHO,
        _NAME_SPEAKS,
        _SPEECH_THEN_NAME,
        _ACCORDING_TO_NAME,
        _LED_BY_NAME,
        _SUCCEEDS_NAME,
        _PERSON_IN_BRACKETS,
        _PERSON_AS_POST,
        _PERSON_FOR,
        _THINGS_OF_NAME,
        _BEFALLS_NAME,
    ):
        for match in pattern.finditer(text):
            if re.search(
                r"\b(?:the|an?)\s+$",
                text[max(0, match.start("name") - 5) : match.start("name")],
                re.I,
            ):
                continue  # "the Thirteenth Meeting of the States Parties": a thing's name
            if _in_a_title(text, match.start("name")):
                continue  # "the 2000 Review Conferences of the Parties", "the Progressive and
                # Phased Drawdown of MONUSCO": words of a thing's title
            if _title_case_line(text, match.start("name")):
                continue  # "… Obliging States to Stem Flow of Foreign Fighters": a headline
            initials = "".join(word[0] for word in match.group("name").split())
            if pattern is _PERSON_IN_BRACKETS and initials in text[match.end() : match.end() + 12]:
                continue  # "Certain Conventional Weapons (CCW)": a thing's name and its acronym
            found.append((match.start("name"), match.end("name"), "", match.group("name"), "of"))
            if pattern in (_THINGS_OF_NAME, _BEFALLS_NAME):
                # "the trials of Ana Soto and Luis Vera": the names listed share the first's
                found += _listed_after(text, match.end("name"))
    for match in _CAPITALS_IN_BRACKETS.finditer(text):
        found.append((match.start("name"), match.end("name"), "", match.group("name"), "caps"))
    for match in _NAME_ACTS.finditer(text):
        name, start = match.group("name"), match.start("name")
        while len(name.split()) > 2 and (
            name.split()[0] in _TIME_WORDS
            or (
                name.split()[0] in ("On", "In", "By", "Last", "Early", "Late")
                and name.split()[1] in _TIME_WORDS
            )
        ):
            # "On Wednesday Boutros Boutros-Ghali delivered …": a day before the name (not
            # "The Independent Expert will report": an article makes it a post)
            rest = name[len(name.split()[0]) :].lstrip()
            start, name = start + len(name) - len(rest), rest
        if "\n" in name or not _is_name(_bare(name)):
            continue  # a headline run into the text; "World Horse Day drew …"
        if match.group("verb") and _PLACE_BEFORE.search(text, 0, match.start()):
            continue  # "the base on Diego Garcia helped": a place
        if any(re.fullmatch(_TITLE, word) for word in name.split()):
            continue  # "District Judge Thomas Griesa ruled": the title's own reading has it
        found.append((start, match.end("name"), "", name, "of"))
    found += _names_told_by_family_name(text)
    return [trimmed for item in found if (trimmed := _trimmed(item)) is not None]


#: What stands before words of a thing's title, not before a person's name: a year ("the 1995
#: and 2000 Review Conferences of …") or the title's first words and "and" ("the Progressive
#: and Phased Drawdown of …", "the Palestinian People and Other Arabs of …"; not a state's
#: name: "the United States and Ana Soto of Peru").
_IN_A_TITLE_BEFORE = re.compile(
    r"(?:\b(?:1[89]|20)\d\d|\b[Tt]he\s+(?P<words>(?:[A-Z][\w\-]*\s+){0,3}[A-Z][a-z]+)\s+and)\s+$"
)


def _in_a_title(text: str, start: int) -> bool:
    """Whether the name starting at ``start`` goes on a thing's title (``_IN_A_TITLE_BEFORE``).

    >>> _in_a_title("the Progressive and Phased Drawdown of MONUSCO", 20)
    True
    >>> _in_a_title("the United States and Ana Soto of Peru said", 22)
    False
    """
    before = _IN_A_TITLE_BEFORE.search(text, 0, start)
    return before is not None and not (
        before.group("words") and load_lexicon().entries.get(before.group("words"))
    )


def _listed_after(text: str, end: int) -> list[tuple[int, int, str, str, str]]:
    """The names listed after the one ending at ``end``, up to the one after "and"; none when
    the list does not end with "and" ("the death of Ana Soto, Luis Vera said": a speaker).

    >>> [c[3] for c in _listed_after("of Ana Soto, Luis Vera and Rosa Diaz left", 11)]
    ['Luis Vera', 'Rosa Diaz']
    >>> _listed_after("of Ana Soto, Luis Vera said", 11)
    []
    """
    listed = []
    while joined := _NEXT_NAME.match(text, end):
        listed.append((joined.start("name"), joined.end("name"), "", joined["name"], "of"))
        end = joined.end("name")
        if "and" in joined["joint"]:
            return listed
    return []


#: A full name anywhere: read as a person's only when its family name recurs alone.
_ANY_NAME = re.compile(rf"(?<![\w'\-])(?P<name>{_NAME})(?![\w\-])")


def _names_told_by_family_name(text: str) -> list[tuple[int, int, str, str, str]]:
    """Full names whose family name the text also uses alone as a person's, with a possessive
    or a title ("a travel ban on Ana Soto and her circle … Soto's officers", "Mr Soto"): news
    shortens a person to the family name, not a place or a body to its last word.

    >>> [c[3] for c in _names_told_by_family_name("A ban on Ana Soto. Soto's aides left.")]
    ['Ana Soto']
    >>> _names_told_by_family_name("A ban on Ana Soto. Soto left.")  # no possessive, no title
    []
    """
    lexicon = load_lexicon().entries
    names = [
        (start, name)
        for match in _ANY_NAME.finditer(text)
        for start, name in [_without_leading_word(match.start("name"), match.group("name"))]
        if "\n" not in name
        and len(name.split()) <= 3
        and _is_name(name)
        and not any(word in lexicon or "'" in word for word in _bare(name).split())
        and name.split()[0] not in _LEADING_WORDS | _ORGANISATION_OPENERS
    ]
    # ("the Khmer Rouge": a group; a person's name takes no article)
    grouped = {
        _bare(name)
        for start, name in names
        if re.search(r"\b[Tt]he\s+$", text[max(0, start - 4) : start])
    }
    names = [(start, name) for start, name in names if _bare(name) not in grouped]
    found = []
    # "Laurent Gbagbo … his wife Simone Gbagbo": whose "Gbagbo" is untold
    families = Counter(family_name(full) for full in {_bare(name) for _, name in names})
    told: dict[str, bool] = {}
    for start, full in names:
        name = _bare(full)
        family = family_name(name)
        if families[family] > 1:
            continue
        if family not in told:
            told[family] = _family_name_told(text, family)
        if told[family] and not _title_case_line(text, start):
            found.append((start, start + len(name), "", name, "of"))
    return found


def _without_leading_word(start: int, name: str) -> tuple[int, str]:
    """The name without a sentence's first word run into it ("With Ana Maria Soto gone" reads
    "Ana Maria Soto"), when a name of two words or more is left.

    >>> _without_leading_word(0, "With Ana Soto")
    (5, 'Ana Soto')
    >>> _without_leading_word(0, "With Soto")
    (0, 'With Soto')
    """
    words = name.split()
    if len(words) > 2 and words[0] in _LEADING_WORDS:
        rest = name[len(words[0]) :].lstrip()
        return start + len(name) - len(rest), rest
    return start, name


#: A family name alone speaking, an aside allowed before the verb ("Soto said", "Soto, who
#: flew in on Monday, told reporters"): places and bodies are not shortened to a last word
#: that speaks.
_FAMILY_SPEAKS = re.compile(
    r"(?:,\s+(?:who|speaking|addressing|in\s+(?:remarks|a\s+statement|an\s+interview))\b"
    r"[^,;.:\"\u201c]{1,80},)?\s+(?:(?:also|later|then|again|had|has)\s+)?(?:said|says|told|tells|"
    r"added|argued|insisted|warned|replied|stressed|explained|countered|declared|announced)\b"
)


def _family_name_told(text: str, family: str) -> bool:
    """Whether ``text`` uses ``family`` alone as a person's, after a title, with a possessive
    or speaking ("Mr Soto", "Soto's officers", "Soto, who arrived late, said"); a family name
    with its particle ("al-Assad") is told by the name after the particle too ("Assad's").

    >>> _family_name_told("A ban on Ana Soto. Soto, who left early, said it was unfair.", "Soto")
    True
    >>> _family_name_told("Bashar al-Assad stayed. Assad's fall came later.", "al-Assad")
    True
    """
    particle = re.match(r"(?:al|el)-(?=[A-Z])", family)
    shortened = (
        rf"(?:{re.escape(family)}|{re.escape(family[particle.end() :])})"
        if particle
        else (re.escape(family))
    )
    alone = re.compile(
        rf"(?P<title>\b(?:Mr|Ms|Mrs|Dr|President|Minister|Ambassador)\.?\s+)?"
        rf"(?<![\w\-]){shortened}(?P<owner>['\u2019]s)?(?![\w\-])"
    )
    return any(
        use.group("title") or use.group("owner") or _FAMILY_SPEAKS.match(text, use.end())
        for use in alone.finditer(text)
        # (not "the Khmer Rouge's" again: the family name after another capitalised word)
        if use.group("title")
        or not re.search(r"[A-Z][\w\-]*\s+$", text[max(0, use.start() - 30) : use.start()])
    )


def _trimmed(item: tuple[int, int, str, str, str]) -> tuple[int, int, str, str, str] | None:
    """The candidate with the words that cannot end a name cut off its end ("President Joe
    Biden Tuesday") and, without a title, those that cannot begin one cut off its start ("For
    Jacques Chirac"); None when no name is left.

    >>> _trimmed((0, 27, "President", "Joe Biden Tuesday", "titled"))
    (0, 19, 'President', 'Joe Biden', 'titled')
    >>> _trimmed((0, 18, "", "For Jacques Chirac", "of"))
    (4, 18, '', 'Jacques Chirac', 'of')
    """
    start, end, title, name, pattern = item
    if name.isupper() and pattern != "caps":
        return None  # "UNITED NATIONS (Reuters)": a dateline, no name
    if re.search(r"(?:ists|ians|lims|ees|ities|ments|tions)$", name) and not (
        title and re.search(r"(?i)(?:ambassador|envoy|representative|minister),?$", title)
    ):
        return None  # "Tibetan Buddhists, who …": a group of people, no name (but "Egypt's
        # ambassador, Mohamed Edrees,": one person's post)
    while (
        not title
        and len(name.split()) > 2
        and (name.split()[0] in _LEADING_WORDS or name.split()[0].endswith(("'s", "\u2019s")))
    ):
        # "For Jacques Chirac, who …": the sentence's first word is no part of the name
        rest = name[len(name.split()[0]) :].lstrip()
        start += len(name) - len(rest)
        name = rest
    while len(name.split()) > 2 and name.split()[0] in _HONOURS:
        # "Sir David Hannay": an honour is no part of the name (a title's mention still
        # starts at the title: "Britain's ambassador Sir Jeremy Greenstock")
        rest = name[len(name.split()[0]) :].lstrip()
        if not title:
            start += len(name) - len(rest)
        name = rest
    while not _is_name(_bare(name)):
        words = name.split()
        if len(words) <= 2 or end - start < len(name):
            return None
        shorter = name[: name.rindex(words[-1])].rstrip()
        end -= len(name) - len(shorter)
        name = shorter
    return start, end, title, name, pattern


def _people(text: str, mentions: list[Mention], sentence_of) -> list[Mention]:
    """Attach titles and appositives to people; add the people the registry lacks, their
    other full mentions and their family names; keep a registry surname alone only after a
    full mention or with a title."""
    result: list[Mention] = []
    seen_people: set[str] = set()
    candidates = _name_candidates(text)
    covered: list[tuple[int, int]] = []
    for mention in mentions:
        if mention.kind != "person":
            result.append(mention)
            continue
        title = next(
            (c for c in candidates if c[0] < mention.start and mention.end <= c[1] + 1 and c[2]),
            None,
        )
        honorific = re.search(
            r"\b(?:Mr|Ms|Mrs|Dr|Mme|Mister|Madam)\.?\s+$",
            text[max(0, mention.start - 8) : mention.start],
        )
        if (
            mention.form == "surname"
            and mention.key not in seen_people
            and title is None
            and honorific is None  # "Mr. Nebenzia said": the registry's Nebenzia
            and _APPOSITIVE.match(text[mention.end :]) is None  # "Nebenzia, the Russian envoy,"
        ):
            continue
        seen_people.add(mention.key or "")
        result.append(_dressed(text, mention, title))
        covered.append((result[-1].start, result[-1].end))
    others = [m for m in mentions if m.kind != "person"]
    introduced: dict[str, int] = {}
    for start, end, title, name, pattern in sorted(candidates):
        name_start = end - len(name)
        name = _bare(name)
        name_end = name_start + len(name)
        if pattern == "caps":
            brackets = re.match(r"\s+\([^()]*\)", text[name_end:])
            inside = (name_end, name_end + brackets.end()) if brackets else (name_end, name_end)
            if not any(m.kind == "state" and inside[0] < m.start < inside[1] for m in others):
                continue  # "UNITED NATIONS (Reuters)": no state in the brackets, no speaker
            name = name.title()
        owner = next((e for s, e in covered if title and s <= start < e <= name_start), None)
        if owner is not None and re.match(r"['\u2019]s\s", text[owner : owner + 3]):
            # "Kofi Annan's special representative, Lakhdar Brahimi,": the person owning the
            # post is named already; the title is what follows the possessive
            start, title = owner + 3, text[owner + 3 : name_start]
        if any(s <= start < e or s < end <= e for s, e in covered):
            continue
        overlapping = [m for m in others if m.overlaps(name_start, name_end)]
        demonym_surname = title and all(
            m.kind == "state"
            and m.form in ("adjective", "demonym")
            and name_start < m.start
            and m.end == name_end
            for m in overlapping
        )
        if overlapping and not demonym_surname:
            continue  # "President Putin" is known; "Prime Minister Hungary" is no name
        if overlapping:
            # "Britain's ambassador, Rita French,": a family name that is a state's adjective
            others = [m for m in others if m not in overlapping]
            result = [m for m in result if m not in overlapping]
        sentence = sentence_of(start)
        if sentence is None:
            continue
        attributes: dict = {"name_span": (name_start, name_end), "unregistered": True}
        if title:
            attributes["title"] = " ".join(title.rstrip(",").split())
            attributes["title_span"] = (start, start + len(title.rstrip(", ")))
        else:
            start = name_start
        end = _after_name(text, name_end, attributes)
        covered.append((start, end))
        # "President Fernández de Kirchner" after "President Cristina Fernández de Kirchner"
        name = next(
            (full for full in introduced if full.lower().endswith(" " + name.lower())), name
        )
        introduced.setdefault(name, start)
        result.append(
            Mention(
                "person", name, start, end, text[start:end], sentence.index, "titled", attributes
            )
        )
    for name, start, end in _honoured_names(text, result + others, covered):
        # "… that Laurent Gbagbo step aside … Mr Gbagbo": the honorific makes the name a person's
        sentence = sentence_of(start)
        if sentence is None or name in introduced:
            continue
        introduced[name] = start
        attributes = {"name_span": (start, end), "unregistered": True}
        result.append(
            Mention("person", name, start, end, name, sentence.index, "honoured", attributes)
        )
        covered.append((start, end))
    result += _later_mentions(text, introduced, result, sentence_of)
    return _inside_people(sorted(result, key=_start))


_HONORIFIC_SURNAME = re.compile(r"\b(?:Mr|Ms|Mrs|Mme|Dr)\.?\s+(?P<surname>[A-Z][\w'\-]+)\b")


def _honoured_names(text: str, mentions: list[Mention], covered) -> list[tuple[str, int, int]]:
    """The full names ("Laurent Gbagbo") whose family name the text also gives after an
    honorific ("Mr Gbagbo"), at their first mention: (name, start, end).

    >>> _honoured_names("It asked Laurent Gbagbo to go. Mr Gbagbo refused.", [], [])
    [('Laurent Gbagbo', 9, 23)]
    """
    found: list[tuple[str, int, int]] = []
    surnames = {m.group("surname") for m in _HONORIFIC_SURNAME.finditer(text)}
    for surname in sorted(surnames):
        if surname in _NOT_NAME_WORDS:
            continue
        for full in re.finditer(
            rf"(?<![\w\-])(?:[{_CAPITAL}][\w'\-]+\s+){{1,2}}{re.escape(surname)}(?![\w\-])", text
        ):
            name = " ".join(full.group().split())
            start, end = full.span()
            if not _is_name(name) or name.split()[0] in ("Mr", "Ms", "Mrs", "Mme", "Dr"):
                continue
            if any(m.start < end and start < m.end for m in mentions) or any(
                s < end and start < e for s, e in covered
            ):
                continue  # a name read already ("his wife Ruth Ekwe")
            found.append((name, start, end))
            break
    return found


def _dressed(text: str, mention: Mention, title) -> Mention:
    """A registry person's mention with the title before it and the appositive after it."""
    attributes = dict(mention.attributes)
    start = mention.start
    if title is not None:
        attributes["title"] = " ".join(title[2].rstrip(",").split())
        attributes["title_span"] = (title[0], title[0] + len(title[2].rstrip(", ")))
        start = title[0]
    end = _after_name(text, mention.end, attributes)
    attributes["name_span"] = (mention.start, mention.end)
    return replace(mention, start=start, end=end, attributes=attributes)


def _after_name(text: str, name_end: int, attributes: dict) -> int:
    """The end of a person's mention: the name, its appositive post (kept in ``attributes``)
    or the state in brackets after it ("Irakli Alasania (Georgia)"), which then describes the
    person."""
    appositive = _APPOSITIVE.match(text[name_end:])
    if appositive:
        attributes["post_text"] = appositive.group("post")
        attributes["post_span"] = (
            name_end + appositive.start("post"),
            name_end + appositive.end("post"),
        )
        return name_end + appositive.end("post")
    bracket = re.match(rf"\s+\([{_CAPITAL}][^()\n]{{1,40}}\)", text[name_end:])
    return name_end + bracket.end() if bracket else name_end


def _later_mentions(text: str, introduced: dict[str, int], mentions: list[Mention], sentence_of):
    """Other mentions of the people introduced by a post or title: the full name anywhere,
    the family name alone after the introduction ("Churkin said")."""
    found: list[Mention] = []
    taken = sorted((m.start, m.end) for m in mentions)

    def free(start: int, end: int) -> bool:
        before_end = taken[: bisect.bisect_left(taken, (end, end))]
        return not any(e > start for _, e in before_end[-40:])

    forms: dict[str, tuple[str, str, int]] = {}  # surface → (name, form, counts from)
    for name, first in introduced.items():
        forms.setdefault(name, (name, "name", 0))
        surname = family_name(name)
        if surname != name and len(surname) > 2:
            forms.setdefault(surname, (name, "surname", first))
            # "De Albuquerque called …": a particle opens the sentence in capitals
            forms.setdefault(surname[0].upper() + surname[1:], (name, "surname", first))
    if not forms:
        return found
    alternatives = "|".join(re.escape(form) for form in sorted(forms, key=len, reverse=True))
    for match in re.finditer(rf"(?<![\w\-])(?:{alternatives})(?![\w\-])", text):
        start, end = match.span()
        name, kind_of_form, after = forms[match.group()]
        if start < after or not free(start, end):
            continue
        if kind_of_form == "surname" and re.match(r"\s+[A-Z]", text[end : end + 3]):
            continue  # "Bishop Desmond" is another name
        sentence = sentence_of(start)
        if sentence is None:
            continue
        found.append(
            Mention(
                "person", name, start, end, match.group(), sentence.index, kind_of_form,
                {"name_span": (start, end), "unregistered": True},
                text[end : end + 2] in ("'s",),
            )
        )  # fmt: skip
        bisect.insort(taken, (start, end))
    return found


def _inside_people(result: list[Mention]) -> list[Mention]:
    """States named inside a person's title or appositive describe the person, not an actor."""
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
    return final


def _regex_mentions(text: str, mentions: list[Mention], sentence_of) -> list[Mention]:
    found: list[Mention] = []
    taken = sorted((m.start, m.end, m.kind) for m in mentions)
    starts = [item[0] for item in taken]
    claimed: list[tuple[int, int]] = []
    for pattern, kind in ((_ANONYMOUS, "anonymous"), (_GROUP, "group")):
        for match in pattern.finditer(text):
            start, end = match.span(kind)
            phrase = match.group(kind)
            if kind == "group" and _GROUP_NEEDS_MODIFIER.match(phrase):
                continue
            low = bisect.bisect_left(starts, start - 80)
            if kind == "anonymous" and match.group("origin"):
                origin = [t for t in taken[low:] if t[0] < match.end() and end < t[1]]
                if len(origin) == 1 and origin[0][2] == "state" and origin[0][1] == match.end():
                    end, phrase = match.end(), match.group()  # "a diplomat from Kinshasa"
            seat = re.match(r"\s+in\s+", text[end : end + 6]) if kind == "anonymous" else None
            if seat and re.search(r"(?i)\b(?:ministry|government|foreign)\b", phrase):
                # "a Foreign Ministry official in Lima": the government seated there
                there = next((m for m in mentions if m.start == end + seat.end()), None)
                if there is not None and there.kind == "state" and there.form == "capital":
                    end, phrase = there.end, text[start : there.end]
            overlapping = [t for t in taken[low:] if t[0] < end and start < t[1]]
            if any(t[2] != "state" for t in overlapping) or any(
                s < end and start < e for s, e in claimed
            ):
                continue
            sentence = sentence_of(start)
            if sentence is None:
                continue
            attributes: dict = {}
            inner = [t for t in overlapping if start <= t[0] and t[1] <= end and t[2] == "state"]
            if inner:
                state = next(m for m in mentions if (m.start, m.end) == inner[0][:2])
                attributes["state"] = state.key
            found.append(Mention(kind, None, start, end, phrase, sentence.index, kind, attributes))
            claimed.append((start, end))
    return found


#: Ordinals that open a description of a further motion ("a second, shorter resolution").
_ORDINAL_WORDS = frozenset(
    {"second", "third", "fourth", "fifth", "sixth", "another", "further", "separate", "new"}
)


def _motions(text: str, mentions: list[Mention], sentence_of, lexicon: Lexicon) -> list[Mention]:
    """Descriptions of motions: determiner, modifiers and the head noun, with the state or
    organ named inside ("the U.S. draft", "a United Nations resolution", "its own text").

    Modifiers are read backwards from the noun: capitalised words ("U.S.", "United Nations"),
    possessives ("Ukraine's"), years ("its 1975 resolution"), months ("its October
    resolution"), words of ``_MOTION_MODIFIERS`` and "-drafted"/"-backed" compounds; a
    determiner ends the phrase. "text", "measure", "vote" and the like need a determiner of
    their own; "the text of …" is the content, not the motion.
    """
    found: list[Mention] = []
    starts = [m.start for m in mentions]
    for match in _MOTION_NOUN.finditer(text):
        sentence = sentence_of(match.start())
        if sentence is None:
            continue
        if (
            match.group()[0].isupper()
            and text[sentence.start : match.start()].strip(" \t\"'\u201c\u2018(")
            and not (
                re.match(r"\s+\d{2,4}\b(?!/)", text[match.end() : match.end() + 8])
                and re.search(r"(?:\b[a-z]+|\d,|\)|[a-z],)\s+$", text[: match.start()])
            )
        ):
            # capitalised only at a sentence's start, not among a headline's words; or before
            # its number in running text ("on June 22, 2022, Resolution 2637 renewed him")
            continue
        noun = " ".join(match.group().lower().split())
        if re.match(r"\s+of\b", text[match.end() :]) and noun in ("text", "texts", "version"):
            continue
        if noun.startswith("proposal") and _PROPOSAL_OF_IDEA.match(text, match.end()):
            continue  # "Beijing's proposal of a 'double suspension'": an idea, not a text
        if noun == "vote" and re.match(
            r"\s+(?:against|in\s+favou?r|no|yes)\b", text[match.end() : match.end() + 12]
        ):
            continue  # "China, Cuba and the Russian Federation vote against": a verb
        words = list(
            re.finditer(r"\S+", text[max(sentence.start, match.start() - 80) : match.start()])
        )
        offset = max(sentence.start, match.start() - 80)
        start = match.start()
        determiner = ""
        modifiers: list[str] = []
        previous_words = [w.group() for w in words[-6:]]
        listed = False
        topics = 0
        for position, word_match in reversed(list(enumerate(words[-6:]))):
            word = word_match.group()
            bare = word.strip(',;:()"')
            # "a British, French and American text": the comma of a list of adjectives
            in_list = listed and word == bare + "," and bare[:1].isupper()
            # "A second, shorter resolution": an ordinal before the comma of two adjectives
            coordinate = word == bare + "," and bare.lower() in _ORDINAL_WORDS and modifiers
            if coordinate:
                modifiers.insert(0, bare.lower())
                start = offset + word_match.start()
                continue
            quoted = word.strip('"') == bare and bare.lower() in _MOTION_MODIFIERS
            if bare != word and not word.endswith((".", "'s", "'")) and not in_list and not quoted:
                break  # (but 'a "no-action" motion': a modifier in quotes)
            lowered = bare.lower()
            if (
                lowered == "and"
                and modifiers[:1]
                and previous_words[position + 1][:1].isupper()
                and position > 0
                and previous_words[position - 1][:1].isupper()
            ):
                listed = True
                continue  # "a French and Spanish draft": two proposers
            if lowered == "such" and bare == word and position > 0:
                # "The first such resolution": of the kind told, the description goes on
                modifiers.insert(0, lowered)
                start = offset + word_match.start()
                continue
            if lowered in _DETERMINER_WORDS:
                determiner = lowered
                start = offset + word_match.start()
                break
            topical = (
                bare == word
                and len(modifiers) < 2
                and all(m.isalpha() and m.islower() for m in modifiers)
                and position >= len(words[-6:]) - 2
                and _TOPIC_WORD.fullmatch(lowered) is not None
                and lowered not in _NOT_TOPIC_WORDS
            )  # "the suspension text", "a sanctions draft", "the human rights resolution"
            known = (
                lowered in _MOTION_MODIFIERS
                or lowered in _FORM_MODIFIERS
                or _MANNER_MODIFIER.fullmatch(lowered) is not None
                # ("a carefully worded draft": the adverb of the wording)
                or (
                    lowered.endswith("ly")
                    and bool(modifiers)
                    and _MANNER_MODIFIER.fullmatch(modifiers[0]) is not None
                )
                # "last year's resolution": the year before the story's
                or (lowered == "last" and modifiers[:1] in (["year's"], ["session's"]))
                or lowered in _MONTH_WORDS
                or re.fullmatch(r"(?:19|20)\d\d", lowered)
                or bare[:1].isupper()
                or re.search(rf"'s$|{_PROPOSED}$", lowered) is not None
            )
            if (known or topical) and lowered not in ("a", "i", "the"):
                modifiers.insert(0, lowered)
                start = offset + word_match.start()
                topics += not known
            else:
                break
        if topics and determiner not in _DEFINITE and not any(m.endswith("'s") for m in modifiers):
            # a subject word needs a definite determiner ("the suspension text"): "France
            # sought amendments" names no motion, "had blocked a sanctions resolution" a kind
            modifiers, start = [], match.start()
        owner = (
            bool(modifiers)
            and any(  # "Russia's perennial text", not "Monday's vote"
                entry.kind in ("state", "organization")
                for entry in lexicon.entries.get(
                    re.sub(r"['\u2019]s$", "", text[start : match.end()].split()[0]), []
                )
            )
        )
        if noun == "vote" and re.search(
            r"\b(?:[Dd]id|[Dd]oes|[Dd]o|[Ww]ill|[Ww]ould|[Cc]ould|[Ss]hould|[Cc]an|[Mm]ay|[Mm]ight|"
            r"[Mm]ust)\s+$",
            text[max(sentence.start, start - 8) : start],
        ):
            continue  # "What did the Council vote on?": a verb after its auxiliary
        if noun in ("text", "texts") and re.fullmatch(_DAY_OWNER, (modifiers or [""])[0]):
            owner = True  # "Monday's text": the text voted on that day
        if noun in _WEAK_NOUNS | {"text", "texts"} and not determiner and not owner:
            continue  # "text" alone is any text; "Russia's perennial text" is a motion
        if (modifiers[:1] == ["no"]) or (
            not determiner and re.search(r"(?<![\w\-])[Nn]o\s+$", text[sentence.start : start])
        ):
            continue  # "No resolution was put to a vote": none was
        if (
            noun == "vote"
            and determiner in ("a", "an")
            and re.match(r"\s+(?:counts?|tally)\b", text[match.end() : match.end() + 8])
        ):
            continue  # "should not need a vote count": a count of any vote, not one
        if determiner in ("a", "an") and re.search(r"\bsuch\s+$", text[sentence.start : start]):
            continue  # "the sixth time it has blocked such a text": a kind of text, not one
        if noun == "renewal" and not (determiner and modifiers):
            continue  # "the mandate renewal" is a vote, "their renewal" or "the renewal" a topic
        if noun in ("measures", "motion") and determiner not in ("the", "a", "an", "this", "that"):
            continue
        if noun == "document" and (determiner not in ("the", "this", "that") or modifiers):
            continue  # "The document, drafted by Ukraine": not "a document", "the outcome document"
        kind = (
            "amendment"
            if noun.startswith("amendment")
            else "draft"
            if noun.startswith(("draft", "proposal")) or noun in ("text", "texts", "initiative")
            else "vote"
            if noun in ("vote", "roll call", "roll-call")
            else "procedural"
            if noun == "motion"
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
        for word in text[start:end].split():
            # "U.S.-drafted", "British-drafted": a state inside one token
            compound = re.match(rf"(.+?){_PROPOSED}$", word)
            entries = lexicon.entries.get(compound.group(1), []) if compound else []
            for entry in entries:
                if entry.kind == "state":
                    attributes.setdefault("proposers", []).append(entry.key)
            joint = re.match(r"([A-Z][a-z]+)-[A-Z]", word)
            if joint and joint.group(1) in _COMBINING_FORMS:
                attributes.setdefault("proposers", []).append(_COMBINING_FORMS[joint.group(1)])
        for key in _hyphened_proposers(text[start:end], lexicon):
            # "the Mexican- and Irish-sponsored text", "a New Zealand-drafted resolution"
            if key not in attributes.get("proposers", ()):
                attributes.setdefault("proposers", []).append(key)
        low = bisect.bisect_left(starts, start)
        for inner in mentions[low:]:
            if inner.start >= end:
                break
            if inner.end > end:
                continue
            if inner.kind == "state" and kind == "vote":
                continue  # "The U.S. vote", "Russia's vote": a voter's ballot, not an author
            if inner.kind == "state":
                if inner.possessive and inner.form != "abbreviation":
                    between = re.sub(r"^['\u2019]s?", "", text[inner.end : match.start()]).split()
                    if all(word.lower() in _OWN_WORDS for word in between) or (
                        # "Germany and Brazil's privacy resolution": the pair's own
                        attributes.get("proposers")
                        and re.search(r"\s+and\s+(?:the\s+)?\Z", text[start : inner.start])
                    ):
                        # "Russia's draft", "Japan's rival text": the state's own motion
                        attributes.setdefault("proposers", []).append(inner.key)
                    else:
                        attributes.setdefault("about_state", inner.key)
                elif re.match(
                    r"\s+and\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*['\u2019]s\s",
                    text[inner.end : end],
                ) or re.match(
                    rf"\s+and\s+(?:the\s+)?(?:[A-Z][\w.]*\s+){{0,2}}[A-Z][\w.]*{_PROPOSED}",
                    text[inner.end : end],
                ):
                    # "Brazil and Germany's resolution", "the Chile and Peru-drafted text":
                    # both own it
                    attributes.setdefault("proposers", []).append(inner.key)
                elif (
                    inner.form in ("name", "alias")
                    and inner.key not in _DRAFTING_NAMES
                    and not re.match(_PROPOSED, text[inner.end : end])
                    and text[inner.end : inner.end + 1] != ","
                ):
                    # "the annual Iran resolution", "the Myanmar text": the state it is about
                    attributes.setdefault("about_state", inner.key)
                elif (
                    inner.form == "capital"
                    and inner.attributes.get("ambiguous")
                    and not re.match(_PROPOSED, text[inner.end : end])
                ):
                    continue  # "Kigali, Kampala vote alone" (a headline's verb), not a draft
                else:
                    attributes.setdefault("proposers", []).append(inner.key)
            elif inner.kind == "organ":
                attributes["organ"] = inner.key
            elif (
                inner.kind == "organization"
                and (
                    inner.possessive
                    or re.match(_PROPOSED, text[inner.end : end])
                    or inner.key in _SPONSORING_GROUPS
                )
                and inner.key not in (None, "United Nations")
            ):
                # "the Arab Group's draft", "the European Union's text", "an EU-backed text",
                # "a separate African Group resolution" (a group of states tables texts; "the
                # UNRWA resolution" is about the agency)
                attributes.setdefault("proposers", []).append(inner.key)
        if noun == "version" and not (attributes.get("organ") and modifiers[-1:] != ["draft"]):
            # "the Assembly's version, which passed 133 to 24": the text another organ voted
            # on; "a watered-down version" is the same text again
            continue
        found.append(
            Mention("motion", None, start, end, text[start:end], sentence.index, kind, attributes)
        )
    for match in _ELLIPTICAL_ORDINAL.finditer(text):
        # "voted on two resolutions … The first, which backs …, sailed through": the noun left
        # out (the motions stage keeps it only after votes counted before it)
        sentence = sentence_of(match.start())
        if sentence is None or re.search(r"[A-Z][\w.]*,\s+$", text[: match.start()][-40:]):
            continue  # "Indonesia, the third, abstained": a state, named in apposition
        attributes = {
            "determiner": "the",
            "modifiers": [match.group("ordinal").lower()],
            "noun": "",
            "motion_kind": "resolution",
            "plural": False,
            "elliptical": True,
        }
        found.append(
            Mention(
                "motion", None, match.start(), match.end(), match.group(), sentence.index,
                "resolution", attributes,
            )
        )  # fmt: skip
    found.sort(key=lambda m: m.start)
    return found


#: An ordinal standing for a motion whose noun it leaves out: "The first, which backs …",
#: "absent for the second." (before a comma, a clause's end or a verb).
_ELLIPTICAL_ORDINAL = re.compile(
    r"\b[Tt]he\s+(?P<ordinal>first|second|third)\b(?=\s*[,.;:]|\s+(?:was|passed|failed|won|"
    r"got|drew|sailed|received|went|proved|calls|demands|urges|backs)\b)"
)


def is_determiner(word: str) -> bool:
    """True for the words that open a noun phrase ("the", "its" …).

    >>> is_determiner("Its"), is_determiner("final")
    (True, False)
    """
    return word.lower() in _DETERMINER_WORDS
