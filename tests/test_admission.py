"""Admission control (kg.admission) on its own: who runs, who waits, who is refused."""

from __future__ import annotations

import asyncio

import pytest

from kg.admission import Admission, Busy


def run(coroutine):
    return asyncio.run(coroutine)


async def hold(admission: Admission, client: str, seconds: float, log: list, deadline=5.0):
    loop = asyncio.get_running_loop()
    try:
        async with admission.slot(client, loop.time() + deadline):
            log.append(("start", client))
            await asyncio.sleep(seconds)
            log.append(("end", client))
    except Busy as refusal:
        log.append((refusal.status, client))


def test_a_client_that_used_the_workers_lately_waits_behind_one_that_did_not():
    """Many addresses each with a slow query (a distributed attack): once they have run,
    a light client's query goes first."""

    async def scenario() -> list:
        admission, log = Admission(workers=1, queue=16, per_client=1), []
        await hold(admission, "heavy-1", 0.2, log)
        await hold(admission, "heavy-2", 0.2, log)
        first = asyncio.create_task(hold(admission, "heavy-1", 0.1, log))
        await asyncio.sleep(0.01)
        waiting = [
            asyncio.create_task(hold(admission, client, 0.01, log))
            for client in ("heavy-2", "heavy-1", "light")
        ]
        await asyncio.gather(first, *waiting)
        return [client for event, client in log[4:] if event == "start"]

    assert run(scenario()) == ["heavy-1", "light", "heavy-2", "heavy-1"]


def test_one_client_holds_at_most_its_share_of_the_workers():
    async def scenario() -> list:
        admission, log = Admission(workers=2, queue=16, per_client=1), []
        tasks = [asyncio.create_task(hold(admission, "greedy", 0.1, log)) for _ in range(3)]
        await asyncio.sleep(0.02)
        tasks.append(asyncio.create_task(hold(admission, "other", 0.01, log)))
        await asyncio.sleep(0.05)
        running = admission.running
        await asyncio.gather(*tasks)
        return [running, log[:3]]

    running, first = run(scenario())
    assert running == 1  # "other" ran and ended on the second worker; "greedy" holds one
    assert first == [("start", "greedy"), ("start", "other"), ("end", "other")]


def test_full_queue_and_full_share_are_refused_at_once():
    async def scenario() -> list:
        admission, log = Admission(workers=1, queue=4, per_client=1), []
        tasks = [asyncio.create_task(hold(admission, "greedy", 0.2, log)) for _ in range(4)]
        await asyncio.sleep(0.02)  # 1 runs, 2 wait (its share of a queue of 4), 1 refused
        tasks += [asyncio.create_task(hold(admission, f"c{n}", 0.01, log)) for n in range(3)]
        await asyncio.sleep(0.02)  # 2 more wait (the queue is full), 1 refused
        refused = [entry for entry in log if entry[0] in (429, 503)]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        return refused

    assert run(scenario()) == [(429, "greedy"), (503, "c2")]


def test_the_deadline_counts_from_arrival_and_a_client_that_leaves_frees_its_place():
    async def scenario() -> tuple:
        admission, log = Admission(workers=1, queue=4, per_client=1), []
        busy = asyncio.create_task(hold(admission, "a", 0.3, log))
        await asyncio.sleep(0.01)
        await hold(admission, "b", 0.0, log, deadline=0.1)  # waits 0.1 s, never runs
        gone = asyncio.create_task(hold(admission, "c", 0.0, log))
        await asyncio.sleep(0.01)
        gone.cancel()  # the client closed its connection while waiting
        await asyncio.gather(busy, gone, return_exceptions=True)
        return log, admission.running, admission.status()

    log, running, status = run(scenario())
    assert (503, "b") in log and ("start", "b") not in log and ("start", "c") not in log
    assert running == 0 and status == "0 running, 0 waiting"


@pytest.mark.parametrize("workers", [1, 2, 4])
def test_every_slot_is_given_back(workers):
    async def scenario() -> int:
        admission, log = Admission(workers=workers, queue=64, per_client=workers), []
        await asyncio.gather(
            *(hold(admission, f"c{n % 5}", 0.001 * (n % 3), log) for n in range(60))
        )
        return admission.running

    assert run(scenario()) == 0
