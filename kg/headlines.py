"""The founding event's headline questions, answered from the graph by the queries in ``queries/``.

``make demo`` prints these; each answer is a query result, never a hand-written sentence.

>>> from kg.build import build
>>> answers = headline_answers(build(reason=False).dataset)
>>> [answer.title for answer in answers][0]
'The General Assembly vote of 24 February 2025 (A/RES/ES-11/7): official tallies and ballots known'
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
from rdflib import Dataset

from kg.query import format_table, run_query

__all__ = ["HeadlineAnswer", "headline_answers", "render"]


@dataclass(frozen=True)
class HeadlineAnswer:
    """One question, the query command that answers it, and the answer table."""

    title: str
    command: str
    table: pd.DataFrame


_QUESTIONS = (
    (
        "The General Assembly vote of 24 February 2025 (A/RES/ES-11/7): official tallies and "
        "ballots known",
        "tallies",
        {},
        lambda table: table[table["symbol"] == "A/RES/ES-11/7"],
    ),
    (
        "Who voted with the United States against A/RES/ES-11/7",
        "voted-with",
        {"state": "USA", "symbol": "A/RES/ES-11/7"},
        None,
    ),
    (
        "States whose vote changed between A/RES/ES-11/6 (2023) and A/RES/ES-11/7 (2025)",
        "vote-changes",
        {"from": "A/RES/ES-11/6", "to": "A/RES/ES-11/7"},
        None,
    ),
    (
        "How the Security Council voted on S/RES/2774 (2025)",
        "rollcall-votes",
        {"symbol": "S/RES/2774(2025)"},
        None,
    ),
    (
        "Vetoes in the graph (inferred by the reasoner)",
        "vetoes",
        {},
        None,
    ),
    (
        "Who held which post on 24 February 2025",
        "leaders",
        {"date": "2025-02-24"},
        None,
    ),
)


def headline_answers(dataset: Dataset) -> list[HeadlineAnswer]:
    """Run the headline queries on ``dataset`` and return their answers in reading order."""
    answers = []
    for title, query_name, parameters, select in _QUESTIONS:
        table = run_query(dataset, query_name, parameters)
        if select is not None:
            table = select(table)
        params = "".join(f" --param {name}={value}" for name, value in parameters.items())
        answers.append(HeadlineAnswer(title, f"dkg query {query_name}{params}", table))
    return answers


def render(answers: list[HeadlineAnswer]) -> str:
    """The answers as terminal text: a heading, the command that reproduces it, the table."""
    blocks = []
    for answer in answers:
        rows = f"{len(answer.table)} row{'s' if len(answer.table) != 1 else ''}"
        blocks.append(
            f"== {answer.title} ({rows})\n   $ {answer.command}\n{format_table(answer.table)}"
        )
    return "\n".join(blocks)
