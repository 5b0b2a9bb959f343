"""Language packs: everything a language needs is data under ``kg/lang/<code>/``."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import yaml

LANG_DIR = Path(__file__).parent / "lang"


@functools.cache
def available_languages() -> tuple[str, ...]:
    """Codes of the languages that have a pack."""
    return tuple(sorted(p.name for p in LANG_DIR.iterdir() if (p / "lexicon.yaml").is_file()))


@functools.cache
def load_language(code: str) -> dict[str, Any]:
    """All YAML files of one pack merged into one mapping (file name without suffix as the key)."""
    folder = LANG_DIR / code
    pack: dict[str, Any] = {}
    for path in sorted(folder.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        if path.stem == "lexicon":
            pack.update(data)
        else:
            pack[path.stem] = data
    return pack


class Phrases:
    """A word list from a language pack, matched against tokens.

    An entry is one or more words; a word ending in ``-`` is a stem that matches any word it begins.
    Matching ignores case.

    >>> p = Phrases(["valsts medij-", "KCNA"])
    >>> p.match(["Ziemeļkorejas", "valsts", "mediji", "ziņo"], 1), p.match(["kcna"], 0), p.match(["x"], 0)
    (2, 1, 0)
    """

    def __init__(self, entries: list[str] | None):
        self.entries: list[tuple[tuple[str, bool], ...]] = []
        for entry in entries or []:
            words = tuple((w.rstrip("-").casefold(), w.endswith("-")) for w in str(entry).split())
            if words:
                self.entries.append(words)
        self.entries.sort(key=len, reverse=True)

    def match(self, words: list[str], i: int) -> int:
        """The number of words of the longest entry that starts at ``words[i]``, or 0."""
        for entry in self.entries:
            if i + len(entry) > len(words):
                continue
            if all(_word_matches(words[i + k].casefold(), w, stem) for k, (w, stem) in enumerate(entry)):
                return len(entry)
        return 0

    def __contains__(self, word: str) -> bool:
        return self.match([word], 0) == 1

    def __bool__(self) -> bool:
        return bool(self.entries)


def _word_matches(word: str, entry: str, stem: bool) -> bool:
    return word.startswith(entry) if stem else word == entry


@functools.cache
def phrases(code: str, *path: str) -> Phrases:
    """The word list at ``path`` in a language pack, e.g. ``phrases("lv", "kind_nouns", "intelligence")``."""
    node: Any = load_language(code)
    for part in path:
        node = (node or {}).get(part) if isinstance(node, dict) else None
    return Phrases(node if isinstance(node, list) else [])
