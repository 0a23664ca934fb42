"""The front door: every name `kg` lists resolves, and importing `kg` stays cheap."""

from __future__ import annotations

import subprocess
import sys

import kg


def test_every_public_name_resolves():
    missing = [name for name in kg.__all__ if getattr(kg, name, None) is None]
    assert not missing
    assert {"build", "run_query", "resolve_state", "extract", "agreement_table"} <= set(kg.__all__)


def test_importing_kg_loads_no_heavy_module():
    """`import kg` must not pull in the reasoner, SHACL, spaCy or plotting (lazy front door)."""
    probe = (
        "import sys, kg; "
        "print(','.join(m for m in ('owlready2', 'pyshacl', 'spacy', 'matplotlib', 'pyoxigraph') "
        "if m in sys.modules))"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert loaded == ""
