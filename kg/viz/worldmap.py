"""World maps: how every state voted on one roll call, or how often it agreed with another.

The outline is the bundled Natural Earth 1:110m one (:mod:`kg.viz.geography`); the page is
one self-contained HTML file with an inline SVG, its legend, a hover box and a source line —
no script or style from elsewhere, the same Content-Security-Policy as every other page.

- :func:`vote_from_graph` / :func:`vote_from_matrix` gather one roll call's facts (official
  tally, known ballots, members whose ballot the data lack, stances and statements);
  :func:`vote_map_page` draws them: Yes / No / Abstain / did not vote, the unknown hatched,
  states that were not members greyed, and the legend counts equal to the tally.
- :func:`agreement_map_page` colours each state by its agreement with a reference state over
  a period (a sequential scale; states with fewer than ``min_joint`` joint votes hatched).

States that no longer exist are drawn on today's borders of their successors where those
were not members themselves (the USSR's seat on Kazakhstan, Estonia …; Czechoslovakia on the
Czech Republic and Slovakia; Yugoslavia on its successors); one that has no such territory
(the German Democratic Republic beside the Federal Republic) is listed under the legend.
Which state succeeded which comes from the registry (``successors``, ``votes_filed_under``).

>>> from kg.analysis.matrix import VoteMatrix
>>> matrix = VoteMatrix.from_votes(
...     [("USA", "r1", "Y"), ("RUS", "r1", "N"), ("CSK", "r1", "A"), ("DEU", "r1", "X")],
...     metadata=__import__("pandas").DataFrame({"id": ["r1"], "date": ["1960-10-12"],
...                                             "symbol": ["A/RES/1514(XV)"], "organ": ["GA"]}))
>>> vote = vote_from_matrix(matrix, "A/RES/1514(XV)", source="a test")
>>> vote.tally, vote.complete
({'Y': 1, 'N': 1, 'A': 1, 'X': 1}, True)
>>> fills = paint_vote(vote)
>>> fills["SVK"].letter, fills["KAZ"].letter, fills["FRA"].kind
('A', 'N', 'not-member')
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from kg.errors import DataError
from kg.io import write_atomic
from kg.viz.geography import World, load_world
from kg.viz.naming import display_name
from kg.viz.page import CONTENT_SECURITY_POLICY, script_json, template_environment
from kg.viz.style import (
    DASH,
    NOT_MEMBER_COLOUR,
    ORGAN_NAMES,
    SEQUENTIAL,
    UNKNOWN_COLOUR,
    VOTE_COLOURS,
    VOTE_LABELS,
    describe_source,
    source_line,
)

__all__ = [
    "Fill",
    "MapVote",
    "agreement_map",
    "agreement_map_page",
    "paint_agreement",
    "paint_vote",
    "vote_from_graph",
    "vote_from_matrix",
    "vote_map",
    "vote_map_page",
    "write_map",
]

_LETTERS = ("Y", "N", "A", "X")
_TERRITORY = "#f7f7f7"
_MEMBERSHIP = {"GA": "a UN member", "SC": "on the Security Council"}


@dataclass(frozen=True)
class MapVote:
    """One roll call as the map draws it.

    ``tally`` is the official count per letter (Y, N, A, X); ``ballots`` the ballots the data
    hold (state → letter); ``unknown`` the members whose ballot the data do not hold (only
    when ``complete`` is false); ``notes`` what else the graph says about a state that day
    (stances, statements), one line each.
    """

    symbol: str
    organ: str
    date: str
    title: str
    result: str
    tally: dict[str, int]
    complete: bool
    ballots: dict[str, str]
    unknown: tuple[str, ...] = ()
    notes: dict[str, tuple[str, ...]] = field(default_factory=dict)
    record: str = ""
    source: str = ""
    data_to: str = ""


@dataclass(frozen=True)
class Fill:
    """How one state's shape is painted, and the hover text that says why."""

    kind: str  # vote, unknown, not-member, observer, agreement, few, none
    colour: str
    tip: str
    letter: str = ""
    value: float | None = None
    hatched: bool = False


# --- gathering the facts --------------------------------------------------------------------


