"""Extraction speed on one core against the floor of tokenising and lemmatising the same text, and the
scaling of ``kg build`` from one worker process to every core.

Two scaling figures: the whole ``kg build CORPUS -o OUT -j N`` command (process start, extraction, writing
the TriG/Turtle/JSON-LD/CSV files), and its parallel part alone (``kg.build.extract_all(paths, jobs=N)``, the
process pool), because the file writing after the pool is serial and bounds the command's speed-up (Amdahl).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

import simplemma

from bench.generate import write_corpus
from bench.stats import figure, measure
from kg.build import extract_all
from kg.pipeline import extract_file
from kg.read import read_article
from kg.segment import tokenize

ROOT = Path(__file__).resolve().parent.parent


def _floor(articles) -> None:
    for article in articles:
        for token in tokenize(article.text):
            simplemma.lemmatize(token.text, lang=article.lang)


def _ours(paths) -> None:
    for path in paths:
        extract_file(path)


def _pool(paths, jobs: int) -> None:
    for _ in extract_all(paths, jobs=jobs):
        pass


def run(config: dict, workdir: Path) -> dict:
    """Articles and words per second for ``config['articles']`` generated articles, and build scaling."""
    size, runs = config["articles"], config["runs"]
    corpus = workdir / f"corpus-{size}"
    paths = write_corpus(corpus, size)
    articles = [read_article(p) for p in paths]
    words = sum(len(tokenize(a.text)) for a in articles)
    _floor(articles[:5])  # warm caches (simplemma dictionaries, gazetteer, models) outside the timing
    _ours(paths[:5])
    floor = measure(lambda: _floor(articles), runs)
    ours = measure(lambda: _ours(paths), runs)
    ratio = round(ours["median_s"] / floor["median_s"], 2)
    result = {
        "articles": size, "words": words,
        "floor": {**floor, "articles_per_s": round(size / floor["median_s"], 1),
                  "words_per_s": round(words / floor["median_s"])},
        "extract": {**ours, "articles_per_s": round(size / ours["median_s"], 1),
                    "words_per_s": round(words / ours["median_s"])},
        "ratio_to_floor": ratio, "goal_ratio": 2.0,
    }
    figures = [
        figure("extraction", "articles/s, 1 core", result["extract"]["articles_per_s"], ours["spread"],
               reference=result["floor"]["articles_per_s"], ratio=ratio, goal="≤ 2.0× floor time",
               met=ratio <= 2.0, unit="art/s"),
        figure("extraction", "words/s, 1 core", result["extract"]["words_per_s"], ours["spread"],
               reference=result["floor"]["words_per_s"], ratio=ratio, unit="words/s"),
    ]
    cores = os.cpu_count() or 1
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    scaling, pool = {}, {}
    for jobs in sorted({1, cores}):
        out = workdir / f"build-{jobs}"
        cmd = [sys.executable, "-m", "kg", "build", str(corpus), "-o", str(out), "-j", str(jobs)]
        scaling[jobs] = measure(lambda: subprocess.run(cmd, check=True, capture_output=True, env=env),
                                config["build_runs"])
        pool[jobs] = measure(lambda: _pool(paths, jobs), config["build_runs"])
    for name, table in (("build_scaling", scaling), ("pool_scaling", pool)):
        base = table[1]["median_s"]
        result[name] = {str(j): {**m, "speedup": round(base / m["median_s"], 2)} for j, m in table.items()}
        what = "kg build -o" if name == "build_scaling" else "extract_all pool"
        for jobs, m in table.items():
            if jobs == 1:
                continue
            speedup = result[name][str(jobs)]["speedup"]
            figures.append(figure("extraction", f"{what} -j{jobs} speed-up", speedup, m["spread"],
                                  reference=1.0, ratio=speedup, goal=f"report (ideal {jobs}×)", unit="×"))
        figures.append(figure("extraction", f"{what} -j1 time", table[1]["median_s"], table[1]["spread"], unit="s"))
    result["cores"] = cores
    result["figures"] = figures
    return result


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as tmp:
        size = int(sys.argv[1]) if len(sys.argv) > 1 else 100
        print(run({"articles": size, "runs": 2, "build_runs": 1}, Path(tmp)))
