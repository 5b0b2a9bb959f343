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


@functools.cache
def conjunctions(lang: str) -> frozenset[str]:
    """The language's coordinating words ("un", "and"), casefolded, read once."""
    return frozenset(w.casefold() for w in load_language(lang).get("conjunctions", []))


@functools.cache
def number_words(lang: str) -> dict[str, int]:
    """Counting words ("two", "divām") and their values, read once per language.

    >>> number_words("en")["two"]
    2
    """
    return {str(k).casefold(): v for k, v in (load_language(lang).get("time", {}).get("numbers") or {}).items()}


@functools.cache
def calendar_words(lang: str) -> "Phrases":
    """The language's weekday and month names (time.yaml, stems included), read once: words that date what is told.

    >>> "Tuesday" in calendar_words("en"), "aprīlī" in calendar_words("lv"), "Iran" in calendar_words("en")
    (True, True, False)
    """
    time = load_language(lang).get("time") or {}
    return Phrases([w for table in ("weekdays", "months") for ws in (time.get(table) or {}).values() for w in ws])


@functools.cache
def declines(lang: str) -> bool:
    """Whether names change their ending by case in ``lang`` (morphology.yaml ``names_decline``): there a name's
    case tells its role and word order is free; where they do not (English), word order tells the role.

    >>> declines("lv"), declines("en")
    (True, False)
    """
    return bool(load_language(lang).get("morphology", {}).get("names_decline", True))


@functools.cache
def noun_kinds(lang: str, word: str) -> frozenset[str]:
    """The PLOVER categories whose event nouns in the trigger lexicon end in ``word`` ("package": aid and sanctions
    packages).

    >>> sorted(noun_kinds("en", "clashes")), sorted(noun_kinds("en", "of"))
    (['ASSAULT'], [])
    """
    word = word.casefold()
    if word in (load_language(lang).get("morphology", {}).get("prepositions") or {}):
        return frozenset()  # the "of" of "hanging of" names no deed
    return frozenset(e["type"] for e in load_language(lang).get("triggers") or [] if e.get("pos") == "noun"
                     and any(w.casefold() == word or w.casefold().endswith(" " + word) for w in e["words"]))


def future_form(word: str, lang: str, verb: bool = True) -> bool:
    """Whether ``word`` is in the future tense by its ending (languages that mark it so, per morphology.yaml);
    ``verb=False`` when the word may be a noun, which allows only the endings no noun has.

    >>> future_form("uzņems", "lv"), future_form("piedalītos", "lv"), future_form("līgums", "lv", verb=False)
    (True, False, False)
    """
    morphology = load_language(lang).get("morphology", {})
    endings = tuple(morphology.get("future_endings" if verb else "future_endings_any_word") or ())
    word = word.casefold()
    return word in (morphology.get("future_words") or ()) or bool(endings) and word.endswith(endings) \
        and not word.endswith(tuple(morphology.get("future_lookalikes") or ()))


def infinitive_form(word: str, lang: str) -> bool:
    """Whether ``word`` is an infinitive by its ending, in languages that mark it so ("apmeklēt", "palielināt").

    >>> infinitive_form("apmeklēt", "lv"), infinitive_form("apmeklēja", "lv"), infinitive_form("visit", "en")
    (True, False, False)
    >>> infinitive_form("desmit", "lv"), infinitive_form("tikpat", "lv"), infinitive_form("turklāt", "lv")
    (False, False, False)
    >>> infinitive_form("sākt", "lv"), infinitive_form("šeit", "lv")
    (True, False)
    """
    spec = load_language(lang).get("infinitive", {})
    suffixes = tuple(spec.get("suffixes") or ())
    others = tuple(spec.get("not_endings") or ())  # "desmit", "tāpat"
    if word in (spec.get("short") or ()):  # too short to tell by the ending: "sākt", "dot"
        return True
    return bool(suffixes) and word.islower() and len(word) > 4 and word.endswith(suffixes) \
        and not (others and word.endswith(others))