def vote_from_matrix(matrix: Any, symbol: str, *, source: str) -> MapVote:
    """One roll call from a vote matrix (the tidy history file): complete by construction.

    Every member has a row in the history file for each vote (X when it did not vote), so a
    state without one was not a member then; the tally is the count of the ballots.
    """
    rollcalls = matrix.rollcalls
    columns = np.flatnonzero((rollcalls["symbol"] == symbol).to_numpy())
    if not len(columns):
        raise DataError(
            f"no roll call on {symbol} in the votes",
            fix="check the symbol (e.g. A/RES/ES-11/1) or the source option",
        )
    if len(columns) > 1:
        ids = ", ".join(rollcalls["id"].iloc[columns])
        raise DataError(f"{symbol} names {len(columns)} roll calls ({ids})", fix="give one id")
    column = int(columns[0])
    codes = matrix.votes[:, column]
    from kg.analysis.matrix import CODE_LETTERS

    ballots = {
        state: CODE_LETTERS[int(code)]
        for state, code in zip(matrix.states, codes, strict=True)
        if code >= 0
    }
    row = rollcalls.iloc[column]
    when = row["date"]
    counts = Counter(ballots.values())
    return MapVote(
        symbol=symbol,
        organ=str(row.get("organ") or "GA"),
        date=when.date().isoformat() if not pd.isna(when) else "",
        title=str(row.get("title") or ""),
        # A UN resolution symbol (A/RES/…, S/RES/…) is given only to a text that was adopted.
        result="adopted" if "/RES/" in symbol else "",
        tally={letter: counts.get(letter, 0) for letter in _LETTERS},
        complete=True,
        ballots=ballots,
        source=source,
        data_to=matrix.period()[1],
    )


def vote_from_graph(graph: Any, symbol: str, *, source: str) -> MapVote:
    """One roll call from a built graph or a store: tally, ballots, unknown members, stances."""
    from kg.query import run_query

    rollcalls = run_query(graph, "rollcalls")
    found = rollcalls[rollcalls["symbol"] == symbol]
    if found.empty:
        raise DataError(
            f"the graph holds no roll call on {symbol}",
            fix="`dkg query rollcalls` lists them; for the whole history give --store or --votes",
        )
    row = found.iloc[0]
    day = run_query(graph, "event-rollcalls", {"date": row["date"]})
    day = day[day["id"] == row["id"]]
    non_voting = int(day.iloc[0]["non_voting"]) if not day.empty else 0
    record = str(day.iloc[0]["record"]) if not day.empty else ""
    ballots_table = run_query(graph, "rollcall-votes", {"symbol": symbol})
    ballots = dict(zip(ballots_table["state"], ballots_table["vote"], strict=True))
    complete = str(row["complete"]).lower() == "true"
    unknown: tuple[str, ...] = ()
    if not complete and row["body"] == "GA":
        unknown = tuple(run_query(graph, "unknown-ballots", {"symbol": symbol})["state"])
    return MapVote(
        symbol=symbol,
        organ=str(row["body"]),
        date=str(row["date"]),
        title=str(row["title"]),
        result=str(row["result"]),
        tally={
            "Y": int(row["yes"]),
            "N": int(row["no"]),
            "A": int(row["abstain"]),
            "X": non_voting,
        },
        complete=complete,
        ballots=ballots,
        unknown=unknown,
        notes=_graph_notes(graph, str(row["date"])),
        record=record,
        source=source,
        data_to=str(rollcalls["date"].max()),
    )


def _graph_notes(graph: Any, day: str) -> dict[str, tuple[str, ...]]:
    from kg.query import run_query

    notes: dict[str, list[str]] = defaultdict(list)
    stances = run_query(graph, "stances")
    for stance in stances[stances["date"] == day].itertuples(index=False):
        line = f"{stance.kind} {stance.target}" + (
            f" (CAMEO {stance.cameo})" if stance.cameo else ""
        )
        if line not in notes[stance.actor]:
            notes[stance.actor].append(line)
    statements = run_query(graph, "statements")
    for statement in statements[statements["date"] == day].itertuples(index=False):
        if not statement.speaking_for:
            continue
        words = f"“{statement.quote}”" if statement.quote else "(quote not in the graph)"
        line = f"statement by {statement.speaker}: {words}"
        if line not in notes[statement.speaking_for]:
            notes[statement.speaking_for].append(line)
    return {state: tuple(lines) for state, lines in notes.items()}


