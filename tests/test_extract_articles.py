"""Many articles at once (kg.extract.articles): folders, datelines, one JSON per article."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import pytest

from kg.errors import DataError
from kg.extract.articles import (
    article_paths,
    date_from_text,
    extract_articles,
    summary_table,
    write_extractions,
)

CORPUS = Path(__file__).parent / "fixtures" / "extract" / "corpus"


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        ("Human Rights Council\nForty-ninth session\n4 March 2022\n\nTEXT", date(2022, 3, 4)),
        ("15 March 2006 — The General Assembly this morning voted", date(2006, 3, 15)),
        ("By A. Reporter | Published March 5, 2022\n\nThe council met.", date(2022, 3, 5)),
        ("UNITED NATIONS, 2024-03-25 - The council demanded", date(2024, 3, 25)),
        ("UNITED NATIONS, Oct 5 (Wire) - Russia vetoed", None),  # no year: unknown
        ("The council met.\n\n" + "x " * 300 + "on 4 March 2022", None),  # not at the top
    ],
)
def test_date_from_a_dateline_or_byline(opening, expected):
    assert date_from_text(opening) == expected


@pytest.mark.parametrize(
    ("opening", "context", "expected"),
    [
        # the year of the date given, the one that puts the day nearest to it
        ("UNITED NATIONS, Oct 5 (Wire) - Russia vetoed", date(2011, 10, 6), date(2011, 10, 5)),
        ("GENEVA, Dec 30 (Wire) - The council met", date(2015, 1, 2), date(2014, 12, 30)),
        ("LONDON/UNITED NATIONS, 22 May (Wire) - The vote", date(2019, 6, 1), date(2019, 5, 22)),
        # from the text: the latest year it names, checked by the weekday of its news
        (
            "UNITED NATIONS, March 25 (Wire) - The council on Monday demanded a ceasefire, the "
            "first since the war began in October 2023.",
            None,
            date(2024, 3, 25),
        ),  # 25 March 2023 was a Saturday
        (
            "UNITED NATIONS, Oct 5 (Wire) - On Tuesday Russia and China vetoed a draft, their "
            "first joint veto since July 2008.",
            None,
            None,
        ),  # neither 2008 nor 2009 puts a Tuesday there
        (
            "UNITED NATIONS, March 25 (Wire) - The council on Monday adopted its first "
            "resolution of 2024.",
            None,
            date(2024, 3, 25),
        ),
        (
            "UNITED NATIONS, March 25 (Wire) - The council adopted its first resolution of 2024.",
            None,
            None,
        ),  # no weekday to check the year by
    ],
)
def test_a_dateline_without_a_year(opening, context, expected):
    assert date_from_text(opening, context) == expected


def test_extract_articles_dates_a_yearless_dateline_by_the_given_date(tmp_path):
    text = tmp_path / "wire.txt"
    text.write_text(
        "UNITED NATIONS, Oct 5 (Wire) - Russia and China on Tuesday vetoed a Security Council "
        "draft on Syria.\n",
        encoding="utf-8",
    )
    [article] = extract_articles([text], article_date=date(2011, 10, 10), from_text=True)
    assert (article.article_date, article.date_source) == (date(2011, 10, 5), "dateline")
    [motion] = article.extraction.facts_of("motion")
    assert motion.fields["date"] == "2011-10-04"


def test_a_folder_of_articles(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    for name in ("hrc-2022-ukraine-inquiry-press", "sc-2011-libya-1973-press"):
        shutil.copy(CORPUS / f"{name}.txt", folder)
    (folder / "notes.md").write_text("not a text")
    paths = article_paths([folder])
    assert [p.name for p in paths] == [
        "hrc-2022-ukraine-inquiry-press.txt",
        "sc-2011-libya-1973-press.txt",
    ]
    articles = extract_articles(paths, from_text=True)
    assert [(a.article_date, a.date_source) for a in articles] == [
        (date(2022, 3, 4), "dateline"),
        (date(2011, 3, 17), "dateline"),
    ]
    table = summary_table(articles)
    assert "hrc-2022-ukraine-inquiry-press.txt" in table and len(table.splitlines()) == 3
    written = write_extractions(articles, tmp_path / "out")
    data = json.loads(written[1].read_text())
    libya = [f for f in data["facts"] if f["type"] == "motion"]
    assert [(m["fields"]["organ"], m["fields"]["outcome"]) for m in libya] == [("SC", "adopted")]


def test_bad_sources():
    with pytest.raises(DataError, match="file not found"):
        article_paths([CORPUS / "missing.txt"])
    with pytest.raises(DataError, match=r"no \.txt file"):
        article_paths([Path(__file__).parent / "fixtures" / "history"])


# --- the command line ---


def test_dkg_extract_a_folder(tmp_path, capsys):
    from kg.cli import main

    folder = tmp_path / "news"
    folder.mkdir()
    for name in ("hrc-2022-ukraine-inquiry-press", "sc-2011-libya-1973-press"):
        shutil.copy(CORPUS / f"{name}.txt", folder)
    out = tmp_path / "extractions"
    code = main(
        ["extract", str(folder), "--date-from-text", "--out", str(out), "--evaluate", str(CORPUS)]
    )
    assert code == 0
    printed = capsys.readouterr().out
    assert "sc-2011-libya-1973-press.txt" in printed and "2011-03-17" in printed
    assert "2 article(s) scored" in printed and "| votes |" in printed
    assert sorted(p.name for p in out.iterdir()) == [
        "hrc-2022-ukraine-inquiry-press.json",
        "sc-2011-libya-1973-press.json",
    ]


@pytest.mark.parametrize(
    ("options", "code", "said"),
    [
        (["--evaluate", "missing-gold"], 3, "missing-gold: no such file or folder"),
        (["--evaluate", str(CORPUS / "sc-2011-libya-1973-press.gold.yaml")], 2,
         "one annotation scores one article"),
        (["--merge", "--kg", "missing.trig"], 3, "no knowledge graph at missing.trig"),
    ],
)  # fmt: skip
def test_dkg_extract_refuses_bad_targets_before_writing_anything(
    tmp_path, capsys, monkeypatch, options, code, said
):
    from kg.cli import main

    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "news"
    folder.mkdir()
    for name in ("hrc-2022-ukraine-inquiry-press", "sc-2011-libya-1973-press"):
        shutil.copy(CORPUS / f"{name}.txt", folder)
    out = tmp_path / "extractions"
    assert main(["extract", str(folder), "--out", str(out), *options]) == code
    assert said in capsys.readouterr().err
    assert not out.exists()  # nothing written before the refusal


def test_dkg_extract_one_text_against_its_gold(capsys):
    from kg.cli import main

    text = CORPUS / "sc-2011-libya-1973-press.txt"
    gold = CORPUS / "sc-2011-libya-1973-press.gold.yaml"
    assert main(["extract", str(text), "--date", "2011-03-17", "--evaluate", str(gold)]) == 0
    assert "| tally | 1/1 | 1.00 | 1/1 | 1.00 |" in capsys.readouterr().out


def test_dkg_extract_says_when_a_text_is_not_english(tmp_path, capsys):
    """A French story gave no vote facts and no word of why; now a note says the text does
    not read as English (the exit code stays 0: it is not an error), and an English one gets
    no such note."""
    from kg.cli import main

    french = tmp_path / "vote-fr.txt"
    french.write_text(
        "NATIONS UNIES, 12 octobre -- L'Assemblée générale a adopté mercredi une résolution "
        "condamnant l'annexion de quatre régions de l'Ukraine par 143 voix contre cinq, avec "
        "35 abstentions. La Chine et l'Inde se sont abstenues, comme en mars.",
        encoding="utf-8",
    )
    english = tmp_path / "vote-en.txt"
    english.write_text(
        "The General Assembly on Wednesday adopted a resolution condemning the annexation of "
        "four regions of Ukraine by 143 votes to five, with 35 abstentions. China and India "
        "abstained, as they had in March.",
        encoding="utf-8",
    )
    assert main(["extract", str(french), "--date", "2022-10-13"]) == 0
    error = capsys.readouterr().err
    assert f"{french} does not read as English" in error and "English news only" in error
    assert main(["extract", str(english), "--date", "2022-10-13"]) == 0
    assert "English" not in capsys.readouterr().err


def test_dkg_extract_refuses_a_text_over_the_limit(tmp_path, capsys):
    from kg.cli import main

    article = tmp_path / "long.txt"
    article.write_text("Russia voted against the resolution. " * 100)
    assert main(["extract", str(article), "--max-chars", "1000"]) == 3
    error = capsys.readouterr().err
    assert "3,700 characters" in error and "--max-chars" in error
    assert main(["extract", str(article), "--max-chars", "0"]) == 2


def test_dkg_extract_one_text_writes_its_json_where_out_says(tmp_path, capsys, monkeypatch):
    """One text prints its table, and its JSON goes to --out when that is given (it was
    silently dropped)."""
    from kg.cli import main

    monkeypatch.chdir(tmp_path)  # where the default out/extract would be

    article = tmp_path / "story.txt"
    article.write_text("The Security Council adopted the resolution 13-0 on Monday.")
    out = tmp_path / "reviewed"
    assert main(["extract", str(article), "--date", "2024-03-12", "--out", str(out)]) == 0
    captured = capsys.readouterr()
    assert captured.out.startswith("type ")
    written = json.loads((out / "story.json").read_text())
    assert [f["fields"]["outcome"] for f in written["facts"] if f["type"] == "motion"] == [
        "adopted"
    ]
    assert main(["extract", str(article), "--date", "2024-03-12"]) == 0
    assert not (tmp_path / "out").exists()  # without --out, one text writes nothing


def test_dkg_extract_a_folder_skips_a_text_it_cannot_read(tmp_path, capsys):
    """One binary or empty file in a folder is named and skipped; the others are extracted
    and written, and the exit code (3) still tells that something was skipped."""
    from kg.cli import main

    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a-story.txt").write_text(
        "The Security Council adopted resolution 2999 by 13 votes to none, with Chad and Mali "
        "abstaining.",
        encoding="utf-8",
    )
    (folder / "b-photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (folder / "c-blank.txt").write_text("  \n", encoding="utf-8")
    out = tmp_path / "extractions"
    assert main(["extract", str(folder), "--date", "2020-01-02", "--out", str(out)]) == 3
    said = capsys.readouterr().err
    assert "b-photo.txt: binary file, not text" in said and "c-blank.txt: empty file" in said
    assert "2 of 3 texts skipped" in said
    assert [p.name for p in out.iterdir()] == ["a-story.json"]


def test_dkg_extract_a_folder_of_nothing_readable_is_an_error(tmp_path, capsys):
    from kg.cli import main

    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "photo.txt").write_bytes(b"\x00\x01\x02")
    out = tmp_path / "extractions"
    assert main(["extract", str(folder), "--out", str(out)]) == 3
    assert "none of the 1 texts could be read" in capsys.readouterr().err
    assert not out.exists()


def test_a_date_on_the_last_line_dates_the_article():
    """A wire that signs off with the date ("Feb. 20, 2024" alone on the last line) and has
    none at its top is dated by it; a date inside the last sentence is not a sign-off."""
    text = "UNITED NATIONS (Wire) - The council voted on Tuesday.\n\nIt failed.\n\nFeb. 20, 2024\n"
    assert date_from_text(text) == date(2024, 2, 20)
    body = "The council voted. " * 30
    assert date_from_text(body + "\n\nIt failed on Feb. 20, 2024 after talks.\n") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a term that runs into the next year is no year of the news
        ("UNITED NATIONS, Nov. 14 (Wire) - The Security Council on Friday extended its force "
         "in the border region for another year, with three members abstaining.\n\nResolution "
         "2802 (2025) keeps it there until Nov. 15, 2026.", date(2025, 11, 14)),
        ("UNITED NATIONS, July 19 (wire) - The Council on Thursday renewed the force on the "
         "island for six months.\n\nIt stays until Jan. 31, 2013. It first deployed in 1964.",
         date(2012, 7, 19)),
        # a term that ended before the news: the year after it fits the weekday
        ("UNITED NATIONS, Dec. 18 - The Assembly on Friday condemned abuses in the country."
         "\n\nIts neighbour, occupied until early 1991, voted in favour.", date(1992, 12, 18)),
        # no weekday fits one year alone: no guess
        ("UNITED NATIONS, Nov. 14 (Wire) - The Council extended its force for another year."
         "\n\nThe mandate runs until 2026.", None),
    ],
)  # fmt: skip
def test_a_dateline_year_is_not_taken_from_a_term_that_ends_later(text, expected):
    assert date_from_text(text) == expected
