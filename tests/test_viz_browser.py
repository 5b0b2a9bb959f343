"""kg.viz pages in a real headless Chromium (Debian's chromium, installed by scripts/system-packages.sh).

The browser runs with the network emulated offline and records every request the page attempts, console
errors, uncaught exceptions and JavaScript dialogs. Node and edge counts are read back from the page's vis
DataSets and from what vis-network put in its drawing, and compared with the networkx graph that was rendered.
"""

from __future__ import annotations

import json
import os
import shutil
import time
from pathlib import Path

import pytest

from kg.viz import show, write
from kg.viz.headless import find_chromium
from kg.viz.sample import random_actor_graph
from tests.conftest import ARTICLES, ROOT, run_kg
from tests.test_viz import PAYLOADS, malicious_graph

ARTIFACTS = ROOT / "test-artifacts"
XSS_SENTENCE = ("Pagājušajā gadā Maskava parakstīja savstarpējās aizsardzības paktu ar Phenjanu "
                '<script>window.pwned=1</script> <img src=x onerror="window.pwned=2"> '
                '<a href="javascript:window.pwned=3">href</a>.')
XSS_NAME = "<img src=x onerror=window.pwned=8><script>window.pwned=9</script><a href=javascript:alert(1)>K</a>"


@pytest.fixture(scope="module")
def browser():
    if find_chromium() is None or shutil.which("chromium") is None and not os.environ.get("KG_CHROMIUM"):
        if os.environ.get("CI"):
            pytest.fail("chromium is missing on CI: scripts/system-packages.sh should have installed it")
        pytest.skip("no chromium (sh scripts/system-packages.sh installs it)")
    pytest.importorskip("websocket", reason="pip install -e '.[test]' brings websocket-client")
    from kg.viz.headless import Browser

    with Browser(timeout=90) as b:
        yield b


@pytest.fixture(scope="module")
def bundled(tmp_path_factory):
    out = tmp_path_factory.mktemp("bundled")
    run_kg("build", ARTICLES, "-o", out, check=True)
    return out / "graph.trig"


def load(browser, path: Path) -> dict:
    """Open ``path`` and return what the page drew, after clearing the records of the previous page."""
    browser.requests.clear(), browser.console.clear(), browser.exceptions.clear(), browser.dialogs.clear()
    browser.open(path)
    return browser.evaluate("""(() => {
        const k = window.kgNetwork;
        return {nodes: k.nodes.length, edges: k.edges.length, shownNodes: k.nodeView.length,
                shownEdges: k.edgeView.length, drawnNodes: k.network.body.nodeIndices.length,
                drawnEdges: k.network.body.edgeIndices.length, resources: performance.getEntriesByType('resource').length,
                summary: document.getElementById('kg-summary').textContent};
    })()""")


def assert_offline_and_clean(browser, path: Path):
    own = path.resolve().as_uri()
    assert all(url == own or url.startswith("data:") for url in browser.requests), browser.requests
    assert own in browser.requests
    assert browser.errors() == []
    assert browser.dialogs == []


@pytest.mark.parametrize("view", ["actors", "events"])
def test_bundled_graph_loads_offline_and_draws_every_node_and_edge(browser, bundled, tmp_path, view):
    from kg.network import actor_view, event_view

    G = (actor_view if view == "actors" else event_view)(bundled)
    assert G.number_of_nodes() > 5 and G.number_of_edges() > 5
    page = write(G, tmp_path / f"{view}.html", title="Bundled articles")
    drawn = load(browser, page)
    n, m = G.number_of_nodes(), G.number_of_edges()
    assert (drawn["nodes"], drawn["shownNodes"], drawn["drawnNodes"]) == (n, n, n)
    assert (drawn["edges"], drawn["shownEdges"], drawn["drawnEdges"]) == (m, m, m)
    assert drawn["summary"] == f"{n} nodes, {m} edges" and drawn["resources"] == 0
    assert_offline_and_clean(browser, page)
    # the whole graph is in view at a readable zoom
    shown = browser.evaluate("""(() => {
        const net = kgNetwork.network, box = document.getElementById('kg-graph').getBoundingClientRect();
        const inside = Object.values(net.getPositions()).every(p => {
            const d = net.canvasToDOM(p); return d.x >= 0 && d.y >= 0 && d.x <= box.width && d.y <= box.height; });
        return {inside, scale: net.getScale()};
    })()""")
    assert shown["inside"] and 0.1 < shown["scale"] <= 2, shown
    shot = ARTIFACTS / ("graph.png" if view == "actors" else "graph-events.png")
    browser.screenshot(shot)
    assert shot.stat().st_size > 20_000


def test_offline_mode_really_blocks_the_network(browser, tmp_path):
    """The harness itself: a page that does try to fetch is seen trying, and gets nothing."""
    page = tmp_path / "fetching.html"
    page.write_text('<!DOCTYPE html><img id="i" src="https://example.org/x.png"><script>window.kgNetwork = '
                    '{ready: true}</script>')
    browser.requests.clear()
    browser.open(page)
    assert "https://example.org/x.png" in browser.requests
    assert browser.evaluate("document.getElementById('i').naturalWidth") == 0


