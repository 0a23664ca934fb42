"""Time of ``dkg extract`` on long texts and on a folder of texts (for benchmarks/EXTRACT.md).

1. Long texts: the evaluation corpus (tests/fixtures/extract/corpus) repeated to 200,000 and
   1,000,000 characters, extracted in this process after one warm-up (the spaCy pipeline
   and the gazetteer loaded) — seconds and characters per second; linear work shows as a
   flat rate.
2. One paragraph of ballots that name no text ("Russia and China vetoed it." 750 and 3,000
   times, no line break): each ballot looks back through its paragraph for the organ or day
   it opens with, so this is the shape where work could grow with the square of the length.
3. A folder of texts: the corpus's first 30 texts extracted by a new Python process, start-up
   included (``kg.extract.articles.extract_articles`` on the folder), wall time.

    .venv/bin/python benchmarks/extract_bench.py
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "fixtures" / "extract" / "corpus"


def long_text(size: int) -> str:
    texts = [path.read_text(encoding="utf-8") for path in sorted(CORPUS.glob("*.txt"))]
    text = ""
    while len(text) < size:
        text += "\n\n".join(texts) + "\n\n"
    return text[:size]


def main() -> int:
    from kg.extract import extract

    print(f"load average: {Path('/proc/loadavg').read_text().split()[:3]}")
    extract("Russia voted against the draft resolution.")  # warm-up: pipeline, gazetteer
    for size in (200_000, 1_000_000):
        text = long_text(size)
        started = time.perf_counter()
        result = extract(text)
        seconds = time.perf_counter() - started
        print(
            f"{size:>9,} characters: {seconds:6.1f} s, {size / seconds:8,.0f} characters/s, "
            f"{len(result.facts):,} facts"
        )
    for repeats in (750, 3_000):
        text = "Russia and China vetoed it. " * repeats
        started = time.perf_counter()
        extract(text)
        seconds = time.perf_counter() - started
        print(
            f"one paragraph of {repeats:,} ballot sentences ({len(text):,} characters): "
            f"{seconds:6.1f} s"
        )
    with tempfile.TemporaryDirectory() as folder:
        for path in sorted(CORPUS.glob("*.txt"))[:30]:
            shutil.copy(path, folder)
        script = (
            "import sys; from pathlib import Path; "
            "from kg.extract.articles import article_paths, extract_articles; "
            "articles = extract_articles(article_paths([sys.argv[1]]), from_text=True); "
            "print(len(articles))"
        )
        started = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-c", script, folder],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
        seconds = time.perf_counter() - started
        print(f"folder of {done.stdout.strip()} texts, new process: {seconds:.1f} s wall")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
