"""The shortcut triples streamed with an import equal what the rule file derives."""

from __future__ import annotations

from pathlib import Path

import pytest
from pyoxigraph import NamedNode, Store

from kg.ontology import graph_iri, slug
from kg.store import derive_shortcuts_in_store, import_history, open_store, shortcut_properties

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "history"
FILES = {
    "tidy": (FIXTURES / "tidy" / "votes.csv", None),
    "undl": (FIXTURES / "undl.csv", None),
    "voeten": (FIXTURES / "voeten" / "votes.csv", FIXTURES / "voeten" / "rollcalls.csv"),
}


@pytest.mark.parametrize("format_name", sorted(FILES))
def test_streamed_shortcuts_equal_the_rules(tmp_path, format_name):
    """kg/rules/vote-shortcuts.rq stays the definition: running it over the imported graph
    gives exactly the shortcut triples the import streamed into graph inferred-import-…."""
    assert shortcut_properties() is not None  # else the import derives them after loading
    path, rollcalls = FILES[format_name]
    result = import_history(format_name, path, rollcalls=rollcalls, store_dir=tmp_path / "store")
    key = f"import-{format_name}-{slug(path.name)}"
    store = open_store(tmp_path / "store")
    streamed = {
        str(quad.triple)
        for quad in store.quads_for_pattern(
            None, None, None, NamedNode(str(graph_iri(f"inferred-{key}")))
        )
    }
    copy = Store()
    copy.extend(store.quads_for_pattern(None, None, None, NamedNode(result.graph)))
    derived_graph = "urn:test:derived"
    assert derive_shortcuts_in_store(copy, result.graph, derived_graph) == len(streamed)
    derived = {
        str(q.triple) for q in copy.quads_for_pattern(None, None, None, NamedNode(derived_graph))
    }
    assert streamed == derived and len(streamed) == result.shortcuts == result.summary.rows_imported


def test_rules_that_are_not_a_ballot_mapping_fall_back_to_a_derive_pass(tmp_path, monkeypatch):
    import kg.store

    monkeypatch.setattr(kg.store, "shortcut_properties", lambda: None)
    result = import_history("tidy", FILES["tidy"][0], store_dir=tmp_path / "store")
    assert "derive" in result.seconds and result.shortcuts == result.summary.rows_imported == 22
