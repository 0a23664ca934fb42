"""Admission control for ``dkg serve``: a bounded queue, deadlines from arrival, fair shares.

The server has a few worker processes; every query needs one for as long as it runs. A
:class:`Admission` hands the workers out:

- at most ``workers`` queries run at once, and one client (an IP address) holds at most
  ``per_client`` of the workers, so a client that sends many slow queries cannot take them
  all;
- the others wait in a queue of at most ``queue`` queries, where one client may hold at most
  half the places; a query that finds the queue (or its client's share) full is refused at
  once (:class:`Busy`: 503, or 429 for the client's share, with ``Retry-After``);
- a waiting query keeps its deadline, counted from its arrival: when it passes in the queue
  the query is refused without having run, and what is left of it is the time it may run;
- when a worker comes free, the waiting query of the client that holds the fewest workers
  goes first (the oldest among equals).

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
from collections import Counter
from collections.abc import AsyncIterator
from dataclasses import dataclass, field

__all__ = ["Admission", "Busy"]


class Busy(Exception):
    """A query refused before it ran: HTTP status, a message, and seconds to wait."""

    def __init__(self, status: int, message: str, retry_after: int = 1):
        self.status, self.message, self.retry_after = status, message, retry_after
        super().__init__(message)


@dataclass(eq=False)
class _Waiter:
    client: str
    order: int
    granted: asyncio.Future = field(repr=False)


class Admission:
    """Who may run now, who waits, who is refused (see the module's notes).

    >>> admission = Admission(workers=2, queue=8, per_client=1)
    >>> admission.per_client, admission.client_queue
    (1, 4)
    """

    def __init__(self, workers: int, queue: int, per_client: int):
        self.workers = workers
        self.queue = queue
        self.per_client = max(1, min(per_client, workers))
        self.client_queue = max(1, queue // 2)
        self.running = 0
        self._running_by: Counter[str] = Counter()
        self._waiting: list[_Waiter] = []
        self._order = itertools.count()

    def status(self) -> str:
        return f"{self.running} running, {len(self._waiting)} waiting"

    @contextlib.asynccontextmanager
    async def slot(self, client: str, deadline: float) -> AsyncIterator[None]:
        """Hold one worker for the block; wait for it until ``deadline`` (loop time).

        Raises
        ------
        Busy
            The queue or the client's share is full (at once), or the deadline passed
            while the query waited.
        """
        await self._acquire(client, deadline)
        try:
            yield
        finally:
            self._release(client)

    async def _acquire(self, client: str, deadline: float) -> None:
        if self.running < self.workers and self._running_by[client] < self.per_client:
            self._grant(client)
            return
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
        waiter = _Waiter(client, next(self._order), loop.create_future())
        self._waiting.append(waiter)
        try:
            await asyncio.wait_for(asyncio.shield(waiter.granted), deadline - loop.time())
        except BaseException as error:
            if waiter.granted.done() and not waiter.granted.cancelled():
                self._release(client)  # granted at the moment the wait ended
            else:
                waiter.granted.cancel()
                self._waiting.remove(waiter)
            if isinstance(error, TimeoutError):
                raise Busy(
                    503, f"the query waited in the queue until its timeout ({self.status()})"
                ) from None
            raise

    def _grant(self, client: str) -> None:
        self.running += 1
        self._running_by[client] += 1

    def _release(self, client: str) -> None:
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
            waiter = min(eligible, key=lambda w: (self._running_by[w.client], w.order))
            self._waiting.remove(waiter)
            self._grant(waiter.client)
            waiter.granted.set_result(None)
