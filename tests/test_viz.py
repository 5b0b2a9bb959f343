"""kg.viz without a browser: safe embedding of text, determinism, no fetchable references, the CLI, Jupyter."""

from __future__ import annotations

import html
import json
import re
from html.parser import HTMLParser

import networkx as nx
import pytest

from kg.errors import KgError
from kg.viz import VizPage, render, show
from kg.viz import layout, style
from kg.viz.page import script_json
from kg.viz.sample import random_actor_graph
from tests.conftest import ARTICLES, ROOT, run_kg

E = "https://kg.example.org/id/entity/"
PAYLOADS = ("<script>window.pwned=1</script>", '<img src=x onerror="window.pwned=2">',
            '<a href="javascript:window.pwned=3">href</a>', "</script><script>window.pwned=4</script>",
            "<!--", "\u2028\u2029", "{{ 7*7 }}", "&lt;b&gt;")


def malicious_graph() -> nx.MultiDiGraph:
    """A contract graph whose every text field carries markup and script."""
    bad = " ".join(PAYLOADS)
    G = nx.MultiDiGraph()
    G.add_node(E + "Q1", label="<script>window.pwned=1</script>", cls="Country", wikidata="Q1")
    G.add_node(E + "Q2", label='<img src=x onerror="window.pwned=2">', cls="Person", wikidata=bad)
    G.add_node(E + 'x"><script>window.pwned=5</script>', label='<a href="javascript:window.pwned=3">href</a>',
               cls="<b>Organisation</b>", wikidata=None)
    G.add_edge(E + "Q1", E + "Q2", key="ev1", event="ev1", type="CONSULT<script>window.pwned=6</script>",
               cameo="042", quad="verbal cooperation", date="2025-08-14", status="alleged", sources=[bad],
               evidence=bad, articles=[bad], label=bad)
    G.add_edge(E + "Q2", E + 'x"><script>window.pwned=5</script>', key="ev2", event="ev2", type="ASSAULT",
               cameo="190", quad="material conflict", date=bad, status=bad, sources=bad, evidence=bad,
               articles=None, label=bad)
    return G


class Tags(HTMLParser):
    """Every start tag with its attributes, and the text of <style> blocks."""

    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.styles: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_style = tag == "style"

    def handle_endtag(self, tag):
        self._in_style = False

    def handle_data(self, data):
        if self._in_style:
            self.styles.append(data)


def parse(page: str) -> Tags:
    parser = Tags()
    parser.feed(page)
    parser.close()
    return parser


URL_ATTRS = {"src", "href", "srcset", "action", "formaction", "poster", "background", "data", "xlink:href",
             "manifest", "ping", "cite", "longdesc", "icon", "lowsrc", "dynsrc", "codebase", "archive"}


def fetchable_references(page: str) -> list[str]:
    """URLs that the browser would fetch from markup or CSS: URL attributes, <link>, meta refresh, url(),
    @import. (Strings inside scripts and JSON data are not fetched.)"""
    found = []
    doc = parse(page)
    for tag, attrs in doc.tags:
        for name, value in attrs.items():
            if name in URL_ATTRS and value:
                found.append(value)
            if name == "style" and value:
                found += re.findall(r"url\(\s*['\"]?([^'\")]+)", value)
        if tag == "meta" and (attrs.get("http-equiv") or "").lower() == "refresh":
            found.append(attrs.get("content") or "")
    for css in doc.styles:
        found += re.findall(r"url\(\s*['\"]?([^'\")]+)", css)
        found += re.findall(r"@import\s+(?:url\()?\s*['\"]?([^'\"); ]+)", css)
    return found


def test_script_json_cannot_close_the_script_or_break_lines():
    value = {"a": "</script><!-- <script>&amp; \u2028\u2029 '\"", "b": ["<", ">", "&"]}
    text = script_json(value)
    assert not set(text) & {"<", ">", "&", "\u2028", "\u2029"}
    assert json.loads(text) == value


def test_malicious_text_is_never_markup():
    page = render(malicious_graph(), title="<script>window.pwned=7</script><h1>x</h1>")
    tags = parse(page).tags
    assert [t for t, _ in tags if t in ("script", "img", "a", "iframe", "object", "embed", "link", "base")] == \
        ["script", "script", "script"]
    assert not [a for _, attrs in tags for a in attrs if a.startswith("on")]
    assert [t for t, _ in tags].count("h1") == 1
    assert "&lt;script&gt;window.pwned=7&lt;/script&gt;&lt;h1&gt;x&lt;/h1&gt;" in page
    # the only places text from the graph goes: the JSON block, where no <, > or & survives
    data = page.split('<script type="application/json" id="kg-data">', 1)[1].split("</script>", 1)[0]
    assert not set(data) & {"<", ">", "\u2028", "\u2029"}
    payload = json.loads(data)
    labels = {n["kg"]["label"] for n in payload["nodes"]}
    assert "<script>window.pwned=1</script>" in labels  # kept as text, shown as text
    assert all("title" not in n for n in payload["nodes"]), "titles are built in the page with textContent"


