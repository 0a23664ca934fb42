"""The worker processes of ``dkg serve``: one pool per generation of the data, each worker
killable, watched for memory, and cut off from the network.

An Oxigraph query cannot be cancelled and a thread running one cannot be stopped, so every
query runs in a worker process that can be killed: when the query passes its deadline, when
its client has gone, or when the worker grows past its memory cap. A killed worker is
replaced by a new one that loads the same data; a pool keeps one worker more than may run at
once (:mod:`kg.admission` counts them), so the spare answers while the replacement loads.

Generations
-----------
Every worker of a pool reads the same *generation* of the data: for ``--store`` the live
database directory (``gen-<n>``, held so that an import cannot delete it while it is read,
see :func:`kg.store.hold_generation`), for ``--kg`` a private copy of the file named by its
SHA-256. :class:`Server` looks for a new generation twice a second; when there is one it
starts a new pool on it, and once all its workers have loaded the data, queries go to the
new pool, all at once; the old pool ends when its last query has.

Isolation
---------
Unless services are allowed (``--allow-service``), a worker leaves the network before it
loads anything: it enters new user and network namespaces (Linux), where no address but a
loopback that is down can be reached. A SERVICE that slipped past :mod:`kg.guard` would find
no network. Where the kernel does not allow this, the server says so at start.
"""

from __future__ import annotations

import asyncio
import contextlib
import ctypes
import hashlib
import multiprocessing
import os
import shutil
import signal
import sys
import tempfile
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

__all__ = ["Generation", "Server", "WorkerLost", "default_max_memory"]

#: how often the server looks for a new generation, and how often workers' memory is read
GENERATION_POLL_SECONDS = 0.5
MEMORY_POLL_SECONDS = 0.05
#: how long a new worker may take to load the data
START_SECONDS = 600.0

_PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096
_CLONE_NEWUSER, _CLONE_NEWNET = 0x10000000, 0x40000000
_PR_SET_PDEATHSIG = 1


