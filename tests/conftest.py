"""Shared fixtures: paths of the bundled data and a way to run the real ``kg`` command."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "data" / "articles"
GOLD = ROOT / "data" / "gold"
SEED = ARTICLES / "2025-08-15-putin-dprk-soldiers-heroes.lv.txt"


def run_kg(*args: str, cwd: Path | None = None, check: bool = False) -> subprocess.CompletedProcess:
    """Run ``python -m kg`` as a user would run ``kg``."""
    proc = subprocess.run([sys.executable, "-m", "kg", *map(str, args)], capture_output=True, text=True,
                          cwd=cwd or ROOT, timeout=600)
    if check and proc.returncode != 0:
        raise AssertionError(f"kg {' '.join(map(str, args))} failed: {proc.stderr}")
    return proc


@pytest.fixture(scope="session")
def seed_doc():
    from kg.pipeline import extract_file

    return extract_file(SEED)
