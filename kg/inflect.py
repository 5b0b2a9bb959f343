"""Generate the inflected forms of a name from a language's paradigm table (``morphology.yaml``)."""

from __future__ import annotations

import functools

from kg.language import load_language

CASES = ("nom", "gen", "dat", "acc", "ins", "loc")


@functools.cache
def _paradigms(lang: str) -> tuple[dict, ...]:
    table = load_language(lang).get("morphology", {}).get("paradigms", [])
    return tuple(sorted(table, key=lambda p: -len(p["ending"])))


def word_forms(word: str, lang: str) -> dict[str, frozenset[str]]:
    """Map each form of ``word`` to the cases it can stand for.

    >>> forms = word_forms("Putins", "lv")
    >>> sorted(forms["Putinam"]), sorted(forms["Putins"])
    (['dat'], ['nom'])
    >>> sorted(word_forms("Krievija", "lv")["Krievijas"])
    ['gen']

    Abbreviations do not decline but take a possessive clitic: "NATO's".
    """
    if word.isupper() or not word[-1:].isalpha():
        clitics = {word + suffix: frozenset({case}) for p in _paradigms(lang) if not p["ending"]
                   for case in CASES for suffix in p.get(case, []) if suffix[:1] in ("'", "’")}
        return {word: frozenset(CASES), **clitics}
    if word in (load_language(lang).get("morphology", {}).get("indeclinable") or []):
        return {word: frozenset(CASES)}
    matching = [p for p in _paradigms(lang) if word.endswith(p["ending"]) and len(word) - len(p["ending"]) >= 2]
    if not matching and load_language(lang).get("morphology", {}).get("indeclinable_any_case"):
        return {word: frozenset(CASES)}
    forms: dict[str, set[str]] = {word: {"nom"}}
    longest = max((len(p["ending"]) for p in matching), default=0)
    for paradigm in matching:
        if len(paradigm["ending"]) != longest:
            continue
        stem = word[: len(word) - longest]
        for case in CASES:
            for suffix in paradigm.get(case, [])[: None if paradigm.get("plural") else 1]:
                forms.setdefault(stem + suffix, set()).add(case)
                if case in paradigm.get("alternate", []):
                    forms.setdefault(_alternated(stem, lang) + suffix, set()).add(case)
    return {k: frozenset(v) for k, v in forms.items()}


def _alternated(stem: str, lang: str) -> str:
    """The stem with its final consonants softened as some cases need ("sapnis" → "sapņa")."""
    table = load_language(lang).get("morphology", {}).get("alternations") or {}
    for hard in sorted(table, key=len, reverse=True):
        if stem.endswith(hard):
            return stem[: len(stem) - len(hard)] + table[hard]
    return stem


def guess_cases(word: str, lang: str) -> frozenset[str]:
    """The cases a word's ending allows, from the longest case suffix it carries; an ending that several
    paradigms share keeps all their readings ("-us": "karavīrus" accusative, "tirgus" nominative or genitive).

    >>> sorted(guess_cases("Volodinam", "lv")), sorted(guess_cases("karavīrus", "lv"))
    (['dat'], ['acc', 'gen', 'nom'])
    >>> sorted(guess_cases("kurus", "lv")), sorted(guess_cases("kuras", "lv"))
    (['acc'], ['acc', 'gen', 'nom'])
    """
    lowered = word.casefold()
    fixed = (load_language(lang).get("morphology", {}).get("pronoun_cases") or {}).get(lowered)
    if fixed:
        return frozenset(fixed)  # a pronoun's forms are its own: "kurus" is only accusative
    best, cases = -1, set()
    for paradigm in _paradigms(lang):
        for case in CASES:
            for suffix in paradigm.get(case, []):
                if lowered.endswith(suffix) and len(lowered) > len(suffix):
                    if len(suffix) > best:
                        best, cases = len(suffix), {case}
                    elif len(suffix) == best:
                        cases.add(case)
    return frozenset(cases or {"nom"})


def lemma_guess(word: str, lang: str, cases: frozenset[str] = frozenset(CASES)) -> str:
    """The nominative singular a declined person's name most likely has ("Volodinam" → "Volodins"), reading its
    ending only as one of ``cases`` (those of its title) and in no paradigm that names of people never take: a name in the nominative,
    or one no noun paradigm declines, stays as written ("Inga", "Hideo").

    >>> lemma_guess("Volodinam", "lv"), lemma_guess("Fico", "lv"), lemma_guess("Inga", "lv", frozenset({"nom"}))
    ('Volodins', 'Fico', 'Inga')
    """
    for paradigm in _paradigms(lang):
        ending = paradigm["ending"]
        if paradigm.get("plural") or paradigm.get("person_name") is False:
            continue
        for case in CASES:
            for suffix in paradigm.get(case, [])[:1]:  # a person is one: the singular ending
                if suffix and word.endswith(suffix) and len(word) - len(suffix) >= 3 and case != "nom" \
                        and case in cases:
                    return word[: len(word) - len(suffix)] + ending
    return word


def lemma_candidates(word: str, lang: str) -> list[str]:
    """Every nominative a declined word could come from, the word itself first ("Vaņinam" → Vaņinam, Vaņins)."""
    out = [word]
    for paradigm in _paradigms(lang):
        if paradigm.get("plural"):
            continue
        for case in CASES:
            for suffix in paradigm.get(case, [])[:1]:
                if suffix and word.endswith(suffix) and len(word) - len(suffix) >= 3:
                    candidate = word[: len(word) - len(suffix)] + paradigm["ending"]
                    if candidate not in out:
                        out.append(candidate)
    return out