def test_page_inlines_everything_and_references_nothing_to_fetch():
    page = render(random_actor_graph(30, seed=3))
    assert fetchable_references(page) == [] or all(u.startswith("data:") for u in fetchable_references(page))
    tags = parse(page).tags
    assert not [a for t, a in tags if t == "script" and "src" in a]
    assert not [t for t, _ in tags if t == "link"]
    csp = next(a["content"] for t, a in tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy")
    assert "default-src 'none'" in csp and "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
    assert "vis.Network" in page and "vis-network" in page


def test_fetchable_reference_check_catches_what_it_should():
    sample = ('<link rel="stylesheet" href="https://cdn.example/b.css"><img src="http://x/y.png">'
              '<style>@import "https://a/b.css"; .x{background:url(https://a/c.png)}</style>'
              '<div style="background: url(\'http://d/e.png\')"></div><script>var u = "https://not.fetched/";</script>')
    assert fetchable_references(sample) == ["https://cdn.example/b.css", "http://x/y.png", "http://d/e.png",
                                            "https://a/c.png", "https://a/b.css"]


def test_same_graph_gives_the_same_bytes_whatever_the_insertion_order():
    G = random_actor_graph(120, seed=5)
    H = nx.MultiDiGraph()
    for n in reversed(list(G.nodes)):
        H.add_node(n, **G.nodes[n])
    for u, v, k, d in reversed(list(G.edges(keys=True, data=True))):
        H.add_edge(u, v, key=k, **d)
    assert render(G) == render(G) == render(H)
    assert render(G, seed=1) != render(G)


def test_nodes_and_edges_carry_the_encoding():
    page = render(malicious_graph())
    data = json.loads(page.split('id="kg-data">', 1)[1].split("</script>", 1)[0])
    assert len(data["nodes"]) == 3 and len(data["edges"]) == 2
    by_label = {n["kg"]["label"]: n for n in data["nodes"]}
    country = by_label["<script>window.pwned=1</script>"]
    assert country["shape"] == style.NODE_STYLE["country"][2]
    assert country["color"]["background"] == style.NODE_STYLE["country"][0]
    assert {"x", "y", "size"} <= set(country)
    assert by_label['<a href="javascript:window.pwned=3">href</a>']["kg"]["kind"] == "other"
    consult = next(e for e in data["edges"] if e["kg"]["event"] == "ev1")
    assert consult["dashes"] == style.STATUS_DASHES["alleged"]
    assert consult["color"]["color"] == style.QUAD_COLOUR["verbal cooperation"]
    assert consult["label"].startswith("CONSULT<script>") and consult["label"].endswith("…")


def test_event_view_is_drawn_with_event_nodes():
    B = nx.DiGraph()
    B.add_node("ev", kind="event", event="ev", type="AID", cameo="070", quad="material cooperation",
               date="2024", status="planned", sources=[], evidence="s", articles=["a"], label="A AID B")
    B.add_node(E + "Q1", kind="actor", label="A", cls="Country", wikidata="Q1")
    B.add_node(E + "Q2", kind="actor", label="B", cls="City", wikidata=None)
    B.add_edge(E + "Q1", "ev", role="actor")
    B.add_edge(E + "Q2", "ev", role="recipient")
    data = json.loads(render(B).split('id="kg-data">', 1)[1].split("</script>", 1)[0])
    assert data["meta"]["view"] == "events" and data["meta"]["types"] == ["AID"]
    event = next(n for n in data["nodes"] if n["kg"]["kind"] == "event")
    assert event["shape"] == "diamond" and event["kg"]["status"] == "planned"
    assert sorted(e["label"] for e in data["edges"]) == ["actor", "recipient"]
    assert {n["kg"]["kind"] for n in data["nodes"]} == {"event", "country", "place"}


def test_style_tables_cover_the_contract():
    for cls in ("Country", "Person", "Organisation", "ArmedForce", "Group", "Region", "City"):
        assert style.node_kind({"cls": cls}) in style.NODE_STYLE
    assert set(style.QUAD_COLOUR) == set(style.QUAD_ORDER)
    assert style.STATUS_DASHES["occurred"] is False
    assert style.STATUS_DASHES["planned"] and style.STATUS_DASHES["alleged"]
    assert style.node_size(0) < style.node_size(4) < style.node_size(10_000) == style.MAX_SIZE


def test_layout_is_seeded_and_places_every_node():
    G = random_actor_graph(300, seed=2)
    G.add_node("lonely", label="alone", cls="Country", wikidata=None)
    pos = layout.positions(G, seed=4)
    assert set(pos) == set(G) and pos == layout.positions(G, seed=4)
    assert len(set(pos.values())) == len(pos)
    assert layout.positions(nx.MultiDiGraph()) == {}


@pytest.mark.parametrize("graph", [nx.path_graph(3), nx.path_graph(40), nx.star_graph(60), nx.complete_graph(5),
                                   nx.empty_graph(7), nx.barabasi_albert_graph(500, 2, seed=1)],
                         ids=["path3", "path40", "star60", "k5", "empty7", "ba500"])
def test_layout_spreads_like_a_drawing(graph):
    """Edges end up around EDGE_LENGTH long and the drawing is not stretched to extremes (a collinear
    component once made the area-based spread explode)."""
    pos = layout.positions(graph, seed=0)
    xs, ys = [p[0] for p in pos.values()], [p[1] for p in pos.values()]
    n = graph.number_of_nodes()
    limit = 6 * layout.EDGE_LENGTH * (n ** 0.5 + 1) if graph.number_of_edges() else 2 * layout.SINGLE_CELL * n
    assert max(xs) - min(xs) < limit and max(ys) - min(ys) < limit
    for u, v in graph.edges():
        length = ((pos[u][0] - pos[v][0]) ** 2 + (pos[u][1] - pos[v][1]) ** 2) ** 0.5
        assert 5 < length < 40 * layout.EDGE_LENGTH


def test_empty_graph_and_bad_input():
    assert "kg-data" in render(nx.MultiDiGraph())
    with pytest.raises(KgError):
        render({"not": "a graph"})
    with pytest.raises(KgError):
        render(nx.MultiDiGraph(), height="100px; background: url(https://x/)")


def test_show_embeds_the_page_in_srcdoc():
    shown = show(malicious_graph(), height=480)
    assert isinstance(shown, VizPage)
    out = shown._repr_html_()
    assert out.startswith('<iframe srcdoc="') and out.count("<") == 2 and out.count('"') == 10
    assert 'sandbox="allow-scripts"' in out and "height: 480px" in out
    srcdoc = html.unescape(out.split('srcdoc="', 1)[1].split('" sandbox=', 1)[0])
    assert srcdoc == shown.html and srcdoc.startswith("<!DOCTYPE html>")


@pytest.fixture(scope="module")
def trig(tmp_path_factory):
    out = tmp_path_factory.mktemp("built")
    run_kg("build", ARTICLES, "-o", out, check=True)
    return out / "graph.trig"


def test_cli_writes_actor_and_event_pages(trig, tmp_path):
    from kg.network import actor_view, event_view

    proc = run_kg("viz", trig, "-o", tmp_path / "a.html", check=True)
    G = actor_view(trig)
    assert f"{G.number_of_nodes()} nodes, {G.number_of_edges()} edges" in proc.stdout
    assert (tmp_path / "a.html").read_text() == render(G, title=f"kg: {trig}")
    run_kg("viz", "--store", trig, "-o", tmp_path / "e.html", "--view", "events", check=True)
    data = (tmp_path / "e.html").read_text()
    assert json.loads(data.split('id="kg-data">', 1)[1].split("</script>", 1)[0])["meta"]["view"] == "events"
    assert len(event_view(trig)) > 0


def test_cli_filters_reach_the_views(trig, tmp_path):
    from kg.network import actor_view

    proc = run_kg("viz", trig, "-o", tmp_path / "f.html", "--types", "CONSULT,AGREE", "--from", "2024-01-01",
                  "--focus", "Q423", "--depth", "2", check=True)
    G = actor_view(trig, types=["CONSULT", "AGREE"], start="2024-01-01", focus="Q423", depth=2)
    assert proc.stdout.startswith(f"{G.number_of_nodes()} nodes, {G.number_of_edges()} edges")
    assert {d["type"] for _, _, d in G.edges(data=True)} <= {"CONSULT", "AGREE"}


@pytest.mark.parametrize("args, message", [
    ((), "nothing to draw"),
    (("no-such-file.trig",), "no such file"),
    (("--focus", "Atlantis"), "no actor"),
])
def test_cli_errors_are_one_line(trig, tmp_path, args, message):
    if args and args[0] == "--focus":
        args = (str(trig), *args)
    out = tmp_path / "x.html"
    proc = run_kg("viz", *args, "-o", out)
    assert proc.returncode == 2 and message in proc.stderr and proc.stderr.count("\n") == 1
    assert not out.exists()


def test_show_in_a_real_kernel_gives_inline_html(tmp_path):
    """What JupyterLab, classic Notebook and VS Code receive: text/html with the page inside (no file, no
    server), from a cell run by a real IPython kernel."""
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    pytest.importorskip("ipykernel")
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell(
        "import sys; sys.path.insert(0, %r)\n"
        "from kg.viz import show\nfrom kg.viz.sample import random_actor_graph\n"
        "show(random_actor_graph(25, seed=2), height=400)" % str(ROOT))]
    nbclient.NotebookClient(nb, timeout=300, kernel_name="python3",
                            resources={"metadata": {"path": str(tmp_path)}}).execute()
    [output] = nb.cells[0].outputs
    html_out = output["data"]["text/html"]
    assert html_out.startswith('<iframe srcdoc="&lt;!DOCTYPE html&gt;') and "height: 400px" in html_out
    assert html.unescape(html_out.split('srcdoc="', 1)[1].split('" sandbox=', 1)[0]) == \
        render(random_actor_graph(25, seed=2), height="100vh")
    assert list(tmp_path.iterdir()) == []  # nothing written beside the notebook
