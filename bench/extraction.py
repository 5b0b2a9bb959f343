"""Extraction speed on one core against the floor of tokenising and lemmatising the same text, and the
scaling of ``kg build`` from one worker process to every core."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

import simplemma

from bench.generate import write_corpus
from bench.stats import measure
from kg.pipeline import extract_file
from kg.read import read_article
from kg.segment import tokenize


def _floor(articles) -> None:
    for article in articles:
        for token in tokenize(article.text):
            simplemma.lemmatize(token.text, lang=article.lang)


def _ours(paths) -> None:
    for path in paths:
        extract_file(path)


def run(size: int, runs: int, workdir: Path) -> dict:
    """Articles and words per second for ``size`` generated articles, and build scaling."""
    corpus = workdir / f"corpus-{size}"
    paths = write_corpus(corpus, size)
    articles = [read_article(p) for p in paths]
    words = sum(len(tokenize(a.text)) for a in articles)
    _floor(articles[:5])
    _ours(paths[:5])
    floor = measure(lambda: _floor(articles), runs)
    ours = measure(lambda: _ours(paths), runs)
    result = {
        "articles": size, "words": words,
        "floor": {**floor, "words_per_s": round(words / floor["median_s"])},
        "extract": {**ours, "articles_per_s": round(size / ours["median_s"], 1),
                    "words_per_s": round(words / ours["median_s"])},
        "ratio_to_floor": round(ours["median_s"] / floor["median_s"], 2),
        "goal_ratio": 2.0,
    }
    cores = os.cpu_count() or 1
    scaling = {}
    for jobs in sorted({1, cores}):
        out = workdir / f"build-{jobs}"
        cmd = [sys.executable, "-m", "kg", "build", str(corpus), "-o", str(out), "-j", str(jobs)]
        scaling[jobs] = measure(lambda: subprocess.run(cmd, check=True, capture_output=True), max(1, runs // 2))
    base = scaling[1]["median_s"]
    result["build_scaling"] = {str(j): {**m, "speedup": round(base / m["median_s"], 2)} for j, m in scaling.items()}
    return result


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as tmp:
        print(run(int(sys.argv[1]) if len(sys.argv) > 1 else 100, 2, Path(tmp)))