# --- painting -------------------------------------------------------------------------------


@cache
def _registry() -> dict[str, Any]:
    from kg.registry import states_by_code

    return states_by_code()


def _drawable() -> dict[str, str]:
    """Registry code → ISO numeric code, for the states the bundled outline can draw."""
    world = load_world()
    return {
        code: record.numeric
        for code, record in _registry().items()
        if record.numeric
        and not record.is_former
        and (record.numeric in world.shapes or record.numeric in world.points)
    }


def _name(code: str) -> str:
    return display_name(code)


def _successors(code: str) -> list[str]:
    # Today's states on whose territory a former state is drawn (Yugoslavia → … → Serbia).
    record = _registry().get(code)
    found: list[str] = []
    for successor in record.successors if record else ():
        successor_record = _registry().get(successor)
        if successor_record and successor_record.is_former:
            found += _successors(successor)
        elif successor not in found:
            found.append(successor)
    return found


def _seat_holders(ballots: Mapping[str, Any], on: str) -> dict[str, str]:
    """Former state → code its ballots are filed under, for the seats the data file that way.

    The USSR's votes are filed under RUS (the seat Russia continued): on a day the USSR was
    a member, the RUS ballot is the USSR's.
    """
    holders = {}
    for code, record in _registry().items():
        if not (record.is_former and record.votes_filed_under in ballots):
            continue
        if record.un_to and on and on <= record.un_to.isoformat():
            holders[code] = record.votes_filed_under
    return holders


def _historical_cover(
    ballots: Mapping[str, Any], on: str
) -> tuple[dict[str, tuple[str, str]], list[tuple[str, str]]]:
    """Which shapes a former state's ballot covers, and the former states left undrawn.

    Returns ``(cover, undrawn)``: ``cover`` maps a drawable state without a ballot of its own
    to ``(former state, code holding its ballot)``; ``undrawn`` lists ``(former state, code)``
    whose successors all voted themselves.
    """
    formers = {
        code: code
        for code in ballots
        if _registry().get(code, None) is not None and _registry()[code].is_former
    }
    formers.update(_seat_holders(ballots, on))
    drawable = _drawable()
    cover: dict[str, tuple[str, str]] = {}
    undrawn = []
    for former, holder in sorted(formers.items()):
        covered = [
            successor
            for successor in _successors(former)
            if successor in drawable and successor not in ballots and successor != holder
        ]
        for successor in covered:
            cover.setdefault(successor, (former, holder))
        if not covered and holder == former:
            undrawn.append((former, holder))
    return cover, undrawn


def paint_vote(vote: MapVote) -> dict[str, Fill]:
    """The fill of every drawable state for one roll call (see :class:`Fill`)."""
    cover, _undrawn = _historical_cover(vote.ballots, vote.date)
    holders = _seat_holders(vote.ballots, vote.date)
    held_by = {holder: former for former, holder in holders.items()}
    unknown = set(vote.unknown)
    fills = {}
    for code in _drawable():
        name = f"{_name(code)} ({code})"
        notes = list(vote.notes.get(code, ()))
        if code in vote.ballots:
            letter = vote.ballots[code]
            who = name
            if code in held_by:
                who = f"{name}: the seat of {_name(held_by[code])} ({held_by[code]}) then"
            lines = [who, f"{VOTE_LABELS[letter]} on {vote.symbol}", *notes]
            fills[code] = Fill("vote", VOTE_COLOURS[letter], "\n".join(lines), letter=letter)
        elif code in unknown:
            lines = [name, f"ballot on {vote.symbol} not in the data (a member then)", *notes]
            fills[code] = Fill("unknown", UNKNOWN_COLOUR, "\n".join(lines), hatched=True)
        elif code in cover:
            former, holder = cover[code]
            letter = vote.ballots[holder]
            lines = [
                name,
                f"part of {_name(former)} ({former}) then: drawn with its vote",
                f"{VOTE_LABELS[letter]} on {vote.symbol}",
            ]
            fills[code] = Fill("vote", VOTE_COLOURS[letter], "\n".join(lines), letter=letter)
        else:
            record = _registry()[code]
            kind = "observer" if record.status == "observer" else "not-member"
            why = (
                "observer state: no vote"
                if kind == "observer"
                else f"not {_MEMBERSHIP.get(vote.organ, 'a member')} on {vote.date}"
            )
            fills[code] = Fill(kind, NOT_MEMBER_COLOUR, "\n".join([name, why, *notes]))
    return fills


