"""Numbers of things in a sentence: "vairāk nekā 10 000 karavīru", "about 600 troops"."""

from __future__ import annotations

import re

from kg.language import load_language, phrases
from kg.models import Quantity

DIGITS = re.compile(r"^\d+(?:[.,]\d+)*$")


def _number(token: str, lang: str) -> float:
    comma_groups = load_language(lang).get("quantity", {}).get("decimal_separator", ".") != ","
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+", token) or (comma_groups and "," in token):
        return float(token.replace(",", ""))
    return float(token.replace(",", "."))


def find_quantities(words: list[str], lang: str) -> list[tuple[int, Quantity]]:
    """Each quantity with the index of its first word: qualifier, number, multiplier, unit.

    >>> [(i, q.value, q.qualifier, q.unit) for i, q in find_quantities("vairāk nekā 10 000 karavīru".split(), "lv")]
    [(0, 10000.0, 'more_than', 'soldier')]
    """
    spec = load_language(lang).get("quantity", {})
    found = []
    i = 0
    while i < len(words):
        if not DIGITS.match(words[i]):
            i += 1
            continue
        start, value = i, _number(words[i], lang)
        j = i + 1
        while j < len(words) and re.fullmatch(r"\d{3}", words[j]) and value < 1000 and len(words[j - 1]) <= 3:
            value = value * 1000 + float(words[j])
            j += 1
        for factor, _ in (spec.get("multipliers") or {}).items():
            if j < len(words) and phrases(lang, "quantity", "multipliers", factor).match(words, j):
                value *= float(factor)
                j += 1
                break
        unit = None
        for k in range(j, min(len(words), j + 3)):
            for name in spec.get("units") or {}:
                if phrases(lang, "quantity", "units", name).match(words, k):
                    unit = name
                    break
            if unit or not words[k][:1].isalpha():
                break
        qualifier = "exact"
        for name in spec.get("qualifiers") or {}:
            cue = phrases(lang, "quantity", "qualifiers", name)
            for size in (3, 2, 1):
                if start - size >= 0 and cue.match(words, start - size) == size:
                    qualifier, start = name, start - size
                    break
            if qualifier != "exact":
                break
        if unit:
            found.append((start, Quantity(value=value, qualifier=qualifier, unit=unit)))
        i = j
    return found
