"""Scale benchmark of the Oxigraph store: import, disk, memory and three representative queries.

For the real history (../shared/data/unga-history, when present) and synthetic data at 1x, 2x
and 5x its size (benchmarks/synthetic.py, generated into a temporary directory), this runner

1. imports the votes from the command line (``dkg import tidy … --quiet``) in a subprocess (the
   real history three times, each into a new store: the median counts) and records wall time,
   ballots/s, the subprocess's peak RSS and the store's size on disk;
2. times three queries on the store (median of 5 after one warm-up): one state's ballots in
   one session, one pair's agreement over all sessions (queries/agreement.rq, through the
   derived shortcut triples) and all ballots of one roll call (queries/rollcall-votes.rq);
3. times the pair and roll-call queries from outside Python: ``dkg query … --store`` in a new
   process each time, and the bound query text over HTTP to ``dkg serve --store``;
4. does the same work with rdflib in memory (the store's N-Quads parsed into an rdflib
   Dataset, in a subprocess limited to 10 minutes) and with numpy on an int8
   state x roll-call matrix (the floor);

and writes benchmarks/REPORT.md. Ratios are measured in one run on a shared 2-core machine.

    .venv/bin/python benchmarks/run.py [--scales 1 2 5] [--rdflib-scales 0 1]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HISTORY = ROOT.parent / "shared" / "data" / "unga-history"
PYTHON = sys.executable
RDFLIB_LIMIT = 600
TARGETS = {"import_s": 60, "rss_mb": 2048, "rollcall_ms": 50, "pair_ms": 250}

SESSION_QUERY = """PREFIX dkg: <https://w3id.org/diplomatic-kg/ontology#>
SELECT ?rollcall ?option WHERE {
  ?rollcall dkg:session "%s" .
  ?ballot dkg:rollCall ?rollcall ; dkg:voter <https://w3id.org/diplomatic-kg/id/state/%s> ;
          dkg:option ?option .
}"""

#: runs in a subprocess: the import from the command line, then its own peak RSS
IMPORT_SNIPPET = """
import json, resource, sys, time
from kg.cli import main
started = time.perf_counter()
code = main(["import", "tidy", sys.argv[1], "--store", sys.argv[2], "--quiet"])
print(json.dumps({"code": code, "seconds": time.perf_counter() - started,
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""

#: runs in a subprocess: rdflib in memory, from the store's N-Quads dump
RDFLIB_SNIPPET = """
import json, resource, sys, time
from rdflib import Dataset
sys.path.insert(0, sys.argv[2])
from run import time_queries
started = time.perf_counter()
dataset = Dataset(default_union=True)
dataset.parse(sys.argv[1], format="nquads")
load = time.perf_counter() - started
result = time_queries(dataset, json.loads(sys.argv[3]), repeats=3)
result.update(load_s=load, rss_mb=resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
print(json.dumps(result))
"""


def median_ms(action, repeats: int = 5) -> float:
    action()
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def time_queries(backend, case: dict, repeats: int = 5) -> dict:
    """Latencies (ms) of the three queries on an rdflib Dataset or a pyoxigraph Store."""
    from kg.query import run_query

    if hasattr(backend, "bulk_load"):
        session = lambda: list(backend.query(SESSION_QUERY % (case["session"], case["state"]),  # noqa: E731
                                             use_default_graph_as_union=True))  # fmt: skip
    else:
        session = lambda: list(backend.query(SESSION_QUERY % (case["session"], case["state"])))  # noqa: E731
    pair = {"first": case["state"], "second": case["other"]}
    return {
        "session_ms": median_ms(session, repeats),
        "pair_ms": median_ms(lambda: run_query(backend, "agreement", pair), repeats),
        "rollcall_ms": median_ms(
            lambda: run_query(backend, "rollcall-votes", {"symbol": case["symbol"]}), repeats
        ),
        "rows": {
            "session": len(session()),
            "pair": run_query(backend, "agreement", pair).to_dict(orient="records"),
            "rollcall": len(run_query(backend, "rollcall-votes", {"symbol": case["symbol"]})),
        },
    }


def command_line_ms(store: Path, case: dict, repeats: int = 5) -> dict:
    """Wall ms of ``dkg query … --store`` as typed in a shell: interpreter start-up, imports,
    opening the store, the query and the printed table."""
    dkg = Path(PYTHON).with_name("dkg")
    pair = ["agreement", "--param", f"first={case['state']}", "--param", f"second={case['other']}"]
    rollcall = ["rollcall-votes", "--param", f"symbol={case['symbol']}"]

    def run(arguments: list[str]):
        command = [str(dkg), "query", *arguments, "--store", str(store), "--format", "csv"]
        return lambda: subprocess.run(command, capture_output=True, check=True, cwd=ROOT)

    return {
        "pair_ms": median_ms(run(pair), repeats),
        "rollcall_ms": median_ms(run(rollcall), repeats),
    }


def served_ms(store: Path, case: dict, repeats: int = 5) -> dict:
    """Ms per query sent over HTTP (loopback) to ``dkg serve --store``, which keeps the store
    open as Virtuoso does: the text is bound by kg.query.bind_text, as for any SPARQL server."""
    import socket

    import httpx

    from kg.query import bind_text, load_query

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"http://127.0.0.1:{port}/sparql"
    command = [PYTHON, "-m", "kg.cli", "serve", "--store", str(store)]
    command += ["--port", str(port), "--workers", "1"]
    server = subprocess.Popen(command, cwd=ROOT, stderr=subprocess.DEVNULL)
    texts = {
        "pair_ms": bind_text(
            load_query("agreement"), {"first": case["state"], "second": case["other"]}
        ),
        "rollcall_ms": bind_text(load_query("rollcall-votes"), {"symbol": case["symbol"]}),
    }
    try:
        for _ in range(300):
            try:
                if httpx.get(url, params={"query": "ASK {}"}).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.1)
        with httpx.Client(timeout=120) as http:

            def ask(text: str):
                return lambda: http.post(url, data={"query": text}).raise_for_status()

            return {key: median_ms(ask(text), repeats) for key, text in texts.items()}
    finally:
        server.terminate()
        server.wait(timeout=30)


def numpy_floor(votes: Path, case: dict) -> dict:
    """The same three answers from an int8 state x roll-call matrix (read once, not timed)."""
    import numpy as np
    import pandas as pd

    table = pd.read_csv(votes, dtype=str, usecols=["rcid", "session", "symbol", "state_iso3",
                                                     "vote"])  # fmt: skip
    states = {code: index for index, code in enumerate(sorted(table.state_iso3.unique()))}
    rollcalls = pd.Index(table.rcid.unique())
    codes = {"Y": 1, "A": 2, "N": 3, "X": 8}
    matrix = np.zeros((len(states), len(rollcalls)), dtype=np.int8)
    matrix[table.state_iso3.map(states).to_numpy(), rollcalls.get_indexer(table.rcid)] = (
        table.vote.map(codes).to_numpy()
    )
    sessions = table.drop_duplicates("rcid").set_index("rcid").loc[rollcalls, "session"].to_numpy()
    symbols = table.drop_duplicates("rcid").set_index("rcid").loc[rollcalls, "symbol"].to_numpy()
    first, second = matrix[states[case["state"]]], matrix[states[case["other"]]]
    in_session = sessions == case["session"]
    column = int(np.flatnonzero(symbols == case["symbol"])[0])

    def pair():
        both = (first > 0) & (first < 4) & (second > 0) & (second < 4)
        return 1 - np.abs(first[both] - second[both]).mean() / 2

    return {
        "session_ms": median_ms(lambda: first[in_session & (first > 0)]),
        "pair_ms": median_ms(pair),
        "rollcall_ms": median_ms(lambda: np.flatnonzero(matrix[:, column])),
    }


def import_once(votes: Path, store: Path) -> tuple[float, dict, list[str]]:
    """Wall seconds of one ``dkg import`` into a new store, its measurements and its output."""
    shutil.rmtree(store, ignore_errors=True)
    started = time.perf_counter()
    process = subprocess.run(
        [PYTHON, "-c", IMPORT_SNIPPET, str(votes), str(store)],
        capture_output=True, text=True, cwd=ROOT, check=False,
    )  # fmt: skip
    wall = time.perf_counter() - started
    if process.returncode != 0:
        raise RuntimeError(process.stderr)
    return wall, json.loads(process.stdout.strip().splitlines()[-1]), process.stdout.splitlines()


def run_case(
    name: str, votes: Path, case: dict, work: Path, with_rdflib: bool, imports: int = 1
) -> dict:
    store = work / f"store-{name}"
    # the machine is shared and noisy: the real history is imported several times, each into
    # a new store, and the median is the one compared with the target
    runs = [import_once(votes, store) for _ in range(imports)]
    walls = [wall for wall, _, _ in runs]
    lines = runs[-1][2]
    ballots = int(lines[0].split()[4])  # "N ballot rows read, M imported, …"
    from kg.store import open_store, store_size

    result = {
        "name": name,
        "ballots": ballots,
        "import_s": statistics.median(walls),
        "import_runs": walls,
        "import_detail": next((line for line in lines if line.startswith("graph ")), ""),
        "rss_mb": max(measured["rss_mb"] for _, measured, _ in runs),
        "store_mb": store_size(store) / 1e6,
    }
    oxigraph = open_store(store)
    result["oxigraph"] = time_queries(oxigraph, case)
    result["quads"] = len(oxigraph)
    result["command_line"] = command_line_ms(store, case)
    result["served"] = served_ms(store, case)
    result["numpy"] = numpy_floor(votes, case)
    if with_rdflib:
        dump = work / f"{name}.nq"
        oxigraph.dump(str(dump), format=__import__("pyoxigraph").RdfFormat.N_QUADS)
        try:
            process = subprocess.run(
                [PYTHON, "-c", RDFLIB_SNIPPET, str(dump), str(Path(__file__).parent),
                 json.dumps(case)],
                capture_output=True, text=True, cwd=ROOT, timeout=RDFLIB_LIMIT, check=False,
            )  # fmt: skip
            if process.returncode == 0:
                result["rdflib"] = json.loads(process.stdout.strip().splitlines()[-1])
            else:
                result["rdflib"] = {"error": process.stderr.strip().splitlines()[-1]}
        except subprocess.TimeoutExpired:
            result["rdflib"] = {"error": f"did not finish within {RDFLIB_LIMIT} s"}
        dump.unlink(missing_ok=True)
    del oxigraph
    return result


def report(results: list[dict], load: float, seconds: float) -> str:
    def number(value, digits=1):
        return f"{value:,.{digits}f}" if isinstance(value, int | float) else str(value)

    def met(value, key):
        return "met" if value <= TARGETS[key] else "**not met**"

    lines = [
        "# Scale benchmark: the Oxigraph store",
        "",
        f"Written by `benchmarks/run.py` (`make bench`) on {time.strftime('%Y-%m-%d %H:%M')}; "
        f"{platform.machine()}, {os.cpu_count()} cores shared with other work (load average "
        f"{load:.1f} at the start), Python {platform.python_version()}; the run took "
        f"{seconds / 60:.0f} min. Wall times depend on the load; compare the backends within "
        "one run.",
        "",
        "## Import (`dkg import tidy … --quiet`, one subprocess each; the real history three times "
        "into a new store, median)",
        "",
        "| data | ballots | quads in store | import s | ballots/s | peak RSS MB | store MB |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for result in results:
        lines.append(
            f"| {result['name']} | {result['ballots']:,} | {result['quads']:,} | "
            f"{number(result['import_s'])} | {result['ballots'] / result['import_s']:,.0f} | "
            f"{number(result['rss_mb'], 0)} | {number(result['store_mb'], 0)} |"
        )
    lines += [
        "",
        "Steps (read = parse the CSV and write the N-Quads of the ballots and of their shortcut "
        "triples into a pipe; read and load = until one bulk load, reading that pipe while it "
        "is written, has stored both graphs; the mapping option → shortcut property is "
        "learnt by running kg/rules/vote-shortcuts.rq on one probe ballot per option, and "
        "tests/test_streamed_shortcuts.py checks the streamed triples equal the rule's output):",
        "",
    ]
    for result in results:
        runs = ", ".join(f"{wall:.1f}" for wall in result["import_runs"])
        imports = (
            f" (imports, each into a new store: {runs} s; median compared)"
            if len(result["import_runs"]) > 1
            else ""
        )
        lines.append(f"- {result['name']}: {result['import_detail']}{imports}")
    lines += [
        "",
        "## Query latencies (ms, median of 5 after a warm-up; rdflib: median of 3)",
        "",
        "Measured in Python (`kg.query.run_query` with the query's name, so each run also "
        "loads and parses the `.rq` file, about 20 ms); `dkg query … --store` adds the "
        "interpreter's start-up (see the notes).",
        "",
        "- session: one state's ballots in one session (SPARQL over the reified ballots);",
        "- pair: one pair's agreement over all sessions (`queries/agreement.rq`, through the "
        "derived shortcut triples);",
        "- roll call: all ballots of one roll call (`queries/rollcall-votes.rq`).",
        "",
        "| data | query | Oxigraph on disk | rdflib in memory | numpy floor |",
        "| --- | --- | ---: | ---: | ---: |",
    ]
    for result in results:
        rdflib = result.get("rdflib", {"error": "not run (see below)"})
        for key, label in (("session_ms", "session"), ("pair_ms", "pair"),
                           ("rollcall_ms", "roll call")):  # fmt: skip
            in_memory = number(rdflib[key]) if key in rdflib else rdflib.get("error", "")
            lines.append(
                f"| {result['name']} | {label} | {number(result['oxigraph'][key])} | "
                f"{in_memory} | {number(result['numpy'][key], 3)} |"
            )
        if "load_s" in rdflib:
            lines.append(
                f"| {result['name']} | (rdflib: parse the store's N-Quads) | | "
                f"{number(rdflib['load_s'] * 1000, 0)} ms, {number(rdflib['rss_mb'], 0)} MB RSS | |"
            )
    lines += [
        "",
        "## The same two queries from outside Python (ms, median of 5 after a warm-up)",
        "",
        "- `dkg query … --store` typed in a shell: a new process each time (interpreter start-up, "
        "imports, opening the store, the query, the printed CSV);",
        "- over HTTP: the bound query text POSTed on loopback to `dkg serve --store` (one worker), "
        "which keeps the store open as a SPARQL server does — the setting of the Virtuoso figure "
        "the target comes from.",
        "",
        "| data | query | in Python | `dkg query` (new process) | HTTP to `dkg serve` |",
        "| --- | --- | ---: | ---: | ---: |",
    ]
    for result in results:
        for key, label in (("pair_ms", "pair"), ("rollcall_ms", "roll call")):
            lines.append(
                f"| {result['name']} | {label} | {number(result['oxigraph'][key])} | "
                f"{number(result['command_line'][key], 0)} | {number(result['served'][key])} |"
            )
    real = next((result for result in results if result["name"] == "real history"), None)
    lines += ["", "## Targets (full real history, this machine)", ""]
    if real is None:
        lines.append("The real history was not at hand; no target is checked.")
    else:
        lines += [
            f"- import ≤ 60 s: {number(real['import_s'])} s, {met(real['import_s'], 'import_s')}",
            f"- peak RSS ≤ 2 GB: {number(real['rss_mb'], 0)} MB, {met(real['rss_mb'], 'rss_mb')}",
            f"- one roll call's ballots ≤ 50 ms: {number(real['oxigraph']['rollcall_ms'])} ms, "
            f"{met(real['oxigraph']['rollcall_ms'], 'rollcall_ms')}",
            f"- one pair's agreement via SPARQL ≤ 0.25 s: {number(real['oxigraph']['pair_ms'])} "
            f"ms, {met(real['oxigraph']['pair_ms'], 'pair_ms')}",
            f"- the same from a shell: `dkg query` in a new process "
            f"{number(real['command_line']['rollcall_ms'], 0)} ms (roll call) and "
            f"{number(real['command_line']['pair_ms'], 0)} ms (pair); over HTTP to `dkg serve` "
            f"{number(real['served']['rollcall_ms'])} ms "
            f"({met(real['served']['rollcall_ms'], 'rollcall_ms')}) and "
            f"{number(real['served']['pair_ms'])} ms ({met(real['served']['pair_ms'], 'pair_ms')})",
        ]
    lines += ["", "## Answers (the backends agree)", ""]
    notes = Path(__file__).with_name("REPORT-NOTES.md")
    for result in results:
        lines.append(f"- {result['name']}: {json.dumps(result['oxigraph']['rows'])}")
    text = "\n".join(lines) + "\n"
    return text + (notes.read_text(encoding="utf-8") if notes.is_file() else "")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scales", type=float, nargs="*", default=[1, 2, 5])
    parser.add_argument(
        "--rdflib-scales", type=float, nargs="*", default=[0, 1],
        help="where to run the rdflib path too (0 = the real history)",
    )  # fmt: skip
    parser.add_argument("--no-history", action="store_true", help="skip the real history")
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "REPORT.md")
    arguments = parser.parse_args()
    sys.path.insert(0, str(Path(__file__).parent))
    from synthetic import generate

    load, started = os.getloadavg()[0], time.perf_counter()
    results = []
    with tempfile.TemporaryDirectory(prefix="dkg-bench-") as temporary:
        work = Path(temporary)
        if (HISTORY / "votes.csv.gz").is_file() and not arguments.no_history:
            case = {"state": "USA", "other": "RUS", "session": "45", "symbol": "A/RES/ES-11/1"}
            print("real history …", flush=True)
            results.append(run_case("real history", HISTORY / "votes.csv.gz", case, work,
                                    0 in arguments.rdflib_scales, imports=3))  # fmt: skip
        for scale in arguments.scales:
            print(f"synthetic {scale:g}x …", flush=True)
            votes, _ = generate(work / f"synthetic-{scale:g}", scale)
            case = {"state": "USA", "other": "RUS", "session": "45", "symbol": "A/RES/SYN/100"}
            results.append(run_case(f"synthetic {scale:g}x", votes, case, work,
                                    scale in arguments.rdflib_scales))  # fmt: skip
            (work / f"synthetic-{scale:g}" / "votes.csv.gz").unlink()
        text = report(results, load, time.perf_counter() - started)
    from kg.io import write_atomic

    write_atomic(arguments.out, text)
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