def paint_agreement(
    table: pd.DataFrame, reference: str, *, min_joint: int, on: str = ""
) -> tuple[dict[str, Fill], list[tuple[float, float, str]]]:
    """Fills for an agreement map and the legend's classes ``(low, high, colour)``.

    ``table`` has one row per state: ``state``, ``score`` (agreement with ``reference``)
    and ``joint`` (joint votes). States under ``min_joint`` are hatched and say so.
    """
    table = table.set_index("state")
    scored = table[table["joint"] >= min_joint]["score"].dropna()
    classes = _classes(scored.to_numpy(dtype=float))
    ballots = {code: "" for code in table.index}
    cover, _undrawn = _historical_cover(ballots, on)
    fills = {}
    for code in _drawable():
        name = f"{_name(code)} ({code})"
        source = code if code in table.index else cover.get(code, (None, None))[1]
        if code == reference:
            fills[code] = Fill("reference", "#111111", f"{name}\nthe reference state")
            continue
        if source is None or source not in table.index:
            fills[code] = Fill("none", NOT_MEMBER_COLOUR, f"{name}\nno vote in the period")
            continue
        score, joint = table.loc[source, "score"], int(table.loc[source, "joint"])
        prefix = [name] if source == code else [name, f"then part of {_name(cover[code][0])}"]
        if pd.isna(score) or joint == 0:
            fills[code] = Fill("none", NOT_MEMBER_COLOUR, "\n".join([*prefix, "no joint vote"]))
            continue
        colour = next(colour for low, high, colour in classes if score <= high + 1e-9)
        few = joint < min_joint
        lines = [
            *prefix,
            f"agreement with {reference}: {score:.2f}",
            f"over {joint} joint votes"
            + (f" (fewer than {min_joint}: read with care)" if few else ""),
        ]
        fills[code] = Fill(
            "few" if few else "agreement", colour, "\n".join(lines), value=float(score), hatched=few
        )
    return fills, classes


def _classes(values: np.ndarray, count: int = len(SEQUENTIAL)) -> list[tuple[float, float, str]]:
    # Equal-width classes over the range the data span (rounded out to 0.05), so the scale is
    # fitted to the data and its legend reads in round numbers.
    if not len(values):
        return [(0.0, 1.0, SEQUENTIAL[-1])]
    low = np.floor(values.min() * 20) / 20
    high = max(np.ceil(values.max() * 20) / 20, low + 0.05)
    edges = np.linspace(low, high, count + 1)
    return [
        (round(float(edges[i]), 3), round(float(edges[i + 1]), 3), SEQUENTIAL[i])
        for i in range(count)
    ]


# --- the page -------------------------------------------------------------------------------


def _features(world: World, fills: Mapping[str, Fill]) -> list[dict[str, Any]]:
    by_numeric = {numeric: code for code, numeric in _drawable().items()}
    features = []
    for numeric, shape in world.shapes.items():
        code = by_numeric.get(numeric)
        fill = fills.get(code) if code else None
        if fill is None:
            fill = Fill("territory", _TERRITORY, f"{shape.name}\nnot a UN member state")
        features.append({"code": code or "", "path": shape.path, "fill": fill})
    for shape in world.unnamed:
        fill = Fill("territory", _TERRITORY, f"{shape.name}\nnot a UN member state")
        features.append({"code": "", "path": shape.path, "fill": fill})
    for numeric, (x, y, name) in world.points.items():
        code = by_numeric.get(numeric)
        fill = fills.get(code) if code else None
        if fill is None:
            fill = Fill("territory", _TERRITORY, f"{name}\nnot a UN member state")
        features.append({"code": code or "", "point": (x, y), "fill": fill})
    return features


