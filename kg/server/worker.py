"""The query worker: a separate process that checks, evaluates and fully serialises one query at a time.

Running queries in processes lets the server kill one at its deadline (pyoxigraph has no query timeout), and
serialising the whole result before sending a byte means the HTTP answer is either complete with 200 or an
error status, never a truncated body. Workers open the store read-only and cannot open IP sockets.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import KgError

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def open_readonly(path: str | os.PathLike):
    """Open the on-disk pyoxigraph store at ``path`` for reading. The one place the server opens a store."""
    import pyoxigraph

    p = Path(path)
    if not p.exists():
        raise KgError(f"no graph store at {p}")
    if not p.is_dir():
        raise KgError(f"{p} is a file, not a graph store folder (a pyoxigraph store is a folder)")
    try:
        return pyoxigraph.Store.read_only(str(p))
    except (OSError, RuntimeError, ValueError) as err:
        first_line = str(err).splitlines()[0] if str(err) else type(err).__name__
        raise KgError(f"cannot open the graph store at {p}: {first_line}") from err


@dataclass
class Job:
    """One query as the worker receives it."""

    query: str
    accept: str | None = None
    base_iri: str | None = None
    default_graphs: list[str] = field(default_factory=list)
    named_graphs: list[str] = field(default_factory=list)
    protocol_dataset: bool = False       # default-graph-uri or named-graph-uri given
    union_default_graph: bool = True
    max_rows: int = 100_000
    max_bytes: int = 100 * 1024 * 1024


@dataclass
class Reply:
    """A complete HTTP answer: status, content type, body and extra headers."""

    status: int
    content_type: str
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)


def error_reply(status: int, message: str, headers: dict[str, str] | None = None) -> Reply:
    return Reply(status, "text/plain; charset=utf-8", (message.strip() + "\n").encode("utf-8"), headers or {})


def _term_json(term) -> dict:
    from pyoxigraph import BlankNode, Literal, NamedNode, Triple

    if isinstance(term, NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, Literal):
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
            direction = getattr(term, "direction", None)  # RDF 1.2, pyoxigraph 0.5
            if direction is not None:
                out["its:dir"] = str(direction)
        elif term.datatype.value != _XSD_STRING:
            out["datatype"] = term.datatype.value
        return out
    if isinstance(term, Triple):
        return {"type": "triple", "value": {"subject": _term_json(term.subject),
                                            "predicate": _term_json(term.predicate),
                                            "object": _term_json(term.object)}}
    raise TypeError(f"unexpected term {term!r}")


class TooLarge(Exception):
    pass


def _solutions_json(solutions, max_rows: int) -> bytes:
    """SPARQL 1.1 JSON results for at most ``max_rows`` solutions, else :class:`TooLarge`."""
    names = [v.value for v in solutions.variables]
    rows = []
    for count, solution in enumerate(solutions, start=1):
        if count > max_rows:
            raise TooLarge(f"the result has more than {max_rows} rows; add LIMIT or narrow the query")
        row = {}
        for index, name in enumerate(names):
            term = solution[index]
            if term is not None:
                row[name] = _term_json(term)
        rows.append(row)
    doc = {"head": {"vars": names}, "results": {"bindings": rows}}
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _prefixes() -> dict[str, str]:
    """Prefixes for Turtle, N3 and RDF/XML output; not id:, whose local names would need escaped slashes."""
    from kg.vocab import PREFIXES

    return {prefix: str(ns) for prefix, ns in PREFIXES.items() if prefix != "id"}


def _dataset_options(job: Job, info) -> dict:
    from pyoxigraph import NamedNode

    if job.protocol_dataset:
        # The protocol dataset replaces any FROM / FROM NAMED in the query (SPARQL 1.1 Protocol 2.1.4).
        return {"default_graph": [NamedNode(g) for g in job.default_graphs],
                "named_graphs": [NamedNode(g) for g in job.named_graphs]}
    if job.union_default_graph and not info.has_dataset_clause:
        return {"use_default_graph_as_union": True}
    return {}


def run_job(store, job: Job) -> Reply:
    """Check, evaluate and serialise one query; every outcome is a complete :class:`Reply`."""
    from pyoxigraph import QueryBoolean, QuerySolutions, parse_query_results, serialize

    from kg.server import negotiation
    from kg.server.guard import Refused, check_query

    try:
        info = check_query(job.query)
    except Refused as refusal:
        return error_reply(refusal.status, refusal.message)
    try:
        result = store.query(job.query, base_iri=job.base_iri, **_dataset_options(job, info))
        if isinstance(result, QueryBoolean):
            fmt = negotiation.negotiate(job.accept, negotiation.RESULT_FORMATS)
            if fmt is None:
                return _not_acceptable(negotiation.RESULT_FORMATS)
            body = result.serialize(format=fmt.oxigraph)
        elif isinstance(result, QuerySolutions):
            fmt = negotiation.negotiate(job.accept, negotiation.RESULT_FORMATS)
            if fmt is None:
                return _not_acceptable(negotiation.RESULT_FORMATS)
            body = _solutions_json(result, job.max_rows)
            if fmt.name != "json":
                body = parse_query_results(body, format=negotiation.BY_NAME["json"].oxigraph).serialize(
                    format=fmt.oxigraph)
        else:
            fmt = negotiation.negotiate(job.accept, negotiation.GRAPH_FORMATS)
            if fmt is None:
                return _not_acceptable(negotiation.GRAPH_FORMATS)
            triples = []
            for count, triple in enumerate(result, start=1):
                if count > job.max_rows:
                    raise TooLarge(f"the result has more than {job.max_rows} triples; add LIMIT or narrow the query")
                triples.append(triple)
            prefixes = _prefixes() if fmt.name in ("turtle", "n3", "rdfxml") else None
            body = serialize(triples, format=fmt.oxigraph, prefixes=prefixes)
    except SyntaxError as err:
        return error_reply(400, f"malformed query: {err}")
    except TooLarge as err:
        return error_reply(422, str(err))
    except (OSError, RuntimeError, ValueError, TypeError) as err:
        return error_reply(500, f"query evaluation failed: {err}")
    body = body or b""
    if len(body) > job.max_bytes:
        return error_reply(422, f"the result is larger than {job.max_bytes} bytes; add LIMIT or narrow the query")
    return Reply(200, fmt.content_type, body, {"Vary": "Accept"})


def _not_acceptable(formats) -> Reply:
    from kg.server.negotiation import supported

    return error_reply(406, f"none of the accepted media types can be produced; available: {supported(formats)}")


def limit_memory(megabytes: int) -> bool:
    """Cap this process's address space, so that a query building huge values fails instead of exhausting the
    machine (Oxigraph then aborts the worker, which the server replaces)."""
    try:
        import resource
    except ImportError:  # not on POSIX
        return False
    _cap_malloc_arenas()
    limit = megabytes * 1024 * 1024
    try:
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    except (ValueError, OSError):
        return False
    return True


def _cap_malloc_arenas(arenas: int = 2) -> None:
    """glibc reserves 64 MiB of address space for each malloc arena, one per busy thread up to 8 per core; under
    load Oxigraph's threads could spend the address-space cap on reservations and fail to start."""
    try:
        import ctypes

        ctypes.CDLL(None).mallopt(-8, arenas)  # M_ARENA_MAX
    except (OSError, AttributeError):  # not glibc
        pass


def worker_main(store_path: str, conn, sandbox: bool, max_memory_mb: int = 0) -> None:
    """Entry point of a worker process: open the store, report ready, then answer jobs until the pipe closes."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C goes to the whole group; the server stops us
    os.environ["RUST_BACKTRACE"] = "0"  # an out-of-memory abort prints one line, not a backtrace
    if max_memory_mb:
        limit_memory(max_memory_mb)
    sandboxed = False
    if sandbox:
        from kg.server.sandbox import deny_ip_sockets

        sandboxed = deny_ip_sockets()
    try:
        store = open_readonly(store_path)
        from rdflib.plugins.sparql.parser import parseQuery  # warm the parser used by the guard

        parseQuery("ASK {}")
    except Exception as err:  # report any start-up failure to the server instead of dying silently
        conn.send(("failed", f"{type(err).__name__}: {err}"))
        return
    conn.send(("ready", {"pid": os.getpid(), "sandboxed": sandboxed}))
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        try:
            reply = run_job(store, job)
        except Exception as err:  # never leave the server waiting without an answer
            reply = error_reply(500, f"query evaluation failed: {type(err).__name__}: {err}")
        try:
            conn.send(reply)
        except (BrokenPipeError, OSError):
            return
