"""A non-editable install carries the ontology and the saved queries (kg/share links to the top-level folders)."""

from __future__ import annotations

import subprocess
import sys
import zipfile

from tests.conftest import ROOT


def test_wheel_contains_ontology_and_saved_queries(tmp_path):
    subprocess.run([sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "-q", "-w", str(tmp_path)],
                   check=True, capture_output=True, timeout=600)
    (wheel,) = tmp_path.glob("kg-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for path in ("ontology/kg.ttl", "ontology/shapes.ttl"):
        assert f"kg/share/{path}" in names
        assert zipfile.ZipFile(wheel).read(f"kg/share/{path}") == (ROOT / path).read_bytes()
    queries = {p.name for p in (ROOT / "queries").glob("*.rq")}
    assert queries and {n.rsplit("/", 1)[-1] for n in names if n.startswith("kg/share/queries/")} >= queries
