"""The sentence splitter and span helpers (kg/text.py), on the founding article and on cases."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kg.text import locate, sentence_containing, split_sentences

ARTICLE = Path(__file__).resolve().parents[2] / "shared" / "seed" / "article.txt"


@pytest.fixture(scope="module")
def article_text() -> str:
    if not ARTICLE.is_file():
        pytest.skip("the founding article is not in ../shared/seed/")
    return ARTICLE.read_bytes().decode("utf-8")


def texts(text: str, **options) -> list[str]:
    return [sentence.text for sentence in split_sentences(text, **options)]


def test_article_has_eighteen_sentences(article_text):
    # 21 lines; three sentences are wrapped over two lines (5-6, 11-12, 13-14)
    sentences = split_sentences(article_text)
    assert len(sentences) == 18
    assert [sentence.index for sentence in sentences] == list(range(18))


def test_article_sentences_are_exact_spans_in_order(article_text):
    sentences = split_sentences(article_text)
    for sentence in sentences:
        assert article_text[sentence.start : sentence.end] == sentence.text
        assert sentence.text == sentence.text.strip()
    for before, after in itertools.pairwise(sentences):
        assert before.end < after.start
    # the file has no final newline: the last sentence ends at the last character
    assert sentences[-1].end == len(article_text)
    assert sentences[-1].text.endswith("Charter.")


def test_article_wrapped_lines_do_not_end_sentences(article_text):
    sentences = split_sentences(article_text)
    assert "President\nDonald Trump" in sentences[4].text
    assert sentences[9].text.startswith("Hungary, led by Prime Minister\nViktor Orban")
    assert "President\nJoe Biden" in sentences[10].text


def test_article_abbreviations_and_quotes(article_text):
    sentences = split_sentences(article_text)
    assert sentences[13].text.startswith("A U.S. State Department official")
    # the two-sentence quote stays in the sentence that reports it
    assert "killing. The UN must" in sentences[11].text
    assert sentences[11].text.endswith("international peace and security.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mr. Smith met Dr. Jones in St. Louis. They spoke.",
            ["Mr. Smith met Dr. Jones in St. Louis.", "They spoke."],
        ),
        (
            "The U.N. Security Council met. The U.S. voted.",
            ["The U.N. Security Council met.", "The U.S. voted."],
        ),
        ("Donald J. Trump spoke. Then he left.", ["Donald J. Trump spoke.", "Then he left."]),
        ("Was it adopted? Yes! It was.", ["Was it adopted?", "Yes!", "It was."]),
        ("He said “It ends. Now.” Then he left.", ["He said “It ends. Now.”", "Then he left."]),
        ("It ended.“Next” began.", ["It ended.“Next” began."]),
        ("in the UN Charter.Before that", ["in the UN Charter.", "Before that"]),
        ("A vote on 24 Feb. 2025 passed.", ["A vote on 24 Feb. 2025 passed."]),
        ("Title line\n\nFirst sentence. Second.", ["Title line", "First sentence.", "Second."]),
        ("It grew 3.5 percent. Then fell.", ["It grew 3.5 percent.", "Then fell."]),
        ("lower case follows. and continues.", ["lower case follows. and continues."]),
        ("", []),
    ],
)
def test_split_cases(text, expected):
    assert texts(text) == expected


def test_unclosed_quote_does_not_swallow_the_rest():
    assert texts('He said "it ends. Then more.\n\nNext paragraph. Last.') == [
        'He said "it ends.',
        "Then more.",
        "Next paragraph.",
        "Last.",
    ]


def test_custom_abbreviations():
    assert texts("See Ref. Seven. Done.") == ["See Ref.", "Seven.", "Done."]
    assert texts("See Ref. Seven.", abbreviations={"Ref"}) == ["See Ref. Seven."]


def test_locate_finds_the_phrase_in_the_sentence(article_text):
    start, end = locate(article_text, "Belarus", 4)
    assert article_text[start:end] == "Belarus"
    assert sentence_containing(split_sentences(article_text), start, end).index == 4
    # "Russia" occurs twice in sentence 4: occurrence picks the second
    first, second = (
        locate(article_text, "Russia", 4),
        locate(article_text, "Russia", 4, occurrence=1),
    )
    assert first[0] < second[0]


def test_locate_errors():
    with pytest.raises(ValueError, match="no sentence 5"):
        locate("One. Two.", "One", 5)
    with pytest.raises(ValueError, match="does not occur"):
        locate("One. Two.", "One", 1)
    with pytest.raises(ValueError, match="fewer than 2 times"):
        locate("One. Two.", "Two", 1, occurrence=1)


@given(st.text(alphabet=st.sampled_from(list("ab AB.?!\n\"“”'U.S")), max_size=80))
def test_sentences_are_exact_ordered_spans(text):
    sentences = split_sentences(text)
    previous_end = 0
    for index, sentence in enumerate(sentences):
        assert sentence.index == index
        assert text[sentence.start : sentence.end] == sentence.text
        assert sentence.text and sentence.text == sentence.text.strip()
        assert sentence.start >= previous_end
        previous_end = sentence.end
    # nothing but whitespace is left out
    covered = "".join(sentence.text for sentence in sentences)
    assert "".join(text.split()) == "".join(covered.split())
