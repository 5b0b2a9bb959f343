"""The SPARQL 1.1 Protocol query operation: from an HTTP request to the query and its dataset.

* GET ``/sparql?query=...`` with optional ``default-graph-uri`` / ``named-graph-uri`` (repeatable);
* POST with ``application/x-www-form-urlencoded``: the same parameters in the body (dataset parameters may
  also be in the URL);
* POST with ``application/sparql-query``: the query is the UTF-8 body, dataset parameters in the URL.

A GET without ``query`` asks for the service description. Any update (``update`` parameter,
``application/sparql-update`` body, or a query text that is an update) is refused with 403. Malformed requests
are refused with 400, a POST of another media type with 415, a body over the limit with 413.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import parse_qsl

from starlette.requests import Request

from kg.server.guard import is_update
from kg.server.limits import BodyTooLarge, read_body

FORM = "application/x-www-form-urlencoded"
SPARQL_QUERY = "application/sparql-query"
SPARQL_UPDATE = "application/sparql-update"

READ_ONLY = "this endpoint is read-only: SPARQL Update and Graph Store writes are not allowed"


class ProtocolError(Exception):
    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status
        self.message = message


@dataclass
class QueryRequest:
    query: str
    default_graphs: list[str] = field(default_factory=list)
    named_graphs: list[str] = field(default_factory=list)

    @property
    def protocol_dataset(self) -> bool:
        return bool(self.default_graphs or self.named_graphs)


def _params(raw: str | bytes, where: str) -> list[tuple[str, str]]:
    if isinstance(raw, bytes):
        try:
            raw = raw.decode("ascii")
        except UnicodeDecodeError as err:
            raise ProtocolError(400, f"the {where} is not URL-encoded") from err
    try:
        return parse_qsl(raw, keep_blank_values=True, encoding="utf-8", errors="strict")
    except UnicodeDecodeError as err:
        raise ProtocolError(400, f"the {where} is not UTF-8 once URL-decoded") from err
    except ValueError as err:
        raise ProtocolError(400, f"the {where} is malformed: {err}") from err


def _media_type(header: str | None) -> tuple[str, dict[str, str]]:
    if not header:
        return "", {}
    parts = [p.strip() for p in header.split(";")]
    params = {}
    for p in parts[1:]:
        key, _, value = p.partition("=")
        params[key.strip().lower()] = value.strip().strip('"')
    return parts[0].lower(), params


def _check_charset(params: dict[str, str]) -> None:
    charset = params.get("charset")
    if charset is not None and charset.lower().replace("_", "-") not in ("utf-8", "utf8"):
        raise ProtocolError(400, f"the request body must be UTF-8, not {charset}")


def _decode(body: bytes) -> str:
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as err:
        raise ProtocolError(400, "the request body is not valid UTF-8") from err


def _graphs(params: list[tuple[str, str]], name: str) -> list[str]:
    from pyoxigraph import NamedNode

    graphs = []
    for key, value in params:
        if key != name:
            continue
        try:
            NamedNode(value)
        except ValueError as err:
            raise ProtocolError(400, f"{name} is not an absolute IRI: {value!r}") from err
        graphs.append(value)
    return graphs


def _build(params: list[tuple[str, str]], query: str) -> QueryRequest:
    if is_update(query):
        raise ProtocolError(403, READ_ONLY)
    if not query.strip():
        raise ProtocolError(400, "the query is empty")
    return QueryRequest(query, _graphs(params, "default-graph-uri"), _graphs(params, "named-graph-uri"))


async def parse_query_request(request: Request, max_body: int) -> QueryRequest | None:
    """The query of a GET or POST request, or None for a GET without a query (service description)."""
    if len(request.url.query) > max_body:
        raise ProtocolError(414, f"the query string is longer than {max_body} bytes")
    url_params = _params(request.url.query, "query string")
    if any(key in ("update", "using-graph-uri", "using-named-graph-uri") for key, _ in url_params):
        raise ProtocolError(403, READ_ONLY)
    if request.method == "POST" and any(key in ("graph", "default") for key, _ in url_params):
        raise ProtocolError(403, READ_ONLY)  # a Graph Store Protocol write addressed to the endpoint
    url_queries = [value for key, value in url_params if key == "query"]

    if request.method in ("GET", "HEAD"):
        if not url_queries:
            return None
        if len(url_queries) > 1:
            raise ProtocolError(400, "more than one query parameter")
        return _build(url_params, url_queries[0])

    media_type, media_params = _media_type(request.headers.get("content-type"))
    if media_type == SPARQL_UPDATE:
        raise ProtocolError(403, READ_ONLY)
    if media_type not in (FORM, SPARQL_QUERY):
        shown = media_type or "no Content-Type"
        raise ProtocolError(415, f"a POST must be {FORM} or {SPARQL_QUERY}, not {shown}")
    _check_charset(media_params)
    try:
        body = await read_body(request, max_body)
    except BodyTooLarge:
        raise ProtocolError(413, f"the request body is larger than {max_body} bytes") from None

    if media_type == SPARQL_QUERY:
        if url_queries:
            raise ProtocolError(400, "a query in both the URL and the body")
        return _build(url_params, _decode(body))

    body_params = _params(body, "form body")
    if any(key == "update" for key, _ in body_params):
        raise ProtocolError(403, READ_ONLY)
    queries = url_queries + [value for key, value in body_params if key == "query"]
    if not queries:
        raise ProtocolError(400, "the form has no query parameter")
    if len(queries) > 1:
        raise ProtocolError(400, "more than one query parameter")
    return _build(url_params + body_params, queries[0])