def vote_map_page(vote: MapVote) -> str:
    """The whole HTML page of one roll call's map."""
    fills = paint_vote(vote)
    _cover, undrawn = _historical_cover(vote.ballots, vote.date)
    counts = Counter(vote.ballots.values())
    organ = ORGAN_NAMES.get(vote.organ, vote.organ)
    tally = DASH.join(str(vote.tally[letter]) for letter in ("Y", "N", "A"))
    legend = []
    for letter in _LETTERS:
        official = vote.tally.get(letter, 0)
        known = counts.get(letter, 0)
        words = (
            f"{official}" if vote.complete or known == official else f"{official} ({known} known)"
        )
        legend.append(
            {"label": VOTE_LABELS[letter], "count": words, "colour": VOTE_COLOURS[letter]}
        )
    if vote.unknown:
        legend.append(
            {
                "label": "Ballot not in the data",
                "count": str(len(vote.unknown)),
                "colour": UNKNOWN_COLOUR,
                "hatched": True,
            }
        )
    members = _MEMBERSHIP.get(vote.organ, "a member")
    legend += [
        {"label": f"not {members} then", "count": "", "colour": NOT_MEMBER_COLOUR},
        {"label": "territory without a UN seat", "count": "", "colour": _TERRITORY},
    ]
    notes = []
    if not vote.complete:
        missing = sum(vote.tally.values()) - len(vote.ballots)
        notes.append(
            f"Incomplete ballot list: the official tally counts {sum(vote.tally.values())} "
            f"members, the data name {len(vote.ballots)}; the {missing} others are hatched "
            "as unknown (not as absent)."
        )
    for former, holder in undrawn:
        notes.append(
            f"{_name(former)} ({former}) voted {VOTE_LABELS[vote.ballots[holder]]}: its territory "
            "lies within a state that voted itself, so it has no shape of its own here."
        )
    notes.append(_historical_note())
    subtitle = vote.title
    title = (
        f"{vote.symbol} · {organ} · {_long_date(vote.date)} · "
        f"{vote.result or 'result not recorded'} {tally}"
        + (f", {vote.tally['X']} did not vote" if vote.tally.get("X") else "")
    )
    status = {
        "kind": "vote",
        "tally": vote.tally,
        "known": {letter: counts.get(letter, 0) for letter in _LETTERS},
        "unknown": len(vote.unknown),
        "complete": vote.complete,
    }
    return _render(
        title=title,
        subtitle=subtitle,
        legend=legend,
        notes=notes,
        fills=fills,
        status=status,
        source=source_line(vote.source, vote.data_to)
        + (f" Record: {vote.record}" if vote.record else ""),
    )


def agreement_map_page(
    table: pd.DataFrame,
    reference: str,
    *,
    period: tuple[str, str],
    organ: str,
    method: str,
    rollcalls: int,
    min_joint: int,
    source: str,
) -> str:
    """The page of an agreement map: ``table`` as :func:`paint_agreement` takes it."""
    fills, classes = paint_agreement(table, reference, min_joint=min_joint, on=period[0])
    legend = [
        {"label": f"{low:.2f} {DASH} {high:.2f}", "count": "", "colour": colour}
        for low, high, colour in reversed(classes)
    ]
    few = sum(fill.kind == "few" for fill in fills.values())
    legend += [
        {
            "label": f"fewer than {min_joint} joint votes",
            "count": str(few),
            "colour": "#ffffff",
            "hatched": True,
        },
        {"label": "no vote in the period", "count": "", "colour": NOT_MEMBER_COLOUR},
        {"label": f"{_name(reference)} (the reference)", "count": "", "colour": "#111111"},
    ]
    organ_name = ORGAN_NAMES.get(organ, organ)
    title = (
        f"Agreement with {_name(reference)} · {organ_name} · {period[0]} to {period[1]} · "
        f"{rollcalls} roll calls"
    )
    measure = "Voeten's index" if method == "voeten" else "voting coincidence"
    subtitle = (
        f"{measure} per state over "
        "its joint votes with the reference; darker = agrees more. Hover for the numbers."
    )
    status = {
        "kind": "agreement",
        "scored": sum(fill.kind in ("agreement", "few") for fill in fills.values()),
        "few": few,
    }
    return _render(
        title=title,
        subtitle=subtitle,
        legend=legend,
        notes=[_historical_note()],
        fills=fills,
        status=status,
        source=source_line(source, period[1]),
    )


