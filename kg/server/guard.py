"""What a query is and whether it may run: update detection, SERVICE refusal, dataset clauses.

Oxigraph (and rdflib) fetch any URL that a ``SERVICE`` clause names, so a federated query would let anyone
make the server call internal addresses. The check is layered so that no single misreading lets one through:

1. Oxigraph only recognises the keyword when the letters ``SERVICE`` are in the text (it does not expand
   ``\\uXXXX`` escapes outside strings), so a query without them, in any case, cannot be federated.
2. A SPARQL tokenizer that knows strings, comments, IRIs, variables, language tags and prefixed names
   refuses a bare ``SERVICE`` keyword (or a ``service:`` prefix, which Oxigraph can read as ``SERVICE :x``).
3. rdflib's SPARQL parser parses the query and the parse tree is searched for a ``ServiceGraphPattern``,
   at any depth (OPTIONAL, subqueries, FILTER EXISTS ...).
4. If rdflib cannot parse the query (SPARQL 1.2 syntax, or a query Oxigraph will reject anyway), any
   occurrence of the letters ``service`` refuses it: over-refusing is the safe side.

A query is refused if any layer objects; the word inside a string literal, a comment, an IRI or a variable
name passes layers 2 and 3 and is allowed. Behind all of this the query workers cannot open IP sockets at all
(kg/server/sandbox.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_TOKEN = re.compile(
    r"""
    (?P<ws>\s+)
  | (?P<comment>\#[^\n\r]*)
  | (?P<string>'''(?:[^'\\]|\\[\s\S]|'(?!''))*'''
             |\"\"\"(?:[^"\\]|\\[\s\S]|"(?!""))*\"\"\"
             |'(?:[^'\\\n\r]|\\.)*'
             |"(?:[^"\\\n\r]|\\.)*")
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<var>[?$]\w*)
  | (?P<lang>@[A-Za-z]+(?:-[A-Za-z0-9]*)*)
  | (?P<bnode>_:[\w\-.]*)
  | (?P<pname>(?:[^\W\d_][\w\-.]*)?:(?:[\w\-:%]|\\.|\.(?=[\w\-:%\\]))*)
  | (?P<word>[^\W\d_]\w*)
  | (?P<number>\d+)
  | (?P<other>[\s\S])
    """,
    re.VERBOSE,
)

UPDATE_KEYWORDS = frozenset({"INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH"})
QUERY_FORMS = frozenset({"SELECT", "CONSTRUCT", "DESCRIBE", "ASK"})


class Refused(Exception):
    """The query may not run: ``status`` is the HTTP status to answer with."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status
        self.message = message


@dataclass(frozen=True)
class Token:
    kind: str
    text: str


def iter_tokens(text: str):
    """The query's tokens one by one, without white space and comments.

    An unterminated string falls back to a one-character token. Lazy, so that looking at the start of a large
    request costs little.
    """
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup
        if kind not in ("ws", "comment"):
            yield Token(kind, match.group())


def tokens(text: str) -> list[Token]:
    """All the query's tokens, without white space and comments."""
    return list(iter_tokens(text))


def operation_keyword(text: str) -> str | None:
    """The first keyword after the prologue (BASE and PREFIX declarations), upper-cased: SELECT, INSERT, ..."""
    skip = 0
    for tok in iter_tokens(text):
        if skip:
            skip -= 1
            continue
        if tok.kind != "word":
            return None
        word = tok.text.upper()
        if word == "BASE":
            skip = 1
        elif word == "PREFIX":
            skip = 2
        else:
            return word
    return None


def is_update(text: str) -> bool:
    """True when the text is (or starts like) a SPARQL Update request."""
    return operation_keyword(text) in UPDATE_KEYWORDS


def _lexical_service(toks: list[Token]) -> bool:
    for tok in toks:
        if tok.kind == "word" and tok.text.upper() == "SERVICE":
            return True
        if tok.kind == "pname" and tok.text.split(":", 1)[0].upper() == "SERVICE":
            return True
    return False


def _walk_names(node, names: set[str]) -> None:
    from rdflib.plugins.sparql.parserutils import CompValue

    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, CompValue):
            names.add(item.name)
            stack.extend(item.values())
        elif isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, (list, tuple)) or hasattr(item, "asList"):
            stack.extend(item)


def _rdflib_names(text: str) -> set[str] | None:
    """Names of the parse-tree nodes rdflib finds in the query, or None if rdflib cannot parse it."""
    from rdflib.plugins.sparql.parser import parseQuery

    try:
        tree = parseQuery(text)
    except Exception:  # pyparsing's ParseException, or anything rdflib raises on input it cannot handle
        return None
    names: set[str] = set()
    _walk_names(tree, names)
    return names


_SERVICE_LETTERS = re.compile("service", re.IGNORECASE)

SERVICE_MESSAGE = ("federated queries (SERVICE) are not allowed on this endpoint: the server does not call other "
                   "services")


@dataclass(frozen=True)
class QueryInfo:
    """What the guard learned about a query that may run."""

    form: str | None            # SELECT, CONSTRUCT, DESCRIBE, ASK (None if the tokenizer could not tell)
    has_dataset_clause: bool    # FROM or FROM NAMED in the query


def check_query(text: str) -> QueryInfo:
    """Raise :class:`Refused` for updates (403) and federated queries (400); otherwise describe the query."""
    toks = tokens(text)
    keyword = operation_keyword(text)
    if keyword in UPDATE_KEYWORDS:
        raise Refused(403, "SPARQL Update is not allowed: this endpoint is read-only")
    has_from = any(t.kind == "word" and t.text.upper() == "FROM" for t in toks)
    if _SERVICE_LETTERS.search(text) is None:
        return QueryInfo(keyword if keyword in QUERY_FORMS else None, has_from)
    if _lexical_service(toks):
        raise Refused(400, SERVICE_MESSAGE)
    names = _rdflib_names(text)
    if names is None:
        raise Refused(400, SERVICE_MESSAGE + " (the query mentions 'service' and could not be checked)")
    if "ServiceGraphPattern" in names:
        raise Refused(400, SERVICE_MESSAGE)
    return QueryInfo(keyword if keyword in QUERY_FORMS else None, has_from or "DatasetClause" in names)
