"""Notebooks are committed without outputs; `make test` executes them (pytest --nbmake)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

NOTEBOOKS = sorted((Path(__file__).resolve().parents[1] / "notebooks").glob("*.ipynb"))


def test_there_are_notebooks():
    assert {path.name for path in NOTEBOOKS} >= {"01-the-event.ipynb", "03-sparql-cookbook.ipynb"}


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda path: path.name)
def test_notebook_is_committed_without_outputs(path: Path):
    notebook = json.loads(path.read_text(encoding="utf-8"))
    code_cells = [cell for cell in notebook["cells"] if cell["cell_type"] == "code"]
    assert code_cells
    dirty = [
        index
        for index, cell in enumerate(code_cells)
        if cell.get("outputs") or cell.get("execution_count") is not None
    ]
    assert not dirty, f"{path.name}: strip the outputs of code cells {dirty}"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda path: path.name)
def test_notebook_uses_only_the_public_api(path: Path):
    """Notebooks import from `kg` itself, never a module inside it, and open data through
    the graph handle (`kg.open_graph`)."""
    notebook = json.loads(path.read_text(encoding="utf-8"))
    source = "\n".join("".join(cell["source"]) for cell in notebook["cells"])
    assert "import _" not in source and "._" not in source.replace("__", "")
    assert re.findall(r"(?:from|import) kg\.\w+", source) == []
    assert "open_graph(" in source
