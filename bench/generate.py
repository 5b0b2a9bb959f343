"""A seeded generator of varied articles, written from the language packs' own words.

Sentences are built from the gazetteer's names in their inflected forms, the trigger words of
``kg/lang/<code>/triggers.yaml``, the time and reporting words, so the corpus exercises every stage of the
extractor the way real news does, and the same seed always gives the same files.
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from kg.gazetteer import load_gazetteer
from kg.inflect import word_forms
from kg.language import load_language

COUNTRIES = ["RU", "UA", "US", "KP", "KR", "CN", "LV", "LT", "EE", "PL", "DE", "FR", "GB", "IR", "IL", "TR", "BY",
             "JP", "IN", "FI", "SE"]


def _forms(name: str, lang: str, case: str) -> str:
    words = name.split()
    out = []
    for word in words:
        forms = [f for f, cases in word_forms(word, lang).items() if case in cases]
        out.append(forms[0] if forms else word)
    return " ".join(out)


def _verbs(lang: str) -> list[str]:
    words = []
    for entry in load_language(lang)["triggers"]:
        if entry.get("pos") == "verb" and not entry.get("needs") and not entry.get("victim_subject"):
            words.extend(w for w in entry["words"] if not w.endswith("-") and " " not in w)
    return sorted(set(words))


def article(rng: random.Random, lang: str, index: int) -> str:
    """One article of 6 to 14 sentences about states and their leaders."""
    gaz = load_gazetteer()
    names = [gaz.country(c).labels.get(lang, gaz.country(c).label) for c in COUNTRIES]
    verbs = _verbs(lang)
    spec = load_language(lang)
    reporters = spec["sources"]["cues"]["report"]
    weekdays = [w for ws in spec["time"]["weekdays"].values() for w in ws[:1]]
    date = dt.date(2022, 1, 1) + dt.timedelta(days=rng.randrange(1400))
    lines = [f" date {date.isoformat()} {rng.choice(names)} {rng.choice(verbs)} {rng.choice(names)}"]
    for _ in range(rng.randint(6, 14)):
        a, b, c = rng.sample(names, 3)
        verb, when, say = rng.choice(verbs), rng.choice(weekdays), rng.choice(reporters)
        number = rng.choice([100, 600, 1500, 10000, 25000])
        if lang == "lv":
            sentence = rng.choice([
                f"{a} {when} {verb} {_forms(b, lang, 'dat')}, {say} {c}.",
                f"{c} {say}, ka {a} {verb} vairāk nekā {number:,} karavīru uz {_forms(b, lang, 'acc')}.".replace(f"{number:,}", f"{number:,}".replace(",", " ")),
                f"{a} un {b} {when} {verb} {_forms(c, lang, 'loc')}.",
                f"Pagājušajā gadā {a} {verb} ar {_forms(b, lang, 'acc')}, {say} {c}.",
            ])
        else:
            sentence = rng.choice([
                f"{a} {verb} {b} on {when}, {c} {say}.",
                f"{c} {say} that {a} {verb} more than {number:,} troops to {b}.",
                f"{a} and {b} {verb} in {c} on {when}.",
                f"Last year {a} {verb} with {b}, according to {c}.",
            ])
        lines.append(sentence)
    return "\n".join(lines) + "\n"


def write_corpus(folder: str | Path, count: int, seed: int = 7, langs: tuple[str, ...] = ("lv", "en")) -> list[Path]:
    """Write ``count`` articles into ``folder`` (the same files for the same seed) and return their paths."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    paths = []
    for i in range(count):
        lang = langs[i % len(langs)]
        path = folder / f"gen-{i:05d}.{lang}.txt"
        path.write_text(article(rng, lang, i), encoding="utf-8")
        paths.append(path)
    return paths
