"""The project's error type and the readers that turn parser failures into it.

Every error a user can cause carries three things: what went wrong, where (file, line,
node) and how to fix it. The CLI prints ``str(error)`` and exits with ``error.exit_code``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # rdflib is imported by read_turtle when it runs, not by every error
    from rdflib import Graph


class DkgError(Exception):
    """A failure the user can act on.

    >>> str(DkgError("unknown state 'Atlantis'", where="votes.csv line 4",
    ...              fix="use an ISO 3166 alpha-3 code"))
    "votes.csv line 4: unknown state 'Atlantis' (fix: use an ISO 3166 alpha-3 code)"
    """

    exit_code = 2

    def __init__(self, what: str, *, where: str | None = None, fix: str | None = None):
        self.what = what
        self.where = where
        self.fix = fix
        super().__init__(self._message())

    def _message(self) -> str:
        message = f"{self.where}: {self.what}" if self.where else self.what
        return f"{message} (fix: {self.fix})" if self.fix else message


class UsageError(DkgError):
    """Bad or missing arguments, or options that do not fit together (exit code 2)."""


class BusyError(DkgError):
    """Another process holds what this one needs (an import writing to the same store):
    nothing was done; run it again when the other has finished."""

    exit_code = 6


class DataError(DkgError):
    """Bad input data: a malformed file, an unknown code, tallies that do not add up."""

    exit_code = 3


class ValidationError(DkgError):
    """The assembled graph violates the SHACL shapes or is logically inconsistent."""

    exit_code = 1

    def __init__(
        self, what: str, *, report: str = "", where: str | None = None, fix: str | None = None
    ):
        self.report = report
        super().__init__(what, where=where, fix=fix)


class QueryError(DkgError):
    """A SPARQL query that cannot be parsed, found or bound."""

    exit_code = 4


class RemoteError(DkgError):
    """Another server cannot be reached, refuses the request or answers with an error."""

    exit_code = 5


def read_turtle(path: Path, *, into: Graph | None = None) -> Graph:
    """Parse a Turtle file, reporting a syntax error with its file and line."""
    from rdflib import Graph

    graph = into if into is not None else Graph()
    try:
        graph.parse(path, format="turtle")
    except FileNotFoundError as error:
        raise DataError(f"file not found: {path}", fix="check the path") from error
    except Exception as error:  # rdflib raises several unrelated types for bad syntax
        raise DataError(
            f"malformed Turtle: {error}",
            where=str(path),
            fix="correct the syntax at the line shown",
        ) from error
    return graph
