"""The knobs of ``kg serve``; the defaults are what the command uses."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path


def default_workers() -> int:
    return max(1, min(4, os.cpu_count() or 1))


@dataclass(frozen=True)
class Settings:
    timeout: float = 10.0                # seconds a query may run before 504 (and wait for a worker, at least 5,
                                         # before 503)
    max_rows: int = 100_000              # SELECT rows or CONSTRUCT/DESCRIBE triples; more is answered 422
    max_result_bytes: int = 100 * 1024 * 1024   # serialised result; more is answered 422
    max_body: int = 1024 * 1024          # request body (and query string) in bytes; more is answered 413 (414)
    max_concurrent: int = 16             # queries running or waiting at once; more is answered 503
    workers: int = default_workers()     # query worker processes
    max_memory_mb: int = 4096            # address space of each query worker (RLIMIT_AS); 0: no limit
    cors_origins: tuple[str, ...] = ()   # origins allowed by CORS; empty: CORS off
    union_default_graph: bool = True     # default graph = union of all named graphs (unless FROM / protocol)
    queries_dir: Path | None = None      # saved *.rq queries offered on the page
    sandbox: bool = True                 # forbid IP sockets in the query workers (Linux seccomp)
