"""Running the real ``kg serve`` in tests: stores to serve, the server as a subprocess, and a canary HTTP server."""

from __future__ import annotations

import gc
import http.server
import os
import re
import signal
import subprocess
import sys
import threading
import time
from contextlib import contextmanager
from pathlib import Path

import httpx

from tests.conftest import ARTICLES, ROOT, run_kg

# Every request in these tests goes to a server on this machine, never through a proxy from the environment.
for _name in ("NO_PROXY", "no_proxy"):
    os.environ[_name] = ",".join(filter(None, [os.environ.get(_name), "127.0.0.1", "localhost", "::1"]))

CONFORMANCE = ROOT.parent / "shared" / "conformance" / "sparql11-protocol"
if not CONFORMANCE.is_dir():  # CI lays shared/ beside the clone; a worktree may sit elsewhere
    CONFORMANCE = Path("/work/shared/conformance/sparql11-protocol")

_READY = re.compile(r"kg serve: SPARQL endpoint (http://\S+)/sparql")


def load_store(store_dir: Path, files: list[tuple[Path, str, str | None]]) -> Path:
    """Create a pyoxigraph store at ``store_dir`` from (file, format, graph IRI or None) and close it again."""
    import pyoxigraph

    store = pyoxigraph.Store(str(store_dir))
    for path, fmt, graph in files:
        rdf_format = {"trig": pyoxigraph.RdfFormat.TRIG, "nt": pyoxigraph.RdfFormat.N_TRIPLES}[fmt]
        kwargs = {"to_graph": pyoxigraph.NamedNode(graph)} if graph else {}
        store.bulk_load(path=str(path), format=rdf_format, **kwargs)
    store.flush()
    del store
    gc.collect()
    return store_dir


def build_kg_store(workdir: Path) -> Path:
    """The bundled articles built by ``kg build`` and loaded into an on-disk store, as users will have it."""
    run_kg("build", ARTICLES, "-o", workdir / "out", check=True)
    return load_store(workdir / "store", [(workdir / "out" / "graph.trig", "trig", None)])


class Server:
    """A ``kg serve`` subprocess listening on a free loopback port."""

    def __init__(self, store: Path, *args: str, log: Path):
        self.log = log
        self.args = [sys.executable, "-m", "kg", "serve", "--store", str(store), "--port", "0", *map(str, args)]
        env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
        self._log_fh = open(log, "wb")
        self.process = subprocess.Popen(self.args, cwd=ROOT, stdout=self._log_fh, stderr=subprocess.STDOUT,
                                        env=env, start_new_session=True)
        self.url = self._wait_ready()
        self.endpoint = self.url + "/sparql"

    def _wait_ready(self, timeout: float = 120.0) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            match = _READY.search(self.log.read_text(errors="replace"))
            if match:
                url = match.group(1)
                if httpx.get(url + "/sparql", timeout=10).status_code == 200:
                    return url
            if self.process.poll() is not None:
                raise RuntimeError(f"kg serve exited with {self.process.returncode}:\n{self.output()}")
            time.sleep(0.1)
        self.stop()
        raise RuntimeError(f"kg serve did not become ready:\n{self.output()}")

    def output(self) -> str:
        return self.log.read_text(errors="replace")

    def worker_pids(self) -> set[int]:
        """Process ids of the query workers (children of the server running multiprocessing's spawn_main)."""
        pids = set()
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            try:
                stat = (entry / "stat").read_text()
                cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
            except OSError:
                continue
            ppid = int(stat.rsplit(")", 1)[1].split()[1])
            if ppid == self.process.pid and "spawn_main" in cmdline:
                pids.add(int(entry.name))
        return pids

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(15)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(5)
        self._log_fh.close()


@contextmanager
def running_server(store: Path, *args: str, log: Path):
    server = Server(store, *args, log=log)
    try:
        yield server
    finally:
        server.stop()


class Canary:
    """An HTTP server on loopback that records every request it gets: it must get none."""

    def __init__(self):
        hits = self.hits = []

        class Handler(http.server.BaseHTTPRequestHandler):
            def _answer(self):
                hits.append((self.command, self.path))
                body = b'{"head":{"vars":["s"]},"results":{"bindings":[]}}'
                self.send_response(200)
                self.send_header("Content-Type", "application/sparql-results+json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            do_GET = do_POST = _answer

            def log_message(self, *args):
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.httpd.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}/canary"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()
