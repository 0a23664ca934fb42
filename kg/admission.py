"""Admission control for ``dkg serve``: a bounded queue, deadlines from arrival, fair shares.

The server has a few worker processes; every query needs one for as long as it runs. An
:class:`Admission` hands the workers out:

- at most ``workers`` queries run at once, and one client (an IP address) holds at most
  ``per_client`` of the workers, so a client that sends many slow queries cannot take them
  all;
- the others wait in a queue of at most ``queue`` queries, where one client may hold a
  quarter of the places (at least 2); a query that finds the queue (or its client's share)
  full is refused at once (:class:`Busy`: 503, or 429 for the client's share, with
  ``Retry-After``);
- a waiting query keeps its deadline, counted from its arrival: when it passes in the queue
  the query is refused without having run, and what is left of it is the time it may run;
- when a worker comes free, it goes to the waiting query that arrived first, each query's
  arrival counted as late as its client has used the workers lately (worker-seconds, halved
  every 10 s, its queries still running counted as far as they have run): clients whose
  queries take milliseconds are served in turn, and a client whose queries run for seconds
  waits behind them as many seconds as it has used (from however many addresses it sends
  them, once each has run), which never keeps it waiting longer than that.

The class only counts; what runs in the slot and how it is stopped is the caller's.

>>> import asyncio
>>> async def demo():
...     admission = Admission(workers=1, queue=1, per_client=1)
...     async with admission.slot("10.0.0.1", deadline=asyncio.get_running_loop().time() + 1):
...         try:
...             async with admission.slot("10.0.0.2", deadline=0):
...                 pass
...         except Busy as refusal:
...             return refusal.status, refusal.message
>>> asyncio.run(demo())
(503, 'the query waited in the queue until its timeout (1 running, 0 waiting)')
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import math
from collections import Counter, defaultdict
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field

__all__ = ["Admission", "Busy"]

#: seconds after which a client's past use of the workers counts half
USAGE_HALF_LIFE = 10.0


class Busy(Exception):
    """A query refused before it ran: HTTP status, a message, and seconds to wait."""

    def __init__(self, status: int, message: str, retry_after: int = 1):
        self.status, self.message, self.retry_after = status, message, retry_after
        super().__init__(message)


@dataclass(eq=False)
class _Waiter:
    client: str
    order: int
    arrival: float
    granted: asyncio.Future = field(repr=False)


class Admission:
    """Who may run now, who waits, who is refused (see the module's notes).

    ``clock`` gives the time in seconds (default: the running event loop's).

    >>> admission = Admission(workers=2, queue=32, per_client=1)
    >>> admission.per_client, admission.client_queue
    (1, 8)
    """

    def __init__(
        self,
        workers: int,
        queue: int,
        per_client: int,
        clock: Callable[[], float] | None = None,
    ):
        self.workers = workers
        self.queue = queue
        self.per_client = max(1, min(per_client, workers))
        self.client_queue = max(2, queue // 4)
        self.running = 0
        self._clock = clock
        self._running_by: Counter[str] = Counter()
        self._started: dict[str, list[float]] = defaultdict(list)
        self._used: dict[str, tuple[float, float]] = {}  # client -> (worker-seconds, when)
        self._waiting: list[_Waiter] = []
        self._order = itertools.count()

    def status(self) -> str:
        return f"{self.running} running, {len(self._waiting)} waiting"

    def usage(self, client: str) -> float:
        """Worker-seconds ``client`` has used lately (decayed), its running queries included.

        >>> admission = Admission(workers=1, queue=4, per_client=1, clock=lambda: 120.0)
        >>> admission._used["10.0.0.1"] = (8.0, 0.0)
        >>> admission.usage("10.0.0.1")  # twelve half-lives later
        0.001953125
        """
        now = self._now()
        used, when = self._used.get(client, (0.0, now))
        decayed = used * math.exp2(-(now - when) / USAGE_HALF_LIFE)
        return decayed + sum(now - started for started in self._started.get(client, ()))

    @contextlib.asynccontextmanager
    async def slot(self, client: str, deadline: float) -> AsyncIterator[None]:
        """Hold one worker for the block; wait for it until ``deadline`` (loop time).

        Raises
        ------
        Busy
            The queue or the client's share is full (at once), or the deadline passed
            while the query waited.
        """
        started = await self._acquire(client, deadline)
        try:
            yield
        finally:
            self._release(client, started)

    def _now(self) -> float:
        return self._clock() if self._clock else asyncio.get_running_loop().time()

    async def _acquire(self, client: str, deadline: float) -> float:
        if (
            self.running < self.workers
            and self._running_by[client] < self.per_client
            and not self._waiting
        ):
            return self._grant(client)
        waiting_here = sum(1 for waiter in self._waiting if waiter.client == client)
        if waiting_here >= self.client_queue:
            raise Busy(
                429,
                f"too many queries from {client} at once ({self._running_by[client]} running, "
                f"{waiting_here} waiting); wait for their answers",
            )
        if len(self._waiting) >= self.queue:
            raise Busy(503, f"the server is busy ({self.status()}); try again shortly")
        loop = asyncio.get_running_loop()
        waiter = _Waiter(client, next(self._order), self._now(), loop.create_future())
        self._waiting.append(waiter)
        self._dispatch()
        try:
            return await asyncio.wait_for(asyncio.shield(waiter.granted), deadline - loop.time())
        except BaseException as error:
            if waiter.granted.done() and not waiter.granted.cancelled():
                self._release(client, waiter.granted.result())  # granted as the wait ended
            else:
                waiter.granted.cancel()
                self._waiting.remove(waiter)
            if isinstance(error, TimeoutError):
                raise Busy(
                    503, f"the query waited in the queue until its timeout ({self.status()})"
                ) from None
            raise

    def _grant(self, client: str) -> float:
        started = self._now()
        self.running += 1
        self._running_by[client] += 1
        self._started[client].append(started)
        return started

    def _release(self, client: str, started: float) -> None:
        now = self._now()
        used = self.usage(client) - sum(now - s for s in self._started[client])
        self._used[client] = (used + now - started, now)
        if len(self._used) > 4096:  # forget clients whose use has faded
            self._used = {c: u for c, u in self._used.items() if self.usage(c) > 0.01}
        self._started[client].remove(started)
        if not self._started[client]:
            del self._started[client]
        self.running -= 1
        self._running_by[client] -= 1
        if self._running_by[client] <= 0:
            del self._running_by[client]
        self._dispatch()

    def _dispatch(self) -> None:
        while self.running < self.workers:
            eligible = [w for w in self._waiting if self._running_by[w.client] < self.per_client]
            if not eligible:
                return
            waiter = min(eligible, key=lambda w: (w.arrival + self.usage(w.client), w.order))
            self._waiting.remove(waiter)
            waiter.granted.set_result(self._grant(waiter.client))
