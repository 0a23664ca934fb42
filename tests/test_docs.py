"""`make docs` renders the notebooks as HTML that makes no request (here without executing)."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

NOTEBOOKS = Path(__file__).resolve().parents[1] / "notebooks"


def _builder():
    spec = importlib.util.spec_from_file_location("build_docs", NOTEBOOKS / "build_docs.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_docs_build_without_cdn_scripts(tmp_path):
    builder = _builder()
    written = builder.build(
        tmp_path, execute=False, notebooks=[NOTEBOOKS / "03-sparql-cookbook.ipynb"]
    )
    assert [path.name for path in written] == ["03-sparql-cookbook.html", "index.html"]
    page = written[0].read_text(encoding="utf-8")
    assert "SPARQL" in page
    assert re.search(r"<script[^>]*src=\"https?:", page) is None
    assert "cdnjs" not in page
    assert 'href="03-sparql-cookbook.html"' in written[1].read_text(encoding="utf-8")
