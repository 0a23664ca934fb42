"""Shared fixtures: the knowledge graph is built once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2] / "shared"
ARTICLE = SHARED / "seed" / "article.txt"


@pytest.fixture(scope="session")
def built():
    """The whole knowledge graph, validated and reasoned, as ``dkg build`` makes it."""
    from kg.build import build

    return build(article=ARTICLE if ARTICLE.is_file() else None)


@pytest.fixture(scope="session")
def dataset(built):
    return built.dataset
