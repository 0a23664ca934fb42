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