def vote_map(graph: Any, symbol: str, *, source: str = "") -> str:
    """The map page of roll call ``symbol`` from a graph handle (:func:`kg.open_graph`).

    A votes file is read as its vote matrix (complete ballots); a built graph, a store or an
    endpoint through SPARQL, with the stances and statements it holds.
    """
    source = source or describe_source(**{graph.source.kind: graph.source.location})
    if graph.source.kind == "votes":
        return vote_map_page(vote_from_matrix(graph.votes, symbol, source=source))
    return vote_map_page(vote_from_graph(graph.queryable, symbol, source=source))


def agreement_map(
    graph: Any,
    reference: str,
    *,
    start: str | date | None = None,
    end: str | date | None = None,
    organ: str = "GA",
    method: str = "voeten",
    min_joint: int = 10,
    source: str = "",
) -> str:
    """The map page of every state's agreement with ``reference`` from ``start`` to ``end``,
    from a graph handle (:func:`kg.open_graph`)."""
    from kg.analysis.agreement import agreement

    selected = graph.matrix(start=start, end=end, organ=organ)
    result = agreement(selected, method)
    if reference not in result.states:
        raise DataError(f"{reference} has no vote in the period", fix="widen --from/--to")
    row = result.states.index(reference)
    table = pd.DataFrame(
        {"state": result.states, "score": result.scores[row], "joint": result.joint_votes[row]}
    )
    return agreement_map_page(
        table,
        reference,
        period=selected.period(),
        organ=organ,
        method=method,
        rollcalls=selected.shape[1],
        min_joint=min_joint,
        source=source or describe_source(**{graph.source.kind: graph.source.location}),
    )


def write_map(page: str, path: Path | str) -> Path:
    """Write a map page atomically."""
    return write_atomic(Path(path), page)


def _historical_note() -> str:
    return (
        "States that no longer exist are drawn on today's borders of their successors "
        "(e.g. the USSR on Kazakhstan or Estonia, Yugoslavia on its successors). "
        "Outline: Natural Earth 1:110m (public domain); small states as dots."
    )


def _long_date(iso: str) -> str:
    try:
        day = date.fromisoformat(iso)
    except ValueError:
        return iso or "date unknown"
    return f"{day.day} {day.strftime('%B')} {day.year}"


def _render(
    *,
    title: str,
    subtitle: str,
    legend: list[dict[str, Any]],
    notes: Iterable[str],
    fills: Mapping[str, Fill],
    status: dict[str, Any],
    source: str,
) -> str:
    world = load_world()
    features = _features(world, fills)
    status = {**status, "features": len(features), "states": len(fills)}
    template = template_environment().from_string(_TEMPLATE)
    return template.render(
        csp=CONTENT_SECURITY_POLICY,
        title=title,
        subtitle=subtitle,
        legend=legend,
        notes=list(notes),
        features=features,
        width=world.width,
        height=world.height,
        source=source,
        status_json=script_json(status),
    )


