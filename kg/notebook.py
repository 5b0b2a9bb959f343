"""kg in Jupyter: the ``%%sparql`` magic and SPARQL results as pandas DataFrames.

``%load_ext kg`` registers the magic (see ``kg.load_ipython_extension``)::

    %%sparql --store out/kg.store -o df
    SELECT ?type (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e kg:eventType ?type } GROUP BY ?type

    %sparql --saved actor-timeline --param actor=Q423

Without ``--store`` the magic asks the store last given to :func:`use` in this session, else ``$KG_STORE``.
The magic only parses its options and calls the graph layer (``Store.query``, ``SavedQuery.run``); mistakes
(malformed SPARQL, unknown saved query, missing store) are printed as one line, not a traceback.

pandas and matplotlib are imported when first needed, so ``import kg`` does not need them
(``pip install 'kg[notebook]'`` installs them).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import shlex
import sys
from dataclasses import dataclass, field

from kg.errors import KgError
from kg.graph.results import Result, python_value
from kg.graph.store import Store, as_store
from kg.graph.terms import compact as compact_iri

_XSD = "http://www.w3.org/2001/XMLSchema#"
_DATES = {_XSD + "date", _XSD + "dateTime"}
_PERIOD = re.compile(r"^(-?\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")

# -- the session's store -----------------------------------------------------------------------------------

_current: Store | None = None
_opened: dict[str, Store] = {}


def use(source) -> Store:
    """Make ``source`` the store the magic queries by default and return it as a Store.

    ``source`` is a Store, an rdflib Dataset/Graph, an RDF file (.trig …), a store folder or a SPARQL URL.
    A path or URL already opened in this session is not opened twice (a store folder allows one opener).
    """
    global _current
    _current = _open(source)
    return _current


def current_store() -> Store:
    """The store :func:`use` set, else the one ``$KG_STORE`` names; a KgError if neither exists."""
    if _current is not None:
        return _current
    location = os.environ.get("KG_STORE")
    if location:
        return _open(location)
    raise KgError("no store: pass --store PATH|URL, call kg.notebook.use(store) or set KG_STORE")


def _open(source) -> Store:
    if isinstance(source, Store):
        return source
    if isinstance(source, (str, os.PathLike)):
        key = str(source)
        if key not in _opened:
            _opened[key] = as_store(key)
        return _opened[key]
    return as_store(source)


def close_all() -> None:
    """Close the stores the magic opened from paths (and forget the current store)."""
    global _current
    for store in _opened.values():
        store.close()
    _opened.clear()
    _current = None


# -- results as DataFrames ---------------------------------------------------------------------------------

def to_dataframe(result: Result, *, compact: bool = False):
    """A kg.graph Result as a pandas DataFrame.

    SELECT: one column per variable, in order. Columns whose values are all integers become ``Int64``
    (nullable), all numbers ``float64``, all booleans ``boolean``, all ``xsd:date``/``xsd:dateTime``
    ``datetime64``; anything else stays text (IRIs as full strings, or prefixed names with ``compact``).
    Unbound values are missing (``<NA>``/``NaN``/``None``). ASK gives one column ``ask``; CONSTRUCT and DESCRIBE
    give ``subject``, ``predicate``, ``object``.
    """
    import pandas as pd

    if result.kind == "ask":
        return pd.DataFrame({"ask": pd.array([result.boolean], dtype="boolean")})
    if result.kind == "graph":
        names, rows = ["subject", "predicate", "object"], result.triples
    else:
        names, rows = result.variables, result.rows
    columns = {}
    for i, name in enumerate(names):
        terms = [row[i] for row in rows]
        columns[name] = _column(terms, compact, pd)
    return pd.DataFrame(columns, columns=names)


def _column(terms: list, compact: bool, pd):
    from rdflib import Literal, URIRef

    values = [python_value(t) for t in terms]
    present = [v for v in values if v is not None]
    literals = [t for t in terms if t is not None]
    if present and all(isinstance(v, bool) for v in present):
        return pd.array(values, dtype="boolean")
    if present and all(isinstance(v, int) and not isinstance(v, bool) for v in present):
        return pd.array(values, dtype="Int64")
    if present and all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in present):
        return pd.array([float("nan") if v is None else float(v) for v in values], dtype="float64")
    if literals and all(isinstance(t, Literal) and str(t.datatype) in _DATES for t in literals):
        try:
            return pd.to_datetime(pd.Series(values, dtype="object"), format="ISO8601").array
        except (ValueError, TypeError):
            pass
    if compact:
        values = [compact_iri(str(t)) if isinstance(t, URIRef) else v for t, v in zip(terms, values)]
    return pd.array(values, dtype="object")


def period_start(value) -> dt.datetime | None:
    """The start of the period an ISO date of any precision names: ``2024`` → 2024-01-01, ``2025-04`` →
    2025-04-01, ``2025-08-15`` → 2025-08-15; None for a missing or unreadable value.

    >>> period_start("2025-04"), period_start("2024"), period_start(None)
    (datetime.datetime(2025, 4, 1, 0, 0), datetime.datetime(2024, 1, 1, 0, 0), None)
    """
    if value is None or (isinstance(value, float) and value != value):
        return None
    if isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.date):
        return dt.datetime(value.year, value.month, value.day)
    match = _PERIOD.match(str(value).strip())
    if not match:
        return None
    try:
        return dt.datetime(int(match.group(1)), int(match.group(2) or 1), int(match.group(3) or 1))
    except ValueError:
        return None


def timeline(events, *, date: str = "date", category: str = "type", label: str | None = None, ax=None,
             title: str = "Events by date and PLOVER category"):
    """A matplotlib strip chart of ``events`` (a DataFrame): one dot per event at the start of its date's
    period, one row and one colour per category, with a legend. Undated events are left out. Returns the Axes.
    """
    import matplotlib.pyplot as plt

    frame = events.assign(_when=[period_start(v) for v in events[date]]).dropna(subset=["_when"])
    categories = sorted(frame[category].dropna().unique())
    if ax is None:
        _, ax = plt.subplots(figsize=(11, 0.35 * max(4, len(categories)) + 1.5))
    colours = plt.get_cmap("tab20")
    for row, name in enumerate(categories):
        chunk = frame[frame[category] == name]
        ax.scatter(chunk["_when"], [row] * len(chunk), s=36, alpha=0.75, color=colours(row % 20),
                   label=f"{name} ({len(chunk)})")
    ax.set_yticks(range(len(categories)), categories)
    ax.set_ylim(-0.7, len(categories) - 0.3)
    ax.set_xlabel(label or "date (start of the day, month or year given)")
    ax.set_title(title)
    ax.grid(axis="x", alpha=0.3)
    if categories:
        ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize="small", frameon=False)
    ax.figure.tight_layout()
    return ax


# -- the magic ---------------------------------------------------------------------------------------------

class _Parser(argparse.ArgumentParser):
    def error(self, message):  # argparse would print usage and exit the kernel's process
        raise KgError(f"%%sparql: {message}")


def _parser() -> argparse.ArgumentParser:
    p = _Parser(prog="%%sparql", add_help=False,
                description="Run the cell's SPARQL (or a saved query) and show the result as a DataFrame.")
    p.add_argument("--store", "-s", help="store folder, RDF file or SPARQL URL (default: kg.notebook.use / KG_STORE)")
    p.add_argument("-o", "--output", metavar="NAME", help="also keep the DataFrame in this variable")
    p.add_argument("--saved", metavar="NAME", help="run the saved query NAME (queries/NAME.rq)")
    p.add_argument("--param", "-p", action="append", default=[], metavar="K=V", help="a saved query's parameter")
    p.add_argument("--compact", action="store_true", help="show IRIs as prefixed names")
    return p


@dataclass
class Options:
    store: str | None = None
    output: str | None = None
    saved: str | None = None
    params: dict[str, str] = field(default_factory=dict)
    compact: bool = False


def parse_args(line: str) -> Options:
    """The options of a ``%%sparql`` line; a KgError (one line) when they are wrong."""
    try:
        words = shlex.split(line or "")
    except ValueError as err:
        raise KgError(f"%%sparql: cannot read the options: {err}") from None
    ns = _parser().parse_args(words)
    params = {}
    for item in ns.param:
        key, eq, value = item.partition("=")
        if not eq or not key.strip():
            raise KgError(f"%%sparql: --param wants NAME=VALUE, not {item!r}")
        params[key.strip()] = value
    if params and not ns.saved:
        raise KgError("%%sparql: --param goes with --saved NAME")
    if ns.output is not None and not ns.output.isidentifier():
        raise KgError(f"%%sparql: -o wants a Python variable name, not {ns.output!r}")
    return Options(store=ns.store, output=ns.output, saved=ns.saved, params=params, compact=ns.compact)


def run(line: str, cell: str | None = None):
    """What the magic does, without IPython: parse ``line``, run the query and return the DataFrame."""
    options = parse_args(line)
    store = _open(options.store) if options.store else current_store()
    text = (cell or "").strip()
    if options.saved:
        if text:
            raise KgError("%%sparql: give either --saved NAME or a query in the cell, not both")
        from kg.graph.query import saved_query

        result = saved_query(options.saved).run(store, **options.params)
    else:
        if not text:
            raise KgError("%%sparql: the cell holds no query (write SPARQL below the %%sparql line, or use --saved)")
        result = store.query(text)
    return options, to_dataframe(result, compact=options.compact)


def sparql(line: str = "", cell: str | None = None, *, shell=None):
    """The ``%%sparql`` cell magic (and ``%sparql`` line magic with --saved)."""
    try:
        options, frame = run(line, cell)
    except KgError as err:
        print(f"sparql: {err}", file=sys.stderr)
        return None
    if options.output:
        target = shell if shell is not None else _ipython()
        if target is not None:
            target.user_ns[options.output] = frame
    return frame


def _ipython():
    try:
        from IPython import get_ipython
    except ImportError:  # pragma: no cover
        return None
    return get_ipython()


def register(ipython) -> None:
    def magic(line, cell=None):
        return sparql(line, cell, shell=ipython)

    magic.__doc__ = __doc__
    ipython.register_magic_function(magic, magic_kind="line_cell", magic_name="sparql")


def unregister(ipython) -> None:
    for kind in ("line", "cell"):
        ipython.magics_manager.magics[kind].pop("sparql", None)


__all__ = ["use", "current_store", "close_all", "to_dataframe", "period_start", "timeline", "parse_args", "run",
           "sparql", "Options"]
