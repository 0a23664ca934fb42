"""diplomatic-kg: a knowledge graph of diplomatic relations.

The public API, in the order data flows through it: read the sources, build the dataset,
validate and reason, then query.

>>> from kg import resolve_state
>>> resolve_state("the United States").iso3
'USA'
"""

from kg.build import BuildResult, assemble, build, load_dataset, write_dataset
from kg.errors import DataError, DkgError, QueryError, ValidationError
from kg.query import Query, bind_parameters, format_table, list_queries, load_query, run_query
from kg.reason import ReasoningReport, opposing_class, reason, reasoning_subset
from kg.registry import load_states, load_tenures, registry_graph, resolve_state, tenures_on
from kg.sources.events import event_graph, read_event
from kg.sources.votes import read_ballots, read_council_seats, read_rollcalls, votes_graph
from kg.validate import ValidationReport, ensure_valid, validate

__version__ = "0.1.0"

__all__ = [
    "BuildResult",
    "DataError",
    "DkgError",
    "Query",
    "QueryError",
    "ReasoningReport",
    "ValidationError",
    "ValidationReport",
    "assemble",
    "bind_parameters",
    "build",
    "ensure_valid",
    "event_graph",
    "format_table",
    "list_queries",
    "load_dataset",
    "load_query",
    "load_states",
    "load_tenures",
    "opposing_class",
    "read_ballots",
    "read_council_seats",
    "read_event",
    "read_rollcalls",
    "reason",
    "reasoning_subset",
    "registry_graph",
    "resolve_state",
    "run_query",
    "tenures_on",
    "validate",
    "votes_graph",
    "write_dataset",
]
