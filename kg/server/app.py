"""The Starlette application of ``kg serve``: a read-only SPARQL 1.1 endpoint over the graph store.

Routes:

* ``/``        the offline query page;
* ``/sparql``  the SPARQL 1.1 Protocol query operation (GET, POST form, POST direct); without a query, the
               service description; PUT, DELETE, PATCH and updates are refused with 403;
* ``/store``   Graph Store Protocol reads (``?graph=IRI`` or ``?default``); writes are refused with 403.
"""

from __future__ import annotations

import asyncio
import logging
import socket
import sys
from contextlib import asynccontextmanager
from pathlib import Path

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from kg.errors import KgError
from kg.server import negotiation
from kg.server.description import service_description
from kg.server.page import CONTENT_SECURITY_POLICY, load_saved_queries, render_page
from kg.server.pool import QueryPool
from kg.server.protocol import READ_ONLY, ProtocolError, parse_query_request
from kg.server.settings import Settings
from kg.server.worker import Job, Reply, error_reply, open_readonly

log = logging.getLogger("kg.server")

WRITE_METHODS = ("PUT", "DELETE", "PATCH")
_COMMON_HEADERS = {"X-Content-Type-Options": "nosniff", "Cache-Control": "no-store"}


def _response(reply: Reply) -> Response:
    headers = {**_COMMON_HEADERS, **reply.headers}
    return Response(reply.body, status_code=reply.status, media_type=reply.content_type, headers=headers)


class HeldResponse(Response):
    """A query answer that keeps its concurrency slot until it is sent, so results waiting for slow (or never
    reading) clients count against ``max_concurrent`` and memory stays bounded; a client that has not taken
    the whole answer within ``send_timeout`` seconds loses the connection."""

    def __init__(self, reply: Reply, release, send_timeout: float):
        super().__init__(reply.body, status_code=reply.status, media_type=reply.content_type,
                         headers={**_COMMON_HEADERS, **reply.headers})
        self.release = release
        self.send_timeout = send_timeout

    CHUNK = 64 * 1024

    async def _send_in_chunks(self, scope, send) -> None:
        # One ASGI message per chunk, so that the server's flow control makes us wait for the client (a single
        # message would be buffered whole and the slot given back at once).
        await send({"type": "http.response.start", "status": self.status_code, "headers": self.raw_headers})
        body = b"" if scope.get("method") == "HEAD" else self.body
        view = memoryview(body)
        for start in range(0, len(view), self.CHUNK):
            await send({"type": "http.response.body", "body": bytes(view[start:start + self.CHUNK]),
                        "more_body": True})
        await send({"type": "http.response.body", "body": b"", "more_body": False})

    async def __call__(self, scope, receive, send) -> None:
        try:
            async with asyncio.timeout(self.send_timeout):
                await self._send_in_chunks(scope, send)
        except TimeoutError:
            log.warning("dropped a client that did not read its answer within %g s", self.send_timeout)
            raise
        finally:
            self.release()


def _error(status: int, message: str, headers: dict[str, str] | None = None) -> Response:
    return _response(error_reply(status, message, headers))


def _graph_names(store_path: Path) -> list[str]:
    """The named graphs of the store (one per article), read once at start-up; also proves the store opens."""
    from pyoxigraph import NamedNode

    store = open_readonly(store_path)
    try:
        return sorted(g.value for g in store.named_graphs() if isinstance(g, NamedNode))
    finally:
        del store


def _endpoint_url(request: Request) -> str:
    """The endpoint's absolute URL as the client addressed it (its Host header), or by socket address if that
    does not make an IRI. Used for the service description and as the base IRI of queries."""
    from pyoxigraph import NamedNode

    url = str(request.url.replace(query="", fragment=""))
    try:
        NamedNode(url)
        return url
    except ValueError:
        host, port = request.scope.get("server") or ("127.0.0.1", 80)
        return f"http://{f'[{host}]' if ':' in host else host}:{port}{request.url.path}"