_TEMPLATE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{{ csp | safe }}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ title }}</title>
<style>
  html, body { margin: 0; height: 100%; color: #222;
    font-family: "DejaVu Sans", Arial, sans-serif; }
  body { display: flex; flex-direction: column; }
  header { padding: 8px 14px 4px; }
  header h1 { font-size: 19px; margin: 0; }
  header p { font-size: 13.5px; margin: 3px 0 0; color: #555; }
  #legend { display: flex; flex-wrap: wrap; align-items: center; gap: 4px 18px;
    padding: 4px 14px 6px; font-size: 13.5px; border-bottom: 1px solid #ddd; }
  .row { display: flex; align-items: center; gap: 6px; }
  .row .count { font-weight: bold; font-variant-numeric: tabular-nums; }
  .swatch { flex: none; width: 22px; height: 14px; border: 1px solid #777; }
  .hatched { background-image:
    repeating-linear-gradient(45deg, #333 0 1.5px, transparent 1.5px 5px); }
  #map { flex: 1; min-height: 0; display: flex; align-items: center; justify-content: center;
    padding: 2px 8px; }
  #map svg { width: 100%; height: 100%; }
  #map path { stroke: #ffffff; stroke-width: 0.5; }
  #map path.territory { stroke: #c8c8c8; }
  #map circle { stroke: #333; stroke-width: 0.6; }
  #map .active { stroke: #000; stroke-width: 1.6; }
  footer { font-size: 12px; color: #555; padding: 4px 14px 6px; border-top: 1px solid #eee;
    line-height: 1.4; }
  footer .source { color: #777; font-size: 11.5px; }
  #tip { position: fixed; display: none; pointer-events: none; background: #fff;
    border: 1px solid #999; box-shadow: 0 1px 4px rgba(0,0,0,.25); padding: 6px 8px;
    font-size: 13px; line-height: 1.35; white-space: pre-line; max-width: 360px; }
  #dkg-status { display: none; }
</style>
</head>
<body>
<header>
  <h1>{{ title }}</h1>
  {% if subtitle %}<p>{{ subtitle }}</p>{% endif %}
</header>
<div id="legend">
  {% for row in legend %}
  <div class="row"><span class="swatch{% if row.get("hatched") %} hatched{% endif %}"
    style="background-color: {{ row.colour }}"></span><span>{{ row.label }}</span>
    {% if row.count %}<span class="count">{{ row.count }}</span>{% endif %}</div>
  {% endfor %}
</div>
<div id="map">
<svg viewBox="0 0 {{ width }} {{ height }}" preserveAspectRatio="xMidYMid meet"
     role="img" aria-label="{{ title }}">
  <defs>
    <pattern id="hatch" width="5" height="5" patternUnits="userSpaceOnUse"
             patternTransform="rotate(45)">
      <line x1="0" y1="0" x2="0" y2="5" stroke="#333" stroke-width="1.4"></line>
    </pattern>
  </defs>
  {% for feature in features %}
  {% if feature.get("path") %}
  <path class="state {{ feature.fill.kind }}" d="{{ feature.path }}"
        fill="{{ feature.fill.colour }}" data-code="{{ feature.code }}"
        data-tip="{{ feature.fill.tip }}"></path>
  {% if feature.fill.hatched %}<path class="hatch" d="{{ feature.path }}" fill="url(#hatch)"
        pointer-events="none"></path>{% endif %}
  {% else %}
  <circle class="state {{ feature.fill.kind }}" cx="{{ feature.point[0] }}"
          cy="{{ feature.point[1] }}" r="3.6" fill="{{ feature.fill.colour }}"
          data-code="{{ feature.code }}" data-tip="{{ feature.fill.tip }}"></circle>
  {% endif %}
  {% endfor %}
</svg>
</div>
<footer>
  {% for note in notes %}<div>{{ note }}</div>{% endfor %}
  <div class="source">{{ source }}</div>
</footer>
<div id="tip"></div>
<div id="dkg-status">{"ready": false}</div>
<script>
(function () {
  "use strict";
  var errors = [];
  window.addEventListener("error", function (event) { errors.push(String(event.message)); });
  var tip = document.getElementById("tip");
  var shapes = document.querySelectorAll("#map .state");
  function place(event) {
    var x = event.clientX + 14, y = event.clientY + 14;
    if (x + tip.offsetWidth > window.innerWidth) { x = event.clientX - tip.offsetWidth - 10; }
    if (y + tip.offsetHeight > window.innerHeight) { y = event.clientY - tip.offsetHeight - 10; }
    tip.style.left = x + "px"; tip.style.top = y + "px";
  }
  shapes.forEach(function (shape) {
    shape.addEventListener("mouseenter", function (event) {
      shape.classList.add("active");
      tip.textContent = shape.getAttribute("data-tip");
      tip.style.display = "block"; place(event);
    });
    shape.addEventListener("mousemove", place);
    shape.addEventListener("mouseleave", function () {
      shape.classList.remove("active"); tip.style.display = "none";
    });
  });
  var status = {{ status_json }};
  status.ready = true;
  status.drawn = shapes.length;
  status.errors = errors;
  document.getElementById("dkg-status").textContent = JSON.stringify(status);
  document.title = document.title + " [ready " + shapes.length + "]";
})();
</script>
</body>
</html>
"""