def nominalisation(word: str, lang: str) -> bool:
    """Whether ``word`` is a noun made from a verb by its ending (morphology.yaml ``nominalisation_endings``): it
    names an act ("atbrīvošanu", "slēgšanas").

    >>> nominalisation("atbrīvošanu", "lv"), nominalisation("robežu", "lv"), nominalisation("release", "en")
    (True, False, False)
    """
    endings = tuple(load_language(lang).get("morphology", {}).get("nominalisation_endings") or ())
    return bool(endings) and word.islower() and len(word) > 6 and word.endswith(endings)


class Phrases:
    """A word list from a language pack, matched against tokens.

    An entry is one or more words; a word ending in ``-`` is a stem that matches any word it begins.
    Matching ignores case. Entries are indexed by their first word (or its first letters, for stems) so a
    lookup costs a few comparisons, not one per entry. Each entry may carry a payload.

    >>> p = Phrases(["valsts medij-", "KCNA"])
    >>> p.match(["Ziemeļkorejas", "valsts", "mediji", "ziņo"], 1), p.match(["kcna"], 0), p.match(["x"], 0)
    (2, 1, 0)
    """

    PREFIX = 3

    def __init__(self, entries: list[str] | None, payloads: list | None = None):
        self.exact: dict[str, list] = {}
        self.stems: dict[str, list] = {}
        self.count = 0
        for n, entry in enumerate(entries or []):
            words = tuple((w.rstrip("-").casefold(), w.endswith("-")) for w in str(entry).split())
            if not words:
                continue
            self.count += 1
            item = (words, payloads[n] if payloads else None, n)
            first, stem = words[0]
            if stem:
                self.stems.setdefault(first[: self.PREFIX], []).append(item)
            else:
                self.exact.setdefault(first, []).append(item)
        self._candidates: dict[str, list] = {}

    def matches(self, words: list[str], i: int) -> list[tuple[int, object]]:
        """Every entry that starts at ``words[i]``: (number of words, payload), longest first, then file order."""
        if i >= len(words):
            return []
        candidates = self._candidates_for(words[i])
        if not candidates:
            return []
        found = []
        for entry, payload, order in candidates:
            if i + len(entry) > len(words):
                continue
            if all(_word_matches(words[i + k].casefold(), w, stem) for k, (w, stem) in enumerate(entry)):
                found.append((len(entry), payload, order))
        if len(found) > 1:
            found.sort(key=lambda f: (-f[0], f[2]))
        return [(n, payload) for n, payload, _ in found]

    def match(self, words: list[str], i: int) -> int:
        """The number of words of the longest entry that starts at ``words[i]``, or 0.

        The hot path of every rule: it looks at the candidates once and builds no list."""
        if i >= len(words):
            return 0
        candidates = self._candidates.get(words[i])
        if candidates is None:
            candidates = self._candidates_for(words[i])
        best = 0
        for entry, _, _ in candidates:
            size = len(entry)
            if best < size and i + size <= len(words) and all(
                    _word_matches(words[i + k].casefold(), w, stem) for k, (w, stem) in enumerate(entry)):
                best = size
        return best

    def _candidates_for(self, word: str) -> list:
        """The entries whose first word may be ``word``, remembered per spelling: the same words come back in
        every sentence, and this lookup is most of the cost of matching."""
        found = self._candidates.get(word)
        if found is None:
            head = word.casefold()
            found = list(self.exact.get(head, ()))
            for size in (1, 2, 3):
                if len(head) >= size:
                    found += self.stems.get(head[:size], ())
            if len(self._candidates) < 200_000:
                self._candidates[word] = found
        return found

    def __contains__(self, word: str) -> bool:
        head = word.casefold()
        return any(len(entry) == 1 and _word_matches(head, *entry[0]) for entry, _, _ in self._candidates_for(word))

    def __bool__(self) -> bool:
        return self.count > 0


def _word_matches(word: str, entry: str, stem: bool) -> bool:
    return word.startswith(entry) if stem else word == entry


@functools.cache
def phrases(code: str, *path: str) -> Phrases:
    """The word list at ``path`` in a language pack, e.g. ``phrases("lv", "kind_nouns", "intelligence")``."""
    node: Any = load_language(code)
    for part in path:
        node = (node or {}).get(part) if isinstance(node, dict) else None
    return Phrases(node if isinstance(node, list) else [])
