"""Shared fixtures: paths of the bundled data and a way to run the real ``kg`` command."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "data" / "articles"
GOLD = ROOT / "data" / "gold"
SEED = ARTICLES / "2025-08-15-putin-dprk-soldiers-heroes.lv.txt"


def run_kg(*args: str, cwd: Path | None = None, check: bool = False) -> subprocess.CompletedProcess:
    """Run ``python -m kg`` as a user would run ``kg`` (this checkout's kg, from whatever folder ``cwd`` is)."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    proc = subprocess.run([sys.executable, "-m", "kg", *map(str, args)], capture_output=True, text=True,
                          cwd=cwd or ROOT, timeout=600, env=env)
    if check and proc.returncode != 0:
        raise AssertionError(f"kg {' '.join(map(str, args))} failed: {proc.stderr}")
    return proc


def readme_blocks(section: str, kind: str) -> list[str]:
    """The fenced ``kind`` code blocks of one README section, so its examples can be run as documented."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    part = text.split(f"## {section}", 1)[1].split("\n## ", 1)[0]
    return [block.split("\n", 1)[1] for block in part.split("```")[1::2] if block.startswith(kind)]


@pytest.fixture(scope="session")
def seed_doc():
    from kg.pipeline import extract_file

    return extract_file(SEED)


# -- the graph layer: bundled articles built by the real command into an embedded store and a real server ----

@pytest.fixture(scope="session")
def bundled_docs():
    """Every bundled article, extracted once; expectations are computed from these, never hard-coded."""
    from kg.build import collect_articles
    from kg.pipeline import extract_file

    return [extract_file(p) for p in collect_articles([ARTICLES])]


@pytest.fixture(scope="session")
def built_store(tmp_path_factory) -> Path:
    """A store folder that ``kg build data/articles --store`` wrote (not held open by the tests)."""
    path = tmp_path_factory.mktemp("embedded") / "kg.store"
    run_kg("build", ARTICLES, "--store", path, check=True)
    return path


@pytest.fixture(scope="session")
def oxigraph_server(tmp_path_factory):
    """A real Oxigraph server on 127.0.0.1 that ``kg build data/articles --store URL`` filled."""
    from tests.servers import OxigraphServer

    with OxigraphServer(tmp_path_factory.mktemp("oxigraph") / "db") as server:
        run_kg("build", ARTICLES, "--store", server.url, check=True)
        yield server


@pytest.fixture
def embedded(built_store):
    from kg.graph.store import EmbeddedStore

    store = EmbeddedStore(built_store, create=False)
    yield store
    store.close()


@pytest.fixture
def remote(oxigraph_server):
    from kg.graph.store import RemoteStore

    return RemoteStore(oxigraph_server.url)


@pytest.fixture
def fresh_server(tmp_path):
    """An empty Oxigraph server for one test."""
    from tests.servers import OxigraphServer

    with OxigraphServer(tmp_path / "oxigraph-db") as server:
        yield server