def default_max_memory(workers: int) -> int:
    """Bytes one worker may use: the workers together a quarter of the machine's memory,
    each at least 512 MB.

    >>> default_max_memory(2) >= 512 * 2**20
    True
    """
    try:
        total = os.sysconf("SC_PHYS_PAGES") * _PAGE
    except (ValueError, OSError, AttributeError):
        total = 8 * 2**30
    return max(512 * 2**20, total // 4 // max(1, workers))


class WorkerLost(Exception):
    """The worker running a query was killed or died: ``reason`` is ``timeout``,
    ``memory`` or ``crashed``."""

    def __init__(self, reason: str, detail: str = ""):
        self.reason, self.detail = reason, detail
        super().__init__(f"{reason}: {detail}" if detail else reason)


@dataclass
class Generation:
    """One version of the data: its name (shown to clients), what the workers open, and
    how to let it go when no pool reads it any more."""

    name: str
    path: Path
    kind: str
    key: object = None
    release: Callable[[], None] = field(default=lambda: None, repr=False)


def _store_generation(directory: Path, current: Generation | None) -> Generation:
    from kg.store import hold_generation, live_generation

    if current is not None and live_generation(directory) == current.name:
        return current
    path, release = hold_generation(directory)
    return Generation(path.name, path, "generation", release=release)


def _file_generation(source: Path, current: Generation | None) -> Generation:
    """The dataset file as a private snapshot named by its digest: a worker started later
    (a replacement) loads the same content even if the file has been rebuilt since."""
    status = source.stat()
    key = (status.st_ino, status.st_size, status.st_mtime_ns)
    if current is not None and current.key == key:
        return current
    folder = Path(tempfile.mkdtemp(prefix="dkg-serve-"))
    snapshot = folder / f"kg{source.suffix}"
    digest = hashlib.sha256()
    with source.open("rb") as reader, snapshot.open("wb") as writer:
        while block := reader.read(1 << 20):
            digest.update(block)
            writer.write(block)
    name = f"sha256-{digest.hexdigest()[:16]}"
    if current is not None and current.name == name:
        shutil.rmtree(folder, ignore_errors=True)
        current.key = key
        return current
    return Generation(
        name, snapshot, "kg", key, release=lambda: shutil.rmtree(folder, ignore_errors=True)
    )


def current_generation(source: Path, kind: str, current: Generation | None = None) -> Generation:
    """The generation ``source`` holds now (``current`` itself when unchanged)."""
    if kind == "store":
        return _store_generation(Path(source), current)
    return _file_generation(Path(source), current)


# --- inside a worker process --------------------------------------------------------------------


def _leave_network() -> bool:
    """Enter new user and network namespaces: from then on no address can be reached.
    Must run while the process has one thread. False where the kernel refuses."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        return libc.unshare(_CLONE_NEWUSER | _CLONE_NEWNET) == 0
    except (OSError, AttributeError):
        return False


def _die_with_parent() -> None:
    """Have the kernel kill this worker when the server process dies (Linux)."""
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)


def _worker_main(connection: Any, path: str, kind: str, isolate: bool) -> None:
    _die_with_parent()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the server's to handle
    isolated = _leave_network() if isolate else False
    from kg.serve import execute, open_source

    try:
        store, union = open_source(Path(path), kind)
    except Exception as error:
        connection.send(("failed", f"{type(error).__name__}: {error}"))
        return
    connection.send(("ready", isolated))
    while True:
        try:
            text, preferences, max_rows, default_graphs, named_graphs = connection.recv()
        except (EOFError, OSError):
            return
        try:
            answer = execute(
                store,
                text,
                preferences,
                max_rows,
                union=union,
                default_graphs=default_graphs,
                named_graphs=named_graphs,
            )
        except Exception as error:  # an engine error not mapped by execute: the query's fault
            answer = (500, "text/plain; charset=utf-8", f"query failed: {error}\n".encode())
        connection.send(answer)


# --- in the server ------------------------------------------------------------------------------


@dataclass(eq=False)
class _Worker:
    process: Any
    connection: Any
    ready: bool = False
    busy: bool = False
    killed_for: str | None = None


class _Pool:
    """``size`` workers over one generation."""

    def __init__(
        self,
        generation: Generation,
        size: int,
        max_memory: int,
        isolate: bool,
        executor: ThreadPoolExecutor,
    ):
        self.generation, self.size, self.executor = generation, size, executor
        self.max_memory, self.isolate = max_memory, isolate
        self.isolated = False
        self.workers: list[_Worker] = []
        self.running = 0
        self.closing = False
        self._changed = asyncio.Condition()
        self._context = multiprocessing.get_context("spawn")
        self._watch: asyncio.Task | None = None

    async def start(self) -> None:
        """Start the workers and wait until every one has loaded the data."""
        starting = [self._spawn() for _ in range(self.size)]
        results = await asyncio.gather(*starting, return_exceptions=True)
        failures = [result for result in results if isinstance(result, BaseException)]
        if failures:
            self.close()
            raise failures[0]
        self._watch = asyncio.get_running_loop().create_task(self._watch_memory())

    async def _spawn(self) -> _Worker:
        parent_end, child_end = self._context.Pipe()
        process = self._context.Process(
            target=_worker_main,
            args=(child_end, str(self.generation.path), self.generation.kind, self.isolate),
            name=f"dkg-serve-worker-{self.generation.name}",
            daemon=True,
        )
        await self._blocking(process.start)
        child_end.close()
        worker = _Worker(process, parent_end)
        self.workers.append(worker)
        if self.closing:  # closed while it started, so close() did not see it
            self._kill(worker, "closed")
            return worker
        try:
            message = await asyncio.wait_for(self._blocking(parent_end.recv), START_SECONDS)
        except (TimeoutError, EOFError, OSError) as error:
            self._kill(worker, "crashed")
            raise RuntimeError(f"a worker could not start: {error!r}") from error
        if message[0] != "ready":
            self._kill(worker, "crashed")
            raise RuntimeError(f"a worker could not load the data: {message[1]}")
        self.isolated = message[1]
        worker.ready = True
        async with self._changed:
            self._changed.notify_all()
        return worker

    async def run(self, job: tuple, deadline: float) -> tuple[int, str, bytes]:
        """Run ``job`` on an idle worker; kill it at ``deadline`` (loop time) or when the
        caller is cancelled (the client went away)."""
        loop = asyncio.get_running_loop()
        self.running += 1
        try:
            worker = await asyncio.wait_for(self._idle_worker(), deadline - loop.time())
        except TimeoutError:
            self.running -= 1
            raise WorkerLost("timeout", "no worker came free in time") from None
        except BaseException:
            self.running -= 1
            raise
        worker.busy = True
        try:
            # on the event loop itself: a hop through a thread costs more than these calls
            # (the worker is waiting for the job; the answer is read once it is there)
            worker.connection.send(job)
            receive = self._answer(worker)
            try:
                answer = await asyncio.wait_for(receive, deadline - loop.time())
            except TimeoutError:
                self._replace(worker, "timeout")
                raise WorkerLost("timeout") from None
            except (EOFError, OSError) as error:
                reason = worker.killed_for or "crashed"
                code = worker.process.exitcode
                self._replace(worker, reason)
                raise WorkerLost(reason, f"exit code {code}") from error
            except asyncio.CancelledError:
                self._replace(worker, "cancelled")
                raise
            return answer
        finally:
            # before a killed worker's pipe is closed (after its end, see _reap), so that
            # the descriptor cannot be reused under this reader
            with contextlib.suppress(OSError, ValueError):
                loop.remove_reader(worker.connection.fileno())
            self.running -= 1
            worker.busy = False
            async with self._changed:
                self._changed.notify_all()

    def _answer(self, worker: _Worker) -> asyncio.Future:
        """The worker's next message, read when its pipe becomes readable."""
        loop = asyncio.get_running_loop()
        answer = loop.create_future()
        descriptor = worker.connection.fileno()

        def readable() -> None:
            loop.remove_reader(descriptor)
            if answer.done():
                return
            try:
                answer.set_result(worker.connection.recv())
            except (EOFError, OSError) as error:
                answer.set_exception(error)

        loop.add_reader(descriptor, readable)
        return answer

    async def _idle_worker(self) -> _Worker:
        async with self._changed:
            while True:
                for worker in self.workers:
                    if worker.ready and not worker.busy and worker.killed_for is None:
                        worker.busy = True
                        return worker
                await self._changed.wait()

    def _blocking(self, function: Callable, *arguments: Any) -> asyncio.Future:
        return asyncio.get_running_loop().run_in_executor(self.executor, function, *arguments)

    def _kill(self, worker: _Worker, reason: str) -> None:
        worker.killed_for = worker.killed_for or reason
        with contextlib.suppress(ProcessLookupError, AttributeError, TypeError):
            os.kill(worker.process.pid, signal.SIGKILL)
        if worker in self.workers:
            self.workers.remove(worker)
        asyncio.get_running_loop().create_task(self._reap(worker)).add_done_callback(_retrieve)

    async def _reap(self, worker: _Worker) -> None:
        """Wait for a killed worker's end, then close its pipe."""
        await self._blocking(worker.process.join, 10)
        with contextlib.suppress(OSError):
            worker.connection.close()

    def _replace(self, worker: _Worker, reason: str) -> None:
        self._kill(worker, reason)
        if not self.closing:
            task = asyncio.get_running_loop().create_task(self._spawn())
            task.add_done_callback(_report_failed_start)

    async def _watch_memory(self) -> None:
        while not self.closing:
            for worker in list(self.workers):
                if worker.busy and _resident_bytes(worker.process.pid) > self.max_memory:
                    self._kill(worker, "memory")
            await asyncio.sleep(MEMORY_POLL_SECONDS)

    def close(self) -> None:
        self.closing = True
        if self._watch is not None:
            self._watch.cancel()
        for worker in list(self.workers):
            self._kill(worker, "closed")

    def pids(self) -> list[int]:
        return [worker.process.pid for worker in self.workers if worker.process.pid]


def _retrieve(future: asyncio.Future) -> None:
    """Read a background future's outcome, so that a killed worker's error is not logged."""
    if not future.cancelled():
        future.exception()


def _report_failed_start(future: asyncio.Future) -> None:
    if not future.cancelled() and future.exception() is not None:
        print(f"dkg serve: {future.exception()}", file=sys.stderr)


def _resident_bytes(pid: int | None) -> int:
    try:
        with open(f"/proc/{pid}/statm", "rb") as statm:
            return int(statm.read().split()[1]) * _PAGE
    except (OSError, ValueError, IndexError):
        return 0


class Server:
    """The pools of a running ``dkg serve``: the current one, and old ones still answering.

    ``run`` sends a query to the current pool; :meth:`start` opens the first generation and
    begins looking for new ones.
    """

    def __init__(self, source: Path, kind: str, workers: int, max_memory: int, isolate: bool):
        self.source, self.kind = Path(source), kind
        self.size, self.max_memory, self.isolate = workers, max_memory, isolate
        self.current: _Pool | None = None
        self._old: list[_Pool] = []
        self._poll: asyncio.Task | None = None
        self.switches = 0
        # threads that start and reap workers and look for new generations
        self.executor = ThreadPoolExecutor(2 * workers + 4, thread_name_prefix="dkg-serve")

    @property
    def generation(self) -> str:
        return self.current.generation.name if self.current else ""

    @property
    def isolated(self) -> bool:
        return bool(self.current and self.current.isolated)

    async def start(self) -> None:
        loop = asyncio.get_running_loop()
        generation = await loop.run_in_executor(
            self.executor, current_generation, self.source, self.kind
        )
        self.current = await self._open(generation)
        self._poll = asyncio.get_running_loop().create_task(self._follow())

    async def _open(self, generation: Generation) -> _Pool:
        # one worker more than may run at once: a warm spare takes a killed worker's place
        # while its replacement loads the data
        pool = _Pool(generation, self.size + 1, self.max_memory, self.isolate, self.executor)
        try:
            await pool.start()
        except BaseException:
            generation.release()
            raise
        return pool

    async def _follow(self) -> None:
        """Switch to each new generation once its pool is ready; close drained old pools."""
        while True:
            await asyncio.sleep(GENERATION_POLL_SECONDS)
            for pool in list(self._old):
                if pool.running == 0:
                    self._old.remove(pool)
                    pool.close()
                    pool.generation.release()
            try:
                generation = await asyncio.get_running_loop().run_in_executor(
                    self.executor,
                    current_generation,
                    self.source,
                    self.kind,
                    self.current.generation,
                )
                if generation is self.current.generation:
                    continue
                pool = await self._open(generation)
            except Exception as error:  # keep serving the generation at hand
                print(f"dkg serve: cannot open the new data: {error}", file=sys.stderr)
                continue
            self._old.append(self.current)
            self.current = pool
            self.switches += 1

    async def run(self, job: tuple, deadline: float) -> tuple[str, tuple[int, str, bytes]]:
        """Run ``job`` on the current generation: its name and the worker's answer."""
        pool = self.current
        return pool.generation.name, await pool.run(job, deadline)

    async def stop(self) -> None:
        if self._poll is not None:
            self._poll.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._poll
        for pool in [*self._old, self.current]:
            if pool is not None:
                pool.close()
                pool.generation.release()
        self._old, self.current = [], None
        self.executor.shutdown(wait=False, cancel_futures=True)

    def pids(self) -> list[int]:
        return [pid for pool in [self.current, *self._old] if pool for pid in pool.pids()]
