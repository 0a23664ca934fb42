"""Long texts: the size limit (``max_chars``) and reading in bounded passages, so the work grows
linearly with the text (issue 14: 200k characters took 14 s, 990k 351 s, more failed). The
time itself is measured by benchmarks/extract_bench.py, not asserted here."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from kg.errors import DataError
from kg.extract import extract
from kg.extract import extractor as extractor_module
from kg.extract.extractor import DEFAULT_MAX_CHARS, PASSAGE_CHARS, passages
from kg.text import split_sentences

CORPUS = Path(__file__).parent / "fixtures" / "extract" / "corpus"


@pytest.fixture(scope="module")
def long_text() -> str:
    texts = [path.read_text(encoding="utf-8") for path in sorted(CORPUS.glob("*.txt"))]
    return "\n\n".join(texts * 2)  # about 100,000 characters


def test_a_text_over_the_limit_is_refused_with_its_size():
    with pytest.raises(DataError) as refused:
        extract("Russia voted no. " * 10, max_chars=100)
    assert refused.value.exit_code == 3
    assert "170 characters" in str(refused.value) and "100" in str(refused.value)
    assert DEFAULT_MAX_CHARS == 1_000_000


def test_passages_are_bounded_and_cover_the_text(long_text):
    cuts = list(passages(long_text))
    assert len(cuts) >= 4
    assert all(end - start <= PASSAGE_CHARS for start, end in cuts)
    assert cuts[0][0] == 0 and cuts[-1][1] == len(long_text)
    assert all(a[1] == b[0] for a, b in itertools.pairwise(cuts))
    # cut where a paragraph ends, never inside one
    assert all(long_text[end - 2 : end].strip() == "" for _, end in cuts[:-1])


def test_a_long_text_is_read_passage_by_passage(long_text, monkeypatch):
    read = []
    original = extractor_module.Reading.of.__func__

    def recording(cls, text, *args, **kwargs):
        read.append(len(text))
        return original(cls, text, *args, **kwargs)

    monkeypatch.setattr(extractor_module.Reading, "of", classmethod(recording))
    result = extract(long_text)
    assert len(read) >= 4 and max(read) <= PASSAGE_CHARS
    # evidence keeps the article's coordinates in every passage
    for fact in result.facts:
        for evidence in fact.evidence:
            assert long_text[evidence.start : evidence.end] == evidence.mention
    motions = [f.fields["motion"] for f in result.facts_of("motion")]
    assert len(motions) == len(set(motions))  # ids stay unique across passages
    # sentence numbers are the whole text's (kg.text.split_sentences), as curated evidence's
    numbered = split_sentences(long_text)
    assert result.sentences == len(numbered)
    for fact in result.facts_of("ballot"):
        evidence = fact.evidence[0]
        sentence = numbered[evidence.sentence]
        assert sentence.start <= evidence.start < sentence.end


@pytest.mark.parametrize(
    "text",
    [
        "Both resolutions were adopted on Monday. The vote was close.",
        "The two drafts failed. The vote came late.",
    ],
)
def test_a_vote_after_only_a_pair_of_texts_is_a_motion_of_its_own(text):
    """ "The vote" after "both resolutions": no single motion in focus, so a new one (this
    crashed with an AttributeError on a news text before)."""
    result = extract(text)
    motions = result.facts_of("motion")
    assert len(motions) == 2
    assert sum(bool(m.fields["collective"]) for m in motions) == 1
