"""A pool of query worker processes with a deadline per query and a bound on queries in flight.

* At most ``max_concurrent`` queries are admitted at once (running or waiting for a free worker); the next one
  is answered 503 at once, with Retry-After.
* A query that waited ``timeout`` seconds (at least 5) without getting a worker is answered 503 as well.
* A query still running ``timeout`` seconds after it reached its worker is answered 504; its worker is
  killed and a fresh one started in the background.

Blocking pipe I/O happens in a thread pool with one thread per worker, so the event loop never blocks on it.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import time
from concurrent.futures import ThreadPoolExecutor

from kg.errors import KgError
from kg.server.worker import Job, Reply, error_reply, worker_main

log = logging.getLogger("kg.server")

_START_TIMEOUT = 120.0


class _Timeout(Exception):
    pass


class _Died(Exception):
    pass


class Worker:
    """One worker process and the server's end of its pipe."""

    def __init__(self, store_path: str, sandbox: bool, max_memory_mb: int = 0):
        ctx = multiprocessing.get_context("spawn")
        self.conn, child = ctx.Pipe(duplex=True)
        self.process = ctx.Process(target=worker_main, args=(store_path, child, sandbox, max_memory_mb),
                                   daemon=True, name="kg-query-worker")
        self.process.start()
        child.close()
        self.info: dict = {}

    def wait_ready(self, timeout: float = _START_TIMEOUT) -> dict:
        if not self.conn.poll(timeout):
            self.kill()
            raise KgError(f"a query worker did not start within {timeout:.0f} s")
        try:
            kind, detail = self.conn.recv()
        except (EOFError, OSError) as err:
            self.kill()
            raise KgError("a query worker exited while starting") from err
        if kind != "ready":
            self.kill()
            raise KgError(f"a query worker could not start: {detail}")
        self.info = detail
        return detail

    def call(self, job: Job, timeout: float) -> Reply:
        """Send one job and wait for its reply (blocking; run in a thread)."""
        try:
            self.conn.send(job)
            if not self.conn.poll(timeout):
                raise _Timeout()
            return self.conn.recv()
        except (EOFError, OSError, BrokenPipeError) as err:
            raise _Died() from err

    def kill(self) -> None:
        try:
            self.process.kill()
        except (OSError, ValueError):
            pass
        self.process.join(5)
        try:
            self.conn.close()
        except OSError:
            pass