def create_app(store: str | Path, settings: Settings | None = None) -> Starlette:
    """The ASGI app serving the pyoxigraph store folder ``store`` (opened read-only by each query worker)."""
    settings = settings or Settings()
    store_path = Path(store)
    graph_names = _graph_names(store_path)
    known_graphs = frozenset(graph_names)
    send_timeout = max(60.0, 6 * settings.timeout)
    page = render_page(load_saved_queries(settings.queries_dir)).encode("utf-8")
    pool = QueryPool(str(store_path), workers=settings.workers, max_concurrent=settings.max_concurrent,
                     timeout=settings.timeout, sandbox=settings.sandbox, max_memory_mb=settings.max_memory_mb)

    @asynccontextmanager
    async def lifespan(app: Starlette):
        await pool.start()
        url = getattr(app.state, "public_url", None)
        if url:
            sandbox = "on" if pool.sandboxed else "OFF (seccomp unavailable)"
            print(f"kg serve: SPARQL endpoint {url}sparql, query page {url} ({pool.size} query workers, "
                  f"network sandbox {sandbox})", flush=True)
        try:
            yield
        finally:
            await pool.close()

    def job(request: Request, query: str, default_graphs=(), named_graphs=(), protocol_dataset=False) -> Job:
        return Job(query=query, accept=request.headers.get("accept"), base_iri=_endpoint_url(request),
                   default_graphs=list(default_graphs), named_graphs=list(named_graphs),
                   protocol_dataset=protocol_dataset, union_default_graph=settings.union_default_graph,
                   max_rows=settings.max_rows, max_bytes=settings.max_result_bytes)

    async def home(request: Request) -> Response:
        return Response(page, media_type="text/html; charset=utf-8",
                        headers={**_COMMON_HEADERS, "Content-Security-Policy": CONTENT_SECURITY_POLICY,
                                 "Referrer-Policy": "no-referrer"})

    def describe(request: Request) -> Response:
        fmt = negotiation.negotiate(request.headers.get("accept"), negotiation.GRAPH_FORMATS)
        if fmt is None:
            return _error(406, "the service description is available as "
                               + negotiation.supported(negotiation.GRAPH_FORMATS))
        body = service_description(_endpoint_url(request), graph_names, settings.union_default_graph, fmt)
        return Response(body, media_type=fmt.content_type, headers={**_COMMON_HEADERS, "Vary": "Accept"})

    async def sparql(request: Request) -> Response:
        if request.method in WRITE_METHODS:
            return _error(403, READ_ONLY)
        try:
            parsed = await parse_query_request(request, settings.max_body)
        except ProtocolError as err:
            return _error(err.status, err.message)
        if parsed is None:
            return describe(request)
        return await answer(job(request, parsed.query, parsed.default_graphs, parsed.named_graphs,
                                parsed.protocol_dataset))

    async def answer(query_job: Job) -> Response:
        release = pool.admit()
        if release is None:
            return _response(pool.busy())
        try:
            reply = await pool.evaluate(query_job)
        except BaseException:
            release()
            raise
        return HeldResponse(reply, release, send_timeout)

    async def graph_store(request: Request) -> Response:
        if request.method not in ("GET", "HEAD"):
            return _error(403, READ_ONLY)
        from pyoxigraph import NamedNode

        params = request.query_params
        if "default" in params and "graph" not in params:
            return await answer(job(request, "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"))
        graphs = params.getlist("graph")
        if len(graphs) != 1 or "default" in params:
            return _error(400, "give exactly one of ?graph=IRI or ?default")
        try:
            iri = NamedNode(graphs[0])
        except ValueError:
            return _error(400, f"graph is not an absolute IRI: {graphs[0]!r}")
        if iri.value not in known_graphs:
            return _error(404, f"no graph named {iri.value}")
        query = f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH {iri} {{ ?s ?p ?o }} }}"
        return await answer(job(request, query))

    middleware = []
    if settings.cors_origins:
        middleware.append(Middleware(CORSMiddleware, allow_origins=list(settings.cors_origins),
                                     allow_methods=["GET", "POST"], allow_headers=["Accept", "Content-Type"],
                                     max_age=600))
    routes = [
        Route("/", home, methods=["GET"]),
        Route("/sparql", sparql, methods=["GET", "POST", *WRITE_METHODS]),
        Route("/store", graph_store, methods=["GET", "POST", *WRITE_METHODS]),
    ]
    app = Starlette(routes=routes, middleware=middleware, lifespan=lifespan)
    app.state.pool = pool
    app.state.settings = settings
    return app


def _listen(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as err:
        sock.close()
        raise KgError(f"cannot listen on {host}:{port}: {err.strerror or err}") from err
    sock.listen(2048)
    sock.set_inheritable(True)
    return sock


def serve(store: str | Path, settings: Settings | None = None, host: str = "127.0.0.1", port: int = 7878,
          log_level: str = "info") -> None:
    """Run the endpoint until interrupted. ``port`` 0 picks a free port (printed when ready)."""
    import uvicorn

    settings = settings or Settings()
    app = create_app(store, settings)
    sock = _listen(host, port)
    bound = sock.getsockname()[1]
    shown = f"[{host}]" if ":" in host else host
    app.state.public_url = f"http://{shown}:{bound}/"
    config = uvicorn.Config(app, log_level=log_level, server_header=False, proxy_headers=False, lifespan="on",
                            h11_max_incomplete_event_size=settings.max_body + 64 * 1024,
                            timeout_graceful_shutdown=5)
    server = uvicorn.Server(config)
    try:
        server.run(sockets=[sock])
    finally:
        sock.close()
    if not server.started:
        raise KgError("the server did not start (see the messages above)")
    sys.stdout.flush()
