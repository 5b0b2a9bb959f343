"""Time to run every notebook of notebooks/ from top to bottom in a real Jupyter kernel (goal: a minute).

    python -m bench --only notebooks

The kernel is this interpreter (a kernelspec written to a temporary folder pointing at sys.executable), started
with this checkout first on PYTHONPATH and its working directory in notebooks/, as Jupyter would. The same
``execute`` runs the notebooks for tests/test_notebooks.py, which checks what they show.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "notebooks"
BUDGET_S = 60.0  # all notebooks together, kernel start-up included


def _kernel_manager(tmp: Path):
    from jupyter_client.kernelspec import KernelSpecManager
    from jupyter_client.manager import KernelManager

    spec = tmp / "kernels" / "python3"
    spec.mkdir(parents=True)
    (spec / "kernel.json").write_text(json.dumps({
        "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": "Python 3 (kg)", "language": "python"}))
    ksm = KernelSpecManager(kernel_dirs=[str(tmp / "kernels")], ensure_native_kernel=False)
    return KernelManager(kernel_name="python3", kernel_spec_manager=ksm)


def execute(path: Path, tmp: Path):
    """Run one notebook in a fresh kernel, offline, with no KG_STORE/KG_ARTICLES from the caller's environment;
    a cell that raises stops it (nbclient's CellExecutionError). Returns the executed notebook."""
    import nbclient
    import nbformat

    book = nbformat.read(path, as_version=4)
    env = {**os.environ,
           "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
           "MPLBACKEND": "Agg", "TMPDIR": str(tmp)}
    env.pop("KG_STORE", None)
    env.pop("KG_ARTICLES", None)
    client = nbclient.NotebookClient(book, km=_kernel_manager(tmp / "spec"), timeout=120, allow_errors=False,
                                     kernel_name="python3")
    client.execute(cwd=str(NOTEBOOKS), env=env)
    return book


def run(config: dict, workdir: Path) -> dict:
    from bench.stats import figure

    names = sorted(p.name for p in NOTEBOOKS.glob("*.ipynb"))
    per_notebook: dict[str, float] = {}
    for name in names:
        tmp = workdir / "notebooks" / name.split(".")[0]
        tmp.mkdir(parents=True, exist_ok=True)
        start = time.perf_counter()
        execute(NOTEBOOKS / name, tmp)
        per_notebook[name] = round(time.perf_counter() - start, 2)
    total = round(sum(per_notebook.values()), 2)
    figures = [figure("notebooks", f"run {name}", s, goal="report", unit="s") for name, s in per_notebook.items()]
    figures.append(figure("notebooks", "run all notebooks", total, goal=f"< {BUDGET_S:.0f} s", met=total < BUDGET_S,
                          unit="s"))
    return {"per_notebook": per_notebook, "total_s": total, "figures": figures}  # "seconds" is the harness's