class QueryPool:
    def __init__(self, store_path: str, *, workers: int, max_concurrent: int, timeout: float, sandbox: bool = True,
                 max_memory_mb: int = 0):
        self.store_path = str(store_path)
        self.max_memory_mb = max_memory_mb
        self.size = max(1, workers)
        self.max_concurrent = max(1, max_concurrent)
        self.timeout = timeout
        self.queue_timeout = max(timeout, 5.0)  # a restarting worker takes a second or two to come back
        self.sandbox = sandbox
        self.admitted = 0
        self.completed = 0
        self.killed = 0
        self._idle: asyncio.Queue[Worker] | None = None
        self._calls = ThreadPoolExecutor(max_workers=self.size, thread_name_prefix="kg-query")
        self._spawner = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kg-spawn")
        self._all: set[Worker] = set()
        self._respawns: set[asyncio.Task] = set()
        self._closed = False

    def _start_one(self) -> Worker:
        worker = Worker(self.store_path, self.sandbox, self.max_memory_mb)
        worker.wait_ready()
        self._all.add(worker)
        return worker

    async def start(self) -> None:
        """Start every worker and wait until each has opened the store."""
        loop = asyncio.get_running_loop()
        self._idle = asyncio.Queue()
        pending = [Worker(self.store_path, self.sandbox, self.max_memory_mb) for _ in range(self.size)]
        self._all.update(pending)
        infos = await asyncio.gather(*(loop.run_in_executor(None, w.wait_ready) for w in pending),
                                     return_exceptions=True)
        failures = [i for i in infos if isinstance(i, BaseException)]
        if failures:
            await self.close()
            raise failures[0]
        for worker in pending:
            self._idle.put_nowait(worker)
        sandboxed = all(w.info.get("sandboxed") for w in pending)
        log.info("kg serve: %d query workers ready (network sandbox %s)", self.size, "on" if sandboxed else "OFF")

    @property
    def sandboxed(self) -> bool:
        return bool(self._all) and all(w.info.get("sandboxed") for w in self._all if w.info)

    def busy(self) -> Reply:
        return error_reply(503, f"the server is busy: {self.max_concurrent} queries are already running or "
                                "waiting; try again shortly", {"Retry-After": "1"})

    def admit(self):
        """Take one of the ``max_concurrent`` query slots: a function that gives it back (call it once the answer
        is sent, so that results held for slow clients count too), or None when every slot is taken."""
        if self.admitted >= self.max_concurrent:
            return None
        self.admitted += 1
        released = False

        def release() -> None:
            nonlocal released
            if not released:
                released = True
                self.admitted -= 1

        return release

    async def run(self, job: Job) -> Reply:
        """Admit and evaluate one query, giving the slot back at once (for callers that hold no response)."""
        release = self.admit()
        if release is None:
            return self.busy()
        try:
            return await self.evaluate(job)
        finally:
            release()

    async def evaluate(self, job: Job) -> Reply:
        """Evaluate one admitted query; every outcome (including limits) is a complete :class:`Reply`."""
        if self._closed or self._idle is None:
            return error_reply(503, "the server is shutting down", {"Retry-After": "1"})
        try:
            async with asyncio.timeout(self.queue_timeout):
                worker = await self._idle.get()
        except TimeoutError:
            return error_reply(503, f"the server is busy: no query worker became free within "
                                    f"{self.queue_timeout:g} s; try again shortly", {"Retry-After": "1"})
        loop = asyncio.get_running_loop()
        started = time.monotonic()
        healthy = False
        try:
            reply = await loop.run_in_executor(self._calls, worker.call, job, self.timeout)
            healthy = True
            return reply
        except _Timeout:
            log.warning("query stopped at the %g s time limit", self.timeout)
            return error_reply(504, f"the query ran longer than the {self.timeout:g} s time limit and was "
                                    "stopped")
        except _Died:
            limit = f" of {self.max_memory_mb} MiB" if self.max_memory_mb else ""
            return error_reply(500, f"the query was stopped: it needed more memory than the limit{limit} "
                                    "(or its worker crashed)")
        finally:
            self.completed += 1
            if healthy:
                self._idle.put_nowait(worker)
            else:  # timed out, died or cancelled: the process may still be busy, so replace it
                self.killed += 1
                self._replace(worker)
            log.debug("query took %.3f s", time.monotonic() - started)

    def _replace(self, worker: Worker) -> None:
        loop = asyncio.get_running_loop()

        async def respawn() -> None:
            await loop.run_in_executor(self._spawner, worker.kill)
            self._all.discard(worker)
            delay = 0.5
            while not self._closed:
                try:
                    fresh = await loop.run_in_executor(self._spawner, self._start_one)
                except KgError as err:
                    log.error("could not restart a query worker: %s; retrying in %.0f s", err, delay)
                    await asyncio.sleep(delay)
                    delay = min(delay * 2, 30)
                    continue
                if self._closed:
                    fresh.kill()
                else:
                    self._idle.put_nowait(fresh)
                return

        task = loop.create_task(respawn())
        self._respawns.add(task)
        task.add_done_callback(self._respawns.discard)

    async def close(self) -> None:
        self._closed = True
        for task in list(self._respawns):
            task.cancel()
        for worker in list(self._all):
            worker.kill()
        self._all.clear()
        self._calls.shutdown(wait=False, cancel_futures=True)
        self._spawner.shutdown(wait=False, cancel_futures=True)
