"""Load and starvation runs of ``dkg serve`` on loopback; a report in benchmarks/SERVE.md.

Starts ``dkg serve`` on a free loopback port over ``out/kg.trig`` (built into a temporary
directory when missing) and runs phases of ``--seconds`` each. Normal clients cycle through
every ``queries/*.rq`` with its example parameters bound, each from its own loopback address
(127.0.1.x: the server gives each client address its own share of the workers); attackers
send a query that never finishes (a triple cross product) again and again, waiting the
``Retry-After`` the server asks for when it refuses one.

- ``quiet``: ``--clients - 1`` normal clients alone (the server's own overhead);
- ``load``: one attacker (127.0.0.2) and ``--clients - 1`` normal clients;
- ``starvation``: twenty attackers from one address (127.0.0.2, twenty slow queries at
  once, again as each ends) and the same normal clients, started a second later;
- ``distributed``: the twenty attackers each from its own address.

``--phases`` chooses them (default: load starvation).

Reports throughput, p50/p99/max latency of normal queries, every status, the load average
at each phase's start and end, and checks that the server still answers afterwards. Exit 1
when a normal query got anything but 200 in the load phase, or when the p99 of normal
queries in the starvation phase is 2 s or more.

    .venv/bin/python benchmarks/serve_load.py --clients 20 --seconds 20
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.io import write_atomic  # noqa: E402
from kg.query import bind_text, list_queries  # noqa: E402

SLOW_QUERY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
ATTACKER = "127.0.0.2"
STARVATION_LIMIT = 2.0  # seconds: the p99 of normal queries during the attack must stay below


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def knowledge_graph() -> Path:
    built = ROOT / "out" / "kg.trig"
    if built.is_file():
        return built
    out = Path(tempfile.mkdtemp())
    subprocess.run([sys.executable, "-m", "kg.cli", "build", "--out", str(out)], check=True)
    return out / "kg.trig"


def load_average() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "unknown"


@dataclass
class Phase:
    name: str
    seconds: float = 0.0
    load_before: str = ""
    load_after: str = ""
    records: list[tuple[str, object, float]] = field(default_factory=list)

    def normal(self, status: object = None) -> list[float]:
        return [
            seconds
            for kind, got, seconds in self.records
            if kind != "slow" and (status is None or got == status)
        ]


async def client(url, address, mix, deadline, records, slow: bool, delay: float = 0.0) -> None:
    transport = httpx.AsyncHTTPTransport(local_address=address)
    async with httpx.AsyncClient(transport=transport, timeout=120) as http:
        await asyncio.sleep(delay)
        position = 0
        while time.monotonic() < deadline:
            name, text = ("slow", SLOW_QUERY) if slow else mix[position % len(mix)]
            position += 1
            started = time.monotonic()
            wait = 0.0
            try:
                response = await http.post(url, data={"query": text})
                status = response.status_code
                wait = float(response.headers.get("retry-after", 0) or 0)
            except httpx.HTTPError as error:
                status = type(error).__name__
            records.append((name, status, time.monotonic() - started))
            if wait:
                await asyncio.sleep(wait)


def run_phase(name: str, url: str, mix, attackers: list[str], normal: int, seconds: float):
    phase = Phase(name, load_before=load_average())
    deadline = time.monotonic() + seconds
    started = time.monotonic()
    delay = 1.0 if len(attackers) > 1 else 0.0  # the attack is under way when they come

    async def everyone() -> None:
        tasks = [
            client(url, address, mix, deadline, phase.records, slow=True) for address in attackers
        ]
        tasks += [
            client(
                url,
                f"127.0.1.{index + 1}",
                mix[index:] + mix[:index],
                deadline,
                phase.records,
                slow=False,
                delay=delay,
            )
            for index in range(normal)
        ]
        await asyncio.gather(*tasks)

    asyncio.run(everyone())
    phase.seconds = time.monotonic() - started
    phase.load_after = load_average()
    return phase


def percentile(values: list[float], fraction: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=20, help="clients of the load phase")
    parser.add_argument("--seconds", type=float, default=20, help="seconds of each phase")
    parser.add_argument("--timeout", type=float, default=6.0, help="server's query timeout")
    parser.add_argument("--workers", type=int, default=2, help="server's worker processes")
    parser.add_argument("--attackers", type=int, default=20, help="slow queries in the attack")
    parser.add_argument(
        "--phases",
        nargs="+",
        choices=("quiet", "load", "starvation", "distributed"),
        default=["load", "starvation"],
    )
    parser.add_argument("--report", type=Path, default=ROOT / "benchmarks" / "SERVE.md")
    arguments = parser.parse_args()

    mix = [
        (query.name, bind_text(query, query.examples))
        for query in list_queries()
        if not query.requires
    ]
    port = free_port()
    url = f"http://127.0.0.1:{port}/sparql"
    command = [sys.executable, "-m", "kg.cli", "serve", "--kg", str(knowledge_graph())]
    command += ["--port", str(port), "--timeout", str(arguments.timeout)]
    command += ["--workers", str(arguments.workers)]
    server = subprocess.Popen(command, cwd=ROOT)
    normal = arguments.clients - 1
    try:
        for _ in range(200):
            try:
                if httpx.get(url, params={"query": "ASK {}"}).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.1)
        attackers = {
            "quiet": [],
            "load": [ATTACKER],
            "starvation": [ATTACKER] * arguments.attackers,
            "distributed": [f"127.0.2.{index + 1}" for index in range(arguments.attackers)],
        }
        phases = [
            run_phase(name, url, mix, attackers[name], normal, arguments.seconds)
            for name in arguments.phases
        ]
        after = httpx.get(url, params={"query": "ASK { ?s ?p ?o }"}, timeout=30)
        still_answers = after.status_code == 200 and b"true" in after.content
    finally:
        server.terminate()
        server.wait(timeout=30)

    report = render(arguments, phases, still_answers)
    write_atomic(arguments.report, report)
    print(report)
    by_name = {phase.name: phase for phase in phases}
    refused = [
        record
        for name in ("quiet", "load")
        for record in (by_name[name].records if name in by_name else ())
        if record[0] != "slow" and record[1] != 200
    ]
    starved = (
        "starvation" in by_name
        and percentile(by_name["starvation"].normal(200), 0.99) >= STARVATION_LIMIT
    )
    return 0 if still_answers and not refused and not starved else 1


def render(arguments, phases: list[Phase], still_answers: bool) -> str:
    lines = [
        "# Load and starvation runs of `dkg serve`",
        "",
        f"`benchmarks/serve_load.py --clients {arguments.clients} --seconds "
        f"{arguments.seconds:g} --phases {' '.join(arguments.phases)}` on "
        f"{platform.node() or 'this machine'} ({platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}), loopback; server `--timeout "
        f"{arguments.timeout:g} --workers {arguments.workers}` and the other limits at their "
        "defaults, over the built event graph. Normal clients cycle through every "
        "`queries/*.rq` with its example parameters, each from its own address (127.0.1.x); "
        "attackers send a query that never finishes (a triple cross product) again and again, "
        "waiting the `Retry-After` the server asks for when it refuses one.",
        "",
        "| phase | attackers | normal clients | seconds | load average at start → end |",
        "| --- | --- | --- | --- | --- |",
    ]
    for phase in phases:
        attackers = {
            "quiet": "0",
            "load": "1",
            "starvation": f"{arguments.attackers} from one address",
        }.get(phase.name, f"{arguments.attackers}, one address each")
        lines.append(
            f"| {phase.name} | {attackers} | {arguments.clients - 1} | {phase.seconds:.1f} "
            f"| {phase.load_before} → {phase.load_after} |"
        )
    lines += [
        "",
        "| phase | normal answered | per second | p50 (s) | p99 (s) | max (s) "
        "| normal not answered |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    for phase in phases:
        answered = phase.normal(200)
        failed = Counter(
            str(got) for kind, got, _ in phase.records if kind != "slow" and got != 200
        )
        lines.append(
            f"| {phase.name} | {len(answered)} | {len(answered) / phase.seconds:.1f} "
            f"| {statistics.median(answered) if answered else float('nan'):.3f} "
            f"| {percentile(answered, 0.99):.3f} | {max(answered, default=float('nan')):.3f} "
            f"| {', '.join(f'{count} x {status}' for status, count in failed.items()) or 0} |"
        )
    lines += ["", "Attackers' queries:", "", "| phase | status | requests | median (s) |"]
    lines.append("| --- | --- | --- | --- |")
    for phase in phases:
        by_status: dict[str, list[float]] = {}
        for kind, got, seconds in phase.records:
            if kind == "slow":
                by_status.setdefault(str(got), []).append(seconds)
        for status, values in sorted(by_status.items()):
            lines.append(
                f"| {phase.name} | {status} | {len(values)} | {statistics.median(values):.3f} |"
            )
    lines += [
        "",
        f"The server still answers afterwards: {'yes' if still_answers else 'NO'}.",
        "",
    ]
    notes = Path(__file__).with_name("SERVE-NOTES.md")  # the reading of it, kept by hand
    if notes.is_file():
        lines.append(notes.read_text(encoding="utf-8"))
    return "\n".join(lines)


if __name__ == "__main__":
    raise SystemExit(main())
