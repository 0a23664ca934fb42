"""Synthetic UN General Assembly roll calls with realistic blocs, in the ``tidy`` format.

``scale`` 1 gives the real history's size (5,699 roll calls, about 948,000 ballots); 2 and 5
give twice and five times as many roll calls. States are the registry's 193 members, joining
over time so that a roll call has about 166 ballots on average, as in the real record. Each
state belongs to one of five blocs; on each roll call a bloc takes a position (mostly yes, as
in the General Assembly) and a member follows its bloc with probability 0.85, else votes at
random. Nothing here is a fact: the symbols are ``A/RES/SYN/<n>``.

    .venv/bin/python benchmarks/synthetic.py OUT_DIR --scale 2
"""

from __future__ import annotations

import argparse
import csv
import gzip
from pathlib import Path

import numpy as np

REAL_ROLLCALLS = 5_699
REAL_BALLOTS = 948_257
OPTIONS = np.array(["Y", "N", "A", "X"])
#: per bloc, the chance of each position (Y, N, A, X) a bloc takes on a roll call
BLOC_POSITIONS = np.array(
    [
        [0.55, 0.25, 0.18, 0.02],  # Western
        [0.80, 0.08, 0.10, 0.02],  # Eastern
        [0.85, 0.02, 0.10, 0.03],  # Latin American
        [0.86, 0.01, 0.05, 0.08],  # African
        [0.84, 0.03, 0.10, 0.03],  # Asian
    ]
)


def generate(out_dir: Path, scale: float = 1.0, seed: int = 7) -> tuple[Path, int]:
    """Write ``votes.csv.gz`` and ``rollcalls.csv`` into ``out_dir``; return (votes, ballots)."""
    from kg.registry import load_states

    rng = np.random.default_rng(seed)
    members = sorted((s for s in load_states() if s.status == "member"), key=lambda s: s.iso3)
    codes = [s.iso3 for s in members]
    names = [s.short_name for s in members]
    rollcalls = int(REAL_ROLLCALLS * scale)
    blocs = rng.integers(0, len(BLOC_POSITIONS), len(codes))
    # Joining times: a share of states is there from the start, the rest join uniformly, so
    # the average roll call has about REAL_BALLOTS / REAL_ROLLCALLS members.
    share = REAL_BALLOTS / REAL_ROLLCALLS / len(codes)
    founders = rng.random(len(codes)) < (2 * share - 1)
    joins = np.where(founders, 0, rng.integers(0, rollcalls, len(codes)))
    out_dir.mkdir(parents=True, exist_ok=True)
    votes_path = out_dir / "votes.csv.gz"
    ballots = 0
    with (
        gzip.open(votes_path, "wt", compresslevel=1, newline="") as votes,
        (out_dir / "rollcalls.csv").open("w", newline="") as table,
    ):
        vote_writer, rollcall_writer = csv.writer(votes), csv.writer(table)
        vote_writer.writerow(["rcid", "date", "session", "symbol", "state_iso3", "state_name",
                              "vote"])  # fmt: skip
        rollcall_writer.writerow(["rcid", "date", "session", "symbol", "title", "yes", "no",
                                  "abstain", "non_voting"])  # fmt: skip
        for index in range(rollcalls):
            rcid, session = index + 1, 1 + index * 80 // rollcalls
            date = f"{1946 + index * 80 // rollcalls}-10-01"
            symbol = f"A/RES/SYN/{rcid}"
            positions = np.array([rng.choice(4, p=weights) for weights in BLOC_POSITIONS])[blocs]
            follow = rng.random(len(codes)) < 0.85
            chosen = np.where(follow, positions, rng.integers(0, 4, len(codes)))
            present = np.flatnonzero(joins <= index)
            counts = np.bincount(chosen[present], minlength=4)
            rollcall_writer.writerow([rcid, date, session, symbol, "synthetic", *counts])
            vote_writer.writerows(
                (rcid, date, session, symbol, codes[i], names[i], OPTIONS[chosen[i]])
                for i in present
            )
            ballots += len(present)
    return votes_path, ballots


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--scale", type=float, default=1.0)
    arguments = parser.parse_args()
    path, count = generate(arguments.out, arguments.scale)
    print(f"wrote {path}: {count} ballots")
