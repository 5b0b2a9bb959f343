"""The notebooks of notebooks/ run from top to bottom in a real Jupyter kernel, offline, and their outputs show
what the issue promises: %%sparql DataFrames, inline graphs (iframe srcdoc), a timeline. (How long they take is a
benchmark: bench/notebooks.py, goal a minute.)

The kernel is this test run's interpreter (a kernelspec written to a temporary folder pointing at
sys.executable), so a fresh venv tests its own kg and packages, never a kernel installed elsewhere. It starts
with this checkout first on PYTHONPATH and its working directory in notebooks/, as Jupyter would.
"""

from __future__ import annotations

import re

import pytest

from bench.notebooks import NOTEBOOKS, execute

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")
pytest.importorskip("ipykernel")
pytest.importorskip("pandas")
pytest.importorskip("matplotlib")

NAMES = sorted(p.name for p in NOTEBOOKS.glob("*.ipynb"))     # every notebook runs, not a chosen few


@pytest.fixture(scope="module")
def executed(tmp_path_factory):
    """Each notebook executed once; a cell that raises fails the run (nbclient's CellExecutionError)."""
    return {name: execute(NOTEBOOKS / name, tmp_path_factory.mktemp(name.split(".")[0])) for name in NAMES}


def cell(book, pattern: str):
    """The one code cell whose source matches ``pattern`` (a regex)."""
    found = [c for c in book.cells if c.cell_type == "code" and re.search(pattern, c.source)]
    assert len(found) == 1, f"{len(found)} cells match {pattern!r}"
    return found[0]


def outputs(c, output_type: str | None = None) -> list:
    return [o for o in c.outputs if output_type is None or o.output_type == output_type]


def result_html(c) -> str:
    shown = [o for o in c.outputs if o.output_type in ("execute_result", "display_data") and "text/html" in o.data]
    assert shown, f"no HTML output from cell:\n{c.source}"
    return "".join(o.data["text/html"] for o in shown)


def stream(c, name: str) -> str:
    return "".join(o.text for o in c.outputs if o.output_type == "stream" and o.name == name)


def test_notebooks_exist():
    assert {"01-explore.ipynb", "02-your-articles.ipynb"} <= set(NAMES)


@pytest.mark.parametrize("name", NAMES)
def test_committed_notebooks_have_no_outputs(name):
    book = nbformat.read(NOTEBOOKS / name, as_version=4)
    nbformat.validate(book)
    for c in book.cells:
        if c.cell_type == "code":
            assert c.outputs == [] and c.execution_count is None, f"{name}: outputs stored in\n{c.source}"
    assert book.metadata.kernelspec.name == "python3"


@pytest.mark.parametrize("name", NAMES)
def test_notebook_runs_without_errors(executed, name):
    book = executed[name]
    for c in book.cells:
        if c.cell_type == "code":
            assert not outputs(c, "error"), f"{name}: error in\n{c.source}"
            assert c.execution_count is not None


def test_sparql_cell_magic_shows_a_typed_dataframe(executed):
    book = executed["01-explore.ipynb"]
    html = result_html(cell(book, r"^%%sparql -o by_type --compact"))
    assert "<table" in html and "<th>type</th>" in html and "<th>events</th>" in html
    assert "plover:" in html                                  # --compact
    # -o kept the DataFrame in the kernel, with the count typed as an integer column
    assert "'events': Int64Dtype()" in stream(cell(book, r"by_type\.dtypes"), "stdout")


def test_sparql_magic_with_store_path_and_saved_queries(executed):
    book = executed["01-explore.ipynb"]
    html = result_html(cell(book, r'^%%sparql --store "\{TRIG\}"'))
    assert "<th>label</th>" in html and "Russia" in html
    html = result_html(cell(book, r"^%sparql --saved actor-timeline"))
    assert all(f"<th>{col}</th>" in html for col in ("date", "event", "type", "role", "with", "status"))
    html = result_html(cell(book, r"^%sparql --saved events-between"))
    assert "<th>articles</th>" in html


def test_malformed_sparql_is_one_line_not_a_traceback(executed):
    book = executed["01-explore.ipynb"]
    c = cell(book, r"kg:eventType \}")
    err = stream(c, "stderr")
    assert err.startswith("sparql: malformed SPARQL") and err.count("\n") == 1, err
    assert not outputs(c, "error") and not outputs(c, "execute_result")


@pytest.mark.parametrize("name, pattern, text", [
    ("01-explore.ipynb", r"show\(korea", "North Korea"),
    ("01-explore.ipynb", r"show\(actor_view\(dataset\)", "Latvia"),
    ("02-your-articles.ipynb", r"show\(G", "Your articles"),
])
def test_graphs_render_inline_in_an_iframe(executed, name, pattern, text):
    html = result_html(cell(executed[name], pattern))
    assert html.startswith("<iframe srcdoc=\"") and 'sandbox="allow-scripts"' in html
    srcdoc = html.split('srcdoc="', 1)[1].split('"', 1)[0]
    assert "&lt;html" in srcdoc.lower() and text in srcdoc
    assert "&lt;script src=" not in srcdoc and "&lt;link " not in srcdoc   # the page loads nothing


@pytest.mark.parametrize("name, pattern", [("01-explore.ipynb", r"kgnb\.timeline\(recent"),
                                           ("02-your-articles.ipynb", r"kgnb\.timeline\(events")])
def test_timeline_is_an_inline_image(executed, name, pattern):
    c = cell(executed[name], pattern)
    assert any("image/png" in o.get("data", {}) for o in outputs(c, "display_data")), c.outputs


def test_pasted_article_gives_events_and_joins_the_store(executed):
    book = executed["01-explore.ipynb"]
    html = result_html(cell(book, r"extract_file\(pasted\)"))
    assert "AGREE" in html and "Latvia" in html and "Lithuania" in html
    html = result_html(cell(book, r"GRAPH \?article"))
    assert "plover:AGREE" in html


def test_your_articles_builds_validates_and_queries(executed):
    book = executed["02-your-articles.ipynb"]
    out = stream(cell(book, r"summary = build\("), "stdout")
    assert "5 articles" in out and out.count("added") == 5
    assert stream(cell(book, r"report = validate"), "stdout").strip()
    html = result_html(cell(book, r"--saved most-active-actors"))
    assert "<th>actor</th>" in html or "<table" in html