def hover(browser, js_point: str) -> str:
    """Move the mouse to a canvas point (a JS expression giving {x, y} in network coordinates) and return the
    text of the tooltip that appears."""
    x, y = browser.evaluate(f"""(() => {{
        const p = kgNetwork.network.canvasToDOM({js_point});
        const r = document.getElementById('kg-graph').getBoundingClientRect();
        return [r.left + p.x, r.top + p.y];
    }})()""")
    browser.mouse_move(x - 40, y - 40)
    time.sleep(0.1)
    browser.mouse_move(x, y)
    browser.wait_for("document.querySelector('div.vis-tooltip') && "
                     "document.querySelector('div.vis-tooltip').style.visibility === 'visible'", timeout=10)
    return browser.evaluate("document.querySelector('div.vis-tooltip').textContent")


def assert_nothing_executed(browser):
    assert browser.evaluate("typeof window.pwned") == "undefined"
    assert browser.dialogs == []
    assert browser.evaluate("document.querySelectorAll('img, a, iframe, object, embed').length") == 0
    assert browser.evaluate("document.scripts.length") == 3
    assert browser.evaluate("document.querySelectorAll('[onerror], [onload], [onclick]').length") == 0


def test_hostile_article_text_is_shown_as_text_and_never_runs(browser, bundled, tmp_path):
    """An article whose sentence carries payloads, and an entity whose name does, through the real pipeline:
    extraction, RDF, the kg.network projection, the page."""
    from kg.network import actor_view

    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "2025-08-20-hostile.lv.txt").write_text(f" date 2025-08-20 Hostile\n{XSS_SENTENCE}\n")
    run_kg("build", articles, "-o", tmp_path / "out", check=True)
    trig = tmp_path / "out" / "graph.trig"
    text = trig.read_text()
    assert '"North Korea"@en' in text
    trig.write_text(text.replace('"North Korea"@en', f'"{XSS_NAME}"@en'))
    G = actor_view(trig)
    named = next(n for n, d in G.nodes(data=True) if d["label"] == XSS_NAME)
    assert any(XSS_SENTENCE in d["evidence"] for _, _, d in G.edges(data=True))

    page = write(G, tmp_path / "hostile.html", title=XSS_NAME)
    drawn = load(browser, page)
    assert (drawn["nodes"], drawn["edges"]) == (G.number_of_nodes(), G.number_of_edges())
    assert_offline_and_clean(browser, page)
    assert_nothing_executed(browser)
    assert browser.evaluate("document.title") == XSS_NAME
    assert browser.evaluate("document.getElementById('kg-title').textContent") == XSS_NAME

    node_id = browser.evaluate(f"kgNetwork.nodes.get().find(n => n.kg.iri === {json.dumps(named)}).id")
    tip = hover(browser, f"kgNetwork.network.getPosition({json.dumps(node_id)})")
    assert XSS_NAME in tip
    browser.evaluate("document.querySelector('div.vis-tooltip').style.visibility = 'hidden'")
    edge_tip = hover(browser, "(() => { const e = kgNetwork.edges.get()[0]; const a = kgNetwork.network.getPosition(e.from),"
                              " b = kgNetwork.network.getPosition(e.to); return {x: (a.x + b.x) / 2, y: (a.y + b.y) / 2}; })()")
    assert XSS_SENTENCE in edge_tip
    browser.screenshot(ARTIFACTS / "hostile-tooltip.png")  # for a person to see the payload shown as text
    assert_nothing_executed(browser)
    assert browser.evaluate("[...document.querySelectorAll('div.vis-tooltip *')].every("
                            "e => e.tagName === 'DIV' || e.tagName === 'SPAN')")
    assert browser.errors() == []


def test_hostile_contract_graph_in_every_field(browser, tmp_path):
    G = malicious_graph()
    page = write(G, tmp_path / "malicious.html", title=" ".join(PAYLOADS))
    drawn = load(browser, page)
    assert (drawn["nodes"], drawn["edges"]) == (3, 2)
    assert_offline_and_clean(browser, page)
    for node in browser.evaluate("kgNetwork.nodes.getIds()"):
        text = browser.evaluate(f"kgNetwork.tooltip({json.dumps(node)}).textContent")
        assert "<" in text  # the payload is there, as characters
    types = browser.evaluate("[...document.querySelectorAll('#kg-types span')].map(s => s.textContent)")
    assert "CONSULT<script>window.pwned=6</script>" in types
    browser.evaluate("kgNetwork.search('<img')")
    assert_nothing_executed(browser)
    assert browser.errors() == []


