"""Render the notebooks as HTML for people who browse: ``make docs`` → ``out/docs/``.

Each notebook is executed (``--execute``; the kernel runs in ``notebooks/``, so the relative
paths the notebooks use hold) and exported with nbconvert's HTML exporter; the exporter's two
CDN scripts (require.js, MathJax and a Mermaid loader, which these notebooks do not use) are
taken out, so a page
makes no request, like every page of the project. ``out/docs/index.html`` links them.

    .venv/bin/python notebooks/build_docs.py --execute --out out/docs
"""

from __future__ import annotations

import argparse
import html
import re
import sys
from pathlib import Path

import nbformat
from nbconvert import HTMLExporter
from nbconvert.preprocessors import ExecutePreprocessor

from kg.io import write_atomic

HERE = Path(__file__).resolve().parent
# The exporter's template links require.js and MathJax from cdnjs and has an inline module
# that imports Mermaid from there; nothing in these notebooks needs them.
_CDN_SCRIPT = re.compile(
    r"<script[^>]*\bsrc=\"https?://[^\"]*\"[^>]*>\s*</script>"
    r"|<script\b[^>]*>(?:(?!</script>).)*?https?://cdnjs(?:(?!</script>).)*</script>",
    re.I | re.S,
)


def render(notebook: Path, *, execute: bool, timeout: int = 900) -> str:
    """One notebook as a self-contained HTML page (executed first when ``execute``)."""
    document = nbformat.read(notebook, as_version=4)
    if execute:
        ExecutePreprocessor(timeout=timeout, kernel_name="python3").preprocess(
            document, {"metadata": {"path": str(notebook.parent)}}
        )
    body, _resources = HTMLExporter(template_name="lab").from_notebook_node(document)
    return _CDN_SCRIPT.sub("", body)


def build(out: Path, *, execute: bool, notebooks: list[Path] | None = None) -> list[Path]:
    """Write one HTML file per notebook and an index into ``out``; returns the files."""
    notebooks = notebooks or sorted(HERE.glob("[0-9]*.ipynb"))
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for notebook in notebooks:
        target = out / f"{notebook.stem}.html"
        write_atomic(target, render(notebook, execute=execute))
        written.append(target)
        print(f"wrote {target}")
    links = "\n".join(
        f'<li><a href="{html.escape(path.name)}">{html.escape(path.stem)}</a></li>'
        for path in written
    )
    index = out / "index.html"
    write_atomic(
        index,
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        "<title>diplomatic-kg notebooks</title></head>\n<body>"
        "<h1>diplomatic-kg: the notebooks, executed</h1>\n"
        f"<ul>\n{links}\n</ul>\n</body></html>\n",
    )
    return [*written, index]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("out") / "docs")
    parser.add_argument("--execute", action="store_true", help="run the notebooks first")
    arguments = parser.parse_args(argv)
    build(arguments.out, execute=arguments.execute)
    return 0


if __name__ == "__main__":
    sys.exit(main())
