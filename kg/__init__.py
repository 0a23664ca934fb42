"""diplomatic-kg: a knowledge graph of diplomatic relations.

The public API, in the order data flows through it: read the sources, build the dataset,
validate and reason, then query and analyse. Names are imported on first use, so a command
that needs one part does not pay for loading the others.

>>> from kg import resolve_state
>>> resolve_state("the United States").iso3
'USA'
"""

from __future__ import annotations

from kg.lazy import lazy_attributes

__version__ = "0.1.0"

#: public name → the module that defines it
_API = {
    # sources
    "load_states": "kg.registry",
    "load_tenures": "kg.registry",
    "registry_graph": "kg.registry",
    "resolve_state": "kg.registry",
    "tenures_on": "kg.registry",
    "read_rollcalls": "kg.sources.votes",
    "read_ballots": "kg.sources.votes",
    "read_council_seats": "kg.sources.votes",
    "votes_graph": "kg.sources.votes",
    "read_event": "kg.sources.events.reader",
    "event_graph": "kg.sources.events.rdf",
    "read_history": "kg.sources.history",
    # build, validate, reason
    "BuildResult": "kg.build",
    "assemble": "kg.build",
    "build": "kg.build",
    "load_dataset": "kg.build",
    "write_dataset": "kg.build",
    "ValidationReport": "kg.validate",
    "ensure_valid": "kg.validate",
    "validate": "kg.validate",
    "ReasoningReport": "kg.reason",
    "opposing_class": "kg.reason",
    "reason": "kg.reason",
    "reasoning_subset": "kg.reason",
    # store (the voting history in Oxigraph)
    "import_history": "kg.store",
    "import_dataset": "kg.store",
    "open_store": "kg.store",
    # one handle on any source: SPARQL and the analyses as typed tables
    "KnowledgeGraph": "kg.graph",
    "Source": "kg.graph",
    "open_graph": "kg.graph",
    "load_ipython_extension": "kg.magic",
    # query
    "Query": "kg.query",
    "bind_parameters": "kg.query",
    "format_table": "kg.query",
    "list_queries": "kg.query",
    "load_query": "kg.query",
    "run_query": "kg.query",
    "select_rows": "kg.query",
    "select_table": "kg.query",
    # analysis (agreement, blocs, shifts over a state x roll-call matrix)
    "VoteMatrix": "kg.analysis.matrix",
    "extract_matrix": "kg.analysis.sources",
    "load_matrix": "kg.analysis.sources",
    "load_series": "kg.analysis.series",
    "read_tidy": "kg.analysis.tidy",
    "agreement": "kg.analysis.agreement",
    "agreement_table": "kg.analysis.agreement",
    "pair_agreement": "kg.analysis.agreement",
    "agreement_graph": "kg.analysis.graph",
    "sparsify": "kg.analysis.graph",
    "bloc_table": "kg.analysis.blocs",
    "louvain_blocs": "kg.analysis.blocs",
    "ideal_points": "kg.analysis.ideal",
    "reference_shift": "kg.analysis.shifts",
    "pair_shifts": "kg.analysis.shifts",
    "bloc_shifts": "kg.analysis.shifts",
    "breaks": "kg.analysis.shifts",
    "break_drivers": "kg.analysis.shifts",
    "switchers": "kg.analysis.shifts",
    # news extraction
    "extract": "kg.extract",
    "extract_file": "kg.extract",
    "split_sentences": "kg.text",
    # pictures (kg.viz has them all) and serving
    "event_network": "kg.viz",
    "alliance_network": "kg.viz",
    "year_periods": "kg.viz",
    "parse_periods": "kg.viz",
    "vote_map": "kg.viz",
    "agreement_map": "kg.viz",
    "pair_series_figure": "kg.viz",
    "movers_figure": "kg.viz",
    "bloc_names": "kg.viz",
    "show": "kg.viz",
    "create_app": "kg.serve",
    # errors
    "DkgError": "kg.errors",
    "DataError": "kg.errors",
    "UsageError": "kg.errors",
    "QueryError": "kg.errors",
    "ValidationError": "kg.errors",
}

__all__ = sorted(_API)


__getattr__ = lazy_attributes(_API, __name__, globals())


def __dir__() -> list[str]:
    return sorted([*__all__, "__version__"])
