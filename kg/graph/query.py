"""The library of saved SPARQL queries in ``queries/*.rq`` and safe parameter substitution.

A saved query starts with comment lines that document it::

    # title: Timeline of one actor
    # description: Every event the actor takes part in, oldest first.
    #   (indented lines continue the description)
    # param: actor entity  The actor: a QID (Q423), an IRI (id:entity/…) or a name ("North Korea")
    # param: limit integer = 10  How many rows
    # example: kg query actor-timeline --param actor=Q423

In the body a parameter is the SPARQL variable ``$name``; once a query declares parameters, its ``$``
variables and its ``# param:`` lines must match. A value is first turned into an RDF term of the
declared type and written by pyoxigraph (``<…>`` or an escaped literal); only then is it put in place of
``$name`` tokens, never inside strings, IRIs or comments. User text therefore cannot change the query.
Left unbound (as in the file itself), ``$name`` is an ordinary variable and the file stays valid SPARQL.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import KgError
from kg.graph.results import Result
from kg.graph.store import Store
from kg.graph.terms import expand, iri, is_qid, literal
from kg.vocab import ID, PLOVER, SHARE_DIR

QUERIES_DIR = SHARE_DIR / "queries"
PARAM_TYPES = ("entity", "iri", "type", "date", "integer", "string")
PLOVER_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
                "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
XSD = "http://www.w3.org/2001/XMLSchema#"

_NAME = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_PARAM_LINE = re.compile(r"^(\w+)\s+(\w+)(?:\s*=\s*(\S+))?\s*(.*)$")
# Tokens the substitution must step over: comments, strings (long ones first), IRIs; then $variables.
_TOKENS = re.compile(r'''(?P<skip>\#[^\n]*|"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^'\\]|\\.|'(?!''))*\'\'\''''
                     r'''|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|<[^<>"{}|^`\\\s]*>)'''
                     r'''|\$(?P<var>[A-Za-z_][A-Za-z0-9_]*)''')


@dataclass
class Param:
    name: str
    type: str
    description: str = ""
    default: str | None = None


@dataclass
class SavedQuery:
    """One ``.rq`` file: its documentation header and its SPARQL body."""

    name: str
    title: str
    description: str
    text: str
    params: list[Param] = field(default_factory=list)
    examples: list[str] = field(default_factory=list)
    path: Path | None = None

    def sparql(self, values: dict[str, str] | None = None, store: Store | None = None) -> str:
        """The query with every parameter bound (defaults fill the gaps)."""
        values = dict(values or {})
        known = {p.name for p in self.params}
        unknown = sorted(set(values) - known)
        if unknown:
            takes = ", ".join(sorted(known)) or "no parameters"
            raise KgError(f"{self.name}: unknown parameter {unknown[0]!r}; it takes {takes}")
        terms = {}
        for param in self.params:
            raw = values.get(param.name, param.default)
            if raw is None:
                raise KgError(f"{self.name} needs --param {param.name}=… ({param.description or param.type})")
            terms[param.name] = to_term(param, raw, store)
        return substitute(self.text, terms)

    def run(self, store: Store, **values: str) -> Result:
        """Bind the parameters and run the query on ``store``."""
        return store.query(self.sparql(values, store))

    def summary(self) -> str:
        params = " ".join(f"{p.name}={p.type}" + (f"[{p.default}]" if p.default is not None else "")
                          for p in self.params)
        return f"{self.name:<24} {self.title}" + (f"  ({params})" if params else "")


def parse_query(text: str, name: str = "query", path: Path | None = None) -> SavedQuery:
    """Read the documentation header of a ``.rq`` text (see the module docstring)."""
    meta: dict[str, list[str]] = {"title": [], "description": [], "param": [], "example": []}
    last = None
    for line in text.splitlines():
        if not line.startswith("#"):
            if line.strip():
                break
            continue
        body = line[1:]
        match = re.match(r"^\s*(title|description|param|example):\s*(.*)$", body)
        if match:
            last = match.group(1)
            meta[last].append(match.group(2).strip())
        elif last in ("description",) and body.strip():
            meta[last][-1] += " " + body.strip()
    params = []
    for spec in meta["param"]:
        m = _PARAM_LINE.match(spec)
        if not m or m.group(2) not in PARAM_TYPES:
            raise KgError(f"{path or name}: bad '# param:' line {spec!r}; write: NAME TYPE [= DEFAULT] DESCRIPTION "
                          f"with TYPE one of {', '.join(PARAM_TYPES)}")
        params.append(Param(m.group(1), m.group(2), m.group(4).strip(), m.group(3)))
    used = dollar_variables(text)
    declared = {p.name for p in params}
    if params and used != declared:
        raise KgError(f"{path or name}: $-parameters used ({', '.join(sorted(used)) or 'none'}) and declared "
                      f"({', '.join(sorted(declared)) or 'none'}) differ")
    return SavedQuery(name=name, title=" ".join(meta["title"]) or name, description=" ".join(meta["description"]),
                      text=text, params=params, examples=meta["example"], path=path)


def dollar_variables(sparql: str) -> set[str]:
    """The ``$name`` variables of a query (outside strings, IRIs and comments)."""
    return {m.group("var") for m in _TOKENS.finditer(sparql) if m.group("var")}


def load_file(path: str | Path) -> SavedQuery:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise KgError(f"{path}: no such file") from None
    except (UnicodeDecodeError, IsADirectoryError) as err:
        raise KgError(f"{path}: cannot read the query: {err}") from None
    return parse_query(text, name=path.stem, path=path)


@functools.cache
def _library(directory: Path) -> dict[str, SavedQuery]:
    return {p.stem: load_file(p) for p in sorted(directory.glob("*.rq"))}


def saved_queries(directory: str | Path | None = None) -> dict[str, SavedQuery]:
    """Every saved query by name (file stem), sorted."""
    return dict(_library(Path(directory) if directory else QUERIES_DIR))


def saved_query(name: str, directory: str | Path | None = None) -> SavedQuery:
    queries = saved_queries(directory)
    if name not in queries:
        raise KgError(f"unknown saved query {name!r}; `kg query --list` shows them")
    return queries[name]


def looks_like_name(text: str) -> bool:
    """A bare word like ``actor-timeline`` rather than SPARQL text."""
    return bool(_NAME.match(text))


def substitute(sparql: str, terms: dict[str, str]) -> str:
    """Replace ``$name`` variables by already-serialised RDF terms, outside strings, IRIs and comments."""
    def repl(m: re.Match) -> str:
        var = m.group("var")
        if var is None or var not in terms:
            return m.group(0)
        return terms[var]

    return _TOKENS.sub(repl, sparql)


def to_term(param: Param, raw: str, store: Store | None = None) -> str:
    """The SPARQL text of ``raw`` read as a value of ``param.type``; KgError when it is not one."""
    raw = str(raw).strip()
    kind = param.type
    if kind == "integer":
        if not re.fullmatch(r"[+-]?\d{1,18}", raw):
            raise KgError(f"--param {param.name}: {raw!r} is not an integer")
        return str(int(raw))  # a bare SPARQL integer, so it also fits LIMIT and OFFSET
    if kind == "date":
        try:
            day = dt.date.fromisoformat(raw)
        except ValueError:
            raise KgError(f"--param {param.name}: {raw!r} is not a date (YYYY-MM-DD)") from None
        return literal(day.isoformat(), datatype=XSD + "date")
    if kind == "string":
        return literal(raw)
    if kind == "type":
        name = raw.upper()
        if name not in PLOVER_TYPES:
            raise KgError(f"--param {param.name}: {raw!r} is not a PLOVER type ({', '.join(PLOVER_TYPES)})")
        return iri(str(PLOVER[name]))
    if kind == "iri":
        return iri(expand(raw) or raw)
    return iri(resolve_entity(raw, store, param.name))


def resolve_entity(raw: str, store: Store | None, what: str = "entity") -> str:
    """An entity IRI from a QID (``Q423``, ``wd:Q423``), an IRI or prefixed name, or a label in the store."""
    if raw.startswith("wd:") and is_qid(raw[3:]):
        raw = raw[3:]
    if is_qid(raw):
        return str(ID[f"entity/{raw}"])
    if raw.startswith(("http://", "https://")):
        return raw
    expanded = expand(raw)
    if expanded:
        return expanded
    if store is None:
        raise KgError(f"--param {what}: give a QID or an IRI for {raw!r} (names need a store to look up)")
    name = literal(raw.lower())
    found = store.query(
        "SELECT DISTINCT ?x WHERE { ?x rdfs:label|skos:altLabel ?l . "
        f"FILTER(LCASE(STR(?l)) = {name}) }} ORDER BY ?x").column("x")
    if not found:
        raise KgError(f"--param {what}: no entity named {raw!r} in the store; use a QID or an IRI")
    if len(found) > 1:
        raise KgError(f"--param {what}: {raw!r} names {len(found)} entities ({', '.join(found[:4])}); use an IRI")
    return found[0]
