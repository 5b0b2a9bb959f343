"""One self-contained HTML page from a networkx graph that follows the kg.network contract.

pyvis's ``Network`` collects the node and edge records and the vis-network options; the page itself comes from
our own template (``template.html``), because pyvis's templates fetch Bootstrap or vis-network from a CDN and
render tooltips as HTML. The page inlines vis-network's JavaScript and CSS from the copy that the pyvis
package ships, so it makes no network request. Everything that comes from article text (labels, evidence,
sources, the heading) reaches the page only as JSON data or as HTML-escaped text, and the page's script puts
it into the DOM with ``textContent``: nothing from the text becomes markup or script.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import json
import re
import unicodedata
from collections import defaultdict
from importlib import resources
from pathlib import Path

import networkx as nx

from kg.errors import KgError
from kg.viz import layout, style

VIS_VERSION = "9.1.2"
LARGE = 1500            # nodes + edges from which labels lose their halo and edges hide while moving
LABEL_MAX = 48          # characters of a label drawn on the canvas (the tooltip has it all)
EDGE_ATTRS = ("event", "type", "cameo", "quad", "date", "status", "sources", "evidence", "articles", "label",
              "place", "mentions")
NODE_ATTRS = ("label", "cls", "wikidata")


@functools.cache
def _network_class():
    """pyvis's Network with set-based membership tests (pyvis checks lists: quadratic for 10,000 nodes).
    Imported on first use: pyvis brings IPython along, which the rest of kg does not need."""
    from pyvis.network import Network

    class FastNetwork(Network):
        def __init__(self, **kw):
            super().__init__(**kw)
            self.node_ids = _IdList()

        def get_nodes(self):
            return self.node_ids

    return FastNetwork


class _IdList(list):
    """A list that also answers ``in`` from a set."""

    def __init__(self):
        super().__init__()
        self._set = set()

    def append(self, item):
        super().append(item)
        self._set.add(item)

    def __contains__(self, item):
        return item in self._set


def render(graph: nx.Graph, *, title: str = "kg graph", seed: int = 0, physics: bool = False,
           height: str = "100vh") -> str:
    """The HTML page (a str) showing ``graph``.

    ``graph`` is an actor view (MultiDiGraph) or an event view (DiGraph with ``kind`` on nodes) of
    kg.network, or any networkx graph with those attributes. ``physics=True`` lets vis-network refine the
    precomputed layout and switches the simulation off once it is stable; by default the precomputed layout is
    drawn as it is, which is what makes 10,000 nodes usable. The same graph gives the same bytes.
    """
    if not isinstance(graph, nx.Graph):
        raise KgError(f"kg.viz needs a networkx graph, not {type(graph).__name__}")
    if not re.fullmatch(r"\d{1,5}(\.\d+)?(px|vh|%|em|rem)", str(height)):
        raise KgError(f"height must be a CSS length such as 600px or 100vh, not {height!r}")
    nodes, edges, options, meta = _network_data(graph, seed=seed, physics=physics)
    payload = {"nodes": nodes, "edges": edges, "options": options, "meta": meta, "legend": style.legend()}
    vis_js = _asset_text("vis-network.min.js", "</script")
    page_js = _own_text("page.js", "</script")
    page = _template().render(
        title=_clean(title, 200) or "kg graph",
        height=height,
        csp=_csp(vis_js, page_js),
        vis_version=VIS_VERSION,
        vis_css=_asset_text("vis-network.css", "</style"),
        vis_js=vis_js,
        page_css=_own_text("page.css", "</style"),
        page_js=page_js,
        data=_markup(script_json(payload)),
    )
    # Scripts and styles are ASCII already; what is left (the escaped title) becomes character references.
    return page.encode("ascii", "xmlcharrefreplace").decode("ascii")


def _csp(*scripts: str) -> str:
    """A Content-Security-Policy that lets only our own inline scripts run (by hash) and fetches nothing:
    even if some text did end up as markup, an injected script or event handler would be refused."""
    hashes = " ".join(f"'sha256-{base64.b64encode(hashlib.sha256(s.encode()).digest()).decode()}'" for s in scripts)
    return (f"default-src 'none'; script-src {hashes}; style-src 'unsafe-inline'; img-src data:; font-src data:; "
            "connect-src 'none'; form-action 'none'; base-uri 'none'")


def write(graph: nx.Graph, path: str | Path, **kwargs) -> Path:
    """Write the page of ``graph`` to ``path`` (atomically) and return the path."""
    from kg.atomic import atomic_write

    text = render(graph, **kwargs)
    with atomic_write(path, encoding="utf-8") as fh:
        fh.write(text)
    return Path(path)


def script_json(value) -> str:
    """JSON that is safe inside ``<script type="application/json">``: no ``<``, ``>`` or ``&`` appears
    literally (so ``</script>`` and ``<!--`` cannot occur), nor U+2028/U+2029 or any other non-ASCII
    character (the page is pure ASCII, so it reads the same whatever charset a host assumes)."""
    text = json.dumps(value, ensure_ascii=True, sort_keys=True, separators=(",", ":"), allow_nan=False)
    for char, escape in (("&", "\\u0026"), ("<", "\\u003c"), (">", "\\u003e"),
                         ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, escape)
    return text


# -- data -----------------------------------------------------------------------------------------------------

def _network_data(graph: nx.Graph, *, seed: int, physics: bool):
    order = sorted(graph.nodes, key=_sort_key)
    ids = {n: f"n{i}" for i, n in enumerate(order)}
    pos = layout.positions(graph, seed=seed)
    event_view = any(graph.nodes[n].get("kind") == "event" for n in order)
    # Always "directed" for pyvis: its undirected mode looks for duplicate edges, quadratically.
    net = _network_class()(directed=True, height="100%", width="100%", cdn_resources="in_line")

    for n in order:
        attrs = graph.nodes[n]
        kind = style.node_kind(attrs)
        fill, border, shape = style.NODE_STYLE[kind]
        data = {"iri": _clean(n, 2000), "kind": kind, "degree": int(graph.degree(n))}
        if kind == "event":
            data.update(_event_data(attrs))
            fill = style.quad_colour(attrs.get("quad"))
            border = "#333333"
            label = " ".join(x for x in (data["type"], data["date"]) if x) or data["label"]
            dashes = style.status_dashes(attrs.get("status"))
        else:
            data.update({k: _clean(attrs.get(k), 500) for k in NODE_ATTRS})
            label = data["label"] or _short_iri(data["iri"])
            dashes = False
        x, y = pos[n]
        net.add_node(
            ids[n], label=_truncate(label), shape=shape, size=style.node_size(int(graph.degree(n))),
            color={"background": fill, "border": border,
                   "highlight": {"background": fill, "border": "#000000"},
                   "hover": {"background": fill, "border": "#000000"}},
            shapeProperties={"borderDashes": dashes}, x=x, y=y, kg=data,
        )

    for e in _edges(graph, ids, event_view):
        net.add_edge(e.pop("from"), e.pop("to"), **e)

    nodes, edges, _heading, _h, _w, _opts = net.get_network_data()
    for e in edges:
        e.pop("arrows", None)   # pyvis adds "to" on every edge; the global option says it once
    large = len(nodes) + len(edges) > LARGE
    options = _options(physics=physics, large=large, directed=graph.is_directed())
    if event_view:
        types = sorted({n["kg"]["type"] for n in nodes if n["kg"]["kind"] == "event"} - {None, ""})
    else:
        types = sorted({e["kg"]["type"] for e in edges} - {None, ""})
    meta = {"view": "events" if event_view else "actors", "physics": bool(physics), "large": large,
            "vis": VIS_VERSION, "types": types}
    return nodes, edges, options, meta


def _edges(graph: nx.Graph, ids: dict, event_view: bool) -> list[dict]:
    if graph.is_multigraph():
        raw = [(u, v, k, d) for u, v, k, d in graph.edges(keys=True, data=True)]
    else:
        raw = [(u, v, None, d) for u, v, d in graph.edges(data=True)]
    raw.sort(key=lambda r: (_sort_key(r[0]), _sort_key(r[1]), _sort_key(r[2])))
    by_pair: dict[tuple, list[int]] = defaultdict(list)
    for i, (u, v, _k, _d) in enumerate(raw):
        by_pair[(ids[u], ids[v])].append(i)
    out = []
    for i, (u, v, key, attrs) in enumerate(raw):
        if event_view:
            # the event's data lives on its node once; the page looks it up from ``event_node``
            event_end = v if graph.nodes[v].get("kind") == "event" else u
            event = _event_data(graph.nodes[event_end])
            data = {"role": _clean(attrs.get("role"), 100), "event_node": ids[event_end]}
            label = data["role"]
        else:
            event = data = _event_data(attrs)
            if not data["event"] and key is not None:
                data["event"] = _clean(key, 2000)
            label = " ".join(x for x in (data["type"], data["date"]) if x)
        colour = style.quad_colour(event["quad"])
        edge = {"from": ids[u], "to": ids[v], "id": f"e{i}", "label": _truncate(label),
                "color": {"color": colour, "highlight": colour, "hover": colour, "opacity": 0.9},
                "dashes": style.status_dashes(event["status"]), "kg": data}
        smooth = _smooth(by_pair, ids[u], ids[v], i)
        if smooth:
            edge["smooth"] = smooth
            # vis-network 9.1.2 draws the rotated ("middle") label of a curved edge at the wrong place
            edge["font"] = {"align": "horizontal"}
        out.append(edge)
    return out


def _smooth(by_pair: dict, u: str, v: str, i: int):
    """Curves that keep parallel and opposite edges apart (vis-network draws them on top of each other)."""
    same = by_pair[(u, v)]
    reverse = by_pair.get((v, u), []) if u != v else []
    k = same.index(i)
    if u == v:
        return None
    if reverse:
        return {"enabled": True, "type": "curvedCW", "roundness": round(min(0.15 * (k + 1), 0.9), 2)}
    if len(same) == 1 or k == 0:
        return None
    side = "curvedCW" if k % 2 else "curvedCCW"
    return {"enabled": True, "type": side, "roundness": round(min(0.2 * ((k + 1) // 2), 0.9), 2)}


def _event_data(attrs: dict) -> dict:
    data = {k: _clean(attrs.get(k), 5000 if k == "evidence" else 500) for k in EDGE_ATTRS
            if k not in ("sources", "articles", "mentions")}
    data["sources"] = _clean_list(attrs.get("sources"))
    data["articles"] = _clean_list(attrs.get("articles"))
    mentions = attrs.get("mentions")
    data["mentions"] = mentions if isinstance(mentions, int) and not isinstance(mentions, bool) else None
    return data


def _options(*, physics: bool, large: bool, directed: bool) -> dict:
    # Halos around labels (strokeWidth) cost most of a frame in a software-rendered canvas: large graphs get
    # none, and their labels appear only once they are big enough to read (drawThreshold, in screen pixels).
    opts = {
        "autoResize": True,
        "layout": {"improvedLayout": False, "randomSeed": 0},
        "nodes": {"borderWidth": 1.5, "borderWidthSelected": 3,
                  "font": {"size": 13, "face": "sans-serif", "strokeWidth": 0 if large else 3,
                           "strokeColor": "#ffffff"},
                  "scaling": {"label": {"drawThreshold": 7 if large else 5}}},
        "edges": {"arrows": {"to": {"enabled": directed, "scaleFactor": 0.5}}, "width": 1.4, "selectionWidth": 2,
                  "smooth": False, "arrowStrikethrough": False,
                  "font": {"size": 10, "align": "middle", "strokeWidth": 0 if large else 2,
                           "strokeColor": "#ffffff", "color": "#333333"},
                  "scaling": {"label": {"drawThreshold": 8 if large else 5}}},
        "interaction": {"hover": True, "tooltipDelay": 120, "multiselect": True, "keyboard": False,
                        "hideEdgesOnDrag": large, "hideEdgesOnZoom": large},
        "physics": {"enabled": False},
    }
    if physics:
        opts["physics"] = {"enabled": True, "solver": "barnesHut",
                           "barnesHut": {"springLength": 140, "avoidOverlap": 0.2},
                           "stabilization": {"enabled": True, "iterations": 300, "fit": True}}
    return opts


# -- text -----------------------------------------------------------------------------------------------------

_UNWANTED = re.compile("[\x00-\x08\x0b-\x1f\x7f\ud800-\udfff]")  # control characters, lone surrogates


def _clean(value, limit: int) -> str | None:
    """Text for the page: a string without control characters, at most ``limit`` characters, or None."""
    if value is None:
        return None
    text = value if isinstance(value, str) else str(value)
    text = unicodedata.normalize("NFC", _UNWANTED.sub("", text))
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _clean_list(value) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        value = [value]
    elif isinstance(value, (set, frozenset)):
        value = sorted(value, key=str)
    elif not isinstance(value, (list, tuple)):
        value = [value]
    return [t for t in (_clean(v, 500) for v in value) if t]


def _truncate(text: str | None) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= LABEL_MAX else text[: LABEL_MAX - 1] + "…"


def _short_iri(iri: str | None) -> str:
    return (iri or "").rstrip("/").rsplit("/", 1)[-1]


def _sort_key(value) -> tuple:
    return (type(value).__name__ != "str", str(value))


# -- assets ---------------------------------------------------------------------------------------------------

@functools.cache
def _template():
    from jinja2 import Environment

    env = Environment(autoescape=True, keep_trailing_newline=True)
    return env.from_string(_read_own("template.html"))


def _read_own(name: str) -> str:
    return resources.files("kg.viz").joinpath(name).read_text(encoding="utf-8")


def _own_text(name: str, closer: str):
    return _safe_block(_read_own(name), name, closer)


@functools.cache
def _asset_text(name: str, closer: str):
    return _safe_block(vis_asset(name).read_text(encoding="utf-8"), name, closer)


def vis_asset(name: str) -> Path:
    """The file ``name`` of vis-network as shipped inside the pyvis package."""
    import pyvis

    path = Path(pyvis.__file__).resolve().parent / "lib" / f"vis-{VIS_VERSION}" / name
    if not path.is_file():
        raise KgError(f"vis-network {VIS_VERSION} not found in the pyvis package ({path}); reinstall pyvis>=0.3.2")
    return path


def _ascii_js(text: str) -> str:
    """JavaScript with every non-ASCII character written as a \\u escape (they occur in string literals),
    so that the inlined script, and the hash the page's CSP allows, do not depend on the page's charset."""
    def escape(match: re.Match) -> str:
        code = ord(match.group())
        if code < 0x10000:
            return f"\\u{code:04x}"
        code -= 0x10000
        return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"

    return re.sub(r"[^\x00-\x7f]", escape, text)


def _markup(text: str):
    from markupsafe import Markup

    return Markup(text)


def _safe_block(text: str, name: str, closer: str):
    from markupsafe import Markup

    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\0", "")
    if closer == "</script":
        text = _ascii_js(text)
    elif not text.isascii():
        raise KgError(f"{name} cannot be inlined: it is not ASCII")
    lowered = text.lower()
    if closer in lowered or "<!--" in lowered:
        raise KgError(f"{name} cannot be inlined: it contains {closer!r} or '<!--'")
    return Markup(text)