def test_filters_and_search(browser, bundled, tmp_path):
    from kg.network import actor_view

    G = actor_view(bundled)
    page = write(G, tmp_path / "f.html")
    load(browser, page)
    consult = [(u, v) for u, v, d in G.edges(data=True) if d["type"] == "CONSULT"]
    browser.evaluate("kgNetwork.setFilters(['CONSULT'])")
    assert browser.evaluate("kgNetwork.edgeView.length") == len(consult) > 0
    assert browser.evaluate("kgNetwork.nodeView.length") == len({x for pair in consult for x in pair})
    assert browser.evaluate("kgNetwork.network.body.edgeIndices.length") == len(consult)

    def overlaps(date, lo):  # same rule as the page: a year or month covers its whole span
        return date is not None and (date + "-12-31"[len(date) - 4:] if len(date) < 10 else date) >= lo
    browser.evaluate("kgNetwork.setFilters(null, '2025-08-13', '', false)")
    expected = sum(1 for _, _, d in G.edges(data=True) if overlaps(d["date"], "2025-08-13"))
    assert browser.evaluate("kgNetwork.edgeView.length") == expected
    browser.evaluate("document.getElementById('kg-reset').click()")
    assert browser.evaluate("kgNetwork.edgeView.length") == G.number_of_edges()

    kim = next(n for n, d in G.nodes(data=True) if d["label"] == "Kim Jong-un")
    browser.evaluate("document.getElementById('kg-search-input').value = 'kim jong'")
    browser.evaluate("document.querySelector('#kg-search button').click()")
    selected = browser.evaluate("kgNetwork.network.getSelectedNodes().map(id => kgNetwork.nodes.get(id).kg.iri)")
    assert selected == [kim]
    assert browser.evaluate("document.getElementById('kg-search-status').textContent") == "1 of 1"
    assert browser.errors() == []


def test_jupyter_output_renders_in_its_iframe(browser, tmp_path):
    G = random_actor_graph(40, seed=1)
    host = tmp_path / "notebook-output.html"
    host.write_text("<!DOCTYPE html><html><body>" + show(G, height=500)._repr_html_() +  # no charset: ASCII page
                    "<script>window.kgNetwork = {ready: true}</script></body></html>")
    browser.requests.clear(), browser.console.clear(), browser.exceptions.clear()
    browser.frame_sessions()  # attach to out-of-process frames from now on
    browser.open(host)
    deadline = time.monotonic() + 30
    while not browser.frame_sessions() and time.monotonic() < deadline:
        browser.evaluate("1")
    [frame] = browser.frame_sessions()
    browser.wait_for("window.kgNetwork && window.kgNetwork.ready", session=frame, timeout=30)
    counts = browser.evaluate("[kgNetwork.nodes.length, kgNetwork.edges.length, "
                              "kgNetwork.network.body.nodeIndices.length]", session=frame)
    assert counts == [G.number_of_nodes(), G.number_of_edges(), G.number_of_nodes()]
    assert browser.evaluate("origin", session=frame) == "null"  # sandboxed: no access to the notebook
    assert all(u.startswith(("file:", "data:", "about:")) for u in browser.requests), browser.requests
    assert browser.errors() == []


def test_bench_smoke(tmp_path):
    """The benchmark's own code path, on one tiny graph."""
    if find_chromium() is None:
        pytest.skip("no chromium")
    from bench.viz import run

    results = run(sizes=[50], runs=1, out=tmp_path / "results.json", workdir=tmp_path)
    assert results["sizes"]["50"]["nodes"] == 50
    assert 0 < results["sizes"]["50"]["median_s"] < 30
    assert json.loads((tmp_path / "results.json").read_text()) == results


def test_physics_mode_switches_the_simulation_off_once_stable(browser, tmp_path):
    G = random_actor_graph(60, seed=4)
    page = write(G, tmp_path / "physics.html", physics=True)
    drawn = load(browser, page)
    assert (drawn["nodes"], drawn["edges"]) == (60, G.number_of_edges())
    assert browser.evaluate("kgNetwork.network.physics.physicsEnabled") is False
    before = browser.evaluate("JSON.stringify(kgNetwork.network.getPositions())")
    time.sleep(0.5)
    assert browser.evaluate("JSON.stringify(kgNetwork.network.getPositions())") == before
    assert_offline_and_clean(browser, page)


def test_event_view_filters_hide_events_and_their_actors(browser, bundled, tmp_path):
    from kg.network import event_view

    B = event_view(bundled)
    page = write(B, tmp_path / "events.html")
    load(browser, page)
    aid = [n for n, d in B.nodes(data=True) if d["kind"] == "event" and d["type"] == "AID"]
    actors = {u for n in aid for u, _ in B.in_edges(n)}
    browser.evaluate("kgNetwork.setFilters(['AID'])")
    assert browser.evaluate("kgNetwork.nodeView.length") == len(aid) + len(actors)
    assert browser.evaluate("kgNetwork.edgeView.length") == sum(B.in_degree(n) for n in aid)
    edge = browser.evaluate("kgNetwork.edgeView.getIds()[0]")
    assert "AID" in browser.evaluate(f"kgNetwork.tooltip({json.dumps(edge)}).textContent")
    assert browser.errors() == []
